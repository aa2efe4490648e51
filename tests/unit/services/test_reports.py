"""Reports on the demo library: the raw response table and the files export_reports
writes, checked against the statistics and against the demo's own response file."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from quizbuilder.domain.kinds import Kind
from quizbuilder.paths import SEEDS
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.services.reports import (
    ReportError,
    export_reports,
    response_table,
    with_answer_key,
)
from quizbuilder.services.statistics import item_statistics

FIXED = 7  # response, submitted, channel, variant, completed, score, outcome
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}")


@pytest.fixture
def demo(library: LibraryService) -> dict[Kind, int]:
    load_demo(library)
    return {i.kind: i.id for i in library.list_items()}


def seed_responses(uid: str) -> list[dict]:
    """The demo's responses to item ``uid``, read straight from the seed file."""
    lines = (SEEDS / "responses.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return [r for r in records if r.get("type") == "response" and r.get("item") == uid]


def test_one_row_per_response_one_column_per_question(
    library: LibraryService, demo: dict[Kind, int]
) -> None:
    for kind, item_id in demo.items():
        header, rows = response_table(library, item_id, language="en")
        rows = list(rows)
        document = library.item(item_id).document
        stats = item_statistics(library, item_id)
        assert len(rows) == stats["responses"], kind
        assert len(header) == FIXED + len(document.questions), kind
        assert header[:FIXED] == [
            "Response",
            "Submitted",
            "Channel",
            "Variant",
            "Completed",
            "Score",
            "Outcome",
        ]
        assert header[FIXED].startswith("Q1. ")
        assert all(len(row) == len(header) for row in rows)
        assert len({row[0] for row in rows}) == len(rows)  # response ids are unique


def test_no_email_unless_personal(library: LibraryService, demo: dict[Kind, int]) -> None:
    quiz = demo[Kind.KNOWLEDGE_QUIZ]
    uid = library.item(quiz).summary.uid
    emails = {r["lead"]["email"] for r in seed_responses(uid) if r.get("lead", {}).get("email")}
    assert emails  # the demo quiz does collect e-mail addresses
    header, rows = response_table(library, quiz)
    cells = [str(c) for row in rows for c in (*header, *row)]
    assert not any(EMAIL.search(c) for c in cells)
    header, rows = response_table(library, quiz, personal=True, language="en")
    assert "E-mail" in header
    found = {row[header.index("E-mail")] for row in rows} - {None}
    assert found == {e.lower() for e in emails}


def test_cells_as_the_seed_answered(library: LibraryService, demo: dict[Kind, int]) -> None:
    quiz = demo[Kind.KNOWLEDGE_QUIZ]
    detail = library.item(quiz)
    document = detail.document
    seed = {r["id"]: r for r in seed_responses(detail.summary.uid)}
    _header, rows = response_table(library, quiz, language="en")
    multi = next(q for q in document.questions if q.type.value == "multiple_choice")
    number = next(q for q in document.questions if q.type.value == "number")
    multi_col = FIXED + document.questions.index(multi)
    number_col = FIXED + document.questions.index(number)
    labels = {o.id: o.label for o in multi.options}
    checked = 0
    for row in rows:
        record = seed[row[0]]
        assert row[2] == record.get("context", {}).get("utm_source")
        assert row[3] == record.get("variant")
        assert row[4] is record.get("completed", True)
        chosen = record["answers"].get(multi.id)
        if chosen:
            assert row[multi_col] == "; ".join(labels[c] for c in chosen)
            checked += 1
        value = record["answers"].get(number.id)
        if value is not None:
            assert row[number_col] == value and isinstance(row[number_col], int | float)
        if row[4]:
            assert isinstance(row[5], float)  # a completed quiz response has a score
        else:
            assert row[5] is None
    assert checked > 10


def test_filters_match_the_statistics(library: LibraryService, demo: dict[Kind, int]) -> None:
    quiz = demo[Kind.KNOWLEDGE_QUIZ]
    for filters in (
        {"source": "linkedin"},
        {"variant": "B"},
        {"since": "2999-01-01"},
        {"until": "2026-11-05"},
        {"duplicate_policy": "first_per_email"},
    ):
        _, rows = response_table(library, quiz, **filters)
        assert len(list(rows)) == item_statistics(library, quiz, **filters)["responses"], filters


def test_scores_sum_like_the_statistics(library: LibraryService, demo: dict[Kind, int]) -> None:
    quiz = demo[Kind.KNOWLEDGE_QUIZ]
    _, rows = response_table(library, quiz)
    scores = [row[5] for row in rows if row[5] is not None]
    assert sum(scores) / len(scores) == pytest.approx(
        item_statistics(library, quiz)["score"]["mean"]
    )


def test_personality_outcomes_by_title(library: LibraryService, demo: dict[Kind, int]) -> None:
    item = demo[Kind.PERSONALITY_QUIZ]
    titles = {o.title for o in library.item(item).document.outcomes}
    _, rows = response_table(library, item)
    outcomes = [row[6] for row in rows if row[6] is not None]
    assert outcomes and set(outcomes) <= titles


def test_answer_key_marks_right_options(library: LibraryService, demo: dict[Kind, int]) -> None:
    quiz = demo[Kind.KNOWLEDGE_QUIZ]
    document = library.item(quiz).document
    stats = item_statistics(library, quiz)
    marked = with_answer_key(stats, document)
    assert "correct" not in json.dumps(stats)  # the statistics themselves are not changed
    for question, row in zip(document.questions, marked["questions"], strict=True):
        for option, counted in zip(question.options, row["options"], strict=False):
            if question.scored and question.type.value in ("single_choice", "multiple_choice"):
                assert counted["correct"] is (option.fraction > 0)


def test_export_writes_every_file(
    library: LibraryService, demo: dict[Kind, int], tmp_path: Path
) -> None:
    quiz = demo[Kind.KNOWLEDGE_QUIZ]
    stats = item_statistics(library, quiz)
    written = export_reports(
        library,
        quiz,
        html=tmp_path / "r.html",
        pdf=tmp_path / "r.pdf",
        csv=tmp_path / "r.csv",
        xlsx=tmp_path / "r.xlsx",
        language="en",
    )
    names = [p.name for p in written]
    assert names == ["r.html", "r.pdf", "r.csv", "r-responses.csv", "r.xlsx"]
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert not re.search(r"https?://|@import|url\(", page)
    assert "right answer" in page  # the answer key reached the charts
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    raw = list(csv.reader((tmp_path / "r-responses.csv").read_text("utf-8-sig").splitlines()))
    assert len(raw) == 1 + stats["responses"]
    book = load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["Questions", "Responses"]
    assert book["Responses"].max_row == 1 + stats["responses"]
    counts = [c.value for c in book["Questions"]["F"][1:] if c.value is not None]
    assert counts and all(isinstance(c, int) for c in counts)


def test_export_with_filters_and_nothing_asked(
    library: LibraryService, demo: dict[Kind, int], tmp_path: Path
) -> None:
    quiz = demo[Kind.KNOWLEDGE_QUIZ]
    assert export_reports(library, quiz) == []
    export_reports(library, quiz, xlsx=tmp_path / "b.xlsx", variant="B", source=None)
    expected = item_statistics(library, quiz, variant="B")["responses"]
    assert load_workbook(tmp_path / "b.xlsx")["Responses"].max_row == 1 + expected


def test_export_errors_name_the_problem(
    library: LibraryService, demo: dict[Kind, int], tmp_path: Path
) -> None:
    quiz = demo[Kind.KNOWLEDGE_QUIZ]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ReportError, match="does not exist"):
        export_reports(library, quiz, html=out / "missing" / "r.html")
    with pytest.raises(ReportError, match="is a folder"):
        export_reports(library, quiz, pdf=out)
    with pytest.raises(ItemNotFound):
        export_reports(library, 999, html=out / "r.html")
    with pytest.raises(ItemNotFound):
        response_table(library, 999)
    with pytest.raises(ReportError, match="no version starting with 'ffff'"):
        response_table(library, quiz, version="ffff")
    assert list(out.iterdir()) == []


def test_version_filter(library: LibraryService, demo: dict[Kind, int]) -> None:
    quiz = demo[Kind.KNOWLEDGE_QUIZ]
    full = library.item(quiz).versions[0].content_hash
    _, rows = response_table(library, quiz, version=full[:10])
    expected = sum(
        1 for r in seed_responses(library.item(quiz).summary.uid) if r.get("content_hash") == full
    )
    assert expected and len(list(rows)) == expected
    assert expected == item_statistics(library, quiz, version=full[:10])["responses"]
