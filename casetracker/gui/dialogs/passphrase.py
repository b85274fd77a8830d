"""Change the passphrase, and make a new recovery code, from inside the app.

Both ask for the current passphrase first: someone at an unlocked laptop must not be able to
lock the owner out, or to take away a recovery code that opens the vault for ever. The one
exception is right after unlocking with the recovery code (the passphrase is forgotten): then a
new passphrase is set without the old one. Key derivation takes about half a second per secret,
so the work runs on a worker thread behind a busy bar. `security.change_passphrase` takes a
verified backup first; a crash leaves the old or the new passphrase working, never neither.
The strength meter and the recovery sheet are the ones vault creation uses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.errors import CaseTrackerError, WrongPassphrase
from casetracker.gui.bus import bus, error_text
from casetracker.gui.dialogs import create_vault
from casetracker.gui.dialogs.backup import fit_height
from casetracker.gui.dialogs.create_vault import MIN_SCORE, StrengthMeter, strength
from casetracker.gui.dialogs.unlock import vault_display_name
from casetracker.gui.i18n import tr
from casetracker.gui.icons import icon
from casetracker.gui.worker import Task, start
from casetracker.services import security
from casetracker.services.session import Session, kdf_for_new_vault

_C = "PassphraseDialog"


def _change(session: Session, current: str | None, new: str) -> Path:
    if current is not None:
        security.verify_passphrase(session, current)
    return security.change_passphrase(session, new, kdf=kdf_for_new_vault())


def _renew(session: Session, current: str) -> str:
    security.verify_passphrase(session, current)
    return security.renew_recovery_code(session, kdf=kdf_for_new_vault())


def _secret_edit(parent: QWidget, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    edit.setMinimumWidth(340)
    return edit


def _busy_bar(parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar


def _failure_text(exc: BaseException) -> str:
    if isinstance(exc, WrongPassphrase):
        return tr(_C, "The current passphrase is wrong.")
    if isinstance(exc, CaseTrackerError):
        return error_text(exc)
    return tr(_C, "It did not work: {error}").format(error=exc)


class ChangePassphraseDialog(QDialog):
    """New passphrase twice with the strength meter; `backup` is the copy taken first."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        require_current: bool = True,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.require_current = require_current
        self.backup: Path | None = None
        self._task: Task | None = None
        self.setWindowTitle(tr(_C, "Change the passphrase"))
        self.resize(560, 0)
        self._build(intro)
        self._validate()

    def _build(self, intro: str) -> None:
        text = QLabel(
            intro
            or tr(
                _C,
                "The new passphrase replaces the old one at once. The recovery code keeps "
                "working. A backup is taken first; old backups still open with the passphrase "
                "that was valid when they were made.",
            ),
            self,
        )
        text.setWordWrap(True)
        self.current = _secret_edit(self, tr(_C, "Current passphrase"))
        self.new = _secret_edit(self, tr(_C, "New passphrase"))
        self.repeat = _secret_edit(self, tr(_C, "Repeat the new passphrase"))
        self.meter = StrengthMeter(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        if self.require_current:
            form.addRow(tr(_C, "&Current passphrase:"), self.current)
        else:
            self.current.hide()
        form.addRow(tr(_C, "&New passphrase:"), self.new)
        form.addRow("", self.meter)
        form.addRow(tr(_C, "&Repeat it:"), self.repeat)
        for edit in (self.current, self.new, self.repeat):
            edit.textChanged.connect(self._validate)
        self.problem = QLabel(self)
        self.problem.setObjectName("inlineError")
        self.problem.setWordWrap(True)
        self.busy = _busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(
            tr(_C, "Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setIcon(icon("key"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(12)
        for widget in (text,):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_height(self)

    def _validate(self) -> bool:
        secret = self.new.text()
        score, advice = strength(secret, [vault_display_name(self.session.vault.path)])
        self.meter.show_score(score, advice, empty=not secret)
        problem = ""
        if secret and score < MIN_SCORE:
            problem = tr(_C, "Choose a stronger passphrase: a few unrelated words work well.")
        elif secret and len(secret) < security.MIN_LENGTH:
            problem = tr(_C, "Use at least {n} characters.").format(n=security.MIN_LENGTH)
        elif self.repeat.text() and self.repeat.text() != secret:
            problem = tr(_C, "The two passphrases differ.")
        elif self.require_current and secret and secret == self.current.text():
            problem = tr(_C, "The new passphrase is the same as the current one.")
        self.problem.setText(problem)
        ok = not problem and bool(secret) and self.repeat.text() == secret
        ok = ok and (not self.require_current or bool(self.current.text()))
        self.ok_button.setEnabled(ok and self._task is None)
        return ok

    def accept(self) -> None:
        if not self._validate() or self._task is not None:
            return
        current = self.current.text() if self.require_current else None
        self._set_busy(True)
        task = Task(_change, self.session, current, self.new.text())
        self._task = start(task, self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.current, self.new, self.repeat):
            widget.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)

    def _done(self, backup: Path) -> None:
        self._task = None
        self.backup = backup
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        bus.status_message.emit(
            tr(_C, "Passphrase changed. The recovery code still works. Backup taken first: {path}")
            .format(path=backup)
        )  # fmt: skip
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.problem.setText(_failure_text(exc))
        target = self.current if isinstance(exc, WrongPassphrase) else self.new
        target.selectAll()
        target.setFocus()

    def reject(self) -> None:
        if self._task is None:
            for edit in (self.current, self.new, self.repeat):
                edit.clear()
            super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, **kwargs) -> bool:
        dialog = cls(session, parent, **kwargs)
        return dialog.exec() == QDialog.DialogCode.Accepted


class RecoveryCodeDialog(QDialog):
    """Replace the recovery code: confirm with the passphrase, then show the new code once."""

    code_made = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code = ""
        self._task: Task | None = None
        self.setWindowTitle(tr(_C, "New recovery code"))
        self.resize(600, 0)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._confirm_page())
        self.pages.addWidget(self._code_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.addWidget(self.pages)

    def _confirm_page(self) -> QWidget:
        page = QWidget(self)
        text = QLabel(
            tr(
                _C,
                "A new recovery code replaces the old one, which stops working at once: "
                "destroy the paper it is written on. Make a new code if the old one may have "
                "been seen or lost.",
            ),
            page,
        )
        text.setWordWrap(True)
        self.current = _secret_edit(page, tr(_C, "Current passphrase"))
        self.current.textChanged.connect(lambda t: self.make_button.setEnabled(bool(t)))
        form = QFormLayout()
        form.addRow(tr(_C, "&Current passphrase:"), self.current)
        self.problem = QLabel(page)
        self.problem.setObjectName("inlineError")
        self.problem.setWordWrap(True)
        self.busy = _busy_bar(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, page)
        self.make_button = buttons.addButton(
            tr(_C, "Make a new code"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setEnabled(False)
        self.make_button.setDefault(True)
        buttons.accepted.connect(self.make_code)
        buttons.rejected.connect(self.reject)
        create_vault.lay_out_form_page(page, text, form, self.problem, self.busy, buttons)
        return page

    def _code_page(self) -> QWidget:
        page = create_vault.RecoveryCodePage(tr(_C, "Your new recovery code"), tr(_C, "Done"), self)
        self.code_label, self.print_button, self.written = (
            page.code,
            page.print_button,
            page.written,
        )
        self.done_button = page.finish_button
        self.print_button.clicked.connect(self._print)
        self.done_button.clicked.connect(self._finish)
        return page

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_height(self)

    def make_code(self) -> None:
        if self._task is not None or not self.current.text():
            return
        self.busy.show()
        self.problem.setText("")
        self.make_button.setEnabled(False)
        self.current.setEnabled(False)
        self._task = start(
            Task(_renew, self.session, self.current.text()), self._made, self._failed
        )

    def _made(self, code: str) -> None:
        self._task = None
        self.code = code
        self.current.clear()
        self.code_label.setText(code)
        self.pages.setCurrentIndex(1)
        fit_height(self)
        self.written.setFocus()
        self.code_made.emit(code)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.busy.hide()
        self.current.setEnabled(True)
        self.make_button.setEnabled(True)
        self.problem.setText(_failure_text(exc))
        self.current.selectAll()
        self.current.setFocus()

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr(_C, "Print the recovery code"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name = vault_display_name(self.session.vault.path)
            create_vault.print_recovery_sheet(printer, name, self.code)

    def _finish(self) -> None:
        if self.written.isChecked():
            self.accept()

    def reject(self) -> None:
        # not while making it, and not before the new code is confirmed written down
        if self._task is None and (not self.code or self.written.isChecked()):
            self.current.clear()
            super().reject()
