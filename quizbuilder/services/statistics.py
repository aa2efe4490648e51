"""An item's statistics: read its responses in bulk and compute DESIGN.md's definitions.

Rows are streamed through SQLAlchemy Core (no ORM object per response). Each question is
scored again from the answers JSON against the item's current document, once per distinct
(question, answer) pair. Scores, facility, discrimination and alpha are over completed
responses (the scored responses); answered/skipped and option counts over all of them.
"""

from __future__ import annotations

import json
from array import array
from collections import Counter
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as core_select

from quizbuilder.domain import statistics as st
from quizbuilder.domain.content import (
    CHOICE_TYPES,
    SCALE_TYPES,
    DuplicatePolicy,
    ItemDocument,
    Question,
    QuestionType,
)
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.scoring import question_score
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.store import items as store
from quizbuilder.store.tables import Event, Item, Response

_response = Response.__table__  # type: ignore[attr-defined]
_event = Event.__table__  # type: ignore[attr-defined]
_CACHE_LIMIT = 200_000


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
        raise QuizbuilderError(f"'{text}' is not a date (YYYY-MM-DD or ISO date-time)") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _as_when(value: datetime | date | str | None, *, end: bool = False) -> datetime | None:
    if value is None or isinstance(value, str):
        return parse_when(value, end=end)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return parse_when(value.isoformat(), end=end)


