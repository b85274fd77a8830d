"""The history of changes (filters, paging) and the settings dialog (what is stored where)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, QSettings

from casetracker.gui.commands import vault as vault_commands
from casetracker.gui.dialogs import audit_log
from casetracker.gui.dialogs.audit_log import CASE, WHO
from casetracker.gui.dialogs.settings import SettingsDialog, VolunteerBanner
from casetracker.gui.security import prefs
from casetracker.services import cases, settings
from casetracker.services.session import VOLUNTEER_KEY
from tests.gui.security.conftest import answer_modal


def _edits(session) -> tuple[int, int]:
    first, second = 1, 2
    settings.set_volunteer(session, "Aigerim")
    cases.update(session, first, hometown="Ghulja")
    cases.update(session, second, occupation="beekeeper of Ili")
    settings.set_volunteer(session, "Dana")
    cases.update(session, second, occupation="driver")
    return first, second


def test_audit_view_filters_by_case_volunteer_and_date(window, qtbot, qtmodeltester):
    _first, second = _edits(window.session)
    dialog = vault_commands.show_history(window)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() >= 5
    ref = cases.get(window.session, second).ref
    dialog.case_edit.setText(ref)
    dialog.apply_filter()
    refs = {model.index(r, CASE).data() for r in range(model.rowCount())}
    assert refs == {ref} and model.rowCount() == 2
    dialog.volunteer.setEditText("Dana")
    dialog.apply_filter()
    assert model.rowCount() == 1 and model.index(0, WHO).data() == "Dana"
    assert "driver" in model.index(0, audit_log.CHANGE).data()
    dialog.case_edit.setText("CT-9999")
    dialog.apply_filter()
    assert dialog.problem.isVisible() and "CT-9999" in dialog.problem.text()
    dialog.case_edit.clear()
    dialog.volunteer.setEditText(dialog.volunteer.itemText(0))  # anyone
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    dialog.since.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert model.rowCount() == 0
    window.lock(ask=False)
    assert not dialog.isVisible() and model.rowCount() == 0  # closed and emptied by the lock


def test_audit_model_pages_with_fetch_more(window, monkeypatch, qtmodeltester):
    monkeypatch.setattr(audit_log, "PAGE", 2)
    _edits(window.session)
    model = audit_log.AuditLogTableModel(window.session)
    model.set_filter(audit_log.AuditFilter())
    assert model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() >= 5
    qtmodeltester.check(model)


def test_settings_persist_in_the_vault_and_on_this_computer(window, qtbot, tmp_path):
    session = window.session

    def fill(dialog: SettingsDialog) -> None:
        dialog.volunteer.setText("Aigerim Test")
        dialog.organization.setText("Atajurt Volunteers")
        dialog.marking.setText("RESTRICTED")
        dialog.level.setCurrentIndex(dialog.level.findData("public"))
        dialog.autolock.setValue(12)
        dialog.folder.setText(str(tmp_path))
        dialog.interval.setCurrentIndex(dialog.interval.findData(24 * 7))
        dialog.accept()

    answer_modal(SettingsDialog, fill)
    vault_commands.open_settings(window)
    assert settings.get(session, VOLUNTEER_KEY) == "Aigerim Test"
    assert settings.get(session, "report.organization") == "Atajurt Volunteers"
    assert settings.get(session, "report.marking") == "RESTRICTED"
    assert settings.get(session, "report.default_level") == "public"
    assert prefs.autolock_minutes() == 12
    assert window.guard.idle.timer.interval() == 12 * 60_000  # applied at once
    assert prefs.backup_folder() == tmp_path and prefs.backup_interval_hours() == 24 * 7
    reopened = SettingsDialog(session, window)
    qtbot.addWidget(reopened)
    assert reopened.volunteer.text() == "Aigerim Test" and reopened.autolock.value() == 12
    stored = " ".join(f"{k}={QSettings().value(k)}" for k in QSettings().allKeys())
    for secret in ("Aigerim", "Atajurt", "RESTRICTED"):
        assert secret not in stored  # names live in the vault, not in QSettings


def test_volunteer_is_asked_once_per_laptop(window, qtbot, small_session):
    qtbot.waitUntil(lambda: window.banner is not None)
    banner: VolunteerBanner = window.banner
    qtbot.keyClicks(banner.name, "Nurlan")
    banner.save_button.click()
    assert window.banner is None and small_session.volunteer == "Nurlan"
    assert prefs.volunteer_asked(small_session.vault.vault_id)
    settings.set_value(small_session, VOLUNTEER_KEY, "")
    window.lock()
    window.unlock_dialog.secret.setText(__import__("tests.conftest").conftest.PASSPHRASE)
    with qtbot.waitSignal(window.unlocked):
        window.unlock_dialog.unlock()
    qtbot.wait(20)
    assert window.banner is None  # asked already on this laptop, even if emptied since
