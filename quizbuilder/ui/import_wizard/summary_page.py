"""Page 4: what the import did, with the lines and values it could not take."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from quizbuilder.services.response_import import ImportResult
from quizbuilder.ui import labels
from quizbuilder.ui.import_wizard.common import (
    RESPONSES_DIR_KEY,
    _fit_columns,
    _folder,
    _label,
    _table_view,
)
from quizbuilder.ui.import_wizard.import_page import ImportPage
from quizbuilder.ui.import_wizard.preview import TextTableModel, source_name
from quizbuilder.ui.import_wizard.reasons import Reasons


class SummaryPage(QWizardPage):
    """What the import did, and every line and column it could not take as it was."""

    def __init__(
        self, import_page: ImportPage, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._import_page = import_page
        self._settings = settings
        self._reasons = Reasons(self)
        self.setTitle(self.tr("Summary"))
        self.headline = _label(name="summaryHeadline")
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)

        self.source_value = _label(name="summarySource")
        self.imported_value = _label(name="summaryImported")
        self.duplicates_value = _label(name="summaryDuplicates")
        self.rejected_value = _label(name="summaryRejected")
        self.batch_value = _label(name="summaryBatch")
        form = QFormLayout()
        form.addRow(self.tr("Source:"), self.source_value)
        form.addRow(self.tr("Imported:"), self.imported_value)
        form.addRow(self.tr("Already in the library:"), self.duplicates_value)
        form.addRow(self.tr("Rejected lines:"), self.rejected_value)
        form.addRow(self.tr("Import batch:"), self.batch_value)

        self.rejects_model = TextTableModel(self)
        self.unknown_model = TextTableModel(self)
        self.disagreements_model = TextTableModel(self)
        self.rejects_view = _table_view(self.rejects_model, "rejectsTable", line_numbers=False)
        self.unknown_view = _table_view(self.unknown_model, "unknownTable", line_numbers=False)
        self.disagreements_view = _table_view(
            self.disagreements_model, "disagreementsTable", line_numbers=False
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("summaryTabs")

        rejects = QWidget()
        rejects_box = QVBoxLayout(rejects)
        rejects_box.addWidget(self.rejects_view, 1)
        self.save_rejects_button = QPushButton(self.tr("Save as CSV…"))
        self.save_rejects_button.setObjectName("saveRejects")
        self.save_rejects_button.clicked.connect(self.save_rejects)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_rejects_button)
        rejects_box.addLayout(save_row)

        unknown = QWidget()
        unknown_box = QVBoxLayout(unknown)
        unknown_box.addWidget(self.unknown_view, 1)
        self.unknown_more = _label(muted=True)
        unknown_box.addWidget(self.unknown_more)

        disagreements = QWidget()
        disagreements_box = QVBoxLayout(disagreements)
        disagreements_box.addWidget(self.disagreements_view, 1)
        self.disagreements_more = _label(muted=True)
        disagreements_box.addWidget(self.disagreements_more)

        columns = QWidget()
        columns_box = QVBoxLayout(columns)
        self.unmatched_label = _label(name="unmatchedColumns")
        self.missing_label = _label(name="questionsWithoutColumn")
        columns_box.addWidget(self.unmatched_label)
        columns_box.addWidget(self.missing_label)
        columns_box.addStretch(1)

        self.rejects_tab = self.tabs.addTab(rejects, "")
        self.unknown_tab = self.tabs.addTab(unknown, "")
        self.disagreements_tab = self.tabs.addTab(disagreements, "")
        self.columns_tab = self.tabs.addTab(columns, self.tr("Columns"))

        box = QVBoxLayout(self)
        box.addWidget(self.headline)
        box.addLayout(form)
        box.addWidget(self.tabs, 1)

    def initializePage(self) -> None:
        result = self._import_page.result
        if result is not None:
            self.show_result(result)

    def show_result(self, result: ImportResult) -> None:
        self.setSubTitle(labels.fill(self.tr("What the import of %1 did"), Path(result.file).name))
        if result.already_imported:
            self.headline.setText(
                labels.fill(
                    self.tr("This file was imported before (batch %1): nothing was added."),
                    result.batch if result.batch is not None else "?",
                )
            )
        elif result.imported:
            self.headline.setText(
                labels.fill(self.tr("%Ln response(s) imported.", "", result.imported))
            )
        else:
            self.headline.setText(self.tr("No new response in this file."))
        number = labels.number
        self.source_value.setText(source_name(result.source))
        self.imported_value.setText(number(result.imported))
        self.duplicates_value.setText(number(result.duplicates))
        self.rejected_value.setText(number(len(result.rejected)))
        self.batch_value.setText(
            str(result.batch) if result.batch is not None else self.tr("none (nothing was added)")
        )

        line, reason = self.tr("Line"), self.tr("Reason")
        self.rejects_model.set_rows(
            [line, reason], [[str(r.line), self._reasons.text(r.reason)] for r in result.rejected]
        )
        self.unknown_model.set_rows(
            [line, self.tr("Column"), self.tr("Value")],
            [[str(u.line), u.column, u.value] for u in result.unknown_values],
        )
        self.disagreements_model.set_rows(
            [line, self.tr("Our score"), self.tr("The file’s score")],
            [
                [str(n), number(ours), number(theirs)]
                for n, ours, theirs in result.score_disagreements
            ],
        )
        for view in (self.rejects_view, self.unknown_view, self.disagreements_view):
            _fit_columns(view, 320)
        self.save_rejects_button.setEnabled(bool(result.rejected))
        self.tabs.setTabText(
            self.rejects_tab, labels.fill(self.tr("Rejected lines (%1)"), len(result.rejected))
        )
        self.tabs.setTabText(
            self.unknown_tab, labels.fill(self.tr("Unknown values (%1)"), result.unknown_count)
        )
        self.tabs.setTabText(
            self.disagreements_tab,
            labels.fill(self.tr("Score disagreements (%1)"), result.disagreement_count),
        )
        more = result.unknown_count - len(result.unknown_values)
        self.unknown_more.setText(
            labels.fill(self.tr("… and %1 more, not listed."), more) if more > 0 else ""
        )
        self.unknown_more.setVisible(more > 0)
        more = result.disagreement_count - len(result.score_disagreements)
        self.disagreements_more.setText(
            labels.fill(self.tr("… and %1 more, not listed."), more) if more > 0 else ""
        )
        self.disagreements_more.setVisible(more > 0)
        self.unmatched_label.setText(
            labels.fill(self.tr("Columns not imported: %1"), ", ".join(result.unmatched_columns))
            if result.unmatched_columns
            else self.tr("Every column of the file was read.")
        )
        self.missing_label.setText(
            labels.fill(
                self.tr("Questions without a column: %1"),
                ", ".join(result.questions_without_column),
            )
            if result.questions_without_column
            else self.tr("Every question had its column.")
        )
        for tab, count in (
            (self.rejects_tab, len(result.rejected)),
            (self.unknown_tab, result.unknown_count),
            (self.disagreements_tab, result.disagreement_count),
        ):
            self.tabs.setTabEnabled(tab, count > 0)
        first = next(
            (
                tab
                for tab, count in (
                    (self.rejects_tab, len(result.rejected)),
                    (self.unknown_tab, result.unknown_count),
                    (self.disagreements_tab, result.disagreement_count),
                )
                if count
            ),
            self.columns_tab,
        )
        self.tabs.setCurrentIndex(first)

    def save_rejects(self) -> None:
        result = self._import_page.result
        if result is None or not result.rejected:
            return
        suggested = Path(_folder(self._settings, RESPONSES_DIR_KEY)) / (
            f"{Path(result.file).stem}-rejected.csv"
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the rejected lines"), str(suggested), self.tr("CSV files (*.csv)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            with path.open("w", newline="", encoding="utf-8-sig") as fh:
                writer = csv.writer(fh)
                # a report for people, in the interface's language, as the table shows it
                writer.writerow([self.tr("Line"), self.tr("Reason")])
                writer.writerows((r.line, self._reasons.text(r.reason)) for r in result.rejected)
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Cannot save the rejected lines"),
                labels.fill(self.tr("Cannot write %1: %2"), path, exc.strerror or exc),
            )
