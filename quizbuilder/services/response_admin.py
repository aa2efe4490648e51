"""Looking after an item's responses: list them, list and remove import batches, rescore.

Rescoring is an explicit action: after the answer key changed, it scores every response
again with the current version and says which questions' keys changed and how many
scores moved.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, String, bindparam, delete, func, type_coerce, update
from sqlalchemy import select as core_select
from sqlmodel import col, select

from quizbuilder.domain.content import ItemDocument, Question
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.scoring import score_response
from quizbuilder.domain.validation import parse_document
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.services.statistics_scan import AnswerCoder
from quizbuilder.store import blocks, packs
from quizbuilder.store import items as store
from quizbuilder.store.tables import ImportBatch, Item, ItemVersion, Response

_response = Response.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class BatchInfo:
    id: int
    file_name: str
    source: str
    added: int
    duplicates: int
    rejected: int
    created_at: datetime
    responses: int  # still in the library (erasure may have removed some)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file": self.file_name,
            "source": self.source,
            "added": self.added,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "created_at": self.created_at.isoformat(),
            "responses": self.responses,
        }


@dataclass(frozen=True)
class ResponseInfo:
    id: str
    submitted_at: datetime | None
    completed: bool
    score: float | None
    max_score: float | None
    outcome: str | None
    source: str | None
    variant: str | None
    batch: int | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "submitted_at": self.submitted_at.isoformat() if self.submitted_at else None,
            "completed": self.completed,
            "score": self.score,
            "max_score": self.max_score,
            "outcome": self.outcome,
            "source": self.source,
            "variant": self.variant,
            "batch": self.batch,
        }


@dataclass
class RescoreReport:
    responses: int = 0
    changed: int = 0
    mean_before: float | None = None
    mean_after: float | None = None
    changed_questions: list[str] = field(default_factory=list)  # "q3: the key changed"
    version: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "responses": self.responses,
            "changed": self.changed,
            "mean_before": self.mean_before,
            "mean_after": self.mean_after,
            "changed_questions": self.changed_questions,
            "version": self.version,
        }


def _item(library: LibraryService, item_id: int) -> None:
    with library.session() as s:
        if s.get(Item, item_id) is None:
            raise ItemNotFound(item_id)


def list_batches(library: LibraryService, item_id: int) -> list[BatchInfo]:
    _item(library, item_id)
    with library.session() as s:
        counts: dict[int, int] = dict(
            s.connection()
            .execute(
                core_select(_response.c.batch_id, func.count())
                .where(_response.c.item_id == item_id)
                .group_by(_response.c.batch_id)
            )
            .all()
        )
        for (_, batch_id), rows in packs.counts(s.connection(), item_id=item_id).items():
            counts[batch_id] = counts.get(batch_id, 0) + rows
        batches = s.exec(
            select(ImportBatch).where(ImportBatch.item_id == item_id).order_by(col(ImportBatch.id))
        ).all()
        return [
            BatchInfo(
                b.id or 0,
                b.file_name,
                b.source,
                b.added,
                b.duplicates,
                b.rejected,
                b.created_at,
                counts.get(b.id or 0, 0),
            )
            for b in batches
        ]


def remove_batch(library: LibraryService, item_id: int, batch_id: int) -> int:
    """Remove a batch and every response and event it brought; return how many responses."""
    with library.session() as s, s.begin():
        batch = s.get(ImportBatch, batch_id)
        if batch is None or batch.item_id != item_id:
            raise QuizbuilderError(
                f"item {item_id} has no import batch {batch_id} "
                "(see 'quizbuilder responses batches ID')"
            )
        connection = s.connection()
        removed = connection.execute(
            delete(_response).where(_response.c.batch_id == batch_id)
        ).rowcount
        removed += packs.counts(connection, item_id=item_id).get((item_id, batch_id), 0)
        s.delete(batch)  # its events and packs go with it (ON DELETE CASCADE)
        return int(removed)


# what a listed response shows, in ResponseInfo's order
_LISTED = (
    "response_uid",
    "submitted_at",
    "completed",
    "score",
    "max_score",
    "outcome",
    "source",
    "variant",
    "batch_id",
)


def list_responses(
    library: LibraryService, item_id: int, limit: int | None = None
) -> list[ResponseInfo]:
    """The item's responses by time of submission (those without one first), then id:
    SQLite's order, kept by merging the rows and the packs by the stored values."""
    _item(library, item_id)
    if limit is not None and limit < 0:
        limit = None  # SQLite reads LIMIT -1 as no limit
    t = _response
    query = (
        core_select(
            *(t.c[name] for name in _LISTED),
            type_coerce(t.c.submitted_at, String),  # as stored: what the packs hold
            t.c.id,
        )
        .where(t.c.item_id == item_id)
        .order_by(t.c.submitted_at, t.c.id)
    )
    if limit is not None:
        query = query.limit(limit)
    with library.engine.connect() as connection:
        stored = connection.execute(query).all()
        packed = _packed_listing(connection, item_id, limit)
    merged = heapq.merge(stored, *packed, key=_listing_order)
    return [ResponseInfo(*row[:-2]) for row in islice(merged, limit)]


