"""Bulk writes and reads of responses and events, through SQLAlchemy Core."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import numpy as np
from sqlalchemy import insert, select
from sqlmodel import Session

from quizbuilder.store import blocks, packs
from quizbuilder.store.tables import Event, ImportBatch, Response

_response_table = Response.__table__  # type: ignore[attr-defined]
_event_table = Event.__table__  # type: ignore[attr-defined]


def existing_response_uids(session: Session, *, item_id: int) -> set[str]:
    """The response ids of the item's responses, in rows and in packs."""
    connection = session.connection()
    rows = connection.execute(
        select(_response_table.c.response_uid).where(_response_table.c.item_id == item_id)
    )
    found = {r[0] for r in rows}
    for _, table in packs.tables(connection, ["response_uid"], item_id=item_id):
        found.update(table["response_uid"].to_pylist())
    return found


def existing_event_keys(session: Session, *, item_id: int) -> set[tuple[Any, ...]]:
    t = _event_table
    rows = session.connection().execute(
        select(t.c.session, t.c.type, t.c.question_id, t.c.at).where(t.c.item_id == item_id)
    )
    return {tuple(r) for r in rows}


def add_batch(
    session: Session, *, item_id: int, file_name: str, file_hash: str, source: str
) -> ImportBatch:
    batch = ImportBatch(item_id=item_id, file_name=file_name, file_hash=file_hash, source=source)
    session.add(batch)
    session.flush()
    return batch


def insert_responses(session: Session, rows: Iterable[Mapping[str, Any]]) -> None:
    rows = list(rows)
    if rows:
        session.connection().execute(insert(_response_table), rows)


def insert_events(session: Session, rows: Iterable[Mapping[str, Any]]) -> None:
    rows = list(rows)
    if rows:
        session.connection().execute(insert(_event_table), rows)


# a row's columns but its id: a pack's (``store.packs``, which holds the item and the
# batch once), in the same order
RESPONSE_COLUMNS = ("item_id", "batch_id", *packs.COLUMNS[1:])
_DATES = (RESPONSE_COLUMNS.index("started_at"), RESPONSE_COLUMNS.index("submitted_at"))
_INSERT_SQL = (
    f"INSERT INTO response ({', '.join(RESPONSE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(RESPONSE_COLUMNS))})"
)
_COLUMN_INDEX = {name: k for k, name in enumerate(RESPONSE_COLUMNS)}
_BLOCK_COLUMNS = blocks.COLUMNS  # what a response block is built from


@lru_cache(maxsize=64)
def _insert_sql(columns: tuple[int, ...], literals: tuple[tuple[int, str], ...] = ()) -> str:
    """The insert of the columns at these positions of ``RESPONSE_COLUMNS``, bound, and
    of those of ``literals`` (position, SQL literal), the same in every row."""
    names = ", ".join(RESPONSE_COLUMNS[k] for k in (*columns, *(k for k, _ in literals)))
    values = ", ".join(["?"] * len(columns) + [sql for _, sql in literals])
    return f"INSERT INTO response ({names}) VALUES ({values})"


_MAX_LITERAL = 256  # characters of a text written into the statement


def _literal(value: Any) -> str | None:
    """``value`` as an SQLite literal that reads back exactly, or None to bind it: an
    integer, or a short text without NUL. (A float is bound: SQLite 3.40 parses some
    decimal literals one unit in the last place away from the value written.)"""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int) and -(2**63) <= value < 2**63:
        return str(value)
    if isinstance(value, str) and len(value) <= _MAX_LITERAL and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


PACK_BATCHES = True  # store a batch's rows as packs (tests set it off to compare with rows)


_MINUTES_SECONDS = [f"{m:02d}:{s:02d}" for m in range(60) for s in range(60)]
_HOURS: dict[int, str] = {}  # hours since 1970 -> "YYYY-MM-DD HH:" (imports share hours)


def _sqlite_datetime(moment: datetime | None) -> str | None:
    """The text SQLAlchemy's SQLite DateTime stores, for a UTC instant.

    Formatting a datetime costs microseconds; a million rows share a few thousand
    hours, so the hour's text is kept and the minutes and seconds looked up.
    """
    if moment is None:
        return None
    if moment.tzinfo is not None and not moment.microsecond:
        whole = int(moment.timestamp())
        hour, rest = divmod(whole, 3600)
        prefix = _HOURS.get(hour)
        if prefix is None:
            prefix = f"{datetime.fromtimestamp(hour * 3600, UTC):%Y-%m-%d %H:}"
            if len(_HOURS) < 100_000 and len(prefix) == 14:
                _HOURS[hour] = prefix
        if len(prefix) == 14:
            return f"{prefix}{_MINUTES_SECONDS[rest]}.000000"
    m = moment.astimezone(UTC) if moment.tzinfo is not UTC else moment
    return (
        f"{m.year:04d}-{m.month:02d}-{m.day:02d} {m.hour:02d}:{m.minute:02d}:"
        f"{m.second:02d}.{m.microsecond:06d}"
    )


