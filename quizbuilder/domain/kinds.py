"""The kinds of item: a plain enumeration, importable without the content model."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    POLL = "poll"
    KNOWLEDGE_QUIZ = "knowledge_quiz"
    PERSONALITY_QUIZ = "personality_quiz"
    SURVEY = "survey"
    CONTEST = "contest"
