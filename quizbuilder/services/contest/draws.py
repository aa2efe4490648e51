"""The draw in three recorded moves: commit, draw, substitute; and verify, from files.

``commit`` stores a secret seed and returns the commitment to publish before the contest
closes; ``draw`` freezes the eligible entries, draws, and writes the certificate (JSON,
readable HTML and PDF) and the frozen entry list in one transaction; ``substitute``
appends to the certificate's log when a winner is replaced by the next alternate;
``verify`` redoes the checks from the files alone. Certificates and entry lists name
entries by id and pseudonym; ``winners`` is the organiser's own contact list.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlmodel import col, select

from quizbuilder.atomic import write_atomically
from quizbuilder.domain import draw as drawing
from quizbuilder.domain.content import Contest, LeadFieldType
from quizbuilder.domain.rules import rules_problems
from quizbuilder.export import rules as rules_export
from quizbuilder.export.certificate import certificate_pdf, render_certificate_html
from quizbuilder.paths import EXPORTS
from quizbuilder.services.contest.base import (
    EMAIL_LIKE,
    ContestError,
    Loaded,
    append_log,
    load_contest,
    logged_event,
    no_email_in,
    read_candidates,
)
from quizbuilder.services.contest.entries import ContestEntries, contest_entries
from quizbuilder.services.library import LibraryService
from quizbuilder.store.tables import ContestCommit, ContestDraw, DrawSubstitution
from quizbuilder.store.types import utcnow

if TYPE_CHECKING:
    from sqlmodel import Session

ENTRIES_FORMAT = "quizbuilder-draw-entries"  # the frozen entry list's file format
# --- the commitment ----------------------------------------------------------------------


@dataclass(frozen=True)
class Commitment:
    """A stored commitment, without its secret seed (revealed by the certificate only)."""

    id: int
    item_id: int
    commitment: str
    rules_hash: str
    algorithm: str
    beacon: str | None
    created_at: datetime
    language: str
    late_reason: str | None
    drawn: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "commitment": self.commitment,
            "rules_hash": self.rules_hash,
            "rules_language": self.language,
            "algorithm": self.algorithm,
            "beacon": self.beacon,
            "created_at": self.created_at.isoformat(),
            "late_reason": self.late_reason,
        }

    def announcement(self) -> str:
        """The text to publish (site, rules page, social post) before the contest closes."""
        lines = [
            f"Draw commitment (SHA-256): {self.commitment}",
            f"Algorithm: {self.algorithm}; rules hash ({self.language}): {self.rules_hash}",
        ]
        if self.beacon:
            lines.append(f"Public randomness mixed in: {self.beacon}")
        return "\n".join(lines)


def _commitment(s: Session, row: ContestCommit, uid: str, default_language: str) -> Commitment:
    assert row.id is not None
    logged = logged_event(s, uid, "commit", "commit", row.id)
    drawn = s.exec(select(ContestDraw.id).where(ContestDraw.commit_id == row.id)).first()
    return Commitment(
        id=row.id,
        item_id=row.item_id,
        commitment=row.commitment,
        rules_hash=row.rules_hash,
        algorithm=row.algorithm,
        beacon=row.beacon,
        created_at=row.created_at,
        language=logged.get("language") or default_language,
        late_reason=logged.get("late_reason"),
        drawn=drawn is not None,
    )


def _latest_commit(s: Session, item_id: int) -> ContestCommit | None:
    return s.exec(
        select(ContestCommit)
        .where(ContestCommit.item_id == item_id)
        .order_by(col(ContestCommit.id).desc())
    ).first()


def _local(contest: Contest, moment: datetime) -> str:
    return contest.local(moment).strftime(f"%Y-%m-%d %H:%M ({contest.timezone})")


def commit(
    library: LibraryService,
    item_id: int,
    *,
    beacon: str | None = None,
    force_reason: str | None = None,
    now: datetime | None = None,
) -> Commitment:
    """Draw the secret seed and store it; return the commitment to publish.

    Refused for an item that is not a contest, for rules with errors, while another
    commitment waits for its draw, and after the contest closed, unless ``force_reason``
    says why (it is written in the certificate). ``beacon`` names a future public
    randomness round (e.g. "drand quicknet round 12345678") whose value the draw will need.
    """
    now = now or utcnow()
    beacon = " ".join(beacon.split()) if beacon else None
    with library.session() as s, s.begin():
        loaded = load_contest(s, item_id)
        doc, contest = loaded.document, loaded.contest
        language = doc.language.value
        latest = _latest_commit(s, item_id)
        if latest is not None and not _commitment(s, latest, loaded.uid, language).drawn:
            raise ContestError(
                f"contest {item_id} already has a commitment waiting for its draw "
                f"({latest.commitment[:16]}…, made {latest.created_at:%Y-%m-%d %H:%M} UTC): "
                f"draw it first ('quizbuilder contest draw {item_id}')"
            )
        errors = [p for p in rules_problems(doc, language) if p.severity == "error"]
        if errors:
            raise ContestError(
                f"the rules have {len(errors)} error(s) to fix before committing (see "
                f"'quizbuilder contest rules {item_id}'); first: {errors[0].field}: "
                f"{errors[0].message}"
            )
        late = None
        if contest.ends_at is not None and contest.ends_at <= now:
            if not force_reason or not force_reason.strip():
                raise ContestError(
                    f"the contest closed on {_local(contest, contest.ends_at)}: a commitment "
                    "is published before the closing, so that nobody could choose the seed "
                    "knowing the entries; to commit anyway, give a reason (--force-reason), "
                    "which the certificate will show"
                )
            late = no_email_in(force_reason, "a late commitment")
        elif force_reason:
            raise ContestError(
                "the contest has not closed: a commitment made now needs no reason "
                "(leave out --force-reason)"
            )
        secret = drawing.new_secret_seed()
        rules_hash = rules_export.rules_hash(doc, language)
        row = ContestCommit(
            item_id=item_id,
            secret_seed=secret,
            commitment=drawing.commitment(secret, rules_hash, beacon=beacon),
            rules_hash=rules_hash,
            algorithm=drawing.ALGORITHM,
            beacon=beacon,
            created_at=now,
        )
        s.add(row)
        s.flush()
        assert row.id is not None
        append_log(
            s,
            loaded.uid,
            {"action": "commit", "commit": row.id, "language": language, "late_reason": late},
            now,
        )
        return _commitment(s, row, loaded.uid, language)


# --- the draw ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DrawnEntry:
    entry: str
    pseudonym: str

    def as_dict(self) -> dict[str, str]:
        return {"entry": self.entry, "pseudonym": self.pseudonym}


@dataclass(frozen=True)
class DrawFiles:
    """Where a draw's documents are: the certificate (JSON, HTML, PDF) and entry list."""

    certificate: Path
    entries: Path
    html: Path
    pdf: Path

    @classmethod
    def in_folder(cls, folder: Path, draw_id: int) -> DrawFiles:
        stem = Path(folder) / f"draw-{draw_id}"
        return cls(
            Path(f"{stem}-certificate.json"),
            Path(f"{stem}-entries.json"),
            Path(f"{stem}-certificate.html"),
            Path(f"{stem}-certificate.pdf"),
        )


