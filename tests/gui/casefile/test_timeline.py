"""Status timeline: events added through the dialog appear in the timeline and the header."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from casetracker.domain.enums import SourceType, Status
from casetracker.gui.labels import label
from casetracker.services import cases, statuses


def _choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_add_event_through_the_dialog(qtbot, panel, session, person_id):
    section = panel.sections["timeline"]
    panel.set_section("timeline")
    dialog = section.add_event()
    _choose(dialog.status_combo, Status.DETAINED_CAMP)
    qtbot.keyClicks(dialog.date_edit.line_edit, "spring 2018")
    assert dialog.date_edit.meaning.text() == "spring 2018"
    qtbot.keyClicks(dialog.place_edit, "Tekes")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(section.timeline.entries()) == 1)
    entry = section.timeline.entries()[0]
    assert entry.status_label.text() == "Detained in a camp"
    assert entry.date_label.text() == "spring 2018"
    assert panel.header.badge.text() == "Detained in a camp"
    assert panel.header.since_label.text().startswith("since spring 2018")
    assert cases.get(session, person_id).current_status is Status.DETAINED_CAMP


def test_dialog_refuses_a_bad_date_and_shows_sentence_only_for_prison(qtbot, panel):
    dialog = panel.sections["timeline"].add_event()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.date_edit.line_edit, "soon-ish")
    assert not ok.isEnabled()
    assert not dialog.form.isRowVisible(dialog.sentence_edit)
    _choose(dialog.status_combo, Status.IMPRISONED)
    assert dialog.form.isRowVisible(dialog.sentence_edit)
    dialog.reject()


def test_newest_event_is_on_top_and_official_claims_are_marked(qtbot, panel, session, person_id):
    statuses.add_event(session, person_id, "detained_camp", date="2017")
    statuses.add_event(
        session, person_id, "imprisoned", date="2019", source_type="prc_official", sentence="10y"
    )
    panel.reload()
    entries = panel.sections["timeline"].timeline.entries()
    assert [e.status_event.status for e in entries] == [Status.IMPRISONED, Status.DETAINED_CAMP]
    assert entries[0].official and entries[0].official_chip.text() == "PRC official claim"
    assert not entries[1].official
    assert entries[0].status_event.source_type is SourceType.PRC_OFFICIAL
    # the claim is shown beside the family's account, which stays the current status
    assert panel.header.badge.text() == "Detained in a camp"
    assert "PRC official claim: Sentenced / in prison" in panel.header.since_label.text()


def test_double_click_opens_the_event_for_correction(qtbot, panel, session, person_id):
    statuses.add_event(session, person_id, "pretrial_detention", date="2018")
    panel.reload()
    section = panel.sections["timeline"]
    entry = section.timeline.entries()[0]
    with qtbot.waitSignal(section.timeline.edit_requested) as blocker:
        qtbot.mouseDClick(entry, Qt.MouseButton.LeftButton)
    dialog = section.edit_event(blocker.args[0])
    assert dialog.status_combo.currentData() == Status.PRETRIAL
    dialog.date_edit.setText("autumn 2018")
    dialog.accept()
    qtbot.waitUntil(lambda: section.timeline.entries()[0].date_label.text() == "autumn 2018")


def test_delete_asks_then_removes(qtbot, panel, session, person_id, answer_yes):
    statuses.add_event(session, person_id, "disappeared", date="2019")
    panel.reload()
    section = panel.sections["timeline"]
    section.timeline.entries()[0].setFocus()
    section.timeline.select(section.timeline.entries()[0].status_event.id)
    qtbot.mouseClick(section.delete_button, Qt.MouseButton.LeftButton)
    assert answer_yes
    qtbot.waitUntil(lambda: section.timeline.entries() == [])
    assert panel.header.badge.text() == label(Status.UNKNOWN)
