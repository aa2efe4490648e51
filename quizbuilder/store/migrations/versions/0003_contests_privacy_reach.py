"""Contest commitments, draws, substitutions and exclusions; erasures; channel reach.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

from quizbuilder.store.types import UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
SCHEMA_VERSION = 3


def _item_fk() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["item_id"], ["item.id"], ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "library_meta",
        sa.Column("key", AutoString(length=64), nullable=False),
        sa.Column("value", AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "channel_reach",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("source", AutoString(length=128), nullable=False),
        sa.Column("reach", sa.Integer(), nullable=False),
        _item_fk(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("item_id", "source"),
    )
    op.create_table(
        "contest_commit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("secret_seed", AutoString(length=64), nullable=False),
        sa.Column("commitment", AutoString(length=64), nullable=False),
        sa.Column("rules_hash", AutoString(length=64), nullable=False),
        sa.Column("algorithm", AutoString(length=32), nullable=False),
        sa.Column("beacon", AutoString(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _item_fk(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_contest_commit_item_id", "contest_commit", ["item_id"])
    op.create_table(
        "contest_draw",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("commit_id", sa.Integer(), nullable=False),
        sa.Column("certificate", AutoString(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _item_fk(),
        sa.ForeignKeyConstraint(["commit_id"], ["contest_commit.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_contest_draw_item_id", "contest_draw", ["item_id"])
    op.create_index("ix_contest_draw_commit_id", "contest_draw", ["commit_id"])
    op.create_table(
        "draw_substitution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=False),
        sa.Column("replaced", AutoString(length=128), nullable=False),
        sa.Column("replacement", AutoString(length=128), nullable=True),
        sa.Column("reason", AutoString(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["draw_id"], ["contest_draw.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_draw_substitution_draw_id", "draw_substitution", ["draw_id"])
    op.create_table(
        "contest_exclusion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("entry", AutoString(length=128), nullable=False),
        sa.Column("reason", AutoString(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        _item_fk(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("item_id", "entry"),
    )
    op.create_table(
        "erasure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email_hash", AutoString(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("email_hash"),
    )
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    for table in (
        "erasure",
        "contest_exclusion",
        "draw_substitution",
        "contest_draw",
        "contest_commit",
        "channel_reach",
        "library_meta",
    ):
        op.drop_table(table)
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
