"""The embed: one item as one self-contained HTML file, or a snippet to paste in a page.

A pure renderer: a frozen document, its images and the poll results known at export
time go in; an HTML string comes out. The page carries the document as JSON inside
``<script type="application/json">`` and ``resources/embed/embed.js`` renders it with
DOM calls (author text never goes through an HTML parser), styled by
``resources/embed/embed.css``. Both are inlined, minified and, in the whole-page form,
allowed by a Content-Security-Policy that names their hashes and nothing else but the
configured endpoint. See docs/embed.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal
from urllib.parse import urlsplit

import rcssmin  # type: ignore[import-untyped]
import rjsmin  # type: ignore[import-untyped]
from markupsafe import Markup

from quizbuilder.domain.content import (
    CHOICE_TYPES,
    ItemDocument,
    Kind,
    Question,
    QuestionType,
)
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.export.images import MAX_WIDTH, ImageData, InlineImage, inline_image
from quizbuilder.export.templating import render
from quizbuilder.paths import RESOURCES

EMBED = RESOURCES / "embed"
EmbedMode = Literal["endpoint", "kiosk", "none"]
MODES: tuple[EmbedMode, ...] = ("endpoint", "kiosk", "none")
LANGUAGES = ("fr", "en")
_PIN = re.compile(r"^[0-9]{4,12}$")
_FONTS = {
    "system": 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif',
    "serif": 'Georgia,Cambria,"Times New Roman",Times,serif',
    "rounded": 'ui-rounded,"SF Pro Rounded","Arial Rounded MT","Arial Rounded MT Bold",'
    "Nunito,Quicksand,Comfortaa,Manjari,Calibri,system-ui,sans-serif",
    "monospace": 'ui-monospace,"Cascadia Code","Source Code Pro",Menlo,Consolas,'
    '"DejaVu Sans Mono",monospace',
}


class EmbedOptionsInvalid(QuizbuilderError):
    """Options that cannot make a working embed; the message says which and why."""


@dataclass(frozen=True)
class EmbedOptions:
    """What the person exporting chooses (the CLI's flags, the Export dialog's fields).

    - ``mode``: where the answers go: ``endpoint`` (POSTed to ``endpoint``), ``kiosk``
      (kept on the device until an operator saves them, behind ``kiosk_pin``), or
      ``none`` (nothing leaves the page).
    - ``lang``: interface language; ``None`` means the document's own.
    - ``snippet``: the fragment to paste into a CMS page instead of a whole page.
    - ``variant``: show this A/B variant instead of drawing one (previews).
    - ``share_url``: the address the share links point at; by default the page's own
      address when it is on the web (an iframe cannot see its host page's).
    """

    mode: EmbedMode = "none"
    endpoint: str | None = None
    lang: Literal["fr", "en"] | None = None
    snippet: bool = False
    kiosk_pin: str | None = None
    variant: str | None = None
    share_url: str | None = None
    max_image_width: int = MAX_WIDTH

    def problems(self, document: ItemDocument | None = None) -> list[str]:
        found = []
        if self.mode not in MODES:
            found.append(f"mode must be one of {', '.join(MODES)}, not {self.mode!r}")
        if self.mode == "endpoint":
            if not self.endpoint:
                found.append("the endpoint mode needs the address that receives the answers")
            else:
                found += [f"endpoint: {p}" for p in _url_problems(self.endpoint)]
        elif self.endpoint:
            found.append("an endpoint address goes with the endpoint mode only")
        if self.mode == "kiosk":
            if not self.kiosk_pin or not _PIN.match(self.kiosk_pin):
                found.append("the kiosk mode needs a PIN of 4 to 12 digits for the operator")
        elif self.kiosk_pin:
            found.append("a PIN goes with the kiosk mode only")
        if self.lang is not None and self.lang not in LANGUAGES:
            found.append(f"lang must be fr or en, not {self.lang!r}")
        if self.share_url:
            found += [f"share_url: {p}" for p in _url_problems(self.share_url)]
        if self.max_image_width < 16:
            found.append("max_image_width must be at least 16 pixels")
        if document is not None and self.variant is not None:
            known = [v.id for v in document.variants]
            if self.variant not in known:
                found.append(
                    f"there is no variant {self.variant!r} (the item has "
                    f"{', '.join(known) if known else 'no variants'})"
                )
        return found

    def check(self, document: ItemDocument | None = None) -> None:
        found = self.problems(document)
        if found:
            raise EmbedOptionsInvalid("; ".join(found))


def _url_problems(url: str) -> list[str]:
    """An address must be http(s), and fit in a CSP source expression as it is."""
    if re.search(r"[\s'\";,<>\\]", url):
        return ["must not contain spaces, quotes, ';', ',', '<', '>' or '\\'"]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return [f"{url!r} is not an http:// or https:// address"]
    if parts.username or parts.password:
        return ["must not carry a user name or password"]
    return []


@dataclass(frozen=True)
class EmbedSource:
    """What is embedded: one frozen document and what it needs from the library."""

    document: ItemDocument
    uid: str
    content_hash: str
    images: Mapping[str, ImageData] = field(default_factory=dict)
    poll_results: Mapping[str, Mapping[str, int]] = field(default_factory=dict)


# --- resources ----------------------------------------------------------------------


@cache
def strings() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(
        (EMBED / "strings.json").read_text(encoding="utf-8")
    )
    return data


def strip_features(source: str, keep: frozenset[str]) -> str:
    """Drop the ``//#if NAME`` ... ``//#endif`` sections of the script that the item
    does not use (a poll needs no timer, no lead form, no operator panel)."""
    out: list[str] = []
    inside = dropping = False
    for number, line in enumerate(source.splitlines(keepends=True), start=1):
        if line.startswith("//#if "):
            name = line[6:].strip()
            if inside or name not in FEATURES:
                raise ValueError(f"embed.js line {number}: unexpected //#if {name}")
            inside, dropping = True, name not in keep
        elif line.startswith("//#endif"):
            if not inside:
                raise ValueError(f"embed.js line {number}: //#endif without //#if")
            inside = dropping = False
        elif not dropping:
            out.append(line)
    if inside:
        raise ValueError("embed.js: an //#if is never closed")
    return "".join(out)


FEATURES = frozenset(
    {
        "endpoint",
        "kiosk",
        "timer",
        "lead",
        "feedback",
        "outcomes",
        "points",
        "stars",
        "ranking",
        "matching",
        "tally",
        "share",
    }
)


@cache
def script(keep: frozenset[str]) -> str:
    text = rjsmin.jsmin(strip_features((EMBED / "embed.js").read_text(encoding="utf-8"), keep))
    lowered = text.lower()
    if "</script" in lowered or "<!--" in text:
        raise ValueError("embed.js must not contain '</script' or '<!--'")
    return text


@cache
def stylesheet() -> str:
    text = rcssmin.cssmin((EMBED / "embed.css").read_text(encoding="utf-8"))
    if "</style" in text.lower():
        raise ValueError("embed.css must not contain '</style'")
    return text


def features_of(document: ItemDocument, options: EmbedOptions) -> frozenset[str]:
    types = {q.type for q in document.questions}
    keep: set[str] = {str(options.mode)} & {"endpoint", "kiosk"}
    if document.settings.timer is not None:
        keep.add("timer")
    if document.lead_form.enabled:
        keep.add("lead")
    if document.settings.instant_feedback or any(q.scored for q in document.questions):
        keep.add("feedback")
    if document.outcomes:
        keep.add("outcomes")
    if QuestionType.RATING in types:
        keep.add("stars")
    if QuestionType.NPS in types or any(
        q.type == QuestionType.LIKERT and q.scale is not None and not q.scale.labels
        for q in document.questions
    ):
        keep.add("points")
    if QuestionType.RANKING in types:
        keep.add("ranking")
    if QuestionType.MATCHING in types:
        keep.add("matching")
    if document.kind == Kind.POLL and document.settings.show_results:
        keep.add("tally")
    if document.kind != Kind.SURVEY:
        keep.add("share")
    return frozenset(keep)


# --- colours ------------------------------------------------------------------------

RGB = tuple[float, float, float]


def _rgb(color: str) -> RGB:
    return (int(color[1:3], 16) / 255, int(color[3:5], 16) / 255, int(color[5:7], 16) / 255)


def _hex(rgb: RGB) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def _luminance(rgb: RGB) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    la, lb = sorted((_luminance(_rgb(a)), _luminance(_rgb(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _mix(a: str, b: str, share_of_b: float) -> str:
    ra, rb = _rgb(a), _rgb(b)
    return _hex(tuple(x + (y - x) * share_of_b for x, y in zip(ra, rb, strict=True)))  # type: ignore[arg-type]


def ensure_contrast(color: str, backgrounds: list[str], ratio: float) -> str:
    """``color``, moved towards black or white just enough to reach ``ratio`` against
    every background; the author's colour when it already does."""

    def worst(candidate: str) -> float:
        return min(contrast(candidate, bg) for bg in backgrounds)

    if worst(color) >= ratio:
        return color
    darkest = min(backgrounds, key=lambda bg: _luminance(_rgb(bg)))
    lightest = max(backgrounds, key=lambda bg: _luminance(_rgb(bg)))
    first = (
        "#000000" if contrast("#000000", darkest) >= contrast("#ffffff", lightest) else "#ffffff"
    )
    for towards in (first, "#ffffff" if first == "#000000" else "#000000"):
        for step in range(1, 21):
            candidate = _mix(color, towards, step / 20)
            if worst(candidate) >= ratio:
                return candidate
    return max(("#000000", "#ffffff"), key=worst)


def palette(document: ItemDocument) -> dict[str, str]:
    """The theme's colours as the page uses them, each meeting WCAG 2.2 AA contrast."""
    theme = document.theme
    # A mid-tone background leaves no text colour enough contrast against it and its
    # tints: such a background is first made lighter (or darker).
    bg = theme.background_color
    ink = "#000000" if contrast(bg, "#000000") >= contrast(bg, "#ffffff") else "#ffffff"
    bg = ensure_contrast(bg, [ink], 7.0)
    primary = theme.primary_color
    on_primary = (
        "#ffffff" if contrast("#ffffff", primary) >= contrast("#111111", primary) else "#111111"
    )
    primary = ensure_contrast(primary, [on_primary], 4.5)
    tint = _mix(bg, primary, 0.1)
    surface = _mix(bg, theme.text_color, 0.05)
    fg = ensure_contrast(theme.text_color, [bg, tint, surface], 4.5)
    accent = ensure_contrast(theme.primary_color, [bg, tint, surface], 4.5)
    return {
        "bg": bg,
        "fg": fg,
        "primary": primary,
        "on-primary": on_primary,
        "accent": accent,
        "focus": accent,
        "tint": tint,
        "surface": surface,
        "muted": ensure_contrast(_mix(fg, bg, 0.3), [bg, surface, tint], 4.5),
        "border": ensure_contrast(_mix(fg, bg, 0.55), [bg, tint], 3.0),
        "track": _mix(fg, bg, 0.85),
        "ok": ensure_contrast("#1a7f37", [bg, surface, tint], 4.5),
        "bad": ensure_contrast("#c62828", [bg, surface, tint], 4.5),
    }


def theme_css(document: ItemDocument, root_id: str, *, whole_page: bool) -> str:
    colours = "".join(f"--qb-{k}:{v};" for k, v in palette(document).items())
    theme = document.theme
    rule = f"#{root_id}{{{colours}--qb-r:{theme.radius}px;--qb-font:{_FONTS[theme.font.value]}}}"
    if whole_page:
        rule = f"html{{background:{palette(document)['bg']}}}body{{margin:0}}" + rule
    return rule


# --- the document as the page reads it ----------------------------------------------


def _empty(value: Any) -> bool:
    # ``0 == False``: a zero weight or fraction is data, only ``False`` itself is empty.
    return value is None or value is False or (isinstance(value, str | list | dict) and not value)


def _compact(data: Any) -> Any:
    """Leave out empty values: the script reads a missing field as its empty default."""
    if isinstance(data, dict):
        return {k: _compact(v) for k, v in data.items() if not _empty(v)}
    if isinstance(data, list):
        return [_compact(v) for v in data]
    return data


def _question(q: Question) -> dict[str, Any]:
    data: dict[str, Any] = _compact(q.model_dump(mode="json", exclude_defaults=True))
    data["id"], data["type"] = q.id, q.type.value
    if q.scale is not None:
        data["scale"] = q.scale.model_dump(mode="json")
    if q.type in CHOICE_TYPES or q.type == QuestionType.RANKING:
        data["options"] = [
            _compact(o.model_dump(mode="json", exclude_defaults=True)) | {"id": o.id}
            for o in q.options
        ]
    return data


def payload(
    source: EmbedSource,
    options: EmbedOptions,
    images: Mapping[str, InlineImage],
    *,
    root_id: str,
    lang: str,
    pin: tuple[str, str] | None,
) -> dict[str, Any]:
    doc = source.document
    settings = doc.settings.model_dump(mode="json")
    data: dict[str, Any] = {
        "uid": source.uid,
        "hash": source.content_hash,
        "kind": doc.kind.value,
        "lang": lang,
        "title": doc.title,
        "intro": doc.intro,
        "image": doc.image.model_dump(mode="json") if doc.image else None,
        "logo": doc.theme.logo.model_dump(mode="json") if doc.theme.logo else None,
        "questions": [_question(q) for q in doc.questions],
        "scoring": doc.scoring.model_dump(mode="json"),
        "outcomes": [_compact(o.model_dump(mode="json")) for o in doc.outcomes],
        "tie_rule": doc.tie_rule.value,
        "settings": settings,
        "lead": doc.lead_form.model_dump(mode="json") if doc.lead_form.enabled else None,
        "variants": [
            _compact(v.model_dump(mode="json", exclude_defaults=True)) | {"id": v.id}
            for v in doc.variants
        ],
        "results": {q: dict(c) for q, c in source.poll_results.items()},
        "images": {
            sha: {"src": i.src, "w": i.width or None, "h": i.height or None}
            for sha, i in images.items()
        },
        "t": {**strings()[lang], **doc.strings},
        "mode": options.mode,
        "endpoint": options.endpoint,
        "kiosk": {"salt": pin[0], "hash": pin[1]} if pin else None,
        "variant": options.variant,
        "share_url": options.share_url,
        "snippet": options.snippet,
        "heading": 2 if options.snippet else 1,
    }
    return data


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element whatever the author typed:
    ``<``, ``>`` and ``&`` are written as ``\\u`` escapes, so no ``</script>`` or
    ``<!--`` can appear, and JSON.parse reads the same text back."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _sha256_source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def csp_source(url: str) -> str:
    """The CSP source expression for exactly the endpoint (scheme, host, port, path)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path or '/'}"


def content_security_policy(script_text: str, style_text: str, endpoint: str | None) -> str:
    connect = csp_source(endpoint) if endpoint else "'none'"
    return (
        "default-src 'none'; "
        f"script-src {_sha256_source(script_text)}; "
        f"style-src {_sha256_source(style_text)}; "
        "img-src data:; "
        f"connect-src {connect}; "
        "base-uri 'none'; form-action 'none'"
    )


def pin_hash(pin: str, salt: str) -> str:
    """What the page keeps of the kiosk PIN (the script computes the same)."""
    return hashlib.sha256(f"{salt}:{pin}".encode()).hexdigest()


def plain_text(text: str) -> str:
    """Author text without its formatting marks, for the page title."""
    text = re.sub(r"\[([^\]]+)\]\([^)\s]+\)", r"\1", text)
    return re.sub(r"\*\*(.+?)\*\*|\*(\S(?:.*?\S)?)\*", lambda m: m.group(1) or m.group(2), text)


def render_embed(source: EmbedSource, options: EmbedOptions) -> str:
    """The whole page (or, with ``options.snippet``, the fragment to paste)."""
    document = source.document
    options.check(document)
    lang = options.lang or document.language.value
    wanted = {r.asset for r in document.image_refs()}
    missing = sorted(wanted - set(source.images))
    if missing:
        raise QuizbuilderError(f"the item's image {missing[0][:12]}… is not in the library")
    images = {
        sha: inline_image(source.images[sha], max_width=options.max_image_width)
        for sha in sorted(wanted)
    }
    root_id = f"qb-{source.uid[:16]}"
    pin = None
    if options.mode == "kiosk" and options.kiosk_pin:
        salt = secrets.token_hex(8)
        pin = (salt, pin_hash(options.kiosk_pin, salt))
    data = payload(source, options, images, root_id=root_id, lang=lang, pin=pin)
    js = script(features_of(document, options))
    css = stylesheet() + theme_css(document, root_id, whole_page=not options.snippet)
    context: dict[str, Any] = {
        "lang": lang,
        "title": plain_text(document.title) or "quizbuilder",
        "uid": source.uid,
        "root_id": root_id,
        "data_json": Markup(script_json(data)),
        "js": Markup(js),
        "css": Markup(css),
        "noscript": strings()[lang]["noscript"],
        "snippet": options.snippet,
    }
    if options.snippet:
        return render("embed-snippet.html.j2", **context)
    return render(
        "embed.html.j2", csp=content_security_policy(js, css, options.endpoint), **context
    )


def iframe_tag(src_url: str, *, uid: str, title: str, height: int = 640) -> str:
    """The tag that shows a published embed in another page, its height following the
    content: the embed posts its height, and the listener accepts it only from the
    embed's own origin and its own frame. It also passes the host page's UTM
    parameters and referrer to the embed, which an iframe cannot read itself."""
    problems = _url_problems(src_url)
    if problems and not src_url.startswith(("/", "./", "../")):
        raise EmbedOptionsInvalid(f"iframe address: {problems[0]}")
    return render(
        "embed-iframe.html.j2",
        src=src_url,
        uid=uid,
        title=plain_text(title) or "quizbuilder",
        height=height,
        frame_id=f"qb-frame-{uid[:16]}",
    )


class EmbedExporter:
    """The embed in the exporters' shape: a name, a file extension, an options type."""

    name = "embed"
    extension = ".html"
    options_type = EmbedOptions

    def render(self, source: EmbedSource, options: EmbedOptions) -> str:
        return render_embed(source, options)


EXPORTER = EmbedExporter()
