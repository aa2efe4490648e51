"""The response-import wizard on a real temporary library, driven through its pages."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWizard

from quizbuilder.domain.validation import parse_document
from quizbuilder.formats.sources import Mapping
from quizbuilder.services.library import LibraryService
from quizbuilder.services.response_admin import list_batches, list_responses
from quizbuilder.services.response_import import import_responses
from quizbuilder.ui import i18n, labels
from quizbuilder.ui import import_wizard as wizard_module
from quizbuilder.ui.import_wizard import ImportWizard, TextTableModel, read_preview
from quizbuilder.ui.import_wizard.reasons import Reasons
from quizbuilder.ui.main_window import MainWindow
from tests.unit.services.test_response_import import GOOGLE, HEADERS, QUIZ

# GOOGLE's three rows, and a fourth whose date cannot be read (line 5): rejected.
GOOGLE_WITH_A_BAD_ROW = GOOGLE + "le 3 mars,zoe@exemple.fr,4 / 4,Net Promoter Score,,,,\n"

# A layout no tool writes: the user says which column is which.
CUSTOM = (
    "Ref;Quand;Mail;Colonne A;Colonne B;Remarque\n"
    "r1;22/06/2026 10:00;ana@exemple.fr;Net Promoter Score;Vrai;rien\n"
    "r2;23/06/2026 11:30;bob@exemple.fr;New Product Sales;Faux;\n"
)


@pytest.fixture
def quiz(library: LibraryService) -> int:
    return library.create_item(parse_document(QUIZ))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def make_wizard(
    qtbot: Any, library: LibraryService, quiz: int, settings: QSettings
) -> Callable[[], ImportWizard]:
    def make() -> ImportWizard:
        wizard = ImportWizard(library, quiz, settings)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def click_next(qtbot: Any, wizard: ImportWizard) -> None:
    button = wizard.button(
        QWizard.WizardButton.CommitButton
        if wizard.currentPage().isCommitPage()
        else QWizard.WizardButton.NextButton
    )
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def preview_rows(wizard: ImportWizard) -> list[list[str]]:
    model = wizard.file_page.preview_model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def question_choices(wizard: ImportWizard) -> dict[str, str | None]:
    """Each column's title and the id of the question its combo shows."""
    header = wizard.file_page.preview.header
    return {header[i]: combo.currentData() for i, combo in enumerate(wizard.mapping_page.combos)}


def run_import(qtbot: Any, wizard: ImportWizard) -> None:
    """From the mapping page: Import, and wait for the summary."""
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY_PAGE, timeout=5000)


def test_the_first_page_shows_the_detected_source_and_the_first_rows(
    qtbot: Any, make_wizard: Callable[[], ImportWizard], tmp_path: Path, file_dialogs: Any
) -> None:
    wizard = make_wizard()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    file_dialogs.open_answer = str(write(tmp_path / "google.csv", GOOGLE))
    qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
    page = wizard.file_page
    assert page.source_label.text() == "Detected: Google Forms"
    assert page.format_label.text() == "Encoding: UTF-8 · Separator: comma · 8 column(s)"
    rows = preview_rows(wizard)
    assert len(rows) == 3
    assert rows[0][:4] == [
        "2026/03/02 9:00:00 AM UTC+1",
        "lea@exemple.fr",
        "3.5 / 4",
        "Net Promoter Score",
    ]
    model = page.preview_model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Timestamp"
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == ["2", "3", "4"]
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_dropped_file_is_read(
    qtbot: Any, make_wizard: Callable[[], ImportWizard], tmp_path: Path
) -> None:
    wizard = make_wizard()
    path = write(tmp_path / "custom.csv", CUSTOM)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    wizard.file_page.dropEvent(drop)
    assert drop.isAccepted()
    page = wizard.file_page
    assert page.path_label.text() == str(path)
    assert page.source_label.text() == "Unknown layout: build a mapping on the next page"
    assert "Separator: semicolon" in page.format_label.text()
    assert preview_rows(wizard)[1][:2] == ["r2", "23/06/2026 11:30"]


