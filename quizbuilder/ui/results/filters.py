"""The filter bar at the top of the results view, and the filters it stands for.

Every filter of ``services.statistics.item_statistics`` has a widget here: the frozen
version, the dates (a checkbox stands for "all dates", since an empty date edit does
not exist), the source, the variant and the duplicate policy. The bar emits
``changed`` on every edit; the view debounces and recomputes. The choices offered
(versions, sources, variants) come from the statistics, and a choice that is no longer
offered falls back to "all".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from quizbuilder.domain.content import DuplicatePolicy

DEFAULT_SPAN_DAYS = 30


@dataclass(frozen=True)
class Filters:
    """What the statistics are restricted to; ``None`` everywhere means everything."""

    version: str | None = None
    since: date | None = None
    until: date | None = None
    source: str | None = None
    variant: str | None = None
    duplicate_policy: str | None = None  # None: the item's own setting

    def is_default(self) -> bool:
        return self == Filters()

    def as_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``item_statistics`` (and ``export_reports``)."""
        kwargs: dict[str, Any] = {
            "source": self.source,
            "variant": self.variant,
            "since": self.since,
            "until": self.until,
        }
        if self.duplicate_policy is not None:
            kwargs["duplicate_policy"] = self.duplicate_policy
        if self.version is not None:
            kwargs["version"] = self.version
        return kwargs