def _rows(certificate: Mapping[str, Any], key: str) -> list[DrawnEntry]:
    return [DrawnEntry(r["id"], r["pseudonym"]) for r in certificate[key]]


@dataclass(frozen=True)
class DrawRecord:
    """A draw as stored: its certificate, with the substitutions made since."""

    id: int
    commit_id: int
    created_at: datetime
    certificate: dict[str, Any]
    files: DrawFiles | None

    def pseudonym(self, entry: str) -> str:
        names = {d.entry: d.pseudonym for d in self.drawn}
        return names.get(entry, entry)

    @property
    def drawn(self) -> list[DrawnEntry]:
        """Winners then alternates, as drawn (before any substitution)."""
        return _rows(self.certificate, "winners") + _rows(self.certificate, "alternates")

    @property
    def winners(self) -> list[DrawnEntry | None]:
        """The winner of each prize now (None: unawarded, no alternate was left)."""
        return [
            DrawnEntry(w, self.pseudonym(w)) if w else None
            for w in drawing.current_winners(self.certificate)
        ]

    @property
    def alternates(self) -> list[DrawnEntry]:
        """The alternates not yet called, in order."""
        called = {s["replacement"] for s in self.certificate["substitutions"]}
        return [a for a in _rows(self.certificate, "alternates") if a.entry not in called]

    @property
    def substitutions(self) -> list[dict[str, Any]]:
        return list(self.certificate["substitutions"])


