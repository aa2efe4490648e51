"""The document the editor edits: a plain dict, changed only through undoable commands.

The editor holds the item as the dict ``services.editing`` stores, not as an
``ItemDocument``: the author is mid-edit most of the time, and a draft that does not
validate yet (an empty option list, a band without a title) must still be kept. Every
edit is a ``SetValue`` command holding a path, the old value and the new one; applying
or undoing it writes the dict, saves it through the ``saver`` at once (there is no Save
button) and emits ``changed`` with the path, so that each view decides what to refresh.
Structural edits (adding, removing or moving a question) replace the whole list: one
command, and undo gives back exactly the earlier list.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from quizbuilder.domain.errors import QuizbuilderError

Path = tuple[str | int, ...]


class _Missing:
    """A key that is not in the dict (different from a key whose value is None)."""

    def __repr__(self) -> str:
        return "MISSING"

    def __deepcopy__(self, memo: dict[int, Any]) -> _Missing:
        return self  # one sentinel, compared by identity


MISSING: Any = _Missing()
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
MERGE_ID = 0x5155  # any constant: QUndoStack merges commands of one id


def path_text(path: Path) -> str:
    """("questions", 2, "text") -> "questions[2].text", as the problems name fields."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


def parse_path(text: str) -> Path:
    """The inverse of ``path_text``."""
    return tuple(int(i) if i else name for name, i in _STEP.findall(text))


def get_at(data: Any, path: Path, default: Any = None) -> Any:
    """The value at ``path``, or ``default`` if any step is missing."""
    node = data
    for step in path:
        if isinstance(step, int):
            if not isinstance(node, list) or not 0 <= step < len(node):
                return default
        elif not isinstance(node, dict) or step not in node:
            return default
        node = node[step]
    return node


def set_at(data: dict[str, Any], path: Path, value: Any) -> None:
    """Write ``value`` at ``path`` (``MISSING`` deletes the key), creating parent dicts."""
    node: Any = data
    for step in path[:-1]:
        if isinstance(step, str) and not isinstance(node.get(step), dict | list):
            node[step] = {}
        node = node[step]
    last = path[-1]
    if value is MISSING:
        if isinstance(last, str):
            node.pop(last, None)
        return
    node[last] = value


class SetValue(QUndoCommand):
    """One edit: the value at ``path`` goes from ``old`` to ``new`` (either may be MISSING).

    ``merge`` commands (keystrokes) merge with the previous command on the same path,
    so that typing a word in a field is one step of undo.
    """

    def __init__(
        self, document: EditorDocument, path: Path, old: Any, new: Any, text: str, merge: bool
    ) -> None:
        super().__init__(text)
        self.document = document
        self.path = path
        self.old = old
        self.new = new
        self.merge = merge

    def id(self) -> int:
        return MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or not other.merge or other.path != self.path:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.document.apply(self.path, self.new)

    def undo(self) -> None:
        self.document.apply(self.path, self.old)


class EditorDocument(QObject):
    """The item being edited, its undo stack and its saving.

    ``saver`` receives the whole dict after every change and stores it (the editor gives
    ``services.editing.save_draft``); what it returns is emitted with ``saved``. A save
    that fails with a ``QuizbuilderError`` is reported with ``save_failed``; the edit
    stays in the dict, and the next change saves it again.
    """

    changed = Signal(tuple)  # the Path that changed; () for everything
    saved = Signal(object)
    save_failed = Signal(str)

    def __init__(
        self,
        data: dict[str, Any],
        saver: Callable[[dict[str, Any]], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = copy.deepcopy(data)
        self._saver = saver
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("editorUndoStack")

    # --- reading ----------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        """A copy of the whole document, safe to keep."""
        return copy.deepcopy(self._data)

    def get(self, path: Path, default: Any = None) -> Any:
        """The value at ``path`` in the live dict: read it, never change it."""
        return get_at(self._data, path, default)

    @property
    def kind(self) -> str:
        return str(self._data.get("kind", ""))

    # --- editing ----------------------------------------------------------------------

    def set(self, path: Path, value: Any, *, text: str = "", merge: bool = False) -> bool:
        """Push the edit ``path := value`` (``MISSING`` removes it); False if nothing changes."""
        old = get_at(self._data, path, MISSING)
        if old == value and (old is MISSING) == (value is MISSING):
            return False
        label = text or path_text(path)
        self.undo_stack.push(
            SetValue(self, path, copy.deepcopy(old), copy.deepcopy(value), label, merge)
        )
        return True

    def insert(self, path: Path, index: int, value: Any, text: str = "") -> None:
        rows = list(self.get(path) or [])
        rows.insert(index, value)
        self.set(path, rows, text=text)

    def remove(self, path: Path, index: int, text: str = "") -> None:
        rows = list(self.get(path) or [])
        if 0 <= index < len(rows):
            del rows[index]
            self.set(path, rows, text=text)

    def move(self, path: Path, source: int, target: int, text: str = "") -> bool:
        """Move row ``source`` so that it ends at position ``target`` (after removal)."""
        rows = list(self.get(path) or [])
        if not (0 <= source < len(rows) and 0 <= target < len(rows)) or source == target:
            return False
        rows.insert(target, rows.pop(source))
        return self.set(path, rows, text=text)

    def apply(self, path: Path, value: Any) -> None:
        """Write, save, tell the views. Only the commands call this."""
        set_at(self._data, path, copy.deepcopy(value))
        self._save()
        self.changed.emit(path)

    def _save(self) -> None:
        if self._saver is None:
            return
        try:
            result = self._saver(self._data)
        except QuizbuilderError as error:
            self.save_failed.emit(str(error))
        else:
            self.saved.emit(result)


def fresh_id(taken: Sequence[str], prefix: str) -> str:
    """The first ``prefix<n>`` not in ``taken`` (n from the list's length + 1)."""
    used = set(taken)
    n = len(used) + 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"


def fresh_letter(taken: Sequence[str]) -> str:
    """Options are named a, b, c… as in the demo items; then o27, o28…"""
    used = set(taken)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        if letter not in used:
            return letter
    return fresh_id(taken, "o")
