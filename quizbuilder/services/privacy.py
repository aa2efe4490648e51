"""A person's data: find it by e-mail, export it, erase it on request; purge expired data.

Erasure deletes the person's response rows rather than anonymising them. A row is not
only its e-mail: free-text answers, "other" texts and the row's id (for Google Forms, a
hash of the row's cells, e-mail included) can point back to them, and a response counts
in a contest draw through its row alone, so keeping an "anonymous" row would keep them
in the draw. The statistics lose one response, which is what the person asked for.
Expiry (``purge_expired``) is different: nobody asked to be forgotten, the item's
retention period simply ran out, so the personal fields go and the answers stay for the
statistics.

An erased e-mail is kept only as ``sha256(salt + e-mail)``, with a random salt stored in
the library (``library_meta``), so that imports can skip that person without the
library holding their address or a hash that a list of addresses would reverse.

After an erasure or a purge the library file is checkpointed and vacuumed, so that the
removed bytes are neither in free pages of the file nor in its write-ahead log. Responses
stored in packs (``store.packs``) are found, erased and purged like rows: their pack is
written again without the data, and the old one goes the way of a deleted row.
Backup copies made before a migration are separate files: ``backup_copies`` lists
them, and the person using the app decides what to do with them.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections import namedtuple
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import reduce
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.exc import OperationalError

from quizbuilder.atomic import write_atomically
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.services.library import LibraryService
from quizbuilder.store import packs
from quizbuilder.store.tables import (
    ContestDraw,
    ContestExclusion,
    Erasure,
    ImportBatch,
    Item,
    LibraryMeta,
    Response,
)
from quizbuilder.store.types import utcnow

FORMAT = "quizbuilder-personal-data"
FORMAT_VERSION = 1
SALT_KEY = "erasure_salt"
ERASED_REASON = "this person's data was erased at their request"

# What a response's context may keep after its item's retention period: where people
# came from (channels, not people), how the page was shown, and what it measured for
# the statistics. Anything else (an IP address, a user agent, a field some tool added)
# goes.
KEPT_CONTEXT = frozenset(
    {
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_content",
        "utm_term",
        "referrer_host",
        "lang",
        "placement",
        "durations_ms",
        "question_order",
        "timed_out",
        "extensions",
        "other",  # the "other" answers typed in: answers, kept like the rest
    }
)

_response = Response.__table__  # type: ignore[attr-defined]
_item = Item.__table__  # type: ignore[attr-defined]
_exclusion = ContestExclusion.__table__  # type: ignore[attr-defined]
_erasure = Erasure.__table__  # type: ignore[attr-defined]
_meta = LibraryMeta.__table__  # type: ignore[attr-defined]
_draw = ContestDraw.__table__  # type: ignore[attr-defined]
_batch = ImportBatch.__table__  # type: ignore[attr-defined]


class NotAnEmail(QuizbuilderError):
    def __init__(self, value: str) -> None:
        super().__init__(f"{value.strip()!r} is not an e-mail address (name@example.org)")


def normalise_email(value: str) -> str:
    """Trimmed and in lower case, as the imports store it (inner spaces collapsed too)."""
    return " ".join(value.split()).lower()


def checked_email(value: str) -> str:
    """The normalised address, or ``NotAnEmail`` for text that cannot be one."""
    email = normalise_email(value)
    local, at, domain = email.partition("@")
    if not (local and at and domain) or " " in email or len(email) > 320:
        raise NotAnEmail(value)
    return email


def email_hash(salt: str, email: str) -> str:
    """What an erasure keeps of an address: SHA-256 of the salt and the normalised address."""
    return hashlib.sha256((salt + email).encode("utf-8")).hexdigest()


# --- what is held -------------------------------------------------------------------------


@dataclass(frozen=True)
class HeldExclusion:
    entry: str
    reason: str
    created_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {"entry": self.entry, "reason": self.reason, "at": self.created_at.isoformat()}


@dataclass(frozen=True)
class HeldResponse:
    """One response of the person, as stored."""

    id: str
    email: str | None
    submitted_at: datetime | None
    started_at: datetime | None
    completed: bool
    variant: str | None
    score: float | None
    max_score: float | None
    outcome: str | None
    answers: dict[str, Any]
    lead: dict[str, Any]
    consents: list[dict[str, Any]]
    context: dict[str, Any]
    draws: list[int]  # the contest draws whose certificate names this entry

    @property
    def has_lead(self) -> bool:
        return bool(self.lead or self.email)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "email": self.email,
            "started_at": _iso(self.started_at),
            "submitted_at": _iso(self.submitted_at),
            "completed": self.completed,
            "variant": self.variant,
            "score": self.score,
            "max_score": self.max_score,
            "outcome": self.outcome,
            "answers": self.answers,
            "lead": self.lead,
            "consents": self.consents,
            "context": self.context,
            "draws": self.draws,
        }


@dataclass(frozen=True)
class ItemHeld:
    """What one item holds about the person."""

    id: int
    uid: str
    kind: str
    title: str
    responses: list[HeldResponse]
    exclusions: list[HeldExclusion]
    questions: dict[str, Any] = field(default_factory=dict)  # the answered questions' texts

    @property
    def leads(self) -> int:
        return sum(1 for r in self.responses if r.has_lead)

    @property
    def consents(self) -> int:
        return sum(len(r.consents) for r in self.responses)

    def counts(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uid": self.uid,
            "kind": self.kind,
            "title": self.title,
            "responses": len(self.responses),
            "leads": self.leads,
            "consents": self.consents,
            "exclusions": len(self.exclusions),
            "response_ids": [r.id for r in self.responses],
        }


@dataclass(frozen=True)
class PersonData:
    """Everything the library holds about one e-mail address."""

    email: str
    items: list[ItemHeld]
    erased_before: bool = False  # the address is on the erasure list already
    mentions: int = 0  # other people's responses whose lead names this address

    @property
    def responses(self) -> int:
        return sum(len(i.responses) for i in self.items)

    @property
    def leads(self) -> int:
        return sum(i.leads for i in self.items)

    @property
    def consents(self) -> int:
        return sum(i.consents for i in self.items)

    @property
    def exclusions(self) -> int:
        return sum(len(i.exclusions) for i in self.items)

    def is_empty(self) -> bool:
        return not self.items and not self.mentions

    def summary(self) -> dict[str, Any]:
        """Counts only, per item (``privacy find --json``: an API)."""
        return {
            "email": self.email,
            "erased_before": self.erased_before,
            "responses": self.responses,
            "leads": self.leads,
            "consents": self.consents,
            "exclusions": self.exclusions,
            "mentions": self.mentions,
            "items": [i.counts() for i in self.items],
        }

    def document(self, exported_at: datetime) -> dict[str, Any]:
        """The export: everything held, readable without quizbuilder."""
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "exported_at": exported_at.isoformat(),
            "email": self.email,
            "items": [
                {
                    "id": i.id,
                    "uid": i.uid,
                    "kind": i.kind,
                    "title": i.title,
                    "questions": i.questions,
                    "responses": [r.as_dict() for r in i.responses],
                    "exclusions": [e.as_dict() for e in i.exclusions],
                }
                for i in self.items
            ],
            "mentions": self.mentions,
        }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _loads(text: str | None, default: Any) -> Any:
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def _lead_names(lead: Any, email: str) -> bool:
    return isinstance(lead, dict) and any(
        isinstance(v, str) and normalise_email(v) == email for v in lead.values()
    )


def _like_pattern(email: str) -> str:
    escaped = email.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _candidates(connection: Connection, email: str) -> list[Any]:
    """Rows whose e-mail is this one, or whose lead mentions it (confirmed in Python),
    packed ones too, by item, then submission (none first), then id.

    LIKE is case-blind for ASCII only, and the imports store the e-mail column already
    normalised; a lead that spells the address with other non-ASCII capitals is missed.
    """
    t = _response
    found = list(
        connection.execute(
            select(t)
            .where(
                or_(
                    t.c.email == email,
                    func.lower(func.trim(t.c.email)) == email,
                    t.c.lead.like(_like_pattern(email), escape="\\"),
                )
            )
            .order_by(t.c.item_id, t.c.submitted_at, t.c.id)
        )
    )
    packed = _packed_candidates(connection, email)
    if not packed:
        return found
    # the stored dates are text of one width: their order is the instants' order
    return sorted(
        [*found, *packed],
        key=lambda r: (r.item_id, r.submitted_at is not None, r.submitted_at, r.id),
    )


_COLUMNS = [c.name for c in _response.columns]
# a packed response as ``select(Response)`` gives a row: the columns by name, typed
_PackedRow: Any = namedtuple("_PackedRow", _COLUMNS)  # type: ignore[misc]


def _packed_candidates(connection: Connection, email: str) -> list[Any]:
    """The packed rows that :func:`_candidates`' query would find, by SQLite's rules:
    ``lower`` and LIKE fold ASCII letters only, ``trim`` takes off spaces only, and the
    escaped pattern matches the address as a plain substring."""
    import pyarrow.compute as pc

    needle = email.encode("utf-8").lower().decode("utf-8")  # bytes fold ASCII only
    found: dict[int, list[int]] = {}
    for pack, table in packs.tables(connection, ("id", "email", "lead")):
        stored = table["email"]
        matches = pc.or_kleene(
            pc.or_kleene(
                pc.equal(stored, email),
                pc.equal(pc.ascii_lower(pc.utf8_trim(stored, characters=" ")), email),
            ),
            pc.match_substring(pc.ascii_lower(table["lead"]), needle),
        )
        ids = table["id"].filter(matches).to_pylist()  # a NULL condition keeps no row
        if ids:
            found.setdefault(pack.batch_id, []).extend(ids)
    if not found:
        return []
    dialect = connection.dialect
    convert = [
        _response.c[c].type.dialect_impl(dialect).result_processor(dialect, None) for c in _COLUMNS
    ]
    rows = packs.rows(
        connection,
        _COLUMNS,
        batch_ids=sorted(found),
        ids=[i for ids in found.values() for i in ids],
    )
    return [
        _PackedRow(*(f(v) if f else v for f, v in zip(convert, row, strict=True))) for row in rows
    ]


def _split(rows: list[Any], email: str) -> tuple[list[Any], list[Any]]:
    """(the person's own responses, other people's responses whose lead names them).

    A response is the person's when its e-mail is theirs, or when it has no e-mail and
    its lead holds theirs; a lead that names them beside someone else's e-mail (a
    referral, a "friend" field) is that someone else's response.
    """
    own, mentions = [], []
    for row in rows:
        named = _lead_names(_loads(row.lead, {}), email)
        mine = normalise_email(row.email) == email if row.email else named
        if mine:
            own.append(row)
        elif named:
            mentions.append(row)
    return own, mentions


def _is_erased(connection: Connection, email: str) -> bool:
    salt = connection.execute(select(_meta.c.value).where(_meta.c.key == SALT_KEY)).scalar()
    if salt is None:
        return False
    digest = email_hash(salt, email)
    found = connection.execute(select(_erasure.c.id).where(_erasure.c.email_hash == digest))
    return found.first() is not None


def _questions(document: str, answered: set[str]) -> dict[str, Any]:
    """The texts of the questions the person answered, so that the export reads alone."""
    data = _loads(document, {})
    texts: dict[str, Any] = {}
    for q in data.get("questions", []) if isinstance(data, dict) else []:
        if isinstance(q, dict) and q.get("id") in answered:
            texts[q["id"]] = {
                "text": q.get("text", ""),
                "options": {o.get("id"): o.get("label", "") for o in q.get("options", [])},
            }
    return texts


def _collect(connection: Connection, email: str) -> tuple[PersonData, list[Any], list[Any]]:
    """The person's data, with their raw rows and the rows that only mention them."""
    own, mentions = _split(_candidates(connection, email), email)
    by_item: dict[int, list[Any]] = {}
    for row in own:
        by_item.setdefault(row.item_id, []).append(row)
    items = []
    if by_item:
        item_rows = connection.execute(
            select(_item.c.id, _item.c.uid, _item.c.kind, _item.c.title, _item.c.document).where(
                _item.c.id.in_(sorted(by_item))
            )
        ).all()
        certificates = connection.execute(
            select(_draw.c.id, _draw.c.item_id, _draw.c.certificate).where(
                _draw.c.item_id.in_(sorted(by_item))
            )
        ).all()
        for item in sorted(item_rows, key=lambda i: i.id):
            rows = by_item[item.id]
            entries = {r.response_uid for r in rows}
            exclusions = connection.execute(
                select(_exclusion.c.entry, _exclusion.c.reason, _exclusion.c.created_at)
                .where(_exclusion.c.item_id == item.id, _exclusion.c.entry.in_(sorted(entries)))
                .order_by(_exclusion.c.id)
            ).all()
            draws = [d for d in certificates if d.item_id == item.id]
            responses = [_held(r, draws) for r in rows]
            answered = {qid for r in responses for qid in r.answers}
            items.append(
                ItemHeld(
                    item.id,
                    item.uid,
                    item.kind,
                    item.title,
                    responses,
                    [HeldExclusion(*e) for e in exclusions],
                    _questions(item.document, answered),
                )
            )
    person = PersonData(email, items, _is_erased(connection, email), len(mentions))
    return person, own, mentions


