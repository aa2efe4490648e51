"""The contest screen: a window with the Entries, Rules and Draw tabs of one contest.

It is given the open library's service and the contest's id, and calls
``services.contest`` only (no database session). After anything it changes (an
exclusion, a commitment, a draw, a substitution) it rereads the contest and emits
``contest_changed``; ``refresh`` rereads it after a change made elsewhere (new
responses, an edited document). F11 toggles full screen for a projector, with the
Draw tab alone on show; F5 rereads.

The service's calls here are quick for a contest's few thousand responses, so they run
on the GUI thread behind a busy cursor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from quizbuilder.domain.content import Kind
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.services import contest
from quizbuilder.services.contest import ContestEntries, DrawState, NotAContest
from quizbuilder.services.library import ItemDetail, LibraryService
from quizbuilder.ui import labels
from quizbuilder.ui.contest.common import ContestContext, contest_time, note, scaled_font
from quizbuilder.ui.contest.draw_tab import DrawTab
from quizbuilder.ui.contest.entries_tab import EntriesTab
from quizbuilder.ui.contest.rules_tab import RulesTab


class ContestView(QWidget):
    """The contest ``item_id`` of ``library``, in its own window.

    Raises ``QuizbuilderError`` when the item is missing or is not a contest. ``folder``
    is where file dialogs open and where draws write their certificates (in a folder
    named after the contest's uid; None: ``exports/<uid>``); ``clock`` gives "now" for
    what the contest's log records.
    """

    contest_changed = Signal()

    def __init__(
        self,
        library: LibraryService,
        item_id: int,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("contestView")
        detail = library.item(item_id)
        if detail.summary.kind != Kind.CONTEST:
            raise NotAContest(item_id, detail.summary.kind.value)
        self.context = ContestContext(library, item_id, folder, clock or _now)
        self.detail = detail

        self.title = note("contestTitle")
        self.title.setFont(scaled_font(self, 1.3, bold=True))
        self.subtitle = note("contestSubtitle", muted=True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("contestTabs")
        self.full_screen_action = QAction(self.tr("&Full screen"), self)
        self.full_screen_action.setObjectName("actionContestFullScreen")
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.setToolTip(
            self.tr("Show the draw full screen, for a projector (F11)")
        )
        self.full_screen_action.toggled.connect(self.set_full_screen)
        self.addAction(self.full_screen_action)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(lambda _checked=False: self.refresh())
        self.addAction(self.refresh_action)

        self.entries_tab = EntriesTab(self.context)
        self.rules_tab = RulesTab(self.context)
        self.draw_tab = DrawTab(self.context, self.full_screen_action)
        self.tabs.addTab(self.entries_tab, self.tr("&Entries"))
        self.tabs.addTab(self.rules_tab, self.tr("R&ules"))
        self.tabs.addTab(self.draw_tab, self.tr("Dra&w"))
        self.tabs.setTabToolTip(0, self.tr("How responses became entries; exclusions"))
        self.tabs.setTabToolTip(1, self.tr("What the official rules lack; their export"))
        self.tabs.setTabToolTip(2, self.tr("Commitment, draw, winners and certificate"))
        for tab in (self.entries_tab, self.draw_tab):
            tab.changed.connect(self._changed)

        self.header = QWidget()
        header_box = QVBoxLayout(self.header)
        header_box.setContentsMargins(12, 10, 12, 0)
        header_box.setSpacing(2)
        header_box.addWidget(self.title)
        header_box.addWidget(self.subtitle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.resize(1180, 740)
        self.refresh()

    @property
    def item_id(self) -> int:
        return self.context.item_id

    @property
    def library(self) -> LibraryService:
        return self.context.library

    # --- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reread the contest: its document, entries, rules and draw."""
        ctx = self.context
        with _busy():
            try:
                self.detail = ctx.library.item(ctx.item_id)
            except QuizbuilderError:
                self.close()  # the item is gone (another library, an erasure)
                return
            entries, entries_error = self._entries()
            state, state_error = self._state()
            doc = self.detail.document
            self._show_header(self.detail)
            self.entries_tab.show_entries(entries, entries_error)
            self.rules_tab.set_contest(doc.title, doc.language.value)
            self.rules_tab.refresh()
            self.draw_tab.show_state(
                doc, self.detail.summary.uid, entries, state, state_error or entries_error
            )

    def _entries(self) -> tuple[ContestEntries | None, str]:
        try:
            return contest.entries(self.context.library, self.context.item_id), ""
        except QuizbuilderError as exc:
            return None, str(exc)

    def _state(self) -> tuple[DrawState | None, str]:
        try:
            return contest.draw_state(self.context.library, self.context.item_id), ""
        except QuizbuilderError as exc:
            return None, str(exc)

    def _show_header(self, detail: ItemDetail) -> None:
        doc = detail.document
        self.title.setText(doc.title or self.tr("(untitled)"))
        self.setWindowTitle(labels.fill(self.tr("Contest: %1 — quizbuilder"), doc.title))
        c = doc.contest
        if c is None:
            self.subtitle.clear()
            return
        parts = []
        if c.starts_at is not None and c.ends_at is not None:
            parts.append(
                labels.fill(
                    self.tr("from %1 to %2"),
                    contest_time(c, c.starts_at).removesuffix(f" ({c.timezone})"),
                    contest_time(c, c.ends_at),
                )
            )
        parts.append(self.tr("%n winner(s)", "", c.winners))
        parts.append(self.tr("%n alternate(s)", "", c.alternates))
        self.subtitle.setText(" · ".join(parts))

    def _changed(self) -> None:
        self.refresh()
        self.contest_changed.emit()

    # --- full screen -------------------------------------------------------------------------

    def set_full_screen(self, on: bool) -> None:
        """For a projector: the Draw tab alone, full screen; again (or Esc) to come back."""
        if self.full_screen_action.isChecked() != on:
            self.full_screen_action.setChecked(on)  # toggles back here
            return
        if on:
            self.tabs.setCurrentWidget(self.draw_tab)
            self.showFullScreen()
        else:
            self.showNormal()
        self.header.setVisible(not on)
        self.tabs.tabBar().setVisible(not on)
        self.draw_tab.set_presenting(on)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.full_screen_action.isChecked():
            self.set_full_screen(False)
            return
        super().keyPressEvent(event)


def _now() -> datetime:
    return datetime.now(UTC)


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
