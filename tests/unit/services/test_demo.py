"""The demo library: French items of every kind, with responses that point at them."""

from __future__ import annotations

import json
from collections import Counter

from sqlmodel import select

from quizbuilder.domain.content import Kind
from quizbuilder.domain.hashing import content_hash
from quizbuilder.formats.content_json import read_item_file
from quizbuilder.formats.responses_jsonl import ResponseRecord, parse_line
from quizbuilder.paths import SEEDS
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import LibraryService
from quizbuilder.store.tables import Event, Response


def seed_documents():
    found = {}
    for path in sorted((SEEDS / "items").glob("*.json")):
        [(uid, doc)] = read_item_file(path).entries
        found[uid] = doc
    return found


def test_demo_has_every_kind_in_french() -> None:
    docs = seed_documents()
    assert {d.kind for d in docs.values()} == set(Kind)
    assert all(d.language.value == "fr" for d in docs.values())
    quiz = next(d for d in docs.values() if d.kind == Kind.KNOWLEDGE_QUIZ)
    assert quiz.max_score > 0 and len(quiz.variants) == 2
    assert all(q.explanation for q in quiz.questions)
    personality = next(d for d in docs.values() if d.kind == Kind.PERSONALITY_QUIZ)
    assert {o.id for o in personality.outcomes} == {"nano", "micro", "macro"}


def test_seed_responses_point_at_the_seed_documents() -> None:
    """A stale responses.jsonl (items edited, script not re-run) fails here."""
    docs = seed_documents()
    hashes = {uid: content_hash(doc) for uid, doc in docs.items()}
    lines = (SEEDS / "responses.jsonl").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        record = parse_line(line)
        assert record.item in docs, f"line {number}"
        if isinstance(record, ResponseRecord):
            assert record.content_hash == hashes[record.item], (
                f"line {number}: run seeds/make_demo_responses.py"
            )
            doc = docs[record.item]
            for qid, answer in record.answers.items():
                question = doc.question(qid)
                assert question is not None, f"line {number}: no question {qid}"
                ids = {o.id for o in question.options}
                chosen = answer if isinstance(answer, list) else [answer]
                if ids:
                    assert set(chosen) <= ids, f"line {number}: {qid}={answer}"


def test_loading_the_demo_twice_adds_it_once(library: LibraryService) -> None:
    first = load_demo(library)
    assert len(first.items_added) == 5 and first.items_present == 0
    assert first.responses_added >= 300
    second = load_demo(library)
    assert (second.items_added, second.items_present, second.responses_added) == ([], 5, 0)
    assert "already" in second.message()
    rows = library.list_items()
    assert len(rows) == 5 and sum(r.responses for r in rows) == first.responses_added


def test_demo_responses_are_scored_and_spread(library: LibraryService) -> None:
    load_demo(library)
    with library.session() as s:
        responses = s.exec(select(Response)).all()
        events = s.exec(select(Event)).all()
    sources = Counter(r.source for r in responses)
    assert len([s for s in sources if s]) >= 4
    variants = Counter(r.variant for r in responses if r.variant)
    assert set(variants) == {"A", "B"}
    scored = [r for r in responses if r.max_score]
    assert scored and all(0 <= r.score <= r.max_score for r in scored)
    assert {r.outcome for r in responses if r.outcome} == {"nano", "micro", "macro"}
    assert {e.type for e in events} >= {"view", "start", "complete"}
    # every response answered a frozen version: scored with exactly what was shown
    assert all(r.content_hash for r in responses)
    assert json.loads(scored[0].answers)
