"""The rally screen driven by keyboard only: type, Enter, Ctrl+Enter, Esc, Alt+digit."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from casetracker.domain.enums import Consent, Relationship, Sex, Status
from casetracker.gui.bus import bus
from casetracker.gui.rally import RallyPanel, camera
from casetracker.gui.rally.panel import DRAFT_KEY
from casetracker.services import caselist, cases, rally, statuses
from casetracker.services.session import open_vault
from tests.conftest import PASSPHRASE
from tests.gui.rally.conftest import close_panel
from tests.gui.rally.keyboard import Typist

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def type_entry(typist: Typist, name: str = "Қалиолла Серікұлы", **values) -> None:
    """A whole entry, field after field, as a volunteer types it (consent last, not saved)."""
    fields = {
        "sex": "M",
        "birth": "about 1975",
        "hometown": "Tekes",
        "status": "Det",
        "since": "spring 2018",
        "reporter": "Гүлнар Серікқызы",
        "relationship": "Br",
        "phone": "+7 701 123 45 67",
        "photo": "",
        "note": "Taken at night",
        "consent": "E",
        **values,
    }
    typist.field(name)
    for key in list(fields)[:-1]:
        typist.field(fields[key])
    typist.type(fields["consent"])


def wait_for_suggestions(qtbot, panel: RallyPanel) -> None:
    qtbot.waitUntil(lambda: len(panel.duplicates.cards) > 0, timeout=5000)


def test_a_whole_entry_by_keyboard_is_saved_and_the_form_cleared(qtbot, panel, typist, session):
    type_entry(typist)
    with qtbot.waitSignal(panel.entry_saved) as saved:
        typist.save()
    person = cases.get(session, saved.args[0])
    assert person.ref == "CT-0001"
    assert person.names[0].text == "Қалиолла Серікұлы"
    assert person.sex is Sex.MALE and person.birth_date.text == "1975~"
    assert person.hometown == "Tekes" and person.consent is Consent.EMBASSY
    assert person.current_status is Status.DETAINED_CAMP
    assert person.current_event.date.text == "2018-21"
    (reporter,) = person.reporters
    assert reporter.name == "Гүлнар Серікқызы"
    assert reporter.relationship is Relationship.SIBLING
    assert reporter.phone == "+7 701 123 45 67"
    assert person.notes == "Taken at night"
    # what the volunteer sees: a short confirmation, the counter, an empty form, the name field
    assert panel.toast.isVisible() and panel.toast.text() == "Saved CT-0001"
    assert panel.counter.text() == "1 recorded this session"
    assert panel.form.is_empty()
    assert typist.focus() is panel.form.name.line_edit
    assert rally.load_draft(session, DRAFT_KEY) is None
    qtbot.waitUntil(lambda: len(panel.review.row_texts()) == 1)
    assert panel.review.row_texts()[0][:2] == ("CT-0001", "Қалиолла Серікұлы")
    # and the next person goes straight in
    type_entry(typist, "Aigul Nurlanqyzy", sex="F", reporter="Asel", phone="87015550000")
    typist.save()
    assert panel.toast.text() == "Saved CT-0002", panel.error.text()
    assert panel.counter.text() == "2 recorded this session"
    assert caselist.count(session) == 2


def test_enter_walks_the_fields_in_order_including_combo_boxes(panel, typist):
    visited = [typist.focus()]
    for _ in range(len(panel.form.chain) - 1):
        typist.enter()
        visited.append(typist.focus())
    assert visited == panel.form.chain
    typist.enter()  # on the last field: stays, and says how to save
    assert typist.focus() is panel.form.consent
    assert "Ctrl+Enter" in panel.toast.text()


def test_missing_consent_names_the_field_and_saves_nothing(panel, typist, session):
    type_entry(typist, consent="")
    typist.save()
    assert panel.error.isVisible()
    assert panel.error.text().startswith("Consent:")
    assert typist.focus() is panel.form.consent
    assert caselist.count(session) == 0
    assert panel.form.name.text() == "Қалиолла Серікұлы"  # nothing typed was lost


def test_the_birth_field_says_what_it_understood(panel, typist):
    typist.enter()
    typist.enter()
    typist.type("40s")
    assert panel.form.birth.meaning.text() == "aged 40–49"
    panel.form.birth.setText("about 1975")
    assert panel.form.birth.meaning.text() == "born about 1975"
    panel.form.birth.setText("soon")
    assert "Not a year or an age" in panel.form.birth.meaning.text()


def test_an_arabic_script_name_turns_the_field_right_to_left(panel, typist):
    typist.type("قالىوللا")
    edit = panel.form.name.line_edit
    assert edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert panel.form.name.chip.text() == "Arabic"


def test_esc_on_an_empty_form_does_nothing(panel, typist, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box) or 0)
    typist.escape()
    assert asked == []


def _answer_box(qtbot, button_text: str) -> None:
    """Answer the next modal box by keyboard: focus the button and press Space."""

    def answer():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer)
            return
        button = next(b for b in box.buttons() if b.text() == button_text)
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)

    QTimer.singleShot(0, answer)


def test_esc_asks_before_discarding(qtbot, panel, typist, session):
    typist.type("Ерлан")
    _answer_box(qtbot, "Keep typing")
    typist.escape()
    assert panel.form.name.text() == "Ерлан"
    _answer_box(qtbot, "Discard")
    typist.escape()
    assert panel.form.is_empty()
    assert rally.load_draft(session, DRAFT_KEY) is None


def test_a_cross_script_duplicate_is_offered_and_takes_the_testimony(qtbot, make_panel, session):
    existing = cases.create(
        session, names=["Қалиолла Серікұлы"], birth_date="1975", hometown="Tekes", sex="male"
    ).created_ids[0]
    statuses.add_event(session, existing, "detained_camp", date="2018")
    panel = make_panel(session)
    typist = Typist(panel)
    typist.field("Qaliolla Serikuly")
    wait_for_suggestions(qtbot, panel)
    (card,) = panel.duplicates.cards
    assert card.suggestion.ref == "CT-0001"
    assert card.suggestion.status is Status.DETAINED_CAMP
    assert "Қалиолла Серікұлы" in card.accessibleName()
    typist.alt(1)
    assert panel.banner.isVisible() and "CT-0001" in panel.banner.text()
    for value in ("", "", "", "Pre", "2020", "Асель", "So", "87017770000", "", "Moved"):
        typist.field(value)
    typist.type("E")
    with qtbot.waitSignal(panel.entry_saved) as saved:
        typist.save()
    assert saved.args == [existing]
    assert panel.toast.text() == "Added to CT-0001"
    assert caselist.count(session) == 1  # no second case
    person = cases.get(session, existing)
    assert [r.name for r in person.reporters] == ["Асель"]
    assert person.current_status is Status.PRETRIAL
    assert "Qaliolla Serikuly" in [n.text for n in person.names]
    assert not panel.banner.isVisible()


def test_alt_zero_goes_back_to_a_new_person(qtbot, make_panel, session):
    cases.create(session, names=["Қалиолла Серікұлы"], birth_date="1975")
    panel = make_panel(session)
    typist = Typist(panel)
    typist.type("Qaliolla Serikuly")
    wait_for_suggestions(qtbot, panel)
    typist.alt(1)
    typist.alt(0)
    assert not panel.banner.isVisible()
    for value in ("", "", "", "", "", "", "", "", "", "", ""):
        typist.field(value)
    typist.type("I")
    typist.save()
    assert caselist.count(session) == 2


def test_draft_comes_back_after_the_vault_is_locked_and_unlocked(qtbot, make_panel, session):
    panel = make_panel(session)
    typist = Typist(panel)
    type_entry(typist, "Aigul")
    typist.save()
    typist.field("Ерлан Қалиолла")
    typist.field("M")
    typist.type("1980")
    panel.flush()  # the main window flushes before locking
    panel.clear()
    assert panel.form.is_empty()
    again = make_panel(session)
    assert again.form.name.text() == "Ерлан Қалиолла"
    assert again.form.sex.currentData() == "male"
    assert again.form.birth.text() == "1980"
    assert again.toast.text().startswith("Draft restored")
    assert again.counter.text() == "1 recorded this session"  # the count outlives the lock


def test_testimony_mode_comes_back_with_the_draft(qtbot, make_panel, session):
    cases.create(session, names=["Қалиолла Серікұлы"], birth_date="1975")
    panel = make_panel(session)
    typist = Typist(panel)
    typist.type("Qaliolla Serikuly")
    wait_for_suggestions(qtbot, panel)
    typist.alt(1)
    close_panel(panel)
    again = make_panel(session)
    assert again.banner.isVisible() and "CT-0001" in again.banner.text()
    wait_for_suggestions(qtbot, again)
    assert again.duplicates.cards[0].property("chosen") is True


def test_draft_is_saved_while_typing_without_any_flush(qtbot, panel, typist, session):
    typist.type("Нұрлан")
    qtbot.waitUntil(lambda: rally.load_draft(session, DRAFT_KEY) is not None, timeout=3000)
    assert rally.load_draft(session, DRAFT_KEY)["name"] == "Нұрлан"


def test_a_photo_from_a_file_is_kept_with_the_case(qtbot, panel, typist, session, tmp_path):
    path = tmp_path / "father.png"
    path.write_bytes(PNG)
    assert panel.form.photo.load_file(str(path))
    assert panel.form.photo.caption.text() == "father.png"
    type_entry(typist)
    with qtbot.waitSignal(panel.entry_saved) as saved:
        typist.save()
    (photo,) = cases.get(session, saved.args[0]).attachments
    assert photo.filename == "father.png" and photo.is_photo
    assert panel.form.photo.data is None


def test_the_camera_button_shows_only_with_qt_multimedia(panel):
    assert panel.form.photo.camera_button.isVisibleTo(panel) == camera.available()


def test_review_marks_incomplete_entries_and_opens_the_case(qtbot, panel, typist, session):
    type_entry(typist)
    typist.save()
    typist.field("Aigul")
    for _ in range(10):
        typist.enter()
    typist.type("I")
    typist.save()
    qtbot.waitUntil(lambda: len(panel.review.row_texts()) == 2)
    newest, oldest = panel.review.row_texts()
    assert newest[0] == "CT-0002" and newest[2].startswith("⚠ missing: sex, birth year")
    assert oldest[0] == "CT-0001" and oldest[2] == "✓ complete"
    assert "1 incomplete" in panel.review.title.text()
    tree = panel.review.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    with qtbot.waitSignal(bus.case_open_requested) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == [cases.id_for_ref(session, "CT-0002")]
    centre = tree.visualItemRect(tree.topLevelItem(1)).center()
    with qtbot.waitSignal(panel.open_case_requested) as opened:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [cases.id_for_ref(session, "CT-0001")]


def test_clear_drops_every_decrypted_value(qtbot, make_panel, session):
    cases.create(session, names=["Қалиолла Серікұлы"], birth_date="1975")
    panel = make_panel(session)
    typist = Typist(panel)
    typist.type("Qaliolla Serikuly")
    wait_for_suggestions(qtbot, panel)
    panel.flush()
    panel.clear()
    assert panel.form.is_empty() and not panel.duplicates.cards
    assert panel.review.row_texts() == []
    assert rally.load_draft(session, DRAFT_KEY)["name"] == "Qaliolla Serikuly"  # kept


@pytest.fixture
def no_network(monkeypatch) -> list[tuple]:
    """Every attempt to open a socket, recorded and refused."""
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access is not allowed in CaseTracker")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_the_whole_rally_flow_runs_offline(qtbot, make_panel, session, no_network):
    cases.create(session, names=["Қалиолла Серікұлы"], birth_date="1975", hometown="Tekes")
    panel = make_panel(session)
    typist = Typist(panel)
    type_entry(typist, "Qaliolla Serikuly")
    wait_for_suggestions(qtbot, panel)
    typist.save()
    type_entry(typist, "Aigul Nurlanqyzy", sex="F")
    typist.save()
    qtbot.waitUntil(lambda: len(panel.review.row_texts()) == 2)
    panel.flush()
    assert caselist.count(session) == 3
    assert no_network == []


_KILLED_TYPIST = """
import os, sys, time
from PySide6.QtWidgets import QApplication
from casetracker.app import setup_application
from casetracker.gui.rally import RallyPanel
from casetracker.services.session import open_vault
from tests.gui.rally.conftest import close_panel
from tests.gui.rally.keyboard import Typist

