"""The content file: its envelope, its assets, its errors, and its JSON Schema."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quizbuilder.domain.errors import DocumentInvalid, QuizbuilderError
from quizbuilder.formats.content_json import (
    Asset,
    FileTooNew,
    ItemFile,
    read_item_file,
    write_item_file,
)
from quizbuilder.formats.schemas import all_schemas, render
from quizbuilder.paths import SCHEMAS, SEEDS
from tests.helpers.documents import ALL, data, document

PNG = b"\x89PNG\r\n\x1a\n fake but stable bytes"
PNG_SHA = hashlib.sha256(PNG).hexdigest()


def envelope(item: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"format": "quizbuilder-item", "format_version": 1, "item": item, **extra}


def write(path: Path, data_: Any) -> Path:
    path.write_text(json.dumps(data_, ensure_ascii=False), encoding="utf-8")
    return path


def test_write_then_read_gives_the_same_items_and_assets(tmp_path: Path) -> None:
    raw = data("personality_quiz")
    raw["outcomes"][0]["image"] = {"asset": PNG_SHA, "alt": "Une petite communauté"}
    from quizbuilder.domain.validation import parse_document

    doc = parse_document(raw)
    original = ItemFile([("abc123", doc)], {PNG_SHA: Asset("image/png", PNG)})
    path = tmp_path / "quiz.json"
    write_item_file(path, original)
    back = read_item_file(path)
    assert back.entries == original.entries
    assert back.assets == original.assets
    assert "Quel type d'influenceur" in path.read_text(encoding="utf-8")  # UTF-8, not \\u


def test_several_items_in_one_file(tmp_path: Path) -> None:
    entries = [(None, document(name)) for name in sorted(ALL)]
    path = tmp_path / "all.json"
    write_item_file(path, ItemFile(entries))
    assert [d.kind.value for _, d in read_item_file(path).entries] == sorted(ALL)


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(envelope(data("poll"))).encode())
    assert read_item_file(path).entries[0][1].title == "Quel réseau préférez-vous ?"


def test_broken_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "quizbuilder-item",\n  "item": {,}\n}\n')
    with pytest.raises(QuizbuilderError, match=r"broken.json: not valid JSON at line 3, column 12"):
        read_item_file(path)


def test_other_json_is_not_mistaken_for_an_item(tmp_path: Path) -> None:
    path = write(tmp_path / "other.json", {"name": "package.json perhaps"})
    with pytest.raises(QuizbuilderError, match="not a quizbuilder item file"):
        read_item_file(path)


def test_newer_format_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = write(tmp_path / "future.json", {**envelope(data("poll")), "format_version": 2})
    with pytest.raises(FileTooNew, match="newer release of quizbuilder"):
        read_item_file(path)


def test_document_problems_carry_the_file_and_path(tmp_path: Path) -> None:
    raw = data("poll")
    raw["questions"][0]["options"][1]["fraction"] = 3
    path = write(tmp_path / "sondage.json", envelope(raw))
    with pytest.raises(DocumentInvalid) as caught:
        read_item_file(path)
    assert caught.value.source.endswith("sondage.json")
    assert [p.path for p in caught.value.problems] == ["item.questions[0].options[1].fraction"]


def test_missing_and_corrupt_assets_are_refused(tmp_path: Path) -> None:
    raw = data("poll")
    raw["image"] = {"asset": PNG_SHA, "alt": "logo"}
    path = write(tmp_path / "missing.json", envelope(raw))
    with pytest.raises(DocumentInvalid, match="not in 'assets'"):
        read_item_file(path)
    wrong = base64.b64encode(b"other bytes").decode()
    path = write(
        tmp_path / "corrupt.json",
        envelope(raw, assets={PNG_SHA: {"media_type": "image/png", "data": wrong}}),
    )
    with pytest.raises(DocumentInvalid, match="does not match its SHA-256"):
        read_item_file(path)


def test_unreadable_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(QuizbuilderError, match="cannot read"):
        read_item_file(tmp_path / "absent.json")
    latin = tmp_path / "latin1.json"
    text = json.dumps(envelope(data("poll")), ensure_ascii=False)
    latin.write_bytes(text.encode("cp1252"))  # as an old editor would have saved it
    with pytest.raises(QuizbuilderError, match="not UTF-8"):
        read_item_file(latin)


def test_committed_schemas_match_the_code() -> None:
    for name, schema in all_schemas().items():
        committed = (SCHEMAS / name).read_text(encoding="utf-8")
        assert committed == render(schema), f"run python -m quizbuilder.formats.schemas ({name})"


def test_schema_accepts_written_files_and_rejects_bad_ones(tmp_path: Path) -> None:
    schema = json.loads((SCHEMAS / "item-v1.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    path = tmp_path / "all.json"
    write_item_file(path, ItemFile([(None, document(n)) for n in sorted(ALL)]))
    validator.validate(json.loads(path.read_text(encoding="utf-8")))
    bad = envelope(data("poll"))
    bad["item"]["questions"][0]["options"][0]["fraction"] = 2
    assert not validator.is_valid(bad)


def test_seed_items_follow_the_schema() -> None:
    schema = json.loads((SCHEMAS / "item-v1.schema.json").read_text(encoding="utf-8"))
    files = sorted((SEEDS / "items").glob("*.json"))
    assert len(files) >= 5
    for path in files:
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)
        read_item_file(path)
