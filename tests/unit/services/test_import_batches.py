"""Plain rows are imported a batch at a time, by column (``services.response_batch``).
Whatever the file holds, the library and the report must be exactly those of the
row-by-row import: the same rows with the same ids, texts, scores and codes, the same
rejected lines, unknown values and score disagreements."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizbuilder.formats import tabular
from quizbuilder.formats.content_json import ItemFile
from quizbuilder.formats.gift import read_gift
from quizbuilder.services import response_import
from quizbuilder.services.library import LibraryService
from quizbuilder.services.response_batch import FastBatch
from quizbuilder.services.response_import import ImportOptions, import_responses
from tests.helpers.packing import sql_rows

BENCH = Path(__file__).resolve().parents[4] / "shared" / "tools" / "make_bench_data.py"
COLUMNS = (
    "id, item_id, batch_id, response_uid, content_hash, source, submitted_at, completed, "
    "score, max_score, email, answers, lead, context, answer_codes"
)


class Spy:
    """Counts the batches taken by column and those left to the row-by-row import."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, enabled: bool) -> None:
        self.taken = self.declined = 0
        real = FastBatch.take

        def take(batch: FastBatch, *plain: Any) -> Any:
            found = real(batch, *plain) if enabled else None
            if found is None:
                self.declined += 1
            else:
                self.taken += 1
            return found

        monkeypatch.setattr(FastBatch, "take", take)


def _import(
    tmp_path: Path,
    name: str,
    gift: Path,
    csv_file: Path,
    monkeypatch,
    *,
    enabled: bool,
    columnar: bool = False,
) -> tuple[dict[str, Any], list[tuple[Any, ...]], Spy]:
    """Imports by the row-by-row path only, or with batches by column (``enabled``);
    the file read by the csv module, or by pyarrow whatever its size (``columnar``)."""
    library = LibraryService.open(tmp_path / f"{name}.sqlite")
    parsed = read_gift(gift.read_text(encoding="utf-8"), "Bench")
    [item_id] = library.add_item_file(ItemFile([(None, d) for d in parsed.items]))
    with monkeypatch.context() as m:
        m.setattr(tabular, "COLUMNAR_MIN_BYTES", 0 if columnar else 1 << 62)
        spy = Spy(m, enabled)
        result = import_responses(library, item_id, csv_file, ImportOptions(timezone="UTC"))
    rows = list(sql_rows(library, f"SELECT {COLUMNS} FROM response"))
    report = result.as_dict() | {
        "unknown": [(u.line, u.column, u.value) for u in result.unknown_values],
        "unknown_count": result.unknown_count,
        "disagreements": result.score_disagreements,
        "disagreement_count": result.disagreement_count,
    }
    library.close()
    return report, rows, spy


@pytest.fixture
def bench(tmp_path: Path) -> Path:
    if not BENCH.exists():
        pytest.skip(f"{BENCH} is absent (../shared/tools)")
    folder = tmp_path / "data"
    subprocess.run(
        [sys.executable, str(BENCH), str(folder), "--rows", "2500", "--seed", "3"], check=True
    )
    return folder


