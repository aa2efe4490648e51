"""The preferences dialog: for now, the interface language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.ui.i18n import LANGUAGE_KEY, SYSTEM, chosen_language


class PreferencesDialog(QDialog):
    """Edits the settings it is given; saves them only when the user presses OK."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))

        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        # Each language is named in itself, so that it can be found whatever the
        # current interface language is.
        self.language.addItem(self.tr("System"), SYSTEM)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(chosen_language(settings)))

        note = QLabel(self.tr("The new language is used the next time quizbuilder starts."))
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def accept(self) -> None:
        self._settings.setValue(LANGUAGE_KEY, self.language.currentData())
        super().accept()
