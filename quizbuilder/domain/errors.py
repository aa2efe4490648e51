"""Errors a user can cause. Their messages are fit to show as they are."""

from __future__ import annotations

from dataclasses import dataclass


class QuizbuilderError(Exception):
    """Base of every error caused by the user's input rather than by a bug."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document: where (a field path) and what, in words."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class DocumentInvalid(QuizbuilderError):
    """A content document that does not validate; lists every problem found."""

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = problems
        self.source = source
        where = f"{source}: " if source else ""
        head = f"{where}{len(problems)} problem{'s' if len(problems) != 1 else ''} in the document"
        lines = [f"  {p}" for p in problems[:20]]
        if len(problems) > 20:
            lines.append(f"  ... and {len(problems) - 20} more")
        super().__init__("\n".join([head + ":", *lines]))
