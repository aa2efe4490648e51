"""Browser tests: the embed driven in the system Chromium by Playwright.

One browser for the session; each test gets a fresh context (empty localStorage) and
page. Every request a page makes is recorded, and a test fails if one leaves for an
address it did not allow, if the page throws, or if the Content-Security-Policy
refuses anything. Without /usr/bin/chromium these tests are skipped, except on CI
(CI=true), where a missing browser is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from quizbuilder.services.library import LibraryService

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 320, "height": 640}


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: apt-get install chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the browser tests: {message}")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LibraryService]:
    """The demo library, loaded once: the embeds are exported from it."""
    from quizbuilder.services.demo import load_demo

    library = LibraryService.open(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    load_demo(library)
    yield library
    library.close()


@pytest.fixture(scope="session")
def demo_ids(demo: LibraryService) -> dict[str, int]:
    """Item ids by kind (the demo has one item of each kind)."""
    return {row.kind.value: row.id for row in demo.list_items()}


@pytest.fixture(scope="session")
def export(
    demo: LibraryService, demo_ids: dict[str, int], tmp_path_factory: pytest.TempPathFactory
) -> Callable[..., Path]:
    """export(kind, **options) -> the embed file of a demo item, made once per options."""
    from quizbuilder.services.publish import EmbedOptions, export_embed

    folder = tmp_path_factory.mktemp("embeds")
    made: dict[tuple[Any, ...], Path] = {}

    def make(kind: str, **options: Any) -> Path:
        key = (kind, *sorted(options.items()))
        if key not in made:
            path = folder / f"{kind}-{len(made)}.html"
            export_embed(demo, demo_ids[kind], path, EmbedOptions(**options))
            made[key] = path
        return made[key]

    return make


@dataclass
class Watch:
    """What a page did: its requests, errors and console complaints."""

    allowed: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def allow(self, prefix: str) -> None:
        self.allowed.append(prefix)

    def unexpected(self) -> list[str]:
        return [
            u
            for u in self.requests
            if not u.startswith("data:") and not any(u.startswith(a) for a in self.allowed)
        ]


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def open_page(browser: Any, watch: Watch) -> Iterator[Callable[..., Any]]:
    """open_page(url, viewport=DESKTOP) -> a Playwright page in a fresh context."""
    contexts = []

    def opener(
        url: str,
        viewport: dict[str, int] | None = None,
        *,
        ready: bool = True,
        clock: bool = False,
        **context_args: Any,
    ) -> Any:
        # Reduced motion unless a test asks otherwise: the embed then has no entrance
        # animation for Playwright to wait out before each click.
        context_args.setdefault("reduced_motion", "reduce")
        context = browser.new_context(
            viewport=viewport or DESKTOP, accept_downloads=True, **context_args
        )
        context.set_default_timeout(5000)
        contexts.append(context)
        context.on("request", lambda r: watch.requests.append(r.url))
        if clock:  # the page's timers then run when the test says
            context.clock.install()
        page = context.new_page()
        attach(page, watch)
        if url.startswith("file://"):
            watch.allow(url.split("?")[0])
        page.goto(url)
        if ready:
            page.wait_for_selector("[data-qb-ready]")
        return page

    yield opener
    for context in contexts:
        context.close()
    assert not watch.errors, watch.errors
    assert not watch.dialogs, f"the page opened dialogs: {watch.dialogs}"
    assert not watch.unexpected(), f"requests to addresses not allowed: {watch.unexpected()}"


def attach(page: Any, watch: Watch) -> None:
    page.on("pageerror", lambda e: watch.errors.append(f"page error: {e}"))

    def console(m: Any) -> None:
        complaint = m.type == "error" or "Content Security Policy" in m.text
        if complaint and not any(t in m.text for t in watch.tolerated):
            watch.errors.append(f"console {m.type}: {m.text}")

    page.on("console", console)

    def dialog(d: Any) -> None:
        watch.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)


@pytest.fixture(scope="session")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LibraryService]:
    """A library for the items the tests write themselves."""
    library = LibraryService.open(tmp_path_factory.mktemp("lab") / "lab.sqlite")
    yield library
    library.close()


@pytest.fixture
def export_lab(lab: LibraryService, tmp_path: Path) -> Callable[..., Path]:
    """export_lab(item_id, **options) -> the embed file of one of the lab's items."""
    from quizbuilder.services.publish import EmbedOptions, export_embed

    def make(item_id: int, name: str = "embed.html", **options: Any) -> Path:
        path = tmp_path / name
        export_embed(lab, item_id, path, EmbedOptions(**options))
        return path

    return make


def stored(page: Any, uid: str, key: str = "kiosk") -> Any:
    """What the embed keeps in localStorage under one of its keys."""
    return page.evaluate(f"() => JSON.parse(localStorage.getItem('qb.{uid}.{key}'))")
