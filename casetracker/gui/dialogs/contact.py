"""Add or edit a contact person: a desk officer, a UN secretariat member, a journalist.

One call to `advocacy.add_contact` or `advocacy.update_contact` on accept;
`ContactDialog.ask(parent, session, contact_id=None, organization_id=None)` returns its id.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

from casetracker.domain.entities import Changes
from casetracker.gui.dialogs.directoryform import DirectoryFormDialog
from casetracker.gui.i18n import tr
from casetracker.services import advocacy
from casetracker.services.session import Session

CONTEXT = "ContactDialog"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ContactDialog(DirectoryFormDialog):
    """A new contact (in `organization_id` by default) or an edit of `contact_id`."""

    def __init__(
        self,
        parent: QWidget | None,
        session: Session,
        contact_id: int | None = None,
        organization_id: int | None = None,
    ) -> None:
        title = tr(CONTEXT, "Edit contact") if contact_id else tr(CONTEXT, "New contact")
        super().__init__(parent, session, title)
        self.contact_id = contact_id
        found = advocacy.get_contact(session, contact_id) if contact_id else None
        self.name = self.line(
            "name", tr(CONTEXT, "Name"), found.name if found else "", required=True, names=True
        )
        orgs = [(tr(CONTEXT, "No organisation"), None)] + [
            (org.name, org.id) for org in advocacy.organizations(session)
        ]
        self.organization = self.combo(
            "organization_id",
            tr(CONTEXT, "Organisation"),
            orgs,
            found.organization_id if found else organization_id,
        )
        self.role = self.line(
            "role",
            tr(CONTEXT, "Role"),
            found.role if found else "",
            placeholder=tr(CONTEXT, "e.g. Consular officer"),
        )
        self.email = self.line(
            "email",
            tr(CONTEXT, "E-mail"),
            found.email if found else "",
            placeholder="name@example.org",
        )
        self.phone = self.line(
            "phone", tr(CONTEXT, "Phone"), found.phone if found else "", placeholder="+7 …"
        )
        self.notes_edit = self.notes("notes", tr(CONTEXT, "Notes"), found.notes if found else "")
        self.finish(tr(CONTEXT, "Save") if contact_id else tr(CONTEXT, "Add contact"))

    def check(self) -> dict[str, str]:
        problems = super().check()
        email = self.email.text().strip()
        if email and not _EMAIL.match(email):
            problems.setdefault("email", tr(CONTEXT, "Not an e-mail address."))
        return problems

    def fields(self) -> dict[str, object]:
        return {
            "name": self.name.text(),
            "organization_id": self.organization.currentData(),
            "role": self.role.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "notes": self.notes_edit.toPlainText(),
        }

    def save(self) -> Changes:
        fields = self.fields()
        if self.contact_id is None:
            return advocacy.add_contact(self.session, **fields)
        return advocacy.update_contact(self.session, self.contact_id, **fields)

    def saved_id(self, changes: Changes) -> int | None:
        return self.contact_id or super().saved_id(changes)
