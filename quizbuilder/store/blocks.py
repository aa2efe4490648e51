"""Response blocks: an import's responses as columns, for the statistics.

Reading a million responses row by row costs more than the statistics' whole budget
(issue 6: half the time Python's csv module takes to read the file they came from). So
a bulk import (``store.responses.ResponseWriter``) also keeps what the statistics read
of each row as a few NumPy arrays, written once per batch in parts of ``PART_ROWS``:

- ``ids``: the rows' ids, in the order written;
- ``codes``: the answer codes (``services.statistics_scan.AnswerCoder``), one unsigned
  16-bit column per question, and ``coded``: whether the row has codes made against the
  block's document (``digest``, the codes' prefix); a row without them is counted from
  its JSON by the row-by-row path;
- ``completed``; ``when``: submitted (or else started) at, microseconds since 1970, and
  ``when_null``; ``seconds``: submitted minus started at (NaN where either is missing),
  computed as the SQL of ``statistics_scan.seconds_to_complete`` computes it;
- ``source``, ``variant``, ``outcome``, ``campaign`` (only where there is an e-mail),
  ``content_hash``: indexes into the part's string tables; ``lead``: whether the row has
  an e-mail or lead data;
- ``person``: a 64-bit key of the stored e-mail (:func:`person_keys`, BLAKE2b: the same
  address, the same key; the address itself is not in the block), ``has_email`` and
  ``submitted_null``, for the duplicate policies (first or last response per e-mail)
  without reading every row's address. Parts made before they existed lack them: the
  policy is then decided from the rows.

A block is a copy: the rows stay the record. It is used only while it matches them:
migration 0006's triggers drop the blocks of a batch when one of its rows is updated or
deleted, and :func:`load_blocks` checks that the batch's first and last ids are those
the block was made from (only its import writes a batch's rows).
"""

from __future__ import annotations

import hashlib
import io
import json
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Any, cast

import numpy as np
from sqlalchemy import Connection

PART_ROWS = 65_536  # rows per stored part: bounded blobs, and bounded memory to build one
CODES_PREFIX = 17  # "#" and 16 hex digits of the document's hash begin an answer codes text
_CHAR_BASE = 0x30  # an answer code k is the character chr(_CHAR_BASE + k)
FORMAT = 2  # 1: NumPy's npz (read slowly through zipfile)
STRING_COLUMNS = ("source", "variant", "outcome", "campaign", "content_hash")
_NULL_DATE = "0001-01-01 00:00:00.000000"
_DATE_WIDTH = len(_NULL_DATE)


@dataclass
class Block:
    """One batch's columns (its parts put together), as :func:`load_blocks` gives them."""

    batch_id: int
    ids: np.ndarray
    digest: str | None  # the codes' prefix; None when no row is coded
    codes: np.ndarray  # (rows, questions) uint16; (rows, 0) when no row is coded
    coded: np.ndarray
    completed: np.ndarray
    when: np.ndarray
    when_null: np.ndarray
    seconds: np.ndarray
    lead: np.ndarray
    strings: dict[str, np.ndarray]  # column -> index into tables[column]
    tables: dict[str, list[str | None]]
    # for the duplicate policies; None in a block with a part made before they existed
    person: np.ndarray | None = None  # uint64 key of the e-mail (person_keys)
    has_email: np.ndarray | None = None
    submitted_null: np.ndarray | None = None

    @property
    def rows(self) -> int:
        return len(self.ids)


# --- dates ------------------------------------------------------------------------------


