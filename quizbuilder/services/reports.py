"""Statistics reports of an item, written to files: HTML, PDF, CSV and XLSX.

The statistics are computed once and every requested file is drawn from them, so the
numbers agree from one file to the next. The raw response table is streamed from the
database with SQLAlchemy Core, as the statistics are, merged in submission order with
the responses stored in packs (``store.packs``), and written row by row; it leaves out
e-mail addresses and lead fields unless asked (reports show pseudonyms, DESIGN.md
"Privacy").
"""

from __future__ import annotations

import copy
import heapq
import json
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
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
from quizbuilder.services.statistics_scan import Filters, one_per_email, packed_passing
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
    start, end = _when(since), _when(until, end=True)
    filters = Filters(item_id, source, variant, start, end, version, policy)

    def rows() -> Iterator[list[Any]]:
        with library.engine.connect() as connection:
            # the policy's choice, as the statistics make it: the table and the report agree
            decided = one_per_email(connection, filters)
            for _, uid, sent, rsource, rvariant, done, outcome, who, email, text, lead in _merged(
                connection, decided
            ):
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


_COLUMNS = (
    "id",
    "response_uid",
    "submitted_at",
    "source",
    "variant",
    "completed",
    "outcome",
    "respondent",
    "email",
    "answers",
    "lead",
)


def _merged(connection: Connection, filters: Filters) -> Iterator[tuple[Any, ...]]:
    """The ``_COLUMNS`` of the responses that pass the filters, rows and packed rows
    together, in SQL's order: submitted (NULL first), then id."""
    t = _response
    stored = connection.execution_options(stream_results=True, yield_per=_BATCH).execute(
        core_select(*(t.c[name] for name in _COLUMNS))
        .where(*filters.responses())
        .order_by(t.c.submitted_at, t.c.id)
    )
    rows = map(tuple, stored)
    packed = _packed(connection, filters)
    return heapq.merge(rows, *packed, key=_submitted) if packed else rows


def _submitted(row: tuple[Any, ...]) -> tuple[Any, ...]:
    rid, _, sent = row[:3]
    return (0, rid) if sent is None else (1, sent, rid)


_ORDER = [("submitted_at", "ascending"), ("id", "ascending")]


def _packed(connection: Connection, filters: Filters) -> list[Iterator[tuple[Any, ...]]]:
    """Each pack's rows that pass the filters, sorted as ``_merged`` orders, with the
    values SQLAlchemy gives for a row's (a submission time as an aware datetime); read
    a slice at a time."""
    dialect = connection.dialect
    typed = _response.c.submitted_at.type.dialect_impl(dialect).result_processor(dialect, None)
    found = []
    for table in packed_passing(connection, filters, _COLUMNS):
        import pyarrow as pa
        import pyarrow.compute as pc

        sent = table["submitted_at"]
        timed = table.filter(pc.is_valid(sent))
        order = pc.sort_indices(timed, sort_keys=_ORDER)
        # a pack's rows are in id order: those not submitted come first, as SQL puts them
        ordered = pa.concat_tables([table.filter(pc.is_null(sent)), timed.take(order)])
        found.append(_slices(ordered, typed))
    return found


def _slices(table: Any, typed: Any) -> Iterator[tuple[Any, ...]]:
    """A table's rows, ``_BATCH`` at a time turned into Python values."""
    for part in table.to_batches(max_chunksize=_BATCH):
        columns = [part.column(name).to_pylist() for name in _COLUMNS]
        columns[2] = [None if v is None else typed(v) for v in columns[2]]
        yield from zip(*columns, strict=True)


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