def _held(row: Any, draws: Sequence[Any]) -> HeldResponse:
    quoted = json.dumps(row.response_uid)
    lead = _loads(row.lead, {})
    consents = _loads(row.consents, [])
    context = _loads(row.context, {})
    return HeldResponse(
        id=row.response_uid,
        email=row.email,
        submitted_at=row.submitted_at,
        started_at=row.started_at,
        completed=row.completed,
        variant=row.variant,
        score=row.score,
        max_score=row.max_score,
        outcome=row.outcome,
        answers=_loads(row.answers, {}),
        lead=lead if isinstance(lead, dict) else {},
        consents=consents if isinstance(consents, list) else [],
        context=context if isinstance(context, dict) else {},
        draws=[d.id for d in draws if quoted in d.certificate],
    )


def find_person(library: LibraryService, email: str) -> PersonData:
    """Everything held about ``email`` (normalised: trimmed, lower case), across items."""
    address = checked_email(email)
    with library.engine.connect() as connection:
        return _collect(connection, address)[0]


def export_person(library: LibraryService, email: str, path: Path) -> PersonData:
    """Write what is held about ``email`` as one JSON document (whole or not at all).

    With nothing held the document is still written: it is the answer to the request.
    """
    person = find_person(library, email)
    text = json.dumps(person.document(utcnow()), ensure_ascii=False, indent=2) + "\n"
    try:
        write_atomically(Path(path), text.encode("utf-8"))
    except OSError as exc:
        raise QuizbuilderError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return person


