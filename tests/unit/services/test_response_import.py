"""Importing other tools' exports: every source, every bad input, once and whole.

The fixture files are written here, in each tool's own layout (headers, date forms,
separators, encodings), with answers whose scores are worked out by hand.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.validation import parse_document
from quizbuilder.formats.sources import Mapping
from quizbuilder.services.library import LibraryService
from quizbuilder.services.response_import import (
    ImportCancelled,
    ImportOptions,
    import_responses,
)
from quizbuilder.store.tables import ImportBatch, Response
from tests.helpers.packing import stored_responses

QUIZ: dict[str, Any] = {
    "kind": "knowledge_quiz",
    "title": "Les KPI",
    "questions": [
        {
            "id": "nps",
            "type": "single_choice",
            "text": "Que signifie NPS ?",
            "points": 1,
            "options": [
                {"id": "a", "label": "Net Promoter Score", "fraction": 1},
                {"id": "b", "label": "New Product Sales"},
            ],
        },
        {
            "id": "kpi",
            "type": "multiple_choice",
            "text": "Quelles métriques mesurent l'engagement ?",
            "points": 1,
            "options": [
                {"id": "p", "label": "Partages", "fraction": 0.5},
                {"id": "c", "label": "Commentaires", "fraction": 0.5},
                {"id": "x", "label": "Abonnés achetés, faux comptes", "fraction": -1},
            ],
        },
        {
            "id": "rgpd",
            "type": "true_false",
            "text": "Le RGPD impose un consentement.",
            "points": 1,
            "options": [{"id": "v", "label": "Vrai", "fraction": 1}, {"id": "f", "label": "Faux"}],
        },
        {
            "id": "taux",
            "type": "number",
            "text": "Taux d'engagement (%) ?",
            "points": 1,
            "numeric_answers": [{"value": 5.3, "tolerance": 0.1}],
        },
        {"id": "avis", "type": "long_text", "text": "Un commentaire ?"},
    ],
}
HEADERS = [
    "Que signifie NPS ?",
    "Quelles métriques mesurent l'engagement ?",
    "Le RGPD impose un consentement.",
    "Taux d'engagement (%) ?",
    "Un commentaire ?",
]


@pytest.fixture
def quiz(library: LibraryService) -> int:
    return library.create_item(parse_document(QUIZ))


def rows(library: LibraryService) -> list[Response]:
    return stored_responses(library)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


GOOGLE = (
    "Timestamp,Email Address,Score," + ",".join(f'"{h}"' for h in HEADERS) + "\n"
    "2026/03/02 9:00:00 AM UTC+1,lea@exemple.fr,3.5 / 4,Net Promoter Score,"
    '"Partages;Commentaires",Vrai,"5,3",Très bien\n'
    "2026/03/02 1:30:00 PM UTC+1,tom@exemple.fr,0.5 / 4,New Product Sales,"
    '"Partages;Abonnés achetés, faux comptes;Autre idée",Faux,12,\n'
    "2026/03/02 2:00:00 PM UTC+1,,1 / 4,Net Promoter Score,,,,\n"
)


def test_google_forms_scored_and_dated_in_utc(library, quiz, tmp_path) -> None:
    result = import_responses(library, quiz, write(tmp_path / "g.csv", GOOGLE))
    assert (result.source, result.imported, result.duplicates, result.rejected) == (
        "google-forms",
        3,
        0,
        [],
    )
    lea, tom, anon = rows(library)
    # Léa: 1 + (0.5 + 0.5) + 1 + 1 (5,3 with a decimal comma) = 4; Google said 3.5
    assert (lea.score, lea.max_score, lea.email) == (4.0, 4.0, "lea@exemple.fr")
    assert lea.submitted_at == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    assert json.loads(lea.answers) == {
        "nps": "a",
        "kpi": ["p", "c"],
        "rgpd": "v",
        "taux": 5.3,
        "avis": "Très bien",
    }
    # Tom: 0 + clamp(0.5 - 1) + 0 + 0 = 0; his "Autre idée" is kept as an "other" text
    assert tom.score == 0.0 and tom.submitted_at.hour == 12
    assert json.loads(tom.context)["other"] == {"kpi": ["Autre idée"]}
    assert anon.email is None and anon.score == 1.0
    # Léa's and Tom's own scores differ from Google's: both reported with their lines
    assert [(line, ours, theirs) for line, ours, theirs in result.score_disagreements] == [
        (2, 4.0, 3.5),
        (3, 0.0, 0.5),
    ]
    assert result.unknown_values[0].value == "Autre idée" and result.unknown_values[0].line == 3


def test_the_same_file_twice_adds_nothing(library, quiz, tmp_path) -> None:
    path = write(tmp_path / "g.csv", GOOGLE)
    first = import_responses(library, quiz, path)
    again = import_responses(library, quiz, path)
    assert (again.imported, again.duplicates, again.already_imported) == (0, 3, True)
    assert again.batch == first.batch
    assert len(rows(library)) == 3


def test_a_later_export_adds_only_the_new_rows(library, quiz, tmp_path) -> None:
    import_responses(library, quiz, write(tmp_path / "a.csv", GOOGLE))
    later = GOOGLE + "2026/03/03 9:00:00 AM UTC+1,zoe@exemple.fr,4 / 4,Net Promoter Score,,,,\n"
    result = import_responses(library, quiz, write(tmp_path / "b.csv", later))
    assert (result.imported, result.duplicates) == (1, 3)
    with library.session() as s:
        batches = s.exec(select(ImportBatch)).all()
    assert [(b.added, b.duplicates, b.source) for b in batches] == [
        (3, 0, "google-forms"),
        (1, 3, "google-forms"),
    ]


def test_identical_rows_in_one_file_both_count(library, quiz, tmp_path) -> None:
    line = "2026/03/02 9:00:00 AM UTC+1,,1 / 4,Net Promoter Score,,,,\n"
    header = GOOGLE.split("\n")[0] + "\n"
    result = import_responses(library, quiz, write(tmp_path / "d.csv", header + line + line))
    assert result.imported == 2
    again = import_responses(library, quiz, write(tmp_path / "e.csv", header + line + line + line))
    assert (again.imported, again.duplicates) == (1, 2)  # only the third copy is new


def test_french_excel_resave(library, quiz, tmp_path) -> None:
    """Windows-1252, ';' separators, day-first dates without a zone, decimal commas."""
    text = (
        "Horodateur;Adresse e-mail;" + ";".join(HEADERS) + "\r\n"
        "22/06/2026 11:07:29;élodie@exemple.fr;Net Promoter Score;Commentaires;Vrai;5,25;"
        "Génial\r\n"
    )
    path = write(tmp_path / "excel.csv", text, "cp1252")
    result = import_responses(library, quiz, path, ImportOptions(timezone="Europe/Paris"))
    assert (result.encoding, result.delimiter, result.imported) == ("cp1252", ";", 1)
    [row] = rows(library)
    assert row.submitted_at == datetime(2026, 6, 22, 9, 7, 29, tzinfo=UTC)  # CEST = UTC+2
    assert row.score == 1 + 0.5 + 1 + 1 and row.email == "élodie@exemple.fr"
    assert json.loads(row.answers)["avis"] == "Génial"


def test_utf8_with_bom_and_tab_separators(library, quiz, tmp_path) -> None:
    text = (
        "\ufeffTimestamp\t"
        + "\t".join(HEADERS)
        + "\n2026-03-02 10:00:00\tNet Promoter Score\t\t\t\t\n"
    )
    result = import_responses(
        library, quiz, write(tmp_path / "t.tsv", text), ImportOptions(timezone="UTC")
    )
    assert (result.encoding, result.delimiter, result.imported) == ("utf-8 with BOM", "\t", 1)


def test_typeform_with_ids_hidden_fields_and_partial_responses(library, quiz, tmp_path) -> None:
    text = (
        "#," + ",".join(f'"{h}"' for h in HEADERS[:3]) + ",utm_source,Response Type,"
        "Start Date (UTC),Stage Date (UTC),Submit Date (UTC),Network ID,Tags\n"
        'tf1,Net Promoter Score,"Partages, Commentaires",True,instagram,completed,'
        "2026-03-02 08:00:00,,2026-03-02 08:03:00,abc,\n"
        "tf2,New Product Sales,,,facebook,partial,2026-03-02 09:00:00,2026-03-02 09:01:00,,def,\n"
    )
    result = import_responses(library, quiz, write(tmp_path / "tf.csv", text))
    assert (result.source, result.imported) == ("typeform", 2)
    done, partial = rows(library)
    assert (done.response_uid, done.score, done.source, done.completed) == (
        "tf1",
        3.0,
        "instagram",
        True,
    )
    assert (partial.completed, partial.submitted_at, partial.source) == (False, None, "facebook")
    assert import_responses(library, quiz, write(tmp_path / "tf2.csv", text + " ")).duplicates == 2


def test_typeform_email_hidden_field_is_the_respondents_email(library, quiz, tmp_path) -> None:
    text = (
        f'#,"{HEADERS[0]}",email,Response Type,Start Date (UTC),Stage Date (UTC),'
        "Submit Date (UTC),Network ID,Tags\n"
        "tf1,Net Promoter Score, Lea@Exemple.fr ,completed,2026-03-02 08:00:00,,"
        "2026-03-02 08:03:00,abc,\n"
    )
    result = import_responses(library, quiz, write(tmp_path / "tf.csv", text))
    assert "email" not in result.unmatched_columns
    [row] = rows(library)
    assert row.email == "lea@exemple.fr"


def test_typeform_older_export_with_one_column_per_option(library, quiz, tmp_path) -> None:
    text = (
        '#,Que signifie NPS ?,Partages,Commentaires,"Abonnés achetés, faux comptes",'
        "Response Type,Submit Date (UTC)\n"
        "t1,Net Promoter Score,Partages,,,completed,2026-03-02 08:00:00\n"
    )
    import_responses(library, quiz, write(tmp_path / "old.csv", text))
    [row] = rows(library)
    assert json.loads(row.answers) == {"nps": "a", "kpi": ["p"]}
    assert row.score == 1.5


def test_microsoft_forms_xlsx(library, quiz, tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "ID",
            "Start time",
            "Completion time",
            "Email",
            "Name",
            "Total points",
            "Quiz feedback",
            HEADERS[0],
            f"Points - {HEADERS[0]}",
            f"Feedback - {HEADERS[0]}",
            HEADERS[1],
            f"Points - {HEADERS[1]}",
        ]
    )
    sheet.append(
        [
            7,
            datetime(2026, 3, 2, 9, 0),
            datetime(2026, 3, 2, 9, 5),
            "anonymous",
            "",
            2,
            "",
            "Net Promoter Score",
            1,
            "",
            "Partages;Commentaires;",
            1,
        ]
    )
    path = tmp_path / "forms.xlsx"
    book.save(path)
    result = import_responses(library, quiz, path, ImportOptions(timezone="UTC"))
    assert (result.source, result.imported, result.disagreement_count) == ("ms-forms", 1, 0)
    [row] = rows(library)
    assert (row.response_uid, row.score, row.email) == ("msforms-7", 2.0, None)
    assert row.started_at == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_surveymonkey_two_header_rows(library, quiz, tmp_path) -> None:
    text = (
        "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,"
        "Last Name,Que signifie NPS ?,Quelles métriques mesurent l'engagement ?,,,"
        "Un commentaire ?\n"
        ',,,,,,,,Response,Partages,Commentaires,"Abonnés achetés, faux comptes",'
        "Open-Ended Response\n"
        "118,9,03/02/2026 09:00:00 AM,03/02/2026 09:10:00 AM,1.2.3.4,ana@exemple.fr,Ana,B,"
        "Net Promoter Score,Partages,,,Super\n"
    )
    result = import_responses(
        library, quiz, write(tmp_path / "sm.csv", text), ImportOptions(timezone="UTC")
    )
    assert (result.source, result.imported, result.unmatched_columns) == ("surveymonkey", 1, [])
    [row] = rows(library)
    assert json.loads(row.answers) == {"nps": "a", "kpi": ["p"], "avis": "Super"}
    assert row.submitted_at == datetime(2026, 3, 2, 9, 10, tzinfo=UTC)  # month first
    assert json.loads(row.lead) == {
        "email": "ana@exemple.fr",
        "first_name": "Ana",
        "last_name": "B",
    }


def test_any_csv_through_a_saved_mapping(library, quiz, tmp_path) -> None:
    text = "Ref;Quand;Mail;Colonne A;Colonne B\nR1;02/03/2026 10:00;x@exemple.fr;NPS;Oui\n"
    mapping_file = tmp_path / "mapping.json"
    mapping = Mapping(
        questions={"nps": "Colonne A", "rgpd": "Colonne B"},
        response_id="Ref",
        submitted_at="Quand",
        email="Mail",
        day_first=True,
        timezone="UTC",
    )
    mapping_file.write_text(json.dumps(mapping.to_data()), encoding="utf-8")
    loaded = Mapping.load(mapping_file)
    result = import_responses(
        library, quiz, write(tmp_path / "any.csv", text), ImportOptions(mapping=loaded)
    )
    assert (result.source, result.imported, result.unknown_count) == ("csv", 1, 1)  # "NPS"
    [row] = rows(library)
    assert (row.response_uid, row.score) == ("csv-R1", 1.0)
    assert row.submitted_at == datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def test_an_unknown_layout_asks_for_a_mapping(library, quiz, tmp_path) -> None:
    with pytest.raises(QuizbuilderError, match="give a column mapping"):
        import_responses(library, quiz, write(tmp_path / "x.csv", "A,B\n1,2\n"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"\x00\x01\x02binary\x00stuff", "binary file"),
        (b"PK\x03\x04not really a zip", "zip or XLSX file"),
        (GOOGLE.split("\n")[0].encode() + b"\n", "header but no responses"),
        (GOOGLE.encode() + b'2026/03/04 9:00:00 AM UTC+1,a@b.fr,1 / 4,"Net Promoter', "truncated"),
        (b"Timestamp," + b'"' + b"x" * (2 << 20) + b'"\n', "larger than 1 MB"),
    ],
)
def test_files_that_are_not_what_they_claim(library, quiz, tmp_path, content, message) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(QuizbuilderError, match=message):
        import_responses(library, quiz, path)
    assert rows(library) == []


def test_an_xlsx_that_is_not_a_zip(library, quiz, tmp_path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("ID,Start time\n")
    with pytest.raises(QuizbuilderError, match="not a zip archive"):
        import_responses(library, quiz, path)


def test_bad_rows_are_rejected_with_their_line(library, quiz, tmp_path) -> None:
    text = (
        GOOGLE
        + "not a date,,,Net Promoter Score,,,,\n"
        + "2026/03/02 9:00:00 AM UTC+1,,,Net\x00,,,,\n"
    )
    result = import_responses(library, quiz, write(tmp_path / "r.csv", text))
    assert result.imported == 3
    assert [(r.line, r.reason.split(":")[0]) for r in result.rejected] == [
        (5, "not a date"),
        (6, "the row contains NUL bytes (a damaged file?)"),
    ]


def test_a_cancelled_import_leaves_the_library_as_it_was(library, quiz, tmp_path) -> None:
    header = GOOGLE.split("\n")[0] + "\n"
    body = "".join(
        f"2026/03/02 9:{i // 60:02d}:{i % 60:02d} AM UTC+1,,,Net Promoter Score,,,,\n"
        for i in range(3000)
    )
    path = write(tmp_path / "big.csv", header + body)
    with pytest.raises(ImportCancelled):
        import_responses(library, quiz, path, ImportOptions(cancelled=lambda: True))
    assert rows(library) == []
    with library.session() as s:
        assert s.exec(select(ImportBatch)).all() == []
        assert s.exec(select(Response)).all() == []
    progress: list[int] = []
    result = import_responses(library, quiz, path, ImportOptions(progress=progress.append))
    assert result.imported == 3000 and progress[-1] == 3000


def test_our_jsonl_into_one_item(library, quiz, tmp_path) -> None:
    uid = library.item(quiz).summary.uid
    lines = [
        {"type": "response", "item": uid, "id": "r1", "answers": {"nps": "a"}},
        {"type": "response", "item": "another-item", "id": "r2", "answers": {}},
    ]
    path = write(tmp_path / "r.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    result = import_responses(library, quiz, path)
    assert (result.source, result.imported) == ("quizbuilder", 1)
    assert [(r.line, r.reason) for r in result.rejected] == [
        (2, "belongs to item 'another-item', not to this one")
    ]


def test_matches_the_reference_statistics_of_the_bench_data(library, tmp_path) -> None:
    """Scores computed here agree with make_bench_data.py's own reference numbers."""
    import statistics
    import subprocess
    import sys

    from quizbuilder.formats.content_json import ItemFile
    from quizbuilder.formats.gift import read_gift

    tool = Path(__file__).resolve().parents[4] / "shared" / "tools" / "make_bench_data.py"
    if not tool.exists():
        pytest.skip("../shared/tools is not beside this checkout")
    subprocess.run(
        [sys.executable, str(tool), str(tmp_path), "--rows", "1500", "--seed", "3"], check=True
    )
    parsed = read_gift((tmp_path / "quiz.gift").read_text(encoding="utf-8"), "Bench")
    [item_id] = library.add_item_file(ItemFile([(None, d) for d in parsed.items]))
    result = import_responses(library, item_id, tmp_path / "responses_google_forms.csv")
    expected = json.loads((tmp_path / "expected.json").read_text(encoding="utf-8"))
    assert result.imported == expected["responses"] and result.rejected == []
    assert result.disagreement_count == 0  # Google's own Score column agrees
    scores = [r.score for r in rows(library)]
    assert statistics.fmean(scores) == pytest.approx(expected["score_mean"], abs=1e-6)
    assert statistics.median(scores) == pytest.approx(expected["score_median"])
    assert statistics.pstdev(scores) == pytest.approx(expected["score_stdev"], abs=1e-6)
    emails = {r.email for r in rows(library)}
    assert len(emails) == expected["distinct_emails"]