app = QApplication([])
setup_application(app, "en")
panel = RallyPanel(open_vault(sys.argv[1], passphrase=sys.argv[2]))
panel.show()
typist = Typist(panel)
typist.field("Ерлан Қалиолла")
typist.field("M")
typist.type("about 1980")
deadline = time.monotonic() + 1.0  # longer than the draft's 300 ms debounce, nothing more
while time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print("typed", flush=True)
while True:  # still typing when the lid closes or the app is killed
    app.processEvents()
    time.sleep(0.01)
"""


def test_draft_survives_the_app_being_killed_mid_entry(qtbot, vault_path):
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASETRACKER_INSECURE_TEST_KDF": "1"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_TYPIST, str(vault_path), PASSPHRASE],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "typed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    session = open_vault(vault_path, passphrase=PASSPHRASE)
    try:
        panel = RallyPanel(session)
        qtbot.addWidget(panel)
        panel.show()
        assert panel.form.name.text() == "Ерлан Қалиолла"
        assert panel.form.sex.currentData() == "male"
        assert panel.form.birth.text() == "about 1980"
        assert panel.toast.isVisible() and panel.toast.text().startswith("Draft restored")
        panel.clear()
        QThreadPool.globalInstance().waitForDone(10_000)
    finally:
        session.close()


def test_hometown_completes_from_the_vault_and_enter_moves_on(qtbot, make_panel, session):
    cases.create(session, names=["Nurlan"], hometown="Tekes County, Ili")
    panel = make_panel(session)
    panel.windowHandle().requestActivate()  # a line edit hooks its completer up on focus-in
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    typist = Typist(panel)
    for _ in range(3):
        typist.enter()
    typist.type("tekes")
    popup = panel.form.hometown.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "Tekes County, Ili"
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert panel.form.hometown.text() == "Tekes County, Ili"
    assert typist.focus() is panel.form.status
