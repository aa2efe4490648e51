"""The wizard that holds the four pages and hands the import's options to the third."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtWidgets import QWidget, QWizard

from quizbuilder.services.library import LibraryService
from quizbuilder.services.response_import import ImportOptions, ImportResult
from quizbuilder.ui import labels
from quizbuilder.ui.import_wizard import common
from quizbuilder.ui.import_wizard.file_page import FilePage
from quizbuilder.ui.import_wizard.import_page import ImportPage
from quizbuilder.ui.import_wizard.mapping_page import MappingPage
from quizbuilder.ui.import_wizard.summary_page import SummaryPage


class ImportWizard(QWizard):
    """Import a response file into one item. Emits ``responses_imported`` as soon as an
    import added responses, so that the library's views can refresh."""

    FILE_PAGE = common.FILE_PAGE
    MAPPING_PAGE = common.MAPPING_PAGE
    IMPORT_PAGE = common.IMPORT_PAGE
    SUMMARY_PAGE = common.SUMMARY_PAGE

    responses_imported = Signal(int)  # how many responses were added

    def __init__(
        self,
        library: LibraryService,
        item_id: int,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        detail = library.item(item_id)  # raises ItemNotFound (a QuizbuilderError)
        self.setObjectName("importWizard")
        self.setWindowTitle(
            labels.fill(self.tr("Import responses into “%1”"), detail.summary.title)
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(settings)
        self.mapping_page = MappingPage(self.file_page, list(detail.document.questions), settings)
        self.import_page = ImportPage(library, item_id, self._import_options)
        self.summary_page = SummaryPage(self.import_page, settings)
        self.setPage(self.FILE_PAGE, self.file_page)
        self.setPage(self.MAPPING_PAGE, self.mapping_page)
        self.setPage(self.IMPORT_PAGE, self.import_page)
        self.setPage(self.SUMMARY_PAGE, self.summary_page)
        self.import_page.imported.connect(self._imported)
        self.currentIdChanged.connect(self._page_shown)
        self.resize(900, 640)

    @property
    def import_result(self) -> ImportResult | None:
        """The finished import's result, if any."""
        return self.import_page.result

    def _import_options(self) -> tuple[Path, ImportOptions]:
        preview = self.file_page.preview
        assert preview is not None
        if preview.jsonl:
            return preview.path, ImportOptions(source="auto")
        zone = self.mapping_page.timezone_name()
        if self.mapping_page.uses_mapping():
            mapping = self.mapping_page.mapping()
            return preview.path, ImportOptions(source="csv", mapping=mapping, timezone=zone)
        return preview.path, ImportOptions(
            source="auto", timezone=zone, columns=self.mapping_page.column_overrides()
        )

    @Slot(int)
    def _page_shown(self, page_id: int) -> None:
        if page_id == self.IMPORT_PAGE:
            self.import_page.hold_back()

    @Slot(object)
    def _imported(self, result: ImportResult) -> None:
        if result.imported:
            self.responses_imported.emit(result.imported)

    def done(self, code: int) -> None:
        # closing while an import runs cancels it first: no thread outlives its wizard
        self.import_page.stop()
        super().done(code)
