"""Page 1: choose or drop the response file, and see what it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSettings
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.ui import labels
from quizbuilder.ui.import_wizard.common import (
    IMPORT_PAGE,
    MAPPING_PAGE,
    RESPONSES_DIR_KEY,
    _fit_columns,
    _folder,
    _label,
    _table_view,
)
from quizbuilder.ui.import_wizard.preview import (
    FilePreview,
    TextTableModel,
    describe_delimiter,
    describe_encoding,
    read_preview,
    source_name,
)


def _dropped_file(mime: QMimeData) -> Path | None:
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.is_file() else None


class FilePage(QWizardPage):
    """Choose or drop a file; see its layout and first rows."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.preview: FilePreview | None = None
        self.setTitle(self.tr("Choose the response file"))
        self.setSubTitle(
            self.tr(
                "An export from Google Forms, Typeform, Microsoft Forms or SurveyMonkey "
                "(CSV or XLSX), any other table, or quizbuilder’s own JSON Lines."
            )
        )
        self.setAcceptDrops(True)

        drop = QFrame()
        drop.setObjectName("dropZone")
        drop.setFrameShape(QFrame.Shape.StyledPanel)
        drop.setFrameShadow(QFrame.Shadow.Sunken)
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.choose)
        hint = _label(self.tr("or drop it here"), muted=True)
        hint.setWordWrap(False)
        drop_box = QHBoxLayout(drop)
        drop_box.setContentsMargins(16, 14, 16, 14)
        drop_box.addWidget(self.choose_button)
        drop_box.addWidget(hint)
        drop_box.addStretch(1)

        self.path_label = _label(name="filePath")
        self.source_label = _label(name="detectedSource")
        font = self.source_label.font()
        font.setBold(True)
        self.source_label.setFont(font)
        self.format_label = _label(name="fileFormat", muted=True)
        self.error_label = _label(name="fileError", error=True)
        self.error_label.hide()

        self.preview_model = TextTableModel(self)
        self.preview_view = _table_view(self.preview_model, "previewTable")
        self.preview_title = _label(self.tr("First rows"), muted=True)
        self.preview_view.horizontalHeader().setMinimumSectionSize(60)

        box = QVBoxLayout(self)
        box.addWidget(drop)
        box.addWidget(self.path_label)
        box.addWidget(self.source_label)
        box.addWidget(self.format_label)
        box.addWidget(self.error_label)
        box.addWidget(self.preview_title)
        box.addWidget(self.preview_view, 1)
        self._show_nothing()

    def _show_nothing(self) -> None:
        self.path_label.setText(self.tr("No file chosen yet."))
        self.source_label.hide()
        self.format_label.hide()
        self.preview_model.set_rows([], [])

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a response file"),
            _folder(self._settings, RESPONSES_DIR_KEY),
            self.tr(
                "Response files (*.csv *.tsv *.txt *.xlsx *.xlsm *.jsonl *.ndjson);;All files (*)"
            ),
        )
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> bool:
        """Read the file's start and show it; False (and why, on the page) if unreadable."""
        self._settings.setValue(RESPONSES_DIR_KEY, str(Path(path).parent))
        try:
            preview = read_preview(path)
            if not preview.rows:
                raise QuizbuilderError(
                    labels.fill(self.tr("%1: the file has a header but no responses"), path)
                )
        except QuizbuilderError as exc:
            self.preview = None
            self._show_nothing()
            self.path_label.setText(str(path))
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.completeChanged.emit()
            return False
        self.preview = preview
        self.error_label.hide()
        self.path_label.setText(str(preview.path))
        if preview.jsonl:
            self.source_label.setText(
                labels.fill(self.tr("Detected: %1"), source_name("quizbuilder"))
            )
            self.format_label.setText(self.tr("One response or funnel event per line"))
        else:
            if preview.source is not None:
                detected = labels.fill(self.tr("Detected: %1"), source_name(preview.source.name))
            else:
                detected = self.tr("Unknown layout: build a mapping on the next page")
            self.source_label.setText(detected)
            parts = [
                labels.fill(self.tr("Encoding: %1"), describe_encoding(preview.encoding)),
                labels.fill(self.tr("%Ln column(s)", "", len(preview.header))),
            ]
            if preview.delimiter:
                parts.insert(
                    1,
                    labels.fill(self.tr("Separator: %1"), describe_delimiter(preview.delimiter)),
                )
            self.format_label.setText(" · ".join(parts))
        self.source_label.show()
        self.format_label.show()
        self.preview_model.set_rows(preview.header, preview.rows, preview.lines)
        _fit_columns(self.preview_view, 240)
        self.completeChanged.emit()
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.load(path)

    def isComplete(self) -> bool:
        return self.preview is not None

    def nextId(self) -> int:
        if self.preview is not None and self.preview.jsonl:
            return IMPORT_PAGE  # our own format has no columns to map
        return MAPPING_PAGE