def _listing_order(row: Sequence[Any]) -> tuple[bool, str, int]:
    """ORDER BY submitted_at, id over stored values: NULL first, dates as stored text."""
    return (row[-2] is not None, row[-2] or "", row[-1])


def _packed_listing(
    connection: Connection, item_id: int, limit: int | None
) -> list[list[tuple[Any, ...]]]:
    """Each pack's first ``limit`` rows in the listing's order, as the rows' query gives
    them: sorted by Arrow, so that a short listing of a million packed responses makes
    few tuples."""
    import pyarrow.compute as pc

    columns = [c for c in _LISTED if c != "batch_id"]
    typed = _typing(connection, _LISTED)
    found = []
    for pack, table in packs.tables(connection, [*columns, "id"], item_id=item_id):
        # NULL first: by whether there is a time (false first), whatever the pyarrow
        dated = table.append_column("dated", pc.is_valid(table["submitted_at"]))
        order = pc.sort_indices(
            dated,
            sort_keys=[("dated", "ascending"), ("submitted_at", "ascending"), ("id", "ascending")],
        )
        first = table.take(order[:limit] if limit is not None else order)
        values = [
            list(map(convert, first[c].to_pylist()))
            if c != "batch_id"
            else [pack.batch_id] * first.num_rows
            for c, convert in zip(_LISTED, typed, strict=True)
        ]
        values += [first["submitted_at"].to_pylist(), first["id"].to_pylist()]
        found.append(list(zip(*values, strict=True)))
    return found


def _typing(connection: Connection, names: Sequence[str]) -> list[Callable[[Any], Any]]:
    """For each column, what turns its stored value into the value a Core query of the
    column gives (an aware datetime, a bool)."""

    def same(value: Any) -> Any:
        return value

    dialect = connection.dialect
    types = [_response.c[name].type.dialect_impl(dialect) for name in names]
    return [t.result_processor(dialect, None) or same for t in types]


def _key(question: Question) -> Any:
    """What decides a question's score: change any of it and the scores may move."""
    return (
        question.points,
        question.type.value,
        [(o.id, o.fraction) for o in question.options],
        [(a.text, a.fraction) for a in question.accepted_answers],
        question.case_sensitive,
        [(a.value, a.tolerance, a.fraction) for a in question.numeric_answers],
        [p.id for p in question.pairs],
    )


def _key_changes(old: ItemDocument, new: ItemDocument) -> list[str]:
    before = {q.id: q for q in old.questions}
    changes = []
    for q in new.questions:
        if q.id not in before:
            changes.append(f"{q.id}: new question")
        elif _key(before[q.id]) != _key(q):
            changes.append(f"{q.id}: its answer key or points changed")
    changes += [f"{qid}: removed" for qid in before if new.question(qid) is None]
    return changes


