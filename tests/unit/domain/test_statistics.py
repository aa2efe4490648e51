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


def test_counted_forms_match_the_standard_library() -> None:
    import statistics
    from collections import Counter

    values = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0, 5.0]
    counts = Counter(values)
    assert st.counted_mean(counts) == pytest.approx(statistics.fmean(values))
    assert st.counted_median(counts) == statistics.median(values)
    assert st.counted_median(Counter(values[:-1])) == statistics.median(values[:-1])
    assert st.counted_pstdev(counts) == pytest.approx(statistics.pstdev(values))
    q = statistics.quantiles(values, n=4, method="inclusive")
    assert st.counted_quartiles(counts) == pytest.approx(tuple(q))
    assert st.counted_quartiles(Counter({7.0: 3})) == (7.0, 7.0, 7.0)
    assert st.counted_quartiles({}) is None and st.counted_median({}) is None
    assert st.counted_mean({2.0: 0}) is None  # a value nobody has counts for nothing


def test_counted_correlation_and_alpha() -> None:
    # the pearson case above, with the repeated pair counted twice: x 1,0,1,0,0 ; y 2,1,1,0,0
    # means .4 and .8; sxy = .6*1.2 + -.4*.2 + .6*.2 + 2*(-.4*-.8) = 1.4 ; sxx = 1.2 ; syy = 2.8
    r = st.counted_pearson([(1, 2, 1), (0, 1, 1), (1, 1, 1), (0, 0, 2)])
    assert r == pytest.approx(1.4 / math.sqrt(1.2 * 2.8))
    assert st.counted_pearson([(1, 1, 1)]) is None
    assert st.counted_pearson([(1, 1, 3), (1, 2, 2)]) is None  # x never varies
    # question scores 1,1,0,1 with totals 2,1,0,2 (rest 1,0,0,1)
    pairs = {(1.0, 2.0): 2, (1.0, 1.0): 1, (0.0, 0.0): 1}
    assert st.counted_discrimination(pairs) == pytest.approx(0.5 / math.sqrt(0.75))
    # the alpha example above, as distributions: q1 1,1,0,0 q2 1,0,1,0 q3 1,1,1,0
    alpha = st.counted_alpha(
        [{1.0: 2, 0.0: 2}, {1.0: 2, 0.0: 2}, {1.0: 3, 0.0: 1}], {3.0: 1, 2.0: 2, 0.0: 1}
    )
    assert alpha == pytest.approx(1.5 * (1 - 0.6875 / 1.1875))
    assert st.counted_alpha([{1.0: 2}, {1.0: 1}], {2.0: 2}) is None  # unequal respondents


def test_bands() -> None:
    bands = [("Top", 100.0), ("Low", 0.0), ("Mid", 50.0)]
    # out of 10: 20 %, 50 %, 50 %, 80 %, 100 %
    rows = st.band_counts({2.0: 1, 5.0: 2, 8.0: 1, 10.0: 1}, 10, bands)
    assert [(r["title"], r["min_percent"], r["count"], r["share"]) for r in rows] == [
        ("Low", 0.0, 1, 0.2),
        ("Mid", 50.0, 3, 0.6),
        ("Top", 100.0, 1, 0.2),
    ]
    above = st.band_counts({1.0: 1, 4.0: 1}, 4, [("Pass", 30.0)])  # 25 % is in no band
    assert [(r["count"], r["share"]) for r in above] == [(1, 0.5)]
    assert st.band_counts({}, 4, [("Pass", 30.0)])[0]["share"] is None


def test_pseudonyms_never_show_an_email() -> None:
    import hashlib

    assert st.pseudonym("Camille", "dupont", "r1") == "Camille D."
    assert st.pseudonym("  Jean  Luc ", None, "r1") == "Jean Luc"
    expected = "Participant " + hashlib.sha256(b"r1").hexdigest()[:4].upper()
    assert st.pseudonym(None, "Dupont", "r1") == expected
    assert st.pseudonym("camille@example.org", None, "r1") == expected
    assert st.pseudonym("Camille", "c@example.org", "r1") == "Camille"
    assert st.pseudonym("", "", "r2") != expected


def test_ranks_and_dropoff() -> None:
    assert st.competition_ranks([(10, 5), (10, 5), (9, 1), (8, 1), (8, 1)]) == [1, 1, 3, 4, 4]
    assert st.competition_ranks([]) == []
    # 3 questions; 5 completed; 2 stopped after q1, 1 after q3 (before submitting)
    rows = st.dropoff({0: 2, 2: 1}, completed=5, questions=3)
    assert [(r["position"], r["reached"], r["stopped"]) for r in rows] == [
        (1, 8, 2),
        (2, 6, 0),
        (3, 6, 1),
    ]
    assert st.dropoff({}, completed=0, questions=2)[0]["reached"] == 0


def test_flag_keys() -> None:
    assert st.question_flag_keys(0.95, -0.2) == ["too_easy", "check_key"]
    assert st.question_flag_keys(0.1, None) == ["too_hard"]
    assert st.question_flag_keys(0.9, 0.0) == [] and st.question_flag_keys(None, None) == []
    assert [st.FLAG_TEXTS[k] for k in st.question_flag_keys(0.5, -0.1)] == st.question_flags(
        0.5, -0.1
    )
    assert st.counted_nps({})["score"] is None
