"""Alembic environment: migrations run on the connection that opens the library."""

from alembic import context
from sqlmodel import SQLModel

import quizbuilder.store.tables  # noqa: F401  (registers the tables)

config = context.config
target_metadata = SQLModel.metadata

connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("quizbuilder runs its migrations through store.engine.open_library")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
