"""What the contest's use cases share: loading a contest, its candidates, pseudonyms,
and the contest's log.

The candidates are the responses to the contest's own entry form and, when the contest
names one (``contest.entry_item``), to that linked item. The log keeps what the tables
have no column for (a reinstated exclusion, a late commitment's reason, where a draw's
files went): append-only JSON under ``contest-log:<uid>`` in ``library_meta``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, String, type_coerce
from sqlalchemy import select as core_select
from sqlmodel import select

from quizbuilder.domain.content import Contest, ItemDocument, Kind, LeadFieldType
from quizbuilder.domain.entries import Candidate, parse_domain_list
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.paths import RESOURCES
from quizbuilder.services.library import ItemNotFound
from quizbuilder.store import items as store
from quizbuilder.store import packs
from quizbuilder.store.tables import ContestExclusion, Item, LibraryMeta, Response

if TYPE_CHECKING:
    from sqlmodel import Session

RESPONSES = Response.__table__  # type: ignore[attr-defined]
DISPOSABLE_DOMAINS = RESOURCES / "disposable_domains.txt"
LOG_KEY = "contest-log:{uid}"
EMAIL_LIKE = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")


class ContestError(QuizbuilderError):
    """A contest action refused: the message says why and what to do instead."""


class NotAContest(ContestError):
    def __init__(self, item_id: int, kind: str) -> None:
        super().__init__(f"item {item_id} is a {kind.replace('_', ' ')}, not a contest")


# --- pseudonyms ------------------------------------------------------------------------


def _digest(entry_id: str) -> str:
    return hashlib.sha256(entry_id.encode("utf-8")).hexdigest().upper()


def _clean_name(value: Any) -> str:
    text = " ".join(str(value).split()) if value is not None else ""
    if "@" in text or not any(ch.isalpha() for ch in text):
        return ""  # an address typed in a name field must not become a pseudonym
    text = text[:30]
    return text[0].upper() + text[1:] if text.islower() else text


def person_label(first_name: Any, last_name: Any) -> str | None:
    """'Léa M.': the first name and the initial of the last name; None without both."""
    first = _clean_name(first_name)
    initial = next((ch for ch in _clean_name(last_name) if ch.isalpha()), "")
    return f"{first} {initial.upper()}." if first and initial else None


def make_pseudonyms(names: Mapping[str, str | None]) -> dict[str, str]:
    """Unique pseudonyms for entries, given each one's ``person_label`` (or None).

    Entries without a name are "Participant " and the first hex digits of the SHA-256
    of their id. Every entry of a group that would share a pseudonym gets more digits
    (named ones in brackets), until all differ: the result does not depend on the order.
    """
    digests = {entry_id: _digest(entry_id) for entry_id in names}
    level = dict.fromkeys(names, 0)

    def label(entry_id: str) -> str:
        name, n = names[entry_id], level[entry_id]
        if name:
            return name if n == 0 else f"{name} ({digests[entry_id][: 2 + 2 * n]})"
        return f"Participant {digests[entry_id][: 4 + 2 * n]}"

    while True:
        labels = {entry_id: label(entry_id) for entry_id in names}
        counts = Counter(labels.values())
        clashing = [i for i, text in labels.items() if counts[text] > 1]
        if not clashing:
            return labels
        for entry_id in clashing:
            level[entry_id] += 1


def no_email_in(text: str, what: str) -> str:
    """A reason that goes into a certificate: required, and without e-mail addresses."""
    text = " ".join(text.split()) if text else ""
    if not text:
        raise ContestError(f"{what} needs a reason")
    if EMAIL_LIKE.search(text):
        raise ContestError(
            f"{what}: the reason is published in the certificate, which shows no e-mail "
            "addresses; write it without one"
        )
    return text


# --- the contest and its candidates ---------------------------------------------------


@dataclass(frozen=True)
class Source:
    """An item whose responses are candidates: the contest itself or its linked item."""

    item_id: int
    uid: str
    title: str
    document: ItemDocument


@dataclass(frozen=True)
class Loaded:
    item_id: int
    uid: str
    title: str
    document: ItemDocument
    contest: Contest
    sources: list[Source]


def load_contest(s: Session, item_id: int) -> Loaded:
    item = store.get_item(s, item_id=item_id)
    if item is None:
        raise ItemNotFound(item_id)
    if item.kind != Kind.CONTEST.value:
        raise NotAContest(item_id, item.kind)
    assert item.id is not None
    doc = store.item_document(item)
    assert doc.contest is not None  # the content model requires it of a contest
    sources = [Source(item.id, item.uid, item.title, doc)]
    linked = doc.contest.entry_item
    if linked:
        other = s.exec(select(Item).where(Item.uid == linked)).first()
        if other is None:
            raise ContestError(
                f"the contest's entry item '{linked}' is not in this library: import it or "
                "change contest.entry_item"
            )
        if other.id != item.id:
            assert other.id is not None
            sources.append(Source(other.id, other.uid, other.title, store.item_document(other)))
    return Loaded(item.id, item.uid, item.title, doc, doc.contest, sources)


def loads_json(text: str | None, default: Any) -> Any:
    if not text:
        return default
    try:
        value = json.loads(text)
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


class _ParsedOnce:
    """``parse(text)`` for a column whose texts repeat (consents, context): each
    distinct text is parsed once. The values are shared: callers must not change them."""

    def __init__(self, parse: Callable[[str | None], Any]) -> None:
        self._parse = parse
        self._seen: dict[str | None, Any] = {}

    def __call__(self, text: str | None) -> Any:
        try:
            return self._seen[text]
        except KeyError:
            value = self._seen[text] = self._parse(text)
            return value


def _utc_instant(value: Any) -> datetime | None:
    """A stored instant, read without SQLAlchemy's per-row processing: SQLite gives the
    text ``UTCDateTime`` stored, another database a naive datetime (both in UTC)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)


