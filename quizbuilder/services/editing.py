"""Authoring: drafts saved as the author types, and the items' own life (create, copy,
rename, delete and undo, campaigns, images).

An item's row holds its draft (``item.document``). The editor saves after every change,
also while the draft does not validate yet (a question half typed): a draft is kept if
it is JSON and names a known kind, and ``SaveResult`` says whether it is a valid
document. Export and publishing parse the draft, so an invalid one cannot leave the
library. Saving is one UPDATE in one transaction, over SQLAlchemy Core: no ORM object,
no re-reading, so that a keystroke reaches the file well within its 50 ms budget.

Renaming and campaigns change the draft's JSON in place, so that they also work on a
draft that does not validate. Deleting keeps, in memory, everything needed to put the
item back as it was (see ``DeletedItem``) while the application is open.
"""

from __future__ import annotations

import bisect
import heapq
import io
import json
import warnings
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, Table, func, insert, select, update
from sqlalchemy.sql.elements import ColumnElement

from quizbuilder.domain.content import ImageRef, Kind, Language
from quizbuilder.domain.errors import DocumentInvalid, Problem, QuizbuilderError
from quizbuilder.domain.hashing import canonical_json
from quizbuilder.domain.text import fold
from quizbuilder.domain.validation import document_data, parse_document
from quizbuilder.export.images import ImageUnreadable
from quizbuilder.paths import SEEDS
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.services.privacy import ErasedPeople, _neutralise_pseudonyms, erased_filter
from quizbuilder.store import items as store
from quizbuilder.store import packs
from quizbuilder.store.tables import Asset, Item, Response
from quizbuilder.store.types import UTCDateTime, utcnow

__all__ = [
    "DeletedItem",
    "DeletionInfo",
    "DemoTemplate",
    "DraftUnusable",
    "EditConflict",
    "SaveResult",
    "TitleEmpty",
    "campaigns",
    "delete",
    "deletion_info",
    "demo_templates",
    "duplicate",
    "find_by_uid",
    "image_data",
    "item_uid",
    "load_draft",
    "new_from",
    "new_from_demo",
    "new_item",
    "rename",
    "restore",
    "save_draft",
    "set_campaign",
    "store_image",
]

_item: Table = Item.__table__  # type: ignore[attr-defined]
_response: Table = Response.__table__  # type: ignore[attr-defined]
_asset: Table = Asset.__table__  # type: ignore[attr-defined]
MAX_SIDE = 1600
_CHUNK = 1000


class EditConflict(QuizbuilderError):
    """The item changed in the library since the editor read it (another window, the
    command line): saving would silently undo that change."""

    def __init__(self, item_id: int) -> None:
        super().__init__(
            f"item {item_id} was changed elsewhere since it was opened; "
            "close it and open it again to see the change"
        )


class DraftUnusable(QuizbuilderError):
    """A draft that cannot be kept at all: not JSON, or no known kind."""


class TitleEmpty(QuizbuilderError):
    def __init__(self) -> None:
        super().__init__("an item needs a title: type at least one letter")


# --- drafts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SaveResult:
    """What a save found: whether the draft is a valid document, and if not why.

    ``updated_at`` is the row's new stamp: pass it as ``expected`` to the next save to
    detect a change made meanwhile by someone else.
    """

    valid: bool
    problems: list[Problem]
    updated_at: datetime


def _draft_text(data: Mapping[str, Any]) -> tuple[Kind, str]:
    """The draft's kind and its canonical JSON, or ``DraftUnusable``."""
    if not isinstance(data, Mapping):
        raise DraftUnusable("a draft must be a JSON object")
    try:
        kind = Kind(str(data.get("kind")))
    except ValueError:
        known = ", ".join(k.value for k in Kind)
        raise DraftUnusable(
            f"a draft needs a known kind ({known}), not {data.get('kind')!r}"
        ) from None
    try:
        text = canonical_json(data)
    except (TypeError, ValueError) as exc:
        raise DraftUnusable(f"the draft cannot be written as JSON ({exc})") from None
    return kind, text


def _row_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """The item row's columns that follow the draft (the library list shows them)."""
    title = data.get("title")
    questions = data.get("questions")
    return {
        "title": title if isinstance(title, str) else "",
        "question_count": len(questions) if isinstance(questions, list) else 0,
    }


