"""Listing, removing batches and rescoring after an answer-key change."""

from __future__ import annotations

import pytest

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.validation import parse_document
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.services.response_admin import (
    list_batches,
    list_responses,
    remove_batch,
    rescore,
)
from quizbuilder.services.response_import import import_responses
from quizbuilder.store import items as store
from tests.unit.services.test_response_import import GOOGLE, QUIZ, write


@pytest.fixture
def imported(library: LibraryService, tmp_path) -> int:
    item_id = library.create_item(parse_document(QUIZ))
    import_responses(library, item_id, write(tmp_path / "g.csv", GOOGLE))
    return item_id


def test_batches_and_responses_are_listed(library, imported) -> None:
    [batch] = list_batches(library, imported)
    assert (batch.source, batch.added, batch.responses, batch.file_name) == (
        "google-forms",
        3,
        3,
        "g.csv",
    )
    listed = list_responses(library, imported)
    assert [r.score for r in listed] == [4.0, 0.0, 1.0]  # in order of submission
    assert len(list_responses(library, imported, limit=2)) == 2
    with pytest.raises(ItemNotFound):
        list_batches(library, 99)


def test_removing_a_batch_removes_its_responses_and_allows_a_reimport(
    library, imported, tmp_path
) -> None:
    [batch] = list_batches(library, imported)
    assert remove_batch(library, imported, batch.id) == 3
    assert list_responses(library, imported) == [] and list_batches(library, imported) == []
    again = import_responses(library, imported, tmp_path / "g.csv")
    assert again.imported == 3  # the file is no longer "already imported"
    with pytest.raises(QuizbuilderError, match="no import batch 999"):
        remove_batch(library, imported, 999)


def test_rescore_after_an_answer_key_change_says_what_changed(library, imported) -> None:
    changed = parse_document(
        {
            **QUIZ,
            "questions": [
                {
                    **QUIZ["questions"][0],
                    "options": [
                        {"id": "a", "label": "Net Promoter Score", "fraction": 0},
                        {"id": "b", "label": "New Product Sales", "fraction": 1},
                    ],
                },
                *QUIZ["questions"][1:],
            ],
        }
    )
    with library.session() as s, s.begin():
        store.update_item(s, item=store.get_item(s, item_id=imported), document=changed)
    report = rescore(library, imported)
    assert report.responses == 3 and report.changed == 3
    assert report.changed_questions == ["nps: its answer key or points changed"]
    assert (report.mean_before, report.mean_after) == (pytest.approx(5 / 3), pytest.approx(4 / 3))
    assert [r.score for r in list_responses(library, imported)] == [3.0, 1.0, 0.0]
    unchanged = rescore(library, imported)
    assert (unchanged.changed, unchanged.changed_questions) == (0, [])
