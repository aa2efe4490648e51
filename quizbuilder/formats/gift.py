"""GIFT, read and written as Moodle does (``question/format/gift/format.php``).

Reading follows Moodle step by step, so that a file gives here what it gives in Moodle:
lines are trimmed and blank lines separate questions; ``//`` lines are comments (their
``[id:...]`` and ``[tag:...]`` are read); escapes (``\\: \\# \\= \\{ \\} \\~ \\n \\\\``)
are set aside first; ``$CATEGORY:``, ``::name::``, the first ``{...}`` answer block
(text after it makes a missing-word question with ``_____``), ``####`` general feedback,
``[html]``-style text formats, then the type from the answers. Where Moodle would
silently import something broken, this reader stops with a ``ParseError`` instead (see
docs/interop.md, "Where we differ from Moodle").

Writing produces what Moodle's exporter writes (escapes, ``%33.33333%`` weights, one
answer per line), from the ``MoodleQuestion`` records of ``question_import``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizbuilder.domain.content import ItemDocument, Language
from quizbuilder.formats.question_import import (
    PHP_WHITESPACE,
    TEXT_FORMATS,
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

# Escapes are replaced by private-use characters while the question is taken apart
# (Moodle uses "&&058;"-style placeholders), then turned into what they stand for.
_ESCAPES = (
    ("\\:", "\ue03a"),
    ("\\#", "\ue023"),
    ("\\=", "\ue03d"),
    ("\\{", "\ue07b"),
    ("\\}", "\ue07d"),
    ("\\~", "\ue07e"),
    ("\\n", "\ue00a"),
)
_BACKSLASH = "\ue05c"
_POST = str.maketrans(
    {"\ue03a": ":", "\ue023": "#", "\ue03d": "=", "\ue07b": "{", "\ue07d": "}",
     "\ue07e": "~", "\ue00a": "\n"}
)  # fmt: skip
# Moodle's $giftanswerweightregex; fractions are then kept to 7 places, as Moodle stores them.
_WEIGHT = re.compile(r"%-*([0-9]{1,2})\.?([0-9]*)%")
_LOOKS_LIKE_WEIGHT = re.compile(r"%([^%\n]{0,12})%")
_NUMBER = re.compile(r"[ \t\n\r\v\f]*[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\s*")
_ID = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f\x7f])+)\]")
_TAG = re.compile(r"\[tag:((?:\\\]|[^\]<>`\x00-\x1f\x7f])*)\]")
_TRUE_FALSE = ("T", "TRUE", "F", "FALSE")
_WS = PHP_WHITESPACE
_BRACE = re.compile(r"[{}]")
_MARKS = {"~=": re.compile("[~=]"), "=": re.compile("=")}


def _pre(text: str) -> str:
    if "\\" not in text:
        return text
    text = text.replace("\\\\", _BACKSLASH)
    for escaped, placeholder in _ESCAPES:
        text = text.replace(escaped, placeholder)
    return text.replace(_BACKSLASH, "\\")


_ANY_PLACEHOLDER = re.compile("[\ue00a\ue023\ue03a\ue03d\ue07b\ue07d\ue07e]")


def _post(text: str) -> str:
    return text.translate(_POST) if _ANY_PLACEHOLDER.search(text) else text


def text_with_format(text: str, default: str = "moodle") -> Text:
    """Moodle's parse_text_with_format: an optional ``[format]`` prefix, then the text."""
    if not text:
        return Text("", default)
    fmt = default
    if text.startswith("["):
        end = text.find("]")
        if end > 0 and text[1:end] in TEXT_FORMATS:
            fmt = text[1:end]
            text = text[end + 1 :]
    if _ANY_PLACEHOLDER.search(text):
        text = text.translate(_POST)
    return Text(text.strip(PHP_WHITESPACE), fmt)


@dataclass
class _Block:
    """The lines of one question: trimmed, comment lines blanked (as Moodle does)."""

    first_line: int
    lines: list[str]
    raw: list[str]  # the lines as written, for the columns of the messages
    comments: list[tuple[int, str]]  # (row in the block, the comment line)

    def indent(self, row: int) -> int:
        line = self.raw[row]
        return len(line) - len(line.lstrip(PHP_WHITESPACE))


