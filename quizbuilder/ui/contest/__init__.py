"""The contest screen (issue 7): entries, exclusions, rules, commitment, draw.

``ContestView`` is the window; ``ContestLauncher`` is what the main window keeps to
reach it (one screen open at a time, for the selected contest).
"""

from __future__ import annotations

from typing import Any

from quizbuilder.ui.contest.launcher import ContestLauncher

__all__ = ["ContestLauncher", "ContestView"]


def __getattr__(name: str) -> Any:
    """``ContestView`` is imported when asked for: the main window starts without it."""
    if name == "ContestView":
        from quizbuilder.ui.contest.view import ContestView

        return ContestView
    raise AttributeError(name)
