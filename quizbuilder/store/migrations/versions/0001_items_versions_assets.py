"""Items, their frozen versions, and image assets.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

from quizbuilder.store.types import UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
SCHEMA_VERSION = 1


def upgrade() -> None:
    op.create_table(
        "asset",
        sa.Column("sha256", AutoString(length=64), nullable=False),
        sa.Column("media_type", AutoString(length=64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "item",
        sa.Column("uid", AutoString(length=32), nullable=False),
        sa.Column("kind", AutoString(length=32), nullable=False),
        sa.Column("title", AutoString(), nullable=False),
        sa.Column("question_count", sa.Integer(), nullable=False),
        sa.Column("document", AutoString(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("item") as batch_op:
        batch_op.create_index("ix_item_kind", ["kind"], unique=False)
        batch_op.create_index("ix_item_uid", ["uid"], unique=True)
    op.create_table(
        "item_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("content_hash", AutoString(length=64), nullable=False),
        sa.Column("document", AutoString(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("item_id", "content_hash"),
    )
    with op.batch_alter_table("item_version") as batch_op:
        batch_op.create_index("ix_item_version_content_hash", ["content_hash"], unique=False)
        batch_op.create_index("ix_item_version_item_id", ["item_id"], unique=False)
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    op.drop_table("item_version")
    op.drop_table("item")
    op.drop_table("asset")
    op.execute("PRAGMA user_version = 0")
