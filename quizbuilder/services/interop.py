"""Question files in and out: GIFT, Moodle XML, Aiken and SurveyJS in; GIFT and Moodle
XML out (our own JSON stays with ``LibraryService``).

An import reads the whole file, builds its items (one per Moodle category, one per
file otherwise), then adds them in one transaction through ``add_item_file``: all or
nothing. A file with questions that cannot be read imports nothing unless the caller
accepts to skip them (``skip_invalid``); the report then lists what was skipped, and
always what the content model could not hold. See docs/interop.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizbuilder.atomic import write_atomically
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.formats import aiken, gift, moodle_xml, surveyjs
from quizbuilder.formats.content_json import Asset, ItemFile
from quizbuilder.formats.question_import import (
    FileUnreadable,
    ImportResult,
    InvalidQuestions,
    NotHeld,
    ParseError,
    bulk,
)
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.store import items as store

IMPORT_FORMATS = ("auto", "json", "jsonl", "gift", "moodle-xml", "aiken", "surveyjs")
EXPORT_FORMATS = ("json", "gift", "moodle-xml")
QUESTION_FORMATS = ("gift", "moodle-xml", "aiken", "surveyjs")
EXTENSIONS = {"gift": ".gift", "moodle-xml": ".xml", "json": ".json"}

_AIKEN_ANSWER = re.compile(r"^[ \t]*ANSWER:[ \t]*[A-Z]", re.M)
_AIKEN_CHOICE = re.compile(r"^[ \t]*[A-Z][).][ \t]?\S", re.M)
_GIFT_SIGNS = re.compile(r"\{[^}]*\}|^[ \t]*::|^[ \t]*\$CATEGORY:", re.M)


class UnknownFormat(QuizbuilderError):
    pass


@dataclass
class QuestionImportReport:
    """What importing one question file did."""

    file: str
    format: str
    items: list[int] = field(default_factory=list)
    questions: int = 0
    not_held: list[NotHeld] = field(default_factory=list)
    skipped: list[ParseError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # about the file as a whole

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.format,
            "items": self.items,
            "questions": self.questions,
            "not_held": [n.as_dict() for n in self.not_held],
            "skipped": [e.as_dict() for e in self.skipped],
            "notes": self.notes,
        }


@dataclass
class ExportReport:
    file: str
    format: str
    content_hash: str
    warnings: list[str]


def detect_format(path: Path, data: bytes) -> str:
    """The format of a file, from its content and its extension."""
    suffix = path.suffix.lower()
    text = data.decode("utf-8-sig", errors="replace")
    head = text.lstrip()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if head.startswith(("<?xml", "<quiz", "<!DOCTYPE", "<!--")):
        return "moodle-xml"
    if head.startswith("{"):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None
        if isinstance(whole, dict):
            if whole.get("format") == "quizbuilder-item":
                return "json"
            return "surveyjs" if surveyjs.looks_like_surveyjs(whole) else "json"
        try:
            first = json.loads(head.split("\n", 1)[0])
        except json.JSONDecodeError:
            first = None
        if isinstance(first, dict) and first.get("type") in ("response", "event"):
            return "jsonl"
        if suffix == ".json":
            return "json"  # its reader says where the JSON is broken
    by_suffix = {".gift": "gift", ".xml": "moodle-xml", ".aiken": "aiken", ".json": "json"}
    if suffix in by_suffix:
        return by_suffix[suffix]
    if _AIKEN_ANSWER.search(text) and _AIKEN_CHOICE.search(text) and "{" not in text:
        return "aiken"
    if _GIFT_SIGNS.search(text):
        return "gift"
    raise UnknownFormat(
        f"{path}: cannot tell the format of this file (GIFT, Moodle XML, Aiken, SurveyJS, "
        "quizbuilder JSON?); name it with --format"
    )


def _decode(data: bytes) -> tuple[str, list[str]]:
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), [
            "the file is not UTF-8: it was read as Windows-1252 (check accented letters)"
        ]


def read_question_file(path: Path, fmt: str = "auto") -> tuple[str, ImportResult, list[str]]:
    """(format, what it gave, notes on the file) for a GIFT, Moodle XML, Aiken or SurveyJS
    file; nothing is added to any library."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise QuizbuilderError(f"{path}: cannot read: {exc.strerror}") from None
    if fmt == "auto":
        fmt = detect_format(Path(path), data)
    if fmt not in QUESTION_FORMATS:
        raise UnknownFormat(
            f"{path}: {fmt} is not a question format ({', '.join(QUESTION_FORMATS)})"
        )
    title = Path(path).stem
    try:
        if fmt == "moodle-xml":
            return fmt, moodle_xml.read_moodle_xml(data, title), []
        text, notes = _decode(data)
        if fmt == "gift":
            return fmt, gift.read_gift(text, title), notes
        if fmt == "aiken":
            return fmt, aiken.read_aiken(text, title), notes
        return fmt, surveyjs.read_surveyjs(text, title), notes
    except FileUnreadable as exc:
        raise FileUnreadable(f"{path}: {exc}") from None


def import_questions(
    library: LibraryService, path: Path, fmt: str = "auto", *, skip_invalid: bool = False
) -> QuestionImportReport:
    """Add the items of a question file, all of them or none."""
    fmt, result, notes = read_question_file(path, fmt)
    if result.errors and not skip_invalid:
        raise InvalidQuestions(str(path), result.errors)
    report = QuestionImportReport(str(path), fmt, [], 0, result.not_held, result.errors, notes)
    if not result.items:
        raise QuizbuilderError(
            f"{path}: no question to import"
            + (f" ({len(result.errors)} skipped)" if result.errors else "")
        )
    with bulk():  # storing a big item serializes many small objects too
        report.items = library.add_item_file(
            ItemFile([(None, document) for document in result.items], result.assets)
        )
    report.questions = sum(len(d.questions) for d in result.items)
    return report


def export_item(library: LibraryService, item_id: int, path: Path, fmt: str) -> ExportReport:
    """Write the item as GIFT or Moodle XML (or our JSON) and freeze its version."""
    if fmt not in EXPORT_FORMATS:
        raise UnknownFormat(f"cannot export to {fmt} (choose {', '.join(EXPORT_FORMATS)})")
    if fmt == "json":
        return ExportReport(str(path), fmt, library.export_content(item_id, path), [])
    with library.session() as s, s.begin():
        item = store.get_item(s, item_id=item_id)
        if item is None:
            raise ItemNotFound(item_id)
        document = store.item_document(item)
        if fmt == "gift":
            text, warnings = gift.write_gift(document)
        else:
            hashes = [r.asset for r in document.image_refs()]
            assets = {
                sha: Asset(a.media_type, a.data)
                for sha, a in store.get_assets(s, hashes=hashes).items()
            }
            text, warnings = moodle_xml.write_moodle_xml(document, assets)
        version = store.freeze_version(s, item=item, document=document)
        try:
            write_atomically(Path(path), text.encode("utf-8"))
        except OSError as exc:
            raise QuizbuilderError(f"{path}: cannot write: {exc.strerror}") from None
        return ExportReport(str(path), fmt, version.content_hash, warnings)
