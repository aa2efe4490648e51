"""The Publish dialog: one item's embed file, its iframe tag, and the files that bring
people to it (a QR code, share images, UTM links).

The dialog is given the open library's service and the item's id; it calls
``services.publish`` and ``services.share`` and never opens a database session. The
options are checked as they are typed, with the same rules as the export itself
(``EmbedOptions.problems``), so that the Export button is only enabled when the export
can work. What the user can still get wrong (a file that cannot be written, an item
with no result to draw) arrives as a ``QuizbuilderError`` and is shown in a message box.

Exports are quick (the budget is 0.3 s), so they run on the GUI thread under a busy
cursor rather than behind a progress dialog.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette, QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.content import Language
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.export.share_image import cards_for
from quizbuilder.paths import EXPORTS
from quizbuilder.services.library import LibraryService
from quizbuilder.services.publish import EmbedOptions, EmbedResult, export_embed, iframe_tag
from quizbuilder.services.share import KIT_QR_MM, write_qr, write_share_images, write_utm_kit
from quizbuilder.ui import labels

QR_SIZE_MM = KIT_QR_MM  # a flyer's QR code: 30 mm at 300 dpi


def default_folder(library: LibraryService) -> Path:
    """Where file dialogs open first: the project's exports/ folder, else the library's."""
    if EXPORTS.is_dir():
        return EXPORTS
    return library.path.parent if library.path is not None else Path.home()


class PublishDialog(QDialog):
    """Publishes the item ``item_id`` of ``library``.

    ``exported`` is emitted after each export with its ``EmbedResult``: the export froze
    a version, so whoever shows the library refreshes. ``folder`` is where the file
    dialogs open; it follows the user's choices while the dialog is open.
    """

    exported = Signal(object)

    def __init__(
        self,
        library: LibraryService,
        item_id: int,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self._library = library
        self._item_id = item_id
        detail = library.item(item_id)  # QuizbuilderError for a missing item: the caller shows it
        self._document = detail.document
        self._title = detail.summary.title
        self.folder = Path(folder) if folder is not None else default_folder(library)
        self.result: EmbedResult | None = None
        self.setWindowTitle(labels.fill(self.tr("Publish “%1”"), self._title))

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_answers())
        layout.addLayout(self._build_page_form())
        self.problems_label = self._note("publishProblems")
        layout.addWidget(self.problems_label)
        layout.addLayout(self._build_export_row())
        layout.addWidget(self._build_after_export())
        layout.addWidget(self._build_other_files())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self._update()
        self._update_copy_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Keep the dialog tall enough for its wrapped texts at its current width.

        Qt bounds a window by its layout's minimum size, which ignores how many lines a
        word-wrapped label takes; a shorter window would squeeze the group boxes until
        their buttons overlap.
        """
        layout = self.layout()
        layout.activate()
        need = layout.totalHeightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    # --- building ---------------------------------------------------------------------

    def _note(self, name: str, *, dim: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if dim:
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _build_answers(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where the answers go"))
        self.mode_none = QRadioButton(self.tr("&Nowhere: nothing leaves the page"))
        self.mode_endpoint = QRadioButton(self.tr("Sent to an &address (endpoint):"))
        self.mode_kiosk = QRadioButton(self.tr("Kept on the device (&kiosk), operator PIN:"))
        self.mode_group = QButtonGroup(self)
        for n, (button, mode) in enumerate(
            ((self.mode_none, "none"), (self.mode_endpoint, "endpoint"), (self.mode_kiosk, "kiosk"))
        ):
            button.setObjectName(f"mode_{mode}")
            self.mode_group.addButton(button, n)
        self.mode_none.setChecked(True)

        self.endpoint = QLineEdit()
        self.endpoint.setObjectName("endpointEdit")
        self.endpoint.setPlaceholderText("https://www.example.org/collect")
        self.endpoint.setAccessibleName(self.tr("Address that receives the answers"))
        self.pin = QLineEdit()
        self.pin.setObjectName("pinEdit")
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self))
        self.pin.setPlaceholderText(self.tr("4 to 12 digits"))
        self.pin.setAccessibleName(self.tr("Operator PIN"))
        self.pin.setMaximumWidth(160)
        # Typing in a field chooses its mode: there is no other reason to type there.
        self.endpoint.textEdited.connect(lambda _t: self.mode_endpoint.setChecked(True))
        self.pin.textEdited.connect(lambda _t: self.mode_kiosk.setChecked(True))

        grid = QGridLayout(box)
        grid.addWidget(self.mode_none, 0, 0, 1, 2)
        grid.addWidget(self.mode_endpoint, 1, 0)
        grid.addWidget(self.endpoint, 1, 1)
        grid.addWidget(self.mode_kiosk, 2, 0)
        grid.addWidget(self.pin, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        self.mode_group.idToggled.connect(lambda _id, _on: self._update())
        self.endpoint.textChanged.connect(self._update)
        self.pin.textChanged.connect(self._update)
        return box

    def _build_page_form(self) -> QGridLayout:
        own = {
            Language.FR: self.tr("The item’s language (French)"),
            Language.EN: self.tr("The item’s language (English)"),
        }
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(own[self._document.language], None)
        self.language.addItem(labels.language(Language.FR), "fr")
        self.language.addItem(labels.language(Language.EN), "en")
        self.language.currentIndexChanged.connect(self._update)

        self.as_page = QRadioButton(self.tr("&Page (.html)"))
        self.as_page.setObjectName("asPage")
        self.as_snippet = QRadioButton(self.tr("&Snippet to paste in a CMS"))
        self.as_snippet.setObjectName("asSnippet")
        self.as_page.setChecked(True)
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.as_page)
        self.format_group.addButton(self.as_snippet)
        self.as_snippet.toggled.connect(lambda _on: self._update())
        formats = QHBoxLayout()
        formats.addWidget(self.as_page)
        formats.addWidget(self.as_snippet)
        formats.addStretch(1)

        self.page_url = QLineEdit()
        self.page_url.setObjectName("pageUrlEdit")
        self.page_url.setPlaceholderText("https://www.example.org/quiz.html")
        self.page_url.textChanged.connect(self._update)
        url_note = self._note("pageUrlNote", dim=True)
        url_note.setText(
            self.tr(
                "Optional. Where the page will be put on the web: used for the iframe tag, "
                "the share links, the QR code and the UTM links."
            )
        )

        # A grid rather than a QFormLayout: the form miscounts the height of a wrapped
        # note, which left a gap above it.
        grid = QGridLayout()
        rows = (
            (self.tr("Interface &language:"), self.language),
            (self.tr("Format:"), formats),
            (self.tr("Page a&ddress:"), self.page_url),
        )
        for row, (text, field) in enumerate(rows):
            label = QLabel(text)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            grid.addWidget(label, row, 0)
            if isinstance(field, QWidget):
                grid.addWidget(field, row, 1)
            else:
                grid.addLayout(field, row, 1)
        grid.addWidget(url_note, len(rows), 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _build_export_row(self) -> QHBoxLayout:
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.result_label = self._note("exportResult")
        self.result_label.setText(self.tr("Nothing exported yet."))
        row = QHBoxLayout()
        row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.result_label, 1)
        return row

    def _build_after_export(self) -> QGroupBox:
        box = QGroupBox(self.tr("To show it in another page"))
        self.tag_box = QPlainTextEdit()
        self.tag_box.setObjectName("iframeTag")
        self.tag_box.setReadOnly(True)
        self.tag_box.setAccessibleName(self.tr("Iframe tag"))
        self.tag_box.setPlaceholderText(
            self.tr("The iframe tag appears here once a page is exported with its address.")
        )
        self.tag_box.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.copy_tag_button = QPushButton(self.tr("&Copy"))
        self.copy_tag_button.setObjectName("copyTagButton")
        self.copy_tag_button.clicked.connect(self.copy_tag)
        self.copy_snippet_button = QPushButton(self.tr("Copy sn&ippet"))
        self.copy_snippet_button.setObjectName("copySnippetButton")
        self.copy_snippet_button.clicked.connect(self.copy_snippet)
        self.copied_label = self._note("copiedLabel", dim=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_tag_button)
        buttons.addWidget(self.copy_snippet_button)
        buttons.addWidget(self.copied_label, 1)
        column = QVBoxLayout(box)
        column.addWidget(self.tag_box)
        column.addLayout(buttons)
        return box

    def _build_other_files(self) -> QGroupBox:
        box = QGroupBox(self.tr("Other publishing files"))
        self.qr_button = QPushButton(self.tr("&QR code…"))
        self.qr_button.setObjectName("qrButton")
        self.qr_button.clicked.connect(self.save_qr)
        self.share_images_button = QPushButton(self.tr("S&hare images…"))
        self.share_images_button.setObjectName("shareImagesButton")
        self.share_images_button.clicked.connect(self.save_share_images)
        self.utm_button = QPushButton(self.tr("&UTM links…"))
        self.utm_button.setObjectName("utmButton")
        self.utm_button.clicked.connect(self.save_utm_kit)
        if not cards_for(self._document):
            self.share_images_button.setEnabled(False)
            self.share_images_button.setToolTip(
                self.tr("This item has no outcomes or score bands to make an image of.")
            )
        self.files_label = self._note("filesReport")
        self.files_label.hide()  # until a file is written
        row = QHBoxLayout()
        row.addWidget(self.qr_button)
        row.addWidget(self.share_images_button)
        row.addWidget(self.utm_button)
        row.addStretch(1)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.files_label)
        return box

    # --- the options ------------------------------------------------------------------

    def options(self) -> EmbedOptions:
        """The options as the form stands (a field of another mode is left out)."""
        mode = ("none", "endpoint", "kiosk")[max(self.mode_group.checkedId(), 0)]
        return EmbedOptions(
            mode=mode,
            endpoint=(self.endpoint.text().strip() or None) if mode == "endpoint" else None,
            kiosk_pin=(self.pin.text().strip() or None) if mode == "kiosk" else None,
            lang=self.language.currentData(),
            snippet=self.as_snippet.isChecked(),
            share_url=self.page_url.text().strip() or None,
        )

    def problems(self) -> list[str]:
        """What stops the export, in the interface's language."""
        return [self._explain(p) for p in self.options().problems(self._document)]

    def _explain(self, problem: str) -> str:
        """One of ``EmbedOptions.problems`` in words of the interface's language.

        The options speak English (the command line shows them as they are); a message
        this dialog does not know is shown as it is.
        """
        field, _, detail = problem.partition(": ")
        fields = {
            "endpoint": self.tr("The address that receives the answers"),
            "share_url": self.tr("The page address"),
        }
        if field in fields and detail:
            name = fields[field]
            if detail.startswith("must not contain spaces"):
                return labels.fill(
                    self.tr("%1 must not contain spaces, quotes or any of ; , < > \\"), name
                )
            if detail.endswith("is not an http:// or https:// address"):
                return labels.fill(
                    self.tr("%1 must start with http:// or https:// and name a host."), name
                )
            if detail.startswith("must not carry a user name"):
                return labels.fill(self.tr("%1 must not contain a user name or password."), name)
        if problem.startswith("the endpoint mode needs"):
            return self.tr("Give the address that will receive the answers.")
        if problem.startswith("the kiosk mode needs a PIN"):
            return self.tr("The kiosk mode needs a PIN of 4 to 12 digits for the operator.")
        return problem[:1].upper() + problem[1:]

    def page_address(self) -> str | None:
        """The page's address when one is given and usable, else None."""
        url = self.page_url.text().strip()
        if not url or EmbedOptions(share_url=url).problems():
            return None
        return url

    def _update(self) -> None:
        problems = self.problems()
        self.problems_label.setText("\n".join(f"• {p}" for p in problems))
        self.problems_label.setVisible(bool(problems))
        self.export_button.setEnabled(not problems)
        self._fit_height()
        has_address = self.page_address() is not None
        why = "" if has_address else self.tr("Give the page address first.")
        for button in (self.qr_button, self.utm_button):
            button.setEnabled(has_address)
            button.setToolTip(why)

    # --- export -----------------------------------------------------------------------

    def _stem(self) -> str:
        from quizbuilder.ui.main_window import file_name_for  # main_window imports this module

        return file_name_for(self._title)

    def export(self) -> None:
        """Ask where, then write the embed; show its size, version and iframe tag."""
        options = self.options()
        if self.problems():
            return
        suffix = "-snippet.html" if options.snippet else ".html"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the embed"),
            str(self.folder / f"{self._stem()}{suffix}"),
            self.tr("Web pages (*.html *.htm)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".html", ".htm"):
            path = path.with_name(path.name + ".html")
        self.folder = path.parent
        try:
            with _busy():
                result = export_embed(self._library, self._item_id, path, options)
                tag = None
                if options.share_url and not options.snippet:
                    tag = iframe_tag(self._library, self._item_id, options.share_url)
        except QuizbuilderError as exc:
            QMessageBox.critical(self, self.tr("Export failed"), str(exc))
            return
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Export failed"),
                labels.fill(self.tr("Cannot write %1: %2"), path, exc.strerror or exc),
            )
            return
        self.result = result
        self._show_result(result, tag)
        self.exported.emit(result)

    def _show_result(self, result: EmbedResult, tag: str | None) -> None:
        locale = QLocale()
        self.result_label.setText(
            labels.fill(
                self.tr("Wrote %1: %2 KB (%3 KB gzipped), version %4."),
                result.path.name,
                locale.toString(result.bytes / 1024, "f", 1),
                locale.toString(result.gzip_bytes / 1024, "f", 1),
                result.content_hash[:12],
            )
        )
        self.result_label.setToolTip(str(result.path))
        self.copied_label.clear()
        if tag is not None:
            self.tag_box.setPlainText(tag)
        elif result.snippet:
            self.tag_box.clear()
            self.tag_box.setPlaceholderText(
                self.tr("Copy the snippet and paste it into an HTML block of the CMS page.")
            )
        else:
            self.tag_box.clear()
            self.tag_box.setPlaceholderText(
                self.tr("Give the page address and export again to get the iframe tag.")
            )
        self._update_copy_buttons()
        self._fit_height()

    def _update_copy_buttons(self) -> None:
        self.copy_tag_button.setEnabled(bool(self.tag_box.toPlainText()))
        self.copy_snippet_button.setEnabled(self.result is not None and self.result.snippet)

    def copy_tag(self) -> None:
        QGuiApplication.clipboard().setText(self.tag_box.toPlainText())
        self.copied_label.setText(self.tr("The iframe tag is on the clipboard."))

    def copy_snippet(self) -> None:
        if self.result is None:
            return
        try:
            text = self.result.path.read_text(encoding="utf-8")
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Cannot copy the snippet"),
                labels.fill(self.tr("Cannot read %1: %2"), self.result.path, exc.strerror or exc),
            )
            return
        QGuiApplication.clipboard().setText(text)
        self.copied_label.setText(self.tr("The snippet is on the clipboard."))

    # --- other publishing files -------------------------------------------------------

    def _choose_folder(self, caption: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, caption, str(self.folder))
        if not chosen:
            return None
        self.folder = Path(chosen)
        return self.folder

    def _failed(self, exc: QuizbuilderError) -> None:
        QMessageBox.critical(self, self.tr("Cannot write the files"), str(exc))

    def save_qr(self) -> None:
        url = self.page_address()
        if url is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the QR code"),
            str(self.folder / f"{self._stem()}-qr.png"),
            self.tr("PNG images (*.png);;SVG images (*.svg)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + ".png")
        self.folder = path.parent
        try:
            with _busy():
                written = write_qr(url, path, size_mm=QR_SIZE_MM)
        except QuizbuilderError as exc:
            self._failed(exc)
            return
        mm = QLocale().toString(written.qr.width_mm, "f", 0)
        if written.qr.width_px:
            text = labels.fill(
                self.tr("Wrote %1: %2 × %2 px, %3 mm wide at 300 dpi."),
                path.name,
                written.qr.width_px,
                mm,
            )
        else:
            text = labels.fill(self.tr("Wrote %1: SVG, %2 mm wide."), path.name, mm)
        self._report(text, path)

    def save_share_images(self) -> None:
        folder = self._choose_folder(self.tr("Folder for the share images"))
        if folder is None:
            return
        try:
            with _busy():
                paths = write_share_images(self._library, self._item_id, folder)
        except QuizbuilderError as exc:
            self._failed(exc)
            return
        self._report(
            labels.fill(
                self.tr("Wrote %Ln share image(s) (1200 × 630 px) in %1.", "", len(paths)),
                folder.name,
            ),
            folder,
        )

    def save_utm_kit(self) -> None:
        url = self.page_address()
        if url is None:
            return
        folder = self._choose_folder(self.tr("Folder for the UTM links"))
        if folder is None:
            return
        try:
            with _busy():
                kit = write_utm_kit(self._library, self._item_id, url, folder)
        except QuizbuilderError as exc:
            self._failed(exc)
            return
        self._report(
            labels.fill(
                self.tr(
                    "Wrote %Ln tagged link(s), their QR codes and %1 in %2.",
                    "",
                    len(kit.links),
                ),
                kit.csv.name,
                folder.name,
            ),
            folder,
        )

    def _report(self, text: str, where: Path) -> None:
        self.files_label.setText(text)
        self.files_label.show()
        self.files_label.setToolTip(str(where))
        self._fit_height()


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
