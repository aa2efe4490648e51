"""SurveyJS survey JSON (the survey-library's model), read into one item.

Pages and their elements (panels flattened), or the legacy top-level ``questions``.
radiogroup, dropdown -> single choice; checkbox, tagbox -> multiple choice; boolean ->
true/false; text -> short text (``inputType: number`` -> number); comment -> long text;
rating -> rating, NPS (0 to 10) or Likert; ranking -> ranking; html -> the description
of the next question. ``correctAnswer`` gives the key (a checkbox's right choices share
the points, 1/k each, and each wrong one takes 1/k away); the item is a knowledge quiz
when any question has one, else a survey. ``completedHtmlOnCondition`` becomes score
bands by evaluating each simple expression for every possible number of right answers.
Everything else is reported, property by property, as not held.
"""

from __future__ import annotations

import ast
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from quizbuilder.domain.content import (
    AcceptedAnswer,
    ItemDocument,
    Kind,
    Language,
    NumericAnswer,
    Option,
    Question,
    QuestionType,
    Scale,
    ScoreBand,
    Scoring,
    Settings,
    Timer,
)
from quizbuilder.domain.validation import problems_of
from quizbuilder.formats.question_import import (
    FileUnreadable,
    ImportResult,
    NotHeld,
    ParseError,
    UniqueIds,
    bulk,
    describe_question,
    html_to_text,
    option_id,
    slug,
)

ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
# Layout properties that mean nothing in our embed: ignored without a report.
COSMETIC = frozenset(
    {
        "startWithNewLine",
        "titleLocation",
        "width",
        "minWidth",
        "maxWidth",
        "indent",
        "colCount",
        "rows",
        "autoGrow",
        "allowResize",
        "hideNumber",
        "descriptionLocation",
        "renderAs",
        "separateSpecialChoices",
        "rateType",
        "scaleColorMode",
        "rateColorMode",
        "rateDisplayMode",
        "displayRateDescriptionsAsExtremeItems",
        "textUpdateMode",
        "state",
        "questionTitleLocation",
        "showTitle",
        "innerIndent",
        "showNumber",
        "showQuestionNumbers",
        "showProgressBar",
        "progressBarLocation",
        "showTimer",
        "showTimerPanel",
        "showTimerPanelMode",
        "timerLocation",
        "widthMode",
        "showPrevButton",
        "showCompletedPage",
        "showNavigationButtons",
    }
)
SURVEY_HELD = frozenset(
    {
        "title",
        "description",
        "locale",
        "pages",
        "questions",
        "elements",
        "completedHtml",
        "completedHtmlOnCondition",
        "timeLimit",
        "timeLimitPerPage",
        "questionsOrder",
    }
)
COMMON_HELD = frozenset({"type", "name", "title", "description", "isRequired", "correctAnswer"})
TYPE_HELD = {
    "radiogroup": {"choices", "choicesOrder"},
    "dropdown": {"choices", "choicesOrder"},
    "checkbox": {"choices", "choicesOrder", "maxSelectedChoices", "minSelectedChoices"},
    "tagbox": {"choices", "choicesOrder", "maxSelectedChoices", "minSelectedChoices"},
    "boolean": {"labelTrue", "labelFalse", "valueTrue", "valueFalse"},
    "text": {"inputType"},
    "comment": set(),
    "rating": {
        "rateMin",
        "rateMax",
        "rateStep",
        "rateValues",
        "rateCount",
        "minRateDescription",
        "maxRateDescription",
    },
    "ranking": {"choices", "choicesOrder"},
    "html": {"html"},
}


class _Skip(Exception):
    """This element cannot be held at all: reported, and left out."""


class _Bad(Exception):
    """This element is broken: a parse error."""


