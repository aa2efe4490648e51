"""The Entries tab: the steps with their counts, every candidate, exclusions.

The organiser reads back how the contest's settings turned responses into entries
("Entry condition: 172 → 32"), looks at the candidates (flagged ones first if asked),
and excludes an entry, or reinstates it, for a reason the contest's log keeps. The
e-mail addresses shown here are for the organiser; nothing on this tab is published.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.services import contest
from quizbuilder.services.contest import ContestEntries
from quizbuilder.services.responses import ImportReport
from quizbuilder.ui import labels
from quizbuilder.ui.contest.common import ContestContext, ask_reason, note, scaled_font
from quizbuilder.ui.contest.models import (
    ENTRY_ROLE,
    CandidateFilter,
    CandidateLine,
    CandidatesModel,
    StepsModel,
)
from quizbuilder.ui.results.widgets import FittedTable

MAX_COLUMN_WIDTH = 320  # a long address must leave room for the reason


FIT_ROWS = 200  # rows a column's width is fitted to


class EntriesTab(QWidget):
    """The entries of one contest. ``changed`` is emitted after an exclusion or a
    reinstatement, for the screen to refresh what depends on the entries."""

    changed = Signal()

    def __init__(self, context: ContestContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contestEntriesTab")
        self._context = context
        self.report: ContestEntries | None = None

        self.summary = note("entriesSummary")
        self.summary.setAccessibleName(self.tr("Entries in short"))
        self.summary.setFont(scaled_font(self, 1.1, bold=True))
        self.error = note("entriesError")
        self.error.hide()

        self.steps_model = StepsModel(self)
        self.steps = FittedTable("entrySteps", max_rows=10)
        self.steps.setModel(self.steps_model)
        self.steps.setAccessibleName(self.tr("Entry steps, in the order applied"))
        self.steps.setAlternatingRowColors(True)
        header = self.steps.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # The step in full is elided where it does not fit (French is longer); its
        # tooltip says it whole.

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.steps)
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_actions())
        self._update_buttons()

    # --- building -------------------------------------------------------------------------

    def _build_filters(self) -> QHBoxLayout:
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("entriesStatusFilter")
        for text, status in (
            (self.tr("All candidates"), "all"),
            (self.tr("Eligible"), "eligible"),
            (self.tr("Not eligible"), "rejected"),
            (self.tr("Excluded by you"), "excluded"),
        ):
            self.status_filter.addItem(text, status)
        self.status_filter.currentIndexChanged.connect(self._status_chosen)
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.status_filter)
        self.flagged_only = QCheckBox(self.tr("&Flagged only"))
        self.flagged_only.setObjectName("entriesFlaggedOnly")
        self.flagged_only.setToolTip(
            self.tr("Entries a check points at (a flag never removes an entry: you decide)")
        )
        self.flagged_only.toggled.connect(self._flagged_toggled)
        self.shown = note("entriesShown", muted=True)
        self.shown.setWordWrap(False)
        row = QHBoxLayout()
        row.addWidget(show)
        row.addWidget(self.status_filter)
        row.addSpacing(12)
        row.addWidget(self.flagged_only)
        row.addStretch(1)
        row.addWidget(self.shown)
        return row

    def _build_table(self) -> QTableView:
        self.model = CandidatesModel(self)
        self.proxy = CandidateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("entriesTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Candidates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(FIT_ROWS)  # not 1,000 rows of a big contest
        for column in range(CandidatesModel.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CandidatesModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(CandidatesModel.STATUS, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self._act_on_selected())
        return self.table

    def _build_actions(self) -> QHBoxLayout:
        self.exclude_button = QPushButton(self.tr("E&xclude…"))
        self.exclude_button.setObjectName("entriesExclude")
        self.exclude_button.setToolTip(
            self.tr("Leave the selected entry out of the draw, for a reason kept in the log")
        )
        self.exclude_button.clicked.connect(self.exclude_selected)
        self.reinstate_button = QPushButton(self.tr("&Reinstate…"))
        self.reinstate_button.setObjectName("entriesReinstate")
        self.reinstate_button.setToolTip(
            self.tr("Take back the exclusion of the selected entry, for a reason kept in the log")
        )
        self.reinstate_button.clicked.connect(self.reinstate_selected)
        self.import_button = QPushButton(self.tr("&Import a list…"))
        self.import_button.setObjectName("entriesImportList")
        self.import_button.setToolTip(
            self.tr(
                "Add people who entered elsewhere, from a CSV or XLSX list with an e-mail "
                "column (names, birth date, country, date and consents optional)"
            )
        )
        self.import_button.clicked.connect(self.import_list)
        hint = note(muted=True)
        hint.setText(self.tr("Exclude before the draw: the draw freezes the entries."))
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(hint, 1)
        row.addWidget(self.exclude_button)
        row.addWidget(self.reinstate_button)
        return row

    # --- showing ---------------------------------------------------------------------------

    def show_entries(
        self,
        report: ContestEntries | None,
        error: str = "",
        lines: list[CandidateLine] | None = None,
    ) -> None:
        """Show ``report`` (None with the ``error`` that prevented it), keeping the
        selection; ``lines``: the table's rows, if already made from it."""
        keep = self.selected_entry()
        self.report = report
        self.steps_model.set_report(report)
        self.model.set_report(report, lines)
        self.steps.fit()
        for column in range(CandidatesModel.COLUMNS):
            if column != CandidatesModel.REASON:
                self.table.resizeColumnToContents(column)
                width = min(self.table.columnWidth(column), MAX_COLUMN_WIDTH)
                self.table.setColumnWidth(column, width)
        self.error.setText(error)
        self.error.setVisible(bool(error))
        self.summary.setText(self._summary(report) if report is not None else "")
        if keep is not None:
            self.select_entry(keep)
        self._update_counts()
        self._update_buttons()

    def _summary(self, report: ContestEntries) -> str:
        sources = labels.fill(
            self.tr("%1 to %2"),
            labels.n_responses(len(report.candidates)),
            self._titles(report),
        )
        tickets = sum(report.entries.values())
        eligible = self.tr("%Ln eligible entry(ies)", "", len(report.entries))
        if tickets != len(report.entries):
            eligible = labels.fill(
                self.tr("%1, %2"), eligible, self.tr("%Ln ticket(s)", "", tickets)
            )
        return labels.fill(self.tr("%1 → %2"), sources, eligible)

    def _titles(self, report: ContestEntries) -> str:
        titles = [labels.fill(self.tr("“%1”"), title) for _id, title in report.sources]
        if len(titles) == 1:
            return titles[0]
        return labels.fill(self.tr("%1 and %2"), ", ".join(titles[:-1]), titles[-1])

    def _update_counts(self) -> None:
        self.shown.setText(
            labels.fill(
                self.tr("%1 shown of %2"),
                labels.number(self.proxy.rowCount()),
                labels.number(self.model.rowCount()),
            )
        )

    def _status_chosen(self, _index: int) -> None:
        self.proxy.set_status(str(self.status_filter.currentData()))
        self._update_counts()

    def _flagged_toggled(self, on: bool) -> None:
        self.proxy.set_flagged_only(on)
        self._update_counts()

    # --- selection ---------------------------------------------------------------------------

    def selected_line(self) -> CandidateLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.line(source.row()) if source.isValid() else None

    def selected_entry(self) -> str | None:
        line = self.selected_line()
        return line.id if line is not None else None

    def select_entry(self, entry: str) -> bool:
        """Select entry ``entry``'s row if the filters show it."""
        row = self.model.row_of(entry)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid():
            self.table.clearSelection()
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def entry_at(self, proxy_row: int) -> str:
        return str(self.proxy.index(proxy_row, 0).data(ENTRY_ROLE))

    def _update_buttons(self) -> None:
        line = self.selected_line()
        self.exclude_button.setEnabled(line is not None and line.excluded is None)
        self.reinstate_button.setEnabled(line is not None and line.excluded is not None)

    def _act_on_selected(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        if line.excluded is None:
            self.exclude_selected()
        else:
            self.reinstate_selected()

    # --- actions -----------------------------------------------------------------------------

    def exclude_selected(self) -> None:
        line = self.selected_line()
        if line is None or line.excluded is not None:
            return
        title = self.tr("Exclude an entry")
        reason = ask_reason(
            self,
            title,
            labels.fill(
                self.tr("Why leave %1 (%2) out of the draw? The reason is kept in the log."),
                line.pseudonym,
                line.id,
            ),
        )
        if reason is None:
            return
        if not reason:
            QMessageBox.warning(
                self, title, self.tr("An exclusion needs a reason: nothing was excluded.")
            )
            return
        ctx = self._context
        self._run(
            title,
            lambda: contest.exclude(ctx.library, ctx.item_id, line.id, reason, now=ctx.clock()),
        )

    def reinstate_selected(self) -> None:
        line = self.selected_line()
        if line is None or line.excluded is None:
            return
        title = self.tr("Reinstate an entry")
        reason = ask_reason(
            self,
            title,
            labels.fill(
                self.tr("Why take %1 (%2) back into the draw? It was excluded for: %3"),
                line.pseudonym,
                line.id,
                line.excluded,
            ),
        )
        if reason is None:
            return
        if not reason:
            QMessageBox.warning(
                self, title, self.tr("Reinstating an entry needs a reason: nothing was changed.")
            )
            return
        ctx = self._context
        self._run(
            title,
            lambda: contest.reinstate(ctx.library, ctx.item_id, line.id, reason, now=ctx.clock()),
        )

    def import_list(self) -> None:
        """Entries from a list of people, judged by the same steps as the form's."""
        title = self.tr("Import a list of entries")
        ctx = self._context
        folder = ctx.folder if ctx.folder is not None else Path.home()
        chosen, _ = QFileDialog.getOpenFileName(
            self, title, str(folder), self.tr("Lists (*.csv *.xlsx);;All files (*)")
        )
        if not chosen:
            return
        self._context.run(
            title,
            lambda: contest.import_entry_list(ctx.library, ctx.item_id, Path(chosen)),
            lambda report: self._show_imported(title, report),
        )

    def _show_imported(self, title: str, report: ImportReport) -> None:
        message = labels.fill(
            self.tr("Entries added: %1; already there: %2; lines refused: %3."),
            str(report.added),
            str(report.duplicates),
            str(len(report.rejected)),
        )
        if report.rejected:
            details = "\n".join(
                labels.fill(self.tr("Line %1: %2"), str(r.line), r.reason)
                for r in report.rejected[:20]
            )
            message = f"{message}\n\n{details}"
        QMessageBox.information(self, title, message)
        self.changed.emit()

    def _run(self, title: str, action: Callable[[], object]) -> None:
        self._context.run(title, action, lambda _result: self.changed.emit())
