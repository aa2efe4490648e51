"""The item's settings pages: general, scoring, outcomes, settings, lead form, theme,
texts and variants. Each page is a form of bound fields over one part of the document;
the editor refreshes the visible page after every change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.authoring import contrast_ratio
from quizbuilder.domain.content import (
    CHOICE_TYPES,
    DuplicatePolicy,
    Font,
    Language,
    Layout,
    LeadFieldType,
    Theme,
    TieRule,
)
from quizbuilder.export.embed import strings as embed_strings
from quizbuilder.ui import labels
from quizbuilder.ui.editor.document import MISSING, EditorDocument, Path, fresh_id
from quizbuilder.ui.editor.fields import (
    Bound,
    CheckField,
    ChoiceField,
    ColorField,
    ImageField,
    ImageStore,
    LineField,
    ListEditor,
    NumberField,
    TextField,
    align_form_labels,
)

AA_RATIO = 4.5
Index = QModelIndex | QPersistentModelIndex


def scrolled(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


def _row(*widgets: QWidget, stretch: int = 0) -> QWidget:
    """Widgets side by side; ``stretch``: which one takes the room (index)."""
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    for n, widget in enumerate(widgets):
        line.addWidget(widget, 1 if n == stretch else 0)
    return holder


class Page(QWidget):
    """A form over part of the document, scrolled when it is taller than the window."""

    def __init__(self, document: EditorDocument, store_image: ImageStore) -> None:
        super().__init__()
        self.document = document
        self.store_image = store_image
        self.box = QVBoxLayout(self)

    def form(self, title: str) -> QFormLayout:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.box.addWidget(group)
        return form

    def finish(self) -> None:
        self.box.addStretch(1)
        align_form_labels(self)

    def line(self, path: Path, name: str, **kw: Any) -> LineField:
        return LineField(self.document, path, name, **kw)


class GeneralPage(Page):
    def __init__(self, document: EditorDocument, store_image: ImageStore) -> None:
        super().__init__(document, store_image)
        form = self.form(self.tr("Item"))
        form.addRow(self.tr("&Title"), self.line(("title",), self.tr("Title")))
        form.addRow(
            self.tr("&Introduction"),
            TextField(
                document,
                ("intro",),
                self.tr("Introduction"),
                lines=4,
                placeholder=self.tr("A few words shown before the first question"),
            ),
        )
        form.addRow(
            self.tr("&Language"),
            ChoiceField(
                document,
                ("language",),
                self.tr("Language of the item"),
                [(labels.language(lang), lang.value) for lang in Language],
                default="fr",
            ),
        )
        form.addRow(
            self.tr("Image"), ImageField(document, ("image",), self.tr("item image"), store_image)
        )
        self.finish()


class ScoringPage(Page):
    def __init__(self, document: EditorDocument, store_image: ImageStore) -> None:
        super().__init__(document, store_image)
        form = self.form(self.tr("Score"))
        form.addRow(
            self.tr("&Pass mark"),
            NumberField(
                document,
                ("scoring", "pass_percent"),
                self.tr("Pass mark"),
                maximum=100,
                suffix=" %",
                none_text=self.tr("none"),
            ),
        )
        form.addRow(
            "",
            CheckField(
                document, ("scoring", "show_score"), self.tr("Show the score"), default=True
            ),
        )
        self.max_score = QLabel()
        form.addRow(self.tr("Maximum score"), self.max_score)
        bands = self.form(self.tr("Results by score"))
        note = QLabel(self.tr("Each band is shown to those who reach its percentage."))
        note.setWordWrap(True)
        bands.addRow(note)
        path: Path = ("scoring", "bands")

        def band(i: int) -> QWidget:
            w = QWidget()
            grid = QVBoxLayout(w)
            grid.setContentsMargins(0, 0, 0, 6)
            n = str(i + 1)
            from_ = NumberField(
                document,
                (*path, i, "min_percent"),
                self.tr("From, band %1").replace("%1", n),
                maximum=100,
                suffix=" %",
            )
            label = QLabel(self.tr("From"))
            label.setBuddy(from_)
            grid.addWidget(
                _row(
                    label,
                    from_,
                    self.line((*path, i, "title"), self.tr("Title, band %1").replace("%1", n)),
                    stretch=2,
                )
            )
            grid.addWidget(
                TextField(
                    document, (*path, i, "text"), self.tr("Text, band %1").replace("%1", n), lines=2
                )
            )
            return w

        def new_band() -> dict[str, Any]:
            used = [b.get("min_percent", 0) for b in document.get(path) or []]
            start = max(used, default=-10) + 10
            return {"min_percent": min(start, 100), "title": ""}

        bands.addRow(
            ListEditor(document, path, band, new_band, self.tr("Add a band"), noun=self.tr("band"))
        )
        self.finish()

    def refresh_summary(self) -> None:
        total = 0.0
        for q in self.document.get(("questions",)) or []:
            options = q.get("options") or []
            keyed = (
                any((o.get("fraction") or 0) > 0 for o in options)
                if q.get("type") in {t.value for t in CHOICE_TYPES}
                else True
            )
            total += float(q.get("points") or 0) if keyed else 0
        self.max_score.setText(labels.number(total))


class WeightGridModel(QAbstractTableModel):
    """Options (rows) x outcomes (columns) of a personality quiz: the points each
    option gives each outcome."""

    def __init__(self, document: EditorDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._rows, self._columns = self._shape()
        document.changed.connect(self._document_changed)

    def _shape(self) -> tuple[list[tuple[int, int]], list[str]]:
        rows = []
        for qi, q in enumerate(self.document.get(("questions",)) or []):
            if q.get("type") in {t.value for t in CHOICE_TYPES}:
                rows += [(qi, oi) for oi in range(len(q.get("options") or []))]
        columns = [str(o.get("id", "")) for o in self.document.get(("outcomes",)) or []]
        return rows, columns

    def _document_changed(self, _path: Path) -> None:
        rows, columns = self._shape()
        if (rows, columns) != (self._rows, self._columns):
            self.beginResetModel()
            self._rows, self._columns = rows, columns
            self.endResetModel()
        elif rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(columns) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns) - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(rows) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def path(self, row: int, column: int) -> Path:
        qi, oi = self._rows[row]
        return ("questions", qi, "options", oi, "weights", self._columns[column])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = float(self.document.get(self.path(index.row(), index.column()), 0) or 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.number(value) if value else ""
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            number = float(value)
        except (TypeError, ValueError):
            return False
        stored: Any = MISSING if number == 0 else (int(number) if number.is_integer() else number)
        self.document.set(
            self.path(index.row(), index.column()), stored, text=self.tr("Change a weight")
        )
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            outcome = (self.document.get(("outcomes",)) or [])[section]
            return str(outcome.get("title") or outcome.get("id"))
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            qi, oi = self._rows[section]
            option = self.document.get(("questions", qi, "options", oi)) or {}
            return f"Q{qi + 1} · {option.get('label') or option.get('id')}"
        return None


class OutcomesPage(Page):
    def __init__(self, document: EditorDocument, store_image: ImageStore) -> None:
        super().__init__(document, store_image)
        form = self.form(self.tr("Outcomes"))
        path: Path = ("outcomes",)

        def outcome(i: int) -> QWidget:
            w = QWidget()
            box = QVBoxLayout(w)
            box.setContentsMargins(0, 0, 0, 6)
            n = str(i + 1)
            box.addWidget(
                self.line((*path, i, "title"), self.tr("Title, outcome %1").replace("%1", n))
            )
            box.addWidget(
                TextField(
                    document,
                    (*path, i, "text"),
                    self.tr("Text, outcome %1").replace("%1", n),
                    lines=3,
                )
            )
            return w

        def new_outcome() -> dict[str, Any]:
            ids = [str(o.get("id", "")) for o in document.get(path) or []]
            return {"id": fresh_id(ids, "r"), "title": ""}

        form.addRow(
            ListEditor(
                document,
                path,
                outcome,
                new_outcome,
                self.tr("Add an outcome"),
                noun=self.tr("outcome"),
            )
        )
        form.addRow(
            self.tr("On a &tie"),
            ChoiceField(
                document,
                ("tie_rule",),
                self.tr("On a tie"),
                [
                    (self.tr("The first listed outcome wins"), TieRule.FIRST_LISTED.value),
                    (self.tr("Draw one at random"), TieRule.RANDOM.value),
                    (self.tr("Show every tied outcome"), TieRule.SHOW_ALL.value),
                ],
                default=TieRule.FIRST_LISTED.value,
            ),
        )
        grid = self.form(self.tr("Points each answer gives each outcome"))
        self.grid_model = WeightGridModel(document, self)
        self.grid = QTableView()
        self.grid.setObjectName("weightGrid")
        self.grid.setAccessibleName(self.tr("Weights: options by outcomes"))
        self.grid.setModel(self.grid_model)
        # Columns as wide as the outcome names (French ones are long), never cut.
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(70)
        header.setStretchLastSection(True)
        # Option labels can be whole sentences: cut them (full in the tooltip) so
        # that the outcome columns keep the room.
        self.grid.verticalHeader().setMaximumWidth(320)
        self.grid.setMinimumHeight(220)
        grid.addRow(self.grid)
        self.finish()


class SettingsPage(Page):
    def __init__(self, document: EditorDocument, store_image: ImageStore) -> None:
        super().__init__(document, store_image)
        s: Path = ("settings",)
        kind = document.kind
        form = self.form(self.tr("Questions"))
        form.addRow(
            self.tr("&Layout"),
            ChoiceField(
                document,
                (*s, "layout"),
                self.tr("Layout"),
                [(labels.layout(v), v.value) for v in Layout],
                default=Layout.ONE_PER_SCREEN.value,
            ),
        )
        for key, text, default in (
            ("shuffle_questions", self.tr("Shuffle the questions"), False),
            ("shuffle_options", self.tr("Shuffle the options"), False),
            ("allow_back", self.tr("Allow going back"), True),
        ):
            form.addRow("", CheckField(document, (*s, key), text, default=default))
        form.addRow(
            self.tr("Question &pool"),
            NumberField(
                document,
                (*s, "pool_size"),
                self.tr("Question pool"),
                minimum=1,
                maximum=1000,
                integer=True,
                none_text=self.tr("every question"),
                suffix=self.tr(" drawn at random"),
            ),
        )
        answers = self.form(self.tr("Answers"))
        if kind in ("knowledge_quiz", "contest"):
            answers.addRow(
                "",
                CheckField(
                    document,
                    (*s, "instant_feedback"),
                    self.tr("Instant feedback after each question"),
                ),
            )
            answers.addRow(
                "",
                CheckField(
                    document,
                    (*s, "show_correct_answers"),
                    self.tr("Show the right answers"),
                    default=True,
                ),
            )
        if kind == "poll":
            answers.addRow(
                "",
                CheckField(
                    document,
                    (*s, "show_results"),
                    self.tr("Show the results after voting"),
                    default=True,
                ),
            )
        answers.addRow(
            self.tr("&Duplicates"),
            ChoiceField(
                document,
                (*s, "duplicate_policy"),
                self.tr("Duplicates"),
                [
                    (self.tr("Keep every response"), DuplicatePolicy.KEEP_ALL.value),
                    (self.tr("Keep the first per e-mail"), DuplicatePolicy.FIRST_PER_EMAIL.value),
                    (self.tr("Keep the last per e-mail"), DuplicatePolicy.LAST_PER_EMAIL.value),
                ],
                default=DuplicatePolicy.KEEP_ALL.value,
            ),
        )
        answers.addRow(
            self.tr("&Keep personal data"),
            NumberField(
                document,
                (*s, "retention_days"),
                self.tr("Keep personal data"),
                minimum=1,
                maximum=3650,
                integer=True,
                none_text=self.tr("until deleted"),
                suffix=self.tr(" days"),
            ),
        )
        timer = self.form(self.tr("Timer"))
        t: Path = (*s, "timer")
        self.timer_on = TimerSwitch(document, t, self.tr("Limit the time"))
        timer.addRow("", self.timer_on)
        self.timer_fields = [
            NumberField(
                document,
                (*t, "seconds"),
                self.tr("Seconds"),
                minimum=5,
                maximum=86400,
                integer=True,
                suffix=self.tr(" s"),
                default=60,
            ),
            ChoiceField(
                document,
                (*t, "scope"),
                self.tr("Applies to"),
                [(self.tr("the whole item"), "item"), (self.tr("each question"), "question")],
                default="item",
            ),
            CheckField(
                document, (*t, "extendable"), self.tr("People may ask for more time"), default=True
            ),
            NumberField(
                document,
                (*t, "extension_seconds"),
                self.tr("Extra time"),
                minimum=5,
                maximum=3600,
                integer=True,
                suffix=self.tr(" s"),
                default=30,
            ),
            NumberField(
                document,
                (*t, "max_extensions"),
                self.tr("Extensions at most"),
                maximum=100,
                integer=True,
                default=3,
            ),
        ]
        for field in self.timer_fields:
            label = "" if isinstance(field, QCheckBox) else field.accessibleName()
            timer.addRow(label, field)
        self.finish()

    def refresh_summary(self) -> None:
        on = isinstance(self.document.get(("settings", "timer")), dict)
        for field in self.timer_fields:
            field.setEnabled(on)


class TimerSwitch(QCheckBox):
    """The timer is on when ``settings.timer`` exists; off removes it (one command)."""

    def __init__(self, document: EditorDocument, path: Path, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.bound_path = path
        self.clicked.connect(self._clicked)
        self.refresh()

    def _clicked(self, checked: bool) -> None:
        self.document.set(self.bound_path, {"seconds": 60} if checked else MISSING)

    def refresh(self) -> None:
        self.setChecked(isinstance(self.document.get(self.bound_path), dict))


class LeadFormPage(Page):
    def __init__(self, document: EditorDocument, store_image: ImageStore) -> None:
        super().__init__(document, store_image)
        lf: Path = ("lead_form",)
        form = self.form(self.tr("Lead form"))
        form.addRow("", CheckField(document, (*lf, "enabled"), self.tr("Ask for contact details")))
        form.addRow(self.tr("T&itle"), self.line((*lf, "title"), self.tr("Form title")))
        form.addRow(
            self.tr("Intro&duction"),
            TextField(document, (*lf, "intro"), self.tr("Form introduction"), lines=2),
        )
        form.addRow(
            self.tr("&Shown"),
            ChoiceField(
                document,
                (*lf, "position"),
                self.tr("When the form is shown"),
                [
                    (self.tr("before the questions"), "before_questions"),
                    (self.tr("before the result"), "before_result"),
                    (self.tr("after the result"), "after_result"),
                ],
                default="before_result",
            ),
        )
        fields = self.form(self.tr("Fields"))
        fpath: Path = (*lf, "fields")
        type_names = {
            LeadFieldType.EMAIL: self.tr("E-mail"),
            LeadFieldType.FIRST_NAME: self.tr("First name"),
            LeadFieldType.LAST_NAME: self.tr("Last name"),
            LeadFieldType.PHONE: self.tr("Phone"),
            LeadFieldType.BIRTH_DATE: self.tr("Birth date"),
            LeadFieldType.COUNTRY: self.tr("Country"),
            LeadFieldType.POSTAL_CODE: self.tr("Postal code"),
            LeadFieldType.TEXT: self.tr("Text"),
        }

        def field_row(i: int) -> QWidget:
            n = str(i + 1)
            return _row(
                ChoiceField(
                    document,
                    (*fpath, i, "type"),
                    self.tr("Type of field %1").replace("%1", n),
                    [(name, t.value) for t, name in type_names.items()],
                ),
                self.line((*fpath, i, "label"), self.tr("Label of field %1").replace("%1", n)),
                CheckField(document, (*fpath, i, "required"), self.tr("required")),
                stretch=1,
            )

        def new_field() -> dict[str, Any]:
            ids = [str(f.get("id", "")) for f in document.get(fpath) or []]
            return {"id": fresh_id(ids, "f"), "type": "email", "label": ""}

        fields.addRow(
            ListEditor(
                document, fpath, field_row, new_field, self.tr("Add a field"), noun=self.tr("field")
            )
        )
        consents = self.form(self.tr("Consents"))
        note = QLabel(self.tr("Each consent is its own box, never ticked in advance."))
        note.setWordWrap(True)
        consents.addRow(note)
        cpath: Path = (*lf, "consents")

        def consent_row(i: int) -> QWidget:
            n = str(i + 1)
            w = QWidget()
            box = QVBoxLayout(w)
            box.setContentsMargins(0, 0, 0, 6)
            version = self.line(
                (*cpath, i, "version"), self.tr("Version of consent %1").replace("%1", n)
            )
            version.setMaximumWidth(80)
            box.addWidget(
                _row(
                    self.line(
                        (*cpath, i, "purpose"),
                        self.tr("Purpose of consent %1").replace("%1", n),
                        placeholder=self.tr("Purpose, e.g. newsletter"),
                    ),
                    version,
                    CheckField(document, (*cpath, i, "required"), self.tr("required")),
                )
            )
            box.addWidget(
                TextField(
                    document,
                    (*cpath, i, "text"),
                    self.tr("Text of consent %1").replace("%1", n),
                    lines=2,
                )
            )
            return w

        def new_consent() -> dict[str, Any]:
            ids = [str(c.get("id", "")) for c in document.get(cpath) or []]
            return {"id": fresh_id(ids, "c"), "purpose": "", "text": "", "version": "1"}

        consents.addRow(
            ListEditor(
                document,
                cpath,
                consent_row,
                new_consent,
                self.tr("Add a consent"),
                noun=self.tr("consent"),
            )
        )
        self.finish()


class ThemePage(Page):
    def __init__(self, document: EditorDocument, store_image: ImageStore) -> None:
        super().__init__(document, store_image)
        th: Path = ("theme",)
        defaults = Theme()
        form = self.form(self.tr("Colours"))
        self.colors = {
            key: ColorField(document, (*th, key), name, getattr(defaults, key))
            for key, name in (
                ("primary_color", self.tr("Buttons")),
                ("background_color", self.tr("Background")),
                ("text_color", self.tr("Text")),
            )
        }
        for field in self.colors.values():
            form.addRow(field.name, field)
        self.contrast = QLabel()
        self.contrast.setObjectName("contrastWarning")
        self.contrast.setWordWrap(True)
        form.addRow(self.contrast)
        look = self.form(self.tr("Look"))
        look.addRow(
            self.tr("&Font"),
            ChoiceField(
                document,
                (*th, "font"),
                self.tr("Font"),
                [
                    (self.tr("System"), Font.SYSTEM.value),
                    (self.tr("Serif"), Font.SERIF.value),
                    (self.tr("Rounded"), Font.ROUNDED.value),
                    (self.tr("Monospace"), Font.MONOSPACE.value),
                ],
                default=Font.SYSTEM.value,
            ),
        )
        look.addRow(
            self.tr("Corner &radius"),
            NumberField(
                document,
                (*th, "radius"),
                self.tr("Corner radius"),
                maximum=32,
                integer=True,
                suffix=" px",
                default=8,
            ),
        )
        look.addRow(
            self.tr("Logo"), ImageField(document, (*th, "logo"), self.tr("logo"), store_image)
        )
        self.finish()

    def refresh_summary(self) -> None:
        color = {k: f.value() for k, f in self.colors.items()}
        pairs = (
            (self.tr("text on background"), color["text_color"], color["background_color"]),
            (self.tr("button text on buttons"), "#ffffff", color["primary_color"]),
        )
        low = []
        for name, fg, bg in pairs:
            try:
                ratio = contrast_ratio(fg, bg)
            except ValueError:
                continue
            if ratio < AA_RATIO:
                low.append(
                    self.tr("%1: %2:1, below 4.5:1")
                    .replace("%1", name)
                    .replace("%2", labels.number(round(ratio, 2)))
                )
        if low:
            self.contrast.setText("⚠ " + self.tr("Hard to read — ") + "; ".join(low))
        else:
            self.contrast.setText(self.tr("Contrast is good (WCAG AA, 4.5:1)."))


class StringsPage(Page):
    """Custom interface words: each key with the embed's own text as a placeholder."""

    def __init__(self, document: EditorDocument, store_image: ImageStore) -> None:
        super().__init__(document, store_image)
        language = str(document.get(("language",), "fr"))
        defaults = embed_strings().get(language, embed_strings()["fr"])
        form = self.form(self.tr("Interface texts"))
        note = QLabel(self.tr("Leave a field empty to keep the usual text, shown in grey."))
        note.setWordWrap(True)
        form.addRow(note)
        for key in sorted(defaults):
            form.addRow(
                key, self.line(("strings", key), key, placeholder=defaults[key], optional=True)
            )
        self.finish()