@dataclass
class _State:
    locale: str
    ids: UniqueIds = field(default_factory=UniqueIds)
    notes: list[NotHeld] = field(default_factory=list)
    errors: list[ParseError] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    shuffles: list[tuple[str, bool]] = field(default_factory=list)
    languages: set[str] = field(default_factory=set)
    position: int = 0
    source: str = ""


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileUnreadable(
            f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None


def looks_like_surveyjs(data: Any) -> bool:
    return isinstance(data, dict) and (
        isinstance(data.get("pages"), list) or isinstance(data.get("questions"), list)
    )


def _local(value: Any, state: _State) -> str:
    """A localizable string: plain, or ``{"default": ..., "fr": ...}``."""
    if isinstance(value, dict):
        state.languages.update(k for k in value if k != "default")
        chosen = value.get(state.locale, value.get("default"))
        if chosen is None and value:
            chosen = next(iter(value.values()))
        return str(chosen) if chosen is not None else ""
    return "" if value is None else str(value)


def _plain(value: Any, state: _State) -> str:
    text = _local(value, state)
    return html_to_text(text).text if re.search(r"<[A-Za-z/!]", text) else text


def _elements(container: dict[str, Any], state: _State, where: str) -> list[dict[str, Any]]:
    """The questions of a page or panel, panels flattened, in order."""
    found: list[dict[str, Any]] = []
    elements = container.get("elements") or container.get("questions") or []
    if not isinstance(elements, list):
        state.notes.append(NotHeld("", f"{where}: its elements are not a list: not read"))
        return found
    for element in elements:
        if not isinstance(element, dict):
            continue
        if element.get("type") == "panel":
            for key in ("title", "description"):
                if element.get(key):
                    state.notes.append(
                        NotHeld(
                            "",
                            f"{where}: the panel's {key} "
                            f"'{_plain(element[key], state)}' is not held",
                        )
                    )
            found += _elements(element, state, where)
        else:
            found.append(element)
    return found


def _choices(element: dict[str, Any], state: _State) -> list[tuple[Any, str]]:
    choices = []
    listed = element.get("choices") or []
    if not isinstance(listed, list):
        raise _Bad("its choices are not a list")
    for choice in listed:
        if isinstance(choice, dict):
            value = choice.get("value")
            text = _plain(choice.get("text", value), state)
        else:
            value, text = choice, str(choice)
        choices.append((value, text))
    if len(choices) < 2:
        raise _Bad(f"needs at least two choices (it has {len(choices)})")
    return choices


def _option_ids(values: list[Any]) -> list[str]:
    ids = UniqueIds()
    out = []
    for n, value in enumerate(values):
        wanted = slug(str(value)) if value is not None else ""
        out.append(ids.take(wanted if ID.match(wanted) else option_id(n)))
    return out


def _same(a: Any, b: Any) -> bool:
    return a == b or str(a) == str(b)


def _question(element: dict[str, Any], state: _State, notes: list[str]) -> Question | None:
    kind = element.get("type")
    name = str(element.get("name") or "")
    if not isinstance(kind, str) or kind not in TYPE_HELD:
        raise _Skip(f"quizbuilder has no '{kind}' question: not imported")
    held = COMMON_HELD | TYPE_HELD[kind] | COSMETIC
    extra = sorted(k for k in element if k not in held)
    if extra:
        notes.append(f"not held: {', '.join(extra)}")
    text = _plain(element.get("title") or name, state)
    if kind == "html":
        state.descriptions.append(_plain(element.get("html", ""), state))
        return None
    wanted = name if ID.match(name) else slug(name)
    if name and wanted != name:
        notes.append(f"its name '{name}' is kept as the id '{wanted or '…'}'")
    qid = state.ids.take(wanted or f"q{len(state.questions) + 1}")
    correct = element.get("correctAnswer")
    base: dict[str, Any] = {
        "id": qid,
        "text": text,
        "description": _plain(element.get("description", ""), state),
        "required": bool(element.get("isRequired", False)),
        "points": 1.0 if correct is not None else 0.0,
    }
    if kind in ("radiogroup", "dropdown", "checkbox", "tagbox", "ranking"):
        if element.get("choicesOrder") == "random":
            state.shuffles.append((qid, True))
        elif kind != "ranking":
            state.shuffles.append((qid, False))
    if kind in ("radiogroup", "dropdown"):
        choices = _choices(element, state)
        ids = _option_ids([v for v, _ in choices])
        base["type"] = QuestionType.SINGLE_CHOICE
        base["options"] = [
            Option(id=i, label=t, fraction=1.0 if correct is not None and _same(v, correct) else 0)
            for i, (v, t) in zip(ids, choices, strict=True)
        ]
        if correct is not None and not any(o.fraction for o in base["options"]):
            raise _Bad(f"its correctAnswer {correct!r} is none of its choices")
    elif kind in ("checkbox", "tagbox"):
        base.update(_checkbox(element, state, correct, notes))
    elif kind == "boolean":
        base.update(_boolean(element, state, correct))
    elif kind == "text":
        base.update(_text(element, correct, notes))
    elif kind == "comment":
        base["type"] = QuestionType.LONG_TEXT
        if correct is not None:
            notes.append("a right answer to a comment cannot be scored: not held")
            base["points"] = 0.0
    elif kind == "rating":
        base.update(_rating(element, state))
        if correct is not None:
            notes.append("a right answer to a rating cannot be scored: not held")
            base["points"] = 0.0
    elif kind == "ranking":
        base.update(_ranking(element, state, correct))
    try:
        return Question.model_validate(base)
    except ValidationError as exc:
        raise _Bad("; ".join(str(p) for p in problems_of(exc))) from None


def _checkbox(
    element: dict[str, Any], state: _State, correct: Any, notes: list[str]
) -> dict[str, Any]:
    choices = _choices(element, state)
    ids = _option_ids([v for v, _ in choices])
    right = correct if isinstance(correct, list) else [] if correct is None else [correct]
    hits = [any(_same(v, r) for r in right) for v, _ in choices]
    if right and sum(hits) != len(right):
        raise _Bad(f"its correctAnswer {correct!r} names values that are not its choices")
    share = 1 / sum(hits) if any(hits) else 0.0
    if right and not all(hits):
        notes.append(
            "SurveyJS scores it all or nothing; here each right choice earns "
            f"1/{sum(hits)} of the points and each wrong one takes 1/{sum(hits)} away"
        )
    out: dict[str, Any] = {
        "type": QuestionType.MULTIPLE_CHOICE,
        "options": [
            Option(id=i, label=t, fraction=(share if hit else -share) if right else 0.0)
            for i, (_, t), hit in zip(ids, choices, hits, strict=True)
        ],
    }
    for key, field_name in (
        ("maxSelectedChoices", "max_choices"),
        ("minSelectedChoices", "min_choices"),
    ):
        value = element.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            out[field_name] = min(value, len(choices))
    return out


def _boolean(element: dict[str, Any], state: _State, correct: Any) -> dict[str, Any]:
    yes, no = ("Oui", "Non") if state.locale == "fr" else ("Yes", "No")
    labels = (
        _plain(element.get("labelTrue") or yes, state),
        _plain(element.get("labelFalse") or no, state),
    )
    value_true = element.get("valueTrue", True)
    value_false = element.get("valueFalse", False)
    is_true = correct is not None and (correct is True or _same(correct, value_true))
    is_false = correct is not None and (correct is False or _same(correct, value_false))
    if correct is not None and not (is_true or is_false):
        raise _Bad(f"its correctAnswer {correct!r} is neither true nor false")
    return {
        "type": QuestionType.TRUE_FALSE,
        "options": [
            Option(id="true", label=labels[0], fraction=1.0 if is_true else 0.0),
            Option(id="false", label=labels[1], fraction=1.0 if is_false else 0.0),
        ],
    }


def _text(element: dict[str, Any], correct: Any, notes: list[str]) -> dict[str, Any]:
    input_type = element.get("inputType", "text")
    if input_type in ("number", "range"):
        out: dict[str, Any] = {"type": QuestionType.NUMBER}
        if correct is not None:
            try:
                value = float(correct)
            except (TypeError, ValueError):
                raise _Bad(f"its correctAnswer {correct!r} is not a number") from None
            out["numeric_answers"] = [NumericAnswer(value=value)]
        return out
    if input_type != "text":
        notes.append(f"its input type '{input_type}' is not held (any text is accepted)")
    out = {"type": QuestionType.SHORT_TEXT}
    if correct is not None and str(correct).strip():
        out["accepted_answers"] = [AcceptedAnswer(text=str(correct))]
    return out


def _rating(element: dict[str, Any], state: _State) -> dict[str, Any]:
    labels: list[str] = []
    low: Any
    high: Any
    values = element.get("rateValues")
    if values and not isinstance(values, list):
        raise _Skip("its rate values are not a list: not imported")
    if values:
        raw = [v.get("value") if isinstance(v, dict) else v for v in values]
        numbers = [v for v in raw if isinstance(v, int) and not isinstance(v, bool)]
        texts = [
            _plain(v.get("text", v.get("value")), state) if isinstance(v, dict) else str(v)
            for v in values
        ]
        if len(numbers) != len(raw) or numbers != list(
            range(numbers[0], numbers[0] + len(numbers))
        ):
            raise _Skip("its rate values are not whole numbers one apart: not imported")
        low, high = numbers[0], numbers[-1]
        if texts != [str(v) for v in numbers]:
            labels = texts
    else:
        step = element.get("rateStep", 1)
        low = element.get("rateMin", 1)
        count = element.get("rateCount", 5)
        high = element.get("rateMax", low + count - 1 if _whole(low) and _whole(count) else None)
        if step != 1 or not _whole(low) or not _whole(high):
            raise _Skip("its scale (rateMin, rateMax, rateStep) is not held: not imported")
    if not 0 <= low < high <= 10:
        raise _Skip(f"its scale {low} to {high} does not fit in 0 to 10: not imported")
    scale: dict[str, Any] = {
        "min": low,
        "max": high,
        "min_label": _plain(element.get("minRateDescription", ""), state),
        "max_label": _plain(element.get("maxRateDescription", ""), state),
    }
    if (low, high) == (0, 10) and not labels:
        kind = QuestionType.NPS
    elif low == 1 and not labels:
        kind = QuestionType.RATING
    else:
        kind = QuestionType.LIKERT
        scale["labels"] = labels
    return {"type": kind, "scale": Scale.model_validate(scale)}


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _ranking(element: dict[str, Any], state: _State, correct: Any) -> dict[str, Any]:
    choices = _choices(element, state)
    if isinstance(correct, list):
        order = []
        for value in correct:
            match = next((c for c in choices if _same(c[0], value) and c not in order), None)
            if match is None:
                raise _Bad(f"its correctAnswer names {value!r}, which is not a choice")
            order.append(match)
        if len(order) != len(choices):
            raise _Bad("its correctAnswer must list every choice once")
        choices = order
    ids = _option_ids([v for v, _ in choices])
    return {
        "type": QuestionType.RANKING,
        "options": [Option(id=i, label=t) for i, (_, t) in zip(ids, choices, strict=True)],
    }


# --- completedHtmlOnCondition -> score bands --------------------------------------------

_ALLOWED = (
    ast.Expression,
    ast.BoolOp,
    ast.And,
    ast.Or,
    ast.Compare,
    ast.BinOp,
    ast.UnaryOp,
    ast.USub,
    ast.Add,
    ast.Sub,
    ast.Mult,
    ast.Div,
    ast.Constant,
    ast.Name,
    ast.Load,
    ast.Gt,
    ast.GtE,
    ast.Lt,
    ast.LtE,
    ast.Eq,
    ast.NotEq,
)


def _expression(text: str) -> ast.Expression | None:
    """A simple SurveyJS expression over {correctAnswers} and {questionCount}, or None."""
    source = re.sub(r"\{correct(?:ed)?Answers\}", " c ", text)
    source = re.sub(r"\{incorrectAnswers\}", " (n - c) ", source)
    source = re.sub(r"\{questionCount\}", " n ", source)
    source = re.sub(r"(?<![<>!=])=(?!=)", "==", source).replace("<>", "!=")
    source = re.sub(r"\band\b|&&", " and ", source, flags=re.I)
    source = re.sub(r"\bor\b|\|\|", " or ", source, flags=re.I)
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED):
            return None
        if isinstance(node, ast.Name) and node.id not in ("c", "n"):
            return None
        if isinstance(node, ast.Constant) and not isinstance(node.value, int | float):
            return None
    return tree


