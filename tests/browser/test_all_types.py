"""Every question type, images, a lead form first, a timer, variants and hostile author
text, answered as a person would, with axe-core on every screen."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quizbuilder.domain.scoring import score_response
from quizbuilder.domain.validation import parse_document
from quizbuilder.formats.responses_jsonl import EventRecord, ResponseRecord, parse_line
from quizbuilder.services.library import LibraryService
from tests.browser.conftest import PHONE, stored
from tests.browser.documents import EXPECTED_ANSWERS, HOSTILE_TITLE, PLAN, add_all_types
from tests.browser.person import Person, assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def all_types_item(lab: LibraryService) -> tuple[int, dict[str, Any]]:
    return add_all_types(lab)


def test_every_type_is_answered_and_recorded_in_the_response_format(
    all_types_item: tuple[int, dict[str, Any]],
    lab: LibraryService,
    export_lab: Callable[..., Path],
    open_page: Callable[..., Any],
) -> None:
    item_id, data = all_types_item
    uid = lab.item(item_id).summary.uid
    page = open_page(export_lab(item_id, mode="kiosk", kiosk_pin="1234").as_uri(), PHONE)
    seen: list[str] = []

    def on_screen(page: Any, name: str) -> None:
        seen.append(name)
        assert_accessible(page, name)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name

    # The custom string replaces the default label; the forced weights draw variant B.
    assert page.get_by_role("button", name="C’est parti").is_visible()
    assert page.locator(".qb-title").inner_text() == "Le titre de B"
    page.get_by_role("button", name="C’est parti").click()

    # The lead form comes first: a required field and a required consent block it.
    page.get_by_role("button", name="Continuer").click()
    errors = page.locator(".qb-main .qb-err:not(:empty)")
    assert errors.count() == 2
    assert "Ce champ est obligatoire." in errors.nth(0).inner_text()
    assert "Cochez cette case pour continuer." in errors.nth(1).inner_text()
    assert page.evaluate("document.activeElement.type") == "email"
    assert not page.locator(".qb-consent input").first.is_checked()  # never ticked in advance
    assert_accessible(page, "lead form with errors")
    page.get_by_label("Adresse e-mail").fill("pas-une-adresse")
    page.get_by_role("button", name="Continuer").click()
    assert "adresse e-mail valide" in errors.first.inner_text()

    # A required question blocks with a clear message, announced.
    person = Person(page, PLAN, on_screen=on_screen)
    person.fill_lead(page.locator(".qb-main form"))
    page.get_by_role("button", name="Continuer").click()
    page.get_by_role("button", name="Suivant").click()
    assert (
        "Cette question attend une réponse."
        in page.locator("[data-q=q_single] .qb-err").inner_text()
    )
    live = "document.querySelector('.qb-app > [role=status]').textContent"
    page.wait_for_function(f"() => {live}.includes('attend une réponse')")
    assert_accessible(page, "required question left blank")

    person.complete()
    assert seen[-1].startswith("result")

    # Score as the library's scorer computes it, from the answers actually recorded.
    lines = [parse_line(line) for line in stored(page, uid)]
    [response] = [r for r in lines if isinstance(r, ResponseRecord)]
    assert response.answers == EXPECTED_ANSWERS
    assert response.completed and response.variant == "B" and response.format_version == 2
    assert response.lead == {
        "email": "lea.martin@example.org",
        "prenom": "Léa",
        "naissance": "1990-05-17",
    }
    assert [(c.id, c.given, c.version) for c in response.consents] == [
        ("reglement", True, "2026-11"),
        ("news", False, "3"),
    ]
    assert set(response.durations_ms) == set(EXPECTED_ANSWERS)
    assert response.question_order == [q["id"] for q in data["questions"]]
    expected = score_response(parse_document(data), response.answers)
    shown = page.locator(".qb-main .qb-h").first.inner_text()
    assert f"({round(expected.percent)} %)" in shown.replace("\u202f", " ")
    events = [e.event for e in lines if isinstance(e, EventRecord)]
    assert events[:2] == ["view", "start"] and events[-1] == "complete"
    assert events.count("answer") == len(EXPECTED_ANSWERS)


def test_author_text_is_shown_as_text(
    all_types_item: tuple[int, dict[str, Any]],
    export_lab: Callable[..., Path],
    open_page: Callable[..., Any],
) -> None:
    item_id, _ = all_types_item
    page = open_page(export_lab(item_id, variant="A").as_uri())
    assert page.locator(".qb-title").inner_text() == HOSTILE_TITLE
    assert page.title() == HOSTILE_TITLE
    assert page.locator("script").count() == 2  # the data and the code, nothing injected
    assert page.locator("img[onerror], b").count() == 0
    intro = page.locator(".qb-intro")
    assert "<!-- <img src=x onerror=alert(2)> --> fin" in intro.inner_text()
    assert (
        intro.locator("strong").inner_text() == "Gras"
        and intro.locator("em").inner_text() == "italique"
    )
    links = intro.locator("a")
    assert links.count() == 1  # the javascript: link stays text
    assert links.first.get_attribute("href") == "https://example.org/règles"
    assert links.first.get_attribute("rel") == "noopener noreferrer"
    assert "un piège" in intro.inner_text()
    data = json.loads(page.locator("script.qb-data").text_content())
    assert data["title"] == HOSTILE_TITLE
    page.get_by_role("button", name="C’est parti").click()


def test_reduced_motion_is_respected(
    all_types_item: tuple[int, dict[str, Any]],
    export_lab: Callable[..., Path],
    open_page: Callable[..., Any],
) -> None:
    item_id, _ = all_types_item
    path = export_lab(item_id).as_uri()
    moving = open_page(path, reduced_motion="no-preference")
    still = open_page(path, reduced_motion="reduce")
    name = "getComputedStyle(document.querySelector('.qb-screen')).animationName"
    assert moving.evaluate(name) == "qb-in" and still.evaluate(name) == "none"
    # Keyboard focus is visible: a 3 px outline on the focused button.
    still.keyboard.press("Tab")
    for _ in range(10):
        if still.evaluate("document.activeElement.tagName") == "BUTTON":
            break
        still.keyboard.press("Tab")
    assert still.evaluate("getComputedStyle(document.activeElement).outlineWidth") == "3px"
