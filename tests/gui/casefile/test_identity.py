"""Identity section: typing in fields stores them, dates and names are read as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from casetracker.domain.enums import Script
from casetracker.services import cases
from tests.gui.casefile.keyboard import type_text


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_typing_the_hometown_and_finishing_stores_it(qtbot, panel, session, person_id):
    identity = panel.sections["identity"]
    _type(qtbot, identity.hometown_edit, "Ghulja, Ili")
    assert cases.get(session, person_id).hometown == "Künes County, Ili"  # not before finishing
    qtbot.keyClick(identity.hometown_edit, Qt.Key.Key_Return)
    assert cases.get(session, person_id).hometown == "Ghulja, Ili"


def test_birth_date_says_what_it_understood_and_is_stored(qtbot, panel, session, person_id):
    birth = panel.sections["identity"].birth_edit
    _type(qtbot, birth.line_edit, "12.04.1980")
    assert birth.meaning.text() == "12 April 1980"
    _type(qtbot, birth.line_edit, "spring 2018")
    assert birth.meaning.text() == "spring 2018"
    qtbot.keyClick(birth.line_edit, Qt.Key.Key_Return)
    assert cases.get(session, person_id).birth_date.text == "2018-21"


def test_birth_date_garbage_shows_a_message_and_is_not_saved(qtbot, panel, session, person_id):
    birth = panel.sections["identity"].birth_edit
    _type(qtbot, birth.line_edit, "about 1975")
    qtbot.keyClick(birth.line_edit, Qt.Key.Key_Return)
    _type(qtbot, birth.line_edit, "last tuesday")
    assert not birth.is_valid()
    assert birth.meaning.text().startswith("Not a date")
    assert "color" in birth.meaning.styleSheet()
    qtbot.keyClick(birth.line_edit, Qt.Key.Key_Return)
    panel.flush()
    assert cases.get(session, person_id).birth_date.text == "1975~"
    assert birth.text() == "last tuesday"  # the user's text stays to be corrected


def test_impossible_day_says_why(qtbot, panel):
    birth = panel.sections["identity"].birth_edit
    _type(qtbot, birth.line_edit, "31.02.2018")
    assert "not in the calendar" in birth.meaning.text()


def test_age_range_is_read_and_stored(qtbot, panel, session, person_id):
    age = panel.sections["identity"].age_edit
    _type(qtbot, age.line_edit, "40s")
    assert age.meaning.text() == "aged 40–49"
    qtbot.keyClick(age.line_edit, Qt.Key.Key_Return)
    stored = cases.get(session, person_id).age_range
    assert (stored.min, stored.max) == (40, 49)


def test_typing_arabic_script_detects_it_and_turns_right_to_left(qtbot, panel, session, person_id):
    names = panel.sections["identity"].names
    row = names.add_row()
    type_text(row.line_edit, "قالىوللا")
    assert row.script_chip.text() == "Arabic"
    assert row.line_edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert row.line_edit.alignment() & Qt.AlignmentFlag.AlignRight
    qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    stored = cases.get(session, person_id).names
    assert [n.script for n in stored] == [Script.CYRL, Script.LATN, Script.ARAB]
    qtbot.waitUntil(lambda: "قالىوللا" in [w.text() for w in panel.header.other_name_labels()])
    arabic = next(w for w in panel.header.other_name_labels() if w.text() == "قالىوللا")
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_script_label_follows_typing(qtbot, panel):
    row = panel.sections["identity"].names.add_row()
    type_text(row.line_edit, "哈力")
    assert row.script_chip.text() == "Chinese"
    assert row.line_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_identifier_is_checked_as_typed_then_added(qtbot, panel, session, person_id):
    docs = panel.sections["identity"].identifiers
    qtbot.keyClicks(docs.value_edit, "110105194912310021")
    assert "check digit should be X" in docs.message.text()
    assert not docs.add_button.isEnabled()
    docs.value_edit.clear()
    qtbot.keyClicks(docs.value_edit, "11010519491231002X")
    assert docs.message.text().startswith("Valid · born 31 December 1949")
    qtbot.mouseClick(docs.add_button, Qt.MouseButton.LeftButton)
    assert [i.value for i in cases.get(session, person_id).identifiers] == ["11010519491231002X"]
    qtbot.waitUntil(lambda: len(docs.identifiers()) == 1)
    assert docs.value_edit.text() == ""


def test_a_refused_save_keeps_the_text(qtbot, panel, session, person_id, warnings):
    edit = panel.sections["identity"].occupation_edit
    _type(qtbot, edit, "x" * 501)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert warnings and "too long" in warnings[0]
    assert edit.text() == "x" * 501
    assert cases.get(session, person_id).occupation == ""


def test_reload_keeps_the_field_being_typed(qtbot, panel, session, person_id):
    from casetracker.gui.bus import run_op

    identity = panel.sections["identity"]
    _type(qtbot, identity.occupation_edit, "teach")
    run_op(panel, cases.update, session, person_id, hometown="Tekes")
    qtbot.waitUntil(lambda: identity.hometown_edit.text() == "Tekes")
    assert identity.occupation_edit.text() == "teach"
