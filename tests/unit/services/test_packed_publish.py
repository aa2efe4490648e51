"""A poll's votes known at export count the responses stored in packs (``store.packs``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizbuilder.domain.content import Kind
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import LibraryService
from quizbuilder.services.publish import export_embed, poll_results
from tests.helpers.packing import pack_all, packed_rows
from tests.unit.services.test_publish import page_json

# built in rows by the imports, then packed: each feature compared on both
pytestmark = pytest.mark.usefixtures("imports_write_rows")


def test_the_votes_of_a_packed_poll_are_those_of_its_rows(
    library: LibraryService, tmp_path: Path
) -> None:
    load_demo(library)
    poll = next(row.id for row in library.list_items() if row.kind == Kind.POLL)
    before = poll_results(library, poll)
    assert sum(before["q_format"].values()) > 0
    pack_all(library)
    assert packed_rows(library) > 0
    assert poll_results(library, poll) == before
    export_embed(library, poll, tmp_path / "poll.html")
    payload = page_json((tmp_path / "poll.html").read_text(encoding="utf-8"))
    assert payload["results"] == before
