"""Fixtures for the GUI tests: a real temporary library, settings in tmp_path, and
recorders in place of the modal dialogs (a modal dialog would wait for a click forever)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths, QTranslator
from PySide6.QtWidgets import QFileDialog, QMessageBox

from quizbuilder.domain.validation import parse_document
from quizbuilder.services.library import LibraryService

# --- small French documents, one of each kind the tests look at ---------------------

POLL: dict[str, Any] = {
    "kind": "poll",
    "title": "Votre dessert préféré",
    "campaign": "Instagram Stories mars",
    "questions": [
        {
            "id": "q1",
            "type": "single_choice",
            "text": "Quel dessert choisiriez-vous ?",
            "options": [
                {"id": "a", "label": "Tarte Tatin"},
                {"id": "b", "label": "Crème brûlée"},
                {"id": "c", "label": "Éclair au café"},
            ],
        },
    ],
}

KNOWLEDGE_QUIZ: dict[str, Any] = {
    "kind": "knowledge_quiz",
    "title": "Connaissez-vous la Bretagne ?",
    "campaign": "Printemps 2026",
    "intro": "Deux questions pour tester vos connaissances.",
    "settings": {
        "shuffle_options": True,
        "instant_feedback": True,
        "timer": {"seconds": 60, "scope": "item"},
    },
    "scoring": {
        "pass_percent": 50,
        "bands": [
            {"min_percent": 0, "title": "Touriste"},
            {"min_percent": 50, "title": "Breton d'adoption"},
            {"min_percent": 100, "title": "Breton pur beurre"},
        ],
    },
    "questions": [
        {
            "id": "q1",
            "type": "single_choice",
            "text": "Quelle est la préfecture du Finistère ?",
            "points": 1,
            "options": [
                {"id": "a", "label": "Brest"},
                {"id": "b", "label": "Quimper", "fraction": 1},
                {"id": "c", "label": "Morlaix"},
            ],
        },
        {
            "id": "q2",
            "type": "true_false",
            "text": "Le kouign-amann contient du beurre.",
            "points": 2,
            "options": [{"id": "t", "label": "Vrai", "fraction": 1}, {"id": "f", "label": "Faux"}],
        },
    ],
}

PERSONALITY_QUIZ: dict[str, Any] = {
    "kind": "personality_quiz",
    "title": "Test de personnalité : quel voyageur êtes-vous ?",
    "outcomes": [
        {"id": "aventurier", "title": "L'aventurier", "text": "Sac à dos et sentiers."},
        {"id": "contemplatif", "title": "Le contemplatif", "text": "Un bon livre face à la mer."},
    ],
    "questions": [
        {
            "id": "q1",
            "type": "single_choice",
            "text": "Votre week-end idéal ?",
            "options": [
                {"id": "a", "label": "Randonnée", "weights": {"aventurier": 2}},
                {"id": "b", "label": "Plage", "weights": {"contemplatif": 2}},
            ],
        },
    ],
}

CONTEST: dict[str, Any] = {
    "kind": "contest",
    "title": "Grand jeu de l'été",
    "questions": [
        {"id": "q1", "type": "short_text", "text": "Pourquoi aimez-vous l'été ?"},
    ],
    "contest": {
        "starts_at": "2026-06-01T09:00:00+02:00",
        "ends_at": "2026-08-31T23:59:00+02:00",
        "winners": 2,
        "alternates": 1,
        "prizes": [
            {"id": "p1", "name": "Week-end à Saint-Malo", "value": 450, "quantity": 1},
            {"id": "p2", "name": "Panier gourmand", "value": 60, "quantity": 2},
        ],
        "organiser": {"name": "Les Saveurs d'Armor SAS"},
    },
}

DOCUMENTS = {
    "poll": POLL,
    "knowledge_quiz": KNOWLEDGE_QUIZ,
    "personality_quiz": PERSONALITY_QUIZ,
    "contest": CONTEST,
}


# The offscreen platform says what a real window system would have done; that is not
# a problem of ours, unlike every other Qt warning (qt_log_level_fail = WARNING).
OFFSCREEN_NOTICES = (
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
    # Qt WebEngine (the editor's preview) finds no GPU offscreen and draws in software.
    r"|QRhiGles2: Failed to create|Failed to create RHI|GPUInfo not initialized"
)
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTICES))


@dataclass
class DialogCalls:
    """What the patched static QMessageBox functions were asked to show."""

    calls: list[tuple[str, str, str]] = field(default_factory=list)

    def of(self, kind: str) -> list[tuple[str, str]]:
        return [(title, text) for k, title, text in self.calls if k == kind]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> DialogCalls:
    record = DialogCalls()

    def recorder(kind: str, answer: Any) -> Callable[..., Any]:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            record.calls.append((kind, title, text))
            return answer

        return staticmethod(show)

    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind, QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "question", recorder("question", QMessageBox.StandardButton.Yes)
    )
    monkeypatch.setattr(QMessageBox, "about", recorder("about", None))
    return record


@dataclass
class FileDialogs:
    """Answers the patched QFileDialog static functions give, and what they were asked."""

    open_answer: str = ""
    save_answer: str = ""
    asked: list[tuple[str, str]] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)  # where each dialog opened


@pytest.fixture(autouse=True)
def file_dialogs(monkeypatch: pytest.MonkeyPatch) -> FileDialogs:
    answers = FileDialogs()

    def get_open(
        _parent: Any,
        caption: str = "",
        _dir: str = "",
        _filter: str = "",
        *args: Any,
        **kwargs: Any,
    ) -> tuple[str, str]:
        answers.asked.append(("open", caption))
        answers.folders.append(_dir)
        return answers.open_answer, ""

    def get_save(
        _parent: Any,
        caption: str = "",
        _dir: str = "",
        _filter: str = "",
        *args: Any,
        **kwargs: Any,
    ) -> tuple[str, str]:
        answers.asked.append(("save", caption))
        answers.folders.append(_dir)
        return answers.save_answer, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    return answers


@pytest.fixture(autouse=True)
def _fresh_qt_state(qapp: QCoreApplication) -> Iterator[None]:
    """No test reads or writes real settings or data folders, or leaks a translation."""
    QStandardPaths.setTestModeEnabled(True)
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_services() -> Iterator[list[LibraryService]]:
    """Every service a test opens; all are closed at the end."""
    services: list[LibraryService] = []
    yield services
    for service in services:
        service.close()


@pytest.fixture
def open_library(open_services: list[LibraryService]) -> Callable[[Path], LibraryService]:
    def opener(path: Path) -> LibraryService:
        service = LibraryService.open(path)
        open_services.append(service)
        return service

    return opener


@pytest.fixture
def empty_library(tmp_path: Path, open_library: Callable[[Path], LibraryService]) -> LibraryService:
    return open_library(tmp_path / "empty.sqlite")


@pytest.fixture
def documents() -> dict[str, dict[str, Any]]:
    return {kind: dict(data) for kind, data in DOCUMENTS.items()}


@pytest.fixture
def library(tmp_path: Path, open_library: Callable[[Path], LibraryService]) -> LibraryService:
    """A library with the four documents of ``documents.py``."""
    service = open_library(tmp_path / "lib.sqlite")
    for data in DOCUMENTS.values():
        service.create_item(parse_document(data))
    return service


class FakeDemoLoader:
    """Stands in for app.py's demo loader: adds one poll to the window's library."""

    def __init__(self) -> None:
        self.window: Any = None
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        self.window.service.create_item(
            parse_document(
                {
                    "kind": "poll",
                    "title": "Démo : votre saison préférée ?",
                    "questions": [
                        {
                            "id": "q1",
                            "type": "single_choice",
                            "text": "Quelle saison ?",
                            "options": [{"id": "a", "label": "Été"}, {"id": "b", "label": "Hiver"}],
                        }
                    ],
                }
            )
        )
        return "Loaded 1 demo item"


@pytest.fixture
def demo_loader() -> FakeDemoLoader:
    return FakeDemoLoader()


@pytest.fixture
def window(
    qtbot: Any,
    library: LibraryService,
    settings: QSettings,
    open_library: Callable[[Path], LibraryService],
    demo_loader: FakeDemoLoader,
) -> Any:
    from quizbuilder.ui.main_window import MainWindow

    win = MainWindow(library, settings, open_library, demo_loader)
    demo_loader.window = win
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
