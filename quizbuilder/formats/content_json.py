"""The JSON form of items: the file that ``export`` writes and ``import`` reads.

A file holds one item (``item``) or several (``items``), with the images they use as
base64 ``assets`` keyed by their SHA-256. ``format_version`` says which release of the
format wrote it: a reader accepts every version up to its own and refuses newer ones
with a message that says so. See docs/content-format.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from quizbuilder.atomic import write_atomically
from quizbuilder.domain.content import Id, ItemDocument, Sha256
from quizbuilder.domain.errors import DocumentInvalid, Problem, QuizbuilderError
from quizbuilder.domain.validation import problems_of

FORMAT = "quizbuilder-item"
FORMAT_VERSION = 1
SCHEMA_ID = "https://quizbuilder.invalid/schemas/item-v1.schema.json"


class FileTooNew(QuizbuilderError):
    pass


class AssetData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    media_type: Literal["image/png", "image/jpeg", "image/webp", "image/gif", "image/svg+xml"]
    data: str = Field(description="The image's bytes, base64.")


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    uid: Id | None = Field(None, description="The item's identity across libraries.")
    item: ItemDocument


class ItemFileModel(BaseModel):
    """The whole file, as JSON Schema describes it."""

    model_config = ConfigDict(
        extra="forbid",
        title="quizbuilder item file",
        json_schema_extra={"$id": SCHEMA_ID},
    )
    format: Literal["quizbuilder-item"]
    format_version: Literal[1]
    uid: Id | None = None
    item: ItemDocument | None = None
    items: list[Entry] | None = None
    assets: dict[Sha256, AssetData] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_form(self) -> ItemFileModel:
        if (self.item is None) == (self.items is None):
            raise ValueError("a file holds either 'item' or 'items'")
        return self


@dataclass
class Asset:
    media_type: str
    data: bytes


@dataclass
class ItemFile:
    entries: list[tuple[str | None, ItemDocument]]
    assets: dict[str, Asset] = field(default_factory=dict)


def json_schema() -> dict[str, Any]:
    schema = ItemFileModel.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _loads(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise QuizbuilderError(
            f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None


def parse_item_file(data: Any, source: str = "") -> ItemFile:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise QuizbuilderError(
            f'{source}: not a quizbuilder item file (it has no "format": "{FORMAT}")'
        )
    version = data.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise FileTooNew(
            f"{source}: written by a newer release of quizbuilder (format version {version}; "
            f"this release reads up to {FORMAT_VERSION}). Update quizbuilder to import it."
        )
    try:
        model = ItemFileModel.model_validate(data)
    except ValidationError as exc:
        raise DocumentInvalid(problems_of(exc), source) from None
    if model.item is not None:
        entries = [(model.uid, model.item)]
    else:
        entries = [(e.uid, e.item) for e in model.items or []]
    assets: dict[str, Asset] = {}
    problems: list[Problem] = []
    for sha, asset in model.assets.items():
        try:
            raw = base64.b64decode(asset.data, validate=True)
        except binascii.Error:
            problems.append(Problem(f"assets.{sha}.data", "is not valid base64"))
            continue
        if hashlib.sha256(raw).hexdigest() != sha:
            problems.append(Problem(f"assets.{sha}", "its data does not match its SHA-256"))
        assets[sha] = Asset(asset.media_type, raw)
    for n, (_, document) in enumerate(entries):
        where = "item" if model.item is not None else f"items[{n}].item"
        for ref in document.image_refs():
            if ref.asset not in model.assets:
                problems.append(Problem(where, f"uses image {ref.asset[:12]}... not in 'assets'"))
    if problems:
        raise DocumentInvalid(problems, source)
    return ItemFile(entries, assets)


def read_item_file(path: Path) -> ItemFile:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise QuizbuilderError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise QuizbuilderError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    return parse_item_file(_loads(text, str(path)), str(path))


def item_file_data(item_file: ItemFile) -> dict[str, Any]:
    data: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    if len(item_file.entries) == 1:
        uid, document = item_file.entries[0]
        if uid is not None:
            data["uid"] = uid
        data["item"] = document.model_dump(mode="json")
    else:
        data["items"] = [
            {"uid": uid, "item": doc.model_dump(mode="json")} for uid, doc in item_file.entries
        ]
    data["assets"] = {
        sha: {"media_type": a.media_type, "data": base64.b64encode(a.data).decode("ascii")}
        for sha, a in sorted(item_file.assets.items())
    }
    return data


def dumps_item_file(item_file: ItemFile) -> str:
    return json.dumps(item_file_data(item_file), ensure_ascii=False, indent=2) + "\n"


def write_item_file(path: Path, item_file: ItemFile) -> None:
    try:
        write_atomically(Path(path), dumps_item_file(item_file).encode("utf-8"))
    except OSError as exc:
        raise QuizbuilderError(f"{path}: cannot write: {exc.strerror}") from None
