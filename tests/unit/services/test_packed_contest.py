"""The contest reads its candidates from response packs (``store.packs``) as from rows:
the same entries in the same order, the same exclusions, and a draw that gives the
same winners and the same verification data, bit for bit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from quizbuilder.domain import draw as drawing
from quizbuilder.services import contest as cs
from quizbuilder.services.library import LibraryService
from quizbuilder.services.responses import import_jsonl
from quizbuilder.store import packs
from tests.helpers.packing import pack_all, packed_rows
from tests.unit.services.test_contest import (
    AFTER_CLOSE,
    BEFORE_CLOSE,
    CONTEST_UID,
    HALF,
    QUIZ_UID,
    RESPONSES,
    RIGHT,
    make_contest,
    person,
    response_lines,
)

# built in rows by the imports, then packed: each feature compared on both
pytestmark = pytest.mark.usefixtures("imports_write_rows")

# A second batch whose ids sort apart in code point order (SQLite's order of text) and
# in most others: capitals first, an accent after every ASCII letter, digits by digit.
LATER = [
    ("R12", RIGHT, person("rose@example.org", "Rose", "Petit"), "2026-11-12T10:00:00Z", True),
    ("é13", HALF, person("eloi@example.org", "Éloi", "Roy"), "2026-11-13T10:00:00Z", True),
    ("r1", RIGHT, person("lea.martin@example.org"), "2026-11-02T10:00:00Z", True),
    ("Z14", RIGHT, person(None, "Zoé", "Lam"), "2026-11-14T10:00:00Z", True),
    ("r100", RIGHT, person("tim@example.org", "Tim", "Ode"), "2026-11-15T10:00:00Z", True),
]


def build(library: LibraryService, tmp_path: Path) -> int:
    """The contest of ``test_contest`` with a second batch of responses to its quiz."""
    tmp_path.mkdir(exist_ok=True)
    _, contest = make_contest(library, tmp_path)
    later = tmp_path / "later.jsonl"
    later.write_text(response_lines(QUIZ_UID, LATER), encoding="utf-8")
    assert import_jsonl(library, later).added == len(LATER)
    return contest


def pack_first_batch(library: LibraryService) -> int:
    """Pack the first batch only: the quiz's responses are then in rows and in packs."""
    with library.engine.begin() as connection:
        first = connection.exec_driver_sql("SELECT min(id) FROM import_batch").scalar_one()
        return packs.pack_batch(connection, first)


def stored_rows(library: LibraryService) -> int:
    with library.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT count(*) FROM response").scalar_one()


@pytest.fixture
def other_library(tmp_path: Path) -> Iterator[LibraryService]:
    service = LibraryService.open(tmp_path / "other.sqlite")
    yield service
    service.close()


@pytest.mark.parametrize(
    ("pack", "in_rows"), [(pack_all, 0), (pack_first_batch, len(LATER))], ids=["all", "first"]
)
def test_entries_are_the_same_from_packs(
    library: LibraryService,
    tmp_path: Path,
    pack: Callable[[LibraryService], int],
    in_rows: int,
) -> None:
    contest = build(library, tmp_path)
    before = cs.entries(library, contest)
    packed = len(RESPONSES) + len(LATER) - in_rows
    assert pack(library) == packed_rows(library) == packed
    assert stored_rows(library) == in_rows
    after = cs.entries(library, contest)
    assert repr(after) == repr(before)  # the same values of the same types, in order
    assert after.rows() == before.rows()
    ids = [c.id for c in after.candidates]
    assert ids == sorted(ids) and ids[:3] == ["R12", "Z14", "r01"] and ids[-1] == "é13"


def test_exclusions_find_entries_in_packs_and_rows(library: LibraryService, tmp_path: Path) -> None:
    contest = build(library, tmp_path)
    pack_first_batch(library)
    cs.exclude(library, contest, "r09", "posted a stolen photo", now=BEFORE_CLOSE)
    cs.exclude(library, contest, "r100", "a second account", now=BEFORE_CLOSE)
    with pytest.raises(cs.ContestError, match=f"contest {contest} has no entry 'r0'"):
        cs.exclude(library, contest, "r0", "spam")
    report = cs.entries(library, contest)
    assert report.exclusions == {"r09": "posted a stolen photo", "r100": "a second account"}
    assert {r.id for r in report.report.rejected if r.step == "organiser_exclusions"} == {
        "r09",
        "r100",
    }


def test_a_response_in_both_sources_is_refused_from_a_pack(
    library: LibraryService, tmp_path: Path
) -> None:
    contest = build(library, tmp_path)
    pack_all(library)
    own = tmp_path / "own.jsonl"
    own.write_text(response_lines(CONTEST_UID, RESPONSES[:1]), encoding="utf-8")
    assert import_jsonl(library, own).added == 1  # in rows: the contest's own entry form
    with pytest.raises(cs.ContestError, match="response 'r01' is in both"):
        cs.entries(library, contest)


@pytest.mark.parametrize("pack", [pack_all, pack_first_batch], ids=["all", "first"])
def test_a_draw_from_packs_is_the_draw_from_rows(
    library: LibraryService,
    other_library: LibraryService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    pack: Callable[[LibraryService], int],
) -> None:
    monkeypatch.setattr(drawing, "new_secret_seed", lambda: "5eed" * 16)
    outcomes, contacts = [], []
    for name, lib in (("rows", library), ("packs", other_library)):
        contest = build(lib, tmp_path / name)
        if lib is other_library:
            assert pack(lib) and packed_rows(lib) >= len(RESPONSES)
        cs.commit(lib, contest, now=BEFORE_CLOSE)
        outcome = cs.draw(lib, contest, out_dir=tmp_path / name / "out", now=AFTER_CLOSE)
        assert cs.verify(outcome.files.certificate, outcome.files.entries) == []
        cs.substitute(lib, contest, outcome.winners[0].entry, "did not answer", now=AFTER_CLOSE)
        outcomes.append(outcome)
        contacts.append(cs.winners(lib, contest))
    on_rows, on_packs = outcomes
    assert on_packs.winners == on_rows.winners and on_packs.alternates == on_rows.alternates
    assert on_packs.certificate == on_rows.certificate
    for written in ("certificate", "entries"):
        data = getattr(on_packs.files, written).read_bytes()
        assert data == getattr(on_rows.files, written).read_bytes()
    assert contacts[1] == contacts[0]
    assert [c.email for c in contacts[1] if c.role == "winner"]  # read from the packs
