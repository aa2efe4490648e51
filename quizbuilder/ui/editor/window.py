"""The editor's window: the item editor, the problems panel and the live preview.

The problems are computed here, from each draft the editor emits
(``domain.authoring.check_data``), off the GUI thread: the odds of a personality quiz's
outcomes can take most of a second to count after a weight changes, and typing must
never wait for them. Only the newest draft's problems are shown. Clicking a problem
moves the focus to its field.
The Edit menu's Undo and Redo are the editor's undo stack's actions.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSettings, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from quizbuilder.services.library import LibraryService
from quizbuilder.ui.editor.editor import ItemEditor

GEOMETRY_KEY = "editor/geometry"
STATE_KEY = "editor/state"


class _Checked(QObject):
    """Carries a check's result back to the GUI thread (a queued signal)."""

    ready = Signal(int, object)


class _Check(QRunnable):
    def __init__(self, serial: int, data: dict[str, Any], checked: _Checked) -> None:
        super().__init__()
        self.serial, self.data, self.checked = serial, data, checked

    def run(self) -> None:
        from quizbuilder.domain.authoring import check_data

        self.checked.ready.emit(self.serial, check_data(self.data))


class EditorWindow(QMainWindow):
    """One item's editor, as a window of its own (several may be open at once)."""

    def __init__(
        self,
        library: LibraryService,
        item_id: int,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editorWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._settings = settings
        self.library = library
        self.item_id = item_id
        self.editor = ItemEditor(library, item_id, self)
        self.setCentralWidget(self.editor)
        self.problems: Any = None
        self.preview: Any = None
        self._checks = QThreadPool(self)
        self._checks.setMaxThreadCount(1)  # in order; a newer draft supersedes older ones
        self._serial = 0
        self._checked = _Checked(self)
        self._checked.ready.connect(self._problems_ready)
        self._build_docks()
        self._build_menus()
        self.editor.documentChanged.connect(self._document_changed)
        self._document_changed(self.editor.data())
        self.resize(1300, 740)
        if settings is not None:
            geometry = settings.value(GEOMETRY_KEY)
            if geometry is not None:
                self.restoreGeometry(geometry)
                self.restoreState(settings.value(STATE_KEY))

    def _build_docks(self) -> None:
        from quizbuilder.ui.editor.preview import PreviewPane
        from quizbuilder.ui.editor.problems_panel import ProblemsPanel

        self.problems = ProblemsPanel()
        self.problems.problemActivated.connect(self.editor.focus_path)
        problems = QDockWidget(self.tr("Problems"), self)
        problems.setObjectName("problemsDock")
        problems.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, problems)
        self.preview = PreviewPane(self.library, self.item_id)
        preview = QDockWidget(self.tr("Preview"), self)
        preview.setObjectName("previewDock")
        preview.setWidget(self.preview)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, preview)
        # The editor gets the height; the problems list stays a strip until it fills.
        self.resizeDocks([problems], [130], Qt.Orientation.Vertical)

    def _build_menus(self) -> None:
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        for action in self.editor.undo_actions():
            edit.addAction(action)
        close = edit.addAction(self.tr("&Close the editor"))
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)

    def _document_changed(self, data: dict[str, Any]) -> None:
        title = str(data.get("title") or self.tr("Untitled"))
        self.setWindowTitle(self.tr("%1 — Editor").replace("%1", title))
        if self.problems is not None:
            self._serial += 1
            self._checks.clear()  # drafts not started yet are already out of date
            self._checks.start(_Check(self._serial, copy.deepcopy(data), self._checked))
        if self.preview is not None:
            self.preview.show_data(data)

    def _problems_ready(self, serial: int, problems: list[Any]) -> None:
        if serial == self._serial and self.problems is not None:
            self.problems.set_problems(problems)

    def wait_for_checks(self, msecs: int = -1) -> bool:
        """Wait for the checks under way (tests, and closing the window)."""
        return self._checks.waitForDone(msecs)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._checks.clear()
        self._checks.waitForDone()
        if self._settings is not None:
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
            self._settings.setValue(STATE_KEY, self.saveState())
        super().closeEvent(event)