def test_corrected_columns_keep_the_source_and_its_ids(library, quiz, tmp_path) -> None:
    """A person un-matches a column of a Google export: still google-forms, same row ids,
    so importing the file later without the correction adds nothing twice."""
    path = write(tmp_path / "g.csv", GOOGLE)
    corrected = import_responses(
        library,
        quiz,
        path,
        ImportOptions(
            columns={"Un commentaire ?": None, "Le RGPD impose un consentement.": "rgpd"}
        ),
    )
    assert (corrected.source, corrected.imported) == ("google-forms", 3)
    assert "Un commentaire ?" in corrected.unmatched_columns
    assert "avis" not in json.loads(rows(library)[0].answers)
    later = write(tmp_path / "later.csv", GOOGLE + "\n")  # another file, same rows
    assert import_responses(library, quiz, later).duplicates == 3
    with pytest.raises(QuizbuilderError, match="no question 'nope'"):
        import_responses(library, quiz, later, ImportOptions(columns={"Un commentaire ?": "nope"}))


def test_a_killed_import_process_leaves_the_library_unchanged(library, quiz, tmp_path) -> None:
    """SIGKILL in the middle of an import: SQLite's journal rolls the transaction back."""
    import signal
    import subprocess
    import sys

    header = GOOGLE.split("\n")[0] + "\n"
    body = "".join(
        f"2026/03/02 {i // 3600}:{i // 60 % 60:02d}:{i % 60:02d} UTC+1,,,"
        "Net Promoter Score,Partages,Vrai,5,\n"
        for i in range(60_000)
    )
    path = write(tmp_path / "big.csv", header + body)
    library.close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from quizbuilder.services.library import LibraryService\n"
        "from quizbuilder.services.response_import import ImportOptions, import_responses\n"
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
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("rows") and int(line.split()[1]) >= 20000:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert child.stdin is not None
    child.stdin.close()
    assert child.returncode == -signal.SIGKILL
    reopened = LibraryService.open(library.path)
    try:
        assert rows(reopened) == []
        with reopened.session() as s:
            assert s.exec(select(ImportBatch)).all() == []
            assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        result = import_responses(reopened, quiz, path)  # and the file still imports whole
        assert result.imported == 60_000
    finally:
        reopened.close()
