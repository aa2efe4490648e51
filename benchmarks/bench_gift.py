"""Budget of issue 8: a 10,000-question GIFT file imports in under 1 s.

The file mixes every GIFT question type (multiple choice with weights and general
feedback, true/false with feedbacks, short answer, numerical with a margin and a range,
matching, essay) under one category: 10,000 questions, about 650 kB. Measured in this
process, median of BENCH_RUNS runs (default 7), each on a fresh temporary library:

- baseline: read the file and cut it into questions at blank lines with plain Python
  (``read_text`` then ``re.split``): the least any GIFT reader does;
- parse:    ``gift.parse_gift`` (Moodle's reading, escapes, types, weights, errors);
- read:     ``gift.read_gift`` (parse, then the validated item documents);
- import:   ``interop.import_questions`` into a new library (read, then one transaction
  that stores the item): what ``quizbuilder import FILE.gift`` does. The budget is on it;
- json:     the same item imported from our own content JSON (``import_content``), for
  comparison with the native format.

Each is reported with its ratio to the baseline measured in the same run, so that a
slower machine moves the seconds, not the ratios. Run with
``python benchmarks/bench_gift.py`` (exit status 1 if the import is over budget).
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from quizbuilder.formats.content_json import ItemFile, write_item_file
from quizbuilder.formats.gift import parse_gift, read_gift
from quizbuilder.services.interop import import_questions
from quizbuilder.services.library import LibraryService

QUESTIONS = int(os.environ.get("BENCH_QUESTIONS", "10000"))
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
BUDGET = 1.0


def make_gift(n: int) -> str:
    parts = ["// Benchmark: every GIFT question type\n$CATEGORY: $course$/top/Bench/Types\n"]
    for i in range(n):
        kind = i % 6
        if kind == 0:
            parts.append(
                f"::mc{i}::Question {i} : quel réseau a le plus d'abonnés ?{{\n"
                "\t~Facebook#Non\n\t=Instagram#Oui\n\t~%50%TikTok#Presque\n\t~%-25%LinkedIn\n"
                f"\t####Explication {i} : voir le rapport annuel.\n}}\n"
            )
        elif kind == 1:
            parts.append(f"::tf{i}::Affirmation {i} \\: le NPS va de 0 à 10.{{TRUE#Faux#Vrai}}\n")
        elif kind == 2:
            parts.append(f"::sa{i}::Capitale {i} ?{{=Paris#Bien =%50%paris intra-muros#Presque}}\n")
        elif kind == 3:
            parts.append(f"::num{i}::Combien {i} ?{{#\n\t=42:0.5#Exact\n\t=%50%40..44#Proche\n}}\n")
        elif kind == 4:
            parts.append(
                f"::match{i}::Associez {i}.{{\n\t=Canada -> Ottawa\n\t=Italie -> Rome\n"
                "\t=Japon -> Tokyo\n}\n"
            )
        else:
            parts.append(f"::essay{i}::Racontez votre campagne {i}.{{}}\n")
    return "\n".join(parts)


def baseline(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    return len([b for b in re.split(r"\n[ \t]*\n", text) if b.strip()])


def median_time(action: Callable[[], object]) -> tuple[float, float, float]:
    """(median wall time, worst wall time, median CPU time) over RUNS runs. The CPU time
    is this process's alone: on a busy machine it is the steadier of the two."""
    walls, cpus = [], []
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), max(walls), statistics.median(cpus)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.gift"
        path.write_text(make_gift(QUESTIONS), encoding="utf-8")
        libraries = iter(Path(tmp) / f"lib{n}.sqlite" for n in range(2 * RUNS))

        def import_once() -> None:
            library = LibraryService.open(next(libraries))
            try:
                report = import_questions(library, path)
                assert report.questions == QUESTIONS and not report.skipped
            finally:
                library.close()

        [item] = read_gift(path.read_text(encoding="utf-8"), "bench").items
        assert len(item.questions) == QUESTIONS
        native = Path(tmp) / "bench.json"
        write_item_file(native, ItemFile([(None, item)]))

        def import_json() -> None:
            library = LibraryService.open(next(libraries))
            try:
                library.import_content(native)
            finally:
                library.close()

        results = {
            "baseline": median_time(lambda: baseline(path)),
            "parse": median_time(lambda: parse_gift(path.read_text(encoding="utf-8"))),
            "read": median_time(lambda: read_gift(path.read_text(encoding="utf-8"), "bench")),
            "import": median_time(import_once),
            "json": median_time(import_json),
        }
        size = path.stat().st_size
    base = results["baseline"][0]
    print(f"{QUESTIONS} questions, {size / 1000:.0f} kB, median of {RUNS} runs")
    print(f"{'measure':<10}{'median':>9}{'max':>9}{'cpu':>9}{'x baseline':>12}   budget")
    for name, (median, worst, cpu) in results.items():
        verdict = ""
        if name == "import":
            verdict = f"{BUDGET:.1f} s  {'OK' if median < BUDGET else 'OVER'}"
        times = f"{median:>8.3f}s{worst:>8.3f}s{cpu:>8.3f}s"
        print(f"{name:<10}{times}{median / base:>11.0f}x   {verdict}")
    summary = {
        name: {"median": m, "max": w, "cpu": c, "ratio": m / base}
        for name, (m, w, c) in results.items()
    }
    print(json.dumps({"questions": QUESTIONS, "bytes": size, "runs": RUNS, **summary}))
    return 0 if results["import"][0] < BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
