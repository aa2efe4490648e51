"""The response-import wizard: a file, its columns, the import itself, and what came of it.

Four pages: choose (or drop) a file and see what it is and its first rows; check the
column mapping; import on a worker thread with a Cancel button; read the summary. The
wizard is given the library's service and the item's id; it never opens a session.
The import runs in ``ImportThread``, which calls the service with a progress callback
and a cancel flag and reports back with signals only: every widget is touched from the
GUI thread. A cancelled or failed import leaves the library as it was (the service's
transaction), and the page says so.

When the file is of a known layout and the user leaves the matched columns as they
are, the importer detects the source itself (``source="auto"``), which keeps the
source's own response ids, scores and hidden fields. Any change turns the choices into
a ``Mapping`` (``source="csv"``), as a hand-built mapping for an unknown layout is.
"""

from __future__ import annotations

import csv
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from quizbuilder.domain.content import Question
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.matching import fold, match_columns
from quizbuilder.formats.sources import DateReader, Mapping, Source, detect
from quizbuilder.formats.tabular import open_table
from quizbuilder.services.library import LibraryService
from quizbuilder.services.response_import import (
    ImportCancelled,
    ImportOptions,
    ImportResult,
    import_responses,
)
from quizbuilder.ui import labels

PREVIEW_ROWS = 10
RESPONSES_DIR_KEY = "paths/responses"
MAPPINGS_DIR_KEY = "paths/mappings"
ERROR_STYLE = "color: #b3261e;"

# Product names are the same in every language.
SOURCE_NAMES = {
    "google-forms": "Google Forms",
    "typeform": "Typeform",
    "ms-forms": "Microsoft Forms",
    "surveymonkey": "SurveyMonkey",
}


def source_name(name: str) -> str:
    if name == "quizbuilder":
        return QCoreApplication.translate("ImportWizard", "quizbuilder responses (JSON Lines)")
    if name == "csv":
        return QCoreApplication.translate("ImportWizard", "a table read with a column mapping")
    return SOURCE_NAMES.get(name, name)


# --- reading the start of the file (no Qt in here) -------------------------------------


@dataclass
class FilePreview:
    """What the first page found: the header, the first rows, the layout."""

    path: Path
    header: list[str]
    rows: list[list[str]]
    lines: list[int]  # the line of the file each row starts on
    source: type[Source] | None = None  # None: an unknown layout, or JSON Lines
    jsonl: bool = False
    encoding: str = ""
    delimiter: str = ""
    meta_columns: set[int] = field(default_factory=set)  # the source's metadata columns
    roles: dict[str, int] = field(default_factory=dict)  # "submitted_at" -> column


def looks_like_jsonl(path: Path) -> bool:
    """Our own responses: the same test as the importer's."""
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return True
    try:
        with path.open("rb") as fh:
            first = fh.readline(4096).strip()
    except OSError:
        return False
    return first.startswith(b"{") and b'"type"' in first


# The metadata columns a detected source reads, by the attribute that holds each one.
_ROLE_ATTRIBUTES = {
    "response_id": ("c_id", "c_token"),
    "submitted_at": ("c_time", "c_submit", "c_end"),
    "started_at": ("c_start",),
    "email": ("c_email",),
}


def read_preview(path: Path) -> FilePreview:
    """Open the file, read its header and first rows, close it. Raises QuizbuilderError."""
    path = Path(path)
    if not path.is_file():
        raise QuizbuilderError(f"{path}: no such file")
    if looks_like_jsonl(path):
        try:
            with path.open(encoding="utf-8-sig", errors="replace") as fh:
                lines = [line.rstrip("\r\n") for line in islice(fh, PREVIEW_ROWS * 4)]
        except OSError as exc:
            raise QuizbuilderError(f"{path}: cannot read: {exc.strerror}") from None
        shown = [(n, line[:500]) for n, line in enumerate(lines, 1) if line.strip()]
        if not shown:
            raise QuizbuilderError(f"{path}: the file is empty")
        shown = shown[:PREVIEW_ROWS]
        return FilePreview(
            path, ["JSON"], [[text] for _, text in shown], [n for n, _ in shown], jsonl=True
        )
    table = open_table(path)
    try:
        rows: list[list[str]] = []
        lines_: list[int] = []
        for row in islice(table.rows, PREVIEW_ROWS):
            rows.append([row.problem] if row.problem else list(row.cells))
            lines_.append(row.line)
    finally:
        table.close()
    kind = detect(table.header)
    preview = FilePreview(
        path, table.header, rows, lines_, kind, False, table.encoding, table.delimiter
    )
    if kind is not None:
        source = kind(table.header, DateReader())
        preview.meta_columns = set(source.meta_columns)
        for role, names in _ROLE_ATTRIBUTES.items():
            for name in names:
                index = getattr(source, name, None)
                if isinstance(index, int) and index in source.meta_columns:
                    preview.roles[role] = index
                    break
    return preview


def describe_encoding(encoding: str) -> str:
    return {
        "utf-8": "UTF-8",
        "utf-8 with BOM": QCoreApplication.translate("ImportWizard", "UTF-8 with BOM"),
        "cp1252": "Windows-1252",
        "xlsx": QCoreApplication.translate("ImportWizard", "Excel workbook"),
    }.get(encoding, encoding)


