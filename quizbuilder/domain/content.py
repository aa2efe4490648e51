"""The content model: one validated document per item.

Every kind of item (poll, knowledge quiz, personality quiz, survey, contest) is an
``ItemDocument``. Structural rules (ids unique, references resolve, ranges hold) are
checked here, so that a document that exists is one the embed, the scorer and the
statistics can trust. Editorial advice (an empty text, a question with no right answer)
is not structural: drafts may have it, and the editor's problems panel reports it.

Checks that span several fields raise ``PydanticCustomError("quizbuilder", ...)`` with
their problems and relative paths in the context, so that ``validation.parse_document``
can name the exact field (``questions[3].options[1].weights.nano``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from quizbuilder.domain.kinds import Kind

__all__ = ["Kind"]  # re-exported: the kinds live apart so that listing stays light

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"),
    Field(description="Stable identifier: letters, digits, '_', '.', '-'; at most 64."),
]
Color = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Fraction = Annotated[float, Field(ge=-1.0, le=1.0)]


def _fail(problems: list[tuple[str, str]]) -> None:
    """Raise the problems found by a cross-field check, if any."""
    if problems:
        raise PydanticCustomError(
            "quizbuilder",
            "; ".join(f"{path}: {msg}" if path else msg for path, msg in problems),
            {"problems": problems},
        )


def _repeats(ids: Iterable[str]) -> list[tuple[int, str]]:
    """(position, id) of every id already used earlier in the list."""
    seen: set[str] = set()
    found = []
    for n, value in enumerate(ids):
        if value in seen:
            found.append((n, value))
        seen.add(value)
    return found


class Model(BaseModel):
    # defer_build: the validators are built on first use, not at import, so that
    # commands that never validate a document (``list``) start faster.
    model_config = ConfigDict(extra="forbid", defer_build=True)


class QuestionType(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"
    IMAGE_CHOICE = "image_choice"
    IMAGE_MULTIPLE_CHOICE = "image_multiple_choice"
    RATING = "rating"
    NPS = "nps"
    LIKERT = "likert"
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    RANKING = "ranking"
    MATCHING = "matching"


CHOICE_TYPES = frozenset(
    {
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.TRUE_FALSE,
        QuestionType.IMAGE_CHOICE,
        QuestionType.IMAGE_MULTIPLE_CHOICE,
    }
)
MULTI_CHOICE_TYPES = frozenset({QuestionType.MULTIPLE_CHOICE, QuestionType.IMAGE_MULTIPLE_CHOICE})
SCALE_TYPES = frozenset({QuestionType.RATING, QuestionType.NPS, QuestionType.LIKERT})
OPTION_TYPES = CHOICE_TYPES | {QuestionType.RANKING}


class ImageRef(Model):
    """An image stored in the library's assets, by the SHA-256 of its bytes."""

    asset: Sha256
    alt: str = Field("", description="Text alternative, read by screen readers.")


class Option(Model):
    id: Id
    label: str = ""
    image: ImageRef | None = None
    fraction: Fraction = Field(
        0.0,
        description="Share of the question's points this option gives (Moodle's rule): "
        "1 = right, 0 = neutral, negative = penalty.",
    )
    weights: dict[Id, float] = Field(
        default_factory=dict, description="Points towards each personality outcome, by id."
    )
    feedback: str = ""


class Scale(Model):
    """The range of a rating, NPS or Likert question."""

    min: int = Field(1, ge=0, le=10)
    max: int = Field(5, ge=1, le=10)
    min_label: str = ""
    max_label: str = ""
    labels: list[str] = Field(default_factory=list, description="Likert: one label per point.")

    @model_validator(mode="after")
    def _range(self) -> Scale:
        if self.max <= self.min:
            _fail([("max", f"must be greater than min ({self.min})")])
        return self


class AcceptedAnswer(Model):
    """A text answer accepted by a short-text question, with the share of points it earns."""

    text: str = Field(min_length=1)
    fraction: Annotated[float, Field(ge=0.0, le=1.0)] = 1.0
    feedback: str = ""


class NumericAnswer(Model):
    """A number accepted within a tolerance (value +/- tolerance), Moodle-style."""

    value: float
    tolerance: float = Field(0.0, ge=0.0)
    fraction: Annotated[float, Field(ge=0.0, le=1.0)] = 1.0
    feedback: str = ""


class MatchPair(Model):
    id: Id
    prompt: str
    answer: str


