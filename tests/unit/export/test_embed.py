"""The embed renderer: escaping, the Content-Security-Policy, images, options, snippets."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jinja2 import UndefinedError
from PIL import Image

from quizbuilder.domain.validation import parse_document
from quizbuilder.export.embed import (
    EMBED,
    EXPORTER,
    EmbedOptions,
    EmbedOptionsInvalid,
    EmbedSource,
    contrast,
    iframe_tag,
    palette,
    pin_hash,
    render_embed,
    script,
    strings,
    strip_features,
)
from quizbuilder.export.images import ImageData, inline_image
from quizbuilder.export.templating import render
from tests.helpers.documents import data

HOSTILE = '</script><script>alert("x")</script><!-- \'quoted\' & "double" -->'
UID = "0123456789abcdef0123456789abcdef"


def source(doc: dict[str, Any], **kwargs: Any) -> EmbedSource:
    return EmbedSource(parse_document(doc), UID, "ab" * 32, **kwargs)


def hostile_poll() -> dict[str, Any]:
    doc = data("poll")
    doc["title"] = HOSTILE
    doc["intro"] = HOSTILE
    doc["questions"][0]["options"][0]["label"] = HOSTILE
    return doc


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def page_json(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" class="qb-data">(.*?)</script>', html, re.S)
    assert match
    return json.loads(match.group(1))


def csp_of(html: str) -> str:
    match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    assert match
    return match.group(1).replace("&#39;", "'")


def test_author_text_can_never_close_the_script() -> None:
    html = render_embed(source(hostile_poll()), EmbedOptions())
    assert html.count("<script") == 2 and html.count("</script>") == 2
    assert "<!--" not in html.split("<body>")[1]
    payload = page_json(html)
    assert payload["title"] == HOSTILE and payload["intro"] == HOSTILE
    assert payload["questions"][0]["options"][0]["label"] == HOSTILE
    title = re.search(r"<title>(.*)</title>", html)
    assert title and title.group(1) == (
        "&lt;/script&gt;&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;!-- "
        "&#39;quoted&#39; &amp; &#34;double&#34; --&gt;"
    )


def test_the_policy_allows_only_the_inline_code_and_the_endpoint() -> None:
    html = render_embed(source(data("poll")), EmbedOptions())
    csp = csp_of(html)
    code = re.search(r"<script>(.*?)</script>", html, re.S)
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert code and style

    def sha(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert csp == (
        f"default-src 'none'; script-src 'sha256-{sha(code.group(1))}'; "
        f"style-src 'sha256-{sha(style.group(1))}'; img-src data:; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
    assert "unsafe" not in csp
    endpoint = "https://collecte.example.org/quiz/reponses?cle=1"
    html = render_embed(source(data("poll")), EmbedOptions(mode="endpoint", endpoint=endpoint))
    assert "connect-src https://collecte.example.org/quiz/reponses;" in csp_of(html)
    assert page_json(html)["endpoint"] == endpoint


def test_images_are_inlined_resized_and_compressed() -> None:
    big, small = png(3000, 1500), png(300, 200)
    shas = [hashlib.sha256(b).hexdigest() for b in (big, small)]
    doc = data("poll")
    doc["image"] = {"asset": shas[0], "alt": "Bannière"}
    doc["questions"][0]["options"][0]["image"] = {"asset": shas[1], "alt": "Carré"}
    images = {shas[0]: ImageData("image/png", big), shas[1]: ImageData("image/png", small)}
    html = render_embed(source(doc, images=images), EmbedOptions())
    inlined = page_json(html)["images"]
    assert set(inlined) == set(shas)
    cover = inlined[shas[0]]
    assert (cover["w"], cover["h"]) == (1200, 600)
    header, encoded = cover["src"].split(",", 1)
    assert re.fullmatch(r"data:image/(webp|png|jpeg);base64", header)
    with Image.open(io.BytesIO(base64.b64decode(encoded))) as decoded:
        assert decoded.size == (1200, 600)
    assert len(base64.b64decode(encoded)) < len(big)
    missing = source(doc, images={shas[1]: images[shas[1]]})
    with pytest.raises(Exception, match="not in the library"):
        render_embed(missing, EmbedOptions())


def test_svg_and_small_images_keep_their_bytes_when_smallest() -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"></svg>'
    inline = inline_image(ImageData("image/svg+xml", svg))
    assert inline.src == "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
    assert (inline.width, inline.height) == (40, 20)
    tiny = png(4, 4)
    assert inline_image(ImageData("image/png", tiny)).bytes <= len(tiny)
    with pytest.raises(Exception, match="cannot be read"):
        inline_image(ImageData("image/png", b"not a picture"))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (EmbedOptions(mode="endpoint"), "needs the address"),
        (EmbedOptions(mode="endpoint", endpoint="javascript:alert(1)"), "not an http"),
        (EmbedOptions(mode="endpoint", endpoint="https://a.example/x'y"), "must not contain"),
        (EmbedOptions(mode="endpoint", endpoint="https://u:p@a.example/"), "user name"),
        (EmbedOptions(endpoint="https://a.example/"), "endpoint mode only"),
        (EmbedOptions(mode="kiosk"), "PIN of 4 to 12 digits"),
        (EmbedOptions(mode="kiosk", kiosk_pin="12a4"), "PIN of 4 to 12 digits"),
        (EmbedOptions(kiosk_pin="1234"), "kiosk mode only"),
        (EmbedOptions(variant="Z"), "no variant 'Z'"),
        (EmbedOptions(lang="de"), "lang must be fr or en"),  # type: ignore[arg-type]
        (EmbedOptions(mode="post"), "mode must be one of"),  # type: ignore[arg-type]
        (EmbedOptions(share_url="ftp://a.example/"), "share_url"),
    ],
)
def test_options_that_cannot_work_are_refused(options: EmbedOptions, message: str) -> None:
    with pytest.raises(EmbedOptionsInvalid, match=message):
        render_embed(source(data("poll")), options)


def test_the_snippet_is_a_fragment_whose_rules_stay_inside_its_root() -> None:
    html = render_embed(source(data("poll")), EmbedOptions(snippet=True))
    assert html.lstrip().startswith("<style>")
    assert "<html" not in html and "<meta" not in html and "<body" not in html
    assert page_json(html)["heading"] == 2 and page_json(html)["snippet"] is True
    css = (EMBED / "embed.css").read_text(encoding="utf-8")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@keyframes[^{]*\{[^{}]*\{[^{}]*\}\s*\}", "", css)
    css = re.sub(r"@media[^{]*\{", "", css)
    selectors = re.findall(r"([^{}]+)\{", css)
    assert len(selectors) > 50
    for group in selectors:
        for selector in group.split(","):
            assert selector.strip().startswith(".qb-root"), selector


def test_language_strings_and_custom_strings() -> None:
    assert set(strings()["fr"]) == set(strings()["en"])
    doc = data("poll")
    doc["strings"] = {"vote": "À vous !"}
    french = page_json(render_embed(source(doc), EmbedOptions()))
    assert french["lang"] == "fr" and french["t"]["next"] == "Suivant"
    assert french["t"]["vote"] == "À vous !"
    html = render_embed(source(doc), EmbedOptions(lang="en"))
    assert '<html lang="en">' in html and page_json(html)["t"]["next"] == "Next"


def test_only_the_features_an_item_uses_are_shipped() -> None:
    poll = render_embed(source(data("poll")), EmbedOptions())
    kiosk = render_embed(source(data("poll")), EmbedOptions(mode="kiosk", kiosk_pin="2468"))
    assert "function sha256" not in poll and "function sha256" in kiosk
    assert "function flush" not in poll and "function leadFields" not in poll
    contest = render_embed(source(data("contest")), EmbedOptions())
    assert "function leadFields" in contest
    payload = page_json(kiosk)["kiosk"]
    assert payload["hash"] == pin_hash("2468", payload["salt"]) and "2468" not in kiosk
    with pytest.raises(ValueError, match="unexpected //#if"):
        strip_features("//#if teleport\nx\n//#endif\n", frozenset())
    with pytest.raises(ValueError, match="never closed"):
        strip_features("//#if kiosk\nx\n", frozenset())
    assert "</script" not in script(frozenset({"kiosk", "endpoint", "timer", "lead"}))


def test_a_missing_template_variable_raises() -> None:
    with pytest.raises(UndefinedError):
        render("embed.html.j2")
    with pytest.raises(UndefinedError):
        render("embed-snippet.html.j2", snippet=False)


colours = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)


@given(primary=colours, background=colours, text=colours)
def test_the_theme_always_meets_wcag_contrast(primary: str, background: str, text: str) -> None:
    doc = data("poll")
    doc["theme"] = {"primary_color": primary, "background_color": background, "text_color": text}
    colours = palette(parse_document(doc))
    for ink, grounds, ratio in (
        ("fg", ("bg", "tint", "surface"), 4.5),
        ("accent", ("bg", "tint", "surface"), 4.5),
        ("muted", ("bg", "surface", "tint"), 4.5),
        ("on-primary", ("primary",), 4.5),
        ("ok", ("bg", "surface"), 4.5),
        ("bad", ("bg", "surface"), 4.5),
        ("border", ("bg",), 3.0),
    ):
        for ground in grounds:
            assert contrast(colours[ink], colours[ground]) >= ratio - 1e-9, (ink, ground)


def test_the_iframe_tag_checks_the_origin_and_escapes() -> None:
    tag = iframe_tag("https://www.example.org/quiz.html?x=1&y=2", uid=UID, title='Le "quiz" <b>')
    assert 'title="Le &#34;quiz&#34; &lt;b&gt;"' in tag
    assert "e.origin !== u.origin || e.source !== f.contentWindow" in tag
    assert '"https://www.example.org/quiz.html?x=1\\u0026y=2"' in tag
    assert iframe_tag("/quiz.html", uid=UID, title="Quiz").count("<iframe") == 2  # + noscript
    with pytest.raises(EmbedOptionsInvalid, match="iframe address"):
        iframe_tag("javascript:alert(1)", uid=UID, title="Quiz")


def test_the_exporter_interface() -> None:
    assert (EXPORTER.name, EXPORTER.extension, EXPORTER.options_type) == (
        "embed",
        ".html",
        EmbedOptions,
    )
    assert EXPORTER.render(source(data("survey")), EmbedOptions()).startswith("<!DOCTYPE html>")
