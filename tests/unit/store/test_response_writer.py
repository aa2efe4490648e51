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
from quizbuilder.store import blocks, packs
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


def test_a_duplicate_response_id_in_rows_undoes_everything(library, item) -> None:
    before = response_indexes(library.path)
    with pytest.raises(IntegrityError), library.session() as s, s.begin():
        writer = rstore.ResponseWriter(s)
        writer.write([row(item, "same", None, None), row(item, "same", None, None)])
        writer.finish()
    assert response_indexes(library.path) == before and set(before) == INDEXES
    con = sqlite3.connect(library.path)
    assert con.execute("SELECT count(*) FROM response").fetchone() == (0,)
    con.close()


def test_rows_of_one_batch_are_packed_with_their_block(library, item) -> None:
    start = datetime(2026, 3, 2, 8, tzinfo=UTC)
    with library.session() as s, s.begin():
        batch = rstore.add_batch(s, item_id=item, file_name="f", file_hash="h", source="t")
        writer = rstore.ResponseWriter(s)
        written = [
            tuple(
                batch.id if c == "batch_id" else v
                for c, v in zip(rstore.RESPONSE_COLUMNS, r, strict=True)
            )
            for r in (row(item, f"r{i}", start + timedelta(minutes=i), None) for i in range(10))
        ]
        writer.write(written)
        writer.write_columns(
            20,
            {
                "item_id": item,
                "batch_id": batch.id,
                "answers": "{}",
                "response_uid": [f"s{i}" for i in range(20)],
                "completed": True,
            },
        )
        writer.finish()
        connection = s.connection()
        assert connection.exec_driver_sql("SELECT count(*) FROM response").scalar() == 0
        stored = list(packs.rows(connection, ("response_uid", "submitted_at", "completed")))
        [pack] = packs.packs(connection)
        assert blocks.load_blocks(connection, item)[batch.id].ids.tolist() == list(
            range(pack.first_id, pack.last_id + 1)
        )
    assert [u for u, _, _ in stored] == [f"r{i}" for i in range(10)] + [f"s{i}" for i in range(20)]
    assert stored[3][1] == reference_text(start + timedelta(minutes=3))
    assert {c for _, _, c in stored} == {1}


def test_a_writer_refuses_rows_of_another_batch(library, item) -> None:
    with pytest.raises(ValueError, match="one batch"), library.session() as s, s.begin():
        first = rstore.add_batch(s, item_id=item, file_name="a", file_hash="a", source="t")
        other = rstore.add_batch(s, item_id=item, file_name="b", file_hash="b", source="t")
        writer = rstore.ResponseWriter(s)
        writer.write_columns(
            1,
            {
                "item_id": item,
                "batch_id": first.id,
                "response_uid": ["x"],
                "answers": "{}",
                "completed": True,
            },
        )
        writer.write_columns(
            1,
            {
                "item_id": item,
                "batch_id": other.id,
                "response_uid": ["y"],
                "answers": "{}",
                "completed": True,
            },
        )


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
