"""The results view: one item's statistics, filtered, as tiles, charts and tables.

``view.ResultsView`` is what the main window shows; the other modules are its parts
(formatting of numbers, table models, the chart widget, the filter bar, the worker that
computes the statistics off the GUI thread).
"""

from __future__ import annotations

from quizbuilder.ui.results.view import ResultsView

__all__ = ["ResultsView"]
