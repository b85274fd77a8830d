"""The case list: paging model, filters, search as you type, SQL sorting, opening a case."""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import QPoint, Qt

from casetracker.domain.enums import Status
from casetracker.gui.bus import bus
from casetracker.gui.models import caselist as model_module
from casetracker.gui.models.caselist import ID_ROLE, STATUS_ROLE, CaseListTableModel, Column
from casetracker.gui.views.caselist import CaseListPanel
from casetracker.services import caselist, cases, demo
from casetracker.services.caselist import PAGE, CaseFilter, SortKey

#: The benchmark runs this file with CT_CASELIST_PEOPLE=100000.
BIG = int(os.environ.get("CT_CASELIST_PEOPLE", "5000"))


@pytest.fixture
def panel(qtbot, demo_session):
    widget = CaseListPanel(demo_session)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _statuses(model) -> set[str]:
    return {model.index(r, Column.STATUS).data(STATUS_ROLE) for r in range(model.rowCount())}


def test_model_passes_the_model_tester(qtmodeltester, demo_session):
    model = CaseListTableModel(demo_session)
    qtmodeltester.check(model)
    assert model.rowCount() == 60
    assert model.index(0, Column.REF).data() == "CT-0001"
    assert isinstance(model.index(0, 0).data(ID_ROLE), int)


def test_names_show_preferred_script_with_every_variant_in_tooltip(panel):
    model = panel.model
    index = model.index(0, Column.NAME)
    latin = index.data()
    assert latin and latin.isascii()
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert latin in tooltip and len(tooltip.splitlines()) >= 3  # Latin, Cyrillic, Arabic, 汉字
    from casetracker.domain.enums import Script

    panel.set_preferred_script(Script.CYRL)
    assert not model.index(0, Column.NAME).data().isascii()


def test_filter_by_status_shows_only_matching_rows(panel, qtbot):
    total = panel.model.rowCount()
    panel.filter_bar.status._boxes[Status.DIED].setChecked(True)
    qtbot.waitUntil(lambda: panel.model.rowCount() < total)
    assert _statuses(panel.model) == {Status.DIED.value}
    assert "of 60 cases" in panel.count_label.text()
    panel.filter_bar.status._boxes[Status.DISAPPEARED].setChecked(True)
    qtbot.waitUntil(lambda: _statuses(panel.model) == {"died", "disappeared"})
    panel.filter_bar.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == total)
    assert panel.count_label.text() == "60 cases"


def test_typing_in_search_box_narrows_the_list(panel, qtbot):
    cases.create(panel._session, names=["Zhanargul Tursynqyzy", "Жанаргүл Тұрсынқызы"])
    bus.changed.emit(cases.update(panel._session, 1, hometown="Ghulja"))  # any list change
    qtbot.waitUntil(lambda: panel.model.rowCount() == 61)
    qtbot.keyClicks(panel.filter_bar.search, "zhanargul")  # QTest types ASCII only
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.model.is_busy())
    assert panel.model.index(0, Column.NAME).data() == "Zhanargul Tursynqyzy"
    assert panel.model.sort_key()[0] is SortKey.RELEVANCE
    assert not panel.view.horizontalHeader().isSortIndicatorShown()
    panel.filter_bar.search.setText("Жанаргүл")  # pasted Cyrillic finds the same case
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.model.is_busy())
    assert "Жанаргүл" in panel.model.index(0, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
    panel.filter_bar.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 61)
    assert panel.model.sort_key() == (SortKey.REF, False)


def test_clicking_a_header_sorts_in_sql(panel, qtbot):
    header = panel.view.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(Column.HOMETOWN) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert panel.model.sort_key() == (SortKey.HOMETOWN, False)
    expected = caselist.query_ids(panel._session, CaseFilter(), SortKey.HOMETOWN)
    assert panel.model.ids() == expected
    towns = [panel.model.index(r, Column.HOMETOWN).data() for r in range(panel.model.rowCount())]
    assert towns == sorted(towns)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert panel.model.sort_key() == (SortKey.HOMETOWN, True)


