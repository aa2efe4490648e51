"""Bound fields of the contest page (see ``fields.py`` for what a bound field is): dates
in the contest's time zone, ids chosen among what the document offers, word lists,
thresholds that can be turned off.

Dates are stored as ISO 8601 with the offset of the contest's time zone at that
moment ("2026-11-02T09:00:00+01:00"). The author thinks in wall-clock time ("opens at
9:00 in Paris"), so changing the zone keeps the wall times and recomputes the offsets,
in one undo step (``rezoned``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QHBoxLayout, QLineEdit, QWidget

from quizbuilder.ui.editor.document import MISSING, EditorDocument, Path
from quizbuilder.ui.editor.fields import Bound, NumberField, _undo_keys

CONTEST: Path = ("contest",)
DEFAULT_ZONE = "Europe/Paris"
# The zones a French-speaking community manager runs contests in, most likely first.
COMMON_ZONES = (
    "Europe/Paris",
    "Europe/Brussels",
    "Europe/Zurich",
    "Europe/Luxembourg",
    "Europe/Monaco",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Lisbon",
    "America/Montreal",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Guadeloupe",
    "America/Martinique",
    "America/Cayenne",
    "Indian/Reunion",
    "Indian/Mayotte",
    "Pacific/Noumea",
    "Pacific/Tahiti",
    "Africa/Casablanca",
    "Africa/Algiers",
    "Africa/Tunis",
    "Africa/Dakar",
    "Africa/Abidjan",
    "UTC",
)
DATE_FORMAT = "dd/MM/yyyy HH:mm"


# --- dates ----------------------------------------------------------------------------


def _zone(name: Any) -> ZoneInfo:
    try:
        return ZoneInfo(str(name or DEFAULT_ZONE))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def iso_moment(wall: datetime, zone: str) -> str:
    """A wall-clock time in ``zone`` as stored: ISO 8601 with that moment's offset."""
    return (
        wall.replace(tzinfo=None, second=0, microsecond=0).replace(tzinfo=_zone(zone)).isoformat()
    )


def wall_time(stored: Any, zone: str) -> datetime | None:
    """The stored moment as the wall-clock time of ``zone`` (naive); None if unreadable."""
    if not isinstance(stored, str):
        return None
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(_zone(zone)).replace(tzinfo=None)


def rezoned(contest: dict[str, Any], zone: str) -> dict[str, Any]:
    """``contest`` in ``zone``: the same wall times for its dates, with the new offsets."""
    old = str(contest.get("timezone") or DEFAULT_ZONE)
    out = {**contest, "timezone": zone}
    for key in ("starts_at", "ends_at"):
        wall = wall_time(contest.get(key), old)
        if wall is not None:
            out[key] = iso_moment(wall, zone)
    return out


class MomentField(QWidget, Bound):
    """An optional date and time: a box says whether it is set, an editor gives it,
    in the wall-clock time of the contest's zone."""

    def __init__(
        self,
        document: EditorDocument,
        path: Path,
        name: str,
        set_text: str,
        default: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.bound_path = path
        self.default = default
        self.enabled = QCheckBox(set_text)
        self.enabled.setAccessibleName(set_text + " — " + name)
        self.enabled.clicked.connect(self._switched)
        self.edit = QDateTimeEdit()
        self.edit.setAccessibleName(name)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumWidth(150)
        self.edit.dateTimeChanged.connect(self._edited)
        self.edit.installEventFilter(self)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.enabled)
        line.addWidget(self.edit)
        line.addStretch(1)
        self.refresh()

    def zone(self) -> str:
        return str(self.document.get((*CONTEST, "timezone")) or DEFAULT_ZONE)

    def _switched(self, checked: bool) -> None:
        if checked:
            self.document.set(self.bound_path, iso_moment(self.default(), self.zone()))
        else:
            self.document.set(self.bound_path, MISSING)

    def _edited(self, value: QDateTime) -> None:
        if self.enabled.isChecked():
            wall = value.toPython()
            assert isinstance(wall, datetime)
            self.document.set(self.bound_path, iso_moment(wall, self.zone()), merge=True)

    def value(self) -> datetime | None:
        return wall_time(self.document.get(self.bound_path), self.zone())

    def refresh(self) -> None:
        wall = self.value()
        self.enabled.setChecked(wall is not None)
        self.edit.setEnabled(wall is not None)
        self.setFocusProxy(self.edit if wall is not None else self.enabled)
        if wall is not None and self.edit.dateTime().toPython() != wall:
            self.edit.blockSignals(True)
            self.edit.setDateTime(
                QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))
            )
            self.edit.blockSignals(False)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        return _undo_keys(self, event) or super().eventFilter(watched, event)


