"""Budget of the import issue: a 1,000,000-row Google Forms export, imported and scored.

Budgets (issue 5): the import takes at most 4x as long as Python's csv module takes merely
to read the same file; peak memory under 500 MB; importing the same file a second time
takes at most as long as reading it. Both imports run in fresh processes (peak memory
is that process's maximum resident set); the baseline is measured in the same run.

    .venv/bin/python benchmarks/bench_import.py [--rows 1000000] [--data DIR]

The data comes from ../shared/tools/make_bench_data.py (made into a temporary folder
unless --data names one that has it).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT.parent / "shared" / "tools" / "make_bench_data.py"

IMPORT = """
import json, resource, sys, time
from pathlib import Path
from quizbuilder.services.library import LibraryService
from quizbuilder.services.response_import import ImportOptions, import_responses
library = LibraryService.open(Path(sys.argv[1]))
start, cpu = time.perf_counter(), time.process_time()
result = import_responses(library, 1, Path(sys.argv[2]), ImportOptions(timezone="UTC"))
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "cpu": cpu, "peak_mb": peak, "imported": result.imported,
                  "duplicates": result.duplicates, "rejected": len(result.rejected),
                  "disagreements": result.disagreement_count}))
"""

SETUP = """
import sys
from pathlib import Path
from quizbuilder.formats.content_json import ItemFile
from quizbuilder.formats.gift import read_gift
from quizbuilder.services.library import LibraryService
parsed = read_gift(Path(sys.argv[2]).read_text(encoding="utf-8"), "Bench")
LibraryService.open(Path(sys.argv[1])).add_item_file(ItemFile([(None, d) for d in parsed.items]))
"""


def csv_read_seconds(path: Path) -> tuple[float, float]:
    """Wall and CPU seconds: on a busy machine the CPU ratio is the steadier one."""
    start, cpu = time.perf_counter(), time.process_time()
    with path.open(newline="", encoding="utf-8") as fh:
        for _row in csv.reader(fh):
            pass
    return time.perf_counter() - start, time.process_time() - cpu


def run(code: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout
    return json.loads(out.strip().splitlines()[-1]) if out.strip() else {}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data or Path(tmp) / "data"
        csv_file = data / "responses_google_forms.csv"
        if not csv_file.exists():
            subprocess.run(
                [sys.executable, str(TOOL), str(data), "--rows", str(args.rows), "--no-expected"],
                check=True,
            )
        library = Path(tmp) / "bench.sqlite"
        run(SETUP, str(library), str(data / "quiz.gift"))
        baseline, baseline_cpu = min(csv_read_seconds(csv_file) for _ in range(2))
        first = run(IMPORT, str(library), str(csv_file))
        second = run(IMPORT, str(library), str(csv_file))
        size_mb = csv_file.stat().st_size / 1e6
    print(f"rows: {first['imported']}   file: {size_mb:.0f} MB")
    print(f"baseline, csv module reading the file: {baseline:.2f} s (CPU {baseline_cpu:.2f} s)")
    print(
        f"first import:  {first['seconds']:.2f} s  = x{first['seconds'] / baseline:.1f} "
        f"(budget x4)   peak {first['peak_mb']:.0f} MB (budget 500)   "
        f"rejected {first['rejected']}, score disagreements with Google {first['disagreements']}"
    )
    print(f"  CPU: {first['cpu']:.2f} s = x{first['cpu'] / baseline_cpu:.1f} the csv read's CPU")
    print(
        f"second import: {second['seconds']:.2f} s  = x{second['seconds'] / baseline:.2f} "
        f"(budget x1)   peak {second['peak_mb']:.0f} MB   duplicates {second['duplicates']}"
    )
    print(
        json.dumps(
            {"baseline": baseline, "baseline_cpu": baseline_cpu, "first": first, "second": second}
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