class _Failed(Exception):
    def __init__(self, message: str, at: int) -> None:
        super().__init__(message)
        self.at = at  # index in the question's text, escapes set aside


def _blocks(text: str) -> list[_Block]:
    if "\n" not in text and "\r" in text:  # old Mac line endings
        text = text.replace("\r", "\n")
    blocks: list[_Block] = []
    current: _Block | None = None
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip(PHP_WHITESPACE)
        if not line:
            if current is not None:
                blocks.append(current)
                current = None
            continue
        if current is None:
            current = _Block(number, [], [], [])
        current.raw.append(raw)
        if line.startswith("//"):
            current.comments.append((len(current.lines), line))
            current.lines.append(" ")
        else:
            current.lines.append(line)
    if current is not None:
        blocks.append(current)
    return blocks


def _locate(block: _Block, index: int) -> tuple[int, int]:
    """Line and column (1-based) in the file of ``index`` in the escaped question text."""
    joined = "\n".join(block.lines)
    p = len(joined) - len(joined.lstrip(PHP_WHITESPACE))
    for _ in range(index):
        if p >= len(joined):
            break
        if joined.startswith("\\\\", p) or (
            joined[p] == "\\" and p + 1 < len(joined) and joined[p + 1] in ":#={}~n"
        ):
            p += 2
        else:
            p += 1
    row = joined.count("\n", 0, p)
    start = joined.rfind("\n", 0, p) + 1
    return block.first_line + row, p - start + 1 + block.indent(row)


