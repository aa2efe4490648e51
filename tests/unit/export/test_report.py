"""The statistics report: a self-contained HTML page, the same as a PDF, and tables for
spreadsheets that keep numbers as numbers and never run a cell as a formula."""

from __future__ import annotations

import csv
import math
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from quizbuilder.export.report import (
    ab_verdict,
    flag_words,
    html_report,
    pdf_report,
    question_table,
    safe_cell,
    write_csv,
    write_xlsx,
)
from tests.helpers.pdf_text import all_text

WHEN = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
NBSP = "\u00a0"


def stats() -> dict[str, Any]:
    """A statistics dict as item_statistics gives it, with made-up numbers."""
    return {
        "item": {"id": 2, "uid": "u2", "title": "Quiz <KPI> & co", "kind": "knowledge_quiz"},
        "filters": {"source": "instagram", "variant": None, "since": None, "until": None},
        "responses": 140,
        "completed": 113,
        "completion_rate": 113 / 140,
        "views": 244,
        "starts": 140,
        "score": {
            "responses": 113,
            "mean": 7.26,
            "median": 7.0,
            "stdev": 2.5,
            "min": 1.0,
            "max": 11.0,
            "max_possible": 11.0,
            "pass_rate": 0.625,
            "histogram": [{"from": k, "to": k + 1, "count": k % 4} for k in range(12)],
        },
        "questions": [
            {
                "id": "q1",
                "text": '=HYPERLINK("evil") Que mesure la portée ?',
                "type": "single_choice",
                "points": 1.0,
                "answered": 132,
                "skipped": 8,
                "options": [
                    {"id": "a", "label": "Les comptes uniques", "count": 89, "share": 89 / 132},
                    {"id": "b", "label": "-1 affichage", "count": 43, "share": 43 / 132},
                ],
                "facility": 0.97,
                "discrimination": -0.12,
                "flags": [
                    "too easy: almost everyone gets it right",
                    "negative discrimination: the best scorers miss it more often, check "
                    "the answer key",
                ],
            },
            {
                "id": "q2",
                "text": "Pourquoi ?",
                "type": "long_text",
                "points": None,
                "answered": 100,
                "skipped": 40,
                "options": [],
                "facility": None,
                "discrimination": None,
                "flags": [],
            },
        ],
        "outcomes": [],
        "nps": {
            "question": "q9",
            "responses": 40,
            "promoters": 23,
            "passives": 9,
            "detractors": 8,
            "score": 37.5,
        },
        "funnel": [
            {"step": "view", "count": 244},
            {"step": "start", "count": 140},
            {"step": "complete", "count": 113},
        ],
        "sources": [
            {
                "source": "linkedin",
                "responses": 44,
                "completed": 38,
                "completion_rate": 38 / 44,
                "mean_score": 7.3,
                "reach": None,
                "engagement_rate": None,
            },
            {
                "source": None,
                "responses": 24,
                "completed": 19,
                "completion_rate": 19 / 24,
                "mean_score": 6.4,
                "reach": None,
                "engagement_rate": None,
            },
        ],
        "variants": [
            {
                "variant": "A",
                "name": "A : titre",
                "responses": 70,
                "starts": 70,
                "completed": 52,
                "completion_rate": 52 / 70,
                "completion_rate_ci": [0.63, 0.83],
                "mean_score": 7.8,
            },
            {
                "variant": "B",
                "name": "B : défi",
                "responses": 70,
                "starts": 70,
                "completed": 61,
                "completion_rate": 61 / 70,
                "completion_rate_ci": [0.77, 0.93],
                "mean_score": 6.6,
            },
        ],
        "ab_test": {
            "a": "A : titre",
            "b": "B : défi",
            "rate_a": 52 / 70,
            "rate_b": 61 / 70,
            "p_value": 0.0539,
            "significant": False,
            "needed": 0,
            "minimum_per_variant": 30,
            "verdict": "no clear difference",
        },
        "alpha": 0.645,
        "time": {"median_seconds": 310.0, "q1_seconds": 214.0, "q3_seconds": 407.0},
    }


