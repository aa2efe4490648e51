"""Moodle XML in and out, with embedded images; hostile XML refused. Fixtures written here."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import pytest

from quizbuilder.domain.content import ItemDocument, QuestionType
from quizbuilder.formats.content_json import Asset
from quizbuilder.formats.moodle_xml import parse_moodle_xml, read_moodle_xml, write_moodle_xml
from quizbuilder.formats.question_import import FileUnreadable

PNG = b"\x89PNG\r\n\x1a\n quizbuilder test image"
PNG_SHA = hashlib.sha256(PNG).hexdigest()


def quiz(*questions: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n' + "\n".join(questions) + "\n</quiz>\n"
    ).encode()


def question(qtype: str, name: str, text: str, body: str = "", fmt: str = "html") -> str:
    return (
        f'  <question type="{qtype}">\n    <name><text>{name}</text></name>\n'
        f'    <questiontext format="{fmt}"><text><![CDATA[{text}]]></text></questiontext>\n'
        f"    <generalfeedback><text>Bien joué.</text></generalfeedback>\n"
        f"    <defaultgrade>2.0000000</defaultgrade>\n{body}  </question>"
    )


CATEGORY = """  <question type="category">
    <category><text>$course$/top/Géographie/Capitales</text></category>
    <info format="html"><text><![CDATA[<p>Les capitales d'Europe.</p>]]></text></info>
  </question>"""


def test_every_question_type_and_the_category() -> None:
    data = quiz(
        CATEGORY,
        question(
            "multichoice",
            "Capitale",
            "<p>Capitale de l'Italie ?</p>",
            """
    <single>true</single><shuffleanswers>true</shuffleanswers>
    <answer fraction="100"><text>Rome</text><feedback><text>Oui</text></feedback></answer>
    <answer fraction="0"><text>Milan</text></answer>""",
        ),
        question(
            "multichoice",
            "Plusieurs",
            "Lesquelles ?",
            """
    <single>false</single><shuffleanswers>1</shuffleanswers>
    <answer fraction="50"><text>Rome</text></answer>
    <answer fraction="50"><text>Paris</text></answer>
    <answer fraction="-100"><text>Lyon</text></answer>""",
        ),
        question(
            "truefalse",
            "Vrai-faux",
            "Rome est en Italie.",
            """
    <answer fraction="100"><text>true</text><feedback><text>Exact</text></feedback></answer>
    <answer fraction="0"><text>false</text><feedback><text>Non</text></feedback></answer>""",
        ),
        question(
            "shortanswer",
            "Court",
            "Capitale ?",
            """
    <usecase>1</usecase>
    <answer fraction="100"><text>Rome</text></answer>
    <answer fraction="50"><text>roma</text></answer>""",
        ),
        question(
            "numerical",
            "Nombre",
            "Habitants (millions) ?",
            """
    <answer fraction="100"><text>2.8</text><tolerance>0.1</tolerance></answer>
    <units><unit><multiplier>1</multiplier><unit_name>M</unit_name></unit></units>""",
        ),
        question(
            "matching",
            "Paires",
            "Associez.",
            """
    <shuffleanswers>true</shuffleanswers>
    <subquestion><text>Italie</text><answer><text>Rome</text></answer></subquestion>
    <subquestion><text>France</text><answer><text>Paris</text></answer></subquestion>""",
        ),
        question("description", "Info", "Une pause."),
        question("essay", "Rédaction", "Décrivez Rome."),
    )
    result = read_moodle_xml(data, "fichier")
    assert result.errors == []
    [item] = result.items
    assert (item.title, item.campaign, item.intro) == (
        "Capitales",
        "Géographie",
        "Les capitales d'Europe.",
    )
    assert item.settings.shuffle_options
    q = {x.id: x for x in item.questions}
    assert q["Capitale"].type == QuestionType.SINGLE_CHOICE
    assert q["Capitale"].text == "Capitale de l'Italie ?" and q["Capitale"].points == 2
    assert q["Capitale"].explanation == "Bien joué."
    assert [(o.label, o.fraction, o.feedback) for o in q["Capitale"].options] == [
        ("Rome", 1.0, "Oui"),
        ("Milan", 0.0, ""),
    ]
    assert [o.fraction for o in q["Plusieurs"].options] == [0.5, 0.5, -1.0]
    assert q["Plusieurs"].type == QuestionType.MULTIPLE_CHOICE
    assert [(o.fraction, o.feedback) for o in q["Vrai-faux"].options] == [
        (1.0, "Exact"),
        (0.0, "Non"),
    ]
    assert q["Court"].case_sensitive and [a.fraction for a in q["Court"].accepted_answers] == [
        1.0,
        0.5,
    ]
    assert (q["Nombre"].numeric_answers[0].value, q["Nombre"].unit) == (2.8, "M")
    assert [(p.prompt, p.answer) for p in q["Paires"].pairs] == [
        ("Italie", "Rome"),
        ("France", "Paris"),
    ]
    assert q["Redaction"].type == QuestionType.LONG_TEXT
    assert q["Redaction"].description == "Une pause."
    assert "Info" not in q


def test_embedded_images_become_assets() -> None:
    encoded = base64.b64encode(PNG).decode()
    data = quiz(
        question(
            "multichoice",
            "Image",
            '<p>Quel logo ?</p><img src="@@PLUGINFILE@@/logo.png" alt="Le logo">',
            '<single>true</single>\n<answer fraction="100"><text>A</text></answer>\n'
            '<answer fraction="0"><text>B</text></answer>\n',
        ).replace(
            "</questiontext>",
            f'<file name="logo.png" path="/" encoding="base64">{encoded}</file>'
            f'<file name="unused.png" path="/" encoding="base64">{encoded}</file></questiontext>',
        )
    )
    result = read_moodle_xml(data, "f")
    assert [n.message for n in result.not_held] == [
        "its text: its HTML formatting is not kept (plain text only)",
        "its text: the attached file 'unused.png' is not shown: not kept",
    ]
    [q] = result.items[0].questions
    assert q.image is not None and q.image.asset == PNG_SHA and q.image.alt == "Le logo"
    assert result.assets == {PNG_SHA: Asset("image/png", PNG)}
    assert q.text == "Quel logo ?"


def test_unsupported_types_and_extras_are_reported() -> None:
    data = quiz(
        question("calculated", "Calcul", "{a} + {b} ?"),
        question(
            "essay",
            "Essai",
            "Texte",
            "<graderinfo><text>Barème</text></graderinfo>\n<hint><text>Un indice</text></hint>\n",
        ),
    )
    result = read_moodle_xml(data, "f")
    messages = [(n.question, n.message) for n in result.not_held]
    assert (
        'question 1 "Calcul"',
        "quizbuilder has no 'calculated' question; this question is not imported",
    ) in messages
    assert any("information for graders" in m for _, m in messages)
    assert any("hints" in m for _, m in messages)
    assert [q.id for q in result.items[0].questions] == ["Essai"]


def test_a_bad_question_is_an_error_with_its_line() -> None:
    data = quiz(
        question(
            "numerical",
            "Nombre",
            "Combien ?",
            '<answer fraction="100"><text>beaucoup</text></answer>\n',
        ),
        '  <question type="essay">\n    <questiontext><text>Sans nom</text></questiontext>\n'
        "  </question>",
    )
    questions, errors = parse_moodle_xml(data)
    assert [(e.line, e.question, e.message) for e in errors] == [
        (3, 'question 1 "Nombre"', "the answer 'beaucoup' is not a number"),
        (
            10,
            'question 2 "Sans nom"',
            "the question has no <name> (Moodle: Missing question name in XML file)",
        ),
    ]
    assert questions == []


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"GIFT is not XML {T}", "not valid XML: syntax error at line 1, column 1"),
        (b"<quiz><question></quiz>", "not valid XML: mismatched tag at line 1, column 19"),
        (b"<?xml version='1.0'?><html/>", "its root element is <html>, not <quiz>"),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE quiz [\n <!ENTITY a "ha">\n'
            b' <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n'
            b' <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n<quiz>&c;</quiz>',
            "XML bomb",
        ),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<quiz>&x;</quiz>",
            "declares the XML entity 'x' that points to file:///etc/passwd",
        ),
    ],
)
def test_files_that_are_not_moodle_xml_are_refused(data: bytes, words: str) -> None:
    with pytest.raises(FileUnreadable) as caught:
        read_moodle_xml(data, "f")
    assert words in str(caught.value)


def document(**fields: Any) -> ItemDocument:
    return ItemDocument.model_validate({"kind": "knowledge_quiz", "title": "Quiz", **fields})


def test_each_question_type_written_then_read_back() -> None:
    doc = document(
        campaign="Saison 1",
        intro="Bonne chance !",
        tags=["révision"],
        settings={"shuffle_options": True},
        questions=[
            {
                "id": "mc",
                "type": "single_choice",
                "text": "Qui <vraiment> ?",
                "points": 2,
                "explanation": "Personne.",
                "image": {"asset": PNG_SHA, "alt": "Un logo"},
                "options": [
                    {"id": "a", "label": "Grant & fils", "feedback": "Non"},
                    {"id": "b", "label": "personne", "fraction": 1},
                ],
            },
            {
                "id": "multi",
                "type": "multiple_choice",
                "text": "Lesquels ?",
                "points": 1,
                "options": [
                    {"id": "a", "label": "x", "fraction": 0.3333333},
                    {"id": "b", "label": "y", "fraction": 0.6666667},
                    {"id": "c", "label": "z", "fraction": -1},
                ],
            },
            {
                "id": "poll",
                "type": "single_choice",
                "text": "Préférence ?",
                "options": [{"id": "a", "label": "x"}, {"id": "b", "label": "y"}],
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
                "case_sensitive": True,
                "accepted_answers": [{"text": "Paris"}, {"text": "paris", "fraction": 0.5}],
            },
            {
                "id": "num",
                "type": "number",
                "text": "Combien ?",
                "points": 1,
                "unit": "km",
                "numeric_answers": [{"value": 5.3, "tolerance": 0.1}],
            },
            {
                "id": "match",
                "type": "matching",
                "text": "Associez.",
                "points": 1,
                "description": "Prenez votre temps.",
                "pairs": [
                    {"id": "p1", "prompt": "Canada -> ?", "answer": "Ottawa"},
                    {"id": "p2", "prompt": "Italie", "answer": "Rome ]]> fin"},
                ],
            },
            {"id": "essay", "type": "long_text", "text": "Racontez\nsur deux lignes.", "points": 1},
        ],
    )
    text, warnings = write_moodle_xml(doc, {PNG_SHA: Asset("image/png", PNG)})
    assert warnings == []
    assert '<answer fraction="33.33333" format="plain_text">' in text
    assert "<defaultgrade>2.0000000</defaultgrade>" in text
    assert "<![CDATA[Rome ]]]]><![CDATA[> fin]]>" in text
    result = read_moodle_xml(text.encode(), "other")
    assert result.errors == []
    [back] = result.items
    assert back.questions[0].text == "Qui <vraiment> ?"  # its image made it HTML, and back
    assert back.model_copy(update={"questions": back.questions[1:]}) == doc.model_copy(
        update={"questions": doc.questions[1:]}
    )
    assert back.questions[0].image == doc.questions[0].image
    assert result.assets == {PNG_SHA: Asset("image/png", PNG)}


def test_features_moodle_xml_cannot_carry_are_warnings() -> None:
    doc = document(
        questions=[
            {
                "id": "nps",
                "type": "nps",
                "text": "Recommanderiez-vous ?",
                "scale": {"min": 0, "max": 10},
            },
            {
                "id": "rank",
                "type": "ranking",
                "text": "Classez.",
                "options": [{"id": "a", "label": "x"}, {"id": "b", "label": "y"}],
            },
            {
                "id": "mc",
                "type": "single_choice",
                "text": "?",
                "image": {"asset": PNG_SHA},
                "options": [{"id": "a", "label": "x", "weights": {"o": 1}}, {"id": "b"}],
            },
        ],
        kind="personality_quiz",
        outcomes=[{"id": "o", "title": "O"}],
    )
    _, warnings = write_moodle_xml(doc, {})
    joined = "\n".join(warnings)
    assert "question nps: a nps question has no equivalent in Moodle" in joined
    assert "question rank: a ranking question" in joined
    assert "question mc: its image is not exported" in joined  # not in the assets given
    assert "personality outcomes and option weights" in joined


def test_a_question_our_model_cannot_hold_is_an_error_the_others_import() -> None:
    data = quiz(
        question(
            "multichoice",
            "Seule",
            "Une seule réponse ?",
            '<answer fraction="100"><text>Oui</text></answer>\n',
        ),
        question("essay", "Essai", "Racontez."),
    )
    result = read_moodle_xml(data, "f")
    assert [(e.question, e.message) for e in result.errors] == [
        ('question 1 "Seule"', "cannot be held: options: needs at least two options")
    ]
    assert [q.id for q in result.items[0].questions] == ["Essai"]
