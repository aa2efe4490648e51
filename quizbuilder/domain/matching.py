"""Matching other tools' answers to our questions and options.

Column titles are matched to question texts, and cell values to option labels, after
*folding* both: case, accents, punctuation and spacing do not count. A multi-select cell
is split on its separators, but a label may itself contain one (``Les utilisateurs
uniques exposés, sans publicité``), so the pieces are joined back wherever that makes a
known label. Results are cached per distinct cell: a million rows of a ten-question quiz
hold only a few thousand distinct cells.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from quizbuilder.domain.content import (
    CHOICE_TYPES,
    MULTI_CHOICE_TYPES,
    Question,
    QuestionType,
)
from quizbuilder.domain.text import fold

_SEPARATORS = re.compile(r"(;\s*|,\s+|\s+/\s+|\s*\n\s*)")

TRUE_WORDS = frozenset({"vrai", "true", "oui", "yes", "v", "t", "y", "o", "1"})
FALSE_WORDS = frozenset({"faux", "false", "non", "no", "f", "n", "0"})


@dataclass
class CellResult:
    """What a cell meant: the answer in our shape, and what could not be matched."""

    answer: Any
    unknown: list[str] = field(default_factory=list)


def _parse_number(text: str) -> float | None:
    t = text.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if re.fullmatch(r"[-+]?\d+,\d+", t):
        t = t.replace(",", ".")  # a French decimal comma
    try:
        value = float(t)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


class QuestionMatcher:
    """Turns the text of a cell into an answer to one question."""

    def __init__(self, question: Question) -> None:
        self.question = question
        self.by_label: dict[str, str] = {}
        for option in question.options:
            for key in (option.label, option.id):
                if key and fold(key) and fold(key) not in self.by_label:
                    self.by_label[fold(key)] = option.id
        if question.type == QuestionType.TRUE_FALSE and len(question.options) == 2:
            yes, no = question.options
            for word in TRUE_WORDS:
                self.by_label.setdefault(word, yes.id)
            for word in FALSE_WORDS:
                self.by_label.setdefault(word, no.id)
        self._cache: dict[str, CellResult] = {}

    def match(self, cell: str) -> CellResult:
        cached = self._cache.get(cell)
        if cached is None:
            cached = self._match(cell)
            if len(self._cache) < 200_000:
                self._cache[cell] = cached
        return cached

    def _match(self, cell: str) -> CellResult:
        text = cell.strip()
        t = self.question.type
        if not text:
            return CellResult(None)
        if t in MULTI_CHOICE_TYPES:
            return self._multi(text)
        if t in CHOICE_TYPES:
            option = self.by_label.get(fold(text))
            return CellResult(option) if option else CellResult(None, [text])
        if t in (QuestionType.RATING, QuestionType.NPS, QuestionType.LIKERT):
            return self._scale(text)
        if t == QuestionType.NUMBER:
            number = _parse_number(text)
            return CellResult(number) if number is not None else CellResult(None, [text])
        if t == QuestionType.RANKING:
            ids, unknown = self._segments(text)
            return CellResult(ids or None, unknown)
        return CellResult(text)  # short and long text are kept as typed

    def _scale(self, text: str) -> CellResult:
        scale = self.question.scale
        number = _parse_number(text.split("/")[0].split()[0] if text else text)
        if number is None and scale is not None and scale.labels:
            folded = fold(text)
            for i, label in enumerate(scale.labels):
                if fold(label) == folded:
                    number = float(scale.min + i)
        if number is None or number != int(number):
            return CellResult(None, [text])
        value = int(number)
        if scale is not None and not scale.min <= value <= scale.max:
            return CellResult(None, [text])
        return CellResult(value)

    def _multi(self, text: str) -> CellResult:
        ids, unknown = self._segments(text)
        return CellResult(ids or None, unknown)

    def _segments(self, text: str) -> tuple[list[str], list[str]]:
        """Split on separators, joining pieces back where they form a known label.

        Dynamic programming over the pieces: the split that matches the most labels
        wins, and among those the one with the fewest unknown pieces.
        """
        whole = self.by_label.get(fold(text))
        if whole:
            return [whole], []
        parts = _SEPARATORS.split(text)
        pieces, seps = parts[0::2], parts[1::2]
        n = len(pieces)
        # best[i] = (matched, -unknown, ids, unknown texts) for pieces[i:]
        best: list[tuple[int, int, list[str], list[str]]] = [(0, 0, [], [])] * (n + 1)
        for i in range(n - 1, -1, -1):
            candidates = []
            span = pieces[i]
            for j in range(i + 1, n + 1):
                if j > i + 1:
                    span = span + seps[j - 2] + pieces[j - 1]
                rest = best[j]
                option = self.by_label.get(fold(span))
                if option:
                    candidates.append((rest[0] + 1, rest[1], [option, *rest[2]], rest[3]))
                elif j == i + 1:
                    label = span.strip()
                    unknown = [label, *rest[3]] if label else rest[3]
                    candidates.append((rest[0], rest[1] - (1 if label else 0), rest[2], unknown))
            best[i] = max(candidates, key=lambda c: (c[0], c[1]))
        _, _, ids, unknown = best[0]
        return list(dict.fromkeys(ids)), unknown  # a label ticked twice counts once


def match_columns(
    headers: Iterable[str], questions: list[Question]
) -> tuple[dict[int, Question], list[int]]:
    """Columns whose folded title is a question's folded text (or its id).

    Returns the matched columns by index, and the indexes of the others. A question
    matched twice keeps its first column.
    """
    by_text: dict[str, Question] = {}
    for q in questions:
        for key in (q.text, q.id):
            if key and fold(key):
                by_text.setdefault(fold(key), q)
    matched: dict[int, Question] = {}
    taken: set[str] = set()
    unmatched: list[int] = []
    for index, header in enumerate(headers):
        question = by_text.get(fold(header))
        if question is not None and question.id not in taken:
            matched[index] = question
            taken.add(question.id)
        else:
            unmatched.append(index)
    return matched, unmatched
