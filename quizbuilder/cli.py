"""The command line: the automation surface. Its commands and JSON outputs are an API.

Exit status: 0 on success, 2 on a user error (one line on stderr, never a traceback),
1 on an internal error. ``quizbuilder`` with no command opens the GUI, through the
``open_gui`` callable that ``app.py`` passes in (this module never imports Qt).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from quizbuilder import __version__, cli_contest, cli_privacy, cli_publish, cli_responses, cli_stats
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.kinds import Kind
from quizbuilder.services.library import ItemDetail, ItemSummary, LibraryService
from quizbuilder.store.engine import default_library_path

# The interop service pulls in the format readers: imported by the commands that need it,
# so that 'list' stays fast. These lists are the same as its own (a test checks it).
IMPORT_FORMATS = ("auto", "json", "jsonl", "gift", "moodle-xml", "aiken", "surveyjs")
EXPORT_FORMATS = ("json", "gift", "moodle-xml")

OpenGui = Callable[[Path | None], int]  # None: no library named on the command line

KIND_NAMES = {
    Kind.POLL: "poll",
    Kind.KNOWLEDGE_QUIZ: "knowledge quiz",
    Kind.PERSONALITY_QUIZ: "personality quiz",
    Kind.SURVEY: "survey",
    Kind.CONTEST: "contest",
}


class UsageError(QuizbuilderError):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2, like any user error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="quizbuilder",
        description="Design polls, quizzes and contests; publish them; read the results. "
        "With no command, opens the application.",
    )
    parser.add_argument("--version", action="version", version=f"quizbuilder {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the library file (default: $QUIZBUILDER_DB, else library.sqlite in the "
        "user's data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = commands.add_parser("list", help="list the items of the library")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--search", default="", metavar="TEXT", help="only items matching TEXT")

    p = commands.add_parser("show", help="show one item")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON (with the whole document)")

    p = commands.add_parser(
        "import",
        help="import content files (.json), question files (GIFT, Moodle XML, Aiken, "
        "SurveyJS) or response files (.jsonl)",
        description="Import content files (items, as 'export' writes them), question files "
        "(GIFT, Moodle XML, Aiken, SurveyJS: see docs/interop.md) or our response files "
        "(JSON Lines). Each file is imported whole or not at all.",
    )
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--format",
        choices=IMPORT_FORMATS,
        default="auto",
        help="the files' format (default: detected from the content and the extension)",
    )
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the questions that can be read and report the others (by default a "
        "question file with a bad question imports nothing)",
    )

    p = commands.add_parser("export", help="write an item as a file (JSON, GIFT, Moodle XML)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="json",
        help="json (our content file, the default), gift or moodle-xml",
    )

    commands.add_parser("demo", help="add the demo items and responses to the library")
    commands.add_parser("gui", help="open the application (the default)")
    GROUPS.update(cli_publish.add_commands(commands))
    GROUPS.update(cli_responses.add_commands(commands, _Parser))
    GROUPS.update(cli_stats.add_commands(commands, _Parser))
    GROUPS.update(cli_privacy.add_commands(commands, _Parser))
    GROUPS.update(cli_contest.add_commands(commands, _Parser))
    return parser


# Handlers of the command groups kept in their own modules (cli_publish, cli_responses),
# filled in when the parser is built.
# A group's handler may return an exit status (None: 0).
GROUPS: dict[str, Callable[[LibraryService, argparse.Namespace, TextIO], int | None]] = {}


def _library_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_library_path()


def _print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _summary_data(s: ItemSummary) -> dict[str, Any]:
    return {
        "id": s.id,
        "uid": s.uid,
        "kind": s.kind.value,
        "title": s.title,
        "questions": s.questions,
        "responses": s.responses,
        "updated_at": s.updated_at.isoformat(),
    }


def _cmd_list(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    rows = library.list_items(args.search)
    if args.json:
        _print_json([_summary_data(r) for r in rows], out)
        return
    if not rows:
        out.write("The library is empty. Try 'quizbuilder demo' or 'quizbuilder import FILE'.\n")
        return
    table = [("ID", "KIND", "TITLE", "QUESTIONS", "RESPONSES", "CHANGED")]
    for r in rows:
        table.append(
            (
                str(r.id),
                KIND_NAMES[r.kind],
                r.title if len(r.title) <= 50 else r.title[:49] + "…",
                str(r.questions),
                str(r.responses),
                r.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        cells = [
            c.rjust(w) if i in (0, 3, 4) else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.write("  ".join(cells).rstrip() + "\n")


def _describe(detail: ItemDetail) -> str:
    s, doc = detail.summary, detail.document
    lines = [
        f"{s.title}  (item {s.id}, {KIND_NAMES[s.kind]}, {doc.language.value})",
        f"  questions: {s.questions}    responses: {s.responses}",
    ]
    if doc.intro:
        lines.append(f"  intro: {doc.intro}")
    if doc.max_score:
        pass_mark = doc.scoring.pass_percent
        lines.append(
            f"  max score: {doc.max_score:g}"
            + (f"    pass mark: {pass_mark:g} %" if pass_mark is not None else "")
        )
    settings = doc.settings
    lines.append(
        f"  layout: {settings.layout.value}    instant feedback: "
        f"{'on' if settings.instant_feedback else 'off'}"
        + ("    shuffled" if settings.shuffle_questions else "")
        + (f"    pool: {settings.pool_size}" if settings.pool_size else "")
        + (f"    timer: {settings.timer.seconds} s" if settings.timer else "")
    )
    if doc.variants:
        lines.append("  variants: " + ", ".join(v.id for v in doc.variants))
    if doc.outcomes:
        lines.append("  outcomes: " + ", ".join(o.title for o in doc.outcomes))
    if doc.contest:
        c = doc.contest
        when = " to ".join(
            c.local(d).strftime("%Y-%m-%d %H:%M") for d in (c.starts_at, c.ends_at) if d
        )
        lines.append(
            f"  contest: {when} ({c.timezone}), {c.winners} winner(s), "
            f"{c.alternates} alternate(s), {len(c.prizes)} prize(s)"
        )
    for n, q in enumerate(doc.questions, 1):
        points = f" [{q.points:g} pt]" if q.scored else ""
        lines.append(f"  {n:>2}. ({q.type.value}) {q.text}{points}")
    for v in detail.versions:
        lines.append(f"  version {v.content_hash[:12]} frozen {v.created_at:%Y-%m-%d %H:%M} UTC")
    return "\n".join(lines) + "\n"


def _cmd_show(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    detail = library.item(args.id)
    if args.json:
        data = _summary_data(detail.summary)
        data["versions"] = [
            {"content_hash": v.content_hash, "created_at": v.created_at.isoformat()}
            for v in detail.versions
        ]
        data["document"] = detail.document.model_dump(mode="json")
        _print_json(data, out)
    else:
        out.write(_describe(detail))


def _file_format(path: Path, forced: str) -> str:
    """The format named by --format, else the one the interop service detects (as the GUI)."""
    if forced != "auto":
        return forced
    from quizbuilder.services.interop import detect_format

    return detect_format(path, path.read_bytes())


def _cmd_import(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    # Commands get no error stream: warnings and reports go to the process's stderr.
    err = sys.stderr
    for path in args.files:
        if not path.is_file():
            raise QuizbuilderError(f"{path}: no such file")
    formats = {path: _file_format(path, args.format) for path in args.files}
    content = [p for p in args.files if formats[p] == "json"]
    responses = [p for p in args.files if formats[p] == "jsonl"]
    question_files = [p for p in args.files if formats[p] not in ("json", "jsonl")]
    new_ids: list[int] = []
    for path in content:
        new_ids += library.import_content(path)
    question_reports = []
    if question_files:
        from quizbuilder.services.interop import import_questions

        for path in question_files:
            report = import_questions(library, path, formats[path], skip_invalid=args.skip_invalid)
            question_reports.append(report)
            new_ids += report.items
            for note in report.notes:
                err.write(f"quizbuilder: warning: {path}: {note}\n")
            for skipped in report.skipped:
                err.write(f"quizbuilder: skipped: {path}: {skipped}\n")
            for not_held in report.not_held:
                err.write(f"quizbuilder: not held: {path}: {not_held}\n")
    from quizbuilder.services.responses import import_jsonl

    reports = [import_jsonl(library, path) for path in responses]
    if args.json:
        if responses or question_files:
            data: dict[str, Any] = {"items": new_ids}
            if responses:
                data["responses"] = [r.as_dict() for r in reports]
            if question_files:
                data["questions"] = [r.as_dict() for r in question_reports]
            _print_json(data, out)
        else:
            _print_json(new_ids, out)
        return
    for item_id in new_ids:
        detail = library.item(item_id)
        out.write(f"{item_id}\t{detail.summary.title}\n")
    for q in question_reports:
        out.write(
            f"{q.file}: {q.questions} questions imported as {len(q.items)} item(s), "
            f"{len(q.skipped)} skipped, {len(q.not_held)} things not held\n"
        )
    for r in reports:
        out.write(
            f"{r.file}: {r.added} responses added, {r.duplicates} already there, "
            f"{r.events_added} events added, {len(r.rejected)} lines rejected\n"
        )
        for rejected in r.rejected:
            out.write(f"  {rejected}\n")


def _cmd_export(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    err = sys.stderr
    if args.format == "json":
        digest = library.export_content(args.id, args.output)
    else:
        from quizbuilder.services.interop import export_item

        report = export_item(library, args.id, args.output, args.format)
        digest = report.content_hash
        for warning in report.warnings:
            err.write(f"quizbuilder: warning: not exported: {warning}\n")
    out.write(f"{args.output}\tversion {digest[:12]}\n")


def _cmd_demo(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.demo import load_demo

    out.write(load_demo(library).message() + "\n")


COMMANDS: dict[str, Callable[[LibraryService, argparse.Namespace, TextIO], None]] = {
    "list": _cmd_list,
    "show": _cmd_show,
    "import": _cmd_import,
    "export": _cmd_export,
    "demo": _cmd_demo,
}


def run(
    argv: Sequence[str] | None = None,
    *,
    open_gui: OpenGui | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = build_parser().parse_args(argv)
        if args.command in (None, "gui"):
            if open_gui is None:
                raise UsageError("no graphical interface available here; give a command")
            named = args.db or (
                Path(os.environ["QUIZBUILDER_DB"]) if os.environ.get("QUIZBUILDER_DB") else None
            )
            return open_gui(named)
        handler = COMMANDS.get(args.command) or GROUPS[args.command]
        if args.command in cli_publish.NO_LIBRARY or cli_contest.needs_no_library(args):
            return handler(None, args, out) or 0  # type: ignore[arg-type]  # no library
        library = LibraryService.open(_library_path(args))
        try:
            status = handler(library, args, out)
        finally:
            library.close()
        return status or 0
    except QuizbuilderError as exc:
        err.write(f"quizbuilder: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        err.write("quizbuilder: interrupted\n")
        return 130
    except BrokenPipeError:  # `quizbuilder stats 2 | head`: the reader has had enough
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the last line of defence: one line, and a way to see more
        if os.environ.get("QUIZBUILDER_DEBUG"):
            traceback.print_exc(file=err)
        err.write(
            f"quizbuilder: internal error: {type(exc).__name__}: {exc} "
            "(set QUIZBUILDER_DEBUG=1 for details; please report it)\n"
        )
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point without the GUI (scripts that must never open a window)."""
    return run(argv)
