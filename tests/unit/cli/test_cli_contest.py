"""`quizbuilder contest ...` through the real command line, on a temporary library."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from quizbuilder import cli
from quizbuilder.domain.validation import parse_document
from quizbuilder.services.contest import draws
from quizbuilder.services.library import LibraryService
from quizbuilder.services.responses import import_jsonl
from quizbuilder.store.engine import default_library_path
from tests.unit.services.test_contest import (
    BEFORE_CLOSE,
    CONTEST,
    CONTEST_UID,
    ELIGIBLE,
    QUIZ,
    QUIZ_UID,
    RESPONSES,
    contest_data,
    response_lines,
    update_document,
)

CONTEST_ID = "2"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return cli.run(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def make_db(tmp_path: Path, contest: dict[str, Any]) -> Path:
    path = tmp_path / "lib.sqlite"
    library = LibraryService.open(path)
    library.create_item(parse_document(QUIZ), uid=QUIZ_UID)
    library.create_item(parse_document(contest), uid=CONTEST_UID)
    jsonl = tmp_path / "responses.jsonl"
    jsonl.write_text(response_lines(QUIZ_UID, RESPONSES), encoding="utf-8")
    import_jsonl(library, jsonl)
    library.close()
    return path


@pytest.fixture(autouse=True)
def _before_closing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line has no --now: its clock reads a moment before the contest closes."""
    monkeypatch.setattr(draws, "utcnow", lambda: BEFORE_CLOSE)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_db(tmp_path, CONTEST)


def contest(db: Path, *argv: str) -> tuple[int, str, str]:
    return run("--db", str(db), "contest", *argv)


def drawn(db: Path, out: Path) -> dict[str, Any]:
    assert contest(db, "commit", CONTEST_ID)[0] == 0
    code, text, err = contest(db, "draw", CONTEST_ID, "-o", str(out), "--json")
    assert code == 0, err
    return json.loads(text)


def test_entries_json_and_text(db: Path) -> None:
    code, out, err = contest(db, "entries", CONTEST_ID, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == [
        "contest",
        "sources",
        "candidates",
        "steps",
        "entries",
        "rejected",
        "flags",
        "exclusions",
    ]
    assert [e["id"] for e in data["entries"]] == ELIGIBLE
    assert data["candidates"] == len(RESPONSES)
    assert {r["id"]: r["step"] for r in data["rejected"]}["r04"] == "min_age"
    assert "@" not in out  # pseudonyms, no addresses
    code, text, _ = contest(db, "entries", CONTEST_ID)
    assert code == 0
    assert f"{len(ELIGIBLE)} eligible entries, {len(ELIGIBLE)} tickets" in text
    assert "One entry per person: the earliest entry of each e-mail address: 7 -> 6" in text


def test_exclude_and_reinstate(db: Path) -> None:
    code, out, _ = contest(db, "exclude", CONTEST_ID, "r09", "--reason", "stolen photo")
    assert code == 0 and "r09 excluded" in out
    data = json.loads(contest(db, "entries", CONTEST_ID, "--json")[1])
    assert "r09" not in [e["id"] for e in data["entries"]]
    assert data["exclusions"] == [{"id": "r09", "pseudonym": "Hugo B.", "reason": "stolen photo"}]
    assert contest(db, "reinstate", CONTEST_ID, "r09", "--reason", "own photo")[0] == 0
    data = json.loads(contest(db, "entries", CONTEST_ID, "--json")[1])
    assert [e["id"] for e in data["entries"]] == ELIGIBLE


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["exclude", CONTEST_ID, "r09"], "required: --reason"),
        (["exclude", CONTEST_ID, "r09", "--reason", " "], "needs a reason"),
        (["exclude", CONTEST_ID, "r99", "--reason", "x"], "has no entry 'r99'"),
        (["reinstate", CONTEST_ID, "r09", "--reason", "x"], "is not excluded"),
        (["entries", "1"], "item 1 is a knowledge quiz, not a contest"),
        (["entries", "9"], "there is no item 9"),
        (["draw", CONTEST_ID], "has no commitment"),
        (["substitute", CONTEST_ID, "r01", "--reason", "x"], "has not been drawn yet"),
        (["winners", CONTEST_ID], "has not been drawn yet"),
        (["rules", CONTEST_ID, "--lang", "de"], "invalid choice"),
        (["commit", CONTEST_ID, "--force-reason", "late"], "has not closed"),
    ],
)
def test_user_errors(db: Path, argv: list[str], message: str) -> None:
    code, out, err = contest(db, *argv)
    assert code == 2 and out == ""
    assert err.startswith("quizbuilder: error: ") and message in err