def describe_delimiter(delimiter: str) -> str:
    return {
        ",": QCoreApplication.translate("ImportWizard", "comma"),
        ";": QCoreApplication.translate("ImportWizard", "semicolon"),
        "\t": QCoreApplication.translate("ImportWizard", "tab"),
    }.get(delimiter, repr(delimiter))


# --- a table of text, for the preview and the summary ------------------------------------


class TextTableModel(QAbstractTableModel):
    """Rows of text under a header; the vertical header shows each row's file line."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._lines: list[int] | None = None

    def set_rows(
        self, headers: list[str], rows: list[list[str]], lines: list[int] | None = None
    ) -> None:
        self.beginResetModel()
        width = max([len(headers), *(len(r) for r in rows)])
        self._headers = headers + [""] * (width - len(headers))
        self._rows = [list(r) for r in rows]
        self._lines = lines
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def cell(self, row: int, column: int) -> str:
        cells = self._rows[row]
        return cells[column] if column < len(cells) else ""

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column()):
            return None
        text = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return " ↵ ".join(text.splitlines()) if "\n" in text else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        if 0 <= section < len(self._rows):
            return str(self._lines[section]) if self._lines else str(section + 1)
        return None


def _table_view(model: QAbstractTableModel, name: str, *, line_numbers: bool = True) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.verticalHeader().setVisible(line_numbers)
    header = view.horizontalHeader()
    header.setDefaultSectionSize(160)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    return view


def _fit_columns(view: QTableView, widest: int) -> None:
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column), widest))


def _label(text: str = "", *, name: str = "", muted: bool = False, error: bool = False) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file names and cells are never HTML
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if error:
        label.setStyleSheet(ERROR_STYLE)
    return label


def _folder(settings: QSettings, key: str) -> str:
    value = settings.value(key)
    return value if isinstance(value, str) and Path(value).is_dir() else str(Path.home())


# --- page 1: the file ---------------------------------------------------------------------


def _dropped_file(mime: QMimeData) -> Path | None:
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.is_file() else None


class FilePage(QWizardPage):
    """Choose or drop a file; see its layout and first rows."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.preview: FilePreview | None = None
        self.setTitle(self.tr("Choose the response file"))
        self.setSubTitle(
            self.tr(
                "An export from Google Forms, Typeform, Microsoft Forms or SurveyMonkey "
                "(CSV or XLSX), any other table, or quizbuilder’s own JSON Lines."
            )
        )
        self.setAcceptDrops(True)

        drop = QFrame()
        drop.setObjectName("dropZone")
        drop.setFrameShape(QFrame.Shape.StyledPanel)
        drop.setFrameShadow(QFrame.Shadow.Sunken)
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.choose)
        hint = _label(self.tr("or drop it here"), muted=True)
        hint.setWordWrap(False)
        drop_box = QHBoxLayout(drop)
        drop_box.setContentsMargins(16, 14, 16, 14)
        drop_box.addWidget(self.choose_button)
        drop_box.addWidget(hint)
        drop_box.addStretch(1)

        self.path_label = _label(name="filePath")
        self.source_label = _label(name="detectedSource")
        font = self.source_label.font()
        font.setBold(True)
        self.source_label.setFont(font)
        self.format_label = _label(name="fileFormat", muted=True)
        self.error_label = _label(name="fileError", error=True)
        self.error_label.hide()

        self.preview_model = TextTableModel(self)
        self.preview_view = _table_view(self.preview_model, "previewTable")
        self.preview_title = _label(self.tr("First rows"), muted=True)
        self.preview_view.horizontalHeader().setMinimumSectionSize(60)

        box = QVBoxLayout(self)
        box.addWidget(drop)
        box.addWidget(self.path_label)
        box.addWidget(self.source_label)
        box.addWidget(self.format_label)
        box.addWidget(self.error_label)
        box.addWidget(self.preview_title)
        box.addWidget(self.preview_view, 1)
        self._show_nothing()

    def _show_nothing(self) -> None:
        self.path_label.setText(self.tr("No file chosen yet."))
        self.source_label.hide()
        self.format_label.hide()
        self.preview_model.set_rows([], [])

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a response file"),
            _folder(self._settings, RESPONSES_DIR_KEY),
            self.tr(
                "Response files (*.csv *.tsv *.txt *.xlsx *.xlsm *.jsonl *.ndjson);;All files (*)"
            ),
        )
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> bool:
        """Read the file's start and show it; False (and why, on the page) if unreadable."""
        self._settings.setValue(RESPONSES_DIR_KEY, str(Path(path).parent))
        try:
            preview = read_preview(path)
            if not preview.rows:
                raise QuizbuilderError(
                    labels.fill(self.tr("%1: the file has a header but no responses"), path)
                )
        except QuizbuilderError as exc:
            self.preview = None
            self._show_nothing()
            self.path_label.setText(str(path))
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.completeChanged.emit()
            return False
        self.preview = preview
        self.error_label.hide()
        self.path_label.setText(str(preview.path))
        if preview.jsonl:
            self.source_label.setText(
                labels.fill(self.tr("Detected: %1"), source_name("quizbuilder"))
            )
            self.format_label.setText(self.tr("One response or funnel event per line"))
        else:
            if preview.source is not None:
                detected = labels.fill(self.tr("Detected: %1"), source_name(preview.source.name))
            else:
                detected = self.tr("Unknown layout: build a mapping on the next page")
            self.source_label.setText(detected)
            parts = [
                labels.fill(self.tr("Encoding: %1"), describe_encoding(preview.encoding)),
                labels.fill(self.tr("%n column(s)", "", len(preview.header))),
            ]
            if preview.delimiter:
                parts.insert(
                    1,
                    labels.fill(self.tr("Separator: %1"), describe_delimiter(preview.delimiter)),
                )
            self.format_label.setText(" · ".join(parts))
        self.source_label.show()
        self.format_label.show()
        self.preview_model.set_rows(preview.header, preview.rows, preview.lines)
        _fit_columns(self.preview_view, 240)
        self.completeChanged.emit()
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.load(path)

    def isComplete(self) -> bool:
        return self.preview is not None

    def nextId(self) -> int:
        if self.preview is not None and self.preview.jsonl:
            return ImportWizard.IMPORT_PAGE  # our own format has no columns to map
        return ImportWizard.MAPPING_PAGE


