"""Small, valid documents of every kind, written here (not copied from the code)."""

from __future__ import annotations

import copy
from typing import Any

from quizbuilder.domain.content import ItemDocument
from quizbuilder.domain.validation import parse_document

POLL: dict[str, Any] = {
    "kind": "poll",
    "title": "Quel réseau préférez-vous ?",
    "questions": [
        {
            "id": "reseau",
            "type": "single_choice",
            "text": "Votre réseau préféré",
            "options": [
                {"id": "insta", "label": "Instagram"},
                {"id": "tiktok", "label": "TikTok"},
                {"id": "linkedin", "label": "LinkedIn"},
            ],
        }
    ],
}

QUIZ: dict[str, Any] = {
    "kind": "knowledge_quiz",
    "title": "Les bases du community management",
    "scoring": {
        "pass_percent": 50,
        "bands": [
            {"min_percent": 0, "title": "À revoir"},
            {"min_percent": 75, "title": "Expert"},
        ],
    },
    "questions": [
        {
            "id": "q1",
            "type": "single_choice",
            "text": "Que signifie NPS ?",
            "points": 1,
            "options": [
                {"id": "a", "label": "Net Promoter Score", "fraction": 1},
                {"id": "b", "label": "New Product Sales", "fraction": 0},
            ],
        },
        {
            "id": "q2",
            "type": "multiple_choice",
            "text": "Quelles métriques mesurent l'engagement ?",
            "points": 2,
            "options": [
                {"id": "a", "label": "Partages", "fraction": 0.5},
                {"id": "b", "label": "Commentaires", "fraction": 0.5},
                {"id": "c", "label": "Abonnés achetés", "fraction": -1},
            ],
        },
        {
            "id": "q3",
            "type": "number",
            "text": "Taux d'engagement (%) de 53 interactions pour 1000 abonnés ?",
            "points": 1,
            "numeric_answers": [{"value": 5.3, "tolerance": 0.1}],
        },
    ],
}

PERSONALITY: dict[str, Any] = {
    "kind": "personality_quiz",
    "title": "Quel type d'influenceur êtes-vous ?",
    "outcomes": [
        {"id": "nano", "title": "Nano-influenceur"},
        {"id": "macro", "title": "Macro-influenceur"},
    ],
    "questions": [
        {
            "id": "audience",
            "type": "single_choice",
            "text": "Votre audience ?",
            "options": [
                {"id": "petite", "label": "Petite et fidèle", "weights": {"nano": 2}},
                {"id": "grande", "label": "Immense", "weights": {"macro": 2}},
            ],
        }
    ],
}

CONTEST: dict[str, Any] = {
    "kind": "contest",
    "title": "Concours photo",
    "lead_form": {
        "enabled": True,
        "fields": [{"id": "email", "type": "email", "required": True}],
        "consents": [
            {
                "id": "reglement",
                "purpose": "contest_rules",
                "text": "J'accepte le règlement",
                "required": True,
            }
        ],
    },
    "questions": [{"id": "photo", "type": "short_text", "text": "Lien de votre photo"}],
    "contest": {
        "starts_at": "2026-11-02T09:00:00+01:00",
        "ends_at": "2026-11-30T23:59:00+01:00",
        "timezone": "Europe/Paris",
        "winners": 2,
        "prizes": [{"id": "kit", "name": "Kit lumière", "value": 89}],
        "entry_condition": {"type": "consent", "consent_id": "reglement"},
    },
}

SURVEY: dict[str, Any] = {
    "kind": "survey",
    "title": "Votre avis",
    "questions": [
        {
            "id": "nps",
            "type": "nps",
            "text": "Recommanderiez-vous ?",
            "scale": {"min": 0, "max": 10},
        },
        {"id": "avis", "type": "long_text", "text": "Un commentaire ?"},
    ],
}

ALL = {
    "poll": POLL,
    "knowledge_quiz": QUIZ,
    "personality_quiz": PERSONALITY,
    "contest": CONTEST,
    "survey": SURVEY,
}


def data(name: str) -> dict[str, Any]:
    """A deep copy, so that a test may change it freely."""
    return copy.deepcopy(ALL[name])


def document(name: str) -> ItemDocument:
    return parse_document(data(name))