def _split(text: str, marks: str, keep: str = "") -> list[tuple[int, str]]:
    """Cut ``text`` at each mark, with each piece's offset; marks in ``keep`` stay at the
    start of their piece (Moodle's ``str_replace('=', '~=')`` then ``explode('~')``)."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for found in _MARKS[marks].finditer(text):
        i = found.start()
        pieces.append((start, text[start:i]))
        start = i if found.group() in keep else i + 1
    pieces.append((start, text[start:]))
    first = pieces[0][1].strip(_WS)
    if first in ("", "0"):  # PHP's empty() on the first piece
        pieces.pop(0)
    return pieces


def _trimmed(offset: int, piece: str) -> tuple[int, str]:
    lead = len(piece) - len(piece.lstrip(PHP_WHITESPACE))
    return offset + lead, piece.strip(_WS)


def _weight(answer: str, at: int, default: float) -> tuple[float, str | None, str]:
    """(fraction, the weight as written, the rest) of an answer that may start ``%50%``."""
    if not answer.startswith("%"):
        return default, None, answer
    match = _WEIGHT.match(answer)
    if match:
        written = answer[1 : match.end() - 1]
        try:
            percent = float(written)
        except ValueError:
            percent = None
        if percent is None or not -100 <= percent <= 100:
            raise _Failed(
                f"the weight %{written}% is not a percentage between -100 and 100 "
                "(write it like %50% or %-33.33333%)",
                at,
            )
        return round(percent / 100, 7), written, answer[match.end() :]
    looks = _LOOKS_LIKE_WEIGHT.match(answer)
    if looks and re.search(r"[0-9]", looks.group(1)):
        raise _Failed(
            f"the weight %{looks.group(1)}% is not a percentage Moodle reads "
            "(write it like %50%, %-25% or %33.33333%, with a point for decimals)",
            at,
        )
    return default, None, answer


def _comment(answer: str, default_format: str) -> tuple[Text, Text]:
    bits = answer.split("#", 1)
    text = text_with_format(bits[0].strip(_WS), default_format)
    feedback = (
        text_with_format(bits[1].strip(_WS), default_format)
        if len(bits) > 1
        else Text("", default_format)
    )
    return text, feedback


def _number(text: str) -> float | None:
    if not _NUMBER.fullmatch(text):
        return None
    return float(text)


def _question(block: _Block, position: int) -> MoodleQuestion | None:
    """Moodle's readquestion, for one block. Raises ``_Failed`` with a position."""
    text = "\n".join(block.lines).strip(_WS)
    if not text:
        return None
    text = _pre(text)
    row = 0 if not block.comments else next(i for i, ln in enumerate(block.lines) if ln != " ")
    mq = MoodleQuestion(
        "", position=position, line=block.first_line + row, column=block.indent(row) + 1
    )
    if block.comments:
        comments = "\n".join(line for _, line in block.comments)
        found = _ID.search(comments)
        if found:
            mq.idnumber = found.group(1).strip(_WS).replace("\\]", "]")
        tags = (m.strip(_WS).replace("\\]", "]") for m in _TAG.findall(comments))
        mq.tags = [t for t in tags if t]

    if text.startswith("$CATEGORY:"):
        mq.qtype = "category"
        mq.category = _post(text[10:]).strip(_WS)
        return mq

    base = 0
    if text.startswith("::"):
        end = text.find("::", 2)
        if end == -1:
            text, base = text[2:], 2
        else:
            mq.name = _post(text[2:end]).strip(_WS)
            rest = text[end + 2 :]
            base = end + 2 + len(rest) - len(rest.lstrip(PHP_WHITESPACE))
            text = rest.strip(_WS)

    start, finish = text.find("{"), text.find("}")
    description = start == -1 and finish == -1
    answer_text, answer_at = "", 0
    if not description:
        if start == -1 or (finish != -1 and finish < start):
            raise _Failed(
                "this } closes an answer block that was never opened with { "
                "(write \\} for a brace in the text)",
                base + finish,
            )
        if finish == -1:
            raise _Failed("the answer block opened with { is never closed with }", base + start)
        stray = _BRACE.search(text, finish + 1)
        if stray:
            raise _Failed(
                "a question has one answer block {...}; write \\{ and \\} for braces in the text",
                base + stray.start(),
            )
        answer_at, answer_text = _trimmed(base + start + 1, text[start + 1 : finish])

    if description:
        question_text = text
    elif finish == len(text) - 1:
        question_text = text[:start] + text[finish + 1 :]
    else:
        question_text = text[:start] + "_____" + text[finish + 1 :]
        mq.blank = True

    general = ""
    separator = answer_text.rfind("####")
    if separator != -1:
        general = answer_text[separator + 4 :]
        answer_text = answer_text[:separator].strip(_WS)

    mq.text = text_with_format(question_text)
    fmt = mq.text.format
    mq.general_feedback = text_with_format(general, fmt)

    if description:
        mq.qtype = "description"
        mq.default_mark = 0.0
        return mq
    if answer_text == "":
        mq.qtype = "essay"
        return mq
    at = answer_at
    if answer_text[0] == "#":
        _numerical(mq, answer_text[1:], at + 1)
    elif "~" in answer_text:
        _multichoice(mq, answer_text, at)
    elif "=" in answer_text and "->" in answer_text:
        _matching(mq, answer_text, at)
    else:
        hash_at = answer_text.find("#")
        check = answer_text[:hash_at].strip(_WS) if hash_at > 0 else answer_text
        if check in _TRUE_FALSE:
            _truefalse(mq, answer_text)
        else:
            _shortanswer(mq, answer_text, at)
    return mq


def _multichoice(mq: MoodleQuestion, answer_text: str, at: int) -> None:
    mq.qtype = "multichoice"
    mq.single = "=" in answer_text
    pieces = _split(answer_text, "~=", keep="=")
    if len(pieces) < 2:
        raise _Failed(
            f"a multiple-choice question needs at least two answers (~wrong =right); "
            f"this one has {len(pieces)}",
            at,
        )
    for offset, piece in pieces:
        where, answer = _trimmed(at + offset, piece)
        weight: str | None = None
        if answer.startswith("="):
            fraction, answer = 1.0, answer[1:]
        else:
            fraction, weight, answer = _weight(answer, where, 0.0)
        text, feedback = _comment(answer, mq.text.format)
        mq.answers.append(MoodleAnswer(text, fraction, feedback, weight))


