"""Unlock a vault with its passphrase (or its recovery code).

Key derivation takes about half a second, so `services.session.open_vault` runs on a worker
thread while a busy bar shows; the Session it returns is then used on the GUI thread (peewee
opens a connection per thread lazily). With the passphrase given at start the command line has
already begun opening the vault (services/opening.py): the dialog follows that opening instead
of starting a second one. A wrong passphrase and a damaged or foreign folder get
different inline messages: the first means "type again", the second "restore a backup".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.errors import CaseTrackerError, NotAVault, WrongPassphrase
from casetracker.gui import errors
from casetracker.gui.i18n import tr
from casetracker.gui.icons import icon
from casetracker.gui.worker import Task, start
from casetracker.services.opening import BackgroundOpen
from casetracker.services.session import Session, open_vault
from casetracker.store.vaultpath import SUFFIX

_C = "UnlockDialog"


def vault_display_name(path: Path) -> str:
    name = Path(path).name
    return name[: -len(SUFFIX)] if name.endswith(SUFFIX) else name


class UnlockDialog(QDialog):
    """Emits `unlocked(Session)` and accepts once the vault is open."""

    unlocked = Signal(object)  # Session

    def __init__(
        self,
        path: Path | str,
        parent: QWidget | None = None,
        passphrase: str | None = None,
        opening: BackgroundOpen | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.session: Session | None = None
        self._recovery = False
        self._task: Task | None = None
        self.setWindowTitle(tr(_C, "Unlock {name}").format(name=vault_display_name(self.path)))
        self.resize(480, 260)
        self._build()
        if passphrase is not None:
            self.secret.setText(passphrase)
            if opening is not None and passphrase:
                # a pooled thread waits for the opening and reports it like any other task
                self._set_busy(True)
                self._task = start(Task(opening.result), self._opened, self._failed)
            else:
                self.unlock()

    def _build(self) -> None:
        heading = QLabel(
            tr(_C, "<b>{name}</b> is encrypted.").format(name=vault_display_name(self.path)), self
        )
        where = QLabel(str(self.path), self)
        where.setObjectName("muted")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumHeight(32)
        self.secret.setMinimumWidth(400)
        self.prompt.setBuddy(self.secret)
        self.error = QLabel(self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.switch = QLabel(self)
        self.switch.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.switch.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.switch.linkActivated.connect(lambda _link: self.set_recovery_mode(not self._recovery))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            tr(_C, "Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setIcon(icon("unlock"))
        self.unlock_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.unlock)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(heading, where)
        self.set_recovery_mode(False)

    def _lay_out(self, heading: QLabel, where: QLabel) -> None:
        lock = QLabel(self)
        lock.setPixmap(icon("lock").pixmap(40, 40))
        lock.setAlignment(Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(lock)
        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(where)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self.prompt)
        layout.addWidget(self.secret)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.switch)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

    def set_recovery_mode(self, recovery: bool) -> None:
        """Switch between the passphrase and the recovery code (the link below the field)."""
        self._recovery = recovery
        self.secret.clear()
        self.error.hide()
        if recovery:
            self.prompt.setText(
                tr(
                    _C,
                    "&Recovery code (the 30 letters and digits written down "
                    "when the vault was created):",
                )
            )
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
            link = tr(_C, "Use the passphrase instead")
        else:
            self.prompt.setText(tr(_C, "&Passphrase:"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setPlaceholderText("")
            link = tr(_C, "Use recovery code instead")
        self.secret.setAccessibleName(self.prompt.text().replace("&", ""))
        self.switch.setText(f'<a href="switch">{link}</a>')
        self.switch.setAccessibleName(link)
        self.secret.setFocus()
        self._fit()

    def unlock(self) -> None:
        """Start opening the vault with what was typed (on a worker thread)."""
        secret = self.secret.text()
        if not secret or self._task is not None:
            return
        kwargs = {"recovery_code": secret} if self._recovery else {"passphrase": secret}
        self._set_busy(True)
        self._task = start(Task(open_vault, self.path, **kwargs), self._opened, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.error.hide()
        for widget in (self.secret, self.switch, self.buttons):
            widget.setEnabled(not busy)

    def _opened(self, session: Session) -> None:
        self._task = None
        self.session = session
        self.unlocked.emit(session)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            message = (
                tr(_C, "Wrong recovery code.")
                if self._recovery
                else tr(
                    _C,
                    "Wrong passphrase. Check the keyboard language and Caps Lock, then try again.",
                )
            )
        elif isinstance(exc, NotAVault):
            message = tr(_C, "This folder cannot be opened as a vault: {error}").format(
                error=errors.error_text(exc)
            )
        else:
            message = tr(_C, "The vault could not be opened: {error}").format(
                error=errors.error_text(exc) if isinstance(exc, CaseTrackerError) else exc
            )
        self.error.setText(message)
        self.error.show()
        self._fit()
        self.secret.selectAll()
        self.secret.setFocus()

    def _fit(self) -> None:
        # wrapped labels need more height than the layout's minimum promised: grow to fit
        self.resize(
            self.width(),
            max(self.height(), self.heightForWidth(self.width()), self.sizeHint().height()),
        )

    def reject(self) -> None:
        if self._task is None:  # never leave an opening vault behind
            super().reject()

    @classmethod
    def ask(cls, path: Path | str, parent: QWidget | None = None) -> Session | None:
        """Show the dialog modally; the open Session, or None when the user gave up."""
        dialog = cls(path, parent)
        return dialog.session if dialog.exec() == QDialog.DialogCode.Accepted else None
