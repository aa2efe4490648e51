"""Page 2: the columns of the file and the questions they answer; saved mappings."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from quizbuilder.domain.content import Question
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.matching import fold, match_columns
from quizbuilder.formats.sources import Mapping
from quizbuilder.ui import labels
from quizbuilder.ui.import_wizard.common import ERROR_STYLE, MAPPINGS_DIR_KEY, _folder, _label
from quizbuilder.ui.import_wizard.file_page import FilePage
from quizbuilder.ui.import_wizard.preview import FilePreview, source_name


@cache
def _zone_names() -> list[str]:
    return sorted(available_timezones())  # reads the zone database: once is enough


class MappingPage(QWizardPage):
    """One row per column of the file: the question it answers, or none."""

    def __init__(
        self,
        file_page: FilePage,
        questions: list[Question],
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._file_page = file_page
        self._questions = questions
        self._settings = settings
        self._preview: FilePreview | None = None
        self._initial: tuple[Any, ...] | None = None
        self._fixed: dict[int, str] = {}  # columns that cannot take a question, and why
        self._kept: dict[int, int] = {}  # the choice of a column while it has a role
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Match the columns to the questions"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))

        self.id_column = self._role_combo(
            "responseIdColumn", self.tr("— none (a hash of the row) —")
        )
        self.date_column = self._role_combo("dateColumn", self.tr("— none —"))
        self.email_column = self._role_combo("emailColumn", self.tr("— none —"))
        self.date_order = QComboBox()
        self.date_order.setObjectName("dateOrder")
        self.date_order.addItem(self.tr("As the file shows (day first if unsure)"), None)
        self.date_order.addItem(self.tr("Day first (22/06/2026)"), True)
        self.date_order.addItem(self.tr("Month first (06/22/2026)"), False)
        self.date_order.currentIndexChanged.connect(self._update)
        self.timezone = QLineEdit()
        self.timezone.setObjectName("timeZone")
        self.timezone.setPlaceholderText(self.tr("this computer’s time zone"))
        self.timezone.setToolTip(
            self.tr("The zone of the dates written without one, such as Europe/Paris")
        )
        self.timezone.textChanged.connect(self._update)
        self._completer: QCompleter | None = None

        form = QGridLayout()  # two columns of fields: the columns list keeps the room
        form.setHorizontalSpacing(10)
        for n, (text, field_) in enumerate(
            (
                (self.tr("Date of the response:"), self.date_column),
                (self.tr("Date order:"), self.date_order),
                (self.tr("E-mail:"), self.email_column),
                (self.tr("Time zone:"), self.timezone),
                (self.tr("Response id:"), self.id_column),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(field_)
            form.addWidget(caption, n // 2, (n % 2) * 2)
            form.addWidget(field_, n // 2, (n % 2) * 2 + 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)

        self.columns_area = QScrollArea()
        self.columns_area.setObjectName("columnsArea")
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setFrameShape(QFrame.Shape.StyledPanel)

        self.status = _label(name="mappingStatus")
        self.load_button = QPushButton(self.tr("Load mapping…"))
        self.load_button.setObjectName("loadMapping")
        self.load_button.clicked.connect(self.load_mapping)
        self.save_button = QPushButton(self.tr("Save mapping…"))
        self.save_button.setObjectName("saveMapping")
        self.save_button.clicked.connect(self.save_mapping)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)

        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.columns_area, 1)
        box.addLayout(buttons)

    def _role_combo(self, name: str, none_text: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setProperty("noneText", none_text)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        combo.currentIndexChanged.connect(self._update)
        return combo

    # --- building the rows for a file ---

    def initializePage(self) -> None:
        preview = self._file_page.preview
        if preview is None or preview is self._preview:
            return  # back and forth on the same file keeps the user's choices
        self._preview = preview
        if self._completer is None:
            self._completer = QCompleter(_zone_names(), self)
            self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.timezone.setCompleter(self._completer)
        self._build(preview)

    def _column_title(self, index: int) -> str:
        assert self._preview is not None
        title = self._preview.header[index] if index < len(self._preview.header) else ""
        return title or labels.fill(self.tr("(column %1)"), index + 1)

    def _build(self, preview: FilePreview) -> None:
        known = preview.source is not None
        if known:
            assert preview.source is not None
            self.setSubTitle(
                labels.fill(
                    self.tr(
                        "The columns of this %1 export and the questions they answer, as "
                        "quizbuilder matched them. Correct a choice if it is wrong."
                    ),
                    source_name(preview.source.name),
                )
            )
        else:
            self.setSubTitle(
                self.tr(
                    "quizbuilder does not know this layout. Choose the question each column "
                    "answers, and the columns that hold the response id, the date and the "
                    "e-mail. Save the mapping to use it again for the next export."
                )
            )
        header = preview.header
        self._fixed = {}
        seen: set[str] = set()
        for index, title in enumerate(header):
            key = fold(title)
            if not title.strip():
                self._fixed[index] = self.tr("— a column without a title —")
            elif key in seen:
                self._fixed[index] = self.tr("— same title as an earlier column —")
            elif index in preview.meta_columns and index not in preview.roles.values():
                self._fixed[index] = labels.fill(
                    self.tr("— read by the importer (%1) —"),
                    source_name(preview.source.name) if preview.source else "",
                )
            seen.add(key)
        self._kept = {}

        for combo, role in (
            (self.id_column, "response_id"),
            (self.date_column, "submitted_at"),
            (self.email_column, "email"),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(combo.property("noneText"), -1)
            for index in range(len(header)):
                if index not in self._fixed:
                    combo.addItem(self._column_title(index), index)
            combo.setCurrentIndex(max(combo.findData(preview.roles.get(role, -1)), 0))
            combo.blockSignals(False)
        self.date_order.blockSignals(True)
        self.date_order.setCurrentIndex(0)
        self.date_order.blockSignals(False)

        matched: dict[int, Question] = {}
        if known:
            candidates = [
                i
                for i in range(len(header))
                if i not in preview.meta_columns and i not in self._fixed
            ]
            found, _ = match_columns([header[i] for i in candidates], self._questions)
            matched = {candidates[pos]: q for pos, q in found.items()}

        grid_widget = QWidget()
        grid_widget.setObjectName("columnsGrid")
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(12)
        for column, text in enumerate(
            (self.tr("Column of the file"), self.tr("First answer"), self.tr("Question"))
        ):
            heading = _label(text, muted=True)
            heading.setWordWrap(False)
            grid.addWidget(heading, 0, column)
        self.combos = []
        for index in range(len(header)):
            full = self._column_title(index)
            title_label = _label(full if len(full) <= 90 else full[:89] + "…")
            title_label.setToolTip(full)
            sample = _label(self._sample(preview, index), muted=True)
            sample.setWordWrap(False)
            combo = QComboBox()
            combo.setObjectName(f"questionFor{index}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(28)
            combo.addItem(self.tr("— not imported —"), None)
            for question in self._questions:
                text = question.text or question.id
                combo.addItem(text, question.id)
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            if index in matched:
                combo.setCurrentIndex(combo.findData(matched[index].id))
            if index in self._fixed:
                combo.setCurrentIndex(-1)
                combo.setPlaceholderText(self._fixed[index])
                combo.setEnabled(False)
            combo.currentIndexChanged.connect(self._update)
            grid.addWidget(title_label, index + 1, 0)
            grid.addWidget(sample, index + 1, 1)
            grid.addWidget(combo, index + 1, 2)
            self.combos.append(combo)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 4)
        grid.setRowStretch(len(header) + 1, 1)
        self.columns_area.setWidget(grid_widget)  # the previous grid is deleted
        self._apply_roles()
        self._initial = self._state()
        self._update()

    @staticmethod
    def _sample(preview: FilePreview, index: int) -> str:
        for cells in preview.rows:
            if index < len(cells) and cells[index].strip():
                text = " ".join(cells[index].split())
                return text if len(text) <= 40 else text[:39] + "…"
        return ""

    # --- reading the choices ---

    def _roles(self) -> dict[int, str]:
        found = {}
        for combo, text in (
            (self.email_column, self.tr("— the e-mail —")),
            (self.date_column, self.tr("— the date —")),
            (self.id_column, self.tr("— the response id —")),
        ):
            index = combo.currentData()
            if isinstance(index, int) and index >= 0:
                found[index] = text
        return found

    def _apply_roles(self) -> None:
        """A column chosen as id, date or e-mail answers no question: its choice waits."""
        roles = self._roles()
        for index, combo in enumerate(self.combos):
            if index in self._fixed:
                continue
            combo.blockSignals(True)
            if index in roles:
                if combo.isEnabled():
                    self._kept[index] = max(combo.currentIndex(), 0)
                    combo.setCurrentIndex(-1)
                    combo.setEnabled(False)
                combo.setPlaceholderText(roles[index])
            elif not combo.isEnabled():
                combo.setEnabled(True)
                combo.setCurrentIndex(self._kept.pop(index, 0))
            combo.blockSignals(False)

    def choices(self) -> dict[int, str]:
        """Column index -> question id, for the columns the user imports."""
        return {
            index: combo.currentData()
            for index, combo in enumerate(self.combos)
            if combo.isEnabled() and combo.currentData()
        }

    def _state(self) -> tuple[Any, ...]:
        return (
            tuple(sorted(self.choices().items())),
            self.id_column.currentData(),
            self.date_column.currentData(),
            self.email_column.currentData(),
            self.date_order.currentData(),
        )

    def uses_mapping(self) -> bool:
        """Whether to import with the user's mapping instead of the detected source.

        Only for an unknown layout, or when the user changed the metadata columns: a
        recognised export whose question columns were corrected keeps its source (its
        row ids, dates and scores) through ``column_overrides``.
        """
        preview = self._preview
        return preview is None or preview.source is None or self._state()[1:] != (self._initial[1:])

    def column_overrides(self) -> dict[str, str | None] | None:
        """Column title -> question id (None: not imported), if the user changed any."""
        preview = self._preview
        if preview is None or self._state()[0] == self._initial[0]:
            return None
        chosen = self.choices()
        return {
            preview.header[index]: chosen.get(index)
            for index, combo in enumerate(self.combos)
            if combo.isEnabled()
        }

    def mapping(self) -> Mapping:
        preview = self._preview
        assert preview is not None

        def title(combo: QComboBox) -> str | None:
            index = combo.currentData()
            return preview.header[index] if isinstance(index, int) and index >= 0 else None

        started = preview.roles.get("started_at")
        return Mapping(
            questions={qid: preview.header[index] for index, qid in self.choices().items()},
            response_id=title(self.id_column),
            submitted_at=title(self.date_column),
            started_at=preview.header[started] if started is not None else None,
            email=title(self.email_column),
            day_first=self.date_order.currentData(),
            timezone=self.timezone.text().strip() or None,
        )

    def timezone_name(self) -> str | None:
        return self.timezone.text().strip() or None

    def problems(self) -> list[str]:
        found = []
        chosen = list(self.choices().values())
        if not chosen:
            found.append(self.tr("Choose the question of at least one column."))
        texts = {q.id: q.text or q.id for q in self._questions}
        for qid in dict.fromkeys(q for q in chosen if chosen.count(q) > 1):
            found.append(labels.fill(self.tr("“%1” is chosen for two columns."), texts[qid]))
        zone = self.timezone_name()
        if zone:
            try:
                ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError):
                found.append(
                    labels.fill(self.tr("“%1” is not a time zone (try Europe/Paris)."), zone)
                )
        return found

    @Slot()
    def _update(self) -> None:
        if self._preview is None:
            return
        self._apply_roles()
        problems = self.problems()
        if problems:
            self.status.setText("\n".join(problems))
            self.status.setStyleSheet(ERROR_STYLE)
        else:
            n = len(self.choices())
            text = labels.fill(self.tr("%Ln column(s) will be imported.", "", n))
            if self._preview.source is not None and self.uses_mapping():
                text += " " + self.tr("Changed: the file is read with your mapping.")
            elif self._preview.source is not None and self.column_overrides() is not None:
                text += " " + self.tr("Your corrections apply; the file stays a %1 export.")
                text = labels.fill(text, source_name(self._preview.source.name))
            self.status.setText(text)
            self.status.setStyleSheet("")
        self.save_button.setEnabled(not problems)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._preview is not None and not self.problems()

    # --- saving and loading ---

    def save_mapping(self) -> None:
        if self._preview is None or self.problems():
            return
        suggested = Path(_folder(self._settings, MAPPINGS_DIR_KEY)) / (
            f"{self._preview.path.stem}-mapping.json"
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the column mapping"), str(suggested), self.tr("Mappings (*.json)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        try:
            path.write_text(
                json.dumps(self.mapping().to_data(), ensure_ascii=False, indent=2) + "\n",
                encoding="utf-8",
            )
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Cannot save the mapping"),
                labels.fill(self.tr("Cannot write %1: %2"), path, exc.strerror or exc),
            )
            return
        self._settings.setValue(MAPPINGS_DIR_KEY, str(path.parent))
        self.status.setText(labels.fill(self.tr("Mapping saved to %1"), path))

    def load_mapping(self) -> None:
        if self._preview is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a column mapping"),
            _folder(self._settings, MAPPINGS_DIR_KEY),
            self.tr("Mappings (*.json);;All files (*)"),
        )
        if not chosen:
            return
        self._settings.setValue(MAPPINGS_DIR_KEY, str(Path(chosen).parent))
        try:
            self.apply(Mapping.load(Path(chosen)))
        except QuizbuilderError as exc:
            self.status.setText(str(exc))
            self.status.setStyleSheet(ERROR_STYLE)

    def apply(self, mapping: Mapping) -> None:
        """Show a saved mapping's choices; raise QuizbuilderError if it does not fit."""
        preview = self._preview
        assert preview is not None
        columns: dict[str, int] = {}
        for index, title in enumerate(preview.header):
            if index not in self._fixed:
                columns.setdefault(fold(title), index)
        missing = [
            t
            for t in [
                *mapping.questions.values(),
                mapping.response_id,
                mapping.submitted_at,
                mapping.email,
            ]
            if t and fold(t) not in columns
        ]
        unknown = [qid for qid in mapping.questions if qid not in {q.id for q in self._questions}]
        if missing or unknown:
            parts = []
            if missing:
                parts.append(
                    labels.fill(
                        self.tr("The mapping names columns this file does not have: %1."),
                        ", ".join(f"“{m}”" for m in missing),
                    )
                )
            if unknown:
                parts.append(
                    labels.fill(
                        self.tr("The mapping names questions this item does not have: %1."),
                        ", ".join(unknown),
                    )
                )
            raise QuizbuilderError(" ".join(parts))
        for combo, named in (
            (self.id_column, mapping.response_id),
            (self.date_column, mapping.submitted_at),
            (self.email_column, mapping.email),
        ):
            combo.setCurrentIndex(max(combo.findData(columns[fold(named)] if named else -1), 0))
        by_column = {columns[fold(t)]: qid for qid, t in mapping.questions.items()}
        for index, combo in enumerate(self.combos):
            if index in self._fixed:
                continue
            wanted = max(combo.findData(by_column[index]), 0) if index in by_column else 0
            if combo.isEnabled():
                combo.setCurrentIndex(wanted)
            else:
                self._kept[index] = wanted
        self.date_order.setCurrentIndex(self.date_order.findData(mapping.day_first))
        self.timezone.setText(mapping.timezone or "")
        self._update()
