"""The main window on a real temporary library, driven through its widgets."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt

from quizbuilder.domain.validation import parse_document
from quizbuilder.services.library import LibraryService
from quizbuilder.ui.library_model import ItemIdRole
from quizbuilder.ui.main_window import MainWindow, file_name_for
from quizbuilder.ui.recent import recent_libraries


def tree_rows(window: MainWindow) -> dict[str, list[str]]:
    """What the tree shows: each group's text and the titles beneath it."""
    model = window.tree.model()
    rows: dict[str, list[str]] = {}
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        rows[group.data()] = [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
    return rows


def item_id(library: LibraryService, title: str) -> int:
    return next(s.id for s in library.list_items() if s.title == title)


def select_title(qtbot: Any, window: MainWindow, title: str) -> None:
    model = window.tree.model()
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            index = model.index(r, 0, group)
            if index.data() == title:
                rect = window.tree.visualRect(index)
                qtbot.mouseClick(
                    window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
                )
                return
    raise AssertionError(f"{title!r} is not in the tree")


def panel_text(window: MainWindow) -> str:
    return "\n".join(window.summary.texts())


def test_lists_the_items_grouped_by_kind(window: MainWindow, library: LibraryService) -> None:
    assert tree_rows(window) == {
        "Polls (1)": ["Votre dessert préféré"],
        "Knowledge quizzes (1)": ["Connaissez-vous la Bretagne ?"],
        "Personality quizzes (1)": ["Test de personnalité : quel voyageur êtes-vous ?"],
        "Surveys (0)": [],
        "Contests (1)": ["Grand jeu de l'été"],
    }
    assert window.windowTitle() == "lib.sqlite — quizbuilder"
    status = window.library_label.text()
    assert str(library.path) in status
    assert "4 item(s)" in status or "4 items" in status
    assert "Choose an item on the left" in panel_text(window)
    assert not window.action_export.isEnabled()


def test_typing_in_the_search_box_filters_ignoring_accents(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "personnalite")
    qtbot.waitUntil(lambda: list(tree_rows(window)) == ["Personality quizzes (1)"])
    assert tree_rows(window)["Personality quizzes (1)"] == [
        "Test de personnalité : quel voyageur êtes-vous ?"
    ]
    window.search.clear()
    qtbot.keyClicks(window.search, "BRETAGNE")
    qtbot.waitUntil(lambda: list(tree_rows(window)) == ["Knowledge quizzes (1)"])
    qtbot.keyClicks(window.search, " zzz")
    qtbot.waitUntil(lambda: tree_rows(window) == {})
    assert window.no_match.isVisible()
    assert "BRETAGNE zzz" in window.no_match.text()
    window.search.clear()
    qtbot.waitUntil(lambda: len(tree_rows(window)) == 5)
    assert not window.no_match.isVisible()


def test_return_in_the_search_box_selects_the_first_match(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "dessert")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.selected_summary() is not None)
    assert window.selected_summary().title == "Votre dessert préféré"


def test_selecting_an_item_shows_its_summary(qtbot: Any, window: MainWindow) -> None:
    select_title(qtbot, window, "Connaissez-vous la Bretagne ?")
    qtbot.waitUntil(lambda: "Connaissez-vous la Bretagne ?" in window.summary.texts())
    text = panel_text(window)
    for expected in (
        "Quelle est la préfecture du Finistère ?",
        "Le kouign-amann contient du beurre.",
        "Knowledge quiz",
        "Printemps 2026",
        "Single choice · 3 option(s)",
        "True or false · 2 option(s)",
        "60 s for the whole item, can be extended 3 × 30 s",
        "from 50%: Breton d'adoption",
    ):
        assert expected in text
    assert window.action_export.isEnabled()


def test_the_summary_shows_outcomes_and_contest_settings(qtbot: Any, window: MainWindow) -> None:
    select_title(qtbot, window, "Test de personnalité : quel voyageur êtes-vous ?")
    qtbot.waitUntil(lambda: "L'aventurier" in window.summary.texts())
    assert "Le contemplatif" in window.summary.texts()
    select_title(qtbot, window, "Grand jeu de l'été")
    qtbot.waitUntil(lambda: "Grand jeu de l'été" in window.summary.texts())
    text = panel_text(window)
    assert "Week-end à Saint-Malo" in text
    assert "2 × Panier gourmand" in text
    assert "(Europe/Paris)" in text
    assert "Les Saveurs d'Armor SAS" in text


