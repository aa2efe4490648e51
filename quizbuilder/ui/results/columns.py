"""The columns of the results view's tables, with their translated headers.

A column says how one value of a statistics row is written (a share as a percentage,
a duration in minutes) and sorted; ``models.RowsModel`` shows rows through them. The
item-analysis flags arrive from the statistics as English sentences whose words before
the colon are their key ("too easy: ..."), and badges with a key and an English title;
both are translated here by their key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject

from quizbuilder.ui import labels
from quizbuilder.ui.results import formatting as fmt
from quizbuilder.ui.results.models import Column, key

REACH_COLUMN = 5  # of the channels table, where the reach is typed in
CHANNEL_SCORE_COLUMN = 4
VARIANT_SCORE_COLUMN = 5


def counted(name: str) -> Callable[[Mapping[str, Any]], str]:
    """A count as the locale writes it ("1 234" in French)."""
    return lambda row: fmt.number(row.get(name), 0)


class ResultColumns(QObject):
    """Builds the columns of each table (a QObject for ``tr``'s sake)."""

    def flag_text(self, flag: Any) -> tuple[str, str]:
        """(short name, explanation) of an item-analysis flag, translated by its key."""
        raw = (
            str(flag.get("key") or flag.get("flag") or "")
            if isinstance(flag, Mapping)
            else str(flag)
        )
        name = raw.split(":")[0].strip().lower().replace("_", " ").replace("-", " ")
        known = {
            "too easy": (
                self.tr("Too easy"),
                self.tr("Too easy: almost everyone gets it right."),
            ),
            "too hard": (
                self.tr("Too hard"),
                self.tr("Too hard: almost nobody gets it right."),
            ),
            "negative discrimination": (
                self.tr("Negative discrimination"),
                self.tr(
                    "Negative discrimination: the best scorers miss it more often than the "
                    "others; check the answer key."
                ),
            ),
            "low discrimination": (
                self.tr("Low discrimination"),
                self.tr("Low discrimination: it hardly separates strong from weak scorers."),
            ),
        }
        return known.get(name, (raw, raw))

    def flags(self, row: Mapping[str, Any]) -> list[tuple[str, str]]:
        flags = row.get("flags") or []
        return [self.flag_text(f) for f in flags] if isinstance(flags, list) else []

    def analysis_columns(self) -> list[Column]:
        return [
            Column(self.tr("#"), key("position"), numeric=True),
            Column(
                self.tr("Question"),
                key("text"),
                tooltip=lambda r: r.get("text"),
            ),
            Column(self.tr("Points"), key("points"), lambda r: fmt.number(r.get("points")), True),
            Column(
                self.tr("Facility"),
                key("facility"),
                lambda r: fmt.percent(r.get("facility"), 0),
                True,
            ),
            Column(
                self.tr("Discrimination"),
                key("discrimination"),
                lambda r: fmt.number(r.get("discrimination"), 2),
                True,
            ),
            Column(self.tr("Answered"), key("answered"), counted("answered"), True),
            Column(self.tr("Skipped"), key("skipped"), counted("skipped"), True),
            Column(
                self.tr("Flags"),
                lambda r: " ".join(name for name, _ in self.flags(r)),
                lambda r: ", ".join(name for name, _ in self.flags(r)) or fmt.MISSING,
                tooltip=lambda r: "\n".join(text for _, text in self.flags(r)) or None,
            ),
        ]

    def outcome_columns(self) -> list[Column]:
        return [
            Column(self.tr("Outcome"), key("title")),
            Column(self.tr("People"), key("count"), counted("count"), True),
            Column(self.tr("Share"), key("share"), lambda r: fmt.percent(r.get("share")), True),
        ]

    def band_columns(self) -> list[Column]:
        return [
            Column(self.tr("Level"), key("title")),
            Column(
                self.tr("From"),
                key("min_percent"),
                lambda r: fmt.percent((r.get("min_percent") or 0) / 100, 0),
                True,
            ),
            Column(self.tr("People"), key("count"), counted("count"), True),
            Column(self.tr("Share"), key("share"), lambda r: fmt.percent(r.get("share")), True),
        ]

    def channel_columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Channel"),
                key("source"),
                lambda r: r.get("source") or self.tr("(direct)"),
            ),
            Column(self.tr("Responses"), key("responses"), counted("responses"), True),
            Column(self.tr("Completed"), key("completed"), counted("completed"), True),
            Column(
                self.tr("Completion rate"),
                key("completion_rate"),
                lambda r: fmt.percent(r.get("completion_rate")),
                True,
            ),
            Column(
                self.tr("Mean score"),
                key("mean_score"),
                lambda r: fmt.number(r.get("mean_score")),
                True,
            ),
            Column(
                self.tr("Reach"),
                key("reach"),
                lambda r: fmt.number(r.get("reach"), 0),
                True,
                tooltip=lambda r: (
                    self.tr("Double-click to type this channel's reach")
                    if r.get("source")
                    else None
                ),
            ),
            Column(
                self.tr("Engagement rate"),
                key("engagement_rate"),
                lambda r: fmt.percent(r.get("engagement_rate"), 2),
                True,
            ),
        ]

    def variant_columns(self) -> list[Column]:
        def interval(row: Mapping[str, Any]) -> str:
            ci = row.get("completion_rate_ci")
            if not isinstance(ci, list | tuple) or len(ci) != 2:
                return fmt.MISSING
            return labels.fill(self.tr("%1 to %2"), fmt.percent(ci[0]), fmt.percent(ci[1]))

        return [
            Column(self.tr("Variant"), lambda r: r.get("name") or r.get("variant")),
            Column(self.tr("Starts"), key("starts"), counted("starts"), True),
            Column(self.tr("Completed"), key("completed"), counted("completed"), True),
            Column(
                self.tr("Completion rate"),
                key("completion_rate"),
                lambda r: fmt.percent(r.get("completion_rate")),
                True,
            ),
            Column(
                self.tr("95% interval"),
                lambda r: (r.get("completion_rate_ci") or [None])[0],
                interval,
                True,
            ),
            Column(
                self.tr("Mean score"),
                key("mean_score"),
                lambda r: fmt.number(r.get("mean_score")),
                True,
            ),
        ]

    def leaderboard_columns(self) -> list[Column]:
        return [
            Column(self.tr("Rank"), key("rank"), numeric=True),
            Column(self.tr("Pseudonym"), key("pseudonym")),
            Column(self.tr("Score"), key("score"), lambda r: fmt.number(r.get("score")), True),
            Column(self.tr("Time"), key("seconds"), lambda r: fmt.duration(r.get("seconds")), True),
        ]

    def badge_title(self, row: Mapping[str, Any]) -> str:
        """A badge's name, translated by its key; the service's title for a new one."""
        badge = row.get("badge")
        if badge == "perfect_score":
            return self.tr("Perfect score")
        if badge == "first_completions":
            return self.tr("First to complete")
        if badge == "campaign_complete" and row.get("campaign"):
            return labels.fill(self.tr("Every quiz of the campaign %1 completed"), row["campaign"])
        return str(row.get("title") or badge or "")

    def badge_columns(self) -> list[Column]:
        return [
            Column(self.tr("Badge"), self.badge_title),
            Column(self.tr("People"), key("count"), counted("count"), True),
            Column(
                self.tr("Who"),
                lambda r: ", ".join(str(p) for p in r.get("pseudonyms") or []),
                tooltip=lambda r: ", ".join(str(p) for p in r.get("pseudonyms") or []) or None,
            ),
        ]
