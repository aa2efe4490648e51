"""Widgets bound to one path of the document: they push edits and refresh from the dict.

A bound field never keeps its own copy of the truth. Typing pushes a command (merged
keystroke after keystroke); ``refresh`` puts the dict's value back in the widget when it
differs, with signals blocked, so that undo, redo and edits made elsewhere show at once
without echoing a new command. Every field knows its ``bound_path`` so that
``ItemEditor.focus_path`` can find the field a problem names.

Ctrl+Z and friends belong to the editor's undo stack, not to each line edit's own
history: the fields let those shortcuts through (``_undo_keys``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path as FilePath
from typing import Any

from PySide6.QtCore import QEvent, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.ui.editor.document import MISSING, EditorDocument, Path

_EDITOR_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_CTRL_Y = QKeySequence("Ctrl+Y")


def is_undo_key(event: QKeyEvent) -> bool:
    if any(event.matches(key) for key in _EDITOR_KEYS):
        return True
    pressed = QKeySequence(event.keyCombination())
    return pressed.matches(_CTRL_Y) == QKeySequence.SequenceMatch.ExactMatch


def _undo_keys(widget: QWidget, event: QEvent) -> bool:
    """Leave Undo/Redo to the editor's stack instead of the widget's own history.

    The shortcut override is refused so that the editor's actions fire; a key press
    that still arrives (no action reachable, e.g. in a lone widget) is handled here.
    """
    if not isinstance(event, QKeyEvent) or not is_undo_key(event):
        return False
    if event.type() == QEvent.Type.ShortcutOverride:
        event.ignore()
        return True
    if event.type() == QEvent.Type.KeyPress:
        stack = widget.document.undo_stack
        if event.matches(QKeySequence.StandardKey.Undo):
            stack.undo()
        else:
            stack.redo()
        return True
    return False


class Bound:
    """What every bound field has: the document, its path, a refresh."""

    document: EditorDocument
    bound_path: Path

    def refresh(self) -> None:
        raise NotImplementedError


class LineField(QLineEdit, Bound):
    """A one-line text. ``optional``: an empty field removes the key (e.g. a variant title)."""

    def __init__(
        self,
        document: EditorDocument,
        path: Path,
        name: str,
        *,
        placeholder: str = "",
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.bound_path = path
        self.optional = optional
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder or name)
        self.textEdited.connect(self._edited)
        self.refresh()

    def _edited(self, text: str) -> None:
        value: Any = MISSING if self.optional and not text else text
        self.document.set(self.bound_path, value, merge=True)

    def refresh(self) -> None:
        value = self.document.get(self.bound_path)
        text = "" if value is None else str(value)
        if text != self.text():
            self.setText(text)
            if not self.hasFocus():
                self.setCursorPosition(0)  # show a long text from its start, not its end

    def event(self, event: QEvent) -> bool:
        return _undo_keys(self, event) or super().event(event)


class TextField(QPlainTextEdit, Bound):
    """A few lines of text; Tab moves on to the next field, as in a form."""

    def __init__(
        self,
        document: EditorDocument,
        path: Path,
        name: str,
        *,
        lines: int = 3,
        placeholder: str = "",
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.bound_path = path
        self.optional = optional
        self._refreshing = False
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder or name)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 12
        self.setFixedHeight(height)
        self.textChanged.connect(self._edited)
        self.refresh()

    def _edited(self) -> None:
        if not self._refreshing:
            text = self.toPlainText()
            value: Any = MISSING if self.optional and not text else text
            self.document.set(self.bound_path, value, merge=True)

    def refresh(self) -> None:
        text = str(self.document.get(self.bound_path) or "")
        if text != self.toPlainText():
            self._refreshing = True
            cursor = self.textCursor().position()
            self.setPlainText(text)
            moved = self.textCursor()
            moved.setPosition(min(cursor, len(text)))
            self.setTextCursor(moved)
            self._refreshing = False

    def event(self, event: QEvent) -> bool:
        return _undo_keys(self, event) or super().event(event)


class CheckField(QCheckBox, Bound):
    def __init__(
        self,
        document: EditorDocument,
        path: Path,
        text: str,
        *,
        default: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.document = document
        self.bound_path = path
        self.default = default
        self.clicked.connect(lambda checked: self.document.set(self.bound_path, bool(checked)))
        self.refresh()

    def refresh(self) -> None:
        value = bool(self.document.get(self.bound_path, self.default))
        if value != self.isChecked():
            self.setChecked(value)


class NumberField(QDoubleSpinBox, Bound):
    """A number. ``none_text``: the minimum means "none" (the key is removed).

    ``scale`` shows a fraction as a percentage (0.5 -> 50 %). ``integer`` stores ints.
    """

    def __init__(
        self,
        document: EditorDocument,
        path: Path,
        name: str,
        *,
        minimum: float = 0.0,
        maximum: float = 1000.0,
        decimals: int = 0,
        default: float = 0.0,
        scale: float = 1.0,
        suffix: str = "",
        none_text: str = "",
        integer: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.bound_path = path
        self.default = default
        self.scale = scale
        self.integer = integer
        self.none_text = none_text
        self.setAccessibleName(name)
        self.setDecimals(decimals)
        self.setRange(minimum - (1 if none_text else 0), maximum)
        if none_text:
            self.setSpecialValueText(none_text)
        self.setSuffix(suffix)
        self.setKeyboardTracking(True)
        self.setMinimumWidth(90)
        self.setMaximumWidth(280)  # a number, not a line of text: no need for the full width
        self.refresh()
        self.valueChanged.connect(self._edited)

    def _edited(self, shown: float) -> None:
        if self.none_text and shown <= self.minimum():
            value: Any = MISSING
        else:
            stored = shown / self.scale
            value = round(stored) if self.integer else round(stored, 6)
        self.document.set(self.bound_path, value, merge=True)

    def refresh(self) -> None:
        value = self.document.get(self.bound_path, None)
        if value is None:
            shown = self.minimum() if self.none_text else self.default * self.scale
        else:
            shown = float(value) * self.scale
        if abs(shown - self.value()) > 1e-9:
            self.blockSignals(True)
            self.setValue(shown)
            self.blockSignals(False)

    def event(self, event: QEvent) -> bool:
        return _undo_keys(self, event) or super().event(event)


class ChoiceField(QComboBox, Bound):
    """One of a few values, shown with their words."""

    def __init__(
        self,
        document: EditorDocument,
        path: Path,
        name: str,
        choices: list[tuple[str, Any]],
        *,
        default: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.bound_path = path
        self.default = default
        self.setAccessibleName(name)
        for label, value in choices:
            self.addItem(label, value)
        self.refresh()
        self.activated.connect(self._chosen)

    def _chosen(self, index: int) -> None:
        self.document.set(self.bound_path, self.itemData(index))

    def refresh(self) -> None:
        value = self.document.get(self.bound_path, self.default)
        index = self.findData(value)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)


class ColorField(QWidget, Bound):
    """A colour as #rrggbb: typed, or chosen in the colour dialog from the swatch button."""

    def __init__(
        self,
        document: EditorDocument,
        path: Path,
        name: str,
        default: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.bound_path = path
        self.default = default
        self.name = name
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        self.edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("#[0-9a-fA-F]{0,6}"), self.edit)
        )
        self.edit.setMaximumWidth(110)
        self.edit.textEdited.connect(self._typed)
        self.swatch = QToolButton()
        self.swatch.setAccessibleName(self.tr("Choose the colour: %1").replace("%1", name))
        self.swatch.setToolTip(self.tr("Choose a colour…"))
        self.swatch.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.swatch)
        row.addStretch(1)
        self.setFocusProxy(self.edit)
        self.refresh()

    def _typed(self, text: str) -> None:
        if QColor.isValidColorName(text) and len(text) == 7:
            self.document.set(self.bound_path, text.lower(), merge=True)

    def _choose(self) -> None:
        color = QColorDialog.getColor(QColor(self.value()), self, self.name)
        if color.isValid():
            self.document.set(self.bound_path, color.name())

    def value(self) -> str:
        return str(self.document.get(self.bound_path, self.default))

    def refresh(self) -> None:
        value = self.value()
        if value.lower() != self.edit.text().lower():
            self.edit.setText(value)
        pixmap = QPixmap(18, 18)
        pixmap.fill(QColor(value))
        self.swatch.setIcon(QIcon(pixmap))