# --- erasure ------------------------------------------------------------------------------


class ErasedPeople:
    """Says whether an e-mail is one that was erased; the imports skip such rows."""

    def __init__(self, salt: str | None, hashes: Iterable[str]) -> None:
        self._salt = salt or ""
        self._hashes = frozenset(hashes)

    def __bool__(self) -> bool:
        return bool(self._hashes)

    def __call__(self, value: str | None) -> bool:
        if not self._hashes or not value or "@" not in value:
            return False
        return email_hash(self._salt, normalise_email(value)) in self._hashes

    def any_of(self, values: Iterable[str | None]) -> bool:
        return bool(self._hashes) and any(self(v) for v in values)

    def owns(self, email: str | None, lead: Mapping[str, str]) -> bool:
        """Whether a row is an erased person's: by its e-mail, else by its lead (the
        rule ``find_person`` follows)."""
        return self(email) if email else self.any_of(lead.values())

    def scrub(self, lead: dict[str, str]) -> dict[str, str]:
        """Another person's lead without the erased addresses it names (a referrer)."""
        if not self._hashes or not any(self(v) for v in lead.values()):
            return lead
        return {k: v for k, v in lead.items() if not self(v)}


def erased_filter(connection: Connection) -> ErasedPeople:
    """The erased people of the library, read through the caller's connection (so that
    an import inside a transaction sees the erasures committed before it)."""
    salt = connection.execute(select(_meta.c.value).where(_meta.c.key == SALT_KEY)).scalar()
    if salt is None:
        return ErasedPeople(None, ())
    return ErasedPeople(salt, connection.execute(select(_erasure.c.email_hash)).scalars())


