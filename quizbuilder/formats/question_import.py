"""What the question-bank formats (GIFT, Moodle XML, Aiken, SurveyJS) share.

- The report types: a ``ParseError`` names the line, the column and the question, in
  words a teacher understands; a ``NotHeld`` says what of a question our content model
  cannot hold (never silently dropped); an ``ImportResult`` carries the items built,
  their images, both lists, and the questions skipped.
- ``MoodleQuestion``: one question as Moodle's question bank sees it. GIFT and Moodle XML
  are two spellings of it, so both readers produce it and both writers consume it;
  ``ItemsBuilder`` turns a stream of them into item documents, ``moodle_questions``
  turns a document back into them (with a warning for each feature Moodle lacks).
- Plain text: our documents hold plain text, so HTML (and Moodle's auto-format, which
  is HTML with line breaks) is turned into text; what that loses is reported.
- Identifiers: stable ids from a name or a position, valid by ``content.Id``.
"""

from __future__ import annotations

import gc
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import PurePosixPath
from typing import Any

from pydantic import ValidationError

from quizbuilder.domain.content import (
    ImageRef,
    ItemDocument,
    Kind,
    Language,
    Question,
    QuestionType,
    Theme,
)
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.validation import problems_of
from quizbuilder.formats.content_json import Asset

# --- reports ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ParseError:
    """A question that cannot be read: where it is and what is wrong, in words."""

    line: int
    column: int
    question: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}, {self.question}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return {
            "line": self.line,
            "column": self.column,
            "question": self.question,
            "message": self.message,
        }


@dataclass(frozen=True)
class NotHeld:
    """Something of the source that the content model cannot hold, for one question
    (``question`` names it) or for the whole file (``question`` is empty)."""

    question: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"line {self.line}, " if self.line else ""
        return f"{where}{self.question}: {self.message}" if self.question else self.message

    def as_dict(self) -> dict[str, object]:
        return {"line": self.line, "question": self.question, "message": self.message}


class FileUnreadable(QuizbuilderError):
    """The file as a whole cannot be read (not XML, not JSON, an XML bomb, ...)."""


class InvalidQuestions(QuizbuilderError):
    """Some questions cannot be read, and the user did not accept to skip them."""

    def __init__(self, source: str, errors: list[ParseError]) -> None:
        self.source = source
        self.errors = errors
        n = len(errors)
        head = (
            f"{source}: {n} question{'s' if n != 1 else ''} could not be read, so nothing "
            "was imported (fix them, or use --skip-invalid to import the others):"
        )
        lines = [f"  {e}" for e in errors[:20]]
        if n > 20:
            lines.append(f"  ... and {n - 20} more")
        super().__init__("\n".join([head, *lines]))


@dataclass
class ImportResult:
    """What a question file gave: items, their images, and what did not fit."""

    items: list[ItemDocument] = field(default_factory=list)
    assets: dict[str, Asset] = field(default_factory=dict)
    not_held: list[NotHeld] = field(default_factory=list)
    errors: list[ParseError] = field(default_factory=list)


@contextmanager
def bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file is read: a big file makes many
    small objects, none in cycles, and collections triggered by them cost as much as
    the reading itself. Reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def describe_question(position: int, name: str = "", text: str = "") -> str:
    """How a teacher finds a question: its number in the file, then its name or text."""
    label = name or " ".join(text.split())
    if len(label) > 40:
        label = label[:39] + "…"
    return f'question {position} "{label}"' if label else f"question {position}"


# --- text -------------------------------------------------------------------------------

PHP_WHITESPACE = " \t\n\r\0\x0b"  # what PHP's trim() removes (not Unicode spaces)
TEXT_FORMATS = ("moodle", "html", "plain", "markdown")
PLUGINFILE = "@@PLUGINFILE@@/"


def php_trim(text: str) -> str:
    return text.strip(PHP_WHITESPACE)


@dataclass(slots=True)
class Text:
    """A text as Moodle holds it: the text, its format, and (Moodle XML) its files."""

    text: str = ""
    format: str = "moodle"
    files: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class InlineImage:
    src: str
    alt: str


