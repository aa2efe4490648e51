"""The statistics' pass over response blocks (``store.blocks``): array operations instead
of rows.

``scan`` gives the same ``Scan`` as the row-by-row pass of ``statistics_scan`` (a test
compares the two under every filter), in two parts:

- each batch that has a block matching its rows, and whose responses that pass the
  filters all carry answer codes made against the document the statistics score with,
  is counted from its block: filters as boolean masks, each question's codes mapped
  to the scorer's values and scores by lookup tables, totals summed column by column
  in question order (the same additions, in the same order, as scoring one response),
  and every count a ``bincount`` or ``unique`` over integer keys;
- every other response (no block, a block made stale by a change, answers coded against
  another version, responses outside any batch) goes through the row-by-row pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Connection
from sqlalchemy import select as core_select

from quizbuilder.domain.content import (
    CHOICE_TYPES,
    OPTION_TYPES,
    SCALE_TYPES,
    DuplicatePolicy,
    ItemDocument,
    Question,
)
from quizbuilder.services.statistics_scan import (
    _PARTIAL,
    _TOTALS,
    BLANK_CHAR,
    RESPONSE,
    Filters,
    Scan,
    Scorer,
    _canonical,
    _decoded,
    addresses,
    codes_prefix,
    raw_rows,
    settled,
)
from quizbuilder.services.statistics_scan import scan as scan_rows
from quizbuilder.store import blocks as stored_blocks
from quizbuilder.store import packs
from quizbuilder.store.blocks import Block, load_blocks, parse_dates, person_keys

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_CHAR_BASE = ord(BLANK_CHAR)


# the document of a version, by the prefix its answer codes carry (None: not known)
Versions = Callable[[str], ItemDocument | None]


def item_blocks(connection: Connection, item_id: int) -> dict[int, Block]:
    """The item's usable blocks (``store.blocks.load_blocks``), and, for a packed batch
    without one (a block this release cannot read, or dropped by a change to its packs
    and not made again yet), one made from its packs in memory: a pack is already
    columns, a block of it costs less than counting its rows one by one."""
    found = load_blocks(connection, item_id)
    for batch_id in sorted(packs.packed_batches(connection, item_id=item_id) - found.keys()):
        block = _block_of_packs(connection, batch_id)
        if block is not None:
            found[batch_id] = block
    return found


def _block_of_packs(connection: Connection, batch_id: int) -> Block | None:
    """A packed batch's block, as ``store.blocks.rebuild_blocks`` would store it (None: a
    date not stored as SQLAlchemy stores it; the row-by-row pass counts the batch)."""
    names = stored_blocks.COLUMNS
    parts = []
    for _, table in packs.tables(connection, names, batch_ids=[batch_id]):
        try:
            data = stored_blocks.build_part({name: table[name].to_pylist() for name in names})
        except ValueError:
            return None
        parts.append(stored_blocks.read_part(data))
    return stored_blocks._join(batch_id, parts) if parts else None


def scan(
    connection: Connection,
    filters: Filters,
    scorer: Scorer,
    versions: Versions | None = None,
    blocks: dict[int, Block] | None = None,
) -> Scan:
    """Every response of the item counted as ``statistics_scan.scan`` counts it: from
    the blocks where they can be used, row by row for the rest. ``versions`` gives the
    documents that blocks coded against another version than the scorer's were coded
    with: their codes are then translated, question by question, into the scorer's.
    ``blocks``: the item's, if already loaded (``load_blocks``)."""
    if blocks is None:
        blocks = item_blocks(connection, filters.item_id)
    result = Scan()
    if not blocks:
        return scan_rows(connection, filters, scorer)
    filters = settled(connection, filters)
    chosen = dropped = None
    if filters.policy != DuplicatePolicy.KEEP_ALL:
        if filters.dropped is not None:  # decided beforehand (Filters.with_duplicates_decided)
            dropped = np.asarray(filters.dropped, dtype=np.int64)
        else:
            chosen = _chosen_ids(connection, filters)
    prefix = codes_prefix(scorer.digest)
    covered: list[int] = []
    for batch_id, block in blocks.items():
        kept = _kept(block, filters, chosen, dropped)
        coded_with = _coded_with(block, prefix, scorer, versions)
        if not _usable(block, kept, coded_with):
            continue
        _count_block(result, block, kept, scorer, coded_with)
        covered.append(batch_id)
    if len(covered) < len(blocks) or _has_other_rows(connection, filters.item_id, covered):
        _merge(result, scan_rows(connection, filters, scorer, skip_batches=covered))
    return result


