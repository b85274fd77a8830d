"""Issue 8 figures: a relative recorded at a rally by keyboard only, on a 20,000-person vault.

A scripted typist enters typical entries into the real rally screen (offscreen Qt, key events
sent to whichever widget has the focus, never a mouse event): we count its keystrokes and
turn them into typing time at 200 characters a minute (target under 60 s), and time Ctrl+Enter
until the form is clear for the next person (target under 100 ms, median of the entries).
The demo vault is copied first, so the shared benchmark vault is neither migrated nor changed.

    python -m benchmarks.bench_rally [--people 20000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from benchmarks.common import WORK, demo_vault, median, save, table, timings
from casetracker.services import rally
from casetracker.services.session import DEMO_PASSPHRASE, open_vault

PEOPLE = 20_000
CHARS_PER_MINUTE = 200
TARGETS = {
    "rally.typing_s_at_200cpm": "< 60",
    "rally.mouse_events": "0",
    "rally.save_to_clear_ms_median": "< 100",
}
#: (name, sex, born, hometown, status, since, relative, relationship, phone, note, consent);
#: combo boxes get the first letters of their choice, as a volunteer types them.
ENTRIES = [
    ("Қалиолла Серікұлы", "M", "about 1975", "Tekes", "Det", "spring 2018", "Гүлнар Серікқызы",
     "Br", "87011234567", "Taken from home at night", "E"),
    ("Aigul Nurlanqyzy", "F", "1982", "Ghulja", "Sen", "2019", "Erlan Nurlanuly", "Br",
     "87015550101", "Sentenced to 10 years", "E"),
    ("Ерлан Бекұлы", "M", "40s", "Tacheng", "Det", "autumn 2017", "Асель Ерланқызы", "So",
     "87475550102", "No news since 2019", "I"),
    ("Nurzhan Qasymuly", "M", "1968", "Altay", "Dis", "2018", "Saule Nurzhanqyzy", "So",
     "87025550103", "", "E"),
    ("Гүлбахрам Жұмабайқызы", "F", "about 1960", "Künes", "Hou", "2020", "Айдос Жұмабайұлы",
     "So", "87055550104", "Released from camp, under watch", "P"),
    ("Bekzat Muratuly", "M", "1990", "Qaramay", "For", "2019", "Murat Bekov", "Par",
     "87015550105", "Factory in Aksu", "E"),
    ("Сәуле Мұратқызы", "F", "1979", "Ili", "Pre", "before 2019", "Қайрат Мұратұлы", "Br",
     "87775550106", "", "E"),
    ("Qairat Bekzatuly", "M", "about 1985", "Tekes", "Det", "2018", "Bekzat Qairatuly", "Par",
     "87085550107", "Teacher, taken with colleagues", "E"),
    ("Назгүл Ардаққызы", "F", "50s", "Ghulja", "Sen", "2021", "Ардақ Назгүлұлы", "So",
     "87015550108", "Passport taken", "I"),
    ("Erbol Qaliolla", "M", "1977", "Tekes", "Det", "summer 2018", "Gulnar Serikqyzy", "Br",
     "87011234567", "Brother of Erlan", "E"),
]  # fmt: skip


class Typist:
    """Keys only, to whatever has the focus; counts keystrokes (a chord counts once)."""

    def __init__(self, root) -> None:
        self.root = root
        self.keystrokes = 0

    def press(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier, text="") -> None:
        widget = self.root.focusWidget()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))
        self.keystrokes += 1

    def field(self, text: str) -> None:
        for ch in text:
            key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key(0)
            self.press(Qt.Key.Key_Space if ch == " " else key, text=ch)
        self.press(Qt.Key.Key_Return)


def _settle(app: QApplication, ms: int) -> None:
    """Let timers (draft, duplicate look-up) fire and the worker answer, as a pause would."""
    deadline = time.perf_counter() + ms / 1000
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()


def _type_entry(typist: Typist, entry: tuple) -> None:
    name, sex, born, town, status, since, relative, relation, phone, note, consent = entry
    for value in (name, sex, born, town, status, since, relative, relation, phone, "", note):
        typist.field(value)
    for ch in consent:
        typist.press(Qt.Key(ord(ch)), text=ch)


def _run_entries(app: QApplication, panel, results: dict) -> None:
    typist = Typist(panel)
    clear_ms, strokes = [], []
    for entry in ENTRIES:
        before = typist.keystrokes
        _type_entry(typist, entry)
        _settle(app, 400)
        started = time.perf_counter()
        typist.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        clear_ms.append((time.perf_counter() - started) * 1000)
        assert panel.form.is_empty(), panel.error.text()
        strokes.append(typist.keystrokes - before)
        _settle(app, 50)
    per_entry = median(strokes)
    results["rally.entries"] = len(ENTRIES)
    results["rally.keystrokes_per_entry_median"] = per_entry
    results["rally.keystrokes_per_entry_max"] = max(strokes)
    results["rally.typing_s_at_200cpm"] = per_entry * 60 / CHARS_PER_MINUTE
    results["rally.mouse_events"] = 0  # the typist has no mouse: only QKeyEvents are sent
    results["rally.save_to_clear_ms_median"] = median(clear_ms)
    results["rally.save_to_clear_ms_max"] = max(clear_ms)


def run(results: dict, workdir: Path = WORK) -> None:
    """`make bench` entry point: always the 20,000-person vault (`--people` is for search)."""
    measure(results, workdir, PEOPLE)


def measure(results: dict, workdir: Path, people: int) -> None:
    from casetracker.app import setup_application
    from casetracker.gui.rally import RallyPanel

    app = QApplication.instance() or QApplication([])
    setup_application(app, "en")
    source = demo_vault(people, workdir)
    with tempfile.TemporaryDirectory(prefix="bench-rally-") as tmp:
        path = Path(tmp) / source.name
        shutil.copytree(source, path)
        session = open_vault(path, passphrase=DEMO_PASSPHRASE)
        try:
            results["rally.people"] = people
            panel = RallyPanel(session)
            panel.resize(1280, 800)
            panel.show()
            _settle(app, 50)
            _run_entries(app, panel, results)
            fields = {"name": "Qaliolla Serikuly", "birth": "1975", "hometown": "Tekes"}
            lookups = timings(lambda: rally.suggestions(session, fields), 10)
            results["rally.duplicate_lookup_ms_median"] = median(lookups)
            draft = {**fields, "note": "x" * 200}
            saves = timings(lambda: rally.save_draft(session, "bench", draft), 20)
            results["rally.save_draft_ms_median"] = median(saves)
            rally.discard_draft(session, "bench")
            panel.flush()
            panel.clear()
            QThreadPool.globalInstance().waitForDone()
            panel.deleteLater()
        finally:
            session.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=PEOPLE)
    args = parser.parse_args()
    results: dict = {}
    measure(results, WORK, args.people)
    print(table(results, TARGETS))
    save(results)


if __name__ == "__main__":
    main()
