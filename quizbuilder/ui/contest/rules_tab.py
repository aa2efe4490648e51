"""The Rules tab: what the official rules lack or risk, a preview, and their export.

Errors (a required mention missing) block the draw's commitment, which binds the draw
to the rules' hash; warnings (e.g. "share to enter" or "tag a friend", which Facebook
and Instagram forbid) are for a person to decide. Each problem names the field of the
document to fix. The rules can be written as HTML or PDF at any time: with errors, as a
draft for a lawyer to read.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.content import Language
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.services import contest
from quizbuilder.services.contest import RulesExport
from quizbuilder.ui import labels
from quizbuilder.ui.contest.common import ContestContext, fixed_font, note, scaled_font
from quizbuilder.ui.contest.models import ProblemsModel
from quizbuilder.ui.results.widgets import FittedTable

SHORT_HASH = 16


def file_stem(title: str) -> str:
    """A file name from a title: "Concours photo : votre post" -> "concours-photo-votre-post"."""
    return re.sub(r"[^\w]+", "-", title.lower()).strip("-_")[:60] or "contest"


class RulesTab(QWidget):
    """The rules of one contest, in the language chosen. ``exported`` is emitted with
    the path of each file written."""

    exported = Signal(Path)

    def __init__(self, context: ContestContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contestRulesTab")
        self._context = context
        self._title = ""
        self.result: RulesExport | None = None

        self.language = QComboBox()
        self.language.setObjectName("rulesLanguage")
        for value in (Language.FR, Language.EN):
            self.language.addItem(labels.language(value), value.value)
        self.language.currentIndexChanged.connect(lambda _index: self.refresh())
        language_label = QLabel(self.tr("&Language of the rules:"))
        language_label.setBuddy(self.language)
        self.export_html = QPushButton(self.tr("Export &HTML…"))
        self.export_html.setObjectName("rulesExportHtml")
        self.export_html.clicked.connect(lambda: self.export("html"))
        self.export_pdf = QPushButton(self.tr("Export &PDF…"))
        self.export_pdf.setObjectName("rulesExportPdf")
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.export_html)
        top.addWidget(self.export_pdf)

        self.status = note("rulesStatus")
        self.status.setAccessibleName(self.tr("State of the rules"))
        self.status.setFont(scaled_font(self, 1.1, bold=True))
        self.hash = note("rulesHash", muted=True)
        self.hash.setAccessibleName(self.tr("Rules hash"))

        self.model = ProblemsModel(self)
        self.problems = FittedTable("rulesProblems", max_rows=8)
        self.problems.setModel(self.model)
        self.problems.setAccessibleName(self.tr("What the rules lack or risk"))
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.preview = QTextBrowser()
        self.preview.setObjectName("rulesPreview")
        self.preview.setAccessibleName(self.tr("Preview of the rules"))
        self.preview.setOpenLinks(False)  # the rules link to nothing the preview should open

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.problems)
        layout.addWidget(self.hash)
        heading = QLabel(self.tr("Preview"))
        heading.setFont(scaled_font(self, 1.0, bold=True))
        layout.addWidget(heading)
        layout.addWidget(self.preview, 1)

    # --- showing ---------------------------------------------------------------------------

    def set_contest(self, title: str, language: str) -> None:
        """The contest's title (for file names) and its language, chosen until the user
        picks another."""
        self._title = title
        if self.result is None:
            index = self.language.findData(language)
            if index >= 0 and index != self.language.currentIndex():
                self.language.blockSignals(True)
                self.language.setCurrentIndex(index)
                self.language.blockSignals(False)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def refresh(self) -> None:
        """Check the rules again and show them (the document may have changed)."""
        ctx, language = self._context, self.chosen_language()
        try:
            result = contest.export_rules(ctx.library, ctx.item_id, language=language)
            html = contest.rules_html(ctx.library, ctx.item_id, language)
        except QuizbuilderError as exc:
            self.result = None
            self.model.set_problems([])
            self.problems.fit()
            self.problems.hide()
            self.status.setText(str(exc))
            self.hash.clear()
            self.preview.clear()
            return
        self.result = result
        self.model.set_problems(result.problems)
        self.problems.fit()
        self.problems.setVisible(bool(result.problems))
        self.status.setText(self._status(result))
        self.hash.setText(
            labels.fill(self.tr("Rules hash (%1): %2"), result.language, result.rules_hash)
        )
        self.hash.setFont(fixed_font())
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(html)
        self.preview.verticalScrollBar().setValue(scroll)

    def _status(self, result: RulesExport) -> str:
        errors = sum(p.severity == "error" for p in result.problems)
        warnings = len(result.problems) - errors
        if errors:
            text = self.tr(
                "%Ln error(s) to fix before the draw's commitment can be made.", "", errors
            )
        else:
            text = self.tr("Nothing required is missing: the rules can be published.")
        if warnings:
            text += " " + self.tr("%Ln warning(s) to read and decide on.", "", warnings)
        return text

    def problem_texts(self) -> list[str]:
        """Each problem as shown: "Error: contest.organiser.address: ..."."""
        return [
            " ".join(
                str(self.model.index(row, column).data()) for column in range(self.model.COLUMNS)
            )
            for row in range(self.model.rowCount())
        ]

    # --- export ------------------------------------------------------------------------------

    def export(self, kind: str) -> Path | None:
        """Ask where, then write the rules as ``kind`` ("html" or "pdf")."""
        ctx, language = self._context, self.chosen_language()
        if kind == "html":
            caption, pattern = self.tr("Export the rules as HTML"), self.tr("Web pages (*.html)")
        else:
            caption, pattern = self.tr("Export the rules as PDF"), self.tr("PDF documents (*.pdf)")
        folder = ctx.folder if ctx.folder is not None else Path.home()
        suggested = folder / f"{file_stem(self._title)}-rules-{language}.{kind}"
        chosen, _ = QFileDialog.getSaveFileName(self, caption, str(suggested), pattern)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        html, pdf = (path, None) if kind == "html" else (None, path)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = contest.export_rules(
                ctx.library, ctx.item_id, language=language, html=html, pdf=pdf
            )
        except QuizbuilderError as exc:
            QMessageBox.critical(self, caption, str(exc))
            return None
        except OSError as exc:
            QMessageBox.critical(
                self, caption, labels.fill(self.tr("Cannot write %1: %2"), path, exc.strerror)
            )
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if result.has_errors:
            QMessageBox.warning(
                self,
                caption,
                labels.fill(
                    self.tr(
                        "The rules were written to %1 as a draft: they still have errors to "
                        "fix before they can be published."
                    ),
                    path,
                ),
            )
        self.hash.setText(
            labels.fill(
                self.tr("Rules hash (%1): %2 — written to %3"), language, result.rules_hash, path
            )
        )
        self.exported.emit(path)
        return path
