"""`quizbuilder privacy find|export|erase|purge` through the real command line."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from quizbuilder import cli
from quizbuilder.domain.validation import parse_document
from quizbuilder.services.library import LibraryService
from tests.helpers.documents import data

ZOE = "zoe.marchand@exemple.fr"
ERASED = "this person's data was erased at their request"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return cli.run(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def response(item: str, rid: str, email: str, days_ago: int = 1, **extra: Any) -> str:
    submitted = datetime.now(UTC) - timedelta(days=days_ago)
    return json.dumps(
        {
            "type": "response",
            "item": item,
            "id": rid,
            "answers": {"reseau": "insta"},
            "submitted_at": submitted.isoformat(),
            "lead": {"email": email, "first_name": "Zoéline" if "zoe" in email.lower() else "Tom"},
            **extra,
        }
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A poll kept 30 days with Zoé's and Tom's recent responses and an old one of Tom's."""
    path = tmp_path / "lib.sqlite"
    library = LibraryService.open(path)
    content = data("poll")
    content["settings"] = {"retention_days": 30}
    uid = library.item(library.create_item(parse_document(content))).summary.uid
    library.close()
    lines = tmp_path / "answers.jsonl"
    lines.write_text(
        "\n".join(
            [
                response(uid, "r-zoe", ZOE.upper()),
                response(uid, "r-tom", "tom@exemple.fr"),
                response(uid, "r-tom-old", "tom@exemple.fr", days_ago=400, respondent="t1"),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    code, _, err = run("--db", str(path), "import", str(lines))
    assert code == 0, err
    return path


def test_find_prints_counts_for_that_person_only(db: Path) -> None:
    code, out, _ = run("--db", str(db), "privacy", "find", f" {ZOE.upper()} ")
    assert code == 0
    assert out.splitlines()[0] == (
        f"{ZOE}: 1 response in 1 item (1 lead, 0 consents, 0 contest exclusions)"
    )
    assert "item 1" in out and "Quel réseau préférez-vous ?" in out
    assert "tom@" not in out and "Zoéline" not in out


def test_find_json_has_the_documented_keys(db: Path) -> None:
    code, out, _ = run("--db", str(db), "privacy", "find", ZOE, "--json")
    assert code == 0
    found = json.loads(out)
    assert list(found) == [
        "email",
        "erased_before",
        "responses",
        "leads",
        "consents",
        "exclusions",
        "mentions",
        "items",
    ]
    assert (found["email"], found["responses"], found["erased_before"]) == (ZOE, 1, False)
    [item] = found["items"]
    assert list(item) == [
        "id",
        "uid",
        "kind",
        "title",
        "responses",
        "leads",
        "consents",
        "exclusions",
        "response_ids",
    ]
    assert (item["id"], item["kind"], item["response_ids"]) == (1, "poll", ["r-zoe"])


def test_find_and_export_an_unknown_address(db: Path, tmp_path: Path) -> None:
    code, out, _ = run("--db", str(db), "privacy", "find", "nobody@exemple.fr")
    assert (code, out) == (0, "No data held for nobody@exemple.fr.\n")
    target = tmp_path / "nobody.json"
    code, out, _ = run("--db", str(db), "privacy", "export", "nobody@exemple.fr", "-o", str(target))
    assert code == 0 and "no data held" in out
    assert json.loads(target.read_text(encoding="utf-8"))["items"] == []


def test_export_writes_the_persons_data(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "zoe.json"
    code, out, _ = run("--db", str(db), "privacy", "export", ZOE, "--output", str(target))
    assert code == 0 and out.startswith(f"{target}: the data held for {ZOE}, 1 response")
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "quizbuilder-personal-data"
    [item] = document["items"]
    assert [(r["id"], r["lead"]["first_name"]) for r in item["responses"]] == [("r-zoe", "Zoéline")]


def test_erase_says_what_it_removed_and_leaves_no_trace(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = db.with_name("lib.schema2-20260101T000000Z.backup.sqlite")
    backup.write_bytes(b"an old copy")
    assert ZOE.encode() in db.read_bytes().lower() + _wal(db)

    code, out, _ = run("--db", str(db), "privacy", "erase", ZOE)

    assert code == 0
    assert out.splitlines()[0] == (
        f"erased {ZOE}: 1 response in 1 item (1 lead, 0 consents, 0 contest exclusions) removed"
    )
    assert "salted hash" in out
    warnings = capsys.readouterr().err
    assert str(backup) in warnings and "may still hold personal data" in warnings
    raw = db.read_bytes().lower() + _wal(db)
    for secret in (ZOE, "zoéline"):
        assert secret.encode("utf-8") not in raw
        assert secret.encode("utf-16-le") not in raw
    # a re-import of the same file does not bring her back, and says which line it left
    code, out, _ = run("--db", str(db), "import", str(tmp_path / "answers.jsonl"))
    assert code == 0 and "0 responses added, 2 already there" in out
    assert f"line 1: {ERASED}" in out
    code, out, _ = run("--db", str(db), "privacy", "find", ZOE, "--json")
    assert (json.loads(out)["responses"], json.loads(out)["erased_before"]) == (0, True)


def test_erase_json(db: Path) -> None:
    code, out, _ = run("--db", str(db), "privacy", "erase", ZOE, "--json")
    assert code == 0
    report = json.loads(out)
    assert (report["responses"], report["compacted"], report["backups"]) == (1, True, [])
    assert report["items"][0]["response_ids"] == ["r-zoe"] and not report["erased_before"]
    code, out, _ = run("--db", str(db), "privacy", "erase", ZOE, "--json")  # again
    again = json.loads(out)
    assert (code, again["responses"], again["erased_before"]) == (0, 0, True)
    code, out, _ = run("--db", str(db), "privacy", "erase", ZOE)
    assert code == 0 and out.startswith(f"erased {ZOE}: no data was held")


def test_purge_by_retention(db: Path) -> None:
    code, out, _ = run("--db", str(db), "privacy", "purge")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(
        "item 1\tQuel réseau préférez-vous ?: 1 response made anonymous (older than 30 days"
    )
    assert lines[-1] == "1 response made anonymous in all"
    code, out, _ = run("--db", str(db), "privacy", "purge", "--json")
    report = json.loads(out)
    assert (report["purged"], report["compacted"]) == (0, True)
    assert [(i["id"], i["retention_days"], i["purged"]) for i in report["items"]] == [(1, 30, 0)]
    listed = json.loads(run("--db", str(db), "privacy", "find", "tom@exemple.fr", "--json")[1])
    assert listed["items"][0]["response_ids"] == ["r-tom"]  # the old one is anonymous now


def test_purge_with_no_retention_period(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    code, out, _ = run("--db", str(path), "privacy", "purge")
    assert (code, out) == (0, "No item has a retention period: nothing to purge.\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["privacy", "find", "zoe"], "'zoe' is not an e-mail address"),
        (["privacy", "erase", "@exemple.fr"], "is not an e-mail address"),
        (["privacy", "export", ZOE], "required: -o/--output"),
        (["privacy"], "required: ACTION"),
        (["privacy", "forget", ZOE], "invalid choice"),
    ],
)
def test_user_errors(db: Path, argv: list[str], message: str) -> None:
    code, out, err = run("--db", str(db), *argv)
    assert code == 2 and out == ""
    assert err.startswith("quizbuilder: error: ") and message in err
    assert "Traceback" not in err


def test_export_to_a_missing_folder_is_a_user_error(db: Path, tmp_path: Path) -> None:
    code, _, err = run(
        "--db", str(db), "privacy", "export", ZOE, "-o", str(tmp_path / "no" / "x.json")
    )
    assert code == 2 and "cannot write" in err


def _wal(db: Path) -> bytes:
    wal = db.with_name(db.name + "-wal")
    return wal.read_bytes().lower() if wal.exists() else b""
