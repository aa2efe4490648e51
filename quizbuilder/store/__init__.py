"""The library: one SQLite file through SQLModel, migrated with Alembic."""
