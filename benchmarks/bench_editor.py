"""Budgets of the editor's checks and preview (issue 4), against baselines of the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_editor.py [--runs N]

- keystroke: a change to one question's text in a 100-question knowledge quiz, then
  ``check_data`` (what the problems panel shows) and ``save_draft`` (what the library
  keeps); budget 50 ms. Baseline: ``json.dumps`` of the same document.
- personality odds: ``check_data`` of a 12-question personality quiz (4 options each,
  16.7 million answer combinations), cold (odds computed) and warm (a text edit: the
  odds come from the cache).
- open: an ``ItemEditor`` on the 100-question quiz, built and shown (first paint done);
  budget 0.5 s. Baseline: a bare QWidget with 100 QLineEdits, built and shown.
- preview: from ``PreviewPane.show_data`` to the page loaded in Qt WebEngine, for the
  100-question quiz; budget 300 ms, of which 120 ms is the deliberate pause
  (``DEBOUNCE_MS``). Also the render alone (``refresh``, no pause). Baseline: the same
  view loading a one-line page.

Prints a Markdown table (docs/benchmarks.md keeps the last one).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizbuilder.domain import authoring  # noqa: E402
from quizbuilder.domain.authoring import check_data  # noqa: E402
from quizbuilder.domain.validation import parse_document  # noqa: E402
from quizbuilder.services.library import LibraryService  # noqa: E402

KEYSTROKE_BUDGET = 0.050
OPEN_BUDGET = 0.500
PREVIEW_BUDGET = 0.300


def big_quiz(questions: int = 100) -> dict[str, Any]:
    """A knowledge quiz of every scored type, as an author would write one."""
    rows: list[dict[str, Any]] = []
    for n in range(questions):
        kind = n % 4
        q: dict[str, Any] = {"id": f"q{n}", "text": f"Question numéro {n} sur la marque ?"}
        if kind == 0:
            q |= {
                "type": "single_choice",
                "points": 1,
                "options": [
                    {"id": f"o{i}", "label": f"Réponse {i} de {n}", "fraction": int(i == 1)}
                    for i in range(4)
                ],
            }
        elif kind == 1:
            q |= {
                "type": "multiple_choice",
                "points": 2,
                "options": [
                    {"id": f"o{i}", "label": f"Choix {i} de {n}", "fraction": 0.5 if i < 2 else 0}
                    for i in range(5)
                ],
            }
        elif kind == 2:
            q |= {"type": "short_text", "points": 1, "accepted_answers": [{"text": "Paris"}]}
        else:
            q |= {"type": "number", "points": 1, "numeric_answers": [{"value": 42}]}
        rows.append(q)
    return {"kind": "knowledge_quiz", "title": "Cent questions", "questions": rows}


def personality(questions: int = 12) -> dict[str, Any]:
    outcomes = ["a", "b", "c", "d"]
    return {
        "kind": "personality_quiz",
        "title": "Quel profil ?",
        "outcomes": [{"id": o, "title": o.upper()} for o in outcomes],
        "questions": [
            {
                "id": f"q{n}",
                "type": "single_choice",
                "text": f"Question {n}",
                "options": [
                    {"id": o, "label": f"Réponse {o}", "weights": {o: 1 + (n + i) % 3}}
                    for i, o in enumerate(outcomes)
                ],
            }
            for n in range(questions)
        ],
    }


def timed(action: Callable[[int], Any], runs: int) -> tuple[float, float]:
    times = []
    for run in range(runs):
        start = time.perf_counter()
        action(run)
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    tmp = Path(tempfile.mkdtemp())
    library = LibraryService.open(tmp / "bench.sqlite")
    quiz = big_quiz()
    quiz_id = library.create_item(parse_document(quiz))
    rows = ["| measure | budget | median | worst | baseline (median) | ratio |", "| --- " * 6 + "|"]

    def edit(run: int) -> dict[str, Any]:
        quiz["questions"][37]["text"] = f"Question trente-sept, version {run}"
        return quiz

    base, _ = timed(lambda run: json.dumps(edit(run)), runs)
    rows.append(f"| baseline: `json.dumps` of the 100-question quiz | | {ms(base)} | | | x1 |")
    check, worst = timed(lambda run: check_data(edit(run)), runs)
    rows.append(
        f"| `check_data`, 100 questions | | {ms(check)} | {ms(worst)} | {ms(base)} "
        f"| x{check / base:.1f} |"
    )
    try:
        from quizbuilder.services.editing import save_draft
    except ImportError:  # the drafts service is not there yet: checks alone
        save_draft = None
    if save_draft is not None:

        def keystroke(run: int) -> None:
            data = edit(run)
            save_draft(library, quiz_id, data)
            check_data(data)

        key, worst = timed(keystroke, runs)
        mark = "✓" if key <= KEYSTROKE_BUDGET else "✗"
        rows.append(
            f"| keystroke: `save_draft` + `check_data`, 100 questions | 50 ms | {ms(key)} {mark} "
            f"| {ms(worst)} | {ms(base)} | x{key / base:.1f} |"
        )

    person = personality()
    person_base, _ = timed(lambda run: json.dumps(person), runs)

    def cold(run: int) -> None:
        authoring._odds.cache_clear()
        check_data(person)

    def warm(run: int) -> None:
        person["questions"][3]["text"] = f"Question {run}"
        check_data(person)

    cold_time, cold_worst = timed(cold, max(runs // 3, 3))
    warm_time, warm_worst = timed(warm, runs)
    for name, value, worst in (
        ("cold: odds counted", cold_time, cold_worst),
        ("warm: a text edit, odds cached", warm_time, warm_worst),
    ):
        mark = "✓" if value <= KEYSTROKE_BUDGET else "✗"
        rows.append(
            f"| `check_data`, 12-question personality quiz, {name} | 50 ms | {ms(value)} {mark} "
            f"| {ms(worst)} | {ms(person_base)} | x{value / person_base:.0f} |"
        )

    rows += open_rows(library, quiz_id, max(runs // 3, 5))
    rows += preview_rows(library, quiz_id, quiz, max(runs // 3, 5))
    print("\n".join(rows))
    library.close()


def open_rows(library: LibraryService, item_id: int, runs: int) -> list[str]:
    """Opening the item: the editor built and shown, its first paint done."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    from quizbuilder.ui.editor.editor import ItemEditor

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def shown(build: Callable[[], QWidget]) -> float:
        began = time.perf_counter()
        widget = build()
        widget.resize(1200, 740)
        widget.show()
        widget.repaint()  # the first paint, as the author sees the window
        app.processEvents()
        spent = time.perf_counter() - began
        widget.close()
        widget.deleteLater()
        app.processEvents()
        return spent

    def bare() -> QWidget:
        widget = QWidget()
        box = QVBoxLayout(widget)
        for n in range(100):
            box.addWidget(QLineEdit(f"Question {n}"))
        return widget

    shown(bare)  # warm-up: fonts, styles
    shown(lambda: ItemEditor(library, item_id))
    base = statistics.median(shown(bare) for _ in range(runs))
    opened = [shown(lambda: ItemEditor(library, item_id)) for _ in range(runs)]
    median = statistics.median(opened)
    mark = "✓" if median <= OPEN_BUDGET else "✗"
    return [
        f"| baseline: a QWidget with 100 QLineEdits, built and shown | | {ms(base)} | | | x1 |",
        f"| open: `ItemEditor` on the 100-question quiz, built and shown | 500 ms "
        f"| {ms(median)} {mark} | {ms(max(opened))} | {ms(base)} | x{median / base:.1f} |",
    ]


