"""The application as `quizbuilder` builds it: first start, the demo library, search, open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from quizbuilder.app import build_gui, choose_library, demo_message
from quizbuilder.services.demo import DemoReport


def test_first_start_loads_the_demo_and_says_so(qtbot, tmp_path: Path, settings: QSettings) -> None:
    path = tmp_path / "first" / "library.sqlite"
    settings.setValue("ui/language", "en")
    _app, window = build_gui(path, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert "First start" in window.statusBar().currentMessage()
        assert "5 items" in window.statusBar().currentMessage()
        titles = [s.title for s in window.service.list_items()]
        assert "Quel type d’influenceur êtes-vous ?" in titles
        assert window.model.total_count() == 5

        qtbot.keyClicks(window.search, "influenceur etes")  # no accent typed
        qtbot.waitUntil(lambda: window.model.visible_count() == 1)

        item_id = window.service.list_items("influenceur")[0].id
        assert window.select_item(item_id)
        qtbot.waitUntil(lambda: "Nano" in " ".join(window.summary.texts()))
        shown = " ".join(window.summary.texts())
        assert "Quel type d’influenceur êtes-vous ?" in shown
        assert window.selected_item_id() == item_id
    finally:
        window.service.close()


def test_a_second_start_does_not_reload_the_demo(
    qtbot, tmp_path: Path, settings: QSettings
) -> None:
    path = tmp_path / "library.sqlite"
    _app, first = build_gui(path, settings=settings)
    qtbot.addWidget(first)
    first.service.close()
    _app, second = build_gui(path, settings=settings)
    qtbot.addWidget(second)
    try:
        assert second.statusBar().currentMessage() == ""
        assert len(second.service.list_items()) == 5  # still the demo, once
    finally:
        second.service.close()


def test_the_library_is_the_named_one_else_the_last_one(
    tmp_path: Path, settings: QSettings
) -> None:
    named = tmp_path / "named.sqlite"
    assert choose_library(named, settings) == named
    last = tmp_path / "last.sqlite"
    last.write_bytes(b"")
    settings.setValue("library/last", str(last))
    assert choose_library(None, settings) == last
    last.unlink()  # a last library that has gone away: back to the default
    assert choose_library(None, settings).name == "library.sqlite"


def test_demo_message_in_french(qtbot, tmp_path: Path, settings: QSettings) -> None:
    settings.setValue("ui/language", "fr")
    _app, window = build_gui(tmp_path / "lib.sqlite", settings=settings)
    qtbot.addWidget(window)
    try:
        assert window.statusBar().currentMessage().startswith("Premier démarrage")
        assert demo_message(DemoReport([], 5, 0, 0)).startswith("La démo est déjà")
        assert window.menuBar().actions()[0].text().replace("&", "") == "Fichier"
        window.tree.setFocus(Qt.FocusReason.OtherFocusReason)
    finally:
        window.service.close()


def test_a_library_that_cannot_open_is_reported_not_raised(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from quizbuilder import app

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    not_a_library = tmp_path / "notes.sqlite"
    not_a_library.write_text("shopping list: eggs, flour")
    assert app.run_gui(not_a_library) == 2
    assert shown and "not a quizbuilder library" in shown[0]
