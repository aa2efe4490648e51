"""The keyboard alone: Tab, arrows, Space, Enter and typing, from the first screen to the
result, on the demo quiz and on the item with every question type."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quizbuilder.services.library import LibraryService
from tests.browser.conftest import stored
from tests.browser.documents import EXPECTED_ANSWERS, PLAN, add_all_types
from tests.browser.person import Person

pytestmark = pytest.mark.browser

QUIZ_PLAN = {  # every answer right
    "q_portee": "Le nombre de comptes uniques",
    "q_impressions": "Vrai",
    "q_engagement": "5",
    "q_interactions": ["Les mentions", "Les commentaires", "Les partages", "Les enregistrements"],
    "q_smart": ["Gagner 2", "Atteindre un taux"],
    "q_nps_detracteurs": "De 0 à 6",
    "q_nps_calcul": "30",
    "q_consentement": "Faux",
    "q_cnil": "CNIL",
    "q_ab_test": "Ne changer que le visuel",
}


def test_the_quiz_with_the_keyboard_alone(
    export: Callable[..., Path], open_page: Callable[..., Any]
) -> None:
    page = open_page(export("knowledge_quiz", mode="kiosk", kiosk_pin="1234").as_uri())
    Person(page, QUIZ_PLAN, keyboard=True).complete()
    text = page.locator(".qb-main").inner_text()
    assert "Pro des indicateurs" in text and "(100\u202f%)" in text, text[:300]
    assert "Merci, c’est bien reçu." in text  # the lead form, sent with Enter
    [response] = [r for r in stored(page, "5eed0000000000000000000000000002") if '"response"' in r]
    assert '"email":"lea.martin@example.org"' in response


def test_every_type_with_the_keyboard_alone(
    lab: LibraryService, export_lab: Callable[..., Path], open_page: Callable[..., Any]
) -> None:
    item_id, _ = add_all_types(lab, settings={})
    uid = lab.item(item_id).summary.uid
    page = open_page(export_lab(item_id, mode="kiosk", kiosk_pin="1234").as_uri())
    Person(page, PLAN, keyboard=True).complete()
    [response] = [r for r in stored(page, uid) if '"response"' in r]
    import json

    assert json.loads(response)["answers"] == EXPECTED_ANSWERS
