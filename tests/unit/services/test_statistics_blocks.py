"""Response blocks (migration 0006, ``store.blocks``): the statistics counted from an
import's columns with array operations must be exactly those counted row by row, under
every filter, and a block that no longer matches its rows must not be used."""

from __future__ import annotations

import csv
import hashlib
import json
import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import text

from quizbuilder.domain.validation import parse_document
from quizbuilder.services import editing, statistics, statistics_blocks
from quizbuilder.services.library import LibraryService
from quizbuilder.services.privacy import erase_person
from quizbuilder.services.response_admin import remove_batch, rescore
from quizbuilder.services.response_import import import_responses
from quizbuilder.services.statistics import AnswerCache, item_statistics
from quizbuilder.services.statistics_scan import Filters
from quizbuilder.store import blocks
from quizbuilder.store import items as store
from quizbuilder.store.blocks import parse_dates

# blocks against the rows they copy: imports write rows here (packed batches keep their
# blocks as they are: tests/unit/services/test_packed_statistics.py)
pytestmark = pytest.mark.usefixtures("imports_write_rows")

QUIZ: dict[str, Any] = {
    "kind": "knowledge_quiz",
    "title": "Blocs",
    "questions": [
        {
            "id": "s",
            "type": "single_choice",
            "text": "Que signifie NPS ?",
            "points": 2,
            "options": [
                {"id": "a", "label": "Net Promoter Score", "fraction": 1},
                {"id": "b", "label": "New Product Sales"},
                {"id": "c", "label": "Ni l'un, ni l'autre"},
            ],
        },
        {
            "id": "m",
            "type": "multiple_choice",
            "text": "Quelles métriques ?",
            "points": 1,
            "options": [
                {"id": "p", "label": "Partages", "fraction": 0.5},
                {"id": "k", "label": "Commentaires", "fraction": 0.5},
                {"id": "x", "label": "Faux comptes", "fraction": -1},
            ],
        },
        {
            "id": "t",
            "type": "true_false",
            "text": "Le RGPD impose un consentement.",
            "points": 1,
            "options": [{"id": "v", "label": "Vrai", "fraction": 1}, {"id": "f", "label": "Faux"}],
        },
        {
            "id": "n",
            "type": "nps",
            "text": "Nous recommanderiez-vous ?",
            "scale": {"min": 0, "max": 10},
        },
        {"id": "l", "type": "long_text", "text": "Un commentaire ?"},
    ],
}
PERSONALITY: dict[str, Any] = {
    "kind": "personality_quiz",
    "title": "Profil",
    "outcomes": [{"id": "nano", "title": "Nano"}, {"id": "macro", "title": "Macro"}],
    "questions": [
        {
            "id": "a",
            "type": "single_choice",
            "text": "Votre audience ?",
            "options": [
                {"id": "p", "label": "Petite", "weights": {"nano": 2}},
                {"id": "g", "label": "Immense", "weights": {"macro": 2}},
            ],
        },
        {
            "id": "b",
            "type": "single_choice",
            "text": "Votre rythme ?",
            "options": [
                {"id": "r", "label": "Régulier", "weights": {"nano": 1}},
                {"id": "i", "label": "Intense", "weights": {"macro": 1}},
            ],
        },
    ],
}
SOURCES = ["instagram", "facebook", "newsletter", ""]
CAMPAIGNS = ["printemps", "", "soldes"]


def _answer(question: dict[str, Any], rng: random.Random) -> str:
    if rng.random() < 0.15:
        return ""  # skipped
    if question["type"] == "nps":
        return str(rng.randint(0, 10))
    if question["type"] == "long_text":
        return rng.choice(["Bien", "Trop long", "Merci !"])
    labels = [o["label"] for o in question["options"]]
    if question["type"] == "multiple_choice":
        return ", ".join(rng.sample(labels, rng.randint(1, len(labels))))
    return rng.choice(labels)


