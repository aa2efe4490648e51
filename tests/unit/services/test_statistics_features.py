"""item_statistics' participation, bands, leaderboard, badges, versions, reach and
drop-off, on small items whose every expected number is worked out by hand here."""

from __future__ import annotations

import copy
import hashlib
import json
import math
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from quizbuilder.domain.validation import parse_document
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.services.responses import import_jsonl
from quizbuilder.services.statistics import (
    AnswerCache,
    StatisticsError,
    channel_reach,
    item_statistics,
    set_channel_reach,
)
from quizbuilder.store import items as store
from quizbuilder.store.tables import Item

QUIZ: dict[str, Any] = {
    "kind": "knowledge_quiz",
    "title": "Deux questions et un NPS",
    "scoring": {
        "pass_percent": 50,
        "bands": [
            {"min_percent": 100, "title": "Top"},
            {"min_percent": 0, "title": "Low"},
            {"min_percent": 50, "title": "Mid"},
        ],
    },
    "lead_form": {
        "enabled": True,
        "fields": [
            {"id": "email", "type": "email"},
            {"id": "prenom", "type": "first_name"},
            {"id": "nom", "type": "last_name"},
        ],
    },
    "variants": [{"id": "A"}, {"id": "B"}],
    "questions": [
        {
            "id": "q1",
            "type": "single_choice",
            "text": "Un",
            "points": 1,
            "options": [{"id": "a", "fraction": 1}, {"id": "b", "fraction": 0}],
        },
        {
            "id": "q2",
            "type": "single_choice",
            "text": "Deux",
            "points": 1,
            "options": [{"id": "a", "fraction": 1}, {"id": "b", "fraction": 0}],
        },
        {
            "id": "q3",
            "type": "nps",
            "text": "Recommanderiez-vous ?",
            "scale": {"min": 0, "max": 10},
        },
    ],
}


def response(
    item: str,
    rid: str,
    answers: dict[str, Any],
    *,
    day: int = 1,
    seconds: int | None = 60,
    completed: bool = True,
    lead: dict[str, str] | None = None,
    source: str | None = None,
    campaign: str | None = None,
    variant: str | None = None,
    content_hash: str | None = None,
) -> dict[str, Any]:
    submitted = datetime(2026, 5, day, 10, tzinfo=UTC)
    started = submitted - timedelta(seconds=seconds) if seconds is not None else None
    line: dict[str, Any] = {
        "type": "response",
        "item": item,
        "id": rid,
        "answers": answers,
        "completed": completed,
        "context": {"utm_source": source, "utm_campaign": campaign},
    }
    if completed:
        line["submitted_at"] = submitted.isoformat()
        if started is not None:
            line["started_at"] = started.isoformat()
    else:  # a partial response has no submission: it is dated by its start
        line["started_at"] = submitted.isoformat()
    if lead:
        line["lead"] = lead
    if variant:
        line["variant"] = variant
    if content_hash:
        line["content_hash"] = content_hash
    return line


def load(library: LibraryService, tmp_path: Path, lines: list[dict[str, Any]]) -> None:
    path = tmp_path / f"r{len(list(tmp_path.iterdir()))}.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert not import_jsonl(library, path).rejected


def uid_of(library: LibraryService, item_id: int) -> str:
    return library.item(item_id).summary.uid


def participant(response_id: str) -> str:
    return "Participant " + hashlib.sha256(response_id.encode()).hexdigest()[:4].upper()


@pytest.fixture
def quiz(library: LibraryService, tmp_path: Path) -> int:
    """Four completed responses (totals 2, 1, 0, 2 out of 2) and three partial ones."""
    item_id = library.create_item(parse_document(QUIZ))
    u = uid_of(library, item_id)
    camille = {"email": "Camille@X.fr", "prenom": "Camille", "nom": "dupont"}
    load(
        library,
        tmp_path,
        [
            response(u, "r1", {"q1": "a", "q2": "a", "q3": 10}, day=1, seconds=60,
                     lead=camille, source="insta", campaign="camp", variant="A"),
            response(u, "r2", {"q1": "a", "q2": "b", "q3": 9}, day=2, seconds=30,
                     lead={"email": "r2@x.fr"}, source="insta", campaign="camp", variant="B"),
            response(u, "r3", {"q1": "b", "q2": "b", "q3": 3}, day=3, seconds=120,
                     source="fb", variant="A"),
            response(u, "r4", {"q1": "a", "q2": "a"}, day=4, seconds=45,
                     lead={"email": "zoe@x.fr", "prenom": "Zoé"}, source="fb", variant="B"),
            response(u, "r5", {"q1": "a"}, day=5, completed=False, source="insta", variant="A"),
            response(u, "r6", {}, day=6, completed=False, variant="A"),
            response(u, "r7", {"q1": "b", "q2": "a"}, day=7, completed=False, variant="B"),
        ],
    )  # fmt: skip
    return item_id


