"""Choosing the language at first start and switching it while a case is open."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMenu

from casetracker.app import AppController
from casetracker.gui.i18n import LANGUAGE_KEY, current_language, saved_language
from casetracker.gui.language import switch_language
from casetracker.gui.panels import CASE_FILE, PAGES
from casetracker.services import caselist


def _nav_texts(window) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def _open_main(controller, session, path, qtbot):
    controller.show_main(session, path)
    window = controller.main_window
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def controller():
    """The app controller; every window it still shows is closed after the test (the ones a
    language switch replaced are deleted already, so qtbot.addWidget cannot track them)."""
    made = AppController()
    yield made
    for window in (made.main_window, made.welcome):
        if window is not None and shiboken6.isValid(window):
            window.close()


def test_switching_keeps_the_session_and_the_open_case(qtbot, controller, demo_session, vault_path):
    window = _open_main(controller, demo_session, vault_path, qtbot)
    assert _nav_texts(window)[: len(PAGES)] == [p.title for p in PAGES]
    person_id = caselist.query_ids(demo_session)[5]
    window.open_case(person_id)
    window.case_file.set_section("notes")
    notes = window.case_file.sections["notes"]
    before = window.geometry()

    switch_language("ru")
    qtbot.waitUntil(lambda: controller.main_window is not window, timeout=5000)
    new = controller.main_window
    assert current_language() == "ru" and saved_language() == "ru"
    assert _nav_texts(new)[:3] == ["Обзор", "Дела", "Напоминания"]
    assert new.session is demo_session and not new.is_locked()
    assert new.current_page() == CASE_FILE
    assert new.case_file.person_id == person_id
    assert new.case_file.section() == "notes"
    assert new.geometry().size() == before.size()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the old window is gone
    assert notes is not new.case_file.sections["notes"]
    # the vault is still open and answers queries
    assert caselist.count(new.session) == 40


def test_typed_notes_are_saved_before_the_windows_are_rebuilt(
    qtbot, controller, demo_session, vault_path
):
    from casetracker.services import cases

    window = _open_main(controller, demo_session, vault_path, qtbot)
    person_id = caselist.query_ids(demo_session)[0]
    window.open_case(person_id)
    window.case_file.set_section("notes")
    editor = window.case_file.sections["notes"].notes_edit
    editor.setFocus()
    editor.setPlainText("Called the consulate on Monday")  # not yet saved: autosave is idle-timed
    switch_language("kk")
    qtbot.waitUntil(lambda: controller.main_window is not window, timeout=5000)
    assert cases.get(demo_session, person_id).notes == "Called the consulate on Monday"


def test_the_view_menu_offers_every_language(qtbot, controller, demo_session, vault_path):
    window = _open_main(controller, demo_session, vault_path, qtbot)
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert menu.menuAction() in view.actions()  # View > Language
    names = [a.text() for a in menu.actions()]
    assert names == ["Қазақша", "Русский", "English"]
    assert [a.isChecked() for a in menu.actions()] == [False, False, True]
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: controller.main_window is not window, timeout=5000)
    assert current_language() == "kk"
    assert _nav_texts(controller.main_window)[1] == "Істер"
    again = controller.main_window.findChild(QMenu, "languageMenu")
    view = next(
        a.menu()
        for a in controller.main_window.menuBar().actions()
        if a.menu() and again.menuAction() in a.menu().actions()
    )
    assert view.title() == "&Көрініс"
    assert [a.isChecked() for a in again.actions()] == [True, False, False]


def test_first_start_chooser_defaults_to_the_system_language_and_rebuilds(qtbot, controller):
    assert QSettings().value(LANGUAGE_KEY) is None  # first start: nothing chosen yet
    controller.show_welcome()
    welcome = controller.welcome
    assert welcome.language_combo.currentData() == current_language()
    index = welcome.language_combo.findData("ru")
    welcome.language_combo.setCurrentIndex(index)
    welcome.language_combo.activated.emit(index)
    qtbot.waitUntil(lambda: controller.welcome is not welcome, timeout=5000)
    assert controller.welcome.open_button.text() == "Открыть другое хранилище…"
    assert controller.welcome.language_combo.currentData() == "ru"
    assert QSettings().value(LANGUAGE_KEY) == "ru"
    assert QApplication.activeModalWidget() is None


def test_the_rebuild_waits_for_an_open_dialog(qtbot, controller, demo_session, vault_path):
    """The settings dialog switches the language before it closes: nothing is torn down under
    it; the windows are rebuilt once it is gone."""
    from PySide6.QtWidgets import QDialog

    window = _open_main(controller, demo_session, vault_path, qtbot)
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    switch_language("ru")
    qtbot.wait(600)
    assert controller.main_window is window and dialog.isVisible()
    dialog.accept()
    qtbot.waitUntil(lambda: controller.main_window is not window, timeout=5000)
    assert _nav_texts(controller.main_window)[1] == "Дела"
