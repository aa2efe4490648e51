"""The statistics' definitions on small cases computed by hand (and textbook values)."""

from __future__ import annotations

import math

import pytest

from quizbuilder.domain import statistics as st


def test_completion_rate_and_shares() -> None:
    assert st.completion_rate(3, 4) == 0.75
    assert st.completion_rate(0, 0) is None
    assert st.shares({"a": 1, "b": 3}, 4) == {"a": 0.25, "b": 0.75}
    assert st.shares({"a": 0}, 0) == {"a": None}


def test_facility() -> None:
    assert st.facility([2.0, 0.0, 1.0, 1.0], 2.0) == 0.5  # mean 1 of 2 points
    assert st.facility([], 1.0) is None
    assert st.facility([0.0], 0.0) is None


def test_pearson_and_discrimination() -> None:
    assert st.pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert st.pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    # x = 1,0,1,0 ; y = 2,1,1,0: means .5, 1; sxy = .5+.5+0+.5 = ... by hand:
    # dx = .5,-.5,.5,-.5 ; dy = 1,0,0,-1 ; sxy = .5+0+0+.5 = 1 ; sxx = 1 ; syy = 2
    assert st.pearson([1, 0, 1, 0], [2, 1, 1, 0]) == pytest.approx(1 / math.sqrt(2))
    assert st.pearson([1], [1]) is None  # one respondent
    assert st.pearson([1, 1, 1], [1, 2, 3]) is None  # everyone scores the same
    # question scores 1,0,1,0 with totals 3,1,2,0: rest = 2,1,1,0 as above
    assert st.discrimination([1, 0, 1, 0], [3, 1, 2, 0]) == pytest.approx(1 / math.sqrt(2))
    # the best (rest 2) miss it, the weakest get it: negative
    assert st.discrimination([0, 1], [2, 1]) == pytest.approx(-1.0)


def test_cronbach_alpha() -> None:
    # 3 questions, 4 respondents: q1 = 1,1,0,0 ; q2 = 1,0,1,0 ; q3 = 1,1,1,0
    # item variances .25 .25 .1875 = .6875 ; totals 3,2,2,0 mean 1.75 var = 1.1875
    # alpha = 3/2 * (1 - .6875/1.1875) = 0.631578...
    alpha = st.cronbach_alpha([[1, 1, 0, 0], [1, 0, 1, 0], [1, 1, 1, 0]])
    assert alpha == pytest.approx(1.5 * (1 - 0.6875 / 1.1875))
    assert st.cronbach_alpha([[1, 0, 1]]) is None  # one question
    assert st.cronbach_alpha([[1], [0]]) is None  # one respondent
    assert st.cronbach_alpha([[1, 1], [0, 0]]) is None  # all equal totals
    assert st.cronbach_alpha([]) is None


def test_score_summary() -> None:
    s = st.score_summary([0, 1, 2, 2, 5], 5, pass_percent=40)
    assert s["mean"] == 2.0 and s["median"] == 2.0 and s["min"] == 0 and s["max"] == 5
    assert s["stdev"] == pytest.approx(math.sqrt((4 + 1 + 0 + 0 + 9) / 5))  # population
    assert s["max_possible"] == 5 and s["pass_rate"] == 0.6  # 2, 2, 5 reach 40 %
    assert [b["count"] for b in s["histogram"]] == [1, 1, 2, 0, 0, 1]
    assert s["histogram"][0] == {"from": 0.0, "to": 1.0, "count": 1}
    one = st.score_summary([3.0], 5)
    assert one["stdev"] == 0.0 and one["pass_rate"] is None
    empty = st.score_summary([], 5, 50)
    assert empty["mean"] is None and empty["stdev"] is None and empty["pass_rate"] is None
    unscored = st.score_summary([], 0)
    assert unscored["max_possible"] is None and unscored["histogram"] == []


