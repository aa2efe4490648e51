"""Choosing the interface language and installing its translations.

The language is the user's choice in the preferences ("ui/language": "system", "fr" or
"en"), else the system's. It is read once, at start: widgets are built translated and
are not retranslated on the fly, so the preferences dialog says a change applies at the
next start. Source strings are English; ``resources/translations/quizbuilder_<lang>.qm``
holds the rest (see ``update.sh`` there), and Qt's own ``qtbase_<lang>.qm`` translates the
standard buttons and dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from quizbuilder.paths import TRANSLATIONS

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
SUPPORTED = ("fr", "en")
FALLBACK = "en"
_OURS = "quizbuilder-translator"


def chosen_language(settings: QSettings) -> str:
    """The user's setting: "system" or one of ``SUPPORTED``."""
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in SUPPORTED else SYSTEM


def system_language() -> str:
    """The first of the system's preferred languages that we speak, else English."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return FALLBACK


def install_translator(app: QCoreApplication, settings: QSettings) -> str:
    """Install the translations of the chosen language and return its code ("fr", "en").

    Calling it again replaces the translators it installed before.
    """
    for old in app.findChildren(QTranslator, _OURS):
        app.removeTranslator(old)
        old.deleteLater()
    choice = chosen_language(settings)
    language = system_language() if choice == SYSTEM else choice
    if choice != SYSTEM:
        # Dates and numbers follow the chosen language too; with "system" they
        # already follow the system's locale.
        QLocale.setDefault(QLocale(language))
    sources = [
        (f"quizbuilder_{language}", str(TRANSLATIONS)),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, folder in sources:
        translator = QTranslator(app)
        translator.setObjectName(_OURS)
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            translator.deleteLater()
    return language