def test_the_mapping_is_prefilled_and_an_unchanged_one_imports_as_the_source(
    qtbot: Any,
    make_wizard: Callable[[], ImportWizard],
    library: LibraryService,
    quiz: int,
    tmp_path: Path,
) -> None:
    wizard = make_wizard()
    assert wizard.file_page.load(write(tmp_path / "google.csv", GOOGLE_WITH_A_BAD_ROW))
    click_next(qtbot, wizard)
    page = wizard.mapping_page
    assert question_choices(wizard) == {
        "Timestamp": None,
        "Email Address": None,
        "Score": None,
        **dict(zip(HEADERS, ["nps", "kpi", "rgpd", "taux", "avis"], strict=True)),
    }
    assert page.date_column.currentText() == "Timestamp"
    assert page.email_column.currentText() == "Email Address"
    assert page.id_column.currentData() == -1
    assert not page.combos[0].isEnabled()  # the date column answers no question
    assert not page.uses_mapping()
    assert page.status.text() == "5 column(s) will be imported."

    imported: list[int] = []
    wizard.responses_imported.connect(imported.append)
    run_import(qtbot, wizard)
    result = wizard.import_result
    assert result is not None
    assert (result.source, result.imported, result.duplicates) == ("google-forms", 3, 0)
    assert [(r.line, r.reason) for r in result.rejected] == [(5, "not a date: 'le 3 mars'")]
    assert imported == [3]
    summary = wizard.summary_page
    assert summary.headline.text() == "3 response(s) imported."
    assert summary.source_value.text() == "Google Forms"
    assert summary.imported_value.text() == "3"
    assert summary.duplicates_value.text() == "0"
    assert summary.rejected_value.text() == "1"
    assert summary.batch_value.text() == str(result.batch)
    assert summary.rejects_model.rowCount() == 1
    assert summary.rejects_model.index(0, 1).data() == "not a date: 'le 3 mars'"
    tabs = summary.tabs
    assert tabs.tabText(summary.rejects_tab) == "Rejected lines (1)"
    assert tabs.tabText(summary.unknown_tab) == "Unknown values (1)"
    assert tabs.tabText(summary.disagreements_tab) == "Score disagreements (2)"
    unknown = summary.unknown_model
    assert [unknown.index(0, c).data() for c in range(3)] == [
        "3",
        "Quelles métriques mesurent l'engagement ?",
        "Autre idée",
    ]
    disagreements = summary.disagreements_model
    assert [disagreements.index(0, c).data() for c in range(3)] == [
        "2",
        labels.number(4),
        labels.number(3.5),
    ]
    assert summary.unmatched_label.text() == "Every column of the file was read."
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert len(list_responses(library, quiz)) == 3


