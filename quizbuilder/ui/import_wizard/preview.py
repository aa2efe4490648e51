"""The start of the chosen file, read before anything is imported, and a table to show it.

``read_preview`` opens the file, reads its header and first rows and recognises its
layout; ``TextTableModel`` shows rows of text (the preview, and the summary's lists).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.formats.sources import DateReader, Source, detect
from quizbuilder.formats.tabular import open_table

PREVIEW_ROWS = 10

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