def _matching(mq: MoodleQuestion, answer_text: str, at: int) -> None:
    mq.qtype = "match"
    pieces = _split(answer_text, "=")
    if len(pieces) < 2:
        raise _Failed(
            f"a matching question needs at least two pairs (=prompt -> answer); "
            f"this one has {len(pieces)}",
            at,
        )
    for offset, piece in pieces:
        where, answer = _trimmed(at + offset, piece)
        marker = answer.find("->")
        if marker == -1:
            raise _Failed(
                f"each pair of a matching question is written =prompt -> answer; "
                f"'{_post(answer)}' has no ->",
                where,
            )
        prompt = text_with_format(answer[:marker], mq.text.format)
        mq.pairs.append((prompt, _post(answer[marker + 2 :]).strip(_WS)))


def _truefalse(mq: MoodleQuestion, answer_text: str) -> None:
    mq.qtype = "truefalse"
    fmt = mq.text.format
    bits = answer_text.split("#", 2)
    answer = text_with_format(bits[0].strip(_WS), fmt)
    wrong = text_with_format(bits[1].strip(_WS), fmt) if len(bits) > 1 else Text("", fmt)
    right = text_with_format(bits[2].strip(_WS), fmt) if len(bits) > 2 else Text("", fmt)
    mq.correct_true = answer.text in ("T", "TRUE")
    # The first feedback is for a wrong answer, the second for a right one (Moodle).
    mq.feedback_true, mq.feedback_false = (right, wrong) if mq.correct_true else (wrong, right)


def _shortanswer(mq: MoodleQuestion, answer_text: str, at: int) -> None:
    mq.qtype = "shortanswer"
    pieces = _split(answer_text, "=")
    if not pieces:
        raise _Failed("a short-answer question needs at least one answer (=answer)", at)
    for offset, piece in pieces:
        where, answer = _trimmed(at + offset, piece)
        fraction, weight, answer = _weight(answer, where, 1.0)
        text, feedback = _comment(answer, mq.text.format)
        mq.answers.append(
            MoodleAnswer(
                Text(text.text, "plain"), fraction, feedback, weight, wildcard=text.text == "*"
            )
        )


def _numerical(mq: MoodleQuestion, answer_text: str, at: int) -> None:
    mq.qtype = "numerical"
    fmt = mq.text.format
    wrong_feedback = ""
    tilde = answer_text.find("~")
    if tilde != -1:
        wrong_feedback = answer_text[tilde:]
        answer_text = answer_text[:tilde]
    pieces = _split(answer_text, "=")
    mq.numeric_listed = bool(pieces) and pieces[0][0] > 0
    if not pieces:
        raise _Failed(
            "a numerical question needs a number: {#42}, {#42:0.5} (with a margin) "
            "or {#1..5} (a range)",
            at,
        )
    for offset, piece in pieces:
        where, answer = _trimmed(at + offset, piece)
        fraction, weight, answer = _weight(answer, where, 1.0)
        text, feedback = _comment(answer, fmt)
        written = text.text
        numeric_range = None
        dots, colon = written.find(".."), written.find(":")
        if dots > 0:
            low, high = _number(written[:dots]), _number(written[dots + 2 :])
            if low is None or high is None:
                raise _Failed(f"'{written}' is not a range of numbers like 1..5", where)
            if low > high:
                raise _Failed(
                    f"the range {written} goes down: write the smallest number first", where
                )
            numeric_range = (low, high)
            value = (low + high) / 2
            tolerance = high - value
        elif colon > 0:
            found, margin = _number(written[:colon]), _number(written[colon + 1 :])
            if found is None or margin is None:
                raise _Failed(f"'{written}' is not a number with its margin, like 42:0.5", where)
            if margin < 0:
                raise _Failed(f"the margin of '{written}' cannot be negative", where)
            value, tolerance = found, margin
        elif written.strip(_WS) == "*":
            mq.answers.append(
                MoodleAnswer(Text("*", "plain"), fraction, feedback, weight, wildcard=True)
            )
            continue
        else:
            found = _number(written)
            if found is None:
                raise _Failed(f"'{written}' is not a number", where)
            value, tolerance = found, 0.0
        parsed = MoodleAnswer(Text(repr(value), "plain"), fraction, feedback, weight)
        parsed.tolerance, parsed.numeric_range, parsed.written = tolerance, numeric_range, written
        mq.answers.append(parsed)
    if wrong_feedback:
        _, feedback = _comment(wrong_feedback, fmt)
        mq.answers.append(MoodleAnswer(Text("*", "plain"), 0.0, feedback, wildcard=True))


