"""The problems panel: what is wrong with the draft, as the author types.

A list of ``domain.authoring`` problems under a header that counts them. Errors and
warnings differ by icon and by the word the screen reader says, not by colour only.
Clicking a problem, or pressing Enter on it, emits its path so that the editor can move
the focus to the field (``ItemEditor.focus_path``).

The messages come from the domain in English; each problem also carries the values its
message was made from (``args``), and ``ProblemTexts.describe`` says it again through
``tr()`` so that a French author reads French. Problems without a template here (schema errors, the
contest rules' mentions) are shown as the domain wrote them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.authoring import AuthoringProblem
from quizbuilder.ui import labels

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PathRole = Qt.ItemDataRole.UserRole + 1
SeverityRole = Qt.ItemDataRole.UserRole + 2
KeyRole = Qt.ItemDataRole.UserRole + 3


def _percent(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


_WITHOUT_ARGS = frozenset({"empty_title", "no_scored_question", "no_weights", "too_few_outcomes"})


class ProblemTexts(QObject):
    """Says each problem in the interface's language, from the values in its ``args``."""

    def _place(self, args: dict[str, Any]) -> str:
        n, m = args.get("n", ""), args.get("m", "")
        place = args.get("place")
        if place == "item":
            return self.tr("The item's image")
        if place == "logo":
            return self.tr("The logo")
        if place == "question":
            return labels.fill(self.tr("The image of question %1"), n)
        if place == "option":
            return labels.fill(self.tr("The image of question %1, option %2"), n, m)
        if place == "outcome":
            return labels.fill(self.tr("The image of result %1"), m)
        return labels.fill(self.tr("The image of variant %1"), m)

    def describe(self, problem: AuthoringProblem) -> str:
        """The problem in the interface's language (its English message if no template)."""
        a = dict(problem.args)
        n, m, key = a.get("n", ""), a.get("m", ""), problem.key
        fill = labels.fill
        if not a and key not in _WITHOUT_ARGS:
            return self._as_it_came(problem)
        if key == "contest_rules":
            return self._rule(problem, a)
        try:
            if key == "empty_title":
                return self.tr("The item has no title.")
            if key == "empty_question":
                return fill(self.tr("Question %1 has no text."), n)
            if key == "empty_option":
                if a.get("image"):
                    return fill(
                        self.tr("Question %1, option %2 has no text: give it an image or a label."),
                        n,
                        m,
                    )
                return fill(self.tr("Question %1, option %2 has no text: give it a label."), n, m)
            if key == "empty_pair":
                if a.get("side") == "prompt":
                    return fill(self.tr("Question %1, pair %2 has no prompt."), n, m)
                return fill(self.tr("Question %1, pair %2 has no answer."), n, m)
            if key == "empty_outcome":
                return fill(self.tr("Result %1 has no title."), m)
            if key == "empty_band":
                return fill(
                    self.tr("Score band %1 (from %2 %) has no title."),
                    m,
                    labels.number(a["percent"]),
                )
            if key == "missing_alt":
                if a.get("alone"):
                    return fill(
                        self.tr(
                            "%1 has no text alternative and the option no label: nothing "
                            "says what it is."
                        ),
                        self._place(a),
                    )
                return fill(
                    self.tr("%1 has no text alternative (alt text) for screen readers."),
                    self._place(a),
                )
            if key == "duplicate_option":
                return fill(
                    self.tr("Question %1: options %2 and %3 say the same thing (“%4”)."),
                    n,
                    a["first"],
                    m,
                    a["label"],
                )
            if key == "duplicate_pair":
                template = (
                    self.tr("Question %1: pairs %2 and %3 have the same prompt (“%4”).")
                    if a.get("side") == "prompt"
                    else self.tr("Question %1: pairs %2 and %3 have the same answer (“%4”).")
                )
                return fill(template, n, a["first"], m, a["label"])
            if key == "no_correct_answer":
                return fill(
                    self.tr("Question %1 gives points (%2) but no option is marked right."),
                    n,
                    labels.number(a["points"]),
                )
            if key == "no_accepted_answer":
                template = (
                    self.tr("Question %1 gives points (%2) but accepts no number.")
                    if problem.path.endswith("numeric_answers")
                    else self.tr("Question %1 gives points (%2) but accepts no answer.")
                )
                return fill(template, n, labels.number(a["points"]))
            if key == "partial_key":
                return fill(
                    self.tr(
                        "Question %1: the right answers give at most %2 % of its points, so "
                        "nobody can get full marks."
                    ),
                    n,
                    labels.number(round(a["percent"])),
                )
            if key == "no_scored_question":
                return self.tr(
                    "No question counts towards the score: give questions points and mark "
                    "their right answers."
                )
            if key == "too_few_outcomes":
                return self.tr("A personality quiz needs at least two results to choose from.")
            if key == "no_weights":
                return self.tr(
                    "No answer gives points to any result: set the weights of the options."
                )
            if key == "unreachable_outcome":
                if a.get("exact"):
                    return fill(
                        self.tr("No combination of answers leads to the result “%1”."), a["title"]
                    )
                return fill(
                    self.tr("None of %1 sampled combinations of answers leads to the result “%2”."),
                    QLocale().toString(int(a["looked_at"])),
                    a["title"],
                )
            if key == "tie_likely":
                shares = ", ".join(
                    fill(self.tr("%1 %2 %"), title, _percent(share * 100))
                    for title, share in a["shares"]
                )
                if a.get("exact"):
                    template = self.tr(
                        "%1 % of all combinations of answers end in a tie between results (each "
                        "wins alone: %2); adjust the weights, or choose how ties are decided."
                    )
                    return fill(template, _percent(a["tie"] * 100), shares)
                template = self.tr(
                    "%1 % of %3 sampled combinations of answers end in a tie between results "
                    "(each wins alone: %2); adjust the weights, or choose how ties are decided."
                )
                return fill(
                    template,
                    _percent(a["tie"] * 100),
                    shares,
                    QLocale().toString(int(a["looked_at"])),
                )
            if key == "timer_not_extendable":
                return self.tr(
                    "The timer cannot be extended: people who read or type slowly need to be "
                    "able to ask for more time (WCAG 2.2.1), unless the time limit is the point "
                    "of the game."
                )
            if key == "required_consent":
                return fill(
                    self.tr(
                        "The consent “%1” is required: a consent one must give to take part is "
                        "not freely given (GDPR); make it optional."
                    ),
                    a["purpose"],
                )
            if key == "low_contrast":
                ratio = QLocale().toString(float(a["ratio"]), "f", 1)
                if a["pair"] == "button":
                    template = self.tr(
                        "Button text on the accent colour %2 has a contrast ratio of %3:1, below "
                        "the 4.5:1 of WCAG AA; the embed will adjust it to stay readable."
                    )
                elif a["pair"] == "accent":
                    template = self.tr(
                        "The accent colour %1 on the background %2 has a contrast ratio of %3:1, "
                        "below the 4.5:1 of WCAG AA; the embed will adjust it to stay readable."
                    )
                else:
                    template = self.tr(
                        "The text colour %1 on the background %2 has a contrast ratio of %3:1, "
                        "below the 4.5:1 of WCAG AA; the embed will adjust it to stay readable."
                    )
                return fill(template, a["fg"], a["bg"], ratio)
        except (KeyError, TypeError, ValueError):
            pass  # a problem made elsewhere without these arguments: say it as it came
        return self._as_it_came(problem)

    def _rule(self, problem: AuthoringProblem, args: dict[str, Any]) -> str:
        """A contest-rules problem, through the contest screen's texts."""
        from quizbuilder.domain.rules import RuleProblem
        from quizbuilder.ui.contest.texts import RuleTexts

        rule_key = str(args.pop("rule_key", ""))
        rule = RuleProblem(problem.severity, problem.path, problem.message, rule_key, args)
        return RuleTexts(self).message(rule)

    @staticmethod
    def _as_it_came(problem: AuthoringProblem) -> str:
        if problem.key == "invalid" and problem.path:
            return f"{problem.path}: {problem.message}"
        return problem.message[:1].upper() + problem.message[1:]


