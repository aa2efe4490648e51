"""Import of response files: our JSON Lines (other sources come with the import issue).

An import is one transaction: it lands whole or not at all. Responses already in the
library (same item, same response id) and events already there are counted as
duplicates and skipped, so importing a file twice adds nothing. Lines that cannot be
read are reported with their number and reason.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from quizbuilder.domain.content import ItemDocument
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.scoring import leading_outcomes, score_response
from quizbuilder.domain.validation import parse_document
from quizbuilder.formats.responses_jsonl import (
    EventRecord,
    RejectedLine,
    ResponseRecord,
    read_lines,
)
from quizbuilder.services.library import LibraryService
from quizbuilder.services.privacy import ERASED_REASON, erased_filter
from quizbuilder.services.statistics_scan import AnswerCoder
from quizbuilder.store import blocks
from quizbuilder.store import responses as rstore
from quizbuilder.store.tables import Item, ItemVersion


@dataclass
class ImportReport:
    file: str
    added: int = 0
    duplicates: int = 0
    events_added: int = 0
    events_duplicates: int = 0
    rejected: list[RejectedLine] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "added": self.added,
            "duplicates": self.duplicates,
            "events_added": self.events_added,
            "events_duplicates": self.events_duplicates,
            "rejected": [{"line": r.line, "reason": r.reason} for r in self.rejected],
        }


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _email(lead: dict[str, str]) -> str | None:
    value = lead.get("email")
    return " ".join(value.split()).lower() if value else None


def _json(value: Any) -> str | None:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) if value else None


class _Documents:
    """The document each response was given, by content hash; the draft otherwise."""

    def __init__(self, session: Session, item: Item) -> None:
        self.draft = parse_document(json.loads(item.document))
        rows = session.exec(select(ItemVersion).where(ItemVersion.item_id == item.id)).all()
        self.versions = {v.content_hash: v.document for v in rows}
        self.parsed: dict[str, ItemDocument] = {}
        self.coders: dict[str, AnswerCoder] = {}

    def get(self, digest: str | None) -> ItemDocument:
        if digest is None or digest not in self.versions:
            return self.draft
        if digest not in self.parsed:
            self.parsed[digest] = parse_document(json.loads(self.versions[digest]))
        return self.parsed[digest]

    def coder(self, digest: str | None) -> AnswerCoder | None:
        """Codes the answers of responses given version ``digest`` for the statistics
        (``statistics_scan.AnswerCoder``); None for a version this library does not
        hold (scored against the draft, which the codes could not name)."""
        if digest is None or digest not in self.versions:
            return None
        if digest not in self.coders:
            self.coders[digest] = AnswerCoder(self.get(digest), digest)
        return self.coders[digest]


def _response_row(
    item_id: int, batch_id: int, doc: ItemDocument, r: ResponseRecord, coder: AnswerCoder | None
) -> dict[str, Any]:
    score = score_response(doc, r.answers, r.question_order) if doc.max_score else None
    outcome = r.outcome
    if doc.outcomes and (outcome is None or outcome not in {o.id for o in doc.outcomes}):
        leaders = leading_outcomes(doc, r.answers)
        outcome = leaders[0] if leaders else None
    ctx = r.context
    return {
        "item_id": item_id,
        "batch_id": batch_id,
        "response_uid": r.id,
        "content_hash": r.content_hash,
        "respondent": r.respondent,
        "variant": r.variant,
        "source": ctx.utm_source,
        "medium": ctx.utm_medium,
        "campaign": ctx.utm_campaign,
        "started_at": r.started_at,
        "submitted_at": r.submitted_at,
        "completed": r.completed,
        "score": score.total if score else None,
        "max_score": score.max_possible if score else None,
        "outcome": outcome,
        "email": _email(r.lead),
        "answers": json.dumps(r.answers, ensure_ascii=False, separators=(",", ":")),
        "answer_codes": coder.codes(r.answers) if coder is not None else None,
        "lead": _json(r.lead),
        "consents": _json([c.model_dump(mode="json") for c in r.consents]),
        "context": _json(
            {
                **ctx.model_dump(mode="json", exclude_none=True),
                # what the page measured, kept for the statistics (time per question)
                **{
                    key: value
                    for key, value in (
                        ("durations_ms", r.durations_ms),
                        ("question_order", r.question_order),
                        ("timed_out", r.timed_out),
                        ("extensions", r.extensions),
                    )
                    if value
                },
            }
        ),
    }


def import_jsonl(library: LibraryService, path: Path) -> ImportReport:
    """Import a JSON Lines file in one transaction."""
    with library.session() as s, s.begin():
        return import_jsonl_into(s, Path(path))


def import_jsonl_into(s: Session, path: Path, only_item: str | None = None) -> ImportReport:
    """Import a JSON Lines file inside the caller's transaction.

    With ``only_item`` (an item's uid), lines that belong to another item are rejected.
    """
    report = ImportReport(file=str(path))
    responses: dict[str, list[tuple[int, ResponseRecord]]] = defaultdict(list)
    events: dict[str, list[tuple[int, EventRecord]]] = defaultdict(list)
    for number, record in read_lines(path):
        if isinstance(record, RejectedLine):
            report.rejected.append(record)
        elif only_item is not None and record.item != only_item:
            report.rejected.append(
                RejectedLine(number, f"belongs to item '{record.item}', not to this one")
            )
        elif isinstance(record, ResponseRecord):
            responses[record.item].append((number, record))
        else:
            events[record.item].append((number, record))
    file_hash = _file_hash(path)
    for uid in sorted(set(responses) | set(events)):
        item = s.exec(select(Item).where(Item.uid == uid)).first()
        if item is None:
            lines = [n for n, _ in responses[uid]] + [n for n, _ in events[uid]]
            for number in sorted(lines):
                report.rejected.append(RejectedLine(number, f"no item '{uid}' in this library"))
            continue
        assert item.id is not None
        batch = rstore.add_batch(
            s,
            item_id=item.id,
            file_name=path.name,
            file_hash=file_hash,
            source="quizbuilder-jsonl",
        )
        assert batch.id is not None
        documents = _Documents(s, item)
        seen = rstore.existing_response_uids(s, item_id=item.id)
        erased = erased_filter(s.connection())  # after the batch: inside the write lock
        rows, refused = [], 0
        for number, r in responses[uid]:
            if erased.owns(_email(r.lead), r.lead):
                report.rejected.append(RejectedLine(number, ERASED_REASON))
                refused += 1
                continue
            r.lead = erased.scrub(r.lead)
            if r.id in seen:
                report.duplicates += 1
                continue
            seen.add(r.id)
            digest = r.content_hash
            rows.append(
                _response_row(item.id, batch.id, documents.get(digest), r, documents.coder(digest))
            )
        rstore.insert_responses(s, rows)
        blocks.rebuild_blocks(s.connection(), item.id)  # for the statistics
        keys = rstore.existing_event_keys(s, item_id=item.id)
        event_rows = []
        for _, e in events[uid]:
            key = (e.session, e.event, e.question or "", e.at)
            if key in keys:
                report.events_duplicates += 1
                continue
            keys.add(key)
            event_rows.append(
                {
                    "item_id": item.id,
                    "batch_id": batch.id,
                    "session": e.session,
                    "type": e.event,
                    "question_id": e.question or "",
                    "variant": e.variant,
                    "source": e.context.utm_source,
                    "at": e.at,
                }
            )
        rstore.insert_events(s, event_rows)
        batch.added = len(rows)
        batch.duplicates = len(responses[uid]) - len(rows) - refused
        report.added += len(rows)
        report.events_added += len(event_rows)
        if not rows and not event_rows:
            s.delete(batch)
        else:
            s.add(batch)
    report.rejected.sort(key=lambda r: r.line)
    if report.rejected and not responses and not events:
        raise QuizbuilderError(f"{path}: no line could be read ({report.rejected[0]})")
    return report
