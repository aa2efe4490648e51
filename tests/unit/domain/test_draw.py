"""The contest draw against its specification (docs/draw.md) and its test vectors.

Expected values come from three places, never from the module's own output: the
vectors printed in docs/draw.md (so the page cannot drift from the code), the condensed
reference implementation printed on that page (run here, a second implementation), and
hashlib computations written out in the tests.
"""

from __future__ import annotations

import ast
import hashlib
import inspect
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizbuilder.domain import draw
from quizbuilder.domain.draw import DrawError
from quizbuilder.domain.errors import QuizbuilderError

DOC = Path(__file__).resolve().parents[3] / "docs" / "draw.md"
DRAWN_AT = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


# --- reading docs/draw.md -------------------------------------------------------------------


@cache
def vectors() -> dict[str, Any]:
    text = DOC.read_text(encoding="utf-8")
    found = re.findall(r"<!-- vector: (\w+) -->\n```json\n(.*?)\n```", text, re.S)
    return {name: json.loads(body) for name, body in found}


@cache
def reference() -> dict[str, Any]:
    """The condensed Python implementation printed in the doc, run as written."""
    text = DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)\n```", text, re.S)
    assert len(blocks) == 1
    namespace: dict[str, Any] = {}
    exec(compile(blocks[0], str(DOC), "exec"), namespace)
    return namespace


def weights_of(entries: list[str] | dict[str, int]) -> dict[str, int]:
    return dict(entries) if isinstance(entries, dict) else dict.fromkeys(entries, 1)


def test_the_doc_holds_every_vector() -> None:
    assert set(vectors()) == {
        "commitment",
        "entries_hash",
        "entries_preimage",
        "draw_seed",
        "generator",
        "rejection",
        "shuffle_trace",
        "draw",
        "certificate",
    }


# --- the vectors, against the module and against the doc's reference code --------------------


@pytest.mark.parametrize("impl", ["module", "reference"])
def test_commitment_vectors(impl: str) -> None:
    compute = draw.commitment if impl == "module" else reference()["commitment"]
    for v in vectors()["commitment"]:
        got = compute(
            v["secret_seed"], v["rules_hash"], algorithm=v["algorithm"], beacon=v["beacon"]
        )
        assert got == v["commitment"]


@pytest.mark.parametrize("impl", ["module", "reference"])
def test_entries_hash_vectors(impl: str) -> None:
    for v in vectors()["entries_hash"]:
        if impl == "module":
            assert draw.entries_hash(v["entries"]) == v["entries_hash"]
        else:
            assert reference()["entries_hash"](weights_of(v["entries"])) == v["entries_hash"]


def test_entries_preimage_is_spelled_out_byte_by_byte() -> None:
    v = vectors()["entries_preimage"]
    tag = b"quizbuilder-draw/entries"
    expected = (
        len(tag).to_bytes(8, "big")
        + tag
        + (1).to_bytes(8, "big")  # one entry
        + (5).to_bytes(8, "big")
        + b"alice"
        + (1).to_bytes(8, "big")  # weight 1
    )
    assert bytes.fromhex(v["preimage"]) == expected
    assert hashlib.sha256(expected).hexdigest() == v["entries_hash"]
    assert draw.entries_hash(v["entries"]) == v["entries_hash"]


@pytest.mark.parametrize("impl", ["module", "reference"])
def test_draw_seed_vectors(impl: str) -> None:
    compute = draw.draw_seed if impl == "module" else reference()["draw_seed"]
    for v in vectors()["draw_seed"]:
        assert (
            compute(v["secret_seed"], v["entries_hash"], v["beacon_value"]).hex() == v["draw_seed"]
        )


def test_generator_blocks_and_draws() -> None:
    v = vectors()["generator"]
    seed = bytes.fromhex(v["seed"])
    for counter, block in enumerate(v["blocks"]):
        assert hashlib.sha256(seed + counter.to_bytes(8, "big")).hexdigest() == block
    gen = draw.CounterGenerator(seed)
    ref = reference()["Generator"](seed)
    for n, value in v["below"]:
        assert gen.below(n) == value
        assert ref.below(n) == value
    # The worked example of the doc, by hand from the first block's bytes.
    first = bytes.fromhex(v["blocks"][0])
    assert v["below"][0] == [10, first[0] & 0x0F]
    assert first[1] & 0x0F >= 10  # rejected ...
    assert v["below"][1] == [10, first[2] & 0x0F]  # ... so the next byte is used


def test_rejection_vector_reads_the_next_bytes() -> None:
    v = vectors()["rejection"]
    seed = bytes.fromhex(v["seed"])
    stream = hashlib.sha256(seed + bytes(8)).digest()
    assert stream[:2].hex() == v["first_bytes"]
    assert stream[0] & 3 == 3  # the first try is out of range for n = 3
    gen = draw.CounterGenerator(seed)
    assert gen.below(v["n"]) == v["below"] == stream[1] & 3
    assert gen.read(1) == stream[2:3]  # exactly two bytes were used


def test_shuffle_trace_step_by_step() -> None:
    v = vectors()["shuffle_trace"]
    seed = bytes.fromhex(vectors()["generator"]["seed"])
    tickets = list(v["sorted"])
    assert tickets == sorted(tickets, key=lambda i: i.encode("utf-8"))
    gen = draw.CounterGenerator(seed)
    for i, n, j in v["steps"]:
        assert n == len(tickets) - i
        assert j == i + gen.below(n)
        tickets[i], tickets[j] = tickets[j], tickets[i]
    assert tickets == v["result"]
    assert draw.rank(v["sorted"], seed) == v["result"]


@pytest.mark.parametrize("impl", ["module", "reference"])
def test_draw_vectors(impl: str) -> None:
    for v in vectors()["draw"]:
        want = v["expected"]
        if impl == "module":
            result = draw.run_draw(
                v["entries"],
                secret_seed=v["secret_seed"],
                winners=v["winners"],
                alternates=v["alternates"],
                beacon_value=v["beacon_value"],
            )
            got = {
                "entries_hash": result.entries_hash,
                "draw_seed": result.draw_seed,
                "ranking": result.ranking,
                "winners": result.winners,
                "alternates": result.alternates,
            }
        else:
            ref = reference()
            weights = weights_of(v["entries"])
            digest = ref["entries_hash"](weights)
            seed = ref["draw_seed"](v["secret_seed"], digest, v["beacon_value"])
            ranking = ref["rank"](weights, seed)
            w, a = v["winners"], v["alternates"]
            got = {
                "entries_hash": digest,
                "draw_seed": seed.hex(),
                "ranking": ranking,
                "winners": ranking[:w],
                "alternates": ranking[w : w + a],
            }
        assert got == want


def test_certificate_vector_is_reproduced_and_verifies() -> None:
    v = vectors()["certificate"]
    cert = v["certificate"]
    entries = vectors()["draw"][0]["entries"]
    result = draw.run_draw(
        entries,
        secret_seed=cert["secret_seed"],
        winners=cert["winners_requested"],
        alternates=cert["alternates_requested"],
        beacon_value=cert["beacon_value"],
    )
    made = draw.make_certificate(
        result,
        secret_seed=cert["secret_seed"],
        rules_hash=cert["rules_hash"],
        commitment_hex=vectors()["commitment"][1]["commitment"],
        beacon=cert["beacon"],
        beacon_value=cert["beacon_value"],
        pseudonyms=v["pseudonyms"],
        drawn_at=datetime.fromisoformat(cert["drawn_at"]),
        contest=cert["contest"],
    )
    sub = cert["substitutions"][0]
    made = draw.add_substitution(
        made, replaced=sub["replaced"], reason=sub["reason"], at=datetime.fromisoformat(sub["at"])
    )
    assert made == cert
    assert draw.verify_certificate(cert, entries) == []
    assert draw.verify_certificate(cert) == []


# --- properties ---------------------------------------------------------------------------

ids = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1)
weighted = st.dictionaries(ids, st.integers(min_value=1, max_value=4), min_size=1, max_size=12)
seeds = st.binary(min_size=1, max_size=40)


@given(entries=st.lists(ids, min_size=1, max_size=40, unique=True), seed=seeds)
def test_ranking_is_a_deterministic_permutation(entries: list[str], seed: bytes) -> None:
    ranking = draw.rank(entries, seed)
    assert sorted(ranking) == sorted(entries)
    assert draw.rank(list(reversed(entries)), seed) == ranking  # the input order is irrelevant
    assert draw.rank(dict.fromkeys(entries, 1), seed) == ranking  # weight 1 is no weight


@given(entries=weighted, seed=seeds)
def test_weighted_ranking_matches_the_reference(entries: dict[str, int], seed: bytes) -> None:
    ranking = draw.rank(entries, seed)
    assert sorted(ranking) == sorted(entries)  # each person once, whatever their tickets
    assert ranking == reference()["rank"](entries, seed)


@settings(max_examples=30)
@given(size=st.integers(min_value=1, max_value=3000), seed=seeds)
def test_fast_shuffle_equals_the_generator_one_call_at_a_time(size: int, seed: bytes) -> None:
    """Large enough to cross block refills and several powers of two."""
    entries = [f"e{i:05d}" for i in range(size)]
    gen = draw.CounterGenerator(seed)
    tickets = list(entries)
    for i in range(size - 1):
        j = i + gen.below(size - i)
        tickets[i], tickets[j] = tickets[j], tickets[i]
    assert draw.rank(entries, seed) == tickets


@given(
    entries=st.lists(ids, min_size=1, max_size=15, unique=True),
    secret=st.binary(min_size=32, max_size=32),
    winners=st.integers(min_value=1, max_value=20),
    alternates=st.integers(min_value=0, max_value=20),
)
def test_winners_then_alternates_cover_the_ranking(
    entries: list[str], secret: bytes, winners: int, alternates: int
) -> None:
    result = draw.run_draw(
        entries, secret_seed=secret.hex(), winners=winners, alternates=alternates
    )
    assert result.winners + result.alternates == result.ranking[: winners + alternates]
    assert len(result.winners) == min(winners, len(entries))
    assert result.missing_winners == max(0, winners - len(entries))


def test_more_prizes_than_entries_everyone_wins() -> None:
    secret = bytes(32).hex()
    result = draw.run_draw(["a", "b"], secret_seed=secret, winners=5, alternates=3)
    assert sorted(result.winners) == ["a", "b"]
    assert result.alternates == []
    assert result.missing_winners == 3 and result.missing_alternates == 3
    assert draw.run_draw(["only"], secret_seed=secret, winners=1, alternates=0).winners == ["only"]


# --- the generator and fairness --------------------------------------------------------------


def test_below_reads_across_block_boundaries() -> None:
    seed = b"boundary"
    stream = b"".join(hashlib.sha256(seed + c.to_bytes(8, "big")).digest() for c in range(3))
    gen = draw.CounterGenerator(seed)
    assert gen.read(31) == stream[:31]
    value = int.from_bytes(stream[31:33], "big") & 0xFFFF  # below(65536): 16 bits, no rejection
    assert gen.below(65536) == value
    assert gen.read(40) == stream[33:73]


def test_below_powers_of_two_never_reject_and_one_reads_nothing() -> None:
    seed = b"powers"
    stream = hashlib.sha256(seed + bytes(8)).digest()
    gen = draw.CounterGenerator(seed)
    assert gen.below(1) == 0
    assert gen.below(256) == stream[0]
    assert gen.below(2) == stream[1] & 1
    assert gen.below(4) == stream[2] & 3


def chi_square_threshold(df: int, p: float = 0.001) -> float:
    """The x with P(chi2_df > x) = p, for an even df, where the tail has a closed form."""
    assert df % 2 == 0

    def tail(x: float) -> float:
        half = x / 2
        return math.exp(-half) * sum(half**k / math.factorial(k) for k in range(df // 2))

    low, high = 0.0, 1000.0
    for _ in range(200):
        mid = (low + high) / 2
        low, high = (mid, high) if tail(mid) > p else (low, mid)
    return low


def chi_square(counts: Mapping[Any, int], expected: Mapping[Any, float]) -> float:
    return sum((counts.get(k, 0) - e) ** 2 / e for k, e in expected.items())


def test_chi_square_threshold_matches_the_tables() -> None:
    assert chi_square_threshold(2) == pytest.approx(13.816, abs=1e-3)
    assert chi_square_threshold(4) == pytest.approx(18.467, abs=1e-3)
    assert chi_square_threshold(6) == pytest.approx(22.458, abs=1e-3)


def seed_number(k: int) -> bytes:
    return hashlib.sha256(f"fairness {k}".encode()).digest()


def test_first_place_is_uniform_over_many_seeds() -> None:
    entries = ["a", "b", "c", "d", "e"]
    runs = 5000
    counts = Counter(draw.rank(entries, seed_number(k))[0] for k in range(runs))
    expected = dict.fromkeys(entries, runs / 5)
    assert chi_square(counts, expected) < chi_square_threshold(df=4)


def test_below_is_uniform_with_rejections() -> None:
    gen = draw.CounterGenerator(b"uniform below 7")
    runs = 7000
    counts = Counter(gen.below(7) for _ in range(runs))
    assert set(counts) == set(range(7))
    assert chi_square(counts, dict.fromkeys(range(7), runs / 7)) < chi_square_threshold(df=6)


def test_a_biased_generator_would_fail_the_test() -> None:
    """The test has teeth: a first place that is never 'e' is far above the threshold."""
    counts = Counter({"a": 1250, "b": 1250, "c": 1250, "d": 1250})
    assert chi_square(counts, dict.fromkeys("abcde", 1000)) > chi_square_threshold(df=4)


WEIGHTS = {"a": 1, "b": 1, "c": 2, "d": 3, "e": 5}


def test_weighted_first_place_is_proportional_to_tickets() -> None:
    runs = 5000
    total = sum(WEIGHTS.values())
    counts = Counter(draw.rank(WEIGHTS, seed_number(k))[0] for k in range(runs))
    expected = {i: runs * w / total for i, w in WEIGHTS.items()}
    assert chi_square(counts, expected) < chi_square_threshold(df=4)


def test_weighted_second_place_is_sampling_without_replacement() -> None:
    runs = 5000
    total = sum(WEIGHTS.values())
    # P(second = j) = sum over i != j of P(first = i) * w_j / (tickets left without i)
    expected = {
        j: runs * sum(wi / total * wj / (total - wi) for i, wi in WEIGHTS.items() if i != j)
        for j, wj in WEIGHTS.items()
    }
    assert sum(expected.values()) == pytest.approx(runs)
    counts = Counter(draw.rank(WEIGHTS, seed_number(k))[1] for k in range(runs))
    assert chi_square(counts, expected) < chi_square_threshold(df=4)


# --- no `random`, ever ---------------------------------------------------------------------


def test_the_module_imports_only_what_the_spec_allows() -> None:
    tree = ast.parse(inspect.getsource(draw))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    assert "random" not in imported
    assert imported <= {
        "__future__",
        "copy",
        "hashlib",
        "json",
        "secrets",
        "collections.abc",
        "dataclasses",
        "datetime",
        "typing",
        "quizbuilder.domain.errors",
    }
    assert "random." not in inspect.getsource(draw)


# --- seeds, commitment, bad inputs ---------------------------------------------------------


def test_new_secret_seed_is_32_fresh_bytes() -> None:
    one, two = draw.new_secret_seed(), draw.new_secret_seed()
    assert re.fullmatch(r"[0-9a-f]{64}", one) and one != two
    assert len(draw.commitment(one, hashlib.sha256(b"r").hexdigest())) == 64


def test_commitment_changes_with_each_input_and_ignores_hex_case() -> None:
    seed, rules = bytes(32).hex(), hashlib.sha256(b"rules").hexdigest()
    base = draw.commitment(seed, rules)
    assert draw.commitment(seed.upper(), rules.upper()) == base
    assert draw.commitment("01" + seed[2:], rules) != base
    assert draw.commitment(seed, hashlib.sha256(b"other").hexdigest()) != base
    assert draw.commitment(seed, rules, algorithm="quizbuilder-draw-v2") != base
    assert draw.commitment(seed, rules, beacon="drand quicknet round 1") != base


def test_draw_error_is_a_quizbuilder_error() -> None:
    assert issubclass(DrawError, QuizbuilderError)


SEED = bytes(32).hex()
RULES = hashlib.sha256(b"rules").hexdigest()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: draw.entries_hash([]), "no entries"),
        (lambda: draw.entries_hash({}), "no entries"),
        (lambda: draw.entries_hash(["a", "b", "a"]), "'a' is listed twice"),
        (lambda: draw.entries_hash("abc"), "not a single text"),
        (lambda: draw.entries_hash(["a", ""]), "non-empty text"),
        (lambda: draw.entries_hash(["a", 3]), "non-empty text"),  # type: ignore[list-item]
        (lambda: draw.entries_hash({"a": 0}), "weight 0"),
        (lambda: draw.entries_hash({"a": 1.5}), "weight 1.5"),
        (lambda: draw.entries_hash({"a": True}), "weight True"),
        (lambda: draw.entries_hash(["\ud800"]), "not valid Unicode"),
        (lambda: draw.run_draw(["a"], secret_seed=SEED, winners=0, alternates=0), "winners"),
        (lambda: draw.run_draw(["a"], secret_seed=SEED, winners=True, alternates=0), "winners"),
        (lambda: draw.run_draw(["a"], secret_seed=SEED, winners=1, alternates=-1), "alternates"),
        (lambda: draw.run_draw(["a"], secret_seed="abc", winners=1, alternates=0), "secret seed"),
        (lambda: draw.run_draw(["a"], secret_seed="zz" * 32, winners=1, alternates=0), "64 hex"),
        (lambda: draw.commitment(SEED, "nothex"), "rules hash"),
        (lambda: draw.commitment(SEED, RULES, beacon=""), "beacon name"),
        (lambda: draw.draw_seed(SEED, RULES, beacon_value=" "), "beacon value"),
        (lambda: draw.draw_seed(SEED, "00"), "entries hash"),
        (lambda: draw.CounterGenerator(b"x").below(0), "bound must be 1 or more"),
        (lambda: draw.CounterGenerator("x"), "non-empty bytes"),  # type: ignore[arg-type]
        (lambda: draw.rank(["a"], b""), "non-empty bytes"),
    ],
)
def test_bad_inputs_are_refused_with_a_clear_message(
    call: Callable[[], object], message: str
) -> None:
    with pytest.raises(DrawError, match=re.escape(message)):
        call()


def test_too_many_tickets_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(draw, "MAX_TICKETS", 10)
    with pytest.raises(DrawError, match="11 tickets"):
        draw.rank({"a": 5, "b": 6}, b"seed")
    assert sorted(draw.rank({"a": 5, "b": 5}, b"seed")) == ["a", "b"]


# --- certificates: making, substituting, verifying --------------------------------------------

ENTRIES = [f"r{i:02d}" for i in range(12)]
BEACON = "drand quicknet round 12345678"
BEACON_VALUE = "aa" * 32


def pseudonyms(entries: list[str] | dict[str, int]) -> dict[str, str]:
    return {i: f"P-{i}" for i in entries}


def certify(
    entries: list[str] | dict[str, int] = ENTRIES, *, winners: int = 3, alternates: int = 2
) -> dict[str, Any]:
    result = draw.run_draw(
        entries, secret_seed=SEED, winners=winners, alternates=alternates, beacon_value=BEACON_VALUE
    )
    return draw.make_certificate(
        result,
        secret_seed=SEED,
        rules_hash=RULES,
        commitment_hex=draw.commitment(SEED, RULES, beacon=BEACON),
        beacon=BEACON,
        beacon_value=BEACON_VALUE,
        pseudonyms=pseudonyms(entries),
        drawn_at=DRAWN_AT,
        contest={"uid": "c1", "title": "Photo contest"},
    )


def test_certificate_content() -> None:
    cert = certify()
    ranking = draw.rank(ENTRIES, draw.draw_seed(SEED, draw.entries_hash(ENTRIES), BEACON_VALUE))
    assert [w["id"] for w in cert["winners"]] == ranking[:3]
    assert [a["id"] for a in cert["alternates"]] == ranking[3:5]
    assert cert["winners"][0] == {"rank": 1, "id": ranking[0], "pseudonym": f"P-{ranking[0]}"}
    assert cert["alternates"][1]["rank"] == 2
    assert cert["entry_count"] == cert["ticket_count"] == 12
    assert cert["drawn_at"] == "2025-03-01T12:00:00Z"
    assert cert["contest"] == {"uid": "c1", "title": "Photo contest"}
    assert cert["beacon"] == BEACON and cert["beacon_value"] == BEACON_VALUE
    assert cert["substitutions"] == []
    assert json.loads(json.dumps(cert)) == cert
    assert draw.verify_certificate(cert, ENTRIES) == []


def test_drawn_at_is_written_in_utc() -> None:
    result = draw.run_draw(["a"], secret_seed=SEED, winners=1, alternates=0)
    cert = draw.make_certificate(
        result,
        secret_seed=SEED,
        rules_hash=RULES,
        commitment_hex=draw.commitment(SEED, RULES),
        beacon=None,
        beacon_value=None,
        pseudonyms={"a": "A"},
        drawn_at=datetime(2025, 3, 1, 14, 0, tzinfo=timezone(timedelta(hours=2))),
        contest={"uid": "c"},
    )
    assert cert["drawn_at"] == "2025-03-01T12:00:00Z"
    assert cert["beacon"] is None and cert["beacon_value"] is None
    assert draw.verify_certificate(cert, ["a"]) == []


def test_weighted_certificate_verifies() -> None:
    entries = {"x": 1, "y": 4, "z": 2, "w": 1}
    cert = certify(entries, winners=1, alternates=2)
    assert cert["entry_count"] == 4 and cert["ticket_count"] == 8
    assert draw.verify_certificate(cert, entries) == []
    problems = draw.verify_certificate(cert, {**entries, "y": 1})  # a bonus taken away
    assert len(problems) == 1 and problems[0].startswith("entries hash:")


def make_bad(**changes: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "secret_seed": SEED,
        "rules_hash": RULES,
        "commitment_hex": draw.commitment(SEED, RULES, beacon=BEACON),
        "beacon": BEACON,
        "beacon_value": BEACON_VALUE,
        "pseudonyms": pseudonyms(ENTRIES),
        "drawn_at": DRAWN_AT,
        "contest": {"uid": "c1"},
    }
    kwargs.update(changes)
    result = draw.run_draw(
        ENTRIES, secret_seed=SEED, winners=3, alternates=2, beacon_value=BEACON_VALUE
    )
    return draw.make_certificate(result, **kwargs)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"commitment_hex": draw.commitment(SEED, RULES)}, "not the draw that was committed"),
        ({"rules_hash": "ab" * 32}, "not the draw that was committed"),
        ({"beacon_value": "bb" * 32}, "not made with this secret seed"),
        ({"beacon_value": None}, "give both or neither"),
        ({"pseudonyms": {}}, "no pseudonym for entry"),
        ({"drawn_at": datetime(2025, 3, 1, 12, 0)}, "time zone"),
        ({"contest": {"uid": object()}}, "cannot be written as JSON"),
    ],
)
def test_make_certificate_refuses_inconsistent_inputs(
    changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(DrawError, match=re.escape(message)):
        make_bad(**changes)


def test_substitutions_take_alternates_in_order_then_none() -> None:
    cert = certify()
    winners = [w["id"] for w in cert["winners"]]
    first_alt, second_alt = (a["id"] for a in cert["alternates"])
    day = timedelta(days=1)
    one = draw.add_substitution(cert, replaced=winners[1], reason="no answer", at=DRAWN_AT + day)
    assert cert["substitutions"] == []  # the original is left alone
    assert draw.current_winners(one) == [winners[0], first_alt, winners[2]]
    # an alternate who got a prize can lose it in turn
    two = draw.add_substitution(one, replaced=first_alt, reason="ineligible", at=DRAWN_AT + 2 * day)
    assert draw.current_winners(two) == [winners[0], second_alt, winners[2]]
    three = draw.add_substitution(
        two, replaced=winners[0], reason="declined", at=DRAWN_AT + 3 * day
    )
    assert three["substitutions"][-1] == {
        "replaced": winners[0],
        "replacement": None,
        "reason": "declined",
        "at": "2025-03-04T12:00:00Z",
    }
    assert draw.current_winners(three) == [None, second_alt, winners[2]]
    assert three["substitutions"][:2] == two["substitutions"]
    assert draw.verify_certificate(three, ENTRIES) == []


@pytest.mark.parametrize(
    ("replaced", "reason", "at", "message"),
    [
        ("nobody", "no answer", DRAWN_AT, "not a current winner"),
        (None, "no answer", DRAWN_AT, "not a current winner"),
        ("WINNER", "  ", DRAWN_AT, "needs a reason"),
        ("WINNER", "no answer", DRAWN_AT - timedelta(seconds=1), "before"),
        ("WINNER", "no answer", datetime(2025, 4, 1), "time zone"),
    ],
)
def test_add_substitution_refuses(replaced: Any, reason: str, at: datetime, message: str) -> None:
    cert = certify()
    if replaced == "WINNER":
        replaced = cert["winners"][0]["id"]
    with pytest.raises(DrawError, match=message):
        draw.add_substitution(cert, replaced=replaced, reason=reason, at=at)


def test_a_replaced_winner_cannot_be_replaced_twice() -> None:
    cert = certify()
    gone = cert["winners"][0]["id"]
    cert = draw.add_substitution(cert, replaced=gone, reason="no answer", at=DRAWN_AT)
    with pytest.raises(DrawError, match="not a current winner"):
        draw.add_substitution(cert, replaced=gone, reason="again", at=DRAWN_AT)


# --- verification finds each kind of tampering -------------------------------------------------


def only(problems: list[str], *fragments: str) -> None:
    """Every fragment is in some problem, and every problem is explained by a fragment."""
    for fragment in fragments:
        assert any(fragment in p for p in problems), (fragment, problems)
    for p in problems:
        assert any(fragment in p for fragment in fragments), (p, fragments)


def test_a_changed_entry_list_is_reported_with_counts_and_hashes() -> None:
    cert = certify()
    fewer = ENTRIES[:-1]
    problems = draw.verify_certificate(cert, fewer)
    digest = draw.entries_hash(fewer)
    assert problems == [
        f"entries hash: the list given has 11 entries hashing to {digest[:16]}..., the "
        f"certificate says 12 / {cert['entries_hash'][:16]}..."
    ]
    only(draw.verify_certificate(cert, [*ENTRIES[:-1], "intruder"]), "entries hash")


def test_a_changed_secret_seed_breaks_the_commitment_and_the_draw_seed() -> None:
    cert = certify()
    cert["secret_seed"] = "11" * 32
    only(draw.verify_certificate(cert), "commitment does not match", "draw seed:")


def test_a_changed_rules_hash_breaks_the_commitment() -> None:
    cert = certify()
    cert["rules_hash"] = hashlib.sha256(b"other rules").hexdigest()
    only(draw.verify_certificate(cert, ENTRIES), "commitment does not match")


def test_a_changed_beacon_value_breaks_the_draw_seed() -> None:
    cert = certify()
    cert["beacon_value"] = "bb" * 32
    only(draw.verify_certificate(cert), "draw seed:")
    # with the entries, the draw redone from the new value gives other people
    only(draw.verify_certificate(cert, ENTRIES), "draw seed:", "winner ", "alternate ")


def test_a_changed_beacon_name_breaks_the_commitment() -> None:
    cert = certify()
    cert["beacon"] = "drand quicknet round 99999999"
    only(draw.verify_certificate(cert, ENTRIES), "commitment does not match")


def test_a_dropped_beacon_is_reported() -> None:
    cert = certify()
    cert["beacon_value"] = None
    only(draw.verify_certificate(cert), "a beacon is named without its value", "draw seed:")


def test_a_forged_draw_seed_with_a_matching_ranking_is_still_caught() -> None:
    cert = certify()
    cert["draw_seed"] = "cc" * 32
    only(draw.verify_certificate(cert, ENTRIES), "draw seed: certificate says cccc")


def test_a_swapped_winner_is_reported_by_rank() -> None:
    cert = certify()
    real = cert["winners"][0]["id"]
    outsider = next(
        i
        for i in ENTRIES
        if i not in {r["id"] for r in cert["winners"]} | {r["id"] for r in cert["alternates"]}
    )
    cert["winners"][0]["id"] = outsider
    assert draw.verify_certificate(cert, ENTRIES) == [
        f"winner 1: certificate says {outsider!r}, recomputed {real!r}"
    ]
    assert draw.verify_certificate(cert) == []  # without the list, who won is not checked


def test_winners_and_alternates_swapped_are_reported() -> None:
    cert = certify()
    cert["winners"][2], cert["alternates"][0] = cert["alternates"][0], cert["winners"][2]
    only(draw.verify_certificate(cert, ENTRIES), "winner 3:", "alternate 1:")


def test_a_dropped_winner_is_reported_even_without_the_entries() -> None:
    cert = certify()
    del cert["winners"][2]
    only(draw.verify_certificate(cert), "lists 2 winners where 3 prizes among 12 entries give 3")
    only(
        draw.verify_certificate(cert, ENTRIES), "lists 2 winners", "the certificate lists 2 winners"
    )


def test_a_winner_listed_twice_is_reported() -> None:
    cert = certify()
    cert["alternates"][0] = dict(cert["winners"][0])
    only(draw.verify_certificate(cert), "appears twice")


def test_a_tampered_substitution_is_reported() -> None:
    cert = certify()
    winners = [w["id"] for w in cert["winners"]]
    alternates = [a["id"] for a in cert["alternates"]]
    cert = draw.add_substitution(cert, replaced=winners[0], reason="no answer", at=DRAWN_AT)
    cert = draw.add_substitution(cert, replaced=winners[1], reason="no answer", at=DRAWN_AT)
    assert draw.verify_certificate(cert, ENTRIES) == []

    skipped = json.loads(json.dumps(cert))
    skipped["substitutions"][1]["replacement"] = "r99"
    assert draw.verify_certificate(skipped) == [
        "substitution 2 does not take the next alternate: it names 'r99', "
        f"the next alternate is {alternates[1]!r}"
    ]
    order = json.loads(json.dumps(cert))
    order["substitutions"][0]["replacement"] = alternates[1]
    only(draw.verify_certificate(order), "substitution 1 does not take the next alternate")
    removed = json.loads(json.dumps(cert))
    del removed["substitutions"][0]  # the log is append-only: sub 2 no longer follows
    only(draw.verify_certificate(removed), "substitution 1 does not take the next alternate")
    early = json.loads(json.dumps(cert))
    early["substitutions"][0]["at"] = "2025-02-28T12:00:00Z"
    only(draw.verify_certificate(early), "substitution 1 is dated before the draw")
    backwards = json.loads(json.dumps(cert))
    backwards["substitutions"][1]["at"] = "2025-03-01T11:00:00+00:00"
    only(draw.verify_certificate(backwards), "substitution 2 is dated before")
    stranger = json.loads(json.dumps(cert))
    stranger["substitutions"][1]["replaced"] = "r99"
    only(draw.verify_certificate(stranger), "replaces 'r99', who is not a winner then")
    blank = json.loads(json.dumps(cert))
    blank["substitutions"][0]["reason"] = ""
    only(draw.verify_certificate(blank), "substitution 1 gives no reason")


def test_a_vacant_prize_needs_every_alternate_used() -> None:
    cert = certify(alternates=1)
    winners = [w["id"] for w in cert["winners"]]
    cert = draw.add_substitution(cert, replaced=winners[0], reason="gone", at=DRAWN_AT)
    cert = draw.add_substitution(cert, replaced=winners[1], reason="gone", at=DRAWN_AT)
    assert cert["substitutions"][1]["replacement"] is None
    assert draw.verify_certificate(cert, ENTRIES) == []
    cert["substitutions"][0]["replacement"] = None
    only(draw.verify_certificate(cert), "it names None, the next alternate is")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda c: c.pop("draw_seed"), "no valid 'draw_seed'"),
        (lambda c: c.update(entry_count="12"), "no valid 'entry_count'"),
        (lambda c: c.update(winners_requested=True), "no valid 'winners_requested'"),
        (lambda c: c["winners"].append({"rank": 4}), "winner 4 has no entry id"),
        (lambda c: c["substitutions"].append({"replaced": "x"}), "substitution 1 lacks"),
        (lambda c: c.update(format=2), "certificate format 2 is not the format 1"),
        (lambda c: c.update(algorithm="other-v9"), "algorithm 'other-v9' is not"),
        (lambda c: c.update(secret_seed="xyz"), "cannot be checked: the secret seed"),
        (lambda c: c.update(drawn_at="yesterday"), "drawn_at 'yesterday' is not a date"),
        (lambda c: c.update(ticket_count=5), "fewer tickets than entries"),
    ],
)
def test_malformed_certificates_are_reported_not_raised(
    mutate: Callable[[dict[str, Any]], object], message: str
) -> None:
    cert = certify()
    mutate(cert)
    problems = draw.verify_certificate(cert)
    assert any(message in p for p in problems), problems


def test_a_non_object_certificate_is_reported() -> None:
    assert draw.verify_certificate([]) == ["the certificate is not a JSON object"]  # type: ignore[arg-type]


def test_add_substitution_refuses_a_malformed_certificate() -> None:
    cert = certify()
    del cert["alternates"]
    with pytest.raises(DrawError, match="malformed"):
        draw.add_substitution(cert, replaced="r00", reason="x", at=DRAWN_AT)


def test_bad_entries_given_to_the_verifier_raise() -> None:
    with pytest.raises(DrawError, match="listed twice"):
        draw.verify_certificate(certify(), ["r00", "r00"])