EXTERNAL = re.compile(
    r"https?://|(?:src|href|xlink:href)\s*=\s*[\"']?//|@import|url\(", re.IGNORECASE
)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_html_report_makes_no_external_request(language: str) -> None:
    page = html_report(stats(), language=language, colour="#5b3cc4", generated_at=WHEN)
    assert not EXTERNAL.search(page), EXTERNAL.search(page)
    assert "<script" not in page.lower()
    assert "<link" not in page.lower() and "<img" not in page.lower()
    assert page.count("<svg") >= 6  # funnel, score, two questions, NPS, channels, A/B...


def test_html_report_contents_in_french() -> None:
    page = html_report(stats(), language="fr", colour=None, generated_at=WHEN)
    assert '<html lang="fr">' in page
    assert "Quiz &lt;KPI&gt; &amp; co" in page and "<KPI>" not in page
    for words in ("Chiffres clés", "Analyse des questions", "Canaux", "Test A/B", "Durée"):
        assert words in page
    assert ">140<" in page and f">81{NBSP}%<" in page  # responses, 113/140 completion
    assert "7,3 / 11" in page  # mean score 7.26 with one decimal, French comma
    assert f">63{NBSP}%<" in page  # pass rate 0.625, rounded half up
    assert "5 min 10 s" in page  # 310 s
    assert "+37,5" in page  # NPS
    assert "trop facile" in page and "discrimination négative" in page  # flags in words
    assert "Pas de différence nette entre A : titre et B : défi" in page
    assert "canal : instagram" in page  # the filters are stated
    assert "@media print" in page


def test_html_report_in_english() -> None:
    page = html_report(stats(), language="en", colour=None, generated_at=WHEN)
    assert '<html lang="en">' in page
    assert "Item analysis" in page and "Key figures" in page
    assert "too easy: almost everyone gets it right" in page
    assert "7.3 / 11" in page and ">81%<" in page
    assert "2026-11-23 10:00 UTC" in page


def test_html_report_of_old_or_empty_statistics() -> None:
    page = html_report({"item": {"title": "Sondage"}}, language="en", generated_at=WHEN)
    assert "Sondage" in page and "No response matches" in page and "No data yet" in page


def test_pdf_report_has_the_same_sections() -> None:
    data = pdf_report(stats(), language="fr", colour="#5b3cc4", generated_at=WHEN)
    assert data.startswith(b"%PDF")
    text = all_text(data)
    for words in (
        "Quiz <KPI> & co",
        "Chiffres clés",
        "Analyse des questions",
        "Canaux",
        "trop facile",
        "5 min 10 s",
        "Parcours des participants",
    ):
        assert words in text, words
    again = pdf_report(stats(), language="fr", colour="#5b3cc4", generated_at=WHEN)
    assert again == data  # same content, same date: same bytes


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@cmd", "'@cmd"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1", "'\r=1"),
        ("Bonjour = salut", "Bonjour = salut"),
        ("", ""),
        (-1, -1),
        (-2.5, -2.5),
        (0, 0),
        (True, True),
        (None, None),
        (math.nan, None),
        (math.inf, None),
    ],
)
def test_safe_cell(value: Any, expected: Any) -> None:
    result = safe_cell(value)
    assert result == expected and type(result) is type(expected)


def test_question_table_has_one_row_per_option() -> None:
    header, rows = question_table(stats(), language="en")
    assert header == [
        "Question",
        "Type",
        "Answered",
        "Skipped",
        "Option",
        "Count",
        "Share",
        "Facility",
        "Discrimination",
        "Flags",
    ]
    rows = list(rows)
    assert len(rows) == 3  # two options of q1, one row for q2 (no options)
    first = dict(zip(header, rows[0], strict=True))
    assert first["Option"] == "Les comptes uniques" and first["Count"] == 89
    assert first["Share"] == pytest.approx(89 / 132, abs=1e-4)
    assert first["Discrimination"] == pytest.approx(-0.12)
    assert "too easy" in first["Flags"] and "negative discrimination" in first["Flags"]
    last = dict(zip(header, rows[2], strict=True))
    assert last["Option"] is None and last["Answered"] == 100 and last["Facility"] is None


