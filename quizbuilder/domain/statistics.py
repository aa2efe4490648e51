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
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from typing import Any

Z95 = 1.959963984540054
AB_MIN_PER_VARIANT = 30
AB_ALPHA = 0.05
TOO_EASY = 0.9
TOO_HARD = 0.2


def ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def completion_rate(completed: int, started: int) -> float | None:
    return ratio(completed, started)


def shares(counts: Mapping[str, int], total: int) -> dict[str, float | None]:
    return {key: ratio(count, total) for key, count in counts.items()}


def mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if len(values) else None


def median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if len(values) else None


def pstdev(values: Sequence[float]) -> float | None:
    return statistics.pstdev(values) if len(values) else None


def quartiles(values: Sequence[float]) -> tuple[float, float, float] | None:
    """(q1, median, q3), inclusive method (as a spreadsheet's QUARTILE)."""
    if not len(values):
        return None
    if len(values) == 1:
        v = float(values[0])
        return v, v, v
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def facility(scores: Sequence[float], points: float) -> float | None:
    """Mean question score over points; ``scores`` has 0 for a blank answer."""
    if not len(scores) or points <= 0:
        return None
    return statistics.fmean(scores) / points


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    n = len(xs)
    if n < 2 or n != len(ys):
        return None
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxy = sxx = syy = 0.0
    for x, y in zip(xs, ys, strict=True):
        dx, dy = x - mx, y - my
        sxy += dx * dy
        sxx += dx * dx
        syy += dy * dy
    if sxx <= 1e-12 * n or syy <= 1e-12 * n:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def discrimination(scores: Sequence[float], totals: Sequence[float]) -> float | None:
    """Pearson correlation between a question's score and the rest score."""
    return pearson(scores, [t - s for s, t in zip(scores, totals, strict=True)])


def cronbach_alpha(per_question: Sequence[Sequence[float]]) -> float | None:
    """``per_question[i][r]``: score of respondent r on question i."""
    k = len(per_question)
    if k < 2:
        return None
    n = len(per_question[0])
    if n < 2 or any(len(q) != n for q in per_question):
        return None
    totals = [math.fsum(q[r] for q in per_question) for r in range(n)]
    total_var = statistics.pvariance(totals)
    if total_var <= 1e-12:
        return None
    item_var = math.fsum(statistics.pvariance(q) for q in per_question)
    return k / (k - 1) * (1 - item_var / total_var)


def histogram(totals: Sequence[float], max_possible: float) -> list[dict[str, float | int]]:
    """One bin per point for a whole maximum up to 20 ([k, k+1)), else ten equal bins
    from 0 to the maximum, the last one closed; a score outside goes to the nearest."""
    if max_possible <= 0:
        return []
    if max_possible <= 20 and float(max_possible).is_integer():
        edges = [float(k) for k in range(int(max_possible) + 2)]
    else:
        width = max_possible / 10
        edges = [k * width for k in range(11)]
    bins = len(edges) - 1
    counts = [0] * bins
    width = edges[1] - edges[0]
    for t in totals:
        counts[max(0, min(bins - 1, int((t + 1e-9) // width)))] += 1
    return [{"from": edges[i], "to": edges[i + 1], "count": counts[i]} for i in range(bins)]


def pass_rate(
    totals: Sequence[float], max_possible: float, pass_percent: float | None
) -> float | None:
    if pass_percent is None or max_possible <= 0 or not len(totals):
        return None
    passed = sum(1 for t in totals if 100.0 * t / max_possible >= pass_percent - 1e-9)
    return passed / len(totals)


def score_summary(
    totals: Sequence[float], max_possible: float, pass_percent: float | None = None
) -> dict[str, Any]:
    scored = max_possible > 0 and len(totals) > 0
    return {
        "responses": len(totals) if max_possible > 0 else 0,
        "mean": mean(totals) if scored else None,
        "median": median(totals) if scored else None,
        "stdev": pstdev(totals) if scored else None,
        "min": float(min(totals)) if scored else None,
        "max": float(max(totals)) if scored else None,
        "max_possible": max_possible if max_possible > 0 else None,
        "pass_rate": pass_rate(totals, max_possible, pass_percent),
        "histogram": histogram(totals, max_possible) if max_possible > 0 else [],
    }


def nps(values: Sequence[int]) -> dict[str, Any]:
    """Promoters answer 9-10, detractors 0-6; the score is in points from -100 to 100."""
    n = len(values)
    promoters = sum(1 for v in values if v >= 9)
    detractors = sum(1 for v in values if v <= 6)
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


def question_flags(facility_value: float | None, discrimination_value: float | None) -> list[str]:
    flags = []
    if facility_value is not None:
        if facility_value > TOO_EASY:
            flags.append("too easy: almost everyone gets it right")
        elif facility_value < TOO_HARD:
            flags.append("too hard: almost nobody gets it right")
    if discrimination_value is not None and discrimination_value < 0:
        flags.append(
            "negative discrimination: the best scorers miss it more often, check the answer key"
        )
    return flags
