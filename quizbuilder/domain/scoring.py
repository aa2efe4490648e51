"""Scoring of one response: question scores (Moodle's rule), totals, bands, outcomes.

Answers are keyed by question id. Their shape depends on the question type:

- single choice, true/false, image choice: the chosen option id (``str``);
- multiple choice, image multiple choice: a list of option ids;
- rating, NPS, Likert: the chosen point (``int``);
- short and long text: the text; number: the number;
- ranking: the option ids in the respondent's order;
- matching: ``{pair id: pair id of the answer chosen for it}``.

A missing or blank answer scores 0 on a scored question.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from quizbuilder.domain.content import (
    CHOICE_TYPES,
    ItemDocument,
    Question,
    QuestionType,
    ScoreBand,
)


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def normalise_text(text: str, *, case_sensitive: bool = False) -> str:
    """Compare typed answers as a teacher would: spaces and Unicode forms don't matter."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    return text if case_sensitive else text.casefold()


def _chosen(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return []


def question_fraction(question: Question, value: Any) -> float:
    """The share of the question's points earned, in [0, 1]."""
    t = question.type
    if t in CHOICE_TYPES:
        by_id = {o.id: o.fraction for o in question.options}
        return _clamp(sum(by_id.get(c, 0.0) for c in set(_chosen(value))))
    if t == QuestionType.SHORT_TEXT:
        if not isinstance(value, str):
            return 0.0
        given = normalise_text(value, case_sensitive=question.case_sensitive)
        fractions = [
            a.fraction
            for a in question.accepted_answers
            if normalise_text(a.text, case_sensitive=question.case_sensitive) == given
        ]
        return max(fractions, default=0.0)
    if t == QuestionType.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return 0.0
        fractions = [
            a.fraction
            for a in question.numeric_answers
            if abs(float(value) - a.value) <= a.tolerance + 1e-12
        ]
        return max(fractions, default=0.0)
    if t == QuestionType.RANKING:
        key = [o.id for o in question.options]
        order = _chosen(value)
        if len(order) != len(key):
            return 0.0
        return sum(1 for a, b in zip(order, key, strict=True) if a == b) / len(key)
    if t == QuestionType.MATCHING:
        if not isinstance(value, Mapping):
            return 0.0
        return sum(1 for p in question.pairs if value.get(p.id) == p.id) / len(question.pairs)
    return 0.0


def question_score(question: Question, value: Any) -> float | None:
    """Points earned, or ``None`` for a question that is not scored."""
    if not question.scored:
        return None
    return question_fraction(question, value) * question.points


@dataclass(frozen=True)
class ScoreResult:
    total: float
    max_possible: float
    by_question: dict[str, float]
    band: ScoreBand | None
    passed: bool | None

    @property
    def percent(self) -> float:
        return 100.0 * self.total / self.max_possible if self.max_possible else 0.0


def score_response(
    document: ItemDocument, answers: Mapping[str, Any], shown: Collection[str] | None = None
) -> ScoreResult:
    """Score one response. ``shown``: the questions the respondent was given (a question
    pool draws some of them); the maximum is then over those only, as the page showed."""
    by_question: dict[str, float] = {}
    questions = document.questions
    if shown:
        questions = [q for q in questions if q.id in set(shown)]
    for q in questions:
        points = question_score(q, answers.get(q.id))
        if points is not None:
            by_question[q.id] = points
    total = sum(by_question.values())
    max_possible = sum(q.points for q in questions if q.scored)
    percent = 100.0 * total / max_possible if max_possible else 0.0
    pass_mark = document.scoring.pass_percent
    return ScoreResult(
        total=total,
        max_possible=max_possible,
        by_question=by_question,
        band=document.scoring.band_for(percent) if max_possible else None,
        passed=None if pass_mark is None or not max_possible else percent >= pass_mark - 1e-9,
    )


def outcome_totals(document: ItemDocument, answers: Mapping[str, Any]) -> dict[str, float]:
    totals = {o.id: 0.0 for o in document.outcomes}
    for q in document.questions:
        chosen = set(_chosen(answers.get(q.id))) if q.type in CHOICE_TYPES else set()
        for option in q.options:
            if option.id in chosen:
                for outcome, weight in option.weights.items():
                    totals[outcome] += weight
    return totals


def leading_outcomes(document: ItemDocument, answers: Mapping[str, Any]) -> list[str]:
    """The outcomes with the highest total, in the order they are listed (ties kept)."""
    totals = outcome_totals(document, answers)
    if not totals:
        return []
    best = max(totals.values())
    return [oid for oid, total in totals.items() if abs(total - best) < 1e-9]