def _days_from_civil(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 of proleptic Gregorian dates (H. Hinnant's algorithm)."""
    y = y - (m <= 2)
    era = np.floor_divide(y, 400)
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def parse_dates(texts: Sequence[str | None]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(whole seconds, microseconds within the second, null) of dates stored as SQLite
    text ("YYYY-MM-DD HH:MM:SS.ffffff"), a million at a time without a Python loop."""
    n = len(texts)
    null = _nulls(texts)
    if n and null.all():
        zero = np.zeros(n, dtype=np.int64)
        return zero, zero.copy(), null
    filled = cast(
        Sequence[str], [_NULL_DATE if t is None else t for t in texts] if null.any() else texts
    )
    if n and set(map(len, filled)) != {_DATE_WIDTH}:
        raise ValueError("a date is not stored as YYYY-MM-DD HH:MM:SS.ffffff")
    chars = np.array(filled, dtype=f"<U{_DATE_WIDTH}").view(np.uint32).reshape(n, _DATE_WIDTH)
    d = chars.astype(np.int32) - 48

    def number(start: int, width: int) -> np.ndarray:
        value = np.zeros(n, dtype=np.int64)
        for k in range(start, start + width):
            value = value * 10 + d[:, k]  # int64: the sum of int64 and int32
        return value

    days = _days_from_civil(number(0, 4), number(5, 2), number(8, 2))
    whole = days * 86400 + number(11, 2) * 3600 + number(14, 2) * 60 + number(17, 2)
    return whole, number(20, 6), null


def _nulls(values: Sequence[Any]) -> np.ndarray:
    """Where the values are None (``map`` over a C function: no Python frame a row)."""
    if isinstance(values, list | tuple) and values.count(None) == 0:
        return np.zeros(len(values), dtype=bool)
    return np.fromiter(map(operator.is_, values, repeat(None)), dtype=bool, count=len(values))


# --- people -------------------------------------------------------------------------------


def person_keys(emails: Sequence[str | None]) -> tuple[np.ndarray, np.ndarray]:
    """(key, has an e-mail) of stored e-mails: the first 8 bytes of the BLAKE2b of the
    address as stored, as an unsigned integer (0 where there is none). Two addresses
    share a key with odds of about 1 in 10^7 among a million people."""
    has = ~_nulls(emails)
    present = [e for e in emails if e is not None]
    keys = np.zeros(len(emails), dtype=np.uint64)
    if present:
        blake2b = hashlib.blake2b  # a comprehension: faster here than map over partials
        digests = b"".join([blake2b(e.encode(), digest_size=8).digest() for e in present])
        keys[has] = np.frombuffer(digests, dtype="<u8")
    return keys, has


# --- building -----------------------------------------------------------------------------


def _encode(values: Sequence[Any]) -> tuple[np.ndarray, list[Any]]:
    """Indexes into a table of the distinct values (in order of appearance)."""
    table = list(dict.fromkeys(values))
    if len(table) == 1:
        return np.zeros(len(values), dtype=np.int32), table
    index = {v: k for k, v in enumerate(table)}
    return np.fromiter(map(index.__getitem__, values), dtype=np.int32, count=len(values)), table


def _codes(texts: Sequence[str | None], n: int) -> tuple[str | None, np.ndarray, np.ndarray]:
    """The block's codes prefix, the codes (rows x questions) and which rows have them:
    those whose text has the most common prefix and length."""
    uniform = _uniform_codes(texts, n)
    if uniform is not None:
        return uniform
    present = [t for t in texts if t is not None and len(t) > CODES_PREFIX]
    if not present:
        return None, np.zeros((n, 0), dtype=np.uint16), np.zeros(n, dtype=bool)
    first = present[0]
    prefix, width = first[:CODES_PREFIX], len(first)
    if (
        len(present) == n
        and set(map(len, present)) == {width}
        and {t[:CODES_PREFIX] for t in present} == {prefix}
    ):
        coded = np.ones(n, dtype=bool)  # the usual case, checked without a Python loop a row
    else:
        coded = np.fromiter(
            (t is not None and len(t) == width and t.startswith(prefix) for t in texts),
            dtype=bool,
            count=n,
        )
    filled = (
        texts if coded.all() else [t if ok else first for t, ok in zip(texts, coded, strict=True)]
    )
    wide = np.frombuffer("".join(filled).encode("utf-32-le"), dtype=np.uint32)  # type: ignore[arg-type]
    codes = wide.reshape(n, width)[:, CODES_PREFIX:] - _CHAR_BASE
    return prefix, codes.astype(np.uint16), coded


def _uniform_codes(
    texts: Sequence[str | None], n: int
) -> tuple[str, np.ndarray, np.ndarray] | None:
    """:func:`_codes` of the usual part, every row coded against one document, by one
    look at all the texts at once; None otherwise. Texts of the same length and prefix
    are what is left when the texts together are as long as ``n`` of the first and
    each slice at a multiple of its length begins with its prefix: "#" opens a codes
    text and appears nowhere else in one, so no slice of a shorter or longer text can
    begin with it."""
    if not n or not isinstance(texts, list) or texts.count(None):
        return None
    first = cast(str, texts[0])
    width = len(first)
    if width <= CODES_PREFIX or not first.startswith("#"):
        return None
    joined = "".join(cast(list[str], texts))
    if len(joined) != n * width:
        return None
    wide = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).reshape(n, width)
    if not (wide[:, :CODES_PREFIX] == wide[0, :CODES_PREFIX]).all():
        return None
    codes = (wide[:, CODES_PREFIX:] - _CHAR_BASE).astype(np.uint16)
    return first[:CODES_PREFIX], codes, np.ones(n, dtype=bool)


def build_part(columns: Mapping[str, Sequence[Any]]) -> bytes:
    """One stored part, from the rows' columns (``store.responses.RESPONSE_COLUMNS``
    names, dates as the stored text) and their ids."""
    ids = np.asarray(columns["id"], dtype=np.int64)
    n = len(ids)
    prefix, codes, coded = _codes(columns["answer_codes"], n)
    sub_s, sub_us, sub_null = parse_dates(columns["submitted_at"])
    start_s, start_us, start_null = parse_dates(columns["started_at"])
    when = np.where(sub_null, start_s * 1_000_000 + start_us, sub_s * 1_000_000 + sub_us)
    # as SQLite computes it: whole seconds apart, plus the fractions' difference
    seconds = (sub_s - start_s) + (sub_us / 1e6 - start_us / 1e6)
    seconds[sub_null | start_null] = np.nan
    emails = columns["email"]
    person, has_email = person_keys(emails)
    has_lead = ~_nulls(columns["lead"])
    campaigns = columns["campaign"]
    if not _nulls(campaigns).all():  # a campaign counts only where there is an e-mail
        campaigns = [c if e is not None else None for c, e in zip(campaigns, emails, strict=True)]
    arrays: dict[str, np.ndarray] = {
        "ids": ids,
        "codes": codes,
        "coded": coded,
        "completed": np.array(columns["completed"], dtype=bool).reshape(n),
        "when": when,
        "when_null": sub_null & start_null,
        "seconds": seconds,
        "lead": has_email | has_lead,
        "person": person,
        "has_email": has_email,
        "submitted_null": sub_null,
    }
    tables: dict[str, list[Any]] = {}
    for name in STRING_COLUMNS:
        values = campaigns if name == "campaign" else columns[name]
        arrays[name], tables[name] = _encode(values)
    return _pack({"format": FORMAT, "digest": prefix, "tables": tables}, arrays)


# A part is MAGIC, the header's length (4 bytes, little-endian), the header (JSON: the
# digest, the string tables, and each array's dtype, shape and offset), then the arrays'
# bytes: read back as views of the blob (``np.frombuffer``), no copy and no parsing.
MAGIC = b"QBRB"


def _pack(header: dict[str, Any], arrays: dict[str, np.ndarray]) -> bytes:
    layout = {}
    offset = 0
    for name, array in arrays.items():
        array = np.ascontiguousarray(array)
        arrays[name] = array
        layout[name] = [array.dtype.str, list(array.shape), offset]
        offset += array.nbytes
    text = json.dumps({**header, "arrays": layout}).encode("utf-8")
    out = io.BytesIO()
    out.write(MAGIC)
    out.write(len(text).to_bytes(4, "little"))
    out.write(text)
    for array in arrays.values():
        out.write(array.tobytes())
    return out.getvalue()


def read_part(data: bytes) -> dict[str, Any]:
    """A stored part's arrays, digest and string tables (ValueError: not one)."""
    if data[:4] != MAGIC:
        raise ValueError("not a response block part")
    size = int.from_bytes(data[4:8], "little")
    header = json.loads(data[8 : 8 + size].decode("utf-8"))
    if header.get("format") != FORMAT:
        raise ValueError(f"response block format {header.get('format')} is not {FORMAT}")
    start = 8 + size
    found: dict[str, Any] = {}
    for name, (dtype, shape, offset) in header["arrays"].items():
        kind = np.dtype(dtype)
        count = int(np.prod(shape)) if shape else 1
        found[name] = np.frombuffer(data, dtype=kind, count=count, offset=start + offset).reshape(
            shape
        )
    found["digest"] = header["digest"]
    found["tables"] = header["tables"]
    return found


def add_part(
    connection: Connection,
    *,
    item_id: int,
    batch_id: int,
    number: int,
    data: bytes,
    rows: tuple[int, int, int],
) -> None:
    """Store part ``number`` of a batch's block (rows, first id, last id)."""
    connection.exec_driver_sql(
        "INSERT INTO response_block (item_id, batch_id, part, rows, first_id, last_id, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (item_id, batch_id, number, *rows, data),
    )


def drop_block(connection: Connection, *, item_id: int, batch_id: int) -> None:
    connection.exec_driver_sql(
        "DELETE FROM response_block WHERE item_id = ? AND batch_id = ?", (item_id, batch_id)
    )


def save_block(
    connection: Connection,
    *,
    item_id: int,
    batch_id: int,
    parts: Sequence[tuple[bytes, int, int, int]],
) -> None:
    """Store a batch's parts (data, rows, first id, last id), replacing any it had."""
    drop_block(connection, item_id=item_id, batch_id=batch_id)
    for number, (data, rows, first, last) in enumerate(parts):
        add_part(
            connection,
            item_id=item_id,
            batch_id=batch_id,
            number=number,
            data=data,
            rows=(rows, first, last),
        )


# --- reading --------------------------------------------------------------------------------


def load_blocks(connection: Connection, item_id: int) -> dict[int, Block]:
    """The item's blocks that match their batch's rows, by batch id (none but on
    SQLite: blocks speed up a local library, other databases count rows)."""
    if connection.dialect.name != "sqlite":
        return {}
    stored = connection.exec_driver_sql(
        "SELECT batch_id, sum(rows), min(first_id), max(last_id), count(*), max(part) "
        "FROM response_block WHERE item_id = ? AND batch_id IS NOT NULL GROUP BY batch_id",
        (item_id,),
    ).all()
    packed = {
        b: (first, last)
        for b, first, last in connection.exec_driver_sql(
            "SELECT batch_id, min(first_id), max(last_id) FROM response_pack "
            "WHERE item_id = ? GROUP BY batch_id",
            (item_id,),
        )
    }
    blocks: dict[int, Block] = {}
    for batch_id, rows, first, last, parts, last_part in stored:
        if parts != last_part + 1:
            continue  # a part is missing
        # two index lookups, not a count: a deleted or updated row has dropped the block
        # already (migration 0006's triggers), and only its import writes a batch's rows
        # (or its packs: ``store.packs``, which only an import, or a change that turns
        # them into rows first, writes)
        actual = (
            packed.get(batch_id)
            or connection.exec_driver_sql(
                "SELECT (SELECT min(id) FROM response WHERE batch_id = ?), "
                "(SELECT max(id) FROM response WHERE batch_id = ?)",
                (batch_id, batch_id),
            ).one()
        )
        if tuple(actual) != (first, last):
            continue  # not the rows the block was made from: the row-by-row path counts them
        data = connection.exec_driver_sql(
            "SELECT data FROM response_block WHERE item_id = ? AND batch_id = ? ORDER BY part",
            (item_id, batch_id),
        ).scalars()
        try:
            block = _join(batch_id, [read_part(d) for d in data])
        except ValueError:
            continue  # a part this release cannot read: the row-by-row path counts them
        if block is not None and block.rows == rows:
            blocks[batch_id] = block
    return blocks


def _join(batch_id: int, parts: list[dict[str, Any]]) -> Block | None:
    digests = {p["digest"] for p in parts if p["digest"] is not None}
    widths = {p["codes"].shape[1] for p in parts if p["digest"] is not None}
    if len(digests) > 1 or len(widths) > 1:
        return None  # parts coded against different documents: not worth a special case
    width = widths.pop() if widths else 0
    codes = []
    for p in parts:
        if p["digest"] is None:
            p["codes"] = np.zeros((len(p["ids"]), width), dtype=np.uint16)
        codes.append(p["codes"])
    tables: dict[str, list[str | None]] = {}
    strings: dict[str, np.ndarray] = {}
    for name in STRING_COLUMNS:  # one table for the block, the parts' indexes moved onto it
        merged: dict[Any, int] = {}
        columns = []
        for p in parts:
            moved = np.array([merged.setdefault(v, len(merged)) for v in p["tables"][name]])
            columns.append(moved[p[name]] if len(moved) else p[name])
        tables[name] = list(merged)
        strings[name] = np.concatenate(columns) if columns else np.zeros(0, dtype=np.int32)

    def joined(name: str) -> np.ndarray:
        return np.concatenate([p[name] for p in parts])

    def joined_if_all(name: str) -> np.ndarray | None:
        return joined(name) if all(name in p for p in parts) else None

    return Block(
        batch_id=batch_id,
        ids=joined("ids"),
        digest=digests.pop() if digests else None,
        codes=np.concatenate(codes) if codes else np.zeros((0, width), dtype=np.uint16),
        coded=joined("coded"),
        completed=joined("completed"),
        when=joined("when"),
        when_null=joined("when_null"),
        seconds=joined("seconds"),
        lead=joined("lead"),
        strings=strings,
        tables=tables,
        person=joined_if_all("person"),
        has_email=joined_if_all("has_email"),
        submitted_null=joined_if_all("submitted_null"),
    )


# --- building from stored rows ---------------------------------------------------------------

# what a block is built from: each row's id, then these columns of it
COLUMNS = (
    "id",
    "answer_codes",
    "submitted_at",
    "started_at",
    "completed",
    "email",
    "lead",
    *STRING_COLUMNS,
)


def rebuild_blocks(connection: Connection, item_id: int) -> int:
    """Make the blocks of the item's batches that have none (an import that wrote its
    rows another way, or a block dropped by a change), from their stored rows.
    Returns how many batches got one. Runs inside the caller's transaction."""
    if connection.dialect.name != "sqlite":
        return 0
    batches = connection.exec_driver_sql(
        "SELECT id FROM import_batch WHERE item_id = ? AND id NOT IN "
        "(SELECT batch_id FROM response_block WHERE item_id = ? AND batch_id IS NOT NULL) "
        "ORDER BY id",
        (item_id, item_id),
    ).scalars()
    made = 0
    for batch_id in list(batches):
        parts = _parts_from_rows(connection, batch_id)
        if parts:
            save_block(connection, item_id=item_id, batch_id=batch_id, parts=parts)
            made += 1
    return made


def _parts_from_rows(connection: Connection, batch_id: int) -> list[tuple[bytes, int, int, int]]:
    from quizbuilder.store import packs

    if packs.packs(connection, batch_ids=[batch_id]):  # a batch stored as packs
        made = []
        for pack, table in packs.tables(connection, COLUMNS, batch_ids=[batch_id]):
            try:
                data = build_part({name: table[name].to_pylist() for name in COLUMNS})
            except ValueError:
                return []
            made.append((data, pack.rows, pack.first_id, pack.last_id))
        return made
    cursor = connection.exec_driver_sql(
        f"SELECT {', '.join(COLUMNS)} FROM response WHERE batch_id = ? ORDER BY id",
        (batch_id,),
    )
    parts = []
    while rows := cursor.fetchmany(PART_ROWS):
        columns = dict(zip(COLUMNS, map(list, zip(*rows, strict=True)), strict=True))
        try:
            data = build_part(columns)
        except ValueError:
            return []  # a date not stored as SQLAlchemy stores it: counted row by row
        parts.append((data, len(rows), rows[0][0], rows[-1][0]))
    return parts
