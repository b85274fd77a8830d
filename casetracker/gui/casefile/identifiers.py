"""Identity documents of a person: the list, and a field that checks a number as it is typed.

A mistyped ID finds nobody, so the number is validated on every keystroke with the domain's
rules (`validate_identifier`): the message beside the field says what is wrong, or, for a PRC
resident ID or a Kazakhstan IIN, the birth date and sex the number carries. Adding and removing
are requests to the section, which calls the services.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Identifier
from casetracker.domain.fuzzydate import FuzzyDate
from casetracker.domain.identifiers import (
    IdentifierType,
    kz_iin_facts,
    prc_id_facts,
    validate_identifier,
)
from casetracker.gui import errors
from casetracker.gui.casefile.base import tone
from casetracker.gui.i18n import tr
from casetracker.gui.labels import label
from casetracker.gui.widgets.fuzzydate_edit import date_words

KIND_LABELS = {
    IdentifierType.PRC_RESIDENT_ID: QT_TRANSLATE_NOOP("IdentifierListEdit", "PRC resident ID"),
    IdentifierType.PASSPORT: QT_TRANSLATE_NOOP("IdentifierListEdit", "Passport"),
    IdentifierType.KZ_IIN: QT_TRANSLATE_NOOP("IdentifierListEdit", "Kazakhstan IIN"),
    IdentifierType.OTHER: QT_TRANSLATE_NOOP("IdentifierListEdit", "Other"),
}
_FACTS = {IdentifierType.PRC_RESIDENT_ID: prc_id_facts, IdentifierType.KZ_IIN: kz_iin_facts}


def kind_label(kind: IdentifierType) -> str:
    return tr("IdentifierListEdit", KIND_LABELS[kind])


def check_identifier(kind: IdentifierType, text: str) -> tuple[bool, str]:
    """(valid, message) for the number typed so far."""
    if not text.strip():
        return False, ""
    try:
        validate_identifier(kind, text)
    except ValueError as exc:
        return False, errors.message_text(str(exc))
    facts = _FACTS.get(kind)
    if facts is None:
        return True, tr("IdentifierListEdit", "Looks valid")
    born, sex = facts(text)
    return True, tr("IdentifierListEdit", "Valid · born {date} · {sex}").format(
        date=date_words(FuzzyDate.parse(born.isoformat())), sex=label(sex).lower()
    )


class IdentifierListEdit(QWidget):
    """Stored identifiers with a Remove button each, and a checked field to add one."""

    add_requested = Signal(str, str)  # kind value, number as typed
    remove_requested = Signal(int)  # identifier id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._identifiers: tuple[Identifier, ...] = ()
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        self.empty_label = QLabel(tr("IdentifierListEdit", "No identity documents recorded."))
        self.empty_label.setStyleSheet(f"color: {tone('muted')};")
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(tr("IdentifierListEdit", "Kind of document"))
        for kind in IdentifierType:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.value_edit = QLineEdit()
        self.value_edit.setAccessibleName(tr("IdentifierListEdit", "Document number"))
        self.value_edit.setPlaceholderText(tr("IdentifierListEdit", "Number"))
        self.add_button = QPushButton(tr("IdentifierListEdit", "Add"))
        self.add_button.setAccessibleName(tr("IdentifierListEdit", "Add this document"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._layout()
        self.kind_combo.currentIndexChanged.connect(self._check)
        self.value_edit.textChanged.connect(self._check)
        self.value_edit.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)
        self._check()

    def _layout(self) -> None:
        add_row = QHBoxLayout()
        add_row.setSpacing(8)
        add_row.addWidget(self.kind_combo)
        add_row.addWidget(self.value_edit, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._grid)
        layout.addLayout(add_row)
        layout.addWidget(self.message)

    def set_identifiers(self, identifiers: tuple[Identifier, ...]) -> None:
        if identifiers == self._identifiers:
            return
        self._identifiers = identifiers
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for row, ident in enumerate(identifiers):
            kind = QLabel(kind_label(ident.kind))
            kind.setStyleSheet(f"color: {tone('muted')};")
            value = QLabel(ident.value)
            value.setFont(mono)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            remove = QPushButton(tr("IdentifierListEdit", "Remove"))
            remove.setFlat(True)
            remove.setAccessibleName(
                tr("IdentifierListEdit", "Remove {kind} {value}").format(
                    kind=kind.text(), value=ident.value
                )
            )
            remove.clicked.connect(lambda _=False, i=ident.id: self.remove_requested.emit(i))
            self._grid.addWidget(kind, row, 0)
            self._grid.addWidget(value, row, 1)
            self._grid.addWidget(remove, row, 2)
        self.empty_label.setVisible(not identifiers)

    def identifiers(self) -> tuple[Identifier, ...]:
        return self._identifiers

    def clear(self) -> None:
        self.set_identifiers(())
        self.value_edit.clear()

    def clear_input(self) -> None:
        self.value_edit.clear()

    def is_input_valid(self) -> bool:
        return check_identifier(self.kind(), self.value_edit.text())[0]

    def kind(self) -> IdentifierType:
        return IdentifierType(self.kind_combo.currentData())

    def _check(self) -> None:
        valid, message = check_identifier(self.kind(), self.value_edit.text())
        self.message.setText(message)
        self.message.setStyleSheet(f"color: {tone('ok' if valid else 'warning')};")
        self.message.setVisible(bool(message))
        self.value_edit.setAccessibleDescription(message)
        self.add_button.setEnabled(valid)

    def _add(self) -> None:
        if self.is_input_valid():
            self.add_requested.emit(str(self.kind_combo.currentData()), self.value_edit.text())
