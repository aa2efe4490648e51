"""The response table's (item, response id) uniqueness as a named index.

A UNIQUE table constraint becomes an index that SQLite cannot drop; as a named unique
index it can be dropped inside an import's transaction and rebuilt by one sort after a
large batch (store.responses.ResponseWriter), several times faster than a million
random insertions into it. Same columns, same guarantee.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
SCHEMA_VERSION = 4

# the name SQLAlchemy reflection gives the unnamed constraint, so that batch mode can drop it
_NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def upgrade() -> None:
    with op.batch_alter_table("response", naming_convention=_NAMING, recreate="always") as b:
        b.drop_constraint("uq_response_item_id", type_="unique")
        b.create_index("uq_response_item_uid", ["item_id", "response_uid"], unique=True)
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    with op.batch_alter_table("response", recreate="always") as b:
        b.drop_index("uq_response_item_uid")
        b.create_unique_constraint("uq_response_item_id", ["item_id", "response_uid"])
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
