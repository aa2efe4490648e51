"""Reading a response file's answer columns: each distinct cell matched, scored and coded
once, then looked up for every row that has it.

``AnswerColumns`` reads a row (``read``, ``codes``) or a batch of rows by column
(``read_batch`` from Python strings, ``read_arrays`` from pyarrow's arrays, both for
``services.response_batch``); ``OptionColumns`` reads a multiple
choice question exported as one column per option. Used by ``services.response_import``.
"""

from __future__ import annotations

import json
import operator
import sys
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any, cast

from quizbuilder.domain.content import Question
from quizbuilder.domain.matching import QuestionMatcher
from quizbuilder.domain.scoring import question_score
from quizbuilder.services.statistics_scan import BLANK_CHAR, AnswerCoder


class Column:
    """One answer column: its question, and what each distinct cell gives."""

    def __init__(self, index: int, title: str, question: Question) -> None:
        self.index = index
        self.title = title
        self.question = question
        self.matcher = QuestionMatcher(question)
        self.key = json.dumps(question.id)
        # by distinct cell: the answer's JSON fragment ("" if none), its points (0 if the
        # question is not scored), and the texts that matched no option (only if any)
        self.fragments: dict[str, str] = {}
        self.points: dict[str, float] = {}
        self.unknown: dict[str, list[str]] = {}

    def read(self, cell: str) -> tuple[str, float, list[str]]:
        fragment = self.fragments.get(cell)
        if fragment is not None:
            return fragment, self.points[cell], self.unknown.get(cell, [])
        result = self.matcher.match(cell)
        fragment = ""
        if result.answer is not None:
            fragment = f"{self.key}:{json.dumps(result.answer, ensure_ascii=False)}"
        points = question_score(self.question, result.answer) or 0.0
        if len(self.fragments) < 200_000:
            self.points[cell] = points
            if result.unknown:
                self.unknown[cell] = result.unknown
            self.fragments[cell] = fragment
        return fragment, points, result.unknown


_NO_LAST_COMMA = operator.methodcaller("rstrip", ",")  # a JSON value never ends in ","
_IN_BRACES = "{%s}".__mod__

# a row's answers: JSON fragments ("" where none), points, unknown texts by column
_Read = tuple[list[str | None], float, list[tuple[Column, list[str]]]]


