"""Running a service call on a pool thread and getting its answer on the GUI thread.

Statistics over a big item take a noticeable time, and the GUI must keep painting
meanwhile (STYLE.md: long work runs off the GUI thread). A ``BackgroundCall`` runs one
function on a ``QThreadPool`` and reports back through a queued signal, tagged with the
token it was given, so that whoever started it can drop answers that a newer request
has made stale. The function must not touch widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from quizbuilder.domain.errors import QuizbuilderError

log = logging.getLogger(__name__)


class CallSignals(QObject):
    """Signals of a ``BackgroundCall`` (a QRunnable is not a QObject)."""

    succeeded = Signal(int, object)  # token, the function's result
    failed = Signal(int, str)  # token, a message fit to show


class BackgroundCall(QRunnable):
    """``fn()`` on a pool thread; its result or error comes back through ``signals``.

    A ``QuizbuilderError`` is reported with its own message. Anything else is a bug,
    logged with its traceback and still reported, so that the view does not wait
    forever for an answer.
    """

    def __init__(self, token: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Python side keeps it until the answer arrives
        self.token = token
        self.signals = CallSignals()
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except QuizbuilderError as exc:
            self.signals.failed.emit(self.token, str(exc))
        except Exception as exc:  # a bug; shown in the view rather than lost in a thread
            log.exception("background call failed")
            self.signals.failed.emit(self.token, f"{type(exc).__name__}: {exc}")
        else:
            self.signals.succeeded.emit(self.token, result)
