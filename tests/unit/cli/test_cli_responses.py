"""`quizbuilder responses ...` and `qr` through the real command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from quizbuilder import cli
from quizbuilder.domain.validation import parse_document
from quizbuilder.services.library import LibraryService
from tests.unit.services.test_response_import import GOOGLE, QUIZ


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return cli.run(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    library = LibraryService.open(path)
    library.create_item(parse_document(QUIZ))
    library.close()
    return path


def test_import_json_has_exactly_the_documented_keys(db: Path, tmp_path: Path) -> None:
    answers = tmp_path / "g.csv"
    answers.write_text(GOOGLE + "garbage date,,,,,,,\n", encoding="utf-8")
    code, out, err = run("--db", str(db), "responses", "import", "1", str(answers), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == ["source", "imported", "duplicates", "rejected", "batch"]
    assert (data["source"], data["imported"], data["duplicates"]) == ("google-forms", 3, 0)
    assert data["rejected"] == [{"line": 5, "reason": "not a date: 'garbage date'"}]
    again = json.loads(run("--db", str(db), "responses", "import", "1", str(answers), "--json")[1])
    assert (again["imported"], again["duplicates"]) == (0, 3)


def test_import_summary_rejects_csv_list_batches_remove_and_rescore(
    db: Path, tmp_path: Path
) -> None:
    answers = tmp_path / "g.csv"
    answers.write_text(GOOGLE + "garbage date,,,,,,,\n", encoding="utf-8")
    rejects = tmp_path / "rejects.csv"
    code, out, _ = run(
        "--db", str(db), "responses", "import", "1", str(answers), "--rejects", str(rejects)
    )
    assert code == 0
    assert "google-forms, 3 responses imported, 0 already there, 1 rejected" in out
    assert "scores differ from the file's own" in out
    with rejects.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [["line", "reason"], ["5", "not a date: 'garbage date'"]]
    listed = json.loads(run("--db", str(db), "responses", "list", "1", "--json")[1])
    assert [r["score"] for r in listed] == [4.0, 0.0, 1.0]
    [batch] = json.loads(run("--db", str(db), "responses", "batches", "1", "--json")[1])
    assert (batch["added"], batch["rejected"], batch["source"]) == (3, 1, "google-forms")
    rescored = json.loads(run("--db", str(db), "responses", "rescore", "1", "--json")[1])
    assert (rescored["responses"], rescored["changed"]) == (3, 0)
    code, out, _ = run("--db", str(db), "responses", "remove-batch", "1", str(batch["id"]))
    assert code == 0 and "3 responses" in out
    assert json.loads(run("--db", str(db), "responses", "list", "1", "--json")[1]) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["responses", "import", "9", "x.csv"], "no such file"),
        (["responses", "list", "9"], "there is no item 9"),
        (["responses", "remove-batch", "1", "77"], "no import batch 77"),
        (["responses", "import", "1", "g.csv", "--source", "excel"], "invalid choice"),
        (["responses"], "required: ACTION"),
    ],
)
def test_user_errors(
    db: Path, tmp_path: Path, argv: list[str], message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "g.csv").write_text(GOOGLE, encoding="utf-8")
    code, out, err = run("--db", str(db), *argv)
    assert code == 2 and message in err and out == ""


def test_qr_makes_no_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZBUILDER_DB", str(tmp_path / "never.sqlite"))
    code, _out, err = run("qr", "https://exemple.fr/quiz", "-o", str(tmp_path / "code.png"))
    assert code == 0, err
    assert (tmp_path / "code.png").stat().st_size > 0
    assert not (tmp_path / "never.sqlite").exists()


def test_embed_command_writes_a_page_and_an_iframe_tag(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert run("--db", str(db), "demo")[0] == 0
    quiz = next(
        r
        for r in json.loads(run("--db", str(db), "list", "--json")[1])
        if r["kind"] == "knowledge_quiz"
    )
    page = tmp_path / "quiz.html"
    code, out, err = run(
        "--db",
        str(db),
        "embed",
        str(quiz["id"]),
        "-o",
        str(page),
        "--endpoint",
        "https://exemple.fr/reponses",
        "--lang",
        "en",
        "--iframe",
        "https://exemple.fr/quiz.html",
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert (data["mode"], data["item_id"]) == ("endpoint", quiz["id"])
    html = page.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "https://exemple.fr/reponses" in html  # the CSP and the config name it
    assert data["iframe"].startswith("<iframe") and "https://exemple.fr/quiz.html" in data["iframe"]
    shown = json.loads(run("--db", str(db), "show", str(quiz["id"]), "--json")[1])
    assert data["content_hash"] in [v["content_hash"] for v in shown["versions"]]


def test_embed_refuses_bad_options_writing_nothing(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    run("--db", str(db), "demo")
    page = tmp_path / "x.html"
    code, _out, err = run(
        "--db", str(db), "embed", "1", "-o", str(page), "--mode", "kiosk", "--kiosk-pin", "12"
    )
    assert code == 2 and "pin" in err.lower()
    code, _out, err = run(
        "--db", str(db), "embed", "1", "-o", str(page), "--endpoint", "ftp://exemple.fr"
    )
    assert code == 2 and not page.exists()
