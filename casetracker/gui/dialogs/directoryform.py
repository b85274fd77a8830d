"""The form dialog behind the organisation, contact and facility dialogs.

Each field is checked as the user types and its message shown beside it; OK stays disabled
while something is wrong; accepting makes exactly one service call, and a `ValidationError`
from the service lands beside the field it names instead of in a message box. `ask(...)` opens
the dialog and returns the id of the saved row, or None when cancelled.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Changes
from casetracker.domain.errors import CaseTrackerError, ValidationError
from casetracker.gui.bus import bus, error_text, show_error
from casetracker.gui.i18n import tr
from casetracker.gui.widgets.name_edit import apply_direction
from casetracker.services import validate
from casetracker.services.session import Session

CONTEXT = "DirectoryFormDialog"
ERROR_STYLE = "color: #B3261E;"
HINT_STYLE = "color: palette(placeholder-text);"


class DirectoryFormDialog(QDialog):
    """Subclasses add rows in `__init__`, then implement `save()` (the one service call)."""

    def __init__(self, parent: QWidget | None, session: Session, title: str) -> None:
        super().__init__(parent)
        self.session = session
        self.result_id: int | None = None
        self.changes: Changes | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        self._messages: dict[str, QLabel] = {}
        self._required: dict[str, QLineEdit] = {}
        self._lines: dict[str, QLineEdit] = {}
        self._touched: set[str] = set()
        self._server_errors: dict[str, str] = {}
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general = QLabel()
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(16)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    # -- building --------------------------------------------------------------------------

    def line(
        self,
        key: str,
        caption: str,
        text: str = "",
        *,
        required: bool = False,
        placeholder: str = "",
        names: bool = False,
    ) -> QLineEdit:
        """A one-line field; `names` turns it right to left for Arabic-script text."""
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        self._lines[key] = edit
        if required:
            self._required[key] = edit
        if names:
            edit.textChanged.connect(lambda value: apply_direction(edit, value))
            apply_direction(edit, text)
        edit.textChanged.connect(lambda _value: self._edited(key))
        self.add_row(key, caption, edit)
        return edit

    def combo(self, key: str, caption: str, pairs, current: object) -> QComboBox:
        box = QComboBox()
        # Long organisation names must not squeeze the captions: elide inside the box instead.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(24)
        for text, value in pairs:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(current)))
        self.add_row(key, caption, box)
        return box

    def notes(self, key: str, caption: str, text: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(96)
        self.add_row(key, caption, edit)
        return edit

    def add_row(self, key: str, caption: str, widget: QWidget) -> None:
        """`widget` with a message label beside it; the caption is its accessible name."""
        widget.setAccessibleName(caption)
        message = QLabel()
        message.setObjectName(f"message_{key}")
        message.setWordWrap(True)
        message.setFixedWidth(180)
        message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        box.addWidget(widget, 1)
        box.addWidget(message)
        self._messages[key] = message
        self.form.addRow(caption, row)
        self.form.labelForField(row).setBuddy(widget)

    def finish(self, ok_text: str) -> None:
        """Call at the end of a subclass's `__init__`."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.revalidate()

    # -- checking --------------------------------------------------------------------------

    def check(self) -> dict[str, str]:
        """Problems with the current values, by field; subclasses extend it."""
        problems: dict[str, str] = {}
        for key, edit in self._required.items():
            if not edit.text().strip():
                problems[key] = tr(CONTEXT, "A name is required.")
        for key, message in self._server_errors.items():
            problems.setdefault(key, message)
        for key, edit in self._lines.items():
            if len(edit.text().strip()) > validate.MAX_SHORT:
                problems.setdefault(
                    key, tr(CONTEXT, "At most {n} characters.").format(n=validate.MAX_SHORT)
                )
        return problems

    def message(self, key: str) -> str:
        """The text shown beside field `key` (empty when it is fine)."""
        return self._messages[key].text()

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self._server_errors.pop(key, None)
        self.revalidate()

    def revalidate(self) -> None:
        problems = self.check()
        for key, label in self._messages.items():
            text = problems.get(key, "")
            # An untouched empty required field gets a quiet hint rather than an error.
            quiet = key in self._required and key not in self._touched and text
            label.setText(tr(CONTEXT, "Required") if quiet else text)
            label.setStyleSheet(HINT_STYLE if quiet else ERROR_STYLE)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> Changes:
        raise NotImplementedError

    def saved_id(self, changes: Changes) -> int | None:
        return changes.created_ids[0] if changes.created_ids else None

    def accept(self) -> None:
        self._touched.update(self._messages)
        self.revalidate()
        if self.check():
            return
        try:
            changes = self.save()
        except ValidationError as exc:
            self._show_service_error(exc)
            return
        except CaseTrackerError as exc:
            show_error(self, exc)
            return
        self.changes = changes
        self.result_id = self.saved_id(changes)
        bus.changed.emit(changes)
        super().accept()

    def _show_service_error(self, exc: ValidationError) -> None:
        if exc.field in self._messages:
            self._server_errors[exc.field] = exc.message
            self.revalidate()
        else:
            self.general.setText(error_text(exc))
            self.general.show()

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, *args: Any, **kwargs: Any):
        """Open the dialog; the saved row's id, or None when cancelled."""
        dialog = cls(parent, session, *args, **kwargs)
        return dialog.result_id if dialog.exec() == QDialog.DialogCode.Accepted else None
