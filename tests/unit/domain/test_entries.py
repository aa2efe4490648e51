"""Contest entries: each rule keeps and removes the right candidates, for the right reason.

The candidates are written here by hand; every expected age, time and ticket count is
worked out in the test from the calendar, not read back from the code under test.
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from quizbuilder.domain.content import Contest, ItemDocument
from quizbuilder.domain.entries import (
    FLAG_DISPOSABLE,
    FLAG_KINDS,
    FLAG_NO_EMAIL,
    FLAG_SHARED_DEVICE,
    FLAG_TOO_FAST,
    REASON_KEYS,
    STEP_AGE,
    STEP_BONUS,
    STEP_CONDITION,
    STEP_COUNTRIES,
    STEP_ONE_PER_PERSON,
    STEP_ORGANISER,
    STEP_STAFF,
    STEP_WINDOW,
    Candidate,
    DuplicateCandidate,
    EntryReport,
    Flag,
    Rejection,
    Step,
    age_on,
    describe_rules,
    normalise_email,
    parse_domain_list,
    select_entries,
)
from quizbuilder.domain.errors import DocumentInvalid, QuizbuilderError
from quizbuilder.domain.hashing import content_hash
from quizbuilder.domain.validation import parse_document
from quizbuilder.paths import RESOURCES, SEEDS
from tests.helpers.contest_texts import every_entry_report
from tests.helpers.documents import data

PARIS_WINTER = timezone(timedelta(hours=1))
# The contest runs from 2 Nov 2026 09:00 to 30 Nov 2026 23:59, Paris time (UTC+1 then).
OPENS_UTC = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
CLOSES_UTC = datetime(2026, 11, 30, 22, 59, tzinfo=UTC)

# The document the candidates answered: a quiz with its lead form and consents.
ENTRY_QUIZ: dict[str, Any] = {
    "kind": "knowledge_quiz",
    "title": "Quiz d'entrée",
    "questions": [
        {
            "id": "q_reseau",
            "type": "single_choice",
            "text": "Votre réseau préféré ?",
            "points": 1,
            "options": [
                {"id": "insta", "label": "Instagram", "fraction": 1},
                {"id": "tiktok", "label": "TikTok"},
            ],
        },
        {
            "id": "q_formats",
            "type": "multiple_choice",
            "text": "Quels formats publiez-vous ?",
            "options": [
                {"id": "reels", "label": "Reels"},
                {"id": "stories", "label": "Stories"},
                {"id": "lives", "label": "Lives"},
            ],
        },
    ],
    "lead_form": {
        "enabled": True,
        "fields": [
            {"id": "email", "type": "email"},
            {"id": "naissance", "type": "birth_date"},
            {"id": "pays", "type": "country"},
        ],
        "consents": [
            {"id": "reglement", "purpose": "contest_rules", "text": "J'accepte le règlement"},
            {"id": "majeur", "purpose": "age", "text": "J'ai 18 ans ou plus"},
            {"id": "newsletter", "purpose": "newsletter", "text": "La newsletter"},
        ],
    },
}


def entry_quiz(**lead_form: Any) -> ItemDocument:
    doc = json.loads(json.dumps(ENTRY_QUIZ))
    doc["lead_form"].update(lead_form)
    return parse_document(doc)


def contest(**changes: Any) -> Contest:
    base: dict[str, Any] = {
        "starts_at": "2026-11-02T09:00:00+01:00",
        "ends_at": "2026-11-30T23:59:00+01:00",
        "timezone": "Europe/Paris",
    }
    base.update(changes)
    return Contest.model_validate(base)


def cand(cid: str, **changes: Any) -> Candidate:
    """A candidate who meets every rule unless the test changes something."""
    submitted = changes.pop("submitted_at", OPENS_UTC + timedelta(days=3))
    values: dict[str, Any] = {
        "id": cid,
        "email": f"{cid}@example.org",
        "completed": True,
        "score_percent": 80.0,
        "answers": {"q_reseau": "insta", "q_formats": ["reels", "lives"]},
        "consents": {"reglement": True, "majeur": False, "newsletter": False},
        "lead": {"email": f"{cid}@example.org", "naissance": "1990-05-17", "pays": "FR"},
        "submitted_at": submitted,
        "started_at": submitted - timedelta(minutes=5) if submitted else None,
        "device": f"device-{cid}",
        "question_count": 2,
    }
    values.update(changes)
    return Candidate(**values)


def select(
    the_contest: Contest,
    candidates: list[Candidate],
    *,
    doc: ItemDocument | None = None,
    exclusions: dict[str, str] | None = None,
    disposable: frozenset[str] = frozenset(),
    today: date | None = None,
    no_doc: bool = False,
) -> EntryReport:
    return select_entries(
        the_contest,
        candidates,
        entry_document=None if no_doc else (doc or entry_quiz()),
        exclusions=exclusions or {},
        disposable=disposable,
        today=today,
    )


def removed(report: EntryReport) -> dict[str, tuple[str, str]]:
    return {r.id: (r.step, r.reason) for r in report.rejected}


def step(report: EntryReport, key: str) -> tuple[int, int]:
    found = [s for s in report.steps if s.key == key]
    assert len(found) == 1, f"step {key} appears {len(found)} times"
    return found[0].kept, found[0].removed


# --- e-mail addresses and domain lists -----------------------------------------------


def test_normalise_email_ignores_case_and_spaces() -> None:
    assert normalise_email("  Lea.Martin@Example.ORG ") == "lea.martin@example.org"
    assert normalise_email("lea .martin@ example.org\t") == "lea.martin@example.org"
    assert normalise_email("") == ""
    assert normalise_email("not an address") == "notanaddress"


def test_normalise_email_gmail_rules_only_when_asked_and_only_for_gmail() -> None:
    assert normalise_email("J.Doe+promo@gmail.com") == "j.doe+promo@gmail.com"
    assert normalise_email("J.Doe+promo@gmail.com", gmail=True) == "jdoe@gmail.com"
    assert normalise_email("j.d.o.e@GoogleMail.com", gmail=True) == "jdoe@gmail.com"
    # Other providers keep their dots and tags: their rules differ.
    assert normalise_email("j.doe+promo@outlook.fr", gmail=True) == "j.doe+promo@outlook.fr"
    assert normalise_email("j.doe@gmail.com.evil.example", gmail=True) == (
        "j.doe@gmail.com.evil.example"
    )


def test_parse_domain_list_skips_comments_and_blank_lines() -> None:
    text = "# header\n\nYopmail.com\n  @trashmail.de  # inline comment\nmailinator.com\n"
    assert parse_domain_list(text) == {"yopmail.com", "trashmail.de", "mailinator.com"}
    assert parse_domain_list("") == frozenset()


def test_shipped_disposable_list_is_clean() -> None:
    text = (RESOURCES / "disposable_domains.txt").read_text(encoding="utf-8")
    assert text.startswith("#"), "the list explains itself in a header comment"
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert len(lines) == len(set(lines)), "no domain listed twice"
    assert all(re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", d) for d in lines)
    domains = parse_domain_list(text)
    assert len(domains) >= 200
    for known in ("mailinator.com", "yopmail.com", "yopmail.fr", "10minutemail.com"):
        assert known in domains
    assert "guerrillamail.com" in domains and "temp-mail.org" in domains
    for real in ("gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com"):
        assert real not in domains
    for real in ("orange.fr", "free.fr", "laposte.net", "proton.me", "example.org"):
        assert real not in domains


def test_age_on_counts_full_years() -> None:
    assert age_on(date(2008, 11, 30), date(2026, 11, 30)) == 18  # birthday itself
    assert age_on(date(2008, 12, 1), date(2026, 11, 30)) == 17  # one day short
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


# --- entry condition -------------------------------------------------------------------


def test_completed_condition_removes_abandoned_responses() -> None:
    report = select(contest(), [cand("a"), cand("b", completed=False)])
    assert list(report.entries) == ["a"]
    assert removed(report) == {"b": (STEP_CONDITION, "the response was not completed")}
    assert step(report, STEP_CONDITION) == (1, 1)


def test_min_score_condition() -> None:
    rules = contest(entry_condition={"type": "min_score", "min_score_percent": 60})
    people = [
        cand("exact", score_percent=60.0),
        cand("float", score_percent=60.0 - 1e-12),  # a rounding error, not a lower score
        cand("low", score_percent=59.9),
        cand("none", score_percent=None),
        cand("undone", score_percent=90.0, completed=False),
    ]
    report = select(rules, people)
    assert sorted(report.entries) == ["exact", "float"]
    assert removed(report) == {
        "low": (STEP_CONDITION, "scored 59.9 %, below 60 %"),
        "none": (STEP_CONDITION, "the response has no score"),
        "undone": (STEP_CONDITION, "the response was not completed"),
    }


def test_answer_condition_single_and_multiple_choice() -> None:
    single = contest(
        entry_condition={"type": "answer", "question_id": "q_reseau", "option_id": "insta"}
    )
    report = select(
        single,
        [
            cand("right"),
            cand("wrong", answers={"q_reseau": "tiktok"}),
            cand("blank", answers={"q_reseau": ""}),
            cand("missing", answers={}),
        ],
    )
    assert list(report.entries) == ["right"]
    reasons = removed(report)
    assert reasons["wrong"][1].startswith('did not choose "Instagram" (insta)')
    assert '"Votre réseau préféré ?"' in reasons["wrong"][1]
    assert reasons["blank"][1].startswith("did not answer")
    assert reasons["missing"][1].startswith("did not answer")
    multiple = contest(
        entry_condition={"type": "answer", "question_id": "q_formats", "option_id": "lives"}
    )
    report = select(multiple, [cand("has"), cand("lacks", answers={"q_formats": ["reels"]})])
    assert list(report.entries) == ["has"]
    assert set(removed(report)) == {"lacks"}


def test_consent_condition() -> None:
    rules = contest(entry_condition={"type": "consent", "consent_id": "reglement"})
    report = select(
        rules,
        [
            cand("given"),
            cand("refused", consents={"reglement": False}),
            cand("absent", consents={}),
        ],
    )
    assert list(report.entries) == ["given"]
    assert removed(report)["refused"] == (
        STEP_CONDITION,
        'did not tick the box "J\'accepte le règlement" (reglement)',
    )
    assert removed(report)["absent"][0] == STEP_CONDITION


# --- contest window --------------------------------------------------------------------


def test_window_bounds_are_included_and_compared_in_utc() -> None:
    people = [
        cand("at-open", submitted_at=datetime(2026, 11, 2, 9, 0, tzinfo=PARIS_WINTER)),
        cand("before", submitted_at=OPENS_UTC - timedelta(seconds=1)),
        cand("at-close", submitted_at=CLOSES_UTC),
        cand("late", submitted_at=CLOSES_UTC + timedelta(seconds=1)),
        # The same instant as "late", written with another offset.
        cand(
            "late-ny",
            submitted_at=datetime(2026, 11, 30, 17, 59, 1, tzinfo=timezone(-timedelta(hours=5))),
        ),
        cand("no-time", submitted_at=None),
    ]
    report = select(contest(), people)
    assert sorted(report.entries) == ["at-close", "at-open"]
    reasons = removed(report)
    assert reasons["late"] == (
        STEP_WINDOW,
        "submitted 2026-11-30 23:59:01, after the closing 2026-11-30 23:59:00",
    )
    assert reasons["late-ny"] == reasons["late"]
    assert reasons["before"] == (
        STEP_WINDOW,
        "submitted 2026-11-02 08:59:59, before the opening 2026-11-02 09:00:00",
    )
    assert reasons["no-time"][0] == STEP_WINDOW
    assert step(report, STEP_WINDOW) == (2, 4)


def test_window_across_summer_time() -> None:
    # Paris is UTC+2 in July: closing at midnight local is 22:00 UTC the day before.
    rules = contest(starts_at="2026-06-01T00:00:00+02:00", ends_at="2026-07-01T00:00:00+02:00")
    closing = datetime(2026, 6, 30, 22, 0, tzinfo=UTC)
    report = select(
        rules,
        [
            cand("in", submitted_at=closing - timedelta(seconds=1)),
            cand("out", submitted_at=closing + timedelta(seconds=1)),
            cand("naive-utc", submitted_at=datetime(2026, 6, 30, 22, 0, 1)),
        ],
    )
    assert list(report.entries) == ["in"]
    assert removed(report)["out"][1].startswith("submitted 2026-07-01 00:00:01, after")
    assert removed(report)["naive-utc"] == removed(report)["out"]


def test_no_dates_no_window_step() -> None:
    rules = contest(starts_at=None, ends_at=None)
    report = select(rules, [cand("a", submitted_at=None)], today=date(2026, 1, 1))
    assert list(report.entries) == ["a"]
    assert STEP_WINDOW not in [s.key for s in report.steps]


# --- minimum age -----------------------------------------------------------------------


def test_min_age_at_the_closing_date() -> None:
    rules = contest(eligibility={"min_age": 18})
    people = [
        cand("eighteen-that-day", lead={"naissance": "2008-11-30", "pays": "FR"}),
        cand("one-day-short", lead={"naissance": "2008-12-01", "pays": "FR"}),
        cand("missing", lead={"pays": "FR"}),
        cand("blank", lead={"naissance": "  ", "pays": "FR"}),
        cand("garbled", lead={"naissance": "31/02/2001", "pays": "FR"}),
    ]
    # "today" is ignored: the contest has an end date.
    report = select(rules, people, today=date(2030, 1, 1))
    assert list(report.entries) == ["eighteen-that-day"]
    assert removed(report) == {
        "one-day-short": (STEP_AGE, "aged 17 on 2026-11-30, under 18"),
        "missing": (STEP_AGE, "no birth date given"),
        "blank": (STEP_AGE, "no birth date given"),
        "garbled": (STEP_AGE, "the birth date '31/02/2001' is not a date (expected YYYY-MM-DD)"),
    }


def test_min_age_uses_the_closing_date_in_the_contest_time_zone() -> None:
    # 23:30 UTC on 30 Nov is 00:30 on 1 Dec in Paris: born 1 Dec 2008, 18 that day.
    rules = contest(ends_at="2026-11-30T23:30:00Z", eligibility={"min_age": 18})
    person = cand("a", lead={"naissance": "2008-12-01", "pays": "FR"})
    assert list(select(rules, [person]).entries) == ["a"]
    utc_rules = contest(ends_at="2026-11-30T23:30:00Z", timezone="UTC", eligibility={"min_age": 18})
    assert removed(select(utc_rules, [person]))["a"] == (
        STEP_AGE,
        "aged 17 on 2026-11-30, under 18",
    )


def test_min_age_without_end_date_uses_today() -> None:
    rules = contest(ends_at=None, eligibility={"min_age": 18})
    leap = cand("leap", lead={"naissance": "2008-02-29", "pays": "FR"})
    assert removed(select(rules, [leap], today=date(2026, 2, 28)))["leap"] == (
        STEP_AGE,
        "aged 17 on 2026-02-28, under 18",
    )
    assert list(select(rules, [leap], today=date(2026, 3, 1)).entries) == ["leap"]


def test_birth_date_read_from_the_usual_id_without_a_document() -> None:
    rules = contest(eligibility={"min_age": 18})
    people = [
        cand("adult", lead={"birth_date": "1990-01-01"}),
        cand("minor", lead={"birth_date": "2015-01-01"}),
        cand("other-key", lead={"naissance": "1990-01-01"}),
    ]
    report = select(rules, people, no_doc=True)
    assert list(report.entries) == ["adult"]
    assert removed(report)["minor"][1] == "aged 11 on 2026-11-30, under 18"
    assert removed(report)["other-key"][1] == "no birth date given"


def test_age_confirmation_box_stands_for_a_missing_birth_date() -> None:
    rules = contest(
        eligibility={"min_age": 18, "age_confirmation": True, "age_consent_id": "majeur"}
    )
    ticked = {"reglement": True, "majeur": True}
    people = [
        cand("confirmed", lead={"pays": "FR"}, consents=ticked),
        cand("unconfirmed", lead={"pays": "FR"}),
        # A birth date given wins over the box.
        cand("minor-ticked", lead={"naissance": "2012-01-01", "pays": "FR"}, consents=ticked),
    ]
    report = select(rules, people)
    assert list(report.entries) == ["confirmed"]
    assert removed(report)["unconfirmed"] == (
        STEP_AGE,
        'no birth date, and the box "J\'ai 18 ans ou plus" (majeur) was not ticked',
    )
    assert removed(report)["minor-ticked"] == (STEP_AGE, "aged 14 on 2026-11-30, under 18")
    # Without age_confirmation the box is not enough.
    plain = contest(eligibility={"min_age": 18, "age_consent_id": "majeur"})
    assert removed(select(plain, people[:1]))["confirmed"] == (STEP_AGE, "no birth date given")


# --- countries -------------------------------------------------------------------------


def test_countries_any_case() -> None:
    rules = contest(eligibility={"countries": ["FR", "BE"]})
    people = [
        cand("fr", lead={"pays": "fr"}),
        cand("be", lead={"pays": " Be "}),
        cand("us", lead={"pays": "US"}),
        cand("none", lead={}),
    ]
    report = select(rules, people)
    assert sorted(report.entries) == ["be", "fr"]
    assert removed(report) == {
        "us": (STEP_COUNTRIES, "the country 'US' is not one of FR, BE"),
        "none": (STEP_COUNTRIES, "no country given"),
    }


def test_countries_not_checked_where_the_form_asks_none() -> None:
    rules = contest(eligibility={"countries": ["FR"]})
    form = entry_quiz(fields=[{"id": "email", "type": "email"}])
    report = select(rules, [cand("a", lead={})], doc=form)
    assert list(report.entries) == ["a"]
    assert step(report, STEP_COUNTRIES) == (1, 0)
    assert "the form asks no country" in describe_rules(rules, form)[2]
    # An imported list (no document): the column counts as asked once anyone has it.
    assert list(select(rules, [cand("a", lead={})], no_doc=True).entries) == ["a"]
    mixed = [cand("a", lead={}), cand("b", lead={"country": "fr"})]
    assert removed(select(rules, mixed, no_doc=True)) == {"a": (STEP_COUNTRIES, "no country given")}


# --- exclusions ------------------------------------------------------------------------


def test_staff_exclusion_list_by_address_and_domain() -> None:
    rules = contest(eligibility={"excluded_emails": [" Boss@Agency.example", "@staff.example"]})
    people = [
        cand("boss", email="boss@agency.EXAMPLE"),
        cand("colleague", email="paul@staff.example"),
        cand("client", email="paul@client.example"),
        cand("no-email", email=None),
    ]
    report = select(rules, people)
    assert sorted(report.entries) == ["client", "no-email"]
    assert removed(report) == {
        "boss": (STEP_STAFF, "the address is on the staff exclusion list"),
        "colleague": (STEP_STAFF, "the address's domain is on the staff exclusion list"),
    }
    assert all("@" not in r.reason for r in report.rejected), "reasons show no address"


def test_staff_exclusion_follows_the_gmail_setting() -> None:
    person = [cand("jd", email="jdoe@googlemail.com")]
    listed = ["J.Doe+work@gmail.com"]
    off = contest(eligibility={"excluded_emails": listed})
    on = contest(eligibility={"excluded_emails": listed, "normalise_gmail": True})
    assert list(select(off, person).entries) == ["jd"]
    assert removed(select(on, person)) == {
        "jd": (STEP_STAFF, "the address is on the staff exclusion list")
    }


def test_organiser_exclusions_show_their_reason() -> None:
    rules = contest(eligibility={"min_age": 18})
    people = [
        cand("fake"),
        cand("silent"),
        cand("kept"),
        cand("minor", lead={"naissance": "2015-06-01", "pays": "FR"}),
    ]
    exclusions = {
        "fake": "  account created\nthe same day ",
        "silent": "",
        "minor": "also a fake",
        "unknown-id": "not a candidate",
    }
    report = select(rules, people, exclusions=exclusions)
    assert list(report.entries) == ["kept"]
    assert removed(report) == {
        "fake": (STEP_ORGANISER, "excluded by the organiser: account created the same day"),
        "silent": (STEP_ORGANISER, "excluded by the organiser"),
        # Removed by the first step that removes it: the age, before the organiser.
        "minor": (STEP_AGE, "aged 11 on 2026-11-30, under 18"),
    }
    assert step(report, STEP_ORGANISER) == (1, 2)


# --- one entry per person --------------------------------------------------------------


def test_one_entry_per_person_keeps_the_earliest() -> None:
    day = OPENS_UTC + timedelta(days=1)
    people = [
        cand("a-second", email="Lea@Example.org", submitted_at=day + timedelta(hours=1)),
        cand("z-first", email=" lea@example.org", submitted_at=day),
        cand("m-third", email="LEA@EXAMPLE.ORG", submitted_at=day + timedelta(hours=2)),
        cand("other", email="paul@example.org", submitted_at=day + timedelta(hours=3)),
    ]
    report = select(contest(), people)
    assert sorted(report.entries) == ["other", "z-first"]
    assert removed(report) == {
        "a-second": (STEP_ONE_PER_PERSON, "the same person entered earlier (entry z-first)"),
        "m-third": (STEP_ONE_PER_PERSON, "the same person entered earlier (entry z-first)"),
    }
    assert step(report, STEP_ONE_PER_PERSON) == (2, 2)


def test_duplicates_count_only_among_entries_still_in() -> None:
    # The earlier entry came before the opening: the later one is the person's entry.
    people = [
        cand("early", email="lea@example.org", submitted_at=OPENS_UTC - timedelta(hours=1)),
        cand("valid", email="lea@example.org", submitted_at=OPENS_UTC + timedelta(hours=1)),
    ]
    report = select(contest(), people)
    assert list(report.entries) == ["valid"]
    assert removed(report)["early"][0] == STEP_WINDOW


def test_gmail_duplicates_only_with_the_setting() -> None:
    day = OPENS_UTC + timedelta(days=1)
    people = [
        cand("first", email="lea.martin@gmail.com", submitted_at=day),
        cand("again", email="LeaMartin+concours@googlemail.com", submitted_at=day + timedelta(1)),
    ]
    assert sorted(select(contest(), people).entries) == ["again", "first"]
    on = contest(eligibility={"normalise_gmail": True})
    report = select(on, people)
    assert list(report.entries) == ["first"]
    assert removed(report)["again"][0] == STEP_ONE_PER_PERSON


def test_entries_without_email_are_kept_and_flagged() -> None:
    people = [cand("x", email=None), cand("y", email="  "), cand("z")]
    report = select(contest(), people)
    assert sorted(report.entries) == ["x", "y", "z"]
    assert [(f.id, f.kind) for f in report.flags] == [("x", FLAG_NO_EMAIL), ("y", FLAG_NO_EMAIL)]
    # Without the one-entry rule, a missing address is nothing to look at.
    free = contest(eligibility={"one_entry_per_person": False})
    report = select(
        free, [*people, cand("x2", email="x@example.org"), cand("x3", email="X@example.org")]
    )
    assert sorted(report.entries) == ["x", "x2", "x3", "y", "z"]
    assert report.flags == []
    assert STEP_ONE_PER_PERSON not in [s.key for s in report.steps]


# --- bonus tickets ---------------------------------------------------------------------


def test_bonus_tickets_add_up() -> None:
    rules = contest(
        bonus_entries=[
            {
                "condition": {"type": "answer", "question_id": "q_formats", "option_id": "lives"},
                "extra": 2,
                "label": "publishes Lives",
            },
            {"condition": {"type": "min_score", "min_score_percent": 90}, "extra": 1},
        ]
    )
    people = [
        cand("none", answers={"q_formats": ["reels"]}, score_percent=50.0),
        cand("lives", score_percent=50.0),
        cand("score", answers={"q_formats": []}, score_percent=95.0),
        cand("both", score_percent=90.0),
    ]
    report = select(rules, people)
    assert report.entries == {"both": 4, "lives": 3, "none": 1, "score": 2}
    assert report.steps[-1].key == STEP_BONUS
    assert step(report, STEP_BONUS) == (4, 0)
    title = report.steps[-1].title
    assert "+2 tickets for an entry that publishes Lives" in title
    assert "+1 ticket for an entry that scored at least 90 %" in title


def test_bonus_model_refuses_what_cannot_work() -> None:
    with pytest.raises(ValueError, match="every entry has completed"):
        contest(bonus_entries=[{"condition": {"type": "completed"}}])
    with pytest.raises(ValueError, match="extra"):
        contest(bonus_entries=[{"condition": {"type": "consent", "consent_id": "x"}, "extra": 11}])
    doc = data("contest")
    doc["contest"]["bonus_entries"] = [
        {"condition": {"type": "answer", "question_id": "nope", "option_id": "a"}}
    ]
    with pytest.raises(DocumentInvalid) as caught:
        parse_document(doc)
    assert {p.path: p.message for p in caught.value.problems} == {
        "contest.bonus_entries[0].condition.question_id": "there is no question 'nope'"
    }


# --- flags -----------------------------------------------------------------------------


def test_disposable_domains_are_flagged_not_removed() -> None:
    people = [
        cand("yop", email="Someone@YOPmail.fr"),
        cand("sub", email="x@inbox.mailinator.com"),
        cand("fine", email="x@example.org"),
        cand("lookalike", email="x@notyopmail.fr"),
    ]
    throwaway = frozenset({"yopmail.fr", "@Mailinator.com"})
    report = select(contest(), people, disposable=throwaway)
    assert sorted(report.entries) == ["fine", "lookalike", "sub", "yop"]
    assert [(f.id, f.kind) for f in report.flags] == [
        ("sub", FLAG_DISPOSABLE),
        ("yop", FLAG_DISPOSABLE),
    ]
    assert "mailinator.com" in report.flags[0].detail
    off = contest(fraud_checks={"flag_disposable_emails": False})
    assert select(off, people, disposable=throwaway).flags == []


def test_shared_device_flags_every_entry_of_the_device() -> None:
    shared = [cand(f"s{n}", device="tablet") for n in range(4)]
    others = [cand("solo"), cand("nodevice", device=None), cand("nodevice2", device=None)]
    report = select(contest(fraud_checks={"max_entries_per_device": 3}), shared + others)
    assert len(report.entries) == 7
    flagged = [(f.id, f.kind) for f in report.flags]
    assert flagged == [(f"s{n}", FLAG_SHARED_DEVICE) for n in range(4)]
    assert "one of 4 entries from device tablet (more than 3)" in report.flags[0].detail
    # Exactly at the limit: nothing to flag.
    assert select(contest(fraud_checks={"max_entries_per_device": 4}), shared).flags == []
    # Only entries still in count: one removed leaves three, the limit.
    report = select(contest(), shared, exclusions={"s0": "duplicate photo"})
    assert report.flags == []


def test_too_fast_completion_is_flagged() -> None:
    start = OPENS_UTC + timedelta(days=1)
    rules = contest(fraud_checks={"min_seconds_per_question": 2.0})
    people = [
        cand(
            "fast", started_at=start, submitted_at=start + timedelta(seconds=19), question_count=10
        ),
        cand(
            "just", started_at=start, submitted_at=start + timedelta(seconds=20), question_count=10
        ),
        cand(
            "unknown-count",
            started_at=start,
            submitted_at=start + timedelta(seconds=1),
            question_count=0,
        ),
        cand("no-start", started_at=None, submitted_at=start, question_count=10),
    ]
    report = select(rules, people)
    assert sorted(report.entries) == ["fast", "just", "no-start", "unknown-count"]
    assert [(f.id, f.kind) for f in report.flags] == [("fast", FLAG_TOO_FAST)]
    assert report.flags[0].detail == (
        "completed in 19 s, under 2 s for each of 10 questions (20 s)"
    )
    assert select(contest(fraud_checks={"min_seconds_per_question": None}), people).flags == []


# --- the report as a whole -------------------------------------------------------------


def test_empty_candidates() -> None:
    rules = contest(eligibility={"min_age": 18, "countries": ["FR"]})
    report = select(rules, [])
    assert report.entries == {} and report.rejected == [] and report.flags == []
    assert [s.key for s in report.steps] == [
        STEP_CONDITION,
        STEP_WINDOW,
        STEP_AGE,
        STEP_COUNTRIES,
        STEP_ORGANISER,
        STEP_ONE_PER_PERSON,
    ]
    assert all((s.kept, s.removed) == (0, 0) for s in report.steps)


def test_report_is_sorted_and_independent_of_input_order() -> None:
    rules = contest(eligibility={"min_age": 18, "excluded_emails": ["c@example.org"]})
    people = [
        cand("e", completed=False),
        cand("b"),
        cand("d", lead={"naissance": "2015-01-01", "pays": "FR"}),
        cand("a", device="same"),
        cand("c"),
        cand("f", device="same"),
    ]
    forward = select(rules, people, disposable=frozenset({"example.org"}))
    backward = select(rules, people[::-1], disposable=frozenset({"example.org"}))
    assert forward == backward
    assert list(forward.entries) == ["a", "b", "f"]
    assert [r.id for r in forward.rejected] == ["c", "d", "e"]
    assert [f.id for f in forward.flags] == ["a", "b", "f"]
    # Each step keeps what the one before it kept, less what it removed.
    before = len(people)
    for s in forward.steps:
        assert s.kept == before - s.removed
        before = s.kept
    assert before == len(forward.entries)


def test_two_candidates_with_one_id_are_refused() -> None:
    with pytest.raises(DuplicateCandidate, match="'a'") as caught:
        select(contest(), [cand("a"), cand("b"), dataclasses.replace(cand("a"), email=None)])
    assert isinstance(caught.value, QuizbuilderError)


def test_describe_rules_reads_the_steps_in_order() -> None:
    rules = contest(
        entry_condition={"type": "min_score", "min_score_percent": 60},
        eligibility={
            "min_age": 18,
            "countries": ["FR", "BE"],
            "excluded_emails": ["a@x.example", "@y.example"],
            "normalise_gmail": True,
        },
        bonus_entries=[{"condition": {"type": "consent", "consent_id": "newsletter"}}],
    )
    doc = entry_quiz()
    lines = describe_rules(rules, doc)
    assert lines == [s.title for s in select(rules, [], doc=doc).steps]
    assert lines[0] == "Entry condition: a completed response that scored at least 60 %"
    assert lines[1] == (
        "Contest dates: submitted from 2026-11-02 09:00:00 to 2026-11-30 23:59:00 "
        "(Europe/Paris time), both included"
    )
    assert lines[2].startswith("Minimum age: 18 or older on 2026-11-30")
    assert lines[3] == "Countries: living in FR, BE"
    assert lines[4] == "Staff exclusion list: 2 addresses or domains excluded"
    assert lines[5].startswith("Organiser's exclusions")
    assert "Gmail" in lines[6]
    assert lines[7] == (
        "Bonus tickets: one ticket per entry, +1 ticket for an entry that ticked the box "
        '"La newsletter" (newsletter)'
    )
    plain = describe_rules(contest(starts_at=None, ends_at=None), None)
    assert [line.split(":")[0] for line in plain] == [
        "Entry condition",
        "Organiser's exclusions",
        "One entry per person",
    ]


# --- old documents ---------------------------------------------------------------------


def test_new_contest_fields_leave_old_hashes_alone() -> None:
    """The demo responses carry the hash their contest had before these fields existed."""
    seed = json.loads((SEEDS / "items" / "05-concours-photo.json").read_text(encoding="utf-8"))
    recorded = next(
        json.loads(line)["content_hash"]
        for line in (SEEDS / "responses.jsonl").read_text(encoding="utf-8").splitlines()
        if f'"item":"{seed["uid"]}"' in line
    )
    document = parse_document(seed["item"])
    assert content_hash(document) == recorded
    assert document.contest is not None
    dumped = document.model_dump(mode="json", exclude_defaults=True)["contest"]
    assert "bonus_entries" not in dumped and "fraud_checks" not in dumped
    assert "age_consent_id" not in dumped["eligibility"]


# --- keys and args: what the interface translates the texts by ----------------------------


def test_every_reason_and_flag_carries_its_key_and_the_values_it_says() -> None:
    reports = every_entry_report()
    rejected = [r for report in reports for r in report.rejected]
    flags = [f for report in reports for f in report.flags]
    assert {r.key for r in rejected} == set(REASON_KEYS)  # each reason is made somewhere
    assert {f.key for f in flags} == set(FLAG_KINDS)
    assert all(f.key == f.kind for f in flags)
    for item in [*rejected, *flags]:
        text = item.reason if isinstance(item, Rejection) else item.detail
        assert all(value in text for value in item.args.values() if value), item


def test_reason_args_are_the_raw_values() -> None:
    reports = every_entry_report()
    by_id = {r.id: r for report in reports for r in report.rejected}
    assert dict(by_id["low"].args) == {"score": "50.25", "least": "62.5"}
    # Born 1 January 2012: 14 on the closing day, 30 November 2026.
    assert dict(by_id["minor"].args) == {"age": "14", "day": "2026-11-30", "min_age": "18"}
    assert dict(by_id["wrong-option"].args) == {
        "question": "Votre réseau préféré ?",
        "question_id": "q_reseau",
        "option": "Instagram",
        "option_id": "insta",
    }
    assert dict(by_id["excluded"].args) == {"reason": "photo volée"}  # spaces tidied
    assert dict(by_id["second"].args) == {"entry": "first"}
    assert dict(by_id["unticked"].args) == {"consent": "", "consent_id": "reglement"}
    fast = next(f for f in reports[0].flags if f.kind == FLAG_TOO_FAST)
    # Started 3 s before sending; 2 questions at 2.5 s each make 5 s.
    assert dict(fast.args) == {"seconds": "3", "pace": "2.5", "questions": "2", "least": "5"}


def test_step_args_say_which_wording_the_title_took() -> None:
    main, score, consent = every_entry_report()
    age = {s.key: s for s in main.steps}[STEP_AGE]
    assert age.args["on"] == "closing" and age.args["consent_id"] == "majeur"
    assert {s.key: s for s in score.steps}[STEP_AGE].args["on"] == "day"
    assert {s.key: s for s in score.steps}[STEP_COUNTRIES].args.get("asked", "") == ""
    bonus = main.steps[-1]
    assert bonus.key == STEP_BONUS
    assert bonus.args["count"] == "3"
    assert (bonus.args["extra.0"], bonus.args["0.condition"], bonus.args["0.score"]) == (
        "1",
        "min_score",
        "90",
    )
    assert bonus.args["label.2"] == "aime Instagram"
    window = {s.key: s for s in consent.steps}[STEP_WINDOW]
    assert (window.args["opens"], window.args["closes"]) == ("", "2026-11-30 23:59:00")


def test_texts_made_elsewhere_keep_working_and_args_do_not_count_in_equality() -> None:
    old = Rejection("a", STEP_STAFF, "reason")
    assert (old.key, dict(old.args)) == ("", {})
    assert Rejection("a", "s", "r", "k", {"x": "1"}) == Rejection("a", "s", "r", "k")
    assert hash(Flag("a", "k", "d", "k", {"x": "1"})) == hash(Flag("a", "k", "d", "k"))
    assert Step("k", "t", 1, 0, {"x": "1"}) == Step("k", "t", 1, 0)
    assert Rejection("a", "s", "r", "k1") != Rejection("a", "s", "r", "k2")