def with_duplicates_decided(
    connection: Connection, filters: Filters, blocks: dict[int, Block] | None = None
) -> Filters:
    """``filters`` with the duplicate policy decided beforehand (each e-mail's first or
    last response by submission time, then id, among those that pass the other
    filters), from the blocks' e-mail keys where they have them: only the other rows'
    addresses are read. (A million addresses read from the rows took 2.5 s.)"""
    if filters.policy == DuplicatePolicy.KEEP_ALL or connection.dialect.name != "sqlite":
        return filters
    if blocks is None:
        blocks = item_blocks(connection, filters.item_id)
    keyed = {b: block for b, block in blocks.items() if block.person is not None}
    if not keyed:
        return filters.with_duplicates_decided(connection)  # every address from the rows
    return decided(connection, filters, keyed)


def decided(connection: Connection, filters: Filters, keyed: dict[int, Block]) -> Filters:
    """The duplicate policy decided over the ``keyed`` blocks' e-mail keys and the keys
    of the other responses' addresses, in rows or in packs (all of them when ``keyed``
    is empty). If a date is not stored as SQLAlchemy stores it: ``filters`` unchanged,
    for SQL's window query to decide, or, when the item has packs (which that query
    does not see), decided from the stored dates' order (``statistics_scan.settled``)."""
    others = replace(filters, policy=DuplicatePolicy.KEEP_ALL)
    ids, people, timed, when = [], [], [], []
    for block in keyed.values():
        assert block.person is not None and block.has_email is not None
        assert block.submitted_null is not None
        kept = _kept(block, others, None, None) & block.has_email
        ids.append(block.ids[kept])
        people.append(block.person[kept])
        timed.append(~block.submitted_null[kept])
        when.append(block.when[kept])
    if not keyed or _has_other_rows(connection, filters.item_id, list(keyed)):
        rest = addresses(connection, others, sorted(keyed))
        if rest:
            rest_ids, emails, submitted = map(list, zip(*rest, strict=True))
            try:
                whole, micro, missing = parse_dates(submitted)
            except ValueError:
                return settled(connection, filters)
            ids.append(np.asarray(rest_ids, dtype=np.int64))
            people.append(person_keys(emails)[0])
            timed.append(~missing)
            when.append(whole * 1_000_000 + micro)
    if not ids:
        return replace(filters, dropped=())
    all_ids, person, has_time = np.concatenate(ids), np.concatenate(people), np.concatenate(timed)
    moment = np.where(has_time, np.concatenate(when), 0)
    # as SQLite orders: a missing time before any time, then the time, then the row id
    order = np.lexsort((all_ids, moment, has_time))
    if filters.policy == DuplicatePolicy.LAST_PER_EMAIL:
        order = order[::-1]
    _, first = np.unique(person[order], return_index=True)
    chosen = np.zeros(len(order), dtype=bool)
    chosen[order[first]] = True
    return replace(filters, dropped=tuple(np.sort(all_ids[~chosen]).tolist()))


def _has_other_rows(connection: Connection, item_id: int, covered: Sequence[int]) -> bool:
    # "+item_id": through the batch index (the few rows outside a batch), not through
    # the item's index (all of its rows)
    outside = connection.exec_driver_sql(
        "SELECT 1 FROM response WHERE batch_id IS NULL AND +item_id = ? LIMIT 1", (item_id,)
    ).first()
    if outside is not None:
        return True
    listed = connection.exec_driver_sql(
        "SELECT id FROM import_batch WHERE item_id = ?", (item_id,)
    ).scalars()
    return bool(set(listed) - set(covered))


