"""How the main window reaches the contest screen: its action, a button, one open screen.

Kept here rather than in main_window.py so that the window only wires it in: the
window's "Contest…" action is enabled, and the button beside its item tabs shown, while
the selected item is a contest; ``open`` shows that contest's screen (the one already
open if it is the same contest).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from quizbuilder.domain.content import Kind
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.services.library import ItemSummary, LibraryService

if TYPE_CHECKING:
    from quizbuilder.ui.contest.view import ContestView


class ContestLauncher(QObject):
    """Keeps the contest screen of ``window``: at most one open, for one contest."""

    def __init__(self, window: QWidget, action: QAction) -> None:
        super().__init__(window)
        self._window = window
        self.action = action
        self.view: ContestView | None = None
        self._current: ItemSummary | None = None
        action.setIconText(self.tr("Entries, rules and draw…"))  # the button's words
        self.button = QToolButton()
        self.button.setObjectName("contestButton")
        self.button.setDefaultAction(action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setAutoRaise(False)
        self.set_current(None)

    def set_current(self, summary: ItemSummary | None) -> None:
        """The item selected in the window now (the screen opens on it if a contest)."""
        self._current = summary
        is_contest = summary is not None and summary.kind == Kind.CONTEST
        self.action.setEnabled(is_contest)
        self.button.setVisible(is_contest)

    def open(self, library: LibraryService, folder: Path | None = None) -> ContestView | None:
        """Show the screen of the selected contest; None if it is not one or cannot open."""
        summary = self._current
        if summary is None or summary.kind != Kind.CONTEST:
            return None
        view = self.view
        if view is not None and view.item_id == summary.id and view.library is library:
            view.showNormal() if view.isMinimized() else view.show()
            view.raise_()
            view.activateWindow()
            return view
        self.close()
        try:
            # imported on first use: the contest screen (rules, PDF, draws) is the
            # heaviest part of the interface, and the window must open fast
            from quizbuilder.ui.contest.view import ContestView

            view = ContestView(library, summary.id, self._window, folder=folder)
        except QuizbuilderError as exc:
            QMessageBox.critical(self._window, self.tr("Cannot open the contest"), str(exc))
            return None
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.destroyed.connect(self._forget)
        self.view = view
        view.show()
        return view

    def _forget(self) -> None:
        self.view = None

    def refresh(self) -> None:
        """The library changed: the open screen rereads its contest."""
        if self.view is not None:
            self.view.refresh()

    def close(self, *_args: object) -> None:
        """Close the open screen (another library was opened, say)."""
        view, self.view = self.view, None
        if view is not None:
            view.close()
