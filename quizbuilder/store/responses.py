"""Bulk writes and reads of responses and events, through SQLAlchemy Core."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
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


RESPONSE_COLUMNS = (
    "item_id",
    "batch_id",
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
)
_DATES = (RESPONSE_COLUMNS.index("started_at"), RESPONSE_COLUMNS.index("submitted_at"))
_INSERT_SQL = (
    f"INSERT INTO response ({', '.join(RESPONSE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(RESPONSE_COLUMNS))})"
)


def _sqlite_datetime(moment: datetime | None) -> str | None:
    """The text SQLAlchemy's SQLite DateTime stores, for a UTC instant."""
    if moment is None:
        return None
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
