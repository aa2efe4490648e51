"""The composition root: the one place that builds the library, the services and the windows.

``main`` is the ``quizbuilder`` entry point. Commands go to ``cli``; with no command the
GUI is built here, so that neither ``cli`` nor the services ever import Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from quizbuilder import cli

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from quizbuilder.services.demo import DemoReport
    from quizbuilder.services.library import LibraryService
    from quizbuilder.ui.main_window import MainWindow

LAST_LIBRARY_KEY = "library/last"


def main(argv: Sequence[str] | None = None) -> int:
    return cli.run(argv, open_gui=run_gui)


def choose_library(named: Path | None, settings: QSettings) -> Path:
    """The library named on the command line, else the last one opened, else the default."""
    from quizbuilder.store.engine import default_library_path

    if named is not None:
        return named
    last = settings.value(LAST_LIBRARY_KEY, "", type=str)
    if last and Path(last).is_file():
        return Path(last)
    return default_library_path()


def build_gui(
    named_library: Path | None,
    argv: Sequence[str] = ("quizbuilder",),
    settings: QSettings | None = None,
) -> tuple[QApplication, MainWindow]:
    """The application and its main window on the chosen library, not yet shown.

    A library that did not exist before is a first start: it gets the demo items, and
    the status bar says so. Raises ``QuizbuilderError`` if the library cannot be opened.
    """
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from quizbuilder.services.library import LibraryService
    from quizbuilder.ui.i18n import install_translator
    from quizbuilder.ui.main_window import MainWindow

    QCoreApplication.setOrganizationName("quizbuilder")
    QCoreApplication.setApplicationName("quizbuilder")
    existing = QApplication.instance()
    if existing is None:
        # The editor's preview (Qt WebEngine) is imported later, on demand; WebEngine
        # needs OpenGL contexts shared from before the application exists.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    settings = settings if settings is not None else QSettings()
    install_translator(app, settings)

    path = choose_library(named_library, settings)
    first_start = not path.exists()
    service = LibraryService.open(path)
    first_report = _load_demo(service) if first_start else None

    window: MainWindow

    def load_demo_into_current() -> str:
        return demo_message(_load_demo(window.service))

    window = MainWindow(
        service, settings, open_library=LibraryService.open, load_demo=load_demo_into_current
    )
    if first_report is not None:
        first = QCoreApplication.translate("app", "First start: %1")
        window.statusBar().showMessage(first.replace("%1", demo_message(first_report)), 20000)
    return app, window


def demo_message(report: DemoReport) -> str:
    """What loading the demo did, in the interface language."""
    from PySide6.QtCore import QCoreApplication

    if not report.items_added and not report.responses_added:
        return QCoreApplication.translate(
            "app", "The demo is already in this library: nothing was added."
        )
    return (
        QCoreApplication.translate("app", "Demo library loaded: %1 items, %2 responses.")
        .replace("%1", str(len(report.items_added)))
        .replace("%2", str(report.responses_added))
    )


def run_gui(named_library: Path | None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from quizbuilder.domain.errors import QuizbuilderError

    try:
        app, window = build_gui(named_library, sys.argv[:1])
    except QuizbuilderError as exc:
        existing = QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, "quizbuilder", str(exc))
        del existing
        return 2
    window.show()
    try:
        return app.exec()
    finally:
        window.service.close()


def _load_demo(service: LibraryService) -> DemoReport:
    """The demo items and responses, imported on demand: a usual start needs none."""
    from quizbuilder.services.demo import load_demo

    return load_demo(service)
