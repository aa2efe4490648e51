"""Comparing text as people mean it: case, accents, punctuation and spacing do not count.

Kept apart from the content model so that the fast paths (searching the library list)
can use it without importing pydantic.
"""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """``"  Vrai !"`` -> ``"vrai"``; ``"Réseaux  sociaux"`` -> ``"reseaux sociaux"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_PUNCT.sub(" ", bare).split())
