"""item_statistics on a real temporary library: the demo, and the benchmark generator's
reference statistics (../shared/tools/make_bench_data.py) as an independent check."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizbuilder.domain.content import Kind
from quizbuilder.formats.content_json import ItemFile
from quizbuilder.formats.gift import read_gift
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.services.response_import import import_responses
from quizbuilder.services.statistics import item_statistics

BENCH = Path(__file__).resolve().parents[4] / "shared" / "tools" / "make_bench_data.py"
KEYS = {
    "item",
    "responses",
    "completed",
    "completion_rate",
    "views",
    "starts",
    "score",
    "questions",
    "outcomes",
    "nps",
    "funnel",
    "sources",
    "variants",
    "ab_test",
    "alpha",
    "time",
    "leads",
    "bands",
    "dropoff",
    "dropoff_basis",
    "leaderboard",
    "badges",
    "versions",
    "available",
}


def _demo(library: LibraryService) -> dict[Kind, int]:
    load_demo(library)
    return {i.kind: i.id for i in library.list_items()}


def test_demo_counts_add_up_and_json_is_clean(library: LibraryService) -> None:
    for kind, item_id in _demo(library).items():
        data = item_statistics(library, item_id)
        assert set(data) >= KEYS, kind
        json.dumps(data, allow_nan=False)  # no NaN anywhere
        n = data["responses"]
        assert n > 0
        assert sum(s["responses"] for s in data["sources"]) == n
        assert sum(s["completed"] for s in data["sources"]) == data["completed"]
        for q in data["questions"]:
            assert q["answered"] + q["skipped"] == n
            shares = [o["share"] for o in q["options"] if o["share"] is not None]
            if q["type"] in ("single_choice", "true_false", "rating", "nps", "likert"):
                assert sum(o["count"] for o in q["options"]) <= q["answered"]
            assert all(0 <= s <= 1 for s in shares)
        if data["score"]["max_possible"] is not None:
            assert sum(b["count"] for b in data["score"]["histogram"]) == data["completed"]
        if data["outcomes"]:
            assert sum(o["count"] for o in data["outcomes"]) <= data["completed"]
        if data["variants"]:
            assert sum(v["responses"] for v in data["variants"]) == n
        assert 0 <= (data["completion_rate"] or 0) <= 1


def test_demo_quiz_filters(library: LibraryService) -> None:
    quiz = _demo(library)[Kind.KNOWLEDGE_QUIZ]
    everything = item_statistics(library, quiz)
    assert everything["views"] and everything["funnel"][0]["step"] == "view"
    assert everything["alpha"] is not None and everything["ab_test"]["verdict"]
    per_source = [
        item_statistics(library, quiz, source=s["source"])
        for s in everything["sources"]
        if s["source"]
    ]
    assert (
        sum(p["responses"] for p in per_source)
        + sum(s["responses"] for s in everything["sources"] if not s["source"])
        == everything["responses"]
    )
    a = item_statistics(library, quiz, variant="A")
    assert [v["variant"] for v in a["variants"]] == ["A"] and a["ab_test"] is None
    assert a["responses"] == everything["variants"][0]["responses"]
    assert item_statistics(library, quiz, until="1990-01-01")["responses"] == 0
    assert (
        item_statistics(library, quiz, since="1990-01-01")["responses"] == everything["responses"]
    )
    nothing = item_statistics(library, quiz, since="2999-01-01")
    assert nothing["score"]["mean"] is None and nothing["alpha"] is None
    assert all(q["facility"] is None for q in nothing["questions"])
    json.dumps(nothing, allow_nan=False)


def test_demo_survey_nps_and_unknown_item(library: LibraryService) -> None:
    survey = _demo(library)[Kind.SURVEY]
    nps = item_statistics(library, survey)["nps"]
    assert nps["promoters"] + nps["passives"] + nps["detractors"] == nps["responses"]
    assert nps["score"] == pytest.approx(
        100 * (nps["promoters"] - nps["detractors"]) / nps["responses"]
    )
    with pytest.raises(ItemNotFound):
        item_statistics(library, 999)


def test_duplicate_policy(library: LibraryService, tmp_path: Path) -> None:
    from quizbuilder.domain.validation import parse_document
    from tests.unit.services.test_response_import import GOOGLE, QUIZ

    item_id = library.create_item(parse_document(QUIZ))
    path = tmp_path / "g.csv"
    lines = GOOGLE.splitlines()
    # the same person answers again, later
    extra = lines[1].replace("2026/", "2027/", 1)
    path.write_text("\n".join([*lines, extra]) + "\n", encoding="utf-8")
    import_responses(library, item_id, path)
    keep_all = item_statistics(library, item_id, duplicate_policy="keep_all")
    first = item_statistics(library, item_id, duplicate_policy="first_per_email")
    last = item_statistics(library, item_id, duplicate_policy="last_per_email")
    assert keep_all["responses"] == first["responses"] + 1 == last["responses"] + 1


@pytest.mark.skipif(not BENCH.exists(), reason=f"{BENCH} is absent (../shared/tools)")
def test_matches_the_bench_generator(library: LibraryService, tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(BENCH), str(tmp_path), "--rows", "1500", "--seed", "7"], check=True
    )
    expected = json.loads((tmp_path / "expected.json").read_text(encoding="utf-8"))
    parsed = read_gift((tmp_path / "quiz.gift").read_text(encoding="utf-8"), "Bench")
    [item_id] = library.add_item_file(ItemFile([(None, d) for d in parsed.items]))
    result = import_responses(library, item_id, tmp_path / "responses_google_forms.csv")
    assert result.imported == expected["responses"]
    data = item_statistics(library, item_id, duplicate_policy="keep_all")
    assert data["responses"] == data["completed"] == expected["responses"]
    assert data["score"]["max_possible"] == expected["max_score"]
    assert data["score"]["mean"] == pytest.approx(expected["score_mean"], abs=1e-6)
    assert data["score"]["median"] == pytest.approx(expected["score_median"], abs=1e-6)
    assert data["score"]["stdev"] == pytest.approx(expected["score_stdev"], abs=1e-6)
    assert len(data["questions"]) == len(expected["questions"])
    for ours, ref in zip(data["questions"], expected["questions"], strict=True):
        assert ours["answered"] == ref["answered"], ref["title"]
        counts = {o["label"]: o["count"] for o in ours["options"]}
        if set(counts) != set(ref["counts"]):  # true/false: labels in our words, same order
            counts = dict(zip(ref["counts"], counts.values(), strict=True))
        assert counts == ref["counts"], ref["title"]
        assert ours["facility"] == pytest.approx(ref["facility"], abs=1e-6)
        assert ours["discrimination"] == pytest.approx(ref["discrimination"], abs=1e-6)
