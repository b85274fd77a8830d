"""Fixtures for the interface-language tests: the styled app, QSettings in a temp folder,
tools/i18n.py loaded as a module, and switching the catalogue for one test (then back)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from casetracker.app import setup_application
from casetracker.gui import welcome
from casetracker.gui.i18n import install_language
from casetracker.services import demo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def i18n_tool():
    """tools/i18n.py (extractor, .ts reader, placeholder checks, pseudo-translation)."""
    spec = importlib.util.spec_from_file_location("ct_i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def styled_app(qapp):
    setup_application(qapp, "en")
    return qapp


@pytest.fixture(autouse=True)
def isolated_settings(styled_app, tmp_path, monkeypatch):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    QSettings().clear()
    monkeypatch.setattr(welcome, "demo_vault_path", lambda: tmp_path / "data" / "Demo.ctvault")
    yield
    QSettings().clear()
    install_language(QCoreApplication.instance(), "en")  # every test ends in English


@pytest.fixture
def speak(styled_app):
    """`speak("ru")` installs a catalogue for the rest of the test."""
    return lambda code: install_language(styled_app, code)


@pytest.fixture
def demo_session(session):
    demo.generate(session, people=40, photos=0)
    return session
