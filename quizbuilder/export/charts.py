"""The result charts, drawn once as SVG for the results screen, the reports and PNGs.

The app shows these strings with Qt's SVG renderer (SVG Tiny 1.2) and the PDF report
draws them with fpdf2, so they keep to what both understand: rect, line, path, text and
g with inline attributes; no CSS, no patterns, clip paths, filters or
``dominant-baseline`` (text is placed on its baseline by hand). Text widths are measured
with the DejaVu Sans metrics shipped in resources/fonts, so that labels are wrapped or
cut with an ellipsis before they run into a bar.

Every chart is readable without colour: values and percentages are written at each bar,
and a highlighted bar (the right answer) is also hatched, ticked and labelled in bold.
All text is dark grey on white (more than 7:1), and bars are darkened until they stand
out from the white background (3:1, WCAG's rule for graphics). Missing, empty or
non-finite data gives a chart that says "no data yet", never an error or a NaN.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

from PIL import ImageFont

from quizbuilder.export.embed import contrast, ensure_contrast
from quizbuilder.paths import RESOURCES

FONT_FAMILY = "DejaVu Sans, sans-serif"
FONTS = RESOURCES / "fonts"
DEFAULT_COLOUR = "#1d4ed8"
BACKGROUND = "#ffffff"
INK = "#1f2937"  # titles, labels, values: 14.7:1 on white
MUTED = "#4b5563"  # axis ticks, legends: 7.6:1 on white
GRID = "#e5e7eb"
AXIS = "#6b7280"
MIN_TEXT_CONTRAST = 4.5
MIN_GRAPHIC_CONTRAST = 3.0
MIN_WIDTH = 320

PAD = 16
TITLE_SIZE = 16
TITLE_LINE = 20
LABEL_SIZE = 12
LABEL_LINE = 15
SMALL_SIZE = 11
BAR_HEIGHT = 18
ELLIPSIS = "…"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0
_BLANKS = re.compile(r"[ \t\r\n\f\v\x85\u2028\u2029]+")  # not the no-break spaces

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "no_data": "Pas encore de données",
        "funnel_legend": (
            "(x %) : part de la première étape · ↓ : passage d’une étape à la suivante"
        ),
        "funnel": "Parcours des participants",
        "view": "Vues",
        "start": "Débuts",
        "complete": "Réponses terminées",
        "dropoff": "Où les participants s’arrêtent",
        "stopped_axis": "Participants arrêtés à cette question",
        "stopped_note": "{share} de ceux qui l’ont vue",
        "score": "Répartition des scores",
        "score_axis": "Score (points)",
        "people": "Participants",
        "mean": "moyenne {value}",
        "bands": "Niveaux atteints",
        "question": "Q{number}. {text}",
        "answers": "Réponses",
        "answers_mean": "Réponses (moyenne : {value})",
        "answered": "Ont répondu",
        "skipped": "Sans réponse",
        "correct": "✓ bonne réponse",
        "outcomes": "Profils obtenus",
        "nps": "Net Promoter Score : {score}",
        "promoters": "Promoteurs (9-10)",
        "passives": "Passifs (7-8)",
        "detractors": "Détracteurs (0-6)",
        "sources": "Participations par canal",
        "direct": "(direct)",
        "completed_share": "{share} terminées",
        "variants": "Variantes A/B : taux de complétion",
        "rate_axis": "Taux de complétion, avec son intervalle de confiance à 95 %",
    },
    "en": {
        "no_data": "No data yet",
        "funnel_legend": "(x%): share of the first step · ↓: conversion from the step before",
        "funnel": "Participation funnel",
        "view": "Views",
        "start": "Starts",
        "complete": "Completions",
        "dropoff": "Where participants stop",
        "stopped_axis": "Participants who stopped at this question",
        "stopped_note": "{share} of those who saw it",
        "score": "Score distribution",
        "score_axis": "Score (points)",
        "people": "Participants",
        "mean": "mean {value}",
        "bands": "Levels reached",
        "question": "Q{number}. {text}",
        "answers": "Answers",
        "answers_mean": "Answers (mean: {value})",
        "answered": "Answered",
        "skipped": "Skipped",
        "correct": "✓ right answer",
        "outcomes": "Outcomes",
        "nps": "Net Promoter Score: {score}",
        "promoters": "Promoters (9-10)",
        "passives": "Passives (7-8)",
        "detractors": "Detractors (0-6)",
        "sources": "Participation by channel",
        "direct": "(direct)",
        "completed_share": "{share} completed",
        "variants": "A/B variants: completion rate",
        "rate_axis": "Completion rate, with its 95% confidence interval",
    },
}


def texts(language: str) -> dict[str, str]:
    """The chart wording in ``language``; English for a language we do not have."""
    return TEXTS.get(language, TEXTS["en"])


# --- numbers --------------------------------------------------------------------------


def finite(value: Any) -> float | None:
    """``value`` as a float if it is a real, finite number (not a bool), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def format_number(value: Any, language: str = "fr", *, digits: int = 1) -> str:
    """``1 234,5`` in French, ``1,234.5`` in English, rounded half up as people expect
    (7.25 gives 7.3); a dash for nothing or NaN."""
    number = finite(value)
    if number is None:
        return "–"
    if abs(number) < 1e15:
        exact = Decimal(repr(number)).quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)
        text = f"{exact:,f}"
    else:
        text = f"{number:,.0f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    if language == "fr":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text.replace("-", "−")


