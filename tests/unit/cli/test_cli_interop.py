"""`import` and `export` with question files: --format, --skip-invalid, reports, warnings."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from quizbuilder import cli
from quizbuilder.services.library import LibraryService
from tests.helpers.documents import document


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "lib.sqlite"


def gift(tmp_path: Path, text: str, name: str = "quiz.gift") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = "::Q1::Capitale ?{=Paris ~Lyon}\n\n::Nom bizarre::Vrai ?{T}\n"


def test_import_a_gift_file(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run("--db", str(db), "import", str(gift(tmp_path, GOOD)))
    assert code == 0 and err == ""
    first, summary = out.splitlines()
    assert first.endswith("\tquiz")
    assert "2 questions imported as 1 item(s), 0 skipped, 1 things not held" in summary
    stderr = capsys.readouterr().err
    assert "quizbuilder: not held: " in stderr and "kept as the id 'Nom-bizarre'" in stderr


def test_import_json_output_and_the_documented_keys(db: Path, tmp_path: Path) -> None:
    code, out, _ = run("--db", str(db), "import", str(gift(tmp_path, GOOD)), "--json")
    data = json.loads(out)
    assert code == 0 and set(data) == {"items", "questions"}
    [report] = data["questions"]
    assert set(report) == {"file", "format", "items", "questions", "not_held", "skipped", "notes"}
    assert report["format"] == "gift" and report["items"] == data["items"]
    assert report["not_held"][0]["question"] == 'question 2 "Nom bizarre"'


def test_a_bad_question_imports_nothing_unless_skip_invalid(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = gift(tmp_path, GOOD + "\nCassée ?{=oui\n")
    code, out, err = run("--db", str(db), "import", str(path))
    assert code == 2 and out == ""
    assert "1 question could not be read, so nothing was imported" in err
    assert 'line 5, column 9, question 3 "Cassée ?{=oui"' in err
    assert json.loads(run("--db", str(db), "list", "--json")[1]) == []
    code, out, _ = run("--db", str(db), "import", str(path), "--skip-invalid", "--json")
    assert code == 0
    [report] = json.loads(out)["questions"]
    assert [s["line"] for s in report["skipped"]] == [5]
    assert "quizbuilder: skipped: " in capsys.readouterr().err


def test_format_can_be_forced(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "questions.txt"
    path.write_text("Q ?\nA) x\nB) y\nANSWER: A\n", encoding="utf-8")
    code, out, _ = run("--db", str(db), "import", str(path), "--format", "aiken", "--json")
    assert code == 0 and json.loads(out)["questions"][0]["format"] == "aiken"
    code, _, err = run("--db", str(db), "import", str(path), "--format", "xml")
    assert code == 2 and "invalid choice" in err


def test_mixed_files_keep_the_existing_outputs(db: Path, tmp_path: Path) -> None:
    service = LibraryService.open(db)
    item_id = service.create_item(document("poll"))
    service.close()
    content = tmp_path / "poll.json"
    assert run("--db", str(db), "export", str(item_id), "-o", str(content))[0] == 0
    code, out, _ = run("--db", str(db), "import", str(content), "--json")
    assert code == 0 and isinstance(json.loads(out), list)  # unchanged: a list of ids
    code, out, _ = run("--db", str(db), "import", str(content), str(gift(tmp_path, GOOD)), "--json")
    data = json.loads(out)
    assert len(data["items"]) == 2 and len(data["questions"]) == 1


@pytest.mark.parametrize(("fmt", "head"), [("gift", "$CATEGORY:"), ("moodle-xml", "<?xml")])
def test_export_to_gift_and_moodle_xml(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, head: str
) -> None:
    service = LibraryService.open(db)
    item_id = service.create_item(document("knowledge_quiz"))
    service.close()
    out_file = tmp_path / "quiz.out"
    code, out, err = run(
        "--db", str(db), "export", str(item_id), "--format", fmt, "-o", str(out_file)
    )
    assert code == 0 and err == "" and out.startswith(f"{out_file}\tversion ")
    assert out_file.read_text(encoding="utf-8").startswith(head)
    assert "quizbuilder: warning: not exported: score bands" in capsys.readouterr().err
    code, out, _ = run("--db", str(db), "import", str(out_file), "--format", fmt, "--json")
    assert code == 0 and len(json.loads(out)["items"]) == 1


def test_export_format_is_checked(db: Path, tmp_path: Path) -> None:
    code, _, err = run("--db", str(db), "export", "1", "--format", "aiken", "-o", "x")
    assert code == 2 and "invalid choice" in err
