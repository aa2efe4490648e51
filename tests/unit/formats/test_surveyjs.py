"""SurveyJS survey JSON in. Fixtures written here."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizbuilder.domain.content import Kind, Language, QuestionType
from quizbuilder.formats.question_import import FileUnreadable
from quizbuilder.formats.surveyjs import read_surveyjs


def read(data: dict[str, Any]) -> Any:
    return read_surveyjs(json.dumps(data, indent=2), "survey")


QUIZ: dict[str, Any] = {
    "title": "Quiz réseaux",
    "description": "Testez-vous.",
    "locale": "fr",
    "timeLimit": 60,
    "pages": [
        {
            "elements": [
                {"type": "html", "html": "<p>Bienvenue <b>à tous</b></p>"},
                {
                    "type": "radiogroup",
                    "name": "reseau",
                    "title": "Le plus grand ?",
                    "isRequired": True,
                    "choices": ["Facebook", "Mastodon"],
                    "correctAnswer": "Facebook",
                },
            ]
        },
        {
            "elements": [
                {
                    "type": "checkbox",
                    "name": "formats",
                    "title": {"default": "Formats courts ?", "en": "Short formats?"},
                    "choices": [
                        {"value": "reel", "text": "Reel"},
                        {"value": "story", "text": "Story"},
                        {"value": "blog", "text": "Article de blog"},
                    ],
                    "correctAnswer": ["reel", "story"],
                    "maxSelectedChoices": 2,
                },
                {"type": "dropdown", "name": "pays", "choices": [1, 2, 3], "correctAnswer": 2},
                {
                    "type": "boolean",
                    "name": "vrai",
                    "title": "Le NPS va de 0 à 10.",
                    "correctAnswer": True,
                    "labelTrue": "Vrai",
                    "labelFalse": "Faux",
                },
                {"type": "text", "name": "annee", "inputType": "number", "correctAnswer": 2004},
                {"type": "text", "name": "capitale", "correctAnswer": "Paris"},
                {"type": "comment", "name": "avis"},
                {"type": "rating", "name": "note", "rateMax": 5, "minRateDescription": "Bof"},
                {"type": "rating", "name": "nps", "rateMin": 0, "rateMax": 10},
                {
                    "type": "rating",
                    "name": "accord",
                    "rateValues": [
                        {"value": 1, "text": "Pas d'accord"},
                        {"value": 2, "text": "Neutre"},
                        {"value": 3, "text": "D'accord"},
                    ],
                },
                {
                    "type": "ranking",
                    "name": "ordre",
                    "choices": ["a", "b", "c"],
                    "correctAnswer": ["c", "a", "b"],
                },
                {"type": "matrix", "name": "grille"},
                {
                    "type": "panel",
                    "title": "Bonus",
                    "elements": [
                        {
                            "type": "radiogroup",
                            "name": "bonus",
                            "choices": ["x", "y"],
                            "visibleIf": "{reseau} = 'Facebook'",
                        },
                    ],
                },
            ]
        },
    ],
    "completedHtml": "<p>{correctAnswers} bonnes réponses.</p>",
    "completedHtmlOnCondition": [
        {"expression": "{correctAnswers} == 0", "html": "Aïe."},
        {"expression": "{correctAnswers} / {questionCount} >= 0.8", "html": "Bravo !"},
        {"expression": "{reseau} = 'Facebook'", "html": "Vous aimez Facebook."},
    ],
}


def test_a_quiz_with_every_question_type() -> None:
    result = read(QUIZ)
    assert result.errors == []
    [doc] = result.items
    assert (doc.kind, doc.title, doc.intro, doc.language) == (
        Kind.KNOWLEDGE_QUIZ,
        "Quiz réseaux",
        "Testez-vous.",
        Language.FR,
    )
    assert doc.settings.timer is not None and doc.settings.timer.seconds == 60
    q = {x.id: x for x in doc.questions}
    assert q["reseau"].type == QuestionType.SINGLE_CHOICE and q["reseau"].required
    assert q["reseau"].description == "Bienvenue à tous"
    assert [(o.label, o.fraction) for o in q["reseau"].options] == [
        ("Facebook", 1),
        ("Mastodon", 0),
    ]
    assert q["formats"].text == "Formats courts ?" and q["formats"].max_choices == 2
    assert [(o.id, o.fraction) for o in q["formats"].options] == [
        ("reel", 0.5),
        ("story", 0.5),
        ("blog", -0.5),
    ]
    assert [o.fraction for o in q["pays"].options] == [0, 1, 0] and q["pays"].text == "pays"
    assert [(o.label, o.fraction) for o in q["vrai"].options] == [("Vrai", 1), ("Faux", 0)]
    assert q["annee"].type == QuestionType.NUMBER and q["annee"].numeric_answers[0].value == 2004
    assert q["capitale"].accepted_answers[0].text == "Paris"
    assert q["avis"].type == QuestionType.LONG_TEXT and q["avis"].points == 0
    assert q["note"].type == QuestionType.RATING and q["note"].scale is not None
    assert (q["note"].scale.max, q["note"].scale.min_label) == (5, "Bof")
    assert q["nps"].type == QuestionType.NPS
    assert q["accord"].type == QuestionType.LIKERT
    assert q["accord"].scale is not None and q["accord"].scale.labels[0] == "Pas d'accord"
    assert [o.label for o in q["ordre"].options] == ["c", "a", "b"]
    assert "grille" not in q and "bonus" in q
    # 7 scored questions: none right -> "Aïe.", 80 % and more -> "Bravo !", else completedHtml
    assert [(b.min_percent, b.title) for b in doc.scoring.bands] == [
        (0.0, "Aïe."),
        (14.2857, "{correctAnswers} bonnes réponses."),
        (85.7143, "Bravo !"),
    ]
    messages = [str(n) for n in result.not_held]
    for words in (
        "quizbuilder has no 'matrix' question",
        "the panel's title 'Bonus' is not held",
        "not held: visibleIf",
        "all or nothing",
        "the closing message for '{reseau} = 'Facebook'' is not held",
        "translations (en) are not held",
    ):
        assert any(words in m for m in messages), words


def test_a_survey_without_right_answers_and_the_legacy_questions_key() -> None:
    result = read(
        {
            "questions": [
                {"type": "comment", "name": "avis", "title": "Votre avis ?"},
                {"type": "rating", "name": "note"},
            ]
        }
    )
    [doc] = result.items
    assert doc.kind == Kind.SURVEY and doc.title == "survey" and doc.language == Language.EN
    assert [q.points for q in doc.questions] == [0, 0]


def test_bad_elements_are_errors_with_their_line() -> None:
    result = read(
        {
            "pages": [
                {
                    "elements": [
                        {
                            "type": "radiogroup",
                            "name": "q1",
                            "choices": ["a", "b"],
                            "correctAnswer": "c",
                        },
                        {"type": "radiogroup", "name": "q2", "choices": ["seul"]},
                    ]
                }
            ]
        }
    )
    assert [(e.question, e.message) for e in result.errors] == [
        ('question 1 "q1"', "its correctAnswer 'c' is none of its choices"),
        ('question 2 "q2"', "needs at least two choices (it has 1)"),
    ]
    assert all(e.line > 1 for e in result.errors)


@pytest.mark.parametrize(
    ("text", "words"),
    [("{not json", "not valid JSON at line 1, column 2"), ('{"title": "x"}', "not a SurveyJS")],
)
def test_files_that_are_not_surveys(text: str, words: str) -> None:
    with pytest.raises(FileUnreadable, match=words):
        read_surveyjs(text, "f")


_scalars = st.none() | st.booleans() | st.integers(-3, 12) | st.sampled_from(
    ["radiogroup", "checkbox", "dropdown", "boolean", "text", "comment", "rating", "ranking",
     "html", "panel", "matrix", "number", "a", "b", "{correctAnswers} >= 1", "fr", ""]
)  # fmt: skip
_keys = st.sampled_from(
    ["type", "name", "title", "choices", "correctAnswer", "elements", "pages", "questions",
     "rateMin", "rateMax", "rateValues", "inputType", "value", "text", "html", "expression",
     "completedHtmlOnCondition", "completedHtml", "timeLimit", "locale", "maxSelectedChoices",
     "labelTrue", "valueTrue", "default"]
)  # fmt: skip
_json = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=5),
    max_leaves=8,
)


_element = st.fixed_dictionaries(
    {"type": _scalars, "name": _scalars},
    optional={k: _json for k in ("title", "choices", "correctAnswer", "rateValues", "rateMin",
                                 "rateMax", "inputType", "elements", "labelTrue", "html")},
)  # fmt: skip
_survey = st.fixed_dictionaries(
    {"pages": st.lists(st.fixed_dictionaries({"elements": st.lists(_element, max_size=4)}),
                       max_size=3)},
    optional={"completedHtmlOnCondition": _json, "timeLimit": _json, "title": _json},
)  # fmt: skip


@settings(
    max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.dictionaries(_keys, _json, max_size=4) | _survey)
def test_any_json_gives_an_item_or_a_clear_refusal(data: dict[str, Any]) -> None:
    try:
        result = read_surveyjs(json.dumps(data), "fuzz")
    except FileUnreadable:
        return
    assert len(result.items) == 1
    assert all(e.line >= 1 and e.message for e in result.errors)