def _consents(records: list[Any]) -> dict[str, bool]:
    given: dict[str, bool] = {}
    for record in records:
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            given[record["id"]] = record.get("given") is True
    return given


def _shown(context: dict[str, Any], default: int) -> int:
    order = context.get("question_order")
    return len(order) if isinstance(order, list) and order else default


@dataclass(frozen=True)
class Person:
    """What the organiser knows of a candidate beyond the draw: for pseudonyms and contact."""

    source: Source
    lead: dict[str, Any]

    def field(self, kind: LeadFieldType, usual: str) -> Any:
        return _first_value(self.lead, _lead_keys(self.source.document, kind, usual))


def _lead_keys(doc: ItemDocument, kind: LeadFieldType, usual: str) -> list[str]:
    """Where a lead holds a field of this kind: the form's fields of it, then ``usual``."""
    return [*(f.id for f in doc.lead_form.fields if f.type == kind), usual]


# what ``read_candidates`` reads of a response, the instants as the stored text
_CANDIDATE_COLUMNS = (
    "response_uid",
    "email",
    "completed",
    "score",
    "max_score",
    "answers",
    "lead",
    "consents",
    "context",
    "respondent",
    "submitted_at",
    "started_at",
)
_INSTANTS = ("submitted_at", "started_at")


def _response_rows(
    s: Session, item_id: int, only: Collection[str] | None
) -> Sequence[Sequence[Any]]:
    """An item's responses (those whose id is in ``only``) as ``_CANDIDATE_COLUMNS``,
    from its rows and its packs, by response id as SQLite orders text (by code point,
    as Python compares strings)."""
    t = RESPONSES
    connection = s.connection()
    picked = [] if only is None else [t.c.response_uid.in_(sorted(only))]
    stored = connection.execute(
        core_select(
            *(
                type_coerce(t.c[name], String) if name in _INSTANTS else t.c[name]
                for name in _CANDIDATE_COLUMNS
            )
        )
        .where(t.c.item_id == item_id, *picked)
        .order_by(t.c.response_uid)
    ).all()
    packed = _packed_rows(connection, item_id, only)
    return sorted([*stored, *packed], key=itemgetter(0)) if packed else stored


def _packed_rows(
    connection: Connection, item_id: int, only: Collection[str] | None
) -> list[tuple[Any, ...]]:
    """``_response_rows`` of an item's packs; with ``only`` (a draw's winners out of a
    million), each pack's response ids are read first and only a pack that holds one
    is read whole, its rows picked by pyarrow before any becomes a tuple."""
    found: list[tuple[Any, ...]] = []
    if only is None:
        for _, table in packs.tables(connection, _CANDIDATE_COLUMNS, item_id=item_id):
            found.extend(zip(*(table[c].to_pylist() for c in _CANDIDATE_COLUMNS), strict=True))
        return found
    import pyarrow as pa
    import pyarrow.compute as pc

    wanted = pa.array(sorted(only), pa.string())
    for pack, uids in packs.tables(connection, ["response_uid"], item_id=item_id):
        picked = pc.is_in(uids["response_uid"], value_set=wanted)
        if pc.any(picked).as_py():  # the other columns of a pack that holds one
            table = packs.load(connection, pack, _CANDIDATE_COLUMNS).filter(picked)
            found.extend(zip(*(table[c].to_pylist() for c in _CANDIDATE_COLUMNS), strict=True))
    return found