def format_percent(share: Any, language: str = "fr", *, digits: int = 0) -> str:
    """A share from 0 to 1 as ``42 %`` (French, no-break space) or ``42%``."""
    number = finite(share)
    if number is None:
        return "–"
    text = format_number(100 * number, language, digits=digits)
    return f"{text}\u00a0%" if language == "fr" else f"{text}%"


def format_signed(value: Any, language: str = "fr") -> str:
    """A score that may be negative, with its sign either way (an NPS: ``+37,5``)."""
    number = finite(value)
    if number is None:
        return "–"
    return ("+" if number > 0 else "") + format_number(number, language)


def _nice_step(span: float, target: int) -> float:
    raw = span / max(1, target)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns


def nice_ticks(maximum: float, *, target: int = 5, whole: bool = False) -> list[float]:
    """Round axis ticks from 0 to at least ``maximum`` (whole steps for counts)."""
    if maximum <= 0:
        return [0.0, 1.0]
    step = _nice_step(maximum, target)
    if whole:
        step = max(1.0, math.ceil(step))
    count = math.ceil(maximum / step - 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def _axis_ticks(maximum: float, length: float, language: str, *, whole: bool) -> list[float]:
    """Ticks whose labels do not run into each other along an axis ``length`` long."""
    ticks: list[float] = []
    for target in (5, 4, 3, 2, 1):
        ticks = nice_ticks(maximum, target=target, whole=whole)
        widest = max(text_width(format_number(t, language), SMALL_SIZE) for t in ticks)
        if length / max(1, len(ticks) - 1) >= widest + 10:
            break
    return ticks


# --- text -----------------------------------------------------------------------------


@cache
def _font(bold: bool) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), 100)


@cache
def _char_width(char: str, bold: bool) -> float:
    return _font(bold).getlength(char) / 100


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in pixels of ``text`` set in DejaVu Sans at ``size`` (no kerning)."""
    return sum(_char_width(c, bold) for c in text) * size


def clean(text: Any) -> str:
    """One line of displayable text: no control characters, spaces collapsed."""
    return _BLANKS.sub(" ", _CONTROL.sub("", str(text))).strip()


def _ellipsise(text: str, width: float, size: float, bold: bool) -> str:
    if text_width(text, size, bold=bold) <= width:
        return text
    while text and text_width(text + ELLIPSIS, size, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def wrap(text: str, width: float, size: float, *, bold: bool = False, lines: int = 2) -> list[str]:
    """``text`` broken into at most ``lines`` lines that fit ``width``; the last line
    ends with an ellipsis when some text is left over, and a word too long for a line
    is cut."""
    words = clean(text).split(" ")
    result: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold=bold) <= width:
            current = candidate
            continue
        if current:
            result.append(current)
        current = word
        if len(result) == lines - 1:
            rest = " ".join(words[index:])
            result.append(_ellipsise(rest, width, size, bold))
            return result
        while text_width(current, size, bold=bold) > width and len(result) < lines - 1:
            cut = len(current)
            while cut > 1 and text_width(current[:cut], size, bold=bold) > width:
                cut -= 1
            result.append(current[:cut])
            current = current[cut:]
    if current or not result:
        result.append(_ellipsise(current, width, size, bold))
    return result[:lines]


def _escape(text: str) -> str:
    return (
        clean(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
    )


def _n(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


# --- colours --------------------------------------------------------------------------


def bar_colour(colour: str | None) -> str:
    """The theme colour, darkened or lightened until a bar stands out on white."""
    chosen = colour if colour and re.fullmatch(r"#[0-9a-fA-F]{6}", colour) else DEFAULT_COLOUR
    return ensure_contrast(chosen.lower(), [BACKGROUND], MIN_GRAPHIC_CONTRAST)


def on_colour(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (always at least 4.5:1)."""
    return "#ffffff" if contrast("#ffffff", colour) >= contrast("#000000", colour) else "#000000"


