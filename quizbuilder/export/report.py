"""The statistics report of one item: HTML, PDF, and CSV/XLSX tables.

The HTML and the PDF are built from one list of sections (text, key figures, tables,
charts), so they say the same thing; the charts are the SVGs of
``quizbuilder.export.charts``, the ones the results screen shows. The HTML is one
self-contained file: styles inline, charts inline, no script, no font, image or link
that would make a request, so it can be mailed to a client and opened offline.

Tables for spreadsheets keep numbers as numbers, and defuse text that a spreadsheet
would run as a formula (CSV injection): a text cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from markupsafe import Markup
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from quizbuilder.atomic import write_atomically_with
from quizbuilder.export import charts
from quizbuilder.export.charts import clean, finite, format_number, format_percent, format_signed
from quizbuilder.export.pdf import FAMILY, PdfDocument
from quizbuilder.export.templating import render

Cell = str | int | float | bool | None
Table = tuple[list[str], Iterable[Sequence[Any]]]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_XMLNS = re.compile(r'\s+xmlns="[^"]*"')

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "report": "Rapport de résultats",
        "generated": "Généré le {when}",
        "filters": "Filtres",
        "all": "toutes les réponses",
        "source": "canal",
        "variant": "variante",
        "since": "depuis",
        "until": "jusqu’au",
        "version": "version",
        "duplicate_policy": "doublons",
        "keep_all": "toutes gardées",
        "first_per_email": "première par e-mail",
        "last_per_email": "dernière par e-mail",
        "key_figures": "Chiffres clés",
        "responses": "Réponses",
        "completed": "Terminées",
        "completion_rate": "Taux de complétion",
        "views": "Vues",
        "mean_score": "Score moyen",
        "pass_rate": "Taux de réussite",
        "nps": "NPS",
        "median_time": "Durée médiane",
        "leads": "Contacts recueillis",
        "overview": "Participation",
        "scores": "Scores",
        "median": "Médiane",
        "stdev": "Écart type",
        "min": "Minimum",
        "max": "Maximum",
        "max_possible": "Maximum possible",
        "alpha": "Fiabilité (alpha de Cronbach)",
        "questions": "Analyse des questions",
        "questions_help": (
            "Facilité : part des points obtenus en moyenne (0 à 1). Discrimination : "
            "corrélation entre la question et le reste du score (au-dessus de 0,2, la "
            "question distingue bien les participants)."
        ),
        "number": "N°",
        "question": "Question",
        "type": "Type",
        "answered": "Répondu",
        "skipped": "Sans réponse",
        "option": "Option",
        "count": "Nombre",
        "share": "Part",
        "facility": "Facilité",
        "discrimination": "Discrimination",
        "discrimination_short": "Discrim.",
        "flags": "Points d’attention",
        "flag_easy": "trop facile : presque tout le monde répond juste",
        "flag_hard": "trop difficile : presque personne ne répond juste",
        "flag_negative": (
            "discrimination négative : les meilleurs la ratent plus souvent, "
            "vérifiez la bonne réponse"
        ),
        "outcomes": "Profils",
        "outcome": "Profil",
        "nps_section": "Net Promoter Score",
        "nps_score": "Score NPS",
        "promoters": "Promoteurs (9-10)",
        "passives": "Passifs (7-8)",
        "detractors": "Détracteurs (0-6)",
        "channels": "Canaux",
        "channel": "Canal",
        "direct": "(direct)",
        "reach": "Portée",
        "engagement_rate": "Taux d’engagement",
        "ab": "Test A/B",
        "starts": "Débuts",
        "interval": "Intervalle à 95 %",
        "ab_needed": "Pas encore assez de données : il faut encore {needed} réponses.",
        "ab_same": "Aucune différence : {a} et {b} ont le même taux de complétion.",
        "ab_winner": "{winner} est terminée plus souvent ({p}).",
        "ab_unclear": "Pas de différence nette entre {a} et {b} pour l’instant ({p}).",
        "time": "Durée",
        "q1": "Premier quartile",
        "q3": "Troisième quartile",
        "bands": "Niveaux",
        "band": "Niveau",
        "from_percent": "À partir de",
        "leaderboard": "Classement",
        "rank": "Rang",
        "pseudonym": "Pseudonyme",
        "score": "Score",
        "duration": "Durée",
        "badges": "Badges",
        "badge": "Badge",
        "badge_perfect_score": "Score parfait",
        "badge_first_completions": "Les {count} premiers à terminer",
        "badge_campaign_complete": "Tous les quiz de la campagne terminés",
        "versions": "Versions du contenu",
        "version_hash": "Version",
        "created": "Créée le",
        "footer": "Rapport produit hors ligne par quizbuilder. Les participants y figurent "
        "sous pseudonyme.",
        "no_responses": "Aucune réponse ne correspond aux filtres pour l’instant.",
        "minutes": "{m} min {s} s",
        "seconds": "{s} s",
        "poll": "Sondage",
        "knowledge_quiz": "Quiz de connaissances",
        "personality_quiz": "Quiz de personnalité",
        "survey": "Enquête",
        "contest": "Concours",
        "single_choice": "Choix unique",
        "multiple_choice": "Choix multiple",
        "true_false": "Vrai / faux",
        "image_choice": "Choix d’image",
        "image_multiple_choice": "Choix multiple d’images",
        "rating": "Note",
        "likert": "Échelle d’accord",
        "short_text": "Texte court",
        "long_text": "Texte long",
        "number_type": "Nombre",
        "ranking": "Classement",
        "matching": "Association",
    },
    "en": {
        "report": "Results report",
        "generated": "Generated on {when}",
        "filters": "Filters",
        "all": "all responses",
        "source": "channel",
        "variant": "variant",
        "since": "since",
        "until": "until",
        "version": "version",
        "duplicate_policy": "duplicates",
        "keep_all": "all kept",
        "first_per_email": "first per e-mail",
        "last_per_email": "last per e-mail",
        "key_figures": "Key figures",
        "responses": "Responses",
        "completed": "Completed",
        "completion_rate": "Completion rate",
        "views": "Views",
        "mean_score": "Mean score",
        "pass_rate": "Pass rate",
        "nps": "NPS",
        "median_time": "Median time",
        "leads": "Leads collected",
        "overview": "Participation",
        "scores": "Scores",
        "median": "Median",
        "stdev": "Standard deviation",
        "min": "Minimum",
        "max": "Maximum",
        "max_possible": "Maximum possible",
        "alpha": "Reliability (Cronbach’s alpha)",
        "questions": "Item analysis",
        "questions_help": (
            "Facility: the mean share of the points earned (0 to 1). Discrimination: the "
            "correlation between the question and the rest of the score (above 0.2, the "
            "question tells strong and weak participants apart)."
        ),
        "number": "No.",
        "question": "Question",
        "type": "Type",
        "answered": "Answered",
        "skipped": "Skipped",
        "option": "Option",
        "count": "Count",
        "share": "Share",
        "facility": "Facility",
        "discrimination": "Discrimination",
        "discrimination_short": "Discrim.",
        "flags": "Flags",
        "flag_easy": "too easy: almost everyone gets it right",
        "flag_hard": "too hard: almost nobody gets it right",
        "flag_negative": (
            "negative discrimination: the best scorers miss it more often, check the answer key"
        ),
        "outcomes": "Outcomes",
        "outcome": "Outcome",
        "nps_section": "Net Promoter Score",
        "nps_score": "NPS",
        "promoters": "Promoters (9-10)",
        "passives": "Passives (7-8)",
        "detractors": "Detractors (0-6)",
        "channels": "Channels",
        "channel": "Channel",
        "direct": "(direct)",
        "reach": "Reach",
        "engagement_rate": "Engagement rate",
        "ab": "A/B test",
        "starts": "Starts",
        "interval": "95% interval",
        "ab_needed": "Not enough data yet: {needed} more responses are needed.",
        "ab_same": "No difference: {a} and {b} have the same completion rate.",
        "ab_winner": "{winner} is completed more often ({p}).",
        "ab_unclear": "No clear difference between {a} and {b} yet ({p}).",
        "time": "Time taken",
        "q1": "First quartile",
        "q3": "Third quartile",
        "bands": "Levels",
        "band": "Level",
        "from_percent": "From",
        "leaderboard": "Leaderboard",
        "rank": "Rank",
        "pseudonym": "Pseudonym",
        "score": "Score",
        "duration": "Time",
        "badges": "Badges",
        "badge": "Badge",
        "versions": "Content versions",
        "version_hash": "Version",
        "created": "Created",
        "footer": "Report made offline by quizbuilder. Participants appear under pseudonyms.",
        "no_responses": "No response matches the filters yet.",
        "minutes": "{m} min {s} s",
        "seconds": "{s} s",
        "poll": "Poll",
        "knowledge_quiz": "Knowledge quiz",
        "personality_quiz": "Personality quiz",
        "survey": "Survey",
        "contest": "Contest",
        "single_choice": "Single choice",
        "multiple_choice": "Multiple choice",
        "true_false": "True / false",
        "image_choice": "Image choice",
        "image_multiple_choice": "Multiple image choice",
        "rating": "Rating",
        "likert": "Likert scale",
        "short_text": "Short text",
        "long_text": "Long text",
        "number_type": "Number",
        "ranking": "Ranking",
        "matching": "Matching",
    },
}

_FLAGS = (("too easy", "flag_easy"), ("too hard", "flag_hard"), ("negative", "flag_negative"))


def labels(language: str) -> dict[str, str]:
    """The report's wording in ``language``; English for a language we do not have."""
    return LABELS.get(language, LABELS["en"])