def test_participation_scores_and_item_analysis(library: LibraryService, quiz: int) -> None:
    data = item_statistics(library, quiz, cache=AnswerCache())
    json.dumps(data, allow_nan=False)
    assert (data["responses"], data["completed"], data["leads"]) == (7, 4, 3)
    assert data["completion_rate"] == pytest.approx(4 / 7)  # no events: starts = responses
    score = data["score"]
    assert score["mean"] == pytest.approx(1.25) and score["median"] == 1.5
    assert score["pass_rate"] == 0.75  # 2, 1 and 2 reach 50 %
    assert [(b["title"], b["count"], b["share"]) for b in data["bands"]] == [
        ("Low", 1, 0.25),
        ("Mid", 1, 0.25),
        ("Top", 2, 0.5),
    ]
    q1, q2, q3 = data["questions"]
    assert (q1["answered"], q1["skipped"]) == (6, 1)  # everyone but r6
    assert [o["count"] for o in q1["options"]] == [4, 2]
    assert q1["facility"] == 0.75 and q2["facility"] == 0.5
    # q1 scores 1,1,0,1 against rest scores 1,0,0,1: sxy = .5, sxx = .75, syy = 1
    assert q1["discrimination"] == pytest.approx(0.5 / math.sqrt(0.75))
    assert q2["discrimination"] == pytest.approx(0.5 / math.sqrt(0.75))
    assert q3["facility"] is None and q3["flags"] == [] and q3["flag_keys"] == []
    # item variances .1875 and .25; totals 2,1,0,2 have variance .6875
    assert data["alpha"] == pytest.approx(2 * (1 - 0.4375 / 0.6875))
    nps = data["nps"]
    assert (nps["promoters"], nps["detractors"], nps["responses"]) == (2, 1, 3)
    assert nps["score"] == pytest.approx(100 / 3)
    # 30, 45, 60, 120 s: the inclusive quartiles interpolate at 3/4 and 9/4
    assert data["time"] == {
        "median_seconds": 52.5,
        "q1_seconds": 41.25,
        "q3_seconds": 75.0,
        "responses": 4,
    }


def test_dropoff_from_partial_responses(library: LibraryService, quiz: int) -> None:
    data = item_statistics(library, quiz)
    assert data["dropoff_basis"] == "responses"
    # r5 stopped after q1, r7 after q2 (r6 answered nothing); the 4 completed reached all
    assert [(d["question_id"], d["reached"], d["stopped"]) for d in data["dropoff"]] == [
        ("q1", 6, 1),
        ("q2", 5, 1),
        ("q3", 4, 0),
    ]
    assert data["dropoff"][0]["position"] == 1 and data["dropoff"][0]["text"] == "Un"


def test_dropoff_from_answer_events(library: LibraryService, tmp_path: Path) -> None:
    item_id = library.create_item(parse_document(QUIZ))
    u = uid_of(library, item_id)

    def event(session: str, kind: str, question: str | None = None, minute: int = 0) -> dict:
        line = {"type": "event", "item": u, "session": session, "event": kind}
        line["at"] = f"2026-05-01T10:{minute:02d}:00Z"
        return line | ({"question": question} if question else {})

    load(
        library,
        tmp_path,
        [
            event("s1", "start"), event("s1", "answer", "q1", 1), event("s1", "answer", "q2", 2),
            event("s1", "answer", "q3", 3), event("s1", "complete", minute=4),
            event("s2", "start"), event("s2", "answer", "q1", 1),
            event("s3", "start"), event("s3", "answer", "q2", 1), event("s3", "answer", "q1", 2),
            event("s4", "start"),
        ],
    )  # fmt: skip
    data = item_statistics(library, item_id)
    assert data["dropoff_basis"] == "events"
    # s2 stopped after q1; s3 answered q2 (in whatever order): its furthest is q2
    assert [(d["reached"], d["stopped"]) for d in data["dropoff"]] == [(3, 1), (2, 1), (1, 0)]
    assert data["starts"] == 4 and data["responses"] == 0


