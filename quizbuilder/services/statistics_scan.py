"""The one pass over an item's responses that the statistics are computed from.

A million responses must take about a second, so the work per response is done by
C code (the SQLite driver, ``zip``, ``map``, ``Counter``), never by a Python loop:

- one query reads every response of the item, with the filters (source, variant,
  dates, version, duplicate policy) as a computed column, so that the same pass also
  gives the versions, sources and variants there are to filter on; on SQLite the rows
  come straight from the driver (SQLAlchemy's per-row processing costs more than the
  statistics), a chunk at a time (bounded memory);
- each distinct answers text is parsed and scored once (``_Scorer``), a question at a
  time over many texts, and kept in an ``AnswerCache``: the next call with another
  filter parses nothing again;
- a response imported with answer codes (``AnswerCoder``) made against the same
  document is read from them instead of its JSON: a few characters per question, shared
  by many responses, split without a JSON parse;
- a response then counts through precomputed integer keys: one per question for the
  pair (answer, total score), from which option counts, facility, discrimination and
  alpha follow, and one total id for the score distribution.
"""

from __future__ import annotations

import json
import threading
from array import array
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import chain, compress, islice, repeat
from operator import getitem, is_, itemgetter, mul, not_
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    Float,
    Integer,
    Select,
    and_,
    case,
    cast,
    column,
    func,
    null,
    or_,
    type_coerce,
)
from sqlalchemy import select as core_select
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.elements import ColumnElement

from quizbuilder.domain.content import (
    CHOICE_TYPES,
    MULTI_CHOICE_TYPES,
    SCALE_TYPES,
    DuplicatePolicy,
    ItemDocument,
    Question,
    QuestionType,
)
from quizbuilder.domain.scoring import question_score
from quizbuilder.store import packs
from quizbuilder.store.tables import Event, Response

if TYPE_CHECKING:
    import pyarrow as pa

RESPONSE = Response.__table__  # type: ignore[attr-defined]
EVENT = Event.__table__  # type: ignore[attr-defined]
CHUNK = 100_000  # rows fetched at a time
_PARSE_BATCH = 20_000  # answers texts parsed at a time
# A pair key is (value code * questions + question) * _TOTALS + total id. _TOTALS is odd
# so that the low bits, from which a dict spreads its keys, vary with all three (a power
# of two made a million-row count six times slower).
_TOTALS = (1 << 40) + 15
_PARTIAL = 0  # the total id of a response not completed (not scored)
_CODES_MARK = "#"  # begins an answer codes text; a JSON object begins with "{"
_NAN = float("nan")
_CODES_HASH = 16  # hex digits of the document's hash that an answer codes text carries


# --- reading rows -----------------------------------------------------------------------


def raw_rows(connection: Connection, query: Select[Any]) -> list[tuple[Any, ...]]:
    return list(chain.from_iterable(raw_chunks(connection, query)))


def raw_chunks(connection: Connection, query: Select[Any]) -> Iterator[list[tuple[Any, ...]]]:
    """The rows as plain tuples, ``CHUNK`` at a time. On SQLite the statement SQLAlchemy
    compiles goes straight to the driver, parameters bound as SQLAlchemy binds them,
    without the per-row result processing; elsewhere, the portable Core path."""
    dialect = connection.dialect
    if dialect.name != "sqlite":
        result = connection.execute(query)
        while rows := result.fetchmany(CHUNK):
            yield [tuple(row) for row in rows]
        return
    compiled = query.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    values = compiled.construct_params()
    params = []
    for name in compiled.positiontup or ():
        bind = compiled.binds.get(name)
        if bind is None:  # an expanded IN list's values: x_1 -> x_1_1, x_1_2, ...
            bind = compiled.binds[name.rsplit("_", 1)[0]]
        processor = bind.type.bind_processor(dialect)
        params.append(processor(values[name]) if processor else values[name])
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), params)
        while chunk := cursor.fetchmany(CHUNK):
            yield list(chunk)
    finally:
        cursor.close()


def seconds_to_complete(connection: Connection) -> ColumnElement[Any]:
    """submitted - started in seconds, computed by the database (to the microsecond on
    SQLite, which stores "YYYY-MM-DD HH:MM:SS.ffffff")."""
    t = RESPONSE
    if connection.dialect.name == "sqlite":
        whole = cast(func.strftime("%s", t.c.submitted_at), Integer) - cast(
            func.strftime("%s", t.c.started_at), Integer
        )
        fraction = cast(func.substr(t.c.submitted_at, 20), Float) - cast(
            func.substr(t.c.started_at, 20), Float
        )
        # only where there is a start: parsing the dates of every row costs
        return case((t.c.started_at.is_(None), None), else_=whole + fraction)
    return func.extract("epoch", t.c.submitted_at - t.c.started_at)


