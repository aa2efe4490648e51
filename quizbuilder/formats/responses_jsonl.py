"""Our response format: JSON Lines, one response or one funnel event per line.

Lines are read one by one; a line that is not valid is reported with its number and
reason, never dropped silently. See docs/response-format.md.

Version 2 (written by the embed) adds fields to version 1 and removes none: every
version-1 line is a valid line today, and a version-2 line differs only by what it
may carry (time per question, the questions shown, timer use, an event's own id).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from quizbuilder.domain.content import Id
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.validation import problems_of

FORMAT_VERSION = 2
Token = Annotated[str, Field(min_length=1, max_length=128)]
Version = Literal[1, 2]


class ConsentRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Id
    version: str
    given: bool
    at: AwareDatetime | None = None


class Context(BaseModel):
    """Where the respondent came from: UTM parameters and the referrer's host."""

    model_config = ConfigDict(extra="allow")
    utm_source: str | None = None
    utm_medium: str | None = None
    utm_campaign: str | None = None
    utm_content: str | None = None
    utm_term: str | None = None
    referrer_host: str | None = None
    lang: str | None = None
    placement: Literal["page", "iframe", "inline"] | None = Field(
        None, description="How the embed was shown: its own page, an iframe, or pasted inline."
    )


class ResponseRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["response"]
    format_version: Version = 1
    item: Id
    content_hash: str | None = Field(None, pattern=r"^[0-9a-f]{64}$")
    id: Token
    respondent: Token | None = None
    variant: Id | None = None
    started_at: AwareDatetime | None = None
    submitted_at: AwareDatetime | None = None
    completed: bool = True
    answers: dict[str, Any] = Field(default_factory=dict)
    lead: dict[str, str] = Field(default_factory=dict)
    consents: list[ConsentRecord] = Field(default_factory=list)
    outcome: Id | None = None
    context: Context = Field(default_factory=Context)
    durations_ms: dict[Id, Annotated[int, Field(ge=0)]] = Field(
        default_factory=dict, description="Time spent on each question, in milliseconds."
    )
    question_order: list[Id] = Field(
        default_factory=list,
        description="The questions shown, in the order shown (variant, shuffle, pool).",
    )
    timed_out: list[Id] = Field(
        default_factory=list, description="Questions left unanswered when the timer ran out."
    )
    extensions: Annotated[int, Field(ge=0)] = Field(0, description="Timer extensions used.")


class EventRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["event"]
    format_version: Version = 1
    id: Token | None = Field(
        None, description="The event's own id, so that a receiver can drop a resent copy."
    )
    item: Id
    session: Token
    event: Literal["view", "start", "answer", "complete"]
    question: Id | None = None
    at: AwareDatetime
    variant: Id | None = None
    context: Context = Field(default_factory=Context)


@dataclass(frozen=True)
class RejectedLine:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


Record = ResponseRecord | EventRecord


def parse_line(text: str) -> Record:
    """One line, or ``ValueError`` with the reason in words."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON (column {exc.colno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise ValueError("a line must be a JSON object")
    kind = data.get("type")
    model: type[Record]
    if kind == "response":
        model = ResponseRecord
    elif kind == "event":
        model = EventRecord
    else:
        raise ValueError(f'\'type\' must be "response" or "event", not {kind!r}')
    version = data.get("format_version", 1)
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise ValueError(
            f"format_version {version} is newer than this release reads "
            f"({FORMAT_VERSION}); update quizbuilder"
        )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ValueError("; ".join(str(p) for p in problems_of(exc))) from None


def read_lines(path: Path) -> Iterator[tuple[int, Record | RejectedLine]]:
    """(line number, record or rejection) for each non-blank line of the file."""
    try:
        handle = Path(path).open(encoding="utf-8-sig")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise QuizbuilderError(f"{path}: cannot read: {exc.strerror}") from None
    with handle:
        try:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    yield number, parse_line(text)
                except ValueError as exc:
                    yield number, RejectedLine(number, str(exc))
        except UnicodeDecodeError as exc:
            raise QuizbuilderError(f"{path}: not UTF-8 text ({exc.reason})") from None


# Fields added by version 2 that are left out of a line while empty, so that a
# version-1 record is written as it was read.
_OPTIONAL_WHEN_EMPTY = ("durations_ms", "question_order", "timed_out", "extensions")


def dumps_record(record: Record) -> str:
    empty = {f for f in _OPTIONAL_WHEN_EMPTY if not getattr(record, f, True)}
    return json.dumps(
        record.model_dump(mode="json", exclude_none=True, exclude=empty),
        ensure_ascii=False,
        separators=(",", ":"),
    )
