"""`quizbuilder privacy ...`: find, export and erase a person's data; purge expired data.

Wired into cli.py like the other groups. ``erase`` asks nothing: on the command line it
is a request already made (scripts answer erasure requests), and it says what it removed.
What is printed names the person asked about and counts, never other people's data.
Their JSON outputs are an API (docs/privacy.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from quizbuilder.services.library import LibraryService
    from quizbuilder.services.privacy import PersonData

Handler = Callable[["LibraryService", argparse.Namespace, TextIO], None]


def _print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def add_commands(
    subparsers: Any, parser_class: type[argparse.ArgumentParser]
) -> dict[str, Handler]:
    group = subparsers.add_parser(
        "privacy",
        help="find, export or erase a person's data; purge expired data",
        description="A person's data, found by e-mail address (case and surrounding spaces "
        "do not matter) across every item: find it, export it as JSON, or erase it at "
        "their request. 'purge' removes the personal data of responses older than their "
        "item's retention period. See docs/privacy.md.",
    )
    actions = group.add_subparsers(
        dest="action", metavar="ACTION", parser_class=parser_class, required=True
    )
    p = actions.add_parser("find", help="say what the library holds about EMAIL")
    p.add_argument("email", metavar="EMAIL")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = actions.add_parser("export", help="write what is held about EMAIL as a JSON file")
    p.add_argument("email", metavar="EMAIL")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    p = actions.add_parser(
        "erase",
        help="erase EMAIL's data everywhere (no question asked)",
        description="Erase the person's responses, leads, consents and contest entries in "
        "every item, keep only a salted hash of the address so that later imports skip "
        "it, and compact the library file so that no trace remains in it.",
    )
    p.add_argument("email", metavar="EMAIL")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = actions.add_parser(
        "purge", help="remove personal data older than each item's retention period"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    return {"privacy": _dispatch}


def _dispatch(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    {"find": _find, "export": _export, "erase": _erase, "purge": _purge}[args.action](
        library, args, out
    )


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _counts(person: PersonData) -> str:
    return (
        f"{_plural(person.responses, 'response')} in {_plural(len(person.items), 'item')} "
        f"({_plural(person.leads, 'lead')}, {_plural(person.consents, 'consent')}, "
        f"{_plural(person.exclusions, 'contest exclusion')})"
    )


def _per_item(person: PersonData, out: TextIO) -> None:
    for item in person.items:
        out.write(
            f"  item {item.id}\t{item.title}: {_plural(len(item.responses), 'response')}, "
            f"{_plural(item.leads, 'lead')}, {_plural(item.consents, 'consent')}, "
            f"{_plural(len(item.exclusions), 'exclusion')}\n"
        )


def _find(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.privacy import find_person

    person = find_person(library, args.email)
    if args.json:
        _print_json(person.summary(), out)
        return
    if not person.items:
        out.write(f"No data held for {person.email}.\n")
    else:
        out.write(f"{person.email}: {_counts(person)}\n")
        _per_item(person, out)
    if person.mentions:
        out.write(f"  also named in the lead of {_plural(person.mentions, 'other response')}\n")
    if person.erased_before:
        out.write("  this address was erased on request before: imports skip it\n")


def _export(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.privacy import export_person

    person = export_person(library, args.email, args.output)
    if person.items:
        out.write(f"{args.output}: the data held for {person.email}, {_counts(person)}\n")
    else:
        out.write(f"{args.output}: no data held for {person.email} (the file says so)\n")


def _warn_leftovers(compacted: bool, backups: list[Path]) -> None:
    err = sys.stderr  # commands get no error stream: warnings go to the process's
    if not compacted:
        err.write(
            "quizbuilder: warning: another program has the library open, so the file could "
            "not be compacted: the removed bytes may remain in it until you close that "
            "program and run this command again\n"
        )
    for backup in backups:
        err.write(
            f"quizbuilder: warning: {backup} is a copy made before a library upgrade and "
            "may still hold personal data; delete it if you no longer need it\n"
        )


def _erase(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.privacy import erase_person

    report = erase_person(library, args.email)
    removed = report.removed
    if args.json:
        _print_json(
            {
                **removed.summary(),
                "compacted": report.compacted,
                "backups": [str(b) for b in report.backups],
            },
            out,
        )
    else:
        if removed.items:
            out.write(f"erased {removed.email}: {_counts(removed)} removed\n")
            _per_item(removed, out)
        else:
            out.write(f"erased {removed.email}: no data was held\n")
        if removed.mentions:
            out.write(f"  removed from the lead of {_plural(removed.mentions, 'other response')}\n")
        out.write("  only a salted hash of the address is kept, so that imports skip it\n")
    _warn_leftovers(report.compacted, report.backups)


def _purge(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.privacy import purge_expired

    report = purge_expired(library)
    if args.json:
        _print_json(report.as_dict(), out)
    elif not report.items:
        out.write("No item has a retention period: nothing to purge.\n")
    else:
        for item in report.items:
            out.write(
                f"item {item.id}\t{item.title}: {_plural(item.purged, 'response')} made "
                f"anonymous (older than {_plural(item.retention_days, 'day')}, before "
                f"{item.before:%Y-%m-%d %H:%M} UTC)\n"
            )
        out.write(f"{_plural(report.purged, 'response')} made anonymous in all\n")
    _warn_leftovers(report.compacted, report.backups if report.purged else [])