_BLOCK_TAGS = frozenset(
    ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre",
     "section", "article", "header", "footer", "figure", "hr", "dl"]
)  # fmt: skip
_LINE_TAGS = frozenset(["br", "li", "tr", "dt", "dd"])
_SKIP_TAGS = frozenset(["script", "style", "head", "title"])
_HTML_LIKE = re.compile(r"<[A-Za-z/!][^>]*>|&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")


class _TextExtractor(HTMLParser):
    """HTML to the text a reader sees: block boundaries become line breaks, runs of
    spaces collapse (except in <pre>), entities are decoded; images and links are noted."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.images: list[InlineImage] = []
        self.links = 0
        self.skip = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "img":
            values = dict(attrs)
            self.images.append(InlineImage(values.get("src") or "", values.get("alt") or ""))
        elif tag == "a" and dict(attrs).get("href"):
            self.links += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
            if tag == "pre":
                self.pre += 1
        elif tag in _LINE_TAGS:
            self.parts.append("\n- " if tag == "li" else "\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre:
            self.parts.append(data.replace("\n", "\x00"))  # kept through the collapsing
        else:
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))


@dataclass
class PlainText:
    text: str
    notes: list[str] = field(default_factory=list)
    images: list[InlineImage] = field(default_factory=list)


def html_to_text(html: str) -> PlainText:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    lines = [" ".join(line.split(" ")).strip(" ") for line in raw.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r" {2,}", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n ").replace("\x00", "\n")
    notes = []
    if parser.links:
        notes.append("links are kept as their text only")
    return PlainText(text, notes, parser.images)


def to_plain(value: Text) -> PlainText:
    """Our documents hold plain text: convert Moodle's formats, saying what is lost."""
    if value.format in ("moodle", "plain") and "<" not in value.text and "&" not in value.text:
        return PlainText(value.text)
    if value.format == "html" or (value.format == "moodle" and _HTML_LIKE.search(value.text)):
        html = value.text if value.format == "html" else value.text.replace("\n", "<br>")
        result = html_to_text(html)
        if _HTML_LIKE.search(value.text) and re.search(r"<[A-Za-z/!]", value.text):
            result.notes.insert(0, "its HTML formatting is not kept (plain text only)")
        return result
    if value.format == "markdown" and re.search(r"[*_`#>\[]", value.text):
        return PlainText(value.text, ["its Markdown is kept as written (plain text only)"])
    return PlainText(value.text)


# --- identifiers -------------------------------------------------------------------------

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def slug(text: str) -> str:
    """An identifier from a name: accents dropped, other characters turned into '-'."""
    if ID_PATTERN.match(text):
        return text
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "-", folded)
    cleaned = re.sub(r"^[^A-Za-z0-9]+", "", cleaned)[:64]
    return cleaned.rstrip("-")


class UniqueIds:
    """Hands out each identifier once, adding -2, -3, ... to repeats."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, wanted: str) -> str:
        candidate, n = wanted, 1
        while candidate in self.used:
            n += 1
            suffix = f"-{n}"
            candidate = wanted[: 64 - len(suffix)] + suffix
        self.used.add(candidate)
        return candidate


def option_id(index: int) -> str:
    """Options are a, b, c, ... as in most quizzes; then o27, o28, ..."""
    return chr(ord("a") + index) if index < 26 else f"o{index + 1}"


# --- images --------------------------------------------------------------------------

MEDIA_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}
EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif",
              "image/webp": "webp", "image/svg+xml": "svg"}  # fmt: skip


def media_type(name: str) -> str | None:
    return MEDIA_TYPES.get(PurePosixPath(name).suffix.lower())


# --- Moodle's question model -------------------------------------------------------------


@dataclass(slots=True)
class MoodleAnswer:
    text: Text
    fraction: float = 0.0
    feedback: Text = field(default_factory=Text)
    weight: str | None = None  # GIFT: the %weight% as written, None when there was none
    tolerance: float = 0.0  # numerical
    numeric_range: tuple[float, float] | None = None  # GIFT min..max, as written
    wildcard: bool = False  # '*': any other answer (short answer, numerical)
    written: str = ""  # GIFT numerical: the answer as written (42, 42:0.5, 1..5)


@dataclass(slots=True)
class MoodleQuestion:
    """One question of Moodle's question bank, or a category switch (qtype 'category')."""

    qtype: str
    position: int = 0
    line: int = 0
    column: int = 1
    name: str = ""
    text: Text = field(default_factory=Text)
    general_feedback: Text = field(default_factory=Text)
    answers: list[MoodleAnswer] = field(default_factory=list)
    single: bool = True
    correct_true: bool = True
    feedback_true: Text = field(default_factory=Text)
    feedback_false: Text = field(default_factory=Text)
    pairs: list[tuple[Text, str]] = field(default_factory=list)
    idnumber: str = ""
    tags: list[str] = field(default_factory=list)
    default_mark: float = 1.0
    case_sensitive: bool = False
    units: list[tuple[str, float]] = field(default_factory=list)
    category: str = ""
    info: Text = field(default_factory=Text)
    shuffle: bool | None = None
    blank: bool = False  # GIFT: the answer block stood inside the text (missing word)
    numeric_listed: bool = False  # GIFT: numerical answers written with '='
    notes: list[str] = field(default_factory=list)  # format-specific things not held

    @property
    def label(self) -> str:
        return describe_question(self.position, self.name, self.text.text)