def test_selecting_a_group_row_shows_the_empty_state(qtbot: Any, window: MainWindow) -> None:
    select_title(qtbot, window, "Votre dessert préféré")
    qtbot.waitUntil(lambda: window.selected_item_id() is not None)
    window.tree.setCurrentIndex(window.tree.model().index(1, 0))
    qtbot.waitUntil(lambda: "Choose an item on the left" in window.summary.texts())
    assert not window.action_export.isEnabled()


def test_import_adds_the_item_and_selects_it(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    file_dialogs: Any,
    open_library: Callable[[Path], LibraryService],
    documents: dict[str, Any],
) -> None:
    other = open_library(tmp_path / "other.sqlite")
    survey = {
        "kind": "survey",
        "title": "Enquête de satisfaction",
        "questions": [
            {
                "id": "q1",
                "type": "nps",
                "text": "Nous recommanderiez-vous ?",
                "scale": {"min": 0, "max": 10},
            }
        ],
    }
    other_id = other.create_item(parse_document(survey))
    exported = tmp_path / "enquete.json"
    other.export_content(other_id, exported)

    file_dialogs.open_answer = str(exported)
    with qtbot.waitSignal(window.library_changed):
        window.action_import.trigger()
    assert tree_rows(window)["Surveys (1)"] == ["Enquête de satisfaction"]
    assert window.selected_summary().title == "Enquête de satisfaction"
    assert "Nous recommanderiez-vous ?" in window.summary.texts()
    assert "5 item(s)" in window.library_label.text() or "5 items" in window.library_label.text()


def test_import_selects_the_new_item_even_when_the_search_hides_it(
    qtbot: Any, window: MainWindow, library: LibraryService, tmp_path: Path, file_dialogs: Any
) -> None:
    exported = tmp_path / "poll.json"
    library.export_content(item_id(library, "Votre dessert préféré"), exported)
    qtbot.keyClicks(window.search, "bretagne")
    file_dialogs.open_answer = str(exported)
    window.action_import.trigger()
    assert window.search.text() == ""
    assert window.selected_summary().title == "Votre dessert préféré"
    assert tree_rows(window)["Polls (2)"] == ["Votre dessert préféré"] * 2


def test_export_writes_a_file_that_imports_again(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    file_dialogs: Any,
    open_library: Callable[[Path], LibraryService],
) -> None:
    select_title(qtbot, window, "Connaissez-vous la Bretagne ?")
    qtbot.waitUntil(lambda: window.action_export.isEnabled())
    target = tmp_path / "out" / "bretagne"  # no suffix: the window adds .json
    target.parent.mkdir()
    file_dialogs.save_answer = str(target)
    with qtbot.waitSignal(window.library_changed):
        window.action_export.trigger()
    written = target.with_suffix(".json")
    # the dialog offered the project's exports/ folder, with a name made from the title
    from quizbuilder.paths import EXPORTS

    assert file_dialogs.folders[-1] == str(EXPORTS / "connaissez-vous-la-bretagne.json")
    assert json.loads(written.read_text(encoding="utf-8"))["item"]["title"] == (
        "Connaissez-vous la Bretagne ?"
    )
    fresh = open_library(tmp_path / "fresh.sqlite")
    [new_id] = fresh.import_content(written)
    assert [q.text for q in fresh.item(new_id).document.questions] == [
        "Quelle est la préfecture du Finistère ?",
        "Le kouign-amann contient du beurre.",
    ]
    # The export froze a version, which the summary now lists.
    assert "version" in window.statusBar().currentMessage()
    assert "None yet (exporting or publishing freezes one)" not in window.summary.texts()


def test_cancelled_dialogs_change_nothing(
    window: MainWindow, library: LibraryService, file_dialogs: Any, message_boxes: Any
) -> None:
    file_dialogs.open_answer = file_dialogs.save_answer = ""
    window.action_import.trigger()
    window.action_open_library.trigger()
    window.action_new_library.trigger()
    assert window.service is library
    assert len(library.list_items()) == 4
    assert message_boxes.calls == []


