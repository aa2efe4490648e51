"""Import of response files into one item, from every source: scored, once, whole.

The file is streamed (a million rows must fit in well under 500 MB), each distinct cell
is matched and scored once (the caches below), and rows go to SQLite in chunks through
SQLAlchemy Core, all inside one transaction: a crash or a cancel leaves the library as
it was. Rows are known by an id (the tool's own, or a hash of the row's content), so
importing the same file twice, or a later export that repeats earlier rows, adds only
what is new. A file already imported whole (same SHA-256) is recognised at once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, col, select

from quizbuilder.domain.content import MULTI_CHOICE_TYPES, ItemDocument, Question
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.matching import fold, match_columns
from quizbuilder.domain.scoring import leading_outcomes
from quizbuilder.formats.responses_jsonl import RejectedLine
from quizbuilder.formats.sources import (
    BY_NAME,
    DateReader,
    MappedCsv,
    Mapping,
    MicrosoftForms,
    Source,
    SourceError,
    SurveyMonkey,
    detect,
)
from quizbuilder.formats.tabular import (
    CELL_SEPARATOR,
    ColumnarReadFailed,
    Row,
    RowBatch,
    Table,
    open_table,
)
from quizbuilder.services.answer_columns import AnswerColumns, Column, OptionColumns
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.services.privacy import ERASED_REASON, erased_filter
from quizbuilder.services.response_batch import FastBatch
from quizbuilder.services.statistics_scan import AnswerCoder
from quizbuilder.store import items as store
from quizbuilder.store import responses as rstore
from quizbuilder.store.tables import ImportBatch, Item

CHUNK = 5_000
BATCH_ROWS = 2_000  # rows read at a time (taken by column when plain; small enough for the cache)
# rows at a time when pyarrow reads the file: its array steps cost per call, not per row
COLUMNAR_BATCH_ROWS = 65_536
REPORT_LIMIT = 50  # unknown values and score disagreements listed; the rest counted


class ImportCancelled(QuizbuilderError):
    def __init__(self) -> None:
        super().__init__("the import was cancelled; the library is as it was")


@dataclass
class ImportOptions:
    source: str = "auto"
    mapping: Mapping | None = None
    # For a recognised export: column title -> question id (or None: not imported),
    # overriding the automatic matching while keeping the source's ids, dates and scores.
    columns: dict[str, str | None] | None = None
    timezone: str | None = None
    progress: Callable[[int], None] | None = None  # called with the rows read so far
    cancelled: Callable[[], bool] | None = None


@dataclass
class UnknownValue:
    line: int
    column: str
    value: str


@dataclass
class ImportResult:
    file: str
    source: str
    imported: int = 0
    duplicates: int = 0
    rejected: list[RejectedLine] = field(default_factory=list)
    batch: int | None = None
    already_imported: bool = False
    encoding: str = ""
    delimiter: str = ""
    matched_columns: dict[str, str] = field(default_factory=dict)  # column -> question id
    unmatched_columns: list[str] = field(default_factory=list)
    questions_without_column: list[str] = field(default_factory=list)
    unknown_values: list[UnknownValue] = field(default_factory=list)
    unknown_count: int = 0
    score_disagreements: list[tuple[int, float, float]] = field(default_factory=list)
    disagreement_count: int = 0

    def as_dict(self) -> dict[str, Any]:
        """The command line's JSON: exactly these keys (an API)."""
        return {
            "source": self.source,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": [{"line": r.line, "reason": r.reason} for r in self.rejected],
            "batch": self.batch,
        }


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _coder(plan: _Plan, document: ItemDocument, version_hash: str) -> AnswerCoder | None:
    """The answer coder of this import, or None where the answers text alone says what
    a response answered: several columns for one question, or a question's options as
    columns of their own."""
    questions = [c.question.id for c in plan.columns]
    if plan.groups or not document.questions or len(set(questions)) != len(questions):
        return None
    return AnswerCoder(document, version_hash)


@dataclass
class _Plan:
    columns: list[Column]
    groups: list[OptionColumns]
    unmatched: list[str]
    missing: list[str]