def clean_category(path: str) -> list[str]:
    """``$course$/top/Unit 1//2`` -> ``['Unit 1/2']``: the names a teacher sees."""
    parts = [p.replace("\x00", "/") for p in path.replace("//", "\x00").split("/")]
    parts = [php_trim(p) for p in parts if php_trim(p)]
    if parts and re.fullmatch(r"\$[a-z0-9]+\$", parts[0]):
        parts = parts[1:]
    if parts and parts[0] == "top":
        parts = parts[1:]
    return parts


@dataclass
class _Pending:
    title: str
    campaign: str = ""
    intro: str = ""
    questions: list[dict[str, Any]] = field(default_factory=list)  # validated at the end
    sources: list[MoodleQuestion] = field(default_factory=list)  # where each came from
    tags: list[str] = field(default_factory=list)
    tag_sets: set[tuple[str, ...]] = field(default_factory=set)
    shuffles: list[bool] = field(default_factory=list)
    ids: UniqueIds = field(default_factory=UniqueIds)
    descriptions: list[tuple[str, str]] = field(default_factory=list)  # (label, text)


class ItemsBuilder:
    """Turns Moodle questions (with their category switches) into item documents.

    One item per category that holds questions (questions before any category make an
    item named after the file). A category's last name is the item's title and the names
    above it its campaign. Descriptions become the ``description`` of the question that
    follows them; question tags go to the item. See docs/interop.md.
    """

    def __init__(self, title: str, language: Language = Language.FR) -> None:
        self.file_title = title
        self.language = language
        self.result = ImportResult()
        self.current = _Pending(title)
        self.done: list[_Pending] = []

    # -- input

    def category(self, path: str, info: Text | None = None) -> None:
        self._close()
        names = clean_category(path)
        title = names[-1] if names else self.file_title
        self.current = _Pending(title, "/".join(names[:-1]))
        if info is not None and info.text:
            self.current.intro = to_plain(info).text

    def error(self, error: ParseError) -> None:
        self.result.errors.append(error)

    def note(self, question: str, message: str, line: int | None = None) -> None:
        self.result.not_held.append(NotHeld(question, message, line))

    def add(self, mq: MoodleQuestion) -> None:
        if mq.qtype == "category":
            self.category(mq.category, mq.info)
            return
        item = self.current
        notes: list[str] = list(mq.notes)
        if mq.qtype == "description":
            text = self._plain(mq.text, notes, "its text", mq)
            if mq.name:
                notes.append(f"the description's name '{mq.name}' is not kept")
            if text:
                item.descriptions.append((mq.label, text))
            self._notes(mq, notes)
            return
        try:
            question = self._question(mq, item, notes)
        except _Unholdable as exc:
            self.error(ParseError(mq.line, mq.column, mq.label, str(exc)))
            return
        if question is None:
            self._notes(mq, notes)
            return
        if item.descriptions:
            texts = [t for _, t in item.descriptions]
            question["description"] = "\n\n".join(texts)
            item.descriptions = []
        item.questions.append(question)
        item.sources.append(mq)
        if mq.tags:
            item.tag_sets.add(tuple(mq.tags))
            item.tags += [t for t in mq.tags if t not in item.tags]
        if mq.shuffle is not None:
            item.shuffles.append(mq.shuffle)
        self._notes(mq, notes)

    def finish(self) -> ImportResult:
        self._close()
        for pending in self.done:
            shuffle = bool(pending.shuffles) and all(pending.shuffles)
            if pending.shuffles and not shuffle and any(pending.shuffles):
                self.note(
                    "",
                    f"{pending.title}: some questions shuffle their answers in Moodle and "
                    "others do not; quizbuilder shuffles for the whole item: left off",
                )
            if len(pending.tag_sets) > 1:
                self.note(
                    "",
                    f"{pending.title}: question tags are kept on the item "
                    f"({', '.join(pending.tags)}), not on each question",
                )
            data = {
                "kind": Kind.KNOWLEDGE_QUIZ,
                "title": pending.title,
                "intro": pending.intro,
                "language": self.language,
                "campaign": pending.campaign,
                "tags": pending.tags,
                "questions": pending.questions,
                "settings": {"shuffle_options": shuffle},
            }
            try:  # all at once: one validation, fast for big files
                document = ItemDocument.model_validate(data)
            except ValidationError:
                data["questions"] = self._valid_only(pending)
                try:
                    document = ItemDocument.model_validate(data)
                except ValidationError as exc:  # pragma: no cover - the questions are valid
                    problems = "; ".join(str(p) for p in problems_of(exc))
                    raise QuizbuilderError(f"{pending.title}: {problems}") from None
            if document.questions:
                self.result.items.append(document)
        return self.result

    # -- conversion

    def _valid_only(self, pending: _Pending) -> list[dict[str, Any]]:
        """The questions that validate; each other one becomes an error naming it."""
        kept = []
        for question, mq in zip(pending.questions, pending.sources, strict=True):
            try:
                Question.model_validate(question)
            except ValidationError as exc:
                problems = "; ".join(str(p) for p in problems_of(exc))
                self.error(ParseError(mq.line, mq.column, mq.label, f"cannot be held: {problems}"))
            else:
                kept.append(question)
        return kept

    def _close(self) -> None:
        item = self.current
        for label, _ in item.descriptions:
            self.note(label, "a description with no question after it is not kept")
        item.descriptions = []
        if item.questions:
            self.done.append(item)

    def _notes(self, mq: MoodleQuestion, notes: list[str]) -> None:
        if not notes:
            return
        seen: set[str] = set()
        for message in notes:
            if message not in seen:
                seen.add(message)
                self.note(mq.label, message, mq.line or None)

    def _plain(self, value: Text, notes: list[str], what: str, mq: MoodleQuestion) -> str:
        if value.format in ("moodle", "plain") and "<" not in value.text and "&" not in value.text:
            return value.text
        converted = to_plain(value)
        notes.extend(f"{what}: {n}" for n in converted.notes)
        for image in converted.images:
            notes.append(f"{what}: an image ({image.src or 'no source'}) is not kept")
        return converted.text

    def _embedded(self, value: Text, images: list[InlineImage], notes: list[str],
                  where: str) -> ImageRef | None:  # fmt: skip
        """The first image a text shows from its own files becomes an asset and the
        ImageRef returned; every other image, and every file not shown, is reported."""
        chosen: ImageRef | None = None
        shown: set[str] = set()
        for image in images:
            name = image.src[len(PLUGINFILE) :] if image.src.startswith(PLUGINFILE) else ""
            data, kind = value.files.get(name), media_type(name)
            shown.add(name)
            if chosen is None and data is not None and kind is not None:
                sha = hashlib.sha256(data).hexdigest()
                self.result.assets[sha] = Asset(kind, data)
                chosen = ImageRef(asset=sha, alt=image.alt)
                continue
            notes.append(f"{where}: an image ({image.src or 'no source'}) is not kept")
        for name in value.files:
            if name not in shown:
                notes.append(f"{where}: the attached file '{name}' is not shown: not kept")
        return chosen

    def _question(
        self, mq: MoodleQuestion, item: _Pending, notes: list[str]
    ) -> dict[str, Any] | None:
        qid = self._id(mq, item, notes)
        text = self._text_with_image(mq, notes)
        base: dict[str, object] = {
            "id": qid,
            "text": text[0],
            "image": text[1],
            "points": mq.default_mark,
            "explanation": self._plain(mq.general_feedback, notes, "its general feedback", mq),
        }
        if not 0 <= mq.default_mark <= 1000:
            raise _Unholdable(f"its mark {mq.default_mark:g} is not between 0 and 1000")
        t = mq.qtype
        if t == "multichoice":
            base["type"] = QuestionType.SINGLE_CHOICE if mq.single else QuestionType.MULTIPLE_CHOICE
            base["options"] = [self._option(n, a, notes, mq) for n, a in enumerate(mq.answers)]
        elif t == "truefalse":
            labels = ("Vrai", "Faux") if self.language == Language.FR else ("True", "False")
            true_fb = self._plain(mq.feedback_true, notes, "its feedback", mq)
            false_fb = self._plain(mq.feedback_false, notes, "its feedback", mq)
            base["type"] = QuestionType.TRUE_FALSE
            base["options"] = [
                {"id": "true", "label": labels[0], "fraction": float(mq.correct_true),
                 "feedback": true_fb},
                {"id": "false", "label": labels[1], "fraction": float(not mq.correct_true),
                 "feedback": false_fb},
            ]  # fmt: skip
        elif t == "shortanswer":
            base["type"] = QuestionType.SHORT_TEXT
            base["case_sensitive"] = mq.case_sensitive
            base["accepted_answers"] = self._accepted(mq, notes)
        elif t == "numerical":
            base["type"] = QuestionType.NUMBER
            base["numeric_answers"] = self._numeric(mq, notes)
            base["unit"] = self._unit(mq, notes)
        elif t == "match":
            base["type"] = QuestionType.MATCHING
            base["pairs"] = self._pairs(mq, notes)
        elif t == "essay":
            base["type"] = QuestionType.LONG_TEXT
        else:
            notes.append(f"quizbuilder has no '{t}' question; this question is not imported")
            return None
        return base

    def _id(self, mq: MoodleQuestion, item: _Pending, notes: list[str]) -> str:
        if mq.idnumber and ID_PATTERN.match(mq.idnumber):
            wanted = mq.idnumber
            if mq.name:
                notes.append(f"its name '{mq.name}' is not kept (its id comes from [id:])")
        else:
            if mq.idnumber:
                notes.append(f"its id number '{mq.idnumber}' is not a valid identifier")
            wanted = slug(mq.name) if mq.name else ""
            if mq.name and wanted != mq.name:
                notes.append(f"its name '{mq.name}' is kept as the id '{wanted or '…'}'")
            wanted = wanted or f"q{len(item.questions) + 1}"
        qid = item.ids.take(wanted)
        if qid != wanted:
            notes.append(f"its id '{wanted}' is used by an earlier question: now '{qid}'")
        return qid

    def _text_with_image(self, mq: MoodleQuestion, notes: list[str]) -> tuple[str, ImageRef | None]:
        text = mq.text.text
        if (
            not mq.text.files
            and mq.text.format != "markdown"
            and "<" not in text
            and "&" not in text
        ):
            return text, None
        converted = to_plain(mq.text)
        notes.extend(f"its text: {n}" for n in converted.notes)
        return converted.text, self._embedded(mq.text, converted.images, notes, "its text")

    def _option(
        self, n: int, answer: MoodleAnswer, notes: list[str], mq: MoodleQuestion
    ) -> dict[str, Any]:
        where = f"answer {option_id(n)}"
        feedback = self._plain(answer.feedback, notes, f"{where}'s feedback", mq)
        if answer.text.format in ("moodle", "plain") and not answer.text.files:
            label = answer.text.text
            if "<" not in label and "&" not in label:
                return {"id": option_id(n), "label": label, "fraction": answer.fraction,
                        "feedback": feedback}  # fmt: skip
        converted = to_plain(answer.text)
        notes.extend(f"{where}: {m}" for m in converted.notes)
        image = self._embedded(answer.text, converted.images, notes, where)
        return {
            "id": option_id(n),
            "label": converted.text,
            "image": image,
            "fraction": answer.fraction,
            "feedback": feedback,
        }

    def _accepted(self, mq: MoodleQuestion, notes: list[str]) -> list[dict[str, Any]]:
        accepted = []
        for answer in mq.answers:
            feedback = self._plain(answer.feedback, notes, "an answer's feedback", mq)
            text = answer.text.text if answer.text.format == "plain" else to_plain(answer.text).text
            if answer.wildcard or text == "*":
                notes.append("the catch-all answer '*' (feedback for any other answer) is not held")
                continue
            if not text:
                notes.append("an empty accepted answer is not kept")
                continue
            fraction = answer.fraction
            if fraction < 0:
                notes.append(f"answer '{text}': a negative grade is held as 0")
                fraction = 0.0
            accepted.append({"text": text, "fraction": fraction, "feedback": feedback})
        return accepted

    def _numeric(self, mq: MoodleQuestion, notes: list[str]) -> list[dict[str, Any]]:
        numeric = []
        for answer in mq.answers:
            feedback = self._plain(answer.feedback, notes, "an answer's feedback", mq)
            if answer.wildcard:
                notes.append("the feedback for any other number (the '*' answer) is not held")
                continue
            fraction = answer.fraction
            if fraction < 0:
                notes.append("a negative grade on a number is held as 0")
                fraction = 0.0
            value = float(answer.text.text)
            numeric.append(
                {"value": value, "tolerance": answer.tolerance, "fraction": fraction,
                 "feedback": feedback}
            )  # fmt: skip
        return numeric

    def _unit(self, mq: MoodleQuestion, notes: list[str]) -> str:
        if not mq.units:
            return ""
        unit = next((u for u, m in mq.units if m == 1), "")
        others = [u for u, m in mq.units if u != unit]
        if others:
            notes.append(f"the other units ({', '.join(others)}) are not held")
        return unit

    def _pairs(self, mq: MoodleQuestion, notes: list[str]) -> list[dict[str, str]]:
        pairs: list[dict[str, str]] = []
        for prompt, answer in mq.pairs:
            text = self._plain(prompt, notes, "a prompt", mq)
            if not text:
                notes.append(f"the extra wrong answer '{answer}' (no prompt) is not held")
                continue
            pairs.append({"id": f"p{len(pairs) + 1}", "prompt": text, "answer": answer})
        if len(pairs) < 2:
            raise _Unholdable(
                f"a matching question needs at least two pairs (prompt -> answer); "
                f"this one has {len(pairs)}"
            )
        return pairs