# --- the SVG document -----------------------------------------------------------------


class _Svg:
    """An SVG document built element by element, every attribute inline."""

    def __init__(self, width: int, title: str) -> None:
        self.width = width
        self.title = title
        self.parts: list[str] = []

    def rect(self, x: float, y: float, w: float, h: float, fill: str, **extra: str) -> None:
        attrs = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in extra.items())
        self.parts.append(
            f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(max(0.0, w))}" '
            f'height="{_n(max(0.0, h))}" fill="{fill}"{attrs}/>'
        )

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        stroke: str,
        width: float = 1,
        **extra: str,
    ) -> None:
        attrs = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in extra.items())
        self.parts.append(
            f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" '
            f'stroke="{stroke}" stroke-width="{_n(width)}"{attrs}/>'
        )

    def path(self, d: str, *, fill: str = "none", stroke: str = "none", width: float = 1) -> None:
        self.parts.append(
            f'<path d="{d}" fill="{fill}" stroke="{stroke}" stroke-width="{_n(width)}" '
            'stroke-linecap="round" stroke-linejoin="round"/>'
        )

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float = LABEL_SIZE,
        fill: str = INK,
        anchor: str = "start",
        bold: bool = False,
        transform: str = "",
    ) -> None:
        """Text whose baseline is at ``y``."""
        weight = ' font-weight="bold"' if bold else ""
        turn = f' transform="{transform}"' if transform else ""
        self.parts.append(
            f'<text x="{_n(x)}" y="{_n(y)}" font-family="{FONT_FAMILY}" '
            f'font-size="{_n(size)}" fill="{fill}" text-anchor="{anchor}"{weight}{turn}>'
            f"{_escape(text)}</text>"
        )

    def finish(self, height: float) -> str:
        h = math.ceil(height)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{self.width}" '
            f'height="{h}" viewBox="0 0 {self.width} {h}" role="img" '
            f'aria-label="{_escape(self.title)}">'
            f'<rect x="0" y="0" width="{self.width}" height="{h}" fill="{BACKGROUND}"/>'
            + "".join(self.parts)
            + "</svg>"
        )


def _start(title: str, width: int) -> tuple[_Svg, float]:
    """A new chart with its title drawn; returns it and the y where the plot starts."""
    width = max(MIN_WIDTH, int(width))
    svg = _Svg(width, clean(title))
    y = float(PAD)
    for line in wrap(title, width - 2 * PAD, TITLE_SIZE, bold=True, lines=3):
        y += TITLE_LINE
        svg.text(PAD, y - 5, line, size=TITLE_SIZE, bold=True)
    return svg, y + 10


def _no_data(svg: _Svg, top: float, language: str) -> str:
    box = 84
    svg.rect(PAD, top, svg.width - 2 * PAD, box, "#f9fafb", stroke=AXIS, stroke_dasharray="6 4")
    svg.text(
        svg.width / 2,
        top + box / 2 + 5,
        texts(language)["no_data"],
        size=14,
        fill=MUTED,
        anchor="middle",
    )
    return svg.finish(top + box + PAD)


def _hatch(svg: _Svg, x: float, y: float, w: float, h: float, colour: str) -> None:
    """Diagonal stripes across a rectangle (drawn, since SVG Tiny has no patterns)."""
    if w <= 2 or h <= 2:
        return
    step = 7.0
    segments = []
    k = -h
    while k < w:
        # the line x = x0 + k + t, y = y1 - t for t in [0, h], kept inside the rectangle
        t0 = max(0.0, -k)
        t1 = min(h, w - k)
        if t1 > t0:
            segments.append(f"M{_n(x + k + t0)} {_n(y + h - t0)}L{_n(x + k + t1)} {_n(y + h - t1)}")
        k += step
    svg.path("".join(segments), stroke=on_colour(colour), width=1.6)


