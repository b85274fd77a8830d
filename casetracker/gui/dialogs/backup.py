"""Backups from the Vault menu: restore a backup file, and a busy window for slow vault work.

Restoring replaces the open vault, so the dialog says what happens to the current one (it is
kept beside it, renamed `…before-restore-<time>`, never deleted) and asks for the passphrase or
recovery code that was valid *when the backup was made*: the backup is checked with it before
anything is replaced. The restore itself (lock, `maintenance.restore`, open the restored vault)
runs in `commands.py`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.gui.i18n import tr
from casetracker.gui.icons import icon
from casetracker.services import maintenance

_C = "BackupDialog"


class RestoreBackupDialog(QDialog):
    """Choose a `.ctbackup`, give its secret, confirm; `backup_file()` and `secret()` then."""

    def __init__(self, vault_path: Path, start_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault_path = vault_path
        self.start_folder = start_folder
        self.setWindowTitle(tr(_C, "Restore from a backup"))
        self.setMinimumWidth(620)
        intro = QLabel(
            tr(
                _C,
                "The vault is locked and replaced by the backup. The current vault is not "
                "deleted: it is kept beside it as “{name}.before-restore-…”. Changes made "
                "after the backup was taken are not in it.",
            ).format(name=vault_path.name),
            self,
        )
        intro.setWordWrap(True)
        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(tr(_C, "Backup file"))
        newest = maintenance.newest_backup_of(vault_path, (start_folder,))
        if newest is not None:
            self.file_edit.setText(str(newest))
        browse = QPushButton(icon("folder-open"), tr(_C, "Choose…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(tr(_C, "Passphrase of the backup"))
        self.use_code = QCheckBox(tr(_C, "Use the recovery code instead"), self)
        self.use_code.toggled.connect(self._code_toggled)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        file_label = QLabel(tr(_C, "Backup &file:"), self)
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
        self.secret_label = QLabel(tr(_C, "&Passphrase then:"), self)
        self.secret_label.setBuddy(self.secret_edit)
        form.addRow(self.secret_label, self.secret_edit)
        form.addRow("", self.use_code)
        hint = QLabel(tr(_C, "The passphrase that was valid when the backup was made."), self)
        hint.setObjectName("muted")
        form.addRow("", hint)
        self.problem = QLabel(self)
        self.problem.setObjectName("inlineError")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            tr(_C, "Lock and restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.file_edit, self.secret_edit):
            edit.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._validate()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_height(self)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr(_C, "Choose a backup"),
            str(self.start_folder),
            tr(_C, "CaseTracker backups (*.ctbackup)"),
        )
        if name:
            self.file_edit.setText(name)

    def _code_toggled(self, use_code: bool) -> None:
        self.secret_edit.clear()
        self.secret_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if use_code else QLineEdit.EchoMode.Password
        )
        self.secret_label.setText(
            tr(_C, "&Recovery code then:") if use_code else tr(_C, "&Passphrase then:")
        )

    def _validate(self) -> None:
        path = self.backup_file()
        problem = ""
        if self.file_edit.text() and (path is None or not path.is_file()):
            problem = tr(_C, "There is no file there.")
        self.problem.setText(problem)
        self.restore_button.setEnabled(
            not problem and path is not None and bool(self.secret_edit.text())
        )

    def backup_file(self) -> Path | None:
        text = self.file_edit.text().strip()
        return Path(text).expanduser() if text else None

    def secret(self) -> dict[str, str]:
        """Keyword arguments for `maintenance.restore` / `open_vault`."""
        key = "recovery_code" if self.use_code.isChecked() else "passphrase"
        return {key: self.secret_edit.text()}

    def accept(self) -> None:
        if self.restore_button.isEnabled():
            super().accept()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.secret_edit.clear()


def busy_dialog(parent: QWidget, text: str) -> QProgressDialog:
    """A window-modal 'please wait' without a Cancel button, shown at once."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle("CaseTracker")
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)
    dialog.show()
    return dialog


def fit_height(dialog: QWidget) -> None:
    """Grow to the height wrapped labels need at the current width (layouts ask too little)."""
    width = dialog.width()
    dialog.resize(width, max(dialog.height(), dialog.heightForWidth(width), dialog.minimumHeight()))
