"""Opening libraries: pragmas, migrations, backups, and files we must refuse."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine
from sqlmodel import Session, SQLModel, select

from quizbuilder.domain.content import ItemDocument
from quizbuilder.domain.hashing import canonical_json
from quizbuilder.domain.validation import document_data
from quizbuilder.store import items as store
from quizbuilder.store.engine import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    LibraryError,
    current_revision,
    default_library_path,
    head_revision,
    make_engine,
    migrate,
    open_library,
)
from quizbuilder.store.tables import Item
from tests.helpers.documents import document


def pragma(path: Path, name: str) -> object:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        con.close()


def old_library_with_a_poll(path: Path, revision: str) -> tuple[Engine, ItemDocument]:
    """A library migrated only up to ``revision``, holding one poll (item 1)."""
    old = make_engine(f"sqlite:///{path}")
    migrate(old, revision)
    poll = document("poll")
    with old.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO item (uid, kind, title, question_count, document, created_at, "
            "updated_at) VALUES ('abc', 'poll', ?, 1, ?, '2026-01-01', '2026-01-01')",
            (poll.title, canonical_json(document_data(poll))),
        )
    return old, poll


def test_new_library_is_current_wal_and_marked(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "lib.sqlite"
    engine = open_library(path)
    assert current_revision(engine) == head_revision()
    engine.dispose()
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert pragma(path, "application_id") == APPLICATION_ID
    assert pragma(path, "journal_mode") == "wal"
    assert list(tmp_path.joinpath("sub").glob("*.backup*")) == []  # nothing to back up


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    engine = open_library(tmp_path / "lib.sqlite")
    with engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with pytest.raises(Exception, match="FOREIGN KEY"):
            con.exec_driver_sql(
                "INSERT INTO item_version (item_id, content_hash, document, created_at) "
                "VALUES (999, 'x', '{}', '2026-01-01')"
            )
    engine.dispose()


def test_migrations_build_exactly_the_tables_of_the_code(tmp_path: Path) -> None:
    engine = open_library(tmp_path / "lib.sqlite")
    with engine.connect() as con:
        diff = compare_metadata(
            MigrationContext.configure(con, opts={"compare_type": True}), SQLModel.metadata
        )
    engine.dispose()
    assert diff == []


def test_previous_schema_is_backed_up_then_migrated_keeping_data(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    old, poll = old_library_with_a_poll(path, "0001")  # as the first release wrote it
    old.dispose()
    assert pragma(path, "user_version") == 1

    engine = open_library(path)

    assert current_revision(engine) == head_revision()
    with Session(engine) as s:
        item = s.exec(select(Item)).one()
        assert store.item_document(item) == poll
    engine.dispose()
    [backup] = tmp_path.glob("lib.schema1-*.backup.sqlite")
    assert pragma(backup, "user_version") == 1  # the copy is the file as it was
    con = sqlite3.connect(backup)
    assert con.execute("SELECT title FROM item").fetchall() == [(poll.title,)]
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'response'").fetchone() == (
        0,
    )
    con.close()


def test_a_library_from_before_blocks_gets_them_as_it_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    old, _ = old_library_with_a_poll(path, "0005")  # the release before response blocks
    with old.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO import_batch (item_id, file_name, file_hash, source, added, "
            "duplicates, rejected, created_at) VALUES (1, 'a.csv', 'h', 'csv', 3, 0, 0, "
            "'2026-01-01')"
        )
        con.exec_driver_sql(
            "INSERT INTO response (item_id, batch_id, response_uid, completed, answers, "
            "submitted_at) VALUES (1, 1, 'r1', 1, '{}', '2026-03-02 10:00:00.000000'), "
            "(1, 1, 'r2', 0, '{}', NULL), (1, 1, 'r3', 1, '{}', '2026-03-03 11:00:00.000000')"
        )
    old.dispose()

    engine = open_library(path)

    with engine.connect() as con:
        blocks = con.exec_driver_sql("SELECT batch_id, rows, first_id, last_id FROM response_block")
        assert blocks.all() == [(1, 3, 1, 3)]
    engine.dispose()


def test_library_from_a_newer_release_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    open_library(path).dispose()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer release of quizbuilder") as caught:
        open_library(path)
    assert f"schema {SCHEMA_VERSION + 1}" in str(caught.value)
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*.backup*")) == []


def test_other_files_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("hello, this is not a database at all")
    with pytest.raises(LibraryError, match="not an SQLite file"):
        open_library(text)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(LibraryError, match="not a quizbuilder library"):
        open_library(other)
    with pytest.raises(LibraryError, match="folder"):
        open_library(tmp_path)


def test_default_path_follows_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _isolated_home: Path
) -> None:
    default = default_library_path()
    assert default.name == "library.sqlite"
    assert str(default).startswith(str(_isolated_home))  # the user's data folder, isolated
    monkeypatch.setenv("QUIZBUILDER_DB", str(tmp_path / "chosen.sqlite"))
    assert default_library_path() == tmp_path / "chosen.sqlite"


def test_head_revision_constant_matches_the_migration_scripts() -> None:
    from quizbuilder.store.engine import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_reopening_a_current_library_runs_no_migration(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "lib.sqlite"
    open_library(path).dispose()
    import quizbuilder.store.engine as engine_module

    def refuse(*args, **kwargs):
        raise AssertionError("migrate() called on a current library")

    monkeypatch.setattr(engine_module, "migrate", refuse)
    open_library(path).dispose()
