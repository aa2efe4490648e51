"""Authoring use cases: drafts, new items and copies, renaming, campaigns, deletion and
its undo, images; on a real temporary library."""

from __future__ import annotations

import copy
import hashlib
import io
import json
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select

from quizbuilder.domain.content import Kind, QuestionType
from quizbuilder.domain.errors import DocumentInvalid
from quizbuilder.domain.validation import parse_document
from quizbuilder.export.images import ImageUnreadable
from quizbuilder.services import editing, privacy
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.store.tables import (
    Asset,
    ChannelReach,
    ContestCommit,
    ContestDraw,
    ContestExclusion,
    DrawSubstitution,
    Item,
)
from tests.helpers.documents import data, document

# --- drafts -------------------------------------------------------------------------


def test_a_valid_draft_is_stored_and_the_row_follows(library: LibraryService) -> None:
    item_id = library.create_item(document("knowledge_quiz"))
    draft = data("knowledge_quiz")
    draft["title"] = "Les bases, revues"
    draft["questions"].append(
        {"id": "q4", "type": "long_text", "text": "Votre meilleure campagne ?"}
    )
    result = editing.save_draft(library, item_id, draft)
    assert result.valid and result.problems == []
    assert editing.load_draft(library, item_id) == draft
    [row] = [r for r in library.list_items() if r.id == item_id]
    assert (row.title, row.questions) == ("Les bases, revues", 4)
    assert library.item(item_id).document == parse_document(draft)


def test_an_invalid_draft_is_kept_with_its_problems(library: LibraryService) -> None:
    item_id = library.create_item(document("poll"))
    draft = data("poll")
    draft["title"] = "Sondage en cours d'écriture"
    draft["questions"][0]["options"][1]["id"] = "insta"  # the id of option 0
    draft["questions"].append({"id": "note", "type": "rating", "text": "Une note ?"})  # no scale
    result = editing.save_draft(library, item_id, draft)
    assert not result.valid
    paths = {p.path for p in result.problems}
    assert "questions[0].options[1].id" in paths
    assert "questions[1].scale" in paths
    assert editing.load_draft(library, item_id) == draft  # nothing lost mid-edit
    [row] = [r for r in library.list_items() if r.id == item_id]
    assert (row.title, row.questions) == ("Sondage en cours d'écriture", 2)
    with pytest.raises(DocumentInvalid):  # and nothing invalid leaves the library
        library.item(item_id)


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        ({"title": "sans type"}, "known kind"),
        ({"kind": "quiz", "title": "type inconnu"}, "known kind"),
        ({"kind": "poll", "title": "pas du JSON", "tags": {"a", "b"}}, "JSON"),
        ({"kind": "poll", "title": "NaN", "questions": [{"points": float("nan")}]}, "JSON"),
        (["kind", "poll"], "JSON object"),
    ],
)
def test_a_draft_that_cannot_be_kept_is_refused_and_changes_nothing(
    library: LibraryService, draft: Any, message: str
) -> None:
    item_id = library.create_item(document("poll"))
    before = editing.load_draft(library, item_id)
    with pytest.raises(editing.DraftUnusable, match=message):
        editing.save_draft(library, item_id, draft)
    assert editing.load_draft(library, item_id) == before


def test_saving_or_loading_a_missing_item(library: LibraryService) -> None:
    with pytest.raises(ItemNotFound):
        editing.save_draft(library, 42, data("poll"))
    with pytest.raises(ItemNotFound):
        editing.load_draft(library, 42)


def test_a_change_made_elsewhere_is_not_overwritten(library: LibraryService) -> None:
    item_id = library.create_item(document("poll"))
    stamp = editing.draft_stamp(library, item_id)
    draft = data("poll")
    draft["title"] = "Première frappe"
    first = editing.save_draft(library, item_id, draft, expected=stamp)
    editing.rename(library, item_id, "Renommé dans une autre fenêtre")
    draft["title"] = "Deuxième frappe"
    with pytest.raises(editing.EditConflict, match="changed elsewhere"):
        editing.save_draft(library, item_id, draft, expected=first.updated_at)
    assert editing.load_draft(library, item_id)["title"] == "Renommé dans une autre fenêtre"
    fresh = editing.draft_stamp(library, item_id)
    assert editing.save_draft(library, item_id, draft, expected=fresh).valid
    assert editing.load_draft(library, item_id)["title"] == "Deuxième frappe"


