"""Locking: idle time, panic keys, sleep, dialogs open at the time, and what is left in memory."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from casetracker.domain.entities import AttachmentInfo, Person, PersonRow
from casetracker.gui.bus import bus
from casetracker.gui.dialogs.new_case import NewCaseDialog
from casetracker.gui.panels import CASE_FILE
from casetracker.gui.security import prefs
from casetracker.gui.security.sleep import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    windows_message_reason,
)
from casetracker.gui.views.caselist import CaseListPanel
from tests.conftest import PASSPHRASE
from tests.gui.security.conftest import activate, answer_modal

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open_case(window, row: int = 3, section: str = "timeline") -> int:
    person_id = window.case_list.model.person_id(row)
    bus.case_open_requested.emit(person_id)
    window.case_file.set_section(section)
    return person_id


def _unlock(qtbot, window) -> None:
    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked):
        dialog.unlock()


def _decrypted_objects() -> list:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, Person | PersonRow | AttachmentInfo)]


def test_auto_lock_after_idle_time_and_input_postpones_it(window, qtbot):
    assert prefs.autolock_minutes() == 5  # the default
    person_id = _open_case(window)
    window.guard.idle.set_interval_ms(300)
    for _ in range(4):  # input keeps it open past the idle time
        qtbot.wait(150)
        QTest.mouseMove(window.nav, QPoint(10 + _, 10))
        assert not window.is_locked()
    with qtbot.waitSignal(window.locked, timeout=2000):
        pass  # no input now
    assert window.stack.currentWidget() is window.locked_page
    _unlock(qtbot, window)
    assert window.current_page() == CASE_FILE
    assert window.case_file.person_id == person_id
    assert window.case_file.section() == "timeline"
    assert window.guard.idle.timer.isActive()  # watching again


def test_lock_leaves_no_decrypted_person_in_memory(window, qtbot):
    _open_case(window)
    window.show_page("cases")
    assert _decrypted_objects()  # the case file and the list hold some while unlocked
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    leftovers = _decrypted_objects()
    assert window.findChildren(CaseListPanel) == []
    assert leftovers == [], [type(o).__name__ for o in leftovers]


def test_panic_shortcut_clears_window_dialogs_and_clipboard(window, qtbot):
    _open_case(window)
    QGuiApplication.clipboard().setText("Qaliolla copied from somewhere")
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, CTRL_SHIFT)
    assert window.is_locked() and window.stack.currentWidget() is window.locked_page
    assert QGuiApplication.clipboard().text() == ""
    assert window.unlock_dialog is None or not window.unlock_dialog.isVisible()  # no prompt
    assert not window.statusBar().currentMessage()


def test_three_escapes_in_a_dialog_panic_and_close_it(window, qtbot):
    _open_case(window)
    escapes: list = []

    def press_escape(dialog) -> None:
        for _ in range(3):  # the first closes the dialog; all three count
            QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
        escapes.append(dialog)

    answer_modal(NewCaseDialog, press_escape)
    with qtbot.waitSignal(window.locked, timeout=3000):
        window.new_case()
    assert escapes and not escapes[0].isVisible()
    assert window.is_locked()


def test_idle_lock_with_a_message_box_open_closes_it_first(window, qtbot):
    _open_case(window)
    window.guard.idle.set_interval_ms(150)
    result = []
    with qtbot.waitSignal(window.locked, timeout=3000):
        result.append(QMessageBox.question(window, "Question", "Still there?"))
    assert result[0] != QMessageBox.StandardButton.Yes  # closed, not answered
    assert window.is_locked()
    for _ in range(50):  # panels are deleted once the message box's loop has returned
        QTest.qWait(20)  # (qtbot.wait would run a loop at the message box's level)
        if not window.disposer.pending:
            break
    assert not window.disposer.pending
    assert _decrypted_objects() == []
    _unlock(qtbot, window)
    assert window.case_file is not None


def test_sleep_and_hidden_application_state_lock(window, qtbot):
    with qtbot.waitSignal(window.locked):
        window.guard.sleep.sleeping.emit("sleep")
    _unlock(qtbot, window)
    activate(qtbot, window)
    with qtbot.waitSignal(window.locked):
        window.guard.sleep._state_changed(Qt.ApplicationState.ApplicationHidden)
    assert "application state" in window.guard.sleep.covered


def test_windows_messages_that_mean_sleep_or_screen_lock():
    assert windows_message_reason(WM_POWERBROADCAST, PBT_APMSUSPEND) == "sleep"
    assert windows_message_reason(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == "screen lock"
    assert windows_message_reason(WM_POWERBROADCAST, 0x12) is None  # resume
    assert windows_message_reason(0x0100, 0) is None


def test_clipboard_is_cleared_on_lock_only_if_the_app_put_it_there(window, qtbot):
    clipboard = QGuiApplication.clipboard()
    window.case_list.filter_bar.search.setText("Ghulja")
    window.case_list.filter_bar.search.selectAll()
    window.case_list.filter_bar.search.copy()  # Ctrl+C in the app
    assert clipboard.text() == "Ghulja"
    with qtbot.waitSignal(window.locked):
        window.lock()
    assert clipboard.text() == ""
    _unlock(qtbot, window)
    window.guard.clipboard._ours.clear()
    clipboard.blockSignals(True)  # as if another program had copied it
    clipboard.setText("someone else's text")
    clipboard.blockSignals(False)
    window.lock()
    assert clipboard.text() == "someone else's text"
