"""Family and advocacy: reporters and interactions added through their dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from casetracker.domain.enums import Relationship
from casetracker.gui.dialogs.interaction import NEW_ORG
from casetracker.services import advocacy, cases
from tests.gui.casefile.keyboard import type_text


def test_new_reporter_appears_in_family(qtbot, panel, session, person_id):
    section = panel.sections["family"]
    dialog = section.add_reporter()
    assert not dialog.buttons.buttons()[0].isEnabled() or dialog.name_error.isVisible()
    type_text(dialog.name_edit, "Гүлнар")
    dialog.relationship_combo.setCurrentIndex(
        dialog.relationship_combo.findData(Relationship.SPOUSE)
    )
    qtbot.keyClicks(dialog.phone_edit, "+7 701 000 0000")
    dialog.accept()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert section.model.index(0, 0).data() == "Гүлнар"
    assert section.model.index(0, 1).data() == "Spouse"
    assert cases.get(session, person_id).reporters[0].phone == "+7 701 000 0000"


def test_interaction_with_a_new_organisation(qtbot, panel, session, person_id):
    section = panel.sections["advocacy"]
    dialog = section.add_interaction()
    dialog.org_combo.setCurrentIndex(dialog.org_combo.findData(NEW_ORG))
    assert dialog.form.isRowVisible(dialog.new_org_row)
    qtbot.keyClicks(dialog.new_org_edit, "Embassy of Germany")
    dialog.contact_combo.setCurrentText("Ms Weber")
    qtbot.keyClicks(dialog.summary_edit, "Asked to raise the case")
    dialog.follow_check.setChecked(True)
    dialog.follow_date.setDate(dialog.follow_date.date().addDays(-60))
    dialog.accept()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    item = advocacy.interactions_for_person(session, person_id)[0]
    assert item.organization_name == "Embassy of Germany"
    assert item.contact_name == "Ms Weber"
    assert item.follow_up_due < dt.date.today()
    overdue = section.model.index(0, 5)
    assert "(overdue)" in overdue.data()
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) is not None
    done = section.model.index(0, 6)
    section.model.setData(done, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: advocacy.interactions_for_person(session, person_id)[0].follow_up_done)
