"""The Contest tab of the item editor: dates, entries, eligibility, prizes, draw, fraud
checks, organiser and rules facts, and a preview of the generated official rules.

Every field is bound to a path under ``contest`` (``contest.organiser.registration``),
so that a click on a rules problem in the problems panel lands on its field
(``ItemEditor.focus_path``). A summary at the top counts what stands between the
contest and rules that can be published (``domain.rules.rules_problems``); the
problems panel lists them one by one. The fields of its own (dates, time zone, id
choices) are in ``contest_fields.py``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.content import CHOICE_TYPES, EntryConditionType, Language
from quizbuilder.domain.errors import DocumentInvalid, QuizbuilderError
from quizbuilder.domain.rules import rules_problems
from quizbuilder.domain.validation import parse_document
from quizbuilder.export.rules import render_rules_html
from quizbuilder.services.library import LibraryService
from quizbuilder.ui import labels
from quizbuilder.ui.editor.contest_fields import (
    CONTEST,
    EntryItemField,
    IdChoiceField,
    MomentField,
    OffNumberField,
    WordsField,
    ZoneField,
)
from quizbuilder.ui.editor.document import EditorDocument, Path, fresh_id
from quizbuilder.ui.editor.fields import (
    CheckField,
    ChoiceField,
    ImageStore,
    LineField,
    ListEditor,
    NumberField,
    TextField,
)
from quizbuilder.ui.editor.pages import Page, _row

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "CAD", "XPF", "MAD")
DEFAULT_MIN_SCORE = 50


# --- the page ------------------------------------------------------------------------


class ContestPage(Page):
    """The contest's settings; see the module's docstring."""

    def __init__(
        self,
        document: EditorDocument,
        store_image: ImageStore,
        *,
        library: LibraryService,
        item_id: int,
    ) -> None:
        super().__init__(document, store_image)
        self.library = library
        self.item_id = item_id
        self._items: list[tuple[str, str]] | None = None
        self.summary = QLabel()
        self.summary.setObjectName("contestRulesSummary")
        self.summary.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Rules pre&view…"))
        self.preview_button.setObjectName("rulesPreviewButton")
        self.preview_button.clicked.connect(self.open_rules_preview)
        self.preview_dialog: RulesPreviewDialog | None = None
        self.box.addWidget(_row(self.summary, self.preview_button))
        self._dates()
        self._entries()
        self._eligibility()
        self._prizes()
        self._bonus_entries()
        self._fraud_checks()
        self._organiser()
        self._rules_info()
        self.finish()

    def at(self, *steps: str | int) -> Path:
        return (*CONTEST, *steps)

    def finish(self) -> None:
        # A number needs a few digits, not the page's width.
        for spin in self.findChildren(NumberField):
            spin.setMaximumWidth(180)
        super().finish()

    # --- sections ---------------------------------------------------------------------

    def _dates(self) -> None:
        form = self.form(self.tr("Dates"))
        doc = self.document
        set_text = self.tr("set")
        self.starts = MomentField(
            doc, self.at("starts_at"), self.tr("Opens"), set_text, self._default_start
        )
        self.ends = MomentField(
            doc, self.at("ends_at"), self.tr("Closes"), set_text, self._default_end
        )
        form.addRow(self.tr("&Opens"), self.starts)
        form.addRow(self.tr("&Closes"), self.ends)
        self.zone = ZoneField(doc, self.tr("Time zone"), self.tr("Change the time zone"))
        form.addRow(self.tr("&Time zone"), self.zone)

    def _default_start(self) -> datetime:
        now = datetime.now().replace(minute=0, second=0, microsecond=0)
        return now.replace(hour=9)

    def _default_end(self) -> datetime:
        start = self.starts.value() or self._default_start()
        return start.replace(hour=23, minute=59) + timedelta(days=30)

    def _entries(self) -> None:
        form = self.form(self.tr("Entries"))
        self.entry_item = EntryItemField(
            self.forget_sources,
            self.document,
            self.at("entry_item"),
            self.tr("Where the entries come from"),
            self._other_items,
            self.tr("This contest's own form"),
            self.tr("An item no longer in the library (%1)"),
            none_value=None,
        )
        form.addRow(self.tr("&Entries from"), self.entry_item)
        self.condition = ConditionEditor(self, self.at("entry_condition"), with_completed=True)
        form.addRow(self.tr("Entry condition"), self.condition)

    def _eligibility(self) -> None:
        form = self.form(self.tr("Who may enter"))
        doc, el = self.document, self.at("eligibility")
        form.addRow(
            self.tr("Minimum &age"),
            NumberField(
                doc,
                (*el, "min_age"),
                self.tr("Minimum age"),
                minimum=1,
                maximum=120,
                integer=True,
                none_text=self.tr("none"),
                suffix=self.tr(" years"),
            ),
        )
        form.addRow(
            "",
            CheckField(
                doc,
                (*el, "age_confirmation"),
                self.tr("Accept a ticked box in place of a birth date"),
            ),
        )
        form.addRow(
            self.tr("Age box"),
            IdChoiceField(
                doc,
                (*el, "age_consent_id"),
                self.tr("The box by which entrants confirm their age"),
                self._consents,
                self.tr("(none)"),
                self.tr("A box no longer in the form (%1)"),
            ),
        )
        form.addRow(
            self.tr("Co&untries"),
            WordsField(
                doc,
                (*el, "countries"),
                self.tr("Countries"),
                placeholder=self.tr("Two-letter codes, e.g. FR, BE, CH (empty: anywhere)"),
                clean=lambda w: w.strip().upper(),
            ),
        )
        form.addRow(
            self.tr("E&xcluded"),
            WordsField(
                doc,
                (*el, "excluded_emails"),
                self.tr("Excluded e-mail addresses"),
                placeholder=self.tr("Staff e-mails, or @domain for a whole company"),
                separators=r"[,;\s]+",
                clean=lambda w: w.strip().lower(),
            ),
        )
        form.addRow(
            "",
            CheckField(
                doc,
                (*el, "one_entry_per_person"),
                self.tr("One entry per person (the earliest counts)"),
                default=True,
            ),
        )
        form.addRow(
            "",
            CheckField(
                doc,
                (*el, "normalise_gmail"),
                self.tr("Gmail: dots and +tags do not make another person"),
            ),
        )

    def _prizes(self) -> None:
        form = self.form(self.tr("Prizes and draw"))
        doc, path = self.document, self.at("prizes")

        def prize(i: int) -> QWidget:
            n = str(i + 1)
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 6)
            value = NumberField(
                doc,
                (*path, i, "value"),
                self.tr("Value of prize %1").replace("%1", n),
                maximum=10_000_000,
                decimals=2,
            )
            value_label = QLabel(self.tr("Value"))
            value_label.setBuddy(value)
            quantity = NumberField(
                doc,
                (*path, i, "quantity"),
                self.tr("Quantity of prize %1").replace("%1", n),
                minimum=1,
                maximum=10_000,
                integer=True,
                default=1,
            )
            quantity.setMinimumWidth(70)
            quantity_label = QLabel(self.tr("Quantity"))
            quantity_label.setBuddy(quantity)
            currency = ChoiceField(
                doc,
                (*path, i, "currency"),
                self.tr("Currency of prize %1").replace("%1", n),
                [(c, c) for c in CURRENCIES],
                default="EUR",
            )
            box.addWidget(
                _row(
                    LineField(
                        doc,
                        (*path, i, "name"),
                        self.tr("Name of prize %1").replace("%1", n),
                        placeholder=self.tr("Prize, e.g. a weekend for two"),
                    ),
                    value_label,
                    value,
                    currency,
                    quantity_label,
                    quantity,
                )
            )
            box.addWidget(
                LineField(
                    doc,
                    (*path, i, "description"),
                    self.tr("Description of prize %1").replace("%1", n),
                    placeholder=self.tr("Description (optional)"),
                )
            )
            return holder

        def new_prize() -> dict[str, Any]:
            ids = [str(p.get("id", "")) for p in doc.get(path) or []]
            return {"id": fresh_id(ids, "p"), "name": "", "value": 0, "quantity": 1}

        self.prizes = ListEditor(
            doc, path, prize, new_prize, self.tr("Add a prize"), noun=self.tr("prize")
        )
        self.prizes.setFocusProxy(self.prizes.add_button)  # "no prize": the focus goes to Add
        form.addRow(self.prizes)
        form.addRow(
            self.tr("&Winners"),
            NumberField(
                doc,
                self.at("winners"),
                self.tr("Winners"),
                minimum=1,
                maximum=10_000,
                integer=True,
                default=1,
            ),
        )
        form.addRow(
            self.tr("A&lternates"),
            NumberField(
                doc,
                self.at("alternates"),
                self.tr("Alternates, drawn in order after the winners"),
                maximum=10_000,
                integer=True,
                default=2,
            ),
        )

    def _bonus_entries(self) -> None:
        form = self.form(self.tr("Bonus entries"))
        note = QLabel(
            self.tr(
                "Extra tickets in the draw for entries that meet a further condition. "
                "Do not give them for a marketing consent: it would not be freely given."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        doc, path = self.document, self.at("bonus_entries")

        def bonus(i: int) -> QWidget:
            n = str(i + 1)
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 6)
            extra = NumberField(
                doc,
                (*path, i, "extra"),
                self.tr("Extra tickets, bonus %1").replace("%1", n),
                minimum=1,
                maximum=10,
                integer=True,
                default=1,
            )
            extra_label = QLabel(self.tr("Extra tickets"))
            extra_label.setBuddy(extra)
            box.addWidget(
                _row(
                    LineField(
                        doc,
                        (*path, i, "label"),
                        self.tr("Name of bonus %1").replace("%1", n),
                        placeholder=self.tr("How the rules name it"),
                    ),
                    extra_label,
                    extra,
                )
            )
            box.addWidget(ConditionEditor(self, (*path, i, "condition"), with_completed=False))
            return holder

        def new_bonus() -> dict[str, Any]:
            return {"condition": {"type": EntryConditionType.ANSWER.value}, "extra": 1, "label": ""}

        self.bonus = ListEditor(
            doc, path, bonus, new_bonus, self.tr("Add a bonus"), noun=self.tr("bonus")
        )
        self.bonus.setFocusProxy(self.bonus.add_button)
        form.addRow(self.bonus)

    def _fraud_checks(self) -> None:
        form = self.form(self.tr("Fraud flags (for review, never automatic exclusion)"))
        doc, fc = self.document, self.at("fraud_checks")
        form.addRow(
            "",
            CheckField(
                doc,
                (*fc, "flag_disposable_emails"),
                self.tr("Flag disposable e-mail addresses"),
                default=True,
            ),
        )
        form.addRow(
            self.tr("Entries per &device"),
            OffNumberField(
                doc,
                (*fc, "max_entries_per_device"),
                self.tr("Flag a device with more entries than"),
                minimum=1,
                maximum=10_000,
                integer=True,
                default=3,
                none_text=self.tr("off"),
            ),
        )
        form.addRow(
            self.tr("&Seconds per question"),
            OffNumberField(
                doc,
                (*fc, "min_seconds_per_question"),
                self.tr("Flag an entry faster than, per question"),
                minimum=0.5,
                maximum=3600,
                decimals=1,
                default=2.0,
                suffix=self.tr(" s"),
                none_text=self.tr("off"),
            ),
        )

    def _organiser(self) -> None:
        form = self.form(self.tr("Organiser"))
        doc, org = self.document, self.at("organiser")
        for key, label, name, placeholder in (
            ("name", self.tr("&Name"), self.tr("Organiser's name"), self.tr("Company name")),
            (
                "legal_form",
                self.tr("Legal &form"),
                self.tr("Legal form"),
                self.tr("e.g. SAS, SARL"),
            ),
            (
                "registration",
                self.tr("&Registration"),
                self.tr("Registration number"),
                self.tr("e.g. RCS Rennes 123 456 789"),
            ),
        ):
            form.addRow(label, LineField(doc, (*org, key), name, placeholder=placeholder))
        form.addRow(
            self.tr("Address"),
            TextField(doc, (*org, "address"), self.tr("Organiser's postal address"), lines=2),
        )
        form.addRow(
            self.tr("E-&mail"),
            LineField(
                doc,
                (*org, "email"),
                self.tr("Contact e-mail address"),
                placeholder=self.tr("Where entrants write about the contest and their data"),
            ),
        )

    def _rules_info(self) -> None:
        form = self.form(self.tr("Rules"))
        doc, rules = self.document, self.at("rules")
        form.addRow(
            self.tr("Days to claim a prize"),
            NumberField(
                doc,
                (*rules, "claim_days"),
                self.tr("Days to claim a prize"),
                minimum=1,
                maximum=365,
                integer=True,
                default=30,
                suffix=self.tr(" days"),
            ),
        )
        form.addRow(
            "",
            CheckField(
                doc,
                (*rules, "publish_winner_names"),
                self.tr("The winners' names may be published"),
            ),
        )
        form.addRow(
            self.tr("&Platforms"),
            WordsField(
                doc,
                (*rules, "platforms"),
                self.tr("Platforms"),
                placeholder=self.tr("Where it runs, e.g. Instagram, Facebook"),
            ),
        )
        form.addRow(
            self.tr("&Governing law"),
            LineField(
                doc,
                (*rules, "governing_law"),
                self.tr("Governing law"),
                placeholder=self.tr("e.g. droit français"),
            ),
        )
        form.addRow(
            self.tr("&Bailiff"),
            LineField(
                doc,
                (*rules, "bailiff"),
                self.tr("Bailiff holding the rules"),
                placeholder=self.tr("Commissaire de justice (optional)"),
            ),
        )
        form.addRow(
            self.tr("Free entr&y"),
            TextField(
                doc,
                (*rules, "free_entry_method"),
                self.tr("Free method of entry"),
                lines=2,
                placeholder=self.tr("How to enter without buying, if entering involves a purchase"),
            ),
        )

    # --- what the choices offer -------------------------------------------------------

    def _other_items(self) -> list[tuple[str, str]]:
        """The library's items that are not contests, by title (read once per popup)."""
        if self._items is None:
            self._items = [
                (f"{s.title} ({labels.kind_singular(s.kind)})", s.uid)
                for s in self.library.list_items()
                if s.id != self.item_id and s.kind.value != "contest"
            ]
        return self._items

    def source(self) -> dict[str, Any]:
        """The document a condition names questions and boxes of: this contest's own
        (the content model checks them against it, even with an entry item)."""
        data = self.document.get(())
        return data if isinstance(data, dict) else {}

    def _consents(self) -> list[tuple[str, str]]:
        consents = (self.source().get("lead_form") or {}).get("consents") or []
        return [
            (_short(str(c.get("text") or c.get("purpose") or c.get("id"))), str(c.get("id")))
            for c in consents
        ]

    def questions(self) -> list[tuple[str, str]]:
        choice = {t.value for t in CHOICE_TYPES}
        found = []
        for n, q in enumerate(self.source().get("questions") or []):
            if q.get("type") in choice:
                found.append(
                    (f"{n + 1}. {_short(str(q.get('text') or q.get('id')))}", str(q.get("id")))
                )
        return found

    def options(self, question_path: Path) -> list[tuple[str, str]]:
        qid = self.document.get(question_path)
        for q in self.source().get("questions") or []:
            if q.get("id") == qid:
                return [
                    (_short(str(o.get("label") or o.get("id"))), str(o.get("id")))
                    for o in q.get("options") or []
                ]
        return []

    def forget_sources(self) -> None:
        """Read the library's items again (they may have changed)."""
        self._items = None

    # --- following the document -------------------------------------------------------

    def refresh_summary(self) -> None:
        for editor in self.findChildren(ConditionEditor):
            editor.show_fields()
        data = self.document.data()
        language = str(data.get("language") or "fr")
        try:
            problems = rules_problems(
                parse_document(data), language if language in ("fr", "en") else "fr"
            )
        except QuizbuilderError:
            self.summary.setText(
                self.tr(
                    "The draft has errors (see the problems panel): the rules cannot be checked."
                )
            )
            return
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        if errors:
            text = self.tr(
                "%Ln required mention(s) missing before the rules can be published.", "", errors
            )
        else:
            text = self.tr("Nothing required is missing: the rules can be published.")
        if warnings:
            text += " " + self.tr("%Ln warning(s) to read.", "", warnings)
        self.summary.setText(text)

    def open_rules_preview(self) -> RulesPreviewDialog:
        """The generated rules of the draft as it is now, in a window beside the editor."""
        if self.preview_dialog is None:
            self.preview_dialog = RulesPreviewDialog(self.document, self)
        self.preview_dialog.show_rules()
        self.preview_dialog.show()
        self.preview_dialog.raise_()
        self.preview_dialog.activateWindow()
        return self.preview_dialog


