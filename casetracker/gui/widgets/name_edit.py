"""Editing a person's names in every script they are written in.

A Kazakh from Xinjiang has a Chinese name on the PRC ID card, an Arabic-script Kazakh name, a
Cyrillic one and a Latin passport spelling (DOMAIN.md, "Names"). `NameEdit` takes any script,
shows the script it detects as you type and turns right to left for Arabic script, so that
Arabic letters join and read correctly. `NameListEdit` is the editable list of them, handed to
the caller as a whole (the services replace the list in one step).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.enums import NameKind, Script
from casetracker.domain.names import NameVariant, detect_script, is_rtl_script
from casetracker.gui.i18n import tr

SCRIPT_LABELS = {
    Script.CYRL: QT_TRANSLATE_NOOP("NameEdit", "Cyrillic"),
    Script.LATN: QT_TRANSLATE_NOOP("NameEdit", "Latin"),
    Script.ARAB: QT_TRANSLATE_NOOP("NameEdit", "Arabic"),
    Script.HANI: QT_TRANSLATE_NOOP("NameEdit", "Chinese"),
    Script.OTHER: QT_TRANSLATE_NOOP("NameEdit", "Script?"),
}
KIND_LABELS = {
    NameKind.PRIMARY: QT_TRANSLATE_NOOP("NameEdit", "Primary"),
    NameKind.PASSPORT: QT_TRANSLATE_NOOP("NameEdit", "Passport"),
    NameKind.ALIAS: QT_TRANSLATE_NOOP("NameEdit", "Alias"),
}
_CHIP = (
    "QLabel {{ background: {bg}; color: {fg}; border-radius: 9px; padding: 2px 8px;"
    " font-size: 8.5pt; font-weight: 600; }}"
)
_CHIP_COLOURS = {
    Script.CYRL: ("#E7F0FB", "#1B4F8A"),
    Script.LATN: ("#EAF5EE", "#1E6B3A"),
    Script.ARAB: ("#FBEFE4", "#8A4A12"),
    Script.HANI: ("#F7E9F1", "#8A2359"),
    Script.OTHER: ("#EEF0F2", "#57606A"),
}


def script_label(script: Script) -> str:
    return tr("NameEdit", SCRIPT_LABELS[script])


def apply_direction(widget: QWidget, text: str) -> None:
    """Right to left for Arabic-script text (line edits and labels), left to right otherwise."""
    rtl = is_rtl_script(detect_script(text))
    widget.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    if isinstance(widget, QLineEdit | QLabel):
        # Absolute: Qt mirrors plain Left/Right in a right-to-left widget.
        horizontal = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        widget.setAlignment(
            horizontal | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )


class NameEdit(QWidget):
    """One name: the text in any script, its detected script, and its kind."""

    edited = Signal()  # editing finished or kind changed: the list may need saving
    remove_requested = Signal()

    def __init__(self, variant: NameVariant | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setAccessibleName(tr("NameEdit", "Name"))
        self.line_edit.setPlaceholderText(tr("NameEdit", "Name in any script"))
        self.line_edit.setMinimumWidth(220)
        self.script_chip = QLabel(self)
        self.script_chip.setMinimumWidth(70)
        self.script_chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(tr("NameEdit", "Kind of name"))
        for kind in NameKind:
            self.kind_combo.addItem(tr("NameEdit", KIND_LABELS[kind]), kind)
        self.remove_button = QPushButton(tr("NameEdit", "Remove"), self)
        self.remove_button.setAccessibleName(tr("NameEdit", "Remove this name"))
        self.remove_button.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.script_chip)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.remove_button)
        self.setFocusProxy(self.line_edit)
        self.line_edit.textChanged.connect(self._show_script)
        self.line_edit.editingFinished.connect(self.edited)
        self.kind_combo.activated.connect(lambda _index: self.edited.emit())
        self.remove_button.clicked.connect(self.remove_requested)
        self.set_variant(variant)

    def set_variant(self, variant: NameVariant | None) -> None:
        text = variant.text if variant else ""
        if self.line_edit.text() != text:
            self.line_edit.setText(text)
            self.line_edit.setCursorPosition(0)
        kind = variant.kind if variant else NameKind.PRIMARY
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self._show_script(text)

    def variant(self) -> NameVariant | None:
        """The name as typed (None while empty); the script is detected from the text."""
        text = self.line_edit.text()
        if not text.strip():
            return None
        return NameVariant.of(text, NameKind(self.kind_combo.currentData()))

    def script(self) -> Script:
        return detect_script(self.line_edit.text())

    def _show_script(self, text: str) -> None:
        script = detect_script(text)
        self.script_chip.setText(script_label(script) if text.strip() else "")
        bg, fg = _CHIP_COLOURS[script]
        self.script_chip.setStyleSheet(_CHIP.format(bg=bg, fg=fg) if text.strip() else "")
        self.script_chip.setAccessibleName(self.script_chip.text())
        apply_direction(self.line_edit, text)


class NameListEdit(QWidget):
    """The editable list of a person's names; `names_edited` carries the whole new list."""

    names_edited = Signal(list)  # list[NameVariant]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NameEdit] = []
        self._stored: list[NameVariant] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(6)
        self.add_button = QPushButton(tr("NameListEdit", "+ Add a name"), self)
        self.add_button.setAccessibleName(tr("NameListEdit", "Add a name"))
        self.add_button.clicked.connect(self.add_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def rows(self) -> list[NameEdit]:
        return list(self._rows)

    def names(self) -> list[NameVariant]:
        """The names as shown (empty rows left out)."""
        return [v for v in (row.variant() for row in self._rows) if v is not None]

    def is_dirty(self) -> bool:
        return self.names() != self._stored

    def set_names(self, variants: list[NameVariant] | tuple[NameVariant, ...]) -> None:
        """Show the stored names, keeping a list the user is still editing as it is."""
        stored = list(variants)
        if self.is_dirty() and self._has_focus():
            self._stored = stored
            return
        self._stored = stored
        if self.names() == stored:
            return
        while len(self._rows) > len(stored):
            self._remove_widget(self._rows[-1])
        for index, variant in enumerate(stored):
            if index < len(self._rows):
                self._rows[index].set_variant(variant)
            else:
                self._append(variant)
        self._update_remove_buttons()

    def clear(self) -> None:
        while self._rows:
            self._remove_widget(self._rows[-1])
        self._stored = []

    def add_row(self) -> NameEdit:
        row = self._append(None)
        self._update_remove_buttons()
        row.line_edit.setFocus()
        return row

    def _append(self, variant: NameVariant | None) -> NameEdit:
        row = NameEdit(variant, self)
        row.edited.connect(self._row_edited)
        row.remove_requested.connect(lambda: self._remove_requested(row))
        row.line_edit.textChanged.connect(self._update_remove_buttons)
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        self.setTabOrder(row.remove_button, self.add_button)
        return row

    def _remove_widget(self, row: NameEdit) -> None:
        self._rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _remove_requested(self, row: NameEdit) -> None:
        self._remove_widget(row)
        self._update_remove_buttons()
        self._row_edited()

    def _row_edited(self) -> None:
        if self.is_dirty() and self.names():
            self.names_edited.emit(self.names())

    def _has_focus(self) -> bool:
        return any(row.line_edit.hasFocus() for row in self._rows)

    def _update_remove_buttons(self) -> None:
        """The last name cannot be removed: a case needs at least one."""
        named = [row for row in self._rows if row.variant() is not None]
        for row in self._rows:
            row.remove_button.setEnabled(len(named) > 1 or row.variant() is None)