def test_csv_has_a_bom_numbers_and_defused_formulas(tmp_path: Path) -> None:
    path = tmp_path / "questions.csv"
    write_csv(path, *question_table(stats(), language="fr"))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0][0] == "Question" and lines[0][3] == "Sans réponse"
    assert lines[1][0].startswith("'=HYPERLINK(")
    assert lines[2][4] == "'-1 affichage"
    assert lines[1][5] == "89" and lines[1][8] == "-0.12"  # numbers stay bare numbers
    assert [p.name for p in tmp_path.iterdir()] == ["questions.csv"]  # no temporary file left


def test_xlsx_keeps_numbers_as_numbers(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    header = ["Name", "Score", "Delta", "Note"]
    rows = [["Ana", 12, -1, "-1"], ["=cmd|' /C calc'!A0", 7.5, -0.25, "@SUM(1)"]]
    write_xlsx(path, {"Questions": question_table(stats()), "Responses": (header, rows)})
    book = load_workbook(path)
    assert book.sheetnames == ["Questions", "Responses"]
    sheet = book["Responses"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == header
    assert values[1] == ["Ana", 12, -1, "'-1"]
    assert isinstance(values[1][1], int) and isinstance(values[2][2], float)
    assert values[2][2] == -0.25
    assert values[2][0] == "'=cmd|' /C calc'!A0" and values[2][3] == "'@SUM(1)"
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)  # no formula
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width >= len("=cmd|' /C calc'!A0")
    questions = book["Questions"]
    assert questions.cell(row=2, column=6).value == 89
    assert questions.cell(row=2, column=1).value.startswith("'=HYPERLINK")


def test_flags_and_verdicts_in_words() -> None:
    assert flag_words(["too hard: almost nobody gets it right", "something new"], "fr") == [
        "trop difficile : presque personne ne répond juste",
        "something new",
    ]
    base = {"a": "A", "b": "B", "rate_a": 0.5, "rate_b": 0.7, "needed": 0}
    assert ab_verdict({**base, "needed": 12}, "en").startswith("Not enough data yet: 12 more")
    assert ab_verdict({**base, "p_value": 0.0004, "significant": True}, "fr") == (
        "B est terminée plus souvent (p < 0,001)."
    )
    assert ab_verdict({**base, "p_value": None}, "en").startswith("No difference")
    assert ab_verdict(None, "en") == ""


def test_sections_of_newer_statistics_and_empty_columns() -> None:
    newer = {
        **stats(),
        "leads": 45,
        "leaderboard": [{"rank": 1, "pseudonym": "Fatou", "score": 11.0, "seconds": 250.0}],
        "badges": [
            {
                "badge": "perfect_score",
                "title": "Perfect score",
                "count": 1,
                "pseudonyms": ["Fatou"],
            },
            {"badge": "new_kind", "title": "Night owl", "count": 2, "pseudonyms": ["A", "B"]},
        ],
        "versions": [
            {
                "content_hash": "cda90a2a4fe58d11c530",
                "created_at": "2026-11-22T17:51:55+00:00",
                "responses": 140,
            }
        ],
        "bands": [{"title": "Pro", "min_percent": 80.0, "count": 34, "share": 0.3}],
    }
    page = html_report(newer, language="fr", generated_at=WHEN)
    assert "Contacts recueillis" in page and ">45<" in page
    assert "Classement" in page and "Fatou" in page and "4 min 10 s" in page
    assert "Score parfait" in page and "Night owl" in page  # ours translated, others kept
    assert "cda90a2a4fe5<" in page and "2026-11-22 17:51" in page
    assert "Niveaux" in page and f">80{NBSP}%<" in page
    # nobody entered a channel's reach: no reach or engagement columns
    assert ">Portée<" not in page and "Taux d’engagement" not in page
    with_reach = {**stats()}
    with_reach["sources"] = [
        {**s, "reach": 1000, "engagement_rate": 0.044} for s in stats()["sources"]
    ]
    page = html_report(with_reach, language="fr", generated_at=WHEN)
    assert ">Portée<" in page and f">4,4{NBSP}%<" in page
