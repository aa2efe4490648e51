"""The SVG charts: well-formed, limited to what Qt and fpdf2 draw, values written out,
text escaped, readable without colour, and a clear chart when there is no data."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from quizbuilder.export.charts import (
    Bar,
    bar_chart,
    format_number,
    format_percent,
    funnel_chart,
    histogram_chart,
    interval_chart,
    item_charts,
    nice_ticks,
    wrap,
)

NS = "{http://www.w3.org/2000/svg}"
ALLOWED = {"svg", "rect", "line", "path", "text", "g"}
NBSP = "\u00a0"  # French puts a no-break space before %


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{NS}svg"
    return root


def texts(root: ET.Element) -> list[ET.Element]:
    return list(root.iter(f"{NS}text"))


def all_text(svg: str) -> str:
    return " | ".join(t.text or "" for t in texts(parse(svg)))


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance, written here from the definition."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


BARS = [Bar("Reels", 42, "42 %"), Bar("Stories", 30, "30 %"), Bar("Carrousel", 28, "28 %")]


def every_chart() -> dict[str, str]:
    return {
        "bars": bar_chart("Formats", BARS, x_label="Réponses", highlight=0),
        "histogram": histogram_chart(
            "Scores",
            [{"from": 0, "to": 1, "count": 2}, {"from": 1, "to": 2, "count": 5}],
            x_label="Score",
            y_label="Participants",
            marker=1.3,
            marker_label="moyenne 1,3",
        ),
        "funnel": funnel_chart("Parcours", [("Vues", 200), ("Débuts", 100), ("Fins", 80)]),
        "interval": interval_chart(
            "A/B", [("A", 0.5, (0.4, 0.6)), ("B", 0.7, (0.6, 0.8))], x_label="Taux"
        ),
        "empty": bar_chart("Rien", []),
    }


@pytest.mark.parametrize("name", list(every_chart()))
def test_charts_are_svg_that_qt_and_fpdf2_both_draw(name: str) -> None:
    svg = every_chart()[name]
    root = parse(svg)
    width, height = float(root.get("width", "0")), float(root.get("height", "0"))
    assert width == 720 and height > 50
    assert root.get("viewBox") == f"0 0 {int(width)} {int(height)}"
    for element in root.iter():
        assert element.tag.removeprefix(NS) in ALLOWED, element.tag
        assert "class" not in element.attrib and "style" not in element.attrib
    for text in texts(root):
        assert text.get("font-family") == "DejaVu Sans, sans-serif"
        assert "dominant-baseline" not in text.attrib
    assert not re.search(r"\b(nan|inf)\b", svg, re.I)  # no NaN coordinate or value


def test_bar_values_and_notes_are_written() -> None:
    text = all_text(bar_chart("Formats", BARS, x_label="Réponses"))
    for bar in BARS:
        assert bar.label in text
        assert f"{int(bar.value)} · {bar.note}" in text
    assert "Réponses" in text and "Formats" in text


def test_bar_lengths_follow_the_values() -> None:
    root = parse(bar_chart("Formats", BARS))
    fill = "#1d4ed8"
    widths = [float(r.get("width", "0")) for r in root.iter(f"{NS}rect") if r.get("fill") == fill]
    assert len(widths) == 3
    assert widths[0] / widths[1] == pytest.approx(42 / 30, rel=0.01)
    assert widths[0] / widths[2] == pytest.approx(42 / 28, rel=0.01)


def test_text_is_escaped() -> None:
    label = 'Tom & Jerry <script>alert("x")</script>'
    svg = bar_chart('Title <b>&</b> "q"', [Bar(label, 3, "<30 %>")], x_label="a & b")
    assert "<script>" not in svg and "<b>" not in svg
    text = all_text(svg)  # parsing proves the escaping is well-formed
    assert 'Title <b>&</b> "q"' in text
    assert "a & b" in text
    assert "<30 %>" in text
    assert "Tom & Jerry" in text


def test_control_characters_do_not_break_the_xml() -> None:
    svg = bar_chart("a\x00b\x1bc", [Bar("x\x0cy", 1)])
    assert "abc" in all_text(svg) and "xy" in all_text(svg)


@pytest.mark.parametrize(
    "svg",
    [
        bar_chart("Q", [], language="en"),
        bar_chart("Q", [Bar("a", 0), Bar("b", 0)], language="en"),
        bar_chart("Q", [Bar("a", math.nan), Bar("b", math.inf)], language="en"),
        histogram_chart("S", [], x_label="x", y_label="y", language="en"),
        histogram_chart(
            "S", [{"from": 0, "to": 1, "count": 0}], x_label="x", y_label="y", language="en"
        ),
        funnel_chart("F", [], language="en"),
        funnel_chart("F", [("Views", 0), ("Starts", 0)], language="en"),
        interval_chart("I", [("A", None, None)], x_label="r", language="en"),
        interval_chart("I", [], x_label="r", language="en"),
    ],
)
def test_empty_data_says_so(svg: str) -> None:
    text = all_text(svg)
    assert "No data yet" in text
    assert "nan" not in svg.lower() and "inf" not in svg.lower()


def test_no_data_is_in_french_by_default() -> None:
    assert "Pas encore de données" in all_text(bar_chart("Q", []))


def test_the_highlighted_bar_is_marked_without_colour() -> None:
    plain = parse(bar_chart("Q", BARS))
    marked = parse(bar_chart("Q", BARS, highlight=1))
    # a tick and a hatching are drawn as paths, and the outline as a stroked rectangle
    assert len(list(plain.iter(f"{NS}path"))) == 0
    assert len(list(marked.iter(f"{NS}path"))) == 2
    outlined = [r for r in marked.iter(f"{NS}rect") if r.get("stroke") and r.get("fill") == "none"]
    assert len(outlined) == 1
    bold = {t.text for t in texts(marked) if t.get("font-weight") == "bold"}
    assert "Stories" in bold and "Reels" not in bold
    # every bar keeps the same fill colour: the mark does not rest on colour
    fills = {r.get("fill") for r in marked.iter(f"{NS}rect")} - {"#ffffff", "none", "#f9fafb"}
    assert fills == {"#1d4ed8"}


def test_several_bars_can_be_highlighted() -> None:
    root = parse(bar_chart("Q", BARS, highlight=[0, 2]))
    assert len(list(root.iter(f"{NS}path"))) == 4


@pytest.mark.parametrize("colour", ["#ffee00", "#ffffff", "#5b3cc4", "#000000", "#7f7f7f"])
def test_text_and_bars_stand_out_whatever_the_theme_colour(colour: str) -> None:
    charts = [
        bar_chart("Q", BARS, colour=colour, highlight=0),
        histogram_chart(
            "S", [{"from": 0, "to": 1, "count": 3}], x_label="x", y_label="y", colour=colour
        ),
        funnel_chart("F", [("a", 3), ("b", 1)], colour=colour),
        interval_chart("I", [("A", 0.5, (0.3, 0.7))], x_label="r", colour=colour),
    ]
    for svg in charts:
        root = parse(svg)
        background = "#ffffff"
        for text in texts(root):
            assert ratio(text.get("fill", ""), background) >= 4.5, text.text
        bars = [
            r
            for r in root.iter(f"{NS}rect")
            if r.get("fill") not in (background, "none", "#f9fafb")
        ]
        assert bars
        for bar in bars:
            assert ratio(bar.get("fill", ""), background) >= 3.0
        for path in root.iter(f"{NS}path"):  # hatching: visible on the bar it crosses
            stroke = path.get("stroke", "")
            if stroke not in ("#1f2937",):
                assert max(ratio(stroke, b.get("fill", "")) for b in bars) >= 4.5


def test_long_labels_are_wrapped_then_cut() -> None:
    label = " ".join(["anticonstitutionnellement"] * 12)
    root = parse(bar_chart("Q", [Bar(label, 1), Bar("court", 2)]))
    lines = [t.text or "" for t in texts(root) if (t.text or "").startswith("anticon")]
    assert len(lines) == 2
    assert lines[-1].endswith("…")


def test_wrap_keeps_short_text_whole_and_limits_lines() -> None:
    assert wrap("Vrai", 200, 12) == ["Vrai"]
    lines = wrap("un deux trois quatre cinq six sept huit neuf dix", 60, 12, lines=3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert wrap("", 100, 12) == [""]


def test_histogram_counts_on_top_and_marker() -> None:
    bins = [{"from": float(k), "to": float(k + 1), "count": c} for k, c in enumerate([1, 4, 0, 7])]
    svg = histogram_chart(
        "Scores", bins, x_label="Points", y_label="Gens", marker=2.5, marker_label="moyenne 2,5"
    )
    root = parse(svg)
    words = [t.text for t in texts(root)]
    for count in ("1", "4", "7"):
        assert count in words
    assert "moyenne 2,5" in words and "Points" in words and "Gens" in words
    dashed = [x for x in root.iter(f"{NS}line") if x.get("stroke-dasharray")]
    assert len(dashed) == 1
    # the marker sits between the edges 2 and 3, in proportion
    edges = {t.text: float(t.get("x", "0")) for t in texts(root) if t.text in ("0", "4")}
    x = float(dashed[0].get("x1", "0"))
    assert x == pytest.approx(edges["0"] + (edges["4"] - edges["0"]) * 2.5 / 4, abs=0.2)


def test_funnel_shows_share_of_first_and_step_conversion() -> None:
    text = all_text(funnel_chart("P", [("Vues", 200), ("Débuts", 50), ("Fins", 40)]))
    assert f"200 (100{NBSP}%)" in text
    assert f"50 (25{NBSP}%)" in text  # 50 of 200
    assert f"40 (20{NBSP}%)" in text  # 40 of 200
    assert f"↓ 25{NBSP}%" in text and f"↓ 80{NBSP}%" in text  # 50/200, then 40/50


def test_interval_chart_writes_rate_and_interval() -> None:
    text = all_text(
        interval_chart("AB", [("A", 0.25, (0.1, 0.4)), ("B", None, None)], x_label="Taux")
    )
    assert f"25{NBSP}% [10{NBSP}% – 40{NBSP}%]" in text
    assert "Pas encore de données" in text  # the row without a rate


def test_numbers_in_french_and_english() -> None:
    assert format_number(1234.5, "fr") == "1\u00a0234,5"
    assert format_number(1234.5, "en") == "1,234.5"
    assert format_number(-3, "en") == "−3"
    assert format_number(None) == "–" and format_number(math.nan) == "–"
    assert format_number(7.25, "en") == "7.3" and format_number(2.0) == "2"  # half up
    assert format_number(0.004, "en", digits=2) == "0" and format_number(-0.001) == "0"
    assert format_number(1e20, "en") == "100,000,000,000,000,000,000"
    assert format_percent(0.425, "fr") == "43\u00a0%"  # 42.5 rounds half up
    assert format_percent(0.426, "en") == "43%"
    assert format_percent(None, "en") == "–"


def test_nice_ticks() -> None:
    assert nice_ticks(42) == [0, 10, 20, 30, 40, 50]
    assert nice_ticks(3, whole=True) == [0, 1, 2, 3]
    assert nice_ticks(0) == [0, 1]
    assert nice_ticks(0.9) == [0, 0.2, 0.4, 0.6, 0.8, 1.0]


def stats() -> dict[str, Any]:
    return {
        "item": {"id": 1, "uid": "u", "title": "Quiz", "kind": "knowledge_quiz"},
        "responses": 10,
        "completed": 8,
        "funnel": [{"step": "view", "count": 20}, {"step": "start", "count": 10}],
        "score": {
            "mean": 1.5,
            "max_possible": 2.0,
            "histogram": [
                {"from": 0.0, "to": 1.0, "count": 2},
                {"from": 1.0, "to": 2.0, "count": 3},
                {"from": 2.0, "to": 3.0, "count": 3},
            ],
        },
        "questions": [
            {
                "id": "q1",
                "text": "Capitale ?",
                "type": "single_choice",
                "answered": 9,
                "skipped": 1,
                "options": [
                    {"id": "a", "label": "Paris", "count": 6, "share": 6 / 9, "correct": True},
                    {"id": "b", "label": "Lyon", "count": 3, "share": 3 / 9},
                ],
            },
            {"id": "q2", "text": "Pourquoi ?", "type": "long_text", "answered": 4, "skipped": 6},
        ],
        "outcomes": [{"id": "o", "title": "Curieux", "count": 5, "share": 1.0}],
        "nps": {"responses": 10, "promoters": 5, "passives": 3, "detractors": 2, "score": 30.0},
        "sources": [{"source": "instagram", "responses": 6, "completion_rate": 0.5}],
        "variants": [
            {"variant": "A", "name": "A", "completion_rate": 0.5, "completion_rate_ci": [0.2, 0.8]}
        ],
    }


def test_item_charts_in_order_with_their_ids() -> None:
    charts = item_charts(stats(), language="fr", colour="#5b3cc4")
    assert [c[0] for c in charts] == [
        "funnel",
        "score",
        "question-q1",
        "question-q2",
        "outcomes",
        "nps",
        "sources",
        "variants",
    ]
    titles = dict((c[0], c[1]) for c in charts)
    assert titles["question-q1"] == "Q1. Capitale ?"
    assert titles["nps"] == "Net Promoter Score : +30"
    for _, title, svg in charts:
        assert title in all_text(svg)


def test_item_charts_mark_the_right_answer_and_speak_english() -> None:
    charts = dict((c[0], c[2]) for c in item_charts(stats(), language="en"))
    q1 = charts["question-q1"]
    assert "6 · 67% · ✓ right answer" in all_text(q1)
    assert len(list(parse(q1).iter(f"{NS}path"))) == 2
    assert "Views" in all_text(charts["funnel"]) and "mean 1.5" in all_text(charts["score"])
    text_question = all_text(charts["question-q2"])  # no options: answered against skipped
    assert "Answered" in text_question and "4 · 40%" in text_question


def test_item_charts_survive_old_or_empty_statistics() -> None:
    charts = item_charts({}, language="en")
    assert [c[0] for c in charts] == ["funnel"]
    assert "No data yet" in all_text(charts[0][2])
    newer = {
        **stats(),
        "dropoff": [
            {"question_id": "q1", "text": "Capitale ?", "position": 1, "reached": 10, "stopped": 2}
        ],
        "bands": [{"title": "Expert", "min_percent": 80, "count": 3, "share": 0.3}],
        "score": None,
        "questions": [{"id": "q1", "options": None, "answered": None}],
    }
    ids = [c[0] for c in item_charts(newer, language="en")]
    assert ids[:3] == ["funnel", "dropoff", "bands"]
    dropoff = dict((c[0], c[2]) for c in item_charts(newer, language="en"))["dropoff"]
    assert "2 · 20% of those who saw it" in all_text(dropoff)