def test_a_draft_of_a_hundred_questions_saves_whole(library: LibraryService) -> None:
    item_id = library.create_item(document("knowledge_quiz"))
    draft = data("knowledge_quiz")
    first = draft["questions"][0]
    draft["questions"] = [dict(copy.deepcopy(first), id=f"q{n}") for n in range(100)]
    for n in range(5):  # keystrokes
        draft["questions"][57]["text"] = "Que signifie NPS"[: 10 + n]
        assert editing.save_draft(library, item_id, draft).valid
    stored = editing.load_draft(library, item_id)
    assert stored["questions"][57]["text"] == "Que signifie N"  # the last keystroke
    assert library.list_items()[0].questions == 100


# --- new items and copies -------------------------------------------------------------


@pytest.mark.parametrize("kind", list(Kind))
def test_a_new_item_of_each_kind_is_a_valid_starting_point(
    library: LibraryService, kind: Kind
) -> None:
    item_id = editing.new_item(library, kind, title="  Mon nouvel élément ")
    doc = library.item(item_id).document
    assert (doc.kind, doc.title, doc.language.value) == (kind, "Mon nouvel élément", "fr")
    if kind == Kind.CONTEST:
        assert doc.contest is not None
        assert [f.type.value for f in doc.lead_form.fields] == ["email"]
        assert doc.lead_form.enabled
        return
    [question] = doc.questions
    assert question.text == ""  # for the author to write; the problems panel says so
    if kind == Kind.KNOWLEDGE_QUIZ:
        assert question.scored and doc.max_score == 1
    if kind == Kind.PERSONALITY_QUIZ:
        # each answer leads to its own outcome: every outcome can be reached, no tie
        reached = [set(o.weights) for o in question.options]
        assert reached == [{doc.outcomes[0].id}, {doc.outcomes[1].id}]
    if kind == Kind.SURVEY:
        assert question.type == QuestionType.RATING


def test_a_new_item_speaks_its_own_language(library: LibraryService) -> None:
    fr = library.item(editing.new_item(library, Kind.KNOWLEDGE_QUIZ, title="Quiz")).document
    en = library.item(
        editing.new_item(library, "knowledge_quiz", title="Quiz", language="en")
    ).document
    assert [o.label for o in fr.questions[0].options] == ["Vrai", "Faux"]
    assert [o.label for o in en.questions[0].options] == ["True", "False"]
    assert en.language.value == "en"


@pytest.mark.parametrize(
    ("kind", "title", "language", "error"),
    [
        ("quiz", "Titre", "fr", "unknown kind"),
        ("poll", "   ", "fr", "needs a title"),
        ("poll", "Titre", "de", "unknown language"),
    ],
)
def test_a_new_item_needs_a_kind_a_title_and_a_language(
    library: LibraryService, kind: str, title: str, language: str, error: str
) -> None:
    with pytest.raises(editing.QuizbuilderError, match=error):
        editing.new_item(library, kind, title=title, language=language)
    assert library.list_items() == []


def test_duplicate_is_a_new_item_with_a_copy_title_and_no_responses(
    library: LibraryService,
) -> None:
    load_demo(library)
    quiz = next(s for s in library.list_items() if s.kind == Kind.KNOWLEDGE_QUIZ)
    assert quiz.responses > 0
    first = editing.duplicate(library, quiz.id)
    second = editing.duplicate(library, quiz.id)
    rows = {s.id: s for s in library.list_items()}
    assert rows[first].title == f"{quiz.title} (copie)"
    assert rows[second].title == f"{quiz.title} (copie 2)"
    assert len({rows[first].uid, rows[second].uid, quiz.uid}) == 3
    assert rows[first].responses == 0 and rows[first].questions == quiz.questions
    original = library.item(quiz.id).document
    copied = library.item(first).document
    assert copied.model_copy(update={"title": original.title}) == original
    assert copied.campaign == original.campaign != ""
    assert library.item(first).versions == []


def test_a_copy_of_an_english_item_says_copy(library: LibraryService) -> None:
    item_id = editing.new_item(library, Kind.POLL, title="Favourite season", language="en")
    copy_id = editing.duplicate(library, item_id)
    assert library.item(copy_id).summary.title == "Favourite season (copy)"


