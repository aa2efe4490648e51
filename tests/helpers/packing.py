"""Puts a library's imported batches into response packs (``store.packs``), so that a
test can check that a feature gives the same answer from packs as from rows."""

from __future__ import annotations

from quizbuilder.services.library import LibraryService
from quizbuilder.store import packs


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


def packed_rows(library: LibraryService) -> int:
    with library.engine.connect() as connection:
        return sum(packs.counts(connection).values())
