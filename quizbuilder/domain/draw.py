"""The verifiable contest draw, algorithm "quizbuilder-draw-v1" (specified in docs/draw.md).

Before the contest closes the organiser publishes a *commitment*: a SHA-256 over a secret
seed, the rules' hash, the algorithm's name and, optionally, the name of a future public
randomness round. At the draw the eligible entries are frozen and hashed, the draw seed
is derived from the secret seed, that hash and the beacon's value, and every entry is
ranked by a Fisher-Yates shuffle fed by a SHA-256 counter generator. The certificate
reveals the secret seed, so anyone can check that it matches the commitment and redo the
draw. docs/draw.md is the reference; this module must stay byte for byte in step with it
(its test vectors are checked by tests/unit/domain/test_draw.py).

Why not ``random``: its output for a given seed is not part of Python's promises and
differs from any other language's, so a certificate could not be checked elsewhere or
later. Only ``hashlib`` and ``secrets`` are used here.

Bonus entries: an entry's weight is its number of tickets. All the tickets are shuffled
and an entry's rank is that of its first ticket, which is sampling proportional to weight
without replacement (a person wins at most once). When every weight is 1 there is one
ticket per entry and this is a plain Fisher-Yates shuffle of the sorted ids.

More prizes than entries is not an error: everyone wins, there are no alternates, and
``DrawResult.missing_winners`` says how many prizes stay unawarded.
"""

from __future__ import annotations

import copy
import hashlib
import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from quizbuilder.domain.errors import QuizbuilderError

ALGORITHM = "quizbuilder-draw-v1"
CERTIFICATE_FORMAT = 1
# Shuffling is linear in tickets: this bounds the memory and time a weighted draw takes.
MAX_TICKETS = 20_000_000

_COMMITMENT_TAG = b"quizbuilder-draw/commitment"
_ENTRIES_TAG = b"quizbuilder-draw/entries"
_SEED_TAG = b"quizbuilder-draw/seed"
_HEX = frozenset("0123456789abcdefABCDEF")
_BLOCKS_PER_REFILL = 2048


class DrawError(QuizbuilderError):
    """A draw asked with inputs that cannot give a fair, reproducible result."""


# --- encoding ---------------------------------------------------------------------------


def _u64(value: int) -> bytes:
    return value.to_bytes(8, "big")


def _field(data: bytes) -> bytes:
    """Length-prefixed, so that no two different field lists give the same bytes."""
    return _u64(len(data)) + data


def _sha256_hex(what: str, value: object) -> bytes:
    """The 32 bytes a SHA-256 hex string stands for; ``what`` names it in the error."""
    if not isinstance(value, str) or len(value) != 64 or not _HEX.issuperset(value):
        raise DrawError(f"the {what} must be 64 hexadecimal characters, got {value!r}")
    return bytes.fromhex(value)


def _text(what: str, value: object) -> bytes:
    if not isinstance(value, str) or not value.strip():
        raise DrawError(f"the {what} must be a non-empty text, got {value!r}")
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise DrawError(f"the {what} is not valid Unicode text: {value!r}") from exc


def _optional_text(what: str, value: str | None) -> bytes:
    return b"" if value is None else _text(what, value)


# --- commitment, entries, seed -----------------------------------------------------------


def new_secret_seed() -> str:
    """32 bytes from the operating system's secure source, as 64 hex characters."""
    return secrets.token_bytes(32).hex()


def commitment(
    secret_seed: str, rules_hash: str, *, algorithm: str = ALGORITHM, beacon: str | None = None
) -> str:
    """What the organiser publishes before the contest closes (hex SHA-256).

    It binds the seed to the rules and the algorithm, and names the public randomness
    round (``beacon``, e.g. "drand quicknet round 12345678") whose value will be mixed
    in: a round still in the future when the commitment is published, so that nobody
    can choose a seed that favours someone once the entries are known.
    """
    data = b"".join(
        [
            _field(_COMMITMENT_TAG),
            _field(_text("algorithm", algorithm)),
            _field(_sha256_hex("secret seed", secret_seed)),
            _field(_sha256_hex("rules hash", rules_hash)),
            _field(_optional_text("beacon name", beacon)),
        ]
    )
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class _Frozen:
    """The entry list as drawn: ids in code point order (which is UTF-8 byte order)."""

    ids: list[str]
    weights: list[int]

    @property
    def tickets(self) -> int:
        return sum(self.weights)


