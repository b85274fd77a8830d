"""Contacts and facilities directories: master/detail, linked cases, adding through dialogs."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from casetracker.domain.enums import OrgKind
from casetracker.gui.bus import bus
from casetracker.gui.dialogs.contact import ContactDialog
from casetracker.gui.dialogs.facility import FacilityDialog
from casetracker.gui.dialogs.organization import OrganizationDialog
from casetracker.gui.views.directories import CONTACT, FACILITY, ORG, ContactsPanel, FacilitiesPanel
from casetracker.gui.views.panelkit import ID_ROLE
from casetracker.services import advocacy, directory

from .conftest import click_item, top_items


def _contacts(qtbot, session) -> ContactsPanel:
    panel = ContactsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    return panel


def _facilities(qtbot, session) -> FacilitiesPanel:
    panel = FacilitiesPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    return panel


def _org_names(panel: ContactsPanel) -> list[str]:
    return [item.text(0) for item in top_items(panel.tree)]


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_contacts_list_organisations_with_their_contacts(qtbot, demo200):
    panel = _contacts(qtbot, demo200)
    assert _org_names(panel) == [o.name for o in advocacy.organizations(demo200)]
    first = top_items(panel.tree)[0]
    assert first.childCount() == 1 and first.child(0).text(0).startswith("Officer")


def test_selecting_an_organisation_shows_its_interactions_and_cases(qtbot, demo200):
    panel = _contacts(qtbot, demo200)
    summary = directory.organization_summaries(demo200)[3]
    assert panel.select(ORG, summary.organization.id)
    assert panel.detail.title.text() == summary.organization.name
    assert panel.interactions.topLevelItemCount() == summary.interactions
    assert panel.cases.topLevelItemCount() == summary.cases
    expected = directory.linked_person_ids(demo200, organization_id=summary.organization.id)
    assert panel.cases.person_ids() == expected
    row = top_items(panel.cases)[0]
    with qtbot.waitSignal(bus.case_open_requested, check_params_cb=lambda p: p == expected[0]):
        click_item(qtbot, panel.cases, row)


def test_clicking_an_interaction_opens_its_case(qtbot, demo200):
    panel = _contacts(qtbot, demo200)
    contact = advocacy.contacts(demo200)[0]
    panel.select(CONTACT, contact.id)
    first = directory.interactions(demo200, contact_id=contact.id)[0]
    row = top_items(panel.interactions)[0]
    assert row.data(0, ID_ROLE) == first.person_ids[0]
    with qtbot.waitSignal(
        bus.case_open_requested, check_params_cb=lambda p: p == first.person_ids[0]
    ):
        click_item(qtbot, panel.interactions, row, column=2)


def test_filter_keeps_matching_organisations_and_contacts(qtbot, demo200):
    panel = _contacts(qtbot, demo200)
    qtbot.keyClicks(panel.filter_edit, "embassy")
    visible = [i.text(0) for i in top_items(panel.tree) if not i.isHidden()]
    assert visible and all("embassy" in name.casefold() for name in visible)


def test_adding_an_organisation_through_the_dialog_appears(qtbot, session):
    panel = _contacts(qtbot, session)
    dialog = OrganizationDialog(None, session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Embassy of Japan in Astana")
    dialog.kind.setCurrentIndex(dialog.kind.findData(OrgKind.EMBASSY))
    qtbot.keyClicks(dialog.country, "Japan")
    with qtbot.waitSignal(panel.refreshed):
        _ok(dialog)
    assert dialog.result_id is not None
    assert _org_names(panel) == ["Embassy of Japan in Astana"]
    assert advocacy.get_organization(session, dialog.result_id).country == "Japan"


def test_new_organisation_button_opens_the_dialog_and_selects_the_result(qtbot, session):
    panel = _contacts(qtbot, session)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OrganizationDialog)
        dialog.name.setText("UN Working Group on Arbitrary Detention")
        dialog.kind.setCurrentIndex(dialog.kind.findData(OrgKind.UN_BODY))
        _ok(dialog)

    QTimer.singleShot(0, fill)
    panel.new_organization()
    chosen = panel.selected()
    assert chosen is not None and chosen[0] == ORG
    assert panel.detail.title.text() == "UN Working Group on Arbitrary Detention"
    assert panel.detail.meta.text() == "UN body"


def test_adding_a_contact_puts_it_under_its_organisation(qtbot, session):
    org = advocacy.add_organization(session, name="Consulate B", kind="consulate").created_ids[0]
    panel = _contacts(qtbot, session)
    dialog = ContactDialog(None, session, organization_id=org)
    qtbot.addWidget(dialog)
    assert dialog.organization.currentData() == org
    qtbot.keyClicks(dialog.name, "Anna Schmidt")
    qtbot.keyClicks(dialog.role, "Consul")
    qtbot.keyClicks(dialog.email, "anna@example.org")
    with qtbot.waitSignal(panel.refreshed):
        _ok(dialog)
    parent = top_items(panel.tree)[0]
    assert (parent.child(0).text(0), parent.child(0).text(1)) == ("Anna Schmidt", "Consul")
    panel.select(CONTACT, dialog.result_id)
    assert "anna@example.org" in panel.detail.facts.text()


def test_editing_an_organisation_renames_it_in_place(qtbot, session):
    org = advocacy.add_organization(session, name="Old name").created_ids[0]
    panel = _contacts(qtbot, session)
    panel.select(ORG, org)
    dialog = OrganizationDialog(None, session, org)
    qtbot.addWidget(dialog)
    dialog.name.setText("New name")
    with qtbot.waitSignal(panel.refreshed):
        _ok(dialog)
    assert dialog.result_id == org
    assert _org_names(panel) == ["New name"]
    assert panel.detail.title.text() == "New name"


def test_facilities_list_and_linked_cases(qtbot, demo200):
    panel = _facilities(qtbot, demo200)
    summaries = directory.facility_summaries(demo200)
    shown = [(i.text(0), i.text(3)) for i in top_items(panel.tree)]
    assert shown == [(s.facility.name, str(s.cases)) for s in summaries]
    busiest = max(summaries, key=lambda s: s.cases)
    panel.select(FACILITY, busiest.facility.id)
    assert panel.cases.topLevelItemCount() == busiest.cases
    row = top_items(panel.cases)[1]
    pid = row.data(0, ID_ROLE)
    with qtbot.waitSignal(bus.case_open_requested, check_params_cb=lambda p: p == pid):
        click_item(qtbot, panel.cases, row)


def test_facility_kind_filter(qtbot, demo200):
    panel = _facilities(qtbot, demo200)
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findText("Prison"))
    visible = [i.text(1) for i in top_items(panel.tree) if not i.isHidden()]
    assert visible and set(visible) == {"Prison"}


def test_adding_a_facility_through_the_dialog_appears(qtbot, session):
    panel = _facilities(qtbot, session)
    dialog = FacilityDialog(None, session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Nilka County camp")
    qtbot.keyClicks(dialog.other_names, "Nilka vocational school")
    qtbot.keyClicks(dialog.place, "Nilka County")
    with qtbot.waitSignal(panel.refreshed):
        _ok(dialog)
    assert [(i.text(0), i.text(1), i.text(2)) for i in top_items(panel.tree)] == [
        ("Nilka County camp", "Camp", "Nilka County")
    ]
    panel.select(FACILITY, dialog.result_id)
    assert "Nilka vocational school" in panel.detail.facts.text()


def test_panels_clear_their_data(qtbot, demo200):
    contacts, facilities_panel = _contacts(qtbot, demo200), _facilities(qtbot, demo200)
    contacts.select(ORG, advocacy.organizations(demo200)[0].id)
    for panel in (contacts, facilities_panel):
        panel.clear()
        assert panel.tree.topLevelItemCount() == 0
        assert not panel.detail.showing_entry()
