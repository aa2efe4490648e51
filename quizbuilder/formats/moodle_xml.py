"""Moodle XML, read and written as Moodle does (``question/format/xml/format.php``).

Reading goes through defusedxml: a file that declares entities (the "billion laughs"
bomb) or refers to external ones is refused with a message saying why, never expanded
or fetched. Embedded files (``<file name="x.png" encoding="base64">``) become assets;
the first image of a question text becomes the question's image (see ItemsBuilder).
Question types quizbuilder cannot hold (cloze, calculated, drag and drop, ...) are
reported and left out.

Writing produces a ``<quiz>`` that Moodle imports: a category, then each question with
Moodle's elements, CDATA where the text needs it, weights as Moodle writes them.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any
from xml.etree.ElementTree import Element, TreeBuilder
from xml.etree.ElementTree import ParseError as XmlSyntaxError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from quizbuilder.domain.content import ItemDocument, Language
from quizbuilder.formats.content_json import Asset
from quizbuilder.formats.gift import number, percent
from quizbuilder.formats.question_import import (
    PLUGINFILE,
    FileUnreadable,
    ImportResult,
    MoodleAnswer,
    MoodleQuestion,
    ParseError,
    Text,
    build_items,
    bulk,
    describe_question,
    moodle_questions,
    php_trim,
)

_FORMATS = {
    "moodle_auto_format": "moodle",
    "html": "html",
    "plain_text": "plain",
    "markdown": "markdown",
    "wiki_like": "plain",
}
_FORMAT_NAMES = {
    "moodle": "moodle_auto_format",
    "html": "html",
    "plain": "plain_text",
    "markdown": "markdown",
}
_COMBINED_DEFAULTS = {
    "",
    "Your answer is correct.",
    "Your answer is partially correct.",
    "Your answer is incorrect.",
    "Votre réponse est correcte.",
    "Votre réponse est partiellement correcte.",
    "Votre réponse est incorrecte.",
}
_SUPPORTED = {
    "multichoice",
    "truefalse",
    "shortanswer",
    "numerical",
    "description",
    "matching",
    "match",
    "essay",
    "category",
}


class _Lines(TreeBuilder):
    """Remembers the line on which each element starts, for the messages."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: Any = None
        self.lines: dict[int, int] = {}

    def start(self, tag: Any, attrs: Any) -> Element:
        element = super().start(tag, attrs)
        if self.parser is not None:
            self.lines[id(element)] = self.parser.parser.CurrentLineNumber
        return element


def _parse_xml(data: bytes) -> tuple[Element, dict[int, int]]:
    builder = _Lines()
    parser = DefusedXMLParser(target=builder)
    builder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException as exc:
        name = getattr(exc, "name", None)
        external = getattr(exc, "sysid", None)
        what = (
            f"declares the XML entity '{name}'"
            + (f" that points to {external}" if external else "")
            if name
            else f"refers to an external document ({external or 'a DTD'})"
        )
        raise FileUnreadable(
            f"the file {what}: refused, because entities can make a file expand to "
            "gigabytes (an 'XML bomb') or read other files. Moodle never writes them: "
            "export the questions from Moodle again."
        ) from None
    except XmlSyntaxError as exc:
        line, column = exc.position
        message = str(exc).split(":")[0]
        raise FileUnreadable(
            f"not valid XML: {message} at line {line}, column {column + 1}"
        ) from None
    return root, builder.lines


def _child(element: Element, *path: str) -> Element | None:
    found: Element | None = element
    for tag in path:
        if found is None:
            return None
        found = found.find(tag)
    return found


def _value(element: Element, *path: str, default: str = "") -> str:
    found = _child(element, *path)
    if found is None:
        return default
    return php_trim(found.text or "")


def _text(element: Element | None, default_format: str = "html") -> Text:
    """Moodle's import_text_with_files: <text>, the format attribute, the <file>s."""
    if element is None:
        return Text("", _FORMATS.get(default_format, default_format))
    fmt = element.get("format")
    chosen = _FORMATS.get(php_trim(fmt), "html") if fmt is not None else default_format
    files: dict[str, bytes] = {}
    for file in element.findall("file"):
        name = file.get("name") or ""
        try:
            files[name] = base64.b64decode("".join((file.text or "").split()), validate=True)
        except binascii.Error:
            raise _Bad(f"the embedded file '{name}' is not valid base64") from None
    return Text(_value(element, "text"), _FORMATS.get(chosen, chosen), files)


class _Bad(Exception):
    pass