@dataclass(frozen=True)
class Choice:
    """One entry of a filter's list: the value passed on, the text shown."""

    value: str
    text: str


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FilterBar(QWidget):
    """The filters, laid out on two rows so that they fit a laptop screen in French."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsFilters")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._quiet = False

        self.version = self._combo("versionFilter", self.tr("Version"))
        self.source = self._combo("sourceFilter", self.tr("Source"))
        self.variant = self._combo("variantFilter", self.tr("A/B variant"))
        self.duplicates = self._combo("duplicateFilter", self.tr("Duplicate responses"))
        self.duplicates.addItem(self.tr("Item setting"), None)
        for policy, text in (
            (DuplicatePolicy.KEEP_ALL, self.tr("Keep all")),
            (DuplicatePolicy.FIRST_PER_EMAIL, self.tr("First per e-mail")),
            (DuplicatePolicy.LAST_PER_EMAIL, self.tr("Last per e-mail")),
        ):
            self.duplicates.addItem(text, policy.value)

        self.all_dates = QCheckBox(self.tr("All &dates"))
        self.all_dates.setObjectName("allDates")
        self.all_dates.setChecked(True)
        self.all_dates.toggled.connect(self._dates_toggled)
        today = date.today()
        self.since = self._date_edit("sinceFilter", self.tr("From"), today)
        self.until = self._date_edit("untilFilter", self.tr("To"), today)
        self.since.setDate(self.since.date().addDays(-DEFAULT_SPAN_DAYS))

        self.reset_button = QPushButton(self.tr("&Reset filters"))
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.clicked.connect(self.reset)

        self._labels: dict[QWidget, QLabel] = {
            widget: self._label(text, widget)
            for text, widget in (
                (self.tr("&Version:"), self.version),
                (self.tr("&Source:"), self.source),
                (self.tr("V&ariant:"), self.variant),
                (self.tr("D&uplicates:"), self.duplicates),
            )
        }
        self.dates = QWidget()
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.setSpacing(6)
        dates.addWidget(self.all_dates)
        dates.addSpacing(6)
        for text, edit in ((self.tr("from"), self.since), (self.tr("to"), self.until)):
            dates.addWidget(self._label(text, edit))
            dates.addWidget(edit)
        dates.addStretch(1)

        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(6)
        # The bar's own minimum is its narrow arrangement, and it switches to the wide
        # one when there is room: a wide layout's minimum would otherwise set the
        # window's minimum width.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.wide = False
        self._arrange(wide=True)
        self._wide_minimum = self._grid.minimumSize().width()
        self._arrange(wide=False)
        self._narrow_minimum = self._grid.minimumSize()
        order = [self.version, self.source, self.variant, self.all_dates, self.since]
        order += [self.until, self.duplicates, self.reset_button]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)  # as they read, row by row
        self.set_choices([], [], [])
        self._dates_toggled(True)

    # --- building -------------------------------------------------------------------------

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.currentIndexChanged.connect(self._edited)
        return combo

    def _date_edit(self, name: str, accessible: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(self._edited)
        return edit

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _arrange(self, *, wide: bool) -> None:
        """Two rows when the bar is wide enough, four on a narrow window."""
        grid = self._grid
        while grid.count():
            grid.takeAt(0)
        places: list[tuple[QWidget, int, int]]
        if wide:
            places = [(self.version, 0, 0), (self.source, 0, 2), (self.variant, 0, 4)]
            places += [(self.duplicates, 1, 4)]
            grid.addWidget(self.dates, 1, 0, 1, 4)
            grid.addWidget(self.reset_button, 0, 6)
        else:
            places = [(self.version, 0, 0), (self.source, 0, 2)]
            places += [(self.variant, 1, 0), (self.duplicates, 1, 2)]
            grid.addWidget(self.dates, 2, 0, 1, 4)
            grid.addWidget(self.reset_button, 3, 3, Qt.AlignmentFlag.AlignRight)
        for widget, row, column in places:
            grid.addWidget(self._labels[widget], row, column)
            grid.addWidget(widget, row, column + 1)
        for column in range(7):
            grid.setColumnStretch(column, 1 if column in (1, 3, 5) and (wide or column < 5) else 0)
        self.wide = wide
        grid.activate()
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        return QSize(self._narrow_minimum.width(), self._grid.minimumSize().height())

    def sizeHint(self) -> QSize:
        return QSize(self._wide_minimum, self._grid.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self._wide_minimum
        if wide != self.wide:
            self._arrange(wide=wide)
        super().resizeEvent(event)

    # --- reading and setting --------------------------------------------------------------

    def filters(self) -> Filters:
        dated = not self.all_dates.isChecked()
        since = _pydate(self.since.date()) if dated else None
        until = _pydate(self.until.date()) if dated else None
        return Filters(
            version=self.version.currentData(),
            since=since,
            until=until,
            source=self.source.currentData(),
            variant=self.variant.currentData(),
            duplicate_policy=self.duplicates.currentData(),
        )

    def set_choices(
        self, versions: Sequence[Choice], sources: Sequence[Choice], variants: Sequence[Choice]
    ) -> None:
        """Offer these versions, sources and variants, each after an "all" entry.

        The current choices are kept where they are still offered; setting the lists
        does not emit ``changed``.
        """
        self._quiet = True
        try:
            self._fill(self.version, self.tr("All versions"), versions)
            self._fill(self.source, self.tr("All sources"), sources)
            self._fill(self.variant, self.tr("All variants"), variants)
        finally:
            self._quiet = False
        self.version.setEnabled(bool(versions))
        self.variant.setEnabled(bool(variants))
        self.source.setEnabled(bool(sources))

    @staticmethod
    def _fill(combo: QComboBox, everything: str, choices: Sequence[Choice]) -> None:
        current = combo.currentData()
        wanted = [(everything, None), *((c.text, c.value) for c in choices)]
        present = [(combo.itemText(n), combo.itemData(n)) for n in range(combo.count())]
        if present == wanted:
            return
        combo.clear()
        for text, value in wanted:
            combo.addItem(text, value)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))

    def select(self, combo: QComboBox, value: str | None) -> bool:
        """Choose ``value`` in one of the bar's lists (emits ``changed``); False if absent."""
        found = combo.findData(value) if value is not None else 0
        if found < 0:
            return False
        combo.setCurrentIndex(found)
        return True

    def set_date_range(self, since: date, until: date) -> None:
        """Restrict to these days (emits ``changed`` once)."""
        self._quiet = True
        try:
            self.since.setDate(_qdate(since))
            self.until.setDate(_qdate(until))
            self.all_dates.setChecked(False)
        finally:
            self._quiet = False
        self.changed.emit()

    def reset(self) -> None:
        """Back to everything (emits ``changed`` once, if anything changed)."""
        before = self.filters()
        self._quiet = True
        try:
            for combo in (self.version, self.source, self.variant, self.duplicates):
                combo.setCurrentIndex(0)
            self.all_dates.setChecked(True)
        finally:
            self._quiet = False
        if self.filters() != before:
            self.changed.emit()

    # --- reacting -------------------------------------------------------------------------

    def _dates_toggled(self, everything: bool) -> None:
        self.since.setEnabled(not everything)
        self.until.setEnabled(not everything)
        self._edited()

    def _edited(self, *_args: Any) -> None:
        if not self._quiet:
            self.changed.emit()
