"""The application shell: welcome, create and unlock a vault, navigation, new case, undo, lock."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel

from casetracker.app import AppController
from casetracker.gui import recent
from casetracker.gui import welcome as welcome_module
from casetracker.gui.bus import bus
from casetracker.gui.dialogs.create_vault import CreateVaultDialog, print_recovery_sheet
from casetracker.gui.dialogs.new_case import NewCaseDialog
from casetracker.gui.dialogs.unlock import UnlockDialog
from casetracker.gui.mainwindow import MainWindow
from casetracker.gui.models.caselist import Column
from casetracker.gui.panels import CASE_FILE, PAGES
from casetracker.gui.views.caselist import CaseListPanel
from casetracker.gui.welcome import WelcomeWindow
from casetracker.services import caselist
from casetracker.services.session import kdf_for_new_vault
from casetracker.store.keyslots import TEST_KDF
from tests.conftest import PASSPHRASE

CTRL = Qt.KeyboardModifier.ControlModifier
STRONG = "seven quiet rivers under Almaty snow"


def _activate(qtbot, widget) -> None:
    """Make `widget` the active window, as a click on it would (shortcuts need that)."""
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


@pytest.fixture
def window(qtbot, demo_session):
    win = MainWindow(demo_session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    _activate(qtbot, win)
    return win


def _close_session(session) -> None:
    if session is not None:
        session.close()


# -- welcome, create, unlock ---------------------------------------------------------------------


def test_welcome_creates_a_vault_and_shows_the_recovery_code_once(qtbot, tmp_path):
    assert kdf_for_new_vault() == TEST_KDF  # tests/conftest.py makes key derivation cheap
    welcome = WelcomeWindow()
    qtbot.addWidget(welcome)
    welcome.show()
    assert welcome.empty_label.isVisibleTo(welcome)  # no recent vault yet
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    dialog: CreateVaultDialog = welcome.dialog
    dialog.name.setText("Aunt Gulnar")
    dialog.folder.setText(str(tmp_path))
    dialog.passphrase.setText("qwerty")
    assert dialog.meter.score < 3 and not dialog.create_button.isEnabled()
    assert dialog.problem.text()  # says why, in words
    dialog.passphrase.setText(STRONG)
    dialog.repeat.setText(STRONG + "x")
    assert "differ" in dialog.problem.text() and not dialog.create_button.isEnabled()
    dialog.repeat.setText(STRONG)
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    assert re.fullmatch(r"[0-9A-Z]{5}(-[0-9A-Z]{5}){5}", dialog.code_label.text())
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("nobody can open the vault" in text for text in labels)
    assert not dialog.continue_button.isEnabled()
    dialog.reject()  # Escape cannot dismiss the code once the vault exists
    assert dialog.isVisible()
    with qtbot.waitSignal(welcome.vault_opened) as opened:
        dialog.written.setChecked(True)
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    session, path = opened.args
    try:
        assert path == tmp_path / "Aunt Gulnar.ctvault" and path.is_dir()
        assert caselist.count(session) == 0
        assert recent.recent_vaults() == [path.resolve()]  # only the path is remembered
    finally:
        _close_session(session)


def test_recovery_sheet_prints(tmp_path, qapp):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "code.pdf"))
    print_recovery_sheet(printer, "Family", "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567")
    assert (tmp_path / "code.pdf").stat().st_size > 1000


def test_unlock_says_wrong_passphrase_then_opens(qtbot, vault_path):
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.secret.echoMode() == dialog.secret.EchoMode.Password
    dialog.secret.setText("not it")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text().startswith("Wrong passphrase")
    dialog.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked) as unlocked:
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    _close_session(unlocked.args[0])
    assert dialog.result() == dialog.DialogCode.Accepted


def test_unlock_with_recovery_code_and_a_foreign_folder(qtbot, vault_path, recovery_code, tmp_path):
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.switch.linkActivated.emit("switch")
    assert dialog.secret.echoMode() == dialog.secret.EchoMode.Normal
    dialog.secret.setText(recovery_code.lower())
    with qtbot.waitSignal(dialog.unlocked) as unlocked:
        dialog.unlock()
    _close_session(unlocked.args[0])
    (tmp_path / "Other.ctvault").mkdir()
    foreign = UnlockDialog(tmp_path / "Other.ctvault")
    qtbot.addWidget(foreign)
    foreign.show()
    foreign.secret.setText("anything")
    foreign.unlock()
    qtbot.waitUntil(lambda: foreign.error.isVisible())
    assert "cannot be opened as a vault" in foreign.error.text()
    assert "Wrong passphrase" not in foreign.error.text()


def test_welcome_opens_a_recent_vault(qtbot, vault_path):
    recent.remember_vault(vault_path)
    welcome = WelcomeWindow()
    qtbot.addWidget(welcome)
    welcome.show()
    assert welcome.recent_list.count() == 1
    assert "Case" in welcome.recent_list.item(0).text()
    qtbot.mouseClick(welcome.open_recent_button, Qt.MouseButton.LeftButton)
    welcome.dialog.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(welcome.vault_opened) as opened:
        welcome.dialog.unlock()
    _close_session(opened.args[0])


def test_demo_vault_is_made_on_first_use_then_opened(qtbot):
    welcome = WelcomeWindow()
    qtbot.addWidget(welcome)
    welcome.show()
    with qtbot.waitSignal(welcome.vault_opened, timeout=60_000) as opened:
        qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    session, path = opened.args
    try:
        assert path == welcome_module.demo_vault_path() and path.is_dir()
        assert caselist.count(session) == welcome_module.DEMO_PEOPLE
    finally:
        _close_session(session)
    with qtbot.waitSignal(welcome.vault_opened) as again:  # second time: opened, not made
        qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    _close_session(again.args[0])


def test_vault_argument_with_passphrase_variable_opens_the_main_window(qtbot, vault_path):
    controller = AppController()
    controller.open_vault_path(vault_path, PASSPHRASE)  # what run_gui does with the variable
    qtbot.waitUntil(lambda: controller.main_window is not None)
    window = controller.main_window
    qtbot.addWidget(window)
    assert window.isVisible() and window.current_page() == "cases"
    assert recent.recent_vaults() == [vault_path.resolve()]
    window.close()
    assert window.is_locked()  # closing released the vault


# -- main window -------------------------------------------------------------------------------


def test_navigation_switches_pages(window, qtbot):
    assert window.current_page() == "cases"
    assert window.stack.currentWidget() is window.case_list
    for row, page in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        assert window.current_page() == page.key
        assert window.stack.currentWidget() is window.panels[page.key]
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.current_page() == "cases"
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.current_page() == "overview" and window.nav.currentRow() == 0
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.current_page() == "cases"
    assert window.case_list.filter_bar.search.hasFocus()


def _answer_new_case(name: str, other: str = "") -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewCaseDialog)
        dialog.name.edit.setText(name)
        dialog.other_name.edit.setText(other)
        dialog.hometown.setText("Ghulja")
        dialog.create_button.click()

    QTimer.singleShot(0, fill)


def test_ctrl_n_creates_a_case_that_appears_in_the_list_and_ctrl_z_undoes_it(window, qtbot):
    _answer_new_case("قالىوللا", "Qaliolla Test")
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.current_page() == CASE_FILE
    new_id = window.case_file.person_id
    assert window.actions.undo.text() == "Undo Add case"
    _activate(qtbot, window)  # the dialog had been the active window
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    assert window.current_page() == "cases"
    panel = window.case_list
    qtbot.waitUntil(lambda: panel.model.rowCount() == 61)
    row = panel.model.row_of(new_id)
    assert panel.model.index(row, Column.NAME).data() == "Qaliolla Test"
    assert panel.current_person_id() == new_id
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 60)
    assert panel.model.row_of(new_id) == -1
    assert window.actions.redo.text() == "Redo Add case"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 61)


def test_locking_stops_a_long_merge_instead_of_waiting_for_it(window, qtbot):
    """A half-minute merge or import running at a lock (Ctrl+L, idle, panic) is stopped at its
    next progress report: the lock does not wait for it, and no worker keeps the key open."""
    import time

    from casetracker.gui import worker
    from casetracker.store import records

    seen: list[str] = []

    def long_merge(progress):
        records.db.execute_sql("SELECT count(*) FROM person_record")  # its own connection
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if not progress(1, 2):
                seen.append("stopped")
                raise InterruptedError("merge cancelled; nothing was changed")
            time.sleep(0.01)
        seen.append("ran to the end")

    task = worker.Task(long_merge, with_progress=True)
    worker.start(task, seen.append, seen.append)
    qtbot.wait(100)  # running, with a connection open
    started = time.monotonic()
    window.lock(ask=False)
    assert time.monotonic() - started < 5  # the lock waits 10 s at most, the merge 30
    assert seen[0] == "stopped" and window.is_locked()
    assert worker.cancel_running() == 0  # nothing left running


def test_lock_clears_everything_and_unlock_returns_to_the_same_case(window, qtbot):
    model = window.case_list.model
    person_id = model.person_id(5)
    bus.case_open_requested.emit(person_id)
    window.case_file.set_section("timeline")
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.is_locked() and window.session is None
    assert model.rowCount() == 0 and model.cached_pages() == []
    assert window.panels == {} and window.stack.currentWidget() is window.locked_page
    assert not window.actions.new_case.isEnabled()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(CaseListPanel) == []  # no decrypted rows left behind
    dialog = window.unlock_dialog
    assert dialog.isVisible()
    dialog.secret.setText("wrong")
    dialog.unlock()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    dialog.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked):
        dialog.unlock()
    _activate(qtbot, window)
    assert window.current_page() == CASE_FILE
    assert window.case_file.person_id == person_id
    assert window.case_file.section() == "timeline"
    window.back()
    assert window.case_list.current_person_id() == person_id
    assert window.case_list.model.rowCount() == 60