def _plan(
    source: Source,
    doc: ItemDocument,
    second: list[str] | None,
    overrides: dict[str, str | None] | None = None,
) -> _Plan:
    header = source.header
    candidates = source.answer_columns()
    groups: dict[str, OptionColumns] = {}
    columns: list[Column] = []
    if isinstance(source, MappedCsv):
        by_id = {q.id: q for q in doc.questions}
        for index, qid in source.question_columns().items():
            if qid not in by_id:
                raise SourceError(f"the mapping names a question '{qid}' the item does not have")
            columns.append(Column(index, header[index], by_id[qid]))
        used = {c.index for c in columns}
        unmatched = [header[i] for i in candidates if i not in used]
    else:
        titles = _effective_titles(source, header, second, candidates)
        matched, rest = match_columns([titles[i] for i in candidates], doc.questions)
        taken = set()
        for position, question in matched.items():
            index = candidates[position]
            if second is not None and _is_option_group(second, index, question):
                continue
            columns.append(Column(index, header[index], question))
            taken.add(question.id)
        unmatched = []
        for position in range(len(candidates)):
            index = candidates[position]
            if position in matched and any(c.index == index for c in columns):
                continue
            owner = _option_owner(doc, titles[index], second[index] if second else "", taken)
            if owner is None:
                unmatched.append(header[index] or f"column {index + 1}")
                continue
            group = groups.setdefault(owner.id, OptionColumns(owner))
            option = _option_of(owner, second[index] if second else header[index])
            if option is None:
                group.other = index
            else:
                group.options.append((index, option))
        del rest
        if overrides:
            columns, unmatched = _override(columns, unmatched, overrides, header, candidates, doc)
            overridden = {c.question.id for c in columns}
            groups = {qid: g for qid, g in groups.items() if qid not in overridden}
    answered = {c.question.id for c in columns} | set(groups)
    missing = [q.text or q.id for q in doc.questions if q.id not in answered]
    return _Plan(columns, list(groups.values()), unmatched, missing)


def _override(
    columns: list[Column],
    unmatched: list[str],
    overrides: dict[str, str | None],
    header: list[str],
    candidates: list[int],
    doc: ItemDocument,
) -> tuple[list[Column], list[str]]:
    """Apply the person's corrections to the automatic column matching."""
    by_id = {q.id: q for q in doc.questions}
    unknown = [qid for qid in overrides.values() if qid is not None and qid not in by_id]
    if unknown:
        raise SourceError(f"the item has no question '{unknown[0]}'")
    titles = {header[i]: i for i in candidates}
    missing = [t for t in overrides if t not in titles]
    if missing:
        raise SourceError(f"the file has no column {missing[0]!r}")
    kept = [c for c in columns if c.title not in overrides]
    for title, qid in overrides.items():
        if qid is not None:
            kept.append(Column(titles[title], title, by_id[qid]))
    chosen = [c.question.id for c in kept]
    twice = next((q for q in chosen if chosen.count(q) > 1), None)
    if twice is not None:
        raise SourceError(f"two columns are given to question '{twice}'")
    taken = {c.title for c in kept}
    dropped = [t for t, qid in overrides.items() if qid is None and t not in unmatched]
    return sorted(kept, key=lambda c: c.index), [
        *(t for t in unmatched if t not in taken),
        *dropped,
    ]


def _effective_titles(
    source: Source, header: list[str], second: list[str] | None, candidates: list[int]
) -> list[str]:
    titles = list(header)
    if isinstance(source, SurveyMonkey) and second is not None:
        current = ""
        for i in range(len(header)):
            if header[i].strip():
                current = header[i]
            titles[i] = current  # a question's text stands over its first column only
    if isinstance(source, MicrosoftForms):
        for i in candidates:
            stripped = titles[i].rstrip("0123456789")
            if stripped != titles[i] and stripped in {"Name", "Email", "ID"}:
                titles[i] = stripped  # Forms renames a question "Name" to "Name2"
    return titles


def _is_option_group(second: list[str], index: int, question: Question) -> bool:
    return question.type in MULTI_CHOICE_TYPES and fold(second[index]) not in (
        "response",
        "open ended response",
        "",
    )


def _option_of(question: Question, label: str) -> str | None:
    folded = fold(label)
    return next((o.id for o in question.options if fold(o.label) == folded), None)


def _option_owner(doc: ItemDocument, title: str, sub: str, taken: set[str]) -> Question | None:
    """The multiple-choice question a one-column-per-option header belongs to."""
    for q in doc.questions:
        if q.type not in MULTI_CHOICE_TYPES or q.id in taken:
            continue
        if sub and fold(title) == fold(q.text):  # SurveyMonkey: text above, option below
            return q
        if not sub and _option_of(q, title) is not None:  # Typeform's older exports
            return q
    return None


