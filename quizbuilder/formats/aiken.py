"""Aiken: single-answer multiple choice, read as Moodle does (question/format/aiken).

::

    Question text on one line
    A) Choice
    B. Choice
    ANSWER: B

A line that starts with a capital letter then ``)`` or ``.`` is a choice, a line that
starts with ``ANSWER:`` ends the question, any other line (of two characters or more)
starts a new one. Errors use Moodle's messages and line numbers ("Question not started
on line 5", ...). Two cases Moodle lets through are errors here: a question still open
at the end of the file (Moodle drops it silently) and an ANSWER that names no choice.
"""

from __future__ import annotations

import re

from quizbuilder.domain.content import Language
from quizbuilder.formats.question_import import (
    ImportResult,
    MoodleAnswer,
    MoodleQuestion,
    ParseError,
    Text,
    build_items,
    bulk,
    php_trim,
)

_CHOICE = re.compile(r"[A-Z][).][ \t]?")


def parse_aiken(text: str) -> tuple[list[MoodleQuestion], list[ParseError]]:
    questions: list[MoodleQuestion] = []
    errors: list[ParseError] = []
    current: MoodleQuestion | None = None
    position = 0
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text), 1):
        line = php_trim(raw)
        column = len(raw) - len(raw.lstrip(" \t\n\r\0\x0b")) + 1
        if len(line) < 2:
            continue
        if _CHOICE.match(line):
            if current is None:
                errors.append(
                    _error(number, column, line, f"Question not started on line {number}")
                )
                continue
            current.answers.append(MoodleAnswer(Text(php_trim(line[2:]), "plain")))
        elif line.startswith("ANSWER:"):
            if current is None:
                errors.append(
                    _error(number, column, line, f"Question not started on line {number}")
                )
                continue
            if len(current.answers) < 2:
                errors.append(
                    ParseError(
                        number,
                        column,
                        current.label,
                        f"Question must have at least 2 answers on line {number}",
                    )
                )
                current = None
                continue
            letter = php_trim(line[line.index(":") + 1 :])[:1]
            index = ord(letter) - ord("A") if letter else -1
            if not 0 <= index < len(current.answers):
                last = chr(ord("A") + len(current.answers) - 1)
                errors.append(
                    ParseError(
                        number,
                        column + line.index(":") + 1,
                        current.label,
                        f"ANSWER: {letter or '(nothing)'} names none of the choices A to {last} "
                        f"on line {number}",
                    )
                )
                current = None
                continue
            current.answers[index].fraction = 1.0
            questions.append(current)
            current = None
        else:
            if current is not None:
                errors.append(
                    ParseError(
                        number,
                        column,
                        current.label,
                        f"Question not completed before next question start on line {number}",
                    )
                )
            position += 1
            current = MoodleQuestion(
                "multichoice",
                position=position,
                line=number,
                column=column,
                text=Text(line, "plain"),
                single=True,
            )
    if current is not None:
        errors.append(
            ParseError(
                current.line,
                current.column,
                current.label,
                "Question not completed: there is no ANSWER line before the end of the file",
            )
        )
    return questions, errors


def _error(line: int, column: int, text: str, message: str) -> ParseError:
    """An error outside any question: named by the line's own text."""
    shown = text if len(text) <= 40 else text[:39] + "…"
    return ParseError(line, column, f'the line "{shown}"', message)


def read_aiken(text: str, title: str, language: Language = Language.FR) -> ImportResult:
    with bulk():
        questions, errors = parse_aiken(text)
        return build_items(title, language, questions, errors)