def _evaluate(node: ast.AST, c: int, n: int) -> float:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, c, n)
    if isinstance(node, ast.Constant):
        assert isinstance(node.value, int | float)  # checked by _expression
        return float(node.value)
    if isinstance(node, ast.Name):
        return float(c if node.id == "c" else n)
    if isinstance(node, ast.UnaryOp):
        return -_evaluate(node.operand, c, n)
    if isinstance(node, ast.BinOp):
        a, b = _evaluate(node.left, c, n), _evaluate(node.right, c, n)
        if isinstance(node.op, ast.Add):
            return a + b
        if isinstance(node.op, ast.Sub):
            return a - b
        if isinstance(node.op, ast.Mult):
            return a * b
        return a / b if b else math.inf
    if isinstance(node, ast.BoolOp):
        values = [bool(_evaluate(v, c, n)) for v in node.values]
        return float(all(values) if isinstance(node.op, ast.And) else any(values))
    assert isinstance(node, ast.Compare)
    left = _evaluate(node.left, c, n)
    for op, comparator in zip(node.ops, node.comparators, strict=True):
        right = _evaluate(comparator, c, n)
        ok = {
            ast.Gt: left > right,
            ast.GtE: left >= right,
            ast.Lt: left < right,
            ast.LtE: left <= right,
            ast.Eq: left == right,
            ast.NotEq: left != right,
        }[type(op)]
        if not ok:
            return 0.0
        left = right
    return 1.0


