"""The statistics and the raw response table read the responses stored in packs
(``store.packs``) as they read rows: the same numbers, names and order whether an
import's batches are in rows or in packs, and whether a packed batch is counted from its
stored block, from a block made of its packs, or row by row."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from quizbuilder.domain.kinds import Kind
from quizbuilder.domain.validation import parse_document
from quizbuilder.services import statistics, statistics_blocks
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import LibraryService
from quizbuilder.services.reports import response_table
from quizbuilder.services.response_import import import_responses
from quizbuilder.services.statistics import AnswerCache, StatisticsError, item_statistics
from quizbuilder.store import packs
from tests.helpers.packing import pack_all, packed_rows
from tests.unit.services import test_statistics_blocks as blocks_tests
from tests.unit.services import test_statistics_features as features
from tests.unit.services.test_statistics_blocks import RowPass, typeform_csv

# built in rows by the imports, then packed: each feature compared on both
pytestmark = pytest.mark.usefixtures("imports_write_rows")


def _stats(library: LibraryService, item_id: int, **filters: Any) -> dict[str, Any]:
    return item_statistics(library, item_id, cache=AnswerCache(), **filters)


def _sql(library: LibraryService, statement: str, **params: Any) -> list[Any]:
    with library.engine.begin() as connection:
        result = connection.execute(text(statement), params)
        return list(result) if result.returns_rows else []


def _rows_left(library: LibraryService) -> int:
    return _sql(library, "SELECT count(*) FROM response WHERE batch_id IS NOT NULL")[0][0]


def _pack(library: LibraryService, item_id: int | None = None) -> None:
    pack_all(library, item_id)
    assert packed_rows(library) > 0
    if item_id is None:
        assert _rows_left(library) == 0  # every batch's responses are read from its packs


class NoBlockOfPacks:
    """Makes the statistics count a packed batch without a block row by row."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(statistics_blocks, "_block_of_packs", lambda connection, batch: None)


def _by_window(library: LibraryService, item_id: int, **filters: Any) -> dict[str, Any]:
    """The statistics with the duplicate policy left undecided (SQL's window query over
    rows), as when a date is not stored as SQLAlchemy stores it."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(statistics, "with_duplicates_decided", lambda connection, f, blocks=None: f)
        return _stats(library, item_id, **filters)


# --- a bulk import: the blocks' quiz, 1,000 responses in two batches ------------------------


@pytest.fixture
def bulk(library: LibraryService, tmp_path: Path) -> int:
    quiz = blocks_tests.QUIZ
    item_id = library.create_item(parse_document(quiz))
    import_responses(library, item_id, typeform_csv(tmp_path / "a.csv", quiz, 600, 1))
    import_responses(library, item_id, typeform_csv(tmp_path / "b.csv", quiz, 400, 2, 600))
    return item_id


BULK_FILTERS: list[dict[str, Any]] = [
    {},
    {"source": "instagram"},
    {"source": "typeform"},
    {"source": "nowhere"},
    {"since": "2026-03-10", "until": "2026-04-05"},
    {"since": "2026-03-10T10:20:00+00:00"},
    {"until": "2026-03-20T10:20:00+02:00"},
    {"duplicate_policy": "first_per_email"},
    {"duplicate_policy": "last_per_email", "source": "facebook"},
    {"duplicate_policy": "first_per_email", "since": "2026-03-20", "source": "instagram"},
    {"top": 3},
]


def _all_stats(library: LibraryService, item_id: int, filters: list[dict[str, Any]]) -> list[Any]:
    return [_stats(library, item_id, **f) for f in filters]


def test_a_packed_bulk_import_gives_the_statistics_of_its_rows(library, bulk, monkeypatch):
    expected = _all_stats(library, bulk, BULK_FILTERS)
    digest = _sql(library, "SELECT content_hash FROM response LIMIT 1")[0][0]
    versioned = _stats(library, bulk, version=digest[:8])
    _pack(library)
    passes = RowPass(monkeypatch)
    assert _all_stats(library, bulk, BULK_FILTERS) == expected  # from the stored blocks
    assert passes.calls == []
    assert _stats(library, bulk, version=digest[:8]) == versioned  # known from the packs only
    assert versioned["responses"] == 1000
    with pytest.raises(StatisticsError, match="no version"):
        _stats(library, bulk, version="ffff")


def test_packed_batches_without_a_block_are_counted_from_blocks_of_their_packs(
    library, bulk, monkeypatch
):
    expected = _all_stats(library, bulk, BULK_FILTERS)
    _pack(library)
    _sql(library, "DELETE FROM response_block")  # as packs.set_values leaves them
    passes = RowPass(monkeypatch)
    assert _all_stats(library, bulk, BULK_FILTERS) == expected
    assert passes.calls == []  # no row-by-row pass: blocks made of the packs in memory
    first, last = _sql(library, "SELECT first_id, last_id FROM response_pack WHERE batch_id = 1")[0]
    _sql(
        library,
        "INSERT INTO response_block (item_id, batch_id, part, rows, first_id, last_id, data) "
        "VALUES (:i, 1, 0, 600, :f, :l, :d)",
        i=bulk,
        f=first,
        l=last,
        d=b"a block of a later release",
    )
    assert _stats(library, bulk) == expected[0]
    assert passes.calls == []


def test_packed_batches_counted_row_by_row(library, bulk, monkeypatch):
    """Neither a stored block nor one made of the packs: every packed row goes through
    the row-by-row pass, its filters and policy computed over the packs' columns."""
    expected = _all_stats(library, bulk, BULK_FILTERS)
    _pack(library)
    _sql(library, "DELETE FROM response_block")
    NoBlockOfPacks(monkeypatch)
    passes = RowPass(monkeypatch)
    assert _all_stats(library, bulk, BULK_FILTERS) == expected
    assert passes.calls and all(skipped == [] for skipped in passes.calls)


