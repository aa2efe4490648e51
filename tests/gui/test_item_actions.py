"""Managing items from the main window: new, from a demo item, duplicate, rename,
delete with its undo, campaign; driven through the menus, keys and dialogs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from quizbuilder.domain.content import Kind
from quizbuilder.services import editing
from quizbuilder.services.library import LibraryService
from quizbuilder.ui.item_actions import CampaignDialog, DemoItemDialog
from quizbuilder.ui.main_window import MainWindow
from tests.gui.conftest import DialogCalls
from tests.gui.test_main_window import item_id, select_title, tree_rows


def titles(library: LibraryService) -> list[str]:
    return sorted(s.title for s in library.list_items())


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """What the patched QInputDialog.getText answers, first to last."""
    queue: list[tuple[str, bool]] = []

    def get_text(_parent: Any, _title: str, _label: str, *args: Any, **kwargs: Any) -> Any:
        return queue.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return queue


def test_the_item_menu_lists_the_actions(window: MainWindow) -> None:
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "Item", "Help"]
    texts = [a.text().replace("&", "") for a in window.items.menu.actions() if a.text()]
    assert texts == [
        "New item",
        "New from a demo item…",
        "Duplicate",
        "Rename…",
        "Delete…",
        "Campaign and tags…",
    ]
    assert [a.text().replace("&", "") for a in window.items.new_menu.actions()] == [
        "Poll",
        "Knowledge quiz",
        "Personality quiz",
        "Survey",
        "Contest",
    ]
    assert window.items.action_undo in window.edit_menu.actions()
    assert window.items.action_rename.shortcut().toString() == "F2"
    # nothing selected: nothing to act on
    assert not window.items.action_delete.isEnabled()
    assert not window.items.action_rename.isEnabled()


@pytest.mark.parametrize("kind", list(Kind))
def test_new_item_of_each_kind_is_created_selected_and_undoable(
    window: MainWindow, library: LibraryService, kind: Kind
) -> None:
    before = titles(library)
    ids_before = {s.id for s in library.list_items()}
    window.items.new_actions[kind].trigger()
    new_id = window.selected_item_id()
    assert new_id is not None and new_id not in ids_before
    detail = library.item(new_id)
    assert detail.summary.kind == kind
    assert detail.summary.title.startswith("New ")
    assert window.items.action_delete.isEnabled()
    window.items.action_undo.trigger()
    assert titles(library) == before
    window.items.action_redo.trigger()
    assert len(titles(library)) == len(before) + 1
    assert window.selected_item_id() is not None


def test_duplicate_selects_the_copy_and_undo_removes_it(
    qtbot: Any, window: MainWindow, library: LibraryService
) -> None:
    select_title(qtbot, window, "Connaissez-vous la Bretagne ?")
    window.items.action_duplicate.trigger()
    copy_id = item_id(library, "Connaissez-vous la Bretagne ? (copie)")
    assert window.selected_item_id() == copy_id
    assert tree_rows(window)["Knowledge quizzes (2)"] == [
        "Connaissez-vous la Bretagne ?",
        "Connaissez-vous la Bretagne ? (copie)",
    ]
    assert "Duplicate" in window.items.action_undo.text()
    window.items.action_undo.trigger()
    assert "Knowledge quizzes (1)" in tree_rows(window)


def test_f2_renames_the_selected_item(
    qtbot: Any, window: MainWindow, library: LibraryService, answers: list[tuple[str, bool]]
) -> None:
    select_title(qtbot, window, "Votre dessert préféré")
    poll = window.selected_item_id()
    answers.append(("  Votre dessert d'été ", True))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    assert library.item(poll).summary.title == "Votre dessert d'été"
    assert tree_rows(window)["Polls (1)"] == ["Votre dessert d'été"]
    assert window.selected_item_id() == poll
    window.items.action_undo.trigger()
    assert library.item(poll).summary.title == "Votre dessert préféré"
    window.items.action_redo.trigger()
    assert library.item(poll).summary.title == "Votre dessert d'été"


def test_rename_cancelled_or_blank_changes_nothing(
    qtbot: Any,
    window: MainWindow,
    library: LibraryService,
    answers: list[tuple[str, bool]],
    message_boxes: DialogCalls,
) -> None:
    select_title(qtbot, window, "Votre dessert préféré")
    answers.extend([("Autre titre", False), ("   ", True)])
    window.items.action_rename.trigger()
    window.items.action_rename.trigger()
    assert "Votre dessert préféré" in titles(library)
    [(_, text)] = message_boxes.of("critical")
    assert "title" in text
    assert window.items.undo_stack.count() == 0


def test_delete_asks_naming_the_item_and_its_responses_then_undo_restores(
    qtbot: Any,
    window: MainWindow,
    library: LibraryService,
    message_boxes: DialogCalls,
) -> None:
    from quizbuilder.services.demo import load_demo

    load_demo(library)
    window.refresh()
    quiz = next(s for s in library.list_items() if s.responses and s.kind == Kind.KNOWLEDGE_QUIZ)
    window.select_item(quiz.id)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    [(title, text)] = message_boxes.of("question")
    assert title == "Delete the item"
    assert f"Delete “{quiz.title}”?" in text
    assert f"{quiz.responses} response(s)" in text or f"{quiz.responses} responses" in text
    assert "Concours photo : votre plus beau post" in text  # the contest that draws from it
    assert quiz.id not in [s.id for s in library.list_items()]
    assert window.selected_item_id() is None
    assert window.items.action_undo.text().replace("&", "") == f"Undo Delete “{quiz.title}”"

    window.items.action_undo.trigger()
    [back] = [s for s in library.list_items() if s.uid == quiz.uid]
    assert back.responses == quiz.responses
    assert window.selected_item_id() == back.id
    window.items.action_redo.trigger()
    assert quiz.uid not in [s.uid for s in library.list_items()]


def test_delete_declined_keeps_the_item(
    qtbot: Any,
    window: MainWindow,
    library: LibraryService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    select_title(qtbot, window, "Grand jeu de l'été")
    window.items.action_delete.trigger()
    assert "Grand jeu de l'été" in titles(library)
    assert window.items.undo_stack.count() == 0


def test_del_in_the_search_box_edits_the_text_only(
    qtbot: Any, window: MainWindow, library: LibraryService, message_boxes: DialogCalls
) -> None:
    select_title(qtbot, window, "Votre dessert préféré")
    qtbot.keyClicks(window.search, "des")
    window.search.setCursorPosition(0)
    qtbot.keyClick(window.search, Qt.Key.Key_Delete)
    assert window.search.text() == "es"
    assert message_boxes.of("question") == []
    assert len(library.list_items()) == 4


def press_ok(dialog: Any) -> None:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_campaign_dialog_files_the_item_and_offers_known_campaigns(
    qtbot: Any, window: MainWindow, library: LibraryService
) -> None:
    select_title(qtbot, window, "Votre dessert préféré")
    poll = window.selected_item_id()
    assert poll is not None
    window.items.action_campaign.trigger()
    dialog = window.items.dialog
    assert isinstance(dialog, CampaignDialog)
    known = [dialog.campaign.itemText(i) for i in range(dialog.campaign.count())]
    assert known == ["Instagram Stories mars", "Printemps 2026"]
    assert dialog.campaign.currentText() == "Instagram Stories mars"
    dialog.campaign.lineEdit().selectAll()
    qtbot.keyClicks(dialog.campaign.lineEdit(), "Printemps 2026")
    qtbot.keyClicks(dialog.tags, "desserts, Instagram, desserts")
    press_ok(dialog)
    doc = library.item(poll).document
    assert (doc.campaign, doc.tags) == ("Printemps 2026", ["desserts", "Instagram"])
    window.items.action_undo.trigger()
    doc = library.item(poll).document
    assert (doc.campaign, doc.tags) == ("Instagram Stories mars", [])


def test_new_from_a_demo_item(qtbot: Any, window: MainWindow, library: LibraryService) -> None:
    dialog = window.items.new_from_demo()
    assert isinstance(dialog, DemoItemDialog)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(rows) == len(editing.demo_templates()) == 5
    survey = next(i for i, r in enumerate(rows) if "\nSurvey ·" in r)
    dialog.list.setCurrentRow(survey)
    press_ok(dialog)
    new_id = window.selected_item_id()
    assert new_id is not None
    detail = library.item(new_id)
    assert detail.summary.kind == Kind.SURVEY
    assert detail.summary.title == rows[survey].split("\n")[0] + " (copie)"
    assert detail.summary.responses == 0 and detail.summary.questions > 1
    window.items.action_undo.trigger()
    assert len(library.list_items()) == 4


def test_switching_library_forgets_the_history(
    window: MainWindow, tmp_path: Any, library: LibraryService
) -> None:
    window.items.new_actions[Kind.POLL].trigger()
    assert window.items.undo_stack.canUndo()
    assert window.switch_library(tmp_path / "other.sqlite")
    assert not window.items.undo_stack.canUndo()


def test_undo_of_an_item_removed_elsewhere_says_so(
    window: MainWindow, library: LibraryService, message_boxes: DialogCalls, qtbot: Any
) -> None:
    window.items.new_actions[Kind.SURVEY].trigger()
    new_id = window.selected_item_id()
    assert new_id is not None
    editing.delete(library, new_id)  # e.g. from the command line
    window.items.action_undo.trigger()
    [(_, text)] = message_boxes.of("critical")
    assert "no longer in the library" in text
    qtbot.waitUntil(lambda: window.items.undo_stack.count() == 0)
