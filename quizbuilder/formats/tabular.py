"""Reading response tables: CSV (any encoding and delimiter people produce) and XLSX.

A CSV is decoded as UTF-8 (with or without a byte-order mark) or, failing that, as
Windows-1252 (a file saved again by Excel on Windows); its delimiter is sniffed among
``,`` ``;`` and tab. Rows come out with their line number in the file, so that every
rejection can say where it was. A file that is not a table (binary, empty, a header
with no rows, an XLSX that is not a zip) is refused with a message that says so.

A large UTF-8 file is read in batches by pyarrow's CSV reader (C), which gives columns,
not rows: a million rows into batches by column in 5.3 s, against 9.1 s by the ``csv``
module and ``zip``. A batch keeps pyarrow's arrays (``RowBatch.arrays``), and its
columns become Python strings only when asked for (:class:`ArrowColumns`). Only where
it reads exactly what the ``csv`` module reads: a file it could read otherwise (a NUL
byte, an odd number of quotes: a file cut inside a quoted cell, a header on two
lines) is read by the ``csv`` module from the start. A row of another width is set
aside by pyarrow and put back in its place, read by the ``csv`` module from its text;
what pyarrow cannot place or read alike on the way (text that is not UTF-8, a row
without its number) raises :class:`ColumnarReadFailed`, for the caller to read the
file again that way (``services.response_import``).
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import accumulate, islice
from pathlib import Path
from typing import IO, Any, NamedTuple

from quizbuilder.domain.errors import QuizbuilderError

MAX_CELL = 1 << 20  # 1 MiB: a bigger cell is not an answer but a broken file
SNIFF_BYTES = 1 << 16


class TableError(QuizbuilderError):
    pass


class ColumnarReadFailed(Exception):
    """The columnar reader met a row that only the ``csv`` module reads as it must (a
    row of another width it cannot place, text that is not UTF-8, a cell too large):
    read the file again with ``columnar=False``. Not an error of the file."""


class Row(NamedTuple):
    """A row as read (a tuple: made a million times, it must cost little)."""

    line: int  # the line of the file where the row starts (1 = the header)
    cells: list[str]
    problem: str = ""  # non-empty: the row cannot be read, and why


@dataclass(slots=True)
class RowBatch:
    """Consecutive rows under the header, as :meth:`Table.batches` gives them.

    ``lines`` (the line each row starts on) and ``cells`` (by row) or ``columns`` (by
    column, each row as wide as the header, with ``joined``: each row's cells joined
    by U+001F) when every row is plain: it has a non-empty cell, no NUL byte, and was
    read as it is. Otherwise ``rows``: the same rows as :attr:`Table.rows` gives them
    (blank ones left out, damaged ones with their problem).
    """

    cells: list[list[str]] | None = None
    lines: list[int] | None = None
    rows: list[Row] | None = None
    columns: Sequence[Sequence[str]] | None = None
    # a list, or pyarrow's string array when it read the batch (``utf8_slices``)
    joined: Any = None
    # the same columns as pyarrow read them (string arrays), when it did: a caller that
    # can work on them needs no Python string per cell (``columns`` converts on demand)
    arrays: list[Any] | None = None

    def __len__(self) -> int:
        if self.lines is not None:
            return len(self.lines)
        return len(self.rows or ())

    def by_column(self, width: int) -> tuple[Sequence[Sequence[str]], Any, list[int]] | None:
        """The plain rows by column, their cells joined by U+001F, and their lines; None
        unless the batch is plain and every row has ``width`` cells."""
        if self.lines is None:
            return None
        if self.columns is not None and self.joined is not None:
            return self.columns, self.joined, self.lines
        cells = self.cells
        if not cells or set(map(len, cells)) != {width}:
            return None
        return list(zip(*cells, strict=True)), list(map(_join_cells, cells)), self.lines

    def as_rows(self) -> list[Row]:
        """The batch as :attr:`Table.rows` gives it."""
        if self.rows is not None:
            return self.rows
        assert self.lines is not None
        if self.cells is None:
            assert self.columns is not None
            self.cells = list(map(list, zip(*self.columns, strict=True)))
        return list(map(Row, self.lines, self.cells))


class ArrowColumns(Sequence[Sequence[str]]):
    """pyarrow's string arrays as columns of Python strings, each converted when first
    asked for: a caller that reads some columns from the arrays themselves never pays
    for their strings."""

    def __init__(self, arrays: list[Any]) -> None:
        self._arrays = arrays
        self._lists: list[list[str] | None] = [None] * len(arrays)

    def __len__(self) -> int:
        return len(self._arrays)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        found = self._lists[index]
        if found is None:
            found = self._lists[index] = self._arrays[index].to_pylist()
        return found


CELL_SEPARATOR = "\x1f"  # joins a row's cells (``RowBatch.joined``; the content ids)
_join_cells = CELL_SEPARATOR.join


@dataclass
class Table:
    """A header and an iterator of rows (streamed: a table may hold a million rows)."""

    path: Path
    header: list[str]
    rows: Iterator[Row]
    encoding: str = "utf-8"
    delimiter: str = ","
    second_header: list[str] | None = None
    close: Callable[[], None] = lambda: None  # releases the file; safe to call twice
    # the rows in batches, plain ones without a Python step per row (CSV only; then
    # ``rows`` must not have been started)
    read_batches: Callable[[int], Iterator[RowBatch]] | None = None
    # the same by column with pyarrow, when it reads this file as the csv module does
    read_columns: Callable[[int], Iterator[RowBatch] | None] | None = None

    def batches(self, size: int, columnar_size: int | None = None) -> Iterator[RowBatch]:
        """The rows, ``size`` at a time, or ``columnar_size`` when pyarrow reads them (may
        raise :class:`ColumnarReadFailed`)."""
        by_column = (
            self.read_columns(columnar_size or size) if self.read_columns is not None else None
        )
        if by_column is not None:
            try:
                yield from by_column
            finally:
                self.close()  # the csv module's handle, opened for the header
            return
        if self.read_batches is not None:
            yield from self.read_batches(size)
            return
        while batch := list(islice(self.rows, size)):
            yield RowBatch(rows=batch)


def _encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not merely a character cut at the sniff's end
            return "cp1252"
    return "utf-8"


def _delimiter(sample: str) -> str:
    first = sample.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: first.count(d) for d in (",", ";", "\t")}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _check_not_binary(path: Path, head: bytes) -> None:
    if not head:
        raise TableError(f"{path}: the file is empty")
    if head.startswith(b"PK\x03\x04"):
        raise TableError(f"{path}: this is a zip or XLSX file, not a CSV")
    first_line = head.split(b"\n", 1)[0]
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    # a stray NUL in a row is a damaged row (rejected on its own); NULs in the header or
    # all over the start of the file mean it is no text at all
    if not utf16 and (b"\x00" in first_line or head[:8192].count(b"\x00") > 8):
        raise TableError(f"{path}: this is a binary file, not a CSV")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TableError(f"{path}: UTF-16 text; save it again as UTF-8 CSV")


def _csv_rows(reader: Any, path: Path) -> Iterator[Row]:
    """The header rows, with the line they start on (``line_num`` counts physical lines)."""
    start = reader.line_num + 1
    while True:
        try:
            for cells in reader:
                yield Row(start, cells)
                start = reader.line_num + 1
            return
        except csv.Error as exc:
            yield _damaged(exc, reader, start, path)
            start = reader.line_num + 1


def _body_rows(reader: Any, handle: IO[str], path: Path, encoding: str) -> Iterator[Row]:
    """The rows under the header: blank ones skipped, one with a NUL byte a problem.

    One generator and a plain ``for`` over the reader, resumed after a damaged row:
    this is the innermost loop of an import, a million times.
    """
    start = reader.line_num + 1
    last = reader.line_num
    try:
        while True:
            try:
                for cells in reader:
                    if "\x00" in "".join(cells):
                        last = start
                        yield Row(start, [], NUL_PROBLEM)
                    elif any(cells):
                        last = start
                        yield Row(start, cells)
                    start = reader.line_num + 1
                return
            except csv.Error as exc:
                last = start
                yield _damaged(exc, reader, start, path)
                start = reader.line_num + 1
    except UnicodeDecodeError as exc:
        raise _not_text(path, last, encoding, exc) from None
    finally:
        handle.close()


def _body_batches(
    reader: Any, handle: IO[str], path: Path, encoding: str, size: int
) -> Iterator[RowBatch]:
    """What ``_body_rows`` gives, ``size`` rows at a time, read by ``list.extend`` (C):
    a batch of plain rows is checked as a whole, and its rows' lines are counted from
    the line breaks inside their cells (the file is split on \\n, \\r and \\r\\n)."""
    last = reader.line_num
    try:
        while True:
            start = reader.line_num + 1
            cells: list[list[str]] = []
            refused: csv.Error | None = None
            try:
                cells.extend(islice(reader, size))  # the rows read before an error stay
            except csv.Error as exc:
                refused = exc
            if not cells and refused is None:
                return
            joined = list(map(_join_cells, cells))
            text = "".join(joined)
            lines, after = _lines(joined, text, start)
            last = lines[-1] if lines else last
            if refused is None and "\x00" not in text and all(map(any, cells)):
                yield RowBatch(cells=cells, lines=lines)
                continue
            rows = [
                Row(line, [], NUL_PROBLEM) if "\x00" in whole else Row(line, row)
                for line, row, whole in zip(lines, cells, joined, strict=True)
                if any(row)
            ]
            if refused is not None:
                last = after
                rows.append(_damaged(refused, reader, after, path))
            yield RowBatch(rows=rows)
    except UnicodeDecodeError as exc:
        raise _not_text(path, last, encoding, exc) from None
    finally:
        handle.close()


def _lines(joined: list[str], text: str, start: int) -> tuple[list[int], int]:
    """The line each row starts on, the first on ``start``, counted from the breaks in
    its cells (``joined``: each row's cells joined by :data:`CELL_SEPARATOR`, so that a
    CR ending one cell and an LF starting the next are two breaks, as in the file;
    ``text``: all of them, to look for a break once); and the line after the last."""
    if "\n" not in text and "\r" not in text:
        return list(range(start, start + len(joined))), start + len(joined)
    breaks = list(map(breaks_of, joined))
    lines = list(accumulate(breaks[:-1], lambda a, b: a + b + 1, initial=start))
    return lines, (lines[-1] + breaks[-1] + 1 if lines else start)


def _arrow_lines(joined: Any, start: int) -> tuple[list[int], int]:
    """:func:`_lines` of the rows joined in a pyarrow string array, in C."""
    import numpy as np
    import pyarrow.compute as pc

    n = len(joined)
    if not any_byte(joined, ((0x0A, 0x0A), (0x0D, 0x0D))):
        return list(range(start, start + n)), start + n
    counts = [pc.count_substring(joined, b).to_numpy() for b in ("\n", "\r", "\r\n")]
    steps = counts[0] + counts[1] - counts[2] + 1  # a row's line and those it breaks onto
    ends = start + np.cumsum(steps)
    return [start, *ends[:-1].tolist()], int(ends[-1])


def any_byte(array: Any, ranges: tuple[tuple[int, int], ...]) -> bool | None:
    """Whether the UTF-8 of a pyarrow string array's texts holds a byte in one of these
    ranges (first, last), by a look at its data buffer, no text made; None for an array
    of another layout."""
    import numpy as np
    import pyarrow as pa

    if array.type != pa.string() or array.null_count:
        return None
    _, offsets, data = array.buffers()
    if data is None or not len(array):
        return False
    bounds = np.frombuffer(offsets, dtype=np.int32)[array.offset : array.offset + len(array) + 1]
    text = np.frombuffer(data, dtype=np.uint8)[bounds[0] : bounds[-1]]
    # byte - first wraps around below first: one comparison tells "within the range"
    return any(bool(((text - np.uint8(lo)) <= np.uint8(hi - lo)).any()) for lo, hi in ranges)


def utf8_slices(array: Any) -> Iterator[memoryview]:
    """Each text of a pyarrow string array as a view of its UTF-8 bytes (no copy)."""
    import numpy as np

    _, offsets, data = array.buffers()
    bounds = np.frombuffer(offsets, dtype=np.int32)[array.offset : array.offset + len(array) + 1]
    edges = bounds.tolist()
    view = memoryview(data if data is not None else b"")
    return map(view.__getitem__, map(slice, edges[:-1], edges[1:]))


def _not_text(path: Path, last: int, encoding: str, exc: UnicodeDecodeError) -> TableError:
    return TableError(f"{path}: after line {last}: not valid {encoding} text ({exc.reason})")


def breaks_of(text: str) -> int:
    """The line breaks in a cell's text, as the file is split into lines."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _damaged(exc: csv.Error, reader: Any, start: int, path: Path) -> Row:
    """The row the csv module could not read: a NUL byte is the row's problem; a cell
    too large or a file cut inside quotes is the file's, and refuses it."""
    text = str(exc)
    if "field larger than field limit" in text:
        raise TableError(
            f"{path}: line {reader.line_num}: a cell is larger than "
            f"{MAX_CELL // (1 << 20)} MB; this is not a response export"
        ) from None
    if "unexpected end of data" in text or "EOF" in text:
        raise TableError(
            f"{path}: line {start}: the file ends inside a quoted cell (truncated?)"
        ) from None
    if "NUL" in text:
        return Row(start, [], NUL_PROBLEM)
    raise TableError(f"{path}: line {reader.line_num}: {text}") from None


