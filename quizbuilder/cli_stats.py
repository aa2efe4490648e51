"""`quizbuilder stats ID`: an item's statistics, as text or as JSON (an API).

Kept beside cli.py, which wires it in, in the same style as cli_responses.py.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from quizbuilder.services.library import LibraryService

Handler = Callable[["LibraryService", argparse.Namespace, TextIO], None]


def add_commands(
    subparsers: Any, parser_class: type[argparse.ArgumentParser]
) -> dict[str, Handler]:
    p = subparsers.add_parser(
        "stats",
        help="statistics of item ID's responses",
        description="Participation, scores, item analysis, outcomes, NPS, channels and "
        "A/B variants of an item's responses (definitions in the design notes).",
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--source", metavar="S", help="only responses from this source")
    p.add_argument("--variant", metavar="V", help="only responses to this variant")
    p.add_argument("--since", metavar="DATE", help="only responses submitted from DATE")
    p.add_argument("--until", metavar="DATE", help="only responses submitted up to DATE")
    return {"stats": _stats}


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f} %"


def _num(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _stats(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.statistics import item_statistics

    data = item_statistics(
        library,
        args.id,
        source=args.source,
        variant=args.variant,
        since=args.since,
        until=args.until,
    )
    if args.json:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    w = out.write
    item = data["item"]
    w(f"{item['title'] or item['uid']} (item {item['id']}, {item['kind']})\n")
    w(
        f"  responses {data['responses']}, completed {data['completed']}, "
        f"completion rate {_pct(data['completion_rate'])}"
        + (f", views {data['views']}" if data["views"] is not None else "")
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
    time = data["time"]
    if time["median_seconds"] is not None:
        w(f"  time to complete: median {time['median_seconds']:.0f} s\n")
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
            f"{s['completed']} completed, mean score {_num(s['mean_score'])}\n"
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
