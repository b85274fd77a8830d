"""Create a new vault: where, a passphrase (twice, with a strength meter), then the recovery code.

The recovery code is shown exactly once, with a plain explanation and a Print button, and the
dialog only lets the volunteer go on after ticking "I have written it down": a family that
loses both passphrase and code loses the records, and nobody can help them. Creating the vault
derives two keys (~0.5 s), so it runs on a worker thread behind a busy bar.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import platformdirs
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from zxcvbn import zxcvbn

from casetracker.domain.errors import CaseTrackerError
from casetracker.gui import errors, theme
from casetracker.gui.dialogs.unlock import SUFFIX, vault_display_name
from casetracker.gui.i18n import date_text, tr
from casetracker.gui.icons import icon
from casetracker.gui.worker import Task, start
from casetracker.services.session import Session, create_vault, kdf_for_new_vault

_C = "CreateVaultDialog"
MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable" against an offline attack with a slow hash
_METER_CHARS = 64  # zxcvbn slows down on long inputs; the first 64 characters tell enough


def default_location() -> Path:
    return Path(platformdirs.user_documents_dir())


def strength(passphrase: str, hints: list[str]) -> tuple[int, str]:
    """(score 0-4, plain advice) for a candidate passphrase."""
    if not passphrase:
        return 0, ""
    result = zxcvbn(passphrase[:_METER_CHARS], user_inputs=[h for h in hints if h])
    feedback = result.get("feedback") or {}
    parts = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
    advice = " ".join(tr("zxcvbn", p) for p in parts if p)
    return int(result["score"]), advice


_SCORE_WORDS = (
    QT_TRANSLATE_NOOP("CreateVaultDialog", "Very weak"),
    QT_TRANSLATE_NOOP("CreateVaultDialog", "Weak"),
    QT_TRANSLATE_NOOP("CreateVaultDialog", "Fair"),
    QT_TRANSLATE_NOOP("CreateVaultDialog", "Good"),
    QT_TRANSLATE_NOOP("CreateVaultDialog", "Strong"),
)
_SCORE_COLOURS = ("#B3261E", "#D55E00", "#E69F00", "#2E7D32", "#1B5E20")


def lay_out_form_page(
    page: QWidget,
    intro: QWidget,
    form: QLayout,
    problem: QWidget,
    busy: QWidget,
    buttons: QWidget,
) -> None:
    """The passphrase pages' layout: words, the fields, the problem line, the busy bar, then the
    buttons at the bottom (creating a vault, changing the passphrase or the recovery code)."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(problem)
    layout.addWidget(busy)
    layout.addStretch(1)
    layout.addWidget(buttons)


