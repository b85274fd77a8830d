"""The case file panel: the API the main window uses, reloads, undo, clear and history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from casetracker.domain.enums import Status
from casetracker.gui.bus import bus, run_op
from casetracker.gui.casefile.panel import SECTION_KEYS
from casetracker.gui.labels import label
from casetracker.services import cases, demo, history


def test_header_shows_reference_names_and_status(panel, session, person_id):
    person = cases.get(session, person_id)
    assert person.ref in panel.header.facts_label.text()
    assert panel.header.name_label.text() == "Qaliolla Tursynuly"  # English UI: Latin first
    assert [w.text() for w in panel.header.other_name_labels()] == ["Қалиолла Тұрсынұлы"]
    assert panel.header.badge.text() == label(Status.UNKNOWN)
    assert panel.person_id == person_id


def test_sections_can_be_chosen_by_key(panel):
    for key in SECTION_KEYS:
        panel.set_section(key)
        assert panel.section() == key
    with pytest.raises(ValueError):
        panel.set_section("nope")


def test_reload_after_undo_shows_the_previous_value(qtbot, panel, session):
    edit = panel.sections["identity"].hometown_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Tekes")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "Tekes"
    with qtbot.waitSignal(bus.changed):
        bus.changed.emit(history.undo(session))
    qtbot.waitUntil(lambda: edit.text() == "Künes County, Ili")


def test_history_lists_the_edit(qtbot, panel, session, person_id):
    run_op(panel, cases.update, session, person_id, hometown="Tekes")
    model = panel.sections["history"].model

    def rows() -> list[list[str]]:
        return [
            [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]

    qtbot.waitUntil(lambda: any(r[3] == "hometown" for r in rows()))
    edit = next(r for r in rows() if r[3] == "hometown")
    assert edit[2] == "Edit case"
    assert edit[4] == "Künes County, Ili  →  Tekes"


def test_clear_drops_every_value(qtbot, panel, session, person_id, tmp_path):
    run_op(panel, cases.update, session, person_id, notes="secret", occupation="imam")
    qtbot.waitUntil(lambda: panel.sections["notes"].notes_edit.toPlainText() == "secret")
    panel.clear()
    identity = panel.sections["identity"]
    assert panel.person_id is None
    assert panel.header.name_label.text() == ""
    assert panel.header.other_name_labels() == []
    assert panel.header.avatar.pixmap().isNull()
    assert identity.names.rows() == []
    for edit in (identity.hometown_edit, identity.occupation_edit, identity.birth_edit.line_edit):
        assert edit.text() == ""
    assert identity.photo.image() is None
    assert panel.sections["notes"].notes_edit.toPlainText() == ""
    assert panel.sections["timeline"].timeline.entries() == []
    for key in ("family", "advocacy", "attachments", "history"):
        assert panel.sections[key].model.rowCount() == 0
    panel.flush()  # nothing to save, nothing raised
    assert cases.get(session, person_id).notes == "secret"


def test_switching_cases_commits_pending_notes(qtbot, panel, session, person_id):
    other = cases.create(session, names=["Ербол"]).created_ids[0]
    notes = panel.sections["notes"].notes_edit
    qtbot.keyClicks(notes, "call the lawyer")
    panel.show_person(other)
    assert cases.get(session, person_id).notes == "call the lawyer"
    assert notes.toPlainText() == ""
    assert panel.header.name_label.text() == "Ербол"


def test_models_pass_the_model_tester(qtbot, session, qtmodeltester):
    from casetracker.gui.casefile.panel import CaseFilePanel

    demo.generate(session, people=5)
    widget = CaseFilePanel(session)
    qtbot.addWidget(widget)
    widget.show_person(1)
    run_op(widget, cases.update, session, 1, hometown="Tekes")
    widget.reload()
    for key in ("family", "advocacy", "attachments", "history"):
        qtmodeltester.check(widget.sections[key].model)
    widget.clear()


def test_switching_cases_while_typing_a_name_saves_it_and_shows_the_new_case(
    qtbot, panel, session, person_id
):
    other = cases.create(session, names=["Ербол"]).created_ids[0]
    names = panel.sections["identity"].names
    row = names.add_row()
    qtbot.keyClicks(row.line_edit, "Kaliolla")
    panel.show_person(other)
    assert "Kaliolla" in [n.text for n in cases.get(session, person_id).names]
    assert [n.text for n in names.names()] == ["Ербол"]
