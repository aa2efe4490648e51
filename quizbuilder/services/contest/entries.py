"""A contest's entries, the organiser's exclusions, and its rules.

Each candidate is judged by ``domain.entries.select_entries``; the item's duplicate
policy, which is about statistics, is not applied: the contest's own "one entry per
person" rule is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import select

from quizbuilder.atomic import write_atomically
from quizbuilder.domain.content import ItemDocument
from quizbuilder.domain.entries import Candidate, EntryReport, describe_rules, select_entries
from quizbuilder.domain.rules import RuleProblem, has_errors, rules_problems
from quizbuilder.export import rules as rules_export
from quizbuilder.services.contest.base import (
    ContestError,
    Loaded,
    Person,
    append_log,
    disposable_domains,
    exclusions_of,
    load_contest,
    pseudonyms_of,
    read_candidates,
    read_log,
)
from quizbuilder.services.library import LibraryService
from quizbuilder.store.tables import ContestExclusion
from quizbuilder.store.types import utcnow

if TYPE_CHECKING:
    from sqlmodel import Session

# --- entries ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CandidateRow:
    """One candidate, as the organiser's screen lists it (the e-mail is theirs to see)."""

    id: str
    pseudonym: str
    email: str | None
    submitted_at: datetime | None
    source: str  # title of the item the response answered
    eligible: bool
    tickets: int
    step: str | None  # key of the step that removed it
    reason: str | None
    excluded: str | None  # the organiser's reason, when excluded
    flags: list[str]


@dataclass(frozen=True)
class ContestEntries:
    """The entries report of a contest, with what a screen needs to show each candidate."""

    item_id: int
    uid: str
    title: str
    sources: list[tuple[int, str]]  # (item id, title) of the items whose responses count
    report: EntryReport
    candidates: list[Candidate]
    pseudonyms: dict[str, str]
    exclusions: dict[str, str]
    rules: list[str]  # the steps in words
    source_of: dict[str, int] = field(default_factory=dict)  # candidate id -> item id

    @property
    def entries(self) -> dict[str, int]:
        """Eligible entry id -> tickets: what a draw now would draw from."""
        return self.report.entries

    def rows(self) -> list[CandidateRow]:
        rejected = {r.id: r for r in self.report.rejected}
        flags: dict[str, list[str]] = {}
        for f in self.report.flags:
            flags.setdefault(f.id, []).append(f.kind)
        titles = dict(self.sources)
        return [
            CandidateRow(
                id=c.id,
                pseudonym=self.pseudonyms[c.id],
                email=c.email,
                submitted_at=c.submitted_at,
                source=titles.get(self.source_of.get(c.id, 0), ""),
                eligible=c.id in self.report.entries,
                tickets=self.report.entries.get(c.id, 0),
                step=rejected[c.id].step if c.id in rejected else None,
                reason=rejected[c.id].reason if c.id in rejected else None,
                excluded=self.exclusions.get(c.id),
                flags=flags.get(c.id, []),
            )
            for c in self.candidates
        ]

    def as_dict(self) -> dict[str, Any]:
        """The report as the command line prints it: by id and pseudonym, no e-mail."""
        p = self.pseudonyms
        return {
            "contest": {"id": self.item_id, "uid": self.uid, "title": self.title},
            "sources": [{"id": i, "title": t} for i, t in self.sources],
            "candidates": len(self.candidates),
            "steps": [
                {"key": s.key, "title": s.title, "kept": s.kept, "removed": s.removed}
                for s in self.report.steps
            ],
            "entries": [
                {"id": i, "pseudonym": p[i], "tickets": n}
                for i, n in sorted(self.report.entries.items())
            ],
            "rejected": [
                {"id": r.id, "pseudonym": p[r.id], "step": r.step, "reason": r.reason}
                for r in self.report.rejected
            ],
            "flags": [
                {"id": f.id, "pseudonym": p[f.id], "kind": f.kind, "detail": f.detail}
                for f in self.report.flags
            ],
            "exclusions": [
                {"id": i, "pseudonym": p.get(i), "reason": r}
                for i, r in sorted(self.exclusions.items())
            ],
        }


def _entry_document(loaded: Loaded, people: Mapping[str, Person]) -> ItemDocument:
    """The document the steps read ids and texts from: the contest's own entry form when
    it has entries (its conditions refer to it), else the linked item's."""
    if len(loaded.sources) == 1 or any(p.source.item_id == loaded.item_id for p in people.values()):
        return loaded.document
    return loaded.sources[1].document


def contest_entries(
    s: Session, loaded: Loaded, today: date | None = None
) -> tuple[ContestEntries, dict[str, Person]]:
    candidates, people = read_candidates(s, loaded.sources)
    exclusions = exclusions_of(s, loaded.item_id)
    entry_doc = _entry_document(loaded, people)
    report = select_entries(
        loaded.contest,
        candidates,
        entry_document=entry_doc,
        exclusions=exclusions,
        disposable=disposable_domains(),
        today=today,
    )
    result = ContestEntries(
        item_id=loaded.item_id,
        uid=loaded.uid,
        title=loaded.title,
        sources=[(src.item_id, src.title) for src in loaded.sources],
        report=report,
        candidates=candidates,
        pseudonyms=pseudonyms_of(people),
        exclusions=exclusions,
        rules=describe_rules(loaded.contest, entry_doc),
        source_of={i: p.source.item_id for i, p in people.items()},
    )
    return result, people


