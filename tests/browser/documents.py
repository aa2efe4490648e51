"""Items written for the browser tests: every question type, images, a timer, hostile text."""

from __future__ import annotations

import hashlib
import io
from typing import Any

from PIL import Image, ImageDraw

from quizbuilder.domain.validation import parse_document
from quizbuilder.formats.content_json import Asset, ItemFile
from quizbuilder.services.library import LibraryService

HOSTILE_TITLE = 'Tout </script><script>alert("titre")</script> & "doubles" \'simples\''
HOSTILE_INTRO = (
    "**Gras** et *italique*, [un lien](https://example.org/règles) et "
    "[un piège](javascript:alert(1)).\n\n"
    "</script><!-- <img src=x onerror=alert(2)> --> fin"
)


def picture(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    """A PNG with some detail (so that it does not compress to nothing)."""
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    for x in range(0, width, max(1, width // 24)):
        draw.line([(x, 0), (width - x, height)], fill=(255, 255, 255), width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def assets() -> dict[str, Asset]:
    found = {}
    for size, colour in (
        ((2400, 1200), (20, 90, 160)),
        ((640, 480), (160, 40, 40)),
        ((640, 480), (30, 130, 60)),
        ((200, 200), (90, 60, 160)),
    ):
        data = picture(*size, colour)
        found[hashlib.sha256(data).hexdigest()] = Asset("image/png", data)
    return found


def all_types(shas: list[str], **changes: Any) -> dict[str, Any]:
    cover, red, green, logo = shas
    doc: dict[str, Any] = {
        "kind": "knowledge_quiz",
        "title": HOSTILE_TITLE,
        "intro": HOSTILE_INTRO,
        "image": {"asset": cover, "alt": "Une bannière bleue"},
        "language": "fr",
        "strings": {"start": "C’est parti"},
        "theme": {"logo": {"asset": logo, "alt": "Logo de l’agence"}, "primary_color": "#ffcc00"},
        "scoring": {
            "pass_percent": 50,
            "bands": [
                {"min_percent": 0, "title": "À revoir"},
                {"min_percent": 70, "title": "Très bien", "text": "Un **beau** score."},
            ],
        },
        "settings": {
            "timer": {
                "seconds": 3600,
                "scope": "item",
                "extension_seconds": 60,
                "max_extensions": 1,
            }
        },
        "lead_form": {
            "enabled": True,
            "position": "before_questions",
            "title": "Avant de commencer",
            "fields": [
                {"id": "email", "type": "email", "required": True},
                {"id": "prenom", "type": "first_name"},
                {"id": "naissance", "type": "birth_date"},
            ],
            "consents": [
                {
                    "id": "reglement",
                    "purpose": "rules",
                    "text": "J’accepte le [règlement](https://example.org/reglement).",
                    "version": "2026-11",
                    "required": True,
                },
                {
                    "id": "news",
                    "purpose": "newsletter",
                    "text": "La newsletter, oui.",
                    "version": "3",
                },
            ],
        },
        "questions": [
            {
                "id": "q_single",
                "type": "single_choice",
                "text": 'Une "question" <b>pas grasse</b> ?',
                "required": True,
                "points": 1,
                "options": [
                    {"id": "a", "label": "<script>alert(3)</script>", "fraction": 1},
                    {"id": "b", "label": "Une autre"},
                ],
            },
            {
                "id": "q_multi",
                "type": "multiple_choice",
                "text": "Deux au plus",
                "points": 1,
                "min_choices": 1,
                "max_choices": 2,
                "options": [
                    {"id": "a", "label": "Un", "fraction": 0.5},
                    {"id": "b", "label": "Deux", "fraction": 0.5},
                    {"id": "c", "label": "Trois", "fraction": -1},
                ],
            },
            {
                "id": "q_tf",
                "type": "true_false",
                "text": "Vrai ?",
                "points": 1,
                "options": [
                    {"id": "v", "label": "Vrai", "fraction": 1},
                    {"id": "f", "label": "Faux"},
                ],
            },
            {
                "id": "q_img",
                "type": "image_choice",
                "text": "Quelle couleur ?",
                "points": 1,
                "options": [
                    {
                        "id": "rouge",
                        "label": "Rouge",
                        "image": {"asset": red, "alt": "Carré rouge"},
                        "fraction": 1,
                    },
                    {"id": "vert", "label": "Vert", "image": {"asset": green, "alt": "Carré vert"}},
                ],
            },
            {
                "id": "q_imgs",
                "type": "image_multiple_choice",
                "text": "Lesquelles ?",
                "options": [
                    {"id": "rouge", "image": {"asset": red, "alt": "Carré rouge"}},
                    {"id": "vert", "image": {"asset": green, "alt": "Carré vert"}},
                ],
            },
            {
                "id": "q_rating",
                "type": "rating",
                "text": "Des étoiles",
                "scale": {"min": 1, "max": 5, "min_label": "Bof", "max_label": "Top"},
            },
            {
                "id": "q_nps",
                "type": "nps",
                "text": "Recommanderiez-vous ?",
                "scale": {"min": 0, "max": 10},
            },
            {
                "id": "q_likert",
                "type": "likert",
                "text": "D’accord ?",
                "scale": {"min": 1, "max": 3, "labels": ["Non", "Bof", "Oui"]},
            },
            {
                "id": "q_likert_n",
                "type": "likert",
                "text": "Sur sept",
                "scale": {
                    "min": 1,
                    "max": 7,
                    "min_label": "Pas du tout",
                    "max_label": "Tout à fait",
                },
            },
            {
                "id": "q_short",
                "type": "short_text",
                "text": "Un mot",
                "points": 1,
                "accepted_answers": [{"text": "Réseau"}],
            },
            {"id": "q_long", "type": "long_text", "text": "Un avis"},
            {
                "id": "q_number",
                "type": "number",
                "text": "Combien ?",
                "unit": "€",
                "points": 2,
                "numeric_answers": [{"value": 42, "tolerance": 0.5}],
            },
            {
                "id": "q_rank",
                "type": "ranking",
                "text": "Dans l’ordre",
                "points": 1,
                "options": [
                    {"id": "un", "label": "Premier"},
                    {"id": "deux", "label": "Deuxième"},
                    {"id": "trois", "label": "Troisième"},
                ],
            },
            {
                "id": "q_match",
                "type": "matching",
                "text": "Associez",
                "points": 1,
                "pairs": [
                    {"id": "fr", "prompt": "France", "answer": "Paris"},
                    {"id": "it", "prompt": "Italie", "answer": "Rome"},
                    {"id": "es", "prompt": "Espagne", "answer": "Madrid"},
                ],
            },
        ],
        "variants": [
            {"id": "A", "weight": 0},
            {"id": "B", "title": "Le titre de B", "weight": 1},
        ],
    }
    doc.update(changes)
    return doc


# The answers a person gives in the all-types tests, by question id (labels as shown).
PLAN: dict[str, Any] = {
    "q_single": "<script>alert(3)</script>",
    "q_multi": ["Un", "Deux"],
    "q_tf": "Faux",
    "q_img": "Rouge",
    "q_imgs": ["Carré vert"],
    "q_rating": 4,
    "q_nps": 9,
    "q_likert": "Oui",
    "q_likert_n": 6,
    "q_short": "  réseau ",
    "q_long": "Très bien,\nmerci.",
    "q_number": "42,3",
    "q_rank": ["Premier", "Deuxième", "Troisième"],
    "q_match": {"France": "Paris", "Italie": "Madrid", "Espagne": "Rome"},
}
EXPECTED_ANSWERS: dict[str, Any] = {
    "q_single": "a",
    "q_multi": ["a", "b"],
    "q_tf": "f",
    "q_img": "rouge",
    "q_imgs": ["vert"],
    "q_rating": 4,
    "q_nps": 9,
    "q_likert": 3,
    "q_likert_n": 6,
    "q_short": "réseau",
    "q_long": "Très bien,\nmerci.",
    "q_number": 42.3,
    "q_rank": ["un", "deux", "trois"],
    "q_match": {"fr": "fr", "it": "es", "es": "it"},
}


def add_all_types(library: LibraryService, **changes: Any) -> tuple[int, dict[str, Any]]:
    """Add the all-types item (with its images) to ``library``; (item id, document data)."""
    found = assets()
    data = all_types(list(found), **changes)
    [item_id] = library.add_item_file(ItemFile([(None, parse_document(data))], found))
    return item_id, data
