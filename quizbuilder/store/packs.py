"""Response packs: a bulk import's responses stored as columns, not as rows.

A million response rows cost SQLite alone more than three times what Python's csv
module takes to read the file they came from (insert, four index builds, commit), which
leaves nothing of the import's budget (four times) for reading and scoring. So a bulk
import (``store.responses.ResponseWriter``) stores each part of about
``blocks.PART_ROWS`` of its rows as one pack in ``response_pack``: ``FORMAT``, then an
Arrow IPC stream of record batches compressed with zstd (:class:`PartWriter`, a batch
as the rows came), holding every column of ``response`` but the item and the batch
(the pack's own), values as the driver would read them from a row (dates as the stored
text, ``completed`` 0 or 1). The million rows of the benchmark take about a tenth of
the bytes of their rows and indexes.

A batch is in rows or in packs, never both. Its pack rows keep their ids: a pack
reserves them in ``sqlite_sequence`` (the response table is AUTOINCREMENT, migration
0007), so no row is ever given one. Readers of responses read both: :func:`rows` gives
packed rows as tuples, as a query of those columns would, and :func:`tables` a pack's
columns for Arrow's compute functions. A change of stored responses rewrites the packs
it touches (:func:`delete_ids`, :func:`set_values`) and drops their batch's block, as
migration 0006's triggers do for rows. :func:`pack_batch` and :func:`unpack` move a
batch between rows and packs (tests compare the two; migration 0007's downgrade needs
the packs unpacked). Packs, like response blocks, exist on SQLite only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

if TYPE_CHECKING:
    import pyarrow as pa

# a pack's columns, in the response table's order; item_id and batch_id are the pack's
COLUMNS = (
    "id",
    "response_uid",
    "content_hash",
    "respondent",
    "variant",
    "source",
    "medium",
    "campaign",
    "started_at",
    "submitted_at",
    "completed",
    "score",
    "max_score",
    "outcome",
    "email",
    "answers",
    "lead",
    "consents",
    "context",
    "answer_codes",
)
PACKED = ("item_id", "batch_id")  # columns a pack's rows share, given by :func:`rows`
_INTEGERS = {"id", "completed"}
_FLOATS = {"score", "max_score"}
FORMAT = b"QBP1"  # a pack is this, then an Arrow IPC stream of record batches


@dataclass(frozen=True)
class Pack:
    """A stored pack, without its data."""

    id: int
    item_id: int
    batch_id: int
    part: int
    rows: int
    first_id: int
    last_id: int


@lru_cache(maxsize=1)
def _schema() -> pa.Schema:
    import pyarrow as pa

    def kind(name: str) -> pa.DataType:
        if name in _INTEGERS:
            return pa.int64()
        return pa.float64() if name in _FLOATS else pa.string()

    return pa.schema([(name, kind(name)) for name in COLUMNS])


def record_batch(columns: Mapping[str, Sequence[Any] | Any], count: int) -> pa.RecordBatch:
    """``count`` rows given by column (``COLUMNS`` names; a name missing is NULL in every
    row; a value may be a sequence, a pyarrow array or one value for every row) as one
    record batch. Raises ValueError when a value does not fit its column (a text column
    given a number, say)."""
    import pyarrow as pa

    schema = _schema()
    arrays = []
    for field in schema:
        value = columns.get(field.name)
        try:
            if isinstance(value, pa.Array | pa.ChunkedArray):
                array = value.cast(field.type)
            elif value is None:
                array = pa.nulls(count, type=field.type)
            elif isinstance(value, range) or hasattr(value, "__array__"):  # NumPy's
                array = pa.array(value, type=field.type)
            elif isinstance(value, list | tuple):
                array = _array(field.name, value, field.type)
            else:  # one value for every row
                one = _array(field.name, [value], field.type)[0]
                array = pa.repeat(one, count)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError) as error:
            raise ValueError(f"column {field.name}: {error}") from None
        if len(array) != count:
            raise ValueError(f"column {field.name}: {len(array)} values for {count} rows")
        arrays.append(array)
    return pa.record_batch(arrays, schema=schema)


def build(columns: Mapping[str, Sequence[Any] | Any], count: int) -> bytes:
    """One pack of ``count`` rows given by column, as :func:`record_batch` takes them."""
    writer = PartWriter(compress_aside=False)
    writer.add(record_batch(columns, count))
    return writer.close()


class PartWriter:
    """Writes one pack a record batch at a time, as they come (an import's rows arrive
    a few thousand at a time): only compressed bytes are kept. The compression, which
    pyarrow does without the GIL, runs on a helper thread while the import goes on."""

    def __init__(self, *, compress_aside: bool = True) -> None:
        import pyarrow as pa
        import pyarrow.ipc as ipc

        self._sink = pa.BufferOutputStream()
        options = ipc.IpcWriteOptions(compression="zstd")
        self._writer = ipc.new_stream(self._sink, _schema(), options=options)
        self._aside = compress_aside
        self._pending: list[Future[None]] = []
        self.rows = 0

    def add(self, batch: pa.RecordBatch) -> None:
        self.rows += batch.num_rows
        if self._aside:  # one thread: the batches are written in order
            self._pending.append(_compressor().submit(self._writer.write_batch, batch))
        else:
            self._writer.write_batch(batch)

    def close(self) -> bytes:
        """The pack (raises what writing a batch raised)."""
        import pyarrow as pa

        try:
            for future in self._pending:
                future.result()
        finally:
            self._pending = []
            self._writer.close()
        data = FORMAT + self._sink.getvalue().to_pybytes()
        # pyarrow's pool keeps what the part's arrays freed: given back, the 1M import
        # peaks 15 to 25 MB lower (468 to 477 MB against 491 to 495 MB, measured)
        pa.default_memory_pool().release_unused()
        return data


@lru_cache(maxsize=1)
def _compressor() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="quizbuilder-pack")


def _array(name: str, values: Sequence[Any], kind: pa.DataType) -> pa.Array:
    """The column's values as SQLite would store them in the row's column: a bool in an
    integer column as 0 or 1 (the driver's adaptation)."""
    import pyarrow as pa

    try:
        return pa.array(values, type=kind)
    except pa.ArrowTypeError:
        if name not in _INTEGERS or not any(isinstance(v, bool) for v in values):
            raise
        return pa.array([None if v is None else int(v) for v in values], type=kind)


def read(data: bytes, columns: Sequence[str] | None = None) -> pa.Table:
    """A pack's columns (all of ``COLUMNS`` when None), only those decompressed."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    if data[: len(FORMAT)] != FORMAT:
        raise ValueError("not a response pack")
    wanted = list(COLUMNS if columns is None else columns)
    unknown = set(wanted) - set(COLUMNS)
    if unknown:
        raise ValueError(f"a pack has no column {sorted(unknown)[0]}")
    positions = sorted({COLUMNS.index(name) for name in wanted})
    options = ipc.IpcReadOptions(included_fields=positions, use_threads=False)
    source = pa.py_buffer(data)[len(FORMAT) :]
    table = ipc.open_stream(source, options=options).read_all()
    return table.select(wanted)


# --- the packs of the library ---------------------------------------------------------------


def _where(
    item_id: int | None, item_ids: Collection[int] | None, batch_ids: Collection[int] | None
) -> tuple[str, list[Any]]:
    conditions, params = [], []
    if item_id is not None:
        conditions.append("item_id = ?")
        params.append(item_id)
    if item_ids is not None:
        conditions.append(f"item_id IN ({', '.join('?' * len(item_ids))})" if item_ids else "0")
        params.extend(item_ids)
    if batch_ids is not None:
        conditions.append(f"batch_id IN ({', '.join('?' * len(batch_ids))})" if batch_ids else "0")
        params.extend(batch_ids)
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), params


def packs(
    connection: Connection,
    *,
    item_id: int | None = None,
    item_ids: Collection[int] | None = None,
    batch_ids: Collection[int] | None = None,
) -> list[Pack]:
    """The stored packs (of an item, of some items or batches), in id order."""
    if connection.dialect.name != "sqlite":
        return []
    where, params = _where(item_id, item_ids, batch_ids)
    found = connection.exec_driver_sql(
        "SELECT id, item_id, batch_id, part, rows, first_id, last_id FROM response_pack"
        f"{where} ORDER BY first_id",
        tuple(params),
    ).all()
    return [Pack(*row) for row in found]


def counts(connection: Connection, *, item_id: int | None = None) -> dict[tuple[int, int], int]:
    """Rows in packs by (item, batch)."""
    if connection.dialect.name != "sqlite":
        return {}
    where, params = _where(item_id, None, None)
    found = connection.exec_driver_sql(
        f"SELECT item_id, batch_id, sum(rows) FROM response_pack{where} GROUP BY item_id, batch_id",
        tuple(params),
    ).all()
    return {(i, b): int(n) for i, b, n in found}


def tables(
    connection: Connection,
    columns: Sequence[str],
    *,
    item_id: int | None = None,
    item_ids: Collection[int] | None = None,
    batch_ids: Collection[int] | None = None,
    ids: Collection[int] | None = None,
) -> Iterator[tuple[Pack, pa.Table]]:
    """Each pack (of an item, of some items or batches; holding one of ``ids``, by its
    range of ids, none read otherwise) with these of its columns, one pack at a time, in
    id order."""
    found = packs(connection, item_id=item_id, item_ids=item_ids, batch_ids=batch_ids)
    if ids is not None:
        found = _holding(found, ids)
    for pack in found:
        yield pack, load(connection, pack, columns)


def load(connection: Connection, pack: Pack, columns: Sequence[str] | None = None) -> pa.Table:
    """These columns of one stored pack (all of ``COLUMNS`` when None)."""
    data = connection.exec_driver_sql(
        "SELECT data FROM response_pack WHERE id = ?", (pack.id,)
    ).scalar_one()
    return read(data, columns)


def rows(
    connection: Connection,
    columns: Sequence[str],
    *,
    item_id: int | None = None,
    item_ids: Collection[int] | None = None,
    batch_ids: Collection[int] | None = None,
    ids: Collection[int] | None = None,
) -> Iterator[tuple[Any, ...]]:
    """The packed rows (of an item, of some items or batches, of some ids) as tuples of
    these columns, as the driver reads them from a row: ``COLUMNS``, ``item_id`` and
    ``batch_id``. In id order."""
    stored = [c for c in columns if c not in PACKED]
    wanted = set(ids) if ids is not None else None
    if wanted is not None:
        stored = list(dict.fromkeys(["id", *stored]))
    for pack, table in tables(
        connection, stored, item_id=item_id, item_ids=item_ids, batch_ids=batch_ids, ids=wanted
    ):
        if wanted is not None:
            import pyarrow as pa
            import pyarrow.compute as pc

            table = table.filter(pc.is_in(table["id"], pa.array(sorted(wanted), pa.int64())))
        if not table.num_rows:
            continue
        shared = {"item_id": pack.item_id, "batch_id": pack.batch_id}
        values = [
            [shared[c]] * table.num_rows if c in PACKED else table[c].to_pylist() for c in columns
        ]
        yield from zip(*values, strict=True)


def packed_batches(connection: Connection, *, item_id: int | None = None) -> set[int]:
    return {batch for _, batch in counts(connection, item_id=item_id)}


# --- writing ------------------------------------------------------------------------------


def reserve_ids(connection: Connection, count: int) -> int:
    """The first of ``count`` response ids that no row and no pack has or will have."""
    found = connection.exec_driver_sql(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'response'), 0), "
        "coalesce((SELECT max(id) FROM response), 0), "
        "coalesce((SELECT max(last_id) FROM response_pack), 0))"
    ).scalar_one()
    first = int(found) + 1
    last = first + count - 1
    updated = connection.exec_driver_sql(
        "UPDATE sqlite_sequence SET seq = ? WHERE name = 'response'", (last,)
    ).rowcount
    if not updated:
        connection.exec_driver_sql(
            "INSERT INTO sqlite_sequence (name, seq) VALUES ('response', ?)", (last,)
        )
    return first


def add(
    connection: Connection,
    *,
    item_id: int,
    batch_id: int,
    part: int,
    data: bytes,
    rows: int,
    first_id: int,
    last_id: int,
) -> Pack:
    """Store a pack built by :func:`build`: ``rows`` rows whose ids, reserved, run from
    ``first_id`` to ``last_id`` (all of them, or some: ids of erased rows stay unused)."""
    cursor = connection.exec_driver_sql(
        "INSERT INTO response_pack (item_id, batch_id, part, rows, first_id, last_id, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (item_id, batch_id, part, rows, first_id, last_id, data),
    )
    return Pack(int(cursor.lastrowid or 0), item_id, batch_id, part, rows, first_id, last_id)


_ROW_COLUMNS = ("item_id", "batch_id", *COLUMNS)
_INSERT_ROWS = (
    f"INSERT INTO response ({', '.join(_ROW_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_ROW_COLUMNS))})"
)


def unpack(
    connection: Connection,
    *,
    item_id: int | None = None,
    item_ids: Collection[int] | None = None,
    batch_ids: Collection[int] | None = None,
) -> int:
    """Turn packs (of an item, of some items or batches) back into rows, with the same
    ids and values, and delete them: for a change that SQL makes to rows. Their blocks
    stay (the same rows). Returns the number of rows. In the caller's transaction."""
    found = packs(connection, item_id=item_id, item_ids=item_ids, batch_ids=batch_ids)
    if not found:
        return 0
    batches = sorted({p.batch_id for p in found})
    moved = 0
    for _, row in _batched(rows(connection, _ROW_COLUMNS, batch_ids=batches), 10_000):
        connection.exec_driver_sql(_INSERT_ROWS, row)
        moved += len(row)
    connection.exec_driver_sql(
        f"DELETE FROM response_pack WHERE batch_id IN ({', '.join('?' * len(batches))})",
        tuple(batches),
    )
    return moved


def _batched(values: Iterable[tuple[Any, ...]], size: int) -> Iterator[tuple[int, list[Any]]]:
    chunk: list[Any] = []
    k = 0
    for value in values:
        chunk.append(value)
        if len(chunk) == size:
            yield k, chunk
            chunk, k = [], k + 1
    if chunk:
        yield k, chunk


def pack_batch(connection: Connection, batch_id: int) -> int:
    """Store a batch's rows as packs (same ids, same values) and delete the rows. Returns
    the number of rows. Their blocks stay (the same rows). In the caller's transaction."""
    from quizbuilder.store.blocks import PART_ROWS

    if connection.dialect.name != "sqlite":
        return 0
    item_id = connection.exec_driver_sql(
        "SELECT item_id FROM import_batch WHERE id = ?", (batch_id,)
    ).scalar_one()
    cursor = connection.exec_driver_sql(
        f"SELECT {', '.join(COLUMNS)} FROM response WHERE batch_id = ? ORDER BY id", (batch_id,)
    )
    part = moved = 0
    while chunk := cursor.fetchmany(PART_ROWS):
        columns = dict(zip(COLUMNS, map(list, zip(*chunk, strict=True)), strict=True))
        ids = columns["id"]
        data = build(columns, len(ids))
        add(
            connection,
            item_id=item_id,
            batch_id=batch_id,
            part=part,
            data=data,
            rows=len(ids),
            first_id=ids[0],
            last_id=ids[-1],
        )
        part += 1
        moved += len(ids)
    _delete_rows_keeping_blocks(connection, batch_id)
    return moved


def _delete_rows_keeping_blocks(connection: Connection, batch_id: int) -> None:
    """Delete a batch's rows that are now packed, without migration 0006's trigger
    dropping its blocks (the rows are the same, only stored otherwise)."""
    saved = connection.exec_driver_sql(
        "SELECT item_id, batch_id, part, rows, first_id, last_id, data FROM response_block "
        "WHERE batch_id = ?",
        (batch_id,),
    ).all()
    connection.exec_driver_sql("DELETE FROM response WHERE batch_id = ?", (batch_id,))
    left = connection.exec_driver_sql(
        "SELECT count(*) FROM response_block WHERE batch_id = ?", (batch_id,)
    ).scalar()
    if saved and not left:
        connection.exec_driver_sql(
            "INSERT INTO response_block (item_id, batch_id, part, rows, first_id, last_id, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [tuple(r) for r in saved],
        )


# --- changing packed rows -------------------------------------------------------------------


def _holding(found: Sequence[Pack], ids: Collection[int]) -> list[Pack]:
    """The packs whose range of ids holds one of ``ids``."""
    import bisect

    wanted = sorted(set(ids))
    held = []
    for pack in found:
        k = bisect.bisect_left(wanted, pack.first_id)
        if k < len(wanted) and wanted[k] <= pack.last_id:
            held.append(pack)
    return held


def _rewrite(connection: Connection, pack: Pack, columns: dict[str, list[Any]]) -> None:
    """Store a pack's rows again as ``columns`` (all of ``COLUMNS``), or delete it when
    none is left; its batch's blocks go (migration 0006's triggers do so for rows):
    ``blocks.rebuild_blocks`` makes them again from the packs."""
    from quizbuilder.store import blocks

    ids = columns["id"]
    if ids:
        connection.exec_driver_sql(
            "UPDATE response_pack SET data = ?, rows = ?, first_id = ?, last_id = ? WHERE id = ?",
            (build(columns, len(ids)), len(ids), ids[0], ids[-1], pack.id),
        )
    else:
        connection.exec_driver_sql("DELETE FROM response_pack WHERE id = ?", (pack.id,))
    blocks.drop_block(connection, item_id=pack.item_id, batch_id=pack.batch_id)


def _columns_of(connection: Connection, pack: Pack) -> dict[str, list[Any]]:
    return load(connection, pack).to_pydict()


def delete_ids(connection: Connection, ids: Collection[int]) -> int:
    """Delete the packed rows with these ids (their packs are written again). Returns
    how many there were. In the caller's transaction."""
    wanted = set(ids)
    deleted = 0
    for pack in _holding(packs(connection), wanted):
        columns = _columns_of(connection, pack)
        keep = [k for k, i in enumerate(columns["id"]) if i not in wanted]
        if len(keep) == len(columns["id"]):
            continue
        deleted += len(columns["id"]) - len(keep)
        _rewrite(connection, pack, {name: [v[k] for k in keep] for name, v in columns.items()})
    return deleted


def set_values(connection: Connection, changes: Mapping[int, Mapping[str, Any]]) -> int:
    """Set columns of packed rows: ``changes`` maps a response id to {column: value}
    (values as the driver reads them: dates as the stored text, ``completed`` 0 or 1).
    Ids not in a pack are left alone. Returns how many rows changed. In the caller's
    transaction."""
    changed = 0
    for pack in _holding(packs(connection), changes):
        columns = _columns_of(connection, pack)
        touched = False
        for k, rid in enumerate(columns["id"]):
            change = changes.get(rid)
            if change is None:
                continue
            for name, value in change.items():
                if name not in COLUMNS or name == "id":
                    raise ValueError(f"a packed row's {name} cannot be set")
                columns[name][k] = value
            touched = True
            changed += 1
        if touched:
            _rewrite(connection, pack, columns)
    return changed
