"""The organisation, contact and facility dialogs validate as the user types."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from casetracker.gui.dialogs.contact import ContactDialog
from casetracker.gui.dialogs.facility import FacilityDialog
from casetracker.gui.dialogs.organization import OrganizationDialog
from casetracker.services import advocacy, facilities


def _ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_empty_name_shows_the_message_beside_the_field(qtbot, session):
    dialog = OrganizationDialog(None, session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not _ok_button(dialog).isEnabled()
    assert dialog.message("name") == "Required"  # a quiet hint before the user typed
    qtbot.keyClicks(dialog.name, "A")
    assert dialog.message("name") == "" and _ok_button(dialog).isEnabled()
    dialog.name.clear()
    assert dialog.message("name") == "A name is required."
    assert not _ok_button(dialog).isEnabled()
    assert advocacy.organizations(session) == []


def test_blank_name_is_not_accepted(qtbot, session):
    dialog = FacilityDialog(None, session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "   ")
    dialog.accept()  # e.g. Enter pressed: still refused
    assert dialog.result() == 0 and dialog.message("name") == "A name is required."
    assert facilities.list_all(session) == []


def test_too_long_text_and_bad_email_are_flagged(qtbot, session):
    dialog = ContactDialog(None, session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Anna")
    dialog.role.setText("x" * 501)
    assert dialog.message("role") == "At most 500 characters."
    dialog.role.setText("Consul")
    qtbot.keyClicks(dialog.email, "anna@")
    assert dialog.message("email") == "Not an e-mail address."
    assert not _ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.email, "example.org")
    assert dialog.message("email") == "" and _ok_button(dialog).isEnabled()


def test_arabic_script_names_turn_right_to_left(qtbot, session):
    dialog = OrganizationDialog(None, session)
    qtbot.addWidget(dialog)
    dialog.name.setText("قالىوللا")  # pasted: QTest cannot type Arabic letters
    assert dialog.name.layoutDirection().name == "RightToLeft"


def test_ask_returns_the_new_id_or_none(qtbot, session):
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.name.setText("Prison No. 4")
        _ok_button(dialog).click()

    QTimer.singleShot(0, fill)
    new_id = FacilityDialog.ask(None, session)
    assert facilities.get(session, new_id).name == "Prison No. 4"

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert ContactDialog.ask(None, session) is None
    assert advocacy.contacts(session) == []


def test_edit_keeps_unchanged_fields(qtbot, session):
    org = advocacy.add_organization(session, name="Embassy", country="Germany").created_ids[0]
    contact = advocacy.add_contact(
        session, organization_id=org, name="Anna", phone="+49"
    ).created_ids[0]
    dialog = ContactDialog(None, session, contact)
    qtbot.addWidget(dialog)
    assert dialog.organization.currentData() == org and dialog.phone.text() == "+49"
    dialog.role.setText("Consul")
    _ok_button(dialog).click()
    saved = advocacy.get_contact(session, contact)
    assert (saved.name, saved.role, saved.phone, saved.organization_id) == (
        "Anna",
        "Consul",
        "+49",
        org,
    )