def _salt(connection: Connection) -> str:
    salt = connection.execute(select(_meta.c.value).where(_meta.c.key == SALT_KEY)).scalar()
    if salt is None:
        salt = secrets.token_hex(32)
        connection.execute(insert(_meta).values(key=SALT_KEY, value=salt))
    return str(salt)


@dataclass(frozen=True)
class ErasureReport:
    removed: PersonData  # what was there, now gone
    compacted: bool  # False: another program held the file; erase again to compact it
    backups: list[Path]  # copies made before migrations, which may still hold the person


def erase_person(library: LibraryService, email: str) -> ErasureReport:
    """Erase ``email`` everywhere, in one transaction, then compact the file.

    Their responses go (leads, consents and contest entries with them), and the
    exclusions of those entries; draw certificates keep their entry ids with a neutral
    pseudonym; other people's leads that name the address lose that field. The address
    stays only as a salted hash, so that a later import skips it. Erasing an address
    that holds nothing still records the hash: the request stands.
    """
    address = checked_email(email)
    with library.engine.connect() as connection:
        previous = None
        try:
            with connection.begin():
                if connection.dialect.name == "sqlite":
                    # deleted cells are zeroed, also in the pages the log holds meanwhile
                    previous = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
                    connection.exec_driver_sql("PRAGMA secure_delete = ON")
                # The first write takes the write lock: what is found next cannot change
                # under us, and an import that follows sees the hash.
                salt = _salt(connection)
                digest = email_hash(salt, address)
                known = connection.execute(
                    select(_erasure.c.id).where(_erasure.c.email_hash == digest)
                ).first()
                if not known:
                    connection.execute(
                        insert(_erasure).values(email_hash=digest, created_at=utcnow())
                    )
                person, own, mentions = _collect(connection, address)
                person = replace(person, erased_before=known is not None)
                _neutralise_pseudonyms(connection, own)
                _delete(connection, own)
                _scrub_mentions(connection, mentions, address)
                from quizbuilder.store import blocks  # NumPy: not at the window's start

                for item_id in sorted({r.item_id for r in [*own, *mentions]}):
                    blocks.rebuild_blocks(connection, item_id)  # the statistics' copy, without them
        finally:
            if previous is not None:  # a connection setting: back as the pool gave it
                connection.exec_driver_sql(f"PRAGMA secure_delete = {int(previous)}")
    compacted = compact(library.engine)
    return ErasureReport(person, compacted, backup_copies(library.path))