def save_draft(
    library: LibraryService,
    item_id: int,
    data: Mapping[str, Any],
    *,
    expected: datetime | None = None,
) -> SaveResult:
    """Keep ``data`` as the item's draft, valid or not, in one transaction.

    With ``expected`` (the ``updated_at`` of the last load or save), a draft changed
    meanwhile by someone else raises ``EditConflict`` instead of being overwritten.
    """
    kind, text = _draft_text(data)
    try:
        parse_document(data if isinstance(data, dict) else dict(data))
        problems: list[Problem] = []
    except DocumentInvalid as exc:
        problems = exc.problems
    now = utcnow()
    statement = (
        update(_item)
        .where(_item.c.id == item_id)
        .values(kind=kind.value, document=text, updated_at=now, **_row_fields(data))
    )
    if expected is not None:
        statement = statement.where(_item.c.updated_at == expected)
    with library.engine.begin() as connection:
        changed = connection.execute(statement).rowcount
        if not changed:
            exists = connection.execute(select(_item.c.id).where(_item.c.id == item_id)).first()
            raise EditConflict(item_id) if exists else ItemNotFound(item_id)
    return SaveResult(not problems, problems, now)


def _raw(connection: Connection, item_id: int) -> Any:
    row = connection.execute(
        select(_item.c.uid, _item.c.kind, _item.c.document, _item.c.updated_at).where(
            _item.c.id == item_id
        )
    ).first()
    if row is None:
        raise ItemNotFound(item_id)
    return row


def load_draft(library: LibraryService, item_id: int) -> dict[str, Any]:
    """The item's draft as the editor holds it: plain JSON data, valid or not."""
    with library.engine.connect() as connection:
        data = json.loads(_raw(connection, item_id).document)
    if not isinstance(data, dict):  # only a damaged file; the editor needs an object
        raise DraftUnusable(f"item {item_id}'s draft is not a JSON object")
    return data


def draft_stamp(library: LibraryService, item_id: int) -> datetime:
    """When the draft last changed: the ``expected`` of a first ``save_draft``."""
    with library.engine.connect() as connection:
        stamp: datetime = _raw(connection, item_id).updated_at
    return stamp


def _write_draft(connection: Connection, item_id: int, data: Mapping[str, Any]) -> None:
    kind, text = _draft_text(data)
    connection.execute(
        update(_item)
        .where(_item.c.id == item_id)
        .values(kind=kind.value, document=text, updated_at=utcnow(), **_row_fields(data))
    )


def _insert_draft(connection: Connection, data: Mapping[str, Any], uid: str | None = None) -> int:
    kind, text = _draft_text(data)
    now = utcnow()
    result = connection.execute(
        insert(_item).values(
            uid=uid or store.new_uid(),
            kind=kind.value,
            document=text,
            created_at=now,
            updated_at=now,
            **_row_fields(data),
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


# --- new items ------------------------------------------------------------------------

# The words of a new item's first question, in the item's own language (the document
# is what respondents read, so it follows the item's language, not the interface's).
_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "option": "Option {n}",
        "true": "Vrai",
        "false": "Faux",
        "outcome": "Profil {n}",
        "email": "Adresse e-mail",
        "copy": "copie",
    },
    "en": {
        "option": "Option {n}",
        "true": "True",
        "false": "False",
        "outcome": "Profile {n}",
        "email": "E-mail address",
        "copy": "copy",
    },
}


def _language(value: str) -> Language:
    try:
        return Language(value)
    except ValueError:
        known = ", ".join(x.value for x in Language)
        raise QuizbuilderError(f"unknown language {value!r} (choose one of {known})") from None


def _choice(words: dict[str, str], **extra: Any) -> dict[str, Any]:
    options = [{"id": f"o{n}", "label": words["option"].format(n=n)} for n in (1, 2)]
    return {"id": "q1", "type": "single_choice", "text": "", "options": options, **extra}