def _tick_mark(svg: _Svg, x: float, y_middle: float) -> None:
    """A check mark 12 px wide, centred on ``y_middle``."""
    svg.path(
        f"M{_n(x)} {_n(y_middle)}l4 4.5l8 -9.5",
        stroke=INK,
        width=2.6,
    )


# --- horizontal bars ------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    note: str = ""  # e.g. "42 %", written after the value


def _highlights(highlight: int | Collection[int] | None) -> frozenset[int]:
    if highlight is None:
        return frozenset()
    if isinstance(highlight, int):
        return frozenset({highlight})
    return frozenset(highlight)


def bar_chart(
    title: str,
    bars: Sequence[Bar],
    *,
    x_label: str = "",
    colour: str = DEFAULT_COLOUR,
    highlight: int | Collection[int] | None = None,
    width: int = 720,
    language: str = "fr",
) -> str:
    """Horizontal bars with their labels on the left and value and note on the right.

    ``highlight``: the index (or indexes) of bars to mark, e.g. the right answers; they
    are hatched, ticked and labelled in bold, so the mark does not rest on colour.
    """
    svg, top = _start(title, width)
    values = [finite(b.value) for b in bars]
    if not bars or not any(v for v in values):
        return _no_data(svg, top, language)
    fill = bar_colour(colour)
    marked = _highlights(highlight)
    inner = svg.width - 2 * PAD
    value_texts = [
        format_number(v, language) + (f" · {clean(b.note)}" if clean(b.note) else "")
        for v, b in zip(values, bars, strict=True)
    ]
    value_w = min(inner * 0.34, max(text_width(t, LABEL_SIZE, bold=True) for t in value_texts) + 10)
    label_w = min(
        inner * 0.36,
        max(text_width(clean(b.label), LABEL_SIZE, bold=True) for b in bars) + 4,
    )
    label_w = max(label_w, 60.0)
    gutter = 24.0 if marked else 10.0
    x0 = PAD + label_w + gutter
    plot_w = svg.width - PAD - value_w - x0
    ticks = _axis_ticks(
        max(v or 0.0 for v in values),
        plot_w,
        language,
        whole=all((v or 0.0).is_integer() for v in values),
    )
    top_value = ticks[-1]

    def x_of(value: float) -> float:
        return x0 + plot_w * max(0.0, value) / top_value

    rows: list[tuple[float, float, list[str]]] = []
    y = top
    for index, bar in enumerate(bars):
        lines = wrap(bar.label, label_w, LABEL_SIZE, bold=index in marked, lines=2)
        row_h = float(max(BAR_HEIGHT + 8, len(lines) * LABEL_LINE + 8))
        rows.append((y, row_h, lines))
        y += row_h + 4
    plot_bottom = y
    for tick in ticks:
        svg.line(x_of(tick), top - 4, x_of(tick), plot_bottom, GRID)
    for index, ((row_y, row_h, lines), value, text) in enumerate(
        zip(rows, values, value_texts, strict=True)
    ):
        middle = row_y + row_h / 2
        bold = index in marked
        first = middle - (len(lines) - 1) * LABEL_LINE / 2 + 4
        for i, line in enumerate(lines):
            svg.text(PAD, first + i * LABEL_LINE, line, bold=bold)
        bar_end = x_of(value or 0.0)
        svg.rect(x0, middle - BAR_HEIGHT / 2, bar_end - x0, BAR_HEIGHT, fill)
        if bold:
            _hatch(svg, x0, middle - BAR_HEIGHT / 2, bar_end - x0, BAR_HEIGHT, fill)
            svg.rect(
                x0,
                middle - BAR_HEIGHT / 2,
                bar_end - x0,
                BAR_HEIGHT,
                "none",
                stroke=INK,
                stroke_width="1.5",
            )
            _tick_mark(svg, x0 - gutter + 5, middle)
        svg.text(
            bar_end + 6,
            middle + 4,
            _ellipsise(text, svg.width - PAD - bar_end - 6, LABEL_SIZE, bold),
            bold=bold,
        )
    svg.line(x0, top - 4, x0, plot_bottom, AXIS)
    return _finish_axis(svg, ticks, x_of, plot_bottom, x_label, language, percent=False)


