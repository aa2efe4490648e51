"""The people in an item's statistics: leaderboard and badges, under pseudonyms.

Reports show pseudonyms, never e-mails (DESIGN.md, Privacy): a first name and the
initial of the last name from the lead form, else "Participant XXXX" from a hash of the
response id. The pass over the responses (``statistics_scan``) gives each completed
response's total and time; only the few responses that can appear here are read again,
by their row ids. Responses in packs (``store.packs``) are read with pyarrow, a few
columns at a time, and put in the order SQL gives the rows.
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import Connection, column, func
from sqlalchemy import select as core_select
from sqlalchemy.sql.elements import ColumnElement

from quizbuilder.domain import statistics as st
from quizbuilder.domain.content import ItemDocument, LeadFieldType
from quizbuilder.domain.kinds import Kind
from quizbuilder.services.statistics_scan import (
    RESPONSE,
    Filters,
    Scan,
    Scorer,
    packed_passing,
    packed_tables,
    raw_rows,
    settled,
    sqlite_order,
)
from quizbuilder.store import packs
from quizbuilder.store.tables import Item

if TYPE_CHECKING:
    import pyarrow as pa

FIRST_COMPLETIONS = 10
BADGE_NAMES = 100  # pseudonyms listed per badge; its count is always complete
_ITEM = Item.__table__  # type: ignore[attr-defined]
_NO_TIME = float("inf")  # a response without a start time ranks after the timed ones


class Names:
    """Pseudonyms from the lead data, by the lead form's name fields."""

    def __init__(self, document: ItemDocument) -> None:
        fields = document.lead_form.fields
        self.first = [f.id for f in fields if f.type == LeadFieldType.FIRST_NAME]
        self.last = [f.id for f in fields if f.type == LeadFieldType.LAST_NAME]
        self.first += ["first_name"]  # what the third-party sources call them
        self.last += ["last_name"]

    def __call__(self, lead: str | None, response_uid: str) -> str:
        first = last = None
        try:
            data = json.loads(lead) if lead else {}
        except ValueError:
            data = {}
        if isinstance(data, dict):
            first = next((data[k] for k in self.first if _filled(data.get(k))), None)
            last = next((data[k] for k in self.last if _filled(data.get(k))), None)
            full = data.get("name")
            if first is None and isinstance(full, str) and full.strip():  # Microsoft Forms
                parts = full.split()
                first, last = parts[0], (parts[-1] if len(parts) > 1 else None)
        return st.pseudonym(first, last, response_uid)


