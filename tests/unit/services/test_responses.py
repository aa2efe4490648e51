"""Importing our JSON Lines: scored, idempotent, whole, and every rejected line reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.validation import parse_document
from quizbuilder.services.library import LibraryService
from quizbuilder.services.responses import import_jsonl
from quizbuilder.store import items as store
from quizbuilder.store.tables import Event, ImportBatch, Response
from tests.helpers.documents import data, document


def response(uid: str, rid: str, answers: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "type": "response",
        "item": uid,
        "id": rid,
        "answers": answers,
        "submitted_at": "2026-11-05T10:00:00Z",
        **extra,
    }


def write_lines(path: Path, rows: list[Any]) -> Path:
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8"
    )
    return path


@pytest.fixture
def quiz(library: LibraryService) -> tuple[int, str]:
    item_id = library.create_item(document("knowledge_quiz"))
    return item_id, library.item(item_id).summary.uid


def rows(library: LibraryService) -> list[Response]:
    with library.session() as s:
        return list(s.exec(select(Response).order_by(Response.response_uid)).all())


def test_responses_are_scored_and_imported_once(library: LibraryService, quiz, tmp_path):
    item_id, uid = quiz
    path = write_lines(
        tmp_path / "r.jsonl",
        [
            response(
                uid,
                "r1",
                {"q1": "a", "q2": ["a", "b"], "q3": 5.3},
                lead={"email": "  Lea@Example.ORG "},
                context={"utm_source": "instagram"},
            ),
            response(uid, "r2", {"q1": "b", "q2": ["a", "c"]}, completed=False),
            {
                "type": "event",
                "item": uid,
                "session": "s1",
                "event": "view",
                "at": "2026-11-05T09:59:00Z",
            },
        ],
    )
    report = import_jsonl(library, path)
    assert (report.added, report.duplicates, report.events_added, report.rejected) == (2, 0, 1, [])
    r1, r2 = rows(library)
    assert (r1.score, r1.max_score, r1.email, r1.source) == (
        4.0,
        4.0,
        "lea@example.org",
        "instagram",
    )
    assert (r2.score, r2.completed) == (0.0, False)
    assert library.item(item_id).summary.responses == 2

    again = import_jsonl(library, path)
    assert (again.added, again.duplicates, again.events_added, again.events_duplicates) == (
        0,
        2,
        0,
        1,
    )
    assert len(rows(library)) == 2
    with library.session() as s:
        assert len(s.exec(select(ImportBatch)).all()) == 1  # the no-op import left no batch
        assert len(s.exec(select(Event)).all()) == 1


def test_a_later_file_with_earlier_rows_adds_only_the_new(library, quiz, tmp_path):
    _, uid = quiz
    first = [response(uid, "r1", {"q1": "a"})]
    import_jsonl(library, write_lines(tmp_path / "a.jsonl", first))
    report = import_jsonl(
        library, write_lines(tmp_path / "b.jsonl", [*first, response(uid, "r2", {"q1": "b"})])
    )
    assert (report.added, report.duplicates) == (1, 1)
    assert [r.response_uid for r in rows(library)] == ["r1", "r2"]


def test_bad_lines_are_reported_and_good_ones_kept(library, quiz, tmp_path):
    _, uid = quiz
    path = write_lines(
        tmp_path / "r.jsonl",
        [
            response(uid, "r1", {"q1": "a"}),
            "{broken",
            response("unknown-item", "r9", {}),
            response(uid, "r2", {"q1": "a"}, submitted_at="yesterday"),
        ],
    )
    report = import_jsonl(library, path)
    assert report.added == 1
    assert [(r.line, r.reason.split(":")[0]) for r in report.rejected] == [
        (2, "not valid JSON (column 2"),
        (3, "no item 'unknown-item' in this library"),
        (4, "submitted_at"),
    ]


def test_a_file_with_nothing_readable_is_an_error(library, tmp_path):
    path = write_lines(tmp_path / "x.jsonl", ["nonsense", "more nonsense"])
    with pytest.raises(QuizbuilderError, match="no line could be read"):
        import_jsonl(library, path)


def test_responses_are_scored_against_the_version_they_answered(library, quiz, tmp_path):
    item_id, uid = quiz
    old_hash = library.freeze(item_id)
    edited = data("knowledge_quiz")
    edited["questions"][0]["options"][0]["fraction"] = 0  # the key changes after publishing
    edited["questions"][0]["options"][1]["fraction"] = 1
    with library.session() as s, s.begin():
        store.update_item(
            s, item=store.get_item(s, item_id=item_id), document=parse_document(edited)
        )
    path = write_lines(
        tmp_path / "r.jsonl",
        [
            response(uid, "old", {"q1": "a"}, content_hash=old_hash),
            response(uid, "new", {"q1": "a"}),  # no hash: scored with the current draft
        ],
    )
    import_jsonl(library, path)
    by_id = {r.response_uid: r.score for r in rows(library)}
    assert by_id == {"old": 1.0, "new": 0.0}


def test_personality_outcome_is_computed_when_not_given(library, tmp_path):
    item_id = library.create_item(document("personality_quiz"))
    uid = library.item(item_id).summary.uid
    import_jsonl(
        library,
        write_lines(
            tmp_path / "p.jsonl",
            [
                response(uid, "p1", {"audience": "grande"}),
                response(uid, "p2", {"audience": "grande"}, outcome="nano"),  # the embed's draw
            ],
        ),
    )
    assert [(r.response_uid, r.outcome, r.score) for r in rows(library)] == [
        ("p1", "macro", None),
        ("p2", "nano", None),
    ]


def test_import_is_one_transaction(library, quiz, tmp_path, monkeypatch):
    _, uid = quiz
    path = write_lines(tmp_path / "r.jsonl", [response(uid, "r1", {"q1": "a"})])
    import quizbuilder.store.responses as rstore

    def fail(*args: Any, **kwargs: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(rstore, "insert_events", fail)  # after responses were inserted
    with pytest.raises(OSError):
        import_jsonl(library, path)
    assert rows(library) == []
    with library.session() as s:
        assert s.exec(select(ImportBatch)).all() == []


def test_a_pooled_response_is_scored_over_the_questions_it_was_shown(library, quiz, tmp_path):
    """The page drew two of the three questions: the maximum is theirs (1 + 2), as shown."""
    _, uid = quiz
    path = write_lines(
        tmp_path / "p.jsonl",
        [
            response(
                uid,
                "pool",
                {"q1": "a", "q2": ["a"]},
                format_version=2,
                question_order=["q2", "q1"],
                durations_ms={"q1": 3200, "q2": 5100},
            ),
        ],
    )
    import_jsonl(library, path)
    [row] = rows(library)
    assert (row.score, row.max_score) == (2.0, 3.0)
    context = json.loads(row.context)
    assert context["durations_ms"] == {"q1": 3200, "q2": 5100}
    assert context["question_order"] == ["q2", "q1"]
