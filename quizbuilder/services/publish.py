"""Publishing an item: the embed file, its preview, and the tag that shows it elsewhere.

Exporting an embed freezes the item's version (responses carry its content hash),
gathers its images from the library and, for a poll that shows its results, the votes
known so far; the renderer in ``export.embed`` does the rest. The file is written whole
or not at all.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from quizbuilder.atomic import write_atomically
from quizbuilder.domain.content import CHOICE_TYPES, ItemDocument, Kind
from quizbuilder.domain.hashing import content_hash
from quizbuilder.export.embed import (
    EmbedOptions,
    EmbedOptionsInvalid,
    EmbedSource,
    render_embed,
)
from quizbuilder.export.embed import iframe_tag as _iframe_tag
from quizbuilder.export.images import ImageData
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.store import items as store
from quizbuilder.store import packs
from quizbuilder.store.tables import Response

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlmodel import Session

    from quizbuilder.store.tables import Item

__all__ = [
    "EmbedOptions",
    "EmbedOptionsInvalid",
    "EmbedResult",
    "embed_html",
    "export_embed",
    "iframe_tag",
    "poll_results",
]


@dataclass(frozen=True)
class EmbedResult:
    """What an export wrote: where, which version, and how heavy it is."""

    path: Path
    item_id: int
    uid: str
    content_hash: str
    bytes: int
    gzip_bytes: int
    images: int
    mode: str
    snippet: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "item_id": self.item_id,
            "uid": self.uid,
            "content_hash": self.content_hash,
            "bytes": self.bytes,
            "gzip_bytes": self.gzip_bytes,
            "images": self.images,
            "mode": self.mode,
            "snippet": self.snippet,
        }


def _poll_results(s: Session, item_id: int, document: ItemDocument) -> dict[str, dict[str, int]]:
    """Votes per option of each choice question, from every response in the library."""
    if document.kind != Kind.POLL or not document.settings.show_results:
        return {}
    questions = {
        q.id: {o.id for o in q.options} for q in document.questions if q.type in CHOICE_TYPES
    }
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for text in _answers(s.connection(), item_id):
        try:
            answers = json.loads(text)
        except (TypeError, ValueError):
            continue
        if not isinstance(answers, dict):
            continue
        for qid, options in questions.items():
            value = answers.get(qid)
            chosen = value if isinstance(value, list) else [value]
            for option in {c for c in chosen if isinstance(c, str)} & options:
                counts[qid][option] += 1
    return {qid: dict(c) for qid, c in sorted(counts.items())}


def _answers(connection: Connection, item_id: int) -> Iterator[str]:
    """The answers of every response of the item, stored as rows or in packs."""
    table = Response.__table__  # type: ignore[attr-defined]
    yield from connection.execute(
        select(table.c.answers).where(table.c.item_id == item_id)
    ).scalars()
    for _, packed in packs.tables(connection, ["answers"], item_id=item_id):
        yield from packed["answers"].to_pylist()


def _source(s: Session, item: Item, document: ItemDocument, digest: str) -> EmbedSource:
    assert item.id is not None
    hashes = [r.asset for r in document.image_refs()]
    images = {
        sha: ImageData(a.media_type, a.data)
        for sha, a in store.get_assets(s, hashes=hashes).items()
    }
    return EmbedSource(document, item.uid, digest, images, _poll_results(s, item.id, document))


def _item(s: Session, item_id: int) -> Item:
    item = store.get_item(s, item_id=item_id)
    if item is None:
        raise ItemNotFound(item_id)
    return item


def export_embed(
    library: LibraryService,
    item_id: int,
    path: Path,
    options: EmbedOptions | None = None,
) -> EmbedResult:
    """Write the item's embed to ``path`` and freeze the version it shows."""
    options = options or EmbedOptions()
    with library.session() as s, s.begin():
        item = _item(s, item_id)
        document = store.item_document(item)
        options.check(document)
        version = store.freeze_version(s, item=item, document=document)
        source = _source(s, item, document, version.content_hash)
    html = render_embed(source, options)
    data = html.encode("utf-8")
    write_atomically(Path(path), data)
    return EmbedResult(
        path=Path(path),
        item_id=item_id,
        uid=source.uid,
        content_hash=source.content_hash,
        bytes=len(data),
        gzip_bytes=len(gzip.compress(data, 9)),
        images=len(source.images),
        mode=options.mode,
        snippet=options.snippet,
    )


def embed_html(
    library: LibraryService,
    item_id: int,
    options: EmbedOptions | None = None,
    document: ItemDocument | None = None,
) -> str:
    """The embed as HTML, for a preview: nothing is frozen or written.

    ``document`` previews an edited draft that is not saved yet (the editor's), with
    the item's images; by default the item's current draft. Pass ``mode="none"`` in the
    options so that a preview records nothing.
    """
    options = options or EmbedOptions()
    with library.session() as s:
        item = _item(s, item_id)
        document = document if document is not None else store.item_document(item)
        source = _source(s, item, document, content_hash(document))
    return render_embed(source, options)


def iframe_tag(library: LibraryService, item_id: int, src_url: str, *, height: int = 640) -> str:
    """The HTML to paste into a page to show the embed published at ``src_url``."""
    with library.session() as s:
        item = _item(s, item_id)
        return _iframe_tag(src_url, uid=item.uid, title=item.title, height=height)


def poll_results(library: LibraryService, item_id: int) -> dict[str, dict[str, int]]:
    """The votes the embed of this poll would show before the visitor's own."""
    with library.session() as s:
        item = _item(s, item_id)
        assert item.id is not None
        return _poll_results(s, item.id, store.item_document(item))