# --- page 2: the columns ----------------------------------------------------------------


@cache
def _zone_names() -> list[str]:
    return sorted(available_timezones())  # reads the zone database: once is enough


class MappingPage(QWizardPage):
    """One row per column of the file: the question it answers, or none."""

    def __init__(
        self,
        file_page: FilePage,
        questions: list[Question],
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._file_page = file_page
        self._questions = questions
        self._settings = settings
        self._preview: FilePreview | None = None
        self._initial: tuple[Any, ...] | None = None
        self._fixed: dict[int, str] = {}  # columns that cannot take a question, and why
        self._kept: dict[int, int] = {}  # the choice of a column while it has a role
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Match the columns to the questions"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))

        self.id_column = self._role_combo(
            "responseIdColumn", self.tr("— none (a hash of the row) —")
        )
        self.date_column = self._role_combo("dateColumn", self.tr("— none —"))
        self.email_column = self._role_combo("emailColumn", self.tr("— none —"))
        self.date_order = QComboBox()
        self.date_order.setObjectName("dateOrder")
        self.date_order.addItem(self.tr("As the file shows (day first if unsure)"), None)
        self.date_order.addItem(self.tr("Day first (22/06/2026)"), True)
        self.date_order.addItem(self.tr("Month first (06/22/2026)"), False)
        self.date_order.currentIndexChanged.connect(self._update)
        self.timezone = QLineEdit()
        self.timezone.setObjectName("timeZone")
        self.timezone.setPlaceholderText(self.tr("this computer’s time zone"))
        self.timezone.setToolTip(
            self.tr("The zone of the dates written without one, such as Europe/Paris")
        )
        self.timezone.textChanged.connect(self._update)
        self._completer: QCompleter | None = None

        form = QGridLayout()  # two columns of fields: the columns list keeps the room
        form.setHorizontalSpacing(10)
        for n, (text, field_) in enumerate(
            (
                (self.tr("Date of the response:"), self.date_column),
                (self.tr("Date order:"), self.date_order),
                (self.tr("E-mail:"), self.email_column),
                (self.tr("Time zone:"), self.timezone),
                (self.tr("Response id:"), self.id_column),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(field_)
            form.addWidget(caption, n // 2, (n % 2) * 2)
            form.addWidget(field_, n // 2, (n % 2) * 2 + 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)

        self.columns_area = QScrollArea()
        self.columns_area.setObjectName("columnsArea")
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setFrameShape(QFrame.Shape.StyledPanel)

        self.status = _label(name="mappingStatus")
        self.load_button = QPushButton(self.tr("Load mapping…"))
        self.load_button.setObjectName("loadMapping")
        self.load_button.clicked.connect(self.load_mapping)
        self.save_button = QPushButton(self.tr("Save mapping…"))
        self.save_button.setObjectName("saveMapping")
        self.save_button.clicked.connect(self.save_mapping)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)

        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.columns_area, 1)
        box.addLayout(buttons)

    def _role_combo(self, name: str, none_text: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setProperty("noneText", none_text)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        combo.currentIndexChanged.connect(self._update)
        return combo

    # --- building the rows for a file ---

    def initializePage(self) -> None:
        preview = self._file_page.preview
        if preview is None or preview is self._preview:
            return  # back and forth on the same file keeps the user's choices
        self._preview = preview
        if self._completer is None:
            self._completer = QCompleter(_zone_names(), self)
            self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.timezone.setCompleter(self._completer)
        self._build(preview)

    def _column_title(self, index: int) -> str:
        assert self._preview is not None
        title = self._preview.header[index] if index < len(self._preview.header) else ""
        return title or labels.fill(self.tr("(column %1)"), index + 1)

    def _build(self, preview: FilePreview) -> None:
        known = preview.source is not None
        if known:
            assert preview.source is not None
            self.setSubTitle(
                labels.fill(
                    self.tr(
                        "The columns of this %1 export and the questions they answer, as "
                        "quizbuilder matched them. Correct a choice if it is wrong."
                    ),
                    source_name(preview.source.name),
                )
            )
        else:
            self.setSubTitle(
                self.tr(
                    "quizbuilder does not know this layout. Choose the question each column "
                    "answers, and the columns that hold the response id, the date and the "
                    "e-mail. Save the mapping to use it again for the next export."
                )
            )
        header = preview.header
        self._fixed = {}
        seen: set[str] = set()
        for index, title in enumerate(header):
            key = fold(title)
            if not title.strip():
                self._fixed[index] = self.tr("— a column without a title —")
            elif key in seen:
                self._fixed[index] = self.tr("— same title as an earlier column —")
            elif index in preview.meta_columns and index not in preview.roles.values():
                self._fixed[index] = labels.fill(
                    self.tr("— read by the importer (%1) —"),
                    source_name(preview.source.name) if preview.source else "",
                )
            seen.add(key)
        self._kept = {}

        for combo, role in (
            (self.id_column, "response_id"),
            (self.date_column, "submitted_at"),
            (self.email_column, "email"),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(combo.property("noneText"), -1)
            for index in range(len(header)):
                if index not in self._fixed:
                    combo.addItem(self._column_title(index), index)
            combo.setCurrentIndex(max(combo.findData(preview.roles.get(role, -1)), 0))
            combo.blockSignals(False)
        self.date_order.blockSignals(True)
        self.date_order.setCurrentIndex(0)
        self.date_order.blockSignals(False)

        matched: dict[int, Question] = {}
        if known:
            candidates = [
                i
                for i in range(len(header))
                if i not in preview.meta_columns and i not in self._fixed
            ]
            found, _ = match_columns([header[i] for i in candidates], self._questions)
            matched = {candidates[pos]: q for pos, q in found.items()}

        grid_widget = QWidget()
        grid_widget.setObjectName("columnsGrid")
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(12)
        for column, text in enumerate(
            (self.tr("Column of the file"), self.tr("First answer"), self.tr("Question"))
        ):
            heading = _label(text, muted=True)
            heading.setWordWrap(False)
            grid.addWidget(heading, 0, column)
        self.combos = []
        for index in range(len(header)):
            full = self._column_title(index)
            title_label = _label(full if len(full) <= 90 else full[:89] + "…")
            title_label.setToolTip(full)
            sample = _label(self._sample(preview, index), muted=True)
            sample.setWordWrap(False)
            combo = QComboBox()
            combo.setObjectName(f"questionFor{index}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(28)
            combo.addItem(self.tr("— not imported —"), None)
            for question in self._questions:
                text = question.text or question.id
                combo.addItem(text, question.id)
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            if index in matched:
                combo.setCurrentIndex(combo.findData(matched[index].id))
            if index in self._fixed:
                combo.setCurrentIndex(-1)
                combo.setPlaceholderText(self._fixed[index])
                combo.setEnabled(False)
            combo.currentIndexChanged.connect(self._update)
            grid.addWidget(title_label, index + 1, 0)
            grid.addWidget(sample, index + 1, 1)
            grid.addWidget(combo, index + 1, 2)
            self.combos.append(combo)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 4)
        grid.setRowStretch(len(header) + 1, 1)
        self.columns_area.setWidget(grid_widget)  # the previous grid is deleted
        self._apply_roles()
        self._initial = self._state()
        self._update()

    @staticmethod
    def _sample(preview: FilePreview, index: int) -> str:
        for cells in preview.rows:
            if index < len(cells) and cells[index].strip():
                text = " ".join(cells[index].split())
                return text if len(text) <= 40 else text[:39] + "…"
        return ""

    # --- reading the choices ---

    def _roles(self) -> dict[int, str]:
        found = {}
        for combo, text in (
            (self.email_column, self.tr("— the e-mail —")),
            (self.date_column, self.tr("— the date —")),
            (self.id_column, self.tr("— the response id —")),
        ):
            index = combo.currentData()
            if isinstance(index, int) and index >= 0:
                found[index] = text
        return found

    def _apply_roles(self) -> None:
        """A column chosen as id, date or e-mail answers no question: its choice waits."""
        roles = self._roles()
        for index, combo in enumerate(self.combos):
            if index in self._fixed:
                continue
            combo.blockSignals(True)
            if index in roles:
                if combo.isEnabled():
                    self._kept[index] = max(combo.currentIndex(), 0)
                    combo.setCurrentIndex(-1)
                    combo.setEnabled(False)
                combo.setPlaceholderText(roles[index])
            elif not combo.isEnabled():
                combo.setEnabled(True)
                combo.setCurrentIndex(self._kept.pop(index, 0))
            combo.blockSignals(False)

    def choices(self) -> dict[int, str]:
        """Column index -> question id, for the columns the user imports."""
        return {
            index: combo.currentData()
            for index, combo in enumerate(self.combos)
            if combo.isEnabled() and combo.currentData()
        }

    def _state(self) -> tuple[Any, ...]:
        return (
            tuple(sorted(self.choices().items())),
            self.id_column.currentData(),
            self.date_column.currentData(),
            self.email_column.currentData(),
            self.date_order.currentData(),
        )

    def uses_mapping(self) -> bool:
        """Whether to import with the user's mapping instead of the detected source.

        Only for an unknown layout, or when the user changed the metadata columns: a
        recognised export whose question columns were corrected keeps its source (its
        row ids, dates and scores) through ``column_overrides``.
        """
        preview = self._preview
        return preview is None or preview.source is None or self._state()[1:] != (
            self._initial[1:]
        )

    def column_overrides(self) -> dict[str, str | None] | None:
        """Column title -> question id (None: not imported), if the user changed any."""
        preview = self._preview
        if preview is None or self._state()[0] == self._initial[0]:
            return None
        chosen = self.choices()
        return {
            preview.header[index]: chosen.get(index)
            for index, combo in enumerate(self.combos)
            if combo.isEnabled()
        }

    def mapping(self) -> Mapping:
        preview = self._preview
        assert preview is not None

        def title(combo: QComboBox) -> str | None:
            index = combo.currentData()
            return preview.header[index] if isinstance(index, int) and index >= 0 else None

        started = preview.roles.get("started_at")
        return Mapping(
            questions={qid: preview.header[index] for index, qid in self.choices().items()},
            response_id=title(self.id_column),
            submitted_at=title(self.date_column),
            started_at=preview.header[started] if started is not None else None,
            email=title(self.email_column),
            day_first=self.date_order.currentData(),
            timezone=self.timezone.text().strip() or None,
        )

    def timezone_name(self) -> str | None:
        return self.timezone.text().strip() or None

    def problems(self) -> list[str]:
        found = []
        chosen = list(self.choices().values())
        if not chosen:
            found.append(self.tr("Choose the question of at least one column."))
        texts = {q.id: q.text or q.id for q in self._questions}
        for qid in dict.fromkeys(q for q in chosen if chosen.count(q) > 1):
            found.append(labels.fill(self.tr("“%1” is chosen for two columns."), texts[qid]))
        zone = self.timezone_name()
        if zone:
            try:
                ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError):
                found.append(
                    labels.fill(self.tr("“%1” is not a time zone (try Europe/Paris)."), zone)
                )
        return found

    @Slot()
    def _update(self) -> None:
        if self._preview is None:
            return
        self._apply_roles()
        problems = self.problems()
        if problems:
            self.status.setText("\n".join(problems))
            self.status.setStyleSheet(ERROR_STYLE)
        else:
            n = len(self.choices())
            text = labels.fill(self.tr("%n column(s) will be imported.", "", n))
            if self._preview.source is not None and self.uses_mapping():
                text += " " + self.tr("Changed: the file is read with your mapping.")
            elif self._preview.source is not None and self.column_overrides() is not None:
                text += " " + self.tr("Your corrections apply; the file stays a %1 export.")
                text = labels.fill(text, source_name(self._preview.source.name))
            self.status.setText(text)
            self.status.setStyleSheet("")
        self.save_button.setEnabled(not problems)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._preview is not None and not self.problems()

    # --- saving and loading ---

    def save_mapping(self) -> None:
        if self._preview is None or self.problems():
            return
        suggested = Path(_folder(self._settings, MAPPINGS_DIR_KEY)) / (
            f"{self._preview.path.stem}-mapping.json"
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the column mapping"), str(suggested), self.tr("Mappings (*.json)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        try:
            path.write_text(
                json.dumps(self.mapping().to_data(), ensure_ascii=False, indent=2) + "\n",
                encoding="utf-8",
            )
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Cannot save the mapping"),
                labels.fill(self.tr("Cannot write %1: %2"), path, exc.strerror or exc),
            )
            return
        self._settings.setValue(MAPPINGS_DIR_KEY, str(path.parent))
        self.status.setText(labels.fill(self.tr("Mapping saved to %1"), path))

    def load_mapping(self) -> None:
        if self._preview is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a column mapping"),
            _folder(self._settings, MAPPINGS_DIR_KEY),
            self.tr("Mappings (*.json);;All files (*)"),
        )
        if not chosen:
            return
        self._settings.setValue(MAPPINGS_DIR_KEY, str(Path(chosen).parent))
        try:
            self.apply(Mapping.load(Path(chosen)))
        except QuizbuilderError as exc:
            self.status.setText(str(exc))
            self.status.setStyleSheet(ERROR_STYLE)

    def apply(self, mapping: Mapping) -> None:
        """Show a saved mapping's choices; raise QuizbuilderError if it does not fit."""
        preview = self._preview
        assert preview is not None
        columns: dict[str, int] = {}
        for index, title in enumerate(preview.header):
            if index not in self._fixed:
                columns.setdefault(fold(title), index)
        missing = [
            t
            for t in [
                *mapping.questions.values(),
                mapping.response_id,
                mapping.submitted_at,
                mapping.email,
            ]
            if t and fold(t) not in columns
        ]
        unknown = [qid for qid in mapping.questions if qid not in {q.id for q in self._questions}]
        if missing or unknown:
            parts = []
            if missing:
                parts.append(
                    labels.fill(
                        self.tr("The mapping names columns this file does not have: %1."),
                        ", ".join(f"“{m}”" for m in missing),
                    )
                )
            if unknown:
                parts.append(
                    labels.fill(
                        self.tr("The mapping names questions this item does not have: %1."),
                        ", ".join(unknown),
                    )
                )
            raise QuizbuilderError(" ".join(parts))
        for combo, named in (
            (self.id_column, mapping.response_id),
            (self.date_column, mapping.submitted_at),
            (self.email_column, mapping.email),
        ):
            combo.setCurrentIndex(max(combo.findData(columns[fold(named)] if named else -1), 0))
        by_column = {columns[fold(t)]: qid for qid, t in mapping.questions.items()}
        for index, combo in enumerate(self.combos):
            if index in self._fixed:
                continue
            wanted = max(combo.findData(by_column[index]), 0) if index in by_column else 0
            if combo.isEnabled():
                combo.setCurrentIndex(wanted)
            else:
                self._kept[index] = wanted
        self.date_order.setCurrentIndex(self.date_order.findData(mapping.day_first))
        self.timezone.setText(mapping.timezone or "")
        self._update()


# --- page 3: the import, on a worker thread ----------------------------------------------


class ImportThread(QThread):
    """Runs one import; reports by signals (queued to the GUI thread), never touches a widget.

    ``request_cancel`` sets a flag that the importer reads every thousand rows; it then
    raises ImportCancelled and its transaction is rolled back.
    """

    progressed = Signal(int)  # rows read so far
    succeeded = Signal(object)  # the ImportResult
    failed = Signal(str)  # a message fit to show
    was_cancelled = Signal()

    def __init__(
        self,
        library: LibraryService,
        item_id: int,
        path: Path,
        options: ImportOptions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._item_id = item_id
        self._path = path
        self._cancel = threading.Event()
        self.result: ImportResult | None = None  # set in the worker, before ``succeeded``
        options.progress = self.progressed.emit
        options.cancelled = self._cancel.is_set
        self._options = options

    def request_cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = import_responses(self._library, self._item_id, self._path, self._options)
        except ImportCancelled:
            self.was_cancelled.emit()
            return
        except QuizbuilderError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug: say so on the page, and let it be reported
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            raise
        self.result = result
        self.succeeded.emit(result)


OptionsFactory = Callable[[], tuple[Path, ImportOptions]]


class ImportPage(QWizardPage):
    """Starts the import when shown; a progress bar, the rows read, and Cancel."""

    imported = Signal(object)  # the ImportResult of a finished import

    def __init__(
        self,
        library: LibraryService,
        item_id: int,
        options: OptionsFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._item_id = item_id
        self._options = options
        self.worker: ImportThread | None = None
        self.result: ImportResult | None = None
        self._file_name = ""
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr(
                "Every row is read, matched and scored, then all are added at once. "
                "Cancel leaves the library as it was."
            )
        )
        self.setCommitPage(True)  # once imported, there is no going back to import again

        self.file_label = _label(name="importFile")
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(False)
        self.rows_label = _label(name="rowsRead", muted=True)
        self.message = _label(name="importMessage")
        self.cancel_button = QPushButton(self.tr("Cancel the import"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)

        box = QVBoxLayout(self)
        box.addWidget(self.file_label)
        box.addLayout(row)
        box.addWidget(self.rows_label)
        box.addWidget(self.message)
        box.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        if wizard is not None:  # shown while importing: nothing else to press
            self.setButtonText(
                QWizard.WizardButton.CommitButton,
                wizard.buttonText(QWizard.WizardButton.NextButton),
            )
        self.start()

    def start(self) -> None:
        self.stop()
        path, options = self._options()
        self.result = None
        self._file_name = path.name
        self.file_label.setText(labels.fill(self.tr("Importing %1…"), path.name))
        self.progress.setRange(0, 0)  # busy: the number of rows is not known in advance
        self.progress.show()
        self.rows_label.setText(self.tr("Reading the file…"))
        self.message.clear()
        self.message.setStyleSheet("")
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = ImportThread(self._library, self._item_id, path, options, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.was_cancelled.connect(self._cancelled)
        self.worker.start()
        self.completeChanged.emit()
        self.hold_back()

    def hold_back(self) -> None:
        """No Back while importing. The wizard enables its buttons after initializePage
        and on completeChanged, so it calls this again once it has (currentIdChanged)."""
        if self.running():
            self._set_back_enabled(False)

    def running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def cancel(self) -> None:
        if self.running():
            assert self.worker is not None
            self.worker.request_cancel()
            self.cancel_button.setEnabled(False)
            self.rows_label.setText(self.tr("Cancelling…"))

    def stop(self) -> None:
        """Cancel a running import and wait for it (it checks every thousand rows).

        An import that finished before it saw the flag, or whose news is still queued,
        is taken as finished now: the wizard may be closing, and its queued signals
        would die with it.
        """
        thread = self.worker
        if thread is None:
            return
        if thread.isRunning():
            thread.request_cancel()
            thread.wait()
        if thread.result is not None and self.result is None:
            self._succeeded(thread.result)

    def _set_back_enabled(self, enabled: bool) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(enabled)

    def _finish(self) -> None:
        self.file_label.setText(self._file_name)  # no longer "Importing…"
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.cancel_button.hide()
        self.completeChanged.emit()  # the wizard updates its buttons: Back is back
        self._set_back_enabled(self.result is None)

    @Slot(int)
    def _progressed(self, rows: int) -> None:
        self.rows_label.setText(labels.fill(self.tr("%Ln row(s) read", "", rows)))

    @Slot(object)
    def _succeeded(self, result: ImportResult) -> None:
        if self.result is result:
            return  # already taken by stop()
        self.result = result
        self._finish()
        self.message.setText(labels.n_responses(result.imported))
        self.imported.emit(result)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._finish()
        self.progress.hide()
        self.rows_label.setText(self.tr("The import failed; the library is as it was."))
        self.message.setText(message)
        self.message.setStyleSheet(ERROR_STYLE)

    @Slot()
    def _cancelled(self) -> None:
        self._finish()
        self.progress.hide()
        self.rows_label.clear()
        self.message.setText(
            self.tr("The import was cancelled: nothing was added, the library is as it was.")
        )

    def cleanupPage(self) -> None:
        self.stop()

    def isComplete(self) -> bool:
        return self.result is not None


# --- page 4: the summary ----------------------------------------------------------------


class SummaryPage(QWizardPage):
    """What the import did, and every line and column it could not take as it was."""

    def __init__(
        self, import_page: ImportPage, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._import_page = import_page
        self._settings = settings
        self.setTitle(self.tr("Summary"))
        self.headline = _label(name="summaryHeadline")
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)

        self.source_value = _label(name="summarySource")
        self.imported_value = _label(name="summaryImported")
        self.duplicates_value = _label(name="summaryDuplicates")
        self.rejected_value = _label(name="summaryRejected")
        self.batch_value = _label(name="summaryBatch")
        form = QFormLayout()
        form.addRow(self.tr("Source:"), self.source_value)
        form.addRow(self.tr("Imported:"), self.imported_value)
        form.addRow(self.tr("Already in the library:"), self.duplicates_value)
        form.addRow(self.tr("Rejected lines:"), self.rejected_value)
        form.addRow(self.tr("Import batch:"), self.batch_value)

        self.rejects_model = TextTableModel(self)
        self.unknown_model = TextTableModel(self)
        self.disagreements_model = TextTableModel(self)
        self.rejects_view = _table_view(self.rejects_model, "rejectsTable", line_numbers=False)
        self.unknown_view = _table_view(self.unknown_model, "unknownTable", line_numbers=False)
        self.disagreements_view = _table_view(
            self.disagreements_model, "disagreementsTable", line_numbers=False
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("summaryTabs")

        rejects = QWidget()
        rejects_box = QVBoxLayout(rejects)
        rejects_box.addWidget(self.rejects_view, 1)
        self.save_rejects_button = QPushButton(self.tr("Save as CSV…"))
        self.save_rejects_button.setObjectName("saveRejects")
        self.save_rejects_button.clicked.connect(self.save_rejects)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_rejects_button)
        rejects_box.addLayout(save_row)

        unknown = QWidget()
        unknown_box = QVBoxLayout(unknown)
        unknown_box.addWidget(self.unknown_view, 1)
        self.unknown_more = _label(muted=True)
        unknown_box.addWidget(self.unknown_more)

        disagreements = QWidget()
        disagreements_box = QVBoxLayout(disagreements)
        disagreements_box.addWidget(self.disagreements_view, 1)
        self.disagreements_more = _label(muted=True)
        disagreements_box.addWidget(self.disagreements_more)

        columns = QWidget()
        columns_box = QVBoxLayout(columns)
        self.unmatched_label = _label(name="unmatchedColumns")
        self.missing_label = _label(name="questionsWithoutColumn")
        columns_box.addWidget(self.unmatched_label)
        columns_box.addWidget(self.missing_label)
        columns_box.addStretch(1)

        self.rejects_tab = self.tabs.addTab(rejects, "")
        self.unknown_tab = self.tabs.addTab(unknown, "")
        self.disagreements_tab = self.tabs.addTab(disagreements, "")
        self.columns_tab = self.tabs.addTab(columns, self.tr("Columns"))

        box = QVBoxLayout(self)
        box.addWidget(self.headline)
        box.addLayout(form)
        box.addWidget(self.tabs, 1)

    def initializePage(self) -> None:
        result = self._import_page.result
        if result is not None:
            self.show_result(result)

    def show_result(self, result: ImportResult) -> None:
        self.setSubTitle(labels.fill(self.tr("What the import of %1 did"), Path(result.file).name))
        if result.already_imported:
            self.headline.setText(
                labels.fill(
                    self.tr("This file was imported before (batch %1): nothing was added."),
                    result.batch if result.batch is not None else "?",
                )
            )
        elif result.imported:
            self.headline.setText(
                labels.fill(self.tr("%n response(s) imported.", "", result.imported))
            )
        else:
            self.headline.setText(self.tr("No new response in this file."))
        number = labels.number
        self.source_value.setText(source_name(result.source))
        self.imported_value.setText(number(result.imported))
        self.duplicates_value.setText(number(result.duplicates))
        self.rejected_value.setText(number(len(result.rejected)))
        self.batch_value.setText(
            str(result.batch) if result.batch is not None else self.tr("none (nothing was added)")
        )

        line, reason = self.tr("Line"), self.tr("Reason")
        self.rejects_model.set_rows(
            [line, reason], [[str(r.line), r.reason] for r in result.rejected]
        )
        self.unknown_model.set_rows(
            [line, self.tr("Column"), self.tr("Value")],
            [[str(u.line), u.column, u.value] for u in result.unknown_values],
        )
        self.disagreements_model.set_rows(
            [line, self.tr("Our score"), self.tr("The file’s score")],
            [
                [str(n), number(ours), number(theirs)]
                for n, ours, theirs in result.score_disagreements
            ],
        )
        for view in (self.rejects_view, self.unknown_view, self.disagreements_view):
            _fit_columns(view, 320)
        self.save_rejects_button.setEnabled(bool(result.rejected))
        self.tabs.setTabText(
            self.rejects_tab, labels.fill(self.tr("Rejected lines (%1)"), len(result.rejected))
        )
        self.tabs.setTabText(
            self.unknown_tab, labels.fill(self.tr("Unknown values (%1)"), result.unknown_count)
        )
        self.tabs.setTabText(
            self.disagreements_tab,
            labels.fill(self.tr("Score disagreements (%1)"), result.disagreement_count),
        )
        more = result.unknown_count - len(result.unknown_values)
        self.unknown_more.setText(
            labels.fill(self.tr("… and %1 more, not listed."), more) if more > 0 else ""
        )
        self.unknown_more.setVisible(more > 0)
        more = result.disagreement_count - len(result.score_disagreements)
        self.disagreements_more.setText(
            labels.fill(self.tr("… and %1 more, not listed."), more) if more > 0 else ""
        )
        self.disagreements_more.setVisible(more > 0)
        self.unmatched_label.setText(
            labels.fill(self.tr("Columns not imported: %1"), ", ".join(result.unmatched_columns))
            if result.unmatched_columns
            else self.tr("Every column of the file was read.")
        )
        self.missing_label.setText(
            labels.fill(
                self.tr("Questions without a column: %1"),
                ", ".join(result.questions_without_column),
            )
            if result.questions_without_column
            else self.tr("Every question had its column.")
        )
        for tab, count in (
            (self.rejects_tab, len(result.rejected)),
            (self.unknown_tab, result.unknown_count),
            (self.disagreements_tab, result.disagreement_count),
        ):
            self.tabs.setTabEnabled(tab, count > 0)
        first = next(
            (
                tab
                for tab, count in (
                    (self.rejects_tab, len(result.rejected)),
                    (self.unknown_tab, result.unknown_count),
                    (self.disagreements_tab, result.disagreement_count),
                )
                if count
            ),
            self.columns_tab,
        )
        self.tabs.setCurrentIndex(first)

    def save_rejects(self) -> None:
        result = self._import_page.result
        if result is None or not result.rejected:
            return
        suggested = Path(_folder(self._settings, RESPONSES_DIR_KEY)) / (
            f"{Path(result.file).stem}-rejected.csv"
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the rejected lines"), str(suggested), self.tr("CSV files (*.csv)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            with path.open("w", newline="", encoding="utf-8-sig") as fh:
                writer = csv.writer(fh)
                writer.writerow(["line", "reason"])
                writer.writerows((r.line, r.reason) for r in result.rejected)
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Cannot save the rejected lines"),
                labels.fill(self.tr("Cannot write %1: %2"), path, exc.strerror or exc),
            )


# --- the wizard ---------------------------------------------------------------------------


class ImportWizard(QWizard):
    """Import a response file into one item. Emits ``responses_imported`` as soon as an
    import added responses, so that the library's views can refresh."""

    FILE_PAGE, MAPPING_PAGE, IMPORT_PAGE, SUMMARY_PAGE = range(4)

    responses_imported = Signal(int)  # how many responses were added

    def __init__(
        self,
        library: LibraryService,
        item_id: int,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        detail = library.item(item_id)  # raises ItemNotFound (a QuizbuilderError)
        self.setObjectName("importWizard")
        self.setWindowTitle(
            labels.fill(self.tr("Import responses into “%1”"), detail.summary.title)
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(settings)
        self.mapping_page = MappingPage(self.file_page, list(detail.document.questions), settings)
        self.import_page = ImportPage(library, item_id, self._import_options)
        self.summary_page = SummaryPage(self.import_page, settings)
        self.setPage(self.FILE_PAGE, self.file_page)
        self.setPage(self.MAPPING_PAGE, self.mapping_page)
        self.setPage(self.IMPORT_PAGE, self.import_page)
        self.setPage(self.SUMMARY_PAGE, self.summary_page)
        self.import_page.imported.connect(self._imported)
        self.currentIdChanged.connect(self._page_shown)
        self.resize(900, 640)

    @property
    def import_result(self) -> ImportResult | None:
        """The finished import's result, if any."""
        return self.import_page.result

    def _import_options(self) -> tuple[Path, ImportOptions]:
        preview = self.file_page.preview
        assert preview is not None
        if preview.jsonl:
            return preview.path, ImportOptions(source="auto")
        zone = self.mapping_page.timezone_name()
        if self.mapping_page.uses_mapping():
            mapping = self.mapping_page.mapping()
            return preview.path, ImportOptions(source="csv", mapping=mapping, timezone=zone)
        return preview.path, ImportOptions(
            source="auto", timezone=zone, columns=self.mapping_page.column_overrides()
        )

    @Slot(int)
    def _page_shown(self, page_id: int) -> None:
        if page_id == self.IMPORT_PAGE:
            self.import_page.hold_back()

    @Slot(object)
    def _imported(self, result: ImportResult) -> None:
        if result.imported:
            self.responses_imported.emit(result.imported)

    def done(self, code: int) -> None:
        # closing while an import runs cancels it first: no thread outlives its wizard
        self.import_page.stop()
        super().done(code)
