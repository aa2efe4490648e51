"""Each response's answers also as short per-question codes, for the statistics.

Parsing a million JSON answers texts costs more than the statistics' whole budget; an
import also stores, per response, what each answer counts for (its score, its options,
its scale point) against the document it was scored with, so that the statistics count
codes shared by many responses instead. Nullable and not backfilled: a response without
codes (imported before, or coded against another version) is read from its JSON.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
SCHEMA_VERSION = 5


def upgrade() -> None:
    with op.batch_alter_table("response") as b:
        b.add_column(sa.Column("answer_codes", AutoString(), nullable=True))
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    with op.batch_alter_table("response") as b:
        b.drop_column("answer_codes")
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