def test_leaderboard_pseudonyms_and_badges(library: LibraryService, quiz: int) -> None:
    data = item_statistics(library, quiz)
    assert data["leaderboard"] == [
        {"rank": 1, "pseudonym": "Zoé", "score": 2.0, "seconds": 45.0},
        {"rank": 2, "pseudonym": "Camille D.", "score": 2.0, "seconds": 60.0},
        {"rank": 3, "pseudonym": participant("r2"), "score": 1.0, "seconds": 30.0},
        {"rank": 4, "pseudonym": participant("r3"), "score": 0.0, "seconds": 120.0},
    ]
    assert "@" not in json.dumps(data)  # no e-mail anywhere
    badges = {b["badge"]: b for b in data["badges"]}
    assert badges["perfect_score"]["count"] == 2
    assert badges["perfect_score"]["pseudonyms"] == ["Camille D.", "Zoé"]  # as they came
    first = badges["first_completions"]
    assert first["count"] == 4
    assert first["pseudonyms"] == ["Camille D.", participant("r2"), participant("r3"), "Zoé"]
    assert "campaign_complete" not in badges  # one quiz in the campaign: no badge
    top = item_statistics(library, quiz, top=1)["leaderboard"]
    assert [e["pseudonym"] for e in top] == ["Zoé"]
    assert item_statistics(library, quiz, top=0)["leaderboard"] == []
    with pytest.raises(StatisticsError):
        item_statistics(library, quiz, top=-1)


def test_equal_score_and_time_share_a_rank(library: LibraryService, tmp_path: Path) -> None:
    item_id = library.create_item(parse_document(QUIZ))
    u = uid_of(library, item_id)
    load(
        library,
        tmp_path,
        [
            response(u, "late", {"q1": "a", "q2": "a"}, day=3, seconds=50),
            response(u, "early", {"q1": "a", "q2": "a"}, day=1, seconds=50),
            response(u, "slow", {"q1": "a", "q2": "a"}, day=2, seconds=80),
            response(u, "weak", {"q1": "b"}, day=2, seconds=10),
            response(u, "untimed", {"q1": "a", "q2": "a"}, day=4, seconds=None),
        ],
    )
    board = item_statistics(library, item_id)["leaderboard"]
    assert [(e["rank"], e["pseudonym"], e["seconds"]) for e in board] == [
        (1, participant("early"), 50.0),  # same score and time: submitted first, same rank
        (1, participant("late"), 50.0),
        (3, participant("slow"), 80.0),
        (4, participant("untimed"), None),  # no start time: after the timed ones
        (5, participant("weak"), 10.0),
    ]
    two = item_statistics(library, item_id, top=2)["leaderboard"]
    assert [e["pseudonym"] for e in two] == [participant("early"), participant("late")]


def test_every_quiz_of_a_campaign(library: LibraryService, quiz: int, tmp_path: Path) -> None:
    other = library.create_item(parse_document(copy.deepcopy(QUIZ)))
    u = uid_of(library, other)
    load(
        library,
        tmp_path,
        [
            response(u, "o1", {"q1": "a"}, lead={"email": "camille@x.fr"}, campaign="camp"),
            response(u, "o2", {"q1": "a"}, lead={"email": "r2@x.fr"}, campaign="autre"),
            response(u, "o3", {"q1": "a"}, lead={"email": "zoe@x.fr"}, campaign="camp",
                     completed=False),
        ],
    )  # fmt: skip
    badges = [b for b in item_statistics(library, quiz)["badges"] if "campaign" in b]
    # Camille completed both quizzes of "camp" (her e-mail differs only in case); r2
    # answered the other quiz in another campaign; Zoé did not complete it
    assert badges == [
        {
            "badge": "campaign_complete",
            "title": "Every quiz of the campaign camp completed",
            "campaign": "camp",
            "count": 1,
            "pseudonyms": ["Camille D."],
        }
    ]