@dataclass
class GiftFile:
    """A GIFT file read: its questions and category switches in order, and its errors."""

    questions: list[MoodleQuestion]
    errors: list[ParseError]


def _label(block: _Block, position: int) -> str:
    head = _pre("\n".join(block.lines).strip(_WS))
    if head.startswith("::") and head.find("::", 2) != -1:
        return describe_question(position, _post(head[2 : head.find("::", 2)]).strip(_WS))
    return describe_question(position, "", _post(head))


def _split_category(block: _Block) -> list[_Block]:
    """``$CATEGORY:`` takes its line only: a question written on the next line, without
    the blank line Moodle wants, is read as a question (Moodle would take it as part of
    the category's name)."""
    rows = [i for i, line in enumerate(block.lines) if line != " "]
    if len(rows) < 2 or not block.lines[rows[0]].startswith("$CATEGORY:"):
        return [block]
    cut = rows[0] + 1
    head = _Block(
        block.first_line,
        block.lines[:cut],
        block.raw[:cut],
        [c for c in block.comments if c[0] < cut],
    )
    tail = _Block(
        block.first_line + cut,
        block.lines[cut:],
        block.raw[cut:],
        [(row - cut, c) for row, c in block.comments if row >= cut],
    )
    return [head, tail]


def parse_gift(text: str) -> GiftFile:
    with bulk():
        return _parse(text)


def _parse(text: str) -> GiftFile:
    questions: list[MoodleQuestion] = []
    errors: list[ParseError] = []
    position = 0
    for whole in _blocks(text):
        for block in _split_category(whole):
            first = next((line for line in block.lines if line != " "), "")
            if not first:
                continue  # a block of comments only
            if not first.startswith("$CATEGORY:"):
                position += 1
            try:
                mq = _question(block, position)
            except _Failed as failure:
                line, column = _locate(block, failure.at)
                errors.append(ParseError(line, column, _label(block, position), str(failure)))
                continue
            if mq is not None:
                questions.append(mq)
    return GiftFile(questions, errors)


def read_gift(text: str, title: str, language: Language = Language.FR) -> ImportResult:
    """Items from GIFT text (one per category), with what could not be held or read."""
    with bulk():
        parsed = parse_gift(text)
        result = build_items(title, language, parsed.questions, parsed.errors)
    result.errors.sort(key=lambda e: (e.line, e.column))
    return result


# --- writing ----------------------------------------------------------------------------

_RESERVED = str.maketrans(
    {"\\": "\\\\", "#": "\\#", "=": "\\=", "~": "\\~", "{": "\\{", "}": "\\}", ":": "\\:",
     "\n": "\\n", "\r": ""}
)  # fmt: skip


def escape(text: str) -> str:
    """Moodle's repchar: escape GIFT's control characters and line breaks."""
    return text.translate(_RESERVED)


def percent(fraction: float) -> str:
    """A weight as Moodle writes it: the fraction to 7 places, times 100 (33.33333)."""
    value = round(round(fraction, 7) * 100, 5)
    written = f"{value:.5f}".rstrip("0").rstrip(".")
    return "0" if written in ("-0", "") else written


def number(value: float) -> str:
    written = repr(float(value))
    return written[:-2] if written.endswith(".0") else written


def _needs_plain(mq: MoodleQuestion) -> bool:
    texts = [mq.text.text, mq.general_feedback.text, mq.feedback_true.text, mq.feedback_false.text]
    for answer in mq.answers:
        texts += [answer.text.text, answer.feedback.text]
    texts += [prompt.text for prompt, _ in mq.pairs]
    return any(("<" in t or "&" in t) for t in texts)


