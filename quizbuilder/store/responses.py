"""Bulk writes and reads of responses and events, through SQLAlchemy Core."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session

from quizbuilder.store.tables import Event, ImportBatch, Response

_response_table = Response.__table__  # type: ignore[attr-defined]
_event_table = Event.__table__  # type: ignore[attr-defined]


def existing_response_uids(session: Session, *, item_id: int) -> set[str]:
    rows = session.connection().execute(
        select(_response_table.c.response_uid).where(_response_table.c.item_id == item_id)
    )
    return {r[0] for r in rows}


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