def test_a_block_the_scorer_cannot_use_leaves_its_packs_to_the_row_by_row_pass(
    library, bulk, monkeypatch
):
    """An edit that the answer codes cannot follow: the blocks cannot be counted."""
    *others, long = blocks_tests.QUIZ["questions"]
    choice = {
        **long,
        "type": "single_choice",
        "options": [{"id": "b", "label": "Bien"}, {"id": "t", "label": "Trop long"}],
    }
    blocks_tests._edit(library, bulk, {**blocks_tests.QUIZ, "questions": [*others, choice]})
    expected = _all_stats(library, bulk, BULK_FILTERS[:3])
    _pack(library)
    passes = RowPass(monkeypatch)
    assert _all_stats(library, bulk, BULK_FILTERS[:3]) == expected
    assert passes.calls and all(skipped == [] for skipped in passes.calls)


@pytest.mark.parametrize("policy", ["first_per_email", "last_per_email"])
def test_a_policy_over_packs_and_rows_together(library, bulk, monkeypatch, policy):
    """A batch in packs, one in rows, and rows outside any batch for the same people:
    decided from the blocks' keys, by the window's order over rows and packs, and row
    by row, each person's first (or last) response is the same."""
    email, when = _sql(
        library,
        "SELECT email, submitted_at FROM response WHERE email IS NOT NULL AND batch_id = 1 "
        "ORDER BY id LIMIT 1",
    )[0]
    for uid, address, submitted, done in [
        ("direct-1", email, "2020-01-01 00:00:00.000000", 1),
        ("direct-2", email, "2099-01-01 00:00:00.000000", 1),
        ("direct-3", email, None, 0),
        ("direct-4", "only.here@example.org", when, 1),
    ]:
        _sql(
            library,
            "INSERT INTO response (item_id, response_uid, completed, answers, source, email, "
            "submitted_at) VALUES (:i, :u, :c, '{\"s\": \"a\"}', 'kiosk', :e, :t)",
            i=bulk,
            u=uid,
            c=done,
            e=address,
            t=submitted,
        )
    filters = [{"duplicate_policy": policy}, {"duplicate_policy": policy, "source": "kiosk"}]
    expected = _all_stats(library, bulk, filters)
    windowed = [_by_window(library, bulk, **f) for f in filters]
    assert windowed == expected
    with library.engine.begin() as connection:
        assert packs.pack_batch(connection, 1) == 600
    assert _all_stats(library, bulk, filters) == expected
    assert [_by_window(library, bulk, **f) for f in filters] == expected
    _sql(library, "DELETE FROM response_block")
    NoBlockOfPacks(monkeypatch)
    assert _all_stats(library, bulk, filters) == expected
    assert [_by_window(library, bulk, **f) for f in filters] == expected


def test_a_personality_quiz_in_packs(library, tmp_path, monkeypatch):
    item_id = library.create_item(parse_document(blocks_tests.PERSONALITY))
    path = typeform_csv(tmp_path / "p.csv", blocks_tests.PERSONALITY, 300, 5)
    import_responses(library, item_id, path)
    filters = [{}, {"source": "instagram"}, {"duplicate_policy": "last_per_email"}]
    expected = _all_stats(library, item_id, filters)
    assert sum(o["count"] for o in expected[0]["outcomes"]) > 0
    _pack(library)
    assert _all_stats(library, item_id, filters) == expected
    _sql(library, "DELETE FROM response_block")
    NoBlockOfPacks(monkeypatch)
    assert _all_stats(library, item_id, filters) == expected


