"""The directory panels: contacts (organisations and their people) and facilities.

Both are master/detail: a filterable list on the left, and on the right the selected entry's
facts with what links it to cases (interactions for contacts, status events for facilities).
Adding and editing go through the dialogs, which make the one service call; the panels
refresh from `bus.changed` like every other panel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QTreeWidgetItem,
    QWidget,
)

from casetracker.domain.enums import FacilityKind
from casetracker.gui.dialogs.contact import ContactDialog
from casetracker.gui.dialogs.facility import FacilityDialog
from casetracker.gui.dialogs.organization import OrganizationDialog
from casetracker.gui.i18n import tr
from casetracker.gui.labels import choices, label
from casetracker.gui.views.directory_detail import (
    DetailPane,
    DirectoryPanel,
    InteractionsView,
    case_links,
    master_tree,
)
from casetracker.gui.views.panelkit import (
    ID_ROLE,
    Card,
    person_rows,
)
from casetracker.services import advocacy, directory
from casetracker.services.session import Session

CONTEXT = "DirectoryPanels"
KIND_ROLE = ID_ROLE + 1
ORG, CONTACT, FACILITY = "organization", "contact", "facility"


class ContactsPanel(DirectoryPanel):
    """Organisations with their contacts; the selected one's interactions and cases."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._wanted: tuple[str, int] | None = None
        self._orgs: dict[int, directory.OrganizationSummary] = {}
        self._contacts: dict = {}
        toolbar, master = self._page(
            tr(CONTEXT, "Contacts"),
            tr(
                CONTEXT,
                "Embassies, consulates, UN bodies, NGOs, media and lawyers, and the "
                "people you deal with there.",
            ),
            tr(CONTEXT, "Organisations and contacts"),
        )
        toolbar.addStretch(1)
        self._button(toolbar, tr(CONTEXT, "New organisation…"), self.new_organization)
        self._button(toolbar, tr(CONTEXT, "New contact…"), self.new_contact)
        self.tree = master_tree(
            [tr(CONTEXT, "Name"), tr(CONTEXT, "Kind or role")],
            tr(CONTEXT, "Organisations and contacts"),
        )
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        master.body.addWidget(self.tree, 1)
        self.detail = DetailPane(tr(CONTEXT, "Select an organisation or a contact."))
        self.detail.edit_requested.connect(self.edit_selected)
        self.interactions_card = Card(tr(CONTEXT, "Interactions"))
        self.interactions = InteractionsView()
        self.interactions.setMinimumHeight(150)
        self.interactions_card.body.addWidget(self.interactions, 1)
        self.cases_card = Card(tr(CONTEXT, "Cases"))
        self.cases = case_links()
        self.cases.setAccessibleName(tr(CONTEXT, "Linked cases"))
        self.cases.setMinimumHeight(150)
        self.cases_card.body.addWidget(self.cases, 1)
        self.detail.add_section(self.interactions_card, 1)
        self.detail.add_section(self.cases_card, 1)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([480, 760])

    # -- data ------------------------------------------------------------------------------

    def load(self) -> None:
        wanted = self._wanted or self.selected()
        self._wanted = None
        self._orgs = {s.organization.id: s for s in directory.organization_summaries(self.session)}
        self._contacts = {c.id: c for c in advocacy.contacts(self.session)}
        self._fill()
        self.apply_filter()
        if not (wanted and self.select(*wanted)):
            self.detail.show_placeholder()
        self.refreshed.emit()

    def drop(self) -> None:
        self._orgs, self._contacts = {}, {}
        self.tree.clear()
        self.interactions.clear()
        self.cases.clear()
        self.detail.show_placeholder()

    def _fill(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        parents: dict[int | None, QTreeWidgetItem] = {}
        for org_id, summary in self._orgs.items():
            org = summary.organization
            item = QTreeWidgetItem([org.name, label(org.kind)])
            item.setData(0, ID_ROLE, org_id)
            item.setData(0, KIND_ROLE, ORG)
            item.setFont(0, bold)
            item.setToolTip(0, org.name)
            self.tree.addTopLevelItem(item)
            parents[org_id] = item
        for contact in self._contacts.values():
            parent = parents.get(contact.organization_id)
            if parent is None:
                parent = parents.get(None) or self._loose_group(parents)
            child = QTreeWidgetItem([contact.name, contact.role])
            child.setData(0, ID_ROLE, contact.id)
            child.setData(0, KIND_ROLE, CONTACT)
            parent.addChild(child)
        self.tree.expandAll()
        self.tree.blockSignals(False)

    def _loose_group(self, parents: dict) -> QTreeWidgetItem:
        group = QTreeWidgetItem([tr(CONTEXT, "No organisation")])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(group)
        parents[None] = group
        return group

    def apply_filter(self) -> None:
        needle = self.filter_edit.text().strip().casefold()
        for index in range(self.tree.topLevelItemCount()):
            org = self.tree.topLevelItem(index)
            org_match = not needle or needle in org.text(0).casefold()
            any_child = False
            for c in range(org.childCount()):
                child = org.child(c)
                match = org_match or needle in child.text(0).casefold()
                child.setHidden(not match)
                any_child = any_child or match
            org.setHidden(not (org_match or any_child))

    # -- selection -------------------------------------------------------------------------

    def selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return None
        return item.data(0, KIND_ROLE), int(item.data(0, ID_ROLE))

    def select(self, kind: str, row_id: int) -> bool:
        for item in self._items():
            if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == row_id:
                self.tree.setCurrentItem(item)
                self._show_selected()
                return True
        return False

    def _items(self):
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            yield top
            for c in range(top.childCount()):
                yield top.child(c)

    def _show_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.detail.show_placeholder()
        elif chosen[0] == ORG:
            self._show_organization(chosen[1])
        else:
            self._show_contact(chosen[1])

    def _show_organization(self, org_id: int) -> None:
        summary = self._orgs[org_id]
        org = summary.organization
        meta = " · ".join(x for x in (label(org.kind), org.country) if x)
        facts = [
            (tr(CONTEXT, "Contacts"), str(summary.contacts)),
            (tr(CONTEXT, "Cases"), str(summary.cases)),
        ]
        self.detail.show_entry(org.name, meta, facts, org.notes)
        self._show_links(
            directory.interactions(self.session, organization_id=org_id),
            directory.linked_person_ids(self.session, organization_id=org_id),
        )

    def _show_contact(self, contact_id: int) -> None:
        contact = self._contacts[contact_id]
        meta = " · ".join(x for x in (contact.role, contact.organization_name) if x)
        facts = [(tr(CONTEXT, "E-mail"), contact.email), (tr(CONTEXT, "Phone"), contact.phone)]
        self.detail.show_entry(contact.name, meta, facts, contact.notes)
        self._show_links(
            directory.interactions(self.session, contact_id=contact_id),
            directory.linked_person_ids(self.session, contact_id=contact_id),
        )

    def _show_links(self, items, person_ids: list[int]) -> None:
        rows = person_rows(self.session, person_ids)
        self.interactions.set_interactions(items, {r.id: r.ref for r in rows})
        self.cases.set_people(rows)
        self.interactions_card.title.setText(tr(CONTEXT, "Interactions · {n}").format(n=len(items)))
        self.cases_card.title.setText(tr(CONTEXT, "Cases · {n}").format(n=len(rows)))

    # -- actions ---------------------------------------------------------------------------

    def new_organization(self) -> None:
        self._after_dialog(ORG, OrganizationDialog.ask(self, self.session))

    def new_contact(self) -> None:
        chosen = self.selected()
        org_id = None
        if chosen:
            org_id = chosen[1] if chosen[0] == ORG else self._contacts[chosen[1]].organization_id
        self._after_dialog(CONTACT, ContactDialog.ask(self, self.session, organization_id=org_id))

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen and chosen[0] == ORG:
            self._after_dialog(ORG, OrganizationDialog.ask(self, self.session, chosen[1]))
        elif chosen:
            self._after_dialog(CONTACT, ContactDialog.ask(self, self.session, chosen[1]))


class FacilitiesPanel(DirectoryPanel):
    """Camps, detention centres, prisons and factories, with the cases held at each."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._wanted: tuple[str, int] | None = None
        self._facilities: dict[int, directory.FacilitySummary] = {}
        toolbar, master = self._page(
            tr(CONTEXT, "Facilities"),
            tr(CONTEXT, "Camps, detention centres, prisons and factories named in status events."),
            tr(CONTEXT, "Facilities"),
        )
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(tr(CONTEXT, "Kind of facility"))
        self.kind_combo.addItem(tr(CONTEXT, "All kinds"), None)
        for text, value in choices(FacilityKind):
            self.kind_combo.addItem(text, value)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        toolbar.addWidget(self.kind_combo)
        toolbar.addStretch(1)
        self._button(toolbar, tr(CONTEXT, "New facility…"), self.new_facility)
        self.tree = master_tree(
            [tr(CONTEXT, "Name"), tr(CONTEXT, "Kind"), tr(CONTEXT, "Place"), tr(CONTEXT, "Cases")],
            tr(CONTEXT, "Facilities"),
        )
        self.tree.setRootIsDecorated(False)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        master.body.addWidget(self.tree, 1)
        self.detail = DetailPane(tr(CONTEXT, "Select a facility."))
        self.detail.edit_requested.connect(self.edit_selected)
        self.cases_card = Card(tr(CONTEXT, "Cases"))
        self.cases = case_links()
        self.cases.setAccessibleName(tr(CONTEXT, "Cases held here"))
        self.cases_card.body.addWidget(self.cases, 1)
        self.detail.add_section(self.cases_card, 1)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([560, 680])

    def load(self) -> None:
        wanted = self._wanted or self.selected()
        self._wanted = None
        self._facilities = {s.facility.id: s for s in directory.facility_summaries(self.session)}
        self.tree.blockSignals(True)
        self.tree.clear()
        for fid, summary in self._facilities.items():
            found = summary.facility
            item = QTreeWidgetItem([found.name, label(found.kind), found.place, str(summary.cases)])
            item.setData(0, ID_ROLE, fid)
            item.setData(0, KIND_ROLE, found.kind)
            item.setToolTip(0, "\n".join(x for x in (found.name, found.other_names) if x))
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self.apply_filter()
        if not (wanted and self.select(*wanted)):
            self.detail.show_placeholder()
        self.refreshed.emit()

    def drop(self) -> None:
        self._facilities = {}
        self.tree.clear()
        self.cases.clear()
        self.detail.show_placeholder()

    def apply_filter(self) -> None:
        needle = self.filter_edit.text().strip().casefold()
        kind = self.kind_combo.currentData()
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            names = (item.text(0) + " " + item.toolTip(0)).casefold()
            hidden = (needle and needle not in names) or (kind and item.data(0, KIND_ROLE) != kind)
            item.setHidden(bool(hidden))

    def selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        return (FACILITY, int(item.data(0, ID_ROLE))) if item else None

    def select(self, _kind: str, facility_id: int) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, ID_ROLE) == facility_id:
                self.tree.setCurrentItem(item)
                self._show_selected()
                return True
        return False

    def _show_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.detail.show_placeholder()
            return
        found = self._facilities[chosen[1]].facility
        meta = " · ".join(x for x in (label(found.kind), found.place) if x)
        facts = [(tr(CONTEXT, "Other names"), found.other_names)]
        self.detail.show_entry(found.name, meta, facts, found.notes)
        rows = person_rows(self.session, directory.facility_person_ids(self.session, found.id))
        self.cases.set_people(rows)
        self.cases_card.title.setText(tr(CONTEXT, "Cases held here · {n}").format(n=len(rows)))

    def new_facility(self) -> None:
        self._after_dialog(FACILITY, FacilityDialog.ask(self, self.session))

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self._after_dialog(FACILITY, FacilityDialog.ask(self, self.session, chosen[1]))
