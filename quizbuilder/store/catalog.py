"""Light read queries over SQLAlchemy Core, for what must answer fast (listing items).

Importing the ORM (SQLModel) and the content model costs more than the 0.5 s budget of
``quizbuilder list`` on its own; these queries need neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Integer, String, text

from quizbuilder.store.types import UTCDateTime


@dataclass(frozen=True)
class ItemRow:
    id: int
    uid: str
    kind: str
    title: str
    question_count: int
    updated_at: datetime
    responses: int


_LIST = text(
    """
    SELECT item.id, item.uid, item.kind, item.title, item.question_count, item.updated_at,
           (SELECT count(*) FROM response WHERE response.item_id = item.id)
           + (SELECT coalesce(sum(response_pack.rows), 0) FROM response_pack
              WHERE response_pack.item_id = item.id) AS responses
    FROM item
    ORDER BY item.kind, item.title, item.id
    """
).columns(
    id=Integer,
    uid=String,
    kind=String,
    title=String,
    question_count=Integer,
    updated_at=UTCDateTime,
    responses=Integer,
)


def item_rows(connection: Connection) -> list[ItemRow]:
    """The items, each with its responses counted in rows and in packs (``store.packs``)."""
    return [ItemRow(*r) for r in connection.execute(_LIST)]
