"""Page 3: the import itself, run by ``ImportThread`` off the GUI thread, with Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.services.library import LibraryService
from quizbuilder.services.response_import import ImportCancelled, ImportOptions, ImportResult

# The package, not this module, holds the ``import_responses`` the worker calls: it is
# looked up there at each run, so that it can be replaced there (the tests gate it).
from quizbuilder.ui import import_wizard, labels
from quizbuilder.ui.import_wizard.common import ERROR_STYLE, _label


class ImportThread(QThread):
    """Runs one import; reports by signals (queued to the GUI thread), never touches a widget.

    ``request_cancel`` sets a flag that the importer reads every thousand rows; it then
    raises ImportCancelled and its transaction is rolled back.
    """

    progressed = Signal(int)  # rows read so far
    succeeded = Signal(object)  # the ImportResult
    failed = Signal(str)  # a message fit to show
    was_cancelled = Signal()

    def __init__(
        self,
        library: LibraryService,
        item_id: int,
        path: Path,
        options: ImportOptions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._item_id = item_id
        self._path = path
        self._cancel = threading.Event()
        self.result: ImportResult | None = None  # set in the worker, before ``succeeded``
        options.progress = self.progressed.emit
        options.cancelled = self._cancel.is_set
        self._options = options

    def request_cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = import_wizard.import_responses(
                self._library, self._item_id, self._path, self._options
            )
        except ImportCancelled:
            self.was_cancelled.emit()
            return
        except QuizbuilderError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug: say so on the page, and let it be reported
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            raise
        self.result = result
        self.succeeded.emit(result)


OptionsFactory = Callable[[], tuple[Path, ImportOptions]]


class ImportPage(QWizardPage):
    """Starts the import when shown; a progress bar, the rows read, and Cancel."""

    imported = Signal(object)  # the ImportResult of a finished import

    def __init__(
        self,
        library: LibraryService,
        item_id: int,
        options: OptionsFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._item_id = item_id
        self._options = options
        self.worker: ImportThread | None = None
        self.result: ImportResult | None = None
        self._file_name = ""
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr(
                "Every row is read, matched and scored, then all are added at once. "
                "Cancel leaves the library as it was."
            )
        )
        self.setCommitPage(True)  # once imported, there is no going back to import again

        self.file_label = _label(name="importFile")
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(False)
        self.rows_label = _label(name="rowsRead", muted=True)
        self.message = _label(name="importMessage")
        self.cancel_button = QPushButton(self.tr("Cancel the import"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)

        box = QVBoxLayout(self)
        box.addWidget(self.file_label)
        box.addLayout(row)
        box.addWidget(self.rows_label)
        box.addWidget(self.message)
        box.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        if wizard is not None:  # shown while importing: nothing else to press
            self.setButtonText(
                QWizard.WizardButton.CommitButton,
                wizard.buttonText(QWizard.WizardButton.NextButton),
            )
        self.start()

    def start(self) -> None:
        self.stop()
        path, options = self._options()
        self.result = None
        self._file_name = path.name
        self.file_label.setText(labels.fill(self.tr("Importing %1…"), path.name))
        self.progress.setRange(0, 0)  # busy: the number of rows is not known in advance
        self.progress.show()
        self.rows_label.setText(self.tr("Reading the file…"))
        self.message.clear()
        self.message.setStyleSheet("")
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = ImportThread(self._library, self._item_id, path, options, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.was_cancelled.connect(self._cancelled)
        self.worker.start()
        self.completeChanged.emit()
        self.hold_back()

    def hold_back(self) -> None:
        """No Back while importing. The wizard enables its buttons after initializePage
        and on completeChanged, so it calls this again once it has (currentIdChanged)."""
        if self.running():
            self._set_back_enabled(False)

    def running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def cancel(self) -> None:
        if self.running():
            assert self.worker is not None
            self.worker.request_cancel()
            self.cancel_button.setEnabled(False)
            self.rows_label.setText(self.tr("Cancelling…"))

    def stop(self) -> None:
        """Cancel a running import and wait for it (it checks every thousand rows).

        An import that finished before it saw the flag, or whose news is still queued,
        is taken as finished now: the wizard may be closing, and its queued signals
        would die with it.
        """
        thread = self.worker
        if thread is None:
            return
        if thread.isRunning():
            thread.request_cancel()
            thread.wait()
        if thread.result is not None and self.result is None:
            self._succeeded(thread.result)

    def _set_back_enabled(self, enabled: bool) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(enabled)

    def _finish(self) -> None:
        self.file_label.setText(self._file_name)  # no longer "Importing…"
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.cancel_button.hide()
        self.completeChanged.emit()  # the wizard updates its buttons: Back is back
        self._set_back_enabled(self.result is None)

    @Slot(int)
    def _progressed(self, rows: int) -> None:
        self.rows_label.setText(labels.fill(self.tr("%Ln row(s) read", "", rows)))

    @Slot(object)
    def _succeeded(self, result: ImportResult) -> None:
        if self.result is result:
            return  # already taken by stop()
        self.result = result
        self._finish()
        self.message.setText(labels.n_responses(result.imported))
        self.imported.emit(result)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._finish()
        self.progress.hide()
        self.rows_label.setText(self.tr("The import failed; the library is as it was."))
        self.message.setText(message)
        self.message.setStyleSheet(ERROR_STYLE)

    @Slot()
    def _cancelled(self) -> None:
        self._finish()
        self.progress.hide()
        self.rows_label.clear()
        self.message.setText(
            self.tr("The import was cancelled: nothing was added, the library is as it was.")
        )

    def cleanupPage(self) -> None:
        self.stop()

    def isComplete(self) -> bool:
        return self.result is not None
