"""The contest screen (issue 7): entries, exclusions, rules, commitment, draw.

``ContestView`` is the window; ``ContestLauncher`` is what the main window keeps to
reach it (one screen open at a time, for the selected contest).
"""

from __future__ import annotations

from quizbuilder.ui.contest.launcher import ContestLauncher
from quizbuilder.ui.contest.view import ContestView

__all__ = ["ContestLauncher", "ContestView"]
