"""The right-hand panel: a read-only summary of the selected item.

Everything the user reads here comes from an ``ItemDetail`` the window fetched from the
service; the panel never talks to the library. Key/value rows of every section share
one grid, so that the labels line up from the overview down to the contest.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QAction, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.content import Contest, ItemDocument, Question, Settings
from quizbuilder.services.library import ItemDetail, VersionInfo
from quizbuilder.ui import labels

SHORT_HASH = 12


def format_instant(moment: datetime) -> str:
    """An aware instant in the user's time zone, as their locale writes it."""
    qdt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def _format_wall_clock(moment: datetime) -> str:
    qdt = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF"}


def money(value: float, currency: str) -> str:
    """An amount as the locale writes money: "450 €" in French, "€450" in English."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    precision = 0 if float(value).is_integer() else 2
    return QLocale().toCurrencyString(float(value), symbol, precision)


def _label(text: str, *, muted: bool = False, wrap: bool = True, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never HTML
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class ItemSummaryPanel(QScrollArea):
    """Shows one item's summary, an empty state, or why the item could not be read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self._stack = QStackedWidget()
        self._empty_page = QWidget()
        self._empty_page.setObjectName("emptyPage")
        self._empty = QLabel()
        self._empty.setObjectName("emptyState")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self._empty.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._empty.setFont(font)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(12)
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        self._button_widgets: list[QPushButton] = []
        empty_box = QVBoxLayout(self._empty_page)
        empty_box.setContentsMargins(32, 32, 32, 32)
        empty_box.setSpacing(18)
        empty_box.addStretch(1)
        empty_box.addWidget(self._empty)
        empty_box.addLayout(self._buttons)
        empty_box.addStretch(1)
        self._stack.addWidget(self._empty_page)
        self._content: QWidget | None = None
        self.setWidget(self._stack)
        self.show_empty()

    # --- what the window calls ------------------------------------------------------

    def set_empty_library_actions(self, actions: list[QAction]) -> None:
        """Offer these actions as buttons while the library is empty (import, demo)."""
        for button in self._button_widgets:
            self._buttons.removeWidget(button)
            button.deleteLater()
        self._button_widgets = []
        for action in actions:
            button = QPushButton(action.iconText())
            button.setToolTip(action.statusTip())
            button.clicked.connect(action.trigger)
            button.hide()
            self._buttons.insertWidget(self._buttons.count() - 1, button)
            self._button_widgets.append(button)

    def show_empty(self, library_is_empty: bool = False) -> None:
        if library_is_empty:
            text = self.tr(
                "This library is empty.\n\nImport a content file or load the demo "
                "items from the File menu."
            )
        else:
            text = self.tr("Choose an item on the left")
        self._empty.setText(text)
        for button in self._button_widgets:
            button.setVisible(library_is_empty)
        self._stack.setCurrentWidget(self._empty_page)
        self._drop_content()

    def show_error(self, message: str) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(24, 20, 24, 24)
        heading = _label(self.tr("This item cannot be shown"))
        heading.setFont(self._heading_font(1.2))
        box.addWidget(heading)
        box.addWidget(_label(message))
        box.addStretch(1)
        self._set_content(page)

    def show_detail(self, detail: ItemDetail) -> None:
        self._set_content(SummaryPage(detail, self))

    def texts(self) -> list[str]:
        """Every piece of text now on show (what a person can read), top to bottom."""
        shown = self._stack.currentWidget()
        if shown is None:
            return []
        return [label.text() for label in shown.findChildren(QLabel) if label.text()]

    # --- helpers ----------------------------------------------------------------------

    def _heading_font(self, scale: float) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        return font

    def _drop_content(self) -> None:
        if self._content is not None:
            self._stack.removeWidget(self._content)
            self._content.deleteLater()
            self._content = None

    def _set_content(self, page: QWidget) -> None:
        self._drop_content()
        self._content = page
        self._stack.addWidget(page)
        self._stack.setCurrentWidget(page)
        self.verticalScrollBar().setValue(0)