# --- people: leaderboard and badges, on the features' hand-made quiz ----------------------


quiz = features.quiz  # the features' fixture: seven responses, three people with names


def _campaign_quiz(library: LibraryService, tmp_path: Path) -> int:
    """A second quiz of the campaign "camp", which Camille completed."""
    other = library.create_item(parse_document(copy.deepcopy(features.QUIZ)))
    u = features.uid_of(library, other)
    response = features.response
    features.load(
        library,
        tmp_path,
        [
            response(u, "o1", {"q1": "a"}, lead={"email": "camille@x.fr"}, campaign="camp"),
            response(u, "o2", {"q1": "a"}, lead={"email": "r2@x.fr"}, campaign="autre"),
            response(u, "o3", {"q1": "a"}, lead={"email": "zoe@x.fr"}, campaign="camp",
                     completed=False),
        ],
    )  # fmt: skip
    return other


PEOPLE_FILTERS: list[dict[str, Any]] = [
    {},
    {"top": 1},
    {"top": 2, "source": "insta"},
    {"variant": "B", "since": "2026-05-02", "until": "2026-05-04"},
    {"variant": "A"},
    {"source": "nowhere"},
    {"duplicate_policy": "first_per_email"},
]


@pytest.mark.parametrize("packed", ["all", "ours", "the other quiz"])
def test_leaderboard_and_badges_from_packs(library, quiz, tmp_path, monkeypatch, packed):
    other = _campaign_quiz(library, tmp_path)
    expected = _all_stats(library, quiz, PEOPLE_FILTERS)
    badges = {b["badge"] for b in expected[0]["badges"]}
    assert badges == {"perfect_score", "first_completions", "campaign_complete"}
    _pack(library, {"all": None, "ours": quiz, "the other quiz": other}[packed])
    assert _all_stats(library, quiz, PEOPLE_FILTERS) == expected
    _sql(library, "DELETE FROM response_block")
    NoBlockOfPacks(monkeypatch)
    assert _all_stats(library, quiz, PEOPLE_FILTERS) == expected


def test_ties_and_untimed_responses_keep_their_order_in_packs(library, tmp_path):
    item_id = library.create_item(parse_document(features.QUIZ))
    u = features.uid_of(library, item_id)
    response = features.response
    features.load(
        library,
        tmp_path,
        [
            response(u, "late", {"q1": "a", "q2": "a"}, day=3, seconds=50),
            response(u, "early", {"q1": "a", "q2": "a"}, day=1, seconds=50),
            response(u, "slow", {"q1": "a", "q2": "a"}, day=2, seconds=80),
            response(u, "untimed", {"q1": "a", "q2": "a"}, day=4, seconds=None),
        ],
    )
    # the same answers a second time, in a batch of its own, on the same days
    features.load(
        library,
        tmp_path,
        [
            response(u, "again-late", {"q1": "a", "q2": "a"}, day=3, seconds=50),
            response(u, "again-early", {"q1": "a", "q2": "a"}, day=1, seconds=50),
            response(u, "weak", {"q1": "b"}, day=2, seconds=10),
        ],
    )
    filters = [{}, {"top": 1}, {"top": 2}, {"top": 3}]
    expected = _all_stats(library, item_id, filters)
    _pack(library)
    assert _all_stats(library, item_id, filters) == expected


def test_a_version_known_only_from_packed_responses(library, tmp_path):
    item_id = library.create_item(parse_document(features.QUIZ))
    u = features.uid_of(library, item_id)
    first = library.freeze(item_id)
    features.load(
        library,
        tmp_path,
        [features.response(u, f"v1-{i}", {"q1": "a"}, content_hash=first) for i in range(3)],
    )
    _sql(library, "DELETE FROM item_version WHERE item_id = :i", i=item_id)
    expected = _stats(library, item_id, version=first[:7].upper())
    assert expected["responses"] == 3
    _pack(library)
    assert _stats(library, item_id, version=first[:7].upper()) == expected


# --- the raw response table --------------------------------------------------------------

TABLE_FILTERS: list[dict[str, Any]] = [
    {},
    {"personal": True, "language": "en"},
    {"source": "linkedin"},
    {"variant": "B"},
    {"since": "2026-10-01", "until": "2026-11-05"},
    {"duplicate_policy": "first_per_email", "personal": True},
    {"duplicate_policy": "last_per_email", "personal": True},
]


def _tables(library: LibraryService, item_id: int, **filters: Any) -> list[Any]:
    header, rows = response_table(library, item_id, **filters)
    return [header, *rows]


