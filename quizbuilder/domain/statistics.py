"""Statistics of an item's responses, as defined in "Statistics" of DESIGN.md.

Pure functions over plain numbers: the service reads the rows and gives them here.
A value that is undefined (no data, one respondent, no variance) is ``None``, never a
NaN or an exception.

- completion rate = completed / started (the caller gives starts from the funnel events
  where there are any, else the number of responses);
- facility = mean question score / question points (blank = 0);
- discrimination = Pearson correlation of the question score with the rest score
  (total minus this question);
- score spread is the population standard deviation (``statistics.pstdev``);
- Cronbach's alpha = k/(k-1) * (1 - sum of item variances / variance of totals),
  population variances, ``None`` below two questions, two respondents, or with no
  variance in the totals;
- NPS = % promoters (9-10) - % detractors (0-6);
- A/B: a 95 % Wilson interval per variant and a pooled two-proportion z-test, two-sided
  p = erfc(|z| / sqrt 2). Below ``AB_MIN_PER_VARIANT`` responses in either variant
  (the usual rule of thumb for the normal approximation) the verdict is "not enough
  data yet: N more responses needed", N being the sum over the two variants of what
  each lacks to reach the minimum.

A million responses share far fewer distinct values (a few dozen totals, a handful of
answers per question), so most functions also come in a *counted* form: a mapping from
each distinct value to how many responses have it (``Counts``), or (x, y, count)
triples for a correlation. The plain forms call the counted ones, so both give the same
numbers.
"""

from __future__ import annotations

import hashlib
import math
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Z95 = 1.959963984540054
AB_MIN_PER_VARIANT = 30
AB_ALPHA = 0.05
TOO_EASY = 0.9
TOO_HARD = 0.2
_TINY = 1e-12

Counts = Mapping[float, int]
"""A distribution: each distinct value and how many responses have it."""

FLAG_TEXTS = {
    "too_easy": "too easy: almost everyone gets it right",
    "too_hard": "too hard: almost nobody gets it right",
    "check_key": "negative discrimination: the best scorers miss it more often, "
    "check the answer key",
}
"""Plain-language flags, in English; the app translates them by key."""


def ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def completion_rate(completed: int, started: int) -> float | None:
    return ratio(completed, started)


def shares(counts: Mapping[str, int], total: int) -> dict[str, float | None]:
    return {key: ratio(count, total) for key, count in counts.items()}


def size(counts: Counts) -> int:
    return sum(counts.values())


def mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if len(values) else None


def median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if len(values) else None


def pstdev(values: Sequence[float]) -> float | None:
    return statistics.pstdev(values) if len(values) else None


def counted_mean(counts: Counts) -> float | None:
    n = size(counts)
    return math.fsum(v * c for v, c in counts.items()) / n if n else None


def counted_pvariance(counts: Counts) -> float | None:
    """Population variance, centred on the mean first (no cancellation)."""
    m = counted_mean(counts)
    if m is None:
        return None
    return math.fsum(c * (v - m) ** 2 for v, c in counts.items()) / size(counts)


def counted_pstdev(counts: Counts) -> float | None:
    variance = counted_pvariance(counts)
    return None if variance is None else math.sqrt(variance)


class _Ranked:
    """The k-th smallest value of a distribution, as if it were a sorted list."""

    def __init__(self, counts: Counts) -> None:
        self.values = sorted(v for v, c in counts.items() if c > 0)
        self.ends: list[int] = []
        reached = 0
        for v in self.values:
            reached += counts[v]
            self.ends.append(reached)
        self.n = reached

    def __getitem__(self, k: int) -> float:
        low, high = 0, len(self.ends) - 1
        while low < high:  # the first value whose run ends after position k
            middle = (low + high) // 2
            if self.ends[middle] > k:
                high = middle
            else:
                low = middle + 1
        return float(self.values[low])


