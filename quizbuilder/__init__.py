"""quizbuilder: polls, quizzes and contests designed on the desktop."""

__version__ = "0.1.0"