def test_the_rejects_are_saved_as_csv(
    qtbot: Any, make_wizard: Callable[[], ImportWizard], tmp_path: Path, file_dialogs: Any
) -> None:
    wizard = make_wizard()
    wizard.file_page.load(write(tmp_path / "google.csv", GOOGLE_WITH_A_BAD_ROW))
    click_next(qtbot, wizard)
    run_import(qtbot, wizard)
    file_dialogs.save_answer = str(tmp_path / "rejets")
    qtbot.mouseClick(wizard.summary_page.save_rejects_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "rejets.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [["Line", "Reason"], ["5", "not a date: 'le 3 mars'"]]


def test_in_french_the_rejects_are_shown_and_saved_in_french(
    qapp: Any,
    qtbot: Any,
    settings: QSettings,
    make_wizard: Callable[[], ImportWizard],
    tmp_path: Path,
    file_dialogs: Any,
) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "fr")
    i18n.install_translator(qapp, settings)
    wizard = make_wizard()
    wizard.file_page.load(write(tmp_path / "google.csv", GOOGLE_WITH_A_BAD_ROW))
    click_next(qtbot, wizard)
    run_import(qtbot, wizard)
    rejects = wizard.summary_page.rejects_model
    assert rejects.index(0, 1).data() == "pas une date : 'le 3 mars'"
    file_dialogs.save_answer = str(tmp_path / "rejets")
    qtbot.mouseClick(wizard.summary_page.save_rejects_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "rejets.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [["Ligne", "Motif"], ["5", "pas une date : 'le 3 mars'"]]


@pytest.mark.parametrize(
    ("reason", "french"),
    [
        ("14 cells for 12 columns", "14 cellules pour 12 colonnes"),
        (
            "score 'beaucoup' is not like '7 / 10'",
            "la note 'beaucoup' n’est pas de la forme « 7 / 10 »",
        ),
        (
            "the row contains NUL bytes (a damaged file?)",
            "la ligne contient des octets NUL (fichier endommagé ?)",
        ),
        (
            "this person's data was erased at their request",
            "les données de cette personne ont été effacées à sa demande",
        ),
        ("no item 'a1' in this library", "aucun élément « a1 » dans cette bibliothèque"),
        ("line 3: 'answers' is not an object", "line 3: 'answers' is not an object"),  # as it is
    ],
)
def test_every_known_reason_has_its_french_form(
    qapp: Any, settings: QSettings, reason: str, french: str
) -> None:
    assert Reasons().text(reason) == reason  # English: as the importer wrote it
    settings.setValue(i18n.LANGUAGE_KEY, "fr")
    i18n.install_translator(qapp, settings)
    assert Reasons().text(reason) == french


def test_a_corrected_match_keeps_the_detected_source(
    qtbot: Any,
    make_wizard: Callable[[], ImportWizard],
    library: LibraryService,
    quiz: int,
    tmp_path: Path,
) -> None:
    """Un-matching one column of a Google export keeps it a Google export: the same row
    ids as an automatic import, so the two can never duplicate each other."""
    wizard = make_wizard()
    wizard.file_page.load(write(tmp_path / "google.csv", GOOGLE))
    click_next(qtbot, wizard)
    page = wizard.mapping_page
    comment = page.combos[HEADERS.index("Un commentaire ?") + 3]
    comment.setCurrentIndex(0)  # "— not imported —"
    assert not page.uses_mapping()
    assert page.column_overrides() is not None
    assert page.column_overrides()["Un commentaire ?"] is None
    assert "stays a Google Forms export" in page.status.text()
    run_import(qtbot, wizard)
    result = wizard.import_result
    assert result is not None
    assert (result.source, result.imported) == ("google-forms", 3)
    assert "Un commentaire ?" in result.unmatched_columns
    again = import_responses(library, quiz, write(tmp_path / "again.csv", GOOGLE + "\n"))
    assert (again.imported, again.duplicates) == (0, 3)


def test_an_unknown_layout_mapped_by_hand(
    qtbot: Any,
    make_wizard: Callable[[], ImportWizard],
    library: LibraryService,
    quiz: int,
    tmp_path: Path,
) -> None:
    wizard = make_wizard()
    wizard.file_page.load(write(tmp_path / "custom.csv", CUSTOM))
    click_next(qtbot, wizard)
    page = wizard.mapping_page
    assert question_choices(wizard) == dict.fromkeys(
        ["Ref", "Quand", "Mail", "Colonne A", "Colonne B", "Remarque"]
    )
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.status.text() == "Choose the question of at least one column."

    def choose(combo: Any, data: Any) -> None:
        combo.setCurrentIndex(combo.findData(data))

    choose(page.combos[3], "nps")
    choose(page.combos[4], "nps")
    assert page.status.text() == "“Que signifie NPS ?” is chosen for two columns."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    choose(page.combos[4], "rgpd")
    choose(page.id_column, 0)
    choose(page.date_column, 1)
    choose(page.email_column, 2)
    choose(page.date_order, True)
    assert not page.combos[0].isEnabled() and page.combos[0].placeholderText() == (
        "— the response id —"
    )
    assert page.status.text() == "2 column(s) will be imported."
    run_import(qtbot, wizard)
    result = wizard.import_result
    assert result is not None
    assert (result.source, result.imported, result.rejected) == ("csv", 2, [])
    assert result.unmatched_columns == ["Remarque"]
    responses = list_responses(library, quiz)
    assert sorted(r.id for r in responses) == ["csv-r1", "csv-r2"]
    assert [r.score for r in responses] == [2.0, 0.0]


def test_save_mapping_writes_a_file_that_loads_again(
    qtbot: Any,
    make_wizard: Callable[[], ImportWizard],
    library: LibraryService,
    quiz: int,
    tmp_path: Path,
    file_dialogs: Any,
) -> None:
    wizard = make_wizard()
    wizard.file_page.load(write(tmp_path / "custom.csv", CUSTOM))
    click_next(qtbot, wizard)
    page = wizard.mapping_page
    page.combos[3].setCurrentIndex(page.combos[3].findData("nps"))
    page.date_column.setCurrentIndex(page.date_column.findData(1))
    page.date_order.setCurrentIndex(page.date_order.findData(False))
    page.timezone.setText("Europe/Paris")
    file_dialogs.save_answer = str(tmp_path / "ma-correspondance")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = Mapping.load(tmp_path / "ma-correspondance.json")
    assert saved == Mapping(
        questions={"nps": "Colonne A"},
        submitted_at="Quand",
        day_first=False,
        timezone="Europe/Paris",
    )

    # a fresh wizard on the same file: Load mapping restores every choice
    again = ImportWizard(
        library, quiz, QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(again)
    again.show()
    again.file_page.load(tmp_path / "custom.csv")
    click_next(qtbot, again)
    file_dialogs.open_answer = str(tmp_path / "ma-correspondance.json")
    qtbot.mouseClick(again.mapping_page.load_button, Qt.MouseButton.LeftButton)
    assert again.mapping_page.mapping() == saved


def test_a_mapping_that_does_not_fit_says_why(
    qtbot: Any, make_wizard: Callable[[], ImportWizard], tmp_path: Path, file_dialogs: Any
) -> None:
    wizard = make_wizard()
    wizard.file_page.load(write(tmp_path / "custom.csv", CUSTOM))
    click_next(qtbot, wizard)
    other = write(tmp_path / "other.json", '{"questions": {"nps": "Colonne Z", "q9": "Ref"}}')
    file_dialogs.open_answer = str(other)
    qtbot.mouseClick(wizard.mapping_page.load_button, Qt.MouseButton.LeftButton)
    assert wizard.mapping_page.status.text() == (
        "The mapping names columns this file does not have: “Colonne Z”. "
        "The mapping names questions this item does not have: q9."
    )


def big_google_csv(path: Path, rows: int) -> Path:
    header, first_row = GOOGLE.split("\n")[:2]
    with path.open("w", encoding="utf-8") as fh:
        fh.write(header + "\n")
        for n in range(rows):
            fh.write(first_row.replace("lea@", f"lea{n}@") + "\n")
    return path


@pytest.fixture
def starts_once_cancelled(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker begins to read only after Cancel was asked: the order is certain.

    The importer looks at the cancel flag every thousand rows, so a file of a few
    thousand rows is always cancelled before its end.
    """
    real = wizard_module.import_responses

    def gated(library: Any, item_id: int, path: Path, options: Any) -> Any:
        flag = options.cancelled.__self__  # the thread's threading.Event
        assert flag.wait(5)
        return real(library, item_id, path, options)

    monkeypatch.setattr(wizard_module, "import_responses", gated)


@pytest.mark.usefixtures("starts_once_cancelled")
def test_a_cancelled_import_leaves_the_library_as_it_was(
    qtbot: Any,
    make_wizard: Callable[[], ImportWizard],
    library: LibraryService,
    quiz: int,
    tmp_path: Path,
) -> None:
    wizard = make_wizard()
    wizard.file_page.load(big_google_csv(tmp_path / "big.csv", 5000))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.import_page
    assert wizard.currentPage() is page and page.running()
    assert page.progress.maximum() == 0  # busy
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    with qtbot.waitSignal(page.worker.was_cancelled, timeout=5000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running())
    assert page.message.text() == (
        "The import was cancelled: nothing was added, the library is as it was."
    )
    assert wizard.currentPage() is page and not page.isComplete()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert list_responses(library, quiz) == []
    assert list_batches(library, quiz) == []


@pytest.mark.usefixtures("starts_once_cancelled")
def test_closing_the_wizard_during_an_import_cancels_it(
    qtbot: Any,
    make_wizard: Callable[[], ImportWizard],
    library: LibraryService,
    quiz: int,
    tmp_path: Path,
) -> None:
    wizard = make_wizard()
    wizard.file_page.load(big_google_csv(tmp_path / "big.csv", 3000))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.import_page.running()
    wizard.reject()  # asks the worker to stop, and waits for it
    assert not wizard.import_page.running()
    assert list_responses(library, quiz) == []


def test_the_rows_read_are_shown(
    qtbot: Any, make_wizard: Callable[[], ImportWizard], tmp_path: Path
) -> None:
    wizard = make_wizard()
    wizard.file_page.load(big_google_csv(tmp_path / "many.csv", 12000))
    click_next(qtbot, wizard)
    run_import(qtbot, wizard)
    text = wizard.import_page.rows_label.text()  # the last count the importer gave
    assert re.sub(r"\D", "", text) == "12000" and text.endswith("row(s) read")
    assert wizard.import_result is not None and wizard.import_result.imported == 12000


def test_an_invalid_file_shows_the_error(
    make_wizard: Callable[[], ImportWizard], tmp_path: Path, message_boxes: Any
) -> None:
    wizard = make_wizard()
    page = wizard.file_page
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    assert not page.load(empty)
    assert page.error_label.text() == f"{empty}: the file is empty"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    binary = tmp_path / "image.csv"
    binary.write_bytes(b"\x00\x01\x02PNG" + bytes(range(256)) * 4)
    assert not page.load(binary)
    assert "this is a binary file, not a CSV" in page.error_label.text()
    header_only = write(tmp_path / "entete.csv", GOOGLE.split("\n")[0] + "\n")
    assert not page.load(header_only)
    assert page.error_label.text() == f"{header_only}: the file has a header but no responses"
    assert message_boxes.calls == []  # shown on the page, not in a box


def test_an_import_that_fails_says_why_on_the_page(
    qtbot: Any,
    make_wizard: Callable[[], ImportWizard],
    library: LibraryService,
    quiz: int,
    tmp_path: Path,
) -> None:
    # The file ends inside a quoted cell, after the rows the preview reads: the
    # importer refuses it when it gets there, and nothing is kept.
    header, first_row = GOOGLE.split("\n")[:2]
    rows = "".join(first_row.replace("lea@", f"l{n}@") + "\n" for n in range(20))
    path = write(tmp_path / "tronque.csv", header + "\n" + rows + '2026/03/03,,"1 / 4\n')
    wizard = make_wizard()
    assert wizard.file_page.load(path)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.import_page
    qtbot.waitUntil(lambda: not page.running() and page.message.text() != "", timeout=5000)
    assert "line 22: the file ends inside a quoted cell (truncated?)" in page.message.text()
    assert page.rows_label.text() == "The import failed; the library is as it was."
    assert list_responses(library, quiz) == []
    # Back to the mapping, where Import can be pressed again
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ImportWizard.MAPPING_PAGE


def test_the_same_file_twice_adds_nothing(
    qtbot: Any, make_wizard: Callable[[], ImportWizard], tmp_path: Path
) -> None:
    path = write(tmp_path / "google.csv", GOOGLE)
    first = make_wizard()
    first.file_page.load(path)
    click_next(qtbot, first)
    run_import(qtbot, first)
    again = make_wizard()
    imported: list[int] = []
    again.responses_imported.connect(imported.append)
    again.file_page.load(path)
    click_next(qtbot, again)
    run_import(qtbot, again)
    assert again.summary_page.headline.text() == (
        f"This file was imported before (batch {first.import_result.batch}): nothing was added."
    )
    assert again.summary_page.duplicates_value.text() == "3"
    assert imported == []


def test_our_own_json_lines_skip_the_mapping(
    qtbot: Any,
    make_wizard: Callable[[], ImportWizard],
    library: LibraryService,
    quiz: int,
    tmp_path: Path,
) -> None:
    path = write(tmp_path / "reponses.jsonl", '{"type": "response", "id": "x"}\n')
    wizard = make_wizard()
    assert wizard.file_page.load(path)
    assert wizard.file_page.source_label.text() == ("Detected: quizbuilder responses (JSON Lines)")
    click_next(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.IMPORT_PAGE
    qtbot.waitUntil(lambda: not wizard.import_page.running())


def test_the_main_window_opens_the_wizard_and_refreshes(
    qtbot: Any,
    window: MainWindow,
    library: LibraryService,
    quiz: int,
    tmp_path: Path,
    file_dialogs: Any,
) -> None:
    window.refresh()
    assert not window.action_import_responses.isEnabled()
    assert window.action_import_responses in window.file_menu.actions()
    window.select_item(quiz)
    assert window.action_import_responses.isEnabled()
    window.action_import_responses.trigger()
    wizard = window.import_wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.windowTitle() == "Import responses into “Les KPI”"
    file_dialogs.open_answer = str(write(tmp_path / "google.csv", GOOGLE))
    qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
    click_next(qtbot, wizard)
    with qtbot.waitSignal(window.library_changed, timeout=5000):
        click_next(qtbot, wizard)
    assert window.selected_summary().responses == 3  # the window read the library again
    texts = window.summary.texts()
    assert texts[texts.index("Responses") + 1] == "3"
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY_PAGE)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert window.import_wizard is None


def test_closing_the_wizard_as_the_import_ends_still_reports_it(
    qtbot: Any,
    make_wizard: Callable[[], ImportWizard],
    library: LibraryService,
    quiz: int,
    tmp_path: Path,
) -> None:
    # Three rows: the importer never reaches its first look at the cancel flag, so the
    # import ends whatever Close does; its result must not die with the wizard.
    wizard = make_wizard()
    imported: list[int] = []
    wizard.responses_imported.connect(imported.append)
    wizard.file_page.load(write(tmp_path / "google.csv", GOOGLE))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    wizard.reject()
    assert imported == [3]
    assert len(list_responses(library, quiz)) == 3


def test_the_text_table_model(qtmodeltester: Any) -> None:
    model = TextTableModel()
    model.set_rows(["Line", "Reason"], [["2", "bad\ndate"], ["7", "NUL"], ["9"]], [2, 7, 9])
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "bad ↵ date"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "bad\ndate"
    assert model.index(2, 1).data() == ""
    assert model.headerData(1, Qt.Orientation.Vertical) == "7"


def test_read_preview_of_a_workbook(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["ID", "Start time", "Completion time", "Email", "Que signifie NPS ?"])
    sheet.append([1, "2026-03-02 10:00:00", "2026-03-02 10:05:00", "a@b.fr", "Net Promoter Score"])
    book.save(tmp_path / "forms.xlsx")
    preview = read_preview(tmp_path / "forms.xlsx")
    assert preview.source is not None and preview.source.name == "ms-forms"
    assert preview.encoding == "xlsx"
    assert preview.roles == {"response_id": 0, "submitted_at": 2, "started_at": 1, "email": 3}
    assert preview.rows == [
        ["1", "2026-03-02 10:00:00", "2026-03-02 10:05:00", "a@b.fr", "Net Promoter Score"]
    ]