class RecoveryCodePage(QWidget):
    """The recovery code shown once, with what it is for, Print… and a confirmation that it was
    written down before `finish_button` is enabled. Creation and "New recovery code" share it."""

    def __init__(self, title: str, finish_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        self.code = QLabel(self)
        self.code.setObjectName("recoveryCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(tr(_C, "Recovery code"))
        text = QLabel(explanation(), self)
        text.setWordWrap(True)
        self.print_button = QPushButton(icon("print"), tr(_C, "Print…"), self)
        self.written = QCheckBox(tr(_C, "I have written it down"), self)
        self.finish_button = QPushButton(finish_text, self)
        self.finish_button.setDefault(True)
        self.finish_button.setEnabled(False)
        self.written.toggled.connect(self.finish_button.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.written)
        row.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(self.code)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addLayout(row)


class StrengthMeter(QWidget):
    """A bar in four steps and a sentence of advice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.words = QLabel(self)
        self.advice = QLabel(self)
        self.advice.setObjectName("muted")
        self.advice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.words)
        layout.addLayout(row)
        layout.addWidget(self.advice)
        self.score = 0
        self.show_score(0, "", empty=True)

    def show_score(self, score: int, advice: str, empty: bool = False) -> None:
        self.score = score
        self.bar.setValue(0 if empty else max(1, score))
        colour = _SCORE_COLOURS[score]
        self.bar.setStyleSheet(
            f"QProgressBar {{ border: none; border-radius: 4px; background: "
            f"{theme.colour('border').name()}; }}"
            f"QProgressBar::chunk {{ border-radius: 4px; background: {colour}; }}"
        )
        self.words.setText("" if empty else tr(_C, _SCORE_WORDS[score]))
        if not empty and score < MIN_SCORE and not advice:
            advice = tr(_C, "Add another word or two that are not a common phrase.")
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))


def recovery_sheet_html(vault_name: str, code: str) -> str:
    """The printed page: the code, the vault it opens, and what it is for."""
    return (
        f"<h2>{html.escape(tr(_C, 'CaseTracker recovery code'))}</h2>"
        f"<p>{html.escape(tr(_C, 'Vault'))}: <b>{html.escape(vault_name)}</b><br>"
        f"{html.escape(tr(_C, 'Created'))}: {html.escape(date_text(dt.date.today()))}</p>"
        f"<p style='font-family: monospace; font-size: 22pt; letter-spacing: 2px'>"
        f"{html.escape(code)}</p>"
        f"<p>{html.escape(explanation())}</p>"
    )


def print_recovery_sheet(printer: QPrinter, vault_name: str, code: str) -> None:
    document = QTextDocument()
    document.setHtml(recovery_sheet_html(vault_name, code))
    document.print_(printer)


def explanation() -> str:
    return tr(
        _C,
        "This code opens the vault if the passphrase is ever forgotten. It is shown only now. "
        "Write it on paper and keep it somewhere safe, away from this laptop. Without the "
        "passphrase or this code nobody can open the vault: not you, not us, not anyone.",
    )


class CreateVaultDialog(QDialog):
    """Emits `created(Session, Path)` when the volunteer has confirmed the recovery code."""

    created = Signal(object, object)  # Session, Path

    def __init__(self, parent: QWidget | None = None, location: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(_C, "Create a new vault"))
        self.resize(580, 400)
        self.session: Session | None = None
        self.path: Path | None = None
        self.code = ""
        self._task: Task | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._form_page(location or default_location()))
        self.pages.addWidget(self._code_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.addWidget(self.pages)
        self._validate()

    # -- page 1: where and the passphrase ------------------------------------------------------

    def _form_page(self, location: Path) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            tr(
                _C,
                "A vault is an encrypted folder holding all cases, contacts and "
                "documents. Choose a name, where to keep it and a passphrase.",
            ),
            page,
        )
        intro.setWordWrap(True)
        form = self._form(page, location)
        self.problem = QLabel(page)
        self.problem.setObjectName("inlineError")
        self.problem.setWordWrap(True)
        self.busy = QProgressBar(page)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        buttons = QDialogButtonBox(page)
        self.create_button = buttons.addButton(
            tr(_C, "Create vault"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        lay_out_form_page(page, intro, form, self.problem, self.busy, buttons)
        return page

    def _form(self, page: QWidget, location: Path) -> QFormLayout:
        self.name = QLineEdit(tr(_C, "Family cases"), page)
        self.folder = QLineEdit(str(location), page)
        choose = QPushButton(icon("folder-open"), tr(_C, "Choose…"), page)
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.target = QLabel(page)
        self.target.setObjectName("muted")
        self.target.setWordWrap(True)
        self.passphrase = QLineEdit(page)
        self.repeat = QLineEdit(page)
        self.meter = StrengthMeter(page)
        location_label = QLabel(tr(_C, "&Location:"), page)
        location_label.setBuddy(self.folder)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(tr(_C, "&Name:"), self.name)
        form.addRow(location_label, folder_row)
        form.addRow("", self.target)
        form.addRow(tr(_C, "&Passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(tr(_C, "&Repeat it:"), self.repeat)
        names = {
            self.name: tr(_C, "Vault name"),
            self.folder: tr(_C, "Location"),
            self.passphrase: tr(_C, "Passphrase"),
            self.repeat: tr(_C, "Repeat the passphrase"),
        }
        for edit, accessible in names.items():
            edit.setAccessibleName(accessible)
            edit.textChanged.connect(self._validate)
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return form

    def target_path(self) -> Path | None:
        name = self.name.text().strip()
        folder = self.folder.text().strip()
        if not name or not folder or any(ch in name for ch in '/\\:*?"<>|'):
            return None
        return Path(folder).expanduser() / f"{name}{SUFFIX}"

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr(_C, "Where to keep the vault"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _validate(self) -> bool:
        target = self.target_path()
        secret = self.passphrase.text()
        score, advice = strength(secret, [self.name.text()])
        self.meter.show_score(score, advice, empty=not secret)
        problem = ""
        if target is None:
            problem = tr(_C, 'Give the vault a name without / \\ : * ? " < > |.')
            self.target.setText("")
        else:
            self.target.setText(tr(_C, "Will be created as {path}").format(path=target))
            if target.exists():
                problem = tr(_C, "Something named {name} already exists there.").format(
                    name=target.name
                )
        if not problem and secret and score < MIN_SCORE:
            problem = tr(_C, "Choose a stronger passphrase: a few unrelated words work well.")
        if not problem and self.repeat.text() and self.repeat.text() != secret:
            problem = tr(_C, "The two passphrases differ.")
        self.problem.setText(problem)
        ok = not problem and bool(secret) and self.repeat.text() == secret
        self.create_button.setEnabled(ok and self._task is None)
        return ok

    def create(self) -> None:
        if not self._validate() or self._task is not None:
            return
        self.path = self.target_path()
        self.busy.show()
        self.pages.widget(0).setEnabled(False)
        task = Task(create_vault, self.path, self.passphrase.text(), kdf=kdf_for_new_vault())
        self._task = start(task, self._created, self._failed)

    def _created(self, result: tuple[Session, str]) -> None:
        self._task = None
        self.session, self.code = result
        self.passphrase.clear()
        self.repeat.clear()
        self.code_label.setText(self.code)
        self.pages.setCurrentIndex(1)
        self.written.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.busy.hide()
        self.pages.widget(0).setEnabled(True)
        error = errors.error_text(exc) if isinstance(exc, CaseTrackerError) else exc
        self.problem.setText(tr(_C, "The vault could not be created: {error}").format(error=error))

    # -- page 2: the recovery code -------------------------------------------------------------

    def _code_page(self) -> QWidget:
        page = RecoveryCodePage(tr(_C, "Your recovery code"), tr(_C, "Continue"), self)
        self.code_label, self.print_button, self.written = (
            page.code,
            page.print_button,
            page.written,
        )
        self.continue_button = page.finish_button
        self.print_button.clicked.connect(self._print)
        self.continue_button.clicked.connect(self._finish)
        return page

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr(_C, "Print the recovery code"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_recovery_sheet(
                printer, vault_display_name(self.path) if self.path else "", self.code
            )

    def _finish(self) -> None:
        if self.session is None or not self.written.isChecked():
            return
        self.created.emit(self.session, self.path)
        self.accept()

    def reject(self) -> None:
        # Not while creating, and not once the code is shown: the vault exists by then.
        if self._task is None and self.session is None:
            super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[Session, Path] | None:
        dialog = cls(parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.session is not None:
            return dialog.session, dialog.path
        return None
