"""Words shown for the content model's enums, translated at the time they are shown.

The domain speaks in enum values (``knowledge_quiz``, ``one_per_screen``); people read
"Quiz de connaissances". Every such word goes through here so that it is translated
once, in one context ("Labels"), and the tree, the summary and the dialogs agree.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from quizbuilder.domain.content import Kind, Language, Layout, QuestionType

# The order in which kinds are listed in the library tree.
KIND_ORDER: tuple[Kind, ...] = (
    Kind.POLL,
    Kind.KNOWLEDGE_QUIZ,
    Kind.PERSONALITY_QUIZ,
    Kind.SURVEY,
    Kind.CONTEST,
)


def kind_plural(kind: Kind) -> str:
    """The name of a group of items of this kind, as the library tree shows it."""
    names = {
        Kind.POLL: QCoreApplication.translate("Labels", "Polls"),
        Kind.KNOWLEDGE_QUIZ: QCoreApplication.translate("Labels", "Knowledge quizzes"),
        Kind.PERSONALITY_QUIZ: QCoreApplication.translate("Labels", "Personality quizzes"),
        Kind.SURVEY: QCoreApplication.translate("Labels", "Surveys"),
        Kind.CONTEST: QCoreApplication.translate("Labels", "Contests"),
    }
    return names[kind]


def kind_singular(kind: Kind) -> str:
    names = {
        Kind.POLL: QCoreApplication.translate("Labels", "Poll"),
        Kind.KNOWLEDGE_QUIZ: QCoreApplication.translate("Labels", "Knowledge quiz"),
        Kind.PERSONALITY_QUIZ: QCoreApplication.translate("Labels", "Personality quiz"),
        Kind.SURVEY: QCoreApplication.translate("Labels", "Survey"),
        Kind.CONTEST: QCoreApplication.translate("Labels", "Contest"),
    }
    return names[kind]


def question_type(value: QuestionType) -> str:
    names = {
        QuestionType.SINGLE_CHOICE: QCoreApplication.translate("Labels", "Single choice"),
        QuestionType.MULTIPLE_CHOICE: QCoreApplication.translate("Labels", "Multiple choice"),
        QuestionType.TRUE_FALSE: QCoreApplication.translate("Labels", "True or false"),
        QuestionType.IMAGE_CHOICE: QCoreApplication.translate("Labels", "Image choice"),
        QuestionType.IMAGE_MULTIPLE_CHOICE: QCoreApplication.translate(
            "Labels", "Multiple image choice"
        ),
        QuestionType.RATING: QCoreApplication.translate("Labels", "Star rating"),
        QuestionType.NPS: QCoreApplication.translate("Labels", "Net Promoter Score (0–10)"),
        QuestionType.LIKERT: QCoreApplication.translate("Labels", "Likert scale"),
        QuestionType.SHORT_TEXT: QCoreApplication.translate("Labels", "Short text"),
        QuestionType.LONG_TEXT: QCoreApplication.translate("Labels", "Long text"),
        QuestionType.NUMBER: QCoreApplication.translate("Labels", "Number"),
        QuestionType.RANKING: QCoreApplication.translate("Labels", "Ranking"),
        QuestionType.MATCHING: QCoreApplication.translate("Labels", "Matching"),
    }
    return names[value]


def language(value: Language) -> str:
    names = {
        Language.FR: QCoreApplication.translate("Labels", "French"),
        Language.EN: QCoreApplication.translate("Labels", "English"),
    }
    return names[value]


def layout(value: Layout) -> str:
    names = {
        Layout.ONE_PER_SCREEN: QCoreApplication.translate("Labels", "One question per screen"),
        Layout.ALL_ON_ONE_PAGE: QCoreApplication.translate("Labels", "All questions on one page"),
    }
    return names[value]


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Labels", "Yes")
    return QCoreApplication.translate("Labels", "No")


class Labels(QObject):
    """The plural counts. PySide6's lupdate finds plural forms only in ``self.tr(text,
    "", n)``, so they live in a class named like the module's context ("Labels")."""

    def questions(self, n: int) -> str:
        return self.tr("%Ln question(s)", "", n)

    def responses(self, n: int) -> str:
        return self.tr("%Ln response(s)", "", n)

    def options(self, n: int) -> str:
        return self.tr("%Ln option(s)", "", n)

    def items(self, n: int) -> str:
        return self.tr("%Ln item(s)", "", n)


_PLURALS = Labels()


def n_questions(n: int) -> str:
    return _PLURALS.questions(n)


def n_responses(n: int) -> str:
    return _PLURALS.responses(n)


def n_options(n: int) -> str:
    return _PLURALS.options(n)


def n_items(n: int) -> str:
    return _PLURALS.items(n)


def number(value: float) -> str:
    """A number as the locale writes it, without a useless ``.0``."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "g", 6)


def fill(template: str, *values: object) -> str:
    """Put ``values`` in place of %1, %2... in one pass, as ``QString::arg`` would.

    A value that itself contains "%2" (a path, a title) is left as it is.
    """

    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return str(values[n - 1]) if 1 <= n <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, template)
