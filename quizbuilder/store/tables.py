"""The library's tables.

The ORM is for the content (items, versions, assets). Responses and funnel events are
plain rows written and read in bulk through SQLAlchemy Core: a million of them must
import and aggregate quickly, so answers are one compact JSON text per response.

SQLModel reads the annotations at class creation, so this module does not use
``from __future__ import annotations``.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary, UniqueConstraint
from sqlmodel import Field, Relationship, SQLModel

from quizbuilder.store.types import UTCDateTime, utcnow


def _cascade(target: str, *, nullable: bool = False, index: bool = False) -> Any:
    """A foreign key whose rows go when the row they point at goes."""
    return Field(
        default=None if nullable else ...,
        sa_column=Column(
            Integer, ForeignKey(target, ondelete="CASCADE"), nullable=nullable, index=index
        ),
    )


def _when(nullable: bool = False, index: bool = False) -> datetime:
    return Field(  # type: ignore[no-any-return, unused-ignore]
        default_factory=utcnow if not nullable else None,
        sa_type=UTCDateTime,
        nullable=nullable,
        index=index,
    )


class ItemBase(SQLModel):
    uid: str = Field(max_length=32, unique=True, index=True)
    kind: str = Field(max_length=32, index=True)
    title: str = ""
    question_count: int = 0
    document: str = Field(description="The current draft: JSON of the content document.")


class Item(ItemBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = _when()
    updated_at: datetime = _when()
    versions: list["ItemVersion"] = Relationship(back_populates="item", cascade_delete=True)


class ItemVersion(SQLModel, table=True):
    """A frozen document, made when an item is exported or published."""

    __tablename__ = "item_version"
    __table_args__ = (UniqueConstraint("item_id", "content_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = _cascade("item.id", index=True)
    content_hash: str = Field(max_length=64, index=True)
    document: str
    created_at: datetime = _when()
    item: Item | None = Relationship(back_populates="versions")


class Asset(SQLModel, table=True):
    """An image, by the SHA-256 of its bytes, shared by every item that uses it."""

    sha256: str = Field(primary_key=True, max_length=64)
    media_type: str = Field(max_length=64)
    width: int = 0
    height: int = 0
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = _when()


class ImportBatch(SQLModel, table=True):
    """One import of a response file: what came in, from where, and what was kept."""

    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = _cascade("item.id", index=True)
    file_name: str
    file_hash: str = Field(max_length=64)
    source: str = Field(max_length=32)
    added: int = 0
    duplicates: int = 0
    rejected: int = 0
    created_at: datetime = _when()


class Response(SQLModel, table=True):
    # the uniqueness is a named index, not a table constraint (migration 0004: large
    # imports once dropped and rebuilt it; they now store packs, store.packs, which the
    # importer's set of known response ids keeps unique)
    __table_args__ = (
        Index("uq_response_item_uid", "item_id", "response_uid", unique=True),
        Index("ix_response_item_submitted", "item_id", "submitted_at"),
        # ids are never given twice: a pack (ResponsePack) reserves its rows' ids
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = _cascade("item.id")
    batch_id: int | None = _cascade("import_batch.id", nullable=True, index=True)
    response_uid: str = Field(max_length=128)
    content_hash: str | None = Field(default=None, max_length=64)
    respondent: str | None = Field(default=None, max_length=128)
    variant: str | None = Field(default=None, max_length=64)
    source: str | None = Field(default=None, max_length=128)
    medium: str | None = Field(default=None, max_length=128)
    campaign: str | None = Field(default=None, max_length=128)
    started_at: datetime | None = _when(nullable=True)
    submitted_at: datetime | None = _when(nullable=True)
    completed: bool = True
    score: float | None = None
    max_score: float | None = None
    outcome: str | None = Field(default=None, max_length=64)
    email: str | None = Field(default=None, max_length=320, index=True)
    answers: str = "{}"
    lead: str | None = None
    consents: str | None = None
    context: str | None = None
    # what each answer counts for, coded against one document for the statistics
    # (services.statistics_scan.answer_codes); None: read the answers instead
    answer_codes: str | None = None


class ResponseBlock(SQLModel, table=True):
    """An import's responses as columns (``store.blocks``), for the statistics: a copy of
    rows ``first_id``..``last_id`` of one batch, used only while it matches them
    (migration 0006's triggers drop it when one of them changes)."""

    __tablename__ = "response_block"
    __table_args__ = (UniqueConstraint("item_id", "batch_id", "part"),)

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = _cascade("item.id")
    batch_id: int | None = _cascade("import_batch.id", nullable=True)
    part: int
    rows: int
    first_id: int
    last_id: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class ResponsePack(SQLModel, table=True):
    """Part ``part`` of a bulk import's responses stored as columns (``store.packs``):
    rows ``first_id``..``last_id`` of one batch, which has no rows in ``response``."""

    __tablename__ = "response_pack"
    __table_args__ = (UniqueConstraint("item_id", "batch_id", "part"),)

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = _cascade("item.id")
    batch_id: int = _cascade("import_batch.id")
    part: int
    rows: int
    first_id: int
    last_id: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Event(SQLModel, table=True):
    """A funnel event: view, start, answer (per question) or complete."""

    __table_args__ = (
        UniqueConstraint("item_id", "session", "type", "question_id", "at"),
        Index("ix_event_item_type", "item_id", "type"),
    )

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = _cascade("item.id")
    batch_id: int | None = _cascade("import_batch.id", nullable=True, index=True)
    session: str = Field(max_length=128)
    type: str = Field(max_length=16)
    question_id: str = Field(default="", max_length=64)
    variant: str | None = Field(default=None, max_length=64)
    source: str | None = Field(default=None, max_length=128)
    at: datetime = _when()


class LibraryMeta(SQLModel, table=True):
    """Facts about the library itself, by key (e.g. the salt of erased e-mails)."""

    __tablename__ = "library_meta"

    key: str = Field(primary_key=True, max_length=64)
    value: str


class ChannelReach(SQLModel, table=True):
    """How many people a channel reached for an item, as entered by the user."""

    __tablename__ = "channel_reach"
    __table_args__ = (UniqueConstraint("item_id", "source"),)

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = _cascade("item.id")
    source: str = Field(max_length=128)
    reach: int = Field(ge=0)


class ContestCommit(SQLModel, table=True):
    """A draw's commitment: the secret seed stays here until the draw reveals it."""

    __tablename__ = "contest_commit"

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = _cascade("item.id", index=True)
    secret_seed: str = Field(max_length=64, description="Hex; revealed by the certificate.")
    commitment: str = Field(max_length=64)
    rules_hash: str = Field(max_length=64)
    algorithm: str = Field(max_length=32)
    beacon: str | None = Field(default=None, description="Public randomness round named ahead.")
    created_at: datetime = _when()


class ContestDraw(SQLModel, table=True):
    """A draw and its certificate (JSON), made once from a commitment."""

    __tablename__ = "contest_draw"

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = _cascade("item.id", index=True)
    commit_id: int = _cascade("contest_commit.id", index=True)
    certificate: str
    created_at: datetime = _when()


class DrawSubstitution(SQLModel, table=True):
    """Append-only: a winner replaced by the next alternate, and why."""

    __tablename__ = "draw_substitution"

    id: int | None = Field(default=None, primary_key=True)
    draw_id: int = _cascade("contest_draw.id", index=True)
    replaced: str = Field(max_length=128)
    replacement: str | None = Field(default=None, max_length=128)
    reason: str
    created_at: datetime = _when()


class ContestExclusion(SQLModel, table=True):
    """An entry the organiser excluded from a contest, with the reason, kept for the record."""

    __tablename__ = "contest_exclusion"
    __table_args__ = (UniqueConstraint("item_id", "entry"),)

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = _cascade("item.id")
    entry: str = Field(max_length=128, description="The entry's response uid.")
    reason: str
    created_at: datetime = _when()


class Erasure(SQLModel, table=True):
    """A person erased on request: only a salted hash of the e-mail, so that a later
    import does not bring them back."""

    id: int | None = Field(default=None, primary_key=True)
    email_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = _when()
