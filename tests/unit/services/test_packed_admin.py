"""Looking after responses stored in packs (``store.packs``): listing, removing a batch
and rescoring give what they give on rows, and change the packs as they change rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from quizbuilder.domain.validation import parse_document
from quizbuilder.services.library import LibraryService
from quizbuilder.services.response_admin import (
    list_batches,
    list_responses,
    remove_batch,
    rescore,
)
from quizbuilder.services.response_import import import_responses
from quizbuilder.store import blocks, packs
from quizbuilder.store import items as store
from tests.helpers.packing import pack_all, packed_rows
from tests.unit.services.test_response_import import GOOGLE, QUIZ, write

# built in rows by the imports, then packed: each feature compared on both
pytestmark = pytest.mark.usefixtures("imports_write_rows")

UID = "0123456789abcdef0123456789abcdef"
# Léa's time in GOOGLE: ties with it are ordered by id
TIMES = [None, "2026-03-02T08:00:00Z", "2026-03-01T23:59:59.5Z", "2026-03-02T12:30:00Z"]
CHOICES = [{"nps": "a"}, {"nps": "b", "kpi": ["p", "x"]}, {"rgpd": "v", "taux": 5.3}, {}]


def responses_jsonl(n: int) -> str:
    """Responses of the quiz with every kind of submission time: none, tied, early."""
    lines = []
    for i in range(n):
        record: dict[str, Any] = {
            "type": "response",
            "item": UID,
            "id": f"r-{i:03d}",
            "completed": i % 5 != 0,
            "answers": CHOICES[i % len(CHOICES)],
        }
        if TIMES[i % len(TIMES)] is not None:
            record["submitted_at"] = TIMES[i % len(TIMES)]
        if i % 3:
            record["lead"] = {"email": f"p{i}@exemple.fr"}
        lines.append(json.dumps(record))
    return "\n".join(lines) + "\n"


def build(library: LibraryService, folder: Path) -> int:
    """The quiz with two batches: the three Google Forms responses and 30 of ours."""
    folder.mkdir(exist_ok=True)
    item_id = library.create_item(parse_document(QUIZ), uid=UID)
    import_responses(library, item_id, write(folder / "g.csv", GOOGLE))
    import_responses(library, item_id, write(folder / "r.jsonl", responses_jsonl(30)))
    return item_id


@pytest.fixture
def small_packs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Packs of 4 rows: a batch spans several packs, as a large import does."""
    monkeypatch.setattr(blocks, "PART_ROWS", 4)


@pytest.fixture
def twin(tmp_path: Path) -> Iterator[LibraryService]:
    """A second library, given the same responses: one keeps rows, the other packs."""
    other = LibraryService.open(tmp_path / "twin.sqlite")
    yield other
    other.close()


def stored(library: LibraryService) -> list[tuple[Any, ...]]:
    """Every stored response, in rows or in packs, as the driver reads it, by id."""
    columns = ("item_id", "batch_id", *packs.COLUMNS)
    with library.engine.connect() as connection:
        found = connection.exec_driver_sql(f"SELECT {', '.join(columns)} FROM response").all()
        found = [tuple(r) for r in found] + list(packs.rows(connection, columns))
    return sorted(found, key=lambda r: r[2])


def batch_ids(library: LibraryService, item_id: int) -> list[int]:
    return [b.id for b in list_batches(library, item_id)]


def test_batches_count_their_packed_responses(library, tmp_path, small_packs) -> None:
    item_id = build(library, tmp_path / "files")
    before = list_batches(library, item_id)
    assert [b.responses for b in before] == [3, 30]
    assert pack_all(library) == 33 and packed_rows(library) == 33
    assert list_batches(library, item_id) == before


