"""The library's use cases: list, show, create, import and export content.

Listing goes through ``store.catalog`` (SQLAlchemy Core); the ORM, the content model and
the file formats are imported by the methods that need them, so that ``quizbuilder
list`` starts within its budget.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.kinds import Kind
from quizbuilder.domain.text import fold
from quizbuilder.store import catalog
from quizbuilder.store.engine import open_library

if TYPE_CHECKING:
    from sqlmodel import Session

    from quizbuilder.domain.content import ItemDocument
    from quizbuilder.formats.content_json import ItemFile
    from quizbuilder.store.tables import Item


class ItemNotFound(QuizbuilderError):
    def __init__(self, item_id: int) -> None:
        super().__init__(f"there is no item {item_id} in this library (see 'quizbuilder list')")


@dataclass(frozen=True)
class ItemSummary:
    id: int
    uid: str
    kind: Kind
    title: str
    questions: int
    responses: int
    updated_at: datetime

    def matches(self, query: str) -> bool:
        """Search as a person types: case, accents and extra spaces don't matter."""
        words = fold(query).split()
        haystack = fold(f"{self.title} {self.kind.value} {self.id}")
        return all(w in haystack for w in words)


@dataclass(frozen=True)
class VersionInfo:
    content_hash: str
    created_at: datetime


@dataclass(frozen=True)
class ItemDetail:
    summary: ItemSummary
    document: ItemDocument
    versions: list[VersionInfo]


def _summary(item: Item, responses: int) -> ItemSummary:
    assert item.id is not None
    return ItemSummary(
        item.id,
        item.uid,
        Kind(item.kind),
        item.title,
        item.question_count,
        responses,
        item.updated_at,
    )


class LibraryService:
    """One open library file and what can be done with it."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path

    @classmethod
    def open(cls, path: Path) -> LibraryService:
        return cls(open_library(path), Path(path))

    def close(self) -> None:
        self.engine.dispose()

    def session(self) -> Session:
        from sqlmodel import Session

        return Session(self.engine, expire_on_commit=False)

    # --- reading ------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not self.list_items()

    def list_items(self, query: str = "") -> list[ItemSummary]:
        with self.engine.connect() as connection:
            rows = [
                ItemSummary(
                    r.id, r.uid, Kind(r.kind), r.title, r.question_count, r.responses, r.updated_at
                )
                for r in catalog.item_rows(connection)
            ]
        return [r for r in rows if r.matches(query)] if query.strip() else rows

    def _item(self, s: Session, item_id: int) -> Item:
        from quizbuilder.store import items as store

        item = store.get_item(s, item_id=item_id)
        if item is None:
            raise ItemNotFound(item_id)
        return item

    def item(self, item_id: int) -> ItemDetail:
        from quizbuilder.store import items as store

        with self.session() as s:
            item = self._item(s, item_id)
            responses = store.response_counts(s).get(item_id, 0)
            versions = [
                VersionInfo(v.content_hash, v.created_at)
                for v in store.versions(s, item_id=item_id)
            ]
            return ItemDetail(_summary(item, responses), store.item_document(item), versions)

    # --- writing ------------------------------------------------------------------

    def create_item(self, document: ItemDocument, uid: str | None = None) -> int:
        from quizbuilder.store import items as store

        with self.session() as s, s.begin():
            item = store.add_item(s, document=document, uid=uid)
            assert item.id is not None
            return item.id

    def import_content(self, path: Path) -> list[int]:
        """Add every item of a content file, all of them or none; return their ids."""
        from quizbuilder.formats.content_json import read_item_file

        item_file = read_item_file(path)
        return self.add_item_file(item_file)

    def add_item_file(self, item_file: ItemFile) -> list[int]:
        from quizbuilder.store import items as store

        ids: list[int] = []
        with self.session() as s, s.begin():
            for sha, asset in item_file.assets.items():
                store.put_asset(s, sha256=sha, media_type=asset.media_type, data=asset.data)
            for uid, document in item_file.entries:
                keep = uid if uid and not store.uid_exists(s, uid=uid) else None
                item = store.add_item(s, document=document, uid=keep)
                assert item.id is not None
                ids.append(item.id)
        return ids

    def export_content(self, item_id: int, path: Path) -> str:
        """Write the item's content file and freeze its version; return the content hash."""
        from quizbuilder.formats.content_json import Asset, ItemFile, write_item_file
        from quizbuilder.store import items as store

        with self.session() as s, s.begin():
            item = self._item(s, item_id)
            document = store.item_document(item)
            version = store.freeze_version(s, item=item, document=document)
            hashes = [r.asset for r in document.image_refs()]
            assets = {
                sha: Asset(a.media_type, a.data)
                for sha, a in store.get_assets(s, hashes=hashes).items()
            }
            write_item_file(Path(path), ItemFile([(item.uid, document)], assets))
            return version.content_hash

    def freeze(self, item_id: int) -> str:
        """Freeze the item's current document as a version (as publishing does)."""
        from quizbuilder.store import items as store

        with self.session() as s, s.begin():
            item = self._item(s, item_id)
            return store.freeze_version(
                s, item=item, document=store.item_document(item)
            ).content_hash