@dataclass(frozen=True)
class Filters:
    item_id: int
    source: str | None = None
    variant: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    version: str | None = None
    policy: DuplicatePolicy = DuplicatePolicy.KEEP_ALL
    # the responses the duplicate policy leaves out, when decided beforehand
    # (``with_duplicates_decided``): then a plain condition, not the policy's window query
    dropped: tuple[int, ...] | None = field(default=None, compare=False)

    def narrowing(self) -> bool:
        return self.policy != DuplicatePolicy.KEEP_ALL or any(
            v is not None for v in (self.source, self.variant, self.start, self.end, self.version)
        )

    def responses(self) -> list[ColumnElement[bool]]:
        """The conditions on the response table, the item's included."""
        t = RESPONSE
        conditions: list[ColumnElement[bool]] = [t.c.item_id == self.item_id]
        if self.source is not None:
            conditions.append(t.c.source == self.source)
        if self.variant is not None:
            conditions.append(t.c.variant == self.variant)
        if self.version is not None:
            conditions.append(t.c.content_hash == self.version)
        when = func.coalesce(t.c.submitted_at, t.c.started_at)  # a partial one has no submit
        if self.start is not None:
            conditions.append(when >= self.start)
        if self.end is not None:
            conditions.append(when <= self.end)
        if self.policy != DuplicatePolicy.KEEP_ALL:
            if self.dropped is not None:
                conditions.append(t.c.id.not_in(_json_ids(self.dropped)))
            else:
                conditions.append(self._one_per_email(conditions))
        return conditions

    @property
    def packed_columns(self) -> tuple[str, ...]:
        """The pack columns (``store.packs``) that :meth:`passing` reads."""
        names = ["id"]
        for name, value in (
            ("source", self.source),
            ("variant", self.variant),
            ("content_hash", self.version),
        ):
            if value is not None:
                names.append(name)
        if self.start is not None or self.end is not None:
            names += ["submitted_at", "started_at"]
        return tuple(names)

    def passing(self, table: pa.Table, dialect: Dialect) -> pa.ChunkedArray:
        """Which packed rows of ``table`` (``packed_columns`` at least) pass, as
        :meth:`responses` decides for rows: a NULL passes no condition, and a date is
        compared as SQLite compares the stored text with the bound one. The duplicate
        policy must be decided beforehand (:func:`settled`)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        assert self.policy == DuplicatePolicy.KEEP_ALL or self.dropped is not None
        conditions = []
        for name, value in (
            ("source", self.source),
            ("variant", self.variant),
            ("content_hash", self.version),
        ):
            if value is not None:
                conditions.append(pc.equal(table[name], value))
        if self.start is not None or self.end is not None:
            when = pc.coalesce(table["submitted_at"], table["started_at"])
            bound = RESPONSE.c.submitted_at.type.dialect_impl(dialect).bind_processor(dialect)
            if self.start is not None:
                conditions.append(pc.greater_equal(when, bound(self.start)))
            if self.end is not None:
                conditions.append(pc.less_equal(when, bound(self.end)))
        if self.policy != DuplicatePolicy.KEEP_ALL and self.dropped:
            dropped = pa.array(self.dropped, type=pa.int64())
            conditions.append(pc.invert(pc.is_in(table["id"], value_set=dropped)))
        kept = pa.repeat(True, table.num_rows)
        for condition in conditions:
            kept = pc.and_(kept, pc.fill_null(condition, False))
        return kept

    def with_duplicates_decided(self, connection: Connection) -> Filters:
        """These filters with the duplicate policy decided once: each person's first
        (or last) response by submission time then id, as ``_one_per_email`` says in
        SQL, from the addresses read once (SQLite only). Its window query re-sorts every
        response for each use (1.5 s at 100,000 here). The decision is
        ``statistics_blocks.decided``, which also takes the blocks' e-mail keys."""
        if self.policy == DuplicatePolicy.KEEP_ALL or connection.dialect.name != "sqlite":
            return self
        from quizbuilder.services.statistics_blocks import decided  # NumPy: loaded on use

        return decided(connection, self, {})

    def _one_per_email(self, conditions: list[ColumnElement[bool]]) -> ColumnElement[bool]:
        """Among the responses that pass the other filters, the first (or last) one
        submitted per e-mail; responses without an e-mail all count."""
        t = RESPONSE
        last = self.policy == DuplicatePolicy.LAST_PER_EMAIL
        order = (t.c.submitted_at.desc(), t.c.id.desc()) if last else (t.c.submitted_at, t.c.id)
        ranked = (
            core_select(
                t.c.id, func.row_number().over(partition_by=t.c.email, order_by=order).label("n")
            )
            .where(*conditions, t.c.email.is_not(None))
            .subquery()
        )
        chosen = core_select(ranked.c.id).where(ranked.c.n == 1)
        return or_(t.c.email.is_(None), t.c.id.in_(chosen))

    def events(self) -> list[ColumnElement[bool]]:
        e = EVENT
        conditions: list[ColumnElement[bool]] = [e.c.item_id == self.item_id]
        if self.source is not None:
            conditions.append(e.c.source == self.source)
        if self.variant is not None:
            conditions.append(e.c.variant == self.variant)
        if self.start is not None:
            conditions.append(e.c.at >= self.start)
        if self.end is not None:
            conditions.append(e.c.at <= self.end)
        return conditions


