"""A batch of plain rows imported at once, column by column.

The row-by-row import (``response_import``) costs about 20 µs of Python a row, five
times what the csv module takes to read it. For a batch of plain rows (no damaged or
blank row, every row as wide as the header) of a source that can read its metadata by
column (``Source.batch_meta``), every step here is a C-level ``map``, ``zip`` or
``join`` over whole columns: content ids, dates (by hour, as ``DateReader`` reads
them), e-mails, answers, points and answer codes (``AnswerColumns.read_batch``, or
``read_arrays`` when pyarrow read the file: its answer columns then never become Python
strings), and the rows go to SQLite by column (``ResponseWriter.write_columns``).

Whatever a batch holds that the row-by-row import would report on its own (an unknown
value, a date or score it cannot read, a row seen twice, an erased person) makes
:meth:`FastBatch.take` decline the batch before anything is written or remembered:
the caller then imports it row by row, so both give the same rows and the same report.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import compress, repeat
from operator import add, methodcaller, not_
from typing import Any, Protocol, cast

from quizbuilder.formats.sources import ArrayMeta, BatchMeta, Source
from quizbuilder.formats.tabular import utf8_slices
from quizbuilder.store.responses import ResponseWriter

_blake2b_16 = partial(hashlib.blake2b, digest_size=16)
_digest = methodcaller("digest")
_hex = methodcaller("hex")
_utf8 = methodcaller("encode", "utf-8")
_FRACTION = ".000000"
_UNSEEN = object()


class AnswerBatches(Protocol):
    def read_batch(
        self, cells: Sequence[Sequence[str]]
    ) -> tuple[list[str], list[float], list[str | None]] | None: ...

    def read_arrays(
        self, arrays: Sequence[Any]
    ) -> tuple[list[str], list[float], list[str | None]] | None: ...


class ContentIdSource(Protocol):
    prefix: str
    seen: dict[bytes, int]


@dataclass
class Taken:
    """What a batch added: rows written, rows already in the library, and the rows whose
    score disagrees with the tool's (line, ours, theirs)."""

    imported: int = 0
    duplicates: int = 0
    disagreements: list[tuple[int, float, float]] = field(default_factory=list)


