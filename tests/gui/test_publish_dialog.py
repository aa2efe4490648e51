"""The Publish dialog on a real temporary library holding the demo items."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QFileDialog

from quizbuilder.paths import EXPORTS
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import LibraryService
from quizbuilder.ui import i18n
from quizbuilder.ui.publish_dialog import PublishDialog

POLL = "Quel format vous fait le plus réagir ?"
QUIZ = "Quiz : maîtrisez-vous les KPI des réseaux sociaux ?"
PERSONALITY = "Quel type d’influenceur êtes-vous ?"
PAGE = "https://www.pixel-plume.example/quiz.html"


@dataclass
class FolderDialog:
    """Answers the patched QFileDialog.getExistingDirectory, and what it was asked."""

    answer: str = ""
    asked: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def folder_dialog(monkeypatch: pytest.MonkeyPatch) -> FolderDialog:
    record = FolderDialog()

    def get_existing(_parent: Any, caption: str = "", _dir: str = "", *args: Any, **kw: Any) -> str:
        record.asked.append(caption)
        return record.answer

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(get_existing))
    return record


@pytest.fixture
def demo(tmp_path: Path, open_library: Callable[[Path], LibraryService]) -> LibraryService:
    service = open_library(tmp_path / "demo.sqlite")
    load_demo(service)
    return service


@pytest.fixture
def english(qapp: QCoreApplication, settings: QSettings) -> None:
    """The English translation, for its plural forms ("6 links", not "6 link(s)")."""
    settings.setValue(i18n.LANGUAGE_KEY, "en")
    assert i18n.install_translator(qapp, settings) == "en"


def choose(qtbot: Any, button: QAbstractButton) -> None:
    """Click a radio button on its indicator (a wide button's centre may be past its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def item_id(library: LibraryService, title: str) -> int:
    return next(s.id for s in library.list_items() if s.title == title)


@pytest.fixture
def open_dialog(qtbot: Any, demo: LibraryService, tmp_path: Path) -> Callable[[str], PublishDialog]:
    def make(title: str) -> PublishDialog:
        dialog = PublishDialog(demo, item_id(demo, title), tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def export(qtbot: Any, dialog: PublishDialog, file_dialogs: Any, path: Path) -> None:
    file_dialogs.save_answer = str(path)
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_exports_a_page_that_records_nothing(
    qtbot: Any,
    open_dialog: Callable[[str], PublishDialog],
    demo: LibraryService,
    tmp_path: Path,
    file_dialogs: Any,
) -> None:
    dialog = open_dialog(POLL)
    assert dialog.windowTitle() == f"Publish “{POLL}”"
    assert dialog.mode_none.isChecked() and dialog.as_page.isChecked()
    assert dialog.export_button.isEnabled()
    assert not dialog.problems_label.isVisible()
    export(qtbot, dialog, file_dialogs, tmp_path / "sondage")  # no suffix: .html is added
    written = tmp_path / "sondage.html"
    assert written.read_text(encoding="utf-8").lower().startswith("<!doctype html")
    # the dialog offered its folder and a file name made from the title
    assert file_dialogs.folders[-1] == str(tmp_path / "quel-format-vous-fait-le-plus-réagir.html")
    result = dialog.result
    assert result is not None and result.mode == "none" and result.bytes == written.stat().st_size
    text = dialog.result_label.text()
    assert "sondage.html" in text
    assert f"{result.bytes / 1024:.1f} KB" in text
    assert f"{result.gzip_bytes / 1024:.1f} KB gzipped" in text
    assert result.content_hash[:12] in text
    frozen = [v.content_hash for v in demo.item(item_id(demo, POLL)).versions]
    assert result.content_hash in frozen
    # no address given: no iframe tag, nothing to copy
    assert dialog.tag_box.toPlainText() == ""
    assert not dialog.copy_tag_button.isEnabled()
    assert not dialog.copy_snippet_button.isEnabled()


def test_a_bad_endpoint_is_explained_and_blocks_the_export(
    qtbot: Any, open_dialog: Callable[[str], PublishDialog], tmp_path: Path, file_dialogs: Any
) -> None:
    dialog = open_dialog(QUIZ)
    choose(qtbot, dialog.mode_endpoint)
    assert dialog.mode_endpoint.isChecked()
    assert not dialog.export_button.isEnabled()
    assert "Give the address that will receive the answers." in dialog.problems_label.text()

    qtbot.keyClicks(dialog.endpoint, "www.example.org/collect")
    assert not dialog.export_button.isEnabled()
    assert dialog.problems_label.isVisible()
    assert "must start with http:// or https://" in dialog.problems_label.text()

    dialog.endpoint.clear()
    qtbot.keyClicks(dialog.endpoint, "https://collect.example.org/qb")
    assert dialog.export_button.isEnabled()
    assert not dialog.problems_label.isVisible()
    export(qtbot, dialog, file_dialogs, tmp_path / "quiz.html")
    assert dialog.result is not None and dialog.result.mode == "endpoint"
    assert "https://collect.example.org/qb" in (tmp_path / "quiz.html").read_text(encoding="utf-8")


def test_typing_an_endpoint_chooses_the_endpoint_mode(
    qtbot: Any, open_dialog: Callable[[str], PublishDialog]
) -> None:
    dialog = open_dialog(POLL)
    qtbot.keyClicks(dialog.endpoint, "https://collect.example.org/qb")
    assert dialog.mode_endpoint.isChecked()
    assert dialog.options().endpoint == "https://collect.example.org/qb"
    choose(qtbot, dialog.mode_none)
    assert dialog.options().endpoint is None  # the field of another mode is left out
    assert dialog.export_button.isEnabled()


def test_a_kiosk_needs_a_pin_of_four_digits_or_more(
    qtbot: Any,
    open_dialog: Callable[[str], PublishDialog],
    tmp_path: Path,
    file_dialogs: Any,
) -> None:
    dialog = open_dialog(POLL)
    qtbot.keyClicks(dialog.pin, "12")
    assert dialog.mode_kiosk.isChecked()
    assert not dialog.export_button.isEnabled()
    assert "PIN of 4 to 12 digits" in dialog.problems_label.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # disabled: nothing asked
    assert file_dialogs.asked == []

    qtbot.keyClicks(dialog.pin, "ab34")  # letters are not taken
    assert dialog.pin.text() == "1234"
    assert dialog.export_button.isEnabled()
    export(qtbot, dialog, file_dialogs, tmp_path / "kiosque.html")
    assert dialog.result is not None and dialog.result.mode == "kiosk"


def test_exports_a_snippet_and_copies_it(
    qtbot: Any,
    open_dialog: Callable[[str], PublishDialog],
    tmp_path: Path,
    file_dialogs: Any,
) -> None:
    dialog = open_dialog(POLL)
    choose(qtbot, dialog.as_snippet)
    assert dialog.options().snippet
    export(qtbot, dialog, file_dialogs, tmp_path / "snippet.html")
    assert file_dialogs.folders[-1].endswith("-snippet.html")
    text = (tmp_path / "snippet.html").read_text(encoding="utf-8")
    assert not text.lower().startswith("<!doctype")
    assert 'class="qb-root"' in text
    assert dialog.result is not None and dialog.result.snippet
    assert dialog.copy_snippet_button.isEnabled()
    assert not dialog.copy_tag_button.isEnabled()
    qtbot.mouseClick(dialog.copy_snippet_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    assert dialog.copied_label.text() == "The snippet is on the clipboard."


def test_the_iframe_tag_is_shown_and_copied(
    qtbot: Any,
    open_dialog: Callable[[str], PublishDialog],
    tmp_path: Path,
    file_dialogs: Any,
) -> None:
    dialog = open_dialog(QUIZ)
    qtbot.keyClicks(dialog.page_url, "not an address")
    assert not dialog.export_button.isEnabled()
    assert "The page address must not contain spaces" in dialog.problems_label.text()
    dialog.page_url.clear()
    qtbot.keyClicks(dialog.page_url, PAGE)
    assert dialog.options().share_url == PAGE
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.options().lang == "en"

    export(qtbot, dialog, file_dialogs, tmp_path / "quiz.html")
    tag = dialog.tag_box.toPlainText()
    assert tag.startswith("<iframe")
    assert PAGE in tag
    assert "quizbuilder:height" in tag  # the height follows the content
    assert 'lang="en"' in (tmp_path / "quiz.html").read_text(encoding="utf-8")
    assert dialog.copy_tag_button.isEnabled()
    qtbot.mouseClick(dialog.copy_tag_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == tag
    assert dialog.copied_label.text() == "The iframe tag is on the clipboard."


def test_qr_code_needs_the_page_address_and_writes_a_png(
    qtbot: Any,
    open_dialog: Callable[[str], PublishDialog],
    tmp_path: Path,
    file_dialogs: Any,
) -> None:
    dialog = open_dialog(POLL)
    assert not dialog.qr_button.isEnabled()
    assert not dialog.utm_button.isEnabled()
    assert dialog.qr_button.toolTip() == "Give the page address first."
    qtbot.keyClicks(dialog.page_url, PAGE)
    assert dialog.qr_button.isEnabled() and dialog.utm_button.isEnabled()

    file_dialogs.save_answer = str(tmp_path / "codes" / "affiche")
    (tmp_path / "codes").mkdir()
    qtbot.mouseClick(dialog.qr_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "codes" / "affiche.png"
    assert written.read_bytes().startswith(b"\x89PNG")
    assert dialog.files_label.text() == "Wrote affiche.png: 355 × 355 px, 30 mm wide at 300 dpi."
    assert dialog.folder == tmp_path / "codes"


def test_share_images_are_written_into_the_chosen_folder(
    qtbot: Any,
    open_dialog: Callable[[str], PublishDialog],
    tmp_path: Path,
    folder_dialog: FolderDialog,
    english: None,
) -> None:
    poll = open_dialog(POLL)
    assert not poll.share_images_button.isEnabled()  # a poll has no result to draw
    assert "no outcomes or score bands" in poll.share_images_button.toolTip()

    dialog = open_dialog(PERSONALITY)
    folder_dialog.answer = str(tmp_path / "images")
    qtbot.mouseClick(dialog.share_images_button, Qt.MouseButton.LeftButton)
    pngs = sorted((tmp_path / "images").glob("outcome-*.png"))
    assert pngs and all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)
    assert dialog.files_label.text() == f"Wrote {len(pngs)} share images (1200 × 630 px) in images."
    assert folder_dialog.asked == ["Folder for the share images"]


def test_utm_kit_is_written_into_the_chosen_folder(
    qtbot: Any,
    open_dialog: Callable[[str], PublishDialog],
    tmp_path: Path,
    folder_dialog: FolderDialog,
    english: None,
) -> None:
    dialog = open_dialog(QUIZ)
    qtbot.keyClicks(dialog.page_url, PAGE)
    folder_dialog.answer = str(tmp_path / "kit")
    qtbot.mouseClick(dialog.utm_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "kit" / "utm-links.csv").open(encoding="utf-8-sig", newline="") as table:
        rows = list(csv.DictReader(table))
    assert len(rows) == 6
    assert all(r["url"].startswith(PAGE + "?utm_source=") for r in rows)
    assert all((tmp_path / "kit" / r["qr_file"]).is_file() for r in rows)
    assert dialog.files_label.text() == (
        "Wrote 6 tagged links, their QR codes and utm-links.csv in kit."
    )


def test_cancelled_file_dialogs_write_nothing(
    qtbot: Any,
    open_dialog: Callable[[str], PublishDialog],
    tmp_path: Path,
    file_dialogs: Any,
    folder_dialog: FolderDialog,
    message_boxes: Any,
) -> None:
    dialog = open_dialog(PERSONALITY)
    qtbot.keyClicks(dialog.page_url, PAGE)
    before = sorted(tmp_path.iterdir())
    for button in (
        dialog.export_button,
        dialog.qr_button,
        dialog.share_images_button,
        dialog.utm_button,
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert sorted(tmp_path.iterdir()) == before
    assert dialog.result is None
    assert dialog.result_label.text() == "Nothing exported yet."
    assert message_boxes.calls == []


def test_an_error_is_shown_as_its_message(
    qtbot: Any,
    open_dialog: Callable[[str], PublishDialog],
    tmp_path: Path,
    folder_dialog: FolderDialog,
    message_boxes: Any,
) -> None:
    dialog = open_dialog(PERSONALITY)
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x", encoding="utf-8")
    folder_dialog.answer = str(a_file)
    qtbot.mouseClick(dialog.share_images_button, Qt.MouseButton.LeftButton)
    [(title, message)] = message_boxes.of("critical")
    assert title == "Cannot write the files"
    assert "is a file, not a folder" in message
    assert "Traceback" not in message


def test_the_main_window_opens_the_dialog_and_refreshes_after_an_export(
    qtbot: Any,
    demo: LibraryService,
    settings: QSettings,
    open_library: Callable[[Path], LibraryService],
    tmp_path: Path,
    file_dialogs: Any,
) -> None:
    from quizbuilder.ui.main_window import MainWindow

    window = MainWindow(demo, settings, open_library, lambda: "")
    qtbot.addWidget(window)
    window.show()
    assert not window.action_publish.isEnabled()
    assert window.action_publish.shortcut().toString() == "Ctrl+P"
    assert window.action_publish in window.file_menu.actions()
    assert window.select_item(item_id(demo, POLL))
    assert window.action_publish.isEnabled()

    window.action_publish.trigger()
    dialog = window.publish_dialog
    assert isinstance(dialog, PublishDialog)
    assert dialog.isVisible() and dialog.isModal()
    assert dialog.windowTitle() == f"Publish “{POLL}”"
    assert dialog.folder == EXPORTS  # no folder remembered yet: the project's exports/

    (tmp_path / "out").mkdir()
    file_dialogs.save_answer = str(tmp_path / "out" / "poll.html")
    with qtbot.waitSignal(window.library_changed):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "out" / "poll.html").is_file()
    assert settings.value("paths/export") == str(tmp_path / "out")
    assert window.selected_summary().title == POLL  # still selected after the refresh

    dialog.reject()
    qtbot.waitUntil(lambda: window.publish_dialog is None)


def test_the_dialog_speaks_french(
    qapp: QCoreApplication,
    settings: QSettings,
    open_dialog: Callable[[str], PublishDialog],
) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "fr")
    i18n.install_translator(qapp, settings)
    dialog = open_dialog(POLL)
    assert dialog.windowTitle() == f"Publier «\u00a0{POLL}\u00a0»"
    assert dialog.language.itemText(0) == "Langue de l’élément (français)"
    dialog.mode_kiosk.setChecked(True)
    assert dialog.problems_label.text() == (
        "• Le mode borne demande un code PIN de 4 à 12 chiffres pour l’opérateur."
    )
