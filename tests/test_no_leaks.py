"""No case data outside the vault: a full desktop session in a fresh HOME, then a search.

A separate process (so that Qt, QSettings, platformdirs and tempfile all see the fresh
environment from their first call) drives the real widgets offscreen: create a vault in the
create-vault dialog, add a case with names in four scripts in the new-case dialog and the case
file, edit notes, search the list, attach a photo and a document, open the document in "another
program" (a private plain copy), export a PDF summary to a chosen path, lock with Ctrl+L, use
the panic keys, quit. HOME, every XDG folder and TMPDIR point into one folder; afterwards every
file there, except the vault, the chosen PDF and the files the volunteer attached from, is
searched for the names and the notes (file names too) in UTF-8, UTF-16 LE and BE, and JSON
escapes. The process's own output is searched as well.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECRETS = (
    "Qaliolla Tursynuly",
    "Қалиолла Тұрсынұлы",
    "قالىوللا تۇرسىنۇلى",
    "哈力奥拉吐尔逊",
    "Zhazira Kenzhebekqyzy",  # the family member reporting, in the notes
    "transferred from Kuytun camp in March",
)

DRIVER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QColor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    SECRETS = {secrets!r}
    VAULTS, INPUT, EXPORT = (Path(p) for p in sys.argv[1:4])

    def wait_until(check, timeout=20.0):
        end = time.monotonic() + timeout
        while not check():
            if time.monotonic() > end:
                raise SystemExit("timed out")
            QTest.qWait(20)

    app = QApplication(sys.argv[:1])
    from casetracker.app import AppController, setup_application
    from casetracker.gui.security import install_process_guards, tempfiles
    setup_application(app, "en")
    install_process_guards(app)

    from casetracker.gui.casefile import attachments as attachment_section
    from casetracker.gui.dialogs.create_vault import CreateVaultDialog
    from casetracker.gui.dialogs.export_pdf import ExportPdfDialog
    from casetracker.gui.dialogs.new_case import NewCaseDialog
    from casetracker.services import cases

    created = []
    dialog = CreateVaultDialog(None, location=VAULTS)
    dialog.created.connect(lambda s, p: created.append((s, p)))
    dialog.show()
    dialog.name.setText("Family")
    for edit in (dialog.passphrase, dialog.repeat):
        edit.setText("seven quiet rivers under Almaty snow")
    dialog.create()
    wait_until(lambda: dialog.pages.currentIndex() == 1)
    dialog.written.setChecked(True)
    dialog.continue_button.click()
    session, path = created[0]
    controller = AppController(app)
    controller.show_main(session, path)
    window = controller.main_window
    QTest.qWait(50)

    new_case = NewCaseDialog(session, window)
    new_case.name.edit.setText(SECRETS[0])
    new_case.other_name.edit.setText(SECRETS[1])
    new_case.hometown.setText("Shybarty")
    new_case.create_button.click()
    person_id = new_case.person_id
    assert person_id is not None
    window.open_case(person_id)
    case_file = window.case_file
    identity = case_file.sections["identity"]
    for text in SECRETS[2:4]:
        row = identity.names.add_row()
        row.line_edit.setText(text)
        row.line_edit.editingFinished.emit()
    notes = case_file.sections["notes"]
    notes.notes_edit.setPlainText(SECRETS[4] + " says: " + SECRETS[5])
    case_file.flush()
    stored = cases.get(session, person_id)
    assert {{n.text for n in stored.names}} >= set(SECRETS[:4]), stored.names
    assert SECRETS[5] in stored.notes

    window.show_page("cases")
    window.case_list.filter_bar.search.setText("Qaliolla")
    wait_until(lambda: window.case_list.model.rowCount() == 1)
    window.case_list.filter_bar.search.setText("Қалиолла")
    QTest.qWait(200)

    photo = INPUT / "photo.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    image.save(str(photo))
    document = INPUT / "letter.txt"
    document.write_text("A letter about " + SECRETS[0], encoding="utf-8")
    window.open_case(person_id)
    case_file.set_section("attachments")
    section = case_file.sections["attachments"]
    section.add_files([str(photo), str(document)])
    wait_until(lambda: section.model.rowCount() == 2)
    case_file.set_section("identity")
    QTest.qWait(50)
    case_file.set_section("attachments")
    row = next(r for r in range(2) if section.model.info(r).filename == "letter.txt")
    section.table.selectRow(row)
    opened = []
    attachment_section.QDesktopServices.openUrl = lambda url: opened.append(url.toLocalFile())
    QMessageBox.warning = lambda *a, **k: QMessageBox.StandardButton.Open
    section.open_selected()
    assert opened and Path(opened[0]).read_text(encoding="utf-8").endswith(SECRETS[0])

    pdf = ExportPdfDialog(session, person_id, window)
    pdf.form.path_edit.setText(str(EXPORT))
    pdf.accept()
    assert EXPORT.is_file()

    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_until(window.is_locked)
    assert not Path(opened[0]).exists(), "the plain copy outlived the lock"
    window.panic()
    window.close()
    app.quit()
    print("session complete")
    """
)