def _bad_id(entry_id: object) -> DrawError:
    return DrawError(f"an entry id must be a non-empty text, got {entry_id!r}")


def _normalise(entries: Mapping[str, int] | Iterable[str]) -> _Frozen:
    """The sorted entries with their weights, or a DrawError naming the bad entry."""
    if isinstance(entries, str | bytes):
        raise DrawError("the entries must be a list of entry ids, not a single text")
    if isinstance(entries, Mapping):
        pairs = sorted(entries.items(), key=lambda pair: str(pair[0]))
        for entry_id, weight in pairs:
            if not isinstance(entry_id, str) or not entry_id:
                raise _bad_id(entry_id)
            if isinstance(weight, bool) or not isinstance(weight, int) or weight < 1:
                raise DrawError(
                    f"entry {entry_id!r} has weight {weight!r}: a weight is a whole number "
                    "of tickets, 1 or more"
                )
        frozen = _Frozen([i for i, _ in pairs], [w for _, w in pairs])
    else:
        ids = list(entries)
        seen: set[str] = set()
        for entry_id in ids:
            if not isinstance(entry_id, str) or not entry_id:
                raise _bad_id(entry_id)
            if entry_id in seen:
                raise DrawError(f"entry {entry_id!r} is listed twice: deduplicate the entries")
            seen.add(entry_id)
        ids.sort()
        frozen = _Frozen(ids, [1] * len(ids))
    if not frozen.ids:
        raise DrawError("there are no entries to draw from")
    return frozen


def _entries_digest(frozen: _Frozen) -> str:
    try:
        encoded = [entry_id.encode("utf-8") for entry_id in frozen.ids]
    except UnicodeEncodeError as exc:
        raise DrawError(f"an entry id is not valid Unicode text: {exc}") from exc
    prefixes: dict[int, bytes] = {}
    weights: dict[int, bytes] = {}
    parts = [_field(_ENTRIES_TAG), _u64(len(encoded))]
    for data, weight in zip(encoded, frozen.weights, strict=True):
        size = len(data)
        prefix = prefixes.get(size) or prefixes.setdefault(size, _u64(size))
        suffix = weights.get(weight) or weights.setdefault(weight, _u64(weight))
        parts.append(prefix + data + suffix)
    return hashlib.sha256(b"".join(parts)).hexdigest()


def entries_hash(entries: Mapping[str, int] | Iterable[str]) -> str:
    """Hex SHA-256 of the frozen entry list: sorted ids, each with its weight (1 if none)."""
    return _entries_digest(_normalise(entries))


def draw_seed(secret_seed: str, entries_digest: str, beacon_value: str | None = None) -> bytes:
    """The generator's 32-byte seed: nobody knows it before the entries and beacon are."""
    data = b"".join(
        [
            _field(_SEED_TAG),
            _field(_sha256_hex("secret seed", secret_seed)),
            _field(_sha256_hex("entries hash", entries_digest)),
            _field(_optional_text("beacon value", beacon_value)),
        ]
    )
    return hashlib.sha256(data).digest()


# --- generator and ranking ---------------------------------------------------------------


def _check_seed(seed: object) -> bytes:
    if not isinstance(seed, bytes) or not seed:
        raise DrawError(f"the generator's seed must be non-empty bytes, got {seed!r}")
    return seed


class CounterGenerator:
    """A byte stream: SHA-256(seed || counter as 8-byte big-endian), counter 0, 1, 2...

    Bytes are taken in order across block boundaries; nothing is ever skipped.
    """

    def __init__(self, seed: bytes) -> None:
        self._seed = _check_seed(seed)
        self._counter = 0
        self._buffer = b""
        self._pos = 0

    def read(self, count: int) -> bytes:
        """The next ``count`` bytes of the stream."""
        while len(self._buffer) - self._pos < count:
            block = hashlib.sha256(self._seed + _u64(self._counter)).digest()
            self._counter += 1
            self._buffer = self._buffer[self._pos :] + block
            self._pos = 0
        chunk = self._buffer[self._pos : self._pos + count]
        self._pos += count
        return chunk

    def below(self, n: int) -> int:
        """Uniform in [0, n) by rejection sampling, so with no modulo bias.

        With k = bit length of n - 1, read ceil(k / 8) bytes as a big-endian number,
        keep its low k bits, and start again when the result is n or more (less than
        one time in two). ``below(1)`` is 0 and reads nothing.
        """
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise DrawError(f"cannot draw a number below {n!r}: the bound must be 1 or more")
        bits = (n - 1).bit_length()
        size = (bits + 7) // 8
        mask = (1 << bits) - 1
        while bits:
            value = int.from_bytes(self.read(size), "big") & mask
            if value < n:
                return value
        return 0


