"""The response-import wizard: a file, its columns, the import itself, and what came of it.

Four pages: choose (or drop) a file and see what it is and its first rows; check the
column mapping; import on a worker thread with a Cancel button; read the summary. The
wizard is given the library's service and the item's id; it never opens a session.
The import runs in ``ImportThread``, which calls the service with a progress callback
and a cancel flag and reports back with signals only: every widget is touched from the
GUI thread. A cancelled or failed import leaves the library as it was (the service's
transaction), and the page says so.

When the file is of a known layout and the user leaves the matched columns as they
are, the importer detects the source itself (``source="auto"``), which keeps the
source's own response ids, scores and hidden fields. Any change turns the choices into
a ``Mapping`` (``source="csv"``), as a hand-built mapping for an unknown layout is.

The modules follow the pages: ``preview`` reads the start of the file (and holds the
small table model the pages show rows with), ``file_page``, ``mapping_page``,
``import_page`` (with the worker thread) and ``summary_page`` are the four pages,
``wizard`` puts them together, and ``common`` holds what they share.
"""

from __future__ import annotations

# ImportThread calls this name on the package, at each run, so that it can be replaced
# here (see import_page).
from quizbuilder.services.response_import import import_responses
from quizbuilder.ui.import_wizard.common import ERROR_STYLE, MAPPINGS_DIR_KEY, RESPONSES_DIR_KEY
from quizbuilder.ui.import_wizard.file_page import FilePage
from quizbuilder.ui.import_wizard.import_page import ImportPage, ImportThread, OptionsFactory
from quizbuilder.ui.import_wizard.mapping_page import MappingPage
from quizbuilder.ui.import_wizard.preview import (
    PREVIEW_ROWS,
    SOURCE_NAMES,
    FilePreview,
    TextTableModel,
    describe_delimiter,
    describe_encoding,
    looks_like_jsonl,
    read_preview,
    source_name,
)
from quizbuilder.ui.import_wizard.summary_page import SummaryPage
from quizbuilder.ui.import_wizard.wizard import ImportWizard

__all__ = [
    "ERROR_STYLE",
    "MAPPINGS_DIR_KEY",
    "PREVIEW_ROWS",
    "RESPONSES_DIR_KEY",
    "SOURCE_NAMES",
    "FilePage",
    "FilePreview",
    "ImportPage",
    "ImportThread",
    "ImportWizard",
    "MappingPage",
    "OptionsFactory",
    "SummaryPage",
    "TextTableModel",
    "describe_delimiter",
    "describe_encoding",
    "import_responses",
    "looks_like_jsonl",
    "read_preview",
    "source_name",
]