class VariantsPage(Page):
    def __init__(self, document: EditorDocument, store_image: ImageStore) -> None:
        super().__init__(document, store_image)
        form = self.form(self.tr("A/B variants"))
        note = QLabel(
            self.tr(
                "A variant replaces the title, the introduction, the image or the "
                "order of the questions for a share of the people, drawn by weight."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        path: Path = ("variants",)

        def variant(i: int) -> QWidget:
            n = str(i + 1)
            w = QWidget()
            box = QVBoxLayout(w)
            box.setContentsMargins(0, 0, 0, 6)
            weight = NumberField(
                document,
                (*path, i, "weight"),
                self.tr("Weight of variant %1").replace("%1", n),
                maximum=1000,
                decimals=1,
                default=1.0,
            )
            label = QLabel(self.tr("Weight"))
            label.setBuddy(weight)
            box.addWidget(
                _row(
                    self.line((*path, i, "name"), self.tr("Name of variant %1").replace("%1", n)),
                    label,
                    weight,
                )
            )
            box.addWidget(
                self.line(
                    (*path, i, "title"),
                    self.tr("Title of variant %1").replace("%1", n),
                    placeholder=self.tr("Title (empty: the item's)"),
                    optional=True,
                )
            )
            box.addWidget(
                TextField(
                    document,
                    (*path, i, "intro"),
                    self.tr("Introduction of variant %1").replace("%1", n),
                    lines=2,
                    optional=True,
                    placeholder=self.tr("Introduction (empty: the item's)"),
                )
            )
            box.addWidget(
                ImageField(
                    document,
                    (*path, i, "image"),
                    self.tr("image of variant %1").replace("%1", n),
                    store_image,
                )
            )
            box.addWidget(
                QuestionOrderField(
                    document,
                    (*path, i, "question_order"),
                    self.tr("Question order of variant %1").replace("%1", n),
                )
            )
            return w

        def new_variant() -> dict[str, Any]:
            ids = [str(v.get("id", "")) for v in document.get(path) or []]
            vid = fresh_id(ids, "v")
            return {"id": vid, "name": vid.upper(), "weight": 1}

        form.addRow(
            ListEditor(
                document,
                path,
                variant,
                new_variant,
                self.tr("Add a variant"),
                noun=self.tr("variant"),
            )
        )
        self.finish()


class OrderList(QListWidget):
    """A list whose rows are reordered by dragging or with Alt+Up/Down; it only says
    which row should go where (``move_requested``), the document does the moving."""

    move_requested = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Long question texts are cut with "…" (whole in the tooltip), not scrolled sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)

    def dropEvent(self, event: QDropEvent) -> None:
        target = self.indexAt(event.position().toPoint()).row()
        source = self.currentRow()
        # Qt must not move the row itself: the refresh from the document will.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source >= 0:
            self.move_requested.emit(source, self.count() - 1 if target < 0 else target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step and event.modifiers() == Qt.KeyboardModifier.AltModifier:
            row = self.currentRow()
            if 0 <= row + step < self.count():
                self.move_requested.emit(row, row + step)
            event.accept()
            return
        super().keyPressEvent(event)


class QuestionOrderField(QWidget, Bound):
    """A variant's own order of the questions: off (the item's order, the key absent) or
    a full list of the question ids, reordered by dragging, Alt+Up/Down or the buttons.

    An order written before questions were added or removed is shown completed (unknown
    ids left out, new questions at the end) and any move stores the completed list.
    """

    def __init__(self, document: EditorDocument, path: Path, name: str) -> None:
        super().__init__()
        self.document = document
        self.bound_path = path
        self.custom = QCheckBox(self.tr("Custom question order"))
        self.custom.setAccessibleName(name)
        self.custom.clicked.connect(self._switched)
        self.list = OrderList()
        self.list.setAccessibleName(name)
        self.list.setToolTip(self.tr("Drag the questions, or use Alt+Up and Alt+Down"))
        self.list.move_requested.connect(self.move)
        self.up = self._button("↑", self.tr("Move the question up"), -1)
        self.down = self._button("↓", self.tr("Move the question down"), 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        self.body = QWidget()
        body = QHBoxLayout(self.body)
        body.setContentsMargins(20, 0, 0, 0)
        body.addWidget(self.list, 1)
        body.addLayout(buttons)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.custom)
        box.addWidget(self.body)
        self.setFocusProxy(self.custom)
        self.refresh()

    def _button(self, text: str, tip: str, step: int) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self.step(step))
        return button

    def step(self, step: int) -> None:
        """Move the chosen question ``step`` rows (the up and down buttons)."""
        row = self.list.currentRow()
        self.move(row, row + step)

    def _questions(self) -> list[dict[str, Any]]:
        return [q for q in self.document.get(("questions",)) or [] if isinstance(q, dict)]

    def order(self) -> list[str]:
        """The order shown: the stored one, completed to list every question once."""
        ids = [str(q.get("id", "")) for q in self._questions()]
        stored = self.document.get(self.bound_path)
        if not isinstance(stored, list):
            return ids
        kept = [i for n, i in enumerate(stored) if i in ids and i not in stored[:n]]
        return kept + [i for i in ids if i not in kept]

    def _switched(self, checked: bool) -> None:
        value: Any = self.order() if checked else MISSING
        self.document.set(self.bound_path, value, text=self.tr("Change a variant's order"))

    def move(self, source: int, target: int) -> None:
        order = self.order()
        if not (0 <= source < len(order) and 0 <= target < len(order)) or source == target:
            return
        order.insert(target, order.pop(source))
        self.document.set(self.bound_path, order, text=self.tr("Reorder a variant's questions"))
        self.list.setCurrentRow(target)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        on = isinstance(self.document.get(self.bound_path), list)
        self.custom.setChecked(on)
        self.body.setVisible(on)
        texts = {str(q.get("id", "")): str(q.get("text") or "") for q in self._questions()}
        order = self.order() if on else []
        shown = [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())]
        current = self.list.currentRow()
        if shown != order or any(
            self.list.item(r).text() != self._label(i, texts) for r, i in enumerate(order)
        ):
            self.list.clear()
            for qid in order:
                row = QListWidgetItem(self._label(qid, texts))
                row.setToolTip(row.text())
                row.setData(Qt.ItemDataRole.UserRole, qid)
                self.list.addItem(row)
            self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        rows = self.list.count()
        line = max(self.list.sizeHintForRow(0), self.list.fontMetrics().lineSpacing() + 4)
        self.list.setFixedHeight(line * min(max(rows, 1), 8) + 2 * self.list.frameWidth() + 2)
        self.up.setEnabled(rows > 1)
        self.down.setEnabled(rows > 1)

    def _label(self, qid: str, texts: dict[str, str]) -> str:
        return f"{qid} · {texts.get(qid) or self.tr('(no text)')}"