class Question(Model):
    id: Id
    type: QuestionType
    text: str = ""
    description: str = ""
    image: ImageRef | None = None
    required: bool = False
    points: float = Field(0.0, ge=0.0, le=1000.0, description="0 for an unscored question.")
    options: list[Option] = Field(default_factory=list)
    min_choices: int | None = Field(None, ge=0)
    max_choices: int | None = Field(None, ge=1)
    scale: Scale | None = None
    accepted_answers: list[AcceptedAnswer] = Field(default_factory=list)
    case_sensitive: bool = False
    numeric_answers: list[NumericAnswer] = Field(default_factory=list)
    unit: str = ""
    pairs: list[MatchPair] = Field(default_factory=list)
    explanation: str = Field("", description="Shown after answering, whatever the answer.")

    @model_validator(mode="after")
    def _fits_its_type(self) -> Question:
        t = self.type
        problems: list[tuple[str, str]] = []
        if t in OPTION_TYPES:
            if len(self.options) < 2:
                problems.append(("options", "needs at least two options"))
            for i, dup in _repeats(o.id for o in self.options):
                problems.append((f"options[{i}].id", f"'{dup}' is used by two options"))
        elif self.options:
            problems.append(("options", f"a {t.value} question has no options"))
        if t == QuestionType.TRUE_FALSE and len(self.options) != 2:
            problems.append(("options", "a true/false question has exactly two options"))
        if t in MULTI_CHOICE_TYPES:
            lo, hi = self.min_choices, self.max_choices
            if hi is not None and hi > len(self.options):
                problems.append(("max_choices", f"is more than the {len(self.options)} options"))
            if lo is not None and hi is not None and lo > hi:
                problems.append(("min_choices", f"is more than max_choices ({hi})"))
        elif self.min_choices is not None or self.max_choices is not None:
            problems.append(("max_choices", "only multiple-choice questions limit choices"))
        if t in SCALE_TYPES:
            if self.scale is None:
                problems.append(("scale", f"a {t.value} question needs a scale"))
            elif t == QuestionType.NPS and (self.scale.min, self.scale.max) != (0, 10):
                problems.append(("scale", "an NPS question goes from 0 to 10"))
            elif t == QuestionType.RATING and self.scale.min != 1:
                problems.append(("scale.min", "a star rating starts at 1"))
            elif t == QuestionType.LIKERT:
                points = self.scale.max - self.scale.min + 1
                if self.scale.labels and len(self.scale.labels) != points:
                    problems.append(
                        ("scale.labels", f"has {len(self.scale.labels)} labels for {points} points")
                    )
        elif self.scale is not None:
            problems.append(("scale", f"a {t.value} question has no scale"))
        if self.accepted_answers and t != QuestionType.SHORT_TEXT:
            problems.append(("accepted_answers", "only short-text questions accept text answers"))
        if self.numeric_answers and t != QuestionType.NUMBER:
            problems.append(("numeric_answers", "only number questions accept numeric answers"))
        if t == QuestionType.MATCHING:
            if len(self.pairs) < 2:
                problems.append(("pairs", "needs at least two pairs"))
            for i, dup in _repeats(p.id for p in self.pairs):
                problems.append((f"pairs[{i}].id", f"'{dup}' is used by two pairs"))
        elif self.pairs:
            problems.append(("pairs", "only matching questions have pairs"))
        _fail(problems)
        return self

    @property
    def scored(self) -> bool:
        """Whether this question counts towards the score (points and a key)."""
        if self.points <= 0:
            return False
        t = self.type
        if t in CHOICE_TYPES:
            return any(o.fraction > 0 for o in self.options)
        if t == QuestionType.SHORT_TEXT:
            return bool(self.accepted_answers)
        if t == QuestionType.NUMBER:
            return bool(self.numeric_answers)
        return t in (QuestionType.RANKING, QuestionType.MATCHING)


class ScoreBand(Model):
    """A result shown to those whose score, in percent, is at least ``min_percent``."""

    min_percent: float = Field(ge=0.0, le=100.0)
    title: str
    text: str = ""


class Scoring(Model):
    pass_percent: float | None = Field(None, ge=0.0, le=100.0)
    bands: list[ScoreBand] = Field(default_factory=list)
    show_score: bool = True

    @model_validator(mode="after")
    def _bands(self) -> Scoring:
        problems = []
        for i, dup in _repeats(f"{b.min_percent:g}" for b in self.bands):
            problems.append((f"bands[{i}].min_percent", f"two bands start at {dup} %"))
        _fail(problems)
        return self

    def band_for(self, percent: float) -> ScoreBand | None:
        reached = [b for b in self.bands if b.min_percent <= percent]
        return max(reached, key=lambda b: b.min_percent) if reached else None


