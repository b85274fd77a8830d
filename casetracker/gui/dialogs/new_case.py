"""Start a new case with only what a relative says first: a name, maybe another spelling, a town.

One name field takes any script; the detected script is shown under it (so a volunteer sees
that "Қалиолла" was read as Cyrillic, not Latin) and Arabic-script names are laid out right to
left. Everything else is filled in later in the case file. The case is created with
`services.cases.create` through `run_op`, which reports a refused input as a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.enums import Script
from casetracker.domain.names import detect_script
from casetracker.gui.bus import run_op
from casetracker.gui.i18n import tr
from casetracker.services import caselist, cases

_C = "NewCaseDialog"
_SCRIPT_NAMES = {
    Script.LATN: QT_TRANSLATE_NOOP("NewCaseDialog", "Latin"),
    Script.CYRL: QT_TRANSLATE_NOOP("NewCaseDialog", "Cyrillic"),
    Script.ARAB: QT_TRANSLATE_NOOP("NewCaseDialog", "Arabic script"),
    Script.HANI: QT_TRANSLATE_NOOP("NewCaseDialog", "Chinese characters"),
    Script.OTHER: QT_TRANSLATE_NOOP("NewCaseDialog", "Other script"),
}


def script_name(script: Script) -> str:
    return tr(_C, _SCRIPT_NAMES.get(script, _SCRIPT_NAMES[Script.OTHER]))


class NameEdit(QWidget):
    """A name field with the detected script shown beneath it."""

    def __init__(self, placeholder: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(accessible)
        self.edit.setMinimumHeight(30)
        self.script_label = QLabel(self)
        self.script_label.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.script_label)
        self.edit.textChanged.connect(self._detect)
        self._detect("")

    def text(self) -> str:
        return self.edit.text().strip()

    def _detect(self, text: str) -> None:
        script = detect_script(text)
        rtl = script is Script.ARAB
        self.edit.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        shown = (
            tr(_C, "Script: {script}").format(script=script_name(script)) if text.strip() else ""
        )
        self.script_label.setText(shown)


class NewCaseDialog(QDialog):
    """`ask(session)` returns the new person's id, or None if cancelled."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.person_id: int | None = None
        self.setWindowTitle(tr(_C, "New case"))
        self.resize(520, 280)
        intro = QLabel(
            tr(
                _C,
                "Start with the name as the family gives it, in any script. "
                "Everything else can be added in the case file.",
            ),
            self,
        )
        intro.setWordWrap(True)
        form = self._form(caselist.hometowns(session))
        self._buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._validate()
        self.name.edit.setFocus()

    def _form(self, hometowns: list[str]) -> QFormLayout:
        self.name = NameEdit(
            tr(_C, "e.g. Қалиолла Мұхаметұлы, Qaliolla, 哈力奥拉"), tr(_C, "Name"), self
        )
        self.other_name = NameEdit(
            tr(_C, "optional: the same name in another script"),
            tr(_C, "Name in another script"),
            self,
        )
        self.hometown = QLineEdit(self)
        self.hometown.setAccessibleName(tr(_C, "Hometown"))
        self.hometown.setPlaceholderText(tr(_C, "optional: prefecture, county or village"))
        self.hometown.setCompleter(QCompleter(hometowns, self))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(tr(_C, "&Name:"), self.name)
        form.addRow(tr(_C, "&Other spelling:"), self.other_name)
        form.addRow(tr(_C, "&Hometown:"), self.hometown)
        return form

    def _buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            tr(_C, "Create case"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self.name.edit.textChanged.connect(self._validate)

    def _validate(self) -> None:
        self.create_button.setEnabled(bool(self.name.text()))

    def create(self) -> None:
        if not self.name.text():
            return
        names = [self.name.text()] + ([self.other_name.text()] if self.other_name.text() else [])
        changes = run_op(
            self, cases.create, self._session, names=names, hometown=self.hometown.text().strip()
        )
        if changes is None:
            return
        self.person_id = changes.created_ids[0] if changes.created_ids else None
        self.accept()

    @classmethod
    def ask(cls, session, parent: QWidget | None = None) -> int | None:
        dialog = cls(session, parent)
        return dialog.person_id if dialog.exec() == QDialog.DialogCode.Accepted else None
