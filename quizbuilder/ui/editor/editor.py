"""The item editor: the questions on the left, the selected one's fields on the right,
and the item's other pages in tabs.

The editor is given the library and the item's id; it reads the draft with
``services.editing.load_draft`` and stores every change at once with ``save_draft``
(through ``EditorDocument``), so that there is no Save button and a crash loses nothing.
After each change it refreshes the visible page and emits ``documentChanged`` with the
whole draft, for the problems panel and the preview.

What is built when: the question list at once, a question's editor when it is
selected, each other page when its tab is first shown. Opening an item of 100
questions therefore builds one question editor, not 100.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path as FilePath
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.services.library import LibraryService
from quizbuilder.ui.editor.contest_page import ContestPage
from quizbuilder.ui.editor.document import EditorDocument, Path, parse_path
from quizbuilder.ui.editor.fields import ImageLibrary, find_field, refresh_tree
from quizbuilder.ui.editor.pages import (
    GeneralPage,
    LeadFormPage,
    OutcomesPage,
    Page,
    ScoringPage,
    SettingsPage,
    StringsPage,
    ThemePage,
    VariantsPage,
    scrolled,
)
from quizbuilder.ui.editor.question_list import QuestionListPanel
from quizbuilder.ui.editor.questions import QuestionEditor

PageFactory = Callable[[EditorDocument, Callable[[FilePath], dict[str, Any]]], Page]

# Which page holds the fields of a path's first step.
_PAGE_OF = {
    "title": "general",
    "intro": "general",
    "language": "general",
    "image": "general",
    "scoring": "scoring",
    "outcomes": "outcomes",
    "tie_rule": "outcomes",
    "settings": "settings",
    "lead_form": "lead_form",
    "theme": "theme",
    "strings": "strings",
    "variants": "variants",
    "contest": "contest",
}


class ItemEditor(QWidget):
    """Edits one item of the library; see the module's docstring."""

    documentChanged = Signal(dict)

    def __init__(
        self, library: LibraryService, item_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from quizbuilder.services import editing

        self.setObjectName("itemEditor")
        self.library = library
        self.item_id = item_id
        self._editing = editing
        self._store_image = ImageLibrary(self._store_file, partial(editing.image_data, library))
        self.document = EditorDocument(
            editing.load_draft(library, item_id),
            saver=lambda data: editing.save_draft(library, item_id, data),
            parent=self,
        )
        self.undo_stack = self.document.undo_stack
        self.question_editor: QuestionEditor | None = None
        self.pages: dict[str, Page] = {}
        self._build()
        self._build_actions()
        self.document.changed.connect(self._document_changed)
        self.document.saved.connect(self._saved)
        self.document.save_failed.connect(self._save_failed)
        self.questions.set_current(0)

    # --- building ---------------------------------------------------------------------

    def _page_factories(self) -> list[tuple[str, str, PageFactory]]:
        kind = self.document.kind
        pages: list[tuple[str, str, PageFactory]] = [("general", self.tr("Item"), GeneralPage)]
        if kind == "contest":
            contest = partial(ContestPage, library=self.library, item_id=self.item_id)
            pages.append(("contest", self.tr("Contest"), contest))
        if kind in ("knowledge_quiz", "contest"):
            pages.append(("scoring", self.tr("Scoring"), ScoringPage))
        if kind == "personality_quiz":
            pages.append(("outcomes", self.tr("Outcomes"), OutcomesPage))
        pages += [
            ("settings", self.tr("Settings"), SettingsPage),
            ("lead_form", self.tr("Lead form"), LeadFormPage),
            ("theme", self.tr("Theme"), ThemePage),
            ("strings", self.tr("Texts"), StringsPage),
            ("variants", self.tr("Variants"), VariantsPage),
        ]
        return pages

    def _build(self) -> None:
        self.questions = QuestionListPanel(self.document)
        self.questions.current_changed.connect(self._show_question)
        self.question_area = QScrollArea()
        self.question_area.setWidgetResizable(True)
        self.question_area.setObjectName("questionArea")
        self.empty_note = QLabel(
            self.tr("No questions yet. Use “Add” below the list to write the first one.")
        )
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.questions)
        split.addWidget(self.question_area)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 640])
        self.questions.setMinimumWidth(200)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.addTab(split, self.tr("Questions"))
        self._tab_keys = ["questions"]
        self._factories: dict[str, PageFactory] = {}
        for key, title, factory in self._page_factories():
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            self.tabs.addTab(holder, title)
            self._tab_keys.append(key)
            self._factories[key] = factory
        self.tabs.currentChanged.connect(self._tab_changed)

        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.status)

    def _build_actions(self) -> None:
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setShortcuts(
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        for action in (self.action_undo, self.action_redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def undo_actions(self) -> list[QAction]:
        return [self.action_undo, self.action_redo]

    # --- reading ----------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        """The draft as it is now (a copy)."""
        return self.document.data()

    def page(self, key: str) -> Page:
        """The page ``key`` (e.g. "theme"), built on first use."""
        if key not in self.pages:
            page = self._factories[key](self.document, self._store_image)
            page.setObjectName(f"{key}Page")
            self.pages[key] = page
            holder = self.tabs.widget(self._tab_keys.index(key))
            assert isinstance(holder, QScrollArea)
            holder.setWidget(page)
            self._refresh_page(page)
        return self.pages[key]

    def show_page(self, key: str) -> Page | None:
        if key not in self._tab_keys:
            return None
        self.tabs.setCurrentIndex(self._tab_keys.index(key))
        return self.pages.get(key)

    # --- following the document -------------------------------------------------------

    def _store_file(self, file: FilePath) -> dict[str, Any]:
        ref = self._editing.store_image(self.library, file)
        return {"asset": ref.asset, "alt": ref.alt}

    def _show_question(self, row: int) -> None:
        focused = self._focused_path()
        old = self.question_area.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        if row < 0:
            self.question_editor = None
            self.question_area.setWidget(self._empty_holder())
        else:
            self.question_editor = QuestionEditor(self.document, row, self._store_image)
            self.question_editor.setObjectName("questionEditor")
            self.question_area.setWidget(self.question_editor)
        if focused is not None and self.question_editor is not None:
            field = find_field(self.question_editor, focused)
            if field is not None and focused[:2] == ("questions", row):
                field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _empty_holder(self) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.addWidget(QLabel(self.empty_note.text()), 0, Qt.AlignmentFlag.AlignCenter)
        return holder

    def _focused_path(self) -> Path | None:
        widget = self.focusWidget()
        while widget is not None and not hasattr(widget, "bound_path"):
            widget = widget.parentWidget()
        return getattr(widget, "bound_path", None)

    def _tab_changed(self, index: int) -> None:
        key = self._tab_keys[index]
        if key != "questions":
            self.page(key)
            self._refresh_page(self.pages[key])

    def _refresh_page(self, page: Page) -> None:
        refresh_tree(page)
        summary = getattr(page, "refresh_summary", None)
        if summary is not None:
            summary()

    def _document_changed(self, path: Path) -> None:
        row = self.questions.current_row()
        editor = self.question_editor
        if editor is not None:
            qtype = self.document.get(("questions", editor.row, "type"))
            structural = len(path) <= 2 and path[:1] in ((), ("questions",), ("outcomes",))
            if (
                structural
                or editor.row != row
                or qtype != (editor.qtype.value if editor.qtype else None)
                or (path[:1] == ("outcomes",) and len(path) == 3 and path[2] == "title")
            ):
                self._show_question(row)
            else:
                refresh_tree(editor)
        elif row >= 0:
            self._show_question(row)
        key = self._tab_keys[self.tabs.currentIndex()]
        if key in self.pages:
            self._refresh_page(self.pages[key])
        self.documentChanged.emit(self.document.data())

    def _saved(self, result: Any) -> None:
        if getattr(result, "valid", True):
            self.status.setText(self.tr("All changes saved."))
        else:
            self.status.setText(self.tr("All changes saved (as a draft with problems)."))

    def _save_failed(self, message: str) -> None:
        self.status.setText(self.tr("Not saved: %1").replace("%1", message))

    # --- going to a field -------------------------------------------------------------

    def focus_path(self, path: str) -> bool:
        """Show and focus the field of a problem's path, e.g. "questions[2].options[1].label".

        Falls back to the nearest field above it (the question, the page); False if the
        path names nothing the editor shows.
        """
        steps = parse_path(path)
        if not steps:
            return False
        root: QWidget | None
        if steps[0] == "questions":
            self.show_page("questions")
            row = steps[1] if len(steps) > 1 and isinstance(steps[1], int) else 0
            self.questions.set_current(row)
            root = self.question_editor
            area: QScrollArea = self.question_area
        else:
            key = _PAGE_OF.get(str(steps[0]), "general")
            if key not in self._tab_keys:
                key = "general"
            self.show_page(key)
            root = self.page(key)
            holder = self.tabs.widget(self._tab_keys.index(key))
            assert isinstance(holder, QScrollArea)
            area = holder
        if root is None:
            return False
        field = find_field(root, steps)
        if field is None and isinstance(root, QuestionEditor):
            field = root.text_field  # the question itself: its text
        if field is None:
            return False
        area.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


__all__ = ["ItemEditor", "scrolled"]
