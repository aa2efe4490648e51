"""The libraries opened lately, most recent first, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

LAST_KEY = "library/last"
RECENT_KEY = "library/recent"
MAX_RECENT = 8


def _as_list(value: object) -> list[str]:
    # An INI file gives back a one-element list as a plain string, and no list as None.
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v]
    return []


def recent_libraries(settings: QSettings) -> list[Path]:
    return [Path(p) for p in _as_list(settings.value(RECENT_KEY))]


def remember_library(settings: QSettings, path: Path) -> list[Path]:
    """Make ``path`` the last library and the first recent one; return the new list."""
    key = str(Path(path).absolute())
    paths = [key] + [p for p in _as_list(settings.value(RECENT_KEY)) if p != key]
    paths = paths[:MAX_RECENT]
    settings.setValue(RECENT_KEY, paths)
    settings.setValue(LAST_KEY, key)
    return [Path(p) for p in paths]


def forget_library(settings: QSettings, path: Path) -> list[Path]:
    key = str(Path(path).absolute())
    paths = [p for p in _as_list(settings.value(RECENT_KEY)) if p != key]
    settings.setValue(RECENT_KEY, paths)
    return [Path(p) for p in paths]


def clear_recent(settings: QSettings) -> None:
    settings.setValue(RECENT_KEY, [])


def last_library(settings: QSettings) -> Path | None:
    """The library open when quizbuilder last closed (app.py reopens it at start)."""
    value = settings.value(LAST_KEY)
    return Path(value) if isinstance(value, str) and value else None