def _text(value: str, fmt: str, inherited: str, *, first: bool = False) -> str:
    """Moodle's write_questiontext; a format prefix also protects a text that starts
    with '[' (read as a format) or, first on its line, with '//' (read as a comment)."""
    needed = value and (fmt != inherited or value.startswith("["))
    if needed or (first and value.startswith("//")):
        return f"[{fmt}]" + escape(value)
    return escape(value)


def _write(mq: MoodleQuestion) -> str:
    if mq.qtype == "category":
        return f"$CATEGORY: {mq.category}\n"
    fmt = "plain" if _needs_plain(mq) else "moodle"
    name = f"::{escape(mq.name)}::" if mq.name else ""
    out = [name]
    question_text = mq.text.text
    # A missing word: the answer block goes where the blank is (Moodle puts "_____" back).
    blank_at = question_text.find("_____") if mq.qtype != "description" else -1
    after = question_text[blank_at + 5 :] if blank_at != -1 else ""
    if blank_at == -1 or not php_trim(after) or "_____" in after:
        blank_at = -1
    head = question_text[:blank_at] if blank_at != -1 else question_text
    if fmt == "plain" and not head:
        out.append("[plain]")  # the answers inherit the question's format
    else:
        out.append(_text(head, fmt, "moodle", first=not name))
    general = _text(mq.general_feedback.text, fmt, fmt)
    general = f"####{general}" if general else ""
    if mq.qtype == "description":
        return "".join(out) + "\n"
    if mq.qtype == "essay":
        out.append("{" + general + "}")
    elif mq.qtype == "truefalse":
        right, wrong = (
            (mq.feedback_true, mq.feedback_false)
            if mq.correct_true
            else (mq.feedback_false, mq.feedback_true)
        )
        block = "{" + ("TRUE" if mq.correct_true else "FALSE")
        right_text, wrong_text = _text(right.text, fmt, fmt), _text(wrong.text, fmt, fmt)
        if wrong_text:
            block += "#" + wrong_text
        elif right_text:
            block += "#"
        if right_text:
            block += "#" + right_text
        out.append(block + general + "}")
    else:
        lines = [_answer_line(mq, answer, fmt) for answer in mq.answers]
        lines += [
            f"\t={_text(prompt.text, fmt, fmt)} -> {escape(answer)}" for prompt, answer in mq.pairs
        ]
        if general:
            lines.append("\t" + general)
        opening = "{#" if mq.qtype == "numerical" else "{"
        out.append(opening + "\n" + "\n".join(lines) + "\n}")
    if blank_at != -1:
        out.append(escape(after))
    return "".join(out) + "\n"


def _answer_line(mq: MoodleQuestion, answer: MoodleAnswer, fmt: str) -> str:
    feedback = _text(answer.feedback.text, fmt, fmt)
    if mq.qtype == "multichoice":
        label = _text(answer.text.text, fmt, fmt)
        if answer.fraction == 1 and mq.single:
            mark = "="
        elif answer.fraction == 0 and not answer.text.text.startswith("%"):
            mark = "~"
        else:
            mark = f"~%{percent(answer.fraction)}%"
        return f"\t{mark}{label}" + (f"#{feedback}" if feedback else "")
    if mq.qtype == "shortanswer":
        text = answer.text.text
        shown = f"[{fmt}]{escape(text)}" if text.startswith("[") else escape(text)
        return f"\t=%{percent(answer.fraction)}%{shown}#{feedback}"
    # numerical
    if answer.wildcard:
        return f"\t~#{feedback}"
    value = number(float(answer.text.text))
    return f"\t=%{percent(answer.fraction)}%{value}:{number(answer.tolerance)}#{feedback}"


def write_gift(document: ItemDocument) -> tuple[str, list[str]]:
    """The item as GIFT, and a warning for each feature GIFT cannot carry."""
    records, warnings = moodle_questions(document, target="gift")
    parts = []
    for mq in records:
        if mq.qtype not in ("category", "description"):
            parts.append(f"// question: {mq.position}" + (f"  name: {mq.name}" if mq.name else ""))
            parts.append("\n")
            if mq.tags:
                parts.append("// " + " ".join(f"[tag:{t}]" for t in mq.tags) + "\n")
        parts.append(_write(mq) + "\n")
    return "".join(parts), warnings
