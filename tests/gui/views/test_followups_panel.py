"""The follow-ups panel: grouping by week around a fixed day, marking done, opening cases."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from casetracker.gui.bus import bus
from casetracker.gui.views.followups import Column, FollowUpsPanel, group_by_week
from casetracker.gui.views.panelkit import ID_ROLE
from casetracker.services import advocacy, cases, history

from .conftest import TODAY, click_item, top_items


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture
def due(session):
    """Cases CT-0001..3 and follow-ups around Wednesday 4 June 2025."""
    org = advocacy.add_organization(session, name="Embassy A").created_ids[0]
    people = [cases.create(session, names=[n]).created_ids[0] for n in ("Erlan", "Aigul", "Serik")]

    def add(pids, offset, summary, done=False):
        return advocacy.add_interaction(
            session,
            pids,
            "letter",
            date="2025-05-01",
            organization_id=org,
            summary=summary,
            follow_up_due=_day(offset),
            follow_up_done=done,
        ).created_ids[0]

    return {
        "people": people,
        "overdue": add([people[0]], -3, "Ask again"),
        "this_week": add([people[1], people[2]], 1, "Joint letter"),
        "sunday": add([people[0]], 4, "Call back"),
        "next_week": add([people[1]], 5, "Proof of life"),
        "later": add([people[2]], 16, "UN reply"),
        "beyond": add([people[0]], 40, "Far away"),
        "done": add([people[0]], -1, "Already done", done=True),
    }


def _panel(qtbot, session) -> FollowUpsPanel:
    panel = FollowUpsPanel(session, today=TODAY)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    return panel


def _shown(panel: FollowUpsPanel) -> dict[str, list[tuple[str, str]]]:
    """Group title (without the count) -> (case ref, summary) of its rows."""
    result = {}
    for group in top_items(panel.tree):
        title = group.text(0).split("  ·  ")[0]
        rows = [group.child(i) for i in range(group.childCount())]
        result[title] = [(r.text(Column.CASE), r.text(Column.SUMMARY)) for r in rows]
    return result


def test_groups_by_week_around_today(qtbot, session, due):
    panel = _panel(qtbot, session)
    assert _shown(panel) == {
        "Overdue": [("CT-0001", "Ask again")],
        "This week": [
            ("CT-0002", "Joint letter"),
            ("CT-0003", "Joint letter"),
            ("CT-0001", "Call back"),
        ],
        "Next week": [("CT-0002", "Proof of life")],
        "Week of 16 June": [("CT-0003", "UN reply")],
    }
    overdue_row = top_items(panel.tree)[0].child(0)
    assert overdue_row.text(Column.NAME) == "Erlan"
    assert overdue_row.text(Column.ORGANISATION) == "Embassy A"
    assert overdue_row.text(Column.KIND) == "Letter"
    assert "overdue: 1" in panel.summary.text()


def test_group_by_week_is_plain_data(session, due):
    items = advocacy.follow_ups_due(session, until=_day(30))
    groups = group_by_week(items, TODAY)
    assert [g.week_start for g in groups] == [None, _day(-2), _day(5), _day(12)]
    assert [len(g.items) for g in groups] == [1, 2, 1, 1]


def test_marking_done_removes_the_row_and_undo_brings_it_back(qtbot, session, due):
    panel = _panel(qtbot, session)
    row = top_items(panel.tree)[0].child(0)
    with qtbot.waitSignal(panel.refreshed):
        row.setCheckState(0, Qt.CheckState.Checked)  # what a click on the box does
    assert "Overdue" not in _shown(panel)
    assert advocacy.get_interaction(session, due["overdue"]).follow_up_done
    with qtbot.waitSignal(panel.refreshed):
        bus.changed.emit(history.undo(session))
    assert _shown(panel)["Overdue"] == [("CT-0001", "Ask again")]


def test_done_on_a_joint_letter_removes_all_its_rows(qtbot, session, due):
    panel = _panel(qtbot, session)
    this_week = top_items(panel.tree)[1]
    with qtbot.waitSignal(panel.refreshed):
        this_week.child(1).setCheckState(0, Qt.CheckState.Checked)
    assert _shown(panel)["This week"] == [("CT-0001", "Call back")]


def test_one_click_opens_the_case(qtbot, session, due):
    panel = _panel(qtbot, session)
    row = top_items(panel.tree)[2].child(0)  # next week: CT-0002
    pid = due["people"][1]
    assert row.data(0, ID_ROLE) == pid
    with qtbot.waitSignal(bus.case_open_requested, check_params_cb=lambda p: p == pid):
        click_item(qtbot, panel.tree, row, column=Column.NAME)


def test_enter_opens_the_case(qtbot, session, due):
    panel = _panel(qtbot, session)
    row = top_items(panel.tree)[0].child(0)
    panel.tree.setFocus()
    panel.tree.setCurrentItem(row)
    with qtbot.waitSignal(bus.case_open_requested, check_params_cb=lambda p: p == due["people"][0]):
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)


def test_empty_vault_says_nothing_is_due(qtbot, session):
    panel = _panel(qtbot, session)
    assert panel.stack.currentWidget() is panel.empty
    assert panel.groups() == []


def test_clicking_the_done_box_marks_done_without_opening(qtbot, session, due):
    panel = _panel(qtbot, session)
    row = top_items(panel.tree)[3].child(0)  # week of 16 June: UN reply
    opened = []
    bus.case_open_requested.connect(opened.append)
    try:
        rect = panel.tree.visualRect(panel.tree.indexFromItem(row, 0))
        with qtbot.waitSignal(panel.refreshed):
            qtbot.mouseClick(
                panel.tree.viewport(),
                Qt.MouseButton.LeftButton,
                pos=QPoint(rect.left() + 10, rect.center().y()),
            )
    finally:
        bus.case_open_requested.disconnect(opened.append)
    assert opened == []
    assert "Week of 16 June" not in _shown(panel)
    assert advocacy.get_interaction(session, due["later"]).follow_up_done