def typeform_csv(path: Path, doc: dict[str, Any], rows: int, seed: int, start: int = 0) -> Path:
    """A Typeform export: tokens, partial responses, hidden utm and e-mail fields, dates
    spread over two months; some people answer twice."""
    rng = random.Random(seed)
    questions = doc["questions"]
    header = ["#", *(q["text"] for q in questions), "utm_source", "utm_campaign", "email"]
    header += ["Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Submit Date (UTC)"]
    header += ["Network ID", "Tags"]
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        for k in range(start, start + rows):
            day, minute = 1 + k % 59, k % 50
            started = f"2026-{3 + day // 30:02d}-{1 + day % 30:02d} 10:{minute:02d}:{k % 60:02d}"
            done = rng.random() > 0.2
            submitted = f"{started[:-5]}{minute + rng.randint(1, 9):02d}:{k % 60:02d}"
            email = f"p{rng.randint(0, rows // 3)}@exemple.fr" if rng.random() < 0.7 else ""
            out.writerow(
                [
                    f"tok{k}",
                    *(_answer(q, rng) for q in questions),
                    rng.choice(SOURCES),
                    rng.choice(CAMPAIGNS),
                    email,
                    "completed" if done else "partial",
                    started,
                    "",
                    submitted if done else "",
                    "net",
                    "",
                ]
            )
    return path


def _stats(library: LibraryService, item_id: int, **filters: Any) -> dict[str, Any]:
    return item_statistics(library, item_id, cache=AnswerCache(), **filters)


def _rows_only(library, item_id, monkeypatch, **filters) -> dict[str, Any]:
    with monkeypatch.context() as m:
        m.setattr(statistics_blocks, "load_blocks", lambda connection, item: {})
        return _stats(library, item_id, **filters)


def _sql(library: LibraryService, statement: str, **params: Any) -> list[Any]:
    with library.engine.begin() as connection:
        result = connection.execute(text(statement), params)
        return list(result) if result.returns_rows else []


def _from_blocks_alone(library, item_id, monkeypatch, **filters) -> dict[str, Any]:
    """The statistics, checked to be counted from the blocks alone and to be those
    the row-by-row pass gives."""
    expected = _rows_only(library, item_id, monkeypatch, **filters)
    passes = RowPass(monkeypatch)
    found = _stats(library, item_id, **filters)
    assert passes.calls == []
    assert found == expected
    return found