@dataclass(frozen=True)
class DrawOutcome:
    draw_id: int
    winners: list[DrawnEntry]
    alternates: list[DrawnEntry]
    files: DrawFiles
    certificate: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        """Exactly what ``quizbuilder contest draw --json`` prints."""
        return {
            "winners": [w.as_dict() for w in self.winners],
            "alternates": [a.as_dict() for a in self.alternates],
            "certificate": str(self.files.certificate),
        }


def default_folder(uid: str) -> Path:
    """Where a contest's certificates go unless told otherwise."""
    return EXPORTS / uid


def _scrub(value: Any) -> Any:
    """Any e-mail address in free text (a consent's wording, a title) left out."""
    if isinstance(value, str):
        return EMAIL_LIKE.sub("[e-mail]", value)
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items()}
    return value


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _contest_facts(
    loaded: Loaded,
    commitment: Commitment,
    report: ContestEntries,
    rules_now: str,
) -> dict[str, Any]:
    """What the certificate says about the contest: enough to read it alone, no e-mail."""
    c = loaded.contest
    return _scrub(
        {
            "uid": loaded.uid,
            "title": loaded.title,
            "language": loaded.document.language.value,
            "organiser": c.organiser.name,
            "timezone": c.timezone,
            "starts_at": _iso(c.starts_at),
            "ends_at": _iso(c.ends_at),
            "prizes": [
                {"name": p.name, "quantity": p.quantity, "value": p.value, "currency": p.currency}
                for p in c.prizes
            ],
            "entry_items": [{"uid": src.uid, "title": src.title} for src in loaded.sources],
            "committed_at": commitment.created_at.isoformat(),
            "rules_language": commitment.language,
            "late_commitment_reason": commitment.late_reason,
            "rules_changed_since_commitment": rules_now != commitment.rules_hash,
            "candidates": len(report.candidates),
            "selection": [
                {"key": s.key, "title": s.title, "kept": s.kept, "removed": s.removed}
                for s in report.report.steps
            ],
        }
    )