def insert_response_rows(session: Session, rows: list[tuple[Any, ...]]) -> None:
    """Insert rows given as tuples in ``RESPONSE_COLUMNS`` order (the bulk path).

    On SQLite the tuples go straight to the driver's executemany: SQLAlchemy's per-row
    parameter processing costs more than the insert itself at a million rows. Other
    databases take the portable Core path.
    """
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        s, t = _DATES
        ready = [
            (*r[:s], _sqlite_datetime(r[s]), _sqlite_datetime(r[t]), *r[t + 1 :]) for r in rows
        ]
        connection.exec_driver_sql(_INSERT_SQL, ready)
    else:
        connection.execute(
            insert(_response_table), [dict(zip(RESPONSE_COLUMNS, r, strict=True)) for r in rows]
        )


class ResponseWriter:
    """Writes one import's responses, inside the caller's transaction.

    On SQLite, the responses of one batch are stored as packs (``store.packs``): a part
    of ``blocks.PART_ROWS`` rows at a time becomes one compressed Arrow record batch,
    with its ids reserved, and its block for the statistics (``store.blocks``) is made
    from the same columns. A million rows as rows cost SQLite alone more than three
    times the csv read of their file (insert, index builds, commit); as packs, a tenth
    of the bytes and no index. The caller's transaction makes it all or nothing.

    Rows that belong to no batch, and other databases, get rows (and, on SQLite, a
    block when they are one batch's).
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._sqlite = session.connection().dialect.name == "sqlite"
        self.written = 0
        self._block: dict[str, list[Any]] = {name: [] for name in _BLOCK_COLUMNS}
        self._parts: list[tuple[int, int, int]] = []  # (rows, first id, last id) stored
        self._blocks_ok = self._sqlite  # False once the rows' ids cannot be known
        self._where: tuple[int, int | None] | None = None  # (item, batch) of the rows
        self._packing: bool | None = None  # decided by the first rows written
        self._part: packs.PartWriter | None = None  # the pack being written

    def date(self, moment: datetime | None) -> Any:
        """A date as :meth:`write` takes it (on SQLite, already the stored text)."""
        return _sqlite_datetime(moment) if self._sqlite else moment

    def write(self, rows: list[tuple[Any, ...]]) -> None:
        """Rows as tuples in ``RESPONSE_COLUMNS`` order, dates made by :meth:`date`."""
        if not rows:
            return
        if not self._sqlite:
            insert_response_rows(self._session, rows)
            self.written += len(rows)
            return
        columns = list(zip(*rows, strict=True))
        self._insert(len(rows), dict(zip(RESPONSE_COLUMNS, columns, strict=True)))

    def write_columns(self, count: int, values: Mapping[str, Any]) -> None:
        """``count`` rows given by column: ``values`` maps a name of ``RESPONSE_COLUMNS``
        to a list of ``count`` values, or to one value for every row (a list: anything
        else is that one value); a column not named is NULL. Dates as :meth:`date`
        makes them."""
        if not count:
            return
        columns = {
            name: value if isinstance(value, list) else [value] * count
            for name, value in values.items()
        }
        if not self._sqlite:
            empty = [None] * count
            names = [columns.get(name, empty) for name in RESPONSE_COLUMNS]
            self.write(list(zip(*names, strict=True)))
            return
        same = {name: v for name, v in values.items() if not isinstance(v, list)}
        self._insert(count, columns, same)

    def _insert(
        self,
        count: int,
        columns: Mapping[str, Sequence[Any]],
        same: Mapping[str, Any] | None = None,
    ) -> None:
        """Insert ``count`` rows by column; ``same``: the columns given as one value for
        every row, which go into the statement when they can (:func:`_literal`): each
        value bound costs the driver a call a row."""
        if self._packing is None:
            self._packing = PACK_BATCHES and self._sqlite and self._one_batch(columns, count)
        if self._packing:
            self._pack(count, columns, same)
            return
        connection = self._session.connection()
        literals = []
        bound = []
        same = same or {}
        for k, name in enumerate(RESPONSE_COLUMNS):
            if same.get(name) is not None:
                sql = _literal(same[name])
                if sql is not None:
                    literals.append((k, sql))
                    continue
            # a column that is None in every row is left out of the statement: binding
            # a NULL costs the driver more than SQLite's insert of a short text
            if name in columns and columns[name].count(None) != count:
                bound.append(k)
        if not bound:  # every column the same: one is bound all the same, for the count
            bound.append(literals.pop()[0])
        connection.exec_driver_sql(
            _insert_sql(tuple(bound), tuple(literals)),
            list(zip(*(columns[RESPONSE_COLUMNS[k]] for k in bound), strict=True)),
        )
        self.written += count
        if self._blocks_ok:
            last = connection.exec_driver_sql("SELECT last_insert_rowid()").scalar()
            self._add_to_block(columns, count, int(last or 0) - count + 1)

    def _one_batch(self, columns: Mapping[str, Sequence[Any]], count: int) -> bool:
        items, batches = columns.get("item_id", [None]), columns.get("batch_id", [None])
        return (
            items[0] is not None
            and batches[0] is not None
            and items.count(items[0]) == count
            and batches.count(batches[0]) == count
        )

    def _pack(
        self,
        count: int,
        columns: Mapping[str, Sequence[Any]],
        same: Mapping[str, Any] | None = None,
    ) -> None:
        """Add rows to the part being packed; ids are reserved as they come, so the
        part's ids run on without a gap."""
        if not self._one_batch(columns, count) or (
            (columns["item_id"][0], columns["batch_id"][0]) != self._where
            and self._where is not None
        ):
            raise ValueError("a response writer writes the rows of one batch of one item")
        first = packs.reserve_ids(self._session.connection(), count)
        ids = np.arange(first, first + count, dtype=np.int64)  # pyarrow takes it as it is
        if self._part is None:
            self._part = packs.PartWriter()
        try:
            self._part.add(packs.record_batch({**columns, **(same or {}), "id": ids}, count))
        except ValueError as error:
            raise ValueError(f"a response cannot be stored: {error}") from None
        self.written += count
        self._add_to_block(columns, count, first)

    def finish(self) -> None:
        """Store the last part (pack and block) of the rows written."""
        self._save_block()

    def _add_to_block(
        self, columns: Mapping[str, Sequence[Any]], count: int, first_id: int
    ) -> None:
        items, batches = columns.get("item_id", [None]), columns.get("batch_id", [None])
        where = (items[0], batches[0])
        if self._where is None:
            self._where = where
        if where != self._where or len(set(items)) != 1 or len(set(batches)) != 1:
            self._blocks_ok = False  # one block holds one batch of one item
            return
        buffer = self._block
        buffer["id"].extend(range(first_id, first_id + count))
        for name in _BLOCK_COLUMNS[1:]:
            buffer[name].extend(columns.get(name) or [None] * count)
        if len(buffer["id"]) >= blocks.PART_ROWS:
            self._seal_part()

    def _seal_part(self) -> None:
        ids = self._block["id"]
        if ids and (self._blocks_ok or self._packing):
            item_id, batch_id = self._where or (None, None)
            if item_id is None or batch_id is None:
                self._blocks_ok = False  # rows outside a batch are counted row by row
            else:  # stored at once: a part's arrays are not all kept until the end
                part = (len(ids), ids[0], ids[-1])
                if self._part is not None:
                    writer, self._part = self._part, None
                    packs.add(
                        self._session.connection(),
                        item_id=item_id,
                        batch_id=batch_id,
                        part=len(self._parts),
                        data=writer.close(),
                        rows=writer.rows,
                        first_id=ids[0],
                        last_id=ids[-1],
                    )
                blocks.add_part(
                    self._session.connection(),
                    item_id=item_id,
                    batch_id=batch_id,
                    number=len(self._parts),
                    data=blocks.build_part(self._block),
                    rows=part,
                )
                self._parts.append(part)
        self._block = {name: [] for name in _BLOCK_COLUMNS}

    def _save_block(self) -> None:
        if self._packing:
            self._seal_part()  # the packs hold exactly the rows the blocks were made from
            self._parts = []
            return
        item_id, batch_id = self._where or (None, None)
        if not self._blocks_ok or item_id is None or batch_id is None:
            return  # rows outside a batch are counted row by row
        self._seal_part()
        connection = self._session.connection()
        count, first, last = connection.exec_driver_sql(
            "SELECT count(*), min(id), max(id) FROM response WHERE batch_id = ?", (batch_id,)
        ).one()
        parts = self._parts
        self._parts = []
        if not parts or (count, first, last) != (
            sum(p[0] for p in parts),
            parts[0][1],
            parts[-1][2],
        ):
            # the ids were not given in order: no block, the rows are counted one by one
            blocks.drop_block(connection, item_id=item_id, batch_id=batch_id)