@pytest.mark.parametrize("packed", ["all", "ours"])
def test_responses_are_listed_in_the_same_order_from_packs(
    library, tmp_path, small_packs, packed
) -> None:
    item_id = build(library, tmp_path / "files")
    limits = [None, 0, 1, 2, 3, 7, 15, 33, 50, -1]
    before = {limit: list_responses(library, item_id, limit) for limit in limits}
    assert before[None][0].submitted_at is None  # no time first, as SQLite sorts NULLs
    assert len(before[None]) == len(before[-1]) == 33 and len(before[7]) == 7
    if packed == "all":
        pack_all(library)
    else:
        with library.engine.begin() as connection:
            packs.pack_batch(connection, batch_ids(library, item_id)[1])
    assert packed_rows(library) == (30 if packed == "ours" else 33)
    after = {limit: list_responses(library, item_id, limit) for limit in limits}
    assert after == before
    for info in after[None]:
        assert isinstance(info.completed, bool)
        assert info.submitted_at is None or (
            isinstance(info.submitted_at, datetime) and info.submitted_at.utcoffset() is not None
        )


def test_removing_a_packed_batch_counts_and_removes_its_responses(
    library, twin, tmp_path, small_packs
) -> None:
    item_id = build(library, tmp_path / "a")
    assert build(twin, tmp_path / "b") == item_id
    pack_all(twin)
    assert stored(twin) == stored(library) and packed_rows(twin) == 33
    ours = batch_ids(library, item_id)[1]
    assert batch_ids(twin, item_id)[1] == ours

    assert remove_batch(twin, item_id, ours) == remove_batch(library, item_id, ours) == 30
    assert stored(twin) == stored(library) and len(stored(twin)) == 3
    with twin.engine.connect() as connection:
        assert packs.packs(connection, batch_ids=[ours]) == []
    assert packed_rows(twin) == 3
    assert [(b.id, b.responses) for b in list_batches(twin, item_id)] == [
        (b.id, b.responses) for b in list_batches(library, item_id)
    ]


def changed_key() -> Any:
    """The quiz with its first question's right answer swapped."""
    return parse_document(
        {
            **QUIZ,
            "questions": [
                {
                    **QUIZ["questions"][0],
                    "options": [
                        {"id": "a", "label": "Net Promoter Score", "fraction": 0},
                        {"id": "b", "label": "New Product Sales", "fraction": 1},
                    ],
                },
                *QUIZ["questions"][1:],
            ],
        }
    )


def block_contents(library: LibraryService, item_id: int) -> list[tuple[Any, ...]]:
    """What the statistics read of each batch: its ids and their answer codes."""
    with library.engine.connect() as connection:
        return [
            (b, block.ids.tolist(), block.digest, block.codes.tolist())
            for b, block in sorted(blocks.load_blocks(connection, item_id).items())
        ]


@pytest.mark.parametrize("packed", ["all", "ours"])
def test_rescoring_packed_responses_changes_what_it_changes_in_rows(
    library, twin, tmp_path, small_packs, packed
) -> None:
    item_id = build(library, tmp_path / "a")
    build(twin, tmp_path / "b")
    if packed == "all":
        pack_all(twin)
    else:
        with twin.engine.begin() as connection:
            packs.pack_batch(connection, batch_ids(twin, item_id)[1])
    assert packed_rows(twin) > 0
    for each in (library, twin):
        with each.session() as s, s.begin():
            store.update_item(s, item=store.get_item(s, item_id=item_id), document=changed_key())

    on_rows, on_packs = rescore(library, item_id), rescore(twin, item_id)
    assert on_packs.as_dict() == on_rows.as_dict()
    assert on_rows.responses == 33 and on_rows.changed > 0
    assert on_rows.changed_questions == ["nps: its answer key or points changed"]
    assert stored(twin) == stored(library)
    assert packed_rows(twin) == (33 if packed == "all" else 30)  # changed in place
    assert block_contents(twin, item_id) == block_contents(library, item_id) != []

    again = rescore(twin, item_id)
    assert (again.changed, again.changed_questions, again.responses) == (0, [], 33)
    assert stored(twin) == stored(library)