def _chosen_ids(connection: Connection, filters: Filters) -> np.ndarray:
    """The ids of the responses that pass the filters with the duplicate policy: which
    response is a person's first or last depends on all of them, so SQL decides (rows
    only: ``settled`` has decided the policy beforehand when the item has packs)."""
    t = RESPONSE
    rows = raw_rows(connection, core_select(t.c.id).where(*filters.responses()))
    return np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))


def _micro(moment: datetime) -> int:
    return (moment.astimezone(UTC) - _EPOCH) // _MICROSECOND


def _is(block: Block, column: str, value: str) -> np.ndarray:
    """Where the block's string column equals ``value`` (never where it is NULL)."""
    table = block.tables[column]
    if value not in table:
        return np.zeros(block.rows, dtype=bool)
    return block.strings[column] == table.index(value)


def _kept(
    block: Block, filters: Filters, chosen: np.ndarray | None, dropped: np.ndarray | None
) -> np.ndarray:
    """The rows that pass the filters, as ``Filters.responses`` decides in SQL."""
    kept = np.ones(block.rows, dtype=bool)
    if filters.source is not None:
        kept &= _is(block, "source", filters.source)
    if filters.variant is not None:
        kept &= _is(block, "variant", filters.variant)
    if filters.version is not None:
        kept &= _is(block, "content_hash", filters.version)
    if filters.start is not None or filters.end is not None:
        kept &= ~block.when_null
        if filters.start is not None:
            kept &= block.when >= _micro(filters.start)
        if filters.end is not None:
            kept &= block.when <= _micro(filters.end)
    if chosen is not None:
        kept &= np.isin(block.ids, chosen)
    if dropped is not None and len(dropped):
        kept &= ~np.isin(block.ids, dropped)
    return kept


def _coded_with(
    block: Block, prefix: str, scorer: Scorer, versions: Versions | None
) -> ItemDocument | None:
    """The document the block's codes were made against (None: unknown, or codes of
    another shape than that document's)."""
    if block.digest is None:
        return None
    if block.digest == prefix:
        document: ItemDocument | None = scorer.document
    else:
        document = versions(block.digest) if versions is not None else None
    if document is None or block.codes.shape[1] != len(document.questions):
        return None
    if document is not scorer.document:
        by_id = {q.id: q for q in document.questions}
        for question in scorer.questions:
            source = by_id.get(question.id)
            if source is not None and not _translatable(source, question):
                return None  # the codes do not say how this version would count them
    return document


def _translatable(source: Question, target: Question) -> bool:
    """Whether a code of ``source`` says all that ``target`` needs to count the answer:
    a choice or scale code stands for the answer itself (up to the order of the options
    chosen, which nothing counts); any other code only says "answered", which is all an
    unscored question without options asks."""
    if source.type in CHOICE_TYPES or source.type in SCALE_TYPES:
        return True
    return not target.scored and target.type not in OPTION_TYPES | SCALE_TYPES


def _usable(block: Block, kept: np.ndarray, coded_with: ItemDocument | None) -> bool:
    if not kept.any():
        return True  # only the catalogue is counted from it
    return coded_with is not None and bool(block.coded[kept].all())


def _radix_counts(columns: list[np.ndarray]) -> list[tuple[tuple[int, ...], int]]:
    """How many rows have each combination of the columns' values (small non-negative
    integers): one ``unique`` over a mixed-radix key."""
    if not len(columns[0]):
        return []
    sizes = [int(c.max()) + 1 for c in columns]
    if float(np.prod(sizes, dtype=np.float64)) >= 2.0**62:
        stacked, counts = np.unique(np.stack(columns, axis=1), axis=0, return_counts=True)
        return [(tuple(map(int, row)), int(n)) for row, n in zip(stacked, counts, strict=True)]
    key = np.zeros(len(columns[0]), dtype=np.int64)
    for column, size in zip(columns, sizes, strict=True):
        key = key * size + column
    values, counts = np.unique(key, return_counts=True)
    found = []
    for value, n in zip(values.tolist(), counts.tolist(), strict=True):
        parts = []
        for size in reversed(sizes):
            value, part = divmod(value, size)
            parts.append(part)
        found.append((tuple(reversed(parts)), n))
    return found