def test_an_invalid_import_shows_the_problem_and_adds_nothing(
    window: MainWindow,
    library: LibraryService,
    tmp_path: Path,
    file_dialogs: Any,
    message_boxes: Any,
    documents: dict[str, Any],
) -> None:
    bad = dict(documents["knowledge_quiz"])
    bad["questions"] = [dict(bad["questions"][0], points=-3)]
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps({"format": "quizbuilder-item", "format_version": 1, "item": bad}),
        encoding="utf-8",
    )
    file_dialogs.open_answer = str(path)
    window.action_import.trigger()
    [(title, message)] = message_boxes.of("critical")
    assert title == "Import failed"
    assert "item.questions[0].points" in message
    assert "must be at least 0" in message
    assert len(library.list_items()) == 4
    assert "4 item(s)" in window.library_label.text() or "4 items" in window.library_label.text()


def test_a_file_that_is_not_json_shows_where_it_breaks(
    window: MainWindow, tmp_path: Path, file_dialogs: Any, message_boxes: Any
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "quizbuilder-item",\n  oops}', encoding="utf-8")
    file_dialogs.open_answer = str(path)
    window.action_import.trigger()
    [(_, message)] = message_boxes.of("critical")
    assert "not valid JSON at line 2" in message


def test_load_demo_items(qtbot: Any, window: MainWindow, demo_loader: Any) -> None:
    with qtbot.waitSignal(window.library_changed):
        window.action_load_demo.trigger()
    assert demo_loader.calls == 1
    assert "Démo : votre saison préférée ?" in tree_rows(window)["Polls (2)"]
    assert window.statusBar().currentMessage() == "Loaded 1 demo item"


def test_open_and_new_library_switch_the_window(
    qtbot: Any,
    window: MainWindow,
    library: LibraryService,
    settings: QSettings,
    tmp_path: Path,
    file_dialogs: Any,
) -> None:
    file_dialogs.save_answer = str(tmp_path / "nouvelle")
    with qtbot.waitSignal(window.library_switched) as switched:
        window.action_new_library.trigger()
    new = switched.args[0]
    assert window.service is new
    assert new.path == tmp_path / "nouvelle.sqlite"
    assert window.windowTitle() == "nouvelle.sqlite — quizbuilder"
    assert all(not items for items in tree_rows(window).values())
    assert "This library is empty" in panel_text(window)
    assert settings.value("library/last") == str(tmp_path / "nouvelle.sqlite")

    file_dialogs.open_answer = str(library.path)
    window.action_open_library.trigger()
    assert window.service.path == library.path
    assert tree_rows(window)["Polls (1)"] == ["Votre dessert préféré"]
    recent = [a.data() for a in window.recent_menu.actions() if a.data()]
    assert recent == [str(library.path), str(tmp_path / "nouvelle.sqlite")]


def test_new_library_refuses_an_existing_file(
    window: MainWindow, library: LibraryService, file_dialogs: Any, message_boxes: Any
) -> None:
    file_dialogs.save_answer = str(library.path)
    window.action_new_library.trigger()
    [(_, message)] = message_boxes.of("warning")
    assert "already exists" in message
    assert window.service is library


def test_a_library_that_cannot_be_opened_is_reported(
    window: MainWindow,
    library: LibraryService,
    tmp_path: Path,
    file_dialogs: Any,
    message_boxes: Any,
) -> None:
    not_a_library = tmp_path / "notes.sqlite"
    not_a_library.write_text("these are my notes", encoding="utf-8")
    file_dialogs.open_answer = str(not_a_library)
    window.action_open_library.trigger()
    [(title, message)] = message_boxes.of("critical")
    assert title == "Cannot open the library"
    assert "not a quizbuilder library" in message
    assert window.service is library


