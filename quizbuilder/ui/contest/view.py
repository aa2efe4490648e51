"""The contest screen: a window with the Entries, Rules and Draw tabs of one contest.

It is given the open library's service and the contest's id, and calls
``services.contest`` only (no database session). After anything it changes (an
exclusion, a commitment, a draw, a substitution) it rereads the contest and emits
``contest_changed``; ``refresh`` rereads it after a change made elsewhere (new
responses, an edited document). F11 toggles full screen for a projector, with the
Draw tab alone on show; F5 rereads.

A contest may have a hundred thousand responses: reading its entries again, a draw or
its certificate take seconds. So every service call runs on a pool thread, one at a
time (``ui.background.OneAtATime``): meanwhile the tabs are disabled and the header says
what is being done; a refresh asked for then follows when it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from quizbuilder.domain.content import Kind
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.services import contest
from quizbuilder.services.contest import ContestEntries, DrawState, NotAContest
from quizbuilder.services.library import ItemDetail, LibraryService
from quizbuilder.ui import labels
from quizbuilder.ui.background import OneAtATime
from quizbuilder.ui.contest.common import ContestContext, contest_time, note, scaled_font
from quizbuilder.ui.contest.draw_tab import DrawTab
from quizbuilder.ui.contest.entries_tab import EntriesTab
from quizbuilder.ui.contest.models import CandidateLine, candidate_lines
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
        self.jobs = OneAtATime(self)
        self.jobs.busy_changed.connect(self._show_busy)
        self.context = ContestContext(library, item_id, folder, clock or _now, self.run)
        self.detail = detail
        self._stale = False  # a refresh was asked for while something ran
        self._announce = False  # contest_changed once the contest is read again

        self.title = note("contestTitle")
        self.title.setFont(scaled_font(self, 1.3, bold=True))
        self.subtitle = note("contestSubtitle", muted=True)
        self.busy = note("contestBusy", muted=True)
        self.busy.hide()
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
        header_box.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.resize(1180, 740)
        self._show_header(detail)  # at once; the entries follow from a pool thread
        self.refresh()

    @property
    def item_id(self) -> int:
        return self.context.item_id

    @property
    def library(self) -> LibraryService:
        return self.context.library

    # --- reading -----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """Whether a service call is running (the tabs are disabled meanwhile)."""
        return self.jobs.is_busy()

    def refresh(self) -> None:
        """Reread the contest, off the GUI thread: its document, entries, rules and draw."""
        if self.jobs.is_busy():
            self._stale = True  # read once what runs is done
            return
        self._stale = False
        ctx = self.context
        self.jobs.start(
            self.tr("Reading the entries…"),
            lambda: _read(ctx.library, ctx.item_id),
            self._show_read,
            self._read_failed,
        )

    def run(self, title: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """A tab's service call, off the GUI thread: ``done`` gets its result; an error
        is shown under ``title``. (The tabs are disabled while one runs.)"""
        self.jobs.start(title, work, lambda result: self._ran(done, result), self._failed)

    def _ran(self, done: Callable[[Any], None], result: Any) -> None:
        done(result)
        self._catch_up()

    def _failed(self, title: str, message: str) -> None:
        QMessageBox.critical(self, title, message)
        self._catch_up()

    def _catch_up(self) -> None:
        if self._stale and not self.jobs.is_busy():
            self.refresh()

    def _read_failed(self, _title: str, message: str) -> None:
        # the item itself could not be read (gone with another library, an erasure)
        self.entries_tab.show_entries(None, message)
        self._catch_up()

    def _show_read(self, read: _Read) -> None:
        if read.detail is None:
            self.close()  # the item is gone (another library, an erasure)
            return
        self.detail = read.detail
        doc = read.detail.document
        self._show_header(read.detail)
        self.entries_tab.show_entries(read.entries, read.entries_error, read.lines)
        self.rules_tab.set_contest(doc.title, doc.language.value)
        self.rules_tab.refresh()
        self.draw_tab.show_state(
            doc,
            read.detail.summary.uid,
            read.entries,
            read.state,
            read.state_error or read.entries_error,
        )
        if self._announce:
            self._announce = False
            self.contest_changed.emit()
        self._catch_up()

    def _show_busy(self, running: bool, title: str) -> None:
        self.tabs.setEnabled(not running)
        self.refresh_action.setEnabled(not running)
        self.busy.setText(title)
        self.busy.setVisible(running)
        # this window's cursor, not the application's: the main window stays usable,
        # and a window closed while its call runs leaves nothing to restore
        if running:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

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
        parts.append(self.tr("%Ln winner(s)", "", c.winners))
        parts.append(self.tr("%Ln alternate(s)", "", c.alternates))
        self.subtitle.setText(" · ".join(parts))

    def _changed(self) -> None:
        """A tab changed the contest: read it again, then say so (``contest_changed``)."""
        self._announce = True
        if self.jobs.is_busy():
            self._stale = True  # the action's own callback runs before it ends
        else:
            self.refresh()

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


@dataclass(frozen=True)
class _Read:
    """The contest as read on the pool thread (``detail`` None: the item is gone)."""

    detail: ItemDetail | None
    entries: ContestEntries | None = None
    entries_error: str = ""
    state: DrawState | None = None
    state_error: str = ""
    lines: list[CandidateLine] | None = None  # the entries table's rows, made here


def _read(library: LibraryService, item_id: int) -> _Read:
    try:
        detail = library.item(item_id)
    except QuizbuilderError:
        return _Read(None)
    entries: ContestEntries | None = None
    state: DrawState | None = None
    entries_error = state_error = ""
    lines: list[CandidateLine] | None = None
    try:
        entries = contest.entries(library, item_id)
        lines = candidate_lines(entries)  # translated: QCoreApplication.translate is thread-safe
    except QuizbuilderError as exc:
        entries_error = str(exc)
    try:
        state = contest.draw_state(library, item_id)
    except QuizbuilderError as exc:
        state_error = str(exc)
    return _Read(detail, entries, entries_error, state, state_error, lines)