def starter_data(kind: Kind, *, title: str, language: str = "fr") -> dict[str, Any]:
    """The smallest useful document of ``kind``: valid, with a first question to fill.

    The question's text is left empty on purpose: the problems panel points at it, so
    the author knows where to start.
    """
    lang = _language(language)
    words = _WORDS[lang.value]
    data: dict[str, Any] = {"kind": kind.value, "title": title, "language": lang.value}
    if kind == Kind.POLL:
        data["questions"] = [_choice(words)]
    elif kind == Kind.KNOWLEDGE_QUIZ:
        question: dict[str, Any] = {
            "id": "q1",
            "type": "true_false",
            "text": "",
            "points": 1,
            "options": [
                {"id": "true", "label": words["true"], "fraction": 1},
                {"id": "false", "label": words["false"]},
            ],
        }
        data["questions"] = [question]
    elif kind == Kind.PERSONALITY_QUIZ:
        outcomes = [{"id": f"p{n}", "title": words["outcome"].format(n=n)} for n in (1, 2)]
        first = _choice(words)
        for option, outcome in zip(first["options"], outcomes, strict=True):
            option["weights"] = {outcome["id"]: 1}
        data["outcomes"] = outcomes
        data["questions"] = [first]
    elif kind == Kind.SURVEY:
        data["questions"] = [
            {"id": "q1", "type": "rating", "text": "", "scale": {"min": 1, "max": 5}}
        ]
    elif kind == Kind.CONTEST:
        data["questions"] = []
        data["lead_form"] = {
            "enabled": True,
            "position": "before_questions",
            "fields": [{"id": "email", "type": "email", "label": words["email"], "required": True}],
        }
        data["contest"] = {}
    return data


def new_item(library: LibraryService, kind: Kind | str, *, title: str, language: str = "fr") -> int:
    """Add a new item of ``kind`` (see ``starter_data``); return its id."""
    title = title.strip()
    if not title:
        raise TitleEmpty()
    try:
        kind = Kind(kind)
    except ValueError:
        raise QuizbuilderError(f"unknown kind of item {kind!r}") from None
    document = parse_document(starter_data(kind, title=title, language=language))
    return library.create_item(document)


def _copy_title(title: str, language: Any, taken: set[str]) -> str:
    """ "Quiz (copie)", then "Quiz (copie 2)"... : never the title of another item."""
    word = _WORDS.get(language if isinstance(language, str) else "fr", _WORDS["fr"])["copy"]
    candidate = f"{title} ({word})".strip()
    n = 2
    while candidate in taken:
        candidate = f"{title} ({word} {n})".strip()
        n += 1
    return candidate


def _titles(connection: Connection) -> set[str]:
    return set(connection.execute(select(_item.c.title)).scalars())


def new_from(library: LibraryService, item_id: int, *, title: str | None = None) -> int:
    """A new item with the draft of ``item_id`` (valid or not), a new uid and no
    responses; titled ``title`` or "<title> (copie)" / "(copy)" after its language."""
    with library.engine.begin() as connection:
        data = json.loads(_raw(connection, item_id).document)
        if title is not None and not title.strip():
            raise TitleEmpty()
        old = data.get("title") if isinstance(data.get("title"), str) else ""
        data["title"] = (
            title.strip()
            if title is not None
            else _copy_title(old, data.get("language"), _titles(connection))
        )
        return _insert_draft(connection, data)


def duplicate(library: LibraryService, item_id: int) -> int:
    """A copy of the item, campaign and tags included, without its responses."""
    return new_from(library, item_id)


@dataclass(frozen=True)
class DemoTemplate:
    """A demo item one can start from (read from the seeds, loaded or not)."""

    uid: str
    kind: Kind
    title: str
    questions: int
    path: Path


def demo_templates(seeds: Path = SEEDS) -> list[DemoTemplate]:
    from quizbuilder.formats.content_json import read_item_file

    found: list[DemoTemplate] = []
    for path in sorted((seeds / "items").glob("*.json")):
        for uid, document in read_item_file(path).entries:
            found.append(
                DemoTemplate(
                    uid or "", document.kind, document.title, len(document.questions), path
                )
            )
    return found