def test_channels_with_reach(library: LibraryService, quiz: int) -> None:
    assert channel_reach(library, quiz) == {}
    set_channel_reach(library, quiz, "insta", 100)
    set_channel_reach(library, quiz, "tiktok", 50)
    set_channel_reach(library, quiz, "insta", 60)  # corrected
    assert channel_reach(library, quiz) == {"insta": 60, "tiktok": 50}
    sources = {s["source"]: s for s in item_statistics(library, quiz)["sources"]}
    assert sources["insta"]["responses"] == 3 and sources["insta"]["reach"] == 60
    assert sources["insta"]["engagement_rate"] == pytest.approx(3 / 60)
    assert sources["insta"]["mean_score"] == 1.5  # r1 2, r2 1
    assert sources["tiktok"]["responses"] == 0 and sources["tiktok"]["engagement_rate"] == 0
    assert sources["fb"]["reach"] is None and sources["fb"]["engagement_rate"] is None
    given = item_statistics(library, quiz, reach={"fb": 4})
    assert {s["source"]: s["engagement_rate"] for s in given["sources"]}["fb"] == 0.5
    set_channel_reach(library, quiz, "tiktok", None)
    assert channel_reach(library, quiz) == {"insta": 60}
    for bad in (-1, 2.5, True):
        with pytest.raises(StatisticsError):
            set_channel_reach(library, quiz, "insta", bad)  # type: ignore[arg-type]
    with pytest.raises(StatisticsError):
        set_channel_reach(library, quiz, "  ", 3)
    with pytest.raises(ItemNotFound):
        set_channel_reach(library, 999, "insta", 3)
    with pytest.raises(ItemNotFound):
        channel_reach(library, 999)


def test_filters_and_what_there_is_to_filter_on(library: LibraryService, quiz: int) -> None:
    fb = item_statistics(library, quiz, source="fb")
    assert (fb["responses"], fb["completed"]) == (2, 2)
    assert fb["score"]["mean"] == 1.0  # r3 0, r4 2
    assert fb["available"] == {"sources": ["fb", "insta"], "variants": ["A", "B"]}
    assert [s["source"] for s in fb["sources"]] == ["fb"]
    b = item_statistics(library, quiz, variant="B", since="2026-05-02", until="2026-05-04")
    assert b["responses"] == 2 and [e["pseudonym"] for e in b["leaderboard"]] == [
        "Zoé",
        participant("r2"),
    ]
    nobody = item_statistics(library, quiz, source="nowhere")
    json.dumps(nobody, allow_nan=False)
    assert nobody["responses"] == 0 and nobody["leaderboard"] == [] and nobody["badges"] == []
    assert nobody["leads"] == 0  # the item has a lead form: 0, not unknown
    assert nobody["available"]["sources"] == ["fb", "insta"]
    with pytest.raises(StatisticsError):
        item_statistics(library, quiz, duplicate_policy="whatever")


def test_versions_are_scored_with_their_own_key(library: LibraryService, tmp_path: Path) -> None:
    item_id = library.create_item(parse_document(QUIZ))
    u = uid_of(library, item_id)
    first = library.freeze(item_id)
    load(library, tmp_path, [response(u, f"v1-{i}", {"q1": "a"}, content_hash=first)
                             for i in range(3)])  # fmt: skip
    changed = copy.deepcopy(QUIZ)
    changed["questions"][0]["options"] = [{"id": "a", "fraction": 0}, {"id": "b", "fraction": 1}]
    with library.session() as s, s.begin():
        item = s.get(Item, item_id)
        assert item is not None
        store.update_item(s, item=item, document=parse_document(changed))
    second = library.freeze(item_id)
    load(library, tmp_path, [response(u, "v2-0", {"q1": "b"}, content_hash=second)])

    everything = item_statistics(library, item_id)  # against the current key: "b"
    assert everything["questions"][0]["facility"] == 0.25
    assert [(v["content_hash"], v["responses"]) for v in everything["versions"]] == [
        (first, 3),
        (second, 1),
    ]
    old = item_statistics(library, item_id, version=first)
    assert old["responses"] == 3 and old["questions"][0]["facility"] == 1.0
    assert old["filters"]["version"] == first
    new = item_statistics(library, item_id, version=second[:7])  # a unique beginning
    assert new["responses"] == 1 and new["questions"][0]["facility"] == 1.0
    assert new["versions"] == everything["versions"]  # whatever the filter
    with pytest.raises(StatisticsError, match="no version"):
        item_statistics(library, item_id, version="0000000")