def _entries_document(certificate: Mapping[str, Any], entries: Mapping[str, int]) -> bytes:
    """The frozen entry list: ids and tickets, nothing else about anyone."""
    data = {
        "format": ENTRIES_FORMAT,
        "format_version": 1,
        "contest": {k: certificate["contest"].get(k) for k in ("uid", "title")},
        "entries_hash": certificate["entries_hash"],
        "entry_count": len(entries),
        "entries": [{"id": i, "tickets": n} for i, n in sorted(entries.items())],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _write_certificate(files: DrawFiles, certificate: Mapping[str, Any]) -> None:
    files.certificate.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(certificate, ensure_ascii=False, indent=2) + "\n"
    verify_hint = {"certificate": files.certificate.name, "entries": files.entries.name}
    write_atomically(files.certificate, text.encode("utf-8"))
    html = render_certificate_html(certificate, files=verify_hint)
    write_atomically(files.html, html.encode("utf-8"))
    write_atomically(files.pdf, certificate_pdf(certificate, files=verify_hint))


def draw(
    library: LibraryService,
    item_id: int,
    *,
    beacon_value: str | None = None,
    out_dir: Path | None = None,
    now: datetime | None = None,
) -> DrawOutcome:
    """Draw the winners of the waiting commitment and write its certificate.

    One transaction: the entries are read, drawn and the draw stored together, and the
    files are written before it commits, so a failure leaves no draw behind. Refused
    without a commitment, a second time for one commitment, without eligible entries,
    and without the value of a beacon named in the commitment (or with one not named).
    """
    now = now or utcnow()
    beacon_value = beacon_value.strip() if beacon_value else None
    with library.session() as s, s.begin():
        loaded = load_contest(s, item_id)
        language = loaded.document.language.value
        row = _latest_commit(s, item_id)
        if row is None:
            raise ContestError(
                f"contest {item_id} has no commitment: publish one before the contest closes "
                f"('quizbuilder contest commit {item_id}')"
            )
        committed = _commitment(s, row, loaded.uid, language)
        if committed.drawn:
            raise ContestError(
                f"the commitment {row.commitment[:16]}… of contest {item_id} was already drawn: "
                "a commitment is drawn once (replace a winner with 'contest substitute')"
            )
        if row.beacon and not beacon_value:
            raise ContestError(
                f"the commitment names the public randomness '{row.beacon}': give its value "
                "(--beacon-value) once it is published"
            )
        if beacon_value and not row.beacon:
            raise ContestError(
                "the commitment names no public randomness: a beacon value cannot be mixed "
                "in now (leave out --beacon-value)"
            )
        report, _ = contest_entries(s, loaded)
        if not report.entries:
            raise ContestError(
                f"contest {item_id} has no eligible entries to draw from (see 'quizbuilder "
                f"contest entries {item_id}')"
            )
        c = loaded.contest
        result = drawing.run_draw(
            report.entries,
            secret_seed=row.secret_seed,
            winners=c.winners,
            alternates=c.alternates,
            beacon_value=beacon_value,
        )
        rules_now = rules_export.rules_hash(loaded.document, committed.language)
        certificate = drawing.make_certificate(
            result,
            secret_seed=row.secret_seed,
            rules_hash=row.rules_hash,
            commitment_hex=row.commitment,
            beacon=row.beacon,
            beacon_value=beacon_value,
            pseudonyms={i: report.pseudonyms[i] for i in [*result.winners, *result.alternates]},
            drawn_at=now,
            contest=_contest_facts(loaded, committed, report, rules_now),
        )
        stored = ContestDraw(
            item_id=item_id,
            commit_id=committed.id,
            certificate=json.dumps(certificate, ensure_ascii=False),
            created_at=now,
        )
        s.add(stored)
        s.flush()
        assert stored.id is not None
        folder = Path(out_dir) if out_dir is not None else default_folder(loaded.uid)
        files = DrawFiles.in_folder(folder, stored.id)
        _write_certificate(files, certificate)
        write_atomically(files.entries, _entries_document(certificate, report.entries))
        append_log(
            s,
            loaded.uid,
            {"action": "draw", "draw": stored.id, "folder": str(folder.resolve())},
            now,
        )
    pseudonyms = report.pseudonyms
    return DrawOutcome(
        stored.id,
        [DrawnEntry(i, pseudonyms[i]) for i in result.winners],
        [DrawnEntry(i, pseudonyms[i]) for i in result.alternates],
        files,
        certificate,
    )


def _latest_draw(s: Session, item_id: int) -> ContestDraw | None:
    return s.exec(
        select(ContestDraw)
        .where(ContestDraw.item_id == item_id)
        .order_by(col(ContestDraw.id).desc())
    ).first()


def _record(s: Session, uid: str, row: ContestDraw) -> DrawRecord:
    assert row.id is not None
    folder = logged_event(s, uid, "draw", "draw", row.id).get("folder")
    return DrawRecord(
        id=row.id,
        commit_id=row.commit_id,
        created_at=row.created_at,
        certificate=json.loads(row.certificate),
        files=DrawFiles.in_folder(Path(folder), row.id) if folder else None,
    )


@dataclass(frozen=True)
class DrawState:
    """Where a contest stands: no commitment, committed, or drawn (with its record)."""

    commitment: Commitment | None
    draw: DrawRecord | None

    @property
    def stage(self) -> Literal["none", "committed", "drawn"]:
        if self.commitment is None:
            return "none"
        return "drawn" if self.draw is not None else "committed"


def draw_state(library: LibraryService, item_id: int) -> DrawState:
    """The latest commitment of the contest, and its draw if it was made."""
    with library.session() as s:
        loaded = load_contest(s, item_id)
        row = _latest_commit(s, item_id)
        if row is None:
            return DrawState(None, None)
        committed = _commitment(s, row, loaded.uid, loaded.document.language.value)
        drawn = s.exec(select(ContestDraw).where(ContestDraw.commit_id == committed.id)).first()
        return DrawState(committed, _record(s, loaded.uid, drawn) if drawn else None)


# --- after the draw -------------------------------------------------------------------------


@dataclass(frozen=True)
class SubstitutionOutcome:
    replaced: DrawnEntry
    replacement: DrawnEntry | None  # None: no alternate was left, the prize stays unawarded
    reason: str
    winners: list[DrawnEntry | None]
    files: DrawFiles

    def as_dict(self) -> dict[str, Any]:
        return {
            "replaced": self.replaced.as_dict(),
            "replacement": self.replacement.as_dict() if self.replacement else None,
            "reason": self.reason,
            "winners": [w.as_dict() if w else None for w in self.winners],
            "certificate": str(self.files.certificate),
        }


def _find_winner(record: DrawRecord, winner: str) -> str:
    current = [w for w in record.winners if w is not None]
    for w in current:
        if winner == w.entry:
            return w.entry
    wanted = " ".join(winner.split()).casefold()
    for w in current:
        if w.pseudonym.casefold() == wanted:
            return w.entry
    names = ", ".join(w.pseudonym for w in current) or "none"
    raise ContestError(f"'{winner}' is not a current winner of this draw (winners: {names})")


def substitute(
    library: LibraryService,
    item_id: int,
    winner: str,
    reason: str,
    *,
    out_dir: Path | None = None,
    now: datetime | None = None,
) -> SubstitutionOutcome:
    """Replace a winner (entry id or pseudonym) by the next alternate, for a stated reason.

    Appended to the certificate's log and to the draw's substitutions; the certificate's
    files are written again where the draw wrote them (or in ``out_dir``).
    """
    now = now or utcnow()
    reason = no_email_in(reason, "a substitution")
    with library.session() as s, s.begin():
        loaded = load_contest(s, item_id)
        row = _latest_draw(s, item_id)
        if row is None:
            raise ContestError(f"contest {item_id} has not been drawn yet")
        record = _record(s, loaded.uid, row)
        replaced = _find_winner(record, winner)
        updated = drawing.add_substitution(
            record.certificate, replaced=replaced, reason=reason, at=now
        )
        replacement = updated["substitutions"][-1]["replacement"]
        assert row.id is not None
        row.certificate = json.dumps(updated, ensure_ascii=False)
        s.add(row)
        s.add(
            DrawSubstitution(
                draw_id=row.id,
                replaced=replaced,
                replacement=replacement,
                reason=reason,
                created_at=now,
            )
        )
        s.flush()
        if out_dir is not None:
            files = DrawFiles.in_folder(Path(out_dir), row.id)
        else:
            files = record.files or DrawFiles.in_folder(default_folder(loaded.uid), row.id)
        _write_certificate(files, updated)
        after = DrawRecord(record.id, record.commit_id, record.created_at, updated, files)
    return SubstitutionOutcome(
        DrawnEntry(replaced, after.pseudonym(replaced)),
        DrawnEntry(replacement, after.pseudonym(replacement)) if replacement else None,
        reason,
        after.winners,
        files,
    )


@dataclass(frozen=True)
class WinnerContact:
    """A drawn person as the organiser contacts them: their own data, never published."""

    role: Literal["winner", "alternate", "replaced"]
    rank: int  # the prize's place for a winner, the order of call for an alternate
    prize: str
    entry: str
    pseudonym: str
    email: str | None
    first_name: str | None
    last_name: str | None
    lead: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "rank": self.rank,
            "prize": self.prize,
            "entry": self.entry,
            "pseudonym": self.pseudonym,
            "email": self.email,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "lead": self.lead,
        }