NUL_PROBLEM = "the row contains NUL bytes (a damaged file?)"


COLUMNAR_MIN_BYTES = 1 << 20  # smaller files: pyarrow's start costs more than it saves
ARROW_BLOCK_BYTES = 1 << 21  # what pyarrow parses at a time (about 9,400 rows of an export)
_SCAN_BYTES = 1 << 24
# rows of another width pyarrow sets aside, one by one, before the csv module reads the
# file instead: every row ending in one more delimiter would go one at a time
RAGGED_ROWS = 100


def _columnar_readable(path: Path) -> bool:
    """Whether pyarrow reads the file's rows exactly as the csv module would: no NUL
    byte (the csv module refuses its row), and an even number of quotes (pyarrow reads
    a file cut inside a quoted cell without a word; the csv module refuses it). Quoted
    line breaks within a cell are read alike by both, and so is a blank line: pyarrow
    keeps it as a row of empty cells (``ignore_empty_lines=False``), which is skipped
    with its line counted, as the csv module skips it. Two scans in C, 16 MB at a time.
    """
    quotes = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_SCAN_BYTES):
            if b"\x00" in chunk:
                return False
            quotes += chunk.count(b'"')
    return quotes % 2 == 0


def _columnar_batches(
    path: Path, delimiter: str, width: int, size: int
) -> Iterator[RowBatch] | None:
    """The body's rows by pyarrow, ``size`` at a time, as :func:`_body_batches` gives
    them; None when the file is not one it reads alike (:func:`_columnar_readable`)."""
    if path.stat().st_size < COLUMNAR_MIN_BYTES or not _columnar_readable(path):
        return None
    return read_ahead(_arrow_batches(path, delimiter, width, size))


