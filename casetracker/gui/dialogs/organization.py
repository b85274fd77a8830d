"""Add or edit an organisation of the contacts directory: embassy, UN body, NGO, media, lawyer.

One call to `advocacy.add_organization` or `advocacy.update_organization` on accept;
`OrganizationDialog.ask(parent, session, org_id=None)` returns the organisation's id.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from casetracker.domain.entities import Changes
from casetracker.domain.enums import OrgKind
from casetracker.gui.dialogs.directoryform import DirectoryFormDialog
from casetracker.gui.i18n import tr
from casetracker.gui.labels import choices
from casetracker.services import advocacy
from casetracker.services.session import Session

CONTEXT = "OrganizationDialog"


class OrganizationDialog(DirectoryFormDialog):
    """A new organisation (`org_id` None, optionally of `kind`) or an edit of `org_id`."""

    def __init__(
        self,
        parent: QWidget | None,
        session: Session,
        org_id: int | None = None,
        kind: OrgKind = OrgKind.EMBASSY,
    ) -> None:
        title = tr(CONTEXT, "Edit organisation") if org_id else tr(CONTEXT, "New organisation")
        super().__init__(parent, session, title)
        self.org_id = org_id
        org = advocacy.get_organization(session, org_id) if org_id else None
        self.name = self.line(
            "name",
            tr(CONTEXT, "Name"),
            org.name if org else "",
            required=True,
            names=True,
            placeholder=tr(CONTEXT, "e.g. Embassy of Germany in Astana"),
        )
        self.kind = self.combo(
            "kind", tr(CONTEXT, "Kind"), choices(OrgKind), org.kind if org else kind
        )
        self.country = self.line("country", tr(CONTEXT, "Country"), org.country if org else "")
        self.notes_edit = self.notes("notes", tr(CONTEXT, "Notes"), org.notes if org else "")
        self.finish(tr(CONTEXT, "Save") if org_id else tr(CONTEXT, "Add organisation"))

    def fields(self) -> dict[str, str]:
        return {
            "name": self.name.text(),
            "kind": str(self.kind.currentData()),  # QVariant returns enum values as str
            "country": self.country.text(),
            "notes": self.notes_edit.toPlainText(),
        }

    def save(self) -> Changes:
        if self.org_id is None:
            return advocacy.add_organization(self.session, **self.fields())
        return advocacy.update_organization(self.session, self.org_id, **self.fields())

    def saved_id(self, changes: Changes) -> int | None:
        return self.org_id or super().saved_id(changes)