ImageStore = Callable[[FilePath], dict[str, Any]]
IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.webp *.bmp"
THUMB_SIZE = QSize(96, 64)


class ImageLibrary:
    """What image fields need from the library: store a file (an ``ImageStore``: called
    with the file, it gives the image reference) and read a stored image back by its
    asset hash, for the thumbnails (``load``; None when the library lacks it)."""

    def __init__(self, store: ImageStore, load: Callable[[str], bytes | None]) -> None:
        self._store = store
        self.load = load

    def __call__(self, file: FilePath) -> dict[str, Any]:
        return self._store(file)


def thumbnail(data: bytes | None, size: QSize = THUMB_SIZE) -> QPixmap | None:
    """The image scaled to fit ``size``, or None if the bytes are not a readable image."""
    pixmap = QPixmap()
    if not data or not pixmap.loadFromData(data):
        return None
    return pixmap.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class ImageField(QFrame, Bound):
    """An optional image: chosen with a file dialog or dropped from the file manager,
    stored in the library (resized) by ``store``, with its alt text."""

    def __init__(
        self,
        document: EditorDocument,
        path: Path,
        name: str,
        store: ImageStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.bound_path = path
        self.store = store
        self.name = name
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumb = QLabel()
        self.thumb.setObjectName("imageThumbnail")
        self.thumb.setFixedSize(THUMB_SIZE)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.hide()
        self._thumb_of: str | None = None  # the asset shown in ``thumb``
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose an image: %1").replace("%1", name))
        self.choose.clicked.connect(self._choose)
        self.clear = QPushButton(self.tr("Remove"))
        self.clear.setAccessibleName(self.tr("Remove the image: %1").replace("%1", name))
        self.clear.clicked.connect(lambda: self.document.set(self.bound_path, MISSING))
        self.alt = LineField(
            document,
            (*path, "alt"),
            self.tr("Alt text: %1").replace("%1", name),
            placeholder=self.tr("Alt text (what the image shows, for screen readers)"),
        )
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.thumb)
        top.addWidget(self.status, 1)
        top.addWidget(self.choose)
        top.addWidget(self.clear)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 4, 6, 4)
        box.addLayout(top)
        box.addWidget(self.alt)
        self.setFocusProxy(self.choose)
        self.refresh()

    def refresh(self) -> None:
        ref = self.document.get(self.bound_path)
        has = isinstance(ref, dict) and bool(ref.get("asset"))
        if has:
            self.status.setText(self.tr("Image %1").replace("%1", str(ref["asset"])[:10]))
        else:
            self.status.setText(self.tr("No image — choose one or drop it here"))
        self.clear.setEnabled(has)
        self.alt.setVisible(has)
        self._show_thumbnail(str(ref["asset"]) if has else None)

    def _show_thumbnail(self, asset: str | None) -> None:
        """Read the image from the library only when it changed (refresh runs often)."""
        if asset == self._thumb_of:
            return
        self._thumb_of = asset
        load = self.store.load if isinstance(self.store, ImageLibrary) else None
        pixmap = thumbnail(load(asset)) if asset and load is not None else None
        if pixmap is None:
            self.thumb.clear()
        else:
            self.thumb.setPixmap(pixmap)
            self.thumb.setAccessibleName(self.tr("Thumbnail: %1").replace("%1", self.name))
        self.thumb.setVisible(pixmap is not None)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), "", self.tr("Images (%1)").replace("%1", IMAGE_FILTER)
        )
        if chosen:
            self.add_image(FilePath(chosen))

    def add_image(self, file: FilePath) -> bool:
        """Store ``file`` and use it here, keeping the alt text already typed."""
        try:
            ref = self.store(file)
        except (QuizbuilderError, OSError) as error:
            self.status.setText(self.tr("This image cannot be used: %1").replace("%1", str(error)))
            return False
        old = self.document.get(self.bound_path)
        alt = old.get("alt", "") if isinstance(old, dict) else ""
        self.document.set(self.bound_path, {**ref, "alt": alt or ref.get("alt", "")})
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files and self.add_image(FilePath(files[0])):
            event.acceptProposedAction()