class Outcome(Model):
    id: Id
    title: str
    text: str = ""
    image: ImageRef | None = None


class TieRule(StrEnum):
    FIRST_LISTED = "first_listed"
    RANDOM = "random"
    SHOW_ALL = "show_all"


class Layout(StrEnum):
    ONE_PER_SCREEN = "one_per_screen"
    ALL_ON_ONE_PAGE = "all_on_one_page"


class DuplicatePolicy(StrEnum):
    KEEP_ALL = "keep_all"
    FIRST_PER_EMAIL = "first_per_email"
    LAST_PER_EMAIL = "last_per_email"


class Timer(Model):
    seconds: int = Field(ge=5, le=86_400)
    scope: Literal["item", "question"] = "item"
    extendable: bool = True
    extension_seconds: int = Field(30, ge=5, le=3_600)
    max_extensions: int = Field(3, ge=0, le=100)


class Settings(Model):
    layout: Layout = Layout.ONE_PER_SCREEN
    shuffle_questions: bool = False
    shuffle_options: bool = False
    pool_size: int | None = Field(None, ge=1, description="Draw this many questions at random.")
    timer: Timer | None = None
    instant_feedback: bool = False
    show_correct_answers: bool = True
    show_results: bool = Field(True, description="Polls: show the results after voting.")
    allow_back: bool = True
    duplicate_policy: DuplicatePolicy = DuplicatePolicy.KEEP_ALL
    retention_days: int | None = Field(None, ge=1, description="Purge personal data after this.")


class LeadFieldType(StrEnum):
    EMAIL = "email"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    PHONE = "phone"
    BIRTH_DATE = "birth_date"
    COUNTRY = "country"
    POSTAL_CODE = "postal_code"
    TEXT = "text"


class LeadField(Model):
    id: Id
    type: LeadFieldType
    label: str = ""
    required: bool = False


_PRETICK_KEYS = ("checked", "pre_ticked", "preticked", "default", "default_checked", "value")


class Consent(Model):
    """One purpose, its own box, never ticked in advance, with the version of its text."""

    id: Id
    purpose: str = Field(min_length=1, description="What the data is used for, e.g. newsletter.")
    text: str = Field(min_length=1)
    version: str = Field("1", min_length=1)
    required: bool = False

    @model_validator(mode="before")
    @classmethod
    def _never_preticked(cls, data: Any) -> Any:
        if isinstance(data, dict):
            found = [k for k in _PRETICK_KEYS if k in data]
            if found:
                _fail([(found[0], "consents are never ticked in advance; remove this field")])
        return data


class LeadForm(Model):
    enabled: bool = False
    title: str = ""
    intro: str = ""
    position: Literal["before_questions", "before_result", "after_result"] = "before_result"
    fields: list[LeadField] = Field(default_factory=list)
    consents: list[Consent] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> LeadForm:
        problems = []
        for name, rows in (("fields", self.fields), ("consents", self.consents)):
            for i, dup in _repeats(r.id for r in rows):
                problems.append((f"{name}[{i}].id", f"'{dup}' is used twice"))
        _fail(problems)
        return self


class Font(StrEnum):
    """System font stacks only: the embed never loads a web font."""

    SYSTEM = "system"
    SERIF = "serif"
    ROUNDED = "rounded"
    MONOSPACE = "monospace"


class Theme(Model):
    primary_color: Color = "#5b3cc4"
    background_color: Color = "#ffffff"
    text_color: Color = "#1f1f29"
    font: Font = Font.SYSTEM
    radius: int = Field(8, ge=0, le=32)
    logo: ImageRef | None = None


class Variant(Model):
    """An A/B variant: what it changes, and how often it is drawn."""

    id: Id
    name: str = ""
    weight: float = Field(1.0, ge=0.0)
    title: str | None = None
    intro: str | None = None
    image: ImageRef | None = None
    question_order: list[Id] | None = None


class EntryConditionType(StrEnum):
    COMPLETED = "completed"
    MIN_SCORE = "min_score"
    ANSWER = "answer"
    CONSENT = "consent"


class EntryCondition(Model):
    type: EntryConditionType = EntryConditionType.COMPLETED
    min_score_percent: float | None = Field(None, ge=0.0, le=100.0)
    question_id: Id | None = None
    option_id: Id | None = None
    consent_id: Id | None = None

    @model_validator(mode="after")
    def _complete(self) -> EntryCondition:
        need = {
            EntryConditionType.MIN_SCORE: ("min_score_percent",),
            EntryConditionType.ANSWER: ("question_id", "option_id"),
            EntryConditionType.CONSENT: ("consent_id",),
        }.get(self.type, ())
        _fail(
            [
                (f, f"is required by a '{self.type.value}' condition")
                for f in need
                if getattr(self, f) is None
            ]
        )
        return self