def _prize_units(contest: Contest) -> list[str]:
    return [p.name for p in contest.prizes for _ in range(p.quantity)]


def winners(library: LibraryService, item_id: int) -> list[WinnerContact]:
    """The latest draw's winners, alternates still waiting and replaced winners, with the
    contact details they gave: for the organiser to reach them, not for publication."""
    with library.session() as s:
        loaded = load_contest(s, item_id)
        row = _latest_draw(s, item_id)
        if row is None:
            raise ContestError(f"contest {item_id} has not been drawn yet")
        record = _record(s, loaded.uid, row)
        drawn = {d.entry for d in record.drawn}
        candidates, people = read_candidates(s, loaded.sources, only=drawn)
        emails = {c.id: c.email for c in candidates}
    units = _prize_units(loaded.contest)

    def contact(role: Any, rank: int, prize: str, entry: str) -> WinnerContact:
        person = people.get(entry)
        lead = dict(person.lead) if person else {}
        first = person.field(LeadFieldType.FIRST_NAME, "first_name") if person else None
        last = person.field(LeadFieldType.LAST_NAME, "last_name") if person else None
        return WinnerContact(
            role, rank, prize, entry, record.pseudonym(entry), emails.get(entry), first, last, lead
        )

    found = [
        contact("winner", n, units[n - 1] if n <= len(units) else "", w.entry)
        for n, w in enumerate(record.winners, start=1)
        if w is not None
    ]
    found += [contact("alternate", n, "", a.entry) for n, a in enumerate(record.alternates, 1)]
    found += [
        contact("replaced", n, "", sub["replaced"])
        for n, sub in enumerate(record.substitutions, start=1)
    ]
    return found