class RowPass:
    """Records which batches the row-by-row pass was asked to leave to the blocks."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[list[int]] = []
        real = statistics_blocks.scan_rows

        def spy(connection, filters, scorer, skip_batches=()):
            self.calls.append(sorted(skip_batches))
            return real(connection, filters, scorer, skip_batches=skip_batches)

        monkeypatch.setattr(statistics_blocks, "scan_rows", spy)


@pytest.fixture
def quiz(library: LibraryService, tmp_path: Path) -> int:
    item_id = library.create_item(parse_document(QUIZ))
    import_responses(library, item_id, typeform_csv(tmp_path / "a.csv", QUIZ, 600, 1))
    import_responses(library, item_id, typeform_csv(tmp_path / "b.csv", QUIZ, 400, 2, 600))
    return item_id


FILTERS: list[dict[str, Any]] = [
    {},
    {"source": "instagram"},
    {"source": "typeform"},  # the rows without utm_source
    {"source": "nowhere"},
    {"since": "2026-03-10", "until": "2026-04-05"},
    {"since": "2026-03-10T10:20:00+00:00"},
    {"duplicate_policy": "first_per_email"},
    {"duplicate_policy": "last_per_email", "source": "facebook"},
    {"top": 3},
]


@pytest.mark.parametrize("filters", FILTERS)
def test_blocks_give_the_statistics_of_the_rows(library, quiz, monkeypatch, filters) -> None:
    expected = _rows_only(library, quiz, monkeypatch, **filters)
    passes = RowPass(monkeypatch)
    found = _stats(library, quiz, **filters)
    assert passes.calls == []  # every response was counted from the blocks
    assert found == expected
    if filters.get("source") != "nowhere":
        assert found["completed"] > 0


def test_each_import_stores_its_block(library, quiz) -> None:
    blocks = _sql(library, "SELECT batch_id, rows FROM response_block ORDER BY batch_id")
    batches = _sql(library, "SELECT id, added FROM import_batch ORDER BY id")
    assert [tuple(b) for b in blocks] == [tuple(b) for b in batches] == [(1, 600), (2, 400)]


def test_a_personality_quiz_counts_its_outcomes_from_the_blocks(
    library, tmp_path, monkeypatch
) -> None:
    item_id = library.create_item(parse_document(PERSONALITY))
    import_responses(library, item_id, typeform_csv(tmp_path / "p.csv", PERSONALITY, 300, 5))
    expected = _rows_only(library, item_id, monkeypatch)
    passes = RowPass(monkeypatch)
    found = _stats(library, item_id)
    assert passes.calls == []
    assert found == expected
    assert sum(o["count"] for o in found["outcomes"]) > 0


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE response SET completed = 0 WHERE id = 7",
        "UPDATE response SET source = 'tiktok' WHERE id = 650",
        "DELETE FROM response WHERE id = 3",
        "DELETE FROM response WHERE id = (SELECT max(id) FROM response)",
    ],
)
def test_a_changed_row_makes_its_batch_count_row_by_row(library, quiz, monkeypatch, change) -> None:
    _sql(library, change)
    expected = _rows_only(library, quiz, monkeypatch)
    passes = RowPass(monkeypatch)
    found = _stats(library, quiz)
    assert found == expected
    [skipped] = passes.calls  # the changed batch is read row by row, the other from its block
    assert len(skipped) == 1
    assert len(_sql(library, "SELECT id FROM response_block")) == 1


def test_a_rescore_that_changes_only_scores_keeps_the_blocks(library, quiz) -> None:
    _sql(library, "UPDATE response SET score = 0, max_score = 5")
    assert len(_sql(library, "SELECT id FROM response_block")) == 2


def test_a_json_lines_import_is_coded_and_gets_its_block(
    library, quiz, monkeypatch, tmp_path
) -> None:
    digest = _sql(library, "SELECT content_hash FROM response LIMIT 1")[0][0]
    record = {
        "type": "response",
        "format_version": 1,
        "item": _sql(library, "SELECT uid FROM item WHERE id = :i", i=quiz)[0][0],
        "content_hash": digest,
        "id": "jsonl-1",
        "variant": "B",
        "submitted_at": "2026-03-20T10:00:00Z",
        "answers": {"s": "a", "m": ["p", "k"], "t": "v", "n": 9, "l": "Super"},
        "completed": True,
    }
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert import_responses(library, quiz, path).imported == 1
    [(codes,)] = _sql(library, "SELECT answer_codes FROM response WHERE response_uid = 'jsonl-1'")
    assert codes.startswith("#" + digest[:16])
    assert len(_sql(library, "SELECT id FROM response_block")) == 3
    found = _from_blocks_alone(library, quiz, monkeypatch)
    assert found["responses"] == 1001
    assert found["available"]["variants"] == ["B"]


def test_responses_outside_any_batch_are_added_row_by_row(library, quiz, monkeypatch) -> None:
    _sql(
        library,
        "INSERT INTO response (item_id, response_uid, completed, answers, source) "
        "VALUES (:i, 'direct-1', 1, '{\"s\": \"a\"}', 'kiosk')",
        i=quiz,
    )
    expected = _rows_only(library, quiz, monkeypatch)
    passes = RowPass(monkeypatch)
    found = _stats(library, quiz)
    assert passes.calls == [[1, 2]]  # both batches from their blocks, the new row by row
    assert found == expected
    assert found["responses"] == 1001


def test_a_rescore_codes_the_answers_again_and_makes_the_blocks_again(
    library, quiz, monkeypatch
) -> None:
    changed = parse_document(
        {
            **QUIZ,
            "questions": [
                {
                    **QUIZ["questions"][0],
                    "options": [
                        {"id": "a", "label": "Net Promoter Score"},
                        {"id": "b", "label": "New Product Sales", "fraction": 1},
                        {"id": "c", "label": "Ni l'un, ni l'autre"},
                    ],
                },
                *QUIZ["questions"][1:],
            ],
        }
    )
    before = _stats(library, quiz)
    with library.session() as s, s.begin():
        store.update_item(s, item=store.get_item(s, item_id=quiz), document=changed)
    rescore(library, quiz)
    assert len(_sql(library, "SELECT id FROM response_block")) == 2
    found = _from_blocks_alone(library, quiz, monkeypatch)
    assert found["score"]["mean"] != before["score"]["mean"]


def test_erasing_a_person_makes_the_blocks_again_without_them(library, quiz, monkeypatch) -> None:
    [(email, count)] = _sql(
        library,
        "SELECT email, count(*) FROM response WHERE email IS NOT NULL "
        "GROUP BY email ORDER BY count(*) DESC, email LIMIT 1",
    )
    erase_person(library, email)
    assert len(_sql(library, "SELECT id FROM response_block")) == 2
    found = _from_blocks_alone(library, quiz, monkeypatch)
    assert found["responses"] == 1000 - count


def test_removing_a_batch_removes_its_block(library, quiz, monkeypatch) -> None:
    remove_batch(library, quiz, 1)
    assert [tuple(r) for r in _sql(library, "SELECT batch_id FROM response_block")] == [(2,)]
    expected = _rows_only(library, quiz, monkeypatch)
    assert _stats(library, quiz) == expected
    assert expected["responses"] == 400


def test_an_email_key_is_the_documented_blake2b_of_the_stored_address() -> None:
    keys, has = blocks.person_keys(["léa@exemple.fr", None, "tom@exemple.fr", "léa@exemple.fr"])
    expected = hashlib.blake2b("léa@exemple.fr".encode(), digest_size=8).digest()
    assert int(keys[0]) == int.from_bytes(expected, "little")  # docs/privacy.md says so
    assert has.tolist() == [True, False, True, True]
    assert keys[0] == keys[3] != keys[2] and keys[1] == 0
    assert keys.dtype == np.uint64 and blocks.person_keys([])[0].shape == (0,)


def test_dates_are_read_as_sqlite_stores_them() -> None:
    texts = [
        "1970-01-01 00:00:00.000000",
        "2026-03-02 08:15:42.123456",
        None,
        "2000-02-29 23:59:59.999999",
    ]
    whole, micro, null = parse_dates(texts)
    assert null.tolist() == [False, False, True, False]

    def epoch(*parts: int) -> int:
        return int(datetime(*parts, tzinfo=UTC).timestamp())

    assert whole[0] == 0 and micro[0] == 0
    assert whole[1] == epoch(2026, 3, 2, 8, 15, 42) and micro[1] == 123456
    assert whole[3] == epoch(2000, 2, 29, 23, 59, 59) and micro[3] == 999999
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_dates(["2026-03-02T08:15:42Z"])
    assert np.array_equal(parse_dates([])[0], np.zeros(0))


def test_an_item_deleted_and_restored_gets_its_blocks_again(library, quiz, monkeypatch) -> None:
    before = _stats(library, quiz)
    restored = editing.restore(library, editing.delete(library, quiz))
    assert _sql(library, "SELECT count(*) FROM response_block")[0][0] == 2
    passes = RowPass(monkeypatch)
    assert _stats(library, restored) == {**before, "item": {**before["item"], "id": restored}}
    assert passes.calls == []


def test_a_block_that_cannot_be_read_is_left_to_the_row_by_row_pass(
    library, quiz, monkeypatch
) -> None:
    expected = _rows_only(library, quiz, monkeypatch)
    _sql(library, "UPDATE response_block SET data = :d WHERE batch_id = 1", d=b"npz of old")
    passes = RowPass(monkeypatch)
    assert _stats(library, quiz) == expected
    assert passes.calls == [[2]]


def _edit(library: LibraryService, item_id: int, data: dict[str, Any]) -> None:
    with library.session() as s, s.begin():
        store.update_item(s, item=store.get_item(s, item_id=item_id), document=parse_document(data))


def test_after_an_edit_the_blocks_codes_are_read_as_the_new_version_counts_them(
    library, quiz, monkeypatch
) -> None:
    """Not rescored: the responses keep the codes of the version they were given, and
    the statistics score them with the edited answer key, questions moved and added."""
    s, m, t, n, long = QUIZ["questions"]
    edited = {
        **QUIZ,
        "questions": [
            {
                **t,
                "options": [
                    {"id": "v", "label": "Vrai"},
                    {"id": "f", "label": "Faux", "fraction": 1},
                ],
            },
            {**m, "options": [*m["options"][:2], {"id": "x", "label": "Faux comptes"}]},
            s,
            {
                "id": "new",
                "type": "single_choice",
                "text": "Nouvelle ?",
                "points": 1,
                "options": [
                    {"id": "o", "label": "Oui", "fraction": 1},
                    {"id": "no", "label": "Non"},
                ],
            },
            n,
            long,
        ],
    }
    before = _stats(library, quiz)
    _edit(library, quiz, edited)
    found = _from_blocks_alone(library, quiz, monkeypatch)
    assert found["score"]["max_possible"] == 5
    assert found["score"]["mean"] != before["score"]["mean"]
    assert [q["id"] for q in found["questions"]] == ["t", "m", "s", "new", "n", "l"]
    assert found["questions"][3]["answered"] == 0  # nobody was asked the new question


def test_an_edit_the_codes_cannot_follow_is_counted_row_by_row(library, quiz, monkeypatch) -> None:
    *others, long = QUIZ["questions"]
    choice = {
        **long,
        "type": "single_choice",
        "options": [{"id": "b", "label": "Bien"}, {"id": "t", "label": "Trop long"}],
    }
    _edit(library, quiz, {**QUIZ, "questions": [*others, choice]})
    expected = _rows_only(library, quiz, monkeypatch)
    passes = RowPass(monkeypatch)
    assert _stats(library, quiz) == expected
    assert passes.calls == [[]]  # a long text's code says "answered", not which option


@pytest.mark.parametrize(
    "filters",
    [
        {"duplicate_policy": "first_per_email"},
        {"duplicate_policy": "last_per_email"},
        {"duplicate_policy": "first_per_email", "since": "2026-03-20", "source": "instagram"},
    ],
)
def test_a_policy_decided_in_python_keeps_whom_the_sql_window_keeps(
    library, quiz, monkeypatch, filters
) -> None:
    with monkeypatch.context() as m:
        from_rows = RowDecision(m)
        decided = _stats(library, quiz, **filters)  # from the blocks' e-mail keys
        assert from_rows.calls == 0  # no address was read from the rows
    assert _decided_three_ways(library, quiz, monkeypatch, **filters) == decided
    assert decided["responses"] < _stats(library, quiz)["responses"]  # some were left out


class RowDecision:
    """Counts the duplicate policies decided by reading the rows' addresses."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        real = Filters.with_duplicates_decided

        def spy(filters: Filters, connection: Any) -> Filters:
            self.calls += 1
            return real(filters, connection)

        monkeypatch.setattr(Filters, "with_duplicates_decided", spy)


