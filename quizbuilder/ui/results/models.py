"""Table models over the rows of the statistics dict (questions, channels, variants...).

Each table of the results view is a list of dicts (one per question, per channel, per
leaderboard entry) shown through a list of ``Column``s; the view builds the columns, so
that their headers are translated where the view's other words are. The models hold
no Qt widget and no database session: the view gives them rows, and the channels model
reports a reach typed into it with a signal, for the view to store.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from quizbuilder.domain.text import fold
from quizbuilder.ui.results.formatting import MISSING

Row = Mapping[str, Any]
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The raw value of a cell (a number, or folded text), for sorting."""

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    """One column: its header, its raw value, and how that value is written.

    ``text`` defaults to ``str(value)``, a dash for ``None``. Numeric columns are
    right-aligned, so that digits line up. ``tooltip`` gives what a narrow cell cuts
    off (a long question's text).
    """

    header: str
    value: Callable[[Row], Any]
    text: Callable[[Row], str] | None = None
    numeric: bool = False
    tooltip: Callable[[Row], str | None] | None = None


def key(name: str) -> Callable[[Row], Any]:
    """The column value ``row[name]`` (``None`` when an older dict lacks it)."""
    return lambda row: row.get(name)


class RowsModel(QAbstractTableModel):
    """A read-only table of ``rows`` through ``columns``."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def row(self, n: int) -> dict[str, Any]:
        return self._rows[n]

    def column(self, n: int) -> Column:
        return self._columns[n]

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(column, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((_RIGHT if column.numeric else _LEFT).value)
        if role == SORT_ROLE:
            value = column.value(row)
            if column.numeric:
                return float(value) if isinstance(value, int | float) else float("-inf")
            return fold(self._text(column, row))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    @staticmethod
    def _text(column: Column, row: Row) -> str:
        if column.text is not None:
            return column.text(row)
        value = column.value(row)
        return MISSING if value is None else str(value)


class ChannelsModel(RowsModel):
    """The channels table, whose reach column can be typed in.

    A channel's reach is what the user knows from the platform (followers reached,
    newsletter recipients); the engagement rate is participations / reach. An edit
    updates the row at once (the rate follows) and emits ``reach_edited(source,
    reach)``, ``None`` for a cleared reach, for the view to store. Responses without a
    source (direct visits) have no reach to give.
    """

    reach_edited = Signal(str, object)

    def __init__(self, columns: Sequence[Column], reach_column: int, parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.reach_column = reach_column

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == self.reach_column
            and self.row(index.row()).get("source")
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            if index.column() != self.reach_column or not self.checkIndex(index):
                return None
            return int(self.row(index.row()).get("reach") or 0)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            return False
        if value is not None and value < 0:
            return False
        reach = value or None  # 0 means "not known"
        row = self.row(index.row())
        row["reach"] = reach
        responses = row.get("responses") or 0
        row["engagement_rate"] = responses / reach if reach else None
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        self.reach_edited.emit(str(row["source"]), reach)
        return True