def test_rules_exit_status_follows_the_errors(db: Path, tmp_path: Path) -> None:
    html, pdf = tmp_path / "rules.html", tmp_path / "rules.pdf"
    code, out, _ = contest(db, "rules", CONTEST_ID, "--html", str(html), "--pdf", str(pdf))
    assert code == 0
    assert "warning: contest.eligibility" in out and "rules hash (fr): " in out
    assert "Studio Lune" in html.read_text(encoding="utf-8")
    assert pdf.read_bytes().startswith(b"%PDF")
    library = LibraryService.open(db)
    update_document(library, 2, lambda d: d["contest"]["organiser"].update(name=""))
    library.close()
    code, out, _ = contest(db, "rules", CONTEST_ID, "--lang", "en", "--json")
    assert code == 1
    data = json.loads(out)
    assert list(data) == ["language", "rules_hash", "errors", "problems", "html", "pdf"]
    assert data["language"] == "en" and data["errors"] >= 1
    assert {"severity": "error", "field": "contest.organiser.name"}.items() <= next(
        p for p in data["problems"] if p["field"] == "contest.organiser.name"
    ).items()
    assert contest(db, "commit", CONTEST_ID)[0] == 2  # rules with errors: no commitment


def test_commit_prints_what_to_publish_and_never_the_seed(db: Path) -> None:
    code, out, _ = contest(db, "commit", CONTEST_ID, "--beacon", "drand round 7", "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == [
        "commitment",
        "rules_hash",
        "rules_language",
        "algorithm",
        "beacon",
        "created_at",
        "late_reason",
    ]
    assert data["beacon"] == "drand round 7"
    code, _, err = contest(db, "commit", CONTEST_ID)
    assert code == 2 and "waiting for its draw" in err
    code, _, err = contest(db, "draw", CONTEST_ID, "-o", "x")
    assert code == 2 and "'drand round 7': give its value" in err


def test_commit_after_closing_needs_a_reason(tmp_path: Path) -> None:
    db = make_db(tmp_path, contest_data(ends_at="2026-11-10T00:00:00+01:00"))
    code, _, err = contest(db, "commit", CONTEST_ID)
    assert code == 2 and "the contest closed on 2026-11-10 00:00" in err
    code, out, _ = contest(db, "commit", CONTEST_ID, "--force-reason", "server down")
    assert code == 0 and "Publish this" in out


def test_draw_json_has_exactly_the_documented_keys(db: Path, tmp_path: Path) -> None:
    data = drawn(db, tmp_path / "out")
    assert list(data) == ["winners", "alternates", "certificate"]
    assert len(data["winners"]) == 2 and len(data["alternates"]) == 2
    for row in data["winners"] + data["alternates"]:
        assert list(row) == ["entry", "pseudonym"] and row["entry"] in ELIGIBLE
    certificate = Path(data["certificate"])
    assert certificate.parent == tmp_path / "out" and certificate.is_file()
    cert = json.loads(certificate.read_text(encoding="utf-8"))
    assert [w["id"] for w in cert["winners"]] == [w["entry"] for w in data["winners"]]
    code, _, err = contest(db, "draw", CONTEST_ID, "-o", str(tmp_path / "out"))
    assert code == 2 and "already drawn" in err