def _environment(world: Path) -> dict[str, str]:
    folders = {
        "HOME": "home",
        "XDG_CONFIG_HOME": "home/.config",
        "XDG_CACHE_HOME": "home/.cache",
        "XDG_DATA_HOME": "home/.local/share",
        "XDG_STATE_HOME": "home/.local/state",
        "XDG_RUNTIME_DIR": "runtime",
        "TMPDIR": "tmp",
        "TEMP": "tmp",
        "TMP": "tmp",
    }
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "CASETRACKER_"))}
    for key, relative in folders.items():
        (world / relative).mkdir(parents=True, exist_ok=True, mode=0o700)
        env[key] = str(world / relative)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CASETRACKER_INSECURE_TEST_KDF="1",
        PYTHONDONTWRITEBYTECODE="1",
        LANG="C.UTF-8",
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return env


def _patterns(text: str) -> dict[str, bytes]:
    """How `text` (and each of its words) would look in a file, encoded many ways."""
    found: dict[str, bytes] = {}
    for variant in {text, *(w for w in text.split() if len(w) >= 5)}:
        for form in {variant, variant.lower()}:
            escaped = json.dumps(form)[1:-1]
            for name, data in (
                ("utf-8", form.encode("utf-8")),
                ("utf-16-le", form.encode("utf-16-le")),
                ("utf-16-be", form.encode("utf-16-be")),
                ("json-escape", escaped.encode("ascii")),
                ("json-escape-upper", escaped.upper().replace("\\U", "\\u").encode("ascii")),
            ):
                found[f"{form!r} as {name}"] = data
    return found


def _written_files(world: Path, excluded: list[Path]) -> list[Path]:
    files = []
    for path in world.rglob("*"):
        if any(path == e or e in path.parents for e in excluded):
            continue
        if path.is_file() and not path.is_symlink():
            files.append(path)
    return files


def test_a_full_session_leaves_no_name_outside_the_vault(tmp_path):
    world = tmp_path / "world"
    vaults, inputs, exports = world / "home/Documents", world / "home/inbox", world / "home/out"
    for folder in (vaults, inputs, exports):
        folder.mkdir(parents=True)
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER.format(secrets=SECRETS), encoding="utf-8")
    export = exports / "summary.pdf"
    result = subprocess.run(
        [sys.executable, str(driver), str(vaults), str(inputs), str(export)],
        env=_environment(world),
        cwd=ROOT,
        capture_output=True,
        timeout=180,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0 and b"session complete" in result.stdout, output.decode()
    vault = vaults / "Family.ctvault"
    assert vault.is_dir() and export.is_file()
    files = _written_files(world, [vault, export, inputs])
    assert any(p.suffix == ".conf" for p in files), "QSettings were not written where expected"
    patterns = {k: v for secret in SECRETS for k, v in _patterns(secret).items()}
    hits = [
        f"{path.relative_to(world)}: {label}"
        for path in files
        for label, data in patterns.items()
        if data in path.read_bytes() or data in str(path.relative_to(world)).encode("utf-8")
    ]
    hits += [f"process output: {label}" for label, data in patterns.items() if data in output]
    assert hits == []
    leftovers = [p for p in files if "opened-attachments" in str(p)]
    assert leftovers == []
