"""What the wizard's pages share: the page ids, the settings keys, and small widget helpers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

# The wizard's page ids (ImportWizard.FILE_PAGE and so on), here so that a page can
# name the next one without importing the wizard.
FILE_PAGE, MAPPING_PAGE, IMPORT_PAGE, SUMMARY_PAGE = range(4)

RESPONSES_DIR_KEY = "paths/responses"
MAPPINGS_DIR_KEY = "paths/mappings"
ERROR_STYLE = "color: #b3261e;"


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