def _finish_axis(
    svg: _Svg,
    ticks: Sequence[float],
    x_of: Any,
    bottom: float,
    x_label: str,
    language: str,
    *,
    percent: bool,
) -> str:
    svg.line(x_of(ticks[0]), bottom, x_of(ticks[-1]), bottom, AXIS)
    for tick in ticks:
        label = format_percent(tick, language) if percent else format_number(tick, language)
        svg.line(x_of(tick), bottom, x_of(tick), bottom + 4, AXIS)
        svg.text(x_of(tick), bottom + 17, label, size=SMALL_SIZE, fill=MUTED, anchor="middle")
    y = bottom + 17
    if clean(x_label):
        for line in wrap(x_label, svg.width - 2 * PAD, LABEL_SIZE, lines=2):
            y += LABEL_LINE + 2
            svg.text(svg.width / 2, y, line, fill=MUTED, anchor="middle")
    return svg.finish(y + PAD)


# --- vertical bars: the score histogram -----------------------------------------------


def histogram_chart(
    title: str,
    bins: Sequence[Mapping[str, float]],
    *,
    x_label: str,
    y_label: str,
    colour: str = DEFAULT_COLOUR,
    marker: float | None = None,
    marker_label: str = "",
    width: int = 720,
    language: str = "fr",
) -> str:
    """Vertical bars over ``bins`` ({from, to, count}), counts on top, axes with ticks,
    and an optional dashed marker (the mean) at ``marker``."""
    svg, top = _start(title, width)
    clean_bins = [
        (lo, hi, max(0.0, count))
        for b in bins
        if (lo := finite(b.get("from"))) is not None
        and (hi := finite(b.get("to"))) is not None
        and (count := finite(b.get("count"))) is not None
        and hi > lo
    ]
    if not clean_bins or not any(c for _, _, c in clean_bins):
        return _no_data(svg, top, language)
    fill = bar_colour(colour)
    ticks = nice_ticks(max(c for _, _, c in clean_bins), target=4, whole=True)
    tick_w = max(text_width(format_number(t, language), SMALL_SIZE) for t in ticks)
    left = PAD + 20 + tick_w + 8
    right = svg.width - PAD - 8
    plot_top = top + (18 if marker is not None and marker_label else 8)
    plot_h = 200.0
    bottom = plot_top + plot_h
    lo_all, hi_all = clean_bins[0][0], max(hi for _, hi, _ in clean_bins)

    def x_of(value: float) -> float:
        return left + (right - left) * (value - lo_all) / (hi_all - lo_all)

    def y_of(count: float) -> float:
        return bottom - plot_h * count / ticks[-1]

    for tick in ticks:
        svg.line(left, y_of(tick), right, y_of(tick), GRID)
        svg.text(
            left - 6,
            y_of(tick) + 4,
            format_number(tick, language),
            size=SMALL_SIZE,
            fill=MUTED,
            anchor="end",
        )
    narrowest = min(x_of(hi) - x_of(lo) for lo, hi, _ in clean_bins)
    count_size = SMALL_SIZE if narrowest >= 22 else 9
    for lo, hi, count in clean_bins:
        x1, x2 = x_of(lo) + 1, x_of(hi) - 1
        svg.rect(x1, y_of(count), x2 - x1, bottom - y_of(count), fill)
        if count:
            svg.text(
                (x1 + x2) / 2,
                y_of(count) - 4,
                format_number(count, language),
                size=count_size,
                anchor="middle",
            )
    svg.line(left, plot_top, left, bottom, AXIS)
    svg.line(left, bottom, right, bottom, AXIS)
    edges = [clean_bins[0][0], *(hi for _, hi, _ in clean_bins)]
    every = max(1, math.ceil(len(edges) * 34 / (right - left)))
    for index, edge in enumerate(edges):
        if index % every and index != len(edges) - 1:
            continue
        svg.line(x_of(edge), bottom, x_of(edge), bottom + 4, AXIS)
        svg.text(
            x_of(edge),
            bottom + 17,
            format_number(edge, language),
            size=SMALL_SIZE,
            fill=MUTED,
            anchor="middle",
        )
    mark = finite(marker)
    if mark is not None and lo_all <= mark <= hi_all:
        x = x_of(mark)
        svg.line(x, plot_top - 4, x, bottom, INK, 2, stroke_dasharray="5 4")
        if clean(marker_label):
            label = clean(marker_label)
            half = text_width(label, SMALL_SIZE, bold=True) / 2
            centre = min(max(x, left + half), right - half)
            svg.text(centre, plot_top - 8, label, size=SMALL_SIZE, bold=True, anchor="middle")
    y = bottom + 17
    if clean(x_label):
        y += LABEL_LINE + 2
        svg.text(
            (left + right) / 2,
            y,
            _ellipsise(clean(x_label), right - left, LABEL_SIZE, False),
            fill=MUTED,
            anchor="middle",
        )
    if clean(y_label):
        label = _ellipsise(clean(y_label), plot_h, LABEL_SIZE, False)
        cx, cy = PAD + 10, plot_top + plot_h / 2
        svg.text(
            0,
            0,
            label,
            fill=MUTED,
            anchor="middle",
            transform=f"translate({_n(cx)} {_n(cy)}) rotate(-90)",
        )
    return svg.finish(y + PAD)


