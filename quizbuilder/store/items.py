"""Queries over items, versions and assets. Each takes a keyword-only session."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence

from sqlalchemy import func
from sqlmodel import Session, col, select

from quizbuilder.domain.content import ItemDocument
from quizbuilder.domain.hashing import canonical_json, content_hash
from quizbuilder.domain.validation import document_data, parse_document
from quizbuilder.store.tables import Asset, Item, ItemVersion, Response, ResponsePack
from quizbuilder.store.types import utcnow


def new_uid() -> str:
    return uuid.uuid4().hex


def _fill(item: Item, document: ItemDocument) -> None:
    item.kind = document.kind.value
    item.title = document.title
    item.question_count = len(document.questions)
    item.document = canonical_json(document_data(document))


def add_item(session: Session, *, document: ItemDocument, uid: str | None = None) -> Item:
    item = Item(uid=uid or new_uid(), kind="", document="")
    _fill(item, document)
    session.add(item)
    session.flush()
    return item


def update_item(session: Session, *, item: Item, document: ItemDocument) -> Item:
    _fill(item, document)
    item.updated_at = utcnow()
    session.add(item)
    session.flush()
    return item


def item_document(item: Item) -> ItemDocument:
    return parse_document(json.loads(item.document), source=f"item {item.id}")


def get_item(session: Session, *, item_id: int) -> Item | None:
    return session.get(Item, item_id)


def uid_exists(session: Session, *, uid: str) -> bool:
    return session.exec(select(Item.id).where(Item.uid == uid)).first() is not None


def list_items(session: Session) -> Sequence[Item]:
    return session.exec(select(Item).order_by(col(Item.kind), col(Item.title))).all()


def item_count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Item)).one()


def response_counts(session: Session) -> dict[int, int]:
    """Responses by item, in rows and in packs (``store.packs``); items without any are
    left out."""
    rows = session.exec(
        select(Response.item_id, func.count()).group_by(col(Response.item_id))
    ).all()
    packed = session.exec(
        select(ResponsePack.item_id, func.sum(ResponsePack.rows)).group_by(
            col(ResponsePack.item_id)
        )
    ).all()
    counts = Counter({item_id: n for item_id, n in rows})
    counts.update({item_id: int(n) for item_id, n in packed})
    return dict(counts)


def freeze_version(session: Session, *, item: Item, document: ItemDocument) -> ItemVersion:
    """The frozen version of ``document``, made once per distinct content hash."""
    assert item.id is not None
    digest = content_hash(document)
    existing = session.exec(
        select(ItemVersion).where(
            ItemVersion.item_id == item.id, ItemVersion.content_hash == digest
        )
    ).first()
    if existing is not None:
        return existing
    version = ItemVersion(
        item_id=item.id, content_hash=digest, document=canonical_json(document_data(document))
    )
    session.add(version)
    session.flush()
    return version


def versions(session: Session, *, item_id: int) -> Sequence[ItemVersion]:
    return session.exec(
        select(ItemVersion).where(ItemVersion.item_id == item_id).order_by(col(ItemVersion.id))
    ).all()


def put_asset(
    session: Session, *, sha256: str, media_type: str, data: bytes, width: int = 0, height: int = 0
) -> None:
    if session.get(Asset, sha256) is None:
        session.add(
            Asset(sha256=sha256, media_type=media_type, data=data, width=width, height=height)
        )


def get_assets(session: Session, *, hashes: Iterable[str]) -> dict[str, Asset]:
    wanted = sorted(set(hashes))
    if not wanted:
        return {}
    rows = session.exec(select(Asset).where(col(Asset.sha256).in_(wanted))).all()
    return {a.sha256: a for a in rows}
