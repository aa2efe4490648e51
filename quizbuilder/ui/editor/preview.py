"""The live preview: the exact page the export would write, in Qt WebEngine.

The pane renders the draft with ``services.publish.embed_html`` (mode "none", so the
preview records and sends nothing) and shows it in a ``QWebEngineView``, where the author
can click through it as a visitor would. Edits arrive with every keystroke; the pane
waits for a pause of ``DEBOUNCE_MS`` before rendering, and a draft that does not parse
keeps the last page that did, with a note saying so.

The toolbar chooses the width (a 375 px phone, or a desktop: as wide as the pane, and
never under 768 px, the page zoomed down to fit when the pane is narrower), the
interface language, and the A/B variant to show.

Chromium's sandbox refuses to start as root (containers, CI), and the offscreen platform
has no GPU: before Qt WebEngine is first imported, and only in those cases, this module
sets ``QTWEBENGINE_CHROMIUM_FLAGS`` to ``--no-sandbox`` and/or ``--disable-gpu``, unless
the variable is already set (the user's own flags win). A desktop user running as
themselves keeps the sandbox.
"""

from __future__ import annotations

import os


def chromium_flags(environ: dict[str, str] | os._Environ[str], *, root: bool) -> str | None:
    """The flags Chromium needs here, or ``None`` when it needs none or they are set."""
    if "QTWEBENGINE_CHROMIUM_FLAGS" in environ:
        return None
    flags = []
    if root:
        flags.append("--no-sandbox")
    if environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        flags.append("--disable-gpu")
    return " ".join(flags) or None


_FLAGS = chromium_flags(os.environ, root=hasattr(os, "geteuid") and os.geteuid() == 0)
if _FLAGS:
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = _FLAGS

# Qt WebEngine reads the flags when it starts, so they are set before this import.
from collections.abc import Mapping  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from PySide6.QtCore import QSize, Qt, QTemporaryDir, QTimer, QUrl, Signal  # noqa: E402
from PySide6.QtGui import QPalette, QResizeEvent  # noqa: E402
from PySide6.QtWebEngineCore import QWebEnginePage  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.content import ItemDocument  # noqa: E402
from quizbuilder.domain.errors import DocumentInvalid, QuizbuilderError  # noqa: E402
from quizbuilder.domain.validation import parse_document  # noqa: E402
from quizbuilder.services.library import LibraryService  # noqa: E402
from quizbuilder.services.publish import EmbedOptions, embed_html  # noqa: E402
from quizbuilder.ui import labels  # noqa: E402

DEBOUNCE_MS = 120
PHONE_WIDTH = 375
DESKTOP_MIN_WIDTH = 768
# setHtml goes through a data: URL, which Chromium limits to 2 MB; a bigger page (many
# inlined images) is written to a temporary file and loaded from there.
SET_HTML_LIMIT = 1_900_000
BASE_URL = QUrl("file:///quizbuilder-preview/")
_LOCAL_SCHEMES = frozenset({"data", "file", "about"})


class PreviewPage(QWebEnginePage):
    """A page that stays the preview: links out of it (share buttons, the author's own
    links) are not followed and no window opens, so nothing leaves the machine."""

    def acceptNavigationRequest(
        self, url: QUrl | str, type: QWebEnginePage.NavigationType, isMainFrame: bool
    ) -> bool:
        scheme = QUrl(url).scheme() if isinstance(url, str) else url.scheme()
        return scheme in _LOCAL_SCHEMES

    def createWindow(self, type: QWebEnginePage.WebWindowType) -> QWebEnginePage | None:  # type: ignore[override]
        return None