def _bands(data: dict[str, Any], state: _State, scored: int) -> list[ScoreBand]:
    conditions = data.get("completedHtmlOnCondition") or []
    if not isinstance(conditions, list):
        conditions = []
    default = _plain(data.get("completedHtml", ""), state)
    if not scored:
        if conditions or default:
            state.notes.append(
                NotHeld(
                    "",
                    "the closing messages (completedHtml...) are not "
                    "held: without right answers there is no score",
                )
            )
        return []
    usable: list[tuple[ast.Expression, str]] = []
    for condition in conditions:
        if not isinstance(condition, dict):
            continue
        expression = str(condition.get("expression", ""))
        tree = _expression(expression)
        if tree is None:
            state.notes.append(
                NotHeld(
                    "",
                    f"the closing message for '{expression}' is not held "
                    "(only conditions on {correctAnswers} become score bands)",
                )
            )
            continue
        usable.append((tree, _plain(condition.get("html", ""), state)))
    shown: list[str] = []
    for c in range(scored + 1):
        text = next((html for tree, html in usable if _evaluate(tree, c, scored)), default)
        shown.append(text)
    bands: list[ScoreBand] = []
    for c, text in enumerate(shown):
        if text and (c == 0 or shown[c - 1] != text):
            bands.append(ScoreBand(min_percent=round(100 * c / scored, 4), title=text))
        elif not text and c and shown[c - 1]:
            bands.append(ScoreBand(min_percent=round(100 * c / scored, 4), title=""))
    if any("{" in b.title for b in bands):
        state.notes.append(
            NotHeld(
                "", "placeholders like {correctAnswers} in the closing messages are kept as written"
            )
        )
    return bands