class _ContentIds:
    """Ids for rows of sources whose rows have no id of their own.

    The id hashes the row's cells; identical rows within one file are numbered, so
    two people who gave the same answers at the same second both count, and a later
    export of the same rows gives them the same ids again.
    """

    def __init__(self, source: Source) -> None:
        self.prefix = f"{source.name}-"
        # by digest: 16 bytes, not 32 hex digits (a million rows of a file are kept)
        self.seen: dict[bytes, int] = {}

    def __call__(self, cells: list[str]) -> str:
        digest = _blake2b_16(_join_cells(cells).encode("utf-8")).digest()
        n = self.seen.get(digest, 0) + 1
        self.seen[digest] = n
        return self.prefix + digest.hex() + (f"-{n}" if n > 1 else "")


# the content id's steps as C callables: no Python frame of their own, a million times
_join_cells = CELL_SEPARATOR.join  # as RowBatch.joined, which the batches hash alike
_blake2b_16 = partial(hashlib.blake2b, digest_size=16)


def import_responses(
    library: LibraryService, item_id: int, path: Path, options: ImportOptions | None = None
) -> ImportResult:
    options = options or ImportOptions()
    path = Path(path)
    if not path.is_file():
        raise QuizbuilderError(f"{path}: no such file")
    if options.source == "quizbuilder" or (options.source == "auto" and _looks_jsonl(path)):
        return _import_jsonl(library, item_id, path)
    digest = file_sha256(path)
    if options.progress is not None:
        options = replace(options, progress=_Furthest(options.progress))
    try:
        return _import_file(library, item_id, path, digest, options, columnar=True)
    except ColumnarReadFailed:
        # a row pyarrow does not read as the csv module does (another width, ...): the
        # transaction was rolled back; the csv module reads the file again and says why
        return _import_file(library, item_id, path, digest, options, columnar=False)


class _Furthest:
    """Reports the most rows read so far: when the file is read a second time (see
    above), the count shown holds until the second reading passes it."""

    def __init__(self, report: Callable[[int], None]) -> None:
        self.report = report
        self.furthest = 0

    def __call__(self, read: int) -> None:
        self.furthest = max(self.furthest, read)
        self.report(self.furthest)


def _import_file(
    library: LibraryService,
    item_id: int,
    path: Path,
    digest: str,
    options: ImportOptions,
    *,
    columnar: bool,
) -> ImportResult:
    """One import in one transaction: a file already imported is recognised by its hash."""
    with library.session() as s, s.begin():
        item = s.get(Item, item_id)
        if item is None:
            raise ItemNotFound(item_id)
        earlier = s.exec(
            select(ImportBatch).where(
                ImportBatch.item_id == item_id, ImportBatch.file_hash == digest
            )
        ).first()
        if earlier is not None:
            return ImportResult(
                file=str(path),
                source=earlier.source,
                duplicates=earlier.added + earlier.duplicates,
                batch=earlier.id,
                already_imported=True,
            )
        return _import_table(s, item, path, digest, options, columnar)


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise QuizbuilderError(f"unknown time zone {name!r} (try Europe/Paris)") from None


def _open_source(
    path: Path, options: ImportOptions, columnar: bool
) -> tuple[Table, Source, list[str] | None]:
    table = open_table(path, columnar=columnar)
    try:
        return _recognise(table, path, options)
    except BaseException:
        table.close()
        raise


def _recognise(
    table: Table, path: Path, options: ImportOptions
) -> tuple[Table, Source, list[str] | None]:
    dates = DateReader(_zone(options.timezone))
    if options.mapping is not None:
        return table, MappedCsv(table.header, dates, options.mapping), None
    if options.source not in ("auto", "csv") and options.source not in BY_NAME:
        raise QuizbuilderError(f"unknown source {options.source!r}")
    kind = BY_NAME.get(options.source) if options.source != "auto" else detect(table.header)
    if kind is None:
        raise SourceError(
            f"{path}: the columns ({', '.join(table.header[:4])}, ...) are not those of a "
            "Google Forms, Typeform, Microsoft Forms or SurveyMonkey export; give a column "
            "mapping (--mapping FILE) to import it"
        )
    second = None
    if kind.header_rows == 2:
        first = next(table.rows, None)
        second = [c.strip() for c in first.cells] if first else None
        if second is None:
            raise SourceError(f"{path}: the second header row is missing")
    return table, kind(table.header, dates), second


def _import_table(
    s: Session, item: Item, path: Path, digest: str, options: ImportOptions, columnar: bool
) -> ImportResult:
    assert item.id is not None
    document = store.item_document(item)
    version = store.freeze_version(s, item=item, document=document)
    table, source, second = _open_source(path, options, columnar)
    try:
        return _import_rows(
            s, item, path, digest, options, document, version.content_hash, table, source, second
        )
    finally:
        table.close()  # also when the import fails or is cancelled midway


