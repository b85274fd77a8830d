"""Fixtures for the overview, follow-ups and directory panel tests."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from casetracker.services import demo

#: A Wednesday, so that "this week" has days before and after it.
TODAY = dt.date(2025, 6, 4)


@pytest.fixture
def demo200(session):
    """The test vault with 200 invented cases (no photos: faster)."""
    demo.generate(session, people=200, photos=0)
    return session


def click_item(qtbot, tree: QTreeWidget, item: QTreeWidgetItem, column: int = 1) -> None:
    """A real mouse click in the middle of one cell."""
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    x = tree.header().sectionViewportPosition(column) + 8
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
