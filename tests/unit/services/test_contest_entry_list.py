"""Entries from an imported list of people: read by column title, imported once, then
judged by the same pipeline as the contest's own form (demo contest: 18+, rules box)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from quizbuilder.services import contest as cs
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import LibraryService
from quizbuilder.services.privacy import erase_person

HEADER = "Adresse e-mail;Prénom;Nom;Date de naissance;Horodateur;reglement"
ROWS = [
    "marie.curie@example.org;Marie;Curie;07/11/1990;10/11/2026 14:30;oui",
    "bad-address;Jean;Dupont;01/01/1980;10/11/2026 15:00;oui",
    "junior@example.org;Léo;Petit;2012-05-05;10/11/2026 16:00;oui",
    "noconsent@example.org;Ana;Lopez;1985-03-03;10/11/2026 16:00;non",
]


def write_list(path: Path, rows: list[str], header: str = HEADER) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def contest(library: LibraryService) -> int:
    load_demo(library)
    return next(s.id for s in library.list_items() if s.kind.value == "contest")


def _from_list(report: cs.ContestEntries) -> tuple[dict[str, str], dict[str, str]]:
    names = report.pseudonyms
    kept = {names[e]: "eligible" for e in report.entries if e.startswith("list-")}
    out = {names[r.id]: r.step for r in report.report.rejected if r.id.startswith("list-")}
    return kept, out


def test_a_list_becomes_entries_judged_like_the_form(
    library: LibraryService, contest: int, tmp_path: Path
) -> None:
    report = cs.import_entry_list(library, contest, write_list(tmp_path / "salon.csv", ROWS))
    assert report.added == 3
    assert [(r.line, r.reason) for r in report.rejected] == [
        (3, "'bad-address' is not an e-mail address")
    ]
    kept, out = _from_list(cs.entries(library, contest))
    assert kept == {"Marie C.": "eligible"}
    assert out == {"Léo P.": "min_age", "Ana L.": "entry_condition"}


def test_the_same_list_twice_adds_nothing_and_a_longer_one_only_its_new_rows(
    library: LibraryService, contest: int, tmp_path: Path
) -> None:
    first = write_list(tmp_path / "salon.csv", ROWS[:1])
    assert cs.import_entry_list(library, contest, first).added == 1
    again = cs.import_entry_list(library, contest, first)
    assert (again.added, again.duplicates) == (0, 1)
    longer = write_list(tmp_path / "salon-2.csv", [*ROWS[:1], ROWS[2]])
    report = cs.import_entry_list(library, contest, longer)
    assert (report.added, report.duplicates) == (1, 1)


def test_an_xlsx_list_reads_the_same(library: LibraryService, contest: int, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["E-mail", "First name", "Last name", "Birth date", "Date", "reglement"])
    sheet.append(["paul@example.org", "Paul", "Martin", "1970-01-02", "2026-11-10 12:00", "yes"])
    sheet.append(["anne@example.org", "Anne", "Roy", "1970-01-02", None, "yes"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    assert cs.import_entry_list(library, contest, path).added == 2
    kept, out = _from_list(cs.entries(library, contest))
    assert kept == {"Paul M.": "eligible"}
    assert out == {"Anne R.": "window"}  # no date: cannot be shown inside the contest dates


def test_a_list_without_an_email_column_is_refused_by_name(
    library: LibraryService, contest: int, tmp_path: Path
) -> None:
    path = write_list(tmp_path / "noms.csv", ["Marie;Curie"], header="Prénom;Nom")
    with pytest.raises(cs.EntryListError, match=r"noms\.csv: no e-mail column .*Prénom, Nom"):
        cs.import_entry_list(library, contest, path)
    kept, out = _from_list(cs.entries(library, contest))
    assert kept == {} and out == {}


def test_only_a_contest_takes_a_list(library: LibraryService, contest: int, tmp_path: Path) -> None:
    quiz = next(s.id for s in library.list_items() if s.kind.value == "knowledge_quiz")
    with pytest.raises(cs.EntryListError, match="is not a contest"):
        cs.import_entry_list(library, quiz, write_list(tmp_path / "l.csv", ROWS[:1]))


def test_an_erased_person_in_a_list_is_refused_at_their_line(
    library: LibraryService, contest: int, tmp_path: Path
) -> None:
    erase_person(library, "junior@example.org")
    report = cs.import_entry_list(library, contest, write_list(tmp_path / "l.csv", ROWS))
    assert report.added == 2
    lines = {r.line: r.reason for r in report.rejected}
    assert set(lines) == {3, 4}
    assert "erased" in lines[4]