def new_from_demo(
    library: LibraryService, template: DemoTemplate, *, title: str | None = None
) -> int:
    """A new item from a demo item, with its images; the demo's campaign and tags are
    the fictitious agency's, so they are left out. A contest's entry quiz is kept only
    if that quiz is in this library."""
    from quizbuilder.formats.content_json import read_item_file

    item_file = read_item_file(template.path)
    document = next((d for uid, d in item_file.entries if uid == template.uid), None)
    if document is None:
        raise QuizbuilderError(f"the demo item {template.title!r} is no longer in {template.path}")
    data = document_data(document)
    data["campaign"], data["tags"] = "", []
    with library.engine.begin() as connection:
        contest = data.get("contest")
        if contest and contest.get("entry_item"):
            known = connection.execute(
                select(_item.c.id).where(_item.c.uid == contest["entry_item"])
            ).first()
            if known is None:
                contest["entry_item"] = None
        data["title"] = (
            title.strip()
            if title and title.strip()
            else _copy_title(document.title, document.language.value, _titles(connection))
        )
        used = {r.asset for r in document.image_refs()}
        for sha, asset in item_file.assets.items():
            if (
                sha in used
                and not connection.execute(
                    select(_asset.c.sha256).where(_asset.c.sha256 == sha)
                ).first()
            ):
                connection.execute(
                    insert(_asset).values(
                        sha256=sha,
                        media_type=asset.media_type,
                        data=asset.data,
                        created_at=utcnow(),
                    )
                )
        return _insert_draft(connection, data)


# --- rename, campaign -----------------------------------------------------------------


def _edit_raw(library: LibraryService, item_id: int, change: Any) -> None:
    with library.engine.begin() as connection:
        data = json.loads(_raw(connection, item_id).document)
        change(data)
        _write_draft(connection, item_id, data)


def rename(library: LibraryService, item_id: int, title: str) -> None:
    """Give the item a new title (also when its draft does not validate)."""
    title = title.strip()
    if not title:
        raise TitleEmpty()
    _edit_raw(library, item_id, lambda data: data.__setitem__("title", title))