def _short(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


class ConditionEditor(QWidget):
    """An entry condition: its type, and the fields that type needs (the others hide).

    Used for the entry condition and for each bonus entry's (where "completed" is not
    offered: every entry has completed).
    """

    def __init__(self, page: ContestPage, path: Path, *, with_completed: bool) -> None:
        super().__init__()
        self.page = page
        self.path = path
        doc = page.document
        types = [
            (self.tr("completed the item"), EntryConditionType.COMPLETED.value),
            (self.tr("scored at least"), EntryConditionType.MIN_SCORE.value),
            (self.tr("gave an answer"), EntryConditionType.ANSWER.value),
            (self.tr("ticked a box"), EntryConditionType.CONSENT.value),
        ]
        if not with_completed:
            types = types[1:]
        self.type = ConditionTypeField(
            doc,
            (*path, "type"),
            self.tr("Condition"),
            types,
            default=types[0][1],
        )
        self.min_score = NumberField(
            doc,
            (*path, "min_score_percent"),
            self.tr("Least score"),
            maximum=100,
            suffix=" %",
            default=DEFAULT_MIN_SCORE,
        )
        self.question = IdChoiceField(
            doc,
            (*path, "question_id"),
            self.tr("Question"),
            page.questions,
            self.tr("(choose a question)"),
            self.tr("A question no longer there (%1)"),
        )
        self.option = IdChoiceField(
            doc,
            (*path, "option_id"),
            self.tr("Answer"),
            lambda: page.options((*path, "question_id")),
            self.tr("(choose an answer)"),
            self.tr("An answer no longer there (%1)"),
        )
        self.consent = IdChoiceField(
            doc,
            (*path, "consent_id"),
            self.tr("Box"),
            page._consents,
            self.tr("(choose a box)"),
            self.tr("A box no longer in the form (%1)"),
        )
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(_row(self.type, self.min_score, stretch=-1))
        box.addWidget(_row(self.question, self.option, stretch=-1))
        box.addWidget(self.consent)
        self.setFocusProxy(self.type)
        self.show_fields()

    def show_fields(self) -> None:
        kind = self.page.document.get((*self.path, "type"), self.type.default)
        self.min_score.setVisible(kind == EntryConditionType.MIN_SCORE.value)
        self.question.setVisible(kind == EntryConditionType.ANSWER.value)
        self.option.setVisible(kind == EntryConditionType.ANSWER.value)
        self.consent.setVisible(kind == EntryConditionType.CONSENT.value)


class ConditionTypeField(ChoiceField):
    """The type of a condition. Choosing "scored at least" also stores the score it
    shows (50 %), so that what the author sees is what the condition holds."""

    def _chosen(self, index: int) -> None:
        parent = self.bound_path[:-1]
        condition = dict(self.document.get(parent) or {})
        condition["type"] = self.itemData(index)
        needs_score = condition["type"] == EntryConditionType.MIN_SCORE.value
        if needs_score and condition.get("min_score_percent") is None:
            condition["min_score_percent"] = DEFAULT_MIN_SCORE
        self.document.set(parent, condition, text=self.tr("Change the condition"))


class RulesPreviewDialog(QDialog):
    """The official rules the export writes for the draft, in either language."""

    def __init__(self, document: EditorDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesPreviewDialog")
        self.setWindowTitle(self.tr("Rules preview"))
        self.document = document
        self.language = QComboBox()
        self.language.setObjectName("rulesPreviewLanguage")
        for value in (Language.FR, Language.EN):
            self.language.addItem(labels.language(value), value.value)
        index = self.language.findData(str(document.get(("language",)) or "fr"))
        self.language.setCurrentIndex(max(index, 0))
        self.language.currentIndexChanged.connect(lambda _i: self.show_rules())
        language_label = QLabel(self.tr("&Language of the rules:"))
        language_label.setBuddy(self.language)
        self.status = QLabel()
        self.status.setObjectName("rulesPreviewStatus")
        self.status.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("rulesPreviewBrowser")
        self.browser.setAccessibleName(self.tr("The rules"))
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        refresh = buttons.addButton(self.tr("&Refresh"), QDialogButtonBox.ButtonRole.ActionRole)
        refresh.clicked.connect(self.show_rules)
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.status)
        box.addWidget(self.browser, 1)
        box.addWidget(buttons)
        self.resize(760, 640)

    def show_rules(self) -> None:
        language = str(self.language.currentData())
        try:
            doc = parse_document(self.document.data())
            html = render_rules_html(doc, language)
            problems = rules_problems(doc, language)
        except DocumentInvalid as error:
            self.status.setText(
                self.tr("The draft has errors; fix them to see the rules:")
                + "\n"
                + "\n".join(str(p) for p in error.problems[:8])
            )
            self.browser.clear()
            return
        except QuizbuilderError as error:
            self.status.setText(str(error))
            self.browser.clear()
            return
        errors = sum(p.severity == "error" for p in problems)
        if errors:
            self.status.setText(
                self.tr(
                    "A draft: %Ln required mention(s) missing, shown as “to complete”.", "", errors
                )
            )
        else:
            self.status.setText(self.tr("Nothing required is missing."))
        self.browser.setHtml(html)
