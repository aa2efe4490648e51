"""The demo library: French items on social-media marketing and their responses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.formats.content_json import read_item_file
from quizbuilder.paths import SEEDS
from quizbuilder.services.library import LibraryService
from quizbuilder.services.responses import import_jsonl_into
from quizbuilder.store import items as store


@dataclass(frozen=True)
class DemoReport:
    items_added: list[int]
    items_present: int
    responses_added: int
    events_added: int

    def message(self) -> str:
        if not self.items_added and not self.responses_added:
            return "The demo is already in this library: nothing was added."
        return (
            f"Loaded the demo library: {len(self.items_added)} items, "
            f"{self.responses_added} responses, {self.events_added} funnel events."
        )


def load_demo(library: LibraryService, seeds: Path = SEEDS) -> DemoReport:
    """Add the demo items that are not in the library yet, then their responses.

    Items are known by their uid, so loading twice adds nothing. Each item's version is
    frozen, as if published, so that the responses point at the content they answered.
    """
    files = sorted((seeds / "items").glob("*.json"))
    if not files:
        raise QuizbuilderError(f"no demo items in {seeds / 'items'}")
    added: list[int] = []
    present = 0
    with library.session() as s, s.begin():
        for path in files:
            item_file = read_item_file(path)
            for sha, asset in item_file.assets.items():
                store.put_asset(s, sha256=sha, media_type=asset.media_type, data=asset.data)
            for uid, document in item_file.entries:
                if uid and store.uid_exists(s, uid=uid):
                    present += 1
                    continue
                item = store.add_item(s, document=document, uid=uid)
                store.freeze_version(s, item=item, document=document)
                assert item.id is not None
                added.append(item.id)
        responses = seeds / "responses.jsonl"
        report = import_jsonl_into(s, responses) if responses.exists() else None
        if report is not None and report.rejected:
            raise QuizbuilderError(f"the demo responses have errors: {report.rejected[0]}")
    return DemoReport(
        added, present, report.added if report else 0, report.events_added if report else 0
    )