def _shuffle(tickets: list[str], seed: bytes) -> None:
    """Forward Fisher-Yates in place: for i = 0 .. T-2, swap i with i + below(T - i).

    The same numbers as ``CounterGenerator.below``, inlined because a million entries
    make a million draws: blocks are hashed many at a time, and the bound's bit length
    only changes at powers of two, so each run between two of them shares one mask.
    """
    total = len(tickets)
    sha256 = hashlib.sha256
    from_bytes = int.from_bytes
    counter = 0
    buffer = b""
    pos = 0
    i = 0
    while i < total - 1:
        bits = (total - i - 1).bit_length()
        size = (bits + 7) // 8
        mask = (1 << bits) - 1
        stop = total - (1 << (bits - 1))  # while the bound n = total - i > 2 ** (bits - 1)
        limit = len(buffer) - size  # the last position a whole number can be read from
        while i < stop:
            n = total - i
            while True:
                if pos > limit:
                    # about what the draws left need: small draws hash a block or two
                    wanted = (total - i) * size // 32 + 1
                    end = counter + min(wanted, _BLOCKS_PER_REFILL)
                    fresh = [
                        sha256(seed + c.to_bytes(8, "big")).digest() for c in range(counter, end)
                    ]
                    buffer = buffer[pos:] + b"".join(fresh)
                    pos = 0
                    limit = len(buffer) - size
                    counter = end
                value = from_bytes(buffer[pos : pos + size], "big") & mask
                pos += size
                if value < n:
                    break
            j = i + value
            tickets[i], tickets[j] = tickets[j], tickets[i]
            i += 1


def _rank_normalised(frozen: _Frozen, seed: bytes) -> list[str]:
    total = frozen.tickets
    if total > MAX_TICKETS:
        raise DrawError(
            f"the entries hold {total:,} tickets, more than the {MAX_TICKETS:,} a draw can "
            "shuffle: lower the bonus weights"
        )
    if total == len(frozen.ids):
        tickets = list(frozen.ids)
        _shuffle(tickets, seed)
        return tickets
    tickets = [
        i for i, weight in zip(frozen.ids, frozen.weights, strict=True) for _ in range(weight)
    ]
    _shuffle(tickets, seed)
    return list(dict.fromkeys(tickets))  # each entry at its first ticket


def rank(entries: Mapping[str, int] | Iterable[str], seed: bytes) -> list[str]:
    """Every distinct entry id, in drawn order: winners first, then alternates, then the rest."""
    return _rank_normalised(_normalise(entries), _check_seed(seed))


# --- the draw -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DrawResult:
    """What a draw gives. ``ranking`` holds every entry; the lists are its first ones.

    The ``*_requested`` counts are what was asked (``None`` when unknown): with fewer
    entries than prizes, ``winners`` is shorter and ``missing_winners`` says by how much.
    """

    winners: list[str]
    alternates: list[str]
    ranking: list[str]
    entries_hash: str
    draw_seed: str
    winners_requested: int | None = None
    alternates_requested: int | None = None
    ticket_count: int | None = None

    @property
    def missing_winners(self) -> int:
        """Prizes left unawarded because there were fewer entries than prizes."""
        return max(0, (self.winners_requested or 0) - len(self.winners))

    @property
    def missing_alternates(self) -> int:
        return max(0, (self.alternates_requested or 0) - len(self.alternates))


