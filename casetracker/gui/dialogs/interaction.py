"""Log or edit one advocacy step about a case: a letter, meeting or call, and its response.

The organisation is picked from the directory or created inline ("New organisation…"); a
contact typed that is not in the directory is created under that organisation. Those are their
own (undoable) service calls, made on accept just before the interaction itself is saved; the
dialog then points at what it created, so accepting again after a refused save adds nothing
twice.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Changes, Interaction
from casetracker.domain.enums import Direction, InteractionKind, OrgKind, Response
from casetracker.gui.bus import run_op
from casetracker.gui.i18n import tr
from casetracker.gui.labels import choices
from casetracker.gui.widgets.combos import choice_combo, select_data
from casetracker.gui.widgets.fuzzydate_edit import FuzzyDateEdit
from casetracker.services import advocacy
from casetracker.services.session import Session

CONTEXT = "InteractionDialog"
NEW_ORG = "new"


class InteractionDialog(QDialog):
    """A new interaction about `person_id`, or an edit of `interaction`."""

    def __init__(
        self,
        session: Session,
        person_id: int,
        interaction: Interaction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.person_id, self.interaction = session, person_id, interaction
        self.changes: Changes | None = None
        self.setWindowTitle(
            tr(CONTEXT, "Edit advocacy step") if interaction else tr(CONTEXT, "Log advocacy step")
        )
        self.setMinimumWidth(640)
        self._build()
        self._fill_organisations()
        self._fill(interaction)
        self._validate()

    def _build(self) -> None:
        self.date_edit = FuzzyDateEdit(accessible_name=tr(CONTEXT, "Date"))
        self.kind_combo = choice_combo(choices(InteractionKind), tr(CONTEXT, "Kind"))
        self.direction_combo = choice_combo(choices(Direction), tr(CONTEXT, "Direction"))
        self.org_combo = QComboBox()
        self.org_combo.setAccessibleName(tr(CONTEXT, "Organisation"))
        self.new_org_edit = QLineEdit()
        self.new_org_edit.setAccessibleName(tr(CONTEXT, "Name of the new organisation"))
        self.new_org_edit.setPlaceholderText(tr(CONTEXT, "Name of the new organisation"))
        self.new_org_kind = choice_combo(choices(OrgKind), tr(CONTEXT, "Kind of organisation"))
        self.contact_combo = QComboBox()
        self.contact_combo.setEditable(True)
        self.contact_combo.setAccessibleName(tr(CONTEXT, "Contact"))
        self.contact_combo.lineEdit().setPlaceholderText(tr(CONTEXT, "Type a new name or pick"))
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setAccessibleName(tr(CONTEXT, "Summary"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(96)
        self.response_combo = choice_combo(choices(Response), tr(CONTEXT, "Response"))
        self.follow_check = QCheckBox(tr(CONTEXT, "Follow up by"))
        self.follow_date = QDateEdit(QDate.currentDate().addDays(28))
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setAccessibleName(tr(CONTEXT, "Follow-up date"))
        self.done_check = QCheckBox(tr(CONTEXT, "Follow-up done"))
        self._layout_form()
        self.org_combo.currentIndexChanged.connect(self._org_changed)
        self.follow_check.toggled.connect(self._validate)
        self.date_edit.validity_changed.connect(self._validate)
        self.new_org_edit.textChanged.connect(self._validate)

    def _layout_form(self) -> None:
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo, 1)
        kind_row.addWidget(self.direction_combo, 1)
        self.new_org_row = QWidget()
        new_org = QHBoxLayout(self.new_org_row)
        new_org.setContentsMargins(0, 0, 0, 0)
        new_org.addWidget(self.new_org_edit, 2)
        new_org.addWidget(self.new_org_kind, 1)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_check)
        follow.addWidget(self.follow_date)
        follow.addSpacing(16)
        follow.addWidget(self.done_check)
        follow.addStretch(1)
        self.form.addRow(tr(CONTEXT, "Date"), self.date_edit)
        self.form.addRow(tr(CONTEXT, "Kind"), kind_row)
        self.form.addRow(tr(CONTEXT, "Organisation"), self.org_combo)
        self.form.addRow("", self.new_org_row)
        self.form.addRow(tr(CONTEXT, "Contact"), self.contact_combo)
        self.form.addRow(tr(CONTEXT, "Summary"), self.summary_edit)
        self.form.addRow(tr(CONTEXT, "Response"), self.response_combo)
        self.form.addRow(tr(CONTEXT, "Follow-up"), follow)
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

    def _fill_organisations(self, select: object = None) -> None:
        self.org_combo.blockSignals(True)
        self.org_combo.clear()
        self.org_combo.addItem(tr(CONTEXT, "— none —"), None)
        for org in advocacy.organizations(self.session):
            self.org_combo.addItem(org.name, org.id)
        self.org_combo.addItem(tr(CONTEXT, "New organisation…"), NEW_ORG)
        self.org_combo.blockSignals(False)
        select_data(self.org_combo, select)
        self._org_changed()

    def _fill(self, item: Interaction | None) -> None:
        if item is None:
            self.date_edit.setText(dt.date.today().strftime("%d.%m.%Y"))
            self.follow_date.setEnabled(False)
            return
        self.date_edit.set_date(item.date)
        select_data(self.kind_combo, item.kind)
        select_data(self.direction_combo, item.direction)
        select_data(self.org_combo, item.organization_id)
        self._org_changed()
        self.contact_combo.setCurrentText(item.contact_name)
        self.summary_edit.setPlainText(item.summary)
        select_data(self.response_combo, item.response)
        self.follow_check.setChecked(item.follow_up_due is not None)
        if item.follow_up_due:
            due = item.follow_up_due
            self.follow_date.setDate(QDate(due.year, due.month, due.day))
        self.done_check.setChecked(item.follow_up_done)

    def _org_changed(self) -> None:
        org = self.org_combo.currentData()
        self.form.setRowVisible(self.new_org_row, org == NEW_ORG)
        typed = self.contact_combo.currentText()
        self.contact_combo.clear()
        self.contact_combo.addItem("", None)
        if org != NEW_ORG:
            for contact in advocacy.contacts(self.session, org):
                self.contact_combo.addItem(contact.name, contact.id)
        self.contact_combo.setCurrentText(typed)
        if org == NEW_ORG:
            self.new_org_edit.setFocus()
        self._validate()

    def _validate(self) -> None:
        self.follow_date.setEnabled(self.follow_check.isChecked())
        ok = self.date_edit.is_valid()
        if self.org_combo.currentData() == NEW_ORG:
            ok = ok and bool(self.new_org_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    # -- saving ----------------------------------------------------------------------------

    def _organisation_id(self) -> int | bool | None:
        """The chosen organisation, creating a new one first; False when that was refused."""
        org = self.org_combo.currentData()
        if org != NEW_ORG:
            return org
        changes = run_op(
            self,
            advocacy.add_organization,
            self.session,
            name=self.new_org_edit.text(),
            kind=str(self.new_org_kind.currentData()),
        )
        if changes is None:
            return False
        new_id = changes.created_ids[0]
        self._fill_organisations(select=new_id)
        return new_id

    def _contact_id(self, org_id: int | None) -> int | bool | None:
        name = self.contact_combo.currentText().strip()
        if not name:
            return None
        index = self.contact_combo.findText(name)
        if index > 0:
            return self.contact_combo.itemData(index)
        changes = run_op(
            self, advocacy.add_contact, self.session, organization_id=org_id, name=name
        )
        if changes is None:
            return False
        self._org_changed()
        return changes.created_ids[0]

    def fields(self, org_id: int | None, contact_id: int | None) -> dict[str, object]:
        due = self.follow_date.date().toPython() if self.follow_check.isChecked() else None
        date = self.date_edit.date()
        return {
            "date": date.text if date else "",
            "direction": str(self.direction_combo.currentData()),
            "organization_id": org_id,
            "contact_id": contact_id,
            "summary": self.summary_edit.toPlainText(),
            "response": str(self.response_combo.currentData()),
            "follow_up_due": due,
            "follow_up_done": self.done_check.isChecked(),
        }

    def accept(self) -> None:
        org_id = self._organisation_id()
        if org_id is False:
            return
        contact_id = self._contact_id(org_id)  # type: ignore[arg-type]
        if contact_id is False:
            return
        fields = self.fields(org_id, contact_id)  # type: ignore[arg-type]
        kind = str(self.kind_combo.currentData())
        if self.interaction is None:
            changes = run_op(
                self, advocacy.add_interaction, self.session, [self.person_id], kind, **fields
            )
        else:
            changes = run_op(
                self,
                advocacy.update_interaction,
                self.session,
                self.interaction.id,
                kind=kind,
                **fields,
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
        interaction: Interaction | None = None,
    ) -> Changes | None:
        dialog = cls(session, person_id, interaction, parent)
        dialog.exec()
        return dialog.changes
