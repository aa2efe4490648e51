"""Our readers over the third-party material of ../shared/conformance (never copied here).

- gift-peg: 51 GIFT files, each with the parse that grammar gives. Our parse, put in its
  shape, must equal it except for the differences listed in KNOWN, each checked to be
  exactly the one explained (where gift-peg and Moodle differ we follow Moodle; the
  reasons are in docs/interop.md, "Conformance").
- Moodle's own GIFT, Aiken and XML fixtures, with what Moodle's tests expect of them.
- SurveyJS's documentation quiz.

Skipped, saying why, when the folder is absent (it sits beside the repository).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quizbuilder.domain.content import Kind, QuestionType
from quizbuilder.formats.aiken import parse_aiken, read_aiken
from quizbuilder.formats.gift import parse_gift, read_gift
from quizbuilder.formats.moodle_xml import read_moodle_xml
from quizbuilder.formats.question_import import MoodleAnswer, MoodleQuestion, Text
from quizbuilder.formats.surveyjs import read_surveyjs

CONFORMANCE = Path(__file__).resolve().parents[4] / "shared" / "conformance"
GIFT_PEG = CONFORMANCE / "gift-peg" / "tests" / "questions"
MOODLE = CONFORMANCE / "moodle"

pytestmark = pytest.mark.skipif(
    not CONFORMANCE.is_dir(),
    reason=f"no third-party conformance material at {CONFORMANCE} (it sits beside the repo)",
)


# --- our parse in gift-peg's shape -----------------------------------------------------


def _text(t: Text) -> dict[str, str]:
    return {"format": t.format, "text": t.text}


def _optional(t: Text) -> dict[str, str] | None:
    return _text(t) if t.text else None


def _weight(a: MoodleAnswer) -> float | None:
    return None if a.weight is None else float(a.weight)


def _number(a: MoodleAnswer) -> dict[str, Any]:
    if a.numeric_range is not None:
        low, high = a.numeric_range
        return {"type": "high-low", "numberHigh": high, "numberLow": low}
    if ":" in a.written[1:]:
        return {"type": "range", "number": float(a.text.text), "range": a.tolerance}
    return {"type": "simple", "number": float(a.text.text)}


def as_gift_peg(mq: MoodleQuestion) -> dict[str, Any]:
    if mq.qtype == "category":
        return {"type": "Category", "title": mq.category}
    out: dict[str, Any] = {
        "id": mq.idnumber or None,
        "tags": mq.tags or None,
        "title": mq.name or None,
        "stem": _text(mq.text),
        "hasEmbeddedAnswers": mq.blank,
    }
    if mq.qtype == "description":
        return {**out, "type": "Description"}
    out["globalFeedback"] = _optional(mq.general_feedback)
    fmt = mq.text.format
    if mq.qtype == "essay":
        out["type"] = "Essay"
    elif mq.qtype == "truefalse":
        # gift-peg's names: the feedback shown for the answer "true", and for "false".
        out.update(
            type="TF",
            isTrue=mq.correct_true,
            trueFeedback=_optional(mq.feedback_true),
            falseFeedback=_optional(mq.feedback_false),
        )
    elif mq.qtype == "multichoice":
        out["type"] = "MC"
        out["choices"] = [
            {
                "isCorrect": a.weight is None and a.fraction == 1,
                "weight": _weight(a),
                "text": _text(a.text),
                "feedback": _optional(a.feedback),
            }
            for a in mq.answers
        ]
    elif mq.qtype == "shortanswer":
        out["type"] = "Short"
        out["choices"] = [
            {
                "isCorrect": True,
                "weight": _weight(a),
                "text": {"format": fmt, "text": a.text.text},
                "feedback": _optional(a.feedback),
            }
            for a in mq.answers
        ]
    elif mq.qtype == "numerical":
        out["type"] = "Numerical"
        if not mq.numeric_listed and len(mq.answers) == 1 and not mq.answers[0].wildcard:
            out["choices"] = _number(mq.answers[0])
        else:
            out["choices"] = [
                {
                    "isCorrect": False,
                    "weight": None,
                    "text": {"format": fmt, "text": "*"},
                    "feedback": _optional(a.feedback),
                }
                if a.wildcard
                else {
                    "isCorrect": True,
                    "weight": _weight(a),
                    "text": _number(a),
                    "feedback": _optional(a.feedback),
                }
                for a in mq.answers
            ]
    elif mq.qtype == "match":
        out["type"] = "Matching"
        out["matchPairs"] = [{"subquestion": _text(p), "subanswer": a} for p, a in mq.pairs]
    return out


def differences(expected: Any, got: Any, path: str = "") -> list[str]:
    if isinstance(expected, dict) and isinstance(got, dict):
        return [
            d
            for key in sorted(set(expected) | set(got))
            for d in differences(
                expected.get(key, "<none>"),
                got.get(key, "<none>"),
                f"{path}.{key}" if path else key,
            )
        ]
    if isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got):
        return [
            d
            for i, (e, g) in enumerate(zip(expected, got, strict=True))
            for d in differences(e, g, f"{path}[{i}]")
        ]
    return [] if expected == got else [path]


def _at(root: Any, path: str) -> Any:
    for part in re.findall(r"\[(\d+)\]|\.?([A-Za-z]+)", path):
        root = root[int(part[0])] if part[0] else root[part[1]]
    return root


# --- the known differences, each with the check that it is only that -------------------

Check = Callable[[Any, Any, str], bool]


def _line_break(expected: Any, got: Any, path: str) -> bool:
    """gift-peg joins the lines of a text with a space; Moodle keeps the line break."""
    return _at(expected, path) == " ".join(_at(got, path).split("\n"))


def _trimmed_lines(expected: Any, got: Any, path: str) -> bool:
    """Moodle trims every line of the file (markdown's two trailing spaces, indentation)."""
    stripped = "\n".join(line.strip() for line in _at(expected, path).split("\n"))
    return stripped == _at(got, path)


def _blank(expected: Any, got: Any, path: str) -> bool:
    """gift-peg adds a space after the '_____' of a missing word; Moodle does not."""
    return _at(expected, path) == re.sub(r"_____(?=\S)", "_____ ", _at(got, path))


def _true_false(expected: Any, got: Any, path: str) -> bool:
    """gift-peg reads {TRUE#a#b} as feedback for true then false; Moodle as feedback for
    a wrong answer then a right one, so for a TRUE question the two are swapped."""
    other = path.replace("trueFeedback", "@").replace("falseFeedback", "trueFeedback")
    return bool(_at(expected, path) == _at(got, other.replace("@", "falseFeedback")))


LINE, TRIM, BLANK, TF = _line_break, _trimmed_lines, _blank, _true_false
KNOWN: dict[str, dict[str, Check]] = {
    "TFTwoFeedback.gift": {
        "[1].falseFeedback": TF,
        "[1].trueFeedback": TF,
        "[2].falseFeedback": TF,
        "[2].trueFeedback": TF,
    },
    "escapeAll.gift": {"[0].choices[6].feedback.text": LINE},
    "giftFormatPhpExamples.gift": {
        "[5].stem.text": LINE,
        "[8].stem.text": BLANK,
        "[9].choices[1].feedback.text": LINE,
    },
    "markdown.gift": {"[1].stem.text": TRIM, "[2].stem.text": TRIM},
    "multiLineFeedback1.gift": {
        "[0].choices[1].feedback.text": LINE,
        "[0].globalFeedback.text": LINE,
    },
    "numerical1.gift": {f"[{i}].stem.text": BLANK for i in range(2, 8)},
    "options1.gift": {
        "[1].stem.text": LINE,
        "[2].stem.text": LINE,
        "[8].stem.text": BLANK,
        "[13].choices[5].feedback.text": LINE,
    },
    "shortAnswer1.gift": {"[1].stem.text": BLANK},
    "symbolsAll.gift": {"[0].stem.text": LINE},
    "totara_moodle_pre_content.gift": {"[0].stem.text": TRIM},
    "type_inferred_multiline_markdown.gift": {
        "[0].choices[0].text.text": TRIM,
        "[0].choices[1].text.text": TRIM,
        "[0].stem.text": TRIM,
    },
}


def _gift_peg_files() -> list[str]:
    return sorted(p.name for p in GIFT_PEG.glob("*.gift")) if GIFT_PEG.is_dir() else []


def _compare(name: str) -> tuple[Any, Any, list[str]]:
    source = (GIFT_PEG / name).read_text(encoding="utf-8")
    expected = json.loads((GIFT_PEG / name).with_suffix(".json").read_text(encoding="utf-8"))
    parsed = parse_gift(source)
    assert parsed.errors == []
    got = [as_gift_peg(mq) for mq in parsed.questions]
    return expected, got, differences(expected, got)


@pytest.mark.parametrize("name", _gift_peg_files())
def test_gift_peg_file(name: str) -> None:
    expected, got, found = _compare(name)
    known = KNOWN.get(name, {})
    assert sorted(found) == sorted(known), f"{name}: unexplained differences"
    for path, check in known.items():
        assert check(expected, got, path), f"{name} {path} is not {check.__doc__}"


def test_gift_peg_summary() -> None:
    names = _gift_peg_files()
    exact = [n for n in names if not _compare(n)[2]]
    assert (len(names), len(exact)) == (51, 40)
    assert set(names) - set(exact) == set(KNOWN)


def test_every_gift_peg_file_imports() -> None:
    for name in _gift_peg_files():
        result = read_gift((GIFT_PEG / name).read_text(encoding="utf-8"), name)
        assert result.errors == [], name


# --- Moodle's own fixtures ---------------------------------------------------------------


def test_moodle_gift_fixture_imports_its_9_questions() -> None:
    # Moodle's behat test: "Importing 9 questions from file".
    result = read_gift(
        (MOODLE / "question_format_gift_tests_fixtures_questions.gift.txt").read_text(
            encoding="utf-8"
        ),
        "questions",
    )
    assert result.errors == []
    [item] = result.items
    assert len(item.questions) == 9
    q = {x.id: x for x in item.questions}
    assert [o.fraction for o in q["colours"].options] == [0.5, -1, 0.5, -1]
    assert [(a.text, a.fraction) for a in q["Shortanswer"].accepted_answers] == [
        ("Frog", 1.0),
        ("Cat", 0.5),
    ]
    assert q["Q1"].explanation == "This is, of course, a Hitchiker's Guide to the Galaxy reference."
    assert q["Q5"].text == 'What is a number from 1 to 5? _____";'  # the fixture's stray `";`
    assert [(p.prompt, p.answer) for p in q["Moodle-activities"].pairs][-1] == (
        "A collection of web pages that anyone can add to or edit.",
        "Wiki",
    )
    assert any("extra wrong answer 'Chat'" in n.message for n in result.not_held)


def test_moodle_gift_fixture_in_a_category() -> None:
    text = (
        MOODLE / "question_format_gift_tests_fixtures_questions_in_category.gift.txt"
    ).read_text(encoding="utf-8")
    result = read_gift(text, "f")
    [item] = result.items
    assert (item.title, len(item.questions)) == ("Default for New Features", 4)
    greeting = next(q for q in item.questions if q.id == "Greeting")
    assert greeting.text == "Listen to this greeting:\n\nWhat language is being spoken?"
    assert [o.fraction for o in greeting.options] == [0, 1, 0, 0]


def test_moodle_gift_examples() -> None:
    result = read_gift(
        (MOODLE / "question_format_gift_examples.txt").read_text(encoding="utf-8"), "examples"
    )
    assert result.errors == []
    types = {q.type for item in result.items for q in item.questions}
    assert types >= {
        QuestionType.SINGLE_CHOICE,
        QuestionType.TRUE_FALSE,
        QuestionType.SHORT_TEXT,
        QuestionType.NUMBER,
        QuestionType.MATCHING,
    }


def test_moodle_aiken_fixtures() -> None:
    # Moodle's aikenformat_test: these errors, and the good questions only.
    text = (MOODLE / "question_format_aiken_tests_fixtures_aiken_errors.txt").read_text(
        encoding="utf-8"
    )
    questions, errors = parse_aiken(text)
    assert [e.message for e in errors] == [
        "Question must have at least 2 answers on line 3",
        "Question not started on line 5",
        "Question not started on line 7",
        "Question not completed before next question start on line 18",
    ]
    assert errors[0].question == 'question 1 "A question with too few answers"'
    assert errors[3].question == 'question 3 "A question started but not finished"'
    assert [q.text.text for q in questions] == ["A good question", "A second good question"]
    assert [a.text.text for a in questions[1].answers] == [
        "Incorrect (No space)",
        "Correct (No space)",
    ]
    good = read_aiken(
        (MOODLE / "question_format_aiken_tests_fixtures_questions.aiken.txt").read_text(
            encoding="utf-8"
        ),
        "aiken",
    )
    assert good.errors == []
    assert [[o.fraction for o in q.options] for q in good.items[0].questions] == [
        [0, 1, 0, 0],
        [1, 0],
    ]


def test_moodle_xml_fixture() -> None:
    result = read_moodle_xml(
        (MOODLE / "question_format_xml_tests_fixtures_export_category.xml").read_bytes(), "f"
    )
    assert result.errors == []
    [item] = result.items
    assert (item.title, item.intro) == ("Alpha", "This is Alpha category for test")
    [q] = item.questions
    assert (q.id, q.type, q.text) == (
        "Alpha-Question",
        QuestionType.TRUE_FALSE,
        "Testing Alpha Question",
    )
    assert [o.fraction for o in q.options] == [1, 0]


def test_surveyjs_documentation_quiz() -> None:
    result = read_surveyjs(
        (CONFORMANCE / "surveyjs" / "american-history-quiz.json").read_text(encoding="utf-8"),
        "quiz",
    )
    assert result.errors == []
    [doc] = result.items
    assert doc.kind == Kind.KNOWLEDGE_QUIZ and doc.title == "American History"
    assert [q.id for q in doc.questions if q.points] == ["civilwar", "libertyordeath", "magnacarta"]
    civil = doc.questions[1]
    assert [o.label for o in civil.options if o.fraction == 1] == ["1861-1865"]
    assert [(round(b.min_percent, 2), b.title[:20]) for b in doc.scoring.bands] == [
        (0.0, "Unfortunately, none "),
        (33.33, "You got {correctAnsw"),
        (100.0, "Congratulations! You"),
    ]
    assert doc.settings.timer is not None and doc.settings.timer.seconds == 25
