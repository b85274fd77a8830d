"""Quick erase: a deliberate confirmation before the vault and its backups are destroyed.

The volunteer types the vault's name to confirm (a click alone is too easy to make by mistake).
The text says plainly what overwriting can and cannot do: on SSDs and on journaling or
copy-on-write file systems old blocks may survive where no program can reach them; they are
encrypted, and the encryption is the real protection. The erase itself runs in `commands.py`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casetracker.gui import theme
from casetracker.gui.dialogs.backup import fit_height
from casetracker.gui.dialogs.unlock import vault_display_name
from casetracker.gui.i18n import tr, trn
from casetracker.gui.icons import icon

_C = "EraseVaultDialog"


class EraseVaultDialog(QDialog):
    """Accepts only once the vault's name has been typed exactly."""

    def __init__(
        self, vault_path: Path, other_backups: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.name = vault_display_name(vault_path)
        self.setWindowTitle(tr(_C, "Erase this vault"))
        self.setMinimumWidth(580)
        title = QLabel(tr(_C, "Erase “{name}” for ever?").format(name=self.name), self)
        title.setObjectName("pageTitle")
        what = QLabel(self._what_text(vault_path, other_backups), self)
        what.setWordWrap(True)
        honest = QLabel(
            tr(
                _C,
                "Every file is overwritten with random data and deleted. On SSDs and on some "
                "file systems old copies of the blocks can remain where no program can reach "
                "them. Those copies are encrypted: without the passphrase or the recovery code "
                "they cannot be read. The encryption is the real protection; erasing is a "
                "second layer. Backups kept elsewhere (another USB stick, another laptop) are "
                "not touched.",
            ),
            self,
        )
        honest.setWordWrap(True)
        prompt = QLabel(tr(_C, "Type the vault's name, <b>{name}</b>, to confirm:").format(
            name=self.name
        ), self)  # fmt: skip
        self.confirm = QLineEdit(self)
        self.confirm.setAccessibleName(tr(_C, "Vault name to confirm erasing"))
        prompt.setBuddy(self.confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton(
            tr(_C, "Erase for ever"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setIcon(icon("clear"))
        warning = theme.colour("warning").name()
        self.erase_button.setStyleSheet(f"QPushButton:enabled {{ color: {warning}; }}")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(12)
        for widget in (title, what, honest, prompt, self.confirm):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)

    def _what_text(self, vault_path: Path, other_backups: int) -> str:
        text = tr(
            _C,
            "This closes the vault and destroys it on this computer: every case, contact, "
            "attachment and the history in {path}, and the backups inside it.",
        ).format(path=vault_path)
        if other_backups:
            text += " " + trn(
                _C, "Also %n backup(s) of this vault in the backup folder.", other_backups
            )
        return text + " " + tr(_C, "This cannot be undone.")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_height(self)

    def _validate(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def confirmed(self) -> bool:
        return self.confirm.text().strip() == self.name

    def accept(self) -> None:
        if self.confirmed():
            super().accept()
