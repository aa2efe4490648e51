"""A person's data in response packs (``store.packs``): found, exported, erased and
purged as in rows. Each test builds the same library twice, packs one of them, and
compares what each feature gives and what each library stores afterwards."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from quizbuilder.services import privacy
from quizbuilder.services.library import LibraryService
from quizbuilder.services.responses import import_jsonl
from quizbuilder.store import packs
from quizbuilder.store.tables import ContestCommit, ContestDraw, ContestExclusion
from tests.helpers.documents import document
from tests.helpers.packing import pack_all, packed_rows
from tests.unit.services.test_privacy import (
    CERTIFICATE,
    NOW,
    ZOE,
    ago,
    consent,
    holds,
    line,
    raw_library,
    with_retention,
    write_lines,
)

# built in rows by the imports, then packed: each feature compared on both
pytestmark = pytest.mark.usefixtures("imports_write_rows")

# an address with LIKE's wildcards and a non-ASCII letter, which LIKE does not fold
ELOISE = "éloïse_50%@exemple.fr"
STORED = ("item_id", "batch_id", *packs.COLUMNS)


def first_batch(contest: str, poll: str) -> list[dict[str, Any]]:
    """``test_privacy``'s answers: Zoé in both items, Tom naming her, and Ana."""
    return [
        line(
            contest,
            "c-zoe",
            lead={
                "email": "  Zoe.Marchand@Exemple.FR ",
                "first_name": "Zoéline",
                "last_name": "Quintrec-Vasseur",
            },
            consents=[consent(), {**consent("2026-11"), "id": "newsletter", "given": False}],
            respondent="tok-zoe",
        ),
        line(
            contest,
            "c-tom",
            lead={"email": "tom@exemple.fr", "first_name": "Tom", "parrain": ZOE},
            consents=[consent()],
        ),
        line(poll, "p-zoe", answers={"reseau": "insta"}, lead={"courriel": ZOE.upper()}),
        line(poll, "p-ana", answers={"reseau": "tiktok"}, lead={"email": "ana@exemple.fr"}),
    ]


def second_batch(contest: str, poll: str) -> list[dict[str, Any]]:
    """Later answers whose order by date is not their order by id, and leads that name
    Éloïse in ways LIKE finds and does not find."""
    undated = line(contest, "c-zoe-undated", lead={"email": ZOE})
    del undated["submitted_at"]
    return [
        line(contest, "c-zoe-early", lead={"email": ZOE}, submitted_at="2026-11-01T08:00:00Z"),
        undated,
        line(contest, "c-mia", lead={"email": "mia@exemple.fr", "amie": f" {ZOE.title()} "}),
        line(poll, "p-eloise", answers={"reseau": "insta"}, lead={"email": ELOISE.upper()}),
        # ASCII capitals only: LIKE finds it, a mention
        line(poll, "p-max", lead={"email": "max@exemple.fr", "amie": "éloïse_50%@EXEMPLE.FR"}),
        # an É: LIKE does not fold it, so nobody finds this mention (on rows as in packs)
        line(poll, "p-tim", lead={"email": "tim@exemple.fr", "amie": "ÉLOÏSE_50%@EXEMPLE.FR"}),
        # the wildcards are letters of the address: this lead does not name her
        line(poll, "p-leon", lead={"email": "léon@exemple.fr", "amie": "éloïseX50Y@exemple.fr"}),
        # e-mails only in the e-mail column, written as no import writes them now (below)
        line(poll, "p-lou", lead={"prenom": "Lou"}),
        line(poll, "p-noe", lead={"prenom": "Noé"}),
    ]


def build(library: LibraryService, tmp_path: Path) -> dict[str, int]:
    """A contest and a poll with two batches, exclusions and a draw; by name, item ids."""
    contest, poll = "a" * 32, "b" * 32  # each library's ids the same: one order of imports
    items = {"contest": library.create_item(document("contest"), contest)}
    items["poll"] = library.create_item(document("poll"), poll)
    tmp_path.mkdir(exist_ok=True)
    for k, rows in enumerate((first_batch(contest, poll), second_batch(contest, poll))):
        report = import_jsonl(library, write_lines(tmp_path / f"answers{k}.jsonl", rows))
        assert (report.added, report.rejected) == (len(rows), [])
    with library.session() as s, s.begin():
        for entry, reason in (("c-zoe", "two accounts"), ("c-tom", "staff member")):
            s.add(
                ContestExclusion(
                    item_id=items["contest"], entry=entry, reason=reason, created_at=NOW
                )
            )
        commit = ContestCommit(
            item_id=items["contest"],
            secret_seed="ab" * 32,
            commitment="cd" * 32,
            rules_hash="ef" * 32,
            algorithm="test",
        )
        s.add(commit)
        s.flush()
        assert commit.id is not None
        s.add(ContestDraw(item_id=items["contest"], commit_id=commit.id, certificate=CERTIFICATE))
    with library.engine.begin() as c:
        # trim takes off spaces only: Lou is found, Noé (after a tab) is not
        for uid, email in (("p-lou", "  LOU@exemple.fr"), ("p-noe", "\tnoe@exemple.fr")):
            c.exec_driver_sql("UPDATE response SET email = ? WHERE response_uid = ?", (email, uid))
    return items