def _decided_three_ways(library, item_id, monkeypatch, **filters) -> dict[str, Any]:
    """The statistics with the policy decided from the blocks' keys, by SQL's window
    query (nothing decided beforehand), and from the rows alone: all the same."""
    decided = _stats(library, item_id, **filters)
    with monkeypatch.context() as m:
        m.setattr(statistics, "with_duplicates_decided", lambda connection, f, blocks=None: f)
        by_window = _stats(library, item_id, **filters)
    assert decided == by_window == _rows_only(library, item_id, monkeypatch, **filters)
    return decided


@pytest.mark.parametrize("policy", ["first_per_email", "last_per_email"])
def test_a_policy_over_blocks_and_other_rows_together(library, quiz, monkeypatch, policy):
    """Rows outside any batch: the same people as in the blocks, earlier and later, one
    never submitted (a missing time comes first), one address of their own."""
    email, when = _sql(
        library, "SELECT email, submitted_at FROM response WHERE email IS NOT NULL LIMIT 1"
    )[0]
    rows = [
        ("direct-1", email, "2020-01-01 00:00:00.000000", 1),
        ("direct-2", email, "2099-01-01 00:00:00.000000", 1),
        ("direct-3", email, None, 0),
        ("direct-4", "only.here@example.org", when, 1),
    ]
    for uid, address, submitted, done in rows:
        _sql(
            library,
            "INSERT INTO response (item_id, response_uid, completed, answers, source, email, "
            "submitted_at) VALUES (:i, :u, :c, '{\"s\": \"a\"}', 'kiosk', :e, :t)",
            i=quiz,
            u=uid,
            c=done,
            e=address,
            t=submitted,
        )
    with monkeypatch.context() as m:
        from_rows = RowDecision(m)
        _stats(library, quiz, duplicate_policy=policy)
        assert from_rows.calls == 0
    found = _decided_three_ways(library, quiz, monkeypatch, duplicate_policy=policy)
    everyone = _stats(library, quiz)
    assert found["responses"] < everyone["responses"] == 1004