class AnswerColumns:
    """The plan's one-question columns, read together.

    A row's cells are looked up in the columns' caches with ``map(dict.get, caches,
    cells)``: the loop over columns runs in C, which at a million rows is most of what
    reading the answers costs. A cell not yet seen takes the slow path once.
    """

    def __init__(self, columns: list[Column], coder: AnswerCoder | None = None) -> None:
        self.columns = columns
        indexes = [c.index for c in columns]
        self.width = max(indexes, default=-1) + 1
        self.pick: Callable[[list[str]], tuple[str, ...]] = tuple  # no column: nothing
        if len(indexes) == 1:
            only = indexes[0]
            self.pick = lambda cells: (cells[only],)
        elif indexes:
            self.pick = itemgetter(*indexes)  # one C call: a tuple of the answer cells
        self.fragments = [c.fragments for c in columns]
        self.points = [c.points for c in columns]
        self.unknown = [c.unknown for c in columns]
        self.some_unknown = False  # whether any cell seen so far has unknown texts
        self.picked: tuple[str, ...] = ()  # the answer cells of the row last read
        self.coder = coder
        self.tokens: list[dict[str, str]] = [{} for _ in columns]  # by distinct cell
        self._with_comma: list[dict[str, str]] = [{} for _ in columns]  # fragment + ","
        self._order: Callable[[list[str]], tuple[str, ...]] = tuple
        self._direct = False  # one column per question, in the document's order
        self._length = 0  # of a codes text
        if coder is not None:
            self._order = question_order(columns, coder)
            self._direct = [c.question.id for c in columns] == list(coder.index)
            self._length = len(coder.prefix) + len(coder.questions)

    def codes(self) -> str | None:
        """The answer codes text of the row last read (None when not coding, or when an
        answer has no code): its cells' tokens, each made once per distinct cell."""
        if self.coder is None:
            return None
        tokens: list[Any] = list(map(dict.get, self.tokens, self.picked))
        if None in tokens:
            tokens = list(map(self._token, range(len(self.columns)), self.picked))
        if self._direct:  # the first column's tokens begin with the document's mark
            text = "".join(tokens)
        else:
            tokens.append(BLANK_CHAR)  # for the questions without a column
            text = self.coder.text(self._order(tokens))
        # an answer without a code has an empty token: the text is then too short
        return text if len(text) == self._length else None

    def _token(self, position: int, cell: str) -> str:
        """The code character of a cell, "" when its answer has none (in direct order,
        the first column's also carries the document's mark)."""
        assert self.coder is not None
        cached = self.tokens[position].get(cell)
        if cached is not None:
            return cached
        column = self.columns[position]
        fragment = column.read(cell)[0]
        answer = fragment[len(column.key) + 1 :] if fragment else None
        token = self.coder.char(self.coder.index[column.question.id], answer) or ""
        if token and self._direct and position == 0:
            token = self.coder.prefix + token
        if len(self.tokens[position]) < 200_000:
            self.tokens[position][cell] = token
        return token

    def read(self, cells: list[str]) -> _Read:
        """The answers' JSON fragments ("" where none), the points, and unknown texts."""
        if not self.columns:
            return [], 0.0, []
        if len(cells) < self.width:
            cells = cells + [""] * (self.width - len(cells))
        picked = self.picked = self.pick(cells)
        fragments: list[str | None] = list(map(dict.get, self.fragments, picked))
        if None in fragments:  # a cell not seen yet (None: unknown; "": no answer)
            return self._slow(picked)
        total = sum(map(dict.__getitem__, self.points, picked))
        if self.some_unknown and any(map(dict.__contains__, self.unknown, picked)):
            return (
                fragments,
                total,
                [
                    (c, u[cell])
                    for c, u, cell in zip(self.columns, self.unknown, picked, strict=True)
                    if cell in u
                ],
            )
        return fragments, total, []

    def read_batch(
        self, cells: Sequence[Sequence[str]]
    ) -> tuple[list[str], list[float], list[str | None]] | None:
        """:meth:`read` and :meth:`codes` of a batch of rows at once, given each
        column's cells (in the order of ``self.columns``): the answers' JSON texts, the
        points and the codes texts, made by C-level ``map`` and ``join`` over the
        columns' caches. None when a row needs reading on its own (an unknown value to
        report, a cache full): the caller then reads the batch row by row."""
        n = len(cells[0]) if cells else 0
        if not self.columns or not n:
            return None
        suffixed: list[list[str]] = []
        points: list[list[float]] = []
        tokens: list[list[str]] = []
        for position, (column, column_cells) in enumerate(zip(self.columns, cells, strict=True)):
            distinct = set(column_cells)
            if not self._all_known(position, distinct):
                return None
            with_comma = self._with_comma[position]
            if not with_comma.keys() >= distinct:
                for cell in distinct - with_comma.keys():
                    fragment = column.fragments[cell]
                    with_comma[cell] = fragment + "," if fragment else ""
            suffixed.append(list(map(with_comma.__getitem__, column_cells)))
            points.append(list(map(column.points.__getitem__, column_cells)))
            if self.coder is not None:
                tokens.append(list(map(self.tokens[position].__getitem__, column_cells)))
        # "{" + the fragments joined by "," + "}": each non-empty one carries its comma
        joined = map("".join, zip(*suffixed, strict=True))
        answers = list(map(_IN_BRACES, map(_NO_LAST_COMMA, joined)))
        totals: list[float] = list(map(sum, zip(*points, strict=True)))
        return answers, totals, self._codes_batch(tokens, n)

    def _all_known(self, position: int, distinct: set[str]) -> bool:
        """Whether a batch's distinct cells of one column are all in its caches (each
        new one read once), with none that matches no option: what both batch readers
        need to take a batch; False, for the row-by-row import, otherwise."""
        column = self.columns[position]
        if not column.fragments.keys() >= distinct:
            for cell in distinct - column.fragments.keys():
                column.read(cell)
            if not column.fragments.keys() >= distinct:
                return False  # a cache is full
        if column.unknown:
            self.some_unknown = True  # for :meth:`read`, which then looks them up
            if not column.unknown.keys().isdisjoint(distinct):
                return False  # texts that match no option: reported row by row
        if self.coder is not None:
            table = self.tokens[position]
            if not table.keys() >= distinct:
                for cell in distinct - table.keys():
                    self._token(position, cell)
                if not table.keys() >= distinct:
                    return False
        return True

    def read_arrays(
        self, arrays: Sequence[Any]
    ) -> tuple[list[str], list[float], list[str | None]] | None:
        """:meth:`read_batch` of the columns as pyarrow string arrays: each column
        dictionary-encoded, its distinct cells looked up in the caches once, and the
        rows' answers and codes made by ``take`` and element-wise joins in C. The same
        results, and None in the same cases."""
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        n = len(arrays[0]) if len(arrays) else 0
        if not self.columns or not n:
            return None
        suffixed: list[Any] = []
        points: list[Any] = []
        tokens: list[Any] = []
        for position, (column, array) in enumerate(zip(self.columns, arrays, strict=True)):
            encoded = pc.dictionary_encode(array)
            cells: list[str] = encoded.dictionary.to_pylist()  # each distinct cell once
            if not self._all_known(position, set(cells)):
                return None
            indexes = encoded.indices
            taken = indexes.to_numpy(zero_copy_only=False)
            fragments = column.fragments
            with_comma = [fragments[c] + "," if fragments[c] else "" for c in cells]
            suffixed.append(pa.array(with_comma, pa.string()).take(indexes))
            by_cell = np.array([column.points[c] for c in cells], dtype=np.float64)
            points.append(by_cell[taken])
            if self.coder is not None:
                table = self.tokens[position]
                tokens.append(pa.array([table[c] for c in cells], pa.string()).take(indexes))
        joined = pc.binary_join_element_wise(*suffixed, "")
        braced = pc.binary_join_element_wise("{", pc.utf8_rtrim(joined, characters=","), "}", "")
        return braced.to_pylist(), _row_sums(points), self._codes_arrays(tokens, n)

    def _codes_arrays(self, tokens: list[Any], n: int) -> list[str | None]:
        import pyarrow.compute as pc

        if self.coder is None:
            return [None] * n
        if self._direct:  # the first column's tokens begin with the document's mark
            texts = pc.binary_join_element_wise(*tokens, "")
        else:
            ordered: Any = self._order([*tokens, BLANK_CHAR])
            texts = pc.binary_join_element_wise(self.coder.prefix, *ordered, "")
        lengths = pc.utf8_length(texts)
        if pc.all(pc.equal(lengths, self._length)).as_py():
            return texts.to_pylist()
        return [t if len(t) == self._length else None for t in texts.to_pylist()]

    def _codes_batch(self, tokens: list[list[str]], n: int) -> list[str | None]:
        if self.coder is None:
            return [None] * n
        if self._direct:  # the first column's tokens begin with the document's mark
            texts = list(map("".join, zip(*tokens, strict=True)))
        else:
            blank = [BLANK_CHAR] * n  # for the questions without a column
            ordered: Any = self._order([*tokens, blank])  # type: ignore[list-item]
            texts = list(map(self.coder.prefix.__add__, map("".join, zip(*ordered, strict=True))))
        if set(map(len, texts)) == {self._length}:
            return list(texts)
        return [t if len(t) == self._length else None for t in texts]

    def _slow(self, picked: tuple[str, ...]) -> _Read:
        fragments: list[str | None] = []
        total = 0.0
        unknowns: list[tuple[Column, list[str]]] = []
        for column, cell in zip(self.columns, picked, strict=True):
            fragment, points, unknown = column.read(cell)
            fragments.append(fragment)
            total += points
            if unknown:
                unknowns.append((column, unknown))
        self.some_unknown = any(self.unknown)
        return fragments, total, unknowns


