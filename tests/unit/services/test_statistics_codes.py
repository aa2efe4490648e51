"""Answer codes (migration 0005): what an import stores beside each response's JSON so
that the statistics count short codes instead of parsing JSON. The statistics must be
the same whether they read the codes or the JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from quizbuilder.domain.hashing import content_hash
from quizbuilder.domain.scoring import question_score
from quizbuilder.domain.validation import parse_document
from quizbuilder.formats.content_json import ItemFile
from quizbuilder.formats.gift import read_gift
from quizbuilder.services.library import LibraryService
from quizbuilder.services.response_import import import_responses
from quizbuilder.services.statistics import AnswerCache, item_statistics
from quizbuilder.services.statistics_scan import (
    BLANK_CHAR,
    AnswerCoder,
    Scorer,
    Value,
    _decoded,
    _value,
    answer_code,
    codes_prefix,
)
from tests.helpers.documents import document

BENCH = Path(__file__).resolve().parents[4] / "shared" / "tools" / "make_bench_data.py"


def _stats(library: LibraryService, item_id: int, **filters: Any) -> dict[str, Any]:
    return item_statistics(library, item_id, cache=AnswerCache(), **filters)


def _sql(library: LibraryService, statement: str, **params: Any) -> list[Any]:
    with library.engine.begin() as connection:
        result = connection.execute(text(statement), params)
        return list(result) if result.returns_rows else []


# the codes changed in rows by SQL here: imports write rows (packed codes are read alike:
# tests/unit/services/test_packed_statistics.py)
pytestmark = pytest.mark.usefixtures("imports_write_rows")


@pytest.fixture
def bench_item(library: LibraryService, tmp_path: Path) -> int:
    if not BENCH.exists():
        pytest.skip(f"{BENCH} is absent (../shared/tools)")
    subprocess.run(
        [sys.executable, str(BENCH), str(tmp_path), "--rows", "800", "--seed", "11"], check=True
    )
    parsed = read_gift((tmp_path / "quiz.gift").read_text(encoding="utf-8"), "Bench")
    [item_id] = library.add_item_file(ItemFile([(None, d) for d in parsed.items]))
    import_responses(library, item_id, tmp_path / "responses_google_forms.csv")
    return item_id


FILTERS: list[dict[str, Any]] = [
    {},
    {"since": "2026-01-01", "until": "2026-06-30"},
    {"duplicate_policy": "last_per_email"},
]


def test_an_import_codes_every_response_against_its_version(
    library: LibraryService, bench_item: int
) -> None:
    [(digest,)] = _sql(library, "SELECT DISTINCT content_hash FROM response")
    prefix = "#" + digest[:16]
    assert codes_prefix(digest) == prefix
    rows = _sql(library, "SELECT answer_codes FROM response")
    assert len(rows) == 800
    assert all(r[0].startswith(prefix) for r in rows)
    [(document,)] = _sql(library, "SELECT document FROM item WHERE id = :i", i=bench_item)
    questions = len(parse_document(json.loads(document)).questions)
    assert {len(r[0]) - len(prefix) for r in rows} == {questions}


@pytest.mark.parametrize("filters", FILTERS)
def test_codes_and_json_give_the_same_statistics(
    library: LibraryService, bench_item: int, filters: dict[str, Any]
) -> None:
    coded = _stats(library, bench_item, **filters)
    _sql(library, "UPDATE response SET answer_codes = NULL")
    from_json = _stats(library, bench_item, **filters)
    assert coded["responses"] > 0
    assert coded == from_json


def test_the_statistics_read_the_codes_not_the_json(
    library: LibraryService, bench_item: int
) -> None:
    before = _stats(library, bench_item)
    _sql(library, "UPDATE response SET answers = '{}'")  # only the codes remain
    assert _stats(library, bench_item) == before
    _sql(library, "UPDATE response SET answer_codes = NULL")  # now nothing is answered
    blank = _stats(library, bench_item)
    assert all(q["answered"] == 0 for q in blank["questions"])
    assert any(q["answered"] > 0 for q in before["questions"])


def test_codes_of_another_version_are_not_used(library: LibraryService, bench_item: int) -> None:
    expected = _stats(library, bench_item)
    # as if coded against another document: the codes claim every answer is blank
    _sql(library, "UPDATE response SET answer_codes = '#0123456789abcdef' || answer_codes")
    assert _stats(library, bench_item) == expected


def test_mixed_coded_and_uncoded_responses(library: LibraryService, bench_item: int) -> None:
    expected = _stats(library, bench_item)
    _sql(library, "UPDATE response SET answer_codes = NULL WHERE id % 3 = 0")
    assert _stats(library, bench_item) == expected


# --- codes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "qid", "answer", "code"),
    [
        ("poll", "reseau", "insta", 1),
        ("poll", "reseau", "linkedin", 3),
        ("poll", "reseau", "not-an-option", None),
        ("poll", "reseau", ["insta"], None),
        ("poll", "reseau", "", 0),
        ("poll", "reseau", None, 0),
        ("knowledge_quiz", "q1", "a", 1),
        ("knowledge_quiz", "q1", "b", 2),
        ("knowledge_quiz", "q2", ["a", "b"], 0b011),
        ("knowledge_quiz", "q2", ["c", "a", "c"], 0b101),
        ("knowledge_quiz", "q2", ["a", "zz"], None),
        ("knowledge_quiz", "q2", [], 0),
        ("knowledge_quiz", "q2", "a", None),
        ("survey", "nps", 9, 10),
        ("survey", "nps", 0, 1),
        ("survey", "nps", "9", None),
        ("survey", "nps", True, None),
        ("survey", "avis", "Très bien ; merci", 1),
        ("survey", "avis", "", 0),
    ],
)
def test_an_answer_code_counts_as_the_answer(
    name: str, qid: str, answer: Any, code: int | None
) -> None:
    doc = document(name)
    [question] = [q for q in doc.questions if q.id == qid]
    assert answer_code(question, answer) == code
    if code is None:
        return
    value = _value(question, answer) if code else Value(0.0, (), None)
    decoded = _decoded(question, code)
    assert (decoded.score, set(decoded.options), decoded.point) == (
        value.score,
        set(value.options),
        value.point,
    )


def test_a_scoring_answer_to_a_question_without_options_has_no_code() -> None:
    doc = document("knowledge_quiz")
    [number] = [q for q in doc.questions if q.id == "q3"]
    assert number.scored
    assert answer_code(number, 5.3) is None  # worth a point: only its JSON says so
    assert answer_code(number, 5.35) is None  # within the tolerance
    assert {answer_code(number, a) for a in (1, 2.5, 1000, "x")} == {1}  # no points


@pytest.mark.parametrize("code", [4, 99, 5000])
def test_a_code_no_answer_has_counts_as_blank(code: int) -> None:
    question = document("poll").questions[0]  # three options: codes 0 to 3
    assert _decoded(question, code) == Value(0.0, (), None)


def test_a_codes_text_of_the_wrong_length_counts_as_unanswered() -> None:
    doc = document("knowledge_quiz")
    digest = content_hash(doc)
    coder = AnswerCoder(doc, digest)
    chars = [coder.char(0, '"a"'), coder.char(1, '["a","b"]'), coder.char(2, None)]
    assert None not in chars
    good = coder.text(c for c in chars if c is not None)
    bad = coder.prefix + "1"  # one character for three questions
    scorer = Scorer(doc, 100, digest)
    parsed = scorer.parse([good, bad])
    assert all(scorer.decode(k)[1] == 0 for k in parsed[bad][2])  # every question blank
    assert parsed[bad][0] == 0.0
    answered = [scorer.decode(k)[:2] for k in parsed[good][2]]
    assert [code != 0 for _, code in answered] == [True, True, False]
    expected_total = sum(
        question_score(q, a) or 0.0
        for q, a in zip(doc.questions, ["a", ["a", "b"], None], strict=True)
    )
    assert parsed[good][0] == expected_total


def test_a_coder_keeps_the_question_order() -> None:
    doc = parse_document(
        {
            "kind": "poll",
            "title": "t",
            "questions": [
                {
                    "id": "q1",
                    "type": "single_choice",
                    "text": "a",
                    "options": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}],
                },
                {"id": "q2", "type": "short_text", "text": "b"},
            ],
        }
    )
    coder = AnswerCoder(doc, "f" * 64)
    assert coder.index == {"q1": 0, "q2": 1}
    assert coder.char(0, '"y"') == chr(0x30 + 2)
    assert coder.char(0, '"nope"') is None
    assert coder.char(1, '"hello"') == chr(0x30 + 1)
    assert coder.char(1, None) == BLANK_CHAR == "0"
    assert coder.text(["2", "0"]) == "#ffffffffffffffff20"
