"""What the results view asks of the services, in one place.

``compute`` and ``write_report`` run on a pool thread: they read the statistics and
draw the charts (plain Python, no Qt), so that the GUI thread only has to show them.
The charts are drawn as the reports draw them (right answers marked from the answer
key), so that the screen and a report show the same thing. A channel's reach is stored
here, on the GUI thread (one small row); the statistics read it back themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizbuilder.domain.content import ItemDocument
from quizbuilder.services.library import LibraryService

# The statistics, charts and reports (NumPy, fpdf2, openpyxl) are imported by the
# functions that use them, on the pool thread: the main window opens without them.
from quizbuilder.ui.results.filters import Filters


@dataclass(frozen=True)
class Results:
    """One computation: the statistics dict and its charts (id, title, SVG)."""

    stats: dict[str, Any]
    charts: list[tuple[str, str, str]]


def store_reach(library: LibraryService, item_id: int, source: str, reach: int | None) -> None:
    """Remember a channel's reach (``None`` forgets it)."""
    from quizbuilder.services.statistics import set_channel_reach

    set_channel_reach(library, item_id, source, reach)


def compute(
    library: LibraryService,
    item_id: int,
    filters: Filters,
    *,
    document: ItemDocument,
    language: str,
) -> Results:
    """The item's statistics under ``filters``, and their charts in the item's colour.

    ``document`` is the item's content, for its answer key and its theme.
    """
    from quizbuilder.export.charts import item_charts
    from quizbuilder.services.reports import with_answer_key
    from quizbuilder.services.statistics import item_statistics

    stats = item_statistics(library, item_id, **filters.as_kwargs())
    marked = with_answer_key(stats, document)
    charts = item_charts(marked, language=language, colour=document.theme.primary_color)
    return Results(stats, charts)


def write_report(
    library: LibraryService,
    item_id: int,
    kind: str,
    path: Path,
    filters: Filters,
    *,
    language: str,
) -> list[Path]:
    """Write the ``kind`` report (html, pdf, csv, xlsx) of the item under ``filters``."""
    from quizbuilder.services.reports import export_reports

    targets: dict[str, Any] = {kind: path}  # html=..., pdf=..., csv=... or xlsx=...
    return export_reports(library, item_id, language=language, **targets, **filters.as_kwargs())
