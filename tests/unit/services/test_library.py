"""The library's use cases, on a real temporary SQLite library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from quizbuilder.domain.content import Kind
from quizbuilder.domain.errors import DocumentInvalid, QuizbuilderError
from quizbuilder.domain.hashing import content_hash
from quizbuilder.formats.content_json import ItemFile, read_item_file, write_item_file
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.store.tables import Item, ItemVersion
from tests.helpers.documents import ALL, document


def test_created_items_are_listed_by_kind_then_title(library: LibraryService) -> None:
    for name in sorted(ALL):
        library.create_item(document(name))
    rows = library.list_items()
    assert [r.kind for r in rows] == sorted(r.kind for r in rows)
    quiz = next(r for r in rows if r.kind == Kind.KNOWLEDGE_QUIZ)
    assert quiz.questions == 3 and quiz.responses == 0
    assert quiz.title == "Les bases du community management"


def test_search_ignores_case_and_accents(library: LibraryService) -> None:
    for name in sorted(ALL):
        library.create_item(document(name))
    assert [r.title for r in library.list_items("PREFEREZ")] == ["Quel réseau préférez-vous ?"]
    assert [r.kind for r in library.list_items("influenceur etes")] == [Kind.PERSONALITY_QUIZ]
    assert library.list_items("contest") and library.list_items("zzz") == []


def test_item_detail_and_missing_item(library: LibraryService) -> None:
    item_id = library.create_item(document("contest"))
    detail = library.item(item_id)
    assert detail.document == document("contest")
    assert detail.versions == []
    with pytest.raises(ItemNotFound, match="no item 999"):
        library.item(999)


def test_export_freezes_a_version_and_reimports_equal(
    library: LibraryService, tmp_path: Path
) -> None:
    item_id = library.create_item(document("knowledge_quiz"))
    out = tmp_path / "quiz.json"
    digest = library.export_content(item_id, out)
    assert digest == content_hash(document("knowledge_quiz"))
    assert [v.content_hash for v in library.item(item_id).versions] == [digest]
    assert library.export_content(item_id, out) == digest  # same content, same version
    assert len(library.item(item_id).versions) == 1

    other = LibraryService.open(tmp_path / "other.sqlite")
    [new_id] = other.import_content(out)
    assert other.item(new_id).document == document("knowledge_quiz")
    assert other.item(new_id).summary.uid == library.item(item_id).summary.uid  # kept
    other.close()
    [copy_id] = library.import_content(out)  # the same uid exists here: a new one is made
    assert library.item(copy_id).summary.uid != library.item(item_id).summary.uid


def test_export_to_an_unwritable_place_freezes_nothing(
    library: LibraryService, tmp_path: Path
) -> None:
    item_id = library.create_item(document("poll"))
    with pytest.raises(QuizbuilderError, match="cannot write"):
        library.export_content(item_id, tmp_path / "no" / "such" / "folder" / "x.json")
    assert library.item(item_id).versions == []


def test_import_is_all_or_nothing(library: LibraryService, tmp_path: Path) -> None:
    good = [(None, document("poll")), (None, document("survey"))]
    path = tmp_path / "two.json"
    write_item_file(path, ItemFile(good))
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["items"][1]["item"]["questions"][0]["scale"]["max"] = 11
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DocumentInvalid) as caught:
        library.import_content(path)
    assert caught.value.problems[0].path == "items[1].item.questions[0].scale.max"
    assert library.is_empty()


def test_a_failure_midway_leaves_the_library_as_it_was(
    library: LibraryService, tmp_path: Path
) -> None:
    first = library.create_item(document("poll"))
    path = tmp_path / "two.json"
    write_item_file(
        path,
        ItemFile([(None, document("survey")), (None, document("contest"))]),
    )
    item_file = read_item_file(path)

    class Boom(Exception):
        pass

    original = item_file.entries

    def exploding():
        yield original[0]
        raise Boom

    item_file.entries = exploding()  # type: ignore[assignment]
    with pytest.raises(Boom):
        library.add_item_file(item_file)
    assert [r.id for r in library.list_items()] == [first]


def test_freeze_is_what_publishing_calls(library: LibraryService) -> None:
    item_id = library.create_item(document("survey"))
    digest = library.freeze(item_id)
    with library.session() as s:
        versions = s.exec(select(ItemVersion)).all()
        assert [v.content_hash for v in versions] == [digest]
        assert s.exec(select(Item)).one().question_count == 2
