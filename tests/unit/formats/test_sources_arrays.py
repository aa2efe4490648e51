"""A batch's metadata read from pyarrow's arrays is the one read from Python's strings.

``Source.batch_meta_arrays`` and its helpers work in C; where they answer at all, the
answer must be that of ``batch_meta`` (and of ``str.strip``, ``str.split``, ``str.lower``)
on the same texts; where they cannot be sure (non-ASCII, U+001C..U+001F), they decline.
"""

from __future__ import annotations

from datetime import UTC

import pyarrow as pa
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from quizbuilder.formats.sources import (
    DateReader,
    GoogleForms,
    plain_stripped,
    stored_emails,
)

HEADER = ["Timestamp", "Email Address", "Score", "Q1"]

# texts of the sort a column holds, and the characters that tell the two apart
odd = st.text(alphabet=st.sampled_from(list(" \t\n\x0b\x0c\r\x1c\x1f\x85\xa0Aa@.é:0")), max_size=8)


def _times(
    minutes: st.SearchStrategy[int], after: list[str], hours: tuple[int, int] = (0, 23)
) -> st.SearchStrategy[str]:
    return st.builds(
        "{}{}/{:02d}/2026 {}:{:02d}:{:02d}{}{}".format,
        st.sampled_from(["", " ", "\t"]),
        st.integers(1, 28),
        st.integers(1, 12),
        st.integers(*hours),
        minutes,
        st.integers(0, 59),
        st.sampled_from(after),
        st.sampled_from(["", " "]),
    )


readable = st.one_of(
    _times(st.integers(0, 59), ["", " UTC+1", " GMT-3", " UTC"]),
    _times(st.integers(0, 59), [" AM", " PM"], hours=(1, 12)),
)
unreadable = st.one_of(
    _times(st.integers(60, 99), [""]),
    _times(st.integers(0, 59), [".5", "x", "Z", "+02:00"]),
    _times(st.integers(0, 59), [" AM"], hours=(13, 23)),
)
good_scores = st.sampled_from(["", "7 / 10", " 7 / 10 ", "2,5 / 10", "3 / 12", "10"])
scores = st.one_of(good_scores, st.sampled_from(["beaucoup", "é / 10"]))
plain_emails = st.sampled_from(["", "A@B.fr", " a@b.fr ", "Jean  Dupont@x.fr", "x\t@Y.FR"])
emails = st.one_of(odd, plain_emails, st.just("a\x1fb@c.fr"))


def _mostly(good: st.SearchStrategy[str], bad: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Now and then a text that makes a batch declined."""
    return st.integers(0, 12).flatmap(lambda k: bad if k == 0 else good)


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(
        _mostly(
            st.one_of(
                plain_emails, st.text(alphabet=st.sampled_from(list(" \t\n\x0b\x0c\rAa@.:0")))
            ),
            st.one_of(odd, emails),
        ),
        min_size=1,
        max_size=12,
    ),
    start=st.integers(0, 3),
)
def test_plain_stripped_and_stored_emails_are_pythons_or_decline(texts, start) -> None:
    array = pa.array(["pad"] * start + texts, pa.string()).slice(start)  # a slice, as batches are
    stripped = plain_stripped(array)
    stored = stored_emails(array)
    event("plain" if stripped is not None else "declined")
    plain = all(t.isascii() and not any("\x1c" <= c <= "\x1f" for c in t) for t in texts)
    assert (stripped is not None) == plain and (stored is not None) == plain
    if plain:
        assert stripped.to_pylist() == [t.strip() for t in texts]
        assert stored == [" ".join(t.split()).lower() or None for t in texts]


def _python(rows: list[list[str]]):
    source = GoogleForms(HEADER, DateReader(UTC, day_first=True))
    return source, source.batch_meta([list(c) for c in zip(*rows, strict=True)])


def _arrays(rows: list[list[str]]):
    source = GoogleForms(HEADER, DateReader(UTC, day_first=True))
    columns = [pa.array(list(c), pa.string()) for c in zip(*rows, strict=True)]
    return source, source.batch_meta_arrays(columns)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            _mostly(readable, st.one_of(unreadable, odd)),
            _mostly(plain_emails, emails),
            _mostly(good_scores, scores),
            st.just("a"),
        ).map(list),
        min_size=1,
        max_size=10,
    )
)
def test_batch_meta_from_arrays_is_batch_metas_or_declines(rows) -> None:
    by_python, expected = _python(rows)
    by_arrow, got = _arrays(rows)
    event("read from the arrays" if got is not None else "declined")
    if got is None:
        return  # batch_meta decides
    assert expected is not None, "read from the arrays, refused from the strings"
    assert got.scores == expected.scores
    assert got.emails == [" ".join(e.split()).lower() or None for e in expected.emails]
    assert [got.hour_keys[k] for k in got.hour_index.to_pylist()] == expected.hours
    assert got.minutes.to_pylist() == expected.minutes
    for key in got.hour_keys:  # the same instants, read once each
        assert by_arrow.dates.hour_start(key) == by_python.dates.hour_start(key)


@pytest.mark.parametrize(
    ("time", "why"),
    [
        ("2/3/2026 10:61:00", "61 minutes"),
        ("2/3/2026 10:00:00x", "a letter after the seconds"),
        (":00:00", "nothing before the hour"),
        ("2/3/2026 10:00", "no seconds"),
        ("2/3/2026 10:00:00 é", "not ASCII"),
    ],
)
def test_a_batch_with_one_odd_time_is_left_to_batch_meta(time, why) -> None:
    rows = [["2/3/2026 10:00:00", "a@b.fr", "7 / 10", "a"], [time, "c@d.fr", "7 / 10", "a"]]
    assert _arrays(rows)[1] is None, why


def test_a_clean_batch_is_read_from_the_arrays() -> None:
    rows = [
        ["02/03/2026 9:59:59", " Ann@B.fr ", "7 / 10", "a"],
        ["02/03/2026 10:00:00", "", "", "a"],
        ["02/03/2026 10:00:01", "c@d.fr", "2,5 / 10", "a"],
    ]
    _, got = _arrays(rows)
    assert got is not None
    assert got.emails == ["ann@b.fr", None, "c@d.fr"]
    assert got.hour_keys == ["02/03/2026 9", "02/03/2026 10"]
    assert got.hour_index.to_pylist() == [0, 1, 1]
    assert got.minutes.to_pylist() == ["59:59", "00:00", "00:01"]
    assert got.scores == [(7.0, 10.0, 0.5 + 1e-9), None, (2.5, 10.0, 0.05 + 1e-9)]
