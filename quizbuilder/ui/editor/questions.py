"""Editing one question: the fields every question has, then those of its type.

``new_question`` gives a question of a type that is valid as it comes (two options, a
scale, two pairs), so that the preview shows it at once. Changing a question's type keeps
what still applies (text, points, options between choice types) in one undoable step.
The editor of a question is built only when the question is selected: an item of 100
questions opens as fast as one of three.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.content import (
    CHOICE_TYPES,
    MULTI_CHOICE_TYPES,
    OPTION_TYPES,
    SCALE_TYPES,
    QuestionType,
)
from quizbuilder.ui import labels
from quizbuilder.ui.editor.document import MISSING, EditorDocument, Path, fresh_id, fresh_letter
from quizbuilder.ui.editor.fields import (
    CheckField,
    ChoiceField,
    ImageField,
    ImageStore,
    LineField,
    ListEditor,
    NumberField,
    TextField,
    align_form_labels,
)

T = QuestionType
SCORED_KINDS = ("knowledge_quiz", "contest")
_TRUE_FALSE = {"fr": ("Vrai", "Faux"), "en": ("True", "False")}


def new_question(qtype: QuestionType, qid: str, document: dict[str, Any]) -> dict[str, Any]:
    """A valid question of ``qtype``, ready to be written in."""
    question: dict[str, Any] = {"id": qid, "type": qtype.value, "text": ""}
    if document.get("kind") in SCORED_KINDS and qtype not in (T.LONG_TEXT, *SCALE_TYPES):
        question["points"] = 1
    return _fit(question, qtype, str(document.get("language", "fr")))


def _fit(question: dict[str, Any], qtype: QuestionType, language: str) -> dict[str, Any]:
    """``question`` turned into a ``qtype`` question, keeping what still fits."""
    keep = {"id", "text", "description", "image", "required", "points", "explanation"}
    out = {k: v for k, v in question.items() if k in keep}
    out["type"] = qtype.value
    options = question.get("options") or []
    if qtype == T.TRUE_FALSE:
        yes, no = _TRUE_FALSE.get(language, _TRUE_FALSE["en"])
        out["options"] = [{"id": "t", "label": yes}, {"id": "f", "label": no}]
    elif qtype in OPTION_TYPES:
        out["options"] = (
            copy.deepcopy(options)
            if len(options) >= 2
            else [
                {"id": "a", "label": ""},
                {"id": "b", "label": ""},
            ]
        )
        if qtype == T.RANKING:
            for option in out["options"]:
                option.pop("fraction", None)
    if qtype == T.RATING:
        out["scale"] = {"min": 1, "max": 5}
    elif qtype == T.NPS:
        out["scale"] = {"min": 0, "max": 10}
    elif qtype == T.LIKERT:
        out["scale"] = {"min": 1, "max": 5, "labels": []}
    elif qtype == T.MATCHING:
        out["pairs"] = question.get("pairs") or [
            {"id": "p1", "prompt": "", "answer": ""},
            {"id": "p2", "prompt": "", "answer": ""},
        ]
    elif qtype == T.SHORT_TEXT and question.get("accepted_answers"):
        out["accepted_answers"] = question["accepted_answers"]
    elif qtype == T.NUMBER and question.get("numeric_answers"):
        out["numeric_answers"] = question["numeric_answers"]
    if qtype in (T.LONG_TEXT, *SCALE_TYPES):
        out.pop("points", None)
    return out


def _type_of(value: Any) -> QuestionType | None:
    try:
        return QuestionType(value)
    except ValueError:
        return None


class QuestionEditor(QWidget):
    """The fields of question ``row``; rebuilt by the editor when its type changes."""

    def __init__(
        self,
        document: EditorDocument,
        row: int,
        store_image: ImageStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.row = row
        self.base: Path = ("questions", row)
        self.store_image = store_image
        self.qtype = _type_of(document.get((*self.base, "type")))
        self.kind = document.kind
        self.scored = self.kind in SCORED_KINDS
        self.personality = self.kind == "personality_quiz"

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._common())
        special = self._special()
        if special is not None:
            box.addWidget(special)
        box.addStretch(1)
        align_form_labels(self)

    def p(self, *steps: str | int) -> Path:
        return (*self.base, *steps)

    # --- what every question has ------------------------------------------------------

    def _common(self) -> QWidget:
        group = QGroupBox(self.tr("Question %1").replace("%1", str(self.row + 1)))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.type_field = ChoiceField(
            self.document,
            self.p("type"),
            self.tr("Question type"),
            [(labels.question_type(t), t.value) for t in QuestionType],
        )
        self.type_field.activated.disconnect()
        self.type_field.activated.connect(self._change_type)
        form.addRow(self.tr("&Type"), self.type_field)
        self.text_field = TextField(
            self.document,
            self.p("text"),
            self.tr("Question text"),
            lines=3,
            placeholder=self.tr("The question, as people will read it"),
        )
        form.addRow(self.tr("&Question"), self.text_field)
        form.addRow(
            self.tr("&Description"),
            LineField(
                self.document,
                self.p("description"),
                self.tr("Description"),
                placeholder=self.tr("Optional: a hint under the question"),
            ),
        )
        form.addRow(
            self.tr("Image"),
            ImageField(self.document, self.p("image"), self.tr("question image"), self.store_image),
        )
        flags = QHBoxLayout()
        flags.addWidget(CheckField(self.document, self.p("required"), self.tr("Answer required")))
        if self.scored and self.qtype not in (T.LONG_TEXT, *SCALE_TYPES):
            flags.addSpacing(16)
            points = NumberField(
                self.document, self.p("points"), self.tr("Points"), maximum=1000, decimals=1
            )
            label = QLabel(self.tr("&Points:"))
            label.setBuddy(points)
            flags.addWidget(label)
            flags.addWidget(points)
        flags.addStretch(1)
        form.addRow("", flags)
        if self.scored:
            form.addRow(
                self.tr("E&xplanation"),
                LineField(
                    self.document,
                    self.p("explanation"),
                    self.tr("Explanation"),
                    placeholder=self.tr("Shown after answering, whatever the answer"),
                ),
            )
        return group

    def _change_type(self, index: int) -> None:
        qtype = _type_of(self.type_field.itemData(index))
        question = self.document.get(self.base) or {}
        if qtype is None or qtype.value == question.get("type"):
            return
        language = str(self.document.get(("language",), "fr"))
        self.document.set(
            self.base, _fit(question, qtype, language), text=self.tr("Change the question type")
        )

    # --- what its type adds -----------------------------------------------------------

    def _special(self) -> QWidget | None:
        t = self.qtype
        if t in OPTION_TYPES:
            return self._options()
        if t in SCALE_TYPES:
            return self._scale()
        if t == T.SHORT_TEXT:
            return self._accepted()
        if t == T.NUMBER:
            return self._numeric()
        if t == T.MATCHING:
            return self._pairs()
        return None

    def _options(self) -> QWidget:
        group = QGroupBox(self.tr("Options"))
        box = QVBoxLayout(group)
        if self.qtype == T.RANKING:
            hint = QLabel(self.tr("List the options in the right order: people see them shuffled."))
            hint.setWordWrap(True)
            box.addWidget(hint)
        elif self.scored:
            hint = QLabel(
                self.tr("Tick the right answers; a share of the points can also be negative.")
            )
            hint.setWordWrap(True)
            box.addWidget(hint)
        fixed = self.qtype == T.TRUE_FALSE
        self.options = ListEditor(
            self.document,
            self.p("options"),
            self._option_row,
            self._new_option,
            self.tr("Add an option"),
            noun=self.tr("option"),
            min_rows=2,
            fixed=fixed,
        )
        self.options.setObjectName("optionsEditor")
        box.addWidget(self.options)
        if self.qtype in MULTI_CHOICE_TYPES:
            limits = QHBoxLayout()
            for key, text in (
                ("min_choices", self.tr("At least")),
                ("max_choices", self.tr("At most")),
            ):
                field = NumberField(
                    self.document,
                    self.p(key),
                    text,
                    minimum=1 if key == "max_choices" else 0,
                    maximum=50,
                    none_text=self.tr("no limit"),
                    integer=True,
                )
                label = QLabel(text)
                label.setBuddy(field)
                limits.addWidget(label)
                limits.addWidget(field)
            limits.addStretch(1)
            box.addLayout(limits)
        return group

    def _new_option(self) -> dict[str, Any]:
        ids = [str(o.get("id", "")) for o in self.document.get(self.p("options")) or []]
        return {"id": fresh_letter(ids), "label": ""}

    def _option_row(self, i: int) -> QWidget:
        row = QWidget()
        grid = QVBoxLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        line = QHBoxLayout()
        n = str(i + 1)
        base = self.p("options", i)
        if self.scored and self.qtype in CHOICE_TYPES:
            right = OptionRightBox(
                self.document, (*base, "fraction"), self.tr("Right answer %1").replace("%1", n)
            )
            line.addWidget(right)
        line.addWidget(
            LineField(self.document, (*base, "label"), self.tr("Option %1").replace("%1", n)), 1
        )
        if self.scored and self.qtype in CHOICE_TYPES:
            line.addWidget(
                NumberField(
                    self.document,
                    (*base, "fraction"),
                    self.tr("Share of the points, option %1").replace("%1", n),
                    minimum=-100,
                    maximum=100,
                    scale=100,
                    suffix=" %",
                )
            )
        grid.addLayout(line)
        if self.qtype in (T.IMAGE_CHOICE, T.IMAGE_MULTIPLE_CHOICE):
            grid.addWidget(
                ImageField(
                    self.document,
                    (*base, "image"),
                    self.tr("image of option %1").replace("%1", n),
                    self.store_image,
                )
            )
        if self.scored and self.qtype in CHOICE_TYPES:
            grid.addWidget(
                LineField(
                    self.document,
                    (*base, "feedback"),
                    self.tr("Feedback, option %1").replace("%1", n),
                    placeholder=self.tr("Feedback when this option is chosen (optional)"),
                )
            )
        if self.personality and self.qtype in CHOICE_TYPES:
            grid.addLayout(self._weights(base, n))
        return row

    def _weights(self, base: Path, n: str) -> QHBoxLayout:
        line = QHBoxLayout()
        outcomes = self.document.get(("outcomes",)) or []
        if not outcomes:
            line.addWidget(QLabel(self.tr("Add outcomes to give this option weights.")))
        for outcome in outcomes:
            oid = str(outcome.get("id", ""))
            title = str(outcome.get("title") or oid)
            field = NumberField(
                self.document,
                (*base, "weights", oid),
                self.tr("Weight of option %1 for %2").replace("%1", n).replace("%2", title),
                minimum=-100,
                maximum=100,
                decimals=1,
            )
            field.setMinimumWidth(70)
            label = QLabel(title)
            label.setBuddy(field)
            line.addWidget(label)
            line.addWidget(field)
        line.addStretch(1)
        return line

    def _scale(self) -> QWidget:
        group = QGroupBox(self.tr("Scale"))
        form = QFormLayout(group)
        s = self.p("scale")
        if self.qtype == T.RATING:
            form.addRow(
                self.tr("Number of stars"),
                NumberField(
                    self.document,
                    (*s, "max"),
                    self.tr("Number of stars"),
                    minimum=2,
                    maximum=10,
                    integer=True,
                    default=5,
                ),
            )
        if self.qtype == T.LIKERT:
            form.addRow(self.tr("Number of points"), LikertPoints(self.document, s))
        form.addRow(
            self.tr("Low end label"),
            LineField(
                self.document,
                (*s, "min_label"),
                self.tr("Low end label"),
                placeholder=self.tr("e.g. Not at all likely"),
            ),
        )
        form.addRow(
            self.tr("High end label"),
            LineField(
                self.document,
                (*s, "max_label"),
                self.tr("High end label"),
                placeholder=self.tr("e.g. Extremely likely"),
            ),
        )
        if self.qtype == T.LIKERT:
            note = QLabel(self.tr("Labels of each point (optional: none, or one per point):"))
            note.setWordWrap(True)
            form.addRow(note)
            form.addRow(
                ListEditor(
                    self.document,
                    (*s, "labels"),
                    lambda i: LineField(
                        self.document,
                        (*s, "labels", i),
                        self.tr("Label of point %1").replace("%1", str(i + 1)),
                    ),
                    lambda: "",
                    self.tr("Add a label"),
                    noun=self.tr("label"),
                )
            )
        return group

    def _accepted(self) -> QWidget:
        group = QGroupBox(self.tr("Accepted answers"))
        box = QVBoxLayout(group)
        path = self.p("accepted_answers")

        def row(i: int) -> QWidget:
            w = QWidget()
            line = QHBoxLayout(w)
            line.setContentsMargins(0, 0, 0, 0)
            n = str(i + 1)
            line.addWidget(
                LineField(
                    self.document,
                    (*path, i, "text"),
                    self.tr("Accepted answer %1").replace("%1", n),
                ),
                2,
            )
            line.addWidget(
                NumberField(
                    self.document,
                    (*path, i, "fraction"),
                    self.tr("Share of the points, answer %1").replace("%1", n),
                    maximum=100,
                    scale=100,
                    suffix=" %",
                    default=1.0,
                )
            )
            line.addWidget(
                LineField(
                    self.document,
                    (*path, i, "feedback"),
                    self.tr("Feedback, answer %1").replace("%1", n),
                ),
                2,
            )
            return w

        box.addWidget(
            ListEditor(
                self.document,
                path,
                row,
                lambda: {"text": "", "fraction": 1},
                self.tr("Add an accepted answer"),
                noun=self.tr("answer"),
            )
        )
        box.addWidget(
            CheckField(
                self.document, self.p("case_sensitive"), self.tr("Upper and lower case must match")
            )
        )
        return group

    def _numeric(self) -> QWidget:
        group = QGroupBox(self.tr("Accepted numbers"))
        box = QVBoxLayout(group)
        unit = QHBoxLayout()
        unit_field = LineField(
            self.document, self.p("unit"), self.tr("Unit"), placeholder=self.tr("e.g. km")
        )
        label = QLabel(self.tr("&Unit:"))
        label.setBuddy(unit_field)
        unit.addWidget(label)
        unit.addWidget(unit_field)
        unit.addStretch(1)
        box.addLayout(unit)
        path = self.p("numeric_answers")

        def row(i: int) -> QWidget:
            w = QWidget()
            line = QHBoxLayout(w)
            line.setContentsMargins(0, 0, 0, 0)
            n = str(i + 1)
            value = NumberField(
                self.document,
                (*path, i, "value"),
                self.tr("Value %1").replace("%1", n),
                minimum=-1e12,
                maximum=1e12,
                decimals=4,
            )
            tolerance = NumberField(
                self.document,
                (*path, i, "tolerance"),
                self.tr("Tolerance %1").replace("%1", n),
                maximum=1e12,
                decimals=4,
            )
            for text, field in ((self.tr("Value"), value), (self.tr("±"), tolerance)):
                lab = QLabel(text)
                lab.setBuddy(field)
                line.addWidget(lab)
                line.addWidget(field, 1)
            line.addWidget(
                NumberField(
                    self.document,
                    (*path, i, "fraction"),
                    self.tr("Share of the points, number %1").replace("%1", n),
                    maximum=100,
                    scale=100,
                    suffix=" %",
                    default=1.0,
                )
            )
            return w

        box.addWidget(
            ListEditor(
                self.document,
                path,
                row,
                lambda: {"value": 0, "tolerance": 0, "fraction": 1},
                self.tr("Add an accepted number"),
                noun=self.tr("number"),
            )
        )
        return group

    def _pairs(self) -> QWidget:
        group = QGroupBox(self.tr("Pairs to match"))
        box = QVBoxLayout(group)
        path = self.p("pairs")

        def row(i: int) -> QWidget:
            w = QWidget()
            line = QHBoxLayout(w)
            line.setContentsMargins(0, 0, 0, 0)
            n = str(i + 1)
            line.addWidget(
                LineField(self.document, (*path, i, "prompt"), self.tr("Item %1").replace("%1", n)),
                1,
            )
            arrow = QLabel("→")
            arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
            line.addWidget(arrow)
            line.addWidget(
                LineField(
                    self.document, (*path, i, "answer"), self.tr("Its match %1").replace("%1", n)
                ),
                1,
            )
            return w

        def new_pair() -> dict[str, Any]:
            ids = [str(p.get("id", "")) for p in self.document.get(path) or []]
            return {"id": fresh_id(ids, "p"), "prompt": "", "answer": ""}

        box.addWidget(
            ListEditor(
                self.document,
                path,
                row,
                new_pair,
                self.tr("Add a pair"),
                noun=self.tr("pair"),
                min_rows=2,
            )
        )
        return group


class OptionRightBox(CheckField):
    """ "Right answer": ticked means the option gives all the points (fraction 1)."""

    def __init__(self, document: EditorDocument, path: Path, name: str) -> None:
        super().__init__(document, path, "")
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.clicked.disconnect()
        self.clicked.connect(
            lambda checked: self.document.set(self.bound_path, 1 if checked else MISSING)
        )

    def refresh(self) -> None:
        value = self.document.get(self.bound_path, 0) or 0
        checked = float(value) >= 1
        if checked != self.isChecked():
            self.setChecked(checked)


class LikertPoints(NumberField):
    """The number of points of a Likert scale; the labels list follows in the same step."""

    def __init__(self, document: EditorDocument, scale: Path) -> None:
        self.scale_path = scale
        super().__init__(
            document,
            (*scale, "max"),
            self.tr("Number of points"),
            minimum=2,
            maximum=10,
            integer=True,
            default=5,
        )

    def _edited(self, shown: float) -> None:
        scale = dict(self.document.get(self.scale_path) or {})
        low = int(scale.get("min", 1))
        scale["max"] = low + int(shown) - 1
        labels_ = list(scale.get("labels") or [])
        if labels_:
            points = int(shown)
            scale["labels"] = (labels_ + [""] * points)[:points]
        self.document.set(self.scale_path, scale, merge=True)

    def refresh(self) -> None:
        scale = self.document.get(self.scale_path) or {}
        points = int(scale.get("max", 5)) - int(scale.get("min", 1)) + 1
        if points != int(self.value()):
            self.blockSignals(True)
            self.setValue(points)
            self.blockSignals(False)