@pytest.fixture
def twins(tmp_path: Path) -> Iterator[tuple[LibraryService, LibraryService]]:
    """The same library twice: in rows, and in packs."""
    opened = []
    for name in ("rows", "packed"):
        library = LibraryService.open(tmp_path / f"{name}.sqlite")
        opened.append(library)
        build(library, tmp_path / name)
    in_rows, in_packs = opened
    assert pack_all(in_packs) == 13
    assert packed_rows(in_packs) == 13 and not count_rows(in_packs)
    yield in_rows, in_packs
    for library in opened:
        library.close()


def count_rows(library: LibraryService) -> int:
    with library.engine.connect() as c:
        return int(c.exec_driver_sql("SELECT count(*) FROM response").scalar_one())


def stored(library: LibraryService) -> list[tuple[Any, ...]]:
    """Every response, from rows and from packs, by id."""
    with library.engine.connect() as c:
        rows = [tuple(r) for r in c.exec_driver_sql(f"SELECT {', '.join(STORED)} FROM response")]
        return sorted([*rows, *packs.rows(c, STORED)], key=lambda r: r[STORED.index("id")])


def candidates(library: LibraryService, email: str) -> list[tuple[Any, ...]]:
    with library.engine.connect() as c:
        return [tuple(r) for r in privacy._candidates(c, email)]


# --- find and export -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "address", [ZOE, ELOISE, "lou@exemple.fr", "noe@exemple.fr", "nobody@exemple.fr"]
)
def test_packed_rows_are_found_as_rows_are(twins, address: str) -> None:
    in_rows, in_packs = twins
    assert privacy.find_person(in_packs, address) == privacy.find_person(in_rows, address)


def test_the_candidates_are_the_same_rows_in_the_same_order_with_the_same_types(twins) -> None:
    in_rows, in_packs = twins
    for address in (ZOE, ELOISE, "lou@exemple.fr"):
        expected = candidates(in_rows, address)
        assert expected and candidates(in_packs, address) == expected
        assert [[type(v) for v in r] for r in candidates(in_packs, address)] == [
            [type(v) for v in r] for r in expected
        ]
    # by item, then date (undated first), then id: not the order of the ids
    uids = [r[3] for r in candidates(in_packs, ZOE)]
    assert uids == ["c-zoe-undated", "c-zoe-early", "c-zoe", "c-tom", "c-mia", "p-zoe"]
    # LIKE folds ASCII only (not É), and the address's _ and % are no wildcards
    assert [r[3] for r in candidates(in_packs, ELOISE)] == ["p-eloise", "p-max"]
    # trim takes off spaces, not a tab
    assert [r[3] for r in candidates(in_packs, "lou@exemple.fr")] == ["p-lou"]
    assert candidates(in_packs, "noe@exemple.fr") == candidates(in_rows, "noe@exemple.fr") == []


def test_rows_and_packs_together_are_found_in_one_order(twins, tmp_path) -> None:
    in_rows, _ = twins
    mixed = LibraryService.open(tmp_path / "mixed.sqlite")
    try:
        build(mixed, tmp_path / "mixed")
        with mixed.engine.begin() as c:  # the second file only: the first stays in rows
            sql = "SELECT id FROM import_batch WHERE file_name = 'answers1.jsonl'"
            assert sum(packs.pack_batch(c, b) for b in c.exec_driver_sql(sql).scalars()) == 9
        assert count_rows(mixed) == 4
        assert candidates(mixed, ZOE) == candidates(in_rows, ZOE)
        assert privacy.find_person(mixed, ZOE) == privacy.find_person(in_rows, ZOE)
    finally:
        mixed.close()


