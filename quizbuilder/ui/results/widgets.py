"""The building blocks of the results view: a chart, a KPI tile, a fitted table.

Charts arrive as SVG text from ``quizbuilder.export.charts``, the same drawings that the
reports embed, so the screen and the reports cannot disagree. ``ChartView`` paints one
at the width it is given, keeping its aspect ratio, and ``slide_image`` renders one on
a white 1920 × 1080 page (a 16:9 slide) for "Save as PNG…".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.ui import labels

SLIDE = QSize(1920, 1080)
SLIDE_MARGIN = 0.04  # of the slide's width, on every side
MAX_REACH = 2_000_000_000


def slide_image(svg: bytes, size: QSize = SLIDE) -> QImage:
    """The SVG drawn as large as fits on a white ``size`` image, centred, ratio kept."""
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("not a drawable SVG")
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    margin = size.width() * SLIDE_MARGIN
    box = QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        renderer.render(painter, fitted(natural_size(renderer), box))
    finally:
        painter.end()
    return image


def natural_size(renderer: QSvgRenderer) -> QSize:
    view = renderer.viewBoxF()
    if view.width() > 0 and view.height() > 0:
        return QSize(round(view.width()), round(view.height()))
    return renderer.defaultSize()


def fitted(size: QSize, box: QRectF) -> QRectF:
    """The largest rectangle of ``size``'s aspect ratio inside ``box``, centred in it."""
    if size.width() <= 0 or size.height() <= 0:
        return box
    scale = min(box.width() / size.width(), box.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(
        box.x() + (box.width() - width) / 2, box.y() + (box.height() - height) / 2, width, height
    )


class ChartView(QWidget):
    """One chart, drawn from its SVG at the widget's width, never stretched.

    The chart is never drawn wider than ``MAX_SCALE`` times its natural size, where
    its text would look oversized. Right-click (or the menu key) offers "Save as
    PNG…"; the view that owns the chart answers ``save_requested``.
    """

    MAX_SCALE = 1.1
    save_requested = Signal(object)

    def __init__(self, chart_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_id = chart_id
        self.title = ""
        self.svg = b""
        self._renderer = QSvgRenderer(self)
        self._natural = QSize(640, 360)
        self.setObjectName(f"chart-{chart_id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable, to open its menu
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.save_action = QAction(self.tr("Save as PNG…"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.save_action.triggered.connect(lambda _checked=False: self.save_requested.emit(self))
        self.addAction(self.save_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def set_chart(self, title: str, svg: str | bytes) -> None:
        data = svg.encode("utf-8") if isinstance(svg, str) else bytes(svg)
        self.title = title
        self.setAccessibleName(title)
        self.setToolTip(labels.fill(self.tr("%1 — right-click to save it as a PNG image"), title))
        if data == self.svg:
            return
        self.svg = data
        self._renderer.load(QByteArray(data))
        self._natural = natural_size(self._renderer) if self._renderer.isValid() else QSize()
        if self._natural.isEmpty():
            self._natural = QSize(640, 360)
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(self._drawn_width(width) * self._natural.height() / self._natural.width())

    def _drawn_width(self, width: int) -> float:
        return min(float(width), self._natural.width() * self.MAX_SCALE)

    def chart_rect(self) -> QRectF:
        """Where the chart is drawn: at the top left, as wide as allowed."""
        width = self._drawn_width(self.width())
        return QRectF(0, 0, width, width * self._natural.height() / self._natural.width())

    def sizeHint(self) -> QSize:
        return QSize(self._natural)

    def minimumSizeHint(self) -> QSize:
        width = min(self._natural.width(), 320)
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            area = self.chart_rect()
            painter.fillRect(area, QColor("white"))  # the charts are drawn for paper
            if self._renderer.isValid():
                self._renderer.render(painter, area)
            if self.hasFocus():
                pen = painter.pen()
                pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
                pen.setWidth(2)
                painter.setPen(pen)
                painter.drawRect(area.adjusted(1, 1, -1, -1))
        finally:
            painter.end()


class KpiTile(QFrame):
    """A key figure: a caption, the value in large type, and a note under it."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile-{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.caption = QLabel(caption)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.caption.setWordWrap(True)
        self.value = QLabel()
        self.value.setObjectName(f"tile-{name}-value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.setWordWrap(True)
        for label in (self.caption, self.value, self.note):
            label.setTextFormat(Qt.TextFormat.PlainText)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 10)
        box.setSpacing(2)
        box.addWidget(self.caption)
        box.addWidget(self.value)
        box.addWidget(self.note)
        box.addStretch(1)

    def set_value(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{self.caption.text()}: {value}")
        self.setAccessibleDescription(note)


class ReachDelegate(QStyledItemDelegate):
    """A spin box for a channel's reach; 0, shown as a dash, clears it."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setObjectName("reachEditor")
        editor.setRange(0, MAX_REACH)
        editor.setSpecialValueText("—")
        editor.setGroupSeparatorShown(True)
        editor.setAccessibleName(self.tr("Reach"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(
        self,
        editor: QWidget,
        model: Any,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value() or None, Qt.ItemDataRole.EditRole)


class FittedTable(QTableView):
    """A table as tall as its rows (up to ``max_rows``), inside the scrolling page.

    A table with its own scroll bar inside a scrolling page is hard to use; this one
    grows with its rows and only scrolls itself past ``max_rows``.
    """

    def __init__(self, name: str, max_rows: int = 30, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.max_rows = max_rows
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside

    def fit(self) -> None:
        """Resize to the rows now in the model."""
        model = self.model()
        rows = min(model.rowCount() if model is not None else 0, self.max_rows)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += rows * self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(height + 2)
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if model is not None and model.rowCount() > self.max_rows
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    def stretch(self, column: int) -> None:
        """Let ``column`` take the width left; the others fit their contents."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for n in range(header.count()):
            header.setSectionResizeMode(
                n,
                QHeaderView.ResizeMode.Stretch
                if n == column
                else QHeaderView.ResizeMode.ResizeToContents,
            )