def test_a_date_stored_otherwise_leaves_the_policy_to_sqls_window(library, quiz, monkeypatch):
    email = _sql(library, "SELECT email FROM response WHERE email IS NOT NULL LIMIT 1")[0][0]
    _sql(
        library,
        "INSERT INTO response (item_id, response_uid, completed, answers, source, email, "
        "submitted_at) VALUES (:i, 'odd-date', 1, '{\"s\": \"a\"}', 'kiosk', :e, "
        "'2020-01-01T00:00:00')",
        i=quiz,
        e=email,
    )
    found = _decided_three_ways(library, quiz, monkeypatch, duplicate_policy="first_per_email")
    assert found["responses"] < _stats(library, quiz)["responses"]


def test_blocks_made_before_the_email_keys_decide_from_the_rows(library, quiz, monkeypatch):
    for batch_id, part, data in _sql(library, "SELECT batch_id, part, data FROM response_block"):
        arrays = blocks.read_part(data)
        digest, tables = arrays.pop("digest"), arrays.pop("tables")
        for name in ("person", "has_email", "submitted_null"):
            del arrays[name]
        old = blocks._pack({"format": blocks.FORMAT, "digest": digest, "tables": tables}, arrays)
        _sql(
            library,
            "UPDATE response_block SET data = :d WHERE batch_id = :b AND part = :p",
            d=old,
            b=batch_id,
            p=part,
        )
    with monkeypatch.context() as m:
        from_rows = RowDecision(m)
        passes = RowPass(m)
        decided = _stats(library, quiz, duplicate_policy="first_per_email")
        assert from_rows.calls == 1 and passes.calls == []  # still counted from the blocks
    assert _decided_three_ways(library, quiz, monkeypatch, duplicate_policy="first_per_email") == (
        decided
    )