def _clean_tags(tags: list[str]) -> list[str]:
    """Tags without blanks and without repeats (ignoring case), in the order given."""
    seen: set[str] = set()
    kept: list[str] = []
    for tag in tags:
        tag = " ".join(tag.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            kept.append(tag)
    return kept


def set_campaign(
    library: LibraryService, item_id: int, campaign: str, tags: list[str] | None = None
) -> None:
    """File the item under ``campaign`` (empty: none); ``tags`` replace the item's tags
    unless None."""
    campaign = " ".join(campaign.split())

    def change(data: dict[str, Any]) -> None:
        data["campaign"] = campaign
        if tags is not None:
            data["tags"] = _clean_tags(tags)

    _edit_raw(library, item_id, change)


def _documents(library: LibraryService) -> Iterator[dict[str, Any]]:
    with library.engine.connect() as connection:
        for text in connection.execute(select(_item.c.document)).scalars():
            data = json.loads(text)
            if isinstance(data, dict):
                yield data


def campaigns(library: LibraryService) -> tuple[list[str], list[str]]:
    """The campaigns and the tags used in the library, sorted: what to offer when
    filing an item, so that one campaign is not spelt two ways."""
    names: set[str] = set()
    tags: dict[str, str] = {}
    for data in _documents(library):
        if isinstance(data.get("campaign"), str) and data["campaign"].strip():
            names.add(data["campaign"].strip())
        for tag in data.get("tags") or []:
            if isinstance(tag, str) and tag.strip():
                tags.setdefault(tag.strip().casefold(), tag.strip())
    return sorted(names, key=_sort_key), sorted(tags.values(), key=_sort_key)


def _sort_key(text: str) -> tuple[str, str]:
    return fold(text), text


def item_uid(library: LibraryService, item_id: int) -> str:
    """The item's uid: what stays the same when a deleted item comes back."""
    with library.engine.connect() as connection:
        return str(_raw(connection, item_id).uid)


def find_by_uid(library: LibraryService, uid: str) -> int | None:
    """The id of the item known by ``uid``, if it is in the library."""
    with library.engine.connect() as connection:
        found = connection.execute(select(_item.c.id).where(_item.c.uid == uid)).scalar()
    return int(found) if found is not None else None


# --- delete and restore ---------------------------------------------------------------


# made from other rows, and made again by a restore (its rows go with the item's)
_DERIVED = {"response_block"}
# responses stored as columns: a deletion holds them as response rows, and so they return
_PACKED = {"response_pack"}


def _dependent_tables() -> list[Table]:
    """Every table whose rows belong to an item, directly or through another such
    table, parents before children (what a deletion takes away)."""
    included = {_item.name}
    tables: list[Table] = []
    for table in _item.metadata.sorted_tables:
        if table.name in included or table.name in _DERIVED | _PACKED:
            continue
        if any(fk.column.table.name in included for fk in table.foreign_keys):
            included.add(table.name)
            tables.append(table)
    return tables


def _belongs(table: Table, item_id: int) -> ColumnElement[bool]:
    """The rows of ``table`` that belong to the item."""
    if "item_id" in table.c:
        return table.c.item_id == item_id
    fk = next(fk for fk in table.foreign_keys if fk.column.table.name != _item.name)
    parent = fk.column.table
    return fk.parent.in_(select(fk.column).where(_belongs(parent, item_id)))


def _encode(column: Column[Any], value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _decode(column: Column[Any], value: Any) -> Any:
    if value is not None and isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(value)
    return value


@dataclass(frozen=True)
class DeletionInfo:
    """What deleting an item takes with it: for the confirmation."""

    title: str
    responses: int
    used_by: list[str] = field(default_factory=list)  # contests whose entries it holds


def deletion_info(library: LibraryService, item_id: int) -> DeletionInfo:
    with library.engine.connect() as connection:
        row = _raw(connection, item_id)
        data = json.loads(row.document)
        responses = _response_count(connection, item_id)
        users: list[str] = []
        for other in connection.execute(
            select(_item.c.document).where(_item.c.kind == Kind.CONTEST.value)
        ).scalars():
            contest = json.loads(other)
            if (contest.get("contest") or {}).get("entry_item") == row.uid:
                users.append(contest.get("title") or "")
    return DeletionInfo(data.get("title") or "", responses, users)


def _response_count(connection: Connection, item_id: int) -> int:
    stored = connection.execute(
        select(func.count()).select_from(_response).where(_response.c.item_id == item_id)
    ).scalar_one()
    return int(stored) + sum(packs.counts(connection, item_id=item_id).values())


@dataclass(frozen=True)
class DeletedItem:
    """Everything a deleted item had, to put it back while the application is open.

    Decision: a deletion takes the item's responses, funnel events, import batches,
    versions, channel reach and contest draws with it (the database cascades), and all
    of them come back on ``restore``, so that undoing a deletion loses nothing. They are
    held here compressed (JSON lines per table), not on disk; responses stored in packs
    are held, and come back, as rows (same ids and values). Images are not held:
    assets are shared by hash and never deleted with an item, so the document's
    references (``assets``) still resolve. A person erased between the deletion and the
    restore does not come back with it.
    """

    item_id: int
    uid: str
    kind: Kind
    title: str
    responses: int
    assets: tuple[str, ...]
    rows: dict[str, bytes] = field(repr=False)  # table name -> zlib(JSON lines)


def _snapshot(
    connection: Connection,
    table: Table,
    where: ColumnElement[bool],
    elsewhere: Iterator[Sequence[Any]] | None = None,
) -> bytes:
    """The rows of ``table`` in key order, with ``elsewhere`` (more of its rows, by id)
    among them: JSON lines, compressed."""
    packer = zlib.compressobj(6)
    out = io.BytesIO()
    order = list(table.primary_key.columns)
    found: Iterator[Sequence[Any]] = iter(
        connection.execute(select(table).where(where).order_by(*order))
    )
    if elsewhere is not None:
        found = heapq.merge(found, elsewhere, key=lambda row: int(row[0]))
    for row in found:
        values = [_encode(c, v) for c, v in zip(table.c, row, strict=True)]
        out.write(packer.compress(json.dumps(values, ensure_ascii=False).encode() + b"\n"))
    out.write(packer.flush())
    return out.getvalue()


def _packed_responses(connection: Connection, item_id: int) -> Iterator[tuple[Any, ...]]:
    """The item's packed responses as ``select(response)`` gives rows, in id order."""
    names = [c.name for c in _response.c]

    def same(value: Any) -> Any:
        return value

    dialect = connection.dialect
    types = [c.type.dialect_impl(dialect) for c in _response.c]
    typed = [t.result_processor(dialect, None) or same for t in types]
    for row in packs.rows(connection, names, item_id=item_id):
        yield tuple(convert(value) for convert, value in zip(typed, row, strict=True))


def _rows(table: Table, packed: bytes) -> Iterator[dict[str, Any]]:
    columns = list(table.c)
    for line in zlib.decompress(packed).splitlines():
        values = json.loads(line)
        yield {c.name: _decode(c, v) for c, v in zip(columns, values, strict=True)}


def delete(library: LibraryService, item_id: int) -> DeletedItem:
    """Delete the item and all that belongs to it, in one transaction; the result
    restores it (``restore``)."""
    with library.engine.begin() as connection:
        item_where = _item.c.id == item_id
        row = connection.execute(select(_item).where(item_where)).first()
        if row is None:
            raise ItemNotFound(item_id)
        rows = {_item.name: _snapshot(connection, _item, item_where)}
        for table in _dependent_tables():
            packed = _packed_responses(connection, item_id) if table is _response else None
            rows[table.name] = _snapshot(connection, table, _belongs(table, item_id), packed)
        responses = _response_count(connection, item_id)
        for table in reversed(_dependent_tables()):
            connection.execute(table.delete().where(_belongs(table, item_id)))
        connection.execute(_item.delete().where(item_where))  # its packs go (ON DELETE CASCADE)
    try:
        refs = tuple(
            sorted({r.asset for r in parse_document(json.loads(row.document)).image_refs()})
        )
    except (DocumentInvalid, ValueError):
        refs = ()
    return DeletedItem(item_id, row.uid, Kind(row.kind), row.title, responses, refs, rows)


def restore(library: LibraryService, deleted: DeletedItem) -> int:
    """Put a deleted item back with all it had; return its id.

    Its id and uid are kept unless another item took them meanwhile, and so are the
    ids of its rows; references between the rows follow any id that had to change.
    """
    tables = [_item, *_dependent_tables()]
    referenced = {fk.column.table.name for t in tables for fk in t.foreign_keys}
    new_ids: dict[str, dict[int, int]] = {}
    with library.engine.begin() as connection:
        erased = erased_filter(connection)
        gone: set[str] = set()  # entries of people erased since the deletion
        if erased and _response.name in deleted.rows:
            responses = _rows(_response, deleted.rows[_response.name])
            gone = {r["response_uid"] for r in _without_erased(list(responses), erased)[1]}
        for table in tables:
            packed = deleted.rows.get(table.name)
            if packed is None:
                continue
            rows = list(_rows(table, packed))
            for row in rows:
                for fk in table.foreign_keys:
                    moved = new_ids.get(fk.column.table.name)
                    if moved is not None and row[fk.parent.name] is not None:
                        row[fk.parent.name] = moved.get(row[fk.parent.name], row[fk.parent.name])
            if table is _item and _uid_taken(connection, deleted.uid):
                rows[0]["uid"] = store.new_uid()
            if table is _response and erased:
                rows = _without_erased(rows, erased)[0]
            if table.name == "contest_exclusion" and gone:
                rows = [r for r in rows if r["entry"] not in gone]
            new_ids[table.name] = _insert_rows(
                connection, table, rows, one_by_one=table.name in referenced
            )
        item_id = new_ids[_item.name][deleted.item_id]
        if gone:
            _neutralise_pseudonyms(connection, [_Entry(item_id, uid) for uid in sorted(gone)])
        from quizbuilder.store import blocks  # NumPy: not at the window's start

        blocks.rebuild_blocks(connection, item_id)  # the statistics' copy of its responses
    return item_id


def _uid_taken(connection: Connection, uid: str) -> bool:
    return connection.execute(select(_item.c.id).where(_item.c.uid == uid)).first() is not None


@dataclass(frozen=True)
class _Entry:
    item_id: int
    response_uid: str


def _without_erased(
    rows: list[dict[str, Any]], erased: ErasedPeople
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    kept, gone = [], []
    for row in rows:
        lead = json.loads(row["lead"]) if row.get("lead") else {}
        if erased.owns(row.get("email"), lead):
            gone.append(row)
            continue
        scrubbed = erased.scrub(lead)
        if scrubbed != lead:
            row["lead"] = json.dumps(scrubbed, ensure_ascii=False) if scrubbed else None
        kept.append(row)
    return kept, gone


def _insert_rows(
    connection: Connection, table: Table, rows: list[dict[str, Any]], *, one_by_one: bool
) -> dict[int, int]:
    """Insert ``rows``, keeping each one's id where it is free; old id -> new id."""
    pk = list(table.primary_key.columns)
    if len(pk) != 1 or pk[0].name != "id":
        for start in range(0, len(rows), _CHUNK):
            connection.execute(insert(table), rows[start : start + _CHUNK])
        return {}
    taken: set[int] = set()
    old = [r["id"] for r in rows]
    for start in range(0, len(old), 500):
        taken.update(
            connection.execute(select(table.c.id).where(table.c.id.in_(old[start : start + 500])))
            .scalars()
            .all()
        )
    if table is _response:
        taken.update(_reserved_by_packs(connection, old))
    moved: dict[int, int] = {}
    if one_by_one:
        for row in rows:
            values = dict(row)
            if values["id"] in taken:
                del values["id"]
            key = connection.execute(insert(table).values(**values)).inserted_primary_key
            assert key is not None
            moved[row["id"]] = int(key[0])
        return moved
    keep = [r for r in rows if r["id"] not in taken]
    renew = [{k: v for k, v in r.items() if k != "id"} for r in rows if r["id"] in taken]
    for group in (keep, renew):
        for start in range(0, len(group), _CHUNK):
            connection.execute(insert(table), group[start : start + _CHUNK])
    return moved


def _reserved_by_packs(connection: Connection, ids: list[int]) -> set[int]:
    """The ids within a pack's range: its rows have them, or had them (an erasure) and
    they stay unused."""
    wanted = sorted(ids)
    reserved: set[int] = set()
    for pack in packs.packs(connection):
        first = bisect.bisect_left(wanted, pack.first_id)
        reserved.update(wanted[first : bisect.bisect_right(wanted, pack.last_id)])
    return reserved


# --- images ---------------------------------------------------------------------------

_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp", "GIF": "image/gif"}


def _is_svg(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:4096])


def _resized(data: bytes, max_side: int) -> tuple[str, bytes, int, int]:
    """(media type, bytes, width, height) of the image at most ``max_side`` pixels on
    its longer side; the original bytes when they already fit."""
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as opened:
                opened.load()
                fmt = opened.format or ""
                w, h = opened.size
                if fmt in _FORMATS and getattr(opened, "is_animated", False):
                    # the frames would be lost; the embed keeps animations as they are
                    return _FORMATS[fmt], data, w, h
                oriented = opened.getexif().get(0x0112, 1) not in (1, None)
                if fmt in _FORMATS and max(w, h) <= max_side and not oriented:
                    return _FORMATS[fmt], data, w, h
                # too large, turned by its EXIF tag, or a format browsers do not show
                # (BMP, TIFF...): encoded afresh
                picture = ImageOps.exif_transpose(opened)
    except (OSError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageUnreadable(
            "this file is not an image that can be read (or it is far too large)"
        ) from None
    scale = min(1.0, max_side / max(picture.size))
    size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
    if size != picture.size:
        picture = picture.resize(size, Image.Resampling.LANCZOS)
    alpha = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
    out = io.BytesIO()
    if alpha or fmt not in ("JPEG", "WEBP"):
        picture.convert("RGBA" if alpha else "RGB").save(out, "PNG", optimize=True)
        media = "image/png"
    else:
        picture.convert("RGB").save(out, "JPEG", quality=88, optimize=True)
        media = "image/jpeg"
    return media, out.getvalue(), picture.width, picture.height


def store_image(
    library: LibraryService, path_or_bytes: Path | str | bytes, *, max_side: int = MAX_SIDE
) -> ImageRef:
    """Keep an image in the library, at most ``max_side`` pixels on its longer side,
    known by the SHA-256 of the stored bytes (the same image twice is stored once)."""
    import hashlib

    if isinstance(path_or_bytes, bytes):
        data = path_or_bytes
    else:
        try:
            data = Path(path_or_bytes).read_bytes()
        except OSError as exc:
            raise ImageUnreadable(f"{path_or_bytes}: {exc.strerror or exc}") from None
    if not data:
        raise ImageUnreadable("the image is empty")
    if _is_svg(data):
        media, width, height = "image/svg+xml", 0, 0
    else:
        media, data, width, height = _resized(data, max_side)
    digest = hashlib.sha256(data).hexdigest()
    with library.session() as s, s.begin():
        store.put_asset(s, sha256=digest, media_type=media, data=data, width=width, height=height)
    return ImageRef(asset=digest)


def image_data(library: LibraryService, asset: str) -> bytes | None:
    """The stored bytes of the image ``asset`` (a SHA-256), or None if the library lacks it."""
    with library.session() as s:
        found = store.get_assets(s, hashes=[asset]).get(asset)
        return None if found is None else bytes(found.data)