def test_the_export_of_packed_rows_is_the_same_document(twins, tmp_path) -> None:
    documents = []
    for library, name in zip(twins, ("rows", "packed"), strict=True):
        path = tmp_path / f"{name}.json"
        person = privacy.export_person(library, ZOE, path)
        assert person.responses == 4 and person.mentions == 2
        doc = json.loads(path.read_text(encoding="utf-8"))
        del doc["exported_at"]
        documents.append(doc)
    assert documents[0] == documents[1]
    [entry] = [r for r in documents[1]["items"][0]["responses"] if r["id"] == "c-zoe"]
    assert entry["lead"]["last_name"] == "Quintrec-Vasseur" and entry["draws"] == [1]


# --- erase -----------------------------------------------------------------------------------


def packed_values(library: LibraryService) -> list[Any]:
    """Every value of every pack, read back from the packs themselves."""
    with library.engine.connect() as c:
        return [v for _, table in packs.tables(c, packs.COLUMNS) for v in table.to_pylist()]


def test_an_erasure_in_packs_leaves_what_it_leaves_in_rows(twins) -> None:
    in_rows, in_packs = twins
    before = stored(in_packs)
    reports = [privacy.erase_person(library, ZOE) for library in twins]
    assert reports[1].removed == reports[0].removed and reports[1].compacted
    assert stored(in_packs) == stored(in_rows)
    assert not count_rows(in_packs)  # the packs were written again, not unpacked
    uids = [r[STORED.index("response_uid")] for r in stored(in_packs)]
    assert len(uids) == len(before) - 4 and not any(u.endswith("zoe") for u in uids)
    leads = {r[STORED.index("response_uid")]: r[STORED.index("lead")] for r in stored(in_packs)}
    assert json.loads(leads["c-tom"]) == {"email": "tom@exemple.fr", "first_name": "Tom"}
    assert json.loads(leads["c-mia"]) == {"email": "mia@exemple.fr"}


def test_an_erased_person_is_gone_from_the_packs_and_from_the_file(twins) -> None:
    _, in_packs = twins
    secrets_of_zoe = [ZOE, "Zoéline", "Quintrec-Vasseur", "tok-zoe"]
    text = json.dumps(packed_values(in_packs), ensure_ascii=False).lower()
    assert all(s.lower() in text for s in secrets_of_zoe)  # the test can see them
    old = pack_data(in_packs)
    assert all(data in raw_library(in_packs) for data in old)  # small: each in one page
    privacy.erase_person(in_packs, ZOE)
    text = json.dumps(packed_values(in_packs), ensure_ascii=False).lower()
    assert [s for s in secrets_of_zoe if s.lower() in text] == []
    raw = raw_library(in_packs)
    assert [s for s in secrets_of_zoe if holds(raw, s)] == []
    # no pack as it was is left in a free page or in the log: only the packs there are now
    now = pack_data(in_packs)
    rewritten = [data for data in old if data not in now]
    assert len(rewritten) == 3 and not any(data in raw for data in rewritten)
    assert raw.count(packs.FORMAT) == len(now)


def pack_data(library: LibraryService) -> list[bytes]:
    with library.engine.connect() as c:
        return list(c.exec_driver_sql("SELECT data FROM response_pack").scalars())


def test_an_erasure_of_a_packed_mention_only_rewrites_its_lead(twins) -> None:
    in_rows, in_packs = twins
    for library in twins:
        report = privacy.erase_person(library, ELOISE)
        assert (report.removed.responses, report.removed.mentions) == (1, 1)
    assert stored(in_packs) == stored(in_rows)
    leads = {r[STORED.index("response_uid")]: r[STORED.index("lead")] for r in stored(in_packs)}
    assert "p-eloise" not in leads
    assert json.loads(leads["p-max"]) == {"email": "max@exemple.fr"}
    # the mention LIKE cannot see stays, as it does in rows
    assert json.loads(leads["p-tim"])["amie"] == "ÉLOÏSE_50%@EXEMPLE.FR"


def test_the_statistics_blocks_are_rebuilt_from_the_packs(twins) -> None:
    def block_rows(library: LibraryService) -> list[tuple[Any, ...]]:
        with library.engine.connect() as c:
            sql = "SELECT item_id, batch_id, part, rows, first_id, last_id FROM response_block"
            return [tuple(r) for r in c.exec_driver_sql(sql + " ORDER BY item_id, batch_id")]

    for library in twins:
        privacy.erase_person(library, ZOE)
    assert block_rows(twins[1]) == block_rows(twins[0])


# --- purge -----------------------------------------------------------------------------------