def _filled(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _by_ids(connection: Connection, ids: Sequence[int]) -> ColumnElement[bool]:
    """``response.id IN ids``, for any number of ids (SQLite takes them as one JSON
    parameter: its limit on parameters is far below a million)."""
    t = RESPONSE
    if connection.dialect.name == "sqlite":
        listed = func.json_each(json.dumps(list(ids))).table_valued("value")
        return t.c.id.in_(core_select(column("value")).select_from(listed))
    return t.c.id.in_(list(ids))


def _people(
    connection: Connection, ids: Sequence[int], names: Names, limit: int | None = None
) -> list[tuple[int, str, Any]]:
    """(row id, pseudonym, submitted) of those responses, in the order they came."""
    if not ids:
        return []
    t = RESPONSE
    query = (
        core_select(t.c.submitted_at, t.c.id, t.c.response_uid, t.c.lead)
        .where(_by_ids(connection, ids))
        .order_by(t.c.submitted_at.is_(None), t.c.submitted_at, t.c.id)
    )
    if limit is not None:
        query = query.limit(limit)
    found = raw_rows(connection, query)
    packed = _packed_people(connection, ids, limit)
    if packed:
        found = sorted([*found, *packed], key=_came)[:limit]
    return [(rid, names(lead, uid), when) for when, rid, uid, lead in found]


def _came(row: Sequence[Any]) -> tuple[Any, ...]:
    """``_people``'s order of (submitted, id, ...): submitted ones first, as SQL orders."""
    return (row[0] is None, sqlite_order(row[0]), row[1])


_ORDER = [("submitted_at", "ascending"), ("id", "ascending")]  # pyarrow: NULLs come last


def _packed_people(
    connection: Connection, ids: Sequence[int], limit: int | None
) -> list[tuple[Any, ...]]:
    """(submitted, id, response uid, lead) of the packed responses among ``ids``: the
    first ``limit`` of them (in ``_came``'s order), only their names decompressed."""
    holding = _holding(connection, ids)
    if not holding:
        return []
    import pyarrow as pa
    import pyarrow.compute as pc

    wanted = pa.array(sorted(set(ids)), type=pa.int64())
    found: list[tuple[Any, int, packs.Pack]] = []
    for pack in holding:
        table = _read(connection, pack, ["id", "submitted_at"])
        table = table.filter(pc.is_in(table["id"], value_set=wanted))
        if limit is not None and table.num_rows > limit:
            table = table.take(pc.select_k_unstable(table, limit, sort_keys=_ORDER))
        submitted, rids = table["submitted_at"].to_pylist(), table["id"].to_pylist()
        found.extend(zip(submitted, rids, [pack] * len(rids), strict=True))
    if limit is not None:
        found = sorted(found, key=_came)[:limit]
    named: dict[int, tuple[Any, Any]] = {}
    for pack in {p.id: p for _, _, p in found}.values():
        table = _read(connection, pack, ["id", "response_uid", "lead"])
        chosen = pa.array([rid for _, rid, p in found if p is pack], type=pa.int64())
        table = table.filter(pc.is_in(table["id"], value_set=chosen))
        columns = [table[c].to_pylist() for c in ("id", "response_uid", "lead")]
        named.update((rid, (uid, lead)) for rid, uid, lead in zip(*columns, strict=True))
    return [(when, rid, *named[rid]) for when, rid, _ in found]


def _holding(connection: Connection, ids: Sequence[int]) -> list[packs.Pack]:
    """The packs whose range of ids holds one of ``ids`` at least."""
    wanted = sorted(set(ids))
    found = []
    for pack in packs.packs(connection):
        k = bisect.bisect_left(wanted, pack.first_id)
        if k < len(wanted) and wanted[k] <= pack.last_id:
            found.append(pack)
    return found


def _read(connection: Connection, pack: packs.Pack, columns: Sequence[str]) -> pa.Table:
    data = connection.exec_driver_sql(
        "SELECT data FROM response_pack WHERE id = ?", (pack.id,)
    ).scalar_one()
    return packs.read(data, columns)


def leaderboard(
    connection: Connection, scan: Scan, scorer: Scorer, names: Names, top: int
) -> list[dict[str, Any]]:
    """The ``top`` completed responses by score, then time to complete, then who
    submitted first; equal score and time share a rank."""
    if not scorer.scored or top <= 0 or not scan.done_ids:
        return []
    totals = scorer.totals
    total_ids = np.frombuffer(scan.done_totals, dtype=np.int64)
    levels = np.bincount(total_ids).tolist()
    wanted = []
    reached = 0
    for total_id in sorted(
        (t for t, n in enumerate(levels) if n), key=totals.__getitem__, reverse=True
    ):
        if reached >= top:
            break
        wanted.append(total_id)
        reached += levels[total_id]
    mask = np.isin(total_ids, wanted)
    seconds = np.frombuffer(scan.done_seconds, dtype=np.float64)[mask]
    candidates = sorted(
        (-totals[tid], _NO_TIME if s != s else s, rid)  # s != s: NaN, no time
        for rid, tid, s in zip(
            np.frombuffer(scan.done_ids, dtype=np.int64)[mask].tolist(),
            total_ids[mask].tolist(),
            seconds.tolist(),
            strict=True,
        )
    )
    boundary = candidates[min(top, len(candidates)) - 1][:2]
    ahead = [c for c in candidates if c[:2] < boundary]
    tied = [c[2] for c in candidates if c[:2] == boundary]
    # among the tied, who submitted first: only they are read again, and only as many
    # as there are places left
    chosen = {c[2]: c[:2] for c in ahead}
    for rid, _, _ in _people(connection, tied, names, limit=top - len(ahead)):
        chosen[rid] = boundary
    people = _people(connection, list(chosen), names)
    order = {rid: i for i, (rid, _, _) in enumerate(people)}  # by submission
    entries = sorted(chosen.items(), key=lambda kv: (kv[1], order[kv[0]]))
    pseudonyms = {rid: name for rid, name, _ in people}
    keys = [key for _, key in entries]
    return [
        {
            "rank": rank,
            "pseudonym": pseudonyms[rid],
            "score": -key[0],
            "seconds": None if key[1] == _NO_TIME else key[1],
        }
        for rank, (rid, key) in zip(st.competition_ranks(keys), entries, strict=True)
    ]


def perfect_badge(
    connection: Connection, scan: Scan, scorer: Scorer, names: Names
) -> dict[str, Any] | None:
    best = scorer.document.max_score
    if best <= 0:
        return None
    perfect = {tid for tid, total in enumerate(scorer.totals) if tid and total >= best - 1e-9}
    mask = np.isin(np.frombuffer(scan.done_totals, dtype=np.int64), list(perfect))
    ids = np.frombuffer(scan.done_ids, dtype=np.int64)[mask].tolist()
    if not ids:
        return None
    return {
        "badge": "perfect_score",
        "title": "Perfect score",
        "count": len(ids),
        "pseudonyms": [name for _, name, _ in _people(connection, ids, names, BADGE_NAMES)],
    }


def first_badge(connection: Connection, filters: Filters, names: Names) -> dict[str, Any] | None:
    filters = settled(connection, filters)
    t = RESPONSE
    found = raw_rows(
        connection,
        core_select(t.c.submitted_at, t.c.id)
        .where(*filters.responses(), t.c.completed.is_(True), t.c.submitted_at.is_not(None))
        .order_by(t.c.submitted_at, t.c.id)
        .limit(FIRST_COMPLETIONS),
    )
    found += _packed_first(connection, filters, FIRST_COMPLETIONS)
    first = sorted(found, key=_came)[:FIRST_COMPLETIONS]
    if not first:
        return None
    return {
        "badge": "first_completions",
        "title": f"First {FIRST_COMPLETIONS} to complete",
        "count": len(first),
        "pseudonyms": [name for _, name, _ in _people(connection, [r[1] for r in first], names)],
    }


def _packed_first(connection: Connection, filters: Filters, k: int) -> list[tuple[Any, ...]]:
    """(submitted, id) of the first ``k`` packed responses completed, submitted and
    passing the filters."""
    import pyarrow.compute as pc

    found: list[tuple[Any, ...]] = []
    for table in packed_passing(connection, filters, ["id", "submitted_at", "completed"]):
        done = pc.and_(pc.equal(table["completed"], 1), pc.is_valid(table["submitted_at"]))
        table = table.filter(done)
        if table.num_rows > k:
            table = table.take(pc.select_k_unstable(table, k, sort_keys=_ORDER))
        found.extend(zip(table["submitted_at"].to_pylist(), table["id"].to_pylist(), strict=True))
    return found


def campaign_badges(
    connection: Connection, filters: Filters, campaigns: Iterable[str], names: Names
) -> list[dict[str, Any]]:
    """Per campaign (utm_campaign) of the item's completed responses: the people, known
    by their normalised e-mail, who completed every knowledge quiz that has responses in
    that campaign, among this item's respondents. A campaign needs two quizzes at least
    for the badge to mean more than completing this one."""
    t, i = RESPONSE, _ITEM
    filters = settled(connection, filters)
    badges = []
    packed = _packed_quiz_campaigns(connection) if campaigns else {}
    for campaign in sorted(campaigns):
        quizzes = {
            r[0]
            for r in connection.execute(
                core_select(t.c.item_id)
                .join(i, i.c.id == t.c.item_id)
                .where(t.c.campaign == campaign, i.c.kind == Kind.KNOWLEDGE_QUIZ.value)
                .distinct()
            )
        }
        quizzes |= {item_id for item_id, found in packed.items() if campaign in found}
        if len(quizzes) < 2:
            continue
        done: defaultdict[str, set[int]] = defaultdict(set)
        for item_id, email in connection.execute(
            core_select(t.c.item_id, t.c.email)
            .where(
                t.c.campaign == campaign,
                t.c.completed.is_(True),
                t.c.email.is_not(None),
                t.c.item_id.in_(sorted(quizzes)),
            )
            .distinct()
        ):
            done[email].add(item_id)
        for item_id in sorted(quizzes & packed.keys()):
            for email in _packed_completers(connection, item_id, campaign):
                done[email].add(item_id)
        earners = {email for email, items in done.items() if items >= quizzes}
        if not earners:
            continue
        entries = raw_rows(
            connection,
            core_select(t.c.submitted_at, t.c.id, t.c.email).where(
                *filters.responses(),
                t.c.campaign == campaign,
                t.c.completed.is_(True),
                t.c.email.is_not(None),
            ),
        )
        entries += _packed_entries(connection, filters, campaign, earners)
        first: dict[str, tuple[Any, ...]] = {}  # each earner's first response, as SQL orders
        for submitted, rid, email in entries:
            key = (sqlite_order(submitted), rid)
            if email in earners and (email not in first or key < first[email]):
                first[email] = key
        if first:
            ids = [key[1] for key in sorted(first.values())]
            named = {rid: name for rid, name, _ in _people(connection, ids[:BADGE_NAMES], names)}
            badges.append(
                {
                    "badge": "campaign_complete",
                    "title": f"Every quiz of the campaign {campaign} completed",
                    "campaign": campaign,
                    "count": len(first),
                    "pseudonyms": [named[rid] for rid in ids[:BADGE_NAMES]],
                }
            )
    return badges


def _packed_quiz_campaigns(connection: Connection) -> dict[int, set[str]]:
    """The campaigns of the packed responses of each knowledge quiz that has packs."""
    packed = sorted({item_id for item_id, _ in packs.counts(connection)})
    if not packed:
        return {}
    import pyarrow.compute as pc

    i = _ITEM
    quizzes = connection.execute(
        core_select(i.c.id).where(i.c.id.in_(packed), i.c.kind == Kind.KNOWLEDGE_QUIZ.value)
    ).scalars()
    found: dict[int, set[str]] = {}
    for item_id in quizzes:
        found[item_id] = set()
        for table in packed_tables(connection, item_id, ["campaign"]):
            found[item_id].update(pc.drop_null(pc.unique(table["campaign"])).to_pylist())
    return found


def _packed_completers(connection: Connection, item_id: int, campaign: str) -> set[str]:
    """The e-mails of the item's packed responses completed in the campaign."""
    import pyarrow.compute as pc

    found: set[str] = set()
    for table in packed_tables(connection, item_id, ["campaign", "completed", "email"]):
        hit = pc.and_(pc.equal(table["campaign"], campaign), pc.equal(table["completed"], 1))
        found.update(pc.drop_null(pc.unique(table["email"].filter(hit))).to_pylist())
    return found


def _packed_entries(
    connection: Connection, filters: Filters, campaign: str, earners: set[str]
) -> list[tuple[Any, ...]]:
    """(submitted, id, e-mail) of the item's packed responses that pass the filters,
    completed in the campaign by one of ``earners``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = ["submitted_at", "id", "email"]
    known = pa.array(sorted(earners), type=pa.string())
    found: list[tuple[Any, ...]] = []
    for table in packed_passing(connection, filters, [*columns, "campaign", "completed"]):
        hit = pc.and_(pc.equal(table["campaign"], campaign), pc.equal(table["completed"], 1))
        hit = pc.and_(hit, pc.is_in(table["email"], value_set=known))
        table = table.filter(hit)
        found.extend(zip(*(table[c].to_pylist() for c in columns), strict=True))
    return found