def _delete(connection: Connection, rows: list[Any]) -> None:
    for item_id in sorted({r.item_id for r in rows}):
        entries = sorted(r.response_uid for r in rows if r.item_id == item_id)
        connection.execute(
            delete(_exclusion).where(
                _exclusion.c.item_id == item_id, _exclusion.c.entry.in_(entries)
            )
        )
    ids = [r.id for r in rows]
    for start in range(0, len(ids), 500):
        connection.execute(delete(_response).where(_response.c.id.in_(ids[start : start + 500])))
    if ids:  # a response is in a row or in a pack: the other place has no such id
        packs.delete_ids(connection, ids)


def neutral_pseudonym(entry: str) -> str:
    """The pseudonym reports give an entry with no name: from a hash of its id only."""
    return f"Participant {hashlib.sha256(entry.encode('utf-8')).hexdigest()[:4].upper()}"


def _neutralise_pseudonyms(connection: Connection, rows: list[Any]) -> None:
    """Draw certificates keep the person's entries (a draw stays verifiable), but a
    pseudonym made from their names ("Zoé M.") becomes the one made from the entry id."""
    entries: dict[int, set[str]] = {}
    for row in rows:
        entries.setdefault(row.item_id, set()).add(row.response_uid)
    if not entries:
        return
    draws = connection.execute(
        select(_draw.c.id, _draw.c.item_id, _draw.c.certificate).where(
            _draw.c.item_id.in_(sorted(entries))
        )
    ).all()
    for draw in draws:
        certificate = _loads(draw.certificate, None)
        if certificate is not None and _rename(certificate, entries[draw.item_id]):
            connection.execute(
                update(_draw)
                .where(_draw.c.id == draw.id)
                .values(certificate=json.dumps(certificate, ensure_ascii=False))
            )