def _import_rows(
    s: Session,
    item: Item,
    path: Path,
    digest: str,
    options: ImportOptions,
    document: ItemDocument,
    version_hash: str,
    table: Table,
    source: Source,
    second: list[str] | None,
) -> ImportResult:
    assert item.id is not None
    plan = _plan(source, document, second, options.columns)
    if not plan.columns and not plan.groups:
        raise SourceError(
            f"{path}: no column matches a question of this item "
            f"(columns: {', '.join(h for h in table.header[:6] if h)}, ...)"
        )
    result = ImportResult(
        file=str(path),
        source=source.name,
        encoding=table.encoding,
        delimiter=table.delimiter,
        matched_columns={c.title: c.question.id for c in plan.columns},
        unmatched_columns=plan.unmatched,
        questions_without_column=plan.missing,
    )
    batch = rstore.add_batch(
        s, item_id=item.id, file_name=path.name, file_hash=digest, source=source.name
    )
    assert batch.id is not None
    existing = rstore.existing_response_uids(s, item_id=item.id)
    erased = erased_filter(s.connection())  # after the batch: inside the write lock
    any_erased = bool(erased)
    outcomes = bool(document.outcomes)
    max_score = document.max_score or None
    score_max = document.max_score
    width = len(table.header)
    content_id = None if source.has_ids else _ContentIds(source)
    answer_columns = AnswerColumns(plan.columns, _coder(plan, document, version_hash))
    chunk: list[tuple[Any, ...]] = []
    item_key, batch_key, source_name = item.id, batch.id, source.name
    read = 0
    writer = rstore.ResponseWriter(s)
    # looked up once: the loop below runs a million times
    date, meta_of, groups, remember = writer.date, source.meta, plan.groups, existing.add
    codes = answer_columns.codes

    def flush() -> None:
        nonlocal chunk
        writer.write(chunk)
        result.imported += len(chunk)
        chunk = []

    fast = None
    if content_id is not None and FastBatch.possible(
        source, groups=bool(plan.groups), outcomes=outcomes, erased=any_erased
    ):
        fast = FastBatch(
            source=source,
            width=width,
            answer_indexes=[c.index for c in plan.columns],
            answers=answer_columns,
            ids=content_id,
            existing=existing,
            writer=writer,
            fixed={
                "item_id": item_key,
                "batch_id": batch_key,
                "content_hash": version_hash,
                "source": source_name,
                "max_score": max_score,
            },
            scored=bool(max_score),
            score_max=score_max,
            flush=flush,
        )
    # a second header row was read from ``rows``: the rest must come from there too
    batches = (
        table.batches(BATCH_ROWS, COLUMNAR_BATCH_ROWS)
        if second is None
        else _row_batches(table.rows)
    )
    for rows_batch in batches:
        if read and options.cancelled is not None and options.cancelled():
            raise ImportCancelled()  # looked at once some rows are in, as row by row
        plain = rows_batch.by_column(width) if fast is not None else None
        taken = (
            fast.take(*plain, rows_batch.arrays) if fast is not None and plain is not None else None
        )
        if taken is not None:
            read += len(rows_batch)
            result.imported += taken.imported
            result.duplicates += taken.duplicates
            result.disagreement_count += len(taken.disagreements)
            room = REPORT_LIMIT - len(result.score_disagreements)
            result.score_disagreements.extend(taken.disagreements[: max(0, room)])
            if options.progress is not None:
                options.progress(read)
            continue
        for row in rows_batch.as_rows():
            read += 1
            if read % 1000 == 0:
                if options.cancelled is not None and options.cancelled():
                    raise ImportCancelled()
                if options.progress is not None and read % 10_000 == 0:
                    options.progress(read)
            if row.problem:
                result.rejected.append(RejectedLine(row.line, row.problem))
                continue
            cells = row.cells
            rid = content_id(cells) if content_id is not None else None
            if len(cells) > width and any(c.strip() for c in cells[width:]):
                result.rejected.append(
                    RejectedLine(row.line, f"{len(cells)} cells for {width} columns")
                )
                continue
            try:
                meta = meta_of(cells)
            except ValueError as exc:
                result.rejected.append(RejectedLine(row.line, str(exc)))
                continue
            if any_erased:
                if erased.owns(meta.email, meta.lead):
                    result.rejected.append(RejectedLine(row.line, ERASED_REASON))
                    continue
                meta.lead = erased.scrub(meta.lead)
            own_id = meta.response_id
            rid = own_id or rid
            assert rid is not None
            if rid in existing:
                result.duplicates += 1
                continue
            if own_id or content_id is None:
                # a content id is unique within its file (repeated rows are numbered):
                # only the library's own ids need remembering, at 125 MB a million
                remember(rid)
            fragments, total, unknowns = answer_columns.read(cells)
            others: dict[str, list[str]] | None = None
            for column, unknown in unknowns:
                others = others if others is not None else {}
                others.setdefault(column.question.id, []).extend(unknown)
                result.unknown_count += len(unknown)
                if len(result.unknown_values) < REPORT_LIMIT:
                    result.unknown_values.extend(
                        UnknownValue(row.line, column.title, u) for u in unknown
                    )
            for group in groups:
                fragment, points, unknown = group.read(cells)
                if fragment is not None:
                    fragments.append(fragment)
                if points is not None:
                    total += points
                if unknown:
                    others = others if others is not None else {}
                    others.setdefault(group.question.id, []).extend(unknown)
            score = total if max_score else None
            if (
                meta.source_score is not None
                and score is not None
                and (meta.source_max is None or abs(meta.source_max - score_max) < 1e-9)
                and abs(score - meta.source_score) > meta.source_tolerance
            ):
                result.disagreement_count += 1
                if len(result.score_disagreements) < REPORT_LIMIT:
                    result.score_disagreements.append((row.line, score, meta.source_score))
            context = meta.context
            lead = meta.lead
            email = meta.email
            chunk.append(
                (
                    item_key,
                    batch_key,
                    rid,
                    version_hash,
                    None,
                    None,
                    context.get("utm_source") or source_name if context else source_name,
                    context.get("utm_medium") if context else None,
                    context.get("utm_campaign") if context else None,
                    date(meta.started_at) if meta.started_at is not None else None,
                    date(meta.submitted_at),
                    meta.completed,
                    score,
                    max_score,
                    _outcome(document, plan, cells) if outcomes else None,
                    " ".join(email.split()).lower() if email else None,
                    "{" + ",".join(filter(None, fragments)) + "}",
                    json.dumps(lead, ensure_ascii=False)
                    if len(lead) > 1 or (lead and "email" not in lead)
                    else None,  # the e-mail has its column
                    None,
                    json.dumps({**context, "other": others}, ensure_ascii=False)
                    if others
                    else (json.dumps(context) if context else None),
                    codes(),
                )
            )  # in store.responses.RESPONSE_COLUMNS order
            if len(chunk) >= CHUNK:
                flush()
    flush()
    writer.finish()
    if options.progress is not None:
        options.progress(read)
    if read == 0:
        raise QuizbuilderError(f"{path}: the file has a header but no responses")
    batch.added = result.imported
    batch.duplicates = result.duplicates
    batch.rejected = len(result.rejected)
    if result.imported:
        s.add(batch)
        result.batch = batch.id
    else:
        s.delete(batch)
    return result