# --- the funnel -----------------------------------------------------------------------


def funnel_chart(
    title: str,
    steps: Sequence[tuple[str, int]],
    *,
    colour: str = DEFAULT_COLOUR,
    width: int = 720,
    language: str = "fr",
) -> str:
    """One centred bar per step, its count and share of the first step on the right,
    and between two steps the share that went on to the next."""
    svg, top = _start(title, width)
    counts = [max(0.0, finite(count) or 0.0) for _, count in steps]
    if not steps or not any(counts):
        return _no_data(svg, top, language)
    fill = bar_colour(colour)
    first = counts[0]
    inner = svg.width - 2 * PAD
    notes = [
        format_number(c, language) + (f" ({format_percent(c / first, language)})" if first else "")
        for c in counts
    ]
    value_w = max(text_width(n, LABEL_SIZE, bold=True) for n in notes) + 12
    label_w = min(inner * 0.3, max(text_width(clean(s), LABEL_SIZE) for s, _ in steps) + 8)
    x0 = PAD + label_w + 10
    plot_w = svg.width - PAD - value_w - x0
    centre = x0 + plot_w / 2
    biggest = max(counts)
    y = top
    for index, ((label, _), count, note) in enumerate(zip(steps, counts, notes, strict=True)):
        if index:
            before = counts[index - 1]
            step = format_percent(count / before, language) if before else "–"
            svg.text(centre, y + 13, f"↓ {step}", size=SMALL_SIZE, fill=MUTED, anchor="middle")
            y += 20
        middle = y + 14
        bar_w = max(2.0, plot_w * count / biggest) if count else 0.0
        svg.text(PAD, middle + 4, _ellipsise(clean(label), label_w, LABEL_SIZE, False))
        svg.rect(centre - bar_w / 2, middle - 12, bar_w, 24, fill)
        svg.text(svg.width - PAD - value_w + 8, middle + 4, note, bold=True)
        y += 28
    y += 6
    for line in wrap(texts(language)["funnel_legend"], inner, SMALL_SIZE, lines=2):
        y += LABEL_LINE
        svg.text(PAD, y, line, size=SMALL_SIZE, fill=MUTED)
    return svg.finish(y + PAD)


# --- rates with their confidence intervals --------------------------------------------


