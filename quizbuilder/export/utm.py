"""UTM-tagged links: one per channel, to the page that holds the embed.

The embed records ``utm_source``, ``utm_medium``, ``utm_campaign`` and ``utm_content``
from its page's address, so the statistics can tell which channel brought each response.
The page's own query parameters and fragment are kept as they were written; UTM
parameters already in the address are replaced by the channel's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from quizbuilder.domain.errors import QuizbuilderError

UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "utm_id")


class UtmError(QuizbuilderError):
    """A page address or campaign that cannot be tagged."""


@dataclass(frozen=True)
class Channel:
    id: str  # also the QR file's name: qr-<id>.png
    label: str
    source: str
    medium: str


# The sources and media are those the embed's statistics group by (and Google
# Analytics' default channel groups recognise: social, email).
CHANNELS: tuple[Channel, ...] = (
    Channel("facebook", "Facebook", "facebook", "social"),
    Channel("instagram", "Instagram", "instagram", "social"),
    Channel("linkedin", "LinkedIn", "linkedin", "social"),
    Channel("x", "X", "x", "social"),
    Channel("newsletter", "Newsletter", "newsletter", "email"),
    Channel("print", "Print", "print", "qr_code"),
)


@dataclass(frozen=True)
class TaggedLink:
    channel: Channel
    url: str
    campaign: str
    content: str | None


_FOLDS = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o"})


def slugify(text: str, *, max_length: int = 60) -> str:
    """Lower case ASCII words joined by '-': « Semaine des réseaux » -> semaine-des-reseaux."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLDS).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    if len(slug) > max_length:  # cut at a word's end where there is one
        cut = slug[: max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:max_length]
    return slug.strip("-")


def campaign_name(*candidates: str) -> str:
    """The slug of the first candidate that has letters or digits (campaign, then title)."""
    for text in candidates:
        slug = slugify(text)
        if slug:
            return slug
    shown = " / ".join(repr(c) for c in candidates)
    raise UtmError(f"no campaign name can be made from {shown}: give the item a campaign name")


def check_page_url(url: str) -> str:
    """The address, trimmed, if it is an http(s) address with a host; else a clear error."""
    address = url.strip()
    if not address:
        raise UtmError("the page address is empty: give the address of the page (https://...)")
    if re.search(r"\s", address):
        raise UtmError(f"'{address}' contains spaces: it is not a web address")
    parts = urlsplit(address)
    if parts.scheme.lower() not in ("http", "https"):
        hint = ""
        if not parts.scheme or "." in parts.scheme or parts.scheme == "localhost":
            hint = f" (did you mean 'https://{address}'?)"
        raise UtmError(
            f"'{address}' is not a web address: it must start with http:// or https://{hint}"
        )
    if not parts.hostname:
        raise UtmError(f"'{address}' has no host name after {parts.scheme}://")
    return address


def _key(pair: str) -> str:
    return unquote(pair.split("=", 1)[0].replace("+", " ")).strip().lower()


def tag(url: str, params: dict[str, str]) -> str:
    """``url`` with ``params`` added to its query, replacing any UTM parameter it had."""
    parts = urlsplit(check_page_url(url))
    kept = [p for p in parts.query.split("&") if p and _key(p) not in UTM_KEYS]
    added = [f"{k}={quote(v, safe='')}" for k, v in params.items()]
    return urlunsplit(parts._replace(path=parts.path or "/", query="&".join(kept + added)))


def tagged_links(
    page_url: str,
    campaign: str,
    *,
    content: str | None = None,
    channels: tuple[Channel, ...] = CHANNELS,
) -> list[TaggedLink]:
    """One link per channel to ``page_url``, tagged with the campaign (slugified)."""
    slug = campaign_name(campaign)
    extra = content.strip() if content is not None else None
    links = []
    for channel in channels:
        params = {"utm_source": channel.source, "utm_medium": channel.medium}
        params["utm_campaign"] = slug
        if extra:
            params["utm_content"] = extra
        links.append(TaggedLink(channel, tag(page_url, params), slug, extra or None))
    return links