class Eligibility(Model):
    """Who may win. ``quizbuilder.domain.entries`` applies these rules, in this order.

    The age is checked on a birth-date lead field, at the contest's end date. Where the
    form asks no birth date, ``age_confirmation`` lets the entrant confirm their age with
    a consent box instead (``age_consent_id``, e.g. "I am 18 or older"): a birth date
    given always wins over the box.
    """

    min_age: int | None = Field(None, ge=0, le=120)
    age_confirmation: bool = Field(
        False, description="Accept the box age_consent_id, ticked, in place of a birth date."
    )
    age_consent_id: Id | None = Field(
        None, description="The consent by which an entrant confirms being at least min_age."
    )
    countries: list[Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]] = Field(
        default_factory=list, description="ISO 3166-1 alpha-2 codes; empty means anywhere."
    )
    excluded_emails: list[str] = Field(
        default_factory=list,
        description="Staff and their relatives, who may not win; '@domain' excludes a domain.",
    )
    one_entry_per_person: bool = Field(
        True, description="Keep each e-mail address's earliest entry only."
    )
    normalise_gmail: bool = Field(
        False, description="Gmail addresses: dots and +tags do not make another person."
    )


class Prize(Model):
    id: Id
    name: str
    description: str = ""
    value: float = Field(0.0, ge=0.0)
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = "EUR"
    quantity: int = Field(1, ge=1)


class Organiser(Model):
    name: str = ""
    legal_form: str = ""
    registration: str = Field("", description="RCS or company number.")
    address: str = ""
    email: str = ""


class RulesInfo(Model):
    claim_days: int = Field(30, ge=1, le=365)
    publish_winner_names: bool = False
    platforms: list[str] = Field(default_factory=list)
    governing_law: str = ""
    bailiff: str = Field("", description="Commissaire de justice holding the rules, if any.")
    free_entry_method: str = ""


class BonusEntry(Model):
    """Extra tickets in the draw for an entry that meets a further condition.

    The condition is one of the entry condition's kinds but ``completed``: every entry
    has completed, so that bonus would give everyone the same odds. (In the EU, extra
    chances for a marketing consent may make it not freely given: prefer answers.)
    """

    condition: EntryCondition
    extra: int = Field(1, ge=1, le=10, description="Tickets added to the entry's one.")
    label: str = Field("", description="How the rules name it, e.g. 'found the bonus answer'.")

    @model_validator(mode="after")
    def _not_for_everyone(self) -> BonusEntry:
        if self.condition.type == EntryConditionType.COMPLETED:
            _fail([("condition.type", "every entry has completed: choose another condition")])
        return self


class FraudChecks(Model):
    """Thresholds of the review flags. A flag never removes an entry: a person looks."""

    flag_disposable_emails: bool = True
    max_entries_per_device: int | None = Field(
        3, ge=1, le=10_000, description="Flag every entry of a device that has more; none: off."
    )
    min_seconds_per_question: float | None = Field(
        2.0,
        ge=0.0,
        le=3_600.0,
        description="Flag an entry completed faster than this times the questions shown.",
    )


class Contest(Model):
    entry_item: Id | None = Field(
        None,
        description="uid of the item whose responses are the entries (a quiz to take "
        "part); none: the contest's own entry form.",
    )
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    timezone: str = "Europe/Paris"
    eligibility: Eligibility = Field(default_factory=Eligibility)
    prizes: list[Prize] = Field(default_factory=list)
    winners: int = Field(1, ge=1, le=10_000)
    alternates: int = Field(2, ge=0, le=10_000)
    entry_condition: EntryCondition = Field(default_factory=EntryCondition)
    bonus_entries: list[BonusEntry] = Field(default_factory=list)
    fraud_checks: FraudChecks = Field(default_factory=FraudChecks)
    organiser: Organiser = Field(default_factory=Organiser)
    rules: RulesInfo = Field(default_factory=RulesInfo)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise PydanticCustomError(
                "quizbuilder_zone",
                "'{zone}' is not a known time zone (try Europe/Paris)",
                {"zone": value},
            ) from None
        return value

    @model_validator(mode="after")
    def _dates(self) -> Contest:
        problems = []
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            problems.append(("ends_at", "must be after starts_at"))
        for i, dup in _repeats(p.id for p in self.prizes):
            problems.append((f"prizes[{i}].id", f"'{dup}' is used twice"))
        _fail(problems)
        return self

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(ZoneInfo(self.timezone))


