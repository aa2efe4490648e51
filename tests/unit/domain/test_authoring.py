"""The editor's checks: each one reported on a crafted document, at the field to fix, and
gone once the author fixes it; the outcome odds against hand counts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from quizbuilder.domain import authoring
from quizbuilder.domain.authoring import (
    KEYS,
    AuthoringProblem,
    check_data,
    check_document,
    contrast_ratio,
    has_errors,
    outcome_odds,
)
from quizbuilder.domain.validation import parse_document
from tests.helpers.contests import contest_data
from tests.helpers.documents import data as document_data

Change = Callable[[dict[str, Any]], None]


@pytest.fixture(autouse=True)
def _fresh_odds_cache() -> Iterator[None]:
    authoring._odds.cache_clear()
    yield
    authoring._odds.cache_clear()


def found(data: dict[str, Any], key: str) -> list[tuple[str, str]]:
    """(severity, path) of every problem of ``key``."""
    return [(p.severity, p.path) for p in check_data(data) if p.key == key]


def quiz() -> dict[str, Any]:
    return document_data("knowledge_quiz")


def personality(
    weights: list[list[dict[str, float]]],
    outcomes: tuple[str, ...] = ("a", "b", "c"),
    tie_rule: str = "first_listed",
) -> dict[str, Any]:
    """A personality quiz: one single-choice question per list, one option per dict."""
    return {
        "kind": "personality_quiz",
        "title": "Quel voyageur ?",
        "tie_rule": tie_rule,
        "outcomes": [{"id": o, "title": o.upper()} for o in outcomes],
        "questions": [
            {
                "id": f"q{qi}",
                "type": "single_choice",
                "text": f"Question {qi}",
                "options": [
                    {"id": f"o{oi}", "label": f"Réponse {oi}", "weights": w}
                    for oi, w in enumerate(options)
                ],
            }
            for qi, options in enumerate(weights)
        ],
    }


@pytest.mark.parametrize(
    "name", ["poll", "knowledge_quiz", "personality_quiz", "survey", "contest_complete"]
)
def test_sound_documents_have_no_problem(name: str) -> None:
    data = contest_data() if name == "contest_complete" else document_data(name)
    assert check_data(data) == []


# --- drafts that do not parse --------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "path"),
    [
        ([], ""),
        ("a string", ""),
        ({"kind": "blog"}, "kind"),
        ({"kind": "poll", "questions": [{"id": "q1", "type": "single_choice"}]}, "questions[0]"),
        ({"kind": "poll", "theme": {"text_color": "red"}}, "theme.text_color"),
        ({"kind": "poll", "questions": "none"}, "questions"),
        ({"kind": "poll", "title": {1, 2}}, "title"),
    ],
)
def test_a_draft_that_does_not_parse_gets_its_schema_problems(draft: Any, path: str) -> None:
    problems = check_data(draft)
    assert problems
    assert {p.key for p in problems} == {"invalid"}
    assert all(p.severity == "error" for p in problems)
    assert any(p.path == path or p.path.startswith(path) for p in problems)


# --- each check, reported then cleared ------------------------------------------------


def _set(path: list[Any], value: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


def _image(alt: str = "") -> dict[str, Any]:
    return {"asset": "ab" * 32, "alt": alt}


CASES: list[tuple[str, str, Change, Change, str, str]] = [
    # (document, key, break it, fix it, severity, path)
    (
        "knowledge_quiz",
        "no_correct_answer",
        _set(["questions", 0, "options", 0, "fraction"], 0),
        _set(["questions", 0, "options", 1, "fraction"], 1),
        "error",
        "questions[0].options",
    ),
    (
        "knowledge_quiz",
        "no_accepted_answer",
        _set(["questions", 2, "numeric_answers"], []),
        _set(["questions", 2, "points"], 0),
        "error",
        "questions[2].numeric_answers",
    ),
    (
        "knowledge_quiz",
        "partial_key",
        _set(["questions", 1, "options", 1, "fraction"], 0),
        _set(["questions", 1, "options", 0, "fraction"], 1),
        "warning",
        "questions[1].options",
    ),
    (
        "poll",
        "duplicate_option",
        _set(["questions", 0, "options", 2, "label"], "  INSTAGRAM "),
        _set(["questions", 0, "options", 2, "label"], "Instagram Reels"),
        "error",
        "questions[0].options[2].label",
    ),
    (
        "poll",
        "duplicate_option",
        _set(["questions", 0, "options", 1, "label"], "Instagrām!"),
        _set(["questions", 0, "options", 1, "label"], "Snapchat"),
        "error",
        "questions[0].options[1].label",
    ),
    (
        "poll",
        "empty_question",
        _set(["questions", 0, "text"], "   "),
        _set(["questions", 0, "text"], "Votre réseau ?"),
        "error",
        "questions[0].text",
    ),
    (
        "poll",
        "empty_option",
        _set(["questions", 0, "options", 1, "label"], ""),
        _set(["questions", 0, "options", 1, "label"], "Mastodon"),
        "error",
        "questions[0].options[1].label",
    ),
    (
        "poll",
        "empty_title",
        _set(["title"], ""),
        _set(["title"], "Réseaux"),
        "warning",
        "title",
    ),
    (
        "personality_quiz",
        "empty_outcome",
        _set(["outcomes", 1, "title"], ""),
        _set(["outcomes", 1, "title"], "Macro"),
        "error",
        "outcomes[1].title",
    ),
    (
        "knowledge_quiz",
        "empty_band",
        _set(["scoring", "bands", 1, "title"], " "),
        _set(["scoring", "bands", 1, "title"], "Pro"),
        "error",
        "scoring.bands[1].title",
    ),
    (
        "poll",
        "missing_alt",
        _set(["questions", 0, "image"], _image()),
        _set(["questions", 0, "image"], _image("Logos des réseaux")),
        "warning",
        "questions[0].image.alt",
    ),
    (
        "poll",
        "missing_alt",
        _set(["theme"], {"logo": _image()}),
        _set(["theme"], {"logo": _image("Logo de la marque")}),
        "warning",
        "theme.logo.alt",
    ),
    (
        "poll",
        "low_contrast",
        _set(["theme"], {"text_color": "#999999"}),
        _set(["theme"], {"text_color": "#595959"}),
        "warning",
        "theme.text_color",
    ),
    (
        "poll",
        "low_contrast",
        _set(["theme"], {"primary_color": "#ffd700"}),
        _set(["theme"], {"primary_color": "#7a5c00"}),
        "warning",
        "theme.primary_color",
    ),
    (
        "knowledge_quiz",
        "timer_not_extendable",
        _set(["settings"], {"timer": {"seconds": 60, "extendable": False}}),
        _set(["settings"], {"timer": {"seconds": 60, "extendable": True}}),
        "warning",
        "settings.timer.extendable",
    ),
    (
        "knowledge_quiz",
        "timer_not_extendable",
        _set(["settings"], {"timer": {"seconds": 60, "max_extensions": 0}}),
        _set(["settings"], {"timer": {"seconds": 60, "max_extensions": 1}}),
        "warning",
        "settings.timer.max_extensions",
    ),
    (
        "poll",
        "required_consent",
        _set(
            ["lead_form"],
            {
                "enabled": True,
                "consents": [
                    {"id": "nl", "purpose": "newsletter", "text": "La lettre", "required": True}
                ],
            },
        ),
        _set(
            ["lead_form"],
            {
                "enabled": True,
                "consents": [{"id": "nl", "purpose": "newsletter", "text": "La lettre"}],
            },
        ),
        "warning",
        "lead_form.consents[0].required",
    ),
    (
        "personality_quiz",
        "too_few_outcomes",
        lambda d: (d["outcomes"].pop(), d["questions"][0]["options"][1]["weights"].clear()),
        lambda d: (
            d["outcomes"].append({"id": "macro", "title": "Macro"}),
            d["questions"][0]["options"][1]["weights"].update(macro=2),
        ),
        "error",
        "outcomes",
    ),
    (
        "personality_quiz",
        "no_weights",
        lambda d: [o["weights"].clear() for o in d["questions"][0]["options"]],
        lambda d: [
            o["weights"].update({outcome: 1})
            for o, outcome in zip(d["questions"][0]["options"], ("nano", "macro"), strict=True)
        ],
        "error",
        "questions",
    ),
]


@pytest.mark.parametrize(
    ("name", "key", "breaks", "fixes", "severity", "path"),
    CASES,
    ids=[f"{c[1]}-{c[5]}" for c in CASES],
)
def test_each_check_is_reported_at_its_field_and_cleared_when_fixed(
    name: str, key: str, breaks: Change, fixes: Change, severity: str, path: str
) -> None:
    data = document_data(name)
    assert found(data, key) == []
    breaks(data)
    assert (severity, path) in found(data, key)
    fixes(data)
    assert found(data, key) == []
    assert check_data(data) == []


def test_a_scored_question_without_a_key_is_an_error_an_unscored_one_is_not() -> None:
    data = quiz()
    data["questions"][0]["options"][0]["fraction"] = 0
    problem = next(p for p in check_data(data) if p.key == "no_correct_answer")
    assert "question 1 gives points (1) but no option is marked right" in problem.message
    assert problem.args["n"] == 1
    data["questions"][0]["points"] = 0
    assert found(data, "no_correct_answer") == []


def test_a_short_text_question_with_points_needs_an_accepted_answer() -> None:
    data = quiz()
    data["questions"].append(
        {"id": "q4", "type": "short_text", "text": "Le réseau de Meta ?", "points": 1}
    )
    assert found(data, "no_accepted_answer") == [("error", "questions[3].accepted_answers")]
    data["questions"][3]["accepted_answers"] = [{"text": "Facebook"}]
    assert found(data, "no_accepted_answer") == []


def test_a_quiz_where_nothing_is_scored_is_warned_about() -> None:
    data = quiz()
    for q in data["questions"]:
        q["points"] = 0
    assert found(data, "no_scored_question") == [("warning", "questions")]
    assert found(document_data("survey"), "no_scored_question") == []


def test_a_multiple_choice_key_is_full_when_its_best_options_add_up() -> None:
    data = quiz()
    q = data["questions"][1]
    q["max_choices"] = 1  # only one of the two half-right options may be chosen
    assert found(data, "partial_key") == [("warning", "questions[1].options")]
    message = next(p.message for p in check_data(data) if p.key == "partial_key")
    assert "50 %" in message
    q["max_choices"] = 2
    assert found(data, "partial_key") == []


def test_duplicates_are_folded_and_each_repeat_reported() -> None:
    data = document_data("poll")
    options = data["questions"][0]["options"]
    options[1]["label"] = "instagram"
    options[2]["label"] = "Instágram."
    problems = [p for p in check_data(data) if p.key == "duplicate_option"]
    assert [(p.path, p.args["first"], p.args["m"]) for p in problems] == [
        ("questions[0].options[1].label", 1, 2),
        ("questions[0].options[2].label", 1, 3),
    ]
    assert has_errors(problems)


def test_matching_pairs_with_the_same_answer_or_a_blank_side() -> None:
    data = document_data("poll")
    data["questions"].append(
        {
            "id": "m",
            "type": "matching",
            "text": "Associez",
            "pairs": [
                {"id": "p1", "prompt": "TikTok", "answer": "Vidéo"},
                {"id": "p2", "prompt": "Pinterest", "answer": "vidéo "},
                {"id": "p3", "prompt": "", "answer": "Texte"},
            ],
        }
    )
    assert found(data, "duplicate_pair") == [("error", "questions[1].pairs[1].answer")]
    assert found(data, "empty_pair") == [("error", "questions[1].pairs[2].prompt")]


def test_an_image_option_needs_an_image_or_a_label_and_an_alt_when_alone() -> None:
    data = document_data("poll")
    q = data["questions"][0]
    q["type"] = "image_choice"
    q["options"][0] = {"id": "insta", "label": "", "image": _image()}
    q["options"][1]["label"] = ""
    assert found(data, "empty_option") == [("error", "questions[0].options[1].label")]
    # The image is the only thing that says what the first option is: an error.
    assert found(data, "missing_alt") == [("error", "questions[0].options[0].image.alt")]
    q["options"][0]["label"] = "Instagram"
    assert found(data, "missing_alt") == [("warning", "questions[0].options[0].image.alt")]
    q["options"][0]["image"]["alt"] = "Logo d'Instagram"
    assert found(data, "missing_alt") == []


def test_images_of_results_and_variants_need_alt_texts_too() -> None:
    data = document_data("personality_quiz")
    data["outcomes"][0]["image"] = _image()
    data["variants"] = [{"id": "b", "image": _image(" ")}]
    data["image"] = _image()
    assert found(data, "missing_alt") == [
        ("warning", "image.alt"),
        ("warning", "outcomes[0].image.alt"),
        ("warning", "variants[0].image.alt"),
    ]


def test_the_contrast_message_gives_the_ratio_and_each_field_is_reported_once() -> None:
    data = document_data("poll")
    # Yellow: dark button text reads on it, but as an accent on white it does not.
    data["theme"] = {"primary_color": "#ffd700", "text_color": "#aaaaaa"}
    problems = [p for p in check_data(data) if p.key == "low_contrast"]
    assert [(p.path, p.args["pair"]) for p in problems] == [
        ("theme.text_color", "text"),
        ("theme.primary_color", "accent"),
    ]
    # #aaaaaa on white: luminance 0.402, (1.05) / (0.452) = 2.32.
    assert "2.3:1" in problems[0].message
    # A mid grey leaves neither white nor near-black button text enough contrast.
    # (#777777: 4.48:1 with white, 4.2:1 with #111111; 4.7:1 on black, so as an accent
    # on a black background it passes.)
    data["theme"] = {
        "primary_color": "#777777",
        "background_color": "#000000",
        "text_color": "#ffffff",
    }
    pairs = [p.args["pair"] for p in check_data(data) if p.key == "low_contrast"]
    assert pairs == ["button"]


def test_contrast_ratio_matches_wcag_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#5b3cc4", "#5b3cc4") == pytest.approx(1.0)
    # #777777 on white is the classic "just below AA" grey: 4.48:1.
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.005)
    # #767676 is the lightest grey that passes.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.005)


@pytest.mark.parametrize("bad", ["red", "#fff", "#gggggg", "", "5b3cc4a", "#5b3cc4 "])
def test_contrast_ratio_refuses_what_is_not_a_colour(bad: str) -> None:
    with pytest.raises(ValueError, match="colour"):
        contrast_ratio(bad, "#ffffff")


def test_accepting_the_rules_or_confirming_an_age_may_be_required() -> None:
    data = contest_data()
    consents = data["lead_form"]["consents"]
    assert consents[0]["required"] and consents[0]["purpose"] == "contest_rules"
    consents.append(
        {"id": "majeur", "purpose": "majorité", "text": "J'ai 18 ans", "required": True}
    )
    assert found(data, "required_consent") == [("warning", "lead_form.consents[1].required")]
    data["contest"]["eligibility"].update(age_confirmation=True, age_consent_id="majeur")
    assert found(data, "required_consent") == []


def test_a_required_consent_in_a_disabled_form_is_not_shown_so_not_reported() -> None:
    data = document_data("poll")
    data["lead_form"] = {
        "consents": [{"id": "nl", "purpose": "newsletter", "text": "Lettre", "required": True}]
    }
    assert found(data, "required_consent") == []


def test_a_contest_gets_the_rules_problems_in_its_language() -> None:
    data = contest_data()
    del data["contest"]["organiser"]["address"]
    data["contest"]["eligibility"]["countries"] = []
    assert found(data, "contest_rules") == [
        ("error", "contest.organiser.address"),
        ("warning", "contest.eligibility.countries"),
    ]
    data["language"] = "en"
    data["contest"]["organiser"]["registration"] = ""
    # English rules do not need a company number; they do need the address still.
    assert ("error", "contest.organiser.address") in found(data, "contest_rules")
    assert ("error", "contest.organiser.registration") not in found(data, "contest_rules")
    data["contest"]["organiser"]["address"] = "1 Main Street, Springfield"
    data["contest"]["eligibility"]["countries"] = ["US"]
    assert found(data, "contest_rules") == []


def test_errors_come_first_and_every_key_is_known() -> None:
    data = document_data("poll")
    data["title"] = ""  # warning
    data["questions"][0]["text"] = ""  # error
    data["theme"] = {"text_color": "#cccccc"}  # warning
    problems = check_data(data)
    severities = [p.severity for p in problems]
    assert severities == sorted(severities, key=lambda s: s != "error")
    assert severities[0] == "error"
    assert {p.key for p in problems} <= set(KEYS)
    assert check_document(parse_document(data)) == problems


def test_problems_compare_by_what_they_say_not_their_arguments() -> None:
    one = AuthoringProblem("error", "title", "x", "empty_title", {"n": 1})
    two = AuthoringProblem("error", "title", "x", "empty_title", {"n": 2})
    assert one == two
    assert hash(one) == hash(two)
    assert str(one) == "error: title: x"


# --- outcome odds ------------------------------------------------------------------------

# Two questions. Q0: one option towards each of a, b, c. Q1: one towards a, one towards b.
# The 6 combinations, by hand:
#   (a, a) -> a=2          a alone
#   (a, b) -> a=1 b=1      tie a b
#   (b, a) -> a=1 b=1      tie a b
#   (b, b) -> b=2          b alone
#   (c, a) -> a=1 c=1      tie a c
#   (c, b) -> b=1 c=1      tie b c
TINY = [[{"a": 1}, {"b": 1}, {"c": 1}], [{"a": 1}, {"b": 1}]]


def test_odds_of_a_tiny_quiz_are_counted_exactly() -> None:
    odds = outcome_odds(parse_document(personality(TINY)))
    assert odds.exact
    assert odds.combinations == 6
    assert odds.looked_at == 6
    assert odds.wins == pytest.approx({"a": 1 / 6, "b": 1 / 6, "c": 0})
    assert odds.tie == pytest.approx(4 / 6)
    # First listed wins a tie: a takes (a,b), (b,a), (c,a); b takes (c,b); c never.
    assert odds.shown == pytest.approx({"a": 4 / 6, "b": 2 / 6, "c": 0})
    assert odds.unreachable() == ["c"]


def test_the_tie_rule_decides_who_is_shown() -> None:
    rand = outcome_odds(parse_document(personality(TINY, tie_rule="random")))
    # Each two-way tie shares its 1/6 between two: a gets 1/6 + 3 halves, c 2 halves.
    assert rand.shown == pytest.approx({"a": 2.5 / 6, "b": 2.5 / 6, "c": 1 / 6})
    assert rand.unreachable() == []
    every = outcome_odds(parse_document(personality(TINY, tie_rule="show_all")))
    assert every.shown == pytest.approx({"a": 4 / 6, "b": 4 / 6, "c": 2 / 6})


def test_the_panel_reports_the_unreachable_result_and_the_likely_tie() -> None:
    data = personality(TINY)
    problems = {p.key: p for p in check_data(data)}
    unreachable = problems["unreachable_outcome"]
    assert (unreachable.severity, unreachable.path) == ("error", "outcomes[2]")
    assert "“C”" in unreachable.message
    tie = problems["tie_likely"]
    assert (tie.severity, tie.path) == ("warning", "tie_rule")
    assert tie.message.startswith("66.7 % of all combinations")
    assert "A 16.7 %, B 16.7 %, C 0.0 %" in tie.message
    assert tie.args["shares"] == (
        ("A", pytest.approx(1 / 6)),
        ("B", pytest.approx(1 / 6)),
        ("C", 0.0),
    )
    # Fixed: c gets a question of its own and the first question's weights break ties.
    data["questions"][0]["options"] = [
        {"id": "o0", "label": "Mer", "weights": {"a": 3}},
        {"id": "o1", "label": "Montagne", "weights": {"b": 3}},
        {"id": "o2", "label": "Ville", "weights": {"c": 3}},
    ]
    assert found(data, "unreachable_outcome") == []
    assert found(data, "tie_likely") == []


def test_a_multiple_choice_question_counts_every_allowed_set() -> None:
    data = personality([[{"a": 1}, {"b": 1}]], outcomes=("a", "b"))
    data["questions"][0]["type"] = "multiple_choice"
    # {x}: a; {y}: b; {x, y}: tie.
    odds = outcome_odds(parse_document(data))
    assert (odds.combinations, odds.tie) == (3, pytest.approx(1 / 3))
    assert odds.wins == pytest.approx({"a": 1 / 3, "b": 1 / 3})
    data["questions"][0]["max_choices"] = 1
    authoring._odds.cache_clear()
    odds = outcome_odds(parse_document(data))
    assert (odds.combinations, odds.tie) == (2, 0.0)


def test_questions_that_move_no_outcome_do_not_multiply_the_combinations() -> None:
    data = personality(TINY)
    data["questions"].append(
        {"id": "free", "type": "long_text", "text": "Un mot ?"},
    )
    data["questions"].append(
        {
            "id": "neutral",
            "type": "single_choice",
            "text": "Café ou thé ?",
            "options": [{"id": "cafe", "label": "Café"}, {"id": "the", "label": "Thé"}],
        }
    )
    assert outcome_odds(parse_document(data)).combinations == 6


def test_many_combinations_are_still_counted_exactly_when_totals_are_few() -> None:
    # 12 questions of 4 options: 4**12 = 16.7 million combinations, few distinct totals.
    weights = [[{"a": 1}, {"b": 1}, {"c": 1}, {"a": 1, "b": 1}] for _ in range(12)]
    odds = outcome_odds(parse_document(personality(weights)))
    assert odds.exact
    assert odds.combinations == 4**12
    assert sum(odds.wins.values()) + odds.tie == pytest.approx(1.0)


def test_a_sample_is_drawn_when_there_are_too_many_totals_and_it_is_close(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = parse_document(personality(TINY))
    exact = outcome_odds(doc)
    monkeypatch.setattr(authoring, "EXACT_LIMIT", 0)
    authoring._odds.cache_clear()
    sampled = outcome_odds(doc, sample=20_000, seed=7)
    assert not sampled.exact
    assert sampled.looked_at == 20_000
    assert sampled.combinations == 6
    # 20,000 draws: a share's standard error is at most 0.0035; 0.02 is over five of them.
    assert sampled.tie == pytest.approx(exact.tie, abs=0.02)
    for outcome in ("a", "b", "c"):
        assert sampled.shown[outcome] == pytest.approx(exact.shown[outcome], abs=0.02)
    again = outcome_odds(doc, sample=20_000, seed=7)
    assert again == sampled
    problems = {p.key: p for p in check_document(doc)}
    # Not proven by a sample: the unreachable result becomes a warning that says so.
    assert problems["unreachable_outcome"].severity == "warning"
    assert "sampled" in problems["unreachable_outcome"].message


def test_a_many_option_multiple_choice_is_sampled_by_sets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    weights = [[{"a": 1} if i % 2 else {"b": 1} for i in range(14)]]
    data = personality(weights, outcomes=("a", "b"))
    data["questions"][0]["type"] = "multiple_choice"
    odds = outcome_odds(parse_document(data), sample=4_000)
    assert not odds.exact
    assert odds.combinations == 2**14 - 1
    # Seven options each way: a tie needs as many of each; by hand, sum_k C(7,k)^2 - 1
    # (the empty set is not allowed) = C(14,7) - 1 = 3431 of 16383 sets.
    assert odds.tie == pytest.approx(3431 / 16383, abs=0.03)
