"""Opening the item editor in a test: the editor tests share it."""

from __future__ import annotations

from typing import Any

from quizbuilder.services.library import LibraryService
from quizbuilder.ui.editor.editor import ItemEditor


def open_editor(qtbot: Any, library: LibraryService, item_id: int) -> ItemEditor:
    """The editor of ``item_id``, shown, active and closed with the test."""
    editor = ItemEditor(library, item_id)
    qtbot.addWidget(editor)
    editor.resize(1200, 740)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    return editor
