"""Fixtures for the security tests: a main window on a small demo vault, and helpers to
answer the modal dialogs that menu commands open."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from casetracker.gui.mainwindow import MainWindow
from casetracker.gui.security import tempfiles
from casetracker.services import demo


def activate(qtbot, widget) -> None:
    """Make `widget` the active window, as a click on it would (shortcuts need that)."""
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def answer_modal(kind: type, act: Callable) -> list:
    """When a modal `kind` opens next, call `act(dialog)` on it; the list gets the dialog."""
    seen: list = []
    tries = [500]  # 5 s

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(dialog)
            act(dialog)
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)
    return seen


@pytest.fixture(autouse=True)
def private_copies(tmp_path, monkeypatch):
    """Plain attachment copies go to the test's folder, never the user's cache."""
    folder = tmp_path / "cache" / tempfiles.FOLDER_NAME
    monkeypatch.setattr(tempfiles, "private_dir", lambda: folder)
    return folder


@pytest.fixture
def small_session(session):
    demo.generate(session, people=12, photos=0)
    return session


@pytest.fixture
def window(qtbot, small_session):
    win = MainWindow(small_session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    activate(qtbot, win)
    yield win
    if not win.is_locked():
        win.close()