def _general_codes(texts, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(blocks, "_uniform_codes", lambda texts, n: None)
        return blocks._codes(texts, len(texts))


PREFIX = "#" + "ab12" * 4  # "#" and 16 hex digits, as a codes text begins


@pytest.mark.parametrize(
    ("texts", "uniform"),
    [
        ([PREFIX + "1203", PREFIX + "0010", PREFIX + "9:;0"], True),  # the usual part
        ([PREFIX + "1203", None, PREFIX + "0010"], False),  # a row without codes
        ([PREFIX + "1234", PREFIX + "12", PREFIX + "123456"], False),  # as long together
        ([PREFIX + "1203", "#" + "cd34" * 4 + "0010"], False),  # another document's codes
        ([PREFIX, PREFIX], False),  # a prefix and no code
        ([], False),
    ],
)
def test_the_codes_of_a_uniform_part_are_those_of_the_general_reading(
    texts, uniform, monkeypatch
) -> None:
    """The one-look reading of a part's codes (every row coded alike) gives what the
    row-aware reading gives, and stands aside whenever the rows differ."""
    assert (blocks._uniform_codes(texts, len(texts)) is not None) == uniform
    got = blocks._codes(texts, len(texts))
    expected = _general_codes(texts, monkeypatch)
    assert got[0] == expected[0]
    assert np.array_equal(got[1], expected[1]) and got[1].dtype == expected[1].dtype
    assert np.array_equal(got[2], expected[2])
