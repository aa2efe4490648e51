"""Document -> JSON text -> document gives back an equal document, for any document."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings

from quizbuilder.domain.hashing import canonical_json, content_hash
from quizbuilder.domain.validation import document_data, parse_document
from quizbuilder.formats.content_json import Asset, ItemFile, dumps_item_file, parse_item_file
from tests.helpers.strategies import ASSETS, documents

SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(documents())
def test_document_survives_json_text(raw: dict) -> None:
    document = parse_document(raw)
    again = parse_document(json.loads(json.dumps(document_data(document))))
    assert again == document
    assert content_hash(again) == content_hash(document)


@SETTINGS
@given(documents())
def test_document_survives_the_item_file(raw: dict) -> None:
    document = parse_document(raw)
    used = {ref.asset for ref in document.image_refs()}
    assets = {sha: Asset("image/png", ASSETS[sha]) for sha in used}
    back = parse_item_file(json.loads(dumps_item_file(ItemFile([("u1", document)], assets))))
    assert back.entries == [("u1", document)]
    assert back.assets == assets


@SETTINGS
@given(documents())
def test_canonical_json_does_not_depend_on_key_order(raw: dict) -> None:
    document = parse_document(raw)
    data = document_data(document)
    reversed_keys = json.loads(json.dumps(dict(reversed(list(data.items())))))
    assert canonical_json(reversed_keys) == canonical_json(data)
    assert content_hash(parse_document(reversed_keys)) == content_hash(document)


def test_hash_ignores_fields_left_at_their_default() -> None:
    from tests.helpers.documents import data

    sparse = data("poll")
    explicit = data("poll")
    explicit["settings"] = {"layout": "one_per_screen", "shuffle_options": False}
    explicit["questions"][0]["options"][0]["fraction"] = 0.0
    assert content_hash(parse_document(sparse)) == content_hash(parse_document(explicit))
    changed = data("poll")
    changed["questions"][0]["options"][0]["label"] = "Insta"
    assert content_hash(parse_document(changed)) != content_hash(parse_document(sparse))