# --- the survey ------------------------------------------------------------------------


def read_surveyjs(text: str, title: str) -> ImportResult:
    """One item from a SurveyJS survey, with what could not be held or read."""
    with bulk():
        return _read(text, title)


def _read(text: str, title: str) -> ImportResult:
    data = _loads(text)
    if not looks_like_surveyjs(data):
        raise FileUnreadable("not a SurveyJS survey (it has neither 'pages' nor 'questions')")
    locale = str(data.get("locale") or "en")
    state = _State(locale, source=text)
    language = Language.FR if locale == "fr" else Language.EN
    if locale not in ("fr", "en"):
        state.notes.append(NotHeld("", f"the survey's language '{locale}' is not held (English)"))
    extra = sorted(k for k in data if k not in SURVEY_HELD and k not in COSMETIC)
    if extra:
        state.notes.append(NotHeld("", f"survey settings not held: {', '.join(extra)}"))
    pages = data.get("pages") if isinstance(data.get("pages"), list) else [data]
    for p, page in enumerate(pages, 1):
        if not isinstance(page, dict):
            continue
        where = f"page {p}"
        for key in ("title", "description"):
            if page.get(key) and "pages" in data:
                state.notes.append(
                    NotHeld("", f"{where}: its {key} '{_plain(page[key], state)}' is not held")
                )
        for element in _elements(page, state, where):
            _add(element, state)
    for _ in state.descriptions:
        state.notes.append(NotHeld("", "an html element with no question after it is not kept"))
    scored = sum(1 for q in state.questions if q.points > 0)
    settings = Settings(
        shuffle_options=bool(state.shuffles) and all(s for _, s in state.shuffles),
        shuffle_questions=data.get("questionsOrder") == "random",
        timer=_timer(data, state),
    )
    if any(s for _, s in state.shuffles) and not settings.shuffle_options:
        shuffled = [q for q, s in state.shuffles if s]
        state.notes.append(
            NotHeld(
                "",
                f"questions {', '.join(shuffled)} shuffle their choices; "
                "quizbuilder shuffles for the whole item or not at all: off",
            )
        )
    if len(state.languages - {locale}) > 0:
        others = ", ".join(sorted(state.languages - {locale}))
        state.notes.append(NotHeld("", f"translations ({others}) are not held"))
    document = ItemDocument(
        kind=Kind.KNOWLEDGE_QUIZ if scored else Kind.SURVEY,
        title=_plain(data.get("title"), state) or title,
        intro=_plain(data.get("description", ""), state),
        language=language,
        questions=state.questions,
        scoring=Scoring(bands=_bands(data, state, scored)),
        settings=settings,
    )
    return ImportResult([document], {}, state.notes, state.errors)