def interval_chart(
    title: str,
    rows: Sequence[tuple[str, float | None, tuple[float, float] | None]],
    *,
    x_label: str,
    colour: str = DEFAULT_COLOUR,
    width: int = 720,
    language: str = "fr",
) -> str:
    """One line per row: its rate (0 to 1) as a square, its 95 % interval as a bar with
    end caps, and both written out on the right."""
    svg, top = _start(title, width)
    rates = [finite(rate) for _, rate, _ in rows]
    if not rows or all(r is None for r in rates):
        return _no_data(svg, top, language)
    fill = bar_colour(colour)
    inner = svg.width - 2 * PAD
    notes = []
    for rate, (_, _, ci) in zip(rates, rows, strict=True):
        text = format_percent(rate, language) if rate is not None else texts(language)["no_data"]
        if rate is not None and ci is not None:
            lo, hi = finite(ci[0]), finite(ci[1])
            if lo is not None and hi is not None:
                text += f" [{format_percent(lo, language)} – {format_percent(hi, language)}]"
        notes.append(text)
    value_w = max(text_width(n, LABEL_SIZE) for n in notes) + 12
    label_w = min(inner * 0.3, max(text_width(clean(r[0]), LABEL_SIZE, bold=True) for r in rows))
    label_w = max(label_w, 40.0)
    x0 = PAD + label_w + 14
    plot_w = svg.width - PAD - value_w - x0 - 8
    ticks = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]

    def x_of(share: float) -> float:
        return x0 + plot_w * min(1.0, max(0.0, share))

    y = top
    placed = []
    for (label, _, ci), rate, note in zip(rows, rates, notes, strict=True):
        lines = wrap(label, label_w, LABEL_SIZE, bold=True, lines=2)
        row_h = max(30.0, len(lines) * LABEL_LINE + 10)
        placed.append((y, row_h, lines, rate, ci, note))
        y += row_h
    bottom = y
    for tick in ticks:
        svg.line(x_of(tick), top - 4, x_of(tick), bottom, GRID)
    for row_y, row_h, lines, rate, ci, note in placed:
        middle = row_y + row_h / 2
        first = middle - (len(lines) - 1) * LABEL_LINE / 2 + 4
        for i, line in enumerate(lines):
            svg.text(PAD, first + i * LABEL_LINE, line, bold=True)
        if rate is not None:
            lo = finite(ci[0]) if ci else None
            hi = finite(ci[1]) if ci else None
            if lo is not None and hi is not None:
                svg.line(x_of(lo), middle, x_of(hi), middle, fill, 3)
                for end in (lo, hi):
                    svg.line(x_of(end), middle - 7, x_of(end), middle + 7, fill, 2)
            svg.rect(x_of(rate) - 6, middle - 6, 12, 12, fill, stroke=INK, stroke_width="1.5")
        svg.text(svg.width - PAD - value_w + 8, middle + 4, note)
    svg.line(x0, top - 4, x0, bottom, AXIS)
    return _finish_axis(svg, ticks, x_of, bottom, x_label, language, percent=True)


# --- every chart of an item's statistics ----------------------------------------------


def _question_chart(
    number: int, question: Mapping[str, Any], t: Mapping[str, str], colour: str, language: str
) -> str:
    title = t["question"].format(number=number, text=clean(question.get("text") or ""))
    options = question.get("options") or []
    if options:
        bars = [
            Bar(
                clean(o.get("label") or o.get("id") or ""),
                finite(o.get("count")) or 0.0,
                format_percent(o.get("share"), language)
                + (f" · {t['correct']}" if o.get("correct") else ""),
            )
            for o in options
        ]
        right = [i for i, o in enumerate(options) if o.get("correct")]
        mean = finite(question.get("mean"))
        x_label = (
            t["answers_mean"].format(value=format_number(mean, language, digits=2))
            if mean is not None
            else t["answers"]
        )
        return bar_chart(
            title,
            bars,
            x_label=x_label,
            colour=colour,
            highlight=right or None,
            language=language,
        )
    answered = finite(question.get("answered")) or 0.0
    skipped = finite(question.get("skipped")) or 0.0
    total = answered + skipped
    bars = [
        Bar(t["answered"], answered, format_percent(answered / total, language) if total else ""),
        Bar(t["skipped"], skipped, format_percent(skipped / total, language) if total else ""),
    ]
    return bar_chart(title, bars, x_label=t["people"], colour=colour, language=language)