def test_enter_and_double_click_open_the_case(panel, qtbot):
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(2, 0))
    expected = panel.model.index(2, 0).data(ID_ROLE)
    with qtbot.waitSignal(bus.case_open_requested) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert blocker.args == [expected]
    rect = panel.view.visualRect(panel.model.index(4, Column.NAME))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(bus.case_open_requested) as blocker:
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [panel.model.index(4, 0).data(ID_ROLE)]


@pytest.mark.slow
@pytest.mark.parametrize("people", [BIG])
def test_big_vault_fetches_only_the_pages_shown(qtbot, session, monkeypatch, people):
    demo.generate(session, people=people, photos=0)
    calls: list[int] = []
    real_rows = caselist.rows

    def counting_rows(s, ids):
        calls.append(len(ids))
        return real_rows(s, ids)

    monkeypatch.setattr(model_module.caselist, "rows", counting_rows)
    began = time.perf_counter()
    widget = CaseListPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    model = widget.model
    assert model.rowCount() == people  # right at once, before any row data is read
    assert calls == []
    qtbot.waitUntil(lambda: len(calls) > 0)  # the first paint
    opened_ms = (time.perf_counter() - began) * 1000
    qtbot.wait(50)
    assert calls == [PAGE] and model.cached_pages() == [0]
    widget.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.cached_pages() == [0, (people - 1) // PAGE])
    assert len(calls) == 2 and all(n <= PAGE for n in calls)
    print(f"\n{people} people: list shown in {opened_ms:.0f} ms, {len(calls)} pages fetched")


def test_a_query_that_fails_leaves_the_list_as_it_was(panel, qtbot, monkeypatch):
    before = panel.model.ids()
    real = caselist.query_ids

    def broken(session, flt, sort, descending=False):
        if sort is SortKey.LAST_ACTION:
            raise AttributeError("simulated failure")
        return real(session, flt, sort, descending)

    monkeypatch.setattr(model_module.caselist, "query_ids", broken)
    with qtbot.waitSignal(bus.status_message) as message:
        panel.view.sortByColumn(Column.LAST_ACTION, Qt.SortOrder.AscendingOrder)
    assert "could not be sorted" in message.args[0]
    assert panel.model.ids() == before and panel.model.sort_key() == (SortKey.REF, False)
    assert panel.view.horizontalHeader().sortIndicatorSection() == Column.REF


def test_one_slow_search_does_not_send_every_later_one_to_a_worker(
    qtbot, demo_session, monkeypatch
):
    """The first Chinese query loads the pinyin tables (~200 ms); the queries after it are fast
    again and must stay on the GUI thread, whose warm page cache makes them 3x faster."""
    model = CaseListTableModel(demo_session)
    from casetracker.services import searching

    searching.warm(demo_session)
    elapsed = iter([250.0] + [10.0] * 20)
    real = model_module._timed_query

    def timed(*args):
        ids, _ms = real(*args)
        return ids, next(elapsed)

    monkeypatch.setattr(model_module, "_timed_query", timed)
    on_worker: list[bool] = []
    model.busy_changed.connect(lambda busy: busy and on_worker.append(True))
    for text in ("哈力", "Qal", "Qali", "Qalio", "Qaliol"):
        with qtbot.waitSignal(model.modelReset, timeout=5000):
            model.set_query(CaseFilter(text=text), SortKey.REF)
    assert on_worker == []

    # queries that stay slow do go to a worker, but the GUI thread is tried again now and then
    slow = iter([200.0] * 40)
    monkeypatch.setattr(model_module, "_timed_query", lambda *a: (real(*a)[0], next(slow)))
    for text in ("a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "x"):
        with qtbot.waitSignal(model.modelReset, timeout=5000):
            model.set_query(CaseFilter(text=text), SortKey.REF)
    assert 0 < len(on_worker) < 9