def entries(library: LibraryService, item_id: int, *, today: date | None = None) -> ContestEntries:
    """Who may win contest ``item_id`` now, who may not and why, and what to look at."""
    with library.session() as s:
        return contest_entries(s, load_contest(s, item_id), today)[0]


def exclude(
    library: LibraryService,
    item_id: int,
    entry: str,
    reason: str,
    *,
    now: datetime | None = None,
) -> None:
    """Leave an entry out of the draw, for a reason kept with it (shown in the report)."""
    reason = " ".join(reason.split()) if reason else ""
    if not reason:
        raise ContestError("an exclusion needs a reason, kept for the record")
    with library.session() as s, s.begin():
        loaded = load_contest(s, item_id)
        current = exclusions_of(s, item_id)
        if entry in current:
            raise ContestError(f"entry '{entry}' is already excluded: {current[entry]}")
        if not read_candidates(s, loaded.sources, only=[entry])[0]:
            raise ContestError(
                f"contest {item_id} has no entry '{entry}' (see 'quizbuilder contest entries "
                f"{item_id}')"
            )
        s.add(ContestExclusion(item_id=item_id, entry=entry, reason=reason))
        append_log(
            s, loaded.uid, {"action": "exclude", "entry": entry, "reason": reason}, now or utcnow()
        )


def reinstate(
    library: LibraryService,
    item_id: int,
    entry: str,
    reason: str,
    *,
    now: datetime | None = None,
) -> None:
    """Take an exclusion back; the reason for doing so is logged beside the exclusion's."""
    reason = " ".join(reason.split()) if reason else ""
    if not reason:
        raise ContestError("reinstating an entry needs a reason, kept for the record")
    with library.session() as s, s.begin():
        loaded = load_contest(s, item_id)
        row = s.exec(
            select(ContestExclusion).where(
                ContestExclusion.item_id == item_id, ContestExclusion.entry == entry
            )
        ).first()
        if row is None:
            raise ContestError(f"entry '{entry}' of contest {item_id} is not excluded")
        s.delete(row)
        append_log(
            s,
            loaded.uid,
            {"action": "reinstate", "entry": entry, "reason": reason, "excluded_for": row.reason},
            now or utcnow(),
        )


def history(library: LibraryService, item_id: int) -> list[dict[str, Any]]:
    """The contest's log: exclusions, reinstatements, commitments and draws, oldest first."""
    with library.session() as s:
        return read_log(s, load_contest(s, item_id).uid)


# --- rules -----------------------------------------------------------------------------


def _language(doc: ItemDocument, language: str | None) -> str:
    return language or doc.language.value


def contest_rules_problems(
    library: LibraryService, item_id: int, language: str | None = None
) -> list[RuleProblem]:
    """What the contest's rules lack (errors block the commitment) or risk (warnings)."""
    with library.session() as s:
        loaded = load_contest(s, item_id)
    return rules_problems(loaded.document, _language(loaded.document, language))


def rules_html(library: LibraryService, item_id: int, language: str | None = None) -> str:
    """The rules as HTML, for a preview."""
    with library.session() as s:
        loaded = load_contest(s, item_id)
    return rules_export.render_rules_html(loaded.document, _language(loaded.document, language))


@dataclass(frozen=True)
class RulesExport:
    language: str
    rules_hash: str
    problems: list[RuleProblem]
    html: Path | None
    pdf: Path | None

    @property
    def has_errors(self) -> bool:
        return has_errors(self.problems)

    def as_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "rules_hash": self.rules_hash,
            "errors": sum(p.severity == "error" for p in self.problems),
            "problems": [
                {"severity": p.severity, "field": p.field, "message": p.message}
                for p in self.problems
            ],
            "html": str(self.html) if self.html else None,
            "pdf": str(self.pdf) if self.pdf else None,
        }


def export_rules(
    library: LibraryService,
    item_id: int,
    *,
    language: str | None = None,
    html: Path | None = None,
    pdf: Path | None = None,
) -> RulesExport:
    """The rules' problems and hash, and the rules written as HTML and/or PDF.

    The files are written even when there are errors: a draft for the organiser's
    lawyer. Each is written whole or not at all.
    """
    with library.session() as s:
        loaded = load_contest(s, item_id)
    doc = loaded.document
    lang = _language(doc, language)
    problems = rules_problems(doc, lang)
    if html is not None:
        write_atomically(Path(html), rules_export.render_rules_html(doc, lang).encode("utf-8"))
    if pdf is not None:
        write_atomically(Path(pdf), rules_export.rules_pdf(doc, lang))
    return RulesExport(lang, rules_export.rules_hash(doc, lang), problems, html, pdf)
