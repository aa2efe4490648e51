"""Budgets of the foundation: `quizbuilder list` on the demo library, and the main window.

Budgets (issue 2): `list` under 0.5 s; the main window shown under 2 s from a cold start,
offscreen. Each is measured as a whole new process, as a user starts it, and reported
with its ratio to a baseline measured in the same run on the same machine:

- list:   baseline = a bare Python process that reads the same items with sqlite3;
- window: baseline = a bare Qt process that shows an empty QMainWindow.

Run with `make bench` (or `QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py`).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
BUDGET_LIST = 0.5
BUDGET_WINDOW = 2.0

SQLITE_BASELINE = (
    "import sqlite3, sys; con = sqlite3.connect(sys.argv[1]);"
    "rows = con.execute('SELECT id, kind, title FROM item ORDER BY kind, title').fetchall();"
    "print(len(rows))"
)
QT_BASELINE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1100, 700); w.show()\n"
    "app.processEvents()\n"
    "assert w.isVisible()\n"
)
WINDOW = (
    "import sys\n"
    "from pathlib import Path\n"
    "from PySide6.QtCore import QSettings\n"
    "from quizbuilder.app import build_gui\n"
    "settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)\n"
    "app, w = build_gui(Path(sys.argv[1]), ['quizbuilder'], settings)\n"
    "w.show()\n"
    "app.processEvents()\n"
    "assert w.isVisible() and w.model.rowCount() > 0\n"
    "w.service.close()\n"
)


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    first = timed(argv, env)
    runs = [timed(argv, env) for _ in range(RUNS)]
    return {"first": first, "median": statistics.median(runs), "max": max(runs)}


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        env["HOME"] = tmp  # keep the user's settings out of it
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        library = str(Path(tmp) / "demo.sqlite")
        settings = str(Path(tmp) / "settings.ini")
        subprocess.run(
            [py, "-m", "quizbuilder", "--db", library, "demo"],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        results = {
            "list": measure([py, "-m", "quizbuilder", "--db", library, "list"], env),
            "list_baseline": measure([py, "-c", SQLITE_BASELINE, library], env),
            "window": measure([py, "-c", WINDOW, library, settings], env),
            "window_baseline": measure([py, "-c", QT_BASELINE], env),
        }
    ratio_list = results["list"]["median"] / results["list_baseline"]["median"]
    ratio_window = results["window"]["median"] / results["window_baseline"]["median"]
    print(f"{'measure':<28}{'first':>9}{'median':>9}{'max':>9}   budget")
    for name, budget in (
        ("list", BUDGET_LIST),
        ("list_baseline", None),
        ("window", BUDGET_WINDOW),
        ("window_baseline", None),
    ):
        r = results[name]
        verdict = ""
        if budget is not None:
            verdict = f"{budget:.1f} s  {'OK' if r['max'] < budget else 'OVER'}"
        print(f"{name:<28}{r['first']:>8.3f}s{r['median']:>8.3f}s{r['max']:>8.3f}s   {verdict}")
    print(f"list   / bare sqlite3 process: x{ratio_list:.1f}")
    print(f"window / bare Qt window:       x{ratio_window:.1f}")
    summary = {**results, "ratio_list": ratio_list, "ratio_window": ratio_window, "runs": RUNS}
    print(json.dumps(summary))
    over = results["list"]["max"] >= BUDGET_LIST or results["window"]["max"] >= BUDGET_WINDOW
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
