"""The results view: one item's statistics, with filters that refresh everything.

The view is given the open library's service and, later, an item id. Statistics and
charts are computed off the GUI thread (``compute.compute`` on a ``QThreadPool``),
after a short debounce so that a burst of filter edits computes once; every request
carries a token, and an answer to a request that a newer one replaced is dropped. The
page then shows key figures, the charts of ``quizbuilder.export.charts`` (the same SVG
drawings as the reports) and tables; sections that do not apply to the item (scores
for a poll, outcomes for a quiz) are hidden. What the services refuse arrives as a
``QuizbuilderError`` and is shown in the view.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.services.library import ItemDetail, LibraryService
from quizbuilder.ui import labels
from quizbuilder.ui.background import BackgroundCall
from quizbuilder.ui.publish_dialog import default_folder
from quizbuilder.ui.results import formatting as fmt
from quizbuilder.ui.results.compute import (
    Results,
    compute,
    store_reach,
    write_report,
)
from quizbuilder.ui.results.filters import Choice, FilterBar
from quizbuilder.ui.results.page import ResultsPage, mapping, note, rows
from quizbuilder.ui.results.widgets import ChartView, slide_image

DEBOUNCE_MS = 60  # coalesces a burst (arrow keys in a date), not a single change
SHORT_HASH = 12
REPORT_FORMATS = ("html", "pdf", "csv", "xlsx")


def chart_language() -> str:
    """The language of the interface, for the charts' and reports' words."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class ResultsView(QWidget):
    """The results of one item of ``library``; ``set_item`` chooses which.

    ``computed`` is emitted each time the page shows a new answer (statistics or an
    error); ``report_exported`` with the files an "Export report…" wrote. While the view
    is hidden it computes nothing: it catches up when it is shown.
    """

    computed = Signal()
    report_exported = Signal(list)

    def __init__(
        self,
        library: LibraryService,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self._library = library
        self.folder = folder
        self._item_id: int | None = None
        self._detail: ItemDetail | None = None
        self._token = 0
        self._calls: dict[int, BackgroundCall] = {}  # statistics in flight, by token
        self._reports: dict[int, BackgroundCall] = {}  # reports being written
        self._stale = False
        self._report_token = 0
        self.stats: dict[str, Any] | None = None
        self.error: str | None = None

        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start)

        self._build()
        self.show_no_item()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)

        self.title = QLabel()
        self.title.setObjectName("resultsTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = note("resultsSubtitle", muted=True)
        self.busy = QProgressBar()
        self.busy.setObjectName("resultsBusy")
        self.busy.setRange(0, 0)  # indeterminate: we cannot tell how far along it is
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(90)
        self.busy.setAccessibleName(self.tr("Computing the results"))
        self.busy.hide()
        self.export_button = QPushButton(self.tr("E&xport report…"))
        self.export_button.setObjectName("exportReport")
        self.export_button.setToolTip(
            self.tr("Write these results, with the filters chosen here, to HTML, PDF, CSV or XLSX")
        )
        self.export_button.clicked.connect(self.export_report)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.setContentsMargins(16, 12, 16, 0)
        top.addLayout(heading, 1)
        top.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(top)

        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._filters_changed)
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 0, 16, 0)
        bar.addWidget(self.filter_bar)
        outer.addLayout(bar)

        self.message = note("resultsMessage")
        self.message.setContentsMargins(16, 0, 16, 0)
        self.message.hide()
        outer.addWidget(self.message)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.empty_page, self.empty_label, self.empty_buttons = self._empty_page()
        self.stack.addWidget(self.empty_page)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("resultsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page = ResultsPage()
        self.page.reach_edited.connect(self._reach_edited)
        self.page.save_requested.connect(self.save_chart)
        self.scroll_area.setWidget(self.page)
        self.stack.addWidget(self.scroll_area)

    def _empty_page(self) -> tuple[QWidget, QLabel, QHBoxLayout]:
        page = QWidget()
        page.setObjectName("resultsEmptyPage")
        label = note("resultsEmpty", muted=True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton()
        self.import_button.setObjectName("resultsImport")
        self.import_button.hide()
        self.reset_button = QPushButton(self.tr("Show all responses"))
        self.reset_button.setObjectName("resultsShowAll")
        self.reset_button.clicked.connect(self.filter_bar_reset)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        box = QVBoxLayout(page)
        box.setContentsMargins(32, 32, 32, 32)
        box.setSpacing(18)
        box.addStretch(1)
        box.addWidget(label)
        box.addLayout(buttons)
        box.addStretch(2)
        return page, label, buttons

    # --- what the window calls ------------------------------------------------------------

    @property
    def item_id(self) -> int | None:
        return self._item_id

    def set_library(self, library: LibraryService) -> None:
        """Show results from another library (the window switched); no item is chosen."""
        self._library = library
        self.set_item(None)

    def set_import_action(self, action: QAction) -> None:
        """Offer this action (File › Import responses…) on the "no responses yet" page."""
        self.import_button.setText(action.iconText())
        self.import_button.setToolTip(action.statusTip())
        self.import_button.clicked.connect(action.trigger)

    def set_item(self, item_id: int | None) -> None:
        """Show the results of ``item_id`` (``None``: nothing), filters reset."""
        if item_id == self._item_id and item_id is not None:
            return
        self._cancel()
        self._item_id = item_id
        self._detail = None
        self.filter_bar.blockSignals(True)
        try:
            self.filter_bar.reset()
            self.filter_bar.set_choices([], [], [])
        finally:
            self.filter_bar.blockSignals(False)
        if item_id is None:
            self.show_no_item()
            return
        try:
            self._detail = self._library.item(item_id)
        except QuizbuilderError as exc:
            self._show_error(str(exc))
            return
        self.title.setText(self._detail.summary.title)
        self.subtitle.setText(labels.kind_singular(self._detail.summary.kind))
        self._request(immediate=True)

    def refresh(self) -> None:
        """Compute again (the responses or the item changed)."""
        if self._item_id is None:
            return
        try:
            self._detail = self._library.item(self._item_id)
        except QuizbuilderError as exc:
            self._show_error(str(exc))
            return
        self.title.setText(self._detail.summary.title)
        self._request(immediate=True)

    def is_busy(self) -> bool:
        return self._debounce.isActive() or self._token in self._calls

    def filter_bar_reset(self) -> None:
        self.filter_bar.reset()

    def show_no_item(self) -> None:
        self.title.setText(self.tr("Results"))
        self.subtitle.setText("")
        self.stats = None
        self._set_controls_enabled(False)
        self._show_empty(self.tr("Choose an item on the left to see its results."), False, False)

    # --- computing --------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        self._request(immediate=False)

    def _request(self, *, immediate: bool) -> None:
        if self._item_id is None:
            return
        self._token += 1  # whatever is in flight is stale from now on
        self._set_busy(True)
        self._debounce.start(0 if immediate else DEBOUNCE_MS)

    def _start(self) -> None:
        if self._item_id is None or self._detail is None:
            self._set_busy(False)
            return
        if not self.isVisible():
            self._stale = True  # computed when the view is shown
            self._set_busy(False)
            return
        self._stale = False
        self._token += 1
        token = self._token
        job = partial(
            compute,
            self._library,
            self._item_id,
            self.filter_bar.filters(),
            document=self._detail.document,
            language=chart_language(),
        )
        call = BackgroundCall(token, job)
        call.signals.succeeded.connect(self._succeeded)
        call.signals.failed.connect(self._failed)
        self._calls[token] = call
        self._pool.start(call)

    def _cancel(self) -> None:
        self._debounce.stop()
        self._token += 1
        self._set_busy(False)

    def _succeeded(self, token: int, results: Results) -> None:
        self._calls.pop(token, None)
        if token != self._token:
            return
        self._set_busy(False)
        self._show(results)
        self.computed.emit()

    def _failed(self, token: int, message: str) -> None:
        self._calls.pop(token, None)
        if token != self._token:
            return
        self._set_busy(False)
        self._show_error(message)
        self.computed.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._request(immediate=True)

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for the computations in flight (before closing the library)."""
        return self._pool.waitForDone(milliseconds)

    # --- showing ------------------------------------------------------------------------------

    def _set_controls_enabled(self, enabled: bool) -> None:
        self.filter_bar.setEnabled(enabled)
        self.export_button.setEnabled(enabled and not self._reports)  # one report at a time

    def _show_empty(self, text: str, importing: bool, resetting: bool) -> None:
        self.message.hide()
        self.empty_label.setText(text)
        self.import_button.setVisible(importing and bool(self.import_button.text()))
        self.reset_button.setVisible(resetting)
        self.stack.setCurrentWidget(self.empty_page)

    def _show_error(self, message: str) -> None:
        self.error = message
        self.stats = None
        self._set_controls_enabled(self._detail is not None)
        self._show_empty(
            self.tr("The results cannot be computed:") + "\n" + message,
            False,
            self._detail is not None and not self.filter_bar.filters().is_default(),
        )

    def _show(self, results: Results) -> None:
        stats = results.stats
        self.stats = stats
        self.error = None
        self._set_controls_enabled(True)
        self._offer_choices(stats)
        responses = int(stats.get("responses") or 0)
        self.subtitle.setText(
            " · ".join(
                [
                    labels.kind_singular(self._detail.summary.kind) if self._detail else "",
                    labels.n_responses(responses),
                ]
            )
        )
        if responses == 0:
            if self.filter_bar.filters().is_default():
                self._show_empty(
                    self.tr("No responses yet.")
                    + "\n\n"
                    + self.tr(
                        "Once the item is published and people have answered, bring their "
                        "answers in with File › Import responses… (a CSV, XLSX or JSON Lines "
                        "file)."
                    ),
                    True,
                    False,
                )
            else:
                self._show_empty(self.tr("No response matches these filters."), False, True)
            return
        self.message.hide()
        self.page.show_results(stats, results.charts)
        self.stack.setCurrentWidget(self.scroll_area)

    def _offer_choices(self, stats: Mapping[str, Any]) -> None:
        """Offer the versions, sources and variants of all the item's responses.

        A statistics dict without "available" (an older one) offers what it shows.
        """
        available = mapping(stats, "available")
        if available:
            sources = [str(s) for s in available.get("sources") or [] if s]
            variants = [str(v) for v in available.get("variants") or [] if v]
        else:
            sources = [str(r["source"]) for r in rows(stats, "sources") if r.get("source")]
            variants = [str(r["variant"]) for r in rows(stats, "variants") if r.get("variant")]
        names = (
            {v.id: v.name or v.id for v in self._detail.document.variants} if self._detail else {}
        )
        for row in rows(stats, "variants"):
            if row.get("variant") and row.get("name"):
                names[row["variant"]] = row["name"]
        self.filter_bar.set_choices(
            self._version_choices(stats),
            [Choice(s, s) for s in sources],
            [Choice(v, names.get(v, v)) for v in variants],
        )

    def _version_choices(self, stats: Mapping[str, Any]) -> list[Choice]:
        """Each version that has responses: its short hash, its date, its responses."""
        choices = []
        for row in rows(stats, "versions"):
            digest = row.get("content_hash")
            if not digest or not row.get("responses"):
                continue
            parts = [str(digest)[:SHORT_HASH]]
            if row.get("created_at"):
                parts.append(fmt.date_text(row["created_at"]))
            parts.append(labels.n_responses(int(row["responses"])))
            choices.append(Choice(str(digest), " · ".join(parts)))
        return choices

    # --- editing the reach ------------------------------------------------------------------

    def _reach_edited(self, source: str, reach: object) -> None:
        if self._item_id is None:
            return
        try:
            store_reach(
                self._library, self._item_id, source, reach if isinstance(reach, int) else None
            )
        except QuizbuilderError as exc:
            QMessageBox.critical(self, self.tr("Cannot save the reach"), str(exc))
        self._request(immediate=True)

    # --- files ------------------------------------------------------------------------------------

    def _folder(self) -> Path:
        return self.folder if self.folder is not None else default_folder(self._library)

    def _base_name(self) -> str:
        """A file name from the item's title: "Quiz Printemps 2026" -> "quiz-printemps-2026"."""
        title = self._detail.summary.title if self._detail is not None else ""
        return re.sub(r"[^\w]+", "-", title.lower()).strip("-_")[:60] or "results"

    def save_chart(self, chart: ChartView) -> Path | None:
        """Ask where, then write ``chart`` as a 1920 × 1080 PNG (a 16:9 slide)."""
        suggested = self._folder() / f"{self._base_name()}-{chart.chart_id}.png"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart as PNG"), str(suggested), self.tr("PNG images (*.png)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        self.folder = path.parent
        try:
            image = slide_image(chart.svg)
        except ValueError as exc:  # not expected: the charts are ours
            QMessageBox.critical(self, self.tr("Cannot save the chart"), str(exc))
            return None
        if not image.save(str(path)):  # the format follows the .png suffix
            QMessageBox.critical(
                self,
                self.tr("Cannot save the chart"),
                labels.fill(self.tr("Cannot write %1."), path),
            )
            return None
        return path

    def export_report(self) -> None:
        """Ask where and in which format, then write the report with the current filters."""
        if self._item_id is None:
            return
        filters = {
            "html": self.tr("HTML report (*.html)"),
            "pdf": self.tr("PDF document (*.pdf)"),
            "csv": self.tr("CSV tables (*.csv)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
        }
        suggested = self._folder() / f"{self._base_name()}-results.html"
        chosen, selected = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), str(suggested), ";;".join(filters.values())
        )
        if not chosen:
            return
        path = Path(chosen)
        kind = path.suffix.lower().lstrip(".")
        if kind not in REPORT_FORMATS:
            kind = next((k for k, text in filters.items() if text == selected), "html")
            path = path.with_name(f"{path.name}.{kind}")
        self.folder = path.parent
        self._write_report(kind, path)

    def _write_report(self, kind: str, path: Path) -> None:
        assert self._item_id is not None
        job = partial(
            write_report,
            self._library,
            self._item_id,
            kind,
            path,
            self.filter_bar.filters(),
            language=chart_language(),
        )
        self._report_token += 1
        call = BackgroundCall(self._report_token, job)
        call.signals.succeeded.connect(self._report_written)
        call.signals.failed.connect(self._report_failed)
        self._reports[self._report_token] = call
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Writing the report…"))
        self.message.show()
        self._pool.start(call)

    def _report_written(self, token: int, paths: list[Path]) -> None:
        self._reports.pop(token, None)
        self.export_button.setEnabled(self._detail is not None)
        self.message.setText(
            labels.fill(self.tr("Report written: %1"), ", ".join(str(p) for p in paths))
        )
        self.report_exported.emit(list(paths))

    def _report_failed(self, token: int, message: str) -> None:
        self._reports.pop(token, None)
        self.export_button.setEnabled(self._detail is not None)
        self.message.hide()
        QMessageBox.critical(self, self.tr("Cannot export the report"), message)