@dataclass
class FastBatch:
    """Imports batches of plain rows by column for one import (see the module)."""

    source: Source
    width: int  # cells a row has (the header's)
    answer_indexes: list[int]  # the answer columns' positions, in the plan's order
    answers: AnswerBatches
    ids: ContentIdSource
    existing: set[str]
    writer: ResponseWriter
    fixed: dict[str, Any]  # item, batch, version, source name, max score: every row's
    scored: bool
    score_max: float
    flush: Callable[[], None]  # writes the rows the row-by-row import holds, first
    _hours: dict[str, str | None] = field(default_factory=dict)  # hour key -> UTC prefix

    @classmethod
    def possible(cls, source: Source, *, groups: bool, outcomes: bool, erased: bool) -> bool:
        """Whether batches can be taken at all in this import."""
        reads_batches = type(source).batch_meta is not Source.batch_meta
        return reads_batches and not source.has_ids and not groups and not outcomes and not erased

    def take(
        self,
        columns: Sequence[Sequence[str]],
        joined: Any,
        lines: list[int],
        arrays: Sequence[Any] | None = None,
    ) -> Taken | None:
        """Import the batch (its columns, each row's cells joined by U+001F, as a list
        or a pyarrow array, the line each row starts on, and the columns as pyarrow
        arrays when it read them: the answers are then read from those); None, with
        nothing written or remembered, when it must be read row by row."""
        n = len(lines)
        if not n or len(columns) != self.width:
            return None
        fast = self.source.batch_meta_arrays(arrays) if arrays is not None else None
        meta = fast or self.source.batch_meta(columns)
        if meta is None:
            return None
        utf8 = map(_utf8, joined) if isinstance(joined, list) else utf8_slices(joined)
        digests = list(map(_digest, map(_blake2b_16, utf8)))
        new = dict.fromkeys(digests, 1)  # one table: the check and, if taken, the record
        if len(new) != n or not self.ids.seen.keys().isdisjoint(new):
            return None  # the same row twice: numbered row by row
        read = (
            self.answers.read_arrays([arrays[i] for i in self.answer_indexes])
            if arrays is not None
            else self.answers.read_batch([columns[i] for i in self.answer_indexes])
        )
        if read is None:
            return None
        submitted = (
            self._submitted_arrays(meta) if isinstance(meta, ArrayMeta) else self._submitted(meta)
        )
        if submitted is None:
            return None
        answers, totals, codes = read
        rids = list(map(self.ids.prefix.__add__, map(_hex, digests)))
        # from here on the batch is taken: remember its rows
        self.ids.seen.update(new)
        taken = Taken()
        # in the library already? (not in this file: content ids are unique within it)
        known = list(map(self.existing.__contains__, rids))
        emails: Sequence[str | None] = meta.emails
        scores: Sequence[Any] = meta.scores
        if any(known):
            keep = list(map(not_, known))
            taken.duplicates = n - sum(keep)
            rids, lines, answers, totals, codes, submitted, emails, scores = (
                list(compress(column, keep))
                for column in (rids, lines, answers, totals, codes, submitted, emails, scores)
            )
        if self.scored:
            taken.disagreements = self._disagreements(lines, totals, scores)
        if not isinstance(meta, ArrayMeta):  # as stored: lower case, inner spaces made one
            normalised = map(str.lower, map(" ".join, map(str.split, emails)))  # type: ignore[arg-type]
            emails = [e or None for e in normalised]
        self.flush()
        self.writer.write_columns(
            len(rids),
            {
                **self.fixed,
                "response_uid": rids,
                "submitted_at": submitted,
                "completed": 1,
                "score": totals if self.scored else None,
                "email": emails,
                "answers": answers,
                "answer_codes": codes,
            },
        )
        taken.imported = len(rids)
        return taken

    def _submitted(self, meta: BatchMeta) -> list[str] | None:
        """The stored texts of the rows' instants: the hour's UTC text, then the minutes
        and seconds as written (None if an hour is not whole in UTC: a half-hour zone)."""
        for key in set(meta.hours) - self._hours.keys():
            self._hour_prefix(key)
        hours = list(map(self._hours.__getitem__, meta.hours))
        if None in hours:
            return None
        return list(map(add, map(add, hours, meta.minutes), repeat(_FRACTION)))

    def _submitted_arrays(self, meta: ArrayMeta) -> list[str] | None:
        """:meth:`_submitted` of an :class:`ArrayMeta`, put together by pyarrow."""
        import pyarrow as pa
        import pyarrow.compute as pc

        hours = [self._hour_prefix(key) for key in meta.hour_keys]
        if None in hours:
            return None
        texts = pc.binary_join_element_wise(
            pa.array(hours, pa.string()).take(meta.hour_index),
            meta.minutes,
            pa.scalar(_FRACTION),
            pa.scalar(""),
        )
        return cast(list[str], texts.to_pylist())

    def _hour_prefix(self, key: str) -> str | None:
        """The stored text of an hour key's start, less minutes and seconds (None if the
        hour is not whole in UTC: a half-hour zone); each key is worked out once."""
        prefixes = self._hours
        found = prefixes.get(key, _UNSEEN)
        if found is _UNSEEN:
            start = self.source.dates.hour_start(key)
            text = self.writer.date(start) if start is not None else None
            ok = isinstance(text, str) and text.endswith("00:00" + _FRACTION)
            found = prefixes[key] = text[:14] if ok else None  # type: ignore[index]
        return cast(str | None, found)

    def _disagreements(
        self, lines: list[int], totals: list[float], scores: Sequence[Any]
    ) -> list[tuple[int, float, float]]:
        """The rows whose score the tool counted otherwise, as the row-by-row import
        finds them (the tool's maximum, when it gives one, must be ours)."""
        found = []
        for line, total, theirs in zip(lines, totals, scores, strict=True):
            if theirs is None:
                continue
            score, out_of, tolerance = theirs
            if (out_of is None or abs(out_of - self.score_max) < 1e-9) and abs(
                total - score
            ) > tolerance:
                found.append((line, total, score))
        return found