def test_draw_text_and_default_folder(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(draws, "EXPORTS", tmp_path / "exports")
    assert contest(db, "commit", CONTEST_ID)[0] == 0
    code, out, _ = contest(db, "draw", CONTEST_ID)
    assert code == 0
    folder = tmp_path / "exports" / CONTEST_UID
    assert f"Certificate: {folder / 'draw-1-certificate.json'}" in out
    assert sorted(p.name for p in folder.iterdir()) == [
        "draw-1-certificate.html",
        "draw-1-certificate.json",
        "draw-1-certificate.pdf",
        "draw-1-entries.json",
    ]
    assert f"quizbuilder contest winners {CONTEST_ID}" in out


def verify(*argv: str) -> tuple[int, str, str]:
    return run("contest", "verify", *argv)


def test_verify_needs_no_library_and_detects_tampering(db: Path, tmp_path: Path) -> None:
    data = drawn(db, tmp_path / "out")
    cert = Path(data["certificate"])
    entries = cert.with_name(cert.name.replace("certificate", "entries"))
    code, out, _ = verify(str(cert), "--entries", str(entries))
    assert (code, out) == (0, f"{cert}: verified\n")
    assert not default_library_path().exists()  # no --db and no library opened

    code, out, _ = verify(str(cert), "--entries", str(entries), "--json")
    assert code == 0
    assert json.loads(out) == {"verified": True, "entries_checked": True, "problems": []}

    frozen = json.loads(entries.read_text(encoding="utf-8"))
    frozen["entries"] = frozen["entries"][1:]
    fewer = tmp_path / "fewer.json"
    fewer.write_text(json.dumps(frozen), encoding="utf-8")
    code, out, _ = verify(str(cert), "--entries", str(fewer))
    assert code == 1 and "does NOT verify" in out and "entries hash" in out

    tampers = {
        "commitment does not match": lambda c: c.update(secret_seed="0" * 64),
        "draw seed": lambda c: c.update(draw_seed="1" * 64),
        "winner 1: certificate says 'r02'": lambda c: c["winners"][0].update(id="r02"),
    }
    for expected, change in tampers.items():
        tampered = json.loads(cert.read_text(encoding="utf-8"))
        change(tampered)
        path = tmp_path / "tampered.json"
        path.write_text(json.dumps(tampered), encoding="utf-8")
        code, out, _ = verify(str(path), "--entries", str(entries), "--json")
        result = json.loads(out)
        assert code == 1 and result["verified"] is False
        assert any(expected in p for p in result["problems"]), (expected, result)


def test_verify_user_errors(tmp_path: Path) -> None:
    code, _, err = verify(str(tmp_path / "missing.json"))
    assert code == 2 and "no such file" in err


def test_substitute_and_winners(db: Path, tmp_path: Path) -> None:
    data = drawn(db, tmp_path / "out")
    first = data["winners"][0]
    code, out, _ = contest(
        db, "substitute", CONTEST_ID, first["pseudonym"], "--reason", "no answer", "--json"
    )
    assert code == 0
    result = json.loads(out)
    assert result["replaced"] == first and result["replacement"] == data["alternates"][0]
    cert = json.loads(Path(data["certificate"]).read_text(encoding="utf-8"))
    assert cert["substitutions"][0]["reason"] == "no answer"

    emails = {rid: lead.get("email") for rid, _, lead, _, _ in RESPONSES}
    code, out, _ = contest(db, "winners", CONTEST_ID, "--json")
    rows = json.loads(out)
    assert [(r["role"], r["entry"], r["email"]) for r in rows] == [
        ("winner", data["alternates"][0]["entry"], emails[data["alternates"][0]["entry"]]),
        ("winner", data["winners"][1]["entry"], emails[data["winners"][1]["entry"]]),
        ("alternate", data["alternates"][1]["entry"], emails[data["alternates"][1]["entry"]]),
        ("replaced", first["entry"], emails[first["entry"]]),
    ]
    code, text, _ = contest(db, "winners", CONTEST_ID)
    assert code == 0 and "for the organiser only" in text
    assert emails[data["winners"][1]["entry"]] in text


def test_import_list_prints_what_it_added_and_each_refused_line(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.sqlite")
    assert run("--db", db, "demo")[0] == 0
    listed = tmp_path / "l.csv"
    listed.write_text(
        "E-mail,Date\nzoe@example.org,2026-11-10 10:00\nnot-an-email,2026-11-10 11:00\n",
        encoding="utf-8",
    )
    status, out, _ = run("--db", db, "contest", "import-list", "5", str(listed))
    assert status == 0
    assert out.splitlines() == [
        f"1 entries added, 0 already there, 1 rejected (from {listed})",
        "  line 3: 'not-an-email' is not an e-mail address",
    ]
    status, out, _ = run("--db", db, "contest", "import-list", "5", str(listed), "--json")
    data = json.loads(out)
    assert (status, data["added"], data["duplicates"]) == (0, 0, 1)


def test_import_list_without_an_email_column_is_a_clear_error(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.sqlite")
    assert run("--db", db, "demo")[0] == 0
    listed = tmp_path / "noms.csv"
    listed.write_text("Nom\nCurie\n", encoding="utf-8")
    status, _, err = run("--db", db, "contest", "import-list", "5", str(listed))
    assert status == 2
    assert "noms.csv: no e-mail column" in err
