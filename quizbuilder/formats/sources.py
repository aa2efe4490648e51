"""What each tool's export looks like: which columns hold what, and how dates are written.

A ``Source`` recognises its export by the header, says which columns are metadata
(response id, times, e-mail, the tool's own score, hidden fields) and reads them from a
row. Every other column is a candidate answer column, matched to the item's questions
by the importer. Dates become aware datetimes (UTC); a date written without a zone is
read in the zone given to the importer (by default the computer's own).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from itertools import repeat
from operator import add, getitem
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.matching import fold
from quizbuilder.formats.tabular import any_byte

SOURCES = ("quizbuilder", "google-forms", "typeform", "ms-forms", "surveymonkey", "csv")

# Zone abbreviations that Google Forms and others write after a time.
ABBREVIATIONS = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "wet": 0,
    "bst": 1,
    "cet": 1,
    "cest": 2,
    "eet": 2,
    "eest": 3,
    "ast": -4,
    "adt": -3,
    "est": -5,
    "edt": -4,
    "cst": -6,
    "cdt": -5,
    "mst": -7,
    "mdt": -6,
    "pst": -8,
    "pdt": -7,
    "hst": -10,
    "akst": -9,
    "akdt": -8,
}
_AFTER_SECONDS = ("", " ", "Z", "+", "-")  # what may follow the seconds of a time
_UNKNOWN = datetime.min
_MINUTES_SECONDS = {
    f"{m:02d}:{s:02d}": timedelta(minutes=m, seconds=s) for m in range(60) for s in range(60)
}
_OFFSET = re.compile(r"^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$")


class SourceError(QuizbuilderError):
    pass


@dataclass(slots=True)
class RowMeta:
    response_id: str | None = None
    submitted_at: datetime | None = None
    started_at: datetime | None = None
    completed: bool = True
    email: str | None = None
    source_score: float | None = None
    source_max: float | None = None
    source_tolerance: float = 1e-6  # the tool rounds its score: half its last digit
    context: dict[str, str] = field(default_factory=dict)
    lead: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class BatchMeta:
    """What :meth:`Source.meta` gives, for a batch of rows at once, by column: the
    submitted instants as hour keys and "MM:SS" (:meth:`DateReader.split_hours`), the
    e-mails as written (stripped, "" for none) and the tool's score of each row."""

    hours: list[str]
    minutes: list[str]
    emails: Sequence[str]
    scores: list[tuple[float, float | None, float] | None]


@dataclass(slots=True)
class ArrayMeta:
    """:class:`BatchMeta` read from pyarrow's arrays (:meth:`Source.batch_meta_arrays`):
    the distinct hour keys, each row's index into them and its "MM:SS" (pyarrow arrays),
    the e-mails as stored (normalised, None for none) and the tool's score of each row."""

    hour_keys: list[str]
    hour_index: Any
    minutes: Any
    emails: list[str | None]
    scores: list[tuple[float, float | None, float] | None]


# the text of a time, split as DateReader.read splits it: what comes before the first
# colon, "MM:SS", and what follows the seconds (nothing, or one of _AFTER_SECONDS first)
_HOUR_PARTS = r"(?s)^(?P<before>[^:]+):(?P<minutes>[0-5][0-9]:[0-5][0-9])(?P<rest>(?:[ Z+\-].*)?)$"
# byte ranges, first and last: of U+001C to U+001F and all but ASCII; of ASCII spaces;
# of capitals
_NOT_PLAIN = ((0x1C, 0x1F), (0x80, 0xFF))
_SPACES = ((0x09, 0x0D), (0x20, 0x20))
_UPPER = ((0x41, 0x5A),)


def plain_stripped(array: Any) -> Any | None:
    """The texts of a pyarrow string array stripped as ``str.strip`` strips them, in C;
    None unless every text is ASCII (pyarrow's Unicode spaces are not Python's) and
    free of U+001C to U+001F (which Python alone takes as spaces)."""
    import pyarrow.compute as pc

    if any_byte(array, _NOT_PLAIN) is not False:
        return None
    return pc.ascii_trim_whitespace(array)


