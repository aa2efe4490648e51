"""Content hashes: a frozen version of an item is known by the hash of its document."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from quizbuilder.domain.content import ItemDocument


def canonical_json(data: Any) -> str:
    """One spelling per value: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def content_hash(document: ItemDocument) -> str:
    """SHA-256 of the canonical JSON of the fields that differ from their defaults.

    Leaving defaults out keeps a document's hash the same when a later release adds a
    field with a default: responses keep pointing at the version they answered. Images
    count through their own hashes.
    """
    data = document.model_dump(mode="json", exclude_defaults=True)
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()