# --- formatting -----------------------------------------------------------------------


def _get(data: Any, key: str) -> Any:
    return data.get(key) if isinstance(data, Mapping) else None


def _rows(data: Any, key: str) -> list[Mapping[str, Any]]:
    value = _get(data, key)
    return [r for r in value if isinstance(r, Mapping)] if isinstance(value, list) else []


def _num(value: Any, language: str, digits: int = 1) -> str:
    return format_number(value, language, digits=digits)


def _pct(value: Any, language: str, digits: int = 0) -> str:
    return format_percent(value, language, digits=digits)


def _duration(seconds: Any, t: Mapping[str, str]) -> str:
    value = finite(seconds)
    if value is None:
        return "–"
    whole = max(0, round(value))
    if whole < 60:
        return t["seconds"].format(s=whole)
    return t["minutes"].format(m=whole // 60, s=whole % 60)


def _type_name(value: Any, t: Mapping[str, str]) -> str:
    key = "number_type" if value == "number" else str(value)
    return t.get(key, clean(value or ""))


def flag_words(flags: Any, language: str) -> list[str]:
    """The statistics' question flags, in ``language``; a flag we do not know is kept
    as it is rather than dropped."""
    t = labels(language)
    words = []
    for flag in flags if isinstance(flags, list) else []:
        text = str(flag)
        key = next((k for prefix, k in _FLAGS if text.startswith(prefix)), None)
        words.append(t[key] if key else text)
    return words


def ab_verdict(ab: Mapping[str, Any] | None, language: str) -> str:
    """The A/B test's conclusion in words, rebuilt from its numbers in ``language``."""
    if not ab:
        return ""
    t = labels(language)
    a, b = clean(ab.get("a") or "A"), clean(ab.get("b") or "B")
    needed = ab.get("needed") or 0
    if needed:
        return t["ab_needed"].format(needed=_num(needed, language))
    p_value = ab.get("p_value")
    if not isinstance(p_value, int | float) or not math.isfinite(p_value):
        return t["ab_same"].format(a=a, b=b)
    if p_value < 0.001:
        p = "p < 0,001" if language == "fr" else "p < 0.001"
    else:
        p = f"p = {p_value:.2g}"
        p = p.replace(".", ",") if language == "fr" else p
    if ab.get("significant"):
        rate_a, rate_b = ab.get("rate_a") or 0, ab.get("rate_b") or 0
        winner = clean(ab.get("winner") or (a if rate_a > rate_b else b))
        return t["ab_winner"].format(winner=winner, p=p)
    return t["ab_unclear"].format(a=a, b=b, p=p)


# --- the document, as sections both the HTML and the PDF render ----------------------


@dataclass(frozen=True)
class TableBlock:
    header: list[str]
    rows: list[list[str]]
    widths: list[float]  # millimetres in the PDF, proportions in the HTML
    numeric: frozenset[int] = frozenset()  # columns aligned right
    kind: str = "table"


@dataclass(frozen=True)
class TextBlock:
    text: str
    kind: str = "text"


@dataclass(frozen=True)
class PairsBlock:
    pairs: list[tuple[str, str]]
    kind: str = "pairs"


@dataclass(frozen=True)
class ChartBlock:
    chart_id: str
    title: str
    svg: str
    kind: str = "chart"


Block = TableBlock | TextBlock | PairsBlock | ChartBlock


@dataclass
class Section:
    section_id: str
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass(frozen=True)
class ReportContent:
    title: str
    subtitle: str
    filters: str
    tiles: list[tuple[str, str]]
    sections: list[Section]
    footer: str
    accent: str


def _filters_text(stats: Mapping[str, Any], t: Mapping[str, str], language: str) -> str:
    filters = _get(stats, "filters") or {}
    parts = []
    for key in ("source", "variant", "version", "since", "until"):
        value = _get(filters, key)
        if value:
            shown = str(value)[:10] if key in ("since", "until") else clean(value)
            parts.append(f"{t[key]} : {shown}" if language == "fr" else f"{t[key]}: {shown}")
    policy = _get(filters, "duplicate_policy")
    if policy and policy != "keep_all":
        sep = " : " if language == "fr" else ": "
        parts.append(f"{t['duplicate_policy']}{sep}{t.get(str(policy), clean(policy))}")
    sep = " : " if language == "fr" else ": "
    return f"{t['filters']}{sep}" + (", ".join(parts) if parts else t["all"])


def _tiles(stats: Mapping[str, Any], t: Mapping[str, str], language: str) -> list[tuple[str, str]]:
    tiles = [
        (t["responses"], _num(stats.get("responses"), language)),
        (t["completed"], _num(stats.get("completed"), language)),
        (t["completion_rate"], _pct(stats.get("completion_rate"), language)),
    ]
    if stats.get("views") is not None:
        tiles.append((t["views"], _num(stats.get("views"), language)))
    score = _get(stats, "score")
    if _get(score, "max_possible"):
        tiles.append(
            (
                t["mean_score"],
                _num(_get(score, "mean"), language)
                + " / "
                + _num(_get(score, "max_possible"), language),
            )
        )
        if _get(score, "pass_rate") is not None:
            tiles.append((t["pass_rate"], _pct(_get(score, "pass_rate"), language)))
    nps = _get(stats, "nps")
    if isinstance(nps, Mapping):
        tiles.append((t["nps"], format_signed(nps.get("score"), language)))
    median = _get(_get(stats, "time"), "median_seconds")
    if median is not None:
        tiles.append((t["median_time"], _duration(median, t)))
    if stats.get("leads") is not None:
        tiles.append((t["leads"], _num(stats.get("leads"), language)))
    return tiles


def _charts_by_id(chart_list: list[tuple[str, str, str]]) -> dict[str, ChartBlock]:
    return {cid: ChartBlock(cid, title, svg) for cid, title, svg in chart_list}


def _table(columns: Sequence[tuple[str, float, bool]], rows: list[list[str]]) -> TableBlock:
    """A table from its columns, each (heading, width in mm, numeric); a numeric column
    with no value at all (a mean score on a poll, a reach nobody entered) is left out."""
    keep = [
        i
        for i, (_, _, numeric) in enumerate(columns)
        if not (numeric and rows and all(row[i] == "–" for row in rows))
    ]
    return TableBlock(
        [columns[i][0] for i in keep],
        [[row[i] for i in keep] for row in rows],
        [columns[i][1] for i in keep],
        frozenset(n for n, i in enumerate(keep) if columns[i][2]),
    )


class _Builder:
    """Builds the report's sections from the statistics, one method per section; a
    section whose statistic is missing or does not apply to the item is left out."""

    def __init__(self, stats: Mapping[str, Any], language: str, found: dict[str, ChartBlock]):
        self.stats = stats
        self.language = language
        self.t = labels(language)
        self.found = found

    def num(self, value: Any, digits: int = 1) -> str:
        return format_number(value, self.language, digits=digits)

    def pct(self, value: Any, digits: int = 0) -> str:
        return format_percent(value, self.language, digits=digits)

    def charts(self, *chart_ids: str) -> list[Block]:
        return [self.found[c] for c in chart_ids if c in self.found]

    def sections(self) -> list[Section]:
        built = (
            self.overview(),
            self.scores(),
            self.questions(),
            self.outcomes(),
            self.nps(),
            self.channels(),
            self.ab_test(),
            self.time(),
            self.leaderboard(),
            self.badges(),
            self.versions(),
        )
        return [s for s in built if s is not None]

    def overview(self) -> Section:
        t = self.t
        blocks: list[Block] = [] if self.stats.get("responses") else [TextBlock(t["no_responses"])]
        return Section("overview", t["overview"], blocks + self.charts("funnel", "dropoff"))

    def scores(self) -> Section | None:
        t, score = self.t, _get(self.stats, "score")
        if not _get(score, "max_possible"):
            return None
        pairs = [
            (t["mean_score"], self.num(_get(score, "mean"))),
            (t["median"], self.num(_get(score, "median"))),
            (t["stdev"], self.num(_get(score, "stdev"), 2)),
            (t["min"], self.num(_get(score, "min"))),
            (t["max"], self.num(_get(score, "max"))),
            (t["max_possible"], self.num(_get(score, "max_possible"))),
        ]
        if _get(score, "pass_rate") is not None:
            pairs.append((t["pass_rate"], self.pct(_get(score, "pass_rate"))))
        if self.stats.get("alpha") is not None:
            pairs.append((t["alpha"], self.num(self.stats.get("alpha"), 2)))
        blocks: list[Block] = [PairsBlock(pairs), *self.charts("score", "bands")]
        bands = _rows(self.stats, "bands")
        if bands:
            columns = [
                (t["band"], 80.0, False),
                (t["from_percent"], 30.0, True),
                (t["count"], 30.0, True),
                (t["share"], 30.0, True),
            ]
            rows = [
                [
                    clean(b.get("title") or ""),
                    self.pct((finite(b.get("min_percent")) or 0) / 100),
                    self.num(b.get("count")),
                    self.pct(b.get("share")),
                ]
                for b in bands
            ]
            blocks.append(_table(columns, rows))
        return Section("scores", t["scores"], blocks)

    def questions(self) -> Section | None:
        t, questions = self.t, _rows(self.stats, "questions")
        if not questions:
            return None
        scored = any(q.get("facility") is not None for q in questions)
        blocks: list[Block] = [TextBlock(t["questions_help"])] if scored else []
        columns = [
            (t["number"], 9.0, True),
            (t["question"], 78.0, False),
            (t["type"], 22.0, False),
            (t["answered"], 20.0, True),
            (t["skipped"], 20.0, True),
        ]
        if scored:
            columns[1] = (t["question"], 38.0, False)
            columns += [
                (t["facility"], 20.0, True),
                (t["discrimination_short"], 19.0, True),
                (t["flags"], 30.0, False),
            ]
        rows = []
        for number, q in enumerate(questions, start=1):
            row = [
                str(number),
                clean(q.get("text") or ""),
                _type_name(q.get("type"), t),
                self.num(q.get("answered")),
                self.num(q.get("skipped")),
            ]
            if scored:
                row += [
                    self.num(q.get("facility"), 2),
                    self.num(q.get("discrimination"), 2),
                    "; ".join(flag_words(q.get("flags"), self.language)),
                ]
            rows.append(row)
        blocks.append(_table(columns, rows))
        blocks += self.charts(*(f"question-{q.get('id')}" for q in questions))
        return Section("questions", t["questions"], blocks)

    def outcomes(self) -> Section | None:
        t, outcomes = self.t, _rows(self.stats, "outcomes")
        if not outcomes:
            return None
        columns = [(t["outcome"], 110.0, False), (t["count"], 30.0, True), (t["share"], 30.0, True)]
        rows = [
            [
                clean(o.get("title") or o.get("id") or ""),
                self.num(o.get("count")),
                self.pct(o.get("share")),
            ]
            for o in outcomes
        ]
        return Section("outcomes", t["outcomes"], [*self.charts("outcomes"), _table(columns, rows)])

    def nps(self) -> Section | None:
        t, nps = self.t, _get(self.stats, "nps")
        if not isinstance(nps, Mapping):
            return None
        pairs = [(t["nps_score"], format_signed(nps.get("score"), self.language))]
        pairs += [
            (t[k], self.num(nps.get(k)))
            for k in ("responses", "promoters", "passives", "detractors")
        ]
        return Section("nps", t["nps_section"], [PairsBlock(pairs), *self.charts("nps")])

    def channels(self) -> Section | None:
        t, sources = self.t, _rows(self.stats, "sources")
        if not sources:
            return None
        columns = [
            (t["channel"], 38.0, False),
            (t["responses"], 24.0, True),
            (t["completed"], 24.0, True),
            (t["completion_rate"], 28.0, True),
            (t["mean_score"], 24.0, True),
            (t["reach"], 20.0, True),
            (t["engagement_rate"], 28.0, True),
        ]
        rows = [
            [
                clean(s.get("source") or t["direct"]),
                self.num(s.get("responses")),
                self.num(s.get("completed")),
                self.pct(s.get("completion_rate")),
                self.num(s.get("mean_score")),
                self.num(s.get("reach")),
                self.pct(s.get("engagement_rate"), 1),
            ]
            for s in sources
        ]
        return Section("channels", t["channels"], [*self.charts("sources"), _table(columns, rows)])

    def ab_test(self) -> Section | None:
        t, variants = self.t, _rows(self.stats, "variants")
        if not variants:
            return None
        verdict = ab_verdict(_get(self.stats, "ab_test"), self.language)
        blocks: list[Block] = [TextBlock(verdict)] if verdict else []
        columns = [
            (t["variant"].capitalize(), 46.0, False),
            (t["starts"], 20.0, True),
            (t["completed"], 24.0, True),
            (t["completion_rate"], 28.0, True),
            (t["interval"], 32.0, True),
            (t["mean_score"], 22.0, True),
        ]
        rows = []
        for v in variants:
            ci = v.get("completion_rate_ci")
            interval = (
                f"{self.pct(ci[0])} – {self.pct(ci[1])}"
                if isinstance(ci, list | tuple) and len(ci) == 2
                else "–"
            )
            rows.append(
                [
                    clean(v.get("name") or v.get("variant") or ""),
                    self.num(v.get("starts")),
                    self.num(v.get("completed")),
                    self.pct(v.get("completion_rate")),
                    interval,
                    self.num(v.get("mean_score")),
                ]
            )
        blocks += [*self.charts("variants"), _table(columns, rows)]
        return Section("ab", t["ab"], blocks)

    def time(self) -> Section | None:
        t, time = self.t, _get(self.stats, "time")
        if _get(time, "median_seconds") is None:
            return None
        pairs = [
            (t[label], _duration(_get(time, key), t))
            for label, key in (
                ("median_time", "median_seconds"),
                ("q1", "q1_seconds"),
                ("q3", "q3_seconds"),
            )
        ]
        return Section("time", t["time"], [PairsBlock(pairs)])

    def leaderboard(self) -> Section | None:
        t, rows_in = self.t, _rows(self.stats, "leaderboard")
        if not rows_in:
            return None
        columns = [
            (t["rank"], 20.0, True),
            (t["pseudonym"], 80.0, False),
            (t["score"], 35.0, True),
            (t["duration"], 35.0, True),
        ]
        rows = [
            [
                self.num(r.get("rank")),
                clean(r.get("pseudonym") or ""),
                self.num(r.get("score")),
                _duration(r.get("seconds"), t),
            ]
            for r in rows_in
        ]
        return Section("leaderboard", t["leaderboard"], [_table(columns, rows)])

    def badges(self) -> Section | None:
        t, badges = self.t, _rows(self.stats, "badges")
        if not badges:
            return None
        columns = [
            (t["badge"], 50.0, False),
            (t["count"], 20.0, True),
            (t["pseudonym"], 100.0, False),
        ]
        rows = [
            [
                self.badge_title(b),
                self.num(b.get("count")),
                ", ".join(clean(p) for p in (b.get("pseudonyms") or [])[:20]),
            ]
            for b in badges
        ]
        return Section("badges", t["badges"], [_table(columns, rows)])

    def badge_title(self, badge: Mapping[str, Any]) -> str:
        """Our own badges in the report's language; any other by the title it has."""
        key = f"badge_{badge.get('badge')}"
        if key in self.t:
            return self.t[key].format(count=self.num(badge.get("count")))
        return clean(badge.get("title") or badge.get("badge") or "")

    def versions(self) -> Section | None:
        t, versions = self.t, _rows(self.stats, "versions")
        if not versions:
            return None
        columns = [
            (t["version_hash"], 50.0, False),
            (t["created"], 70.0, False),
            (t["responses"], 50.0, True),
        ]
        rows = [
            [
                clean(v.get("content_hash") or "")[:12],
                clean(v.get("created_at") or "")[:16].replace("T", " "),
                self.num(v.get("responses")),
            ]
            for v in versions
        ]
        return Section("versions", t["versions"], [_table(columns, rows)])


def report_content(
    stats: Mapping[str, Any],
    *,
    language: str = "fr",
    colour: str | None = None,
    generated_at: datetime,
) -> ReportContent:
    """What the report says, section by section, before it is laid out as HTML or PDF."""
    t = labels(language)
    item = _get(stats, "item") or {}
    title = clean(_get(item, "title") or t["report"])
    kind = t.get(str(_get(item, "kind")), "")
    when = generated_at.strftime("%Y-%m-%d %H:%M") + (
        f" {generated_at.tzname()}" if generated_at.tzinfo else ""
    )
    subtitle = " · ".join(p for p in (t["report"], kind, t["generated"].format(when=when)) if p)
    found = _charts_by_id(charts.item_charts(stats, language=language, colour=colour))
    return ReportContent(
        title=title,
        subtitle=subtitle,
        filters=_filters_text(stats, t, language),
        tiles=_tiles(stats, t, language),
        sections=_Builder(stats, language, found).sections(),
        footer=t["footer"],
        accent=charts.bar_colour(colour),
    )


def _inline_svg(svg: str) -> Markup:
    """A chart as HTML: the namespace goes (HTML does not need it, and a report carries
    no URL at all), the rest is already escaped text built by charts.py."""
    return Markup(_XMLNS.sub("", svg, count=1))


def html_report(
    stats: Mapping[str, Any],
    *,
    language: str = "fr",
    colour: str | None = None,
    generated_at: datetime,
) -> str:
    """The report as one self-contained HTML page (no script, no external request)."""
    content = report_content(stats, language=language, colour=colour, generated_at=generated_at)
    for section in content.sections:
        section.blocks = [
            replace(b, svg=_inline_svg(b.svg)) if isinstance(b, ChartBlock) else b
            for b in section.blocks
        ]
    return render(
        "report.html.j2",
        language=language if language in LABELS else "en",
        key_figures=labels(language)["key_figures"],
        content=content,
    )


def pdf_report(
    stats: Mapping[str, Any],
    *,
    language: str = "fr",
    colour: str | None = None,
    generated_at: datetime,
) -> bytes:
    """The same report as a PDF, with the same charts kept as vector drawings."""
    content = report_content(stats, language=language, colour=colour, generated_at=generated_at)
    doc = PdfDocument(content.title, language=language, subtitle=content.subtitle)
    doc.set_creation_date(generated_at)
    doc.paragraph(content.filters)
    doc.heading(labels(language)["key_figures"], 2)
    doc.key_values(content.tiles)
    for section in content.sections:
        doc.heading(section.title, 2)
        for block in section.blocks:
            if isinstance(block, TextBlock):
                doc.paragraph(block.text)
            elif isinstance(block, PairsBlock):
                doc.key_values(block.pairs)
            elif isinstance(block, TableBlock):
                doc.table(block.header, block.rows, widths=block.widths)
            else:
                # fpdf2 looks fonts up by the family it has embedded
                doc.svg(block.svg.replace(charts.FONT_FAMILY, FAMILY), width_mm=170)
    doc.paragraph(content.footer, size=8.5)
    return doc.to_bytes()


# --- spreadsheet tables ---------------------------------------------------------------


def safe_cell(value: Any) -> Cell:
    """A value a spreadsheet shows as data, never runs as a formula.

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
    leading apostrophe (OWASP's rule against CSV injection); real numbers stay numbers,
    negative ones included; NaN and infinities become empty cells.
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def question_table(stats: Mapping[str, Any], *, language: str = "fr") -> Table:
    """One row per option of each question (one row for a question without options):
    question, type, answered, skipped, option, count, share, facility, discrimination,
    flags. Numbers stay numbers; shares are from 0 to 1."""
    t = labels(language)
    header = [
        t["question"],
        t["type"],
        t["answered"],
        t["skipped"],
        t["option"],
        t["count"],
        t["share"],
        t["facility"],
        t["discrimination"],
        t["flags"],
    ]
    rows: list[list[Cell]] = []
    for q in _rows(stats, "questions"):
        base: list[Cell] = [
            clean(q.get("text") or q.get("id") or ""),
            _type_name(q.get("type"), t),
            q.get("answered"),
            q.get("skipped"),
        ]
        tail: list[Cell] = [
            _rounded(q.get("facility")),
            _rounded(q.get("discrimination")),
            "; ".join(flag_words(q.get("flags"), language)),
        ]
        options = _rows(q, "options")
        if not options:
            rows.append([*base, None, None, None, *tail])
        for o in options:
            option: list[Cell] = [
                clean(o.get("label") or o.get("id") or ""),
                o.get("count"),
                _rounded(o.get("share")),
            ]
            rows.append([*base, *option, *tail])
    return header, rows


def _rounded(value: Any, digits: int = 4) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return round(float(value), digits) if math.isfinite(value) else None


def write_csv(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], *, delimiter: str = ","
) -> None:
    """A CSV file in UTF-8 with a byte-order mark (so that Excel reads the accents),
    every cell made safe; rows are written as they come."""

    def write(fh: IO[bytes]) -> None:
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=delimiter)
        writer.writerow([safe_cell(h) for h in header])
        for row in rows:
            writer.writerow([safe_cell(c) for c in row])
        text.flush()
        text.detach()

    write_atomically_with(path, write)


_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
_SAMPLE = 200  # rows looked at to size the columns


def _xlsx_value(value: Any) -> Cell:
    cell = safe_cell(value)
    return ILLEGAL_CHARACTERS_RE.sub("", cell) if isinstance(cell, str) else cell


def write_xlsx(path: Path, sheets: Mapping[str, Table]) -> None:
    """An XLSX workbook, one sheet per entry: header in bold and frozen, columns sized
    to their content, numbers as numbers, text made safe. Written in openpyxl's
    streaming mode, so a large response table does not have to fit in memory twice."""
    book = Workbook(write_only=True)
    used: set[str] = set()
    for name, (header, rows) in sheets.items():
        title = _SHEET_NAME.sub(" ", clean(name))[:31] or "Sheet"
        while title.lower() in used:
            title = title[:28] + f"_{len(used)}"
        used.add(title.lower())
        sheet = book.create_sheet(title)
        iterator = iter(rows)
        sample = [[_xlsx_value(c) for c in row] for row in itertools.islice(iterator, _SAMPLE)]
        for index, name_cell in enumerate(header):
            longest = max(
                [len(str(name_cell))]
                + [len(str(r[index])) for r in sample if index < len(r) and r[index] is not None]
            )
            sheet.column_dimensions[get_column_letter(index + 1)].width = min(60, longest + 2)
        sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        heading = []
        for name_cell in header:
            cell = WriteOnlyCell(sheet, value=_xlsx_value(name_cell))
            cell.font = bold
            heading.append(cell)
        sheet.append(heading)
        for values in sample:
            sheet.append(values)
        for row in iterator:
            sheet.append([_xlsx_value(c) for c in row])

    def write(fh: IO[bytes]) -> None:
        book.save(fh)

    write_atomically_with(path, write)