def _row_batches(rows: Iterator[Row]) -> Iterator[RowBatch]:
    while found := list(islice(rows, BATCH_ROWS)):
        yield RowBatch(rows=found)


def _outcome(document: ItemDocument, plan: _Plan, cells: list[str]) -> str | None:
    """The personality quiz's leading outcome (the first listed, on a tie)."""
    answers: dict[str, Any] = {}
    n = len(cells)
    for column in plan.columns:
        answer = column.matcher.match(cells[column.index] if column.index < n else "").answer
        if answer is not None:
            answers[column.question.id] = answer
    leaders = leading_outcomes(document, answers)
    return leaders[0] if leaders else None


def _looks_jsonl(path: Path) -> bool:
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return True
    try:
        with path.open("rb") as fh:
            first = fh.readline(4096).strip()
    except OSError:
        return False
    return first.startswith(b"{") and b'"type"' in first


def _import_jsonl(library: LibraryService, item_id: int, path: Path) -> ImportResult:
    from quizbuilder.services.responses import import_jsonl_into

    with library.session() as s, s.begin():
        item = s.get(Item, item_id)
        if item is None:
            raise ItemNotFound(item_id)
        report = import_jsonl_into(s, path, only_item=item.uid)
        batch = s.exec(
            select(ImportBatch)
            .where(ImportBatch.item_id == item_id)
            .order_by(col(ImportBatch.id).desc())
        ).first()
        return ImportResult(
            file=str(path),
            source="quizbuilder",
            imported=report.added,
            duplicates=report.duplicates,
            rejected=report.rejected,
            batch=batch.id if batch is not None and report.added else None,
        )