def rescore(
    library: LibraryService, item_id: int, progress: Callable[[int], None] | None = None
) -> RescoreReport:
    """Score every response of the item again with its current answer key."""
    report = RescoreReport()
    with library.session() as s, s.begin():
        item = s.get(Item, item_id)
        if item is None:
            raise ItemNotFound(item_id)
        document = store.item_document(item)
        version = store.freeze_version(s, item=item, document=document)
        report.version = version.content_hash
        old_docs = {
            v.content_hash: v.document
            for v in s.exec(select(ItemVersion).where(ItemVersion.item_id == item_id)).all()
        }
        seen_changes: set[str] = set()
        connection = s.connection()
        scored = 0
        updates = []
        packed_updates: dict[int, dict[str, Any]] = {}
        before: list[float] = []
        after: list[float] = []
        max_score = document.max_score or None
        coder = AnswerCoder(document, version.content_hash)  # the statistics read codes
        for row, packed in _scored_responses(connection, item_id):
            row_id, answers, old_score, old_hash, old_codes = row
            scored += 1
            if (
                old_hash
                and old_hash != version.content_hash
                and old_hash in old_docs
                and old_hash not in seen_changes
            ):
                seen_changes.add(old_hash)
                old = parse_document(json.loads(old_docs[old_hash]))
                for change in _key_changes(old, document):
                    if change not in report.changed_questions:
                        report.changed_questions.append(change)
            parsed = json.loads(answers)
            new_score = score_response(document, parsed).total if max_score else None
            codes = coder.codes(parsed) if isinstance(parsed, dict) else None
            if old_score is not None:
                before.append(old_score)
            if new_score is not None:
                after.append(new_score)
            if new_score != old_score or old_hash != version.content_hash or codes != old_codes:
                if new_score != old_score:
                    report.changed += 1
                if packed:
                    packed_updates[row_id] = {
                        "score": new_score,
                        "max_score": max_score,
                        "content_hash": version.content_hash,
                        "answer_codes": codes,
                    }
                else:
                    updates.append(
                        {
                            "rid": row_id,
                            "s": new_score,
                            "m": max_score,
                            "h": version.content_hash,
                            "c": codes,
                        }
                    )
            if progress is not None and scored % 10_000 == 0:
                progress(scored)
        if updates:
            t = _response
            connection.execute(
                update(t)
                .where(t.c.id == bindparam("rid"))
                .values(
                    score=bindparam("s"),
                    max_score=bindparam("m"),
                    content_hash=bindparam("h"),
                    answer_codes=bindparam("c"),
                ),
                updates,
            )
        if packed_updates:
            packs.set_values(connection, packed_updates)
        if updates or packed_updates:
            # the changes dropped the blocks of the batches they touched: made again from
            # the rows and packs, so that the statistics stay array operations (store.blocks)
            blocks.rebuild_blocks(connection, item_id)
        report.responses = scored
        report.mean_before = sum(before) / len(before) if before else None
        report.mean_after = sum(after) / len(after) if after else None
    return report


_SCORED = ("id", "answers", "score", "content_hash", "answer_codes")


def _scored_responses(
    connection: Connection, item_id: int
) -> Iterator[tuple[tuple[Any, ...], bool]]:
    """The item's responses as ``_SCORED``, each with whether it is packed, in id order:
    the order a rescore meets the versions in, whichever way the rows are stored."""
    t = _response
    stored = connection.execute(
        core_select(*(t.c[name] for name in _SCORED)).where(t.c.item_id == item_id).order_by(t.c.id)
    ).all()
    return heapq.merge(
        ((tuple(row), False) for row in stored),
        ((row, True) for row in packs.rows(connection, _SCORED, item_id=item_id)),
        key=lambda found: int(found[0][0]),
    )
