"""Table models of the contest screen: the entry steps, the candidates, the rules' problems.

They hold no widget and no database session: the screen gives them what the contest
service returned (``ContestEntries``, a list of ``RuleProblem``). The words they show
for the domain's keys (a step, a flag, a severity) are translated here, once, in the
"ContestWords" context; the domain's own sentences (a step's full wording, a rejection's
reason, a flag's detail, a problem's message) are said again in the interface's language
by ``texts.EntryTexts`` and ``texts.RuleTexts``, from their keys and args.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from quizbuilder.domain import entries as steps
from quizbuilder.domain.rules import RuleProblem
from quizbuilder.domain.text import fold
from quizbuilder.services.contest import ContestEntries
from quizbuilder.ui import labels
from quizbuilder.ui.contest.texts import EntryTexts, RuleTexts
from quizbuilder.ui.summary_panel import format_instant

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A cell's raw value for sorting (a timestamp, folded text)."""
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
"""The candidate's entry id, in every cell of its row."""
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)


def step_name(key: str) -> str:
    """A short name for an entry step, in the interface's language."""
    names = {
        steps.STEP_CONDITION: QCoreApplication.translate("ContestWords", "Entry condition"),
        steps.STEP_WINDOW: QCoreApplication.translate("ContestWords", "Contest dates"),
        steps.STEP_AGE: QCoreApplication.translate("ContestWords", "Minimum age"),
        steps.STEP_COUNTRIES: QCoreApplication.translate("ContestWords", "Countries"),
        steps.STEP_STAFF: QCoreApplication.translate("ContestWords", "Staff exclusion list"),
        steps.STEP_ORGANISER: QCoreApplication.translate("ContestWords", "Your exclusions"),
        steps.STEP_ONE_PER_PERSON: QCoreApplication.translate(
            "ContestWords", "One entry per person"
        ),
        steps.STEP_BONUS: QCoreApplication.translate("ContestWords", "Bonus tickets"),
    }
    return names.get(key, key)


def flag_name(kind: str) -> str:
    """What a review flag points at, in the interface's language."""
    names = {
        steps.FLAG_DISPOSABLE: QCoreApplication.translate("ContestWords", "Throwaway e-mail"),
        steps.FLAG_SHARED_DEVICE: QCoreApplication.translate("ContestWords", "Shared device"),
        steps.FLAG_TOO_FAST: QCoreApplication.translate("ContestWords", "Too fast"),
        steps.FLAG_NO_EMAIL: QCoreApplication.translate("ContestWords", "No e-mail"),
    }
    return names.get(kind, kind)


def severity_name(severity: str) -> str:
    if severity == "error":
        return QCoreApplication.translate("ContestWords", "Error")
    return QCoreApplication.translate("ContestWords", "Warning")


# --- the steps -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StepRow:
    key: str
    title: str  # the step's full wording, in the interface's language
    before: int
    kept: int
    removed: int


def step_rows(report: ContestEntries) -> list[StepRow]:
    """The steps with the count each started from: "Entry condition: 172 -> 32"."""
    rows = []
    before = len(report.candidates)
    texts = EntryTexts()
    for step in report.report.steps:
        title = texts.step_title(step)
        rows.append(StepRow(step.key, title, before, step.kept, step.removed))
        before = step.kept
    return rows


class StepsModel(QAbstractTableModel):
    """The entry steps in the order applied, with how many entries each kept."""

    COLUMNS = 4  # step, entries before -> after, removed, the step in full

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StepRow] = []

    def set_report(self, report: ContestEntries | None) -> None:
        self.beginResetModel()
        self._rows = step_rows(report) if report is not None else []
        self.endResetModel()

    def step(self, row: int) -> StepRow:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (1, 2) else _LEFT
        return None

    def _text(self, row: StepRow, column: int) -> str:
        if column == 0:
            return step_name(row.key)
        if column == 1:
            return f"{labels.number(row.before)} → {labels.number(row.kept)}"
        if column == 2:
            return labels.number(row.removed) if row.removed else "—"
        return row.title

    def readable(self) -> list[str]:
        """Each step as a line: "Entry condition: 172 → 32"."""
        return [f"{self._text(r, 0)}: {self._text(r, 1)}" for r in self._rows]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Step"), self.tr("Entries"), self.tr("Removed"), self.tr("Rule applied"))
        return names[section] if 0 <= section < len(names) else None


