"""Settings: what is kept inside the vault, and what this computer remembers.

Two groups, and the difference is shown because it matters: the volunteer's name, the
organisation and the report defaults are stored *inside the encrypted vault*
(`services.settings`); auto-lock, the backup folder and interval and the language are
preferences of this computer in QSettings, which is not encrypted and so holds no names.
The Language row appears only when `casetracker.gui.language` exists.

`VolunteerBanner` is the once-per-laptop question "who is working here?", shown in the main
window (not as a modal dialog) on the first unlock of a vault without a volunteer name; it can
be skipped and the name set here later.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.enums import ReportLevel
from casetracker.gui.bus import run_op
from casetracker.gui.dialogs.backup import fit_height
from casetracker.gui.i18n import current_language, tr
from casetracker.gui.icons import icon
from casetracker.gui.security import prefs
from casetracker.services import settings
from casetracker.services.session import VOLUNTEER_KEY, Session

_C = "SettingsDialog"
_LEVELS = (
    (ReportLevel.PUBLIC, QT_TRANSLATE_NOOP("SettingsDialog", "Public")),
    (ReportLevel.EMBASSY, QT_TRANSLATE_NOOP("SettingsDialog", "Embassy")),
    (ReportLevel.INTERNAL, QT_TRANSLATE_NOOP("SettingsDialog", "Internal")),
)
_INTERVALS = {
    0: QT_TRANSLATE_NOOP("SettingsDialog", "Never"),
    1: QT_TRANSLATE_NOOP("SettingsDialog", "Every hour"),
    24: QT_TRANSLATE_NOOP("SettingsDialog", "Every day"),
    24 * 7: QT_TRANSLATE_NOOP("SettingsDialog", "Every week"),
}
_LANGUAGES = (("en", "English"), ("ru", "Русский"), ("kk", "Қазақша"))


def language_module():
    """`casetracker.gui.language` when it exists (another part of the app provides it)."""
    try:
        return importlib.import_module("casetracker.gui.language")
    except ImportError:
        return None


class SettingsDialog(QDialog):
    """Edits a copy; OK writes each changed vault setting and the preferences."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language_module()
        self.setWindowTitle(tr(_C, "Settings"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(14)
        layout.addWidget(self._vault_group())
        layout.addWidget(self._computer_group())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()

    def _vault_group(self) -> QGroupBox:
        box = QGroupBox(tr(_C, "In this vault (encrypted)"), self)
        self.volunteer = QLineEdit(box)
        self.organization = QLineEdit(box)
        self.marking = QLineEdit(box)
        self.level = QComboBox(box)
        for value, text in _LEVELS:
            self.level.addItem(tr(_C, text), value.value)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        rows = (
            (tr(_C, "&Your name:"), self.volunteer, tr(_C, "Volunteer name")),
            (tr(_C, "&Organisation on reports:"), self.organization, tr(_C, "Organisation")),
            (tr(_C, "Confidentiality &marking:"), self.marking, tr(_C, "Marking")),
            (tr(_C, "Default report &level:"), self.level, tr(_C, "Default report level")),
        )
        for text, widget, accessible in rows:
            widget.setAccessibleName(accessible)
            form.addRow(text, widget)
        hint = QLabel(tr(_C, "Your name is recorded with every change in the history."), box)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        form.addRow("", hint)
        return box

    def _computer_group(self) -> QGroupBox:
        box = QGroupBox(tr(_C, "On this computer (not encrypted: no names)"), self)
        self.autolock = QSpinBox(box)
        self.autolock.setRange(0, 240)
        self.autolock.setSuffix(tr(_C, " min"))
        self.autolock.setSpecialValueText(tr(_C, "Never"))
        self.autolock.setAccessibleName(tr(_C, "Lock after idle minutes"))
        self.folder = QLineEdit(box)
        self.folder.setPlaceholderText(tr(_C, "The vault's own backups folder"))
        self.folder.setAccessibleName(tr(_C, "Backup folder"))
        choose = QPushButton(icon("folder-open"), tr(_C, "Choose…"), box)
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.interval = QComboBox(box)
        self.interval.setAccessibleName(tr(_C, "Back up automatically"))
        for hours, text in _INTERVALS.items():
            self.interval.addItem(tr(_C, text), hours)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(tr(_C, "Lock &after no activity for:"), self.autolock)
        folder_label = QLabel(tr(_C, "&Backup folder:"), box)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow(tr(_C, "Back up &automatically:"), self.interval)
        hint = QLabel(tr(_C, "A USB stick kept away from the laptop is a good backup folder."), box)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.language_combo = QComboBox(box)
        self.language_combo.setAccessibleName(tr(_C, "Language"))
        for code, name in self._languages():
            self.language_combo.addItem(name, code)
        if self.language is not None:
            form.addRow(tr(_C, "&Language:"), self.language_combo)
        else:
            self.language_combo.hide()
        return box

    def _languages(self) -> list[tuple[str, str]]:
        """(code, name in that language), from the language module when it says."""
        codes = getattr(self.language, "LANGUAGES", None)
        names = getattr(self.language, "LANGUAGE_NAMES", None)
        if codes and names:
            return [(code, names[code]) for code in codes]
        return list(_LANGUAGES)

    def _load(self) -> None:
        s = self.session
        self.volunteer.setText(settings.get(s, VOLUNTEER_KEY))
        self.organization.setText(settings.get(s, "report.organization"))
        self.marking.setText(settings.get(s, "report.marking"))
        index = self.level.findData(settings.get(s, "report.default_level"))
        self.level.setCurrentIndex(max(index, 0))
        self.autolock.setValue(prefs.autolock_minutes())
        folder = prefs.backup_folder()
        self.folder.setText(str(folder) if folder else "")
        index = self.interval.findData(prefs.backup_interval_hours())
        self.interval.setCurrentIndex(index if index >= 0 else self.interval.findData(24))
        language = self.language_combo.findData(current_language())
        self.language_combo.setCurrentIndex(max(0, language))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_height(self)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr(_C, "Folder for backups"), self.folder.text() or str(Path.home())
        )
        if chosen:
            self.folder.setText(chosen)

    def vault_values(self) -> dict[str, str]:
        return {
            VOLUNTEER_KEY: self.volunteer.text().strip(),
            "report.organization": self.organization.text().strip(),
            "report.marking": self.marking.text().strip(),
            "report.default_level": str(self.level.currentData()),
        }

    def accept(self) -> None:
        for key, value in self.vault_values().items():
            unchanged = value == settings.get(self.session, key)
            if not unchanged and run_op(self, settings.set_value, self.session, key, value) is None:
                return  # refused (shown): stay open
        prefs.set_autolock_minutes(self.autolock.value())
        prefs.set_backup_folder(self.folder.text().strip() or None)
        prefs.set_backup_interval_hours(int(self.interval.currentData()))
        code = self.language_combo.currentData()
        if self.language is not None and code != current_language():
            self.language.switch_language(code)
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session) -> bool:
        return cls(session, parent).exec() == QDialog.DialogCode.Accepted


class VolunteerBanner(QFrame):
    """A bar at the top of the main window asking the volunteer's name, once per laptop."""

    finished = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("volunteerBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(
            tr(
                _C,
                "Who is working on this laptop? Your name goes with each change in the "
                "history, inside the vault.",
            ),
            self,
        )
        text.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(tr(_C, "Your name"))
        self.name.setAccessibleName(tr(_C, "Volunteer name"))
        self.name.setMinimumWidth(220)
        self.save_button = QPushButton(tr(_C, "Save"), self)
        self.skip_button = QPushButton(tr(_C, "Not now"), self)
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        self.skip_button.clicked.connect(self.finished)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(10)
        row.addWidget(text, 1)
        row.addWidget(self.name)
        row.addWidget(self.save_button)
        row.addWidget(self.skip_button)
        self.setStyleSheet(
            "QFrame#volunteerBanner { border: none; border-bottom: 1px solid palette(mid); }"
        )
        text.setAlignment(Qt.AlignmentFlag.AlignVCenter)

    def save(self) -> None:
        name = self.name.text().strip()
        if name and run_op(self, settings.set_volunteer, self.session, name) is not None:
            self.finished.emit()