# --- verification -----------------------------------------------------------------------------


def _read_json(path: Path, what: str) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContestError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ContestError(f"{path}: not a readable {what} (JSON): {exc}") from exc


def read_entries_file(path: Path) -> dict[str, int] | list[str]:
    """A frozen entry list: ours (``draw-N-entries.json``), a JSON list of ids, or an
    object of id -> tickets."""
    data = _read_json(path, "entry list")
    if isinstance(data, dict) and data.get("format") == ENTRIES_FORMAT:
        rows = data.get("entries")
        if not isinstance(rows, list) or not all(
            isinstance(r, dict) and "id" in r and "tickets" in r for r in rows
        ):
            raise ContestError(f"{path}: 'entries' must list objects with an id and tickets")
        found: dict[str, int] = {}
        for r in rows:
            if r["id"] in found:
                raise ContestError(f"{path}: entry {r['id']!r} is listed twice")
            found[r["id"]] = r["tickets"]
        return found
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        return data
    raise ContestError(
        f"{path}: not an entry list (expected {ENTRIES_FORMAT}, a list or an object)"
    )


def verify(certificate: Path, entries: Path | None = None) -> list[str]:
    """What does not hold in a certificate file (and against its entry list); [] = verified.

    Needs no library: everything is recomputed from the files.
    """
    data = _read_json(certificate, "certificate")
    listed = read_entries_file(entries) if entries is not None else None
    return drawing.verify_certificate(data, listed)