# --- the candidates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CandidateLine:
    """One candidate as the organiser's table shows it (the e-mail is theirs to see)."""

    id: str
    pseudonym: str
    email: str | None
    submitted_at: datetime | None
    source: str
    eligible: bool
    tickets: int
    step: str | None
    reason: str | None  # in the interface's language
    excluded: str | None
    flags: tuple[tuple[str, str], ...]  # (kind, detail in the interface's language)

    @property
    def status(self) -> str:
        """ "excluded" (by the organiser), "eligible" or "rejected"."""
        if self.excluded is not None:
            return "excluded"
        return "eligible" if self.eligible else "rejected"


def candidate_lines(report: ContestEntries) -> list[CandidateLine]:
    texts = EntryTexts()
    details: dict[str, list[tuple[str, str]]] = {}
    for flag in report.report.flags:
        details.setdefault(flag.id, []).append((flag.kind, texts.detail(flag)))
    reasons = {r.id: texts.reason(r) for r in report.report.rejected}
    return [
        CandidateLine(
            row.id,
            row.pseudonym,
            row.email,
            row.submitted_at,
            row.source,
            row.eligible,
            row.tickets,
            row.step,
            reasons.get(row.id, row.reason),
            row.excluded,
            tuple(details.get(row.id, ())),
        )
        for row in report.rows()
    ]


STATUSES = ("all", "eligible", "excluded", "rejected")
"""The status filters, in the order the status column sorts them."""


