"""GIFT in and out, read as Moodle reads it; fixtures written here (see docs/interop.md)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizbuilder.domain.content import ItemDocument, QuestionType
from quizbuilder.formats.gift import escape, parse_gift, percent, read_gift, write_gift


def one(text: str) -> Any:
    """The single question of a one-question GIFT text, as a document question."""
    result = read_gift(text, "quiz")
    assert result.errors == [], result.errors
    [item] = result.items
    [question] = item.questions
    return question


def test_multiple_choice_with_one_right_answer_and_feedback() -> None:
    q = one("Qui est enterré ?{~Grant#Non ~Jefferson =personne#Bravo !}")
    assert q.type == QuestionType.SINGLE_CHOICE and q.text == "Qui est enterré ?"
    assert [(o.id, o.label, o.fraction, o.feedback) for o in q.options] == [
        ("a", "Grant", 0.0, "Non"),
        ("b", "Jefferson", 0.0, ""),
        ("c", "personne", 1.0, "Bravo !"),
    ]
    assert q.points == 1  # Moodle's default mark


def test_several_right_answers_with_weights_negative_too() -> None:
    q = one(
        "Les continents ?{\n  ~%33.33333%Afrique\n  ~%33.33333%Asie\n  ~%-100%Chine\n"
        "  ~%33.33333%Antarctique\n}"
    )
    assert q.type == QuestionType.MULTIPLE_CHOICE
    assert [o.fraction for o in q.options] == [0.3333333, 0.3333333, -1.0, 0.3333333]


def test_a_single_answer_question_may_give_partial_credit() -> None:
    q = one("Difficile.{~faux ~%50%moitié =juste}")
    assert q.type == QuestionType.SINGLE_CHOICE
    assert [o.fraction for o in q.options] == [0, 0.5, 1]


def test_true_false_with_its_two_feedbacks_as_moodle_reads_them() -> None:
    # The first feedback is for a wrong answer, the second for a right one.
    q = one("Le soleil se lève à l'est.{TRUE#Raté#Exact}")
    assert q.type == QuestionType.TRUE_FALSE
    assert [(o.id, o.fraction, o.feedback) for o in q.options] == [
        ("true", 1.0, "Exact"),
        ("false", 0.0, "Raté"),
    ]
    q = one("La Terre est plate.{F#Non, elle est ronde.}")
    assert [(o.fraction, o.feedback) for o in q.options] == [
        (0.0, "Non, elle est ronde."),
        (1.0, ""),
    ]


def test_short_answer_with_weights_and_the_case_ignored() -> None:
    q = one("Capitale de la France ?{=Paris#Oui =%50%paris intra-muros =%0%Lyon#Non}")
    assert q.type == QuestionType.SHORT_TEXT and not q.case_sensitive
    assert [(a.text, a.fraction, a.feedback) for a in q.accepted_answers] == [
        ("Paris", 1.0, "Oui"),
        ("paris intra-muros", 0.5, ""),
        ("Lyon", 0.0, "Non"),
    ]
    assert one("Un ?{Un}").accepted_answers[0].text == "Un"  # no '=' for a single answer


@pytest.mark.parametrize(
    ("gift", "expected"),
    [
        ("{#1822}", [(1822.0, 0.0, 1.0)]),
        ("{#3.1415:0.0005}", [(3.1415, 0.0005, 1.0)]),
        ("{#-5..5}", [(0.0, 5.0, 1.0)]),
        ("{#=1822:0 =%50%1822:2}", [(1822.0, 0.0, 1.0), (1822.0, 2.0, 0.5)]),
    ],
)
def test_numerical_forms(gift: str, expected: list[tuple[float, float, float]]) -> None:
    q = one(f"Quand ? {gift}")
    assert q.type == QuestionType.NUMBER
    assert [(a.value, a.tolerance, a.fraction) for a in q.numeric_answers] == expected


def test_matching_essay_and_missing_word() -> None:
    q = one("Associez.{=Canada -> Ottawa =Italie -> Rome =Japon -> Tokyo}")
    assert q.type == QuestionType.MATCHING
    assert [(p.id, p.prompt, p.answer) for p in q.pairs] == [
        ("p1", "Canada", "Ottawa"),
        ("p2", "Italie", "Rome"),
        ("p3", "Japon", "Tokyo"),
    ]
    assert one("Racontez vos vacances.{}").type == QuestionType.LONG_TEXT
    q = one("Grant est {~enterré =inhumé ~vivant} dans sa tombe.")
    assert q.text == "Grant est _____ dans sa tombe."


def test_general_feedback_name_id_tags_and_comments() -> None:
    text = (
        "// [id:geo-1] [tag:géographie] [tag:facile]\n"
        "// a comment line\n"
        "::Capitale::Capitale de l'Italie ?{=Rome####Rome est la capitale depuis 1871.}"
    )
    result = read_gift(text, "quiz")
    [item] = result.items
    [q] = item.questions
    assert q.id == "geo-1" and q.explanation == "Rome est la capitale depuis 1871."
    assert item.tags == ["géographie", "facile"]
    assert [str(n) for n in result.not_held] == [
        "line 3, question 1 \"Capitale\": its name 'Capitale' is not kept (its id comes from [id:])"
    ]


def test_ids_come_from_the_name_or_the_position() -> None:
    result = read_gift("::Tombe de Grant::Qui ?{=personne}\n\nEt ?{=x}\n\n::Q1::Encore ?{=y}", "t")
    ids = [q.id for q in result.items[0].questions]
    assert ids == ["Tombe-de-Grant", "q2", "Q1"]
    assert "kept as the id 'Tombe-de-Grant'" in str(result.not_held[0])


def test_every_escape() -> None:
    q = one(r"Les caractères \: \# \= \{ \} \~ \\ et\nune ligne{=\=\~\#\{\}\:\\ ok}")
    assert q.text == "Les caractères : # = { } ~ \\ et\nune ligne"
    assert q.accepted_answers[0].text == "=~#{}:\\ ok"


def test_text_formats() -> None:
    q = one("[html]<p>Le <b>soleil</b> se lève<br>à l'est.</p>{T}")
    assert q.text == "Le soleil se lève\nà l'est."
    result = read_gift("[markdown]Un **gras**{T}", "t")
    assert result.items[0].questions[0].text == "Un **gras**"
    assert "Markdown is kept as written" in str(result.not_held[0])
    assert one("[plain]<b>tel quel</b>{T}").text == "<b>tel quel</b>"
    # Moodle's auto-format: plain text with line breaks, HTML allowed.
    assert one("[moodle]Un <i>mot</i>\\nsur deux lignes{T}").text == "Un mot\nsur deux lignes"
    # The answers inherit the question's format unless they say otherwise.
    q = one("[html]Q ?{=[plain]<b>a</b> ~<i>b</i>}")
    assert [o.label for o in q.options] == ["<b>a</b>", "b"]


def test_categories_make_items_with_title_and_campaign() -> None:
    text = (
        "Avant ?{T}\n\n$CATEGORY: $course$/top/Histoire/Chapitre 1\n\nA ?{T}\n\nB ?{F}\n\n"
        "$CATEGORY: $course$/top/Histoire/Chapitre 2\n\nC ?{T}"
    )
    items = read_gift(text, "fichier").items
    assert [(i.title, i.campaign, len(i.questions)) for i in items] == [
        ("fichier", "", 1),
        ("Chapitre 1", "Histoire", 2),
        ("Chapitre 2", "Histoire", 1),
    ]
    assert all(i.kind == "knowledge_quiz" for i in items)


def test_a_category_line_followed_by_a_question_without_a_blank_line() -> None:
    items = read_gift("$CATEGORY: Révisions\nQ ?{T}", "f").items
    assert items[0].title == "Révisions" and len(items[0].questions) == 1


def test_description_becomes_the_next_questions_description() -> None:
    result = read_gift("::Intro::Prenez une feuille.\n\nVrai ?{T}\n\nFin du quiz.", "f")
    [q] = result.items[0].questions
    assert q.description == "Prenez une feuille."
    messages = [n.message for n in result.not_held]
    assert "the description's name 'Intro' is not kept" in messages
    assert "a description with no question after it is not kept" in messages


def test_what_cannot_be_held_is_reported_per_question() -> None:
    result = read_gift(
        "::Animal::Le meilleur ?{=Grenouille =%50%Chat =%0%*#Complètement faux}\n\n"
        "Nombre ?{#3:2~#Complètement faux}\n\n"
        "Associez.{=a -> 1 =b -> 2 = -> 3}",
        "f",
    )
    assert result.errors == []
    held = [(n.question, n.message) for n in result.not_held]
    assert (
        'question 1 "Animal"',
        "the catch-all answer '*' (feedback for any other answer) is not held",
    ) in held
    assert any("feedback for any other number" in m for _, m in held)
    assert any("extra wrong answer '3'" in m for _, m in held)
    assert all(n.line for n in result.not_held)


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("Q ?{=a\n\nOther ?{T}", 1, 4, "never closed with }"),
        ("\n\n::Nom::Texte } puis {T}", 3, 14, "never opened"),
        ("Q ?{~a ~%150%b =c}", 1, 9, "the weight %150% is not a percentage"),
        ("Q ?{~a ~%1,5%b =c}", 1, 9, "the weight %1,5% is not a percentage Moodle reads"),
        ("Associez.{=a -> 1}", 1, 11, "at least two pairs"),
        ("Associez.{\n  =a -> 1\n  =b 2\n}", 3, 4, "'b 2' has no ->"),
        ("Q ?{~seule}", 1, 5, "at least two answers"),
        ("Combien ?{#abc}", 1, 12, "'abc' is not a number"),
        ("Combien ?{#5..1}", 1, 12, "goes down"),
        ("Q {T} et {F}", 1, 10, "one answer block"),
    ],
)
def test_errors_name_line_column_and_question(
    text: str, line: int, column: int, words: str
) -> None:
    [error] = parse_gift(text).errors
    assert (error.line, error.column) == (line, column), error
    assert words in error.message
    assert error.question.startswith("question ")


def test_a_bad_question_does_not_stop_the_others_from_being_read() -> None:
    result = read_gift("A ?{T}\n\nB ?{=x\n\nC ?{F}", "f")
    assert [e.question for e in result.errors] == ['question 2 "B ?{=x"']
    assert [q.text for q in result.items[0].questions] == ["A ?", "C ?"]


# --- writing ---------------------------------------------------------------------------


def test_escapes_and_weights_as_moodle_writes_them() -> None:
    assert escape("a\\b:c#d=e~f{g}h\ni\r") == "a\\\\b\\:c\\#d\\=e\\~f\\{g\\}h\\ni"
    assert [percent(f) for f in (1, 0.5, 1 / 3, -1, 1 / 6, 0.0, -0.0, 0.125)] == [
        "100",
        "50",
        "33.33333",
        "-100",
        "16.66667",
        "0",
        "0",
        "12.5",
    ]


def document(*questions: dict[str, Any], **fields: Any) -> ItemDocument:
    return ItemDocument.model_validate(
        {"kind": "knowledge_quiz", "title": "Quiz", "questions": list(questions), **fields}
    )


def test_each_question_type_written_then_read_back() -> None:
    doc = document(
        {
            "id": "mc",
            "type": "single_choice",
            "text": "Qui ?",
            "points": 1,
            "explanation": "Personne.",
            "options": [
                {"id": "a", "label": "Grant", "feedback": "Non"},
                {"id": "b", "label": "personne", "fraction": 1},
            ],
        },
        {
            "id": "multi",
            "type": "multiple_choice",
            "text": "Lesquels ?",
            "points": 1,
            "options": [
                {"id": "a", "label": "x", "fraction": 0.5},
                {"id": "b", "label": "y", "fraction": 0.5},
                {"id": "c", "label": "z", "fraction": -1},
            ],
        },
        {
            "id": "tf",
            "type": "true_false",
            "text": "Vrai ?",
            "points": 1,
            "options": [
                {"id": "true", "label": "Vrai", "fraction": 0, "feedback": "Raté"},
                {"id": "false", "label": "Faux", "fraction": 1, "feedback": "Oui"},
            ],
        },
        {
            "id": "short",
            "type": "short_text",
            "text": "Capitale ?",
            "points": 1,
            "accepted_answers": [{"text": "Paris"}, {"text": "paris", "fraction": 0.5}],
        },
        {
            "id": "num",
            "type": "number",
            "text": "Combien ?",
            "points": 1,
            "numeric_answers": [
                {"value": 5.3, "tolerance": 0.1},
                {"value": 5, "tolerance": 1, "fraction": 0.25},
            ],
        },
        {
            "id": "match",
            "type": "matching",
            "text": "Associez.",
            "points": 1,
            "pairs": [
                {"id": "p1", "prompt": "Canada", "answer": "Ottawa"},
                {"id": "p2", "prompt": "Italie", "answer": "Rome"},
            ],
        },
        {"id": "essay", "type": "long_text", "text": "Racontez.", "points": 1},
        tags=["révision"],
    )
    text, warnings = write_gift(document=doc)
    assert warnings == []
    assert "::mc::Qui ?{\n\t~Grant#Non\n\t=personne\n\t####Personne.\n}" in text
    assert "\t~%50%x\n\t~%50%y\n\t~%-100%z" in text
    assert "::tf::Vrai ?{FALSE#Raté#Oui}" in text
    assert "\t=%100%Paris#\n\t=%50%paris#" in text
    assert "\t=%100%5.3:0.1#\n\t=%25%5:1#" in text
    assert "\t=Canada -> Ottawa\n" in text and "::essay::Racontez.{}" in text
    assert text.startswith("$CATEGORY: $course$/top/Quiz\n")
    assert "// [tag:révision]" in text
    [back] = read_gift(text, "other").items
    assert back == doc


def test_features_gift_cannot_carry_are_warnings() -> None:
    doc = document(
        {"id": "r", "type": "rating", "text": "Note ?", "scale": {"min": 1, "max": 5}},
        {
            "id": "s",
            "type": "single_choice",
            "text": "Sondage",
            "points": 3,
            "required": True,
            "image": {"asset": "0" * 64},
            "options": [{"id": "a", "label": "x", "fraction": 0.37}, {"id": "b", "label": "y"}],
        },
        {"id": "t", "type": "short_text", "text": "Libre"},
        intro="Bonjour",
        scoring={"pass_percent": 50},
    )
    text, warnings = write_gift(doc)
    joined = "\n".join(warnings)
    for words in (
        "question r: a rating question has no equivalent in Moodle",
        "question s: GIFT cannot carry its 3 points",
        "question s: its image is not exported (GIFT has no images)",
        "has no 37 %",
        "reads it back as a question with several answers",
        "question t: a short_text question with no right answer is exported as an essay",
        "are required",
        "the intro is not exported",
        "pass mark",
    ):
        assert words in joined, words
    assert "Note ?" not in text


def test_texts_that_would_be_misread_are_protected() -> None:
    doc = document(
        {
            "id": "q1",
            "type": "single_choice",
            "text": "// pas un commentaire",
            "points": 1,
            "options": [
                {"id": "a", "label": "[html] littéral", "fraction": 1},
                {"id": "b", "label": "%5% de remise"},
                {"id": "c", "label": "a < b & c"},
            ],
        },
    )
    text, _ = write_gift(doc)
    assert "[plain]// pas un commentaire{" in text and "~%0%%5% de remise" in text
    assert read_gift(text, "x").items[0].questions == doc.questions


# --- the round trip GIFT -> quizbuilder -> GIFT -> quizbuilder -------------------------

_SAFE = st.sampled_from(list("{}#=~:\\[]%<>&-_/$*TF n\t\n")) | st.characters(
    codec="utf-8",
    exclude_categories=("Cs", "Co", "Zl", "Zp"),
    exclude_characters="\r\x0b\x0c\x1c\x1d\x1e\x85",
)


def _trimmed(value: str) -> bool:
    return value == value.strip(" \t\n\r\0\x0b")


texts = st.text(alphabet=_SAFE, max_size=20).filter(_trimmed)
labels = st.text(alphabet=_SAFE, min_size=1, max_size=12).filter(
    lambda s: _trimmed(s) and bool(s) and "->" not in s and s != "*"
)
percents = st.integers(-100, 100).map(lambda p: p / 100)
positive = st.integers(0, 100).map(lambda p: p / 100)


@st.composite
def gift_questions(draw: st.DrawFn, qid: str) -> dict[str, Any]:
    kind = draw(st.sampled_from(["single", "multi", "tf", "short", "number", "match", "essay"]))
    q: dict[str, Any] = {
        "id": qid,
        "text": draw(texts),
        "description": draw(texts),
        "points": 1,
        "explanation": draw(texts),
    }
    if kind in ("single", "multi"):
        n = draw(st.integers(2, 5))
        fractions = draw(st.lists(percents, min_size=n, max_size=n))
        if kind == "single":  # GIFT: '=' for a right answer, and at least one '~'
            fractions[draw(st.integers(0, n - 1))] = 1.0
            if all(f == 1 for f in fractions):
                fractions[0] = 0.0
        else:
            fractions = [0.5 if f == 1 else f for f in fractions]
        q["type"] = "single_choice" if kind == "single" else "multiple_choice"
        q["options"] = [
            {"id": chr(97 + i), "label": draw(texts), "fraction": f, "feedback": draw(texts)}
            for i, f in enumerate(fractions)
        ]
    elif kind == "tf":
        right = draw(st.booleans())
        q["type"] = "true_false"
        q["options"] = [
            {"id": "true", "label": "Vrai", "fraction": float(right), "feedback": draw(texts)},
            {"id": "false", "label": "Faux", "fraction": float(not right), "feedback": draw(texts)},
        ]
    elif kind == "short":
        q["type"] = "short_text"
        q["accepted_answers"] = [
            {
                "text": draw(labels),
                "fraction": draw(positive),
                "feedback": draw(texts.filter(lambda s: "->" not in s)),
            }
            for _ in range(draw(st.integers(1, 3)))
        ]
        if "->" in q["text"]:
            q["text"] = q["text"].replace("->", "")
    elif kind == "number":
        q["type"] = "number"
        q["numeric_answers"] = [
            {
                "value": draw(st.floats(-1e9, 1e9, allow_nan=False)),
                "tolerance": draw(st.floats(0, 1e6, allow_nan=False)),
                "fraction": draw(positive),
                "feedback": draw(texts),
            }
            for _ in range(draw(st.integers(1, 3)))
        ]
    elif kind == "match":
        q["type"] = "matching"
        q["pairs"] = [
            {"id": f"p{i + 1}", "prompt": draw(labels), "answer": draw(texts)}
            for i in range(draw(st.integers(2, 4)))
        ]
    else:
        q["type"] = "long_text"
    return q


@st.composite
def gift_documents(draw: st.DrawFn) -> ItemDocument:
    n = draw(st.integers(1, 4))
    ids = [draw(st.sampled_from([f"q{i + 1}", f"id-{i}", f"Q{i}.x"])) for i in range(n)]
    word = st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzéàç ABC0123456789-'", min_size=1, max_size=12
    ).filter(lambda s: s.strip() == s and bool(s))
    return ItemDocument.model_validate(
        {
            "kind": "knowledge_quiz",
            "title": draw(word),
            "campaign": draw(st.sampled_from(["", "Saison 1", "Clients/Acme"])),
            "tags": draw(st.lists(word, unique=True, max_size=2)),
            "questions": [draw(gift_questions(qid)) for qid in ids],
        }
    )


@settings(
    max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(gift_documents())
def test_round_trip_gift_quizbuilder_gift_quizbuilder(doc: ItemDocument) -> None:
    text, _ = write_gift(doc)
    first = read_gift(text, "file")
    assert first.errors == []
    [again] = first.items
    assert again == doc
    text2, _ = write_gift(again)
    [third] = read_gift(text2, "file").items
    assert third == again and text2 == text


_GIFT_BITS = st.sampled_from(
    ["{", "}", "~", "=", "#", "####", "%50%", "%-100%", "%x%", "->", "::", "\\", "\\:",
     "[html]", "[markdown]", "<b>", "&amp;", "$CATEGORY:", "//", "[id:1]", "[tag:t]", "T",
     "FALSE", "..", ":", "*", "1.5", "-3", "\n", "\n\n", " ", "\t", "a", "é", "_____"]
)  # fmt: skip


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(_GIFT_BITS, max_size=40).map("".join))
def test_any_text_gives_questions_or_errors_never_a_crash(text: str) -> None:
    result = read_gift(text, "fuzz")
    for error in result.errors:
        assert error.line >= 1 and error.column >= 1 and error.message