class ProblemsModel(QAbstractListModel):
    """One row per problem, in the order given (errors first, as the checks sort them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[AuthoringProblem] = []
        self._describer = ProblemTexts(self)
        self._texts: list[str] = []

    def set_problems(self, problems: Sequence[AuthoringProblem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self._texts = [self._describer.describe(p) for p in self._problems]
        self.endResetModel()

    def problem(self, row: int) -> AuthoringProblem:
        return self._problems[row]

    def problems(self) -> list[AuthoringProblem]:
        return list(self._problems)

    def row_of(self, key: str, path: str) -> int:
        return next((r for r, p in enumerate(self._problems) if (p.key, p.path) == (key, path)), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        text = self._texts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(problem.severity)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            word = severity_word(problem.severity)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return labels.fill(self.tr("%1: %2"), word, text)
            return labels.fill(self.tr("%1 — click or press Enter to go to the field"), word)
        if role == PathRole:
            return problem.path
        if role == SeverityRole:
            return problem.severity
        if role == KeyRole:
            return problem.key
        return None


def severity_word(severity: str) -> str:
    if severity == "error":
        return QCoreApplication.translate("ProblemsModel", "Error (blocks publishing)")
    return QCoreApplication.translate("ProblemsModel", "Warning")


def severity_icon(severity: str) -> QIcon:
    pixmap = (
        QStyle.StandardPixmap.SP_MessageBoxCritical
        if severity == "error"
        else QStyle.StandardPixmap.SP_MessageBoxWarning
    )
    return QApplication.style().standardIcon(pixmap)


class ProblemsPanel(QWidget):
    """The list of problems with its counts; an empty state when there are none."""

    problemActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.model = ProblemsModel(self)

        self.header = QLabel()
        self.header.setObjectName("problemsHeader")
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self._header_icon = QLabel()
        head = QHBoxLayout()
        head.setContentsMargins(8, 6, 8, 2)
        head.setSpacing(6)
        head.addWidget(self._header_icon)
        head.addWidget(self.header, 1)

        self.view = QListView()
        self.view.setObjectName("problemsList")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Problems"))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(2)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.clicked.connect(self._activate)
        self.view.installEventFilter(self)

        self.empty = QLabel(self.tr("No problems: the item can be published."))
        self.empty.setObjectName("problemsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        self._stack.setFrameShape(QFrame.Shape.NoFrame)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(head)
        box.addWidget(self._stack, 1)
        self.set_problems([])

    # --- what the editor window calls --------------------------------------------------

    def set_problems(self, problems: Sequence[AuthoringProblem]) -> None:
        """Show these problems; the one selected stays selected if it is still there."""
        current = self.view.currentIndex()
        kept = (current.data(KeyRole), current.data(PathRole)) if current.isValid() else None
        self.model.set_problems(problems)
        if kept is not None:
            row = self.model.row_of(*kept)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, 0))
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        self.header.setText(self.summary(errors, warnings))
        icon = severity_icon("error" if errors else "warning") if problems else QIcon()
        size = self.header.fontMetrics().height()
        self._header_icon.setPixmap(icon.pixmap(size, size) if problems else QIcon().pixmap(0))
        self._header_icon.setVisible(bool(problems))
        self._stack.setCurrentWidget(self.view if problems else self.empty)

    def summary(self, errors: int, warnings: int) -> str:
        if not errors and not warnings:
            return self.tr("No problems")
        parts = []
        if errors:
            parts.append(self.tr("%Ln error(s)", "", errors))
        if warnings:
            parts.append(self.tr("%Ln warning(s)", "", warnings))
        return labels.fill(self.tr("%1, %2"), *parts) if len(parts) == 2 else parts[0]

    def texts(self) -> list[str]:
        """Each problem as shown, top to bottom (for tests and screen readers alike)."""
        return [self.model.index(r, 0).data() for r in range(self.model.rowCount())]

    # --- activation -------------------------------------------------------------------

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.problemActivated.emit(index.data(PathRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._activate(self.view.currentIndex())
            return True
        return super().eventFilter(watched, event)
