"""`quizbuilder stats ID`: an item's statistics, as text, as JSON (an API) or as reports.

Kept beside cli.py, which wires it in, in the same style as cli_responses.py.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from quizbuilder.services.library import LibraryService

Handler = Callable[["LibraryService", argparse.Namespace, TextIO], None]
REPORTS = ("html", "pdf", "csv", "xlsx")


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is below 0")
    return value


def add_commands(
    subparsers: Any, parser_class: type[argparse.ArgumentParser]
) -> dict[str, Handler]:
    p = subparsers.add_parser(
        "stats",
        help="statistics of item ID's responses",
        description="Participation, drop-off, scores and bands, item analysis, outcomes, "
        "NPS, channels, A/B variants, leaderboard and badges of an item's responses "
        "(definitions in docs/statistics.md); with --html, --pdf, --csv or --xlsx, the "
        "reports instead.",
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--source", metavar="S", help="only responses from this source")
    p.add_argument("--variant", metavar="V", help="only responses to this variant")
    p.add_argument("--since", metavar="DATE", help="only responses submitted from DATE")
    p.add_argument("--until", metavar="DATE", help="only responses submitted up to DATE")
    p.add_argument(
        "--version",
        metavar="HASH",
        help="only responses to this version (its content hash, or the hash's beginning), "
        "scored with that version's answer key",
    )
    p.add_argument(
        "--top", type=_count, default=10, metavar="N", help="places in the leaderboard (10)"
    )
    for kind in REPORTS:
        p.add_argument(
            f"--{kind}", type=Path, metavar="FILE", help=f"write the {kind.upper()} report"
        )
    p.add_argument(
        "--lang",
        choices=("fr", "en"),
        help="the reports' language (default: the item's)",
    )
    return {"stats": _stats}


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f} %"


def _num(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "source": args.source,
        "variant": args.variant,
        "since": args.since,
        "until": args.until,
        "version": args.version,
        "top": args.top,
    }


def _stats(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    if any(getattr(args, kind) is not None for kind in REPORTS):
        _reports(library, args, out)
        return
    from quizbuilder.services.statistics import item_statistics

    data = item_statistics(library, args.id, **_filters(args))
    if args.json:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    _summary(data, out)


def _reports(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    """Write the reports asked for and print the files written (as JSON with --json)."""
    from quizbuilder.services.reports import export_reports

    language = args.lang or library.item(args.id).document.language.value
    written = export_reports(
        library,
        args.id,
        **{kind: getattr(args, kind) for kind in REPORTS},
        language=language,
        **_filters(args),
    )
    if args.json:
        json.dump({"written": [str(p) for p in written]}, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for path in written:
        out.write(f"{path}\n")


def _summary(data: dict[str, Any], out: TextIO) -> None:
    w = out.write
    item = data["item"]
    w(f"{item['title'] or item['uid']} (item {item['id']}, {item['kind']})\n")
    w(
        f"  responses {data['responses']}, completed {data['completed']}, "
        f"completion rate {_pct(data['completion_rate'])}"
        + (f", views {data['views']}" if data["views"] is not None else "")
        + (f", leads {data['leads']}" if data["leads"] is not None else "")
        + "\n"
    )
    score = data["score"]
    if score["max_possible"] is not None:
        w(
            f"  score: mean {_num(score['mean'])}, median {_num(score['median'])}, "
            f"stdev {_num(score['stdev'])}, min {_num(score['min'])}, max {_num(score['max'])}"
            f" of {score['max_possible']:g}"
            + (f", pass rate {_pct(score['pass_rate'])}" if score["pass_rate"] is not None else "")
            + (f", alpha {_num(data['alpha'])}" if data["alpha"] is not None else "")
            + "\n"
        )
    for band in data["bands"]:
        w(f"  band {band['title']} (from {band['min_percent']:g} %): {band['count']}\n")
    time = data["time"]
    if time["median_seconds"] is not None:
        w(
            f"  time to complete: median {time['median_seconds']:.0f} s "
            f"(quartiles {time['q1_seconds']:.0f} s - {time['q3_seconds']:.0f} s)\n"
        )
    for q in data["questions"]:
        w(f"  {q['id']}: {q['text']}\n")
        line = f"    answered {q['answered']}, skipped {q['skipped']}"
        if q["facility"] is not None:
            line += f", facility {_num(q['facility'])}, discrimination {_num(q['discrimination'])}"
        w(line + "\n")
        for o in q["options"]:
            w(f"    {o['count']:>6}  {_pct(o['share']):>8}  {o['label']}\n")
        for flag in q["flags"]:
            w(f"    ! {flag}\n")
    stops = [d for d in data["dropoff"] if d["stopped"]]
    if stops:
        w(
            "  drop-off: "
            + ", ".join(f"{d['stopped']} after {d['question_id']}" for d in stops)
            + "\n"
        )
    for o in data["outcomes"]:
        w(f"  outcome {o['title']}: {o['count']} ({_pct(o['share'])})\n")
    nps = data["nps"]
    if nps is not None:
        w(
            f"  NPS {_num(nps['score'], 0)} ({nps['promoters']} promoters, "
            f"{nps['passives']} passives, {nps['detractors']} detractors)\n"
        )
    for s in data["sources"]:
        w(
            f"  source {s['source'] or '(none)'}: {s['responses']} responses, "
            f"{s['completed']} completed, mean score {_num(s['mean_score'])}"
            + (
                f", engagement {_pct(s['engagement_rate'])} of {s['reach']}"
                if s["reach"] is not None
                else ""
            )
            + "\n"
        )
    for v in data["variants"]:
        ci = v["completion_rate_ci"]
        w(
            f"  variant {v['variant']}: {v['responses']} responses, completion "
            f"{_pct(v['completion_rate'])}"
            + (f" [{_pct(ci[0])} - {_pct(ci[1])}]" if ci else "")
            + f", mean score {_num(v['mean_score'])}\n"
        )
    if data["ab_test"] is not None:
        w(f"  A/B: {data['ab_test']['verdict']}\n")
    for entry in data["leaderboard"]:
        seconds = "" if entry["seconds"] is None else f" in {entry['seconds']:.0f} s"
        w(f"  #{entry['rank']} {entry['pseudonym']}: {entry['score']:g}{seconds}\n")
    for badge in data["badges"]:
        w(f"  badge {badge['title']}: {badge['count']}\n")
