"""Large imports: written as packs, yet still all or nothing, and the per-cell caches
that make them fast give each row what it would get on its own."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from quizbuilder.domain.validation import parse_document
from quizbuilder.services.library import LibraryService
from quizbuilder.services.response_import import ImportCancelled, ImportOptions, import_responses
from quizbuilder.store import blocks, packs
from quizbuilder.store.tables import ImportBatch
from tests.unit.services.test_response_import import GOOGLE, QUIZ, rows, write

HEADER = GOOGLE.split("\n")[0] + "\n"


@pytest.fixture
def quiz(library: LibraryService) -> int:
    return library.create_item(parse_document(QUIZ))


def schema(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'response' ORDER BY name"
        ).fetchall()
    finally:
        con.close()


def body(n: int) -> str:
    return "".join(
        f"2026/03/02 {i // 3600 % 12 + 1}:{i // 60 % 60:02d}:{i % 60:02d} PM UTC+1,"
        f"p{i}@exemple.fr,,Net Promoter Score,Partages,Vrai,5,\n"
        for i in range(n)
    )


def stored(path: Path) -> tuple[int, int, int]:
    """Rows, packs and blocks in the library file."""
    con = sqlite3.connect(path)
    try:
        return tuple(  # type: ignore[return-value]
            con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("response", "response_pack", "response_block")
        )
    finally:
        con.close()


def test_a_bulk_import_cancelled_after_packs_were_written_leaves_nothing(
    library, quiz, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(blocks, "PART_ROWS", 1000)  # packs written before the cancel
    before = schema(library.path)
    path = write(tmp_path / "big.csv", HEADER + body(12_000))
    seen: list[int] = []
    added: list[int] = []
    add = packs.add

    def spy(*args: object, **kwargs: object) -> packs.Pack:
        added.append(1)
        return add(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(packs, "add", spy)
    with pytest.raises(ImportCancelled):
        import_responses(
            library,
            quiz,
            path,
            ImportOptions(progress=seen.append, cancelled=lambda: len(seen) > 3),
        )
    assert added  # the cancel came after packs were written
    assert stored(library.path) == (0, 0, 0)
    assert schema(library.path) == before
    result = import_responses(library, quiz, path)
    rows_left, packed, _ = stored(library.path)
    assert result.imported == 12_000 and rows_left == 0 and packed > 1
    assert len({r.response_uid for r in rows(library)}) == 12_000


def test_a_bulk_import_killed_after_packs_were_written_leaves_nothing(
    library, quiz, tmp_path
) -> None:
    """SIGKILL in the middle of the transaction, packs written: none is left."""
    before = schema(library.path)
    path = write(tmp_path / "big.csv", HEADER + body(30_000))
    library.close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from quizbuilder.services.library import LibraryService\n"
        "from quizbuilder.services.response_import import ImportOptions, import_responses\n"
        "from quizbuilder.store import blocks\n"
        "blocks.PART_ROWS = 1000\n"
        "def progress(n):\n"
        "    print('rows', n, flush=True)\n"
        "    if n >= 20000:\n"
        "        sys.stdin.readline()  # wait here, inside the transaction, to be killed\n"
        "lib = LibraryService.open(Path(sys.argv[1]))\n"
        "import_responses(lib, int(sys.argv[2]), Path(sys.argv[3]), "
        "ImportOptions(progress=progress))\n"
        "print('committed', flush=True)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(library.path), str(quiz), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdin is not None
    for line in child.stdout:
        if line.startswith("rows") and int(line.split()[1]) >= 20000:
            break
    assert stored(library.path) == (0, 0, 0)  # a reader sees nothing: not yet committed
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    child.stdin.close()
    assert child.returncode == -signal.SIGKILL
    reopened = LibraryService.open(library.path)
    try:
        assert schema(library.path) == before
        assert rows(reopened) == [] and stored(library.path) == (0, 0, 0)
        with reopened.session() as s:
            assert s.exec(select(ImportBatch)).all() == []
            assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert import_responses(reopened, quiz, path).imported == 30_000
    finally:
        reopened.close()
    assert schema(library.path) == before


def test_cached_cells_still_report_their_unknown_texts_on_every_row(
    library: LibraryService, quiz, tmp_path
) -> None:
    line = '2026/03/02 {h}:00:00 PM UTC+1,,,Net Promoter Score,"Partages;Autre idée",Peut-être,5,\n'
    path = write(tmp_path / "u.csv", HEADER + "".join(line.format(h=h) for h in (1, 2, 3)))
    result = import_responses(library, quiz, path)
    assert result.imported == 3
    assert result.unknown_count == 6  # two unknown texts on each of three rows
    assert [(u.line, u.value) for u in result.unknown_values] == [
        (2, "Autre idée"),
        (2, "Peut-être"),
        (3, "Autre idée"),
        (3, "Peut-être"),
        (4, "Autre idée"),
        (4, "Peut-être"),
    ]
    for row in rows(library):
        assert json.loads(row.answers) == {"nps": "a", "kpi": ["p"], "taux": 5.0}
        assert row.score == 1 + 0.5  # NPS right, one of the two good metrics
        assert json.loads(row.context)["other"] == {
            "kpi": ["Autre idée"],
            "rgpd": ["Peut-être"],
        }


def test_a_malformed_score_is_refused_on_each_row_that_has_it(library, quiz, tmp_path) -> None:
    line = "2026/03/02 1:00:00 PM UTC+1,,{score},Net Promoter Score,,,,\n"
    text = HEADER + "".join(line.format(score=s) for s in ("abc", "1 / 4", "abc", '"2,5 / 4"'))
    result = import_responses(library, quiz, write(tmp_path / "s.csv", text))
    assert [(r.line, r.reason) for r in result.rejected] == [
        (2, "score 'abc' is not like '7 / 10'"),
        (4, "score 'abc' is not like '7 / 10'"),
    ]
    assert result.imported == 2
    assert result.disagreement_count == 1  # the row that claims 2.5 for a score of 1
    assert result.score_disagreements == [(5, 1.0, 2.5)]
