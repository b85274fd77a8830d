"""The merge dialog: both cases side by side, a choice per conflicting field, what moves; one
merge keeps every related record and the chosen values, and one undo brings both cases back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from casetracker.domain.enums import ReportLevel
from casetracker.domain.errors import NotFound
from casetracker.gui.dialogs.merge import MergeDialog
from casetracker.services import advocacy, attachments, cases, dispatch, history

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def records(session, family):
    """Letters, attachments and a sent summary on both records of Erlan."""
    keep, drop = family["sister_record"], family["court_record"]
    org = advocacy.add_organization(session, name="Embassy", kind="embassy").created_ids[0]
    advocacy.add_interaction(session, [keep, drop], "letter", organization_id=org)
    advocacy.add_interaction(session, [drop], "meeting", organization_id=org)
    attachments.add(session, keep, "photo.png", PNG)
    attachments.add(session, drop, "same-photo.png", PNG)
    attachments.add(session, drop, "verdict.png", PNG + b"verdict")
    entry = dispatch.DispatchEntry(drop, ReportLevel.EMBASSY, "en", "a" * 64, "CT-0002.pdf")
    dispatch.record(session, [entry])
    return keep, drop


@pytest.fixture
def dialog(qtbot, session, records) -> MergeDialog:
    widget = MergeDialog(session, *records)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_dialog_shows_both_cases_the_choices_and_what_moves(dialog):
    text = shown(dialog)
    for name in ("Ерлан Қалиоллаұлы", "ئەرلان قالىوللا", "叶尔兰·哈力奥拉"):
        assert name in text
    assert set(dialog.conflicts.groups) == {"hometown", "notes"}
    assert [b.property("choice") for b in dialog.conflicts.groups["notes"].buttons()] == [
        "keep",
        "drop",
        "both",
    ]
    assert [b.property("choice") for b in dialog.conflicts.groups["hometown"].buttons()] == [
        "keep",
        "drop",
    ]
    summary = dialog.summary.text()
    for moving in ("2 names", "1 status event", "1 reporter", "1 letter or meeting"):
        assert moving in summary
    assert "1 attachment" in summary and "1 sent summary record" in summary
    assert "Taken over from CT-0002: Occupation" in summary
    assert dialog.merge_button.text() == "Merge into CT-0001"


def test_choosing_the_other_case_to_keep_turns_everything_around(dialog, records):
    keep, drop = records
    dialog.keep_buttons[drop].click()
    assert (dialog.keep_id, dialog.drop_id) == (drop, keep)
    assert dialog.merge_button.text() == "Merge into CT-0002"
    assert dialog.comparison.people[0].id == drop
    assert dialog.conflicts.choices() == {"hometown": "keep", "notes": "keep"}


def test_merge_keeps_every_record_and_the_chosen_fields_and_undo_restores(
    dialog, session, records, qtbot
):
    keep, drop = records
    before = {pid: cases.get(session, pid) for pid in records}
    dialog.conflicts.choose("hometown", "drop")
    dialog.conflicts.choose("notes", "both")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MergeDialog.DialogCode.Accepted and dialog.kept_id == keep
    with pytest.raises(NotFound):
        cases.get(session, drop)
    person = cases.get(session, keep)
    assert {n.text for n in person.names} == {
        "Ерлан Қалиоллаұлы",
        "Erlan Qaliollauly",
        "ئەرلان قالىوللا",
        "叶尔兰·哈力奥拉",
    }
    assert [e.status.value for e in person.events] == ["detained_camp", "imprisoned"]
    assert sorted(r.name for r in person.reporters) == ["Aliya", "Алия"]
    assert sorted(a.filename for a in person.attachments) == ["photo.png", "verdict.png"]
    letters = sorted(i.kind.value for i in advocacy.interactions_for_person(session, keep))
    assert letters == ["letter", "meeting"]
    assert [d.filename for d in dispatch.list_for_person(session, keep)] == ["CT-0002.pdf"]
    assert (person.hometown, person.occupation) == ("Tekes", "herder")
    assert person.notes == "Sister's account.\n\nFrom a court record."

    assert history.undo_label(session) == "Merge cases"
    history.undo(session)
    for pid, old in before.items():
        again = cases.get(session, pid)
        assert again.names == old.names and again.notes == old.notes
        assert (again.hometown, again.occupation) == (old.hometown, old.occupation)
        assert [r.name for r in again.reporters] == [r.name for r in old.reporters]
        assert [a.filename for a in again.attachments] == [a.filename for a in old.attachments]
    assert [d.filename for d in dispatch.list_for_person(session, drop)] == ["CT-0002.pdf"]


def test_cancel_merges_nothing(dialog, session, records, qtbot):
    dialog.reject()
    assert dialog.kept_id is None
    assert all(cases.get(session, pid) for pid in records)