class SummaryPage(QWidget):
    """The summary of one item, built once; a new selection builds a new page."""

    def __init__(self, detail: ItemDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPage")
        doc = detail.document
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 24)
        outer.setSpacing(4)

        title = _label(doc.title or self.tr("(untitled)"))
        title.setObjectName("summaryTitle")
        title.setFont(self._font(1.45, bold=True))
        outer.addWidget(title)
        subtitle = [labels.kind_singular(doc.kind), labels.language(doc.language)]
        if doc.campaign:
            subtitle.append(doc.campaign)
        outer.addWidget(_label(" · ".join(subtitle), muted=True))
        if doc.intro:
            intro = _label(doc.intro)
            intro.setContentsMargins(0, 8, 0, 0)
            outer.addWidget(intro)

        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        self._row = 0
        outer.addLayout(self._grid)

        self._overview(detail)
        self._settings(doc.settings, len(doc.questions))
        if doc.max_score > 0 or doc.scoring.pass_percent is not None or doc.scoring.bands:
            self._scoring(doc)
        if doc.outcomes:
            self._section(self.tr("Outcomes"))
            for outcome in doc.outcomes:
                self._entry(outcome.title, outcome.text)
        if doc.variants:
            self._variants(doc)
        if doc.contest is not None:
            self._contest(doc.contest)
        self._questions(outer, doc.questions)
        outer.addStretch(1)

    # --- sections -----------------------------------------------------------------------

    def _overview(self, detail: ItemDetail) -> None:
        doc, summary = detail.document, detail.summary
        self._section(self.tr("Overview"))
        self._pair(self.tr("Kind"), labels.kind_singular(doc.kind))
        self._pair(self.tr("Language"), labels.language(doc.language))
        self._pair(self.tr("Campaign"), doc.campaign or "—")
        if doc.tags:
            self._pair(self.tr("Tags"), ", ".join(doc.tags))
        self._pair(self.tr("Questions"), labels.number(len(doc.questions)))
        self._pair(self.tr("Responses"), labels.number(summary.responses))
        self._pair(
            self.tr("Frozen versions"), self._versions(detail.versions), mono=bool(detail.versions)
        )
        self._pair(self.tr("Last modified"), format_instant(summary.updated_at))

    def _versions(self, versions: list[VersionInfo]) -> str:
        if not versions:
            return self.tr("None yet (exporting or publishing freezes one)")
        return "\n".join(
            f"{v.content_hash[:SHORT_HASH]}  {format_instant(v.created_at)}" for v in versions
        )

    def _settings(self, settings: Settings, questions: int) -> None:
        self._section(self.tr("Settings"))
        self._pair(self.tr("Layout"), labels.layout(settings.layout))
        shuffle = {
            (False, False): self.tr("No"),
            (True, False): self.tr("Questions"),
            (False, True): self.tr("Options"),
            (True, True): self.tr("Questions and options"),
        }[(settings.shuffle_questions, settings.shuffle_options)]
        self._pair(self.tr("Shuffle"), shuffle)
        self._pair(self.tr("Timer"), self._timer(settings))
        self._pair(self.tr("Instant feedback"), labels.yes_no(settings.instant_feedback))
        if settings.pool_size is None:
            pool = self.tr("All questions")
        else:
            pool = labels.fill(
                self.tr("%1 drawn at random out of %2"),
                labels.n_questions(settings.pool_size),
                questions,
            )
        self._pair(self.tr("Question pool"), pool)

    def _timer(self, settings: Settings) -> str:
        timer = settings.timer
        if timer is None:
            return self.tr("None")
        if timer.scope == "item":
            text = labels.fill(self.tr("%1 s for the whole item"), timer.seconds)
        else:
            text = labels.fill(self.tr("%1 s per question"), timer.seconds)
        if timer.extendable and timer.max_extensions > 0:
            text += labels.fill(
                self.tr(", can be extended %1 × %2 s"),
                timer.max_extensions,
                timer.extension_seconds,
            )
        return text

    def _scoring(self, doc: ItemDocument) -> None:
        scoring = doc.scoring
        self._section(self.tr("Scoring"))
        self._pair(self.tr("Maximum score"), labels.number(doc.max_score))
        if scoring.pass_percent is None:
            self._pair(self.tr("Pass mark"), self.tr("None"))
        else:
            self._pair(
                self.tr("Pass mark"),
                labels.fill(self.tr("%1%"), labels.number(scoring.pass_percent)),
            )
        if scoring.bands:
            bands = sorted(scoring.bands, key=lambda b: b.min_percent)
            self._pair(
                self.tr("Bands"),
                "\n".join(
                    labels.fill(self.tr("from %1%: %2"), labels.number(b.min_percent), b.title)
                    for b in bands
                ),
            )
        self._pair(self.tr("Show the score"), labels.yes_no(scoring.show_score))

    def _variants(self, doc: ItemDocument) -> None:
        self._section(self.tr("A/B variants"))
        total = sum(v.weight for v in doc.variants) or 1.0
        for variant in doc.variants:
            share = round(100 * variant.weight / total)
            self._entry(variant.name or variant.id, labels.fill(self.tr("%1% of visitors"), share))

    def _contest(self, contest: Contest) -> None:
        self._section(self.tr("Contest"))
        zone = f" ({contest.timezone})"
        not_set = self.tr("Not set")
        self._pair(
            self.tr("Opens"),
            _format_wall_clock(contest.local(contest.starts_at)) + zone
            if contest.starts_at
            else not_set,
        )
        self._pair(
            self.tr("Closes"),
            _format_wall_clock(contest.local(contest.ends_at)) + zone
            if contest.ends_at
            else not_set,
        )
        self._pair(self.tr("Winners"), labels.number(contest.winners))
        self._pair(self.tr("Alternates"), labels.number(contest.alternates))
        if contest.prizes:
            lines = []
            for prize in contest.prizes:
                line = f"{prize.quantity} × {prize.name}"
                if prize.value:
                    line += f" ({money(prize.value, prize.currency)})"
                lines.append(line)
            self._pair(self.tr("Prizes"), "\n".join(lines))
        else:
            self._pair(self.tr("Prizes"), not_set)
        if contest.organiser.name:
            self._pair(self.tr("Organiser"), contest.organiser.name)

    def _questions(self, outer: QVBoxLayout, questions: list[Question]) -> None:
        heading = self._heading(self.tr("Questions"))
        heading.setContentsMargins(0, 18, 0, 0)
        outer.addWidget(heading)
        outer.addWidget(self._rule())
        if not questions:
            outer.addWidget(_label(self.tr("No questions yet."), muted=True))
            return
        grid = QGridLayout()
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        top = Qt.AlignmentFlag.AlignTop
        scored = any(q.points > 0 for q in questions)
        for row, question in enumerate(questions):
            number = _label(f"{row + 1}.", selectable=False)
            number.setFont(self._font(1.0, bold=True))
            grid.addWidget(number, row, 0, top | Qt.AlignmentFlag.AlignRight)
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.addWidget(_label(question.text or self.tr("(no text)")))
            about = labels.question_type(question.type)
            if question.options:
                about += " · " + labels.n_options(len(question.options))
            cell.addWidget(_label(about, muted=True))
            grid.addLayout(cell, row, 1)
            if not scored:
                continue
            if question.points > 0:
                points = (
                    self.tr("%Ln point(s)", "", int(question.points))
                    if float(question.points).is_integer()
                    else labels.fill(self.tr("%1 points"), labels.number(question.points))
                )
            else:
                points = self.tr("unscored")
            grid.addWidget(
                _label(points, muted=question.points <= 0, wrap=False),
                row,
                2,
                top | Qt.AlignmentFlag.AlignRight,
            )
        outer.addLayout(grid)

    # --- building blocks --------------------------------------------------------------------

    def _font(self, scale: float, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        return font

    def _heading(self, text: str) -> QLabel:
        heading = _label(text, wrap=False, selectable=False)
        heading.setFont(self._font(1.1, bold=True))
        return heading

    def _rule(self) -> QFrame:
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        return rule

    def _section(self, title: str) -> None:
        heading = self._heading(title)
        heading.setContentsMargins(0, 18, 0, 0)
        self._grid.addWidget(heading, self._row, 0, 1, 2)
        self._grid.addWidget(self._rule(), self._row + 1, 0, 1, 2)
        self._row += 2

    def _pair(self, key: str, value: str, *, mono: bool = False) -> None:
        name = _label(key, muted=True, wrap=False, selectable=False)
        shown = _label(value)
        if mono:
            shown.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        top = Qt.AlignmentFlag.AlignTop
        self._grid.addWidget(name, self._row, 0, top | Qt.AlignmentFlag.AlignLeft)
        self._grid.addWidget(shown, self._row, 1, top)
        self._row += 1

    def _entry(self, title: str, text: str) -> None:
        """A titled entry across both columns (an outcome, a variant)."""
        box = QVBoxLayout()
        box.setSpacing(1)
        name = _label(title)
        name.setFont(self._font(1.0, bold=True))
        box.addWidget(name)
        if text:
            box.addWidget(_label(text, muted=True))
        self._grid.addLayout(box, self._row, 0, 1, 2)
        self._row += 1
