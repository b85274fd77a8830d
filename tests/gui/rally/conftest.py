"""Fixtures for the rally screen: a real panel on a real encrypted vault, typed into."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from casetracker.gui.rally import RallyPanel
from tests.gui.rally.keyboard import Typist


def close_panel(panel: RallyPanel) -> None:
    """What the main window does on lock: flush, clear, let running look-ups finish."""
    panel.flush()
    panel.clear()
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def make_panel(qtbot, session):
    """Build (and later close, before the session closes) a shown rally panel on a session."""
    made: list[RallyPanel] = []

    def make(session) -> RallyPanel:
        panel = RallyPanel(session)
        qtbot.addWidget(panel)
        panel.resize(1280, 800)
        panel.show()
        qtbot.waitExposed(panel)
        made.append(panel)
        return panel

    yield make
    for panel in made:
        if panel._session is not None:
            close_panel(panel)
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def panel(make_panel, session) -> RallyPanel:
    return make_panel(session)


@pytest.fixture
def typist(panel) -> Typist:
    return Typist(panel)
