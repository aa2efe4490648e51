"""The list of questions on the editor's left: select, add, duplicate, remove, reorder.

Reordering works by drag and drop (the model's ``dropMimeData`` moves the question in
the document, one undoable command) and by keyboard (Alt+Up / Alt+Down). The model is
a view of the document: it never holds questions of its own.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.content import QuestionType
from quizbuilder.ui import labels
from quizbuilder.ui.editor.document import EditorDocument, Path, fresh_id
from quizbuilder.ui.editor.questions import new_question

MIME = "application/x-quizbuilder-question-row"
Index = QModelIndex | QPersistentModelIndex


class QuestionListModel(QAbstractListModel):
    """One row per question: "3. Its text", its type in the tooltip."""

    def __init__(self, document: EditorDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._count = len(self._questions())
        document.changed.connect(self._document_changed)

    def _questions(self) -> list[dict[str, Any]]:
        return list(self.document.get(("questions",)) or [])

    def _document_changed(self, path: Path) -> None:
        count = len(self._questions())
        if len(path) >= 2 and path[0] == "questions" and count == self._count:
            row = path[1]
            if isinstance(row, int) and 0 <= row < count:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)
                return
        if not path or path[0] == "questions":
            self.beginResetModel()
            self._count = count
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        question = self._questions()[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = " ".join(str(question.get("text", "")).split()) or self.tr("(no text yet)")
            return f"{index.row() + 1}. {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            try:
                return labels.question_type(QuestionType(question.get("type")))
            except ValueError:
                return str(question.get("type", ""))
        if role == Qt.ItemDataRole.UserRole:
            return question.get("id")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME, QByteArray(",".join(map(str, rows[:1])).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged question before ``row`` (or onto ``parent``'s place)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        raw = bytes(data.data(MIME).data()).decode()
        if not raw.isdigit():
            return False
        source = int(raw)
        if row < 0:
            row = parent.row() if parent.isValid() else self._count
        target = row - 1 if row > source else row
        return self.document.move(
            ("questions",),
            source,
            target,
            text=self.tr("Move question %1").replace("%1", str(source + 1)),
        )


class QuestionListPanel(QWidget):
    """The list and its buttons. ``current_changed(row)``: -1 when there is none."""

    current_changed = Signal(int)

    def __init__(self, document: EditorDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = QuestionListModel(document, self)
        self.view = QListView()
        self.view.setObjectName("questionList")
        self.view.setAccessibleName(self.tr("Questions"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setUniformItemSizes(True)
        self.view.selectionModel().currentChanged.connect(
            lambda current, _old: self.current_changed.emit(current.row())
        )
        self.model.modelReset.connect(self._after_reset)
        self._wanted = 0

        self.add_menu = QMenu(self)
        for qtype in QuestionType:
            action = self.add_menu.addAction(labels.question_type(qtype))
            action.triggered.connect(lambda _=False, t=qtype: self.add_question(t))
        self.add_button = self._button(self.tr("Add"), self.tr("Add a question"), None)
        self.add_button.setMenu(self.add_menu)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.action_add = self._action(self.tr("Add a question"), "Ctrl+Shift+N", self._add_same)
        self.action_duplicate = self._action(
            self.tr("Duplicate the question"), "Ctrl+D", self.duplicate_current
        )
        self.action_remove = self._action(
            self.tr("Remove the question"), QKeySequence.StandardKey.Delete, self.remove_current
        )
        self.action_up = self._action(self.tr("Move the question up"), "Alt+Up", self.move_up)
        self.action_down = self._action(
            self.tr("Move the question down"), "Alt+Down", self.move_down
        )
        self.view.addActions(
            [self.action_duplicate, self.action_remove, self.action_up, self.action_down]
        )
        self.addAction(self.action_add)
        self.view.installEventFilter(self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        for action, text in (
            (self.action_duplicate, self.tr("Duplicate")),
            (self.action_remove, self.tr("Remove")),
        ):
            buttons.addWidget(self._button(text, action.text(), action))
        buttons.addStretch(1)
        for action, text in ((self.action_up, "↑"), (self.action_down, "↓")):
            buttons.addWidget(self._button(text, action.text(), action))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view, 1)
        box.addLayout(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The list's keys also work where shortcuts do not reach (no active window)."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            pressed = QKeySequence(event.keyCombination())
            for action in self.view.actions():
                if any(
                    pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
                    for key in action.shortcuts()
                ):
                    action.trigger()
                    return True
        return super().eventFilter(watched, event)

    def _action(self, text: str, keys: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action

    def _button(self, text: str, tip: str, action: QAction | None) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        if action is not None:
            button.clicked.connect(action.trigger)
        return button

    # --- the current question ---------------------------------------------------------

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def set_current(self, row: int) -> None:
        count = self.model.rowCount()
        self._wanted = max(0, min(row, count - 1))
        if count:
            self.view.setCurrentIndex(self.model.index(self._wanted, 0))
        else:
            self.current_changed.emit(-1)

    def _after_reset(self) -> None:
        self.set_current(self._wanted)

    # --- editing ----------------------------------------------------------------------

    def _ids(self) -> list[str]:
        return [str(q.get("id", "")) for q in self.document.get(("questions",)) or []]

    def add_question(self, qtype: QuestionType) -> None:
        row = self.current_row() + 1 if self.current_row() >= 0 else len(self._ids())
        question = new_question(qtype, fresh_id(self._ids(), "q"), self.document.get(()) or {})
        self._wanted = row
        self.document.insert(("questions",), row, question, self.tr("Add a question"))

    def _add_same(self) -> None:
        questions = self.document.get(("questions",)) or []
        row = self.current_row()
        kind = questions[row].get("type") if 0 <= row < len(questions) else None
        self.add_question(
            QuestionType(kind) if kind in set(QuestionType) else QuestionType.SINGLE_CHOICE
        )

    def duplicate_current(self) -> None:
        row = self.current_row()
        questions = self.document.get(("questions",)) or []
        if not 0 <= row < len(questions):
            return
        copied = copy.deepcopy(questions[row])
        copied["id"] = fresh_id(self._ids(), "q")
        self._wanted = row + 1
        self.document.insert(("questions",), row + 1, copied, self.tr("Duplicate the question"))

    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self._wanted = row
        self.document.remove(("questions",), row, self.tr("Remove the question"))

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        row = self.current_row()
        self._wanted = row + step
        if not self.document.move(("questions",), row, row + step, self.tr("Move the question")):
            self._wanted = row
