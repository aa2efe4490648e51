"""The Personal data dialog: find what the library holds about an e-mail address, export
it, erase it at the person's request, and purge what is past its retention period.

It calls ``services.privacy`` and never opens a database session. Every call runs on a
worker thread (an erasure or a purge ends by rewriting the whole library file, which
takes a while on a big library), and the dialog waits for it rather than cancelling:
an erasure that has begun is finished. Erase and purge ask first, naming what goes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.services import privacy
from quizbuilder.services.library import LibraryService
from quizbuilder.services.privacy import ErasureReport, PersonData, PurgeReport, RetentionItem
from quizbuilder.ui import labels

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class HeldItemsModel(QAbstractTableModel):
    """What one person's search found, one row per item: responses, leads, consents and
    contest exclusions."""

    COLUMNS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._person: PersonData | None = None

    def set_person(self, person: PersonData | None) -> None:
        self.beginResetModel()
        self._person = person
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if parent.isValid() or self._person is None:
            return 0
        return len(self._person.items)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._person is None:
            return None
        item = self._person.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.title
            values = (len(item.responses), item.leads, item.consents, len(item.exclusions))
            return labels.number(values[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return labels.fill(self.tr("Item %1"), item.id)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Item"),
            self.tr("Responses"),
            self.tr("Leads"),
            self.tr("Consents"),
            self.tr("Exclusions"),
        )
        return names[section] if 0 <= section < len(names) else None


class _Task(QThread):
    """Runs one service call; reports by signals (queued to the GUI thread)."""

    succeeded = Signal(object)
    failed = Signal(str)  # a message fit to show

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except QuizbuilderError as exc:
            self.failed.emit(str(exc))
            return
        except OSError as exc:
            self.failed.emit(str(exc.strerror or exc))
            return
        except Exception as exc:  # a bug: say so in the dialog, and let it be reported
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            raise
        self.succeeded.emit(result)


class PrivacyDialog(QDialog):
    """Personal data of the open library, by e-mail address.

    ``library_changed`` is emitted after an erasure or a purge, so that whoever shows
    the library refreshes its counts; ``task_finished`` (with "find", "export", "erase"
    or "purge") once the dialog shows the outcome of a call.
    """

    library_changed = Signal()
    task_finished = Signal(str)

    def __init__(
        self, library: LibraryService, folder: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("privacyDialog")
        self.setWindowTitle(self.tr("Personal data"))
        self._library = library
        self.folder = Path(folder) if folder is not None else Path.home()
        self.person: PersonData | None = None  # the last search's result, while it stands
        self._task: _Task | None = None
        self._task_name = ""
        self._on_success: Callable[[Any], None] | None = None
        self._retention: list[RetentionItem] = []

        layout = QVBoxLayout(self)
        intro = self._note("privacyIntro")
        intro.setText(
            self.tr(
                "Find what this library holds about a person, by their e-mail address: "
                "export it for them, or erase it at their request."
            )
        )
        layout.addWidget(intro)
        layout.addLayout(self._build_search())
        self.summary = self._note("privacySummary")
        self.summary.setAccessibleName(self.tr("What was found"))
        layout.addWidget(self.summary)
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_person_actions())
        layout.addWidget(self._build_retention())
        self.progress = QProgressBar()
        self.progress.setObjectName("privacyProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.message = self._note("privacyMessage")
        self.message.setAccessibleName(self.tr("Outcome"))
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter in the address field searches
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        self.resize(720, 560)
        self._load_retention()
        self._update_buttons()

    # --- building ---------------------------------------------------------------------

    def _note(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_search(self) -> QHBoxLayout:
        self.email = QLineEdit()
        self.email.setObjectName("privacyEmail")
        self.email.setPlaceholderText("name@example.org")
        self.email.setAccessibleName(self.tr("E-mail address"))
        self.email.setClearButtonEnabled(True)
        self.email.textChanged.connect(self._email_edited)
        label = QLabel(self.tr("&E-mail address:"))
        label.setBuddy(self.email)
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.setObjectName("privacyFind")
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.search)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.email, 1)
        row.addWidget(self.find_button)
        return row

    def _build_table(self) -> QTableView:
        self.model = HeldItemsModel(self)
        self.table = QTableView()
        self.table.setObjectName("privacyTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("What is held, by item"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, HeldItemsModel.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return self.table

    def _build_person_actions(self) -> QHBoxLayout:
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("privacyExport")
        self.export_button.setToolTip(self.tr("Save what is held about this person as JSON"))
        self.export_button.clicked.connect(self.export)
        self.erase_button = QPushButton(self.tr("E&rase…"))
        self.erase_button.setObjectName("privacyErase")
        self.erase_button.setToolTip(self.tr("Erase this person's data from the whole library"))
        self.erase_button.clicked.connect(self.erase)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.export_button, self.erase_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        return row

    def _build_retention(self) -> QGroupBox:
        box = QGroupBox(self.tr("Retention periods"))
        self.retention_label = self._note("privacyRetention")
        self.purge_button = QPushButton(self.tr("&Purge expired data…"))
        self.purge_button.setObjectName("privacyPurge")
        self.purge_button.setAutoDefault(False)
        self.purge_button.clicked.connect(self.purge)
        row = QHBoxLayout(box)
        row.addWidget(self.retention_label, 1)
        row.addWidget(self.purge_button, 0, Qt.AlignmentFlag.AlignTop)
        return box

    # --- state ------------------------------------------------------------------------

    def running(self) -> bool:
        return self._task is not None and self._task.isRunning()

    def _update_buttons(self) -> None:
        idle = not self.running()
        found = self.person is not None
        self.find_button.setEnabled(idle and bool(self.email.text().strip()))
        self.export_button.setEnabled(idle and found)
        self.erase_button.setEnabled(idle and found)
        self.purge_button.setEnabled(idle and bool(self._retention))
        self.email.setReadOnly(not idle)

    def _email_edited(self, text: str) -> None:
        """Export and Erase act on what was found: another address must be found first."""
        if self.person is not None and privacy.normalise_email(text) != self.person.email:
            self._show_person(None)
        self._update_buttons()

    def _load_retention(self) -> None:
        try:
            self._retention = privacy.retention_items(self._library)
        except QuizbuilderError as exc:
            self._retention = []
            self.retention_label.setText(str(exc))
            return
        if not self._retention:
            self.retention_label.setText(
                self.tr("No item has a retention period: personal data stays until erased.")
            )
            return
        self.retention_label.setText(
            self.tr("Personal data is removed from responses older than:")
            + "\n"
            + self._retention_listing()
        )

    def _retention_listing(self) -> str:
        return "\n".join(
            labels.fill(self.tr("• %1: %2"), item.title, self._days(item.retention_days))
            for item in self._retention
        )

    def _days(self, n: int) -> str:
        return self.tr("%Ln day(s)", "", n)

    def _counts(self, person: PersonData) -> str:
        return labels.fill(
            self.tr("%1 in %2 (%3, %4, %5)"),
            labels.n_responses(person.responses),
            labels.n_items(len(person.items)),
            self.tr("%Ln lead(s)", "", person.leads),
            self.tr("%Ln consent(s)", "", person.consents),
            self.tr("%Ln contest exclusion(s)", "", person.exclusions),
        )

    def _show_person(self, person: PersonData | None) -> None:
        self.person = person
        self.model.set_person(person)
        if person is None:
            self.summary.clear()
            return
        lines = []
        if person.items:
            lines.append(
                labels.fill(self.tr("Held for %1: %2."), person.email, self._counts(person))
            )
        else:
            lines.append(labels.fill(self.tr("No data held for %1."), person.email))
        if person.mentions:
            lines.append(
                self.tr(
                    "The address is also named in the lead of %Ln other response(s); "
                    "erasing removes it from there.",
                    "",
                    person.mentions,
                )
            )
        if person.erased_before:
            lines.append(
                self.tr("This address was erased on request before: imports leave it out.")
            )
        self.summary.setText("\n".join(lines))

    # --- running the service calls ----------------------------------------------------

    def _run(
        self, name: str, busy: str, work: Callable[[], object], done: Callable[[Any], None]
    ) -> None:
        self._task_name = name
        self._on_success = done
        self.message.setText(busy)
        self.progress.show()
        task = _Task(work, self)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.finished.connect(task.deleteLater)
        self._task = task
        task.start()
        self._update_buttons()

    def _settle(self) -> None:
        if self._task is not None:
            self._task.wait()  # it has emitted its news already; let the thread end
        self._task = None
        self.progress.hide()
        self._update_buttons()

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._settle()
        self.message.clear()
        if self._on_success is not None:
            self._on_success(result)
        self.task_finished.emit(self._task_name)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._settle()
        self.message.clear()
        QMessageBox.critical(self, self.tr("Personal data"), message)
        self.task_finished.emit(self._task_name)

    def done(self, result: int) -> None:
        """An erasure or a purge that has begun is finished before the dialog closes."""
        if self._task is not None and self._task.isRunning():
            self._task.wait()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None and self._task.isRunning():
            self._task.wait()
        super().closeEvent(event)

    # --- the actions ------------------------------------------------------------------

    def search(self) -> None:
        text = self.email.text()
        if not text.strip() or self.running():
            return
        library = self._library
        self._run(
            "find",
            self.tr("Searching…"),
            lambda: privacy.find_person(library, text),
            self._found,
        )

    def _found(self, person: PersonData) -> None:
        self._show_person(person)
        self._update_buttons()

    def export(self) -> None:
        person = self.person
        if person is None or self.running():
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export personal data"),
            str(self.folder / "personal-data.json"),
            self.tr("JSON files (*.json)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        self.folder = path.parent
        library, email = self._library, person.email
        self._run(
            "export",
            self.tr("Exporting…"),
            lambda: privacy.export_person(library, email, path),
            lambda _person: self.message.setText(
                labels.fill(self.tr("The data held for %1 was saved to %2."), email, path)
            ),
        )

    def erase(self) -> None:
        person = self.person
        if person is None or self.running():
            return
        what = self._counts(person) if person.items else self.tr("nothing is held now")
        answer = QMessageBox.question(
            self,
            self.tr("Erase personal data"),
            "\n\n".join(
                (
                    labels.fill(self.tr("Erase everything held about %1?"), person.email),
                    what,
                    self.tr(
                        "This cannot be undone. Only a salted hash of the address is kept, "
                        "so that a later import leaves this person out."
                    ),
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        library, email = self._library, person.email
        self._run(
            "erase",
            self.tr("Erasing, then compacting the library…"),
            lambda: privacy.erase_person(library, email),
            self._erased,
        )

    def _erased(self, report: ErasureReport) -> None:
        removed = report.removed
        self._show_person(None)
        self.email.clear()
        what = self._counts(removed) if removed.items else self.tr("no data was held")
        lines = [
            labels.fill(
                self.tr("Erased %1: %2. Only a salted hash of the address is kept."),
                removed.email,
                what,
            )
        ]
        lines += self._leftovers(report.compacted, report.backups)
        self.message.setText("\n".join(lines))
        self.library_changed.emit()

    def _leftovers(self, compacted: bool, backups: list[Path]) -> list[str]:
        lines = []
        if not compacted:
            lines.append(
                self.tr(
                    "Another program has this library open, so the file could not be "
                    "compacted: close it and do this again to remove every trace."
                )
            )
        if backups:
            lines.append(
                labels.fill(
                    self.tr(
                        "Copies made before library upgrades may still hold personal data: "
                        "%1. Delete them if you no longer need them."
                    ),
                    ", ".join(str(b) for b in backups),
                )
            )
        return lines

    def purge(self) -> None:
        if not self._retention or self.running():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Purge expired data"),
            "\n\n".join(
                (
                    self.tr(
                        "Remove the e-mail addresses, lead answers, consents and respondent "
                        "tokens of the responses older than their item's retention period?"
                    ),
                    self._retention_listing(),
                    self.tr(
                        "The answers stay, anonymous, for the statistics. This cannot be undone."
                    ),
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        library = self._library
        self._run(
            "purge",
            self.tr("Purging, then compacting the library…"),
            lambda: privacy.purge_expired(library),
            self._purged,
        )

    def _purged(self, report: PurgeReport) -> None:
        self._show_person(None)
        lines = [
            labels.fill(
                self.tr("Personal data removed from %1."), labels.n_responses(report.purged)
            )
        ]
        if report.purged:
            lines += self._leftovers(report.compacted, report.backups)
        self.message.setText("\n".join(lines))
        self.library_changed.emit()
