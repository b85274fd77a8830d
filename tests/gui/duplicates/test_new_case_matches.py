"""The new-case dialog: an existing case appears while its name is typed in another script,
with one click to open it instead; creating a new case anyway still works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from casetracker.gui.bus import bus
from casetracker.gui.dialogs.new_case import NewCaseDialog
from casetracker.services import caselist, cases
from tests.gui.rally.keyboard import Typist


@pytest.fixture
def dialog(qtbot, session, family) -> NewCaseDialog:
    widget = NewCaseDialog(session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_name(qtbot, dialog: NewCaseDialog, text: str) -> None:
    """Key by key into the name field (QTest.keyClicks aborts on Cyrillic)."""
    dialog.name.edit.setFocus()
    Typist(dialog).type(text)
    qtbot.waitUntil(lambda: dialog.matches.isVisible(), timeout=5000)


def test_typing_a_cross_script_variant_shows_the_existing_case(qtbot, dialog, family, session):
    type_name(qtbot, dialog, "Erlan Kaliolla")
    ids = dialog.matches.person_ids()
    assert family["sister_record"] in ids and family["brother"] not in ids
    card = dialog.matches.cards[ids.index(family["sister_record"])]
    text = "\n".join(label.text() for label in card.findChildren(QLabel))
    assert cases.get(session, family["sister_record"]).ref in text
    assert "Ерлан Қалиоллаұлы" in text and "Detained in a camp" in text
    assert "✓ name: Erlan Kaliolla ≈" in text  # the evidence
    assert dialog.create_button.text() == "Create new case anyway"


def test_open_this_case_instead_closes_and_asks_to_open_it(qtbot, dialog, family, session):
    count = caselist.count(session)
    type_name(qtbot, dialog, "Ерлан Калиоллаулы")
    row = dialog.matches.cards[0].parentWidget()
    button = row.findChild(QPushButton)
    assert button.text() == "Open this case instead"
    wanted = dialog.matches.person_ids()[0]
    with qtbot.waitSignal(bus.case_open_requested) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened.args == [wanted] and dialog.opened_id == wanted
    assert not dialog.isVisible() and dialog.person_id is None
    assert caselist.count(session) == count  # nothing was created


def test_alt_number_opens_that_suggestion(qtbot, dialog):
    type_name(qtbot, dialog, "Erlan Qaliollauly")
    wanted = dialog.matches.person_ids()[0]
    with qtbot.waitSignal(bus.case_open_requested) as opened:
        qtbot.keyClick(dialog.name.edit, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert opened.args == [wanted]


def test_creating_anyway_still_works(qtbot, dialog, session):
    count = caselist.count(session)
    type_name(qtbot, dialog, "Erlan Qaliollauly")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.person_id is not None and caselist.count(session) == count + 1
    assert [n.text for n in cases.get(session, dialog.person_id).names] == ["Erlan Qaliollauly"]


def test_an_unrelated_name_shows_nothing(qtbot, dialog):
    qtbot.keyClicks(dialog.name.edit, "Gulnar Tursyn")
    dialog.lookup.run_now()
    qtbot.wait(300)
    assert not dialog.matches.isVisible() and dialog.create_button.text() == "Create case"
