"""An item's statistics: DESIGN.md's definitions over the responses that pass the filters.

For an item, over its current version or one frozen version, a date range, a source, a
variant and a duplicate policy: participation (views, starts, completions, leads,
completion rate, drop-off per question, time to complete), per question (answers,
facility, discrimination, plain-language flags), scores (distribution, pass rate, bands,
alpha), outcomes, NPS, channels (with their engagement rate against the reach the user
entered), A/B variants, and the leaderboard and badges under pseudonyms.

The pass over the responses is ``statistics_blocks`` (array operations over the blocks
that imports store) and ``statistics_scan`` (row by row, for the rest); the
people are ``statistics_people``; this module puts the result together. Scores,
facility, discrimination, alpha, bands and the leaderboard are over completed responses
(the scored ones); answered/skipped and option counts over all of them. A value that is
undefined (no scored question, one respondent) is ``None``, never a NaN or an error.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import chain
from typing import Any

from sqlalchemy import Connection, func
from sqlalchemy import select as core_select
from sqlmodel import select

from quizbuilder.domain import statistics as st
from quizbuilder.domain.content import (
    CHOICE_TYPES,
    SCALE_TYPES,
    DuplicatePolicy,
    ItemDocument,
    Question,
    QuestionType,
)
from quizbuilder.domain.errors import DocumentInvalid, QuizbuilderError
from quizbuilder.domain.hashing import content_hash
from quizbuilder.domain.validation import parse_document
from quizbuilder.services import statistics_people as people
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.services.statistics_blocks import item_blocks, scan, with_duplicates_decided
from quizbuilder.services.statistics_scan import (
    EVENT,
    RESPONSE,
    AnswerCache,
    Filters,
    Scan,
    Scorer,
    codes_prefix,
    packed_tables,
    raw_rows,
)
from quizbuilder.store import items as store
from quizbuilder.store.tables import ChannelReach, Item, ItemVersion

__all__ = [
    "AnswerCache",
    "StatisticsError",
    "channel_reach",
    "item_statistics",
    "parse_when",
    "set_channel_reach",
]

DEFAULT_TOP = 10
_SHARED_CACHE = AnswerCache()  # what item_statistics uses unless given its own cache


class StatisticsError(QuizbuilderError):
    pass


# --- filters -------------------------------------------------------------------------------


def parse_when(text: str | None, *, end: bool = False) -> datetime | None:
    """A date or ISO date-time; a bare date ends at the end of that day (``end``).
    Naive values are taken as UTC."""
    if text is None or text == "":
        return None
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            moment = datetime.combine(day, time.min, tzinfo=UTC)
            return moment + timedelta(days=1) - timedelta(microseconds=1) if end else moment
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise StatisticsError(f"'{text}' is not a date (YYYY-MM-DD or ISO date-time)") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _as_when(value: datetime | date | str | None, *, end: bool = False) -> datetime | None:
    if value is None or isinstance(value, str):
        return parse_when(value, end=end)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return parse_when(value.isoformat(), end=end)


# --- what the item is ------------------------------------------------------------------


@dataclass(frozen=True)
class _Version:
    content_hash: str
    created_at: datetime | None
    document: str | None


@dataclass(frozen=True)
class _Target:
    uid: str
    current: ItemDocument
    document: ItemDocument  # what the responses are scored against
    digest: str
    versions: list[_Version]


def _target(library: LibraryService, item_id: int, version: str | None) -> _Target:
    with library.session() as s:
        item = s.get(Item, item_id)
        if item is None:
            raise ItemNotFound(item_id)
        current = store.item_document(item)
        versions = [
            _Version(v.content_hash, v.created_at, v.document)
            for v in s.exec(
                select(ItemVersion)
                .where(ItemVersion.item_id == item_id)
                .order_by(ItemVersion.created_at, ItemVersion.id)  # type: ignore[arg-type]
            ).all()
        ]
        uid = item.uid
    if version is None:
        return _Target(uid, current, current, content_hash(current), versions)
    frozen = next((v for v in versions if v.content_hash == version), None)
    if frozen is None or frozen.document is None:  # known only from the responses
        return _Target(uid, current, current, content_hash(current), versions)
    document = parse_document(json.loads(frozen.document), source=f"version {version[:12]}")
    return _Target(uid, current, document, version, versions)


def _versions(target: _Target) -> Callable[[str], ItemDocument | None]:
    """The frozen documents by the prefix their answer codes carry, parsed when asked."""
    frozen = {codes_prefix(v.content_hash): v for v in target.versions if v.document}
    parsed: dict[str, ItemDocument | None] = {}

    def document(prefix: str) -> ItemDocument | None:
        if prefix not in parsed:
            version = frozen.get(prefix)
            try:
                text = version.document if version is not None else None
                parsed[prefix] = parse_document(json.loads(text)) if text else None
            except (DocumentInvalid, ValueError):
                parsed[prefix] = None  # read row by row, as any response of it
        return parsed[prefix]

    return document


def _resolve_version(
    connection: Connection, item_id: int, wanted: str, known: Iterable[str]
) -> str:
    """A content hash, or a unique beginning of one (as Git takes a short hash)."""
    wanted = wanted.strip().lower()
    candidates = {h for h in known if h.startswith(wanted)}
    if not candidates:
        t = RESPONSE
        rows = connection.execute(
            core_select(t.c.content_hash)
            .where(t.c.item_id == item_id, t.c.content_hash.startswith(wanted, autoescape=True))
            .distinct()
        )
        candidates = {r[0] for r in rows} | _packed_versions(connection, item_id, wanted)
    if len(candidates) == 1:
        return candidates.pop()
    if not candidates or not wanted:
        raise StatisticsError(
            f"item {item_id} has no version '{wanted}' (the versions are listed under "
            f"'versions' in 'quizbuilder stats {item_id} --json')"
        )
    raise StatisticsError(f"'{wanted}' is the beginning of several versions of item {item_id}")


def _packed_versions(connection: Connection, item_id: int, wanted: str) -> set[str]:
    """The content hashes of the item's packed rows that begin with ``wanted`` as LIKE
    takes a beginning: ASCII letters in either case."""
    found: set[str] = set()
    for table in packed_tables(connection, item_id, ["content_hash"]):
        import pyarrow.compute as pc

        hashes = pc.drop_null(pc.unique(table["content_hash"]))
        found.update(hashes.filter(pc.starts_with(pc.ascii_lower(hashes), wanted)).to_pylist())
    return found


# --- per question ----------------------------------------------------------------------------


def _question_rows(
    scorer: Scorer, found: Scan, responses: int
) -> tuple[list[dict[str, Any]], list[Counter[float]], dict[int, Counter[float]]]:
    """Each question's row, each scored question's score distribution (for alpha) and
    each scale question's points (for NPS), from the (answer, total) pair counts."""
    answered = [0] * len(scorer.questions)
    options: list[Counter[str]] = [Counter() for _ in scorer.questions]
    points: list[Counter[float]] = [Counter() for _ in scorer.questions]
    scores: list[Counter[float]] = [Counter() for _ in scorer.questions]
    pairs: list[Counter[tuple[float, float]]] = [Counter() for _ in scorer.questions]
    totals = scorer.totals
    for key, count in found.pairs.items():
        index, code, total_id = scorer.decode(key)
        value = scorer.values[index][code]
        if code:
            answered[index] += count
            for option in value.options:
                options[index][option] += count
            if value.point is not None:
                points[index][value.point] += count
        if total_id:  # completed, hence scored
            scores[index][value.score] += count
            pairs[index][value.score, totals[total_id]] += count
    rows = []
    for i, q in enumerate(scorer.questions):
        fac = st.counted_facility(scores[i], q.points) if q.scored else None
        disc = st.counted_discrimination(pairs[i]) if q.scored else None
        row: dict[str, Any] = {
            "id": q.id,
            "position": i + 1,
            "text": q.text,
            "type": q.type.value,
            "points": q.points if q.scored else None,
            "answered": answered[i],
            "skipped": responses - answered[i],
            "options": _options(q, options[i], answered[i]),
            "facility": fac,
            "discrimination": disc,
            "flags": st.question_flags(fac, disc),
            "flag_keys": st.question_flag_keys(fac, disc),
        }
        if q.type in SCALE_TYPES:
            row["mean"] = st.counted_mean(points[i])
        rows.append(row)
    scored = [scores[i] for i, q in enumerate(scorer.questions) if q.scored]
    return rows, scored, dict(enumerate(points))


