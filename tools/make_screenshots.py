"""Screenshots of the real application on the demo library, for the README and docs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_screenshots.py

Writes docs/screenshots/main-window-{fr,en}.png: the window as `quizbuilder` builds it on
a first start (the demo library), with the knowledge quiz selected; and
docs/screenshots/editor-{fr,en}.png: the item editor on that quiz, with its problems
panel and live preview, at 1366x768.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from quizbuilder.app import build_gui
from quizbuilder.domain.kinds import Kind
from quizbuilder.paths import PROJECT_ROOT
from quizbuilder.ui.main_window import MainWindow

OUT = PROJECT_ROOT / "docs" / "screenshots"


def shoot(language: str, folder: Path) -> Path:
    settings = QSettings(str(folder / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", language)
    app, window = build_gui(folder / f"demo-{language}.sqlite", settings=settings)
    window.resize(1180, 760)
    window.show()
    quiz = next(s for s in window.service.list_items() if s.kind == Kind.KNOWLEDGE_QUIZ)
    window.select_item(quiz.id)
    for _ in range(5):
        app.processEvents()
    target = OUT / f"main-window-{language}.png"
    window.grab().save(str(target))
    editor_shot = shoot_editor(app, window, quiz.id, language)
    window.service.close()
    window.close()
    return editor_shot


def shoot_editor(app: QApplication, window: MainWindow, item_id: int, language: str) -> Path:
    from quizbuilder.ui.editor.window import EditorWindow

    editor = EditorWindow(window.service, item_id)
    editor.resize(1366, 768)
    editor.show()
    deadline = time.monotonic() + 8
    while time.monotonic() < deadline:  # the preview renders in its own process
        app.processEvents()
        time.sleep(0.05)
    target = OUT / f"editor-{language}.png"
    editor.grab().save(str(target))
    editor.close()
    editor.deleteLater()
    app.processEvents()
    return target


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        for language in ("fr", "en"):
            print(shoot(language, Path(tmp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