class ListEditor(QWidget):
    """The rows of a list in the document, each with move up/down and remove buttons.

    ``make_row(index)`` builds the widget of one row (its fields bound to
    ``path + (index, ...)``); ``new_row()`` gives the dict (or value) of a new row. The
    rows are rebuilt only when the list's length changes; otherwise the fields refresh.
    """

    rows_rebuilt = Signal()

    def __init__(
        self,
        document: EditorDocument,
        path: Path,
        make_row: Callable[[int], QWidget],
        new_row: Callable[[], Any],
        add_text: str,
        *,
        noun: str = "",
        min_rows: int = 0,
        max_rows: int = 1000,
        fixed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.bound_path = path
        self.make_row = make_row
        self.new_row = new_row
        self.noun = noun or add_text
        self.min_rows = min_rows
        self.max_rows = max_rows
        self.fixed = fixed
        self._count = -1
        self.rows: list[QWidget] = []
        self._box = QVBoxLayout()
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(4)
        self.add_button = QPushButton(add_text)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add_button.clicked.connect(self.add)
        self.add_button.setVisible(not fixed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._box)
        outer.addWidget(self.add_button)
        self.sync()

    def values(self) -> list[Any]:
        return list(self.document.get(self.bound_path) or [])

    def sync(self) -> None:
        """Rebuild the rows if the list's length changed."""
        count = len(self.values())
        if count == self._count:
            return
        self._count = count
        for row in self.rows:
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self.rows = [self._row(i, count) for i in range(count)]
        for row in self.rows:
            self._box.addWidget(row)
        self.add_button.setEnabled(count < self.max_rows)
        self.rows_rebuilt.emit()

    def _row(self, index: int, count: int) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.make_row(index), 1)
        if self.fixed:
            return row
        n = index + 1
        for text, tip, enabled, slot in (
            ("↑", self.tr("Move %1 %2 up"), index > 0, lambda: self.move(index, index - 1)),
            ("↓", self.tr("Move %1 %2 down"), index < count - 1, lambda: self.move(index, n)),
            ("✕", self.tr("Remove %1 %2"), count > self.min_rows, lambda: self.remove(index)),
        ):
            button = QToolButton()
            button.setText(text)
            label = tip.replace("%1", self.noun).replace("%2", str(n))
            button.setToolTip(label)
            button.setAccessibleName(label)
            button.setEnabled(enabled)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def add(self) -> None:
        rows = self.values()
        self.document.set(self.bound_path, [*rows, self.new_row()])
        self.focus_row(len(rows))

    def remove(self, index: int) -> None:
        self.document.remove(self.bound_path, index)
        self.focus_row(min(index, len(self.rows) - 1))

    def move(self, source: int, target: int) -> None:
        self.document.move(self.bound_path, source, target)
        self.focus_row(target)

    def focus_row(self, index: int) -> None:
        """Put the focus in the first field of a row (after it was added or moved)."""
        self.sync()
        if 0 <= index < len(self.rows):
            for child in self.rows[index].findChildren(QWidget):
                if isinstance(child, Bound) and child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    child.setFocus(Qt.FocusReason.OtherFocusReason)
                    return


def refresh_tree(root: QWidget) -> None:
    """Bring every list and field under ``root`` up to date with the document."""
    for editor in root.findChildren(ListEditor):
        editor.sync()
    for child in root.findChildren(QWidget):
        if isinstance(child, Bound) and child.parent() is not None:
            child.refresh()


def find_field(root: QWidget, path: Path) -> QWidget | None:
    """The visible-or-not field under ``root`` bound to the longest prefix of ``path``."""
    best: QWidget | None = None
    best_len = -1
    for child in root.findChildren(QWidget):
        bound = getattr(child, "bound_path", None)
        if bound is None or len(bound) > len(path) or tuple(path[: len(bound)]) != bound:
            continue
        if len(bound) > best_len:
            best, best_len = child, len(bound)
    return best


def align_form_labels(root: QWidget) -> None:
    """Give every form under ``root`` the same label column, so that the fields of one
    group line up with those of the next (French labels differ more in length)."""
    labels = [
        item.widget()
        for form in root.findChildren(QFormLayout)
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and isinstance(item.widget(), QLabel)
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