def _options(q: Question, counts: Mapping[str, int], answered: int) -> list[dict[str, Any]]:
    if q.type in CHOICE_TYPES or q.type == QuestionType.RANKING:
        listed = [(o.id, o.label) for o in q.options]
    elif q.type in SCALE_TYPES and q.scale is not None:
        labels = q.scale.labels
        points = range(q.scale.min, q.scale.max + 1)
        listed = [(str(p), labels[i] if i < len(labels) else str(p)) for i, p in enumerate(points)]
    else:
        return []
    return [
        {
            "id": oid,
            "label": label,
            "count": counts.get(oid, 0),
            "share": st.ratio(counts.get(oid, 0), answered),
        }
        for oid, label in listed
    ]


# --- funnel events and drop-off ------------------------------------------------------------


@dataclass
class _Funnel:
    counts: Counter[str]
    variant_starts: Counter[str]
    furthest: Counter[int] | None  # from answer events, when there are any
    completed_sessions: int


def _funnel(connection: Connection, filters: Filters, questions: Sequence[Question]) -> _Funnel:
    e = EVENT
    conditions = filters.events()
    counts: Counter[str] = Counter()
    variant_starts: Counter[str] = Counter()
    for etype, evariant, count in connection.execute(
        core_select(e.c.type, e.c.variant, func.count(func.distinct(e.c.session)))
        .where(*conditions, e.c.type.in_(("view", "start", "complete")))
        .group_by(e.c.type, e.c.variant)
    ):
        counts[etype] += count
        if etype == "start":
            variant_starts[evariant or ""] += count
    position = {q.id: i for i, q in enumerate(questions)}
    furthest_by_session: dict[str, int] = {}
    for session, question_id in raw_rows(
        connection,
        core_select(e.c.session, e.c.question_id).where(*conditions, e.c.type == "answer"),
    ):
        i = position.get(question_id)
        if i is not None and furthest_by_session.get(session, -1) < i:
            furthest_by_session[session] = i
    if not furthest_by_session:
        return _Funnel(counts, variant_starts, None, 0)
    completed = {
        r[0]
        for r in raw_rows(
            connection,
            core_select(e.c.session).where(*conditions, e.c.type == "complete").distinct(),
        )
    }
    furthest = Counter(i for s, i in furthest_by_session.items() if s not in completed)
    return _Funnel(counts, variant_starts, furthest, len(completed))


