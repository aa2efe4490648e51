"""Turn raw data into an ``ItemDocument``, or into problems a person can act on."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from quizbuilder.domain.content import ItemDocument
from quizbuilder.domain.errors import DocumentInvalid, Problem


def field_path(loc: tuple[int | str, ...], tail: str = "") -> str:
    """``('questions', 3, 'options', 1)`` -> ``questions[3].options[1]``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    if tail:
        path = f"{path}{'' if tail.startswith('[') or not path else '.'}{tail}"
    return path


def _describe(error: Any) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a field of this part of the document (misspelt?)"
    if kind in ("greater_than_equal", "greater_than"):
        return f"must be at least {ctx.get('ge', ctx.get('gt'))} (it is {value!r})"
    if kind in ("less_than_equal", "less_than"):
        return f"must be at most {ctx.get('le', ctx.get('lt'))} (it is {value!r})"
    if kind in ("enum", "literal_error"):
        return f"must be one of {ctx.get('expected')} (it is {value!r})"
    if kind == "string_pattern_mismatch":
        if "#" in ctx.get("pattern", ""):
            return f"must be a colour like #5b3cc4 (it is {value!r})"
        if "{64}" in ctx.get("pattern", ""):
            return f"must be an asset's SHA-256 (64 hexadecimal digits), not {value!r}"
        if "[A-Z]{2}" in ctx.get("pattern", ""):
            return f"must be a two-letter country code like FR (it is {value!r})"
        if "[A-Z]{3}" in ctx.get("pattern", ""):
            return f"must be a three-letter currency code like EUR (it is {value!r})"
        return f"{value!r} is not a valid identifier (letters, digits, '_', '.', '-', up to 64)"
    if kind == "string_too_short":
        return "must not be empty"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"must be a whole number (it is {value!r})"
    if kind in ("float_type", "float_parsing", "finite_number"):
        return f"must be a number (it is {value!r})"
    if kind in ("bool_type", "bool_parsing"):
        return f"must be true or false (it is {value!r})"
    if kind in ("string_type",):
        return f"must be text (it is {value!r})"
    if kind in ("list_type",):
        return "must be a list"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return "must be an object with named fields"
    if kind == "timezone_aware":
        return "must include a time zone offset, like 2026-12-01T09:00:00+01:00"
    if kind in ("datetime_parsing", "datetime_type", "datetime_from_date_parsing"):
        return f"must be a date and time like 2026-12-01T09:00:00+01:00 (it is {value!r})"
    return str(error["msg"])


def problems_of(exc: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        if error["type"] == "quizbuilder":
            for tail, message in error["ctx"]["problems"]:
                problems.append(Problem(field_path(loc, tail), message))
        else:
            problems.append(Problem(field_path(loc), _describe(error)))
    return problems


def parse_document(data: Any, *, source: str = "") -> ItemDocument:
    """Validate ``data`` (the JSON form, as Python objects) as an item document."""
    if not isinstance(data, dict):
        raise DocumentInvalid([Problem("", "an item must be a JSON object")], source)
    try:
        return ItemDocument.model_validate(data)
    except ValidationError as exc:
        raise DocumentInvalid(problems_of(exc), source) from None


def document_data(document: ItemDocument) -> dict[str, Any]:
    """The JSON form of a document (plain Python objects), every field written out."""
    return document.model_dump(mode="json")