def retention_library(library: LibraryService, tmp_path: Path) -> dict[str, int]:
    """Items kept 30 days, 365 days and forever, with answers of every age; by name, ids."""
    uid = {"month": "a" * 32, "year": "b" * 32, "forever": "c" * 32}
    items = {
        "month": library.create_item(with_retention("poll", 30), uid["month"]),
        "year": library.create_item(with_retention("poll", 365), uid["year"]),
        "forever": library.create_item(with_retention("poll", None), uid["forever"]),
    }

    def person(item: str, rid: str, days: int | None, **extra: Any) -> dict[str, Any]:
        values: dict[str, Any] = {
            "answers": {"reseau": "insta"},
            "submitted_at": ago(days) if days is not None else None,
            "lead": {"email": f"{rid}@exemple.fr", "first_name": f"Name{rid}"},
            "consents": [consent()],
            "respondent": f"tok-{rid}",
            "context": {"utm_source": "insta", "ip": "203.0.113.7", "user_agent": "Firefox"},
        }
        found = line(uid[item], rid, **{**values, **extra})
        if days is None:
            del found["submitted_at"]
        return {k: v for k, v in found.items() if v is not None}

    partial = person("month", "m-partial", None, completed=False, started_at=ago(45))
    batches = [
        [
            person("month", "m-old", 31),
            person("month", "m-new", 29),
            person("year", "y-old", 366),
            person("year", "y-mid", 31),
            person("forever", "f-old", 3000),
        ],
        [
            partial,
            person("month", "m-undated", None),  # its age runs from its import
            person("month", "m-bare", 90, lead=None, consents=None, respondent=None),
            line(uid["month"], "m-kept", submitted_at=ago(90), context={"utm_source": "x"}),
        ],
    ]
    tmp_path.mkdir(exist_ok=True)
    for k, rows in enumerate(batches):
        import_jsonl(library, write_lines(tmp_path / f"r{k}.jsonl", rows))
    return items


@pytest.fixture
def retention_twins(tmp_path: Path) -> Iterator[tuple[LibraryService, LibraryService]]:
    opened = []
    for name in ("rows", "packed"):
        library = LibraryService.open(tmp_path / f"{name}.sqlite")
        opened.append(library)
        retention_library(library, tmp_path / name)
    assert pack_all(opened[1]) == 9 and not count_rows(opened[1])
    yield opened[0], opened[1]
    for library in opened:
        library.close()


@pytest.mark.parametrize("now", [NOW, NOW + timedelta(days=400)])
def test_a_purge_in_packs_leaves_what_it_leaves_in_rows(retention_twins, now) -> None:
    in_rows, in_packs = retention_twins
    expected = privacy.purge_expired(in_rows, now=now)
    report = privacy.purge_expired(in_packs, now=now)
    assert report.as_dict() == expected.as_dict() and report.purged == expected.purged > 0
    assert stored(in_packs) == stored(in_rows)
    assert not count_rows(in_packs)
    assert privacy.purge_expired(in_packs, now=now).purged == 0  # nothing left to purge


def test_purged_data_is_gone_from_the_packs(retention_twins) -> None:
    _, in_packs = retention_twins
    report = privacy.purge_expired(in_packs, now=NOW)
    assert [(i.retention_days, i.purged) for i in report.items] == [(30, 3), (365, 1)]
    with in_packs.engine.connect() as c:
        table = [
            dict(zip(packs.COLUMNS, r, strict=True))
            for _, t in packs.tables(c, packs.COLUMNS)
            for r in zip(*t.to_pydict().values(), strict=True)
        ]
    row = {r["response_uid"]: r for r in table}
    for uid in ("m-old", "y-old", "m-partial", "m-bare"):
        gone = [row[uid][c] for c in ("email", "lead", "consents", "respondent")]
        assert gone == [None] * 4, uid
        assert json.loads(row[uid]["context"]) == {"utm_source": "insta"}
        assert json.loads(row[uid]["answers"]) == {"reseau": "insta"}
        personal = (f"{uid}@exemple.fr", f"Name{uid}", f"tok-{uid}")
        assert not any(text in json.dumps(table) for text in personal), uid
    assert row["m-kept"]["context"] == '{"utm_source":"x"}'  # nothing personal: as written
    for uid in ("m-new", "y-mid", "f-old", "m-undated"):  # not expired (m-undated: its import)
        assert (row[uid]["email"], row[uid]["respondent"]) == (f"{uid}@exemple.fr", f"tok-{uid}")
        assert json.loads(row[uid]["context"])["ip"] == "203.0.113.7"