def test_edited_key_is_never_scored_from_the_cache(library: LibraryService, quiz: int) -> None:
    cache = AnswerCache()
    before = item_statistics(library, quiz, cache=cache)["questions"][0]["facility"]
    changed = copy.deepcopy(QUIZ)
    changed["questions"][0]["options"] = [{"id": "a", "fraction": 0}, {"id": "b", "fraction": 1}]
    with library.session() as s, s.begin():
        item = s.get(Item, quiz)
        assert item is not None
        store.update_item(s, item=item, document=parse_document(changed))
    after = item_statistics(library, quiz, cache=cache)["questions"][0]["facility"]
    assert (before, after) == (0.75, 0.25)


def test_a_full_cache_gives_the_same_numbers(library: LibraryService, quiz: int) -> None:
    roomy = item_statistics(library, quiz, cache=AnswerCache())
    tight = item_statistics(library, quiz, cache=AnswerCache(limit=1))
    assert tight == roomy
    again = AnswerCache(limit=2)
    item_statistics(library, quiz, cache=again, source="fb")
    assert item_statistics(library, quiz, cache=again) == roomy


def test_undefined_values_are_null(library: LibraryService, tmp_path: Path) -> None:
    empty = library.create_item(parse_document(QUIZ))
    data = item_statistics(library, empty)
    json.dumps(data, allow_nan=False)
    assert data["responses"] == 0 and data["completion_rate"] is None
    assert (
        data["score"]["mean"] is None
        and data["alpha"] is None
        and data["bands"][0]["share"] is None
    )
    assert data["nps"] == {
        "question": "q3",
        "responses": 0,
        "promoters": 0,
        "passives": 0,
        "detractors": 0,
        "score": None,
    }
    assert data["time"]["median_seconds"] is None and data["versions"] == []

    one = library.create_item(parse_document(QUIZ))
    load(library, tmp_path, [response(uid_of(library, one), "solo", {"q1": "a", "q2": "b"})])
    solo = item_statistics(library, one)
    json.dumps(solo, allow_nan=False)
    assert solo["score"]["stdev"] == 0.0 and solo["alpha"] is None
    assert [q["discrimination"] for q in solo["questions"]] == [None, None, None]
    assert solo["nps"]["score"] is None  # nobody answered the NPS question
    assert solo["leaderboard"][0]["rank"] == 1

    same = library.create_item(parse_document(QUIZ))
    load(library, tmp_path, [response(uid_of(library, same), f"s{i}", {"q1": "a", "q2": "a"})
                             for i in range(3)])  # fmt: skip
    equal = item_statistics(library, same)
    assert equal["alpha"] is None and equal["questions"][0]["discrimination"] is None
    assert equal["questions"][0]["flag_keys"] == ["too_easy"]
    assert equal["questions"][0]["flags"][0].startswith("too easy")

    poll = library.create_item(
        parse_document({"kind": "poll", "questions": [QUIZ["questions"][2]]})
    )
    load(library, tmp_path, [response(uid_of(library, poll), "p1", {"q3": 7})])
    unscored = item_statistics(library, poll)
    json.dumps(unscored, allow_nan=False)
    assert unscored["leads"] is None  # no lead form, and nobody left lead data
    assert unscored["bands"] == [] and unscored["leaderboard"] == [] and unscored["alpha"] is None
    assert [b["badge"] for b in unscored["badges"]] == ["first_completions"]


def test_unknown_item(library: LibraryService) -> None:
    with pytest.raises(ItemNotFound):
        item_statistics(library, 12345)
