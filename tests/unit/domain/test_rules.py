"""Contest rules: every missing mention blocks publishing with the field to fix, risky
texts are warned about where they are, and the facts come formatted for each language."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.rules import (
    PROBLEM_KEYS,
    RuleProblem,
    RulesError,
    country_name,
    format_moment,
    format_money,
    has_errors,
    join_words,
    odds_statement,
    purchase_field,
    rules_context,
    rules_problems,
)
from quizbuilder.domain.validation import parse_document
from quizbuilder.paths import SEEDS
from tests.helpers.contest_texts import every_rule_problem
from tests.helpers.contests import contest_data, contest_document
from tests.helpers.documents import document

NBSP = "\u00a0"
NNBSP = "\u202f"

Change = Callable[[dict[str, Any]], None]


def problems_after(change: Change, language: str) -> list[RuleProblem]:
    data = contest_data()
    change(data)
    return rules_problems(parse_document(data), language)


def by_field(problems: list[RuleProblem]) -> dict[str, RuleProblem]:
    return {p.field: p for p in problems}


def contest(data: dict[str, Any]) -> dict[str, Any]:
    value: dict[str, Any] = data["contest"]
    return value


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_complete_contest_has_no_problem(language: str) -> None:
    assert rules_problems(contest_document(), language) == []


def test_only_a_contest_has_rules() -> None:
    problems = rules_problems(document("poll"), "fr")
    assert [(p.severity, p.field) for p in problems] == [("error", "contest")]
    with pytest.raises(RulesError, match="only a contest"):
        rules_context(document("poll"), "fr")


@pytest.mark.parametrize("language", ["de", "", "FR"])
def test_rules_in_another_language_are_refused(language: str) -> None:
    with pytest.raises(RulesError, match="French \\(fr\\) or English \\(en\\)") as raised:
        rules_problems(contest_document(), language)
    assert isinstance(raised.value, QuizbuilderError)
    with pytest.raises(RulesError):
        rules_context(contest_document(), language)


def _organiser(key: str, value: str) -> Change:
    return lambda d: contest(d)["organiser"].__setitem__(key, value)


def _contest(key: str, value: Any) -> Change:
    return lambda d: contest(d).__setitem__(key, value)


def _rules(key: str, value: Any) -> Change:
    return lambda d: contest(d)["rules"].__setitem__(key, value)


def _eligibility(key: str, value: Any) -> Change:
    return lambda d: contest(d)["eligibility"].__setitem__(key, value)


ERRORS: list[tuple[str, Change, str, str]] = [
    ("no name", _organiser("name", "  "), "contest.organiser.name", "name the organiser"),
    ("no legal form", _organiser("legal_form", ""), "contest.organiser.legal_form", "legal form"),
    ("no address", _organiser("address", ""), "contest.organiser.address", "postal address"),
    ("no e-mail", _organiser("email", ""), "contest.organiser.email", "personal data"),
    ("bad e-mail", _organiser("email", "jeu@"), "contest.organiser.email", "not an e-mail"),
    ("no start", _contest("starts_at", None), "contest.starts_at", "opens"),
    ("no end", _contest("ends_at", None), "contest.ends_at", "closes"),
    ("no prize", _contest("prizes", []), "contest.prizes", "at least one prize"),
    ("no law", _rules("governing_law", ""), "contest.rules.governing_law", "law"),
    (
        "no retention",
        lambda d: d["settings"].pop("retention_days"),
        "settings.retention_days",
        "how long",
    ),
    ("more winners", _contest("winners", 4), "contest.winners", "only 3 prizes"),
]


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(
    ("change", "field", "message"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_each_missing_mention_is_an_error_on_its_field(
    language: str, change: Change, field: str, message: str
) -> None:
    problems = problems_after(change, language)
    assert [(p.severity, p.field) for p in problems] == [("error", field)]
    assert message in problems[0].message
    assert has_errors(problems)


def test_a_prize_without_value_names_that_prize() -> None:
    def free_bottle(d: dict[str, Any]) -> None:
        contest(d)["prizes"][1]["value"] = 0

    problems = problems_after(free_bottle, "fr")
    assert [(p.severity, p.field) for p in problems] == [("error", "contest.prizes[1].value")]
    assert "Gourde isotherme" in problems[0].message


def test_french_rules_need_the_rcs_number_english_rules_do_not() -> None:
    change = _organiser("registration", "")
    assert [p.field for p in problems_after(change, "fr")] == ["contest.organiser.registration"]
    assert problems_after(change, "en") == []


@pytest.mark.parametrize(
    ("registration", "warned"),
    [
        ("RCS Nantes 123 456 789", False),
        ("RCS Lyon 900000000", False),
        ("W751234567", False),  # an association's RNA number
        ("RCS Nantes", True),
        ("12345", True),
    ],
)
def test_a_registration_that_is_no_rcs_number_is_warned(registration: str, warned: bool) -> None:
    problems = problems_after(_organiser("registration", registration), "fr")
    assert [(p.severity, p.field) for p in problems] == (
        [("warning", "contest.organiser.registration")] if warned else []
    )


def test_english_rules_need_an_age_french_rules_do_not() -> None:
    change = _eligibility("min_age", None)
    problems = problems_after(change, "en")
    assert [(p.severity, p.field) for p in problems] == [("error", "contest.eligibility.min_age")]
    assert problems_after(change, "fr") == []


def test_minors_in_english_rules_are_warned() -> None:
    problems = problems_after(_eligibility("min_age", 16), "en")
    assert [(p.severity, p.field) for p in problems] == [("warning", "contest.eligibility.min_age")]
    assert "COPPA" in problems[0].message


def test_an_age_that_cannot_be_checked_is_warned() -> None:
    def no_birth_date(d: dict[str, Any]) -> None:
        d["lead_form"]["fields"].pop(1)

    problems = problems_after(no_birth_date, "fr")
    assert [(p.severity, p.field) for p in problems] == [("warning", "contest.eligibility.min_age")]

    def confirmed_by_a_box(d: dict[str, Any]) -> None:
        no_birth_date(d)
        contest(d)["eligibility"]["age_confirmation"] = True

    assert problems_after(confirmed_by_a_box, "fr") == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (_eligibility("countries", []), "contest.eligibility.countries"),
        (_eligibility("excluded_emails", []), "contest.eligibility.excluded_emails"),
        (_rules("claim_days", 3), "contest.rules.claim_days"),
        (_contest("winners", 2), "contest.winners"),  # 3 prizes for 2 winners
    ],
)
def test_risky_settings_are_warnings(change: Change, field: str) -> None:
    problems = problems_after(change, "fr")
    assert [(p.severity, p.field) for p in problems] == [("warning", field)]
    assert not has_errors(problems)


def test_errors_come_before_warnings() -> None:
    def both(d: dict[str, Any]) -> None:
        contest(d)["eligibility"]["countries"] = []
        contest(d)["rules"]["governing_law"] = ""

    problems = problems_after(both, "fr")
    assert [p.severity for p in problems] == ["error", "warning"]


# --- purchase-like entries -----------------------------------------------------------------


def _intro(text: str) -> Change:
    return lambda d: d.__setitem__("intro", text)


def test_a_purchase_to_enter_needs_a_free_method_in_english_rules() -> None:
    change = _intro("Achetez une gourde et gardez votre ticket de caisse pour participer.")
    problems = problems_after(change, "en")
    assert [(p.severity, p.field) for p in problems] == [
        ("error", "contest.rules.free_entry_method")
    ]
    assert "intro" in problems[0].message


def test_a_free_method_lifts_the_purchase_error() -> None:
    def with_free_method(d: dict[str, Any]) -> None:
        d["intro"] = "Buy any bottle and keep your receipt to enter."
        d["contest"]["rules"]["free_entry_method"] = "Write to us with your name and address."

    assert problems_after(with_free_method, "en") == []
    assert problems_after(with_free_method, "fr") == []


def test_a_purchase_in_french_rules_is_a_warning_on_the_text() -> None:
    def in_a_question(d: dict[str, Any]) -> None:
        d["questions"][0]["text"] = "Quel est votre numéro de commande ?"

    problems = problems_after(in_a_question, "fr")
    assert [(p.severity, p.field) for p in problems] == [("warning", "questions[0].text")]
    assert "sans obligation d'achat" in problems[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Jeu gratuit sans obligation d’achat.",
        "Aucun achat n'est nécessaire.",
        "NO PURCHASE NECESSARY to enter.",
        "You can enter without any purchase.",
        "Gagnez un abonnement de 6 mois.",
    ],
)
def test_texts_that_deny_a_purchase_are_not_purchases(text: str) -> None:
    data = contest_data()
    data["intro"] = text
    assert purchase_field(parse_document(data)) is None


def test_prize_texts_do_not_make_entry_purchase_like() -> None:
    data = contest_data()
    data["contest"]["prizes"][0]["description"] = "Valeur d'achat constatée : 1 234,50 €."
    assert purchase_field(parse_document(data)) is None


# --- platform rules ------------------------------------------------------------------------


SHARE_OR_TAG = [
    ("intro", ["intro"], "Partagez cette publication pour participer !"),
    ("intro", ["intro"], "Partage sur ton mur et gagne"),
    ("question", ["questions", 0, "text"], "Identifie un ami en commentaire"),
    ("option", ["questions", 0, "options", 1, "label"], "Taguez deux copines"),
    ("lead form", ["lead_form", "intro"], "Share this post to enter!"),
    ("prize", ["contest", "prizes", 0, "description"], "Tag a friend to win it"),
    ("timeline", ["title"], "Share the contest on your timeline"),
]


def _set(data: dict[str, Any], path: list[Any], value: str) -> None:
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _dotted(path: list[Any]) -> str:
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else f".{key}"
    return text.lstrip(".")


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(
    ("path", "text"), [c[1:] for c in SHARE_OR_TAG], ids=[c[0] for c in SHARE_OR_TAG]
)
def test_share_or_tag_to_enter_is_warned_where_it_is(
    language: str, path: list[Any], text: str
) -> None:
    data = contest_data()
    _set(data, path, text)
    problems = rules_problems(parse_document(data), language)
    assert [(p.severity, p.field) for p in problems] == [("warning", _dotted(path))]
    assert "Facebook and Instagram forbid" in problems[0].message


def test_a_bonus_for_tagging_friends_is_warned_on_its_label() -> None:
    data = contest_data()
    data["contest"]["bonus_entries"] = [
        {
            "condition": {"type": "answer", "question_id": "saison", "option_id": "ete"},
            "extra": 2,
            "label": "a identifié trois amis sous la publication",
        }
    ]
    problems = rules_problems(parse_document(data), "fr")
    assert [(p.severity, p.field) for p in problems] == [
        ("warning", "contest.bonus_entries[0].label")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Publiez votre photo en mentionnant @soleil puis inscrivez-vous ici.",
        "Par un ami ou un collègue",
        "Vos données ne sont pas partagées ; nous ne les partagerons jamais.",
        "Tell us about your friends' favourite season.",
        "Commentez la publication pour participer.",
    ],
)
def test_innocent_texts_are_not_warned(text: str) -> None:
    data = contest_data()
    data["intro"] = text
    assert rules_problems(parse_document(data), "fr") == []


def test_a_platform_the_texts_name_must_be_listed() -> None:
    data = contest_data()
    data["questions"][0]["description"] = "Suivez-nous sur Instagram."
    problems = rules_problems(parse_document(data), "fr")
    assert [(p.severity, p.field) for p in problems] == [("warning", "contest.rules.platforms")]
    assert "questions[0].description mentions Instagram" in problems[0].message

    data["contest"]["rules"]["platforms"] = ["Instagram"]
    assert rules_problems(parse_document(data), "fr") == []


def test_the_demo_contest_raises_no_false_alarm() -> None:
    # Its intro mentions @pixeletplume, Instagram and Facebook (listed) and "sans
    # obligation d'achat": none of that is a problem. What it may lack is settings only.
    with (SEEDS / "items" / "05-concours-photo.json").open(encoding="utf-8") as file:
        seed = parse_document(json.load(file)["item"])
    fields = {p.field for p in rules_problems(seed, "fr")}
    assert fields <= {"settings.retention_days", "contest.eligibility.excluded_emails"}


# --- the facts the templates print ---------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "language", "expected"),
    [
        (1234.5, "EUR", "fr", f"1{NNBSP}234,50{NBSP}€"),
        (1234.5, "EUR", "en", f"EUR{NBSP}1,234.50"),
        (1234.5, "USD", "en", "$1,234.50"),
        (89, "EUR", "fr", f"89{NBSP}€"),
        (89, "USD", "en", "$89"),
        (1_000_000, "CHF", "fr", f"1{NNBSP}000{NNBSP}000{NBSP}CHF"),
        (0.1 + 0.2, "EUR", "fr", f"0,30{NBSP}€"),
        (19.999, "USD", "en", "$20"),
    ],
)
def test_money_is_written_as_each_language_writes_it(
    amount: float, currency: str, language: str, expected: str
) -> None:
    assert format_money(amount, currency, language) == expected


@pytest.mark.parametrize(
    ("iso", "zone", "language", "expected"),
    [
        ("2026-07-01T10:00:00+02:00", "Europe/Paris", "fr", "1er juillet 2026 à 10 h 00"),
        ("2026-07-01T10:00:00+02:00", "Europe/Paris", "en", "July 1, 2026 at 10:00 a.m. CEST"),
        ("2026-07-01T10:00:00+02:00", "America/New_York", "en", "July 1, 2026 at 4:00 a.m. EDT"),
        ("2026-12-01T00:05:00+01:00", "Europe/Paris", "en", "December 1, 2026 at 12:05 a.m. CET"),
        ("2026-11-30T12:00:00Z", "Europe/Paris", "en", "November 30, 2026 at 1:00 p.m. CET"),
        ("2026-11-30T22:59:00Z", "Europe/Paris", "fr", "30 novembre 2026 à 23 h 59"),
    ],
)
def test_moments_are_shown_in_the_contest_time_zone(
    iso: str, zone: str, language: str, expected: str
) -> None:
    assert format_moment(datetime.fromisoformat(iso), zone, language) == expected


def test_lists_read_as_sentences() -> None:
    assert join_words(["France"], "fr") == "France"
    assert join_words(["France", "Belgique"], "fr") == "France et Belgique"
    assert join_words(["A", "B", "C"], "fr") == "A, B et C"
    assert join_words(["A", "B", "C"], "en") == "A, B, and C"
    assert join_words(["A", "B"], "en", "or") == "A or B"
    assert join_words([], "en") == ""


def test_country_names_by_language() -> None:
    assert country_name("BE", "fr") == "Belgique"
    assert country_name("BE", "en") == "Belgium"
    assert country_name("JP", "fr") == "JP"  # not listed: the code, not a guess


def test_the_context_carries_formatted_facts() -> None:
    fr = rules_context(contest_document(), "fr")
    assert fr["starts"] == "1er juillet 2026 à 10 h 00"
    assert fr["ends"] == "31 août 2026 à 18 h 30"
    assert fr["countries_text"] == "France et Belgique"
    assert fr["prize_count"] == 3
    # 1 bike at 1 234,50 € and 2 bottles at 15 €: 1 264,50 €.
    assert fr["prize_total"] == f"1{NNBSP}264,50{NBSP}€"
    assert [p["total"] for p in fr["prizes"]] == [f"1{NNBSP}234,50{NBSP}€", f"30{NBSP}€"]
    assert fr["organiser"]["registration"] == "RCS Nantes 123 456 789"
    assert fr["retention_days"] == "180"
    assert fr["entry_condition"]["consent"] == "J'accepte le règlement"
    assert fr["staff_excluded"] is True
    en = rules_context(contest_document(), "en")
    assert en["prize_total"] == f"EUR{NBSP}1,264.50"
    assert en["starts"] == "July 1, 2026 at 10:00 a.m. CEST"


def test_missing_values_show_as_placeholders() -> None:
    data = contest_data()
    data["contest"]["organiser"]["name"] = ""
    data["contest"]["starts_at"] = None
    data["settings"] = {}
    doc = parse_document(data)
    fr = rules_context(doc, "fr")
    assert fr["organiser"]["name"] == "[à compléter : dénomination de l'organisateur]"
    assert fr["starts"] == "[à compléter : date d'ouverture]"
    assert fr["retention_days"].startswith("[à compléter")
    assert rules_context(doc, "en")["organiser"]["name"] == "[to be completed: sponsor's name]"


def test_an_answer_condition_brings_its_question_and_option_texts() -> None:
    data = contest_data()
    data["contest"]["entry_condition"] = {
        "type": "answer",
        "question_id": "saison",
        "option_id": "hiver",
    }
    condition = rules_context(parse_document(data), "fr")["entry_condition"]
    assert condition["question"] == "Votre saison préférée ?"
    assert condition["option"] == "L'hiver"


def test_the_odds_say_what_they_depend_on() -> None:
    en = odds_statement(contest_document(), "en")
    assert en.startswith("Odds of winning depend on the number of eligible entries received.")
    assert "3 winners will be selected" in en
    fr = odds_statement(contest_document(), "fr")
    assert "3 gagnants seront tirés au sort" in fr
    data = contest_data()
    data["contest"]["winners"] = 1
    assert "1 winner will be selected" in odds_statement(parse_document(data), "en")


# --- keys and args: what the interface translates the messages by ---------------------------


def test_every_problem_carries_its_key_and_the_values_it_says() -> None:
    problems = every_rule_problem()
    assert {p.key for p in problems} == set(PROBLEM_KEYS)  # each message is made somewhere
    for problem in problems:
        assert all(value in problem.message for value in problem.args.values()), problem


def test_problem_args_are_the_raw_values() -> None:
    def short_of_prizes(d: dict[str, Any]) -> None:
        contest(d)["winners"] = 5  # one bike and two bottles: 3 prizes

    [problem] = problems_after(short_of_prizes, "fr")
    assert (problem.key, dict(problem.args)) == ("too_few_prizes", {"winners": "5", "prizes": "3"})
    [problem] = problems_after(_rules("claim_days", 3), "fr")
    assert (problem.key, dict(problem.args)) == ("claim_days", {"days": "3", "least": "7"})
    [problem] = problems_after(_organiser("email", "jeu@"), "en")
    assert (problem.key, dict(problem.args)) == ("email_format", {"email": "jeu@"})


def test_problems_made_elsewhere_keep_working_and_args_do_not_count_in_equality() -> None:
    old = RuleProblem("error", "contest", "message")
    assert (old.key, dict(old.args)) == ("", {})
    assert RuleProblem("error", "f", "m", "k", {"x": "1"}) == RuleProblem("error", "f", "m", "k")
    with_args = RuleProblem("error", "f", "m", "k", {"x": "1"})
    assert hash(with_args) == hash(RuleProblem("error", "f", "m", "k"))