def test_new_from_with_a_title_and_from_an_invalid_draft(library: LibraryService) -> None:
    item_id = library.create_item(document("survey"))
    draft = data("survey")
    draft["questions"][0]["scale"] = None  # an NPS without its scale: mid-edit
    editing.save_draft(library, item_id, draft)
    new_id = editing.new_from(library, item_id, title="Enquête d'automne")
    assert editing.load_draft(library, new_id) == dict(draft, title="Enquête d'automne")
    with pytest.raises(editing.TitleEmpty):
        editing.new_from(library, item_id, title=" ")
    with pytest.raises(ItemNotFound):
        editing.new_from(library, 999)


def test_demo_templates_and_a_new_item_from_one(library: LibraryService) -> None:
    templates = editing.demo_templates()
    assert sorted(t.kind.value for t in templates) == sorted(k.value for k in Kind)
    contest = next(t for t in templates if t.kind == Kind.CONTEST)
    seed = json.loads(contest.path.read_text(encoding="utf-8"))["item"]
    assert seed["contest"]["entry_item"] and seed["campaign"]

    item_id = editing.new_from_demo(library, contest)  # its entry quiz is not here
    doc = library.item(item_id).document
    assert doc.title == f"{seed['title']} (copie)"
    assert doc.contest is not None and doc.contest.entry_item is None
    assert (doc.campaign, doc.tags) == ("", [])
    assert len(doc.questions) == len(seed["questions"])
    assert library.list_items()[0].uid != contest.uid

    load_demo(library)  # now the quiz is in the library: the link is kept
    kept = library.item(editing.new_from_demo(library, contest, title="Mon concours")).document
    assert kept.title == "Mon concours"
    assert kept.contest is not None and kept.contest.entry_item == seed["contest"]["entry_item"]


# --- rename, campaigns ------------------------------------------------------------------


def test_rename_changes_the_title_everywhere(library: LibraryService) -> None:
    item_id = library.create_item(document("poll"))
    editing.rename(library, item_id, "  Réseau préféré 2026 ")
    assert library.item(item_id).summary.title == "Réseau préféré 2026"
    assert library.item(item_id).document.title == "Réseau préféré 2026"
    with pytest.raises(editing.TitleEmpty):
        editing.rename(library, item_id, "\t ")
    with pytest.raises(ItemNotFound):
        editing.rename(library, 999, "Titre")


def test_rename_works_on_an_invalid_draft(library: LibraryService) -> None:
    item_id = library.create_item(document("poll"))
    draft = data("poll")
    draft["questions"][0]["options"] = []
    editing.save_draft(library, item_id, draft)
    editing.rename(library, item_id, "Toujours en chantier")
    assert editing.load_draft(library, item_id) == dict(draft, title="Toujours en chantier")


def test_campaign_and_tags(library: LibraryService) -> None:
    poll = library.create_item(document("poll"))
    quiz = library.create_item(document("knowledge_quiz"))
    editing.set_campaign(
        library, poll, "  Printemps   2026 ", ["Instagram", " stories ", "instagram", "", "Été"]
    )
    doc = library.item(poll).document
    assert doc.campaign == "Printemps 2026"
    assert doc.tags == ["Instagram", "stories", "Été"]
    editing.set_campaign(library, poll, "Automne")  # tags None: kept
    assert library.item(poll).document.tags == ["Instagram", "stories", "Été"]
    editing.set_campaign(library, quiz, "automne 2026", ["Quiz", "STORIES"])
    assert editing.campaigns(library) == (
        ["Automne", "automne 2026"],
        ["Été", "Instagram", "Quiz", "stories"],  # as a person sorts: é with e
    )
    editing.set_campaign(library, poll, "", [])
    assert (library.item(poll).document.campaign, library.item(poll).document.tags) == ("", [])


# --- delete and restore -------------------------------------------------------------------


