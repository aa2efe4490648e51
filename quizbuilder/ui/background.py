"""Running a service call on a pool thread and getting its answer on the GUI thread.

Statistics over a big item, or a contest's hundred thousand entries, take a noticeable
time, and the GUI must keep painting meanwhile (STYLE.md: long work runs off the GUI
thread). A ``BackgroundCall`` runs one function on a ``QThreadPool`` and reports back
through a queued signal, tagged with the token it was given, so that whoever started it
can drop answers that a newer request has made stale. ``OneAtATime`` runs a screen's
actions that way, one after the other. The functions must not touch widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from quizbuilder.domain.errors import QuizbuilderError

log = logging.getLogger(__name__)


class CallSignals(QObject):
    """Signals of a ``BackgroundCall`` (a QRunnable is not a QObject)."""

    succeeded = Signal(int, object)  # token, the function's result
    failed = Signal(int, str)  # token, a message fit to show


# Calls are kept here until they have run, and let go when a later call is made: the
# screen that started one may be closed and deleted (a contest window, say) while its
# thread still runs, and freeing a runnable that a pool thread is using would crash.
_KEPT: list[BackgroundCall] = []


class BackgroundCall(QRunnable):
    """``fn()`` on a pool thread; its result or error comes back through ``signals``.

    A ``QuizbuilderError`` is reported with its own message, an ``OSError`` with the
    system's words (a file the work writes or reads). Anything else is a bug,
    logged with its traceback and still reported, so that the view does not wait
    forever for an answer.
    """

    def __init__(self, token: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Python side keeps it: see _KEPT
        self.token = token
        self.signals = CallSignals()
        self._fn = fn
        self._ended = False
        _KEPT[:] = [call for call in _KEPT if not call._ended]
        _KEPT.append(self)

    def run(self) -> None:
        try:
            self._run()
        finally:
            self._ended = True

    def _run(self) -> None:
        try:
            result = self._fn()
        except QuizbuilderError as exc:
            self.signals.failed.emit(self.token, str(exc))
        except OSError as exc:  # a file the work writes or reads: the system's words
            self.signals.failed.emit(self.token, str(exc.strerror or exc))
        except Exception as exc:  # a bug; shown in the view rather than lost in a thread
            log.exception("background call failed")
            self.signals.failed.emit(self.token, f"{type(exc).__name__}: {exc}")
        else:
            self.signals.succeeded.emit(self.token, result)


@dataclass(frozen=True)
class _Job:
    title: str
    done: Callable[[Any], None]
    failed: Callable[[str, str], None]  # title, message


class OneAtATime(QObject):
    """A screen's actions run off the GUI thread, one at a time.

    :meth:`start` refuses a second action while one runs (the screen disables what
    starts them: ``busy_changed``); the action's result goes to ``done``, or its error
    message to ``failed`` with the action's title, on the GUI thread.
    """

    busy_changed = Signal(bool, str)  # running, the action's title

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._token = 0
        self._running: tuple[BackgroundCall, _Job] | None = None

    def is_busy(self) -> bool:
        return self._running is not None

    def start(
        self,
        title: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str, str], None],
    ) -> bool:
        """Run ``work`` on a pool thread; False (nothing started) while another runs."""
        if self._running is not None:
            return False
        self._token += 1
        call = BackgroundCall(self._token, work)
        call.signals.succeeded.connect(self._succeeded)
        call.signals.failed.connect(self._failed)
        self._running = (call, _Job(title, done, failed))
        self.busy_changed.emit(True, title)
        QThreadPool.globalInstance().start(call)
        return True

    def _finish(self, token: int) -> _Job | None:
        if self._running is None or self._running[0].token != token:
            return None
        job = self._running[1]
        self._running = None
        self.busy_changed.emit(False, "")
        return job

    def _succeeded(self, token: int, result: Any) -> None:
        job = self._finish(token)
        if job is not None:
            job.done(result)

    def _failed(self, token: int, message: str) -> None:
        job = self._finish(token)
        if job is not None:
            job.failed(job.title, message)
