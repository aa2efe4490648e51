"""Reading CSV rows in batches (``Table.batches``) must give exactly the rows, lines and
problems that reading them one by one (``Table.rows``) gives, whatever the file holds;
so must pyarrow's columnar reader, or decline the file (then the csv module reads it)."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizbuilder.formats import tabular
from quizbuilder.formats.tabular import ColumnarReadFailed, Row, TableError, read_csv


def _by_batches(path: Path, size: int) -> list[Row]:
    rows: list[Row] = []
    for batch in read_csv(path).batches(size):
        if batch.cells is not None:
            assert batch.lines is not None and len(batch.lines) == len(batch.cells)
            rows += [Row(line, cells) for line, cells in zip(batch.lines, batch.cells, strict=True)]
        else:
            rows += batch.as_rows()
    return rows


def _one_by_one(path: Path) -> list[Row]:
    return list(read_csv(path).rows)


ODD = (
    b"a,b,c\n1,2,3\n"
    b'"x\ny",5,6\n'  # a line break in a cell
    b",,\n"  # a blank row
    b"\n"  # an empty line
    b"7,8,9\n"
    b'"p\r\nq\rz",1,1\n'  # CRLF and CR in a cell
    b"last,1\x00,2\n"  # a NUL byte
    b"9,9,9,extra\n"
    b"10,11,12\n"
)


@pytest.mark.parametrize("size", [1, 2, 3, 4, 100])
def test_batches_give_the_rows_and_lines_of_a_file_with_every_oddity(tmp_path, size) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(ODD)
    expected = _one_by_one(path)
    assert [r.line for r in expected] == [2, 3, 7, 8, 11, 12, 13]  # counted by hand
    assert expected[4].problem  # the NUL row
    assert _by_batches(path, size) == expected


@pytest.mark.parametrize("size", [1, 2, 100])
def test_a_file_cut_inside_quotes_is_refused_with_its_line(tmp_path, size) -> None:
    path = tmp_path / "cut.csv"
    path.write_bytes(b'a,b\n1,2\n"x\ny",3\n4,"5')
    with pytest.raises(TableError, match="line 5: the file ends inside a quoted cell"):
        _by_batches(path, size)


def _write_table(path: Path, rows: list[list[str]], end: str) -> Path:
    """The rows under a four-column header, as the csv module writes them."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator=end)
    writer.writerow(["q1", "q2", "q3", "q4"])
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8"))
    return path


cells = st.text(alphabet=st.sampled_from(list('ab,"\n\r \x00é;')), max_size=6)


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=12),
    size=st.integers(1, 5),
)
def test_batches_and_rows_agree_on_any_table(tmp_path_factory, rows, size) -> None:
    path = _write_table(tmp_path_factory.mktemp("t") / "t.csv", rows, "\n")
    try:
        expected = _one_by_one(path)
    except TableError as exc:
        with pytest.raises(TableError, match=str(exc).split(": ", 1)[1][:20]):
            _by_batches(path, size)
        return
    assert _by_batches(path, size) == expected


@pytest.fixture
def columnar(monkeypatch: pytest.MonkeyPatch) -> None:
    """pyarrow reads even small files (by default only those of 1 MB or more)."""
    monkeypatch.setattr(tabular, "COLUMNAR_MIN_BYTES", 0)


def _by_columns(path: Path, size: int) -> list[Row] | None:
    """The rows as the columnar reader gives them; None if it declines the file or
    gives up on the way (:class:`ColumnarReadFailed`)."""
    table = read_csv(path)
    assert table.read_columns is not None
    batches = table.read_columns(size)
    if batches is None:
        table.close()
        return None
    rows: list[Row] = []
    try:
        for batch in batches:
            if batch.columns is None:
                assert batch.rows is not None
                rows += batch.rows
                continue
            assert batch.lines is not None and batch.joined is not None
            cells = [list(row) for row in zip(*batch.columns, strict=True)]
            expected_joined = ["\x1f".join(c) for c in cells]
            assert batch.joined.to_pylist() == expected_joined  # pyarrow's array
            assert [bytes(b) for b in tabular.utf8_slices(batch.joined)] == [
                j.encode("utf-8") for j in expected_joined
            ]
            rows += [Row(line, c) for line, c in zip(batch.lines, cells, strict=True)]
    except ColumnarReadFailed:
        return None
    finally:
        table.close()
    return rows


