"""Response packs: a bulk import's responses stored as columns, not as rows.

A million response rows cost SQLite alone more than three times what Python's csv
module takes to read the file they came from (insert, index builds, commit), against an
import budget of four times. A bulk import now stores each part of its rows as one
compressed Arrow record batch (``store.packs``): about a tenth of the bytes, no index.

A pack's rows keep their place in the response ids: the response table becomes
AUTOINCREMENT, so that the ids a pack reserves (``sqlite_sequence``) are never given to
a row. SQLite cannot add AUTOINCREMENT to a table, so the table is built again, with
its indexes and migration 0006's triggers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
SCHEMA_VERSION = 7

_PLAIN_KEY = ("id INTEGER NOT NULL, ", "PRIMARY KEY (id), ")
_AUTOINCREMENT_KEY = "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "


def _rebuild_response(autoincrement: bool) -> None:
    """Build the response table again with (or without) AUTOINCREMENT: same columns,
    rows, ids, indexes and triggers."""
    bind = op.get_bind()
    found = bind.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'response' AND sql IS NOT NULL"
    ).all()
    [table_sql] = [sql for kind, _, sql in found if kind == "table"]
    others = [sql for kind, _, sql in found if kind != "table"]
    if autoincrement:
        if not all(part in table_sql for part in _PLAIN_KEY):
            raise RuntimeError("the response table is not as migration 0006 left it")
        new_sql = table_sql.replace(_PLAIN_KEY[0], _AUTOINCREMENT_KEY, 1).replace(
            _PLAIN_KEY[1], "", 1
        )
    else:
        new_sql = table_sql.replace(_AUTOINCREMENT_KEY, _PLAIN_KEY[0], 1).replace(
            "answer_codes VARCHAR, ", "answer_codes VARCHAR, " + _PLAIN_KEY[1], 1
        )
    new_sql = new_sql.replace('CREATE TABLE "response"', 'CREATE TABLE "response_rebuilt"', 1)
    new_sql = new_sql.replace("CREATE TABLE response ", 'CREATE TABLE "response_rebuilt" ', 1)
    if "response_rebuilt" not in new_sql:
        raise RuntimeError("the response table's SQL is not as expected")
    op.execute(new_sql)
    op.execute("INSERT INTO response_rebuilt SELECT * FROM response")
    op.execute("DROP TABLE response")  # its indexes and triggers go with it
    op.execute("ALTER TABLE response_rebuilt RENAME TO response")
    for sql in others:
        op.execute(sql)


def upgrade() -> None:
    op.create_table(
        "response_pack",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "item_id", sa.Integer(), sa.ForeignKey("item.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "batch_id",
            sa.Integer(),
            sa.ForeignKey("import_batch.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.UniqueConstraint("item_id", "batch_id", "part"),
    )
    if op.get_bind().dialect.name == "sqlite":  # packs are written on SQLite only
        _rebuild_response(autoincrement=True)
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    if op.get_bind().exec_driver_sql("SELECT count(*) FROM response_pack").scalar():
        raise RuntimeError("the library holds response packs: unpack them before downgrading")
    op.drop_table("response_pack")
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_response(autoincrement=False)
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