def _float(text: str, what: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise _Bad(f"{what} '{text}' is not a number") from None


def _answer(answer: Element, default_format: str, *, with_files: bool) -> MoodleAnswer:
    text = _text(answer, default_format) if with_files else Text(_value(answer, "text"), "plain")
    fraction = round(_float(answer.get("fraction") or "0", "the answer's fraction") / 100, 7)
    if not -1 <= fraction <= 1:
        raise _Bad(f"the grade {fraction * 100:g} % is not between -100 % and 100 %")
    return MoodleAnswer(text, fraction, _text(answer.find("feedback"), default_format))


def _question(element: Element, position: int, line: int) -> MoodleQuestion:
    qtype = element.get("type") or ""
    mq = MoodleQuestion(qtype, position=position, line=line)
    if qtype == "category":
        mq.category = _value(element, "category", "text")
        mq.info = _text(element.find("info"), "moodle")
        return mq
    if element.find("name") is None:
        raise _Bad("the question has no <name> (Moodle: Missing question name in XML file)")
    mq.name = _value(element, "name", "text")
    mq.text = _text(element.find("questiontext"))
    image = _value(element, "image")
    image_data = _value(element, "image_base64")
    if image and image_data:  # the old way of embedding an image
        name = image.replace("/", "_")
        try:
            mq.text.files[name] = base64.b64decode("".join(image_data.split()), validate=True)
        except binascii.Error:
            raise _Bad(f"the embedded image '{image}' is not valid base64") from None
        mq.text.text += f' <img src="{PLUGINFILE}{name}" />'
    fmt = _FORMAT_NAMES[mq.text.format]
    mq.general_feedback = _text(element.find("generalfeedback"), fmt)
    mq.idnumber = _value(element, "idnumber")
    mq.default_mark = _float(_value(element, "defaultgrade", default="1"), "<defaultgrade>")
    mq.tags = [php_trim(t.findtext("text") or "") for t in element.findall("tags/tag")]
    mq.tags = [t for t in mq.tags if t]
    if _value(element, "hidden") == "1":
        mq.notes.append("it is hidden in Moodle's bank; here it is an ordinary question")
    if element.findall("hint"):
        mq.notes.append("its hints (for Moodle's interactive mode) are not held")
    if qtype not in _SUPPORTED:
        return mq  # ItemsBuilder reports the type as not held
    answers = element.findall("answer")
    if qtype == "multichoice":
        mq.single = _value(element, "single", default="true") not in ("false", "0", "")
        mq.shuffle = _value(element, "shuffleanswers", default="false") not in ("false", "0", "")
        mq.answers = [_answer(a, fmt, with_files=True) for a in answers]
        _combined(element, mq)
    elif qtype == "truefalse":
        _truefalse(element, mq, answers, fmt)
    elif qtype == "shortanswer":
        mq.case_sensitive = _value(element, "usecase", default="0") not in ("0", "", "false")
        mq.answers = [_answer(a, fmt, with_files=False) for a in answers]
        for answer in mq.answers:
            answer.wildcard = answer.text.text == "*"
    elif qtype == "numerical":
        _numerical(element, mq, answers, fmt)
    elif qtype in ("matching", "match"):
        mq.qtype = "match"
        mq.shuffle = _value(element, "shuffleanswers", default="true") not in ("false", "0", "")
        for sub in element.findall("subquestion"):
            mq.pairs.append((_text(sub, fmt), _value(sub, "answer", "text")))
        _combined(element, mq)
    elif qtype == "essay":
        _essay(element, mq, fmt)
    elif qtype == "description":
        mq.default_mark = 0.0
    return mq


def _combined(element: Element, mq: MoodleQuestion) -> None:
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        shown = _value(element, tag, "text")
        if re.sub(r"<[^>]+>", "", shown).strip() not in _COMBINED_DEFAULTS:
            mq.notes.append(
                "its feedback for a right / partly right / wrong answer as a whole is not held "
                "(the feedback of each answer is)"
            )
            return


def _truefalse(element: Element, mq: MoodleQuestion, answers: list[Element], fmt: str) -> None:
    mq.qtype = "truefalse"
    for n, answer in enumerate(answers):
        text = _value(answer, "text")
        if text not in ("true", "false"):  # old files: true first, then false
            text = "true" if n == 0 else "false"
        feedback = _text(answer.find("feedback"), fmt)
        right = _float(answer.get("fraction") or "0", "the answer's fraction") == 100
        if text == "true":
            mq.correct_true, mq.feedback_true = right, feedback
        else:
            mq.correct_true, mq.feedback_false = not right, feedback


def _numerical(element: Element, mq: MoodleQuestion, answers: list[Element], fmt: str) -> None:
    for answer in answers:
        parsed = _answer(answer, fmt, with_files=False)
        written = parsed.text.text or "*"
        if written == "*":
            parsed.wildcard = True
        else:
            parsed.text = Text(repr(_float(written, "the answer")), "plain")
        tolerance = _float(_value(answer, "tolerance", default="0") or "0", "the tolerance")
        if tolerance < 0:
            raise _Bad(f"the tolerance {tolerance:g} of answer {written} cannot be negative")
        parsed.tolerance = tolerance
        mq.answers.append(parsed)
    for unit in element.findall("units/unit"):
        name = _value(unit, "unit_name")
        multiplier = _float(_value(unit, "multiplier", default="1"), "the unit's multiplier")
        if name:
            mq.units.append((name, multiplier))
    if mq.units and _value(element, "unitgradingtype", default="0") not in ("0", ""):
        mq.notes.append("the penalty for a wrong or missing unit is not held")


def _essay(element: Element, mq: MoodleQuestion, fmt: str) -> None:
    if _value(element, "graderinfo", "text"):
        mq.notes.append("its information for graders is not held")
    if _value(element, "responsetemplate", "text"):
        mq.notes.append("its response template is not held")
    if _value(element, "attachments", default="0") not in ("0", ""):
        mq.notes.append("file attachments are not held")


def parse_moodle_xml(data: bytes) -> tuple[list[MoodleQuestion], list[ParseError]]:
    root, lines = _parse_xml(data)
    if root.tag != "quiz":
        raise FileUnreadable(
            f"not a Moodle XML question file: its root element is <{root.tag}>, not <quiz>"
        )
    questions: list[MoodleQuestion] = []
    errors: list[ParseError] = []
    position = 0
    for element in root.findall("question"):
        line = lines.get(id(element), 0)
        if element.get("type") != "category":
            position += 1
        try:
            questions.append(_question(element, position, line))
        except _Bad as exc:
            name = _value(element, "name", "text")
            text = _value(element, "questiontext", "text")
            errors.append(ParseError(line, 1, describe_question(position, name, text), str(exc)))
    return questions, errors


def read_moodle_xml(data: bytes, title: str, language: Language = Language.FR) -> ImportResult:
    with bulk():
        questions, errors = parse_moodle_xml(data)
        return build_items(title, language, questions, errors)


# --- writing ----------------------------------------------------------------------------

_INVALID_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _escape(text: str) -> str:
    """Moodle's xml_escape: CDATA when the text holds markup characters."""
    text = _INVALID_XML.sub("", text)
    if text and any(c in text for c in "<>&\"'"):
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"
    return text


def _attr(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    )


def _text_element(tag: str, value: Text, indent: str = "    ", extra: str = "") -> str:
    fmt = _FORMAT_NAMES.get(value.format, "html")
    out = f'{indent}<{tag}{extra} format="{fmt}">\n{indent}  <text>{_escape(value.text)}</text>\n'
    for name, data in value.files.items():
        encoded = base64.b64encode(data).decode("ascii")
        out += f'{indent}  <file name="{_attr(name)}" path="/" encoding="base64">{encoded}</file>\n'
    return out + f"{indent}</{tag}>\n"


_PENALTY = {"truefalse": "1.0000000", "essay": "0", "description": "0"}


def _write(mq: MoodleQuestion, shuffle: bool) -> str:
    if mq.qtype == "category":
        return (
            "<!-- question: 0  -->\n"
            '  <question type="category">\n'
            f"    <category>\n      <text>{_escape(mq.category)}</text>\n    </category>\n"
            + _text_element("info", mq.info)
            + "    <idnumber></idnumber>\n  </question>\n"
        )
    qtype = "matching" if mq.qtype == "match" else mq.qtype
    name = mq.name or f"q{mq.position}"
    out = [
        f"<!-- question: {mq.position}  -->\n",
        f'  <question type="{qtype}">\n',
        f"    <name>\n      <text>{_escape(name)}</text>\n    </name>\n",
        _text_element("questiontext", mq.text),
        _text_element("generalfeedback", mq.general_feedback),
        f"    <defaultgrade>{mq.default_mark:.7f}</defaultgrade>\n",
        f"    <penalty>{_PENALTY.get(mq.qtype, '0.3333333')}</penalty>\n",
        "    <hidden>0</hidden>\n",
        "    <idnumber></idnumber>\n",
    ]
    combined = "".join(
        _text_element(tag, Text("", "plain"))
        for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")
    )
    if mq.qtype == "multichoice":
        out.append(f"    <single>{'true' if mq.single else 'false'}</single>\n")
        out.append(f"    <shuffleanswers>{'true' if shuffle else 'false'}</shuffleanswers>\n")
        out.append("    <answernumbering>abc</answernumbering>\n")
        out.append("    <showstandardinstruction>0</showstandardinstruction>\n")
        out.append(combined)
        for answer in mq.answers:
            out.append(_answer_element(answer, answer.text.format))
    elif mq.qtype == "truefalse":
        for value, feedback in (("true", mq.feedback_true), ("false", mq.feedback_false)):
            right = mq.correct_true == (value == "true")
            answer = MoodleAnswer(Text(value, "moodle"), 1.0 if right else 0.0, feedback)
            out.append(_answer_element(answer, "moodle"))
    elif mq.qtype == "shortanswer":
        out.append(f"    <usecase>{1 if mq.case_sensitive else 0}</usecase>\n")
        for answer in mq.answers:
            out.append(_answer_element(answer, "moodle"))
    elif mq.qtype == "numerical":
        for answer in mq.answers:
            shown = MoodleAnswer(
                Text(number(float(answer.text.text)), "moodle"), answer.fraction, answer.feedback
            )
            extra = f"      <tolerance>{number(answer.tolerance)}</tolerance>\n"
            out.append(_answer_element(shown, "moodle", extra))
        if mq.units:
            out.append("    <units>\n")
            for unit, multiplier in mq.units:
                out.append(
                    f"      <unit>\n        <multiplier>{number(multiplier)}</multiplier>\n"
                    f"        <unit_name>{_escape(unit)}</unit_name>\n      </unit>\n"
                )
            out.append("    </units>\n")
        out.append("    <unitgradingtype>0</unitgradingtype>\n")
        out.append("    <unitpenalty>0.1000000</unitpenalty>\n")
        out.append(f"    <showunits>{0 if mq.units else 3}</showunits>\n")
        out.append("    <unitsleft>0</unitsleft>\n")
    elif mq.qtype == "match":
        out.append(f"    <shuffleanswers>{'true' if shuffle else 'false'}</shuffleanswers>\n")
        out.append(combined)
        for prompt, answer_text in mq.pairs:
            fmt = _FORMAT_NAMES.get(prompt.format, "html")
            out.append(
                f'    <subquestion format="{fmt}">\n      <text>{_escape(prompt.text)}</text>\n'
                f"      <answer>\n        <text>{_escape(answer_text)}</text>\n      </answer>\n"
                "    </subquestion>\n"
            )
    elif mq.qtype == "essay":
        out.append(
            "    <responseformat>editor</responseformat>\n"
            "    <responserequired>1</responserequired>\n"
            "    <responsefieldlines>15</responsefieldlines>\n"
            "    <attachments>0</attachments>\n"
            "    <attachmentsrequired>0</attachmentsrequired>\n"
            + _text_element("graderinfo", Text("", "html"))
            + _text_element("responsetemplate", Text("", "html"))
        )
    if mq.tags:
        out.append("    <tags>\n")
        out += [f"      <tag><text>{_escape(tag)}</text></tag>\n" for tag in mq.tags]
        out.append("    </tags>\n")
    out.append("  </question>\n")
    return "".join(out)


def _answer_element(answer: MoodleAnswer, fmt: str, extra: str = "") -> str:
    format_name = _FORMAT_NAMES.get(fmt, "html")
    out = (
        f'    <answer fraction="{percent(answer.fraction)}" format="{format_name}">\n'
        f"      <text>{_escape(answer.text.text)}</text>\n"
    )
    for name, data in answer.text.files.items():
        encoded = base64.b64encode(data).decode("ascii")
        out += f'      <file name="{_attr(name)}" path="/" encoding="base64">{encoded}</file>\n'
    out += _text_element("feedback", answer.feedback, "      ")
    return out + extra + "    </answer>\n"


def write_moodle_xml(
    document: ItemDocument, assets: dict[str, Asset] | None = None
) -> tuple[str, list[str]]:
    """The item as a Moodle XML ``<quiz>``, and a warning for each feature left out."""
    records, warnings = moodle_questions(document, target="xml", assets=assets)
    shuffle = document.settings.shuffle_options
    body = "\n".join(_write(mq, shuffle) for mq in records)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n{body}\n</quiz>\n', warnings