class ZoneField(QComboBox, Bound):
    """The contest's time zone; a change keeps the dates' wall times (see ``rezoned``)."""

    def __init__(self, document: EditorDocument, name: str, text: str) -> None:
        super().__init__()
        self.document = document
        self.bound_path = (*CONTEST, "timezone")
        self.text = text
        self.setAccessibleName(name)
        for zone in COMMON_ZONES:
            self.addItem(zone, zone)
        self.activated.connect(self._chosen)
        self.refresh()

    def _chosen(self, index: int) -> None:
        zone = str(self.itemData(index))
        contest = dict(self.document.get(CONTEST) or {})
        if str(contest.get("timezone") or DEFAULT_ZONE) != zone:
            self.document.set(CONTEST, rezoned(contest, zone), text=self.text)

    def refresh(self) -> None:
        zone = str(self.document.get(self.bound_path) or DEFAULT_ZONE)
        index = self.findData(zone)
        if index < 0:  # a zone typed in the JSON file: keep it choosable
            self.addItem(zone, zone)
            index = self.count() - 1
        if index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)


# --- choosing among ids ---------------------------------------------------------------

Choices = Callable[[], list[tuple[str, str]]]  # (label, value)


class IdChoiceField(QComboBox, Bound):
    """One id among those ``choices`` gives now (questions, options, consents, items).

    ``none_text`` is the first entry, stored as ``none_value`` (MISSING removes the
    key). An id that is no longer offered stays shown, marked, until the author
    chooses another: a choice is never changed behind their back.
    """

    def __init__(
        self,
        document: EditorDocument,
        path: Path,
        name: str,
        choices: Choices,
        none_text: str,
        unknown_text: str,
        *,
        none_value: Any = MISSING,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.bound_path = path
        self.choices = choices
        self.none_text = none_text
        self.unknown_text = unknown_text
        self.none_value = none_value
        self._shown: list[tuple[str, Any]] = []
        self.setAccessibleName(name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.activated.connect(self._chosen)
        self.refresh()

    def _chosen(self, index: int) -> None:
        value = self.itemData(index)
        self.document.set(self.bound_path, self.none_value if value is None else value)

    def refresh(self) -> None:
        current = self.document.get(self.bound_path)
        wanted: list[tuple[str, Any]] = [(self.none_text, None), *self.choices()]
        if current is not None and all(value != current for _, value in wanted):
            wanted.append((self.unknown_text.replace("%1", str(current)), current))
        if wanted != self._shown:
            self.blockSignals(True)
            self.clear()
            for label, value in wanted:
                self.addItem(label, value)
            self._shown = wanted
            self.blockSignals(False)
        index = self.findData(current) if current is not None else 0
        if index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(max(index, 0))
            self.blockSignals(False)


class EntryItemField(IdChoiceField):
    """The item whose responses are the entries; ``reload`` runs before each popup, so
    that items added or renamed meanwhile are offered."""

    def __init__(self, reload: Callable[[], None], *args: Any, **kwargs: Any) -> None:
        self.reload = reload
        super().__init__(*args, **kwargs)

    def showPopup(self) -> None:
        self.reload()
        self.refresh()
        super().showPopup()


class WordsField(QLineEdit, Bound):
    """A list of short words typed on one line ("FR, BE, CH"); ``clean`` tidies each."""

    def __init__(
        self,
        document: EditorDocument,
        path: Path,
        name: str,
        *,
        placeholder: str = "",
        separators: str = r"[,;]",
        clean: Callable[[str], str] = str.strip,
    ) -> None:
        super().__init__()
        self.document = document
        self.bound_path = path
        self.separators = separators
        self.clean = clean
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder or name)
        self.textEdited.connect(self._edited)
        self.refresh()

    def words(self, text: str) -> list[str]:
        return [w for w in (self.clean(p) for p in re.split(self.separators, text)) if w]

    def _edited(self, text: str) -> None:
        self.document.set(self.bound_path, self.words(text), merge=True)

    def refresh(self) -> None:
        stored = [str(w) for w in self.document.get(self.bound_path) or []]
        if stored != self.words(self.text()):  # not while the author is mid-word
            self.setText(", ".join(stored))
            self.setCursorPosition(0)

    def event(self, event: QEvent) -> bool:
        return _undo_keys(self, event) or super().event(event)


class OffNumberField(NumberField):
    """A threshold that can be turned off: its minimum stores null (off), which is not
    the same as a missing key (the default threshold)."""

    def _edited(self, shown: float) -> None:
        if shown <= self.minimum():
            self.document.set(self.bound_path, None, merge=True)
        else:
            super()._edited(shown)

    def refresh(self) -> None:
        value = self.document.get(self.bound_path, MISSING)
        if value is None:
            if self.value() != self.minimum():
                self.blockSignals(True)
                self.setValue(self.minimum())
                self.blockSignals(False)
            return
        super().refresh()
