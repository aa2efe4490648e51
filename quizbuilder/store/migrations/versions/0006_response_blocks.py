"""Response blocks: an import's responses also as columns, for the statistics.

A million responses read row by row take longer than the statistics' whole budget.
A bulk import also stores its responses as a few binary columns (per-question answer
codes, dates, channel, variant...: ``store.blocks``), which the statistics count with
array operations. The rows stay the record; a block is a copy that is only used while
it matches them: these triggers drop it when one of its rows is updated or deleted,
and its batch's first and last ids must be unchanged. (A later migration that
rebuilds the response table with ``batch_alter_table`` must create them again.)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
SCHEMA_VERSION = 6

# what a block holds of a row: an update of any other column leaves it as it is
BLOCK_COLUMNS = (
    "item_id, batch_id, completed, started_at, submitted_at, source, variant, content_hash, "
    "outcome, email, lead, campaign, answers, answer_codes"
)
TRIGGERS = {
    "response_block_stale_on_delete": (
        "AFTER DELETE ON response BEGIN "
        "DELETE FROM response_block WHERE item_id = OLD.item_id AND batch_id IS OLD.batch_id; "
        "END"
    ),
    "response_block_stale_on_update": (
        f"AFTER UPDATE OF {BLOCK_COLUMNS} ON response BEGIN "
        "DELETE FROM response_block WHERE item_id = OLD.item_id AND batch_id IS OLD.batch_id; "
        "DELETE FROM response_block WHERE item_id = NEW.item_id AND batch_id IS NEW.batch_id; "
        "END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "response_block",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "item_id", sa.Integer(), sa.ForeignKey("item.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "batch_id",
            sa.Integer(),
            sa.ForeignKey("import_batch.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.UniqueConstraint("item_id", "batch_id", "part"),
    )
    if op.get_bind().dialect.name == "sqlite":  # blocks are used on SQLite only
        for name, body in TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("response_block")
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