def preview_rows(
    library: LibraryService, item_id: int, quiz: dict[str, Any], runs: int
) -> list[str]:
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtWidgets import QApplication

    from quizbuilder.ui.editor.preview import PreviewPane

    app = QApplication.instance() or QApplication(sys.argv[:1])
    pane = PreviewPane(library, item_id)
    pane.resize(420, 760)
    pane.show()

    def wait(signal: Any, start: Callable[[], None]) -> float:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(20_000, loop.quit)
        began = time.perf_counter()
        start()
        loop.exec()
        signal.disconnect(loop.quit)
        return time.perf_counter() - began

    # One first load starts Chromium's processes: not what a keystroke waits for.
    wait(pane.rendered, lambda: pane.show_data(quiz))
    view = pane.view
    base = statistics.median(
        wait(view.loadFinished, lambda n=n: view.setHtml(f"<p>{n}</p>", QUrl("file:///")))
        for n in range(runs)
    )

    def shown(run: int) -> float:
        data = copy.deepcopy(quiz)
        data["title"] = f"Cent questions, version {run}"
        return wait(pane.rendered, lambda: pane.show_data(data))

    def rendered(run: int) -> float:
        data = copy.deepcopy(quiz)
        data["title"] = f"Cent questions, rendu {run}"
        pane._data = data
        return wait(pane.rendered, pane.refresh)

    full = [shown(r) for r in range(runs)]
    alone = [rendered(r) for r in range(runs)]
    pane.close()
    del app
    mark = "✓" if statistics.median(full) <= PREVIEW_BUDGET else "✗"
    return [
        f"| baseline: the web view loading a one-line page | | {ms(base)} | | | x1 |",
        f"| preview: edit to page loaded, 100 questions (120 ms pause included) | 300 ms "
        f"| {ms(statistics.median(full))} {mark} | {ms(max(full))} | {ms(base)} "
        f"| x{statistics.median(full) / base:.1f} |",
        f"| preview: render and load alone (`refresh`) | | {ms(statistics.median(alone))} "
        f"| {ms(max(alone))} | {ms(base)} | x{statistics.median(alone) / base:.1f} |",
    ]


if __name__ == "__main__":
    main()
