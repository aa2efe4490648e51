"""Every demo item, taken to its end as a person would, in French and English, at 320 px
and at desktop width, with axe-core on every screen of two of the four runs of each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.person import Person, assert_accessible

pytestmark = pytest.mark.browser

KINDS = ["poll", "knowledge_quiz", "personality_quiz", "survey", "contest"]
RUNS = [  # (lang, viewport, axe on every screen)
    ("fr", PHONE, True),
    ("fr", DESKTOP, False),
    ("en", PHONE, False),
    ("en", DESKTOP, True),
]
EXPECTED = {  # what the result screen says, by language
    "poll": {"fr": "Les résultats", "en": "Results"},
    "knowledge_quiz": {"fr": "Votre score", "en": "Your score"},
    "personality_quiz": {"fr": "Votre profil", "en": "Your result"},
    "survey": {"fr": "Merci pour votre participation", "en": "Thank you for taking part"},
    "contest": {"fr": "Votre participation est enregistrée", "en": "Your entry is recorded"},
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("lang", "viewport", "axe"), RUNS, ids=["fr-320-axe", "fr-desktop", "en-320", "en-desktop-axe"]
)
def test_a_person_completes_each_demo_item(
    kind: str,
    lang: str,
    viewport: dict[str, int],
    axe: bool,
    export: Callable[..., Path],
    open_page: Callable[..., Any],
) -> None:
    page = open_page(export(kind, lang=lang).as_uri(), viewport)
    assert page.evaluate("document.documentElement.lang") == lang
    checked: list[str] = []

    def on_screen(page: Any, name: str) -> None:
        if axe:
            assert_accessible(page, f"{kind} ({lang}, {viewport['width']} px): {name}")
            checked.append(name)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{name}: {width} px wide in {viewport['width']} px"

    screens = Person(page, on_screen=on_screen).complete()
    assert EXPECTED[kind][lang].lower() in page.locator(".qb-main").inner_text().lower()
    assert screens[-1].startswith("result")
    if axe:
        assert checked == screens  # every screen, feedback and lead sent included