def _rename(node: Any, entries: set[str]) -> bool:
    """Give every ``{"id" or "entry": X, "pseudonym": ...}`` of ``entries`` the neutral
    pseudonym, wherever it is in the certificate; True if one changed."""
    changed = False
    if isinstance(node, dict):
        entry = node.get("id", node.get("entry"))
        if isinstance(entry, str) and entry in entries and "pseudonym" in node:
            neutral = neutral_pseudonym(entry)
            changed = node["pseudonym"] != neutral
            node["pseudonym"] = neutral
        for value in node.values():
            changed = _rename(value, entries) or changed
    elif isinstance(node, list):
        for value in node:
            changed = _rename(value, entries) or changed
    return changed


def _scrub_mentions(connection: Connection, rows: list[Any], email: str) -> None:
    scrubbed: dict[int, dict[str, Any]] = {}
    for row in rows:
        lead = {
            k: v
            for k, v in _loads(row.lead, {}).items()
            if not (isinstance(v, str) and normalise_email(v) == email)
        }
        value = json.dumps(lead, ensure_ascii=False) if lead else None
        connection.execute(update(_response).where(_response.c.id == row.id).values(lead=value))
        scrubbed[row.id] = {"lead": value}
    if scrubbed:  # in a row or in a pack, as for _delete
        packs.set_values(connection, scrubbed)


def compact(engine: Engine) -> bool:
    """Rewrite the library file without its free pages and empty its write-ahead log.

    Returns False when another connection kept the log busy: the removed data is out of
    the tables but its bytes may remain in the file until the next compaction.
    """
    if engine.dialect.name != "sqlite":
        return True
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            first = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            connection.exec_driver_sql("VACUUM")
            last = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    except OperationalError:
        return False
    return not first[0] and not last[0]


def backup_copies(path: Path | None) -> list[Path]:
    """The copies that opening made before each migration (``store.engine.backup_copy``)."""
    if path is None:
        return []
    path = Path(path)
    return sorted(path.parent.glob(f"{path.stem}.schema*-*.backup{path.suffix}"))


# --- retention ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionItem:
    id: int
    title: str
    retention_days: int


@dataclass(frozen=True)
class PurgedItem:
    id: int
    title: str
    retention_days: int
    before: datetime  # responses submitted before this lost their personal data
    purged: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "retention_days": self.retention_days,
            "before": self.before.isoformat(),
            "purged": self.purged,
        }


@dataclass(frozen=True)
class PurgeReport:
    items: list[PurgedItem]
    compacted: bool
    backups: list[Path]

    @property
    def purged(self) -> int:
        return sum(i.purged for i in self.items)

    def as_dict(self) -> dict[str, Any]:
        return {
            "purged": self.purged,
            "compacted": self.compacted,
            "items": [i.as_dict() for i in self.items],
        }


def retention_items(library: LibraryService) -> list[RetentionItem]:
    """The items that keep personal data for a limited time, by id."""
    with library.engine.connect() as connection:
        return _retention_items(connection)


def _retention_items(connection: Connection) -> list[RetentionItem]:
    found = []
    rows = connection.execute(select(_item.c.id, _item.c.title, _item.c.document))
    for item_id, title, document in rows:
        data = _loads(document, {})
        settings = data.get("settings") if isinstance(data, dict) else None
        days = settings.get("retention_days") if isinstance(settings, dict) else None
        if isinstance(days, int) and days >= 1:
            found.append(RetentionItem(item_id, title, days))
    return sorted(found, key=lambda i: i.id)


def purge_expired(library: LibraryService, now: datetime | None = None) -> PurgeReport:
    """Remove the personal data of responses older than their item's retention period.

    A response's age runs from its submission, else its start, else its import; one
    with none of these dates is left alone. The e-mail, the lead, the consents, the
    respondent token and what the context holds beyond ``KEPT_CONTEXT`` go; the answers,
    scores, outcome, variant and channel stay, anonymous, for the statistics. The row
    keeps its id, so that importing the same file again does not bring the data back.
    """
    moment = now or utcnow()
    purged: list[PurgedItem] = []
    with library.engine.begin() as connection:
        for item in _retention_items(connection):
            before = moment - timedelta(days=item.retention_days)
            count = _purge_item(connection, item.id, before)
            if count:
                from quizbuilder.store import blocks  # NumPy: not at the window's start

                # the statistics' copy, as the rows now are
                blocks.rebuild_blocks(connection, item.id)
            purged.append(PurgedItem(item.id, item.title, item.retention_days, before, count))
    compacted = compact(library.engine) if any(p.purged for p in purged) else True
    return PurgeReport(purged, compacted, backup_copies(library.path))