def _answered(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def _chosen(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [str(v) for v in value]
    return []


class _QuestionStats:
    def __init__(self, question: Question) -> None:
        self.question = question
        self.scored = question.scored
        self.answered = 0
        self.counts: Counter[str] = Counter()
        self.scores = array("d")  # completed responses, in order
        self.values: list[int] = []  # scale answers
        self.cache: dict[str, float] = {}
        self.is_choice = question.type in CHOICE_TYPES
        self.is_scale = question.type in SCALE_TYPES

    def score(self, value: Any) -> float:
        key = json.dumps(value, sort_keys=True) if not isinstance(value, str) else value
        found = self.cache.get(key)
        if found is None:
            found = question_score(self.question, value) or 0.0
            if len(self.cache) < _CACHE_LIMIT:
                self.cache[key] = found
        return found

    def options(self) -> list[dict[str, Any]]:
        q = self.question
        if self.is_choice or q.type == QuestionType.RANKING:
            listed = [(o.id, o.label) for o in q.options]
        elif self.is_scale and q.scale is not None:
            labels = q.scale.labels
            points = range(q.scale.min, q.scale.max + 1)
            listed = [
                (str(p), labels[i] if i < len(labels) else str(p)) for i, p in enumerate(points)
            ]
        else:
            return []
        return [
            {
                "id": oid,
                "label": label,
                "count": self.counts.get(oid, 0),
                "share": st.ratio(self.counts.get(oid, 0), self.answered),
            }
            for oid, label in listed
        ]


def _document(library: LibraryService, item_id: int) -> tuple[str, ItemDocument]:
    with library.session() as s:
        item = s.get(Item, item_id)
        if item is None:
            raise ItemNotFound(item_id)
        return item.uid, store.item_document(item)


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
) -> dict[str, Any]:
    """Every statistic of item ``item_id`` over the responses that pass the filters."""
    uid, doc = _document(library, item_id)
    policy = DuplicatePolicy(duplicate_policy or doc.settings.duplicate_policy)
    start, end = _as_when(since), _as_when(until, end=True)
    t, e = _response, _event

    conditions = [t.c.item_id == item_id]
    event_conditions = [e.c.item_id == item_id]
    if source is not None:
        conditions.append(t.c.source == source)
        event_conditions.append(e.c.source == source)
    if variant is not None:
        conditions.append(t.c.variant == variant)
        event_conditions.append(e.c.variant == variant)
    when = func.coalesce(t.c.submitted_at, t.c.started_at)  # a partial one has no submit
    if start is not None:
        conditions.append(when >= start)
        event_conditions.append(e.c.at >= start)
    if end is not None:
        conditions.append(when <= end)
        event_conditions.append(e.c.at <= end)

    questions = [_QuestionStats(q) for q in doc.questions]
    scored = [q for q in questions if q.scored]
    max_possible = doc.max_score
    totals = array("d")
    responses = completed = 0
    outcome_counts: Counter[str] = Counter()
    by_source: dict[str, list[Any]] = {}  # [responses, completed, score sum, scored]
    by_variant: dict[str, list[Any]] = {}
    durations: list[float] = []

    with library.engine.connect() as connection:
        keep: set[int] | None = None
        if policy != DuplicatePolicy.KEEP_ALL:
            chosen: dict[str, int] = {}
            ids = connection.execute(
                core_select(t.c.id, t.c.email)
                .where(*conditions, t.c.email.is_not(None))
                .order_by(t.c.submitted_at, t.c.id)
            )
            for rid, email in ids:
                if policy == DuplicatePolicy.LAST_PER_EMAIL or email not in chosen:
                    chosen[email] = rid
            keep = set(chosen.values())

        rows = connection.execution_options(stream_results=True, yield_per=10_000).execute(
            core_select(
                t.c.id,
                t.c.email,
                t.c.completed,
                t.c.answers,
                t.c.outcome,
                t.c.source,
                t.c.variant,
                t.c.started_at,
                t.c.submitted_at,
            )
            .where(*conditions)
            .order_by(t.c.submitted_at, t.c.id)
        )
        for rid, email, done, answers_text, outcome, rsource, rvariant, began, ended in rows:
            if keep is not None and email is not None and rid not in keep:
                continue
            responses += 1
            answers = json.loads(answers_text) if answers_text else {}
            for q in questions:
                value = answers.get(q.question.id)
                if _answered(value):
                    q.answered += 1
                    if q.is_choice or q.question.type == QuestionType.RANKING:
                        q.counts.update(set(_chosen(value)))
                    elif q.is_scale and isinstance(value, int) and not isinstance(value, bool):
                        q.counts[str(value)] += 1
                        q.values.append(value)
            total: float | None = None
            if done:
                completed += 1
                if scored:
                    total = 0.0
                    for q in scored:
                        points = q.score(answers.get(q.question.id))
                        q.scores.append(points)
                        total += points
                    totals.append(total)
                if outcome:
                    outcome_counts[outcome] += 1
                if began is not None and ended is not None and ended >= began:
                    durations.append((ended - began).total_seconds())
            for key, groups in ((rsource or "", by_source), (rvariant or "", by_variant)):
                g = groups.setdefault(key, [0, 0, 0.0, 0])
                g[0] += 1
                if done:
                    g[1] += 1
                    if total is not None:
                        g[2] += total
                        g[3] += 1

        event_counts: Counter[str] = Counter()
        variant_starts: Counter[str] = Counter()
        for etype, evariant, count in connection.execute(
            core_select(e.c.type, e.c.variant, func.count(func.distinct(e.c.session)))
            .where(*event_conditions, e.c.type.in_(("view", "start", "complete")))
            .group_by(e.c.type, e.c.variant)
        ):
            event_counts[etype] += count
            if etype == "start":
                variant_starts[evariant or ""] += count

    has_events = bool(event_counts)
    starts = max(event_counts["start"], completed) if event_counts["start"] else responses
    views = event_counts["view"] if has_events else None

    question_rows = []
    for q in questions:
        fac = st.facility(q.scores, q.question.points) if q.scored else None
        disc = st.discrimination(q.scores, totals) if q.scored else None
        row: dict[str, Any] = {
            "id": q.question.id,
            "text": q.question.text,
            "type": q.question.type.value,
            "points": q.question.points if q.scored else None,
            "answered": q.answered,
            "skipped": responses - q.answered,
            "options": q.options(),
            "facility": fac,
            "discrimination": disc,
            "flags": st.question_flags(fac, disc),
        }
        if q.is_scale:
            row["mean"] = st.mean(q.values)
        question_rows.append(row)

    outcome_total = sum(outcome_counts.values())
    outcomes = [
        {
            "id": o.id,
            "title": o.title,
            "count": outcome_counts.get(o.id, 0),
            "share": st.ratio(outcome_counts.get(o.id, 0), outcome_total),
        }
        for o in doc.outcomes
    ]

    nps_question = next((q for q in questions if q.question.type == QuestionType.NPS), None)
    nps = (
        {"question": nps_question.question.id, **st.nps(nps_question.values)}
        if nps_question is not None
        else None
    )

    sources = [
        {
            "source": key or None,
            "responses": g[0],
            "completed": g[1],
            "completion_rate": st.ratio(g[1], g[0]),
            "mean_score": st.ratio(g[2], g[3]),
            "reach": (reach or {}).get(key),
            "engagement_rate": st.ratio(g[0], (reach or {}).get(key) or 0),
        }
        for key, g in sorted(by_source.items(), key=lambda kv: (-kv[1][0], kv[0]))
    ]

    variant_order = [v.id for v in doc.variants]
    names = {v.id: v.name or v.id for v in doc.variants}
    variant_keys = [k for k in variant_order if k in by_variant] + sorted(
        k for k in by_variant if k not in variant_order and k
    )
    variants = []
    for key in variant_keys:
        g = by_variant[key]
        tried = max(variant_starts[key], g[1]) if variant_starts[key] else g[0]
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

    time_q = st.quartiles(durations)
    per_question = [q.scores for q in scored]
    return {
        "item": {"id": item_id, "uid": uid, "title": doc.title, "kind": doc.kind.value},
        "filters": {
            "source": source,
            "variant": variant,
            "since": start.isoformat() if start else None,
            "until": end.isoformat() if end else None,
            "duplicate_policy": policy.value,
        },
        "responses": responses,
        "completed": completed,
        "completion_rate": st.completion_rate(completed, starts),
        "views": views,
        "starts": starts,
        "score": st.score_summary(totals, max_possible, doc.scoring.pass_percent),
        "questions": question_rows,
        "outcomes": outcomes,
        "nps": nps,
        "funnel": st.funnel(views or 0, starts, completed)
        if has_events
        else st.funnel(0, starts, completed)[1:],
        "sources": sources,
        "variants": variants,
        "ab_test": ab,
        "alpha": st.cronbach_alpha(per_question) if per_question and len(totals) else None,
        "time": {
            "median_seconds": time_q[1] if time_q else None,
            "q1_seconds": time_q[0] if time_q else None,
            "q3_seconds": time_q[2] if time_q else None,
        },
    }
