"""The page of the results view: key figures, charts and tables of one statistics dict.

``ResultsPage.show_results`` fills it from a statistics dict and its charts; sections
that do not apply to the item are hidden (scores for a poll, outcomes for a quiz, the
A/B comparison without two variants). The page computes nothing and stores nothing: a
reach typed in the channels table and a chart's "Save as PNG…" are passed on to the
view with ``reach_edited`` and ``save_requested``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from quizbuilder.paths import RESOURCES
from quizbuilder.ui import labels
from quizbuilder.ui.results import formatting as fmt
from quizbuilder.ui.results.columns import (
    CHANNEL_SCORE_COLUMN,
    REACH_COLUMN,
    VARIANT_SCORE_COLUMN,
    ResultColumns,
)
from quizbuilder.ui.results.models import SORT_ROLE, ChannelsModel, RowsModel
from quizbuilder.ui.results.widgets import ChartView, FittedTable, KpiTile, ReachDelegate

TILE_COLUMNS = 4  # at most, on a wide page; 2 at least
TILE_WIDTH = 160  # below which a tile's caption and note wrap too much
CHART_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")

# Which section shows each chart of ``item_charts`` (by id, or id prefix for questions).
CHART_SECTIONS = {
    "funnel": "funnel",
    "dropoff": "funnel",
    "nps": "nps",
    "score": "score",
    "bands": "score",
    "outcomes": "outcomes",
    "sources": "channels",
    "variants": "ab",
}
QUESTION_CHART_PREFIX = "question-"


@cache
def load_chart_fonts() -> None:
    """Make the charts' font available to Qt (once), so that the screen draws their text
    in the font they were laid out for (DejaVu Sans) on systems that do not have it."""
    for name in CHART_FONTS:
        path = RESOURCES / "fonts" / name
        if path.is_file():
            QFontDatabase.addApplicationFont(str(path))


def section_of(chart_id: str) -> str:
    if chart_id.startswith(QUESTION_CHART_PREFIX):
        return "questions"
    return CHART_SECTIONS.get(chart_id, "questions")


def rows(stats: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    value = stats.get(name)
    return [r for r in value if isinstance(r, Mapping)] if isinstance(value, list) else []


def mapping(stats: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = stats.get(name)
    return value if isinstance(value, Mapping) else {}


class Section(QWidget):
    """A titled part of the page: heading, rule, then whatever the view puts in ``body``."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"section-{name}")
        self.setAccessibleName(title)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 14, 0, 0)
        box.setSpacing(6)
        self.heading = QLabel(title)
        self.heading.setObjectName(f"section-{name}-heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        box.addWidget(self.heading)
        box.addWidget(rule)
        self.charts = QVBoxLayout()
        self.charts.setSpacing(12)
        box.addLayout(self.charts)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        box.addLayout(self.body)


def note(name: str = "", *, muted: bool = False) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class ResultsPage(QWidget):
    """Tiles, then one section per part of the results, each with its charts and table."""

    reach_edited = Signal(str, object)  # source, reach (None: cleared)
    save_requested = Signal(object)  # the ChartView to save as PNG

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPage")
        load_chart_fonts()
        names = ResultColumns(self)
        self._box = box = QVBoxLayout(self)
        box.setContentsMargins(16, 4, 16, 24)
        box.setSpacing(4)

        self.tiles: dict[str, KpiTile] = {
            name: KpiTile(name, caption)
            for name, caption in (
                ("responses", self.tr("Responses")),
                ("completion", self.tr("Completion rate")),
                ("views", self.tr("Views")),
                ("score", self.tr("Mean score")),
                ("pass", self.tr("Pass rate")),
                ("nps", self.tr("Net Promoter Score")),
                ("leads", self.tr("Leads")),
                ("time", self.tr("Median time")),
            )
        }
        self._tile_grid = QGridLayout()
        self._tile_grid.setSpacing(8)
        self._tile_columns = TILE_COLUMNS
        self._shown_tiles: list[KpiTile] = []
        box.addLayout(self._tile_grid)

        self.sections: dict[str, Section] = {
            name: Section(name, title)
            for name, title in (
                ("funnel", self.tr("Funnel")),
                ("nps", self.tr("Net Promoter Score")),
                ("score", self.tr("Scores")),
                ("questions", self.tr("Answers, question by question")),
                ("analysis", self.tr("Item analysis")),
                ("outcomes", self.tr("Outcomes")),
                ("channels", self.tr("Channels")),
                ("ab", self.tr("A/B comparison")),
                ("leaderboard", self.tr("Leaderboard and badges")),
            )
        }
        for section in self.sections.values():
            box.addWidget(section)
        box.addStretch(1)
        self.charts: dict[str, ChartView] = {}

        self.score_summary = note("scoreSummary")
        self.sections["score"].body.addWidget(self.score_summary)
        self.bands_model = RowsModel(names.band_columns(), self)
        self.bands_table = self._table("bandsTable", self.bands_model, self.tr("Levels"), 0)
        self.sections["score"].body.addWidget(self.bands_table)

        analysis = self.sections["analysis"].body
        explain = note(muted=True)
        explain.setText(
            self.tr(
                "Facility: the share of the points that respondents got. Discrimination: how "
                "well the question separates strong from weak scorers (above 0.3 is good; "
                "below 0, check the answer key)."
            )
        )
        analysis.addWidget(explain)
        self.analysis_model = RowsModel(names.analysis_columns(), self)
        self.analysis_table = self._table(
            "analysisTable", self.analysis_model, self.tr("Item analysis"), 1
        )
        analysis.addWidget(self.analysis_table)
        self.alpha_label = note("alphaLabel", muted=True)
        analysis.addWidget(self.alpha_label)

        self.outcomes_model = RowsModel(names.outcome_columns(), self)
        self.outcomes_table = self._table(
            "outcomesTable", self.outcomes_model, self.tr("Outcomes"), 0
        )
        self.sections["outcomes"].body.addWidget(self.outcomes_table)

        channels = self.sections["channels"].body
        hint = note(muted=True)
        hint.setText(
            self.tr(
                "Type a channel's reach (the people who saw the post or received the e-mail) "
                "in the Reach column to get its engagement rate. It is kept in the library."
            )
        )
        channels.addWidget(hint)
        columns = names.channel_columns()
        self.channels_model = ChannelsModel(columns, reach_column=REACH_COLUMN, parent=self)
        self.channels_model.reach_edited.connect(self.reach_edited)
        self.channels_table = self._table(
            "channelsTable", self.channels_model, self.tr("Channels"), 0
        )
        self.channels_table.setItemDelegateForColumn(
            REACH_COLUMN, ReachDelegate(self.channels_table)
        )
        self.channels_table.setEditTriggers(
            FittedTable.EditTrigger.DoubleClicked
            | FittedTable.EditTrigger.EditKeyPressed
            | FittedTable.EditTrigger.AnyKeyPressed
            | FittedTable.EditTrigger.SelectedClicked
        )
        channels.addWidget(self.channels_table)

        ab = self.sections["ab"].body
        self.verdict = note("abVerdict")
        font = QFont(self.verdict.font())
        font.setBold(True)
        self.verdict.setFont(font)
        ab.addWidget(self.verdict)
        self.variants_model = RowsModel(names.variant_columns(), self)
        self.variants_table = self._table(
            "variantsTable", self.variants_model, self.tr("A/B variants"), 0
        )
        ab.addWidget(self.variants_table)

        self.leaderboard_model = RowsModel(names.leaderboard_columns(), self)
        self.leaderboard_table = self._table(
            "leaderboardTable", self.leaderboard_model, self.tr("Leaderboard"), 1, max_rows=15
        )
        self.sections["leaderboard"].body.addWidget(self.leaderboard_table)
        self.badges_model = RowsModel(names.badge_columns(), self)
        self.badges_table = self._table("badgesTable", self.badges_model, self.tr("Badges"), 2)
        self.sections["leaderboard"].body.addWidget(self.badges_table)

    def _table(
        self, name: str, model: RowsModel, title: str, stretch: int, *, max_rows: int = 30
    ) -> FittedTable:
        table = FittedTable(name, max_rows)
        proxy = QSortFilterProxyModel(table)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table.setModel(proxy)
        table.setAccessibleName(title)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.stretch(stretch)
        model.modelReset.connect(table.fit)
        table.fit()
        return table

    # --- showing --------------------------------------------------------------------------

    def show_results(
        self, stats: Mapping[str, Any], charts: Sequence[tuple[str, str, str]]
    ) -> None:
        self.show_tiles(stats)
        self.show_charts(charts)
        self.show_sections(stats)

    def show_tiles(self, stats: Mapping[str, Any]) -> None:
        score = mapping(stats, "score")
        nps = mapping(stats, "nps")
        timing = mapping(stats, "time")
        scored = bool(score.get("max_possible"))
        shown = {
            "responses": True,
            "completion": True,
            "views": True,
            "score": scored,
            "pass": scored and score.get("pass_rate") is not None,
            "nps": bool(nps),
            "leads": stats.get("leads") is not None,
            "time": True,
        }
        tiles = self.tiles
        tiles["responses"].set_value(
            fmt.number(stats.get("responses"), 0),
            labels.fill(self.tr("%1 completed"), fmt.number(stats.get("completed"), 0)),
        )
        tiles["completion"].set_value(
            fmt.percent(stats.get("completion_rate")),
            labels.fill(self.tr("of %1 starts"), fmt.number(stats.get("starts"), 0)),
        )
        views = stats.get("views")
        starts = stats.get("starts")
        tiles["views"].set_value(
            fmt.number(views, 0),
            labels.fill(self.tr("%1 started"), fmt.percent(starts / views))
            if views and starts is not None
            else self.tr("no view events imported"),
        )
        tiles["score"].set_value(
            fmt.score(score.get("mean"), score.get("max_possible")),
            labels.fill(self.tr("median %1"), fmt.number(score.get("median"))),
        )
        tiles["pass"].set_value(
            fmt.percent(score.get("pass_rate")),
            labels.fill(self.tr("of %1 scored responses"), fmt.number(score.get("responses"), 0)),
        )
        tiles["nps"].set_value(
            fmt.signed(nps.get("score"), 1),
            labels.fill(
                self.tr("%1 promoters, %2 detractors"),
                fmt.number(nps.get("promoters"), 0),
                fmt.number(nps.get("detractors"), 0),
            ),
        )
        leads = stats.get("leads")
        tiles["leads"].set_value(
            fmt.number(leads, 0),
            labels.fill(self.tr("%1 of the responses"), fmt.percent(leads / stats["responses"]))
            if leads is not None and stats.get("responses")
            else "",
        )
        tiles["time"].set_value(
            fmt.duration(timing.get("median_seconds")),
            labels.fill(
                self.tr("half between %1 and %2"),
                fmt.duration(timing.get("q1_seconds")),
                fmt.duration(timing.get("q3_seconds")),
            )
            if timing.get("q1_seconds") is not None
            else "",
        )
        for name, tile in tiles.items():
            tile.setVisible(shown[name])
        self._shown_tiles = [tile for name, tile in tiles.items() if shown[name]]
        self._place_tiles()

    def _place_tiles(self) -> None:
        grid = self._tile_grid
        while grid.count():
            grid.takeAt(0)
        columns = self._tile_columns
        for n, tile in enumerate(self._shown_tiles):
            grid.addWidget(tile, n // columns, n % columns)
        for column in range(TILE_COLUMNS):
            grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        margins = self._box.contentsMargins()
        room = event.size().width() - margins.left() - margins.right()
        columns = max(2, min(TILE_COLUMNS, room // TILE_WIDTH))
        if columns != self._tile_columns:
            self._tile_columns = columns
            self._place_tiles()
        super().resizeEvent(event)

    def show_charts(self, charts: Sequence[tuple[str, str, str]]) -> None:
        wanted = [chart_id for chart_id, _, _ in charts]
        for chart_id in [c for c in self.charts if c not in wanted]:
            gone = self.charts.pop(chart_id)
            gone.setParent(None)
            gone.deleteLater()
        for chart_id, title, svg in charts:
            if chart_id not in self.charts:
                self.charts[chart_id] = ChartView(chart_id)
                self.charts[chart_id].save_requested.connect(self.save_requested)
            self.charts[chart_id].set_chart(title, svg)
        for section in self.sections.values():  # put them in the order of ``charts``
            while section.charts.count():
                section.charts.takeAt(0)
        for chart_id in wanted:
            self.sections[section_of(chart_id)].charts.addWidget(self.charts[chart_id])

    def show_sections(self, stats: Mapping[str, Any]) -> None:
        score = mapping(stats, "score")
        scored = bool(score.get("max_possible"))
        questions = rows(stats, "questions")
        analysed = [
            {**q, "position": n}
            for n, q in enumerate(questions, start=1)
            if q.get("points") is not None or q.get("facility") is not None
        ]
        self.score_summary.setText(self.score_text(score))
        bands = rows(stats, "bands")
        self.bands_model.set_rows(bands)
        self.bands_table.setVisible(bool(bands))
        self.analysis_model.set_rows(analysed)
        alpha = stats.get("alpha")
        self.alpha_label.setText(
            labels.fill(
                self.tr("Reliability of the whole quiz (Cronbach’s alpha): %1"),
                fmt.number(alpha, 2),
            )
            if alpha is not None
            else ""
        )
        self.alpha_label.setVisible(alpha is not None)
        outcomes = rows(stats, "outcomes")
        self.outcomes_model.set_rows(outcomes)
        sources = rows(stats, "sources")
        self.channels_model.set_rows(sources)
        self.channels_table.setColumnHidden(CHANNEL_SCORE_COLUMN, not scored)
        variants = rows(stats, "variants")
        self.variants_model.set_rows(variants)
        self.variants_table.setColumnHidden(VARIANT_SCORE_COLUMN, not scored)
        self.verdict.setText(self.verdict_text(mapping(stats, "ab_test")))
        leaderboard = rows(stats, "leaderboard")
        self.leaderboard_model.set_rows(leaderboard)
        badges = rows(stats, "badges")
        self.badges_model.set_rows(badges)
        self.badges_table.setVisible(bool(badges))
        visible = {
            "funnel": True,
            "nps": bool(mapping(stats, "nps")),
            "score": scored,
            "questions": bool(questions),
            "analysis": bool(analysed),
            "outcomes": bool(outcomes),
            "channels": bool(sources),
            "ab": len(variants) >= 2,
            "leaderboard": bool(leaderboard) or bool(badges),
        }
        self.leaderboard_table.setVisible(bool(leaderboard))
        for name, section in self.sections.items():
            section.setVisible(visible[name])

    def score_text(self, score: Mapping[str, Any]) -> str:
        if not score.get("responses"):
            return self.tr("No scored response yet.")
        return labels.fill(
            self.tr(
                "Mean %1, median %2, standard deviation %3; lowest %4, highest %5 (out of %6)."
            ),
            fmt.number(score.get("mean")),
            fmt.number(score.get("median")),
            fmt.number(score.get("stdev")),
            fmt.number(score.get("min")),
            fmt.number(score.get("max")),
            fmt.number(score.get("max_possible")),
        )

    def verdict_text(self, ab: Mapping[str, Any]) -> str:
        """The A/B test's conclusion, in the interface's language."""
        if not ab:
            return ""
        a, b = str(ab.get("a") or "A"), str(ab.get("b") or "B")
        needed = int(ab.get("needed") or 0)
        if needed:
            return self.tr(
                "Not enough data yet: %Ln more response(s) needed before comparing.", "", needed
            )
        p_value = ab.get("p_value")
        if p_value is None:
            return labels.fill(self.tr("No difference: %1 and %2 have the same rate."), a, b)
        if p_value < 0.001:
            p_text = labels.fill(self.tr("p < %1"), fmt.number(0.001, 3))
        else:
            p_text = labels.fill(self.tr("p = %1"), QLocale().toString(float(p_value), "g", 2))
        if ab.get("significant"):
            winner = str(
                ab.get("winner") or (a if (ab.get("rate_a") or 0) > (ab.get("rate_b") or 0) else b)
            )
            loser = b if winner == a else a
            return labels.fill(
                self.tr("%1 completes more often than %2 (%3): the difference is significant."),
                winner,
                loser,
                p_text,
            )
        return labels.fill(self.tr("No clear difference between %1 and %2 yet (%3)."), a, b, p_text)
