"""Deleting an item whose responses are in packs (``store.packs``) takes them, counts
them, and its undo brings every one of them back."""

from __future__ import annotations

from typing import Any

import pytest

from quizbuilder.services import editing
from quizbuilder.services.library import LibraryService
from quizbuilder.store import blocks, packs
from tests.helpers.packing import pack_all, packed_rows
from tests.unit.services.test_editing import demo_contest, dump
from tests.unit.services.test_packed_admin import stored

# where a response is stored changes with the undo (packs come back as rows)
# built in rows by the imports, then packed: each feature compared on both
pytestmark = pytest.mark.usefixtures("imports_write_rows")


STORAGE = ("response", "response_pack", "response_block")


def others(library: LibraryService) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table that does not hold responses."""
    return {name: rows for name, rows in dump(library).items() if name not in STORAGE}


def test_deletion_counts_the_packed_responses(library: LibraryService) -> None:
    contest_id, _ = demo_contest(library)
    before = editing.deletion_info(library, contest_id)
    assert before.responses > 0
    pack_all(library)
    assert packed_rows(library) > 0
    with library.engine.connect() as connection:
        assert packs.counts(connection, item_id=contest_id)
    assert editing.deletion_info(library, contest_id) == before


def test_delete_takes_the_packs_and_restore_brings_every_response_back(
    library: LibraryService,
) -> None:
    contest_id, _ = demo_contest(library)
    count = editing.deletion_info(library, contest_id).responses
    pack_all(library)
    responses, rest = stored(library), others(library)
    mine = [r for r in responses if r[0] == contest_id]
    assert len(mine) == count and packed_rows(library) == len(responses)

    deleted = editing.delete(library, contest_id)
    assert deleted.responses == count
    assert [r for r in stored(library) if r[0] == contest_id] == []
    with library.engine.connect() as connection:
        assert packs.packs(connection, item_id=contest_id) == []
    assert packed_rows(library) == len(responses) - count  # the other items keep theirs

    assert editing.restore(library, deleted) == contest_id
    assert stored(library) == responses  # the same ids and values, now as rows
    assert others(library) == rest
    with library.engine.connect() as connection:
        block_ids = sorted(
            i for b in blocks.load_blocks(connection, contest_id).values() for i in b.ids.tolist()
        )
    assert block_ids == [r[2] for r in mine]  # the statistics' copy is made again


def test_a_restored_response_does_not_take_an_id_a_pack_holds(library: LibraryService) -> None:
    contest_id, _ = demo_contest(library)
    pack_all(library)
    responses = stored(library)
    mine = [r for r in responses if r[0] == contest_id]
    deleted = editing.delete(library, contest_id)
    taken = [r[2] for r in mine[:3]]
    with library.engine.begin() as connection:
        # another item's pack over the deleted ids: none is free any more
        item_id, batch_id = connection.exec_driver_sql(
            "SELECT item_id, id FROM import_batch ORDER BY id LIMIT 1"
        ).one()
        columns = {"id": taken, "response_uid": [f"x{i}" for i in taken], "answers": "{}"}
        packs.add(
            connection,
            item_id=item_id,
            batch_id=batch_id,
            part=99,
            data=packs.build(columns, len(taken)),
            rows=len(taken),
            first_id=taken[0],
            last_id=taken[-1],
        )
    assert editing.restore(library, deleted) == contest_id
    after = [r for r in stored(library) if r[0] == contest_id]
    assert len(after) == len(mine)
    assert {r[3] for r in after} == {r[3] for r in mine}  # every response, by its uid
    moved = {r[3]: r[2] for r in after}
    assert all(moved[r[3]] != r[2] and moved[r[3]] > max(r[2] for r in responses) for r in mine[:3])
    assert all(moved[r[3]] == r[2] for r in mine[3:])
    ids = [r[2] for r in stored(library)]
    assert len(ids) == len(set(ids))
