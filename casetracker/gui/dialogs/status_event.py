"""Add or correct one status event of a person (what was known, when, from which source).

The dialog edits a copy, validates the fuzzy date as the user types (OK stays disabled while
it is not a date), shows sentence and charge only for "Sentenced / in prison", and makes one
service call on accept through `run_op`; a refused save keeps the dialog open with the input.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Changes, StatusEvent
from casetracker.domain.enums import Confidence, SourceType, Status
from casetracker.gui.bus import run_op
from casetracker.gui.i18n import tr
from casetracker.gui.labels import choices, status_colour
from casetracker.gui.widgets.combos import choice_combo, select_data
from casetracker.gui.widgets.fuzzydate_edit import FuzzyDateEdit
from casetracker.services import facilities, statuses
from casetracker.services.session import Session

CONTEXT = "StatusEventDialog"


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(colour)
    return QIcon(pixmap)


class StatusEventDialog(QDialog):
    """New event for `person_id`, or a correction of `event`."""

    def __init__(
        self,
        session: Session,
        person_id: int,
        event: StatusEvent | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.person_id, self.status_event = session, person_id, event
        self.changes: Changes | None = None
        self.setWindowTitle(
            tr(CONTEXT, "Edit status event") if event else tr(CONTEXT, "Add status event")
        )
        self.setMinimumWidth(620)
        self._build()
        self._fill(event)
        self._status_changed()
        self._validate()

    def _build(self) -> None:
        self.status_combo = choice_combo(
            choices(Status),
            tr(CONTEXT, "Status"),
            icon_for=lambda status: _swatch(status_colour(status)),
        )
        self.date_edit = FuzzyDateEdit(accessible_name=tr(CONTEXT, "Date"))
        self.facility_combo = QComboBox()
        self.facility_combo.setAccessibleName(tr(CONTEXT, "Facility"))
        self.facility_combo.addItem(tr(CONTEXT, "— none —"), None)
        for facility in facilities.list_all(self.session):
            self.facility_combo.addItem(facility.name, facility.id)
        self.place_edit = QLineEdit()
        self.place_edit.setAccessibleName(tr(CONTEXT, "Place"))
        self.place_edit.setPlaceholderText(tr(CONTEXT, "County, township, village, if known"))
        self.source_combo = choice_combo(choices(SourceType), tr(CONTEXT, "Source type"))
        self.confidence_combo = choice_combo(choices(Confidence), tr(CONTEXT, "Confidence"))
        self.sentence_edit = QLineEdit()
        self.sentence_edit.setAccessibleName(tr(CONTEXT, "Sentence"))
        self.sentence_edit.setPlaceholderText(tr(CONTEXT, "e.g. 10 years"))
        self.charge_edit = QLineEdit()
        self.charge_edit.setAccessibleName(tr(CONTEXT, "Charge"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(tr(CONTEXT, "Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(90)
        self.official_hint = QLabel(
            tr(
                CONTEXT,
                "Claims by the Chinese authorities are kept as their own source, beside the "
                "family's account.",
            )
        )
        self.official_hint.setWordWrap(True)
        self.official_hint.setObjectName("muted")
        self._layout_form()
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.source_combo.currentIndexChanged.connect(self._status_changed)
        self.date_edit.validity_changed.connect(self._validate)

    def _layout_form(self) -> None:
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)
        self.form.addRow(tr(CONTEXT, "Status"), self.status_combo)
        self.form.addRow(tr(CONTEXT, "Date"), self.date_edit)
        self.form.addRow(tr(CONTEXT, "Facility"), self.facility_combo)
        self.form.addRow(tr(CONTEXT, "Place"), self.place_edit)
        self.form.addRow(tr(CONTEXT, "Sentence"), self.sentence_edit)
        self.form.addRow(tr(CONTEXT, "Charge"), self.charge_edit)
        self.form.addRow(tr(CONTEXT, "Source type"), self.source_combo)
        self.form.addRow("", self.official_hint)
        self.form.addRow(tr(CONTEXT, "Confidence"), self.confidence_combo)
        self.form.addRow(tr(CONTEXT, "Note"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(16)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def _fill(self, event: StatusEvent | None) -> None:
        if event is None:
            select_data(self.source_combo, SourceType.FAMILY)
            select_data(self.confidence_combo, Confidence.PROBABLE)
            return
        select_data(self.status_combo, event.status)
        self.date_edit.set_date(event.date)
        select_data(self.facility_combo, event.facility_id)
        self.place_edit.setText(event.place)
        select_data(self.source_combo, event.source_type)
        select_data(self.confidence_combo, event.confidence)
        self.sentence_edit.setText(event.sentence)
        self.charge_edit.setText(event.charge)
        self.note_edit.setPlainText(event.note)

    def _status_changed(self) -> None:
        prison = self.status_combo.currentData() == Status.IMPRISONED
        self.form.setRowVisible(self.sentence_edit, prison)
        self.form.setRowVisible(self.charge_edit, prison)
        official = self.source_combo.currentData() in (
            SourceType.PRC_OFFICIAL,
            SourceType.PROOF_OF_LIFE,
        )
        self.form.setRowVisible(self.official_hint, official)

    def _validate(self) -> None:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(self.date_edit.is_valid())

    def values(self) -> dict[str, object]:
        """The fields as the service takes them."""
        values: dict[str, object] = {
            "status": str(self.status_combo.currentData()),
            "date": self.date_edit.date().text if self.date_edit.date() else "",
            "facility_id": self.facility_combo.currentData(),
            "place": self.place_edit.text(),
            "source_type": str(self.source_combo.currentData()),
            "confidence": str(self.confidence_combo.currentData()),
            "note": self.note_edit.toPlainText(),
        }
        if self.status_combo.currentData() == Status.IMPRISONED:
            values.update(sentence=self.sentence_edit.text(), charge=self.charge_edit.text())
        return values

    def accept(self) -> None:
        if not self.date_edit.is_valid():
            self.date_edit.setFocus()
            return
        values = self.values()
        if self.status_event is None:
            status = values.pop("status")
            changes = run_op(
                self, statuses.add_event, self.session, self.person_id, status, **values
            )
        else:
            changes = run_op(
                self, statuses.update_event, self.session, self.status_event.id, **values
            )
        if changes is not None:
            self.changes = changes
            super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        session: Session,
        person_id: int,
        event: StatusEvent | None = None,
    ) -> Changes | None:
        """Show the dialog; the Changes of the saved event, or None when cancelled."""
        dialog = cls(session, person_id, event, parent)
        dialog.exec()
        return dialog.changes
