"""Response packs in tests (``store.packs``): put a library's batches into packs or
back into rows, and read every stored response whichever way it is stored, so that a
test checks a feature the same way on rows and on packs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlmodel import select

from quizbuilder.services.library import LibraryService
from quizbuilder.store import packs
from quizbuilder.store.tables import Response

_TABLE = Response.__table__  # type: ignore[attr-defined]


def pack_all(library: LibraryService, item_id: int | None = None) -> int:
    """Pack every batch (of one item) that has rows; returns the rows packed."""
    with library.engine.begin() as connection:
        sql = "SELECT DISTINCT batch_id FROM response WHERE batch_id IS NOT NULL"
        params: tuple[int, ...] = ()
        if item_id is not None:
            sql += " AND item_id = ?"
            params = (item_id,)
        batches = connection.exec_driver_sql(sql + " ORDER BY batch_id", params).scalars().all()
        return sum(packs.pack_batch(connection, b) for b in batches)


def unpack_all(library: LibraryService) -> int:
    """Turn every pack back into rows; returns the rows unpacked."""
    with library.engine.begin() as connection:
        items = connection.exec_driver_sql("SELECT id FROM item").scalars().all()
        return packs.unpack(connection, item_ids=items)


def packed_rows(library: LibraryService) -> int:
    with library.engine.connect() as connection:
        return sum(packs.counts(connection).values())


def stored_responses(library: LibraryService) -> list[Response]:
    """Every stored response, in rows and in packs, by id, as the ORM reads a row."""
    with library.session() as s:
        found = list(s.exec(select(Response)).all())
        connection = s.connection()
        names = ["item_id", "batch_id", *packs.COLUMNS]
        processors = [
            _TABLE.c[name]
            .type.dialect_impl(connection.dialect)
            .result_processor(connection.dialect, None)
            for name in names
        ]
        for values in packs.rows(connection, names):
            typed = {
                name: (process(v) if process else v)
                for name, process, v in zip(names, processors, values, strict=True)
            }
            found.append(Response(**typed))
    return sorted(found, key=lambda r: r.id or 0)


def unpacked_copy(library: LibraryService, target: Path) -> Path:
    """A copy of the library with every pack turned into rows: for a test's own SQL."""
    source = sqlite3.connect(library.path)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()
    other = LibraryService.open(target)
    try:
        unpack_all(other)
    finally:
        other.engine.dispose()
    return target


def sql_rows(library: LibraryService, sql: str, **params: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of a query on the response table, packs counted as rows (read from an
    unpacked copy of the library; the library itself is left as it is)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = unpacked_copy(library, Path(folder) / "copy.sqlite")
        con = sqlite3.connect(path)
        try:
            yield from [tuple(r) for r in con.execute(sql, params)]
        finally:
            con.close()
