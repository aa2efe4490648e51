"""The embed pasted inline in a page (the snippet) and shown in another site's iframe."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from quizbuilder.services.library import LibraryService
from quizbuilder.services.publish import EmbedOptions, export_embed, iframe_tag
from tests.browser.conftest import Watch, stored
from tests.browser.person import Person, assert_accessible
from tests.browser.server import LocalServer

pytestmark = pytest.mark.browser
POLL_UID = "5eed0000000000000000000000000001"
HOST = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Page hôte</title><link rel="icon" href="data:,">
<style>button {{ background: rgb(200, 0, 0); font-size: 40px; }}
p {{ color: rgb(0, 100, 0); margin: 30px; }}</style></head>
<body><main><h1>Un article</h1><p class="host">Le texte de l’hôte.</p>
{embed}
<button class="host-button">Le bouton de l’hôte</button></main></body></html>
"""


def test_the_snippet_works_inline_and_keeps_its_styles_to_itself(
    demo: LibraryService,
    demo_ids: dict[str, int],
    open_page: Callable[..., Any],
    tmp_path: Path,
) -> None:
    snippet = tmp_path / "snippet.html"
    options = EmbedOptions(snippet=True, mode="kiosk", kiosk_pin="1234")
    export_embed(demo, demo_ids["poll"], snippet, options)
    host = tmp_path / "host.html"
    host.write_text(HOST.format(embed=snippet.read_text(encoding="utf-8")), encoding="utf-8")
    page = open_page(host.as_uri() + "?utm_source=newsletter&utm_medium=email")

    style = "(e, p) => getComputedStyle(e)[p]"
    assert page.locator("p.host").evaluate(style, "color") == "rgb(0, 100, 0)"
    assert page.locator("p.host").evaluate(style, "marginTop") == "30px"
    assert page.locator(".host-button").evaluate(style, "backgroundColor") == "rgb(200, 0, 0)"
    assert page.locator(".qb-root h2.qb-title").count() == 1  # below the page's own h1
    assert page.locator(".qb-root .qb-intro p").first.evaluate(style, "marginTop") == "0px"
    assert_accessible(page, "host page with the snippet")
    Person(page).complete()
    vote = page.locator(".qb-main button, .qb-main a").first
    assert vote.evaluate(style, "fontSize") == "16px"
    [view] = [json.loads(line) for line in stored(page, POLL_UID)[:1]]
    assert view["context"]["placement"] == "inline"
    assert view["context"]["utm_source"] == "newsletter"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[LocalServer]:
    server = LocalServer(tmp_path)
    server.start()
    yield server
    server.stop()


def test_the_iframe_follows_the_height_of_its_content_from_its_origin_only(
    demo: LibraryService,
    demo_ids: dict[str, int],
    site: LocalServer,
    open_page: Callable[..., Any],
    watch: Watch,
) -> None:
    embed_url = f"http://localhost:{site.port}/sondage.html"
    # The embed's origin (localhost) is not the host page's (127.0.0.1): a third party,
    # whose storage the browser may refuse; the records go to the endpoint.
    endpoint = f"{site.url}/collect"
    export_embed(
        demo,
        demo_ids["poll"],
        site.folder / "sondage.html",
        EmbedOptions(mode="endpoint", endpoint=endpoint),
    )
    tag = iframe_tag(demo, demo_ids["poll"], embed_url)
    (site.folder / "host.html").write_text(HOST.format(embed=tag), encoding="utf-8")
    watch.allow(f"http://127.0.0.1:{site.port}/")
    watch.allow(embed_url)
    page = open_page(f"{site.url}/host.html?utm_source=linkedin&utm_campaign=semaine", ready=False)
    frame_element = page.locator("iframe[title]").first
    frame = frame_element.element_handle().content_frame()
    frame.wait_for_selector("[data-qb-ready]")

    def height() -> float:
        return float(frame_element.evaluate("f => f.getBoundingClientRect().height"))

    page.wait_for_function("() => document.querySelector('iframe').style.height !== ''")
    body = frame.evaluate("() => document.body.getBoundingClientRect().height")
    assert abs(height() - body) <= 1
    before = height()
    # A message from anywhere else than the embed's origin and frame is ignored.
    page.evaluate("() => window.postMessage({type: 'quizbuilder:height', height: 5}, '*')")
    page.wait_for_timeout(100)
    assert height() == before
    Person(frame).complete()
    after = frame.evaluate("() => document.body.getBoundingClientRect().height")
    assert after != body
    frame_height = "document.querySelector('iframe').getBoundingClientRect().height"
    page.wait_for_function(f"() => Math.abs({frame_height} - {after}) <= 1")
    for _ in range(100):
        if len(site.received.lines) >= 5:
            break
        page.wait_for_timeout(50)
    view = site.received.lines[0]
    assert view["context"]["placement"] == "iframe"
    assert view["context"]["utm_source"] == "linkedin"
    assert view["context"]["utm_campaign"] == "semaine"