def counted_median(counts: Counts) -> float | None:
    ranked = _Ranked(counts)
    n = ranked.n
    if not n:
        return None
    if n % 2:
        return ranked[n // 2]
    return (ranked[n // 2 - 1] + ranked[n // 2]) / 2


def counted_quartiles(counts: Counts) -> tuple[float, float, float] | None:
    """(q1, median, q3), inclusive method, as ``statistics.quantiles`` computes it on the
    list the distribution stands for (and as a spreadsheet's QUARTILE)."""
    ranked = _Ranked(counts)
    if not ranked.n:
        return None
    if ranked.n == 1:
        v = ranked[0]
        return v, v, v
    m = ranked.n - 1
    result = []
    for i in (1, 2, 3):
        j, delta = divmod(i * m, 4)
        result.append((ranked[j] * (4 - delta) + ranked[j + 1] * delta) / 4)
    return result[0], result[1], result[2]


def quartiles(values: Sequence[float]) -> tuple[float, float, float] | None:
    """(q1, median, q3), inclusive method (as a spreadsheet's QUARTILE)."""
    return counted_quartiles(Counter(values))


def facility(scores: Sequence[float], points: float) -> float | None:
    """Mean question score over points; ``scores`` has 0 for a blank answer."""
    if not len(scores) or points <= 0:
        return None
    return statistics.fmean(scores) / points


def counted_facility(scores: Counts, points: float) -> float | None:
    m = counted_mean(scores)
    return None if m is None or points <= 0 else m / points


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    if len(xs) != len(ys):
        return None
    return counted_pearson((x, y, 1) for x, y in zip(xs, ys, strict=True))


def counted_pearson(triples: Iterable[tuple[float, float, int]]) -> float | None:
    """Pearson correlation of (x, y, how many) triples; ``None`` below two responses or
    when either side has no variance (everyone scores the same)."""
    rows = [(x, y, c) for x, y, c in triples if c > 0]
    n = sum(c for _, _, c in rows)
    if n < 2:
        return None
    mx = math.fsum(x * c for x, _, c in rows) / n
    my = math.fsum(y * c for _, y, c in rows) / n
    sxy = math.fsum(c * (x - mx) * (y - my) for x, y, c in rows)
    sxx = math.fsum(c * (x - mx) ** 2 for x, _, c in rows)
    syy = math.fsum(c * (y - my) ** 2 for _, y, c in rows)
    if sxx <= _TINY * n or syy <= _TINY * n:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def discrimination(scores: Sequence[float], totals: Sequence[float]) -> float | None:
    """Pearson correlation between a question's score and the rest score."""
    return pearson(scores, [t - s for s, t in zip(scores, totals, strict=True)])


def counted_discrimination(pairs: Mapping[tuple[float, float], int]) -> float | None:
    """The same from {(question score, total): how many}."""
    return counted_pearson((s, t - s, c) for (s, t), c in pairs.items())


def cronbach_alpha(per_question: Sequence[Sequence[float]]) -> float | None:
    """``per_question[i][r]``: score of respondent r on question i."""
    k = len(per_question)
    if k < 2:
        return None
    n = len(per_question[0])
    if n < 2 or any(len(q) != n for q in per_question):
        return None
    totals = Counter(math.fsum(q[r] for q in per_question) for r in range(n))
    return counted_alpha([Counter(q) for q in per_question], totals)


def counted_alpha(per_question: Sequence[Counts], totals: Counts) -> float | None:
    """Alpha from each question's score distribution and the distribution of totals,
    all over the same respondents."""
    k = len(per_question)
    n = size(totals)
    if k < 2 or n < 2 or any(size(q) != n for q in per_question):
        return None
    total_var = counted_pvariance(totals) or 0.0
    if total_var <= _TINY:
        return None
    item_var = math.fsum(counted_pvariance(q) or 0.0 for q in per_question)
    return k / (k - 1) * (1 - item_var / total_var)


def _edges(max_possible: float) -> list[float]:
    if max_possible <= 20 and float(max_possible).is_integer():
        return [float(k) for k in range(int(max_possible) + 2)]
    width = max_possible / 10
    return [k * width for k in range(11)]


def histogram(totals: Sequence[float], max_possible: float) -> list[dict[str, float | int]]:
    """One bin per point for a whole maximum up to 20 ([k, k+1)), else ten equal bins
    from 0 to the maximum, the last one closed; a score outside goes to the nearest."""
    return counted_histogram(Counter(totals), max_possible)


def counted_histogram(totals: Counts, max_possible: float) -> list[dict[str, float | int]]:
    if max_possible <= 0:
        return []
    edges = _edges(max_possible)
    bins = len(edges) - 1
    counts = [0] * bins
    width = edges[1] - edges[0]
    for t, c in totals.items():
        counts[max(0, min(bins - 1, int((t + 1e-9) // width)))] += c
    return [{"from": edges[i], "to": edges[i + 1], "count": counts[i]} for i in range(bins)]


def pass_rate(
    totals: Sequence[float], max_possible: float, pass_percent: float | None
) -> float | None:
    return counted_pass_rate(Counter(totals), max_possible, pass_percent)


def counted_pass_rate(
    totals: Counts, max_possible: float, pass_percent: float | None
) -> float | None:
    n = size(totals)
    if pass_percent is None or max_possible <= 0 or not n:
        return None
    passed = sum(c for t, c in totals.items() if 100.0 * t / max_possible >= pass_percent - 1e-9)
    return passed / n


def score_summary(
    totals: Sequence[float], max_possible: float, pass_percent: float | None = None
) -> dict[str, Any]:
    return counted_score_summary(Counter(totals), max_possible, pass_percent)


def counted_score_summary(
    totals: Counts, max_possible: float, pass_percent: float | None = None
) -> dict[str, Any]:
    n = size(totals)
    scored = max_possible > 0 and n > 0
    present = [t for t, c in totals.items() if c > 0]
    return {
        "responses": n if max_possible > 0 else 0,
        "mean": counted_mean(totals) if scored else None,
        "median": counted_median(totals) if scored else None,
        "stdev": counted_pstdev(totals) if scored else None,
        "min": float(min(present)) if scored else None,
        "max": float(max(present)) if scored else None,
        "max_possible": max_possible if max_possible > 0 else None,
        "pass_rate": counted_pass_rate(totals, max_possible, pass_percent),
        "histogram": counted_histogram(totals, max_possible) if max_possible > 0 else [],
    }


def band_counts(
    totals: Counts, max_possible: float, bands: Sequence[tuple[str, float]]
) -> list[dict[str, Any]]:
    """How many scored responses fall in each score band, given as (title, min_percent):
    a band holds the scores from its minimum up to the next band's, as the respondent
    was told (the same comparison as ``Scoring.band_for``). A score below every band is
    in none of them. Listed from the lowest band up."""
    ordered = sorted(bands, key=lambda b: b[1])
    counts = [0] * len(ordered)
    n = size(totals)
    if max_possible > 0:
        for t, c in totals.items():
            percent = 100.0 * t / max_possible
            reached = [i for i, (_, low) in enumerate(ordered) if low <= percent]
            if reached:
                counts[reached[-1]] += c
    return [
        {
            "title": title,
            "min_percent": low,
            "count": counts[i],
            "share": ratio(counts[i], n) if max_possible > 0 else None,
        }
        for i, (title, low) in enumerate(ordered)
    ]


def nps(values: Sequence[int]) -> dict[str, Any]:
    """Promoters answer 9-10, detractors 0-6; the score is in points from -100 to 100."""
    return counted_nps(Counter(float(v) for v in values))


def counted_nps(values: Counts) -> dict[str, Any]:
    n = sum(values.values())
    promoters = sum(c for v, c in values.items() if v >= 9)
    detractors = sum(c for v, c in values.items() if v <= 6)
    return {
        "responses": n,
        "promoters": promoters,
        "passives": n - promoters - detractors,
        "detractors": detractors,
        "score": 100.0 * (promoters - detractors) / n if n else None,
    }


def wilson_interval(successes: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    if n <= 0:
        return None
    p = successes / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z / (1 + z2 / n) * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def two_proportion_p_value(s1: int, n1: int, s2: int, n2: int) -> float | None:
    """Two-sided p-value of the pooled two-proportion z-test; ``None`` if undefined."""
    if n1 <= 0 or n2 <= 0:
        return None
    pooled = (s1 + s2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return None
    z = (s1 / n1 - s2 / n2) / se
    return math.erfc(abs(z) / math.sqrt(2))


def ab_test(
    a: tuple[str, int, int], b: tuple[str, int, int], *, what: str = "completes more often"
) -> dict[str, Any]:
    """Compare two variants given as (name, successes, trials)."""
    (name_a, s_a, n_a), (name_b, s_b, n_b) = a, b
    needed = max(0, AB_MIN_PER_VARIANT - n_a) + max(0, AB_MIN_PER_VARIANT - n_b)
    p_value = two_proportion_p_value(s_a, n_a, s_b, n_b)
    result: dict[str, Any] = {
        "a": name_a,
        "b": name_b,
        "rate_a": ratio(s_a, n_a),
        "rate_b": ratio(s_b, n_b),
        "p_value": p_value,
        "significant": False,
        "needed": needed,
        "minimum_per_variant": AB_MIN_PER_VARIANT,
    }
    if needed:
        result["verdict"] = f"not enough data yet: {needed} more responses needed"
        return result
    if p_value is None:
        result["verdict"] = f"no difference: {name_a} and {name_b} have the same rate"
        return result
    p_text = f"p = {p_value:.2g}" if p_value >= 0.001 else "p < 0.001"
    if p_value < AB_ALPHA:
        better = name_a if s_a / n_a > s_b / n_b else name_b
        result["significant"] = True
        result["winner"] = better
        result["verdict"] = f"{better} {what}, {p_text}"
    else:
        result["verdict"] = f"no clear difference between {name_a} and {name_b} yet, {p_text}"
    return result


def funnel(views: int, starts: int, completes: int) -> list[dict[str, Any]]:
    return [
        {"step": "view", "count": views},
        {"step": "start", "count": starts},
        {"step": "complete", "count": completes},
    ]


def question_flag_keys(
    facility_value: float | None, discrimination_value: float | None
) -> list[str]:
    """Keys of ``FLAG_TEXTS``: too easy above 0.9 facility, too hard below 0.2, and a
    negative discrimination (the answer key is probably wrong)."""
    keys = []
    if facility_value is not None:
        if facility_value > TOO_EASY:
            keys.append("too_easy")
        elif facility_value < TOO_HARD:
            keys.append("too_hard")
    if discrimination_value is not None and discrimination_value < 0:
        keys.append("check_key")
    return keys


def question_flags(facility_value: float | None, discrimination_value: float | None) -> list[str]:
    return [FLAG_TEXTS[k] for k in question_flag_keys(facility_value, discrimination_value)]


def pseudonym(first_name: str | None, last_name: str | None, response_uid: str) -> str:
    """What reports show instead of a person: "Camille D." from the lead form's names,
    else "Participant 3F2A" from a hash of the response id. Never an e-mail: a name
    field holding one is ignored."""
    first = " ".join((first_name or "").split())
    last = " ".join((last_name or "").split())
    if first and "@" not in first:
        return f"{first} {last[0].upper()}." if last and "@" not in last else first
    digest = hashlib.sha256(response_uid.encode("utf-8")).hexdigest()
    return f"Participant {digest[:4].upper()}"


def competition_ranks(keys: Sequence[Any]) -> list[int]:
    """Ranks of entries already sorted best first: equal keys share a rank, and the
    next one skips as many places (1, 2, 2, 4)."""
    ranks: list[int] = []
    for i, key in enumerate(keys):
        ranks.append(ranks[-1] if i and key == keys[i - 1] else i + 1)
    return ranks


def dropoff(furthest: Mapping[int, int], completed: int, questions: int) -> list[dict[str, int]]:
    """Where people stop, from how many stopped after each question without completing.

    ``furthest[i]``: how many who did not complete answered question i (0-based, in
    question order) last. A question is *reached* by those who answered it or a later
    one, and by everyone who completed; *stopped* counts those whose last answer it was.
    """
    rows = []
    later = completed
    reached = [0] * questions
    for i in range(questions - 1, -1, -1):
        later += furthest.get(i, 0)
        reached[i] = later
    for i in range(questions):
        rows.append({"position": i + 1, "reached": reached[i], "stopped": furthest.get(i, 0)})
    return rows