def _lookup(
    scorer: Scorer, index: int, column: np.ndarray, scored: bool, source: Question | None
) -> tuple[np.ndarray, np.ndarray | None]:
    """Question ``index``'s scorer value codes (and scores, if ``scored``) of a column
    of answer codes, by lookup tables over the distinct codes. ``source`` is the
    question the codes were made for: the scorer's own (its characters registered as
    the row-by-row pass registers them), or the same question in another version (each
    code's answer then scored and registered as the row-by-row pass does an answer it
    reads from JSON)."""
    present = np.flatnonzero(np.bincount(column)) if len(column) else np.zeros(0, dtype=np.int64)
    size = int(present.max()) + 1 if len(present) else 1
    codes = np.zeros(size, dtype=np.int32)
    scores = np.zeros(size, dtype=np.float64)
    tokens, values = scorer.tokens[index], scorer.values[index]
    question = scorer.questions[index]
    for k in present.tolist():
        if source is question:
            char = chr(_CHAR_BASE + k)
            code = tokens.get(char)
            if code is None:
                code = tokens[char] = len(values)
                values.append(_decoded(question, k))
        else:
            code = _translated(scorer, index, source, k)
        codes[k] = code
        scores[k] = values[code].score
    return codes[column], scores[column] if scored else None


def _translated(scorer: Scorer, index: int, source: Question | None, k: int) -> int:
    """The scorer's value code of the answer that code ``k`` of ``source`` (the same
    question in the version the codes were made against) stands for; 0, a blank, when
    that version did not have the question or ``k`` is no answer."""
    if source is None or k == 0:
        return 0
    known, answer = _canonical(source, k)
    if not known:
        return 0
    if answer is None:  # an answer to a question without options or scale
        answer = True  # counted as answered, as its JSON would be
    table = scorer.codes[index]
    key = repr(answer)
    code = table.get(key)
    return code if code is not None else scorer._code(index, key, answer)


def _count_block(
    result: Scan,
    block: Block,
    kept: np.ndarray,
    scorer: Scorer,
    coded_with: ItemDocument | None,
) -> None:
    everything = bool(kept.all())  # then no copy of the block's columns is made

    def rows(column: np.ndarray) -> np.ndarray:
        return column if everything else column[kept]

    if not everything:
        others = ~kept
        names = ("content_hash", "source", "variant")
        for key, n in _radix_counts([block.strings[c][others] for c in names]):
            result.catalogue[_strings(block, names, key)] += n
        if not kept.any():
            return
    done = rows(block.completed)
    all_done = bool(done.all())

    def finished(column: np.ndarray) -> np.ndarray:
        return column if all_done else column[done]

    columns: list[np.ndarray] = []
    totals = np.zeros(len(done), dtype=np.float64)
    if coded_with is scorer.document:
        sources: list[Question | None] = list(scorer.questions)
        positions: list[int | None] = list(range(len(scorer.questions)))
    else:  # codes of another version: the same questions, by id, wherever they were
        assert coded_with is not None
        where = {q.id: i for i, q in enumerate(coded_with.questions)}
        positions = [where.get(q.id) for q in scorer.questions]
        sources = [None if p is None else coded_with.questions[p] for p in positions]
    blank = np.zeros(len(done), dtype=np.int64)
    with scorer.lock:  # the app computes statistics off the GUI thread
        for index, question in enumerate(scorer.questions):
            at = positions[index]
            column = rows(block.codes[:, at]) if at is not None else blank
            codes, scores = _lookup(scorer, index, column, question.scored, sources[index])
            columns.append(codes)
            if scores is not None:
                totals += scores  # question by question: the additions of one response's sum
        distinct = np.unique(totals)
        ids = np.array([scorer._total_id(t) for t in distinct.tolist()], dtype=np.int64)
    total_ids = ids[np.searchsorted(distinct, totals)]
    done_total_ids = finished(total_ids)
    _count_pairs(result, [finished(c) for c in columns], done_total_ids, len(scorer.totals))
    if not all_done:
        _count_partial(result, [c[~done] for c in columns])
    _count_groups(result, block, kept, total_ids if all_done else total_ids * done, scorer)
    seconds = finished(rows(block.seconds))
    timed = seconds[~np.isnan(seconds) & (seconds >= 0)]
    for value, n in zip(*np.unique(timed, return_counts=True), strict=True):
        result.seconds[float(value)] += int(n)
    result.done_ids.frombytes(finished(rows(block.ids)).astype(np.int64).tobytes())
    result.done_totals.frombytes(done_total_ids.astype(np.int64).tobytes())
    result.done_seconds.frombytes(seconds.astype(np.float64).tobytes())