def stored_emails(array: Any) -> list[str | None] | None:
    """E-mails as stored: ``" ".join(e.split()).lower() or None`` of each text of a
    pyarrow string array, in C; None where :func:`plain_stripped` declines."""
    import pyarrow.compute as pc

    texts = plain_stripped(array)
    if texts is None:
        return None
    if any_byte(texts, _SPACES):  # spaces within an address: runs made one
        texts = pc.replace_substring_regex(texts, r"[ \t\n\r\x0b\x0c]+", " ")
    if any_byte(texts, _UPPER):
        texts = pc.ascii_lower(texts)
    if texts.null_count or pc.any(pc.equal(pc.binary_length(texts), 0)).as_py():
        texts = pc.if_else(pc.equal(texts, ""), None, texts)
    return cast(list[str | None], texts.to_pylist())


class DateReader:
    """Fast reading of the date forms exports use, with a day/month order per file.

    ``strptime`` costs about 10 µs a call, too much for a million rows; these forms are
    split by hand. A date like 03/04/2026 is ambiguous: the order is decided once per
    file, by the first unambiguous date seen (day first by default, as in France).
    """

    def __init__(self, zone: tzinfo | None = None, day_first: bool | None = None) -> None:
        self.zone = zone
        self.day_first = day_first
        self._zones: dict[str, tzinfo] = {}
        self._days: dict[tuple[str, str], tuple[int, int, int, tzinfo | None]] = {}
        # the text without its ":MM:SS" -> the instant at minute 0 (None: read it whole)
        self._hours: dict[str, datetime | None] = {}

    def zone_of(self, text: str) -> tzinfo:
        found = self._zones.get(text)
        if found is not None:
            return found
        key = text.strip().lower()
        if key in ABBREVIATIONS:
            found = timezone(timedelta(hours=ABBREVIATIONS[key]))
        else:
            m = _OFFSET.match(key)
            if m:
                delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
                found = timezone(delta if m.group(1) == "+" else -delta)
            else:
                try:
                    found = ZoneInfo(text.strip())
                except (ZoneInfoNotFoundError, ValueError):
                    raise ValueError(f"unknown time zone {text!r}") from None
        self._zones[text] = found
        return found

    def read(self, text: str) -> datetime:
        """``2022/06/22 11:07:29 AM AST``, ``22/06/2022 11:07:29``, ISO 8601, ...

        Rows of one export share their hours: the text less its ``:MM:SS`` is read once,
        then minutes and seconds are added, unless the zone's offset changes within
        that hour (a daylight-saving change), where each text is read whole.
        """
        i = text.find(":")
        if i > 0 and text[i + 6 : i + 7] in _AFTER_SECONDS:
            offset = _MINUTES_SECONDS.get(text[i + 1 : i + 6])  # "07:13"; None if not that
            if offset is not None:
                key = text[:i] + text[i + 6 :]
                base = self._hours.get(key, _UNKNOWN)
                if base is _UNKNOWN:
                    base = self._hour(text[:i], text[i + 6 :], key)
                if base is not None:
                    return base + offset
        return self._read(text)

    def split_hours(self, texts: Sequence[str]) -> tuple[list[str], list[str]] | None:
        """Each (stripped) text as its hour key and its "MM:SS", the way :meth:`read`
        splits one, by C-level ``map`` steps only, for a batch of rows at once; each new
        hour is read once (:meth:`hour_start` then finds it). None when a text is not of
        that form, or its hour cannot be read so (the caller reads row by row)."""
        n = len(texts)
        colon = list(map(str.find, texts, repeat(":")))
        if min(colon, default=1) <= 0:
            return None
        after = list(map(add, colon, repeat(6)))
        follows = map(getitem, texts, map(slice, after, map(add, colon, repeat(7))))
        if not all(map(_AFTER_SECONDS.__contains__, follows)):
            return None
        minutes: list[str] = list(
            map(getitem, texts, map(slice, map(add, colon, repeat(1)), after))
        )
        if not all(map(_MINUTES_SECONDS.__contains__, minutes)):
            return None
        before: list[str] = list(map(getitem, texts, map(slice, repeat(0, n), colon)))
        rest: list[str] = list(map(getitem, texts, map(slice, after, repeat(None, n))))
        keys: list[str] = list(map(add, before, rest))
        hours = self._hours
        if not hours.keys() >= set(keys):
            pairs = dict(zip(keys, zip(before, rest, strict=True), strict=True))
            for key, (head, tail) in pairs.items():
                if key not in hours and self._hour(head, tail, key) is None:
                    return None
            if not hours.keys() >= set(keys):
                return None  # the cache is full: row by row
        return keys, minutes

    def split_hours_arrays(self, array: Any) -> tuple[list[str], Any, Any] | None:
        """:meth:`split_hours` of a pyarrow string array, in C: (the distinct hour keys
        in order of appearance, each row's index into them, each row's "MM:SS"); None
        where :meth:`split_hours` must decide (a text not plain ASCII, or not of that
        form), or where it would give None (an hour it cannot read so)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        texts = plain_stripped(array)
        if texts is None:
            return None
        parts = pc.extract_regex(texts, _HOUR_PARTS)
        if parts.null_count:
            return None
        before, minutes, rest = (parts.field(name) for name in ("before", "minutes", "rest"))
        # the pair, not the key: "before" and "rest" are needed to read a new hour
        pairs = pc.binary_join_element_wise(before, rest, pa.scalar("\x1f")).dictionary_encode()
        keys = []
        hours = self._hours
        for pair in pairs.dictionary.to_pylist():
            head, tail = pair.split("\x1f")
            key = head + tail
            if key not in hours and self._hour(head, tail, key) is None:
                return None
            if key not in hours:
                return None  # the cache is full: row by row
            keys.append(key)
        return keys, pairs.indices, minutes

    def hour_start(self, key: str) -> datetime | None:
        """The instant at minute 0 of an hour key that :meth:`split_hours` gave."""
        return self._hours.get(key)

    def _hour(self, before: str, after: str, key: str) -> datetime | None:
        try:
            start = self._read(f"{before}:00:00{after}")
            end = self._read(f"{before}:59:59{after}")
        except ValueError:
            return None  # read each whole, for the message that names the text
        base = start if end - start == timedelta(seconds=3599) else None
        if len(self._hours) < 100_000:
            self._hours[key] = base
        return base

    def _read(self, text: str) -> datetime:
        s = text.strip()
        if not s:
            raise ValueError("no date")
        if len(s) >= 10 and s[4] == "-" and s[7] == "-":
            return self._iso(s)
        parts = s.split()
        date = parts[0]
        hms = parts[1] if len(parts) > 1 else "0:00:00"
        rest = parts[2:]
        ampm = ""
        if rest and rest[0].upper() in ("AM", "PM"):
            ampm = rest.pop(0).upper()
        zone_text = " ".join(rest)
        day = self._days.get((date, zone_text))
        if day is None:
            day = self._day(date, zone_text, text)
            if len(self._days) < 100_000:
                self._days[(date, zone_text)] = day
        year, month, dom, zone = day
        try:
            t = [int(x) for x in hms.split(":")]
        except ValueError:
            raise ValueError(f"not a time: {text!r}") from None
        hour, minute, second = [*t, 0, 0][:3]
        if ampm:
            if not 1 <= hour <= 12:
                raise ValueError(f"not a 12-hour time: {text!r}")
            hour = hour % 12 + (12 if ampm == "PM" else 0)
        moment = datetime(year, month, dom, hour, minute, second)
        if isinstance(zone, timezone):  # a fixed offset: plain arithmetic
            return (moment - zone.utcoffset(None)).replace(tzinfo=UTC)
        return self._aware(moment, zone)

    def _day(self, date: str, zone_text: str, text: str) -> tuple[int, int, int, tzinfo | None]:
        """(year, month, day, zone) of a date as written, cached: rows share their days."""
        pieces = date.replace("-", "/").replace(".", "/").split("/")
        if len(pieces) != 3 or not all(p.isdigit() for p in pieces):
            raise ValueError(f"not a date: {text!r}")
        zone = self.zone_of(zone_text) if zone_text else self.zone
        a, b, c = (int(p) for p in pieces)
        if len(pieces[0]) == 4:
            return a, b, c, zone
        year = c if c > 99 else 2000 + c
        day_first = self.day_first
        if a > 12:
            day_first = True
        elif b > 12:
            day_first = False
        if self.day_first is None and (a > 12 or b > 12):
            self.day_first = day_first
        if day_first is None:
            day_first = True  # ambiguous so far: day first, as in France
        return (year, b, a, zone) if day_first else (year, a, b, zone)

    def _iso(self, s: str) -> datetime:
        moment = datetime.fromisoformat(s.replace(" UTC", "+00:00").replace("Z", "+00:00"))
        return self._aware(moment, moment.tzinfo or self.zone)

    @staticmethod
    def _aware(moment: datetime, zone: tzinfo | None) -> datetime:
        if moment.tzinfo is None:
            # no zone written: the zone given, else the computer's own (with its DST)
            moment = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()
        return moment.astimezone(UTC)


def _find(header: list[str], *names: str) -> int | None:
    wanted = {fold(n) for n in names}
    for i, h in enumerate(header):
        if fold(h) in wanted:
            return i
    return None


def _cell(cells: list[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


class Source:
    """Base: a source knows its metadata columns; the rest are answer columns."""

    name = "csv"
    header_rows = 1
    has_ids = False  # whether rows carry their own response id

    def __init__(self, header: list[str], dates: DateReader) -> None:
        self.header = header
        self.dates = dates
        self.meta_columns: set[int] = set()

    def _col(self, *names: str) -> int | None:
        index = _find(self.header, *names)
        if index is not None:
            self.meta_columns.add(index)
        return index

    def answer_columns(self) -> list[int]:
        return [i for i in range(len(self.header)) if i not in self.meta_columns]

    def meta(self, cells: list[str]) -> RowMeta:
        raise NotImplementedError

    def batch_meta(self, columns: Sequence[Sequence[str]]) -> BatchMeta | None:
        """The metadata of a batch of rows at once, for the sources that can (None:
        read each row with :meth:`meta`)."""
        return None

    def batch_meta_arrays(self, arrays: Sequence[Any]) -> ArrayMeta | None:
        """:meth:`batch_meta` from pyarrow's arrays of the batch's columns, for the
        sources that can (None: ask :meth:`batch_meta`)."""
        return None


class GoogleForms(Source):
    name = "google-forms"
    TIMESTAMP = (
        "Timestamp",
        "Horodateur",
        "Marca temporal",
        "Zeitstempel",
        "Informazioni cronologiche",
    )
    EMAIL = (
        "Email Address",
        "Email address",
        "Adresse e-mail",
        "Adresse email",
        "Dirección de correo electrónico",
        "E-Mail-Adresse",
    )
    SCORE = ("Score", "Note", "Points", "Puntuación", "Punkte", "Punteggio")

    @classmethod
    def detect(cls, header: list[str]) -> bool:
        return bool(header) and fold(header[0]) in {fold(n) for n in cls.TIMESTAMP}

    def __init__(self, header: list[str], dates: DateReader) -> None:
        super().__init__(header, dates)
        self.c_time = self._col(*self.TIMESTAMP)
        self.c_email = self._col(*self.EMAIL)
        self.c_score = self._col(*self.SCORE)
        self._scores: dict[str, tuple[float, float | None, float]] = {}

    def meta(self, cells: list[str]) -> RowMeta:
        n = len(cells)  # the cells are read inline: this runs once a row
        c_time, c_email, c_score = self.c_time, self.c_email, self.c_score
        email = cells[c_email].strip() if c_email is not None and c_email < n else ""
        meta = RowMeta(
            submitted_at=self.dates.read(
                cells[c_time].strip() if c_time is not None and c_time < n else ""
            ),
            email=email or None,
            lead={"email": email} if email else {},
        )
        score = cells[c_score].strip() if c_score is not None and c_score < n else ""
        if score:
            found = self._scores.get(score)
            if found is None:
                found = self._score(score)
            meta.source_score, meta.source_max, meta.source_tolerance = found
        return meta

    def batch_meta(self, columns: Sequence[Sequence[str]]) -> BatchMeta | None:
        """:meth:`meta` of a batch of rows given by column; None where a row would need
        its own reading (a date of another form, a score that is not one, a missing
        timestamp): the caller then reads the batch row by row."""
        if self.c_time is None:
            return None
        split = self.dates.split_hours(list(map(str.strip, columns[self.c_time])))
        if split is None:
            return None
        n = len(split[0])
        emails: Sequence[str] = (
            list(map(str.strip, columns[self.c_email])) if self.c_email is not None else [""] * n
        )
        scores: list[tuple[float, float | None, float] | None] = [None] * n
        if self.c_score is not None:
            texts = list(map(str.strip, columns[self.c_score]))
            if not self._scores_read(set(texts)):
                return None
            scores = list(map(self._scores.get, texts))
        return BatchMeta(split[0], split[1], emails, scores)

    def batch_meta_arrays(self, arrays: Sequence[Any]) -> ArrayMeta | None:
        """:meth:`batch_meta` in C, with the e-mails as stored (:func:`stored_emails`);
        None where :meth:`batch_meta` must decide."""
        if self.c_time is None:
            return None
        split = self.dates.split_hours_arrays(arrays[self.c_time])
        if split is None:
            return None
        n = len(arrays[self.c_time])
        emails: list[str | None] = [None] * n
        if self.c_email is not None:
            stored = stored_emails(arrays[self.c_email])
            if stored is None:
                return None
            emails = stored
        scores: list[tuple[float, float | None, float] | None] = [None] * n
        if self.c_score is not None:
            texts = plain_stripped(arrays[self.c_score])
            if texts is None:
                return None
            encoded = texts.dictionary_encode()
            distinct = encoded.dictionary.to_pylist()
            if not self._scores_read(distinct):
                return None
            table = list(map(self._scores.get, distinct))
            scores = list(map(table.__getitem__, encoded.indices.to_pylist()))
        return ArrayMeta(split[0], split[1], split[2], emails, scores)

    def _scores_read(self, distinct: Iterable[str]) -> bool:
        """Whether each of a batch's distinct score texts is read and cached ("" is no
        score); False if one is not a score or the cache is full (row by row, then)."""
        known = self._scores
        for text in distinct:
            if text and text not in known:
                try:
                    self._score(text)
                except ValueError:
                    return False
                if text not in known:
                    return False  # the cache is full
        return True

    def _score(self, score: str) -> tuple[float, float | None, float]:
        """``7 / 10`` -> (7, 10, half the last digit written); few distinct: cached."""
        got, _, out_of = score.partition("/")
        got = got.strip().replace(",", ".")
        decimals = len(got.partition(".")[2])
        try:
            found = (
                float(got),
                float(out_of.strip().replace(",", ".")) if out_of else None,
                0.5 * 10**-decimals + 1e-9,
            )
        except ValueError:
            raise ValueError(f"score {score!r} is not like '7 / 10'") from None
        if len(self._scores) < 100_000:
            self._scores[score] = found
        return found


class Typeform(Source):
    name = "typeform"
    has_ids = True
    HIDDEN = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term")

    @classmethod
    def detect(cls, header: list[str]) -> bool:
        return bool(header) and header[0] == "#" and _find(header, "Submit Date (UTC)") is not None

    def __init__(self, header: list[str], dates: DateReader) -> None:
        super().__init__(header, dates)
        self.c_token = self._col("#")
        self.c_type = self._col("Response Type")
        self.c_start = self._col("Start Date (UTC)")
        self.c_stage = self._col("Stage Date (UTC)")
        self.c_submit = self._col("Submit Date (UTC)")
        self._col("Network ID")
        self._col("Tags")
        self.c_hidden = {name: self._col(name) for name in self.HIDDEN}
        self.c_email = self._col("email", "e-mail", "Email")  # hidden field, if any
        utc = DateReader(UTC)
        self.utc = utc

    def meta(self, cells: list[str]) -> RowMeta:
        token = _cell(cells, self.c_token)
        if not token:
            raise ValueError("no response token in the '#' column")
        kind = _cell(cells, self.c_type).lower()
        submit = _cell(cells, self.c_submit)
        start = _cell(cells, self.c_start)
        meta = RowMeta(
            response_id=token,
            submitted_at=self.utc.read(submit) if submit else None,
            started_at=self.utc.read(start) if start else None,
            completed=kind != "partial" and bool(submit),
        )
        for name, index in self.c_hidden.items():
            value = _cell(cells, index)
            if value:
                meta.context[name] = value
        email = _cell(cells, self.c_email)
        if email:
            meta.email = email
            meta.lead["email"] = email
        return meta


class MicrosoftForms(Source):
    name = "ms-forms"
    has_ids = True

    @classmethod
    def detect(cls, header: list[str]) -> bool:
        return (
            _find(header, "ID") is not None
            and _find(header, "Start time", "Heure de début") is not None
            and _find(header, "Completion time", "Heure de fin") is not None
        )

    def __init__(self, header: list[str], dates: DateReader) -> None:
        super().__init__(header, dates)
        self.c_id = self._col("ID")
        self.c_start = self._col("Start time", "Heure de début")
        self.c_end = self._col("Completion time", "Heure de fin")
        self.c_email = self._col("Email", "Adresse de messagerie", "E-mail")
        self.c_name = self._col("Name", "Nom")
        self.c_total = self._col("Total points", "Total des points")
        self._col("Quiz feedback", "Commentaires sur le questionnaire")
        self._col("Last modified time", "Heure de la dernière modification")
        for i, title in enumerate(header):
            if re.match(r"^(Points|Feedback|Commentaires) - ", title):
                self.meta_columns.add(i)

    def answer_header(self, index: int) -> str:
        """``Name2`` is how Forms renames a question that clashes with ``Name``."""
        return self.header[index]

    def meta(self, cells: list[str]) -> RowMeta:
        rid = _cell(cells, self.c_id)
        if not rid:
            raise ValueError("no response ID")
        end = _cell(cells, self.c_end)
        start = _cell(cells, self.c_start)
        meta = RowMeta(
            response_id=f"msforms-{rid}",
            submitted_at=self.dates.read(end) if end else None,
            started_at=self.dates.read(start) if start else None,
        )
        email = _cell(cells, self.c_email)
        if email and email.lower() != "anonymous":
            meta.email = email
            meta.lead["email"] = email
        name = _cell(cells, self.c_name)
        if name:
            meta.lead["name"] = name
        total = _cell(cells, self.c_total)
        if total:
            meta.source_score = float(total.replace(",", "."))
        return meta


class SurveyMonkey(Source):
    name = "surveymonkey"
    header_rows = 2
    has_ids = True

    @classmethod
    def detect(cls, header: list[str]) -> bool:
        return (
            _find(header, "Respondent ID") is not None and _find(header, "Collector ID") is not None
        )

    def __init__(self, header: list[str], dates: DateReader) -> None:
        super().__init__(header, dates)
        self.c_id = self._col("Respondent ID")
        self._col("Collector ID")
        self.c_start = self._col("Start Date")
        self.c_end = self._col("End Date")
        self._col("IP Address")
        self.c_email = self._col("Email Address")
        self.c_first = self._col("First Name")
        self.c_last = self._col("Last Name")
        for i, title in enumerate(header):
            if title.startswith("Custom Data"):
                self.meta_columns.add(i)
        # SurveyMonkey writes US dates (month first)
        self.dates.day_first = False if self.dates.day_first is None else self.dates.day_first

    def meta(self, cells: list[str]) -> RowMeta:
        rid = _cell(cells, self.c_id)
        if not rid:
            raise ValueError("no Respondent ID")
        end = _cell(cells, self.c_end)
        start = _cell(cells, self.c_start)
        meta = RowMeta(
            response_id=f"surveymonkey-{rid}",
            submitted_at=self.dates.read(end) if end else None,
            started_at=self.dates.read(start) if start else None,
        )
        for key, index in (
            ("email", self.c_email),
            ("first_name", self.c_first),
            ("last_name", self.c_last),
        ):
            value = _cell(cells, index)
            if value:
                meta.lead[key] = value
        meta.email = meta.lead.get("email")
        return meta


@dataclass
class Mapping:
    """How to read any CSV or XLSX: built once by the user, saved as JSON, reused.

    ``{"response_id": "Ref", "submitted_at": "Date", "date_format": "day_first",
       "timezone": "Europe/Paris", "email": "Mail", "questions": {"q1": "Colonne A"}}``
    """

    questions: dict[str, str]
    response_id: str | None = None
    submitted_at: str | None = None
    started_at: str | None = None
    email: str | None = None
    day_first: bool | None = None
    timezone: str | None = None

    @classmethod
    def load(cls, path: Path) -> Mapping:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise SourceError(f"{path}: cannot read the mapping: {exc.strerror}") from None
        except json.JSONDecodeError as exc:
            raise SourceError(
                f"{path}: the mapping is not valid JSON (line {exc.lineno})"
            ) from None
        return cls.from_data(data, str(path))

    @classmethod
    def from_data(cls, data: Any, where: str = "mapping") -> Mapping:
        if not isinstance(data, dict) or not isinstance(data.get("questions"), dict):
            raise SourceError(f'{where}: needs "questions": {{question id: column title}}')
        known = {
            "questions",
            "response_id",
            "submitted_at",
            "started_at",
            "email",
            "date_format",
            "timezone",
        }
        extra = set(data) - known
        if extra:
            raise SourceError(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
        order = data.get("date_format")
        if order not in (None, "day_first", "month_first"):
            raise SourceError(f"{where}: date_format is day_first or month_first, not {order!r}")
        return cls(
            questions={str(k): str(v) for k, v in data["questions"].items()},
            response_id=data.get("response_id"),
            submitted_at=data.get("submitted_at"),
            started_at=data.get("started_at"),
            email=data.get("email"),
            day_first=None if order is None else order == "day_first",
            timezone=data.get("timezone"),
        )

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"questions": self.questions}
        for key in ("response_id", "submitted_at", "started_at", "email", "timezone"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.day_first is not None:
            data["date_format"] = "day_first" if self.day_first else "month_first"
        return data


class MappedCsv(Source):
    name = "csv"

    def __init__(self, header: list[str], dates: DateReader, mapping: Mapping) -> None:
        super().__init__(header, dates)
        self.mapping = mapping
        if mapping.day_first is not None:
            dates.day_first = mapping.day_first
        if mapping.timezone:
            try:
                dates.zone = ZoneInfo(mapping.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                raise SourceError(f"mapping: unknown time zone {mapping.timezone!r}") from None
        missing = [
            title
            for title in [*mapping.questions.values(), *self._named()]
            if _find(header, title) is None
        ]
        if missing:
            raise SourceError(
                f"the mapping names columns the file does not have: "
                f"{', '.join(repr(m) for m in missing)}"
            )
        self.c_id = self._col(mapping.response_id) if mapping.response_id else None
        self.c_submit = self._col(mapping.submitted_at) if mapping.submitted_at else None
        self.c_start = self._col(mapping.started_at) if mapping.started_at else None
        self.c_email = self._col(mapping.email) if mapping.email else None
        self.has_ids = self.c_id is not None

    def _named(self) -> list[str]:
        m = self.mapping
        return [t for t in (m.response_id, m.submitted_at, m.started_at, m.email) if t]

    def question_columns(self) -> dict[int, str]:
        """Column index -> question id, as the mapping says."""
        found = {}
        for qid, title in self.mapping.questions.items():
            index = _find(self.header, title)
            assert index is not None
            found[index] = qid
        return found

    def meta(self, cells: list[str]) -> RowMeta:
        meta = RowMeta()
        if self.c_id is not None:
            rid = _cell(cells, self.c_id)
            if not rid:
                raise ValueError(f"no response id in column {self.mapping.response_id!r}")
            meta.response_id = f"csv-{rid}"
        submit = _cell(cells, self.c_submit)
        start = _cell(cells, self.c_start)
        meta.submitted_at = self.dates.read(submit) if submit else None
        meta.started_at = self.dates.read(start) if start else None
        email = _cell(cells, self.c_email)
        if email:
            meta.email = email
            meta.lead["email"] = email
        return meta


DETECTORS: tuple[type[Source], ...] = (Typeform, SurveyMonkey, MicrosoftForms, GoogleForms)
BY_NAME: dict[str, type[Source]] = {s.name: s for s in DETECTORS}


def detect(header: list[str]) -> type[Source] | None:
    for source in DETECTORS:
        if source.detect(header):  # type: ignore[attr-defined]
            return source
    return None