def _dropoff(
    questions: Sequence[Question], furthest: Mapping[int, int], completed: int
) -> list[dict[str, Any]]:
    rows = st.dropoff(furthest, completed, len(questions))
    return [
        {"question_id": q.id, "text": q.text, **row} for q, row in zip(questions, rows, strict=True)
    ]


# --- channel reach --------------------------------------------------------------------------


def channel_reach(library: LibraryService, item_id: int) -> dict[str, int]:
    """How many people each channel (utm_source) reached, as the user entered it."""
    with library.session() as s:
        if s.get(Item, item_id) is None:
            raise ItemNotFound(item_id)
        rows = s.exec(select(ChannelReach).where(ChannelReach.item_id == item_id)).all()
        return {r.source: r.reach for r in rows}


def set_channel_reach(
    library: LibraryService, item_id: int, source: str, reach: int | None
) -> None:
    """Record a channel's reach for an item; ``None`` forgets it."""
    source = source.strip()
    if not source:
        raise StatisticsError("a channel needs a name (its utm_source)")
    if reach is not None and (isinstance(reach, bool) or not isinstance(reach, int) or reach < 0):
        raise StatisticsError(f"the reach of {source} must be a whole number, 0 or more")
    with library.session() as s, s.begin():
        if s.get(Item, item_id) is None:
            raise ItemNotFound(item_id)
        row = s.exec(
            select(ChannelReach).where(
                ChannelReach.item_id == item_id, ChannelReach.source == source
            )
        ).first()
        if reach is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(ChannelReach(item_id=item_id, source=source, reach=reach))
        else:
            row.reach = reach
            s.add(row)


# --- the whole picture -----------------------------------------------------------------------


def _sources(
    by_source: Mapping[str, list[Any]], reach: Mapping[str, int], only: str | None
) -> list[dict[str, Any]]:
    groups = dict(by_source)
    for source in reach:  # a channel with a reach and no response yet: 0 % engagement
        if source and source not in groups and only in (None, source):
            groups[source] = [0, 0, 0.0, 0]
    return [
        {
            "source": key or None,
            "responses": g[0],
            "completed": g[1],
            "completion_rate": st.ratio(g[1], g[0]),
            "mean_score": st.ratio(g[2], g[3]),
            "reach": reach.get(key),
            "engagement_rate": st.ratio(g[0], reach.get(key) or 0),
        }
        for key, g in sorted(groups.items(), key=lambda kv: (-kv[1][0], kv[0]))
    ]


