"""Opening a library: the engine, its pragmas, and the schema brought up to date.

A library file knows its schema version twice: Alembic's revision (what migrations
have run) and SQLite's ``user_version`` (a plain number that a newer release raises).
A file whose number is higher than ours was written by a newer release and is
refused, untouched. Before migrating an older file, a backup copy is made beside it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

from quizbuilder.domain.errors import QuizbuilderError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
SCHEMA_VERSION = 7  # the user_version that the newest migration writes
HEAD_REVISION = "0007"  # the newest migration; a test checks it against the scripts
APPLICATION_ID = 0x51424C42  # "QBLB": marks the file as a quizbuilder library
SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 16384  # of a new library's file; an existing one keeps its own


class LibraryError(QuizbuilderError):
    """A library file that cannot be opened as it is."""


def _bind_none_and_bool_quickly() -> None:
    """Spare the driver a search for ``__conform__`` on each None and bool it binds.

    Python's sqlite3 binds int, float and str directly, but for any other value it
    first looks for an adapter, then for ``__adapt__`` and ``__conform__`` methods:
    twenty parameters a row, most of them None, cost more than SQLite's own insert.
    Registered adapters are found at once; these two bind exactly what the driver
    binds anyway (NULL, and 0 or 1). Process-wide, as the driver's registry is.
    """
    null = cast(Callable[[None], None], {}.get)  # {}.get(None) is None, in C
    sqlite3.register_adapter(type(None), null)
    sqlite3.register_adapter(bool, int)


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _bind_none_and_bool_quickly()

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA busy_timeout = 5000")
            if url != "sqlite://" and ":memory:" not in url:
                # a new file only (before WAL, the size is fixed): responses are rows of
                # half a kilobyte read and written by the million, and 16 KiB pages cut
                # the page handling of a bulk import and of a scan by about a third
                cursor.execute(f"PRAGMA page_size = {PAGE_SIZE}")
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.close()

    return engine


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest migration, read from the scripts (slow: for tests and tools)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _inspect_file(path: Path) -> tuple[int, int, bool, str | None]:
    """(user_version, application_id, has tables, Alembic revision) of a SQLite file."""
    with path.open("rb") as fh:
        header = fh.read(16)
    if header and header != SQLITE_HEADER:
        raise LibraryError(f"{path} is not a quizbuilder library (not an SQLite file)")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        user_version = con.execute("PRAGMA user_version").fetchone()[0]
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        revision = None
        if con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone():
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path} cannot be read as a library: {exc}") from None
    finally:
        con.close()
    return user_version, app_id, tables > 0, revision


def backup_copy(path: Path, schema: int) -> Path:
    """Copy the library with SQLite's online backup (consistent even in WAL mode)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.schema{schema}-{stamp}.backup{path.suffix}")
    source = sqlite3.connect(path)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def open_library(path: Path) -> Engine:
    """Open (creating if need be) the library at ``path``, migrated to this release."""
    path = Path(path)
    if path.is_dir():
        raise LibraryError(f"{path} is a folder, not a library file")
    existing = path.exists() and path.stat().st_size > 0
    revision = None
    if existing:
        user_version, app_id, has_tables, revision = _inspect_file(path)
        if has_tables and app_id != APPLICATION_ID:
            raise LibraryError(f"{path} is an SQLite file, but not a quizbuilder library")
        if user_version > SCHEMA_VERSION:
            raise LibraryError(
                f"{path} was written by a newer release of quizbuilder (library schema "
                f"{user_version}; this release reads up to {SCHEMA_VERSION}). "
                "Update quizbuilder to open it; the file was left untouched."
            )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        user_version, has_tables = 0, False
    if has_tables and user_version < SCHEMA_VERSION:
        backup_copy(path, user_version)
    engine = make_engine(f"sqlite:///{path}")
    if revision != HEAD_REVISION or user_version != SCHEMA_VERSION:
        migrate(engine)  # Alembic is imported only when there is work for it
        if has_tables and user_version < BLOCKS_SCHEMA:
            _make_blocks(engine)
    return engine


BLOCKS_SCHEMA = 6  # the schema that brought response blocks (migration 0006)


def _make_blocks(engine: Engine) -> None:
    """A library from before response blocks gets them once, as it is upgraded, from
    its stored rows (``store.blocks``; about 5 s a million responses): not in the
    migration, which must not depend on code that later releases change."""
    from quizbuilder.store.blocks import rebuild_blocks

    with engine.begin() as connection:
        items = connection.exec_driver_sql("SELECT id FROM item ORDER BY id").scalars().all()
        for item_id in items:
            rebuild_blocks(connection, item_id)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def default_library_path() -> Path:
    """``QUIZBUILDER_DB`` if set, else library.sqlite in the user's data folder."""
    env = os.environ.get("QUIZBUILDER_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("quizbuilder", appauthor=False) / "library.sqlite"