def test_recent_libraries_menu(
    window: MainWindow,
    library: LibraryService,
    settings: QSettings,
    tmp_path: Path,
    open_library: Callable[[Path], LibraryService],
    message_boxes: Any,
) -> None:
    second = tmp_path / "second.sqlite"
    open_library(second).create_item(
        parse_document({"kind": "poll", "title": "Deuxième bibliothèque", "questions": []})
    )
    assert window.switch_library(second)
    assert window.switch_library(library.path)
    actions = [a for a in window.recent_menu.actions() if a.data()]
    assert [a.data() for a in actions] == [str(library.path), str(second)]
    assert actions[0].isChecked()
    actions[1].trigger()
    assert window.service.path == second
    assert tree_rows(window)["Polls (1)"] == ["Deuxième bibliothèque"]

    gone = tmp_path / "gone.sqlite"
    settings.setValue("library/recent", [str(second), str(gone)])
    window.open_recent(gone)
    [(_, message)] = message_boxes.of("warning")
    assert "no longer exists" in message
    assert recent_libraries(settings) == [second]


def test_recent_list_keeps_eight(window: MainWindow, settings: QSettings, tmp_path: Path) -> None:
    from quizbuilder.ui.recent import remember_library

    for n in range(12):
        remember_library(settings, tmp_path / f"lib{n}.sqlite")
    assert recent_libraries(settings) == [tmp_path / f"lib{n}.sqlite" for n in range(11, 3, -1)]


def test_geometry_state_and_last_library_are_saved(
    qtbot: Any,
    window: MainWindow,
    library: LibraryService,
    tmp_path: Path,
    open_library: Callable[[Path], LibraryService],
    demo_loader: Any,
) -> None:
    window.resize(700, 500)
    window.close()
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert isinstance(stored.value("window/geometry"), QByteArray)
    assert isinstance(stored.value("window/state"), QByteArray)
    assert stored.value("library/last") == str(library.path)

    again = MainWindow(library, stored, open_library, demo_loader)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_about_box(window: MainWindow, message_boxes: Any) -> None:
    window.action_about.trigger()
    [(title, text)] = message_boxes.of("about")
    assert title == "About quizbuilder"
    assert "quizbuilder 0.1.0" in text


def test_an_item_that_cannot_be_read_shows_why_in_the_panel(
    qtbot: Any, window: MainWindow, library: LibraryService
) -> None:
    select_title(qtbot, window, "Votre dessert préféré")
    qtbot.waitUntil(lambda: window.selected_item_id() is not None)
    missing = window.selected_item_id() + 1000
    window.summary.show_error(f"there is no item {missing} in this library")
    assert f"there is no item {missing} in this library" in window.summary.texts()


def test_file_name_for() -> None:
    assert file_name_for("Connaissez-vous la Bretagne ?") == "connaissez-vous-la-bretagne"
    assert file_name_for("Été 2026 : grand jeu !") == "été-2026-grand-jeu"
    assert file_name_for("???") == "item"


def test_item_rows_carry_the_item_id(window: MainWindow, library: LibraryService) -> None:
    index = window.model.index_of_item(item_id(library, "Grand jeu de l'été"))
    assert index.data(ItemIdRole) == item_id(library, "Grand jeu de l'été")


def test_an_empty_library_offers_import_and_demo(
    qtbot: Any,
    tmp_path: Path,
    settings: QSettings,
    open_library: Callable[[Path], LibraryService],
    demo_loader: Any,
) -> None:
    from PySide6.QtWidgets import QPushButton

    empty = open_library(tmp_path / "empty.sqlite")
    window = MainWindow(empty, settings, open_library, demo_loader)
    demo_loader.window = window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "This library is empty." in panel_text(window)
    buttons = {b.text(): b for b in window.summary.findChildren(QPushButton) if b.isVisible()}
    assert set(buttons) == {"Import", "Load demo items"}
    with qtbot.waitSignal(window.library_changed):
        qtbot.mouseClick(buttons["Load demo items"], Qt.MouseButton.LeftButton)
    assert "Choose an item on the left" in panel_text(window)
    assert not any(b.isVisible() for b in window.summary.findChildren(QPushButton))


def test_recent_libraries_survive_an_ini_round_trip(tmp_path: Path) -> None:
    from quizbuilder.ui.recent import last_library, remember_library

    path = tmp_path / "settings.ini"
    first = QSettings(str(path), QSettings.Format.IniFormat)
    remember_library(first, tmp_path / "only.sqlite")
    first.sync()
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert recent_libraries(again) == [tmp_path / "only.sqlite"]  # one entry reads back as str
    assert last_library(again) == tmp_path / "only.sqlite"
