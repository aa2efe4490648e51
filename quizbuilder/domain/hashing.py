"""Content hashes: a frozen version of an item is known by the hash of its document."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from quizbuilder.domain.content import ItemDocument
from quizbuilder.domain.validation import document_data


def canonical_json(data: Any) -> str:
    """One spelling per value: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False)


def content_hash(document: ItemDocument) -> str:
    """SHA-256 of the canonical JSON form; images count through their own hashes."""
    return hashlib.sha256(canonical_json(document_data(document)).encode("utf-8")).hexdigest()