def test_the_response_table_of_packed_responses(library, monkeypatch):
    load_demo(library)
    items = {i.kind: i.id for i in library.list_items()}
    version = library.item(items[Kind.KNOWLEDGE_QUIZ]).versions[0].content_hash[:10]
    asked = [(item_id, f) for item_id in items.values() for f in TABLE_FILTERS]
    asked.append((items[Kind.KNOWLEDGE_QUIZ], {"version": version}))
    expected = [_tables(library, item_id, **f) for item_id, f in asked]
    assert len(expected[0]) > 1
    _pack(library)
    assert [_tables(library, item_id, **f) for item_id, f in asked] == expected


def test_the_response_table_merges_rows_and_packs_in_submission_order(library, quiz, tmp_path):
    u = features.uid_of(library, quiz)
    response = features.response
    features.load(
        library,
        tmp_path,
        [
            response(u, "between", {"q1": "a"}, day=2, lead={"email": "camille@x.fr"}),
            response(u, "partial", {"q1": "b"}, day=3, completed=False),
        ],
    )
    filters = [{}, {"duplicate_policy": "first_per_email", "personal": True},
               {"duplicate_policy": "last_per_email", "personal": True}]  # fmt: skip
    expected = [_tables(library, quiz, **f) for f in filters]
    first_batch = _sql(library, "SELECT min(batch_id) FROM response WHERE item_id = :i", i=quiz)
    with library.engine.begin() as connection:
        packs.pack_batch(connection, first_batch[0][0])
    assert _rows_left(library) > 0 and packed_rows(library) > 0
    assert [_tables(library, quiz, **f) for f in filters] == expected


# --- dates -------------------------------------------------------------------------------


def test_fractions_of_a_second_count_alike_in_packs(library, tmp_path, monkeypatch):
    item_id = library.create_item(parse_document(features.QUIZ))
    u = features.uid_of(library, item_id)
    lines = []
    for k in range(6):
        line = features.response(u, f"f{k}", {"q1": "a", "q2": "ab"[k % 2]}, day=1 + k)
        line["started_at"] = f"2026-05-0{1 + k}T09:59:0{k}.{k * 137_031:06d}+00:00"
        line["submitted_at"] = f"2026-05-0{1 + k}T10:00:00.{(5 - k) * 91_003:06d}+00:00"
        lines.append(line)
    features.load(library, tmp_path, lines)
    filters = [{}, {"top": 2}, {"since": "2026-05-03T10:00:00.273009+00:00"}]
    expected = _all_stats(library, item_id, filters)
    assert expected[0]["time"]["median_seconds"] % 1  # a fraction of a second counts
    _pack(library)
    assert _all_stats(library, item_id, filters) == expected
    _sql(library, "DELETE FROM response_block")
    NoBlockOfPacks(monkeypatch)
    assert _all_stats(library, item_id, filters) == expected


def test_a_packed_batch_with_dates_stored_otherwise(library, bulk):
    """Dates not stored as SQLAlchemy stores them (no block can be made of them): the
    batch is counted row by row, its times computed by SQLite, and the duplicate policy
    decided in the order SQL's window query would give."""
    email = _sql(library, "SELECT email FROM response WHERE email IS NOT NULL LIMIT 1")[0][0]
    _sql(
        library,
        "INSERT INTO import_batch (item_id, file_name, file_hash, source, added, duplicates, "
        "rejected, created_at) VALUES (:i, 'odd.csv', 'x', 'csv', 3, 0, 0, "
        "'2026-05-01 00:00:00.000000')",
        i=bulk,
    )
    batch = _sql(library, "SELECT max(id) FROM import_batch")[0][0]
    for uid, address, started, submitted in [
        ("odd-1", email, "2026-03-01T09:00:00", "2026-03-01T10:00:00"),
        ("odd-2", email, "2026-03-30T09:00:00.5", "2026-03-30T09:02:00.25"),
        ("odd-3", "odd@example.org", "2026-03-15T09:00:00", None),
    ]:
        _sql(
            library,
            "INSERT INTO response (item_id, batch_id, response_uid, completed, answers, "
            "source, email, started_at, submitted_at) VALUES (:i, :b, :u, :c, "
            '\'{"s": "a", "t": "v"}\', \'kiosk\', :e, :s, :t)',
            i=bulk,
            b=batch,
            u=uid,
            c=int(submitted is not None),
            e=address,
            s=started,
            t=submitted,
        )
    filters = [
        {},
        {"source": "kiosk"},
        {"since": "2026-03-10"},
        {"duplicate_policy": "first_per_email"},
        {"duplicate_policy": "last_per_email", "source": "kiosk"},
    ]
    expected = _all_stats(library, bulk, filters)
    assert expected[1]["time"]["responses"] == 2
    _pack(library)
    assert _all_stats(library, bulk, filters) == expected