def _counts(keys: np.ndarray) -> list[tuple[int, int]]:
    """(key, how many) of non-negative integer keys: a ``bincount`` when they are few."""
    if not len(keys):
        return []
    top = int(keys.max())
    if top < 4 * len(keys) + 1024:
        found = np.bincount(keys)
        present = np.flatnonzero(found)
        return list(zip(present.tolist(), found[present].tolist(), strict=True))
    values, counts = np.unique(keys, return_counts=True)
    return list(zip(values.tolist(), counts.tolist(), strict=True))


def _count_pairs(
    result: Scan, columns: list[np.ndarray], total_ids: np.ndarray, totals: int
) -> None:
    """The completed responses' pair keys: (value code, question, total id)."""
    width = len(columns)
    for index, codes in enumerate(columns):
        for value, n in _counts(codes.astype(np.int64) * totals + total_ids):
            code, total_id = divmod(value, totals)
            result.pairs[(code * width + index) * _TOTALS + total_id] += n


def _count_partial(result: Scan, columns: list[np.ndarray]) -> None:
    """Responses not completed count for their answers, unscored, and for where they
    stopped (their last question answered)."""
    width = len(columns)
    if not width or not len(columns[0]):
        return
    last = np.full(len(columns[0]), -1, dtype=np.int64)
    for index, codes in enumerate(columns):
        answered = codes != 0
        last[answered] = index
        for code, n in _counts(codes[answered].astype(np.int64)):
            result.pairs[(code * width + index) * _TOTALS + _PARTIAL] += n
    for index, n in _counts(last[last >= 0]):
        result.stopped[index] += n


def _count_groups(
    result: Scan, block: Block, kept: np.ndarray, total_ids: np.ndarray, scorer: Scorer
) -> None:
    names = ("source", "variant", "outcome", "campaign", "content_hash")
    outcomes = bool(scorer.document.outcomes)
    columns = [total_ids, block.lead[kept].astype(np.int64)]
    columns += [block.strings[c][kept].astype(np.int64) for c in names]
    for key, n in _radix_counts(columns):
        total_id, lead, *rest = key
        source, variant, outcome, campaign, digest = _strings(block, names, tuple(rest))
        group = (total_id, source, variant, outcome if outcomes else None, lead, campaign, digest)
        result.groups[group] += n


def _strings(block: Block, names: Sequence[str], key: tuple[int, ...]) -> tuple[Any, ...]:
    return tuple(block.tables[name][k] for name, k in zip(names, key, strict=True))


def _merge(result: Scan, other: Scan) -> None:
    result.pairs.update(other.pairs)
    result.groups.update(other.groups)
    result.seconds.update(other.seconds)
    result.stopped.update(other.stopped)
    result.catalogue.update(other.catalogue)
    result.done_ids.extend(other.done_ids)
    result.done_totals.extend(other.done_totals)
    result.done_seconds.extend(other.done_seconds)
