"""Screenshots of every screen of a demo item, to look at (not a test).

    .venv/bin/python -m tests.browser.screenshots OUT_DIR [kind] [lang]

writes OUT_DIR/<kind>-<lang>-<width>-<n>-<screen>.png at 320 px and at desktop width.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import LibraryService
from quizbuilder.services.publish import EmbedOptions, export_embed
from tests.browser.conftest import ARGS, CHROMIUM, DESKTOP, PHONE
from tests.browser.person import Person


def shoot(out: Path, kind: str = "knowledge_quiz", lang: str = "fr") -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        library = LibraryService.open(Path(tmp) / "demo.sqlite")
        load_demo(library)
        item = next(r.id for r in library.list_items() if r.kind.value == kind)
        page_file = Path(tmp) / "embed.html"
        variants = [v.id for v in library.item(item).document.variants]
        options = EmbedOptions(  # as on a web site: the share links have an address
            lang=lang,  # type: ignore[arg-type]
            variant=variants[0] if variants else None,
            share_url="https://www.pixel-et-plume.example/quiz",
        )
        export_embed(library, item, page_file, options)
        library.close()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            for viewport in (PHONE, DESKTOP):
                page = browser.new_page(viewport=viewport, reduced_motion="reduce")
                page.goto(page_file.as_uri())

                def on_screen(page: Any, name: str, viewport: dict[str, int] = viewport) -> None:
                    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40]
                    path = out / f"{kind}-{lang}-{viewport['width']}-{len(written):02d}-{slug}.png"
                    page.screenshot(path=str(path), full_page=True)
                    written.append(path)

                Person(page, on_screen=on_screen).complete()
                page.close()
            browser.close()
    return written


if __name__ == "__main__":
    for path in shoot(Path(sys.argv[1]), *sys.argv[2:]):
        print(path)