class CandidatesModel(QAbstractTableModel):
    """Every candidate of the contest: who they are, when, eligible or why not, flags."""

    PSEUDONYM, EMAIL, SUBMITTED, STATUS, REASON, FLAGS = range(6)
    COLUMNS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateLine] = []
        self._order: tuple[int, Qt.SortOrder] | None = None  # the last sort asked for

    def set_report(
        self, report: ContestEntries | None, lines: list[CandidateLine] | None = None
    ) -> None:
        """Show ``report``'s candidates: ``lines`` if already made from it (they can be,
        off the GUI thread: ``candidate_lines``)."""
        self.beginResetModel()
        if lines is None:
            lines = candidate_lines(report) if report is not None else []
        self._rows = lines
        if self._order is not None:
            self._rows = self._sorted(self._rows, *self._order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows here, one key each: a proxy sorting a contest's hundred thousand
        candidates asks ``data`` for millions of keys (tens of seconds)."""
        if not 0 <= column < self.COLUMNS:
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        lines = [self._rows[index.row()] for index in kept]
        self._rows = self._sorted(self._rows, column, order)
        position = {id(line): n for n, line in enumerate(self._rows)}
        self.changePersistentIndexList(
            kept,
            [
                self.index(position[id(line)], i.column())
                for line, i in zip(lines, kept, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sorted(
        self, rows: list[CandidateLine], column: int, order: Qt.SortOrder
    ) -> list[CandidateLine]:
        keys = [self._sort_key(line, column) for line in rows]
        ranks = sorted(
            range(len(rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        return [rows[n] for n in ranks]

    def line(self, row: int) -> CandidateLine:
        return self._rows[row]

    def row_of(self, entry: str) -> int:
        """The row of entry ``entry``, -1 if it is not listed."""
        return next((n for n, line in enumerate(self._rows) if line.id == entry), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        line, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        if role == SORT_ROLE:
            return self._sort_key(line, column)
        if role == ENTRY_ROLE:
            return line.id
        return None

    def _sort_key(self, line: CandidateLine, column: int) -> str:
        """Text that sorts as the column should: by time for the submission, eligible
        then excluded then not eligible (each by time) for the status."""
        moment = f"{line.submitted_at.timestamp():016.3f}" if line.submitted_at else "~"
        if column == self.SUBMITTED:
            return moment
        if column == self.STATUS:
            return f"{STATUSES.index(line.status)} {moment}"
        return fold(self._text(line, column))

    def _text(self, line: CandidateLine, column: int) -> str:
        if column == self.PSEUDONYM:
            return line.pseudonym
        if column == self.EMAIL:
            return line.email or "—"
        if column == self.SUBMITTED:
            return format_instant(line.submitted_at) if line.submitted_at else "—"
        if column == self.STATUS:
            return self._status(line)
        if column == self.REASON:
            return self._reason(line)
        return ", ".join(flag_name(kind) for kind, _detail in line.flags)

    def _status(self, line: CandidateLine) -> str:
        if line.status == "excluded":
            return self.tr("Excluded by you")
        if line.status == "rejected":
            return self.tr("Not eligible")
        if line.tickets > 1:
            return self.tr("Eligible (%Ln tickets)", "", line.tickets)
        return self.tr("Eligible")

    def _reason(self, line: CandidateLine) -> str:
        if line.excluded is not None:
            return line.excluded
        if line.step is None:
            return ""
        if not line.reason:
            return step_name(line.step)
        return labels.fill(self.tr("%1: %2"), step_name(line.step), line.reason)

    def _tooltip(self, line: CandidateLine, column: int) -> str | None:
        if column == self.PSEUDONYM:
            return labels.fill(self.tr("Entry %1, a response to “%2”"), line.id, line.source)
        if column == self.REASON:
            return self._reason(line) or None
        if column == self.FLAGS and line.flags:
            return "\n".join(
                labels.fill(self.tr("%1: %2"), flag_name(kind), detail)
                for kind, detail in line.flags
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Pseudonym"),
            self.tr("E-mail"),
            self.tr("Submitted"),
            self.tr("Status"),
            self.tr("Reason"),
            self.tr("Flags"),
        )
        return names[section] if 0 <= section < len(names) else None


class CandidateFilter(QSortFilterProxyModel):
    """The candidates shown: by status, and only the flagged ones if asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = "all"
        self._flagged_only = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (``CandidatesModel.sort``); this proxy only filters."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    @property
    def status(self) -> str:
        return self._status

    def set_status(self, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown status filter {status!r}")
        self._refilter(lambda: setattr(self, "_status", status))

    @property
    def flagged_only(self) -> bool:
        return self._flagged_only

    def set_flagged_only(self, on: bool) -> None:
        self._refilter(lambda: setattr(self, "_flagged_only", bool(on)))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateRowsFilter() (deprecated: a warning is an error in
        # the tests) with a begin/end pair; older Qt has only the former.
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if source_parent.isValid() or not isinstance(model, CandidatesModel):
            return False
        line = model.line(source_row)
        if self._flagged_only and not line.flags:
            return False
        return self._status == "all" or line.status == self._status


# --- the rules' problems ----------------------------------------------------------------------


class ProblemsModel(QAbstractTableModel):
    """What the rules lack (errors) or risk (warnings), each with the field to fix."""

    COLUMNS = 3  # severity, field, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[RuleProblem] = []
        self._messages: list[str] = []
        self._texts = RuleTexts(self)

    def set_problems(self, problems: Sequence[RuleProblem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self._messages = [self._texts.message(p) for p in self._problems]
        self.endResetModel()

    def problem(self, row: int) -> RuleProblem:
        return self._problems[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        problem, column = self._problems[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            message = self._messages[index.row()]
            return (severity_name(problem.severity), problem.field, message)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if problem.severity == "error"
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(icon)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Severity"), self.tr("Field"), self.tr("Problem"))
        return names[section] if 0 <= section < len(names) else None
