"""DateReader's per-hour cache gives each text the instant it would get read alone."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from quizbuilder.formats.sources import DateReader

PARIS = ZoneInfo("Europe/Paris")


def test_every_second_of_an_hour_in_a_fixed_offset() -> None:
    reader = DateReader(PARIS)
    start = datetime(2026, 3, 2, 13, tzinfo=timezone(timedelta(hours=1)))
    for second in range(3600):
        local = start + timedelta(seconds=second)
        text = f"2026/03/02 {local:%I:%M:%S %p} UTC+1".replace(" 0", " ", 1)
        assert reader.read(text) == local.astimezone(UTC), text


@pytest.mark.parametrize(
    ("text", "local"),
    [
        # the hour when Paris moves to summer time: 02:00-02:59 does not exist
        ("2026-03-29 01:59:59", datetime(2026, 3, 29, 1, 59, 59)),
        ("2026-03-29 03:00:00", datetime(2026, 3, 29, 3, 0, 0)),
        ("2026-03-29 03:30:00", datetime(2026, 3, 29, 3, 30, 0)),
        # the hour when it moves back: 02:00-02:59 twice (the first one is taken)
        ("2026-10-25 01:30:00", datetime(2026, 10, 25, 1, 30)),
        ("2026-10-25 02:30:00", datetime(2026, 10, 25, 2, 30)),
        ("2026-10-25 03:30:00", datetime(2026, 10, 25, 3, 30)),
        ("25/10/2026 02:59:59", datetime(2026, 10, 25, 2, 59, 59)),
    ],
)
def test_daylight_saving_changes(text: str, local: datetime) -> None:
    reader = DateReader(PARIS)
    reader.read(text.replace(":30:00", ":00:00"))  # the same hour seen first: cached
    assert reader.read(text) == local.replace(tzinfo=PARIS).astimezone(UTC)


def test_an_hour_with_a_change_inside_is_read_text_by_text() -> None:
    """Lord Howe Island moves its clocks 30 minutes forward, at 2:00 local time."""
    zone = ZoneInfo("Australia/Lord_Howe")
    reader = DateReader(zone)
    for minute in (0, 15, 29, 30, 45, 59):
        text = f"2026-10-04 02:{minute:02d}:10"
        local = datetime(2026, 10, 4, 2, minute, 10, tzinfo=zone)
        assert reader.read(text) == local.astimezone(UTC), text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026/03/02 9:60:00 AM UTC+1", "minute must be in 0..59"),
        ("2026/03/02 9:00:61 AM UTC+1", "second must be in 0..59"),
        ("2026/03/02 13:00:00 PM UTC+1", "not a 12-hour time: '2026/03/02 13:00:00 PM UTC+1'"),
        ("2026/13/45 9:00:00", "month must be in 1..12"),
        ("2026/03/02 9:00:00 Mars/Olympus", "unknown time zone"),
    ],
)
def test_bad_times_are_refused_as_before(text: str, message: str) -> None:
    reader = DateReader(UTC)
    for _ in range(2):  # and again: a refusal is not cached as a good hour
        with pytest.raises(ValueError, match=re.escape(message)):
            reader.read(text)


def test_iso_forms_with_and_without_a_zone() -> None:
    reader = DateReader(timezone(timedelta(hours=-5)))
    assert reader.read("2026-03-02T09:00:13Z") == datetime(2026, 3, 2, 9, 0, 13, tzinfo=UTC)
    assert reader.read("2026-03-02T09:00:13+05:30") == datetime(2026, 3, 2, 3, 30, 13, tzinfo=UTC)
    assert reader.read("2026-03-02 09:00:14") == datetime(2026, 3, 2, 14, 0, 14, tzinfo=UTC)
    assert reader.read("2026-03-02 09:00:14.250") == datetime(
        2026, 3, 2, 14, 0, 14, 250_000, tzinfo=UTC
    )
