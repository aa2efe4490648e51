"""Interface language: choosing it, loading the French translation, the preferences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QLabel

from quizbuilder.paths import TRANSLATIONS
from quizbuilder.services.library import LibraryService
from quizbuilder.ui import i18n, labels
from quizbuilder.ui.main_window import MainWindow
from quizbuilder.ui.preferences import PreferencesDialog


def test_the_compiled_translations_are_there() -> None:
    for language in ("fr", "en"):
        assert (TRANSLATIONS / f"quizbuilder_{language}.ts").is_file()
        assert (TRANSLATIONS / f"quizbuilder_{language}.qm").stat().st_size > 0


def test_every_french_string_is_translated() -> None:
    root = ElementTree.parse(TRANSLATIONS / "quizbuilder_fr.ts").getroot()
    untranslated = [
        message.findtext("source")
        for message in root.iter("message")
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not ("".join(translation.itertext()).strip())
    ]
    assert untranslated == []


def test_french_translation_loads(
    qapp: QCoreApplication,
    qtbot: Any,
    settings: QSettings,
    library: LibraryService,
    open_library: Callable[[Path], LibraryService],
) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "fr")
    assert i18n.install_translator(qapp, settings) == "fr"
    window = MainWindow(library, settings, open_library, lambda: "")
    qtbot.addWidget(window)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["Fichier", "Édition", "Élément", "Aide"]
    model = window.tree.model()
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups == [
        "Sondages (1)",
        "Quiz de connaissances (1)",
        "Quiz de personnalité (1)",
        "Enquêtes (0)",
        "Concours (1)",
    ]
    assert "Choisissez un élément à gauche" in window.summary.texts()
    assert "4\u00a0éléments" in window.library_label.text() or "4 éléments" in (
        window.library_label.text()
    )


def test_french_words_in_the_summary(
    qapp: QCoreApplication,
    qtbot: Any,
    settings: QSettings,
    library: LibraryService,
    open_library: Callable[[Path], LibraryService],
) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "fr")
    i18n.install_translator(qapp, settings)
    window = MainWindow(library, settings, open_library, lambda: "")
    qtbot.addWidget(window)
    quiz = next(s.id for s in library.list_items() if s.kind == "knowledge_quiz")
    window.select_item(quiz)
    texts = window.summary.texts()
    for expected in (
        "Vue d’ensemble",
        "Quiz de connaissances",
        "Une question par écran",
        "Choix unique · 3 options",
        "Vrai ou faux · 2 options",
        "2 points",
        "Correction immédiate",
        "Oui",
    ):
        assert expected in texts


def test_searching_by_the_french_kind_name(
    qapp: QCoreApplication,
    qtbot: Any,
    settings: QSettings,
    library: LibraryService,
    open_library: Callable[[Path], LibraryService],
) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "fr")
    i18n.install_translator(qapp, settings)
    window = MainWindow(library, settings, open_library, lambda: "")
    qtbot.addWidget(window)
    qtbot.keyClicks(window.search, "enquete")
    model = window.tree.model()
    qtbot.waitUntil(lambda: model.rowCount() == 0)  # no survey in this library
    window.search.clear()
    qtbot.keyClicks(window.search, "SONDAGE")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 0).data() == "Sondages (1)"


def test_english_plurals(qapp: QCoreApplication, settings: QSettings) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "en")
    assert i18n.install_translator(qapp, settings) == "en"
    assert labels.n_items(1) == "1 item"
    assert labels.n_items(5) == "5 items"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_large_counts_are_grouped_as_the_language_writes_numbers(
    qapp: QCoreApplication, settings: QSettings, language: str
) -> None:
    """ "100 172 réponses", "100,172 responses": as the tables write counts."""
    settings.setValue(i18n.LANGUAGE_KEY, language)
    i18n.install_translator(qapp, settings)
    grouped = QLocale(language).toString(100172)
    assert grouped not in ("100172", "")  # both languages group thousands
    word = {"fr": "réponses", "en": "responses"}[language]
    assert labels.n_responses(100172) == f"{grouped} {word}"
    assert labels.n_responses(1) == f"1 {word[:-1]}"


def test_installing_again_replaces_the_translation(
    qapp: QCoreApplication, settings: QSettings
) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "fr")
    i18n.install_translator(qapp, settings)
    assert labels.kind_plural(labels.KIND_ORDER[0]) == "Sondages"
    settings.setValue(i18n.LANGUAGE_KEY, "en")
    i18n.install_translator(qapp, settings)
    assert labels.kind_plural(labels.KIND_ORDER[0]) == "Polls"


@pytest.mark.parametrize(
    ("system", "expected"),
    [("fr_FR", "fr"), ("fr_CA", "fr"), ("en_US", "en"), ("de_DE", "en")],
)
def test_system_language(
    monkeypatch: pytest.MonkeyPatch,
    qapp: QCoreApplication,
    settings: QSettings,
    system: str,
    expected: str,
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert i18n.system_language() == expected
    assert i18n.install_translator(qapp, settings) == expected  # "ui/language" unset


def test_an_unknown_setting_means_the_system_language(settings: QSettings) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "klingon")
    assert i18n.chosen_language(settings) == "system"


def test_preferences_store_the_language(qtbot: Any, settings: QSettings) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"
    assert [dialog.language.itemText(i) for i in range(3)] == ["System", "Français", "English"]
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert "The new language is used the next time quizbuilder starts." in notes
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    assert settings.value(i18n.LANGUAGE_KEY) == "fr"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "fr"
    again.language.setCurrentIndex(again.language.findData("en"))
    again.reject()
    assert settings.value(i18n.LANGUAGE_KEY) == "fr"


def test_the_translation_file_has_every_string_of_the_code(tmp_path: Path) -> None:
    """A new tr() string that nobody extracted and translated fails here."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from quizbuilder.paths import PROJECT_ROOT, TRANSLATIONS

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [
        *sorted((PROJECT_ROOT / "quizbuilder" / "ui").rglob("*.py")),
        PROJECT_ROOT / "quizbuilder" / "app.py",
    ]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *map(str, sources), "-ts", str(fresh)], check=True, capture_output=True
    )

    def strings(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context")
            for m in c.iter("message")
        }

    missing = strings(fresh) - strings(TRANSLATIONS / "quizbuilder_fr.ts")
    assert not missing, f"run resources/translations/update.sh and translate: {missing}"
