"""Every command, its success and its user errors, with the documented exit statuses."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizbuilder import cli
from quizbuilder.services.library import LibraryService
from tests.helpers.documents import document


def run(*argv: str, gui=None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), open_gui=gui, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    service = LibraryService.open(path)
    service.create_item(document("knowledge_quiz"))
    service.create_item(document("poll"))
    service.close()
    return path


def test_list_as_a_table_and_as_json(db: Path) -> None:
    code, out, err = run("--db", str(db), "list")
    assert code == 0 and err == ""
    header, *lines = out.splitlines()
    assert header.split()[:3] == ["ID", "KIND", "TITLE"]
    assert any("Les bases du community management" in line for line in lines)
    code, out, _ = run("--db", str(db), "list", "--json")
    rows = json.loads(out)
    assert {r["kind"] for r in rows} == {"knowledge_quiz", "poll"}
    assert set(rows[0]) >= {"id", "kind", "title", "questions", "responses", "updated_at"}
    quiz = next(r for r in rows if r["kind"] == "knowledge_quiz")
    assert quiz["questions"] == 3


def test_list_search_and_empty_library(db: Path, tmp_path: Path) -> None:
    _, out, _ = run("--db", str(db), "list", "--json", "--search", "réseau")
    assert [r["kind"] for r in json.loads(out)] == ["poll"]
    code, out, _ = run("--db", str(tmp_path / "empty.sqlite"), "list")
    assert code == 0 and "library is empty" in out


def test_db_from_the_environment(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZBUILDER_DB", str(db))
    _, out, _ = run("list", "--json")
    assert len(json.loads(out)) == 2


def test_show_text_and_json(db: Path) -> None:
    rows = json.loads(run("--db", str(db), "list", "--json")[1])
    quiz_id = next(r["id"] for r in rows if r["kind"] == "knowledge_quiz")
    code, out, _ = run("--db", str(db), "show", str(quiz_id))
    assert code == 0
    assert "Que signifie NPS ?" in out and "max score: 4" in out and "pass mark: 50 %" in out
    data = json.loads(run("--db", str(db), "show", str(quiz_id), "--json")[1])
    assert data["document"]["questions"][1]["options"][2]["fraction"] == -1
    assert data["versions"] == []


def test_export_then_import(db: Path, tmp_path: Path) -> None:
    rows = json.loads(run("--db", str(db), "list", "--json")[1])
    out_file = tmp_path / "poll.json"
    code, out, _ = run("--db", str(db), "export", str(rows[0]["id"]), "-o", str(out_file))
    assert code == 0 and str(out_file) in out and out_file.exists()
    other = tmp_path / "other.sqlite"
    code, out, _ = run("--db", str(other), "import", str(out_file), "--json")
    assert code == 0
    [new_id] = json.loads(out)
    shown = json.loads(run("--db", str(other), "show", str(new_id), "--json")[1])
    assert shown["title"] == rows[0]["title"]
    # the export froze a version in the source library
    assert (
        len(json.loads(run("--db", str(db), "show", str(rows[0]["id"]), "--json")[1])["versions"])
        == 1
    )


def test_import_of_responses(db: Path, tmp_path: Path) -> None:
    rows = json.loads(run("--db", str(db), "list", "--json")[1])
    quiz = next(r for r in rows if r["kind"] == "knowledge_quiz")
    lines = tmp_path / "answers.jsonl"
    lines.write_text(
        json.dumps({"type": "response", "item": quiz["uid"], "id": "r1", "answers": {"q1": "a"}})
        + "\n"
        + "oops\n",
        encoding="utf-8",
    )
    code, out, _ = run("--db", str(db), "import", str(lines))
    assert code == 0
    assert "1 responses added" in out and "line 2: not valid JSON" in out
    code, out, _ = run("--db", str(db), "import", str(lines), "--json")
    report = json.loads(out)["responses"][0]
    assert (report["added"], report["duplicates"]) == (0, 1)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "999"], "there is no item 999"),
        (["show", "abc"], "invalid int value"),
        (["export", "999", "-o", "x.json"], "there is no item 999"),
        (["export", "1"], "required: -o/--output"),
        (["import", "missing.json"], "missing.json: no such file"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_user_errors_exit_2_with_one_line(db: Path, argv: list[str], message: str) -> None:
    code, out, err = run("--db", str(db), *argv)
    assert code == 2 and out == ""
    assert err.startswith("quizbuilder: error: ") and message in err
    assert len(err.strip().splitlines()) == 1


def test_invalid_document_is_refused_with_its_problems(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "quizbuilder-item",
                "format_version": 1,
                "item": {"kind": "poll", "theme": {"radius": -3}},
            }
        )
    )
    code, _, err = run("--db", str(db), "import", str(bad))
    assert code == 2
    assert "bad.json" in err and "item.theme.radius: must be at least 0" in err
    assert len(json.loads(run("--db", str(db), "list", "--json")[1])) == 2  # nothing added


def test_newer_library_is_a_user_error(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "future.sqlite"
    LibraryService.open(path).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 999")
    con.commit()
    con.close()
    code, _, err = run("--db", str(path), "list")
    assert code == 2 and "newer release" in err


def test_internal_errors_exit_1_without_traceback(db: Path, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("something we did not foresee")

    monkeypatch.setattr(LibraryService, "list_items", broken)
    code, _, err = run("--db", str(db), "list")
    assert code == 1
    assert "internal error: RuntimeError: something we did not foresee" in err
    assert "Traceback" not in err
    monkeypatch.setenv("QUIZBUILDER_DEBUG", "1")
    assert "Traceback" in run("--db", str(db), "list")[2]


def test_no_command_opens_the_gui_with_the_named_library(db: Path) -> None:
    opened: list[Path | None] = []
    code, _, _ = run("--db", str(db), gui=lambda path: opened.append(path) or 0)
    assert code == 0 and opened == [db]
    code, _, _ = run(gui=lambda path: opened.append(path) or 0)
    assert opened[-1] is None  # no library named: the GUI picks the last or default one


def test_demo_command(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    code, out, _ = run("--db", str(path), "demo")
    assert code == 0 and "Loaded the demo library" in out
    code, out, _ = run("--db", str(path), "demo")
    assert code == 0 and "already in this library" in out


@pytest.mark.parametrize("command", ["", "list", "show", "import", "export", "demo"])
def test_help_on_every_command(command: str) -> None:
    argv = [command, "--help"] if command else ["--help"]
    with pytest.raises(SystemExit) as caught:
        run(*argv)
    assert caught.value.code == 0


def test_the_installed_entry_points(db: Path, tmp_path: Path) -> None:
    """The real process: `python -m quizbuilder`, exit statuses, and stderr."""
    ok = subprocess.run(
        [sys.executable, "-m", "quizbuilder", "--db", str(db), "list", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0 and len(json.loads(ok.stdout)) == 2
    bad = subprocess.run(
        [sys.executable, "-m", "quizbuilder", "--db", str(db), "show", "42"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    version = subprocess.run(
        [sys.executable, "-m", "quizbuilder", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert version.stdout.startswith("quizbuilder ")