class PreviewPane(QWidget):
    """The draft's embed, refreshed after each pause in the author's typing."""

    rendered = Signal()  # the page of ``last_html`` has finished loading

    def __init__(self, library: LibraryService, item_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.library = library
        self.item_id = item_id
        self.last_html = ""
        self.last_options: EmbedOptions | None = None
        self._data: dict[str, Any] | None = None
        self._document: ItemDocument | None = None
        self._variants: list[tuple[str, str]] = []
        self._files = QTemporaryDir()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)

        self._build_toolbar()
        self.note = QLabel()
        self.note.setObjectName("previewNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setContentsMargins(8, 4, 8, 4)
        self.note.setAutoFillBackground(True)
        self.note.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.note.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.note.hide()

        self.view = QWebEngineView()
        self.view.setObjectName("previewView")
        self.view.setPage(PreviewPage(self.view))
        self.view.setAccessibleName(self.tr("Preview of the item"))
        self.view.loadFinished.connect(self._loaded)
        self._stage = QWidget()
        self._stage.setObjectName("previewStage")
        self._stage.setBackgroundRole(QPalette.ColorRole.Mid)
        self._stage.setAutoFillBackground(True)
        self._stage.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        stage = QHBoxLayout(self._stage)
        stage.setContentsMargins(0, 0, 0, 0)
        stage.addStretch(1)
        stage.addWidget(self.view)
        stage.addStretch(1)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addLayout(self._toolbar)
        box.addWidget(self.note)
        box.addWidget(self._stage, 1)
        self._fit()

    def _build_toolbar(self) -> None:
        self.phone = QToolButton()
        self.phone.setText(self.tr("Phone"))
        self.phone.setToolTip(labels.fill(self.tr("Show the page %1 pixels wide"), PHONE_WIDTH))
        self.desktop = QToolButton()
        self.desktop.setText(self.tr("Desktop"))
        self.desktop.setToolTip(
            labels.fill(
                self.tr("Show the page as wide as this pane, at least %1 pixels"),
                DESKTOP_MIN_WIDTH,
            )
        )
        self._widths = QButtonGroup(self)
        for button in (self.phone, self.desktop):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._widths.addButton(button)
        self.phone.setChecked(True)
        self._widths.buttonToggled.connect(lambda _b, on: on and self._fit())

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the preview"))
        self.language.addItem(self.tr("Item's language"), None)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(self.refresh)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)

        self.variant = QComboBox()
        self.variant.setAccessibleName(self.tr("Variant shown"))
        self.variant.currentIndexChanged.connect(self.refresh)
        self._variant_label = QLabel(self.tr("&Variant:"))
        self._variant_label.setBuddy(self.variant)

        self.restart = QToolButton()
        self.restart.setText(self.tr("Restart"))
        self.restart.setToolTip(self.tr("Start the item again from its first screen"))
        self.restart.clicked.connect(self._restart)

        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.variant.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.variant.setMinimumContentsLength(8)
        self.variant.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Two rows, so that the pane stays narrow enough to sit beside the editor.
        widths = QHBoxLayout()
        widths.setSpacing(6)
        widths.addWidget(self.phone)
        widths.addWidget(self.desktop)
        widths.addStretch(1)
        widths.addWidget(self.restart)
        # Language and variant on rows of their own: variant names ("A : titre
        # d'origine") are long, and the pane must stay narrow beside the editor.
        choices = QHBoxLayout()
        choices.setSpacing(6)
        choices.addWidget(language_label)
        choices.addWidget(self.language)
        choices.addStretch(1)
        variants = QHBoxLayout()
        variants.setSpacing(6)
        variants.addWidget(self._variant_label)
        variants.addWidget(self.variant, 1)
        bar = QVBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        bar.setSpacing(4)
        bar.addLayout(widths)
        bar.addLayout(choices)
        bar.addLayout(variants)
        self._toolbar = bar
        self._set_variants([])

    # --- what the editor window calls ----------------------------------------------------

    def show_data(self, data: Mapping[str, Any]) -> None:
        """Show this draft after the author pauses (``DEBOUNCE_MS``)."""
        self._data = dict(data)
        self._timer.start()

    def refresh(self) -> None:
        """Render the latest draft now (the debounce timer calls this)."""
        self._timer.stop()
        if self._data is None:
            return
        try:
            document = parse_document(self._data)
        except DocumentInvalid as exc:
            self._show_note(
                self.tr(
                    "The draft has %Ln problem(s) to fix; showing the last version that worked.",
                    "",
                    len(exc.problems),
                )
            )
            return
        self._document = document
        self._set_variants([(v.id, v.name or v.id) for v in document.variants])
        options = self.options()
        try:
            html = embed_html(self.library, self.item_id, options, document=document)
        except QuizbuilderError as exc:
            self._show_note(labels.fill(self.tr("The preview cannot be shown: %1"), str(exc)))
            return
        self.note.hide()
        if html == self.last_html and options == self.last_options:
            self.rendered.emit()
            return
        self.last_html = html
        self.last_options = options
        self._load(html)

    def options(self) -> EmbedOptions:
        """The export options the preview renders with (the toolbar's choices)."""
        return EmbedOptions(
            mode="none",
            lang=self.language.currentData(),
            variant=self.variant.currentData(),
        )

    def set_phone_width(self, phone: bool) -> None:
        (self.phone if phone else self.desktop).setChecked(True)

    def page_width(self) -> int:
        """The width, in CSS pixels, the page is laid out at."""
        if self.phone.isChecked():
            return PHONE_WIDTH
        return max(self.width(), DESKTOP_MIN_WIDTH)

    def sizeHint(self) -> QSize:
        return QSize(PHONE_WIDTH + 40, 640)

    # --- inside -----------------------------------------------------------------------

    def _load(self, html: str) -> None:
        data = html.encode("utf-8")
        if len(data) <= SET_HTML_LIMIT:
            self.view.setHtml(html, BASE_URL)
            return
        path = Path(self._files.path()) / "preview.html"
        path.write_bytes(data)
        self.view.load(QUrl.fromLocalFile(str(path)))

    def _restart(self) -> None:
        # The embed keeps a visitor's progress in localStorage; a new page load with a
        # cleared store starts from the first screen.
        self.view.page().runJavaScript("try { localStorage.clear(); } catch (e) {}")
        if self.last_html:
            self._load(self.last_html)

    def _loaded(self, ok: bool) -> None:
        if ok:
            self.rendered.emit()

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def _set_variants(self, variants: list[tuple[str, str]]) -> None:
        """Offer the document's variants; keep the one chosen while it still exists."""
        if variants == self._variants and self.variant.count():
            return
        chosen = self.variant.currentData()
        self._variants = variants
        self.variant.blockSignals(True)
        self.variant.clear()
        if not variants:
            self.variant.addItem(self.tr("No variants"), None)
        else:
            for vid, name in variants:
                self.variant.addItem(name, vid)
                self.variant.setItemData(
                    self.variant.count() - 1, name, Qt.ItemDataRole.ToolTipRole
                )
            found = self.variant.findData(chosen)
            self.variant.setCurrentIndex(max(found, 0))
        self.variant.setEnabled(bool(variants))
        self.variant.blockSignals(False)

    def _fit(self) -> None:
        """Lay the page out at its width, zoomed down when the pane is narrower."""
        width = self.page_width()
        room = max(self.width(), 120)
        zoom = min(1.0, room / width)
        self.view.setFixedWidth(min(room, round(width * zoom)))
        self.view.setZoomFactor(max(zoom, 0.25))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
