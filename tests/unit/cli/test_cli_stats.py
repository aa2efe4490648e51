"""`quizbuilder stats ID`, driven through a parser built with cli_stats.add_commands."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from quizbuilder import cli_stats
from quizbuilder.domain.content import Kind
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import LibraryService
from tests.unit.services.test_statistics import KEYS


def run(library: LibraryService, *argv: str) -> str:
    parser = argparse.ArgumentParser(prog="quizbuilder")
    commands = parser.add_subparsers(dest="command", required=True)
    handlers = cli_stats.add_commands(commands, argparse.ArgumentParser)
    args = parser.parse_args(list(argv))
    out = io.StringIO()
    handlers[args.command](library, args, out)
    return out.getvalue()


@pytest.fixture
def items(library: LibraryService) -> dict[Kind, int]:
    load_demo(library)
    return {i.kind: i.id for i in library.list_items()}


def test_json_has_the_documented_keys(library: LibraryService, items: dict[Kind, int]) -> None:
    data = json.loads(run(library, "stats", str(items[Kind.KNOWLEDGE_QUIZ]), "--json"))
    assert set(data) >= KEYS
    assert {
        "mean",
        "median",
        "stdev",
        "min",
        "max",
        "max_possible",
        "pass_rate",
        "histogram",
    } <= set(data["score"])
    q = data["questions"][0]
    assert {"id", "text", "answered", "skipped", "options", "facility", "discrimination"} <= set(q)
    v = data["variants"][0]
    assert {"variant", "responses", "completion_rate", "completion_rate_ci", "mean_score"} <= set(v)


def test_filters_reach_the_service(library: LibraryService, items: dict[Kind, int]) -> None:
    quiz = str(items[Kind.KNOWLEDGE_QUIZ])
    everything = json.loads(run(library, "stats", quiz, "--json"))
    b = json.loads(run(library, "stats", quiz, "--json", "--variant", "B"))
    assert b["responses"] < everything["responses"] and b["filters"]["variant"] == "B"
    source = everything["sources"][0]["source"]
    only = json.loads(run(library, "stats", quiz, "--json", "--source", source))
    assert only["responses"] == everything["sources"][0]["responses"]
    none = json.loads(
        run(library, "stats", quiz, "--json", "--since", "2999-01-01", "--until", "2999-12-31")
    )
    assert none["responses"] == 0 and none["score"]["mean"] is None


def test_text_summary(library: LibraryService, items: dict[Kind, int]) -> None:
    text = run(library, "stats", str(items[Kind.KNOWLEDGE_QUIZ]))
    assert "completion rate" in text and "score: mean" in text and "A/B:" in text
    assert "facility" in text
    survey = run(library, "stats", str(items[Kind.SURVEY]))
    assert "NPS" in text or "NPS" in survey


def test_version_and_top(library: LibraryService, items: dict[Kind, int]) -> None:
    quiz = str(items[Kind.KNOWLEDGE_QUIZ])
    everything = json.loads(run(library, "stats", quiz, "--json", "--top", "3"))
    assert {"dropoff", "bands", "leads", "leaderboard", "badges", "versions", "available"} <= set(
        everything
    )
    assert [e["rank"] for e in everything["leaderboard"]] == sorted(
        e["rank"] for e in everything["leaderboard"]
    )
    assert len(everything["leaderboard"]) == 3
    [version] = everything["versions"]
    short = version["content_hash"][:10]
    one = json.loads(run(library, "stats", quiz, "--json", "--version", short))
    assert one["filters"]["version"] == version["content_hash"]
    assert one["responses"] == version["responses"] == everything["responses"]
    with pytest.raises(SystemExit):
        run(library, "stats", quiz, "--top", "-2")


def test_reports_are_written_and_listed(
    library: LibraryService, items: dict[Kind, int], tmp_path: Path
) -> None:
    quiz = str(items[Kind.KNOWLEDGE_QUIZ])
    html, table = tmp_path / "r.html", tmp_path / "r.csv"
    out = run(library, "stats", quiz, "--html", str(html), "--csv", str(table), "--lang", "en")
    listed = out.splitlines()
    assert str(html) in listed and str(table) in listed
    assert html.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert table.stat().st_size > 0
    pdf = tmp_path / "r.pdf"
    written = json.loads(run(library, "stats", quiz, "--pdf", str(pdf), "--json", "--source", "x"))
    assert written == {"written": [str(pdf)]} and pdf.read_bytes().startswith(b"%PDF")


def test_text_shows_the_new_sections(library: LibraryService, items: dict[Kind, int]) -> None:
    text = run(library, "stats", str(items[Kind.KNOWLEDGE_QUIZ]))
    assert "band " in text and "#1 " in text and "badge Perfect score" in text
    assert "drop-off:" in text and "leads " in text
    assert "@" not in text
