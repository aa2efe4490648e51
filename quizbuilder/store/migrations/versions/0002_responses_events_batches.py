"""Responses, funnel events, and the import batches they came in.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

from quizbuilder.store.types import UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
SCHEMA_VERSION = 2


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("file_name", AutoString(), nullable=False),
        sa.Column("file_hash", AutoString(length=64), nullable=False),
        sa.Column("source", AutoString(length=32), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("import_batch") as batch_op:
        batch_op.create_index("ix_import_batch_item_id", ["item_id"], unique=False)
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("session", AutoString(length=128), nullable=False),
        sa.Column("type", AutoString(length=16), nullable=False),
        sa.Column("question_id", AutoString(length=64), nullable=False),
        sa.Column("variant", AutoString(length=64), nullable=True),
        sa.Column("source", AutoString(length=128), nullable=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batch.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("item_id", "session", "type", "question_id", "at"),
    )
    with op.batch_alter_table("event") as batch_op:
        batch_op.create_index("ix_event_batch_id", ["batch_id"], unique=False)
        batch_op.create_index("ix_event_item_type", ["item_id", "type"], unique=False)
    op.create_table(
        "response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("response_uid", AutoString(length=128), nullable=False),
        sa.Column("content_hash", AutoString(length=64), nullable=True),
        sa.Column("respondent", AutoString(length=128), nullable=True),
        sa.Column("variant", AutoString(length=64), nullable=True),
        sa.Column("source", AutoString(length=128), nullable=True),
        sa.Column("medium", AutoString(length=128), nullable=True),
        sa.Column("campaign", AutoString(length=128), nullable=True),
        sa.Column("started_at", UTCDateTime(), nullable=True),
        sa.Column("submitted_at", UTCDateTime(), nullable=True),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("max_score", sa.Float(), nullable=True),
        sa.Column("outcome", AutoString(length=64), nullable=True),
        sa.Column("email", AutoString(length=320), nullable=True),
        sa.Column("answers", AutoString(), nullable=False),
        sa.Column("lead", AutoString(), nullable=True),
        sa.Column("consents", AutoString(), nullable=True),
        sa.Column("context", AutoString(), nullable=True),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batch.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("item_id", "response_uid"),
    )
    with op.batch_alter_table("response") as batch_op:
        batch_op.create_index("ix_response_batch_id", ["batch_id"], unique=False)
        batch_op.create_index("ix_response_email", ["email"], unique=False)
        batch_op.create_index(
            "ix_response_item_submitted", ["item_id", "submitted_at"], unique=False
        )
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    op.drop_table("response")
    op.drop_table("event")
    op.drop_table("import_batch")
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
