"""Kiosk mode: answers stay on the device; the operator saves them to a .jsonl file that
matches the schema and imports cleanly, and only then clears the device."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quizbuilder.paths import SCHEMAS
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import LibraryService
from quizbuilder.services.responses import import_jsonl
from tests.browser.conftest import PHONE, stored
from tests.browser.person import Person, assert_accessible

pytestmark = pytest.mark.browser
QUIZ_UID = "5eed0000000000000000000000000002"


def test_operator_saves_then_clears_and_the_file_imports(
    export: Callable[..., Path], open_page: Callable[..., Any], tmp_path: Path
) -> None:
    page = open_page(export("knowledge_quiz", mode="kiosk", kiosk_pin="2468").as_uri(), PHONE)
    Person(page).complete()
    first = stored(page, QUIZ_UID, "rt")
    page.get_by_role("button", name="Participant suivant").click()
    assert stored(page, QUIZ_UID, "rt") != first  # a new person, a new token and shuffle
    Person(page, lead=False).complete()
    page.get_by_role("button", name="Participant suivant").click()

    page.get_by_role("button", name="Opérateur").click()
    assert_accessible(page, "operator PIN")
    page.get_by_label("Code PIN").fill("1111")
    page.get_by_role("button", name="Déverrouiller").click()
    assert "Code incorrect." in page.locator(".qb-main").inner_text()
    page.get_by_label("Code PIN").fill("2468")
    page.get_by_role("button", name="Déverrouiller").click()
    assert "2 réponses" in page.locator(".qb-stored").inner_text()
    assert page.get_by_role("button", name="Effacer l’appareil").count() == 0  # not before saving
    with page.expect_download() as download:
        page.get_by_role("button", name="Enregistrer dans un fichier").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name.endswith(".jsonl") and "kiosk" in saved.name
    assert_accessible(page, "operator, saved")

    schema = json.loads((SCHEMAS / "responses-v1.schema.json").read_text(encoding="utf-8"))
    lines = saved.read_text(encoding="utf-8").splitlines()
    for line in lines:
        jsonschema.validate(json.loads(line), schema)
    kinds = [json.loads(line)["type"] for line in lines]
    assert kinds.count("response") == 2 and kinds.count("event") >= 8
    library = LibraryService.open(tmp_path / "fresh.sqlite")
    try:
        load_demo(library)
        report = import_jsonl(library, saved)
        assert report.rejected == [] and report.added == 2
        assert report.events_added == kinds.count("event")
    finally:
        library.close()

    page.get_by_role("button", name="Effacer l’appareil").click()
    # Only the next person's view is left, and they can start.
    [left] = [json.loads(line) for line in stored(page, QUIZ_UID, "kiosk")]
    assert left["event"] == "view" and json.dumps(left) not in saved.read_text(encoding="utf-8")
    page.get_by_role("button", name="Commencer").click()
    assert len(stored(page, QUIZ_UID, "kiosk")) == 2
