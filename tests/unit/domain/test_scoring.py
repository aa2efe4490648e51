"""Scoring follows Moodle's rule: chosen fractions summed, clamped to [0, 1], times points."""

from __future__ import annotations

import pytest

from quizbuilder.domain.scoring import (
    leading_outcomes,
    question_fraction,
    score_response,
)
from quizbuilder.domain.validation import parse_document
from tests.helpers.documents import data, document


def test_single_choice_right_and_wrong() -> None:
    quiz = document("knowledge_quiz")
    q1 = quiz.questions[0]
    assert question_fraction(q1, "a") == 1.0
    assert question_fraction(q1, "b") == 0.0
    assert question_fraction(q1, None) == 0.0
    assert question_fraction(q1, "no-such-option") == 0.0


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        (["a", "b"], 1.0),  # both right halves
        (["a"], 0.5),
        (["a", "c"], 0.0),  # 0.5 - 1 clamps to 0, never negative
        (["a", "b", "c"], 0.0),  # 1 - 1
        (["a", "a"], 0.5),  # a repeated choice counts once
        ([], 0.0),
    ],
)
def test_multiple_choice_clamps_the_sum(chosen: list[str], expected: float) -> None:
    q2 = document("knowledge_quiz").questions[1]
    assert question_fraction(q2, chosen) == pytest.approx(expected)


def test_number_within_tolerance() -> None:
    q3 = document("knowledge_quiz").questions[2]
    assert question_fraction(q3, 5.3) == 1.0
    assert question_fraction(q3, 5.39) == 1.0
    assert question_fraction(q3, 5.41) == 0.0
    assert question_fraction(q3, "5.3") == 0.0  # text is not a number
    assert question_fraction(q3, True) == 0.0


def test_total_band_and_pass_mark() -> None:
    quiz = document("knowledge_quiz")
    result = score_response(quiz, {"q1": "a", "q2": ["a"], "q3": 1.0})
    assert result.by_question == {"q1": 1.0, "q2": 1.0, "q3": 0.0}
    assert result.total == 2.0
    assert result.max_possible == 4.0
    assert result.percent == 50.0
    assert result.passed is True  # pass mark is 50 %
    assert result.band is not None and result.band.title == "À revoir"
    perfect = score_response(quiz, {"q1": "a", "q2": ["a", "b"], "q3": 5.3})
    assert perfect.total == 4.0 and perfect.band is not None and perfect.band.title == "Expert"
    nothing = score_response(quiz, {})
    assert nothing.total == 0 and nothing.passed is False


def test_short_text_ignores_case_and_spaces_unless_asked() -> None:
    raw = data("knowledge_quiz")
    raw["questions"] = [
        {
            "id": "t",
            "type": "short_text",
            "points": 1,
            "accepted_answers": [{"text": "Net Promoter Score"}, {"text": "NPS", "fraction": 0.5}],
        }
    ]
    q = parse_document(raw).questions[0]
    assert question_fraction(q, "  net   promoter score ") == 1.0
    assert question_fraction(q, "nps") == 0.5
    assert question_fraction(q, "net promoter") == 0.0
    raw["questions"][0]["case_sensitive"] = True
    q = parse_document(raw).questions[0]
    assert question_fraction(q, "nps") == 0.0


def test_ranking_and_matching_give_partial_credit() -> None:
    raw = data("knowledge_quiz")
    raw["questions"] = [
        {
            "id": "r",
            "type": "ranking",
            "points": 3,
            "options": [{"id": "x"}, {"id": "y"}, {"id": "z"}],
        },
        {
            "id": "m",
            "type": "matching",
            "points": 2,
            "pairs": [
                {"id": "p1", "prompt": "KPI", "answer": "indicateur"},
                {"id": "p2", "prompt": "CTA", "answer": "appel à l'action"},
            ],
        },
    ]
    doc = parse_document(raw)
    ranking, matching = doc.questions
    assert question_fraction(ranking, ["x", "y", "z"]) == 1.0
    assert question_fraction(ranking, ["x", "z", "y"]) == pytest.approx(1 / 3)
    assert question_fraction(ranking, ["x", "y"]) == 0.0
    assert question_fraction(matching, {"p1": "p1", "p2": "p1"}) == 0.5
    assert score_response(doc, {"r": ["x", "y", "z"], "m": {"p1": "p1", "p2": "p2"}}).total == 5


def test_unscored_questions_do_not_count() -> None:
    poll = document("poll")
    result = score_response(poll, {"reseau": "insta"})
    assert result.max_possible == 0 and result.by_question == {} and result.passed is None


def test_personality_outcome_and_ties() -> None:
    quiz = document("personality_quiz")
    assert leading_outcomes(quiz, {"audience": "petite"}) == ["nano"]
    assert leading_outcomes(quiz, {"audience": "grande"}) == ["macro"]
    assert leading_outcomes(quiz, {}) == ["nano", "macro"]  # a tie, in listed order
