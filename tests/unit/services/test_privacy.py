"""A person's data: found by e-mail everywhere, exported whole, erased without a trace in
the library file, kept out by later imports; expired personal data purged per item."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.validation import parse_document
from quizbuilder.services import privacy
from quizbuilder.services.library import LibraryService
from quizbuilder.services.response_import import import_responses
from quizbuilder.services.responses import import_jsonl
from quizbuilder.store.tables import (
    ContestCommit,
    ContestDraw,
    ContestExclusion,
    Erasure,
    LibraryMeta,
    Response,
)
from tests.helpers.documents import data, document
from tests.helpers.packing import stored_responses
from tests.unit.services.test_response_import import GOOGLE, QUIZ

ZOE = "zoe.marchand@exemple.fr"
ERASED = "this person's data was erased at their request"


def line(item: str, rid: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "response",
        "item": item,
        "id": rid,
        "answers": {"photo": f"https://photos.example/{rid}.jpg"},
        "submitted_at": "2026-11-05T10:00:00Z",
        **extra,
    }


def consent(version: str = "2026-10") -> dict[str, Any]:
    return {"id": "reglement", "version": version, "given": True, "at": "2026-11-05T10:00:00Z"}


def write_lines(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def raw_library(library: LibraryService) -> bytes:
    """The library file and its write-ahead log, as bytes on disk."""
    assert library.path is not None
    wal = library.path.with_name(library.path.name + "-wal")
    return library.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def holds(raw: bytes, text: str) -> bool:
    """Whether ``text`` is in ``raw`` in any case, as UTF-8 or UTF-16 (either order)."""
    lowered = raw.lower()
    return any(
        text.lower().encode(codec) in lowered for codec in ("utf-8", "utf-16-le", "utf-16-be")
    ) or any(text.encode(codec) in raw for codec in ("utf-8", "utf-16-le", "utf-16-be"))


def responses(library: LibraryService) -> dict[str, Response]:
    return {r.response_uid: r for r in stored_responses(library)}


@pytest.fixture
def items(library: LibraryService) -> dict[str, tuple[int, str]]:
    """A contest and a poll, by name: (id, uid)."""
    found = {}
    for name in ("contest", "poll"):
        item_id = library.create_item(document(name))
        found[name] = (item_id, library.item(item_id).summary.uid)
    return found


@pytest.fixture
def answers_file(items: dict[str, tuple[int, str]], tmp_path: Path) -> Path:
    """Zoé in both items (three ways of writing her address), and two other people."""
    contest, poll = items["contest"][1], items["poll"][1]
    return write_lines(
        tmp_path / "answers.jsonl",
        [
            line(
                contest,
                "c-zoe",
                lead={
                    "email": "  Zoe.Marchand@Exemple.FR ",
                    "first_name": "Zoéline",
                    "last_name": "Quintrec-Vasseur",
                },
                consents=[consent(), {**consent("2026-11"), "id": "newsletter", "given": False}],
                respondent="tok-zoe",
            ),  # line 1
            line(
                contest,
                "c-tom",
                lead={"email": "tom@exemple.fr", "first_name": "Tom", "parrain": ZOE},
                consents=[consent()],
            ),  # line 2: Tom names Zoé as his referrer
            line(poll, "p-zoe", answers={"reseau": "insta"}, lead={"courriel": ZOE.upper()}),
            line(poll, "p-ana", answers={"reseau": "tiktok"}, lead={"email": "ana@exemple.fr"}),
        ],
    )


@pytest.fixture
def imported(library: LibraryService, answers_file: Path, items) -> dict[str, tuple[int, str]]:
    report = import_jsonl(library, answers_file)
    assert (report.added, report.rejected) == (4, [])
    with library.session() as s, s.begin():
        contest_id = items["contest"][0]
        s.add(ContestExclusion(item_id=contest_id, entry="c-zoe", reason="two accounts"))
        s.add(ContestExclusion(item_id=contest_id, entry="c-tom", reason="staff member"))
        commit = ContestCommit(
            item_id=contest_id,
            secret_seed="ab" * 32,
            commitment="cd" * 32,
            rules_hash="ef" * 32,
            algorithm="test",
        )
        s.add(commit)
        s.flush()
        assert commit.id is not None
        s.add(ContestDraw(item_id=contest_id, commit_id=commit.id, certificate=CERTIFICATE))
    return items


# A stored draw: Zoé won under a pseudonym made from her names, Tom is the alternate.
CERTIFICATE = json.dumps(
    {
        "format": "test",
        "winners": [{"rank": 1, "id": "c-zoe", "pseudonym": "Zoéline Q."}],
        "alternates": [{"rank": 1, "id": "c-tom", "pseudonym": "Tom"}],
        "substitutions": [],
    },
    ensure_ascii=False,
)


# --- find and export -----------------------------------------------------------------


def test_find_gathers_every_item_by_normalised_email(library, imported) -> None:
    person = privacy.find_person(library, "  ZOE.Marchand@exemple.fr\t")
    assert person.email == ZOE
    summary = person.summary()
    contest_id, poll_id = imported["contest"][0], imported["poll"][0]
    assert [(i["id"], i["response_ids"]) for i in summary["items"]] == [
        (contest_id, ["c-zoe"]),
        (poll_id, ["p-zoe"]),  # found through her lead alone (no e-mail column)
    ]
    assert (summary["responses"], summary["leads"], summary["consents"]) == (2, 2, 2)
    assert (summary["exclusions"], summary["mentions"], summary["erased_before"]) == (1, 1, False)
    assert summary["items"][0]["exclusions"] == 1 and summary["items"][1]["consents"] == 0
    # nobody else's data in what find says
    text = json.dumps(summary)
    assert "tom@" not in text and "ana@" not in text and "c-tom" not in text


def test_find_an_unknown_address_finds_nothing(library, imported) -> None:
    person = privacy.find_person(library, "nobody@exemple.fr")
    assert person.is_empty() and person.items == [] and person.responses == 0


@pytest.mark.parametrize("bad", ["", "   ", "zoe", "@exemple.fr", "zoe@", "zoe marchand@x.fr"])
def test_what_is_not_an_address_is_refused(library, bad: str) -> None:
    with pytest.raises(privacy.NotAnEmail, match="is not an e-mail address"):
        privacy.find_person(library, bad)
    with pytest.raises(QuizbuilderError):
        privacy.erase_person(library, bad)


def test_export_holds_answers_lead_consents_and_exclusions(library, imported, tmp_path) -> None:
    path = tmp_path / "out" / "zoe.json"
    path.parent.mkdir()
    person = privacy.export_person(library, ZOE.upper(), path)
    assert person.responses == 2
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert (doc["format"], doc["format_version"], doc["email"]) == (
        "quizbuilder-personal-data",
        1,
        ZOE,
    )
    contest, poll = doc["items"]
    assert (contest["id"], contest["title"], poll["title"]) == (
        imported["contest"][0],
        "Concours photo",
        "Quel réseau préférez-vous ?",
    )
    [entry] = contest["responses"]
    assert entry["id"] == "c-zoe" and entry["email"] == ZOE
    assert entry["answers"] == {"photo": "https://photos.example/c-zoe.jpg"}
    assert entry["lead"]["first_name"] == "Zoéline"
    assert [(c["id"], c["version"], c["given"], c["at"]) for c in entry["consents"]] == [
        ("reglement", "2026-10", True, "2026-11-05T10:00:00Z"),
        ("newsletter", "2026-11", False, "2026-11-05T10:00:00Z"),
    ]
    assert entry["submitted_at"].startswith("2026-11-05T10:00:00")
    assert entry["draws"] == [1]  # the draw whose certificate names her entry
    assert [(e["entry"], e["reason"]) for e in contest["exclusions"]] == [("c-zoe", "two accounts")]
    assert contest["questions"]["photo"]["text"] == "Lien de votre photo"
    assert poll["responses"][0]["answers"] == {"reseau": "insta"}
    assert poll["questions"]["reseau"]["options"]["insta"] == "Instagram"
    text = path.read_text(encoding="utf-8")
    assert "tom@" not in text and "staff member" not in text and "Tom" not in text
    assert [p.name for p in path.parent.iterdir()] == ["zoe.json"]  # no temporary file left


def test_export_of_an_unknown_address_says_nothing_is_held(library, imported, tmp_path) -> None:
    path = tmp_path / "nobody.json"
    privacy.export_person(library, "nobody@exemple.fr", path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert (doc["email"], doc["items"], doc["mentions"]) == ("nobody@exemple.fr", [], 0)


def test_export_to_a_missing_folder_is_a_user_error(library, imported, tmp_path) -> None:
    with pytest.raises(QuizbuilderError, match="cannot write"):
        privacy.export_person(library, ZOE, tmp_path / "missing" / "zoe.json")


# --- erase ------------------------------------------------------------------------------


def test_erase_leaves_no_trace_in_the_library_file(library, imported) -> None:
    secrets_of_zoe = [ZOE, "Zoéline", "Quintrec-Vasseur"]
    before = raw_library(library)
    assert all(holds(before, s) for s in secrets_of_zoe)  # the test can see them

    report = privacy.erase_person(library, ZOE)

    assert report.compacted
    assert (report.removed.responses, report.removed.exclusions) == (2, 1)
    after = raw_library(library)
    assert [s for s in secrets_of_zoe if holds(after, s)] == []
    assert library.path is not None
    wal = library.path.with_name(library.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_erase_keeps_only_a_salted_hash(library, imported) -> None:
    privacy.erase_person(library, ZOE)
    with library.session() as s:
        salt = s.get(LibraryMeta, "erasure_salt")
        hashes = [e.email_hash for e in s.exec(select(Erasure)).all()]
    assert salt is not None and len(salt.value) >= 32
    assert hashes == [hashlib.sha256((salt.value + ZOE).encode("utf-8")).hexdigest()]
    assert hashes != [hashlib.sha256(ZOE.encode("utf-8")).hexdigest()]
    # a second erasure of the same person adds no second hash, and keeps the salt
    privacy.erase_person(library, f" {ZOE.upper()} ")
    with library.session() as s:
        assert len(s.exec(select(Erasure)).all()) == 1
        assert s.get(LibraryMeta, "erasure_salt").value == salt.value  # type: ignore[union-attr]


def test_erase_leaves_other_people_as_they_were(library, imported) -> None:
    before = responses(library)
    privacy.erase_person(library, ZOE)
    after = responses(library)
    assert sorted(after) == ["c-tom", "p-ana"]
    ana_before, ana_after = before["p-ana"], after["p-ana"]
    assert (ana_after.email, ana_after.lead, ana_after.answers, ana_after.consents) == (
        ana_before.email,
        ana_before.lead,
        ana_before.answers,
        ana_before.consents,
    )
    tom = after["c-tom"]
    # Tom's response stays whole, but his lead no longer names Zoé
    assert json.loads(tom.lead) == {"email": "tom@exemple.fr", "first_name": "Tom"}
    assert (tom.email, tom.consents) == ("tom@exemple.fr", before["c-tom"].consents)
    with library.session() as s:
        kept = [(x.entry, x.reason) for x in s.exec(select(ContestExclusion)).all()]
        [draw] = s.exec(select(ContestDraw)).all()
    assert kept == [("c-tom", "staff member")]
    # the draw keeps her entry, under the pseudonym made from its id alone
    neutral = "Participant " + hashlib.sha256(b"c-zoe").hexdigest()[:4].upper()
    certificate = json.loads(draw.certificate)
    assert certificate["winners"] == [{"rank": 1, "id": "c-zoe", "pseudonym": neutral}]
    assert certificate["alternates"] == [{"rank": 1, "id": "c-tom", "pseudonym": "Tom"}]


def test_a_reimport_of_the_same_file_does_not_bring_them_back(
    library, imported, answers_file
) -> None:
    privacy.erase_person(library, ZOE)
    report = import_jsonl(library, answers_file)
    assert report.added == 0 and report.duplicates == 2  # Tom and Ana are there already
    assert [(r.line, r.reason) for r in report.rejected] == [(1, ERASED), (3, ERASED)]
    assert not holds(raw_library(library), ZOE)
    assert sorted(responses(library)) == ["c-tom", "p-ana"]
    found = privacy.find_person(library, ZOE)
    assert found.items == [] and found.erased_before


def test_an_erased_person_in_a_new_file_is_rejected_line_by_line(library, imported, tmp_path):
    privacy.erase_person(library, ZOE)
    poll = imported["poll"][1]
    path = write_lines(
        tmp_path / "later.jsonl",
        [
            line(poll, "p-new", answers={"reseau": "insta"}, lead={"email": "léo@exemple.fr"}),
            line(poll, "p-zoe-2", answers={"reseau": "insta"}, lead={"email": ZOE.title()}),
            line(poll, "p-max", lead={"email": "max@exemple.fr", "parrain": f" {ZOE} "}),
        ],
    )
    report = import_jsonl(library, path)
    assert report.added == 2 and [(r.line, r.reason) for r in report.rejected] == [(2, ERASED)]
    held = responses(library)
    assert "p-new" in held and "p-zoe-2" not in held
    # Max's response comes in, without the field that named Zoé
    assert json.loads(held["p-max"].lead) == {"email": "max@exemple.fr"}
    assert not holds(raw_library(library), ZOE)


def test_erased_people_are_kept_out_of_third_party_imports(library, tmp_path) -> None:
    quiz = library.create_item(parse_document(QUIZ))
    original = tmp_path / "g.csv"
    original.write_text(GOOGLE, encoding="utf-8")
    assert import_responses(library, quiz, original).imported == 3
    privacy.erase_person(library, "LEA@exemple.fr")
    assert [r.email for r in responses(library).values()].count("lea@exemple.fr") == 0

    again = import_responses(library, quiz, original)  # the very same file: known already
    assert again.already_imported and again.imported == 0
    later = tmp_path / "g2.csv"  # a later export: the same rows and one more
    later.write_text(
        GOOGLE + "2026/03/03 9:00:00 AM UTC+1,eva@exemple.fr,1 / 4,Net Promoter Score,,,,\n",
        encoding="utf-8",
    )
    result = import_responses(library, quiz, later)
    assert (result.imported, result.duplicates) == (1, 2)
    assert [(r.line, r.reason) for r in result.rejected] == [(2, ERASED)]
    emails = sorted(r.email or "" for r in responses(library).values())
    assert emails == ["", "eva@exemple.fr", "tom@exemple.fr"]


def test_erasing_an_address_with_no_data_still_keeps_it_out(library, items, tmp_path) -> None:
    report = privacy.erase_person(library, "later@exemple.fr")
    assert report.removed.items == [] and report.compacted
    path = write_lines(
        tmp_path / "r.jsonl", [line(items["poll"][1], "p1", lead={"email": "Later@Exemple.fr"})]
    )
    result = import_jsonl(library, path)
    assert result.added == 0 and [(r.line, r.reason) for r in result.rejected] == [(1, ERASED)]


def test_the_erased_filter(library, imported) -> None:
    with library.engine.connect() as connection:
        nobody = privacy.erased_filter(connection)
    assert not nobody and not nobody(ZOE)
    privacy.erase_person(library, ZOE)
    with library.engine.connect() as connection:
        erased = privacy.erased_filter(connection)
    assert erased and erased(ZOE) and erased(f"  {ZOE.upper()} ")
    assert not erased("tom@exemple.fr") and not erased(None) and not erased("")
    assert erased.any_of(["Zoéline", ZOE]) and not erased.any_of(["Zoéline", None])


def test_backup_copies_are_listed(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    wanted = [
        tmp_path / "lib.schema2-20260101T000000Z.backup.sqlite",
        tmp_path / "lib.schema3-20260202T000000Z.backup.sqlite",
    ]
    for path in [*wanted, tmp_path / "other.schema2-20260101T000000Z.backup.sqlite"]:
        path.write_bytes(b"x")
    assert privacy.backup_copies(library) == wanted
    assert privacy.backup_copies(None) == []


# --- purge -------------------------------------------------------------------------------

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def ago(days: int) -> str:
    return (NOW - timedelta(days=days)).isoformat()


def with_retention(name: str, days: int | None) -> Any:
    content = data(name)
    content["title"] = f"{name} {days}"
    if days is not None:
        content.setdefault("settings", {})["retention_days"] = days
    return parse_document(content)


def test_purge_respects_each_items_retention(library, tmp_path) -> None:
    month = library.create_item(with_retention("poll", 30))
    year = library.create_item(with_retention("poll", 365))
    forever = library.create_item(with_retention("poll", None))
    uid = {i: library.item(i).summary.uid for i in (month, year, forever)}

    def person(item: int, rid: str, days: int, **extra: Any) -> dict[str, Any]:
        return line(
            uid[item],
            rid,
            answers={"reseau": "insta"},
            submitted_at=ago(days),
            lead={"email": f"{rid}@exemple.fr", "first_name": f"Name{rid}"},
            consents=[consent()],
            respondent=f"tok-{rid}",
            context={"utm_source": "insta", "ip": "203.0.113.7", "user_agent": "Firefox"},
            **extra,
        )

    rows = [
        person(month, "m-old", 31),
        person(month, "m-new", 29),
        person(year, "y-old", 366),
        person(year, "y-mid", 31),
        person(forever, "f-old", 3000),
    ]
    partial = person(month, "m-partial", 0, completed=False, started_at=ago(45))
    del partial["submitted_at"]  # never submitted: its age runs from its start
    import_jsonl(library, write_lines(tmp_path / "r.jsonl", [*rows, partial]))

    report = privacy.purge_expired(library, now=NOW)

    assert [(i.id, i.retention_days, i.purged) for i in report.items] == [
        (month, 30, 2),
        (year, 365, 1),
    ]
    assert report.purged == 3 and report.compacted
    assert report.items[0].before == NOW - timedelta(days=30)
    after = responses(library)
    for rid in ("m-old", "y-old", "m-partial"):
        r = after[rid]
        assert (r.email, r.lead, r.consents, r.respondent) == (None, None, None, None), rid
        assert json.loads(r.answers) == {"reseau": "insta"}  # answers stay, anonymous
        assert json.loads(r.context) == {"utm_source": "insta"}  # no IP, no user agent
        assert r.source == "insta"
    for rid in ("m-new", "y-mid", "f-old"):
        r = after[rid]
        assert (r.email, r.respondent) == (f"{rid}@exemple.fr", f"tok-{rid}"), rid
        assert json.loads(r.context)["ip"] == "203.0.113.7"
    raw = raw_library(library)
    assert not holds(raw, "m-old@exemple.fr") and not holds(raw, "Namey-old")
    assert holds(raw, "m-new@exemple.fr")

    again = privacy.purge_expired(library, now=NOW)
    assert [i.purged for i in again.items] == [0, 0]


def test_purge_dates_undated_responses_by_their_import(library, tmp_path) -> None:
    month = library.create_item(with_retention("poll", 30))
    rid = line(library.item(month).summary.uid, "undated", lead={"email": "u@exemple.fr"})
    del rid["submitted_at"]
    import_jsonl(library, write_lines(tmp_path / "r.jsonl", [rid]))
    imported_at = datetime.now(UTC)
    assert privacy.purge_expired(library, now=imported_at + timedelta(days=29)).purged == 0
    assert privacy.purge_expired(library, now=imported_at + timedelta(days=31)).purged == 1
    assert responses(library)["undated"].email is None


def test_purge_with_no_retention_anywhere_changes_nothing(library, imported) -> None:
    before = {k: (r.email, r.lead) for k, r in responses(library).items()}
    report = privacy.purge_expired(library, now=NOW + timedelta(days=10_000))
    assert report.items == [] and report.purged == 0
    assert {k: (r.email, r.lead) for k, r in responses(library).items()} == before
    assert privacy.retention_items(library) == []