def dump(library: LibraryService) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in key order."""
    metadata = Item.metadata
    with library.engine.connect() as connection:
        return {
            t.name: [
                r._asdict()
                for r in connection.execute(select(t).order_by(*t.primary_key.columns)).all()
            ]
            for t in metadata.sorted_tables
        }


def add_contest_rows(library: LibraryService, item_id: int, entry: str) -> None:
    """A commitment, a draw with a substitution, an exclusion and a channel's reach:
    rows of every table that hangs off an item."""
    with library.session() as s, s.begin():
        commit = ContestCommit(
            item_id=item_id,
            secret_seed="ab" * 32,
            commitment="cd" * 32,
            rules_hash="ef" * 32,
            algorithm="sha256-fy-v1",
        )
        s.add(commit)
        s.flush()
        assert commit.id is not None
        drawn = ContestDraw(
            item_id=item_id,
            commit_id=commit.id,
            certificate=json.dumps({"winners": [{"id": entry, "pseudonym": "Léa M."}]}),
        )
        s.add(drawn)
        s.flush()
        assert drawn.id is not None
        s.add(DrawSubstitution(draw_id=drawn.id, replaced=entry, reason="injoignable"))
        s.add(ContestExclusion(item_id=item_id, entry=entry, reason="compte de test"))
        s.add(ChannelReach(item_id=item_id, source="instagram", reach=1200))


def demo_contest(library: LibraryService) -> tuple[int, str]:
    load_demo(library)
    contest = next(s for s in library.list_items() if s.kind == Kind.CONTEST)
    with library.engine.connect() as connection:
        entry = (
            connection.execute(
                select(editing._response.c.response_uid).where(
                    editing._response.c.item_id == contest.id
                )
            )
            .scalars()
            .first()
        )
    assert entry is not None
    add_contest_rows(library, contest.id, entry)
    return contest.id, entry


def test_delete_takes_everything_and_restore_brings_it_back_exactly(
    library: LibraryService,
) -> None:
    contest_id, _ = demo_contest(library)
    before = dump(library)
    responses = sum(1 for r in before["response"] if r["item_id"] == contest_id)
    info = editing.deletion_info(library, contest_id)
    assert info.responses == responses > 0

    deleted = editing.delete(library, contest_id)
    assert deleted.responses == responses and deleted.kind == Kind.CONTEST
    after = dump(library)
    assert contest_id not in [s.id for s in library.list_items()]
    for table in ("response", "event", "import_batch", "item_version", "contest_commit"):
        assert all(r["item_id"] != contest_id for r in after[table]), table
    for table in ("contest_draw", "draw_substitution", "contest_exclusion", "channel_reach"):
        assert after[table] == [], table
    assert after["asset"] == before["asset"]  # shared images stay

    assert editing.restore(library, deleted) == contest_id
    assert dump(library) == before


def test_restore_when_the_ids_and_uid_were_taken_meanwhile(library: LibraryService) -> None:
    contest_id, entry = demo_contest(library)
    before = dump(library)
    deleted = editing.delete(library, contest_id)
    # the contest had the highest ids: new rows take them (SQLite reuses the largest)
    taken = library.create_item(document("poll"), uid=deleted.uid)
    assert taken == contest_id
    new_id = editing.restore(library, deleted)
    assert new_id != contest_id
    restored = library.item(new_id)
    assert restored.summary.uid != deleted.uid
    assert restored.summary.responses == deleted.responses
    [old_row] = [r for r in before["item"] if r["id"] == contest_id]
    assert restored.document == parse_document(json.loads(old_row["document"]))

    after = dump(library)
    old_batches = [r for r in before["import_batch"] if r["item_id"] == contest_id]
    new_batches = [r for r in after["import_batch"] if r["item_id"] == new_id]
    assert len(new_batches) == len(old_batches) > 0
    batch_of = {r["id"]: r["item_id"] for r in after["import_batch"]}
    mine = [r for r in after["response"] if r["item_id"] == new_id]
    assert {batch_of[r["batch_id"]] for r in mine if r["batch_id"]} == {new_id}
    [draw] = [r for r in after["contest_draw"] if r["item_id"] == new_id]
    [commit] = [r for r in after["contest_commit"] if r["item_id"] == new_id]
    assert draw["commit_id"] == commit["id"]
    [sub] = after["draw_substitution"]
    assert sub["draw_id"] == draw["id"] and sub["replaced"] == entry
    assert taken in [s.id for s in library.list_items()]  # the newcomer is untouched


def test_a_person_erased_meanwhile_does_not_come_back(library: LibraryService) -> None:
    contest_id, entry = demo_contest(library)
    with library.engine.connect() as connection:
        email = connection.execute(
            select(editing._response.c.email).where(editing._response.c.response_uid == entry)
        ).scalar_one()
    assert email
    theirs = {  # the same person may have entered more than once
        r["response_uid"]
        for r in dump(library)["response"]
        if r["item_id"] == contest_id and (r["email"] or "").lower() == email.lower()
    }
    assert entry in theirs
    deleted = editing.delete(library, contest_id)
    privacy.erase_person(library, email)
    new_id = editing.restore(library, deleted)
    after = dump(library)
    restored = [r for r in after["response"] if r["item_id"] == new_id]
    assert len(restored) == deleted.responses - len(theirs)
    assert theirs.isdisjoint(r["response_uid"] for r in restored)
    assert after["contest_exclusion"] == []  # the exclusion named the erased entry
    [draw] = [r for r in after["contest_draw"] if r["item_id"] == new_id]
    assert "Léa M." not in draw["certificate"]
    assert privacy.find_person(library, email).is_empty()


def test_deletion_info_names_the_contests_that_draw_from_an_item(
    library: LibraryService,
) -> None:
    load_demo(library)
    rows = library.list_items()
    quiz = next(s for s in rows if s.kind == Kind.KNOWLEDGE_QUIZ)
    contest = next(s for s in rows if s.kind == Kind.CONTEST)
    info = editing.deletion_info(library, quiz.id)
    assert (info.title, info.responses, info.used_by) == (
        quiz.title,
        quiz.responses,
        [contest.title],
    )
    with pytest.raises(ItemNotFound):
        editing.deletion_info(library, 999)
    with pytest.raises(ItemNotFound):
        editing.delete(library, 999)


def test_an_item_without_responses_deletes_and_restores(library: LibraryService) -> None:
    item_id = library.create_item(document("personality_quiz"))
    deleted = editing.delete(library, item_id)
    assert library.list_items() == []
    assert editing.restore(library, deleted) == item_id
    assert library.item(item_id).document == document("personality_quiz")
    assert editing.find_by_uid(library, deleted.uid) == item_id
    assert editing.find_by_uid(library, "0" * 32) is None


# --- images -------------------------------------------------------------------------------


def image_bytes(size: tuple[int, int], fmt: str, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (200, 30, 60) if mode == "RGB" else (200, 30, 60, 128)).save(out, fmt)
    return out.getvalue()


def stored(library: LibraryService, sha: str) -> Asset:
    with library.session() as s:
        asset = s.get(Asset, sha)
        assert asset is not None
        return asset


def test_a_large_image_is_resized_and_stored_by_its_hash(library: LibraryService) -> None:
    ref = editing.store_image(library, image_bytes((3200, 1000), "JPEG"))
    asset = stored(library, ref.asset)
    assert hashlib.sha256(asset.data).hexdigest() == ref.asset
    assert (asset.width, asset.height, asset.media_type) == (1600, 500, "image/jpeg")
    with Image.open(io.BytesIO(asset.data)) as picture:
        assert picture.size == (1600, 500)
    small = editing.store_image(library, image_bytes((3200, 1000), "JPEG"), max_side=400)
    assert (stored(library, small.asset).width, stored(library, small.asset).height) == (400, 125)


def test_an_image_that_fits_is_kept_as_it_is_and_once(
    library: LibraryService, tmp_path: Path
) -> None:
    original = image_bytes((300, 600), "PNG", mode="RGBA")
    path = tmp_path / "logo.png"
    path.write_bytes(original)
    ref = editing.store_image(library, path)
    assert ref.asset == hashlib.sha256(original).hexdigest() and ref.alt == ""
    assert editing.store_image(library, original) == ref
    with library.session() as s:
        assert len(s.exec(select(Asset)).all()) == 1  # type: ignore[call-overload]
    assert stored(library, ref.asset).media_type == "image/png"


def test_a_format_browsers_do_not_show_becomes_png(library: LibraryService) -> None:
    ref = editing.store_image(library, image_bytes((40, 20), "BMP"))
    asset = stored(library, ref.asset)
    assert (asset.media_type, asset.width, asset.height) == ("image/png", 40, 20)


def test_an_svg_is_kept_as_it_is(library: LibraryService) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'
    ref = editing.store_image(library, svg)
    assert stored(library, ref.asset).media_type == "image/svg+xml"
    assert stored(library, ref.asset).data == svg


@pytest.mark.parametrize("bad", [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n broken"])
def test_what_is_not_an_image_is_refused(library: LibraryService, bad: bytes) -> None:
    with pytest.raises(ImageUnreadable):
        editing.store_image(library, bad)


def test_a_missing_image_file_is_a_user_error(library: LibraryService, tmp_path: Path) -> None:
    with pytest.raises(ImageUnreadable, match=r"nothing\.png"):
        editing.store_image(library, tmp_path / "nothing.png")


def test_the_stamp_is_an_aware_utc_moment(library: LibraryService) -> None:
    item_id = library.create_item(document("poll"))
    result = editing.save_draft(library, item_id, data("poll"))
    assert result.updated_at.tzinfo == UTC
    assert editing.draft_stamp(library, item_id) == result.updated_at