READ_AHEAD = 1  # batches parsed ahead of the one the import is working on


def read_ahead(batches: Iterator[RowBatch], depth: int = READ_AHEAD) -> Iterator[RowBatch]:
    """``batches`` as they come, made on a helper thread up to ``depth`` ahead: pyarrow
    parses and joins a batch without the GIL while the import scores the one before,
    on the other core. An error reaches the reader where it arose in the sequence; a
    reader that stops early (a cancel, a failure) stops the thread and closes
    ``batches`` (and so its file)."""
    import queue
    import threading

    done = object()
    ready: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(value: Any) -> bool:
        while not stop.is_set():
            try:
                ready.put(value, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def make() -> None:
        try:
            for batch in batches:
                if not put((batch, None)):
                    break
            else:
                put((done, None))
        except BaseException as error:  # handed to the reader, raised there
            put((None, error))
        finally:
            batches.close()  # type: ignore[attr-defined]

    worker = threading.Thread(target=make, name="quizbuilder-read-ahead", daemon=True)
    worker.start()
    try:
        while True:
            batch, error = ready.get()
            if error is not None:
                raise error
            if batch is done:
                return
            yield batch
    finally:
        stop.set()
        worker.join()


def _arrow_batches(path: Path, delimiter: str, width: int, size: int) -> Iterator[RowBatch]:
    import pyarrow as pa
    import pyarrow.compute as pc
    from pyarrow import csv as pa_csv

    names = [f"c{i}" for i in range(width)]
    ragged: deque[Any] = deque()  # pyarrow's InvalidRow of each row of another width
    set_aside_rows = 0

    def set_aside(row: Any) -> str:
        nonlocal set_aside_rows
        set_aside_rows += 1
        if set_aside_rows > RAGGED_ROWS:
            return "error"  # not a few damaged rows but a file of another shape
        ragged.append(row)
        return "skip"

    try:
        reader = pa_csv.open_csv(
            path,
            read_options=pa_csv.ReadOptions(
                column_names=names, skip_rows=1, block_size=ARROW_BLOCK_BYTES, use_threads=False
            ),
            parse_options=pa_csv.ParseOptions(
                delimiter=delimiter,
                newlines_in_values=True,
                ignore_empty_lines=False,
                invalid_row_handler=set_aside,
            ),
            convert_options=pa_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, OSError) as exc:
        raise ColumnarReadFailed(str(exc)) from None
    blank = CELL_SEPARATOR * (width - 1)
    start = 2  # the header is on line 1 (one with a break in a cell is read by csv)
    number = 2  # pyarrow's number of the next row it reads (the header is its row 1)
    with reader:
        while True:
            try:
                record = reader.read_next_batch()
            except StopIteration:
                if ragged:  # after the last row kept
                    placed, _ = _placed(ragged, number, len(ragged), last=True)
                    rows, start = _with_ragged([], [], placed, start, delimiter)
                    yield RowBatch(rows=[r for r in rows if any(r.cells)])
                return
            except pa.ArrowInvalid as exc:  # not UTF-8, too many rows set aside, ...
                raise ColumnarReadFailed(str(exc)) from None
            for offset in range(0, record.num_rows, size):
                part = record.slice(offset, size)  # never empty
                placed, number = _placed(ragged, number, part.num_rows)
                if placed:  # rows of another width among these: as the csv module reads
                    cells = list(map(list, zip(*ArrowColumns(list(part.columns)), strict=True)))
                    texts = list(map(_join_cells, cells))
                    rows, start = _with_ragged(cells, texts, placed, start, delimiter)
                    yield RowBatch(rows=[r for r in rows if any(r.cells)])
                    continue
                joined = (
                    pc.binary_join_element_wise(*part.columns, CELL_SEPARATOR)
                    if width > 1
                    else part.column(0)
                )
                if pc.max(pc.utf8_length(joined)).as_py() > MAX_CELL:
                    raise ColumnarReadFailed("a cell larger than the csv module reads")
                lines, start = _arrow_lines(joined, start)
                arrays = list(part.columns)
                columns = ArrowColumns(arrays)
                if pc.any(pc.equal(joined, blank)).as_py():
                    keep = [j != blank for j in joined.to_pylist()]  # rows of empty cells:
                    cells = list(map(list, zip(*columns, strict=True)))  # skipped
                    rows = [Row(li, c) for li, c, k in zip(lines, cells, keep, strict=True) if k]
                    yield RowBatch(rows=rows)
                    continue
                yield RowBatch(lines=lines, columns=columns, joined=joined, arrays=arrays)


def _placed(
    ragged: deque[Any], first: int, count: int, *, last: bool = False
) -> tuple[list[tuple[int, Any]], int]:
    """Which of the rows pyarrow set aside (``ragged``, in file order) come before the
    last of ``count`` rows it kept, the first of them its row ``first`` (``last``: all
    of them, at the end of the file): each with the number of kept rows before it; and
    pyarrow's number of the row after them."""
    placed = []
    number, kept = first, 0
    while ragged and (last or ragged[0].number is None or ragged[0].number < number + count - kept):
        row = ragged.popleft()
        if row.number is None or row.number < number or (last and row.number != number):
            raise ColumnarReadFailed("a row of another width that pyarrow cannot place")
        kept += row.number - number
        number = row.number + 1
        placed.append((kept, row))
    return placed, number + count - kept


def _with_ragged(
    cells: list[list[str]],
    texts: list[str],
    placed: list[tuple[int, Any]],
    start: int,
    delimiter: str = ",",
) -> tuple[list[Row], int]:
    """The kept rows (their cells, and their cells joined) with the rows of another width
    put back in their places, each read by the csv module from its text, all with their
    lines from ``start``; and the line after them."""
    merged: list[tuple[list[str], str]] = []
    kept = 0
    for before, row in placed:
        merged += zip(cells[kept:before], texts[kept:before], strict=True)
        kept = before
        try:
            source = io.StringIO(row.text, newline="")
            read = list(csv.reader(source, delimiter=delimiter, strict=True))
        except csv.Error:  # a cell too large, quotes it reads otherwise: the csv module says
            raise ColumnarReadFailed("a row of another width the csv module refuses") from None
        if len(read) != 1 or len(read[0]) != row.actual_columns:
            raise ColumnarReadFailed("a row of another width that the csv module reads otherwise")
        merged.append((read[0], row.text))
    merged += zip(cells[kept:], texts[kept:], strict=True)
    joined = [text for _, text in merged]
    if max(map(len, joined), default=0) > MAX_CELL:
        raise ColumnarReadFailed("a cell larger than the csv module reads")
    lines, after = _lines(joined, "".join(joined), start)
    return [Row(line, row_cells) for line, (row_cells, _) in zip(lines, merged, strict=True)], after


def read_csv(path: Path, *, header_rows: int = 1, columnar: bool = True) -> Table:
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        raise TableError(f"{path}: cannot read: {exc.strerror}") from None
    _check_not_binary(path, head)
    encoding = _encoding(head)
    delimiter = _delimiter(head.decode(encoding, errors="replace"))
    csv.field_size_limit(MAX_CELL)
    handle = path.open(encoding=encoding, newline="")
    reader = csv.reader(handle, delimiter=delimiter, strict=True)
    rows = _csv_rows(reader, path)
    try:
        first = next(rows, None)
        second = next(rows, None) if header_rows == 2 else None
    except UnicodeDecodeError:
        handle.close()
        raise TableError(f"{path}: not valid {encoding} text") from None
    except TableError:
        handle.close()
        raise
    if first is None or not any(c.strip() for c in first.cells):
        handle.close()
        raise TableError(f"{path}: the file has no header row")
    header = [c.strip() for c in first.cells]
    read_columns = None
    if columnar and header_rows == 1 and encoding != "cp1252" and reader.line_num == 1:
        read_columns = partial(_columnar_batches, path, delimiter, len(first.cells))
    return Table(
        path,
        header,
        _body_rows(reader, handle, path, encoding),
        encoding.replace("-sig", " with BOM"),
        delimiter,
        [c.strip() for c in second.cells] if second else None,
        handle.close,
        partial(_body_batches, reader, handle, path, encoding),
        read_columns,
    )


def read_xlsx(path: Path) -> Table:
    """The first sheet of a workbook; cells as text, dates in ISO form."""
    from openpyxl import load_workbook  # imported here: it is slow to import

    path = Path(path)
    if not zipfile.is_zipfile(path):
        raise TableError(f"{path}: not an XLSX file (it is not a zip archive)")
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise TableError(f"{path}: cannot read the workbook: {exc}") from None
    sheet = workbook.worksheets[0]
    values = sheet.iter_rows(values_only=True)
    first = next(values, None)
    if first is None or not any(v not in (None, "") for v in first):
        workbook.close()
        raise TableError(f"{path}: the first sheet has no header row")
    header = [_cell_text(v).strip() for v in first]

    def body() -> Iterator[Row]:
        try:
            for number, row in enumerate(values, start=2):
                cells = [_cell_text(v) for v in row]
                if any(cells):
                    yield Row(number, cells)
        finally:
            workbook.close()

    return Table(path, header, body(), "xlsx", "", None, workbook.close)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def open_table(path: Path, *, header_rows: int = 1, columnar: bool = True) -> Table:
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    return read_csv(path, header_rows=header_rows, columnar=columnar)
