"""The items' response counts (the library list, an item's details) count the responses
stored in packs (``store.packs``) as those in rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quizbuilder.services.library import LibraryService
from quizbuilder.services.responses import import_jsonl
from quizbuilder.store import items as store
from quizbuilder.store import packs
from tests.helpers.documents import document
from tests.helpers.packing import pack_all, packed_rows

# built in rows by the imports, then packed: each feature compared on both
pytestmark = pytest.mark.usefixtures("imports_write_rows")


def import_responses(library: LibraryService, path: Path, uid: str, ids: list[str]) -> None:
    lines = [
        {
            "type": "response",
            "item": uid,
            "id": rid,
            "answers": {"q1": "a"},
            "submitted_at": "2026-11-05T10:00:00Z",
        }
        for rid in ids
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert import_jsonl(library, path).added == len(ids)


def pack_first_batch(library: LibraryService) -> int:
    with library.engine.begin() as connection:
        first = connection.exec_driver_sql("SELECT min(id) FROM import_batch").scalar_one()
        return packs.pack_batch(connection, first)


def stored_rows(library: LibraryService) -> int:
    with library.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT count(*) FROM response").scalar_one()


def counts(library: LibraryService, item_ids: list[int]) -> tuple[Any, ...]:
    """Every count the library gives: the list's, each item's and the store's."""
    listed = {summary.id: summary.responses for summary in library.list_items()}
    details = [library.item(item_id).summary.responses for item_id in item_ids]
    with library.session() as s:
        return listed, details, store.response_counts(s)


def test_item_counts_include_packed_responses(library: LibraryService, tmp_path: Path) -> None:
    quiz = library.create_item(document("knowledge_quiz"))
    other = library.create_item(document("knowledge_quiz"))
    poll = library.create_item(document("poll"))
    uid, other_uid = (library.item(i).summary.uid for i in (quiz, other))
    import_responses(library, tmp_path / "first.jsonl", uid, ["a1", "a2", "a3"])
    import_responses(library, tmp_path / "second.jsonl", uid, ["b1", "b2"])
    import_responses(library, tmp_path / "other.jsonl", other_uid, ["c1"])
    items = [quiz, other, poll]
    on_rows = counts(library, items)
    assert on_rows == ({quiz: 5, other: 1, poll: 0}, [5, 1, 0], {quiz: 5, other: 1})

    assert pack_first_batch(library) == 3 and stored_rows(library) == 3
    assert counts(library, items) == on_rows  # in rows and in packs
    pack_all(library)
    assert packed_rows(library) == 6 and stored_rows(library) == 0
    assert counts(library, items) == on_rows