PLAIN = (
    "\ufeffTimestamp;Email;Q1;Q2\r\n"  # a BOM, semicolons, CRLF
    '2026/03/01 10:00:00;a@b.fr;"Oui;Non";"deux\r\nlignes"\r\n'
    '2026/03/01 10:01:00;"c@d.fr";"dit ""bonjour""";x\r\n'
    ";;;\r\n"  # a row of empty cells: skipped, its line counted
    '2026/03/01 10:02:00;e@f.fr;"a\rb";"c\nd"\r\n'
    "2026/03/01 10:03:00;g@h.fr;é;ü\r\n"
)


@pytest.mark.parametrize("size", [1, 2, 100])
def test_pyarrow_reads_a_plain_file_as_the_csv_module_does(tmp_path, columnar, size) -> None:
    path = tmp_path / "plain.csv"
    path.write_bytes(PLAIN.encode("utf-8"))
    expected = _one_by_one(path)
    assert [r.line for r in expected] == [2, 4, 6, 9]  # counted by hand
    assert expected[1].cells[2] == 'dit "bonjour"'
    assert _by_columns(path, size) == expected
    assert _by_batches(path, size) == expected  # Table.batches takes the columnar path
    assert all(b.columns is not None or b.rows is not None for b in read_csv(path).batches(size))


BLANK_LINES = (
    b"a,b,c\r\n"
    b"\r\n"  # an empty line before the first row
    b"1,2,3\r\n"
    b'"x\n\ny",5,6\n'  # an empty line inside a quoted cell: part of the cell
    b"\n\r"  # two empty lines, LF and CR
    b",,\n"  # a row of empty cells
    b"7,8,9\n"
    b"\n\n"  # empty lines at the end
)


@pytest.mark.parametrize("size", [1, 3, 100])
def test_pyarrow_reads_blank_lines_as_the_csv_module_does(tmp_path, columnar, size) -> None:
    path = tmp_path / "blank.csv"
    path.write_bytes(BLANK_LINES)
    expected = _one_by_one(path)
    assert [(r.line, r.cells) for r in expected] == [  # counted by hand
        (3, ["1", "2", "3"]),
        (4, ["x\n\ny", "5", "6"]),
        (10, ["7", "8", "9"]),
    ]
    assert _by_columns(path, size) == expected  # read by pyarrow, not declined


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (ODD, "a NUL byte and a blank line"),
        (b'a,b\n1,2\n"x\ny",3\n4,"5', "cut inside quotes: an odd number of quotes"),
        (b'"a\nb",c\n1,2\n', "a header on two lines"),
    ],
)
def test_pyarrow_declines_what_it_would_read_otherwise(tmp_path, columnar, body, why) -> None:
    path = tmp_path / "declined.csv"
    path.write_bytes(body)
    table = read_csv(path)
    try:
        assert table.read_columns is None or table.read_columns(10) is None, why
    finally:
        table.close()


RAGGED = (
    b"a,b,c\r\n"
    b"0,1\r\n"  # the first row: too short
    b"1,2,3\r\n"
    b'4,"5\r\nfive",6,7\r\n'  # too long, a break in a cell
    b"8,9\r\n"  # right after it
    b",\r\n"  # of another width and empty: skipped, its line counted
    b"10,11,12\r\n"
    b"13,14,15,16,17"  # the last line, too long, without its line break
)


@pytest.mark.parametrize("size", [1, 2, 100])
def test_rows_of_another_width_are_read_where_they_are(tmp_path, columnar, size) -> None:
    """pyarrow sets aside a row of another width; it is put back in its place, read by
    the csv module, so the importer rejects it on its line, as it would have."""
    path = tmp_path / "ragged.csv"
    path.write_bytes(RAGGED)
    expected = _one_by_one(path)
    assert [(r.line, r.cells) for r in expected] == [  # counted by hand
        (2, ["0", "1"]),
        (3, ["1", "2", "3"]),
        (4, ["4", "5\r\nfive", "6", "7"]),
        (6, ["8", "9"]),
        (8, ["10", "11", "12"]),
        (9, ["13", "14", "15", "16", "17"]),
    ]
    assert _by_columns(path, size) == expected  # read by pyarrow, not given up
    assert _by_batches(path, size) == expected