def sqlite_order(value: Any) -> tuple[int, Any]:
    """A sort key that orders stored values as SQLite's ORDER BY does: NULL first, then
    numbers, texts (by their UTF-8 bytes, which is the order of Python's strings), blobs."""
    if value is None:
        return (0, 0)
    if isinstance(value, str):
        return (2, value)
    return (3, value) if isinstance(value, bytes) else (1, value)


def packed_tables(
    connection: Connection, item_id: int, columns: Sequence[str], skip_batches: Sequence[int] = ()
) -> Iterator[pa.Table]:
    """These columns of each pack of the item (but those of ``skip_batches``)."""
    batches = packs.packed_batches(connection, item_id=item_id) - set(skip_batches)
    if not batches:
        return
    wanted = list(dict.fromkeys(columns))
    for _, table in packs.tables(connection, wanted, item_id=item_id, batch_ids=sorted(batches)):
        yield table


def packed_passing(
    connection: Connection,
    filters: Filters,
    columns: Sequence[str],
    skip_batches: Sequence[int] = (),
) -> Iterator[pa.Table]:
    """These columns of the item's packed rows that pass the (decided) filters, a pack at
    a time (those of ``skip_batches`` left out)."""
    wanted = [*filters.packed_columns, *columns]
    for table in packed_tables(connection, filters.item_id, wanted, skip_batches):
        found = table.filter(filters.passing(table, connection.dialect))
        if found.num_rows:
            yield found.select(list(dict.fromkeys(columns)))


def addresses(
    connection: Connection, filters: Filters, skip_batches: Sequence[int] = ()
) -> list[tuple[Any, ...]]:
    """(id, e-mail, submitted at, as stored) of the item's responses with an e-mail that
    pass ``filters``, from the rows and the packs (but those of ``skip_batches``)."""
    t = RESPONSE
    outside = (
        [or_(t.c.batch_id.is_(None), t.c.batch_id.not_in(list(skip_batches)))]
        if skip_batches
        else []
    )
    found = raw_rows(
        connection,
        core_select(t.c.id, t.c.email, t.c.submitted_at).where(
            *filters.responses(), t.c.email.is_not(None), *outside
        ),
    )
    columns = ("id", "email", "submitted_at")
    for table in packed_passing(connection, filters, columns, skip_batches):
        import pyarrow.compute as pc

        emailed = table.filter(pc.is_valid(table["email"]))
        found.extend(zip(*(emailed[c].to_pylist() for c in columns), strict=True))
    return found


def one_per_email(connection: Connection, filters: Filters) -> Filters:
    """``filters`` with the duplicate policy decided beforehand, as ``_one_per_email``'s
    window decides it but over the rows and the packs together: each e-mail's first (or
    last) response in SQLite's order of the stored submission times, then ids. Left to
    the window on another database (which has no packs)."""
    if filters.policy == DuplicatePolicy.KEEP_ALL or connection.dialect.name != "sqlite":
        return filters
    found = addresses(connection, replace(filters, policy=DuplicatePolicy.KEEP_ALL))
    last = filters.policy == DuplicatePolicy.LAST_PER_EMAIL
    found.sort(key=lambda row: (sqlite_order(row[2]), row[0]), reverse=last)
    chosen: dict[str, int] = {}
    for rid, email, _ in found:
        chosen.setdefault(email, rid)
    kept = set(chosen.values())
    return replace(filters, dropped=tuple(sorted(r[0] for r in found if r[0] not in kept)))


