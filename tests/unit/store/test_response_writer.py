"""The bulk writer of responses: indexes dropped for a large batch, rebuilt, all or nothing.

And migration 0004, which turned the (item, response id) constraint into a named
unique index so that it can be dropped.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from quizbuilder.domain.validation import parse_document
from quizbuilder.services.library import LibraryService
from quizbuilder.store import responses as rstore
from quizbuilder.store.engine import make_engine, migrate, open_library

INDEXES = {
    "ix_response_batch_id",
    "ix_response_email",
    "ix_response_item_submitted",
    "uq_response_item_uid",
}


def response_indexes(path: Path) -> dict[str, str]:
    con = sqlite3.connect(path)
    try:
        return dict(
            con.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'response'"
            ).fetchall()
        )
    finally:
        con.close()


def row(item: int, uid: str, when: datetime | None, email: str | None) -> tuple[object, ...]:
    values: dict[str, object] = dict.fromkeys(rstore.RESPONSE_COLUMNS)
    values.update(
        item_id=item,
        response_uid=uid,
        source="test",
        submitted_at=rstore._sqlite_datetime(when),
        completed=True,
        email=email,
        answers="{}",
    )
    return tuple(values[c] for c in rstore.RESPONSE_COLUMNS)


@pytest.fixture
def item(library: LibraryService) -> int:
    question = {"id": "q", "type": "short_text", "text": "Q"}
    return library.create_item(
        parse_document({"kind": "poll", "title": "t", "questions": [question]})
    )


def test_a_large_batch_is_written_without_indexes_then_they_are_rebuilt(
    library, item, monkeypatch
) -> None:
    monkeypatch.setattr(rstore, "BULK_MIN_ROWS", 100)
    before = response_indexes(library.path)
    assert set(before) == INDEXES
    start = datetime(2026, 3, 2, 8, tzinfo=UTC)
    with library.session() as s, s.begin():
        writer = rstore.ResponseWriter(s)
        writer.write([row(item, f"r{i}", start + timedelta(minutes=i), None) for i in range(60)])
        assert not writer.indexes_dropped  # 60 rows: below the threshold
        writer.write([row(item, f"s{i}", start, f"p{i}@x.fr") for i in range(60)])
        assert writer.indexes_dropped
        names = {
            r[0]
            for r in s.connection().exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE tbl_name = 'response'"
            )
        }
        assert names & INDEXES == set()  # gone, inside the transaction
        raw = s.connection().connection.dbapi_connection
        statements: list[str] = []
        raw.set_trace_callback(statements.append)
        writer.finish()
        raw.set_trace_callback(None)
        # the indexes built by SQLite's sorter on helper threads, then the setting restored
        creates = [k for k, sql in enumerate(statements) if sql.startswith("CREATE")]
        assert len(creates) == len(INDEXES)
        threads = statements.index(f"PRAGMA threads = {rstore.SORT_THREADS}")
        assert threads < creates[0] and statements[creates[-1] + 1] == "PRAGMA threads = 0"
        assert s.connection().exec_driver_sql("PRAGMA threads").scalar() == 0
    assert response_indexes(library.path) == before  # the very same definitions
    con = sqlite3.connect(library.path)
    assert con.execute("SELECT count(*) FROM response").fetchone() == (120,)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        con.execute(
            "INSERT INTO response (item_id, response_uid, completed, answers) "
            "VALUES (?, 'r7', 1, '{}')",
            (item,),
        )
    plan = con.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM response WHERE email = 'p3@x.fr'"
    ).fetchall()
    assert "ix_response_email" in str(plan)
    con.close()


def test_a_small_batch_into_a_large_table_keeps_its_indexes(library, item, monkeypatch) -> None:
    monkeypatch.setattr(rstore, "BULK_MIN_ROWS", 10)
    with library.session() as s, s.begin():
        writer = rstore.ResponseWriter(s)
        writer.write([row(item, f"a{i}", None, None) for i in range(50)])
        writer.finish()
    with library.session() as s, s.begin():
        writer = rstore.ResponseWriter(s)  # 50 rows already: 20 more is small
        writer.write([row(item, f"b{i}", None, None) for i in range(20)])
        assert not writer.indexes_dropped
        writer.finish()
        writer = rstore.ResponseWriter(s, expected_rows=80)  # announced as large
        writer.write([row(item, "c0", None, None)])
        assert writer.indexes_dropped
        writer.finish()
    assert set(response_indexes(library.path)) == INDEXES


def test_a_duplicate_found_at_the_rebuild_undoes_everything(library, item, monkeypatch) -> None:
    monkeypatch.setattr(rstore, "BULK_MIN_ROWS", 1)
    before = response_indexes(library.path)
    with pytest.raises(IntegrityError), library.session() as s, s.begin():
        writer = rstore.ResponseWriter(s)
        writer.write([row(item, "same", None, None), row(item, "same", None, None)])
        assert writer.indexes_dropped
        writer.finish()
    assert response_indexes(library.path) == before
    con = sqlite3.connect(library.path)
    assert con.execute("SELECT count(*) FROM response").fetchone() == (0,)
    con.close()


def reference_text(moment: datetime) -> str:
    m = moment.astimezone(UTC)
    return m.strftime("%Y-%m-%d %H:%M:%S.") + f"{m.microsecond:06d}"


def _stored(path: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        names = ", ".join(rstore.RESPONSE_COLUMNS)
        return con.execute(f"SELECT {names} FROM response ORDER BY id").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize(
    "same",
    [
        {"source": "l'école; DROP TABLE response; --", "completed": True, "max_score": 2 / 3},
        {"source": "x" * 300, "completed": False, "max_score": 0.1, "variant": "B"},
        {"source": "nul\x00inside", "completed": 1, "max_score": 10.0, "content_hash": None},
    ],
)
def test_values_the_same_in_every_row_are_stored_as_given(tmp_path, same) -> None:
    """Texts and integers that every row shares go into the statement itself: the rows
    are those that binding each value gives (quotes, long texts, a NUL, a float, None)."""
    stored = []
    for how in ("columns", "rows"):
        library = LibraryService.open(tmp_path / f"{how}.sqlite")
        item = library.create_item(
            parse_document(
                {
                    "kind": "poll",
                    "title": "t",
                    "questions": [{"id": "q", "type": "short_text", "text": "Q"}],
                }
            )
        )
        values = {"item_id": item, "content_hash": "h" * 64, "answers": "{}", **same}
        uids = [f"u{k}" for k in range(5)]
        with library.session() as s, s.begin():
            writer = rstore.ResponseWriter(s)
            if how == "columns":
                writer.write_columns(5, {**values, "response_uid": uids})
                writer.write_columns(1, {**values, "response_uid": "alone"})  # nothing varies
            else:
                names = rstore.RESPONSE_COLUMNS
                writer.write(
                    [
                        tuple({**values, "response_uid": u}.get(n) for n in names)
                        for u in [*uids, "alone"]
                    ]
                )
            writer.finish()
        library.close()
        stored.append(_stored(tmp_path / f"{how}.sqlite"))
    assert len(stored[0]) == 6 and stored[0] == stored[1]
    source = rstore.RESPONSE_COLUMNS.index("source")
    assert stored[0][0][source] == same["source"]


def test_stored_dates_are_the_utc_text_sqlalchemy_writes() -> None:
    rng = random.Random(5)
    for _ in range(5000):
        zone = timezone(timedelta(minutes=rng.choice([0, 60, -300, 330, 345, -570, 780])))
        moment = datetime(
            rng.randint(1900, 2100),
            rng.randint(1, 12),
            rng.randint(1, 28),
            rng.randint(0, 23),
            rng.randint(0, 59),
            rng.randint(0, 59),
            rng.choice([0, 0, 999_999, 1]),
            tzinfo=zone,
        )
        assert rstore._sqlite_datetime(moment) == reference_text(moment), moment
    assert rstore._sqlite_datetime(None) is None


def test_migration_0004_keeps_the_responses_and_their_uniqueness(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    old = make_engine(f"sqlite:///{path}")
    migrate(old, "0003")
    with old.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO item (uid, kind, title, question_count, document, created_at, "
            "updated_at) VALUES ('abc', 'poll', 't', 1, '{}', '2026-01-01', '2026-01-01')"
        )
        for uid in ("r1", "r2"):
            con.exec_driver_sql(
                "INSERT INTO response (item_id, response_uid, completed, answers, email) "
                "VALUES (1, ?, 1, '{\"q\": 1}', 'a@x.fr')",
                (uid,),
            )
    old.dispose()
    assert "sqlite_autoindex_response_1" in response_indexes(path)

    open_library(path).dispose()

    assert set(response_indexes(path)) == INDEXES
    con = sqlite3.connect(path)
    assert con.execute("SELECT response_uid, answers FROM response ORDER BY id").fetchall() == [
        ("r1", '{"q": 1}'),
        ("r2", '{"q": 1}'),
    ]
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        con.execute(
            "INSERT INTO response (item_id, response_uid, completed, answers) "
            "VALUES (1, 'r1', 1, '{}')"
        )
    con.close()


def test_a_new_library_has_large_pages_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    from quizbuilder.store.engine import PAGE_SIZE

    open_library(tmp_path / "new.sqlite").dispose()
    old = tmp_path / "old.sqlite"
    con = sqlite3.connect(old)
    con.execute("PRAGMA page_size = 4096")
    con.execute("CREATE TABLE t (x)")  # the size is fixed by the first table
    con.close()
    engine = make_engine(f"sqlite:///{old}")
    engine.connect().close()  # opened again: it keeps its pages
    engine.dispose()

    sizes = {}
    for path in (tmp_path / "new.sqlite", old):
        con = sqlite3.connect(path)
        sizes[path.name] = con.execute("PRAGMA page_size").fetchone()[0]
        con.close()
    assert sizes == {"new.sqlite": PAGE_SIZE, "old.sqlite": 4096}
    assert PAGE_SIZE == 16384
