"""File > Import with question files: GIFT, Moodle XML, Aiken, SurveyJS (issue 8)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from quizbuilder.services.library import LibraryService

GIFT_WITH_A_BAD_QUESTION = """\
// Quiz du community manager
::nps:: Que signifie NPS ? {=Net Promoter Score ~New Product Sales}

::cassee:: Cette question n'est pas fermée {=Oui ~Non

::rgpd:: Le RGPD impose un consentement explicite. {TRUE}
"""


def titles(library: LibraryService) -> list[str]:
    return [s.title for s in library.list_items()]


def test_a_gift_file_with_a_bad_question_asks_before_skipping_it(
    window: Any, library: LibraryService, tmp_path: Path, file_dialogs: Any, message_boxes: Any
) -> None:
    before = len(titles(library))
    path = tmp_path / "quiz-cm.gift"
    path.write_text(GIFT_WITH_A_BAD_QUESTION, encoding="utf-8")
    file_dialogs.open_answer = str(path)
    window.action_import.trigger()
    [(_title, text)] = message_boxes.of("question")
    assert "cannot be read" in text and "line 4" in text  # the unclosed brace, named
    assert len(titles(library)) == before + 1
    new = next(s for s in library.list_items() if s.title == "quiz-cm")
    assert new.questions == 2  # the two good ones
    assert window.selected_item_id() == new.id


def test_declining_to_skip_imports_nothing(
    window: Any,
    library: LibraryService,
    tmp_path: Path,
    file_dialogs: Any,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    before = titles(library)
    path = tmp_path / "quiz-cm.gift"
    path.write_text(GIFT_WITH_A_BAD_QUESTION, encoding="utf-8")
    file_dialogs.open_answer = str(path)
    window.action_import.trigger()
    assert titles(library) == before
    assert message_boxes.of("critical") == []


def test_a_response_file_is_sent_to_the_right_place(
    window: Any, library: LibraryService, tmp_path: Path, file_dialogs: Any, message_boxes: Any
) -> None:
    path = tmp_path / "reponses.jsonl"
    path.write_text('{"type": "response", "item": "x", "id": "r1"}\n', encoding="utf-8")
    file_dialogs.open_answer = str(path)
    window.action_import.trigger()
    [(_title, text)] = message_boxes.of("critical")
    assert "Import responses" in text
