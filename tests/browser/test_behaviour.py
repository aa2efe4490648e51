"""Timers and their extension, pools and shuffles stable for one respondent, the A/B
variant kept for a browser, and a poll's results after voting."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quizbuilder.domain.validation import parse_document
from quizbuilder.formats.content_json import ItemFile
from quizbuilder.services.library import LibraryService
from quizbuilder.services.publish import poll_results
from tests.browser.conftest import stored
from tests.browser.person import Person, assert_accessible

pytestmark = pytest.mark.browser


def add(lab: LibraryService, data: dict[str, Any]) -> tuple[int, str]:
    [item_id] = lab.add_item_file(ItemFile([(None, parse_document(data))], {}))
    return item_id, lab.item(item_id).summary.uid


def choice(qid: str, n: int = 4) -> dict[str, Any]:
    return {
        "id": qid,
        "type": "single_choice",
        "text": f"Question {qid}",
        "options": [{"id": f"o{i}", "label": f"{qid} option {i}"} for i in range(n)],
    }


def test_a_timer_can_be_extended_and_ends_the_item(
    lab: LibraryService, export_lab: Callable[..., Path], open_page: Callable[..., Any]
) -> None:
    timer = {"seconds": 30, "scope": "item", "extension_seconds": 20, "max_extensions": 1}
    item_id, uid = add(
        lab,
        {
            "kind": "survey",
            "title": "Chrono",
            "settings": {"timer": timer},
            "questions": [choice("a"), choice("b"), choice("c")],
        },
    )
    page = open_page(export_lab(item_id, mode="kiosk", kiosk_pin="1234").as_uri(), clock=True)
    page.get_by_role("button", name="Commencer").click()
    clock = page.locator(".qb-clock")
    assert (
        clock.inner_text() == "Temps restant\u202f: 0:30" and clock.get_attribute("role") == "timer"
    )
    page.locator(".qb-opt").first.click()
    page.get_by_role("button", name="Suivant").click()
    page.clock.run_for(12_000)
    assert clock.inner_text() == "Temps restant\u202f: 0:18"
    live = page.locator(".qb-app > [role=status]")
    page.clock.run_for(500)
    assert "Plus que 20 secondes" in live.inner_text()  # warned, with the way out
    assert "Plus de temps" in live.inner_text()
    assert_accessible(page, "timer running")
    page.get_by_role("button", name="Plus de temps (+20 s)").click()
    assert "Temps restant\u202f: 0:37" in clock.inner_text() or "0:38" in clock.inner_text()
    assert page.get_by_role("button", name="Plus de temps (+20 s)").count() == 0  # max reached
    assert page.evaluate("document.activeElement.className") == "qb-clock"
    page.clock.run_for(40_000)
    assert "Merci pour votre participation" in page.locator(".qb-main").inner_text()
    response = json.loads(next(r for r in stored(page, uid) if '"response"' in r))
    assert response["answers"] == {"a": "o0"}
    assert response["timed_out"] == ["b", "c"] and response["extensions"] == 1


def test_a_question_timer_moves_on_by_itself(
    lab: LibraryService, export_lab: Callable[..., Path], open_page: Callable[..., Any]
) -> None:
    timer = {"seconds": 10, "scope": "question", "extendable": False}
    item_id, uid = add(
        lab,
        {
            "kind": "survey",
            "title": "Chrono",
            "settings": {"timer": timer},
            "questions": [choice("a"), choice("b")],
        },
    )
    page = open_page(export_lab(item_id, mode="kiosk", kiosk_pin="1234").as_uri(), clock=True)
    page.get_by_role("button", name="Commencer").click()
    assert page.get_by_role("button", name="Précédent").count() == 0  # no going back on the clock
    page.clock.run_for(11_000)
    assert "Question 2 sur 2" in page.locator(".qb-main").inner_text()
    assert page.locator(".qb-clock").inner_text()[-4:] in ("0:10", "0:09")  # a new count
    page.locator(".qb-opt").nth(1).click()
    page.clock.run_for(11_000)
    response = json.loads(next(r for r in stored(page, uid) if '"response"' in r))
    assert response["answers"] == {"b": "o1"} and response["timed_out"] == ["a"]


def test_pool_shuffles_and_variant_stay_the_same_for_one_respondent(
    lab: LibraryService,
    export_lab: Callable[..., Path],
    open_page: Callable[..., Any],
    browser: Any,
) -> None:
    questions = [choice(f"q{i}", 5) for i in range(8)]
    item_id, _ = add(
        lab,
        {
            "kind": "knowledge_quiz",
            "title": "Tirage",
            "settings": {
                "layout": "all_on_one_page",
                "pool_size": 4,
                "shuffle_questions": True,
                "shuffle_options": True,
            },
            "questions": questions,
            "variants": [{"id": "A", "title": "Titre A"}, {"id": "B", "title": "Titre B"}],
        },
    )
    url = export_lab(item_id).as_uri()

    def seen(page: Any) -> tuple[str, list[str], list[str]]:
        page.get_by_role("button", name="Commencer").click()
        return (
            page.locator(".qb-title").inner_text(),
            page.eval_on_selector_all("[data-q]", "els => els.map(e => e.dataset.q)"),
            page.eval_on_selector_all(".qb-opt input", "els => els.map(e => e.value)"),
        )

    page = open_page(url)
    first = seen(page)
    assert len(first[1]) == 4 and first[0] in ("Titre A", "Titre B")
    page.reload()
    assert seen(page) == first  # same browser: same pool, order, options and variant
    draws = {seen(open_page(url))[1][0] for _ in range(6)}  # other browsers draw again
    assert len(draws) > 1


def test_poll_results_add_the_persons_vote_to_those_known_at_export(
    demo: LibraryService,
    demo_ids: dict[str, int],
    export: Callable[..., Path],
    open_page: Callable[..., Any],
) -> None:
    known = poll_results(demo, demo_ids["poll"])["q_format"]
    page = open_page(export("poll").as_uri())
    Person(page, {"q_format": "Lives"}).complete()
    rows = page.locator(".qb-tally li")
    assert rows.count() == 4
    mine = page.locator(".qb-tally li.qb-mine")
    assert "Lives" in mine.inner_text() and "votre vote" in mine.inner_text()
    total = sum(known.values()) + 1
    percent = round(100 * (known["lives"] + 1) / total)
    assert f"{percent}\u202f% · {known['lives'] + 1} votes" in mine.inner_text()


@pytest.mark.parametrize("tie_rule", ["show_all", "random"])
def test_a_personality_tie_follows_the_rule_on_one_page_with_feedback(
    tie_rule: str,
    lab: LibraryService,
    export_lab: Callable[..., Path],
    open_page: Callable[..., Any],
) -> None:
    item_id, uid = add(
        lab,
        {
            "kind": "personality_quiz",
            "title": "Égalité",
            "tie_rule": tie_rule,
            "settings": {"layout": "all_on_one_page", "instant_feedback": True},
            "outcomes": [{"id": "chat", "title": "Chat"}, {"id": "chien", "title": "Chien"}],
            "questions": [
                {
                    "id": "q1",
                    "type": "single_choice",
                    "text": "Plutôt ?",
                    "explanation": "Il n’y a pas de **mauvaise** réponse.",
                    "options": [
                        {"id": "a", "label": "Dormir", "weights": {"chat": 1}},
                        {"id": "b", "label": "Courir", "weights": {"chien": 1}},
                    ],
                },
                {
                    "id": "q2",
                    "type": "single_choice",
                    "text": "Et ?",
                    "options": [
                        {"id": "a", "label": "Miauler", "weights": {"chat": 1}},
                        {"id": "b", "label": "Aboyer", "weights": {"chien": 1}},
                    ],
                },
            ],
        },
    )
    page = open_page(export_lab(item_id, mode="kiosk", kiosk_pin="1234").as_uri())
    screens = Person(
        page, {"q1": "Dormir", "q2": "Aboyer"}, on_screen=lambda p, name: assert_accessible(p, name)
    ).complete()
    assert "feedback q1" in screens  # the check button of a question on a shared page
    text = page.locator(".qb-card").inner_text()
    response = json.loads(next(r for r in stored(page, uid) if '"response"' in r))
    if tie_rule == "show_all":
        assert "Chat" in text and "Chien" in text and response["outcome"] == "chat"
    else:
        assert response["outcome"] in ("chat", "chien")
        shown = {"chat": "Chat", "chien": "Chien"}[response["outcome"]]
        other = "Chien" if shown == "Chat" else "Chat"
        assert shown in text and other not in text