class Language(StrEnum):
    FR = "fr"
    EN = "en"


class ItemDocument(Model):
    """One item, whole: what the editor edits, the embed shows and the scorer reads."""

    kind: Kind
    title: str = ""
    intro: str = ""
    image: ImageRef | None = None
    language: Language = Language.FR
    campaign: str = ""
    tags: list[str] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    scoring: Scoring = Field(default_factory=Scoring)
    outcomes: list[Outcome] = Field(default_factory=list)
    tie_rule: TieRule = TieRule.FIRST_LISTED
    settings: Settings = Field(default_factory=Settings)
    lead_form: LeadForm = Field(default_factory=LeadForm)
    theme: Theme = Field(default_factory=Theme)
    strings: dict[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_.]{0,63}$")], str] = (
        Field(default_factory=dict, description="Custom interface strings, by key.")
    )
    variants: list[Variant] = Field(default_factory=list)
    contest: Contest | None = None

    @model_validator(mode="after")
    def _references(self) -> ItemDocument:
        problems: list[tuple[str, str]] = []
        qids = [q.id for q in self.questions]
        for i, dup in _repeats(qids):
            problems.append((f"questions[{i}].id", f"'{dup}' is used by two questions"))
        oids = [o.id for o in self.outcomes]
        for i, dup in _repeats(oids):
            problems.append((f"outcomes[{i}].id", f"'{dup}' is used by two outcomes"))
        known_outcomes = set(oids)
        for qi, q in enumerate(self.questions):
            for oi, option in enumerate(q.options):
                for outcome in option.weights:
                    if outcome not in known_outcomes:
                        problems.append(
                            (
                                f"questions[{qi}].options[{oi}].weights.{outcome}",
                                f"there is no outcome '{outcome}'",
                            )
                        )
        vids = [v.id for v in self.variants]
        for i, dup in _repeats(vids):
            problems.append((f"variants[{i}].id", f"'{dup}' is used by two variants"))
        for vi, variant in enumerate(self.variants):
            order = variant.question_order
            if order is not None and sorted(order) != sorted(qids):
                problems.append(
                    (f"variants[{vi}].question_order", "must list every question exactly once")
                )
        if self.settings.pool_size is not None and self.settings.pool_size > len(self.questions):
            problems.append(
                ("settings.pool_size", f"is more than the {len(self.questions)} questions")
            )
        if self.kind == Kind.CONTEST and self.contest is None:
            problems.append(("contest", "a contest needs its contest settings"))
        if self.kind != Kind.CONTEST and self.contest is not None:
            problems.append(
                ("contest", f"only contests have contest settings, not a {self.kind.value}")
            )
        if self.contest is not None:
            problems.extend(
                self._entry_condition_refs(self.contest.entry_condition, "contest.entry_condition")
            )
            for i, bonus in enumerate(self.contest.bonus_entries):
                where = f"contest.bonus_entries[{i}].condition"
                problems.extend(self._entry_condition_refs(bonus.condition, where))
        _fail(problems)
        return self

    def _entry_condition_refs(self, cond: EntryCondition, where: str) -> list[tuple[str, str]]:
        problems = []
        if cond.type == EntryConditionType.ANSWER and cond.question_id is not None:
            question = self.question(cond.question_id)
            if question is None:
                problems.append(
                    (f"{where}.question_id", f"there is no question '{cond.question_id}'")
                )
            elif cond.option_id is not None and cond.option_id not in {
                o.id for o in question.options
            }:
                problems.append(
                    (
                        f"{where}.option_id",
                        f"question '{question.id}' has no option '{cond.option_id}'",
                    )
                )
        if (
            cond.type == EntryConditionType.CONSENT
            and cond.consent_id is not None
            and cond.consent_id not in {c.id for c in self.lead_form.consents}
        ):
            problems.append((f"{where}.consent_id", f"there is no consent '{cond.consent_id}'"))
        return problems

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    @property
    def max_score(self) -> float:
        return sum(q.points for q in self.questions if q.scored)

    def image_refs(self) -> list[ImageRef]:
        """Every image the document uses, so that its assets travel with it."""
        refs = [self.image, self.theme.logo]
        refs += [v.image for v in self.variants]
        refs += [o.image for o in self.outcomes]
        for q in self.questions:
            refs.append(q.image)
            refs += [o.image for o in q.options]
        return [r for r in refs if r is not None]


def all_timezones() -> list[str]:
    return sorted(available_timezones())
