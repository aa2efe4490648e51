"""Hypothesis strategies that build valid item documents of every kind and question type."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from quizbuilder.domain.content import (
    CHOICE_TYPES,
    ItemDocument,
    Kind,
    QuestionType,
)

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
ident = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,10}", fullmatch=True)
fraction = st.floats(min_value=-1, max_value=1, allow_nan=False)
points = st.floats(min_value=0, max_value=20, allow_nan=False)
# Images point at a small pool of real assets, so that item files can carry them.
ASSETS = {hashlib.sha256(data).hexdigest(): data for data in (b"\x89PNG one", b"\x89PNG two")}
image = st.none() | st.fixed_dictionaries({"asset": st.sampled_from(sorted(ASSETS)), "alt": text})
colour = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)


def unique_ids(n: int) -> list[str]:
    return [f"id{i}" for i in range(n)]


@st.composite
def options(draw: st.DrawFn, n: int, outcomes: list[str]) -> list[dict[str, Any]]:
    return [
        {
            "id": oid,
            "label": draw(text),
            "image": draw(image),
            "fraction": draw(fraction),
            "weights": draw(
                st.dictionaries(st.sampled_from(outcomes), st.floats(-5, 5), max_size=len(outcomes))
            )
            if outcomes
            else {},
            "feedback": draw(text),
        }
        for oid in unique_ids(n)
    ]


@st.composite
def questions(draw: st.DrawFn, qid: str, outcomes: list[str]) -> dict[str, Any]:
    qtype = draw(st.sampled_from(list(QuestionType)))
    q: dict[str, Any] = {
        "id": qid,
        "type": qtype.value,
        "text": draw(text),
        "description": draw(text),
        "required": draw(st.booleans()),
        "points": draw(points),
        "explanation": draw(text),
    }
    if qtype in CHOICE_TYPES or qtype == QuestionType.RANKING:
        n = 2 if qtype == QuestionType.TRUE_FALSE else draw(st.integers(2, 5))
        q["options"] = draw(options(n, outcomes))
        if qtype in (QuestionType.MULTIPLE_CHOICE, QuestionType.IMAGE_MULTIPLE_CHOICE):
            q["max_choices"] = draw(st.none() | st.integers(1, n))
    if qtype == QuestionType.NPS:
        q["scale"] = {"min": 0, "max": 10, "min_label": draw(text), "max_label": draw(text)}
    elif qtype == QuestionType.RATING:
        q["scale"] = {"min": 1, "max": draw(st.integers(2, 10))}
    elif qtype == QuestionType.LIKERT:
        top = draw(st.integers(2, 7))
        q["scale"] = {
            "min": 1,
            "max": top,
            "labels": draw(st.lists(text, min_size=top, max_size=top)),
        }
    elif qtype == QuestionType.SHORT_TEXT:
        q["accepted_answers"] = draw(
            st.lists(
                st.fixed_dictionaries({"text": text.filter(bool), "fraction": st.floats(0, 1)}),
                max_size=3,
            )
        )
        q["case_sensitive"] = draw(st.booleans())
    elif qtype == QuestionType.NUMBER:
        q["numeric_answers"] = draw(
            st.lists(
                st.fixed_dictionaries(
                    {"value": st.floats(-1e6, 1e6), "tolerance": st.floats(0, 100)}
                ),
                max_size=3,
            )
        )
        q["unit"] = draw(text)
    elif qtype == QuestionType.MATCHING:
        q["pairs"] = [
            {"id": pid, "prompt": draw(text), "answer": draw(text)}
            for pid in unique_ids(draw(st.integers(2, 4)))
        ]
    return q


aware = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC)
)


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(list(Kind)))
    outcomes = unique_ids(draw(st.integers(0, 3))) if kind == Kind.PERSONALITY_QUIZ else []
    outcomes = [f"o{o}" for o in outcomes]
    qids = [f"q{i}" for i in range(draw(st.integers(0, 6)))]
    doc: dict[str, Any] = {
        "kind": kind.value,
        "title": draw(text),
        "intro": draw(text),
        "image": draw(image),
        "language": draw(st.sampled_from(["fr", "en"])),
        "campaign": draw(text),
        "tags": draw(st.lists(text, max_size=3)),
        "questions": [draw(questions(qid, outcomes)) for qid in qids],
        "outcomes": [{"id": o, "title": draw(text), "text": draw(text)} for o in outcomes],
        "tie_rule": draw(st.sampled_from(["first_listed", "random", "show_all"])),
        "scoring": {
            "pass_percent": draw(st.none() | st.floats(0, 100)),
            "bands": [
                {"min_percent": m, "title": draw(text)}
                for m in draw(st.sets(st.integers(0, 100), max_size=3))
            ],
        },
        "settings": {
            "layout": draw(st.sampled_from(["one_per_screen", "all_on_one_page"])),
            "shuffle_questions": draw(st.booleans()),
            "pool_size": draw(st.none() | st.integers(1, len(qids))) if qids else None,
            "timer": draw(
                st.none()
                | st.fixed_dictionaries(
                    {"seconds": st.integers(5, 600), "extendable": st.booleans()}
                )
            ),
            "instant_feedback": draw(st.booleans()),
            "duplicate_policy": draw(
                st.sampled_from(["keep_all", "first_per_email", "last_per_email"])
            ),
        },
        "lead_form": {
            "enabled": draw(st.booleans()),
            "fields": [{"id": "email", "type": "email", "required": draw(st.booleans())}],
            "consents": [
                {
                    "id": "news",
                    "purpose": "newsletter",
                    "text": "Oui à la lettre",
                    "version": draw(st.from_regex(r"[0-9]{4}-[0-9]{2}", fullmatch=True)),
                    "required": draw(st.booleans()),
                }
            ],
        },
        "theme": {
            "primary_color": draw(colour),
            "radius": draw(st.integers(0, 32)),
            "font": draw(st.sampled_from(["system", "serif", "rounded", "monospace"])),
        },
        "strings": draw(
            st.dictionaries(
                st.from_regex(r"[a-z][a-z0-9_.]{0,8}", fullmatch=True), text, max_size=3
            )
        ),
        "variants": [
            {"id": "A", "weight": draw(st.floats(0, 10))},
            {
                "id": "B",
                "title": draw(st.none() | text),
                "question_order": draw(st.permutations(qids)) if qids else None,
            },
        ]
        if draw(st.booleans())
        else [],
    }
    if kind == Kind.CONTEST:
        start = draw(aware)
        doc["contest"] = {
            "starts_at": start.isoformat(),
            "ends_at": (start + timedelta(days=draw(st.integers(1, 60)))).isoformat(),
            "timezone": draw(st.sampled_from(["Europe/Paris", "America/Montreal", "UTC"])),
            "winners": draw(st.integers(1, 10)),
            "alternates": draw(st.integers(0, 10)),
            "eligibility": {
                "min_age": draw(st.none() | st.integers(13, 21)),
                "countries": draw(st.lists(st.sampled_from(["FR", "BE", "CA"]), unique=True)),
            },
            "prizes": [{"id": "p1", "name": draw(text), "value": draw(st.floats(0, 1e4))}],
        }
    return doc


def parsed(doc: dict[str, Any]) -> ItemDocument:
    return ItemDocument.model_validate(doc)