def _mapping(stats: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = stats.get(key)
    return value if isinstance(value, Mapping) else {}


def _rows(stats: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = stats.get(key)
    return [r for r in value if isinstance(r, Mapping)] if isinstance(value, list) else []


def item_charts(
    stats: Mapping[str, Any], *, language: str = "fr", colour: str | None = None
) -> list[tuple[str, str, str]]:
    """The charts of an item's statistics, in the order the app and the reports show
    them, as (chart id, title, SVG): funnel, drop-off, score, levels, one per question,
    outcomes, NPS, channels, A/B variants. A chart whose statistic does not apply to
    the item (no score, no outcomes, no NPS question...) is left out; one that applies
    but has no answers yet says so."""
    t = texts(language)
    fill = bar_colour(colour)
    charts: list[tuple[str, str, str]] = []

    def add(chart_id: str, title: str, svg: str) -> None:
        charts.append((chart_id, clean(title), svg))

    funnel = _rows(stats, "funnel")
    steps = [
        (t.get(str(s.get("step")), clean(s.get("step") or "")), s.get("count") or 0) for s in funnel
    ]
    add("funnel", t["funnel"], funnel_chart(t["funnel"], steps, colour=fill, language=language))

    dropoff = _rows(stats, "dropoff")
    if any(finite(d.get("stopped")) for d in dropoff):  # not when nobody stopped
        bars = [
            Bar(
                t["question"].format(
                    number=d.get("position") or i + 1, text=clean(d.get("text") or "")
                ),
                finite(d.get("stopped")) or 0.0,
                t["stopped_note"].format(
                    share=format_percent((finite(d.get("stopped")) or 0) / reached, language)
                )
                if (reached := finite(d.get("reached")) or 0)
                else "",
            )
            for i, d in enumerate(dropoff)
        ]
        add(
            "dropoff",
            t["dropoff"],
            bar_chart(
                t["dropoff"], bars, x_label=t["stopped_axis"], colour=fill, language=language
            ),
        )

    score = _mapping(stats, "score")
    if score.get("max_possible"):
        mean = finite(score.get("mean"))
        add(
            "score",
            t["score"],
            histogram_chart(
                t["score"],
                _rows(score, "histogram"),
                x_label=t["score_axis"],
                y_label=t["people"],
                colour=fill,
                marker=mean,
                marker_label=t["mean"].format(value=format_number(mean, language)),
                language=language,
            ),
        )

    bands = _rows(stats, "bands")
    if bands:
        bars = [
            Bar(
                clean(b.get("title") or ""),
                finite(b.get("count")) or 0.0,
                format_percent(b.get("share"), language),
            )
            for b in bands
        ]
        add(
            "bands",
            t["bands"],
            bar_chart(t["bands"], bars, x_label=t["people"], colour=fill, language=language),
        )

    for number, question in enumerate(_rows(stats, "questions"), start=1):
        title = t["question"].format(number=number, text=clean(question.get("text") or ""))
        add(
            f"question-{question.get('id', number)}",
            title,
            _question_chart(number, question, t, fill, language),
        )

    outcomes = _rows(stats, "outcomes")
    if outcomes:
        bars = [
            Bar(
                clean(o.get("title") or o.get("id") or ""),
                finite(o.get("count")) or 0.0,
                format_percent(o.get("share"), language),
            )
            for o in outcomes
        ]
        add(
            "outcomes",
            t["outcomes"],
            bar_chart(t["outcomes"], bars, x_label=t["people"], colour=fill, language=language),
        )

    nps = stats.get("nps")
    if isinstance(nps, Mapping):
        total = finite(nps.get("responses")) or 0.0
        title = t["nps"].format(score=format_signed(nps.get("score"), language))
        bars = [
            Bar(
                t[key],
                finite(nps.get(key)) or 0.0,
                format_percent((finite(nps.get(key)) or 0) / total, language) if total else "",
            )
            for key in ("promoters", "passives", "detractors")
        ]
        add(
            "nps",
            title,
            bar_chart(title, bars, x_label=t["people"], colour=fill, language=language),
        )

    sources = _rows(stats, "sources")
    if sources:
        bars = [
            Bar(
                clean(s.get("source") or t["direct"]),
                finite(s.get("responses")) or 0.0,
                t["completed_share"].format(
                    share=format_percent(s.get("completion_rate"), language)
                ),
            )
            for s in sources
        ]
        add(
            "sources",
            t["sources"],
            bar_chart(t["sources"], bars, x_label=t["people"], colour=fill, language=language),
        )

    variants = _rows(stats, "variants")
    if variants:
        rows = []
        for v in variants:
            ci = v.get("completion_rate_ci")
            interval = (ci[0], ci[1]) if isinstance(ci, list | tuple) and len(ci) == 2 else None
            rows.append(
                (
                    clean(v.get("name") or v.get("variant") or ""),
                    finite(v.get("completion_rate")),
                    interval,
                )
            )
        add(
            "variants",
            t["variants"],
            interval_chart(
                t["variants"], rows, x_label=t["rate_axis"], colour=fill, language=language
            ),
        )
    return charts
