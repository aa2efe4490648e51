"""What the contest screen's tabs share: the contest they act on, and small helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QWidget

from quizbuilder.domain.content import Contest
from quizbuilder.services.library import LibraryService


@dataclass(frozen=True)
class ContestContext:
    """The contest a screen acts on.

    ``folder`` is where file dialogs open and where a draw writes its certificate (in
    a sub-folder named after the contest's uid); None: the service's default
    (``exports/<uid>``). ``clock`` gives "now" for what the service records (a
    commitment, a draw, an exclusion), so that tests can say when things happen.
    ``run(title, work, done)`` runs a service call off the GUI thread (a contest may
    have a hundred thousand entries to read again) and gives ``done`` its result on the
    GUI thread; an error is shown under ``title`` instead.
    """

    library: LibraryService
    item_id: int
    folder: Path | None
    clock: Callable[[], datetime]
    run: Callable[[str, Callable[[], Any], Callable[[Any], None]], None]


def note(name: str = "", *, muted: bool = False) -> QLabel:
    """A wrapping, selectable label for text that is never HTML."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def scaled_font(widget: QWidget, scale: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def fixed_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def ask_reason(parent: QWidget, title: str, prompt: str) -> str | None:
    """The reason the user typed, spaces tidied ("" if none); None if they cancelled.

    A reason is kept in the contest's log (and, for a substitution or a late
    commitment, published in the certificate), so callers refuse an empty one.
    """
    text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, "")
    if not ok:
        return None
    return " ".join(text.split())


def contest_time(contest: Contest, moment: datetime) -> str:
    """An instant of the contest as its rules say it: in the contest's time zone, named."""
    local = contest.local(moment)
    wall = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return f"{QLocale().toString(wall, QLocale.FormatType.ShortFormat)} ({contest.timezone})"