def _count(what: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise DrawError(f"the number of {what} must be a whole number, {minimum} or more")
    return value


def run_draw(
    entries: Mapping[str, int] | Iterable[str],
    *,
    secret_seed: str,
    winners: int,
    alternates: int,
    beacon_value: str | None = None,
) -> DrawResult:
    """Rank the frozen entries and take ``winners`` winners then ``alternates`` alternates."""
    _count("winners", winners, 1)
    _count("alternates", alternates, 0)
    frozen = _normalise(entries)
    digest = _entries_digest(frozen)
    seed = draw_seed(secret_seed, digest, beacon_value)
    ranking = _rank_normalised(frozen, seed)
    return DrawResult(
        winners=ranking[:winners],
        alternates=ranking[winners : winners + alternates],
        ranking=ranking,
        entries_hash=digest,
        draw_seed=seed.hex(),
        winners_requested=winners,
        alternates_requested=alternates,
        ticket_count=frozen.tickets,
    )


# --- the certificate ---------------------------------------------------------------------


def _utc_text(moment: datetime, what: str) -> str:
    if not isinstance(moment, datetime) or moment.utcoffset() is None:
        raise DrawError(f"{what} must be a date and time with a time zone, got {moment!r}")
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _parse_utc(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.utcoffset() is not None else None


def make_certificate(
    result: DrawResult,
    *,
    secret_seed: str,
    rules_hash: str,
    commitment_hex: str,
    beacon: str | None,
    beacon_value: str | None,
    pseudonyms: Mapping[str, str],
    drawn_at: datetime,
    contest: Mapping[str, Any],
) -> dict[str, Any]:
    """The JSON-able record of a draw that anyone can check with ``verify_certificate``.

    Refuses to certify a draw that does not follow from the committed seed (a seed,
    rules hash or beacon other than the committed ones): that would be a broken promise.
    """
    if (beacon is None) != (beacon_value is None):
        raise DrawError(
            "a beacon value goes with the beacon named in the commitment: give both or neither"
        )
    if commitment(secret_seed, rules_hash, beacon=beacon) != commitment_hex:
        raise DrawError(
            "the commitment does not match the secret seed, rules hash, algorithm and beacon "
            "given: this is not the draw that was committed to"
        )
    if draw_seed(secret_seed, result.entries_hash, beacon_value).hex() != result.draw_seed:
        raise DrawError("this draw was not made with this secret seed and beacon value")
    missing = [i for i in [*result.winners, *result.alternates] if not pseudonyms.get(i)]
    if missing:
        raise DrawError(f"no pseudonym for entry {missing[0]!r}: certificates show no ids alone")
    try:
        contest_copy = json.loads(json.dumps(dict(contest), allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise DrawError(f"the contest's details cannot be written as JSON: {exc}") from exc

    def listed(ids: list[str]) -> list[dict[str, Any]]:
        return [
            {"rank": n, "id": i, "pseudonym": pseudonyms[i]} for n, i in enumerate(ids, start=1)
        ]

    return {
        "format": CERTIFICATE_FORMAT,
        "algorithm": ALGORITHM,
        "contest": contest_copy,
        "commitment": commitment_hex,
        "secret_seed": secret_seed.lower(),
        "rules_hash": rules_hash.lower(),
        "beacon": beacon,
        "beacon_value": beacon_value,
        "entry_count": len(result.ranking),
        "ticket_count": (
            result.ticket_count if result.ticket_count is not None else len(result.ranking)
        ),
        "entries_hash": result.entries_hash,
        "draw_seed": result.draw_seed,
        "winners_requested": (
            result.winners_requested
            if result.winners_requested is not None
            else len(result.winners)
        ),
        "alternates_requested": (
            result.alternates_requested
            if result.alternates_requested is not None
            else len(result.alternates)
        ),
        "winners": listed(result.winners),
        "alternates": listed(result.alternates),
        "drawn_at": _utc_text(drawn_at, "the draw's date"),
        "substitutions": [],
    }


def _ids(certificate: Mapping[str, Any], key: str) -> list[str]:
    return [row["id"] for row in certificate[key]]


def current_winners(certificate: Mapping[str, Any]) -> list[str | None]:
    """The winner of each prize, in rank order, after the substitutions (None: unawarded)."""
    seats: list[str | None] = list(_ids(certificate, "winners"))
    for sub in certificate["substitutions"]:
        if sub["replaced"] in seats:
            seats[seats.index(sub["replaced"])] = sub["replacement"]
    return seats


def _unused_alternates(certificate: Mapping[str, Any]) -> list[str]:
    used = {sub["replacement"] for sub in certificate["substitutions"]}
    return [i for i in _ids(certificate, "alternates") if i not in used]


def add_substitution(
    certificate: dict[str, Any], *, replaced: str, reason: str, at: datetime
) -> dict[str, Any]:
    """A new certificate whose log says ``replaced`` gave up the prize and why.

    The prize goes to the next alternate not yet called, or stays unawarded (replacement
    None) when none is left. The log is append-only: earlier records are never changed.
    """
    problems = _structure_problems(certificate)
    if problems:
        raise DrawError("the certificate is malformed: " + "; ".join(problems))
    if not isinstance(reason, str) or not reason.strip():
        raise DrawError("a substitution needs a reason (e.g. 'did not answer within 14 days')")
    if not isinstance(replaced, str) or replaced not in current_winners(certificate):
        raise DrawError(f"{replaced!r} is not a current winner of this draw")
    when = _utc_text(at, "the substitution's date")
    subs = certificate["substitutions"]
    previous = _parse_utc(subs[-1]["at"] if subs else certificate["drawn_at"])
    if previous is not None and datetime.fromisoformat(when) < previous:
        raise DrawError(f"a substitution cannot be dated {when}, before {previous.isoformat()}")
    unused = _unused_alternates(certificate)
    updated = copy.deepcopy(certificate)
    updated["substitutions"].append(
        {
            "replaced": replaced,
            "replacement": unused[0] if unused else None,
            "reason": reason.strip(),
            "at": when,
        }
    )
    return updated


# --- verification ------------------------------------------------------------------------

_FIELDS: dict[str, type | tuple[type, ...]] = {
    "format": int,
    "algorithm": str,
    "commitment": str,
    "secret_seed": str,
    "rules_hash": str,
    "beacon": (str, type(None)),
    "beacon_value": (str, type(None)),
    "entry_count": int,
    "ticket_count": int,
    "entries_hash": str,
    "draw_seed": str,
    "winners_requested": int,
    "alternates_requested": int,
    "winners": list,
    "alternates": list,
    "drawn_at": str,
    "substitutions": list,
}


def _short(digest: object) -> str:
    return f"{digest[:16]}..." if isinstance(digest, str) and len(digest) > 16 else repr(digest)


def _structure_problems(certificate: Mapping[str, Any]) -> list[str]:
    """What keeps the certificate from being read at all (then nothing else is checked)."""
    if not isinstance(certificate, Mapping):
        return ["the certificate is not a JSON object"]
    problems = [
        f"the certificate has no valid '{key}'"
        for key, kind in _FIELDS.items()
        if not isinstance(certificate.get(key), kind) or isinstance(certificate.get(key), bool)
    ]
    if problems:
        return problems
    for key in ("winners", "alternates"):
        for n, row in enumerate(certificate[key], start=1):
            if not isinstance(row, Mapping) or not isinstance(row.get("id"), str):
                problems.append(f"{key[:-1]} {n} has no entry id")
    for n, sub in enumerate(certificate["substitutions"], start=1):
        if not (
            isinstance(sub, Mapping)
            and isinstance(sub.get("replaced"), str)
            and isinstance(sub.get("replacement", 0), str | None)
            and isinstance(sub.get("reason"), str)
            and isinstance(sub.get("at"), str)
        ):
            problems.append(f"substitution {n} lacks a replaced id, replacement, reason or date")
    return problems


def _substitution_problems(certificate: Mapping[str, Any]) -> list[str]:
    """Replay the log: each must replace a current winner by the next alternate, in time."""
    problems = []
    seats: list[str | None] = list(_ids(certificate, "winners"))
    waiting = _ids(certificate, "alternates")
    previous = _parse_utc(certificate["drawn_at"])
    for n, sub in enumerate(certificate["substitutions"], start=1):
        replaced, replacement = sub["replaced"], sub["replacement"]
        expected = waiting[0] if waiting else None
        if replaced not in seats:
            problems.append(f"substitution {n} replaces {replaced!r}, who is not a winner then")
        if replacement != expected:
            nxt = f"the next alternate is {expected!r}" if expected else "no alternate was left"
            problems.append(
                f"substitution {n} does not take the next alternate: it names {replacement!r}, "
                f"{nxt}"
            )
        if not sub["reason"].strip():
            problems.append(f"substitution {n} gives no reason")
        when = _parse_utc(sub["at"])
        if when is None:
            problems.append(f"substitution {n}: {sub['at']!r} is not a date and time with a zone")
        elif previous is not None and when < previous:
            before = "the draw" if n == 1 else f"substitution {n - 1}"
            problems.append(f"substitution {n} is dated before {before}")
        previous = when or previous
        if replaced in seats:  # follow the rule, so later records are checked against it
            seats[seats.index(replaced)] = expected
            waiting = waiting[1:]
    return problems


def _compare(what: str, stated: list[str], recomputed: list[str]) -> list[str]:
    problems = [
        f"{what} {n}: certificate says {s!r}, recomputed {r!r}"
        for n, (s, r) in enumerate(zip(stated, recomputed, strict=False), start=1)
        if s != r
    ]
    if len(stated) != len(recomputed):
        problems.append(
            f"the certificate lists {len(stated)} {what}s, recomputed {len(recomputed)}"
        )
    return problems


def verify_certificate(
    certificate: Mapping[str, Any],
    entries: Mapping[str, int] | Iterable[str] | None = None,
) -> list[str]:
    """Everything in the certificate that does not follow from its own inputs; [] = verified.

    Without ``entries`` the commitment, the seeds, the counts and the substitutions are
    checked, but not who won: that needs the frozen entry list, whose hash must match.
    """
    problems = _structure_problems(certificate)
    if problems:
        return problems
    c = certificate
    if c["format"] != CERTIFICATE_FORMAT:
        return [
            f"certificate format {c['format']} is not the format {CERTIFICATE_FORMAT} read here"
        ]
    if c["algorithm"] != ALGORITHM:
        return [f"algorithm {c['algorithm']!r} is not {ALGORITHM!r}, the one checked here"]
    try:
        committed = commitment(c["secret_seed"], c["rules_hash"], beacon=c["beacon"])
        stated_digest = c["entries_hash"]
        seed = draw_seed(c["secret_seed"], stated_digest, c["beacon_value"])
    except DrawError as exc:
        return [f"the certificate cannot be checked: {exc}"]
    if committed != c["commitment"].lower():
        problems.append("commitment does not match the seed, rules hash, algorithm and beacon")
    if (c["beacon"] is None) != (c["beacon_value"] is None):
        problems.append("a beacon is named without its value, or a value given with no beacon")
    if seed.hex() != c["draw_seed"].lower():
        problems.append(f"draw seed: certificate says {c['draw_seed']}, recomputed {seed.hex()}")
    problems.extend(_count_problems(c))
    if entries is not None:
        frozen = _normalise(entries)
        digest = _entries_digest(frozen)
        tickets = frozen.tickets
        if digest != stated_digest.lower() or len(frozen.ids) != c["entry_count"]:
            problems.append(
                f"entries hash: the list given has {len(frozen.ids)} entries hashing to "
                f"{_short(digest)}, the certificate says {c['entry_count']} / "
                f"{_short(stated_digest)}"
            )
        else:
            if tickets != c["ticket_count"]:
                problems.append(
                    f"the entries hold {tickets} tickets, the certificate says {c['ticket_count']}"
                )
            ranking = _rank_normalised(frozen, seed)
            wins = c["winners_requested"]
            alts = c["alternates_requested"]
            problems.extend(_compare("winner", _ids(c, "winners"), ranking[:wins]))
            problems.extend(
                _compare("alternate", _ids(c, "alternates"), ranking[wins : wins + alts])
            )
    problems.extend(_substitution_problems(c))
    return problems


def _count_problems(c: Mapping[str, Any]) -> list[str]:
    """Lists as long as the counts allow, no one twice, a readable date."""
    problems = []
    wins = min(c["winners_requested"], c["entry_count"])
    alts = min(c["alternates_requested"], max(0, c["entry_count"] - wins))
    if len(c["winners"]) != wins:
        problems.append(
            f"the certificate lists {len(c['winners'])} winners where {c['winners_requested']} "
            f"prizes among {c['entry_count']} entries give {wins}"
        )
    if len(c["alternates"]) != alts:
        problems.append(
            f"the certificate lists {len(c['alternates'])} alternates where {alts} are due"
        )
    everyone = _ids(c, "winners") + _ids(c, "alternates")
    if len(set(everyone)) != len(everyone):
        problems.append("an entry appears twice among the winners and alternates")
    if c["ticket_count"] < c["entry_count"]:
        problems.append("the certificate counts fewer tickets than entries")
    if _parse_utc(c["drawn_at"]) is None:
        problems.append(f"drawn_at {c['drawn_at']!r} is not a date and time with a zone")
    return problems
