"""The library as a tree: one row per kind of item, the items of that kind beneath it.

The model holds the summaries the service listed and filters them itself as the search
box changes, so typing does not query the library on every key. Matching is the
service's own (``ItemSummary.matches``: case, accents and spaces don't matter), applied
to the title plus the kind's name as shown, so "personnalite" finds both an item titled
"Quel personnage êtes-vous ? (personnalité)" and every "Quiz de personnalité".
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from quizbuilder.domain.content import Kind
from quizbuilder.services.library import ItemSummary
from quizbuilder.ui import labels

ItemIdRole = Qt.ItemDataRole.UserRole + 1
"""The item's id on item rows; None on group rows."""
KindRole = Qt.ItemDataRole.UserRole + 2
"""The kind (a ``Kind``) on both group and item rows."""

TITLE, QUESTIONS, RESPONSES = range(3)
_GROUP = 0  # internalId of a group row; an item row's internalId is its group's row + 1

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: the parent of the top-level rows


def _matches(summary: ItemSummary, query: str) -> bool:
    kind = summary.kind
    shown = f"{summary.title} {labels.kind_singular(kind)} {labels.kind_plural(kind)}"
    return dataclasses.replace(summary, title=shown).matches(query)


class LibraryModel(QAbstractItemModel):
    """Kinds as top-level rows, items as their children; three columns."""

    def __init__(
        self, summaries: list[ItemSummary] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._all: list[ItemSummary] = list(summaries or [])
        self._query = ""
        self._groups: list[tuple[Kind, list[ItemSummary]]] = []
        self._regroup()

    # --- what the window calls ------------------------------------------------------

    def refresh(self, summaries: list[ItemSummary]) -> None:
        """Show these summaries (the whole library), keeping the current filter."""
        self.beginResetModel()
        self._all = list(summaries)
        self._regroup()
        self.endResetModel()

    def set_filter(self, query: str) -> None:
        if query == self._query:
            return
        self.beginResetModel()
        self._query = query
        self._regroup()
        self.endResetModel()

    @property
    def query(self) -> str:
        return self._query

    def total_count(self) -> int:
        return len(self._all)

    def visible_count(self) -> int:
        return sum(len(items) for _, items in self._groups)

    def index_of_item(self, item_id: int) -> QModelIndex:
        """The index of the item's row (column 0), or an invalid index if not shown."""
        for g, (_, items) in enumerate(self._groups):
            for r, summary in enumerate(items):
                if summary.id == item_id:
                    return self.createIndex(r, 0, g + 1)
        return QModelIndex()

    def summary_at(self, index: AnyIndex) -> ItemSummary | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def _regroup(self) -> None:
        query = self._query.strip()
        shown = [s for s in self._all if _matches(s, query)] if query else self._all
        groups = [(kind, [s for s in shown if s.kind == kind]) for kind in labels.KIND_ORDER]
        # Without a search every kind is listed, so that the five kinds are always in
        # view; a search only lists the kinds that have a match.
        self._groups = [(k, items) for k, items in groups if items or not query]

    # --- QAbstractItemModel ---------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 3

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Title"), self.tr("Questions"), self.tr("Responses"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != TITLE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        return self._item_data(index, role)

    def _group_data(self, index: AnyIndex, role: int) -> Any:
        kind, items = self._groups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == TITLE:
            return f"{labels.kind_plural(kind)} ({len(items)})"
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return labels.n_items(len(items))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not items:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == KindRole:
            return kind
        return None

    def _item_data(self, index: AnyIndex, role: int) -> Any:
        summary = self._groups[index.internalId() - 1][1][index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return summary.title or self.tr("(untitled)")
            return str(summary.questions if column == QUESTIONS else summary.responses)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                [
                    summary.title or self.tr("(untitled)"),
                    labels.kind_singular(summary.kind),
                    labels.n_questions(summary.questions),
                    labels.n_responses(summary.responses),
                ]
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TITLE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == ItemIdRole:
            return summary.id
        if role == KindRole:
            return summary.kind
        return None