def test_histogram_of_a_fractional_maximum() -> None:
    bins = st.histogram([0.0, 12.5, 25.0], 25.0)  # above 20: ten bins of 2.5
    assert len(bins) == 10 and bins[0]["to"] == 2.5 and bins[-1]["to"] == 25.0
    assert [b["count"] for b in bins] == [1, 0, 0, 0, 0, 1, 0, 0, 0, 1]


def test_quartiles() -> None:
    assert st.quartiles([]) is None
    assert st.quartiles([5]) == (5.0, 5.0, 5.0)
    assert st.quartiles([1, 2, 3, 4, 5]) == (2.0, 3.0, 4.0)


def test_nps_edges() -> None:
    n = st.nps([10, 9, 8, 7, 6, 0])  # 2 promoters, 2 passives, 2 detractors
    assert (n["promoters"], n["passives"], n["detractors"], n["score"]) == (2, 2, 2, 0.0)
    assert st.nps([9, 10])["score"] == 100.0
    assert st.nps([0, 6])["score"] == -100.0
    assert st.nps([7, 8])["score"] == 0.0
    nobody = st.nps([])
    assert nobody["score"] is None and nobody["responses"] == 0
    assert st.nps([10, 10, 10, 5])["score"] == 50.0


def test_wilson_interval_textbook() -> None:
    # Newcombe (1998), example: 81 of 263 -> 0.2553 to 0.3662
    low, high = st.wilson_interval(81, 263) or (0, 0)
    assert (round(low, 4), round(high, 4)) == (0.2553, 0.3662)
    # 0 of 10: 0 to 0.2775
    low, high = st.wilson_interval(0, 10) or (1, 1)
    assert low == 0.0 and high == pytest.approx(0.2775, abs=1e-4)
    assert st.wilson_interval(0, 0) is None


def test_two_proportion_p_value() -> None:
    # 60/100 vs 40/100: pooled .5, se = sqrt(.25 * .02) = .0707, z = 2.828, p = 0.00468
    assert st.two_proportion_p_value(60, 100, 40, 100) == pytest.approx(0.004678, abs=1e-6)
    assert st.two_proportion_p_value(50, 100, 50, 100) == pytest.approx(1.0)
    assert st.two_proportion_p_value(10, 10, 5, 5) is None  # both 100 %: undefined
    assert st.two_proportion_p_value(1, 0, 1, 2) is None


def test_ab_verdicts() -> None:
    clear = st.ab_test(("A", 40, 100), ("B", 60, 100))
    assert clear["significant"] and clear["winner"] == "B"
    assert clear["verdict"] == "B completes more often, p = 0.0047"
    unclear = st.ab_test(("A", 50, 100), ("B", 52, 100))
    assert not unclear["significant"] and unclear["verdict"].startswith("no clear difference")
    small = st.ab_test(("A", 5, 10), ("B", 20, 25))
    # minimum 30 per variant: A lacks 20, B lacks 5
    assert small["needed"] == 25 and small["p_value"] is not None
    assert small["verdict"] == "not enough data yet: 25 more responses needed"
    same = st.ab_test(("A", 30, 30), ("B", 40, 40))
    assert same["p_value"] is None and same["verdict"].startswith("no difference")


def test_funnel_and_flags() -> None:
    assert st.funnel(10, 6, 3) == [
        {"step": "view", "count": 10},
        {"step": "start", "count": 6},
        {"step": "complete", "count": 3},
    ]
    assert st.question_flags(0.95, 0.3)[0].startswith("too easy")
    assert st.question_flags(0.1, 0.3)[0].startswith("too hard")
    assert st.question_flags(0.5, 0.3) == []
    assert st.question_flags(0.9, None) == [] and st.question_flags(0.2, 0.0) == []
    [flag] = st.question_flags(0.5, -0.1)
    assert "check the answer key" in flag
    assert st.question_flags(None, None) == []


def test_means() -> None:
    assert st.mean([]) is None and st.median([]) is None and st.pstdev([]) is None
    assert st.median([1, 2, 3, 10]) == 2.5
