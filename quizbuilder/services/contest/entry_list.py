"""Entries from an imported list: a CSV or XLSX of people who entered elsewhere.

A brand may collect entries outside quizbuilder (a form at an event, a partner's list).
Each row becomes a completed response of the contest item, so the list goes through the
same import guarantees as any response file (one transaction, a batch that can be
removed, erased people skipped) and then through the same entries pipeline as the
contest's own form. The rows are turned into our JSON Lines format and imported with the
JSON Lines importer rather than written a second way.

Columns are recognised by their title, whatever the case, accents or punctuation
(``E-mail``, ``Adresse e-mail``, ``Prénom``, ``Date de naissance``, ``Pays``...); a column
titled with a consent's id or purpose says whether that box was ticked (oui / yes / 1 /
x). A response's id is a hash of the row's cells, so importing the same list again adds
nothing, and a longer list later adds only its new rows.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from quizbuilder.domain.content import ItemDocument, Kind, LeadFieldType
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.text import fold
from quizbuilder.formats.responses_jsonl import RejectedLine
from quizbuilder.formats.tabular import Table, read_csv, read_xlsx
from quizbuilder.services.library import LibraryService
from quizbuilder.services.responses import ImportReport, import_jsonl_into
from quizbuilder.store import items as store

# Column titles (folded) -> the lead field type they fill, or a response field.
_TITLES: dict[str, str] = {
    **dict.fromkeys(
        (
            "email",
            "e mail",
            "mail",
            "courriel",
            "adresse e mail",
            "email address",
            "e mail address",
        ),
        "email",
    ),
    **dict.fromkeys(("first name", "firstname", "prenom", "given name"), "first_name"),
    **dict.fromkeys(("last name", "lastname", "nom", "surname", "family name"), "last_name"),
    **dict.fromkeys(
        ("birth date", "birthdate", "date of birth", "date de naissance", "naissance", "dob"),
        "birth_date",
    ),
    **dict.fromkeys(("country", "pays"), "country"),
    **dict.fromkeys(("phone", "telephone", "tel"), "phone"),
    **dict.fromkeys(("postal code", "zip", "zip code", "code postal"), "postal_code"),
    **dict.fromkeys(
        ("date", "submitted at", "submitted", "timestamp", "horodateur", "date de participation"),
        "submitted_at",
    ),
}
_YES = frozenset(("oui", "yes", "y", "o", "true", "vrai", "1", "x"))
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class EntryListError(QuizbuilderError):
    """A list that cannot be read as entries of this contest."""


@dataclass(frozen=True)
class _Columns:
    fields: dict[int, str]  # column -> lead field type or "submitted_at"
    consents: dict[int, tuple[str, str]]  # column -> (consent id, its text version)
    lead_ids: dict[str, str]  # lead field type -> the id the contest's form gives it


def _columns(header: list[str], doc: ItemDocument, path: Path) -> _Columns:
    consent_titles = {}
    for consent in doc.lead_form.consents:
        consent_titles[fold(consent.id)] = (consent.id, consent.version)
        consent_titles[fold(consent.purpose)] = (consent.id, consent.version)
    fields: dict[int, str] = {}
    consents: dict[int, tuple[str, str]] = {}
    for index, title in enumerate(header):
        key = fold(title).replace("_", " ").replace("-", " ")
        key = re.sub(r"\s+", " ", re.sub(r"[^\w ]", " ", key)).strip()
        if key in _TITLES and _TITLES[key] not in fields.values():
            fields[index] = _TITLES[key]
        elif key in consent_titles:
            consents[index] = consent_titles[key]
    if "email" not in fields.values():
        raise EntryListError(
            f"{path.name}: no e-mail column (titles read: {', '.join(header) or 'none'}); "
            "an entry list needs one, titled e.g. 'E-mail' or 'Adresse e-mail'"
        )
    return _Columns(fields, consents, _lead_ids(doc))


def _birth_date(text: str) -> str:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"birth date '{text}' is not a date (2001-04-30 or 30/04/2001)")


def _moment(text: str, zone: ZoneInfo) -> str:
    """An entry's time: ISO (with or without offset) or day first, in the contest's zone."""
    moment: datetime | None = None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        for pattern in ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y"):
            try:
                moment = datetime.strptime(text, pattern)
                break
            except ValueError:
                continue
    if moment is None:
        raise ValueError(
            f"date '{text}' is not a date-time (2026-11-05T14:30:00+01:00 or "
            "05/11/2026 14:30, read in the contest's time zone)"
        )
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.isoformat()


def _lead_ids(doc: ItemDocument) -> dict[str, str]:
    """Lead field type -> the id the contest's form uses for it (else the type's name)."""
    ids = {t.value: t.value for t in LeadFieldType}
    for lead_field in reversed(doc.lead_form.fields):  # the first field of a type wins
        ids[lead_field.type.value] = lead_field.id
    return ids


def _line(row_cells: list[str], columns: _Columns, uid: str, zone: ZoneInfo) -> dict[str, Any]:
    lead_ids = columns.lead_ids
    lead: dict[str, str] = {}
    record: dict[str, Any] = {"type": "response", "format_version": 2, "item": uid}
    for index, name in columns.fields.items():
        value = row_cells[index].strip() if index < len(row_cells) else ""
        if not value:
            continue
        if name == "submitted_at":
            record["submitted_at"] = _moment(value, zone)
        elif name == "email":
            if not _EMAIL.match(value):
                raise ValueError(f"'{value}' is not an e-mail address")
            lead[lead_ids["email"]] = value.strip().lower()
        elif name == "birth_date":
            lead[lead_ids["birth_date"]] = _birth_date(value)
        elif name == "country":
            lead[lead_ids["country"]] = value.upper() if len(value) == 2 else value
        else:
            lead[lead_ids.get(name, name)] = value
    if not lead.get(lead_ids["email"]):
        raise ValueError("no e-mail address")
    consents = []
    for index, (consent_id, version) in columns.consents.items():
        value = row_cells[index] if index < len(row_cells) else ""
        consents.append({"id": consent_id, "version": version, "given": fold(value) in _YES})
    digest = hashlib.sha256("\x1f".join(row_cells).encode("utf-8")).hexdigest()[:24]
    record.update(
        id=f"list-{digest}",
        completed=True,
        answers={},
        lead=lead,
        consents=consents,
        context={"utm_source": "entry-list"},
    )
    return record


def import_entry_list(library: LibraryService, item_id: int, path: Path) -> ImportReport:
    """Import a list of people as entries of contest ``item_id``, in one transaction."""
    path = Path(path)
    with library.session() as s:
        item = store.get_item(s, item_id=item_id)
        if item is None:
            raise EntryListError(f"there is no item {item_id}")
        doc = store.item_document(item)
        uid = item.uid
    if doc.kind != Kind.CONTEST or doc.contest is None:
        raise EntryListError(f"item {item_id} is not a contest")
    zone = ZoneInfo(doc.contest.timezone)
    table: Table = read_xlsx(path) if path.suffix.lower() == ".xlsx" else read_csv(path)
    rejected: list[RejectedLine] = []
    lines: list[str] = []
    origin: list[int] = []  # the list's line of each JSON line
    seen: dict[str, int] = {}
    try:
        columns = _columns(table.header, doc, path)
        for row in table.rows:
            if row.problem:
                rejected.append(RejectedLine(row.line, row.problem))
                continue
            try:
                record = _line(row.cells, columns, uid, zone)
            except ValueError as exc:
                rejected.append(RejectedLine(row.line, str(exc)))
                continue
            count = seen.get(record["id"], 0)
            seen[record["id"]] = count + 1
            if count:  # the same cells twice: two entries (the pipeline keeps one)
                record["id"] = f"{record['id']}-{count + 1}"
            lines.append(json.dumps(record, ensure_ascii=False))
            origin.append(row.line)
    finally:
        table.close()
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / f"{path.stem}.jsonl"
        jsonl.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
        with library.session() as s, s.begin():
            report = import_jsonl_into(s, jsonl, only_item=uid)
    report.file = str(path)
    # Lines the importer refused (an erased person...) are named by the list's lines.
    translated = [
        RejectedLine(origin[r.line - 1] if 0 < r.line <= len(origin) else r.line, r.reason)
        for r in report.rejected
    ]
    report.rejected = sorted(rejected + translated, key=lambda r: r.line)
    return report
