"""The Duplicates page: the scan finds a person recorded twice, not two brothers; a pair is
compared side by side, opened, hidden, or merged from here; a slow scan can be cancelled."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from casetracker.gui.bus import bus, run_op
from casetracker.gui.dialogs.merge import MergeDialog
from casetracker.gui.views import duplicates as page
from casetracker.gui.views.duplicates import Column, DuplicatesPanel
from casetracker.services import cases, history, merge


@pytest.fixture
def panel(qtbot, session, family) -> DuplicatesPanel:
    widget = DuplicatesPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 860)
    with qtbot.waitSignal(widget.scanned, timeout=10_000):
        widget.show()
    yield widget
    widget.clear()


def texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def cell(panel: DuplicatesPanel, row: int, column: Column) -> str:
    return panel.model.index(row, column).data()


def test_scan_lists_the_person_entered_twice_with_reasons_and_not_the_brothers(panel, family):
    pairs = {frozenset((p.person_a, p.person_b)) for p in panel.visible_pairs()}
    assert pairs == {frozenset((family["sister_record"], family["court_record"]))}
    refs = {cell(panel, 0, Column.REF_A), cell(panel, 0, Column.REF_B)}
    assert refs == {cases.get(panel.session, pid).ref for pid in family.values()} - {
        cases.get(panel.session, family["brother"]).ref
    }
    names = {cell(panel, 0, Column.NAME_A), cell(panel, 0, Column.NAME_B)}
    assert "Erlan Qaliollauly" in names  # the English interface prefers Latin names
    why = cell(panel, 0, Column.REASONS)
    for reason in ("same name in another script", "born the same year (1975)", "phone"):
        assert reason in why
    assert cell(panel, 0, Column.SCORE).endswith("%")
    assert "1 possible duplicate" in panel.status.text()


def test_model_is_a_well_behaved_table(panel, qtmodeltester):
    qtmodeltester.check(panel.model)


def test_selecting_a_pair_shows_both_cases_side_by_side(panel, family, qtbot):
    assert panel.detail.pair is not None  # the first pair is selected at once
    shown = texts(panel.detail)
    for text in ("Ерлан Қалиоллаұлы", "Erlan Qaliollauly", "ئەرلان قالىوللا", "叶尔兰·哈力奥拉"):
        assert text in shown
    assert "Tekes County, Ili" in shown and "Tekes" in shown
    assert "Detained in a camp" in shown and "Sentenced / in prison" in shown
    assert "+7\u00a0701\u00a0111\u00a022\u00a033" in shown  # reporters with their phones
    assert "same reporter phone" in panel.detail.reasons.text()
    court = cases.get(panel.session, family["court_record"])
    button = next(b for b in (panel.detail.open_a, panel.detail.open_b) if court.ref in b.text())
    with qtbot.waitSignal(bus.case_open_requested) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened.args == [family["court_record"]]


def test_not_the_same_person_hides_the_pair_until_shown_again(panel, qtbot):
    qtbot.mouseClick(panel.detail.dismiss_button, Qt.MouseButton.LeftButton)
    assert panel.visible_pairs() == []
    assert panel.list_stack.currentWidget() is panel.empty
    assert panel.hidden_button.isVisible() and "1 hidden pair" in panel.hidden_button.text()
    qtbot.mouseClick(panel.hidden_button, Qt.MouseButton.LeftButton)
    assert len(panel.visible_pairs()) == 1


def test_merging_from_the_page_drops_the_pair_and_offers_the_kept_case(panel, family, qtbot):
    def drive_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MergeDialog)
        dialog.set_keep(family["sister_record"])
        dialog.conflicts.choose("hometown", "drop")
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive_dialog)
    kept = panel.merge_selected()
    assert kept == family["sister_record"]
    assert panel.visible_pairs() == []
    assert panel.notice.isVisible() and "was merged into" in panel.notice_text.text()
    assert cases.get(panel.session, kept).hometown == "Tekes"
    with qtbot.waitSignal(bus.case_open_requested) as opened:
        qtbot.mouseClick(panel.notice_button, Qt.MouseButton.LeftButton)
    assert opened.args == [kept]


def _slow_scan(session, progress):
    """A scan of a large vault: many progress reports, stopped when the callback refuses."""
    for done in range(1, 400):
        time.sleep(0.01)
        progress(done, 400)
    return []


def test_a_slow_scan_shows_progress_and_can_be_cancelled(panel, qtbot, monkeypatch):
    before = panel.visible_pairs()
    monkeypatch.setattr(page.duplicates, "scan", _slow_scan)
    panel.refresh()
    assert panel.cancel_button.isVisible() and not panel.scan_button.isEnabled()
    qtbot.waitUntil(lambda: panel.progress.maximum() == 400, timeout=5000)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert not panel.is_scanning() and panel.scan_button.isEnabled()
    assert panel.status.text() == "Scan cancelled."
    assert panel.visible_pairs() == before  # the last result stays


def test_undo_of_a_merge_brings_the_pair_back(panel, family, qtbot):
    """Ctrl+Z in the main window is `run_op(history.undo)`: the page scans again."""
    keep, drop = family["sister_record"], family["court_record"]
    run_op(None, merge.merge, panel.session, keep, drop)
    qtbot.waitUntil(lambda: not panel.is_scanning() and panel.visible_pairs() == [], timeout=5000)
    with qtbot.waitSignal(panel.scanned, timeout=10_000):
        run_op(None, history.undo, panel.session)
    assert {frozenset((p.person_a, p.person_b)) for p in panel.visible_pairs()} == {
        frozenset((keep, drop))
    }
    assert cases.get(panel.session, drop).notes == "From a court record."
