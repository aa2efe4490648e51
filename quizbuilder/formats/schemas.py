"""The JSON Schemas in resources/schemas, generated from the models that read the files.

Run ``python -m quizbuilder.formats.schemas`` after changing a format; a test fails
while the committed schemas and the code disagree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from quizbuilder.formats import content_json, responses_jsonl
from quizbuilder.paths import SCHEMAS


def responses_schema() -> dict[str, Any]:
    adapter: TypeAdapter[Any] = TypeAdapter(
        responses_jsonl.ResponseRecord | responses_jsonl.EventRecord
    )
    schema = adapter.json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://quizbuilder.invalid/schemas/responses-v1.schema.json",
        "title": "quizbuilder response file line (JSON Lines: one per line)",
        **schema,
    }


def all_schemas() -> dict[str, dict[str, Any]]:
    return {
        "item-v1.schema.json": content_json.json_schema(),
        "responses-v1.schema.json": responses_schema(),
    }


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_all(folder: Path = SCHEMAS) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in all_schemas().items():
        path = folder / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path)
