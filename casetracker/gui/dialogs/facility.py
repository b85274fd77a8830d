"""Add or edit a facility: a camp, detention centre, prison or factory where people are held.

One call to `facilities.add` or `facilities.update` on accept;
`FacilityDialog.ask(parent, session, facility_id=None)` returns the facility's id.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from casetracker.domain.entities import Changes
from casetracker.domain.enums import FacilityKind
from casetracker.gui.dialogs.directoryform import DirectoryFormDialog
from casetracker.gui.i18n import tr
from casetracker.gui.labels import choices
from casetracker.services import facilities
from casetracker.services.session import Session

CONTEXT = "FacilityDialog"


class FacilityDialog(DirectoryFormDialog):
    """A new facility (`facility_id` None) or an edit of `facility_id`."""

    def __init__(
        self, parent: QWidget | None, session: Session, facility_id: int | None = None
    ) -> None:
        title = tr(CONTEXT, "Edit facility") if facility_id else tr(CONTEXT, "New facility")
        super().__init__(parent, session, title)
        self.facility_id = facility_id
        found = facilities.get(session, facility_id) if facility_id else None
        self.name = self.line(
            "name",
            tr(CONTEXT, "Name"),
            found.name if found else "",
            required=True,
            names=True,
            placeholder=tr(CONTEXT, "e.g. Tekes County re-education camp No. 1"),
        )
        self.other_names = self.line(
            "other_names",
            tr(CONTEXT, "Other names"),
            found.other_names if found else "",
            names=True,
            placeholder=tr(CONTEXT, "Official or local names, separated by ;"),
        )
        self.kind = self.combo(
            "kind",
            tr(CONTEXT, "Kind"),
            choices(FacilityKind),
            found.kind if found else FacilityKind.CAMP,
        )
        self.place = self.line(
            "place",
            tr(CONTEXT, "Place"),
            found.place if found else "",
            placeholder=tr(CONTEXT, "County, prefecture"),
        )
        self.notes_edit = self.notes("notes", tr(CONTEXT, "Notes"), found.notes if found else "")
        self.finish(tr(CONTEXT, "Save") if facility_id else tr(CONTEXT, "Add facility"))

    def fields(self) -> dict[str, str]:
        return {
            "name": self.name.text(),
            "other_names": self.other_names.text(),
            "kind": str(self.kind.currentData()),  # QVariant returns enum values as str
            "place": self.place.text(),
            "notes": self.notes_edit.toPlainText(),
        }

    def save(self) -> Changes:
        if self.facility_id is None:
            return facilities.add(self.session, **self.fields())
        return facilities.update(self.session, self.facility_id, **self.fields())

    def saved_id(self, changes: Changes) -> int | None:
        return self.facility_id or super().saved_id(changes)