def _variants(
    by_variant: Mapping[str, list[Any]], document: ItemDocument, starts: Mapping[str, int]
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    order = [v.id for v in document.variants]
    names = {v.id: v.name or v.id for v in document.variants}
    keys = [k for k in order if k in by_variant] + sorted(
        k for k in by_variant if k not in order and k
    )
    variants = []
    for key in keys:
        g = by_variant[key]
        tried = max(starts.get(key, 0), g[1]) if starts.get(key) else g[0]
        ci = st.wilson_interval(g[1], tried)
        variants.append(
            {
                "variant": key,
                "name": names.get(key, key),
                "responses": g[0],
                "starts": tried,
                "completed": g[1],
                "completion_rate": st.ratio(g[1], tried),
                "completion_rate_ci": list(ci) if ci else None,
                "mean_score": st.ratio(g[2], g[3]),
            }
        )
    ab = None
    if len(variants) >= 2:
        a, b = variants[0], variants[1]
        ab = st.ab_test(
            (a["name"], a["completed"], a["starts"]), (b["name"], b["completed"], b["starts"])
        )
    return variants, ab


@dataclass
class _Groups:
    """The scan's groups summed the ways the statistics need them."""

    responses: int = 0
    completed: int = 0
    leads: int = 0
    totals: Counter[float] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    # [responses, completed, score sum, scored]
    by_source: dict[str, list[Any]] = field(default_factory=dict)
    by_variant: dict[str, list[Any]] = field(default_factory=dict)
    campaigns: set[str] = field(default_factory=set)


def _groups(found: Scan, scorer: Scorer) -> _Groups:
    g = _Groups()
    for (total_id, source, variant, outcome, lead, campaign, _), count in found.groups.items():
        g.responses += count
        if lead:
            g.leads += count
        total = scorer.totals[total_id]
        for name, table in ((source or "", g.by_source), (variant or "", g.by_variant)):
            row = table.get(name)
            if row is None:
                row = table[name] = [0, 0, [], 0]
            row[0] += count
            if total_id:
                row[1] += count
                if scorer.scored:
                    row[2].append(total * count)
                    row[3] += count
        if not total_id:
            continue
        g.completed += count
        if scorer.scored:
            g.totals[total] += count
        if outcome:
            g.outcomes[outcome] += count
        if campaign and lead:
            g.campaigns.add(campaign)
    for table in (g.by_source, g.by_variant):
        for row in table.values():  # summed exactly: the same whatever the groups' order
            row[2] = math.fsum(row[2])
    return g


def _catalogue(found: Scan, target: _Target) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """The versions with their response counts, and the sources and variants there are to
    filter on: over all of the item's responses, whatever the filters."""
    hashes: Counter[str | None] = Counter()
    sources, variants = set(), set()
    passing = ((key[-1], key[1], key[2], count) for key, count in found.groups.items())
    others = ((*key, count) for key, count in found.catalogue.items())
    for digest, source, variant, count in chain(passing, others):
        hashes[digest] += count
        if source:
            sources.add(source)
        if variant:
            variants.add(variant)
    frozen = {v.content_hash for v in target.versions}
    versions = [
        {
            "content_hash": v.content_hash,
            "created_at": v.created_at.isoformat() if v.created_at else None,
            "responses": hashes.get(v.content_hash, 0),
        }
        for v in target.versions
    ]
    versions += [
        {"content_hash": digest, "created_at": None, "responses": count}
        for digest, count in sorted(hashes.items(), key=lambda kv: kv[0] or "")
        if digest not in frozen
    ]
    order = [v.id for v in target.current.variants]
    listed = [v for v in order if v in variants] + sorted(v for v in variants if v not in order)
    return versions, {"sources": sorted(sources), "variants": listed}


def _policy(value: DuplicatePolicy | str | None, document: ItemDocument) -> DuplicatePolicy:
    try:
        return DuplicatePolicy(value or document.settings.duplicate_policy)
    except ValueError:
        choices = ", ".join(p.value for p in DuplicatePolicy)
        raise StatisticsError(f"unknown duplicate policy '{value}' (one of {choices})") from None


def item_statistics(
    library: LibraryService,
    item_id: int,
    *,
    source: str | None = None,
    variant: str | None = None,
    since: datetime | date | str | None = None,
    until: datetime | date | str | None = None,
    duplicate_policy: DuplicatePolicy | str | None = None,
    reach: Mapping[str, int] | None = None,
    version: str | None = None,
    top: int = DEFAULT_TOP,
    cache: AnswerCache | None = None,
) -> dict[str, Any]:
    """Every statistic of item ``item_id`` over the responses that pass the filters.

    ``version``: a content hash (or its unique beginning): only the responses given that
    version, scored against its frozen document. ``reach``: each channel's reach; the
    reach stored in the library (``set_channel_reach``) when not given. ``top``: the
    length of the leaderboard. ``cache``: parsed answers kept between calls (by default
    one shared by the process, so that a filter change parses nothing again).
    """
    if top < 0:
        raise StatisticsError("the leaderboard cannot have fewer than 0 places")
    start, end = _as_when(since), _as_when(until, end=True)
    target = _target(library, item_id, None)
    if reach is None:
        reach = channel_reach(library, item_id)
    with library.engine.connect() as connection:
        if version is not None:
            known = [v.content_hash for v in target.versions]
            version = _resolve_version(connection, item_id, version, known)
            target = _target(library, item_id, version)
        policy = _policy(duplicate_policy, target.current)
        filters = Filters(item_id, source, variant, start, end, version, policy)
        blocks = item_blocks(connection, item_id)  # read once for both
        filters = with_duplicates_decided(connection, filters, blocks)
        doc = target.document
        scorer = (cache or _SHARED_CACHE).scorer(doc, target.digest)
        found = scan(connection, filters, scorer, _versions(target), blocks)
        g = _groups(found, scorer)
        funnel = _funnel(connection, filters, doc.questions)
        names = people.Names(doc)
        leaders = people.leaderboard(connection, found, scorer, names, top)
        badges = [
            b
            for b in (
                people.perfect_badge(connection, found, scorer, names),
                people.first_badge(connection, filters, names) if g.completed else None,
            )
            if b is not None
        ]
        badges += people.campaign_badges(connection, filters, g.campaigns, names)
    versions, available = _catalogue(found, target)
    questions, score_counts, points = _question_rows(scorer, found, g.responses)
    responses, completed = g.responses, g.completed
    has_events = bool(funnel.counts)
    starts = max(funnel.counts["start"], completed) if funnel.counts["start"] else responses
    views = funnel.counts["view"] if has_events else None
    nps_index = next((i for i, q in enumerate(doc.questions) if q.type == QuestionType.NPS), None)
    outcome_total = sum(g.outcomes.values())
    variants, ab = _variants(g.by_variant, doc, funnel.variant_starts)
    time_q = st.counted_quartiles(found.seconds)
    max_possible = doc.max_score
    if funnel.furthest is not None:
        dropoff = _dropoff(doc.questions, funnel.furthest, funnel.completed_sessions)
    else:
        dropoff = _dropoff(doc.questions, found.stopped, completed)
    return {
        "item": {"id": item_id, "uid": target.uid, "title": doc.title, "kind": doc.kind.value},
        "filters": {
            "source": source,
            "variant": variant,
            "since": start.isoformat() if start else None,
            "until": end.isoformat() if end else None,
            "duplicate_policy": policy.value,
            "version": version,
        },
        "responses": responses,
        "completed": completed,
        "completion_rate": st.completion_rate(completed, starts),
        "views": views,
        "starts": starts,
        "leads": g.leads if g.leads or doc.lead_form.enabled else None,
        "score": st.counted_score_summary(g.totals, max_possible, doc.scoring.pass_percent),
        "bands": st.band_counts(
            g.totals, max_possible, [(b.title, b.min_percent) for b in doc.scoring.bands]
        )
        if max_possible > 0
        else [],
        "questions": questions,
        "outcomes": [
            {
                "id": o.id,
                "title": o.title,
                "count": g.outcomes.get(o.id, 0),
                "share": st.ratio(g.outcomes.get(o.id, 0), outcome_total),
            }
            for o in doc.outcomes
        ],
        "nps": {"question": doc.questions[nps_index].id, **st.counted_nps(points[nps_index])}
        if nps_index is not None
        else None,
        "funnel": st.funnel(views or 0, starts, completed)
        if has_events
        else st.funnel(0, starts, completed)[1:],
        "dropoff": dropoff,
        "dropoff_basis": "events" if funnel.furthest is not None else "responses",
        "sources": _sources(g.by_source, reach, source),
        "variants": variants,
        "ab_test": ab,
        "alpha": st.counted_alpha(score_counts, g.totals) if g.totals else None,
        "time": {
            "median_seconds": time_q[1] if time_q else None,
            "q1_seconds": time_q[0] if time_q else None,
            "q3_seconds": time_q[2] if time_q else None,
            "responses": st.size(found.seconds),
        },
        "leaderboard": leaders,
        "badges": badges,
        "versions": versions,
        "available": available,
    }