def _add(element: dict[str, Any], state: _State) -> None:
    if element.get("type") != "html":
        state.position += 1
    name = str(element.get("name") or "")
    label = describe_question(state.position, name, _local(element.get("title"), state))
    notes: list[str] = []
    try:
        question = _question(element, state, notes)
    except _Skip as exc:
        state.notes.append(NotHeld(label, str(exc)))
        return
    except (TypeError, ValueError, AttributeError) as exc:  # a shape SurveyJS never writes
        line, column = _where(state.source, name)
        message = f"is not a SurveyJS element this reader understands ({exc})"
        state.errors.append(ParseError(line, column, label, message))
        return
    except _Bad as exc:
        line, column = _where(state.source, name)
        state.errors.append(ParseError(line, column, label, str(exc)))
        return
    state.notes += [NotHeld(label, n) for n in notes]
    if question is None:
        return
    if state.descriptions:
        texts = [*state.descriptions, question.description]
        question = question.model_copy(update={"description": "\n\n".join(t for t in texts if t)})
        state.descriptions = []
    state.questions.append(question)


def _where(source: str, name: str) -> tuple[int, int]:
    """Where the element named ``name`` is written (json.loads keeps no positions)."""
    found = re.search(r'"name"\s*:\s*' + re.escape(json.dumps(name)), source) if name else None
    if found is None:
        return 1, 1
    line = source.count("\n", 0, found.start()) + 1
    return line, found.start() - source.rfind("\n", 0, found.start())


def _timer(data: dict[str, Any], state: _State) -> Timer | None:
    total, per_page = data.get("timeLimit"), data.get("timeLimitPerPage")
    chosen, scope = (total, "item") if total else (per_page, "question")
    if total and per_page:
        state.notes.append(
            NotHeld(
                "",
                f"the time limit per page ({per_page} s) is not held; "
                f"the limit for the whole quiz ({total} s) is",
            )
        )
    if not chosen:
        return None
    if not isinstance(chosen, int | float) or not 5 <= chosen <= 86_400:
        state.notes.append(NotHeld("", f"the time limit {chosen!r} s is not held (5 s to 24 h)"))
        return None
    if scope == "question":
        state.notes.append(NotHeld("", "the time limit per page is held as a limit per question"))
        return Timer(seconds=int(chosen), scope="question")
    return Timer(seconds=int(chosen), scope="item")
