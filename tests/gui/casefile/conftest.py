"""Fixtures for the case file tests: a real case in a real vault, shown in a real panel."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from casetracker.gui.casefile.panel import CaseFilePanel
from casetracker.services import cases


@pytest.fixture
def person_id(session) -> int:
    changes = cases.create(
        session,
        names=["Қалиолла Тұрсынұлы", "Qaliolla Tursynuly"],
        hometown="Künes County, Ili",
        sex="male",
    )
    return changes.created_ids[0]


@pytest.fixture
def panel(qtbot, session, person_id):
    widget = CaseFilePanel(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.show_person(person_id)
    yield widget
    widget.clear()  # no reload may reach a vault that the session fixture is about to close


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """Error dialogs shown, recorded instead of blocking the test on a modal box."""
    shown: list[str] = []

    def warn(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warn))
    return shown


@pytest.fixture
def answer_yes(monkeypatch) -> list[str]:
    """Confirmation questions, answered Yes."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked
