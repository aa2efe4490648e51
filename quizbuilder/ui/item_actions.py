"""Managing the library's items from the main window: new, new from a demo item,
duplicate, rename, delete, campaign; each undoable while the application is open.

Kept apart from main_window.py so that the window only wires it in. Every change is a
``QUndoCommand`` on the window's one stack (Edit › Undo): the change is made first,
outside the stack, so that one that fails (a user error shown in a message box) never
enters the history; the command then only redoes and undoes it. Commands know items by
their uid, which survives a deletion and its undo, where the row id may not.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPoint, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStatusBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.kinds import Kind
from quizbuilder.services import editing
from quizbuilder.services.library import LibraryService
from quizbuilder.ui import labels

STATUS_MESSAGE_MS = 8000


class ItemWindow(Protocol):
    """What the actions need of the main window."""

    tree: QTreeView
    library_changed: SignalInstance
    library_switched: SignalInstance

    @property
    def service(self) -> LibraryService: ...
    def selected_item_id(self) -> int | None: ...
    def select_item(self, item_id: int) -> bool: ...
    def statusBar(self) -> QStatusBar: ...


def new_title(kind: Kind) -> str:
    """The title a new item starts with, in the interface's language."""
    titles = {
        Kind.POLL: QCoreApplication.translate("ItemActions", "New poll"),
        Kind.KNOWLEDGE_QUIZ: QCoreApplication.translate("ItemActions", "New knowledge quiz"),
        Kind.PERSONALITY_QUIZ: QCoreApplication.translate("ItemActions", "New personality quiz"),
        Kind.SURVEY: QCoreApplication.translate("ItemActions", "New survey"),
        Kind.CONTEST: QCoreApplication.translate("ItemActions", "New contest"),
    }
    return titles[kind]


def interface_language() -> str:
    """The language of new items: the interface's, where the embed speaks it."""
    return "en" if QLocale().name().startswith("en") else "fr"


# --- commands -----------------------------------------------------------------------


class _Command(QUndoCommand):
    """An item change already made; ``redo`` makes it again after an undo."""

    def __init__(self, actions: ItemActions, text: str) -> None:
        super().__init__(text)
        self._actions = actions
        self._done = True  # the first redo (on push) has nothing to do

    def _id(self, uid: str) -> int:
        found = editing.find_by_uid(self._actions.library, uid)
        if found is None:
            raise QuizbuilderError(
                QCoreApplication.translate("ItemActions", "The item is no longer in the library.")
            )
        return found

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._actions.run(self.text(), self.do)

    def undo(self) -> None:
        self._actions.run(self.text(), self.undo_it)

    def do(self) -> int | None:
        raise NotImplementedError

    def undo_it(self) -> int | None:
        raise NotImplementedError


class _Presence(_Command):
    """An item that comes and goes: created (undo deletes it) or deleted (undo brings
    it back, responses and all)."""

    def __init__(
        self, actions: ItemActions, text: str, uid: str, deleted: editing.DeletedItem | None
    ) -> None:
        super().__init__(actions, text)
        self._uid = uid
        self._deleted = deleted
        self._created = deleted is None

    def _bring_back(self) -> int:
        assert self._deleted is not None
        item_id = editing.restore(self._actions.library, self._deleted)
        self._uid = editing.item_uid(self._actions.library, item_id)
        return item_id

    def _take_away(self) -> int | None:
        self._deleted = editing.delete(self._actions.library, self._id(self._uid))
        return None

    def do(self) -> int | None:
        return self._bring_back() if self._created else self._take_away()

    def undo_it(self) -> int | None:
        return self._take_away() if self._created else self._bring_back()


def _created(actions: ItemActions, text: str, item_id: int) -> _Presence:
    return _Presence(actions, text, editing.item_uid(actions.library, item_id), None)


def _deleted(actions: ItemActions, text: str, deleted: editing.DeletedItem) -> _Presence:
    return _Presence(actions, text, deleted.uid, deleted)


class _Change(_Command):
    """A change of the item's own fields, made by ``apply(item_id, value)``."""

    def __init__(
        self,
        actions: ItemActions,
        text: str,
        item_id: int,
        apply: Callable[[int, object], None],
        before: object,
        after: object,
    ) -> None:
        super().__init__(actions, text)
        self._uid = editing.item_uid(actions.library, item_id)
        self._apply, self._before, self._after = apply, before, after

    def do(self) -> int | None:
        item_id = self._id(self._uid)
        self._apply(item_id, self._after)
        return item_id

    def undo_it(self) -> int | None:
        item_id = self._id(self._uid)
        self._apply(item_id, self._before)
        return item_id


