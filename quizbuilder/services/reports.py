"""Statistics reports of an item, written to files: HTML, PDF, CSV and XLSX.

The statistics are computed once and every requested file is drawn from them, so the
numbers agree from one file to the next. The raw response table is streamed from the
database with SQLAlchemy Core, as the statistics are, and written row by row; it leaves
out e-mail addresses and lead fields unless asked (reports show pseudonyms, DESIGN.md
"Privacy").
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as core_select

from quizbuilder.atomic import write_atomically
from quizbuilder.domain.content import (
    CHOICE_TYPES,
    SCALE_TYPES,
    DuplicatePolicy,
    ItemDocument,
    Question,
    QuestionType,
)
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.scoring import question_score
from quizbuilder.domain.validation import parse_document
from quizbuilder.export.report import (
    html_report,
    pdf_report,
    question_table,
    write_csv,
    write_xlsx,
)
from quizbuilder.services.library import LibraryService
from quizbuilder.services.statistics import item_statistics, parse_when
from quizbuilder.store import items as store
from quizbuilder.store.tables import Response

_response = Response.__table__  # type: ignore[attr-defined]
_BATCH = 10_000

COLUMNS = {
    "fr": {
        "response": "Réponse",
        "submitted": "Envoyée le",
        "source": "Canal",
        "variant": "Variante",
        "completed": "Terminée",
        "score": "Score",
        "outcome": "Profil",
        "respondent": "Participant",
        "email": "E-mail",
        "question": "Q{number}. {text}",
        "lead": "Contact : {label}",
    },
    "en": {
        "response": "Response",
        "submitted": "Submitted",
        "source": "Channel",
        "variant": "Variant",
        "completed": "Completed",
        "score": "Score",
        "outcome": "Outcome",
        "respondent": "Respondent",
        "email": "E-mail",
        "question": "Q{number}. {text}",
        "lead": "Contact: {label}",
    },
}


class ReportError(QuizbuilderError):
    """A report that cannot be written where it was asked to go."""


def _document(
    library: LibraryService, item_id: int, version: str | None = None
) -> tuple[ItemDocument, str | None]:
    """The item's current document, or the frozen one of ``version`` (a content hash or
    its unique beginning) with its whole hash: what the statistics score against."""
    current = library.item(item_id).document  # raises ItemNotFound
    if not version:
        return current, None
    with library.session() as s:
        found = [
            v for v in store.versions(s, item_id=item_id) if v.content_hash.startswith(version)
        ]
        if len(found) != 1:
            what = "no version" if not found else "several versions"
            raise ReportError(f"item {item_id} has {what} starting with '{version}'")
        frozen = found[0]
        return parse_document(json.loads(frozen.document)), frozen.content_hash


def _when(value: datetime | date | str | None, *, end: bool = False) -> datetime | None:
    if value is None or isinstance(value, str):
        return parse_when(value, end=end)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return parse_when(value.isoformat(), end=end)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()


class _Answers:
    """Turns one question's stored answer into a cell: option labels joined by "; ",
    numbers as numbers, text as text."""

    def __init__(self, question: Question) -> None:
        self.question = question
        self.labels = {o.id: o.label or o.id for o in question.options}
        self.pairs = {p.id: p for p in question.pairs}
        self.score_cache: dict[str, float] = {}

    def cell(self, value: Any) -> Any:
        if value is None or value == "" or value == [] or value == {}:
            return None
        q = self.question
        if q.type in CHOICE_TYPES or q.type == QuestionType.RANKING:
            chosen = value if isinstance(value, list) else [value]
            return "; ".join(self.labels.get(str(v), str(v)) for v in chosen)
        if q.type in SCALE_TYPES or q.type == QuestionType.NUMBER:
            if isinstance(value, int | float) and not isinstance(value, bool):
                return value
            return str(value)
        if q.type == QuestionType.MATCHING and isinstance(value, dict):
            parts = []
            for prompt_id, answer_id in value.items():
                prompt = self.pairs.get(prompt_id)
                answer = self.pairs.get(str(answer_id))
                parts.append(
                    f"{prompt.prompt if prompt else prompt_id} → "
                    f"{answer.answer if answer else answer_id}"
                )
            return "; ".join(parts)
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False)

    def score(self, value: Any) -> float:
        key = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
        found = self.score_cache.get(key)
        if found is None:
            found = question_score(self.question, value) or 0.0
            if len(self.score_cache) < 100_000:
                self.score_cache[key] = found
        return found


def response_table(
    library: LibraryService,
    item_id: int,
    *,
    source: str | None = None,
    variant: str | None = None,
    since: datetime | date | str | None = None,
    until: datetime | date | str | None = None,
    duplicate_policy: DuplicatePolicy | str | None = None,
    version: str | None = None,
    personal: bool = False,
    language: str = "fr",
) -> tuple[list[str], Iterator[list[Any]]]:
    """The raw responses that pass the filters (the statistics' filters, with the same
    meaning), one row per response and one column per question, in submission order.

    Columns: response id, submitted (ISO 8601), channel, variant, completed, score (the
    current answer key, as the statistics score it; completed responses only), outcome,
    then the questions. ``personal`` adds the respondent token, the e-mail address and
    the lead form's fields. The rows are read from the database as they are consumed.
    """
    doc, version = _document(library, item_id, version)
    words = COLUMNS.get(language, COLUMNS["en"])
    questions = [_Answers(q) for q in doc.questions]
    scored = [a for a in questions if a.question.scored]
    outcomes = {o.id: o.title or o.id for o in doc.outcomes}
    lead_fields = [(f.id, f.label or f.id) for f in doc.lead_form.fields if f.id != "email"]
    header = [
        words["response"],
        words["submitted"],
        words["source"],
        words["variant"],
        words["completed"],
        words["score"],
        words["outcome"],
    ]
    if personal:
        header += [words["respondent"], words["email"]]
        header += [words["lead"].format(label=label) for _, label in lead_fields]
    header += [
        words["question"].format(number=n, text=" ".join(a.question.text.split()) or a.question.id)
        for n, a in enumerate(questions, start=1)
    ]
    policy = DuplicatePolicy(duplicate_policy or doc.settings.duplicate_policy)
    conditions = _conditions(item_id, source, variant, since, until, version)

    def rows() -> Iterator[list[Any]]:
        t = _response
        with library.engine.connect() as connection:
            keep = _kept(connection, conditions, policy)
            result = connection.execution_options(stream_results=True, yield_per=_BATCH).execute(
                core_select(
                    t.c.id,
                    t.c.response_uid,
                    t.c.submitted_at,
                    t.c.source,
                    t.c.variant,
                    t.c.completed,
                    t.c.outcome,
                    t.c.respondent,
                    t.c.email,
                    t.c.answers,
                    t.c.lead,
                )
                .where(*conditions)
                .order_by(t.c.submitted_at, t.c.id)
            )
            for rid, uid, sent, rsource, rvariant, done, outcome, who, email, text, lead in result:
                if keep is not None and email is not None and rid not in keep:
                    continue
                answers = json.loads(text) if text else {}
                score = (
                    sum(a.score(answers.get(a.question.id)) for a in scored)
                    if done and scored
                    else None
                )
                row: list[Any] = [
                    uid,
                    _iso(sent),
                    rsource,
                    rvariant,
                    bool(done),
                    score,
                    outcomes.get(outcome, outcome) if outcome else None,
                ]
                if personal:
                    fields = json.loads(lead) if lead else {}
                    row += [who, email]
                    row += [fields.get(key) for key, _ in lead_fields]
                row += [a.cell(answers.get(a.question.id)) for a in questions]
                yield row

    return header, rows()


def _conditions(
    item_id: int,
    source: str | None,
    variant: str | None,
    since: datetime | date | str | None,
    until: datetime | date | str | None,
    version: str | None,
) -> list[Any]:
    t = _response
    conditions = [t.c.item_id == item_id]
    if source is not None:
        conditions.append(t.c.source == source)
    if variant is not None:
        conditions.append(t.c.variant == variant)
    if version:
        conditions.append(t.c.content_hash == version)
    when = func.coalesce(t.c.submitted_at, t.c.started_at)  # a partial one has no submit
    start, end = _when(since), _when(until, end=True)
    if start is not None:
        conditions.append(when >= start)
    if end is not None:
        conditions.append(when <= end)
    return conditions


def _kept(connection: Any, conditions: Sequence[Any], policy: DuplicatePolicy) -> set[int] | None:
    """The ids kept by a per-e-mail duplicate policy (None: every response counts);
    the same rule as the statistics, so that the table and the report agree."""
    if policy == DuplicatePolicy.KEEP_ALL:
        return None
    t = _response
    chosen: dict[str, int] = {}
    for rid, email in connection.execute(
        core_select(t.c.id, t.c.email)
        .where(*conditions, t.c.email.is_not(None))
        .order_by(t.c.submitted_at, t.c.id)
    ):
        if policy == DuplicatePolicy.LAST_PER_EMAIL or email not in chosen:
            chosen[email] = rid
    return set(chosen.values())


def with_answer_key(stats: Mapping[str, Any], document: ItemDocument) -> dict[str, Any]:
    """A copy of ``stats`` whose choice options say whether they are right
    (``"correct": true`` for an option worth points), so that the charts mark them."""
    marked = copy.deepcopy(dict(stats))
    by_id = {q.id: q for q in document.questions}
    for row in marked.get("questions") or []:
        question = by_id.get(row.get("id"))
        if question is None or not question.scored or question.type not in CHOICE_TYPES:
            continue
        right = {o.id for o in question.options if o.fraction > 0}
        for option in row.get("options") or []:
            option["correct"] = option.get("id") in right
    return marked


def _responses_path(path: Path, suffix: str) -> Path:
    return path.with_name(f"{path.stem}-responses{suffix}")


def _check_folder(path: Path) -> Path:
    path = Path(path)
    if not path.parent.is_dir():
        raise ReportError(f"cannot write {path}: the folder {path.parent} does not exist")
    if path.is_dir():
        raise ReportError(f"cannot write {path}: it is a folder")
    return path


def export_reports(
    library: LibraryService,
    item_id: int,
    *,
    html: Path | None = None,
    pdf: Path | None = None,
    csv: Path | None = None,
    xlsx: Path | None = None,
    language: str = "fr",
    colour: str | None = None,
    generated_at: datetime | None = None,
    **filters: Any,
) -> list[Path]:
    """Write the requested reports of item ``item_id`` and return the files written.

    ``filters`` are item_statistics' (source, variant, since, until, duplicate_policy,
    reach, version); ``None`` values are ignored. ``csv`` receives the per-question
    table and ``<stem>-responses.csv`` beside it the raw responses; ``xlsx`` has both,
    as the sheets "Questions" and "Responses". ``colour`` defaults to the item's theme.
    """
    targets = [_check_folder(p) for p in (html, pdf, csv, xlsx) if p is not None]
    if not targets:
        return []
    chosen = {k: v for k, v in filters.items() if v is not None}
    stats = item_statistics(library, item_id, **chosen)
    document, _ = _document(library, item_id, chosen.get("version"))
    stats = with_answer_key(stats, document)
    colour = colour or library.item(item_id).document.theme.primary_color
    moment = generated_at or datetime.now(UTC)
    table_filters = {
        k: v
        for k, v in chosen.items()
        if k in ("source", "variant", "since", "until", "duplicate_policy", "version")
    }
    written: list[Path] = []
    try:
        if html is not None:
            text = html_report(stats, language=language, colour=colour, generated_at=moment)
            write_atomically(Path(html), text.encode("utf-8"))
            written.append(Path(html))
        if pdf is not None:
            data = pdf_report(stats, language=language, colour=colour, generated_at=moment)
            write_atomically(Path(pdf), data)
            written.append(Path(pdf))
        if csv is not None:
            header, rows = question_table(stats, language=language)
            write_csv(Path(csv), header, rows)
            written.append(Path(csv))
            raw = _responses_path(Path(csv), ".csv")
            write_csv(raw, *response_table(library, item_id, language=language, **table_filters))
            written.append(raw)
        if xlsx is not None:
            sheets = {
                "Questions": question_table(stats, language=language),
                "Responses": response_table(library, item_id, language=language, **table_filters),
            }
            write_xlsx(Path(xlsx), sheets)
            written.append(Path(xlsx))
    except OSError as error:
        raise ReportError(f"cannot write the report: {error}") from error
    return written