_PERSONAL = ("email", "lead", "consents", "respondent", "context")  # what a purge clears


def _purge_item(connection: Connection, item_id: int, before: datetime) -> int:
    t = _response
    imported = select(_batch.c.created_at).where(_batch.c.id == t.c.batch_id).scalar_subquery()
    when = func.coalesce(t.c.submitted_at, t.c.started_at, imported, type_=t.c.submitted_at.type)
    rows = connection.execute(
        select(t.c.id, *(t.c[c] for c in _PERSONAL)).where(
            t.c.item_id == item_id,
            when < before,
            or_(*(t.c[c].is_not(None) for c in _PERSONAL)),
        )
    ).all()
    changes = _purged_contexts(rows)
    if changes:
        connection.execute(
            update(t)
            .where(t.c.id == bindparam("rid"))
            .values(
                email=None, lead=None, consents=None, respondent=None, context=bindparam("ctx")
            ),
            [{"rid": rid, "ctx": context} for rid, context in changes.items()],
        )
    packed = _purged_contexts(_expired_packed(connection, item_id, before))
    if packed:
        cleared = dict.fromkeys(("email", "lead", "consents", "respondent"))
        packs.set_values(
            connection, {rid: {**cleared, "context": ctx} for rid, ctx in packed.items()}
        )
    return len(changes) + len(packed)


def _purged_contexts(rows: Iterable[Sequence[Any]]) -> dict[int, str | None]:
    """The rows (id, then ``_PERSONAL``) that hold personal data, with what their
    context keeps."""
    changes = {}
    purged: dict[str | None, str | None] = {}  # a campaign's rows share a context: read once
    for rid, email, lead, consents, respondent, written in rows:
        if written not in purged:
            purged[written] = _purged_context(written)
        new_context = purged[written]
        if email or lead or consents or respondent or new_context != written:
            changes[rid] = new_context
    return changes


def _purged_context(written: str | None) -> str | None:
    context = _loads(written, None)
    kept = _kept_context(context)
    if kept == context:
        return written  # nothing in it to remove: left as written
    return json.dumps(kept, ensure_ascii=False) if kept else None


def _expired_packed(
    connection: Connection, item_id: int, before: datetime
) -> Iterator[tuple[Any, ...]]:
    """The packed rows that :func:`_purge_item`'s query selects: the dates compared as
    SQLite compares them, as the stored text."""
    if connection.dialect.name != "sqlite":  # packs exist on SQLite only
        return
    import pyarrow as pa
    import pyarrow.compute as pc

    dialect = connection.dialect
    date_type = _response.c.submitted_at.type.dialect_impl(dialect)
    cutoff = date_type.bind_processor(dialect)(before)
    imported: dict[int, str | None] = {}
    for pack, table in packs.tables(
        connection, ("id", "submitted_at", "started_at", *_PERSONAL), item_id=item_id
    ):
        if pack.batch_id not in imported:
            imported[pack.batch_id] = connection.exec_driver_sql(
                "SELECT created_at FROM import_batch WHERE id = ?", (pack.batch_id,)
            ).scalar()
        when = pc.coalesce(
            table["submitted_at"],
            table["started_at"],
            pa.scalar(imported[pack.batch_id], pa.string()),
        )
        held = reduce(pc.or_, (pc.is_valid(table[c]) for c in _PERSONAL))
        expired = table.filter(pc.and_(pc.less(when, cutoff), held))
        yield from zip(*(expired[c].to_pylist() for c in ("id", *_PERSONAL)), strict=True)


def _kept_context(context: Any) -> dict[str, Any] | None:
    if not isinstance(context, dict):
        return None
    return {k: v for k, v in context.items() if k in KEPT_CONTEXT} or None
