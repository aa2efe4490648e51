"""Response packs: a batch's rows stored as columns read back as the same rows, ids kept
and never given twice; migration 0007 makes the response table AUTOINCREMENT."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from quizbuilder.domain.validation import parse_document
from quizbuilder.services.library import LibraryService
from quizbuilder.store import blocks, packs
from quizbuilder.store import responses as rstore
from quizbuilder.store.engine import make_engine, migrate


@pytest.fixture
def item(library: LibraryService) -> int:
    question = {"id": "q", "type": "short_text", "text": "Q"}
    return library.create_item(
        parse_document({"kind": "poll", "title": "t", "questions": [question]})
    )


def batch_of(library: LibraryService, item: int, n: int, name: str = "f.csv") -> int:
    """A batch of ``n`` varied rows (NULLs, accents, a NUL, floats, dates), in rows."""
    start = datetime(2026, 3, 2, 8, tzinfo=UTC)
    with library.session() as s, s.begin():
        batch = rstore.add_batch(s, item_id=item, file_name=name, file_hash=name, source="t")
        rows = []
        for i in range(n):
            values: dict[str, object] = dict.fromkeys(rstore.RESPONSE_COLUMNS)
            values.update(
                item_id=item,
                batch_id=batch.id,
                response_uid=f"{name}-{i}",
                content_hash="h" * 64,
                source="google-forms" if i % 3 else None,
                variant="B" if i % 5 == 0 else None,
                campaign="été" if i % 2 else None,
                started_at=start + timedelta(seconds=i) if i % 4 else None,
                submitted_at=start + timedelta(seconds=i, microseconds=i) if i % 7 else None,
                completed=bool(i % 6),
                score=i / 3 if i % 8 else None,
                max_score=10.0,
                email=f"p{i}@exemple.fr" if i % 2 else None,
                answers='{"q": "Ça va \\u0000 ?"}' if i == 1 else '{"q": "x"}',
                lead='{"name": "Zoé"}' if i % 9 == 0 else None,
                answer_codes=f"#{'0' * 16}1" if i % 10 else None,
            )
            rows.append(tuple(values[c] for c in rstore.RESPONSE_COLUMNS))
        rstore.insert_response_rows(s, rows)
        return int(batch.id or 0)


def stored(library: LibraryService, sql_where: str = "") -> list[tuple[object, ...]]:
    columns = ", ".join(("item_id", "batch_id", *packs.COLUMNS))
    with library.engine.connect() as c:
        return [
            tuple(r)
            for r in c.exec_driver_sql(f"SELECT {columns} FROM response {sql_where} ORDER BY id")
        ]


def test_a_packed_batch_reads_back_as_its_rows_and_unpacks_to_them(library, item) -> None:
    batch = batch_of(library, item, 200)
    before = stored(library)
    with library.engine.begin() as c:
        assert packs.pack_batch(c, batch) == 200
    assert stored(library) == []  # the rows are gone: the pack is the record
    with library.engine.connect() as c:
        columns = ("item_id", "batch_id", *packs.COLUMNS)
        assert list(packs.rows(c, columns, item_id=item)) == before
        assert packs.counts(c) == {(item, batch): 200}
        [pack] = packs.packs(c, item_id=item)
        assert (pack.rows, pack.first_id, pack.last_id) == (200, before[0][2], before[-1][2])
        # some columns, some ids: as a query of them would give
        some = list(packs.rows(c, ("response_uid", "score"), ids=[before[5][2], before[9][2]]))
        assert some == [(before[5][3], before[5][13]), (before[9][3], before[9][13])]
    with library.engine.begin() as c:
        assert packs.unpack(c, item_id=item) == 200
    assert stored(library) == before
    with library.engine.connect() as c:
        assert packs.packs(c) == []


def test_packing_keeps_the_batch_s_blocks_for_the_statistics(library, item) -> None:
    batch = batch_of(library, item, 30)
    with library.engine.begin() as c:
        blocks.rebuild_blocks(c, item)
        before = c.exec_driver_sql("SELECT data FROM response_block").scalars().all()
        packs.pack_batch(c, batch)
        assert packs.pack_batch(c, batch) == 0  # nothing left in rows
    with library.engine.connect() as c:
        after = c.exec_driver_sql("SELECT data FROM response_block").scalars().all()
        assert after == before and before
        assert batch in blocks.load_blocks(c, item)  # still taken as matching its rows


def test_large_batch_is_packed_in_parts(library, item, monkeypatch) -> None:
    monkeypatch.setattr(blocks, "PART_ROWS", 64)
    batch = batch_of(library, item, 150)
    before = stored(library)
    with library.engine.begin() as c:
        packs.pack_batch(c, batch)
    with library.engine.connect() as c:
        assert [p.rows for p in packs.packs(c)] == [64, 64, 22]
        assert list(packs.rows(c, ("item_id", "batch_id", *packs.COLUMNS))) == before


def test_ids_a_pack_holds_are_never_given_to_a_row(library, item) -> None:
    first = batch_of(library, item, 10, "a.csv")
    with library.engine.begin() as c:
        packs.pack_batch(c, first)
        # the packed ids were the table's last: SQLite would give max(id) + 1 again
        assert c.exec_driver_sql("SELECT count(*) FROM response").scalar() == 0
    batch_of(library, item, 5, "b.csv")
    with library.engine.connect() as c:
        packed = {r[0] for r in packs.rows(c, ("id",))}
        rows = set(c.exec_driver_sql("SELECT id FROM response").scalars())
    assert len(rows) == 5 and not packed & rows and min(rows) > max(packed)
    with library.engine.begin() as c:
        start = packs.reserve_ids(c, 100)
        assert start > max(rows)
        assert packs.reserve_ids(c, 1) == start + 100


def test_a_row_that_would_not_fit_a_column_is_refused_by_build() -> None:
    with pytest.raises(ValueError, match="response_uid"):
        packs.build({"id": [1], "response_uid": [3.5]}, 1)
    with pytest.raises(ValueError, match="2 values for 1 rows"):
        packs.build({"id": [1, 2]}, 1)


def test_read_refuses_what_is_not_a_pack() -> None:
    with pytest.raises(ValueError, match="not a response pack"):
        packs.read(b"QBRB....")
    with pytest.raises(ValueError, match="no column"):
        packs.read(packs.build({"id": [1]}, 1), ["nope"])


def test_migration_0007_keeps_rows_and_ids_and_adds_autoincrement(tmp_path) -> None:
    path = tmp_path / "lib.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine, "0006")
    with engine.begin() as c:
        c.exec_driver_sql(
            "INSERT INTO item (id, uid, kind, title, question_count, document, created_at, "
            "updated_at) VALUES (1, 'u', 'poll', 't', 0, '{}', '2026-01-01', '2026-01-01')"
        )
        for rid in (3, 7):
            c.exec_driver_sql(
                "INSERT INTO response (id, item_id, response_uid, completed, answers) "
                "VALUES (?, 1, ?, 1, '{}')",
                (rid, f"r{rid}"),
            )
        c.exec_driver_sql("DELETE FROM response WHERE id = 7")  # 7 was given once
    migrate(engine)
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'response'").fetchone()[0]
        assert "AUTOINCREMENT" in sql
        names = {
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'response'")
        }
        assert {
            "response_block_stale_on_delete",
            "response_block_stale_on_update",
            "uq_response_item_uid",
            "ix_response_email",
        } <= names
        assert con.execute("SELECT id, response_uid FROM response").fetchall() == [(3, "r3")]
        con.execute(
            "INSERT INTO response (item_id, response_uid, completed, answers) "
            "VALUES (1, 'n', 1, '{}')"
        )
        assert con.execute("SELECT max(id) FROM response").fetchone()[0] == 4
    finally:
        con.close()


def test_blocks_of_a_packed_batch_are_made_again_from_its_packs(library, item) -> None:
    batch = batch_of(library, item, 40)
    with library.engine.begin() as c:
        blocks.rebuild_blocks(c, item)
        before = blocks.load_blocks(c, item)[batch]
        packs.pack_batch(c, batch)
        blocks.drop_block(c, item_id=item, batch_id=batch)
        assert blocks.rebuild_blocks(c, item) == 1
        after = blocks.load_blocks(c, item)[batch]
    assert after.ids.tolist() == before.ids.tolist()
    assert after.when.tolist() == before.when.tolist()
    assert after.codes.tolist() == before.codes.tolist()
    assert after.person.tolist() == before.person.tolist()
    assert after.tables == before.tables


def test_packed_rows_are_deleted_and_changed_by_id(library, item, monkeypatch) -> None:
    monkeypatch.setattr(blocks, "PART_ROWS", 8)
    batch = batch_of(library, item, 20)
    with library.engine.begin() as c:
        blocks.rebuild_blocks(c, item)
    before = stored(library)
    ids = [r[2] for r in before]
    with library.engine.begin() as c:
        packs.pack_batch(c, batch)
        # the whole second part, and one row of the third
        assert packs.delete_ids(c, [*ids[8:16], ids[17], 10**9]) == 9
        assert (
            packs.set_values(c, {ids[0]: {"lead": None, "score": 2.5}, 10**9: {"lead": "x"}}) == 1
        )
        with pytest.raises(ValueError, match="nope"):
            packs.set_values(c, {ids[1]: {"nope": 1}})
        assert c.exec_driver_sql("SELECT count(*) FROM response_block").scalar() == 0
        assert blocks.rebuild_blocks(c, item) == 1
        assert (
            sorted(blocks.load_blocks(c, item)[batch].ids.tolist())
            == ids[:8] + ids[16:17] + ids[18:]
        )
    expected = [*before[1:8], before[16], *before[18:]]
    with library.engine.connect() as c:
        got = list(packs.rows(c, ("item_id", "batch_id", *packs.COLUMNS)))
        assert [p.rows for p in packs.packs(c)] == [8, 3]
    assert got[1:] == expected
    assert got[0][13] == 2.5 and got[0][18] is None and got[0][:13] == before[0][:13]


def test_build_stores_a_bool_as_the_driver_stores_it() -> None:
    table = packs.read(packs.build({"id": [1, 2], "completed": [True, False]}, 2))
    assert table["completed"].to_pylist() == [1, 0]
    table = packs.read(packs.build({"id": [1, 2], "completed": True}, 2))
    assert table["completed"].to_pylist() == [1, 1]