def _row_sums(columns: list[Any]) -> list[float]:
    """Each row's ``sum`` of its points in the columns (NumPy arrays), to the last bit:
    up to Python 3.11, ``sum`` adds floats one after the other, as NumPy does here; from
    3.12 on it compensates the rounding (Neumaier), and ``sum`` itself does it."""
    import numpy as np

    if sys.version_info >= (3, 12):
        rows = zip(*(c.tolist() for c in columns), strict=True)
        return list(map(sum, rows))
    total = np.zeros(len(columns[0]), dtype=np.float64)  # sum starts from 0
    with np.errstate(over="ignore"):  # as Python's float addition: inf, no error
        for column in columns:
            total += column
    return cast(list[float], total.tolist())


def question_order(
    columns: list[Column], coder: AnswerCoder
) -> Callable[[list[str]], tuple[str, ...]]:
    """Picks the columns' tokens (and a last "" for the questions without a column) in
    the document's question order."""
    by_question = {c.question.id: position for position, c in enumerate(columns)}
    positions = [by_question.get(q.id, len(columns)) for q in coder.questions]
    if len(positions) == 1:
        only = positions[0]
        return lambda tokens: (tokens[only],)
    return itemgetter(*positions)


class OptionColumns:
    """A multiple-choice question exported as one column per option (ticked or blank)."""

    def __init__(self, question: Question) -> None:
        self.question = question
        self.options: list[tuple[int, str]] = []  # (column, option id)
        self.other: int | None = None
        self.key = json.dumps(question.id)

    def read(self, cells: list[str]) -> tuple[str | None, float | None, list[str]]:
        ticked = [oid for index, oid in self.options if index < len(cells) and cells[index].strip()]
        other = (
            cells[self.other].strip() if self.other is not None and self.other < len(cells) else ""
        )
        fragment = f"{self.key}:{json.dumps(ticked)}" if ticked else None
        return fragment, question_score(self.question, ticked or None), [other] if other else []
