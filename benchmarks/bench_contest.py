"""A contest at scale: the demo contest grown to 100,000 responses (no budget in an issue;
measured so that a regression shows).

- ``contest entries`` in a fresh process's first call: the candidates read, the rules
  applied, pseudonyms and flags made;
- the contest screen (offscreen Qt): from opening it to the entries shown, and the
  longest pause of the GUI thread meanwhile (what a user feels as a freeze).

Baseline, in the same run: reading the same responses' columns with bare ``sqlite3``.

    .venv/bin/python benchmarks/bench_contest.py [--responses 100000] [--work DIR]

The responses are the demo contest's own (seeds/responses.jsonl), copied with new ids,
addresses and devices; the library is kept in --work (default: a folder in /tmp) so
that later runs start at once.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "responses.jsonl"
CONTEST_UID = "5eed0000000000000000000000000005"

SETUP = """
import sys
from pathlib import Path
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import LibraryService
from quizbuilder.services.responses import import_jsonl
library = LibraryService.open(Path(sys.argv[1]))
load_demo(library)
report = import_jsonl(library, Path(sys.argv[2]))
assert not report.rejected, report.rejected[:3]
"""

ENTRIES = """
import json, sys, time
from pathlib import Path
from quizbuilder.services import contest
from quizbuilder.services.library import LibraryService
library = LibraryService.open(Path(sys.argv[1]))
item = next(s.id for s in library.list_items() if s.kind == "contest")
start = time.perf_counter()
report = contest.entries(library, item)
print(json.dumps({"seconds": time.perf_counter() - start, "candidates": len(report.candidates),
                  "entries": len(report.entries)}))
"""

SCREEN = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from quizbuilder.services.library import LibraryService
from quizbuilder.ui.contest.view import ContestView
library = LibraryService.open(Path(sys.argv[1]))
item = next(s.id for s in library.list_items() if s.kind == "contest")
ticks = [time.perf_counter()]
timer = QTimer()
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
timer.start(10)
start = time.perf_counter()
view = ContestView(library, item)
view.show()
while view.is_busy():
    app.processEvents()
    time.sleep(0.002)
app.processEvents()
ticks.append(time.perf_counter())
pauses = [b - a for a, b in zip(ticks, ticks[1:])]
print(json.dumps({"seconds": time.perf_counter() - start, "longest_pause": max(pauses),
                  "rows": view.entries_tab.model.rowCount()}))
"""


def grown(count: int, out: Path) -> None:
    """``count`` responses of the demo contest, copied from the seed's with new ids."""
    seed = [json.loads(line) for line in SEED.read_text(encoding="utf-8").splitlines() if line]
    mine = [r for r in seed if r.get("type") == "response" and r.get("item") == CONTEST_UID]
    rng = random.Random(5)
    devices = [f"r-{rng.getrandbits(64):016x}" for _ in range(count // 3 + 1)]
    with out.open("w", encoding="utf-8") as fh:
        for n in range(count):
            record = json.loads(json.dumps(mine[n % len(mine)]))
            record["id"] = f"bench-{n}"
            record["respondent"] = rng.choice(devices)
            lead = record.setdefault("lead", {})
            lead["email"] = f"p{n}@exemple.fr"
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def run(code: str, *args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def bare_read(library: Path) -> float:
    """Seconds to read the contest's responses with sqlite3: the columns the entries use."""
    start = time.perf_counter()
    with sqlite3.connect(library) as c:
        item = c.execute("SELECT id FROM item WHERE uid = ?", (CONTEST_UID,)).fetchone()[0]
        c.execute(
            "SELECT response_uid, email, completed, score, max_score, answers, lead, consents, "
            "context, respondent, submitted_at, started_at FROM response WHERE item_id = ? "
            "ORDER BY response_uid",
            (item,),
        ).fetchall()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "qb-contest")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    library = args.work / f"contest-{args.responses}.sqlite"
    if not library.exists():
        data = args.work / f"contest-{args.responses}.jsonl"
        grown(args.responses, data)
        partial = library.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        start = time.perf_counter()
        run(SETUP + "\nprint('{}')", str(partial), str(data))
        partial.rename(library)
        print(f"library made: {time.perf_counter() - start:.1f} s (kept in {args.work})")
    baseline = bare_read(library)
    entries = run(ENTRIES, str(library))
    screen = run(SCREEN, str(library))
    print(f"responses: {entries['candidates']:,}   eligible entries: {entries['entries']:,}")
    print(f"baseline, sqlite3 reading the contest's response columns: {baseline:.2f} s")
    print(
        f"contest entries (first call of a process): {entries['seconds']:.2f} s "
        f"= x{entries['seconds'] / baseline:.1f}"
    )
    print(
        f"contest screen opened to entries shown: {screen['seconds']:.2f} s "
        f"= x{screen['seconds'] / baseline:.1f}; longest GUI pause "
        f"{screen['longest_pause']:.2f} s; {screen['rows']:,} rows"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