def test_many_rows_of_another_width_make_pyarrow_give_up(tmp_path, columnar, monkeypatch) -> None:
    """A few damaged rows are set aside; a file of another shape (every row ending in
    one more comma, say) is read by the csv module instead, at once."""
    monkeypatch.setattr(tabular, "RAGGED_ROWS", 2)
    few = tmp_path / "few.csv"
    few.write_bytes(b"a,b,c\n1,2,3,\n4,5,6\n7,8,9,\n")
    assert _by_columns(few, 10) == _one_by_one(few)
    many = tmp_path / "many.csv"
    many.write_bytes(b"a,b,c\n1,2,3,\n4,5,6,\n7,8,9,\n")
    with pytest.raises(ColumnarReadFailed, match=r"columns"):
        list(read_csv(many).batches(10))


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b'a,b,c\n1,2,3\n4,"5"x,6,7\n8,9,10\n', "a quote the csv module refuses, in the row"),
        (b"a,b,c\n1,2,3\n4,5\n" + b"x" * 40 + b",9,10\n", "a cell too large, beside it"),
    ],
)
def test_a_set_aside_row_the_csv_module_reads_otherwise_makes_pyarrow_give_up(
    tmp_path, columnar, monkeypatch, body, why
) -> None:
    monkeypatch.setattr(tabular, "MAX_CELL", 30)
    path = tmp_path / "ragged.csv"
    path.write_bytes(body)
    with pytest.raises(ColumnarReadFailed):
        list(read_csv(path).batches(10))


def test_a_row_pyarrow_cannot_place_makes_it_give_up(tmp_path, columnar, monkeypatch) -> None:
    path = tmp_path / "ragged.csv"
    path.write_bytes(b"a,b,c\n1,2,3\n4,5\n6,7,8\n")
    from pyarrow import csv as pa_csv

    class Unnumbered(pa_csv.InvalidRow):  # pyarrow may not know a row's number
        def __new__(cls, row):
            return super().__new__(cls, row.expected_columns, row.actual_columns, None, row.text)

    real = pa_csv.ParseOptions

    def options(**kwargs):
        handler = kwargs["invalid_row_handler"]
        kwargs["invalid_row_handler"] = lambda row: handler(Unnumbered(row))
        return real(**kwargs)

    monkeypatch.setattr(pa_csv, "ParseOptions", options)
    with pytest.raises(ColumnarReadFailed):
        list(read_csv(path).batches(10))
    assert [r.cells for r in _one_by_one(path)] == [["1", "2", "3"], ["4", "5"], ["6", "7", "8"]]


def test_a_file_in_windows_1252_is_read_by_the_csv_module(tmp_path, columnar) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("Q1;Q2\nPrécis;Élevé\n".encode("cp1252"))
    table = read_csv(path)
    table.close()
    assert table.read_columns is None
    assert _by_batches(path, 10) == [Row(2, ["Précis", "Élevé"])]


# fewer NULs and breaks than ``cells``: pyarrow then reads about half the tables
plain_cells = st.text(alphabet=st.sampled_from(list('abc,"\n\r é;xyz')), max_size=6)


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.one_of(
            st.lists(st.one_of(plain_cells, cells), min_size=4, max_size=4),
            st.just([]),  # the csv module writes an empty line
        ),
        max_size=12,
    ),
    ragged=st.booleans(),
    size=st.integers(1, 5),
    end=st.sampled_from(["\r\n", "\n", "\r"]),
)
def test_pyarrow_reads_any_table_as_the_csv_module_or_declines(
    tmp_path_factory, rows, ragged, size, end
) -> None:
    if ragged and rows:
        rows[len(rows) // 2] = rows[len(rows) // 2][:2]
    path = _write_table(tmp_path_factory.mktemp("t") / "t.csv", rows, end)
    try:
        expected = _one_by_one(path)
    except TableError:
        return  # refused by the csv module's reader (tests above), never read by pyarrow
    with pytest.MonkeyPatch.context() as m:
        m.setattr(tabular, "COLUMNAR_MIN_BYTES", 0)
        got = _by_columns(path, size)
    if got is None:
        return  # declined or given up: the csv module reads it (the tests above)
    assert got == expected


# --- reading ahead on a helper thread ----------------------------------------------------


def test_read_ahead_gives_the_batches_in_order_then_the_error_where_it_arose() -> None:
    def made() -> Iterator[int]:
        yield from range(5)
        raise tabular.ColumnarReadFailed("row 6 is damaged")

    got = []
    with pytest.raises(tabular.ColumnarReadFailed, match="row 6"):
        for value in tabular.read_ahead(made(), depth=2):  # type: ignore[arg-type]
            got.append(value)
    assert got == [0, 1, 2, 3, 4]


def test_a_reader_that_stops_early_stops_the_thread_and_closes_the_batches() -> None:
    closed = threading.Event()

    def made() -> Iterator[int]:
        try:
            yield from range(10**9)
        finally:
            closed.set()

    ahead = tabular.read_ahead(made(), depth=1)  # type: ignore[arg-type]
    assert [next(ahead), next(ahead)] == [0, 1]
    ahead.close()  # a cancelled import
    assert closed.wait(5)
    assert not any(t.name == "quizbuilder-read-ahead" for t in threading.enumerate())
