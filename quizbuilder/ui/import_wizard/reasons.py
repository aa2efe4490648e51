"""The importer's reasons for rejecting a line, in the interface's language.

The importer (``services.response_import``, ``formats.sources``, ``formats.tabular``)
writes its reasons in English, as the command line and the saved reports give them;
the wizard recognises each known form and shows it through ``tr()``, its values (a
date as written, a count, a column) kept as they were. A reason of another form (a
JSON Lines record that fails its schema) is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject

from quizbuilder.formats.tabular import NUL_PROBLEM
from quizbuilder.services.privacy import ERASED_REASON

_ARGUMENT = re.compile(r"%(\d)")


def _value(values: tuple[str, ...], argument: re.Match[str]) -> str:
    return values[int(argument.group(1)) - 1]


class Reasons(QObject):
    """``text(reason)``: the reason in the interface's language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._forms: list[tuple[re.Pattern[str], Callable[[], str]]] = [
            (
                re.compile(r"^(\d+) cells for (\d+) columns$"),
                lambda: self.tr("%1 cells for %2 columns"),
            ),
            (re.compile(r"^not a date: (.*)$", re.S), lambda: self.tr("not a date: %1")),
            (re.compile(r"^not a time: (.*)$", re.S), lambda: self.tr("not a time: %1")),
            (
                re.compile(r"^not a 12-hour time: (.*)$", re.S),
                lambda: self.tr("not a 12-hour time: %1"),
            ),
            (
                re.compile(r"^unknown time zone (.*)$", re.S),
                lambda: self.tr("unknown time zone %1"),
            ),
            (
                re.compile(r"^score (.*) is not like '7 / 10'$", re.S),
                lambda: self.tr("score %1 is not like '7 / 10'"),
            ),
            (
                re.compile(r"^no response id in column (.*)$", re.S),
                lambda: self.tr("no response id in column %1"),
            ),
            (
                re.compile(r"^belongs to item '(.*)', not to this one$", re.S),
                lambda: self.tr("belongs to item '%1', not to this one"),
            ),
            (
                re.compile(r"^no item '(.*)' in this library$", re.S),
                lambda: self.tr("no item '%1' in this library"),
            ),
        ]
        self._whole: dict[str, Callable[[], str]] = {
            NUL_PROBLEM: lambda: self.tr("the row contains NUL bytes (a damaged file?)"),
            ERASED_REASON: lambda: self.tr("this person's data was erased at their request"),
            "no date": lambda: self.tr("no date"),
            "no response token in the '#' column": lambda: self.tr(
                "no response token in the '#' column"
            ),
            "no response ID": lambda: self.tr("no response ID"),
            "no Respondent ID": lambda: self.tr("no Respondent ID"),
        }

    def text(self, reason: str) -> str:
        whole = self._whole.get(reason)
        if whole is not None:
            return whole()
        for pattern, template in self._forms:
            found = pattern.match(reason)
            if found is not None:
                return _ARGUMENT.sub(partial(_value, found.groups()), template())
        return reason
