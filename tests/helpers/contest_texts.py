"""Contests whose entries and rules say every sentence the domain has, each once at least.

The unit tests check that every reason, flag and problem carries its key and args; the
interface tests check that each is said again, word for word in English and in French.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from quizbuilder.domain.content import Contest, ItemDocument
from quizbuilder.domain.entries import Candidate, EntryReport, select_entries
from quizbuilder.domain.rules import RuleProblem, rules_problems
from quizbuilder.domain.validation import parse_document
from tests.helpers.contests import contest_data

OPENS = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # 09:00 in Paris
CLOSES = datetime(2026, 11, 30, 22, 59, tzinfo=UTC)  # 23:59 in Paris
INSIDE = OPENS + timedelta(days=3)

ENTRY_FORM: dict[str, Any] = {
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
        }
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
        ],
    },
}


def entry_form() -> ItemDocument:
    return parse_document(json.loads(json.dumps(ENTRY_FORM)))


def rules(**changes: Any) -> Contest:
    base: dict[str, Any] = {
        "starts_at": "2026-11-02T09:00:00+01:00",
        "ends_at": "2026-11-30T23:59:00+01:00",
        "timezone": "Europe/Paris",
    }
    base.update(changes)
    return Contest.model_validate(base)


def cand(cid: str, **changes: Any) -> Candidate:
    """A candidate who meets every rule unless the caller changes something."""
    submitted = changes.pop("submitted_at", INSIDE)
    values: dict[str, Any] = {
        "id": cid,
        "email": f"{cid}@example.org",
        "completed": True,
        "score_percent": 80.0,
        "answers": {"q_reseau": "insta"},
        "consents": {"reglement": True, "majeur": False},
        "lead": {"naissance": "1990-05-17", "pays": "FR"},
        "submitted_at": submitted,
        "started_at": submitted - timedelta(minutes=5) if submitted else None,
        "device": f"device-{cid}",
        "question_count": 2,
    }
    values.update(changes)
    return Candidate(**values)


def everything_contest() -> Contest:
    """Every step and every check on at once."""
    return rules(
        entry_condition={"type": "answer", "question_id": "q_reseau", "option_id": "insta"},
        eligibility={
            "min_age": 18,
            "age_confirmation": True,
            "age_consent_id": "majeur",
            "countries": ["FR", "BE"],
            "excluded_emails": ["staff@example.org", "@corp.example"],
            "normalise_gmail": True,
        },
        fraud_checks={
            "flag_disposable_emails": True,
            "max_entries_per_device": 1,
            "min_seconds_per_question": 2.5,
        },
        bonus_entries=[
            {"condition": {"type": "min_score", "min_score_percent": 90}, "extra": 1},
            {"condition": {"type": "consent", "consent_id": "reglement"}, "extra": 2},
            {
                "condition": {"type": "answer", "question_id": "q_reseau", "option_id": "insta"},
                "extra": 3,
                "label": "aime Instagram",
            },
        ],
    )


def everything_candidates() -> list[Candidate]:
    return [
        cand("kept"),
        cand("not-completed", completed=False),
        cand("no-answer", answers={}),
        cand("wrong-option", answers={"q_reseau": "tiktok"}),
        cand("no-time", submitted_at=None),
        cand("early", submitted_at=OPENS - timedelta(days=1)),
        cand("late", submitted_at=CLOSES + timedelta(seconds=1)),
        cand("no-age", lead={"pays": "FR"}),
        cand("bad-date", lead={"naissance": "le 3 mars", "pays": "FR"}),
        cand("minor", lead={"naissance": "2012-01-01", "pays": "FR"}),
        cand("no-country", lead={"naissance": "1990-05-17"}),
        cand("german", lead={"naissance": "1990-05-17", "pays": "de"}),
        cand("staff", email="staff@example.org"),
        cand("corp", email="someone@corp.example"),
        cand("excluded"),
        cand("excluded-silently"),
        cand("first", email="twice@example.org", submitted_at=INSIDE),
        cand("second", email="twice@example.org", submitted_at=INSIDE + timedelta(hours=1)),
        cand("throwaway", email="x@mailinator.com"),
        cand("tablet-1", device="tablet"),
        cand("tablet-2", device="tablet"),
        cand("fast", started_at=INSIDE - timedelta(seconds=3)),
        cand("anonymous", email=None),
    ]


def every_entry_report() -> list[EntryReport]:
    """Reports that, between them, have every reason, flag and kind of step title."""
    form = entry_form()
    main = select_entries(
        everything_contest(),
        everything_candidates(),
        entry_document=form,
        exclusions={"excluded": "  photo   volée ", "excluded-silently": ""},
        disposable=frozenset({"mailinator.com"}),
    )
    score = select_entries(
        rules(
            starts_at="2026-11-02T09:00:00+01:00",
            ends_at=None,
            entry_condition={"type": "min_score", "min_score_percent": 62.5},
            eligibility={
                "min_age": 16,
                "excluded_emails": ["@corp.example"],
                "countries": ["FR"],
                "one_entry_per_person": False,
            },
        ),
        [cand("low", score_percent=50.25), cand("none", score_percent=None), cand("ok")],
        entry_document=None,  # an imported list: no form, the usual lead ids
        exclusions={},
        today=datetime(2026, 12, 1).date(),
    )
    consent = select_entries(
        rules(
            starts_at=None,
            entry_condition={"type": "consent", "consent_id": "reglement"},
            eligibility={"min_age": 18, "countries": ["BE"]},
        ),
        [cand("unticked", consents={}), cand("no-birth", lead={"pays": "BE"})],
        entry_document=parse_document({"kind": "poll", "title": "Sans formulaire"}),
        exclusions={},
    )
    return [main, score, consent]


def every_rule_problem() -> list[RuleProblem]:
    """Problems that, between them, have every key ``rules_problems`` gives."""

    def changed(language: str, change: Any) -> list[RuleProblem]:
        data = contest_data()
        change(data)
        return rules_problems(parse_document(data), language)

    def empty(data: dict[str, Any]) -> None:
        c = data["contest"]
        c["organiser"] = {"email": "jeu@"}
        c["starts_at"] = c["ends_at"] = None
        c["eligibility"] = {"min_age": 16}
        c["prizes"] = []
        c["rules"] = {"claim_days": 3, "governing_law": ""}
        data["settings"].pop("retention_days")
        data["lead_form"]["fields"] = data["lead_form"]["fields"][:1]
        data["intro"] = "Partagez ce post sur Facebook pour participer. Achetez un produit."

    def registration(data: dict[str, Any]) -> None:
        data["contest"]["organiser"]["registration"] = ""
        data["contest"]["organiser"]["email"] = ""

    def prizes(data: dict[str, Any]) -> None:
        data["contest"]["prizes"][0]["name"] = ""
        data["contest"]["prizes"][1]["value"] = 0
        data["contest"]["winners"] = 5

    def more_prizes(data: dict[str, Any]) -> None:
        data["contest"]["winners"] = 1
        data["contest"]["eligibility"].pop("min_age")
        data["contest"]["organiser"]["registration"] = "Nantes B"

    found = [
        *changed("fr", empty),
        *changed("en", empty),
        *changed("fr", registration),
        *changed("fr", prizes),
        *changed("en", more_prizes),
        *changed("fr", more_prizes),
        *rules_problems(parse_document({"kind": "poll", "title": "Pas un concours"}), "fr"),
    ]
    return found