# --- dialogs ----------------------------------------------------------------------------


class CampaignDialog(QDialog):
    """The campaign and tags of one item, offering those already used in the library."""

    def __init__(
        self,
        title: str,
        campaign: str,
        tags: list[str],
        known: tuple[list[str], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("campaignDialog")
        self.setWindowTitle(self.tr("Campaign"))
        intro = QLabel(labels.fill(self.tr("File “%1” under a campaign, with tags."), title))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.campaign = QComboBox()
        self.campaign.setObjectName("campaignBox")
        self.campaign.setEditable(True)
        self.campaign.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.campaign.addItems(known[0])
        self.campaign.setCurrentText(campaign)
        self.campaign.setAccessibleName(self.tr("Campaign"))
        line = self.campaign.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("e.g. Spring sales 2026"))
        self.tags = QLineEdit(", ".join(tags))
        self.tags.setObjectName("tagsEdit")
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        hint = QLabel(
            labels.fill(self.tr("Tags in use: %1"), ", ".join(known[1])) if known[1] else ""
        )
        hint.setObjectName("knownTags")
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setVisible(bool(known[1]))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Campaign:"), self.campaign)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow("", hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(buttons)
        self.setMinimumWidth(480)

    def values(self) -> tuple[str, list[str]]:
        return self.campaign.currentText().strip(), [
            t.strip() for t in self.tags.text().split(",") if t.strip()
        ]


class DemoItemDialog(QDialog):
    """Choose a demo item to start from: one line per item, its kind and its size."""

    def __init__(self, templates: list[editing.DemoTemplate], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("demoItemDialog")
        self.setWindowTitle(self.tr("New from a demo item"))
        self._templates = templates
        intro = QLabel(
            self.tr(
                "Start from a finished example and make it yours: the copy is a new item, "
                "without the example's responses."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("demoList")
        self.list.setAccessibleName(self.tr("Demo items"))
        for n, template in enumerate(templates):
            row = QListWidgetItem(
                f"{template.title}\n{labels.kind_singular(template.kind)} · "
                f"{labels.n_questions(template.questions)}"
            )
            row.setData(Qt.ItemDataRole.UserRole, n)
            row.setToolTip(template.title)
            self.list.addItem(row)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _row: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.list, 1)
        box.addWidget(buttons)
        self.resize(560, 420)

    def chosen(self) -> editing.DemoTemplate | None:
        row = self.list.currentItem()
        return self._templates[row.data(Qt.ItemDataRole.UserRole)] if row is not None else None


# --- the actions --------------------------------------------------------------------


class ItemActions(QObject):
    """The Item menu of ``window``, its undo stack and the library tree's context menu."""

    def __init__(self, window: QMainWindow, edit_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: QDialog | None = None  # the campaign or demo dialog while open
        self.undo_stack = QUndoStack(self)
        self._build_actions(edit_menu)
        w = self._w()
        w.library_switched.connect(lambda _service: self.undo_stack.clear())
        w.tree.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        w.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        w.tree.customContextMenuRequested.connect(self._context_menu)
        self.update_enabled()

    def _w(self) -> ItemWindow:
        return self._window  # type: ignore[return-value]

    @property
    def library(self) -> LibraryService:
        return self._w().service

    def _action(self, text: str, slot: Callable[[], object], name: str) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self, edit_menu: QMenu) -> None:
        self.new_actions: dict[Kind, QAction] = {}
        names = {
            Kind.POLL: self.tr("&Poll"),
            Kind.KNOWLEDGE_QUIZ: self.tr("&Knowledge quiz"),
            Kind.PERSONALITY_QUIZ: self.tr("P&ersonality quiz"),
            Kind.SURVEY: self.tr("&Survey"),
            Kind.CONTEST: self.tr("&Contest"),
        }
        for kind, text in names.items():
            action = self._action(text, partial(self.new_item, kind), f"actionNew_{kind.value}")
            self.new_actions[kind] = action
        self.action_new_from_demo = self._action(
            self.tr("New from a &demo item…"), self.new_from_demo, "actionNewFromDemo"
        )
        self.action_duplicate = self._action(
            self.tr("D&uplicate"), self.duplicate, "actionDuplicate"
        )
        self.action_duplicate.setShortcut(QKeySequence("Ctrl+D"))
        self.action_rename = self._action(self.tr("&Rename…"), self.rename, "actionRename")
        self.action_rename.setShortcut(QKeySequence("F2"))
        self.action_delete = self._action(self.tr("De&lete…"), self.delete, "actionDelete")
        self.action_delete.setShortcut(QKeySequence.StandardKey.Delete)
        # Del deletes an item only from the library tree: elsewhere it edits text
        self.action_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._w().tree.addAction(self.action_delete)
        self.action_campaign = self._action(
            self.tr("Ca&mpaign and tags…"), self.edit_campaign, "actionCampaign"
        )
        self.action_duplicate.setStatusTip(self.tr("Copy the selected item, without responses"))
        self.action_delete.setStatusTip(
            self.tr("Delete the selected item and its responses (Edit › Undo brings it back)")
        )
        self.action_campaign.setStatusTip(self.tr("File the selected item under a campaign"))

        self.new_menu = QMenu(self.tr("&New item"), self._window)
        self.new_menu.setObjectName("menuNewItem")
        for action in self.new_actions.values():
            self.new_menu.addAction(action)
        self.menu = QMenu(self.tr("&Item"), self._window)
        self.menu.setObjectName("menuItem")
        self.menu.addMenu(self.new_menu)
        self.menu.addAction(self.action_new_from_demo)
        self.menu.addSeparator()
        for action in self.item_actions():
            self.menu.addAction(action)

        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcut(QKeySequence.StandardKey.Redo)
        existing = edit_menu.actions()
        if existing:
            edit_menu.insertActions(existing[0], [self.action_undo, self.action_redo])
            edit_menu.insertSeparator(existing[0])
        else:
            edit_menu.addActions([self.action_undo, self.action_redo])

    def item_actions(self) -> list[QAction]:
        """The actions on the selected item, in menu order."""
        return [self.action_duplicate, self.action_rename, self.action_delete, self.action_campaign]

    def update_enabled(self) -> None:
        selected = self._w().selected_item_id() is not None
        for action in self.item_actions():
            action.setEnabled(selected)

    def _context_menu(self, pos: QPoint) -> None:
        tree = self._w().tree
        menu = QMenu(tree)
        if self._w().selected_item_id() is not None and tree.indexAt(pos).isValid():
            for action in self.item_actions():
                menu.addAction(action)
            menu.addSeparator()
        menu.addMenu(self.new_menu)
        menu.addAction(self.action_new_from_demo)
        menu.popup(tree.viewport().mapToGlobal(pos))

    # --- running changes ----------------------------------------------------------------

    def _after(self, select: int | None, message: str) -> None:
        w = self._w()
        w.library_changed.emit()
        if select is not None:
            w.select_item(select)
        if message:
            w.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def _fail(self, title: str, exc: QuizbuilderError) -> None:
        QMessageBox.critical(self._window, title, str(exc))

    def run(self, text: str, change: Callable[[], int | None]) -> None:
        """Redo or undo a command's change; on failure say why and forget the history
        (it no longer matches the library)."""
        try:
            item_id = change()
        except QuizbuilderError as exc:
            self._fail(text, exc)
            QTimer.singleShot(0, self.undo_stack.clear)  # not from inside the stack's call
            self._w().library_changed.emit()
            return
        self._after(item_id, "")

    def _push(self, command: QUndoCommand, select: int | None, message: str) -> None:
        self.undo_stack.push(command)
        self._after(select, message)

    def _selected(self) -> int | None:
        return self._w().selected_item_id()

    # --- the actions' slots ---------------------------------------------------------------

    def new_item(self, kind: Kind) -> int | None:
        title = new_title(kind)
        try:
            item_id = editing.new_item(
                self.library, kind, title=title, language=interface_language()
            )
        except QuizbuilderError as exc:
            self._fail(self.tr("Cannot create the item"), exc)
            return None
        text = labels.fill(self.tr("New “%1”"), title)
        self._push(_created(self, text, item_id), item_id, text)
        return item_id

    def new_from_demo(self) -> QDialog | None:
        try:
            templates = editing.demo_templates()
        except QuizbuilderError as exc:
            self._fail(self.tr("Cannot read the demo items"), exc)
            return None
        dialog = DemoItemDialog(templates, self._window)
        dialog.accepted.connect(lambda: self._create_from_demo(dialog.chosen()))
        self._show(dialog)
        return dialog

    def _create_from_demo(self, template: editing.DemoTemplate | None) -> None:
        if template is None:
            return
        try:
            item_id = editing.new_from_demo(self.library, template)
        except QuizbuilderError as exc:
            self._fail(self.tr("Cannot create the item"), exc)
            return
        text = labels.fill(self.tr("New from “%1”"), template.title)
        self._push(_created(self, text, item_id), item_id, text)

    def duplicate(self) -> int | None:
        item_id = self._selected()
        if item_id is None:
            return None
        try:
            copy_id = editing.duplicate(self.library, item_id)
            title = editing.load_draft(self.library, copy_id).get("title", "")
        except QuizbuilderError as exc:
            self._fail(self.tr("Cannot duplicate the item"), exc)
            return None
        text = labels.fill(self.tr("Duplicate as “%1”"), title)
        self._push(_created(self, text, copy_id), copy_id, text)
        return copy_id

    def rename(self) -> None:
        item_id = self._selected()
        if item_id is None:
            return
        try:
            old = str(editing.load_draft(self.library, item_id).get("title") or "")
        except QuizbuilderError as exc:
            self._fail(self.tr("Cannot rename the item"), exc)
            return
        new, ok = QInputDialog.getText(
            self._window,
            self.tr("Rename"),
            self.tr("New title:"),
            QLineEdit.EchoMode.Normal,
            old,
        )
        if not ok or new.strip() == old:
            return
        try:
            editing.rename(self.library, item_id, new)
        except QuizbuilderError as exc:
            self._fail(self.tr("Cannot rename the item"), exc)
            return
        text = labels.fill(self.tr("Rename “%1” as “%2”"), old, new.strip())
        command = _Change(
            self, text, item_id, lambda i, t: editing.rename(self.library, i, str(t)), old, new
        )
        self._push(command, item_id, text)

    def delete(self) -> None:
        item_id = self._selected()
        if item_id is None:
            return
        try:
            info = editing.deletion_info(self.library, item_id)
        except QuizbuilderError as exc:
            self._fail(self.tr("Cannot delete the item"), exc)
            return
        title = info.title or self.tr("(untitled)")
        lines = [labels.fill(self.tr("Delete “%1”?"), title)]
        if info.responses:
            lines.append(
                self.tr("Its %Ln response(s) will be deleted with it.", "", info.responses)
            )
        if info.used_by:
            lines.append(
                labels.fill(
                    self.tr("These contests draw their entries from it: %1."),
                    ", ".join(labels.fill(self.tr("“%1”"), t) for t in info.used_by),
                )
            )
        lines.append(self.tr("Edit › Undo brings it back while quizbuilder stays open."))
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete the item"),
            "\n\n".join(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No if info.responses else QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            deleted = editing.delete(self.library, item_id)
        except QuizbuilderError as exc:
            self._fail(self.tr("Cannot delete the item"), exc)
            return
        text = labels.fill(self.tr("Delete “%1”"), title)
        self._push(_deleted(self, text, deleted), None, text)

    def edit_campaign(self) -> QDialog | None:
        item_id = self._selected()
        if item_id is None:
            return None
        try:
            data = editing.load_draft(self.library, item_id)
            known = editing.campaigns(self.library)
        except QuizbuilderError as exc:
            self._fail(self.tr("Cannot change the campaign"), exc)
            return None
        before = (str(data.get("campaign") or ""), [str(t) for t in data.get("tags") or []])
        dialog = CampaignDialog(str(data.get("title") or ""), *before, known, self._window)
        dialog.accepted.connect(lambda: self._set_campaign(item_id, before, dialog.values()))
        self._show(dialog)
        return dialog

    def _set_campaign(
        self, item_id: int, before: tuple[str, list[str]], after: tuple[str, list[str]]
    ) -> None:
        def apply(i: int, value: object) -> None:
            campaign, tags = cast(tuple[str, list[str]], value)
            editing.set_campaign(self.library, i, campaign, tags)

        try:
            apply(item_id, after)
        except QuizbuilderError as exc:
            self._fail(self.tr("Cannot change the campaign"), exc)
            return
        text = (
            labels.fill(self.tr("File under “%1”"), after[0])
            if after[0]
            else self.tr("Remove from its campaign")
        )
        self._push(_Change(self, text, item_id, apply, before, after), item_id, text)

    def _show(self, dialog: QDialog) -> None:
        """Window-modal, so that the window keeps painting; one dialog at a time."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
