"""A contest whose rules are complete in French and English, written here for the rules tests."""

from __future__ import annotations

import copy
from typing import Any

from quizbuilder.domain.content import ItemDocument
from quizbuilder.domain.validation import parse_document

COMPLETE_CONTEST: dict[str, Any] = {
    "kind": "contest",
    "title": "Grand jeu de l'été",
    "intro": "Répondez à la question pour tenter de gagner un vélo.",
    "questions": [
        {
            "id": "saison",
            "type": "single_choice",
            "text": "Votre saison préférée ?",
            "options": [
                {"id": "ete", "label": "L'été"},
                {"id": "hiver", "label": "L'hiver"},
            ],
        }
    ],
    "settings": {"retention_days": 180},
    "lead_form": {
        "enabled": True,
        "fields": [
            {"id": "email", "type": "email", "required": True},
            {"id": "naissance", "type": "birth_date", "required": True},
        ],
        "consents": [
            {
                "id": "reglement",
                "purpose": "contest_rules",
                "text": "J'accepte le règlement.",
                "required": True,
            }
        ],
    },
    "contest": {
        "starts_at": "2026-07-01T10:00:00+02:00",
        "ends_at": "2026-08-31T18:30:00+02:00",
        "timezone": "Europe/Paris",
        "eligibility": {
            "min_age": 18,
            "countries": ["FR", "BE"],
            "excluded_emails": ["@soleil.example"],
        },
        "prizes": [
            {
                "id": "velo",
                "name": "Vélo électrique",
                "description": "Cadre aluminium, 25 km/h.",
                "value": 1234.5,
            },
            {"id": "gourde", "name": "Gourde isotherme", "value": 15, "quantity": 2},
        ],
        "winners": 3,
        "alternates": 2,
        "entry_condition": {"type": "consent", "consent_id": "reglement"},
        "organiser": {
            "name": "Soleil & Fils",
            "legal_form": "SARL",
            "registration": "RCS Nantes 123 456 789",
            "address": "3 quai de la Fosse, 44000 Nantes",
            "email": "jeu@soleil.example",
        },
        "rules": {"claim_days": 20, "governing_law": "droit français"},
    },
}


def contest_data() -> dict[str, Any]:
    """A deep copy, so that a test may change it freely."""
    return copy.deepcopy(COMPLETE_CONTEST)


def contest_document(data: dict[str, Any] | None = None) -> ItemDocument:
    return parse_document(contest_data() if data is None else data)