class _Unholdable(Exception):
    """A question that reads but that our model cannot hold at all: reported as an error."""


# --- export: our documents as Moodle questions -----------------------------------------

# Moodle accepts these grades only (question_bank::fraction_options_full), unless the
# teacher chooses "nearest grade" on import; within 0.00001 (match_grade_options).
MOODLE_GRADES = (
    1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333,
    0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0,
)  # fmt: skip
TRUE_FALSE_LABELS = {("Vrai", "Faux"), ("True", "False"), ("Oui", "Non"), ("Yes", "No")}


def is_moodle_grade(fraction: float) -> bool:
    return any(abs(abs(fraction) - g) < 0.00001 for g in MOODLE_GRADES)


def category_path(document: ItemDocument) -> str:
    """Where the item's questions go in Moodle's bank: campaign names, then the title."""
    names = [n for n in document.campaign.split("/") if n.strip()]
    if document.title.strip():
        names.append(document.title)
    return "/".join(["$course$", "top", *(n.strip().replace("/", "//") for n in names)])


def _item_warnings(document: ItemDocument, target: str) -> list[str]:
    warnings = []
    if document.outcomes or any(o.weights for q in document.questions for o in q.options):
        warnings.append("personality outcomes and option weights have no equivalent in Moodle")
    if document.scoring.bands or document.scoring.pass_percent is not None:
        warnings.append("score bands and the pass mark belong to a Moodle quiz: not exported")
    lead = document.lead_form
    if lead.enabled or lead.fields or lead.consents:
        warnings.append("the lead form and its consents are not exported")
    if document.variants:
        warnings.append("A/B variants are not exported")
    if document.contest is not None:
        warnings.append("contest settings and rules are not exported")
    settings = document.settings
    if settings.timer is not None or settings.pool_size is not None:
        warnings.append("the timer and the question pool belong to a Moodle quiz: not exported")
    if settings.shuffle_questions:
        warnings.append("shuffling the questions is a Moodle quiz setting: not exported")
    if settings.shuffle_options and target == "gift":
        warnings.append("GIFT cannot say whether answers are shuffled (Moodle's default applies)")
    if document.theme != Theme() or document.strings:
        warnings.append("the theme and custom interface strings are not exported")
    if document.image is not None:
        warnings.append("the cover image is not exported")
    if document.intro and target == "gift":
        warnings.append("the intro is not exported (GIFT has no place for it)")
    return warnings


