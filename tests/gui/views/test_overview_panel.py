"""The overview panel shows the vault's figures: tiles, charts and the not-confirmed list."""

from __future__ import annotations

import datetime as dt

import pytest

from casetracker.domain.enums import Status
from casetracker.gui.bus import bus, run_op
from casetracker.gui.labels import label
from casetracker.gui.views.overview import OverviewPanel, ethnicity_label
from casetracker.gui.views.panelkit import ID_ROLE
from casetracker.services import cases, overview, statuses

from .conftest import click_item, top_items

TODAY = dt.date(2026, 11, 28)


def _panel(qtbot, session) -> OverviewPanel:
    panel = OverviewPanel(session, today=TODAY)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.show()
    return panel


def _tiles(panel: OverviewPanel) -> dict[str, str]:
    return {key: tile.value.text() for key, tile in panel.tiles.items()}


def test_tiles_and_charts_match_the_vault(qtbot, demo200):
    panel = _panel(qtbot, demo200)
    totals = overview.totals(demo200)
    assert _tiles(panel) == {
        "total": "200",
        "held": str(totals.held),
        "released": str(totals.released),
        "died": str(totals.died),
        "unknown": str(totals.unknown),
    }
    by_status = overview.counts_by_status(demo200)
    assert [(b.label, b.value) for b in panel.status_chart.bars()] == [
        (label(s), n) for s, n in by_status.items()
    ]
    assert [(b.label, b.value) for b in panel.hometown_chart.bars()] == [
        (h.label, h.count) for h in overview.counts_by_hometown(demo200)
    ]
    ethnic = panel.ethnicity_chart.bars()
    assert sum(b.value for b in ethnic) == 200
    assert ethnic[0].label == ethnicity_label("kazakh") == "Kazakh"
    releases = overview.events_by_period(demo200, overview.RELEASE_STATUSES, until=TODAY)
    assert panel.releases_chart.categories() == [p.key for p in releases]
    assert panel.releases_chart.totals() == [p.count for p in releases]
    assert len(panel.new_cases_chart.categories()) == 24


def test_handmade_cases_give_exact_tiles_and_list(qtbot, session):
    held = cases.create(session, names=["Erlan"]).created_ids[0]
    statuses.add_event(session, held, "imprisoned", date="2019")
    died = cases.create(session, names=["Aigul"]).created_ids[0]
    statuses.add_event(session, died, "died", date="2020")
    fresh = cases.create(session, names=["Serik"]).created_ids[0]
    statuses.add_event(session, fresh, "house_arrest", date="2026-10")
    panel = _panel(qtbot, session)
    assert _tiles(panel) == {
        "total": "3",
        "held": "2",
        "released": "0",
        "died": "1",
        "unknown": "0",
    }
    rows = top_items(panel.stale_list)
    assert [r.text(0) for r in rows] == ["CT-0001"]
    assert rows[0].text(1) == "Erlan" and rows[0].text(2) == label(Status.IMPRISONED)
    assert rows[0].text(3) == "2019"
    assert "In total: 1" in panel.stale_card.subtitle.text()


def test_not_confirmed_list_is_the_services_list(qtbot, demo200):
    panel = _panel(qtbot, demo200)
    expected = [c.ref for c in overview.not_confirmed_since(demo200, 6, TODAY)]
    assert [r.text(0) for r in top_items(panel.stale_list)] == expected[:500]


def test_clicking_a_stale_case_opens_it(qtbot, demo200):
    panel = _panel(qtbot, demo200)
    item = top_items(panel.stale_list)[2]
    pid = item.data(0, ID_ROLE)
    with qtbot.waitSignal(bus.case_open_requested, check_params_cb=lambda p: p == pid):
        click_item(qtbot, panel.stale_list, item, column=1)


def test_refreshes_when_visible_and_lazily_when_hidden(qtbot, session):
    panel = _panel(qtbot, session)
    assert panel.tiles["total"].value.text() == "0"
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        run_op(None, cases.create, session, names=["Erlan"])
    assert panel.tiles["total"].value.text() == "1"
    panel.hide()
    run_op(None, cases.create, session, names=["Aigul"])
    qtbot.wait(50)
    assert panel.tiles["total"].value.text() == "1"  # not redrawn while hidden
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.show()
    assert panel.tiles["total"].value.text() == "2"


def test_clear_drops_every_figure(qtbot, demo200):
    panel = _panel(qtbot, demo200)
    panel.clear()
    assert set(_tiles(panel).values()) == {"–"}
    assert panel.stale_list.topLevelItemCount() == 0
    assert panel.status_chart.bars() == [] and panel.releases_chart.categories() == []
    assert panel.snapshot is None


@pytest.mark.parametrize("size", [(900, 600), (1600, 1000)])
def test_renders_at_other_sizes(qtbot, demo200, size):
    panel = _panel(qtbot, demo200)
    panel.resize(*size)
    assert not panel.grab().isNull()


def test_deleting_the_panel_while_it_loads_is_safe(qtbot, demo200):
    from casetracker.gui.views import overview as overview_view

    panel = OverviewPanel(demo200, today=TODAY)
    panel.show()  # starts the computation on the worker
    panel.deleteLater()
    qtbot.waitUntil(lambda: not overview_view._RUNNING, timeout=10_000)


def test_empty_vault_shows_zeros_and_empty_charts(qtbot, session):
    panel = _panel(qtbot, session)
    assert _tiles(panel) == dict.fromkeys(("total", "held", "released", "died", "unknown"), "0")
    assert panel.releases_chart.categories() == []
    assert panel.stale_card.subtitle.text() == "Every case has recent news"
    assert not panel.grab().isNull()
