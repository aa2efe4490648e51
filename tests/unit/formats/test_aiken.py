"""Aiken, with Moodle's error messages and line numbers. Fixtures written here."""

from __future__ import annotations

from quizbuilder.domain.content import QuestionType
from quizbuilder.formats.aiken import parse_aiken, read_aiken

GOOD = """Quel réseau a le plus d'utilisateurs ?
A) Facebook
B) Mastodon
C. LinkedIn
ANSWER: A

Un outil de planification & <programmation> :
A)Buffer
B)Un tableur
ANSWER: A
"""


def test_questions_choices_and_the_right_answer() -> None:
    result = read_aiken(GOOD, "aiken")
    assert result.errors == [] and result.not_held == []
    [item] = result.items
    first, second = item.questions
    assert first.type == QuestionType.SINGLE_CHOICE and first.points == 1
    assert [(o.id, o.label, o.fraction) for o in first.options] == [
        ("a", "Facebook", 1.0),
        ("b", "Mastodon", 0.0),
        ("c", "LinkedIn", 0.0),
    ]
    # Moodle escapes the text to show it as typed: we keep it as typed.
    assert second.text == "Un outil de planification & <programmation> :"
    assert [o.label for o in second.options] == ["Buffer", "Un tableur"]
    assert [q.id for q in item.questions] == ["q1", "q2"]


def test_moodle_error_messages_with_line_numbers() -> None:
    text = (
        "Trop peu de réponses\nA) Une seule\nANSWER: A\n\n"
        "A) Question pas commencée\n\n"
        "Bonne question\nA) Oui\nB) Non\nANSWER: A\n\n"
        "Commencée pas finie\nA) Un\nB) Deux\n\n"
        "Autre question\nA) Un\nB) Deux\nANSWER: C\n\n"
        "Sans ANSWER\nA) Un\nB) Deux\n"
    )
    questions, errors = parse_aiken(text)
    assert [(e.line, e.question, e.message) for e in errors] == [
        (3, 'question 1 "Trop peu de réponses"', "Question must have at least 2 answers on line 3"),
        (5, 'the line "A) Question pas commencée"', "Question not started on line 5"),
        (
            16,
            'question 3 "Commencée pas finie"',
            "Question not completed before next question start on line 16",
        ),
        (
            19,
            'question 4 "Autre question"',
            "ANSWER: C names none of the choices A to B on line 19",
        ),
        (
            21,
            'question 5 "Sans ANSWER"',
            "Question not completed: there is no ANSWER line before the end of the file",
        ),
    ]
    assert [q.text.text for q in questions] == ["Bonne question"]


def test_old_mac_line_endings_and_short_lines() -> None:
    result = read_aiken("Q ?\rA) x\rB) y\r\rz\rANSWER: B\r", "f")
    assert result.errors == []
    assert [o.fraction for o in result.items[0].questions[0].options] == [0.0, 1.0]
