"""`quizbuilder contest ...`: entries, exclusions, rules, commitment, draw, winners, verify.

Kept beside cli.py, which wires it in, in the same style as cli_responses.py: handlers
take the open library, the parsed arguments and the output stream, and their JSON
outputs are an API (docs/command-line.md, docs/contests.md). Two actions answer with an
exit status of their own, which the handler returns: ``rules`` (1 when the rules have
errors) and ``verify`` (1 when the certificate does not verify). ``verify`` opens no
library (``needs_no_library``): anyone given the files can check a draw.

Outputs name entries by response id and pseudonym; only ``winners``, the organiser's
contact list, shows e-mail addresses.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from quizbuilder.services.contest import ContestEntries
    from quizbuilder.services.library import LibraryService

Handler = Callable[["LibraryService", argparse.Namespace, TextIO], int | None]
LANGUAGES = ("fr", "en")
_LISTED = 20  # rejections and flags printed as text; --json gives them all


def _print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def needs_no_library(args: argparse.Namespace) -> bool:
    """Whether the parsed command checks files only (``contest verify``)."""
    return getattr(args, "command", None) == "contest" and getattr(args, "action", None) == "verify"


def add_commands(
    subparsers: Any, parser_class: type[argparse.ArgumentParser]
) -> dict[str, Handler]:
    group = subparsers.add_parser(
        "contest",
        help="a contest's entries, rules and verifiable draw",
        description="Check a contest's entries and rules, publish the draw's commitment, "
        "draw the winners with a certificate anyone can verify, replace a winner, and "
        "verify a certificate (docs/contests.md).",
    )
    actions = group.add_subparsers(
        dest="action", metavar="ACTION", parser_class=parser_class, required=True
    )
    p = actions.add_parser("entries", help="who may win contest ID, who may not and why")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = actions.add_parser(
        "import-list", help="add entries from a list of people (CSV or XLSX) to contest ID"
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="a column 'E-mail'; optional names, birth date, "
        "country, date, and one column per consent (titled with its id or purpose)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    for name, what in (("exclude", "leave an entry out of the draw"), ("reinstate", "undo it")):
        p = actions.add_parser(name, help=f"{what} (the reason is recorded)")
        p.add_argument("id", type=int, metavar="ID")
        p.add_argument("entry", metavar="ENTRY", help="the entry's id (see 'contest entries')")
        p.add_argument("--reason", required=True, metavar="TEXT", help="why (required)")

    p = actions.add_parser("rules", help="check the rules; write them as HTML or PDF")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--lang", choices=LANGUAGES, help="the rules' language (default: the item's)")
    p.add_argument("--html", type=Path, metavar="FILE", help="write the rules as HTML")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="write the rules as PDF")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = actions.add_parser("commit", help="make the draw's commitment, to publish before closing")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument(
        "--beacon",
        metavar="NAME",
        help="a future public randomness round whose value the draw will mix in, e.g. "
        "'drand quicknet round 12345678'",
    )
    p.add_argument(
        "--force-reason",
        metavar="TEXT",
        help="commit after the contest closed, for this reason (shown in the certificate)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = actions.add_parser("draw", help="draw the winners and write the certificate")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--beacon-value", metavar="V", help="the value of the beacon named at commit")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="where to write the certificate (default: exports/<contest uid>)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = actions.add_parser("substitute", help="replace a winner by the next alternate")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("winner", metavar="WINNER", help="the winner's entry id or pseudonym")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why (shown in the log)")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="where to write the updated certificate (default: where the draw wrote it)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = actions.add_parser("winners", help="the winners' contact details, for the organiser only")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = actions.add_parser("verify", help="check a draw certificate (no library needed)")
    p.add_argument("certificate", type=Path, metavar="CERT.json")
    p.add_argument(
        "--entries", type=Path, metavar="FILE", help="the frozen entry list, to redo the draw"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    return {"contest": _dispatch}


def _dispatch(library: LibraryService, args: argparse.Namespace, out: TextIO) -> int | None:
    handlers: dict[str, Handler] = {
        "entries": _entries,
        "import-list": _import_list,
        "exclude": _exclude,
        "reinstate": _reinstate,
        "rules": _rules,
        "commit": _commit,
        "draw": _draw,
        "substitute": _substitute,
        "winners": _winners,
        "verify": _verify,
    }
    return handlers[args.action](library, args, out)


def _entries(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.contest import entries

    report = entries(library, args.id)
    if args.json:
        _print_json(report.as_dict(), out)
        return
    _write_entries(report, out)


def _write_entries(report: ContestEntries, out: TextIO) -> None:
    w = out.write
    sources = " and ".join(f"'{title}' (item {i})" for i, title in report.sources)
    count = len(report.candidates)
    w(f"{report.title} (contest {report.item_id}): {count} responses to {sources}\n")
    before = len(report.candidates)
    for step in report.report.steps:
        w(f"  {step.title}: {before} -> {step.kept}\n")
        before = step.kept
    tickets = sum(report.entries.values())
    w(f"{len(report.entries)} eligible entries, {tickets} tickets\n")
    p = report.pseudonyms
    rejected = report.report.rejected
    if rejected:
        w(f"Not eligible ({len(rejected)}):\n")
        for r in rejected[:_LISTED]:
            w(f"  {r.id}\t{p[r.id]}\t{r.step}: {r.reason}\n")
        if len(rejected) > _LISTED:
            w(f"  ... {len(rejected) - _LISTED} more (--json lists them all)\n")
    flags = report.report.flags
    if flags:
        w(f"To review ({len(flags)} flags; a flag removes nothing):\n")
        for f in flags[:_LISTED]:
            w(f"  {f.id}\t{p[f.id]}\t{f.kind}: {f.detail}\n")
        if len(flags) > _LISTED:
            w(f"  ... {len(flags) - _LISTED} more (--json lists them all)\n")
    if report.exclusions:
        w(f"Excluded by the organiser ({len(report.exclusions)}):\n")
        for entry, reason in sorted(report.exclusions.items()):
            w(f"  {entry}\t{p.get(entry, '')}\t{reason}\n")


def _import_list(library: LibraryService, args: argparse.Namespace, out: TextIO) -> int:
    from quizbuilder.services.contest import import_entry_list

    report = import_entry_list(library, args.id, args.file)
    if args.json:
        _print_json(report.as_dict(), out)
    else:
        out.write(
            f"{report.added} entries added, {report.duplicates} already there, "
            f"{len(report.rejected)} rejected (from {args.file})\n"
        )
        for rejected in report.rejected:
            out.write(f"  line {rejected.line}: {rejected.reason}\n")
    return 0


def _exclude(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.contest import exclude

    exclude(library, args.id, args.entry, args.reason)
    out.write(f"entry {args.entry} excluded from contest {args.id}\n")


def _reinstate(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.contest import reinstate

    reinstate(library, args.id, args.entry, args.reason)
    out.write(f"entry {args.entry} of contest {args.id} reinstated\n")


def _rules(library: LibraryService, args: argparse.Namespace, out: TextIO) -> int:
    from quizbuilder.services.contest import export_rules

    result = export_rules(library, args.id, language=args.lang, html=args.html, pdf=args.pdf)
    if args.json:
        _print_json(result.as_dict(), out)
    else:
        for problem in result.problems:
            out.write(f"{problem.severity}: {problem.field}: {problem.message}\n")
        if not result.problems:
            out.write("no problems found\n")
        out.write(f"rules hash ({result.language}): {result.rules_hash}\n")
        for path in (result.html, result.pdf):
            if path is not None:
                out.write(f"{path}\n")
    return 1 if result.has_errors else 0


def _commit(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.contest import commit

    made = commit(library, args.id, beacon=args.beacon, force_reason=args.force_reason)
    if args.json:
        _print_json(made.as_dict(), out)
        return
    out.write(f"Publish this before the contest closes (contest {args.id}):\n")
    for line in made.announcement().splitlines():
        out.write(f"  {line}\n")
    if made.beacon:
        out.write(f"The draw will need the value of {made.beacon} (--beacon-value).\n")


def _draw(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.contest import draw

    result = draw(library, args.id, beacon_value=args.beacon_value, out_dir=args.output)
    if args.json:
        _print_json(result.as_dict(), out)
        return
    cert = result.certificate
    out.write(
        f"Draw {result.draw_id} of contest {args.id}: {cert['entry_count']} entries, "
        f"{cert['ticket_count']} tickets\n"
    )
    out.write("Winners:\n")
    for n, w in enumerate(result.winners, start=1):
        out.write(f"  {n}. {w.pseudonym}\t{w.entry}\n")
    if result.alternates:
        out.write("Alternates, in order:\n")
        for n, a in enumerate(result.alternates, start=1):
            out.write(f"  {n}. {a.pseudonym}\t{a.entry}\n")
    files = result.files
    out.write(f"Certificate: {files.certificate}\n  {files.html}\n  {files.pdf}\n")
    out.write(f"Entry list: {files.entries}\n")
    out.write(f"Contact details (for you only): quizbuilder contest winners {args.id}\n")


def _substitute(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.contest import substitute

    result = substitute(library, args.id, args.winner, args.reason, out_dir=args.output)
    if args.json:
        _print_json(result.as_dict(), out)
        return
    old, new = result.replaced, result.replacement
    by = f"{new.pseudonym} ({new.entry})" if new else "nobody: no alternate is left"
    out.write(f"{old.pseudonym} ({old.entry}) replaced by {by}\n")
    out.write(f"Certificate updated: {result.files.certificate}\n")


def _winners(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.contest import winners

    found = winners(library, args.id)
    if args.json:
        _print_json([w.as_dict() for w in found], out)
        return
    out.write(
        "Contact details of the drawn entrants: personal data for the organiser only; "
        "publish pseudonyms, not these.\n"
    )
    for w in found:
        name = " ".join(x for x in (w.first_name, w.last_name) if x)
        out.write(
            f"{w.role}\t{w.rank}\t{w.pseudonym}\t{name}\t{w.email or '-'}\t{w.entry}"
            + (f"\t{w.prize}" if w.prize else "")
            + "\n"
        )


def _verify(library: LibraryService | None, args: argparse.Namespace, out: TextIO) -> int:
    from quizbuilder.services.contest import verify

    problems = verify(args.certificate, args.entries)
    if args.json:
        _print_json(
            {
                "verified": not problems,
                "entries_checked": args.entries is not None,
                "problems": problems,
            },
            out,
        )
    elif problems:
        out.write(f"{args.certificate}: does NOT verify:\n")
        for problem in problems:
            out.write(f"  {problem}\n")
    else:
        out.write(f"{args.certificate}: verified\n")
        if args.entries is None:
            out.write(
                "  (commitment, seeds and substitutions checked; give --entries to redo "
                "the draw and check the winners)\n"
            )
    return 1 if problems else 0
