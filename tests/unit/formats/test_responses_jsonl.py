"""Our JSON Lines response format: each line read or rejected with its number and reason."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from quizbuilder.formats.responses_jsonl import (
    EventRecord,
    RejectedLine,
    ResponseRecord,
    dumps_record,
    parse_line,
    read_lines,
)
from quizbuilder.paths import SCHEMAS

GOOD = {
    "type": "response",
    "item": "abc",
    "id": "r1",
    "variant": "A",
    "submitted_at": "2026-11-05T10:00:00Z",
    "answers": {"q1": "a", "q2": ["a", "b"]},
    "lead": {"email": "Lea@Example.org"},
    "consents": [{"id": "news", "version": "2026-09", "given": True}],
    "context": {"utm_source": "instagram", "utm_medium": "social"},
}


def test_response_and_event_lines_parse() -> None:
    record = parse_line(json.dumps(GOOD))
    assert isinstance(record, ResponseRecord)
    assert record.answers["q2"] == ["a", "b"]
    assert record.context.utm_source == "instagram"
    event = parse_line(
        '{"type":"event","item":"abc","session":"s1","event":"view",'
        '"at":"2026-11-05T10:00:00+01:00"}'
    )
    assert isinstance(event, EventRecord) and event.at.utcoffset() is not None


def test_written_record_reads_back_equal() -> None:
    record = parse_line(json.dumps(GOOD))
    assert parse_line(dumps_record(record)) == record


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"type": "vote"}', "'type' must be"),
        (json.dumps({**GOOD, "submitted_at": "2026-11-05 10:00"}), "submitted_at"),
        (json.dumps({**GOOD, "format_version": 9}), "newer than this release"),
        (json.dumps({k: v for k, v in GOOD.items() if k != "id"}), "id: is required"),
    ],
)
def test_bad_lines_say_why(line: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_line(line)


def test_read_lines_numbers_rejections_and_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(
        json.dumps(GOOD) + "\n\n" + "{oops\n" + json.dumps({**GOOD, "id": "r2"}), encoding="utf-8"
    )
    results = list(read_lines(path))
    assert [n for n, _ in results] == [1, 3, 4]
    rejected = results[1][1]
    assert isinstance(rejected, RejectedLine) and rejected.line == 3
    assert str(rejected).startswith("line 3: not valid JSON")


def test_schema_describes_a_line() -> None:
    schema = json.loads((SCHEMAS / "responses-v1.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(GOOD, schema)
    assert not jsonschema.Draft202012Validator(schema).is_valid({**GOOD, "completed": "yes"})


EMBED_LINE = {
    **GOOD,
    "format_version": 2,
    "durations_ms": {"q1": 5300, "q2": 812},
    "question_order": ["q2", "q1"],
    "timed_out": ["q3"],
    "extensions": 1,
    "context": {
        "utm_source": "newsletter",
        "referrer_host": "l.facebook.com",
        "placement": "iframe",
    },
}


def test_version_2_lines_carry_what_the_embed_reports() -> None:
    record = parse_line(json.dumps(EMBED_LINE))
    assert isinstance(record, ResponseRecord)
    assert record.durations_ms == {"q1": 5300, "q2": 812} and record.extensions == 1
    assert record.question_order == ["q2", "q1"] and record.timed_out == ["q3"]
    assert record.context.placement == "iframe"
    assert parse_line(dumps_record(record)) == record
    event = parse_line(
        '{"type":"event","format_version":2,"id":"e-1","item":"abc","session":"s1",'
        '"event":"answer","question":"q1","at":"2026-11-05T10:00:00.123Z"}'
    )
    assert isinstance(event, EventRecord) and event.id == "e-1"
    schema = json.loads((SCHEMAS / "responses-v1.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(EMBED_LINE, schema)


def test_version_1_lines_are_written_as_they_were_read() -> None:
    line = json.dumps(GOOD, ensure_ascii=False, separators=(",", ":"))
    written = json.loads(dumps_record(parse_line(line)))
    assert not {"durations_ms", "question_order", "timed_out", "extensions"} & set(written)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"durations_ms": {"q1": -5}}, "durations_ms"),
        ({"format_version": 3}, "newer than this release"),
        ({"context": {"placement": "popup"}}, "placement"),
    ],
)
def test_bad_version_2_fields_say_why(change: dict, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_line(json.dumps({**EMBED_LINE, **change}))
