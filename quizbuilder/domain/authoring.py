"""What the editor's problems panel says about a draft, as the author types.

The content model (``content.py``) refuses documents that cannot work at all; this
module finds what a document that *does* parse still gets wrong: a scored question with
no right answer, options that say the same thing, empty texts, images with no text
alternative, colours below WCAG AA contrast, personality results nobody can reach or
that tie too often, a timer that cannot be extended, a consent that is required, and a
contest whose official rules lack a required mention (``rules.rules_problems``).

Errors block publishing; warnings are for the author to decide on. Every problem has a
``key`` naming its check (stable: the interface translates messages by it, tests and
settings refer to it), a ``path`` to the field to change, in the syntax of
``validation.field_path`` (``questions[2].options[1].label``), an English ``message``,
and the ``args`` its message was made from, so that the interface can say it again in
the author's language.

``check_data`` takes the raw draft the editor holds and never raises: a draft that does
not parse yet gets its schema problems only (key ``invalid``), since the other checks
need a whole document. Everything is pure and fast enough to run on every keystroke:
the costly part, the outcome odds of a personality quiz, is cached on the only things it
depends on (outcomes, tie rule and the weights of the options).
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from operator import add
from typing import Any, Literal

from quizbuilder.domain.content import (
    CHOICE_TYPES,
    MULTI_CHOICE_TYPES,
    OPTION_TYPES,
    ImageRef,
    ItemDocument,
    Kind,
    Question,
    QuestionType,
    TieRule,
)
from quizbuilder.domain.errors import DocumentInvalid
from quizbuilder.domain.rules import rules_problems
from quizbuilder.domain.text import fold
from quizbuilder.domain.validation import parse_document

Severity = Literal["error", "warning"]

AA_CONTRAST = 4.5  # WCAG 2.2 AA, normal text (1.4.3)
TIE_WARNING_SHARE = 0.05  # warn when more than this share of answer combinations tie
# Count exactly while that takes at most this many steps (each adds one answer to one
# distinct total so far): about a tenth of a second in CPython; beyond, sample.
EXACT_LIMIT = 100_000
SAMPLE_SIZE = 20_000
_MAX_SUBSETS = 4_096  # a multiple-choice question's answers listed one by one up to this
_EPS = 1e-9
_IMAGE_TYPES = frozenset({QuestionType.IMAGE_CHOICE, QuestionType.IMAGE_MULTIPLE_CHOICE})

# Every key a problem can have (the panel translates the messages by it).
KEYS = (
    "invalid",
    "empty_title",
    "empty_question",
    "empty_option",
    "empty_pair",
    "empty_outcome",
    "empty_band",
    "missing_alt",
    "duplicate_option",
    "duplicate_pair",
    "no_correct_answer",
    "no_accepted_answer",
    "partial_key",
    "no_scored_question",
    "too_few_outcomes",
    "no_weights",
    "unreachable_outcome",
    "tie_likely",
    "timer_not_extendable",
    "required_consent",
    "low_contrast",
    "contest_rules",
)


@dataclass(frozen=True)
class AuthoringProblem:
    """One thing to fix (``error``: blocks publishing) or to consider (``warning``)."""

    severity: Severity
    path: str
    message: str
    key: str
    args: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"{self.severity}: {self.path}: {self.message}"


def has_errors(problems: Sequence[AuthoringProblem]) -> bool:
    """Whether these problems block publishing."""
    return any(p.severity == "error" for p in problems)


def check_data(data: Mapping[str, Any]) -> list[AuthoringProblem]:
    """The problems of a draft as the editor holds it (JSON-like data), errors first.

    A draft that does not parse yet gets its schema problems only: the other checks
    read a whole document. Never raises, whatever ``data`` holds.
    """
    try:
        document = parse_document(dict(data) if isinstance(data, Mapping) else data)
    except DocumentInvalid as exc:
        return [AuthoringProblem("error", p.path, p.message, "invalid") for p in exc.problems]
    except (TypeError, ValueError) as exc:  # e.g. a value pydantic cannot even look at
        return [AuthoringProblem("error", "", str(exc), "invalid")]
    return check_document(document)


def check_document(doc: ItemDocument) -> list[AuthoringProblem]:
    """Every problem of a parsed document: errors first, then in the order of the checks
    (texts, images, options, answers, results, settings, consents, theme, contest)."""
    found: list[AuthoringProblem] = []
    for check in _CHECKS:
        found.extend(check(doc))
    return sorted(found, key=lambda p: p.severity != "error")


# --- texts ---------------------------------------------------------------------------------


def _problem(
    severity: Severity, key: str, path: str, message: str, **args: Any
) -> AuthoringProblem:
    return AuthoringProblem(severity, path, message, key, args)


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _text_problems(doc: ItemDocument) -> Iterator[AuthoringProblem]:
    if _blank(doc.title):
        yield _problem(
            "warning",
            "empty_title",
            "title",
            "the item has no title: the page and the library show it untitled",
        )
    for qi, q in enumerate(doc.questions):
        n = qi + 1
        where = f"questions[{qi}]"
        if _blank(q.text):
            yield _problem(
                "error", "empty_question", f"{where}.text", f"question {n} has no text", n=n
            )
        for oi, option in enumerate(q.options):
            if _blank(option.label) and not (q.type in _IMAGE_TYPES and option.image):
                needs = "an image or a label" if q.type in _IMAGE_TYPES else "a label"
                yield _problem(
                    "error",
                    "empty_option",
                    f"{where}.options[{oi}].label",
                    f"question {n}, option {oi + 1} has no text: give it {needs}",
                    n=n,
                    m=oi + 1,
                    image=q.type in _IMAGE_TYPES,
                )
        for pi, pair in enumerate(q.pairs):
            side = "prompt" if _blank(pair.prompt) else "answer" if _blank(pair.answer) else ""
            if side:
                yield _problem(
                    "error",
                    "empty_pair",
                    f"{where}.pairs[{pi}].{side}",
                    f"question {n}, pair {pi + 1} has no {side}",
                    n=n,
                    m=pi + 1,
                    side=side,
                )
    for oi, outcome in enumerate(doc.outcomes):
        if _blank(outcome.title):
            yield _problem(
                "error",
                "empty_outcome",
                f"outcomes[{oi}].title",
                f"result {oi + 1} has no title",
                m=oi + 1,
            )
    for bi, band in enumerate(doc.scoring.bands):
        if _blank(band.title):
            yield _problem(
                "error",
                "empty_band",
                f"scoring.bands[{bi}].title",
                f"score band {bi + 1} (from {band.min_percent:g} %) has no title",
                m=bi + 1,
                percent=band.min_percent,
            )


def _images(doc: ItemDocument) -> Iterator[tuple[str, ImageRef, dict[str, Any], bool]]:
    """(path, image, where it is, whether it is the only thing that says what it means)."""
    if doc.image:
        yield "image", doc.image, {"place": "item"}, False
    if doc.theme.logo:
        yield "theme.logo", doc.theme.logo, {"place": "logo"}, False
    for qi, q in enumerate(doc.questions):
        if q.image:
            yield f"questions[{qi}].image", q.image, {"place": "question", "n": qi + 1}, False
        for oi, option in enumerate(q.options):
            if option.image:
                where = {"place": "option", "n": qi + 1, "m": oi + 1}
                yield (
                    f"questions[{qi}].options[{oi}].image",
                    option.image,
                    where,
                    _blank(option.label),
                )
    for oi, outcome in enumerate(doc.outcomes):
        if outcome.image:
            yield f"outcomes[{oi}].image", outcome.image, {"place": "outcome", "m": oi + 1}, False
    for vi, variant in enumerate(doc.variants):
        if variant.image:
            yield f"variants[{vi}].image", variant.image, {"place": "variant", "m": vi + 1}, False


_PLACES = {
    "item": "the item's image",
    "logo": "the logo",
    "question": "question {n}'s image",
    "option": "the image of question {n}, option {m}",
    "outcome": "result {m}'s image",
    "variant": "variant {m}'s image",
}


def _alt_problems(doc: ItemDocument) -> Iterator[AuthoringProblem]:
    """An answer shown only as an image cannot be chosen by a screen-reader user: an
    error. Elsewhere the image may be decorative, so a missing text is a warning."""
    for path, image, where, alone in _images(doc):
        if not _blank(image.alt):
            continue
        place = _PLACES[where["place"]].format(**where)
        if alone:
            message = (
                f"{place} has no text alternative and the option no label: nothing says what it is"
            )
        else:
            message = f"{place} has no text alternative (alt text) for screen readers"
        yield _problem(
            "error" if alone else "warning",
            "missing_alt",
            f"{path}.alt",
            message,
            alone=alone,
            **where,
        )


# --- options and answers -------------------------------------------------------------------


def _duplicate_problems(doc: ItemDocument) -> Iterator[AuthoringProblem]:
    for qi, q in enumerate(doc.questions):
        n = qi + 1
        if q.type in OPTION_TYPES:
            seen: dict[str, int] = {}
            for oi, option in enumerate(q.options):
                folded = fold(option.label)
                if not folded:
                    continue
                if folded in seen:
                    first = seen[folded]
                    yield _problem(
                        "error",
                        "duplicate_option",
                        f"questions[{qi}].options[{oi}].label",
                        f"question {n}: options {first + 1} and {oi + 1} say the same thing "
                        f"(“{option.label.strip()}”)",
                        n=n,
                        first=first + 1,
                        m=oi + 1,
                        label=option.label.strip(),
                    )
                else:
                    seen[folded] = oi
        for side in ("prompt", "answer"):
            seen = {}
            for pi, pair in enumerate(q.pairs):
                text = getattr(pair, side)
                folded = fold(text)
                if not folded:
                    continue
                if folded in seen:
                    yield _problem(
                        "error",
                        "duplicate_pair",
                        f"questions[{qi}].pairs[{pi}].{side}",
                        f"question {n}: pairs {seen[folded] + 1} and {pi + 1} have the same "
                        f"{side} (“{text.strip()}”)",
                        n=n,
                        first=seen[folded] + 1,
                        m=pi + 1,
                        side=side,
                        label=text.strip(),
                    )
                else:
                    seen[folded] = pi


def _key_problems(doc: ItemDocument) -> Iterator[AuthoringProblem]:
    """A question that gives points needs a right answer: without one, everybody scores
    zero on it. Questions without points are unscored on purpose (a "how did you hear
    of us" in a quiz), so they need none."""
    for qi, q in enumerate(doc.questions):
        n = qi + 1
        if q.points <= 0:
            continue
        where = f"questions[{qi}]"
        if q.type in CHOICE_TYPES:
            best = _best_fraction(q)
            if best <= _EPS:
                yield _problem(
                    "error",
                    "no_correct_answer",
                    f"{where}.options",
                    f"question {n} gives points ({q.points:g}) but no option is marked right",
                    n=n,
                    points=q.points,
                )
            elif best < 1 - _EPS:
                yield _problem(
                    "warning",
                    "partial_key",
                    f"{where}.options",
                    f"question {n}: the right answers give at most {best * 100:.0f} % of its "
                    "points, so nobody can get full marks",
                    n=n,
                    percent=best * 100,
                )
        elif q.type == QuestionType.SHORT_TEXT and not q.accepted_answers:
            yield _problem(
                "error",
                "no_accepted_answer",
                f"{where}.accepted_answers",
                f"question {n} gives points ({q.points:g}) but accepts no answer",
                n=n,
                points=q.points,
            )
        elif q.type == QuestionType.NUMBER and not q.numeric_answers:
            yield _problem(
                "error",
                "no_accepted_answer",
                f"{where}.numeric_answers",
                f"question {n} gives points ({q.points:g}) but accepts no number",
                n=n,
                points=q.points,
            )
    if doc.kind == Kind.KNOWLEDGE_QUIZ and doc.questions and doc.max_score <= 0:
        yield _problem(
            "warning",
            "no_scored_question",
            "questions",
            "no question counts towards the score: give questions points and mark their "
            "right answers",
        )


def _best_fraction(q: Question) -> float:
    """The largest share of its points a choice question can give (Moodle's rule)."""
    positive = sorted((o.fraction for o in q.options if o.fraction > 0), reverse=True)
    if not positive:
        return 0.0
    if q.type not in MULTI_CHOICE_TYPES:
        return positive[0]
    most = q.max_choices or len(q.options)
    return min(1.0, sum(positive[:most]))


# --- personality outcomes ------------------------------------------------------------------


@dataclass(frozen=True)
class OutcomeOdds:
    """How often each outcome comes out over all the ways of answering.

    Every question that moves an outcome counts, each answered (single choice: one
    option; multiple choice: every allowed set of options), all combinations equally
    likely. ``wins``: share of combinations that an outcome leads alone; ``tie``: share
    in which two or more lead together (``sum(wins) + tie == 1``); ``shown``: share in
    which the respondent is shown that outcome once the tie rule has decided (first
    listed; random: its expected share; show all: every leader). ``exact`` when every
    combination was counted, else ``looked_at`` combinations drawn with a seeded
    generator.
    """

    outcomes: tuple[str, ...]
    wins: dict[str, float]
    tie: float
    shown: dict[str, float]
    combinations: int
    looked_at: int
    exact: bool

    def unreachable(self) -> list[str]:
        return [o for o in self.outcomes if self.shown.get(o, 0.0) <= 0.0]


Vector = tuple[int, ...]  # outcome totals in millionths of a weight point: sums are exact
WEIGHT_UNIT = 1_000_000


def _units(weight: float) -> int:
    """A weight in whole millionths, so that totals add up exactly and ties are exact
    (0.1 + 0.2 ties with 0.3, as the author means)."""
    return round(weight * WEIGHT_UNIT)


Answers = tuple[tuple[Vector, int], ...]  # distinct contributions, each with how many ways
# A question's possible contributions: ``Answers``, or ``("sets", vectors, lo, hi)`` for a
# multiple-choice question with too many sets to list (then drawn, never counted).
Choices = tuple[Any, ...]


def outcome_odds(doc: ItemDocument, *, sample: int = SAMPLE_SIZE, seed: int = 0) -> OutcomeOdds:
    """The outcomes' shares over every answer combination (see ``OutcomeOdds``).

    Counted exactly when the distinct outcome totals stay few (the usual small integer
    weights), whatever the number of combinations; else estimated on ``sample``
    combinations drawn with ``random.Random(seed)``, so the same document gives the
    same figures.
    """
    return _odds(_signature(doc), sample, seed)


def _signature(
    doc: ItemDocument,
) -> tuple[tuple[str, ...], str, tuple[Choices, ...]]:
    """What the odds depend on, hashable: a keystroke in a text leaves it the same."""
    outcomes = tuple(o.id for o in doc.outcomes)
    questions: list[Choices] = []
    for q in doc.questions:
        if q.type not in CHOICE_TYPES or not any(o.weights for o in q.options):
            continue
        vectors = [tuple(_units(o.weights.get(k, 0.0)) for k in outcomes) for o in q.options]
        if q.type in MULTI_CHOICE_TYPES:
            lo = 1 if q.min_choices is None else q.min_choices
            hi = len(vectors) if q.max_choices is None else q.max_choices
            questions.append(_subsets(vectors, lo, hi))
        else:
            questions.append(_merge((v, 1) for v in vectors))
    return outcomes, doc.tie_rule.value, tuple(questions)


def _merge(pairs: Iterator[tuple[Vector, int]] | list[tuple[Vector, int]]) -> Answers:
    counts: dict[Vector, int] = {}
    for vector, ways in pairs:
        counts[vector] = counts.get(vector, 0) + ways
    return tuple(sorted(counts.items()))


def _subsets(vectors: list[Vector], lo: int, hi: int) -> Choices:
    """A multiple-choice question's possible contributions; when there are too many
    sets to list, ``("sets", vectors, lo, hi)`` so that the sampler draws them."""
    n = len(vectors)
    sizes = range(max(lo, 0), min(hi, n) + 1)
    if sum(math.comb(n, k) for k in sizes) > _MAX_SUBSETS:
        return ("sets", tuple(vectors), max(lo, 0), min(hi, n))
    width = len(vectors[0]) if vectors else 0
    pairs = []
    for k in sizes:
        for chosen in combinations(vectors, k):
            pairs.append((tuple(sum(v[i] for v in chosen) for i in range(width)), 1))
    return _merge(pairs)


def _ways(answers: Choices) -> int:
    if answers and answers[0] == "sets":
        _, vectors, lo, hi = answers
        return sum(math.comb(len(vectors), k) for k in range(lo, hi + 1))
    return sum(ways for _, ways in answers)


@lru_cache(maxsize=64)
def _odds(
    signature: tuple[tuple[str, ...], str, tuple[Choices, ...]],
    sample: int,
    seed: int,
) -> OutcomeOdds:
    outcomes, tie_rule, questions = signature
    total = math.prod(_ways(a) for a in questions)
    packing = _Packing(len(outcomes), questions)
    packed = _exact_totals(packing, questions)
    exact = packed is not None
    if packed is None:
        packed = _sampled_totals(packing, questions, sample, seed)
    looked_at = sum(packed.values())
    wins = dict.fromkeys(outcomes, 0.0)
    shown = dict.fromkeys(outcomes, 0.0)
    tie = 0.0
    for key, ways in packed.items():
        vector = packing.unpack(key)
        share = ways / looked_at
        best = max(vector, default=0)
        leaders = [k for k, x in zip(outcomes, vector, strict=True) if x == best]
        if len(leaders) == 1:
            wins[leaders[0]] += share
        else:
            tie += share
        if len(leaders) == 1 or tie_rule == TieRule.FIRST_LISTED:
            shown[leaders[0]] += share
        else:
            for k in leaders:
                shown[k] += share if tie_rule == TieRule.SHOW_ALL else share / len(leaders)
    return OutcomeOdds(outcomes, wins, tie, shown, total, looked_at, exact)


class _Packing:
    """Outcome totals packed into one integer, a bit field per outcome, so that adding
    two vectors is one integer addition (the counting loops run at C speed).

    Each question adds one term; a term's field holds its value plus a bias that makes
    it non-negative, so the sum of ``terms`` terms holds the total plus ``terms`` biases.
    """

    def __init__(self, width: int, questions: tuple[Choices, ...]) -> None:
        lows, highs = [0] * width, [0] * width
        for answers in questions:
            for i in range(width):
                low, high = _term_range(answers, i)
                lows[i] = min(lows[i], low)
                highs[i] = max(highs[i], high)
        self.terms = len(questions)
        self.bias = [-low for low in lows]
        self.bits = [
            max(1, (self.terms * (high + bias)).bit_length())
            for high, bias in zip(highs, self.bias, strict=True)
        ]
        self.shifts = [sum(self.bits[:i]) for i in range(width)]

    def pack(self, vector: Vector) -> int:
        return sum(
            (x + bias) << shift
            for x, bias, shift in zip(vector, self.bias, self.shifts, strict=True)
        )

    def unpack(self, key: int) -> Vector:
        return tuple(
            ((key >> shift) & ((1 << bits) - 1)) - self.terms * bias
            for shift, bits, bias in zip(self.shifts, self.bits, self.bias, strict=True)
        )


def _term_range(answers: Choices, i: int) -> tuple[int, int]:
    """The lowest and highest value one question can add to outcome ``i``."""
    if answers and answers[0] == "sets":
        values = [v[i] for v in answers[1]]
        return sum(x for x in values if x < 0), sum(x for x in values if x > 0)
    values = [v[i] for v, _ in answers]
    return min(values, default=0), max(values, default=0)


def _exact_totals(packing: _Packing, questions: tuple[Choices, ...]) -> dict[int, int] | None:
    """How many combinations end at each (packed) vector of outcome totals, question by
    question (the totals merge, so this stays small where the combinations do not);
    ``None`` when there are too many distinct totals to count them all."""
    states: dict[int, int] = {0: 1}
    work = 0
    for answers in questions:
        if answers and answers[0] == "sets":
            return None
        work += len(states) * len(answers)
        if work > EXACT_LIMIT:
            return None
        merged: dict[int, int] = {}
        for term, ways in ((packing.pack(v), w) for v, w in answers):
            for state, count in states.items():
                key = state + term
                merged[key] = merged.get(key, 0) + count * ways
        states = merged
    return states


def _sampled_totals(
    packing: _Packing,
    questions: tuple[Choices, ...],
    sample: int,
    seed: int,
) -> dict[int, int]:
    rng = random.Random(seed)
    totals = [0] * sample
    for answers in questions:
        if answers and answers[0] == "sets":
            _, vectors, lo, hi = answers
            sizes = list(range(lo, hi + 1))
            weights = [math.comb(len(vectors), k) for k in sizes]
            width = len(vectors[0])
            drawn = []
            for size in rng.choices(sizes, weights=weights, k=sample):
                chosen = rng.sample(vectors, size)
                drawn.append(packing.pack(tuple(sum(v[i] for v in chosen) for i in range(width))))
        else:
            terms = [packing.pack(v) for v, _ in answers]
            ways = [w for _, w in answers]
            if sum(ways) <= 256:  # as many copies as ways: an unweighted draw is faster
                population = [t for t, w in zip(terms, ways, strict=True) for _ in range(w)]
                drawn = rng.choices(population, k=sample)
            else:
                drawn = rng.choices(terms, weights=ways, k=sample)
        totals = list(map(add, totals, drawn))
    counts: dict[int, int] = {}
    for key in totals:
        counts[key] = counts.get(key, 0) + 1
    return counts


def _outcome_problems(doc: ItemDocument) -> Iterator[AuthoringProblem]:
    if doc.kind != Kind.PERSONALITY_QUIZ:
        return
    if len(doc.outcomes) < 2:
        yield _problem(
            "error",
            "too_few_outcomes",
            "outcomes",
            "a personality quiz needs at least two results to choose from",
            count=len(doc.outcomes),
        )
        return
    weighted = any(
        any(w != 0 for w in o.weights.values())
        for q in doc.questions
        if q.type in CHOICE_TYPES
        for o in q.options
    )
    if not weighted:
        yield _problem(
            "error",
            "no_weights",
            "questions",
            "no answer gives points to any result: set the weights of the options",
        )
        return
    odds = outcome_odds(doc)
    titles = {o.id: o.title.strip() or o.id for o in doc.outcomes}
    for oi, outcome in enumerate(doc.outcomes):
        if odds.shown[outcome.id] > 0:
            continue
        if odds.exact:
            message = f"no combination of answers leads to the result “{titles[outcome.id]}”"
        else:
            message = (
                f"none of {odds.looked_at:,} sampled combinations of answers leads to the "
                f"result “{titles[outcome.id]}”"
            )
        yield _problem(
            "error" if odds.exact else "warning",
            "unreachable_outcome",
            f"outcomes[{oi}]",
            message,
            m=oi + 1,
            title=titles[outcome.id],
            exact=odds.exact,
            looked_at=odds.looked_at,
        )
    if odds.tie > TIE_WARNING_SHARE:
        shares = [(titles[k], odds.wins[k]) for k in odds.outcomes]
        listed = ", ".join(f"{t} {s * 100:.1f} %" for t, s in shares)
        how = "of all" if odds.exact else f"of {odds.looked_at:,} sampled"
        yield _problem(
            "warning",
            "tie_likely",
            "tie_rule",
            f"{odds.tie * 100:.1f} % {how} combinations of answers end in a tie between "
            f"results (each wins alone: {listed}); adjust the weights, or choose how ties "
            "are decided",
            tie=odds.tie,
            shares=tuple(shares),
            exact=odds.exact,
            looked_at=odds.looked_at,
        )


# --- settings, consents, theme, contest ----------------------------------------------------


def _timer_problems(doc: ItemDocument) -> Iterator[AuthoringProblem]:
    """WCAG 2.2.1 (Timing Adjustable, level A): a person who needs more time must be
    able to ask for it, unless the time limit is essential (a speed contest)."""
    timer = doc.settings.timer
    if timer is None:
        return
    if not timer.extendable:
        path = "settings.timer.extendable"
    elif timer.max_extensions == 0:
        path = "settings.timer.max_extensions"
    else:
        return
    yield _problem(
        "warning",
        "timer_not_extendable",
        path,
        "the timer cannot be extended: people who read or type slowly need to be able to "
        "ask for more time (WCAG 2.2.1), unless the time limit is the point of the game",
        seconds=timer.seconds,
    )


# Boxes that are not a consent to a use of personal data, and may be required: accepting
# the rules or the terms, confirming one's age (GDPR consent is for processing data).
NOT_CONSENT_PURPOSES = frozenset(
    {"contest_rules", "rules", "terms", "reglement", "cgu", "age", "age_confirmation"}
)


def _consent_problems(doc: ItemDocument) -> Iterator[AuthoringProblem]:
    """GDPR article 7(4): a consent that one must give to take part is not freely
    given. A box that accepts the rules or confirms an age is no such consent (see
    ``NOT_CONSENT_PURPOSES`` and the contest's ``age_consent_id``). Only an enabled
    lead form shows its boxes."""
    if not doc.lead_form.enabled:
        return
    age_box = doc.contest.eligibility.age_consent_id if doc.contest else None
    for ci, consent in enumerate(doc.lead_form.consents):
        purpose = fold(consent.purpose).replace(" ", "_")
        if consent.required and purpose not in NOT_CONSENT_PURPOSES and consent.id != age_box:
            yield _problem(
                "warning",
                "required_consent",
                f"lead_form.consents[{ci}].required",
                f"the consent “{consent.purpose}” is required: a consent one must give to "
                "take part is not freely given (GDPR); make it optional",
                m=ci + 1,
                purpose=consent.purpose,
            )


def _channel(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _luminance(color: str) -> float:
    r, g, b = (_channel(int(color[i : i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours, from 1 (same) to 21.

    Raises ``ValueError`` on anything else than ``#rrggbb``.
    """
    for color in (fg, bg):
        if not _COLOUR.fullmatch(color):
            raise ValueError(f"{color!r} is not a colour like #5b3cc4")
    high, low = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


BUTTON_INKS = ("#ffffff", "#111111")  # the embed writes on a button in whichever reads best


def _contrast_problems(doc: ItemDocument) -> Iterator[AuthoringProblem]:
    """The embed moves a colour that fails AA until it passes, so the page stays
    readable, but then it no longer looks as the author chose: say so now."""
    theme = doc.theme
    ink = max(BUTTON_INKS, key=lambda c: contrast_ratio(c, theme.primary_color))
    pairs = (
        ("text", "theme.text_color", theme.text_color, theme.background_color),
        ("button", "theme.primary_color", ink, theme.primary_color),
        ("accent", "theme.primary_color", theme.primary_color, theme.background_color),
    )
    flagged: set[str] = set()
    for pair, path, fg, bg in pairs:
        ratio = contrast_ratio(fg, bg)
        if ratio >= AA_CONTRAST or path in flagged:
            continue
        flagged.add(path)
        what = {
            "text": f"the text colour {fg} on the background {bg}",
            "button": f"button text on the accent colour {bg}",
            "accent": f"the accent colour {fg} on the background {bg}",
        }[pair]
        yield _problem(
            "warning",
            "low_contrast",
            path,
            f"{what} has a contrast ratio of {ratio:.1f}:1, below the {AA_CONTRAST:g}:1 of "
            "WCAG AA; the embed will adjust it to stay readable",
            pair=pair,
            fg=fg,
            bg=bg,
            ratio=ratio,
        )


def _contest_problems(doc: ItemDocument) -> Iterator[AuthoringProblem]:
    if doc.kind != Kind.CONTEST or doc.contest is None:
        return
    for p in rules_problems(doc, doc.language.value):
        # The rule's own key and arguments ride along so the app can say it in French.
        yield _problem(p.severity, "contest_rules", p.field, p.message, rule_key=p.key, **p.args)


_CHECKS: tuple[Callable[[ItemDocument], Iterator[AuthoringProblem]], ...] = (
    _text_problems,
    _alt_problems,
    _duplicate_problems,
    _key_problems,
    _outcome_problems,
    _timer_problems,
    _consent_problems,
    _contrast_problems,
    _contest_problems,
)