def moodle_questions(
    document: ItemDocument, *, target: str, assets: dict[str, Asset] | None = None
) -> tuple[list[MoodleQuestion], list[str]]:
    """The document as Moodle questions (a category first), and a warning for each
    feature Moodle's questions or the ``target`` format ('gift', 'xml') cannot carry."""
    warnings = _item_warnings(document, target)
    records = [
        MoodleQuestion(
            "category", category=category_path(document), info=Text(document.intro, "plain")
        )
    ]
    required = []
    for n, question in enumerate(document.questions, 1):
        if question.required:
            required.append(question.id)
        converted = _moodle_question(question, n, target, assets or {})
        warnings += [f"question {question.id}: {w}" for w in converted[1]]
        if converted[0] is None:
            continue
        if question.description:
            records.append(
                MoodleQuestion(
                    "description",
                    position=n,
                    text=Text(question.description, "plain"),
                    default_mark=0.0,
                )
            )
        converted[0].tags = list(document.tags)
        records.append(converted[0])
    if required:
        warnings.append(
            f"questions {', '.join(required)} are required: Moodle has no per-question "
            "'required' (every question of a quiz can be left blank)"
        )
    return records, warnings


def _file(ref: ImageRef, assets: dict[str, Asset]) -> tuple[str, bytes] | None:
    asset = assets.get(ref.asset)
    if asset is None:
        return None
    return f"{ref.asset[:16]}.{EXTENSIONS.get(asset.media_type, 'png')}", asset.data


