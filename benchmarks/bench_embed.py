"""Budgets of the embed (issue 3), each against a baseline measured in the same run.

    .venv/bin/python benchmarks/bench_embed.py [--runs N]

- size: each demo item's embed gzipped (no images: the demo has none), against the
  document's own canonical JSON gzipped; budgets 15 KB (poll) and 25 KB (knowledge quiz);
- export: one ``export_embed`` of the knowledge quiz (warm, and cold with the script and
  stylesheet caches emptied), against writing the same bytes with ``write_atomically``;
  budget 0.3 s;
- interactive: in headless Chromium, the time from navigation start to the embed's
  ``qb-ready`` mark (first screen rendered, handlers attached), against the load of an
  empty page; budget 100 ms.

Prints a Markdown table (docs/embed.md keeps the last one).
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizbuilder.domain.hashing import canonical_json  # noqa: E402
from quizbuilder.domain.validation import document_data  # noqa: E402
from quizbuilder.export import embed  # noqa: E402
from quizbuilder.formats.atomic import write_atomically  # noqa: E402
from quizbuilder.services.demo import load_demo  # noqa: E402
from quizbuilder.services.library import LibraryService  # noqa: E402
from quizbuilder.services.publish import EmbedOptions, export_embed  # noqa: E402

BUDGET_KB = {"poll": 15, "knowledge_quiz": 25}
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


def kb(n: float) -> str:
    return f"{n / 1024:.1f} KB"


def median_time(action, runs: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    tmp = Path(tempfile.mkdtemp())
    library = LibraryService.open(tmp / "demo.sqlite")
    load_demo(library)
    items = {row.kind.value: row.id for row in library.list_items()}
    rows: list[str] = []

    # --- sizes ------------------------------------------------------------------------
    rows.append(
        "| item | embed gzipped | budget | baseline: document JSON gzipped | ratio "
        "| script / style / data gzipped |"
    )
    rows.append("| --- | --- | --- | --- | --- | --- |")
    files = {}
    for kind, item_id in items.items():
        path = tmp / f"{kind}.html"
        result = export_embed(library, item_id, path, EmbedOptions())
        files[kind] = path
        document = library.item(item_id).document
        base = len(gzip.compress(canonical_json(document_data(document)).encode(), 9))
        html = path.read_text(encoding="utf-8")
        parts = [
            html.split("<script>", 1)[1].split("</script>", 1)[0],
            html.split("<style>", 1)[1].split("</style>", 1)[0],
            html.split('class="qb-data">', 1)[1].split("</script>", 1)[0],
        ]
        part_sizes = " / ".join(kb(len(gzip.compress(p.encode(), 9))) for p in parts)
        budget = f"{BUDGET_KB[kind]} KB" if kind in BUDGET_KB else "–"
        ok = (
            ""
            if kind not in BUDGET_KB
            else (" ✓" if result.gzip_bytes <= BUDGET_KB[kind] * 1024 else " ✗")
        )
        rows.append(
            f"| {kind} | {kb(result.gzip_bytes)}{ok} (raw {kb(result.bytes)}) | {budget} "
            f"| {kb(base)} | x{result.gzip_bytes / base:.1f} | {part_sizes} |"
        )

    # --- export time --------------------------------------------------------------------
    quiz = items["knowledge_quiz"]
    out = tmp / "timed.html"
    data = files["knowledge_quiz"].read_bytes()

    def cold() -> None:
        embed.script.cache_clear()
        embed.stylesheet.cache_clear()
        embed.strings.cache_clear()
        export_embed(library, quiz, out)

    warm_med, warm_max = median_time(lambda: export_embed(library, quiz, out), runs)
    cold_med, cold_max = median_time(cold, runs)
    base_med, _ = median_time(lambda: write_atomically(tmp / "plain.html", data), runs)
    rows.append("")
    rows.append(
        "| export of the knowledge quiz | median | worst "
        "| baseline: write_atomically of the same bytes | ratio |"
    )
    rows.append("| --- | --- | --- | --- | --- |")
    for name, med, worst in (
        ("warm", warm_med, warm_max),
        ("cold (caches emptied)", cold_med, cold_max),
    ):
        ok = " ✓" if worst <= 0.3 else " ✗"
        rows.append(
            f"| {name} | {med * 1000:.1f} ms{ok} | {worst * 1000:.1f} ms "
            f"| {base_med * 1000:.2f} ms | x{med / base_med:.0f} |"
        )

    # --- interactive in Chromium ------------------------------------------------------------
    from playwright.sync_api import sync_playwright

    empty = tmp / "empty.html"
    empty.write_text(
        "<!DOCTYPE html><html lang=en><title>empty</title><p>empty</p>", encoding="utf-8"
    )
    rows.append("")
    rows.append(
        "| in headless Chromium | interactive, from navigation start (median / p90) "
        "| the embed's script, start to ready (median) "
        "| baseline: an empty page's load event (median) | difference |"
    )
    rows.append("| --- | --- | --- | --- | --- |")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        context = browser.new_context()

        def load(path: Path, mark: bool) -> tuple[float, float]:
            page = context.new_page()
            page.goto(path.as_uri(), wait_until="load")
            if mark:
                start, ready = page.evaluate(
                    "() => ['qb-start', 'qb-ready'].map("
                    "n => performance.getEntriesByName(n)[0].startTime)"
                )
            else:
                start = 0
                ready = page.evaluate(
                    "() => performance.getEntriesByType('navigation')[0].loadEventEnd"
                )
            page.close()
            return ready - start, ready

        for _ in range(3):
            load(empty, False)  # warm the browser up
        baseline = statistics.median(load(empty, False)[1] for _ in range(runs))
        for kind, path in files.items():
            measures = [load(path, True) for _ in range(runs)]
            totals = sorted(m[1] for m in measures)
            med, p90 = statistics.median(totals), totals[int(0.9 * (len(totals) - 1))]
            own = statistics.median(m[0] for m in measures)
            ok = " ✓" if med <= 100 else " ✗"
            rows.append(
                f"| {kind} | {med:.1f} / {p90:.1f} ms{ok} | {own:.1f} ms | {baseline:.1f} ms "
                f"| {med - baseline:+.1f} ms |"
            )
        browser.close()
    library.close()
    print("\n".join(rows))


if __name__ == "__main__":
    main()
