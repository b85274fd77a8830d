"""GUI test fixtures: one styled QApplication, QSettings in a temp folder, demo vaults.

The `session` fixture (tests/conftest.py) gives an open Session on a fresh encrypted vault;
these fixtures add demo cases to it and build the windows under test.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from casetracker.app import setup_application
from casetracker.gui import welcome
from casetracker.services import demo


@pytest.fixture(scope="session")
def styled_app(qapp):
    """The QApplication with our names, style, fonts and English labels (once per run)."""
    setup_application(qapp, "en")
    return qapp


@pytest.fixture(autouse=True)
def isolated_settings(styled_app, tmp_path, monkeypatch):
    """QSettings and the demo vault folder in the test's temp folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    QSettings().clear()
    monkeypatch.setattr(welcome, "demo_vault_path", lambda: tmp_path / "data" / "Demo.ctvault")
    yield
    QSettings().clear()


@pytest.fixture
def demo_session(session):
    """The test vault with 60 invented cases."""
    demo.generate(session, people=60, photos=0)
    return session