def _line(cells: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(cells)
    return out.getvalue()


def _same(
    tmp_path, bench: Path, csv_file: Path, monkeypatch, *, columnar: bool = False
) -> tuple[dict[str, Any], Spy]:
    gift = bench / "quiz.gift"
    by_rows, rows, _ = _import(tmp_path, "rows", gift, csv_file, monkeypatch, enabled=False)
    by_batch, batch_rows, spy = _import(
        tmp_path, "batch", gift, csv_file, monkeypatch, enabled=True, columnar=columnar
    )
    assert by_batch == by_rows
    assert batch_rows == rows
    return by_batch, spy


def test_a_clean_export_is_taken_by_column_and_is_the_same(tmp_path, bench, monkeypatch) -> None:
    monkeypatch.setattr(response_import, "BATCH_ROWS", 400)
    report, spy = _same(tmp_path, bench, bench / "responses_google_forms.csv", monkeypatch)
    assert report["imported"] == 2500 and report["rejected"] == []
    assert spy.taken == 7 and spy.declined == 0  # 2,500 rows, 400 a batch


def test_every_oddity_goes_row_by_row_and_the_rest_by_column(tmp_path, bench, monkeypatch) -> None:
    """Damaged, blank, repeated, multi-line, unknown, unreadable and disagreeing rows,
    each in a batch of its own among clean ones (batches of 50 rows)."""
    monkeypatch.setattr(response_import, "BATCH_ROWS", 50)
    with (bench / "responses_google_forms.csv").open(newline="", encoding="utf-8") as fh:
        header, *body = list(csv.reader(fh))[:1001]
    lines = [_line(row) for row in body]
    score = header.index("Score")
    email = header.index("Email Address")

    def changed(index: int, column: int, value: str) -> str:
        row = list(body[index])
        row[column] = value
        return _line(row)

    odd = {
        60: lines[59],  # the row before, again: numbered, not a duplicate
        170: lines[170].replace(",", ",\x00", 1),  # a NUL byte
        260: "",  # a blank line
        330: lines[330] + ",extra",  # more cells than columns
        420: changed(420, email, "participant420@exemple.fr\nsuite"),  # a break in a cell
        510: changed(510, 0, "31/02/2026 25:61:00"),  # not a date
        600: changed(600, score, "3 / 10"),  # Google's score differs from ours
        700: changed(700, score + 2, "Une réponse inconnue"),  # matches no option
        810: changed(810, score, "beaucoup"),  # a score that is not one
    }
    for index, line in odd.items():
        lines[index] = line
    csv_file = tmp_path / "odd.csv"
    csv_file.write_text("\n".join([_line(header), *lines]) + "\n", encoding="utf-8")
    report, spy = _same(tmp_path, bench, csv_file, monkeypatch)
    assert len(report["rejected"]) >= 3
    assert report["unknown_count"] >= 1 and report["disagreement_count"] >= 1
    assert spy.taken >= 10 and spy.declined >= 4  # NUL, blank and too wide rows never reach it


def test_importing_again_counts_every_row_as_a_duplicate(tmp_path, bench, monkeypatch) -> None:
    monkeypatch.setattr(response_import, "BATCH_ROWS", 300)
    library = LibraryService.open(tmp_path / "again.sqlite")
    parsed = read_gift((bench / "quiz.gift").read_text(encoding="utf-8"), "Bench")
    [item_id] = library.add_item_file(ItemFile([(None, d) for d in parsed.items]))
    original = bench / "responses_google_forms.csv"
    first = import_responses(library, item_id, original, ImportOptions(timezone="UTC"))
    later = tmp_path / "later.csv"  # the same rows and more: not the same file
    rows = original.read_text(encoding="utf-8").splitlines()
    later.write_text("\n".join([*rows, rows[5].replace("participant5@", "nouveau@")]) + "\n")
    again = import_responses(library, item_id, later, ImportOptions(timezone="UTC"))
    assert (first.imported, again.imported, again.duplicates) == (2500, 1, 2500)


def test_oddities_in_a_file_read_by_pyarrow_go_row_by_row(tmp_path, bench, monkeypatch) -> None:
    """What pyarrow reads but a batch cannot take (a repeated row, a date, a score or an
    answer it cannot read, a blank line): the answers read from the arrays decline those
    batches, and the library and report are the row-by-row import's."""
    monkeypatch.setattr(response_import, "COLUMNAR_BATCH_ROWS", 100)
    with (bench / "responses_google_forms.csv").open(newline="", encoding="utf-8") as fh:
        header, *body = list(csv.reader(fh))[:1001]
    score, email = header.index("Score"), header.index("Email Address")
    body[150] = list(body[149])  # the row before, again
    body[420][email] += "\nsuite"  # a break in a cell
    body[510][0] = "31/02/2026 25:61:00"  # not a date
    body[600][score] = "3 / 10"  # Google's score differs from ours
    body[700][score + 2] = "Une réponse inconnue"  # matches no option
    body[810][score] = "beaucoup"  # a score that is not one
    body.insert(300, [])  # a blank line: its batch is read row by row
    csv_file = tmp_path / "odd.csv"
    with csv_file.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows([header, *body])
    arrow = ArrowSpy(monkeypatch)
    report, spy = _same(tmp_path, bench, csv_file, monkeypatch, columnar=True)
    assert arrow.started == 1 and arrow.failed == 0
    assert spy.taken == 6 and spy.declined == 4  # the batches of rows 150, 510, 700, 810
    assert report["unknown_count"] == 1 and report["disagreement_count"] >= 1
    # the date and the score (after the header, the blank line and the break in a cell)
    assert [r["line"] for r in report["rejected"]] == [510 + 4, 810 + 4]


def test_columns_out_of_the_documents_order_read_by_pyarrow(tmp_path, bench, monkeypatch) -> None:
    """Answer codes put back in the document's order, with a blank for the question the
    file lacks: the same from the arrays as row by row."""
    monkeypatch.setattr(response_import, "COLUMNAR_BATCH_ROWS", 500)
    with (bench / "responses_google_forms.csv").open(newline="", encoding="utf-8") as fh:
        table = list(csv.reader(fh))[:1001]
    order = [0, 1, 2, 4, 3, *range(5, len(table[0]) - 1)]  # two swapped, the last left out
    csv_file = tmp_path / "reordered.csv"
    with csv_file.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows([[r[k] for k in order] for r in table])
    report, spy = _same(tmp_path, bench, csv_file, monkeypatch, columnar=True)
    assert report["imported"] == 1000 and spy.taken == 2 and spy.declined == 0
    library = LibraryService.open(tmp_path / "batch.sqlite")
    codes = [r[0] for r in sql_rows(library, "SELECT answer_codes FROM response")]
    library.close()
    assert None not in codes and {c[-1] for c in codes} == {"0"}  # the missing one: blank


class ArrowSpy:
    """Counts the files pyarrow began to read, and those it gave up on the way."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started = self.failed = 0
        real = tabular._arrow_batches

        def batches(*args: Any) -> Any:
            self.started += 1
            try:
                yield from real(*args)
            except tabular.ColumnarReadFailed:
                self.failed += 1
                raise

        monkeypatch.setattr(tabular, "_arrow_batches", batches)


def test_an_export_read_by_pyarrow_gives_the_same_library(tmp_path, bench, monkeypatch) -> None:
    """Rows with line breaks in cells, by pyarrow and by column, against the csv module
    and row by row: the same rows, ids, scores, codes and report."""
    monkeypatch.setattr(response_import, "BATCH_ROWS", 400)
    with (bench / "responses_google_forms.csv").open(newline="", encoding="utf-8") as fh:
        header, *body = list(csv.reader(fh))
    email = header.index("Email Address")
    for index in (10, 900, 2000):
        body[index][email] += "\r\nsuite"  # lines counted from the breaks in cells
    body[1500][header.index("Score")] = "3 / 10"  # a disagreement, with its line
    csv_file = tmp_path / "breaks.csv"
    with csv_file.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows([header, *body])  # breaks quoted
    monkeypatch.setattr(response_import, "COLUMNAR_BATCH_ROWS", 400)
    arrow = ArrowSpy(monkeypatch)
    report, spy = _same(tmp_path, bench, csv_file, monkeypatch, columnar=True)
    assert arrow.started == 1 and arrow.failed == 0
    assert report["imported"] == 2500 and spy.taken == 7 and spy.declined == 0
    assert report["disagreement_count"] == 1
    assert report["disagreements"][0][0] == 1500 + 2 + 2  # the header and two breaks before


def test_a_row_of_another_width_is_rejected_on_its_line_in_one_reading(
    tmp_path, bench, monkeypatch
) -> None:
    """pyarrow sets the row aside, and it is put back in its place as the csv module
    reads it: the file is read once, and the library and report are the csv module's."""
    monkeypatch.setattr(response_import, "BATCH_ROWS", 400)
    with (bench / "responses_google_forms.csv").open(newline="", encoding="utf-8") as fh:
        header, *body = list(csv.reader(fh))
    lines = [_line(row) for row in body]
    lines[2200] += ",extra"  # more cells than columns: rejected, with its line
    csv_file = tmp_path / "wide.csv"
    csv_file.write_text("\n".join([_line(header), *lines]) + "\n", encoding="utf-8")
    arrow = ArrowSpy(monkeypatch)
    report, _ = _same(tmp_path, bench, csv_file, monkeypatch, columnar=True)
    assert arrow.started == 1 and arrow.failed == 0
    assert report["imported"] == 2499
    assert [r["line"] for r in report["rejected"]] == [2202]
    assert report["rejected"][0]["reason"] == "14 cells for 13 columns"


def test_the_rows_read_never_go_back_when_the_file_is_read_again(
    tmp_path, bench, monkeypatch
) -> None:
    monkeypatch.setattr(response_import, "BATCH_ROWS", 100)
    monkeypatch.setattr(tabular, "COLUMNAR_MIN_BYTES", 0)
    monkeypatch.setattr(tabular, "ARROW_BLOCK_BYTES", 1 << 16)  # rows imported, then it fails
    with (bench / "responses_google_forms.csv").open(newline="", encoding="utf-8") as fh:
        header, *body = list(csv.reader(fh))
    lines = [_line(row) for row in body]
    lines[2300] += ",extra"
    csv_file = tmp_path / "wide.csv"
    csv_file.write_text("\n".join([_line(header), *lines]) + "\n", encoding="utf-8")
    arrow = ArrowSpy(monkeypatch)
    real = tabular._placed

    def unplaceable(ragged: Any, *args: Any, **kwargs: Any) -> Any:
        if ragged:  # as if pyarrow could not tell where the row was: it gives up
            raise tabular.ColumnarReadFailed("no number")
        return real(ragged, *args, **kwargs)

    monkeypatch.setattr(tabular, "_placed", unplaceable)
    library = LibraryService.open(tmp_path / "progress.sqlite")
    parsed = read_gift((bench / "quiz.gift").read_text(encoding="utf-8"), "Bench")
    [item_id] = library.add_item_file(ItemFile([(None, d) for d in parsed.items]))
    reported: list[int] = []
    options = ImportOptions(timezone="UTC", progress=reported.append)
    result = import_responses(library, item_id, csv_file, options)
    library.close()
    assert arrow.failed == 1 and result.imported == 2499
    assert reported == sorted(reported) and reported[-1] == 2500
    assert reported.count(reported[-1]) >= 2  # held while the file was read again


def _row_rule(total: float, theirs: tuple[float, float | None, float] | None, most: float) -> bool:
    """The row-by-row import's test of one row (``response_import._import_rows``)."""
    if theirs is None:
        return False
    score, out_of, tolerance = theirs
    return (out_of is None or abs(out_of - most) < 1e-9) and abs(total - score) > tolerance


points = st.sampled_from([0.0, 1.0, 2.5, 7.0, 7.04, 7.06, 2 / 3, 0.67, -1.0, 10.0])
their_scores = st.one_of(
    st.none(),
    st.tuples(
        points,
        st.sampled_from([None, 10.0, 10.0 + 1e-12, 12.0]),
        st.sampled_from([0.05 + 1e-9, 0.005 + 1e-9, 0.5 + 1e-9]),
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.tuples(points, their_scores), max_size=40), most=st.sampled_from([10.0, 12.0])
)
def test_batch_disagreements_are_the_rows_the_row_by_row_rule_finds(rows, most) -> None:
    totals = [total for total, _ in rows]
    scores = [theirs for _, theirs in rows]
    lines = [2 + 3 * k for k in range(len(rows))]
    found = FastBatch._disagreements(  # type: ignore[arg-type]
        SimpleNamespace(score_max=most), lines, totals, scores
    )
    expected = [
        (line, total, theirs[0])
        for line, total, theirs in zip(lines, totals, scores, strict=True)
        if _row_rule(total, theirs, most)
    ]
    assert found == expected


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(
        st.lists(
            st.one_of(
                st.floats(allow_nan=False, allow_infinity=False, width=64),
                st.sampled_from([0.0, -0.0, 1 / 3, 0.1, -0.25, 1e16, -1e16, 1.0]),
            ),
            min_size=3,
            max_size=3,
        ),
        min_size=1,
        max_size=20,
    )
)
def test_the_points_of_a_batch_add_up_as_pythons_sum(rows) -> None:
    """The totals read from pyarrow's arrays are ``sum``'s, to the last bit (its sign
    of zero included), on the Python that runs them."""
    import numpy as np

    from quizbuilder.services.answer_columns import _row_sums

    columns = [np.array(column, dtype=np.float64) for column in zip(*rows, strict=True)]
    got = _row_sums(columns)
    assert [repr(t) for t in got] == [repr(sum(row)) for row in rows]