def _with_image(
    text: str,
    ref: ImageRef | None,
    target: str,
    assets: dict[str, Asset],
    warnings: list[str],
    what: str,
) -> Text:
    if ref is None:
        return Text(text, "plain")
    found = _file(ref, assets) if target == "xml" else None
    if found is None:
        warnings.append(
            f"{what} image is not exported" + (" (GIFT has no images)" if target == "gift" else "")
        )
        return Text(text, "plain")
    name, data = found
    escaped = (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
    )
    alt = ref.alt.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    image = f'<img src="{PLUGINFILE}{name}" alt="{alt}">'
    html = f"<p>{escaped}</p><p>{image}</p>" if text else f"<p>{image}</p>"
    return Text(html, "html", {name: data})


def _grade_warnings(fractions: list[float], warnings: list[str]) -> None:
    odd = sorted({f for f in fractions if not is_moodle_grade(f)})
    if odd:
        shown = ", ".join(f"{f * 100:g} %" for f in odd)
        warnings.append(
            f"Moodle's list of grades has no {shown}: choose 'nearest grade' when importing"
        )


def _moodle_question(
    q: Question, n: int, target: str, assets: dict[str, Asset]
) -> tuple[MoodleQuestion | None, list[str]]:
    warnings: list[str] = []
    t = q.type
    if t in (QuestionType.RATING, QuestionType.NPS, QuestionType.LIKERT, QuestionType.RANKING):
        return None, [f"a {t.value} question has no equivalent in Moodle: not exported"]
    mq = MoodleQuestion(
        "",
        position=n,
        name="" if q.id == f"q{n}" else q.id,
        text=_with_image(q.text, q.image, target, assets, warnings, "its"),
        general_feedback=Text(q.explanation, "plain"),
        default_mark=q.points,
    )
    if target == "gift" and q.points != 1:
        warnings.append(f"GIFT cannot carry its {q.points:g} points (Moodle gives 1)")
    if q.min_choices is not None or q.max_choices is not None:
        warnings.append("the limits on how many answers may be ticked are not exported")
    if t in (
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.IMAGE_CHOICE,
        QuestionType.IMAGE_MULTIPLE_CHOICE,
    ):
        mq.qtype = "multichoice"
        mq.single = t in (QuestionType.SINGLE_CHOICE, QuestionType.IMAGE_CHOICE)
        for option in q.options:
            mq.answers.append(
                MoodleAnswer(
                    _with_image(
                        option.label,
                        option.image,
                        target,
                        assets,
                        warnings,
                        f"option {option.id}'s",
                    ),
                    option.fraction,
                    Text(option.feedback, "plain"),
                )
            )
        _grade_warnings([o.fraction for o in q.options], warnings)
        if target == "gift" and mq.single:
            if not any(o.fraction == 1 for o in q.options):
                warnings.append(
                    "no option is fully right, so Moodle reads it back as a question with "
                    "several answers (GIFT cannot say otherwise)"
                )
            elif all(o.fraction == 1 for o in q.options):
                warnings.append("every option is right, so Moodle reads it as a short answer")
    elif t == QuestionType.TRUE_FALSE:
        mq.qtype = "truefalse"
        true, false = q.options
        mq.correct_true = true.fraction >= false.fraction
        if {true.fraction, false.fraction} != {0.0, 1.0}:
            right = "true" if mq.correct_true else "false"
            warnings.append(
                f"Moodle's true/false has one right answer worth 100 %: {right} is exported as it"
            )
        mq.feedback_true = Text(true.feedback, "plain")
        mq.feedback_false = Text(false.feedback, "plain")
        if (true.label, false.label) not in TRUE_FALSE_LABELS:
            warnings.append(f"the labels '{true.label}' / '{false.label}' become True / False")
    elif t == QuestionType.SHORT_TEXT and q.accepted_answers:
        mq.qtype = "shortanswer"
        mq.case_sensitive = q.case_sensitive
        if q.case_sensitive and target == "gift":
            warnings.append("GIFT cannot say that case matters (Moodle ignores it)")
        for accepted in q.accepted_answers:
            mq.answers.append(
                MoodleAnswer(
                    Text(accepted.text, "plain"),
                    accepted.fraction,
                    Text(accepted.feedback, "plain"),
                )
            )
        _grade_warnings([a.fraction for a in q.accepted_answers], warnings)
    elif t == QuestionType.NUMBER and q.numeric_answers:
        mq.qtype = "numerical"
        for numeric in q.numeric_answers:
            mq.answers.append(
                MoodleAnswer(
                    Text(repr(numeric.value), "plain"),
                    numeric.fraction,
                    Text(numeric.feedback, "plain"),
                    None,
                    numeric.tolerance,
                )
            )
        _grade_warnings([a.fraction for a in q.numeric_answers], warnings)
        if q.unit:
            if target == "gift":
                warnings.append(f"GIFT cannot carry the unit '{q.unit}'")
            else:
                mq.units = [(q.unit, 1.0)]
    elif t == QuestionType.MATCHING:
        mq.qtype = "match"
        for pair in q.pairs:
            if target == "gift" and "->" in pair.prompt:
                warnings.append(
                    f"the prompt '{pair.prompt}' holds '->', which GIFT cannot "
                    "write: Moodle will cut it there"
                )
            mq.pairs.append((Text(pair.prompt, "plain"), pair.answer))
    else:
        mq.qtype = "essay"
        if t in (QuestionType.SHORT_TEXT, QuestionType.NUMBER):
            warnings.append(f"a {t.value} question with no right answer is exported as an essay")
    return mq, warnings


def build_items(
    title: str,
    language: Language,
    questions: Iterable[MoodleQuestion],
    errors: Iterable[ParseError],
) -> ImportResult:
    """The items of a parsed question file: what GIFT, Aiken and Moodle XML share."""
    builder = ItemsBuilder(title, language)
    for error in errors:
        builder.error(error)
    for mq in questions:
        builder.add(mq)
    return builder.finish()
