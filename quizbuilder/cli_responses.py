"""`quizbuilder responses ...`: import, list, batches, remove-batch, rescore.

Kept beside cli.py, which wires it in, in the same style: handlers take the open
library, the parsed arguments and the output stream. Their JSON outputs are an API.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from quizbuilder.services.library import LibraryService

Handler = Callable[["LibraryService", argparse.Namespace, TextIO], None]
SOURCES = ("auto", "quizbuilder", "google-forms", "typeform", "ms-forms", "surveymonkey", "csv")


def _print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def add_commands(
    subparsers: Any, parser_class: type[argparse.ArgumentParser]
) -> dict[str, Handler]:
    group = subparsers.add_parser(
        "responses",
        help="import and look after an item's responses",
        description="Import responses from our JSON Lines or from Google Forms, Typeform, "
        "Microsoft Forms, SurveyMonkey or any CSV/XLSX (with a column mapping), and look "
        "after them.",
    )
    actions = group.add_subparsers(
        dest="action", metavar="ACTION", parser_class=parser_class, required=True
    )
    p = actions.add_parser("import", help="import a response file into item ID")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--source",
        choices=SOURCES,
        default="auto",
        help="the tool that made the file (default: detected)",
    )
    p.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE",
        help="a saved column mapping (JSON) for any other CSV or XLSX",
    )
    p.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the zone of dates written without one (default: this computer's)",
    )
    p.add_argument(
        "--rejects",
        type=Path,
        metavar="FILE",
        help="also save the rejected lines as CSV (line, reason)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = actions.add_parser("list", help="list item ID's responses")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--limit", type=int, metavar="N")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = actions.add_parser("batches", help="list the imports into item ID")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = actions.add_parser("remove-batch", help="remove an import and what it brought")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("batch", type=int, metavar="BATCH")

    p = actions.add_parser("rescore", help="score item ID's responses again with its key")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    return {"responses": _dispatch}


def _dispatch(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    {
        "import": _import,
        "list": _list,
        "batches": _batches,
        "remove-batch": _remove,
        "rescore": _rescore,
    }[args.action](library, args, out)


def _import(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.formats.sources import Mapping
    from quizbuilder.services.response_import import ImportOptions, import_responses

    mapping = Mapping.load(args.mapping) if args.mapping else None
    result = import_responses(
        library,
        args.id,
        args.file,
        ImportOptions(source=args.source, mapping=mapping, timezone=args.timezone),
    )
    if args.rejects:
        with args.rejects.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(["line", "reason"])
            writer.writerows((r.line, r.reason) for r in result.rejected)
    if args.json:
        _print_json(result.as_dict(), out)
        return
    if result.already_imported:
        out.write(f"{args.file}: already imported (batch {result.batch}); nothing added\n")
        return
    out.write(
        f"{args.file}: {result.source}, {result.imported} responses imported, "
        f"{result.duplicates} already there, {len(result.rejected)} rejected"
        + (f" (batch {result.batch})" if result.batch else "")
        + "\n"
    )
    for title in result.unmatched_columns:
        out.write(f"  column not matched to a question: {title}\n")
    for text in result.questions_without_column:
        out.write(f"  question with no column in the file: {text}\n")
    for unknown in result.unknown_values[:20]:
        out.write(
            f"  line {unknown.line}, column '{unknown.column}': unknown value "
            f"{unknown.value!r} (kept as an 'other' answer)\n"
        )
    if result.unknown_count > 20:
        out.write(f"  ... {result.unknown_count - 20} more unknown values\n")
    if result.disagreement_count:
        line, ours, theirs = result.score_disagreements[0]
        out.write(
            f"  {result.disagreement_count} scores differ from the file's own "
            f"(first: line {line}, ours {ours:g}, theirs {theirs:g})\n"
        )
    for rejected in result.rejected[:20]:
        out.write(f"  rejected {rejected}\n")
    if len(result.rejected) > 20:
        out.write(
            f"  ... {len(result.rejected) - 20} more rejected lines"
            + (f" (all in {args.rejects})" if args.rejects else " (--rejects FILE)")
            + "\n"
        )


def _list(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.response_admin import list_responses

    rows = list_responses(library, args.id, args.limit)
    if args.json:
        _print_json([r.as_dict() for r in rows], out)
        return
    for r in rows:
        when = r.submitted_at.strftime("%Y-%m-%d %H:%M") if r.submitted_at else "-"
        score = f"{r.score:g}/{r.max_score:g}" if r.score is not None and r.max_score else ""
        out.write(
            f"{r.id}\t{when}\t{'done' if r.completed else 'partial'}\t{score}\t"
            f"{r.outcome or ''}\t{r.source or ''}\t{r.variant or ''}\n"
        )


def _batches(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.response_admin import list_batches

    batches = list_batches(library, args.id)
    if args.json:
        _print_json([b.as_dict() for b in batches], out)
        return
    for b in batches:
        out.write(
            f"{b.id}\t{b.created_at:%Y-%m-%d %H:%M}\t{b.source}\t{b.file_name}\t"
            f"{b.added} added, {b.duplicates} duplicates, {b.rejected} rejected\n"
        )


def _remove(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.response_admin import remove_batch

    removed = remove_batch(library, args.id, args.batch)
    out.write(f"batch {args.batch} removed with its {removed} responses\n")


def _rescore(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.response_admin import rescore

    report = rescore(library, args.id)
    if args.json:
        _print_json(report.as_dict(), out)
        return
    out.write(
        f"{report.responses} responses scored again with version {report.version[:12]}: "
        f"{report.changed} scores changed\n"
    )
    for change in report.changed_questions:
        out.write(f"  {change}\n")
    if report.mean_before is not None and report.mean_after is not None:
        out.write(f"  mean score {report.mean_before:.2f} -> {report.mean_after:.2f}\n")