def read_candidates(
    s: Session, sources: list[Source], only: Collection[str] | None = None
) -> tuple[list[Candidate], dict[str, Person]]:
    """Every response of the sources as a candidate (or those whose id is in ``only``).

    A contest may have a hundred thousand responses: rows are read as plain tuples (the
    instants as stored, see ``_utc_instant``) and the consents and contexts, which
    repeat, parsed once per distinct text (``_ParsedOnce``).
    """
    candidates: list[Candidate] = []
    people: dict[str, Person] = {}
    consents_of = _ParsedOnce(lambda text: _consents(loads_json(text, [])))
    context_of = _ParsedOnce(lambda text: loads_json(text, {}))
    for source in sources:
        doc = source.document
        default_count = doc.settings.pool_size or len(doc.questions)
        for (
            uid,
            email,
            completed,
            score,
            max_score,
            answers,
            lead,
            consents,
            context,
            *rest,
        ) in _response_rows(s, source.item_id, only):
            if uid in people:
                raise ContestError(
                    f"response '{uid}' is in both '{people[uid].source.title}' and "
                    f"'{source.title}': entries are known by their response id, so one "
                    "would hide the other"
                )
            lead_data = loads_json(lead, {})
            device, submitted, started = rest
            candidates.append(
                Candidate(
                    id=uid,
                    email=email,
                    completed=bool(completed),
                    score_percent=100.0 * score / max_score
                    if score is not None and max_score
                    else None,
                    answers=loads_json(answers, {}),
                    consents=consents_of(consents),
                    lead=lead_data,
                    submitted_at=_utc_instant(submitted),
                    started_at=_utc_instant(started),
                    device=device,
                    question_count=_shown(context_of(context), default_count),
                )
            )
            people[uid] = Person(source, lead_data)
    return candidates, people


def pseudonyms_of(people: Mapping[str, Person]) -> dict[str, str]:
    keys: dict[int, tuple[list[str], list[str]]] = {}  # by source: first, last name keys
    names: dict[str, str | None] = {}
    for entry_id, p in people.items():
        found = keys.get(p.source.item_id)
        if found is None:
            doc = p.source.document
            found = keys[p.source.item_id] = (
                _lead_keys(doc, LeadFieldType.FIRST_NAME, "first_name"),
                _lead_keys(doc, LeadFieldType.LAST_NAME, "last_name"),
            )
        names[entry_id] = person_label(
            _first_value(p.lead, found[0]), _first_value(p.lead, found[1])
        )
    return make_pseudonyms(names)


def _first_value(lead: Mapping[str, Any], keys: list[str]) -> Any:
    for key in keys:
        value = lead.get(key)
        if value is not None and str(value).strip():
            return value
    return None


@cache
def disposable_domains(path: Path = DISPOSABLE_DOMAINS) -> frozenset[str]:
    """The throwaway e-mail domains the entries are flagged for (resources/ list)."""
    try:
        return parse_domain_list(path.read_text(encoding="utf-8"))
    except OSError:
        return frozenset()


def exclusions_of(s: Session, item_id: int) -> dict[str, str]:
    rows = s.exec(select(ContestExclusion).where(ContestExclusion.item_id == item_id)).all()
    return {r.entry: r.reason for r in rows}


# --- the log of what the tables do not hold ----------------------------------------------


def read_log(s: Session, uid: str) -> list[dict[str, Any]]:
    row = s.get(LibraryMeta, LOG_KEY.format(uid=uid))
    return loads_json(row.value, []) if row is not None else []


def append_log(s: Session, uid: str, event: dict[str, Any], now: datetime) -> None:
    key = LOG_KEY.format(uid=uid)
    row = s.get(LibraryMeta, key)
    events = loads_json(row.value, []) if row is not None else []
    events.append({"at": now.isoformat(), **event})
    text = json.dumps(events, ensure_ascii=False, separators=(",", ":"))
    if row is None:
        s.add(LibraryMeta(key=key, value=text))
    else:
        row.value = text
        s.add(row)
    s.flush()


def logged_event(s: Session, uid: str, action: str, key: str, value: int) -> dict[str, Any]:
    found = [e for e in read_log(s, uid) if e.get("action") == action and e.get(key) == value]
    return found[-1] if found else {}
