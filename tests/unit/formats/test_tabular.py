"""Reading CSV rows in batches (``Table.batches``) must give exactly the rows, lines and
problems that reading them one by one (``Table.rows``) gives, whatever the file holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizbuilder.formats.tabular import Row, TableError, read_csv


def _by_batches(path: Path, size: int) -> list[Row]:
    rows: list[Row] = []
    for batch in read_csv(path).batches(size):
        if batch.cells is not None:
            assert batch.lines is not None and len(batch.lines) == len(batch.cells)
            rows += [Row(line, cells) for line, cells in zip(batch.lines, batch.cells, strict=True)]
        else:
            assert batch.rows is not None
            rows += batch.rows
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


cells = st.text(alphabet=st.sampled_from(list('ab,"\n\r \x00é;')), max_size=6)


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=12),
    size=st.integers(1, 5),
)
def test_batches_and_rows_agree_on_any_table(tmp_path_factory, rows, size) -> None:
    import csv
    import io

    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["q1", "q2", "q3", "q4"])
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("t") / "t.csv"
    path.write_bytes(out.getvalue().encode("utf-8"))
    try:
        expected = _one_by_one(path)
    except TableError as exc:
        with pytest.raises(TableError, match=str(exc).split(": ", 1)[1][:20]):
            _by_batches(path, size)
        return
    assert _by_batches(path, size) == expected