def settled(connection: Connection, filters: Filters) -> Filters:
    """``filters`` ready to be read from the packs as well as from the rows: the
    window query of ``Filters.responses`` sees only rows, so when the item has packs and
    the duplicate policy is not decided yet, it is decided here (:func:`one_per_email`)."""
    if filters.policy == DuplicatePolicy.KEEP_ALL or filters.dropped is not None:
        return filters
    if not packs.packs(connection, item_id=filters.item_id):
        return filters
    return one_per_email(connection, filters)


def _json_ids(ids: Sequence[int]) -> Select[Any]:
    """The ids as one JSON parameter (SQLite's limit on parameters is far below the
    number of responses a policy can leave out)."""
    listed = func.json_each(json.dumps(list(ids))).table_valued("value")
    return core_select(column("value")).select_from(listed)


# --- answers, parsed once per distinct text ------------------------------------------------


def _answered(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def _chosen(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [str(v) for v in value]
    return []


@dataclass(frozen=True)
class Value:
    """One distinct answer to one question, and what it counts for."""

    score: float  # 0 for a blank or an unscored question
    options: tuple[str, ...]  # option ids (or scale points as text) it counts for
    point: int | None  # a scale question's point


_BLANK = Value(0.0, (), None)
# (total, total id, pair keys as completed)
Parsed = tuple[float, int, tuple[int, ...]]


class Scorer:
    """Parses and scores answers texts against one document, each text once.

    Values are known by their ``repr`` (the same for equal JSON values of the same
    type), so that a question's column of answers is coded by ``map`` in C."""

    def __init__(self, document: ItemDocument, limit: int, digest: str = "") -> None:
        self.document = document
        self.digest = digest
        self.prefix = codes_prefix(digest) if digest else None
        self.questions = document.questions
        self.scored = document.max_score > 0
        self.limit = limit
        empty: tuple[Any, ...] = (None, "", [], {})
        blank = {repr(v): 0 for v in empty}
        self.codes: list[dict[str, int]] = [dict(blank) for _ in self.questions]
        self.values: list[list[Value]] = [[_BLANK] for _ in self.questions]  # code 0: blank
        self.total_ids: dict[float, int] = {}
        self.totals: list[float] = [0.0]  # by id; id 0 is "not completed"
        self.parsed: dict[str, Parsed] = {}
        self.keys: list[dict[int, list[int]]] = [{} for _ in self.questions]
        # value codes by answer code character (BLANK_CHAR: code 0)
        self.tokens: list[dict[str, int]] = [{BLANK_CHAR: 0} for _ in self.questions]
        self.lock = threading.Lock()

    def decode(self, key: int) -> tuple[int, int, int]:
        """(question index, value code, total id) of a pair key; code 0 is a blank."""
        rest, total_id = divmod(key, _TOTALS)
        code, index = divmod(rest, len(self.questions))
        return index, code, total_id

    def parse(self, texts: Sequence[str]) -> Mapping[str, Parsed]:
        """A mapping that has each of the texts' parse: the cache, once the new ones are
        made and cached; when the cache is full, a mapping of these texts only."""
        known = self.parsed
        distinct = set(texts)
        if distinct <= known.keys():
            return known
        with self.lock:  # the app computes statistics off the GUI thread
            return self._parse_missing(distinct)

    def _parse_missing(self, distinct: set[str]) -> Mapping[str, Parsed]:
        known = self.parsed
        new = list(distinct - known.keys())
        if not new:
            return known
        made: dict[str, Parsed] = {}
        prefix = self.prefix
        coded = [t for t in new if t.startswith(prefix)] if prefix else []
        if coded:
            new = [t for t in new if not t.startswith(prefix)]  # type: ignore[arg-type]
            for start in range(0, len(coded), _PARSE_BATCH):  # bounded memory
                batch = coded[start : start + _PARSE_BATCH]
                made.update(zip(batch, self._parse_new(self._token_codes(batch)), strict=True))
        for start in range(0, len(new), _PARSE_BATCH):  # bounded memory for the JSON
            batch = new[start : start + _PARSE_BATCH]
            made.update(zip(batch, self._parse_new(self._json_codes(batch)), strict=True))
        room = self.limit - len(known)
        if len(made) <= room:
            known.update(made)
            return known
        known.update(islice(made.items(), max(0, room)))
        made.update((t, known[t]) for t in distinct - made.keys())
        return made

    def _json_codes(self, texts: list[str]) -> tuple[int, list[list[int]]]:
        """Each question's column of value codes, from answers texts."""
        n = len(texts)
        documents = _load(texts)
        code_columns = []
        for index, q in enumerate(self.questions):
            table = self.codes[index]
            codes: list[Any] = list(
                map(table.get, map(repr, map(dict.get, documents, repeat(q.id))))
            )
            for j in compress(range(n), map(is_, codes, repeat(None))):  # not seen before
                answer = documents[j].get(q.id)
                code = table.get(repr(answer))
                codes[j] = self._code(index, repr(answer), answer) if code is None else code
            code_columns.append(codes)
        return n, code_columns

    def _token_codes(self, texts: list[str]) -> tuple[int, list[list[int]]]:
        """Each question's column of value codes, from answer codes texts (made by an
        ``AnswerCoder`` for this document): one character per question, each distinct
        one decoded once; a text of another length counts as unanswered."""
        n = len(texts)
        cut = len(self.prefix or "")
        width = cut + len(self.questions)
        if any(len(t) != width for t in texts):
            blank = texts[0][:cut] + BLANK_CHAR * len(self.questions) if texts else ""
            texts = [t if len(t) == width else blank for t in texts]
        whole = "".join(texts)  # every text has the same length: a column is a slice
        columns = [whole[cut + index :: width] for index in range(len(self.questions))]
        code_columns = []
        for index, q in enumerate(self.questions):
            table = self.tokens[index]
            chars = columns[index]
            codes: list[Any] = list(map(table.get, chars))
            if None in codes:  # a character not seen before
                for char in set(chars) - table.keys():
                    table[char] = len(self.values[index])
                    self.values[index].append(_decoded(q, ord(char) - _CHAR_BASE))
                codes = list(map(table.__getitem__, chars))
            code_columns.append(codes)
        return n, code_columns

    def _parse_new(self, coded: tuple[int, list[list[int]]]) -> list[Parsed]:
        n, code_columns = coded
        score_columns = []
        for index, q in enumerate(self.questions):
            codes = code_columns[index]
            if q.scored:
                scores = [v.score for v in self.values[index]]
                score_columns.append(list(map(scores.__getitem__, codes)))
        # the same sum, in the same order, as scoring one response does
        totals = list(map(sum, zip(*score_columns, strict=True))) if score_columns else [0.0] * n
        total_ids = list(map(self._total_id, totals))
        done_columns = []
        present = set(total_ids)
        for index, codes in enumerate(code_columns):
            keys = self._keys(index, present)
            done_columns.append(list(map(getitem, map(keys.__getitem__, total_ids), codes)))
        done = list(zip(*done_columns, strict=True)) if code_columns else [()] * n
        return list(zip(totals, total_ids, done, strict=True))

    def _keys(self, index: int, total_ids: Iterable[int]) -> dict[int, list[int]]:
        """Question ``index``'s pair keys, by total id then value code. Each key is one
        int object, shared by every text that has it: counting a million responses then
        touches a few thousand objects, not ten million."""
        keys = self.keys[index]
        width = len(self.questions)
        codes = len(self.values[index])
        for total_id in total_ids:
            row = keys.setdefault(total_id, [])
            row.extend(
                (code * width + index) * _TOTALS + total_id for code in range(len(row), codes)
            )
        return keys

    def _total_id(self, total: float) -> int:
        found = self.total_ids.get(total)
        if found is None:
            found = self.total_ids[total] = len(self.totals)
            self.totals.append(total)
        return found

    def _code(self, index: int, key: str, answer: Any) -> int:
        if not _answered(answer):
            code = 0
        else:
            code = len(self.values[index])
            self.values[index].append(_value(self.questions[index], answer))
        self.codes[index][key] = code
        return code


def _load(texts: list[str]) -> list[dict[str, Any]]:
    """Each text's JSON object, in one parse when all are sound; a damaged text counts
    as unanswered rather than stopping the statistics."""
    try:
        documents = json.loads("[" + ",".join(texts) + "]")
        if len(documents) != len(texts):
            raise ValueError("a text holds more than one value")
    except ValueError:
        documents = []
        for text in texts:
            try:
                documents.append(json.loads(text))
            except ValueError:
                documents.append({})
    return [d if type(d) is dict else {} for d in documents]


def _value(question: Question, answer: Any) -> Value:
    score = question_score(question, answer) or 0.0
    if question.type in CHOICE_TYPES or question.type == QuestionType.RANKING:
        return Value(score, tuple(dict.fromkeys(_chosen(answer))), None)
    if question.type in SCALE_TYPES and isinstance(answer, int) and not isinstance(answer, bool):
        return Value(score, (str(answer),), answer)
    return Value(score, (), None)


def codes_prefix(digest: str) -> str:
    """What begins the answer codes texts made against the document of hash ``digest``."""
    return _CODES_MARK + digest[:_CODES_HASH]


_CHAR_BASE = 0x30  # an answer's code k is the character chr(_CHAR_BASE + k); "0": blank
_CODE_LIMIT = 0xD000 - _CHAR_BASE  # below the surrogates, which a text cannot hold
_MULTI_OPTIONS = 12  # a multiple choice question's code is a bitmask of its options
_POINTS = 1000  # a scale point's code is the point + 1


def _canonical(question: Question, k: int) -> tuple[bool, Any]:
    """The answer that code ``k`` stands for: (whether there is one, the answer); for a
    question without options or scale, only a blank (0) or an unscored answer (1)."""
    if question.type in MULTI_CHOICE_TYPES:
        options = question.options[:_MULTI_OPTIONS]
        return k < 1 << len(options), [o.id for i, o in enumerate(options) if k >> i & 1]
    if question.type in CHOICE_TYPES:
        if not 0 < k <= len(question.options):
            return False, None
        return True, question.options[k - 1].id
    if question.type in SCALE_TYPES:
        return k <= _POINTS, k - 1
    return k == 1, None


def answer_code(question: Question, answer: Any) -> int | None:
    """The code of an answer (as its JSON reads back), such that the code's answer
    counts exactly as this one does; None when no code does (the response is then
    read from its JSON). 0 is a blank."""
    if not _answered(answer):
        return 0
    k: int | None = None
    if question.type in MULTI_CHOICE_TYPES:
        ids = [o.id for o in question.options[:_MULTI_OPTIONS]]
        if isinstance(answer, list) and all(isinstance(a, str) and a in ids for a in answer):
            k = sum(1 << ids.index(a) for a in set(answer))
    elif question.type in CHOICE_TYPES:
        ids = [o.id for o in question.options]
        k = ids.index(answer) + 1 if isinstance(answer, str) and answer in ids else None
    elif question.type in SCALE_TYPES:
        if type(answer) is int and 0 <= answer < _POINTS:
            k = answer + 1
    else:
        k = 1
    if k is None or not 0 < k < _CODE_LIMIT:
        return None
    return k if _same(_decoded(question, k), _value(question, answer)) else None


def _same(a: Value, b: Value) -> bool:
    """Whether two values count the same (the order of the options does not count)."""
    return a.score == b.score and set(a.options) == set(b.options) and a.point == b.point


def _decoded(question: Question, k: int) -> Value:
    """The value of answer code ``k``; a code no answer has counts as a blank."""
    if k == 0:
        return _BLANK
    known, answer = _canonical(question, k)
    if not known:
        return _BLANK
    if answer is None:  # an answer to a question without options or scale: unscored
        return Value(0.0, (), None)
    return _value(question, answer)


class AnswerCoder:
    """Makes the answer codes text of responses scored against one document, at import:
    the document's mark, then one character per question (``answer_code``). Codes are
    kept by the answer's JSON text: an import has few distinct answers."""

    def __init__(self, document: ItemDocument, digest: str) -> None:
        self.questions = document.questions
        self.index = {q.id: i for i, q in enumerate(self.questions)}
        self.prefix = codes_prefix(digest)
        self._chars: list[dict[str, str | None]] = [{} for _ in self.questions]

    def char(self, index: int, answer_json: str | None) -> str | None:
        """Question ``index``'s code character for an answer given as its JSON text
        (None: no answer); None when the answer has no code."""
        if answer_json is None:
            return BLANK_CHAR
        chars = self._chars[index]
        if answer_json in chars:
            return chars[answer_json]
        k = answer_code(self.questions[index], json.loads(answer_json))
        found = None if k is None else chr(_CHAR_BASE + k)
        if len(chars) < 200_000:
            chars[answer_json] = found
        return found

    def text(self, chars: Iterable[str]) -> str:
        """The codes text of one response, from its characters in question order."""
        return self.prefix + "".join(chars)

    def codes(self, answers: Mapping[str, Any]) -> str | None:
        """The codes text of one response's answers (by question id); None when an
        answer has no code (the response is then read from its JSON)."""
        chars = []
        for index, question in enumerate(self.questions):
            answer = answers.get(question.id)
            text = None if answer is None else json.dumps(answer, ensure_ascii=False)
            char = self.char(index, text)
            if char is None:
                return None
            chars.append(char)
        return self.text(chars)


BLANK_CHAR = chr(_CHAR_BASE)


class AnswerCache:
    """Parsed answers, kept between calls: after a filter change, the statistics of the
    same item parse nothing again. Keyed by the document's content hash, so that an
    edited answer key is never scored with stale values. Bounded: ``limit`` texts per
    document, ``documents`` documents (the least recently used goes first)."""

    def __init__(self, limit: int = 200_000, documents: int = 4) -> None:
        self.limit = limit
        self.documents = documents
        self._scorers: OrderedDict[str, Scorer] = OrderedDict()
        self._lock = threading.Lock()

    def scorer(self, document: ItemDocument, digest: str) -> Scorer:
        with self._lock:
            found = self._scorers.get(digest)
            if found is None:
                found = self._scorers[digest] = Scorer(document, self.limit, digest)
                while len(self._scorers) > self.documents:
                    self._scorers.popitem(last=False)
            self._scorers.move_to_end(digest)
            return found

    def clear(self) -> None:
        self._scorers.clear()


# --- the pass -------------------------------------------------------------------------------


@dataclass
class Scan:
    """What the statistics need, counted over the responses that pass the filters
    (``catalogue``: over all of the item's responses)."""

    pairs: Counter[int] = field(default_factory=Counter)  # pair key -> responses
    # (total id, source, variant, outcome, has lead data, campaign, content hash) -> responses
    groups: Counter[tuple[Any, ...]] = field(default_factory=Counter)
    seconds: Counter[float] = field(default_factory=Counter)  # of completed responses
    stopped: Counter[int] = field(default_factory=Counter)  # last question answered
    # (content hash, source, variant) -> responses that do not pass the filters
    catalogue: Counter[tuple[Any, ...]] = field(default_factory=Counter)
    # completed responses, in the order read: row id, total id, seconds (or None)
    done_ids: array[int] = field(default_factory=lambda: array("q"))
    done_totals: array[int] = field(default_factory=lambda: array("q"))
    done_seconds: array[float] = field(default_factory=lambda: array("d"))  # NaN: no time


def scan(
    connection: Connection, filters: Filters, scorer: Scorer, skip_batches: Sequence[int] = ()
) -> Scan:
    """The row-by-row pass over the item's responses, stored as rows or in packs (but
    those of ``skip_batches``, counted from their blocks by ``statistics_blocks``)."""
    filters = settled(connection, filters)
    t = RESPONSE
    passes = (
        type_coerce(case((and_(*filters.responses()[1:]), 1), else_=0), Integer)
        if filters.narrowing()
        else type_coerce(1, Integer)
    )
    prefix = codes_prefix(scorer.digest)
    coded = func.substr(t.c.answer_codes, 1, len(prefix)) == prefix
    query = core_select(
        t.c.id,
        case((coded, t.c.answer_codes), else_=t.c.answers),  # the codes when they fit
        type_coerce(t.c.completed, Integer),
        t.c.source,
        t.c.variant,
        t.c.outcome if scorer.document.outcomes else null(),  # only personality quizzes
        type_coerce(or_(t.c.email.is_not(None), t.c.lead.is_not(None)), Integer),
        seconds_to_complete(connection),
        case((t.c.email.is_(None), None), else_=t.c.campaign),  # for the campaign badge
        t.c.content_hash,
        passes,
    ).where(t.c.item_id == filters.item_id)
    if skip_batches:
        query = query.where(or_(t.c.batch_id.is_(None), t.c.batch_id.not_in(list(skip_batches))))
    result = Scan()
    for rows in raw_chunks(connection, query):
        _count(result, [list(map(itemgetter(k), rows)) for k in range(11)], scorer)
    for columns in _packed_columns(connection, filters, scorer, skip_batches):
        _count(result, columns, scorer)
    return result


_SCANNED = (
    "id",
    "answer_codes",
    "answers",
    "completed",
    "source",
    "variant",
    "outcome",
    "email",
    "lead",
    "submitted_at",
    "started_at",
    "campaign",
    "content_hash",
)


def _packed_columns(
    connection: Connection, filters: Filters, scorer: Scorer, skip_batches: Sequence[int]
) -> Iterator[list[Sequence[Any]]]:
    """The columns of ``scan``'s query, a pack at a time, computed from the packed rows as
    SQL computes them from the rows."""
    import pyarrow as pa
    import pyarrow.compute as pc

    prefix = codes_prefix(scorer.digest)
    narrowing = filters.narrowing()
    wanted = [*_SCANNED, *filters.packed_columns]
    for table in packed_tables(connection, filters.item_id, wanted, skip_batches):
        codes, email = table["answer_codes"], table["email"]
        fits = pc.fill_null(pc.starts_with(codes, pattern=prefix), False)
        has_lead = pc.or_(pc.is_valid(email), pc.is_valid(table["lead"]))
        no_text = pa.scalar(None, type=pa.string())
        outcomes = table["outcome"] if scorer.document.outcomes else None
        passes = filters.passing(table, connection.dialect) if narrowing else None
        yield [
            table["id"].to_pylist(),
            pc.if_else(fits, codes, table["answers"]).to_pylist(),
            table["completed"].to_pylist(),
            table["source"].to_pylist(),
            table["variant"].to_pylist(),
            [None] * table.num_rows if outcomes is None else outcomes.to_pylist(),
            pc.cast(has_lead, pa.int64()).to_pylist(),
            _seconds(
                connection, table["submitted_at"].to_pylist(), table["started_at"].to_pylist()
            ),
            pc.if_else(pc.is_null(email), no_text, table["campaign"]).to_pylist(),
            table["content_hash"].to_pylist(),
            [1] * table.num_rows if passes is None else pc.cast(passes, pa.int64()).to_pylist(),
        ]


def _seconds(
    connection: Connection, submitted: list[str | None], started: list[str | None]
) -> list[float | None]:
    """``seconds_to_complete`` of packed rows: from the dates as ``store.blocks`` reads
    them (the same arithmetic as SQLite's), or by SQLite itself when a date is not stored
    as SQLAlchemy stores it."""
    from quizbuilder.store.blocks import parse_dates

    try:
        sub_s, sub_us, sub_null = parse_dates(submitted)
        start_s, start_us, start_null = parse_dates(started)
    except ValueError:
        found = connection.exec_driver_sql(
            "SELECT CASE WHEN b IS NULL THEN NULL ELSE "
            "CAST(strftime('%s', a) AS INTEGER) - CAST(strftime('%s', b) AS INTEGER) + "
            "(CAST(substr(a, 20) AS FLOAT) - CAST(substr(b, 20) AS FLOAT)) END FROM "
            "(SELECT key, json_extract(value, '$[0]') AS a, json_extract(value, '$[1]') AS b "
            "FROM json_each(?)) ORDER BY key",
            (json.dumps(list(zip(submitted, started, strict=True))),),
        )
        return [row[0] for row in found]
    seconds = (sub_s - start_s) + (sub_us / 1e6 - start_us / 1e6)
    missing = (sub_null | start_null).tolist()
    return [None if m else s for s, m in zip(seconds.tolist(), missing, strict=True)]


def _count(result: Scan, columns: list[Sequence[Any]], scorer: Scorer) -> None:
    """Counts the rows of ``scan``'s query, given as its 11 columns."""
    *columns, kept = columns
    if 0 in kept:  # only the responses that pass the filters; the others for the catalogue
        dropped = list(map(not_, kept))
        others = (compress(columns[k], dropped) for k in (9, 3, 4))  # hash, source, variant
        result.catalogue.update(zip(*others, strict=True))
        columns = [list(compress(c, kept)) for c in columns]
    ids, texts, dones, sources, variants, outcomes, leads, seconds, campaigns, hashes = columns
    if not texts:
        return
    parsed = scorer.parse(texts)
    infos = list(map(parsed.__getitem__, texts))
    result.pairs.update(chain.from_iterable(map(itemgetter(2), compress(infos, dones))))
    total_ids = list(map(mul, map(itemgetter(1), infos), dones))  # 0 when not completed
    result.groups.update(
        zip(total_ids, sources, variants, outcomes, leads, campaigns, hashes, strict=True)
    )
    result.done_ids.extend(compress(ids, dones))
    result.done_totals.extend(compress(total_ids, dones))
    done_seconds = list(compress(seconds, dones))
    if any(s is not None for s in done_seconds):
        result.done_seconds.extend(_NAN if s is None else s for s in done_seconds)
        result.seconds.update(s for s in done_seconds if s is not None and s >= 0)
    else:
        result.done_seconds.extend(repeat(_NAN, len(done_seconds)))
    _count_partial(result, compress(infos, map(not_, dones)), len(scorer.questions))


def _count_partial(result: Scan, infos: Iterable[Parsed], width: int) -> None:
    """Responses not completed count for their answers, unscored, and for where they
    stopped: their answered keys, moved from their total id to the "not completed" one."""
    for (_, total_id, keys), count in Counter(infos).items():
        answered = [k - total_id + _PARTIAL for k in keys if k // _TOTALS >= width]
        for key in answered:
            result.pairs[key] += count
        if answered:
            result.stopped[max((k // _TOTALS) % width for k in answered)] += count
