"""Add a family member who reports a case, or edit one: name, relationship, phone, consent.

Consent matters: it decides which reports may carry the reporter's details, so it is asked
every time. A new reporter is one service call (`reporters.add_to_person`); an edit calls
`reporters.update` and, when the relationship changed, `reporters.set_relationship`.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Changes, ReporterLink
from casetracker.domain.enums import Consent, Relationship
from casetracker.gui.bus import run_op
from casetracker.gui.i18n import tr
from casetracker.gui.labels import choices
from casetracker.gui.widgets.combos import choice_combo
from casetracker.gui.widgets.name_edit import apply_direction
from casetracker.services import reporters
from casetracker.services.session import Session

CONTEXT = "ReporterDialog"


def _line(text: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


class ReporterDialog(QDialog):
    """A new reporter for `person_id`, or an edit of the linked reporter `link`."""

    def __init__(
        self,
        session: Session,
        person_id: int,
        link: ReporterLink | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.person_id, self.link = session, person_id, link
        self.changes: Changes | None = None
        notes = reporters.get(session, link.reporter_id).notes if link else ""
        self.setWindowTitle(tr(CONTEXT, "Edit reporter") if link else tr(CONTEXT, "Add reporter"))
        self.setMinimumWidth(520)
        self.name_edit = _line(link.name if link else "", tr(CONTEXT, "Name"))
        self.name_error = QLabel()
        self.name_error.setObjectName("inlineError")
        self.relationship_combo = choice_combo(
            choices(Relationship),
            tr(CONTEXT, "Relationship to the person"),
            current=link.relationship if link else Relationship.CHILD,
        )
        self.phone_edit = _line(link.phone if link else "", tr(CONTEXT, "Phone"), "+7 …")
        self.city_edit = _line(link.city if link else "", tr(CONTEXT, "City"), "Almaty")
        self.consent_combo = choice_combo(
            choices(Consent),
            tr(CONTEXT, "Consent"),
            current=link.consent if link else Consent.INTERNAL,
        )
        self.notes_edit = QPlainTextEdit(notes)
        self.notes_edit.setAccessibleName(tr(CONTEXT, "Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        self._layout()
        self.name_edit.textChanged.connect(self._validate)
        self._validate()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.addRow(tr(CONTEXT, "Name"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(tr(CONTEXT, "Relationship"), self.relationship_combo)
        form.addRow(tr(CONTEXT, "Phone"), self.phone_edit)
        form.addRow(tr(CONTEXT, "City"), self.city_edit)
        form.addRow(tr(CONTEXT, "Consent"), self.consent_combo)
        hint = QLabel(
            tr(
                CONTEXT,
                "Consent decides which reports may name this person: internal only, "
                "embassies and UN bodies, or the public.",
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        form.addRow("", hint)
        form.addRow(tr(CONTEXT, "Notes"), self.notes_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(16)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _validate(self) -> None:
        name = self.name_edit.text().strip()
        apply_direction(self.name_edit, name)
        self.name_error.setText("" if name else tr(CONTEXT, "A name is required."))
        self.name_error.setVisible(not name)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(name))

    def fields(self) -> dict[str, str]:
        return {
            "name": self.name_edit.text(),
            "phone": self.phone_edit.text(),
            "city": self.city_edit.text(),
            "consent": str(self.consent_combo.currentData()),
            "notes": self.notes_edit.toPlainText(),
        }

    def accept(self) -> None:
        relationship = Relationship(self.relationship_combo.currentData())
        if self.link is None:
            changes = run_op(
                self,
                reporters.add_to_person,
                self.session,
                self.person_id,
                relationship=relationship.value,
                **self.fields(),
            )
        else:
            changes = self._save_edit(relationship)
        if changes is not None:
            self.changes = changes
            super().accept()

    def _save_edit(self, relationship: Relationship) -> Changes | None:
        assert self.link is not None
        changes = run_op(
            self, reporters.update, self.session, self.link.reporter_id, **self.fields()
        )
        if changes is None or relationship == self.link.relationship:
            return changes
        return run_op(
            self,
            reporters.set_relationship,
            self.session,
            self.person_id,
            self.link.reporter_id,
            relationship.value,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        session: Session,
        person_id: int,
        link: ReporterLink | None = None,
    ) -> Changes | None:
        dialog = cls(session, person_id, link, parent)
        dialog.exec()
        return dialog.changes
