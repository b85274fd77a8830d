"""Issue 3 figures: start-up to the unlocked main window on a 100,000-person vault against a
bare PySide6 window in the same run, query latency in the case list, and peak memory.

Each start-up is a fresh process (offscreen Qt) so the figures include interpreter and Qt start.

What is timed, for both: from just before the process is spawned to the moment it prints that
its window has been painted; the process then quits, and its exit is timed separately
(`gui.start_to_exit_ms`: closing the vault, waiting for background work, interpreter exit).
- the floor: a bare QMainWindow with an empty QTableView, until the table's first paint;
- the app: `casetracker --vault PATH` with CASETRACKER_PASSPHRASE (the unlock dialog shows,
  the key is derived, the main window opens) until the first page of the case list has been
  painted with its rows (CASETRACKER_EXIT_AFTER_SHOW, casetracker/app.py).
Target (issue 3: "within 1.5x of floor + key derivation"): start_to_main_window <=
1.5 x (floor + key derivation), Argon2id at the user cost. `gui.start_target_strict_ms` is the
stricter reading an earlier session used, 1.5 x floor + key derivation (the derivation not
scaled): reported for comparison. On 2 cores the derivation (4 lanes) and the app's own work
share the cores, so the app's work costs about half its CPU time while the key is derived.

Before timing, the package is compiled to bytecode (`__pycache__`, git-ignored), as pip and
PyInstaller do for an installed app: a checkout run with PYTHONDONTWRITEBYTECODE=1 would
otherwise compile ~120 modules at every start and time the compiler as well (50-60 ms of it is
on the way to the first paint, the rest overlaps key derivation).
The floor's modules (PySide6) are compiled in site-packages already.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import time
from pathlib import Path

import casetracker
from benchmarks.common import WORK, demo_vault, median, save, table, timings
from casetracker.app import SHOWN_MARKER as SHOWN  # printed once the window is painted
from casetracker.services.session import DEMO_PASSPHRASE

RUNS = 5

FLOOR_SCRIPT = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); view = QTableView(); w.setCentralWidget(view); w.resize(1280, 820)

def shown():
    print({SHOWN!r}, flush=True)
    app.quit()

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, shown)  # once this paint has ended
        return False

painted = Painted(); view.viewport().installEventFilter(painted)
w.show()
app.exec()
"""

MEMORY_SCRIPT = """
import resource, sys
from PySide6.QtWidgets import QApplication
from casetracker.app import setup_application
from casetracker.gui.mainwindow import MainWindow
from casetracker.services.session import open_vault
app = QApplication(sys.argv[:1]); setup_application(app, "en")
session = open_vault(sys.argv[1], passphrase=sys.argv[2])
window = MainWindow(session); window.show()
for _ in range(20):
    app.processEvents()
view = window.case_list.view
for step in range(0, 100_000, 5_000):  # scroll through the list
    view.scrollTo(window.case_list.model.index(min(step, window.case_list.model.rowCount() - 1), 0))
    app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CASETRACKER_DEBUG", None)
    return env


def _shown_ms(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Milliseconds from spawning `args` to its SHOWN line, and to its exit."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    shown = None
    for line in proc.stdout:
        if line.strip() == SHOWN:
            shown = (time.perf_counter() - started) * 1000
            break
    _out, err = proc.communicate(timeout=300)
    exited = (time.perf_counter() - started) * 1000
    if proc.returncode != 0 or shown is None:
        raise RuntimeError(f"{args[1:]} exited {proc.returncode} without showing: {err[-2000:]}")
    return shown, exited


def _compile_package() -> None:
    compileall.compile_dir(Path(casetracker.__file__).parent, quiet=1)


def run(results: dict, people: int = 100_000, workdir: Path = WORK) -> None:
    path = demo_vault(people, workdir)
    _compile_package()
    env = _env()
    app_env = {**env, "CASETRACKER_PASSPHRASE": DEMO_PASSPHRASE, "CASETRACKER_EXIT_AFTER_SHOW": "1"}
    floor, app = [], []
    for _ in range(RUNS):  # alternated, so that a busy moment weighs on both alike
        floor.append(_shown_ms([sys.executable, "-c", FLOOR_SCRIPT], env))
        app.append(_shown_ms([sys.executable, "-m", "casetracker", "--vault", str(path)], app_env))
    kdf = results.get("core.key_derivation_ms") or _kdf_ms()
    results["gui.floor_window_ms"] = median([shown for shown, _exit in floor])
    results["gui.start_to_main_window_ms"] = median([shown for shown, _exit in app])
    results["gui.start_to_exit_ms"] = median([exited for _shown, exited in app])
    results["gui.start_kdf_ms"] = kdf
    results["gui.start_target_ms"] = 1.5 * (results["gui.floor_window_ms"] + kdf)
    results["gui.start_target_strict_ms"] = 1.5 * results["gui.floor_window_ms"] + kdf
    _query_latency(results, path)
    peak = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(path), DEMO_PASSPHRASE],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    results["gui.peak_memory_mb"] = float(peak.stdout.strip().splitlines()[-1])


def _kdf_ms() -> float:
    from casetracker.store.keyslots import DEFAULT_KDF, KeySlot

    return median(timings(lambda: KeySlot.wrap("p", b"x", b"0" * 32, "id", DEFAULT_KDF), RUNS))


def _query_latency(results: dict, path: Path) -> None:
    """Type a query in the list's search box and wait for the new rows, after a first one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from casetracker.app import setup_application
    from casetracker.gui.views.caselist import CaseListPanel
    from casetracker.services.session import open_vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app, "en")
    session = open_vault(path, passphrase=DEMO_PASSPHRASE)
    try:
        panel = CaseListPanel(session)
        panel.resize(1280, 800)
        panel.show()
        model = panel.model
        queries = [
            "Qaliolla",
            "Aigul",
            "Нұржан",
            "Serik Tursyn",
            "قالىوللا",
            "哈力奥拉",
            "Bolat",
            "Erlan",
            "Ainur",
            "Kairat",
            "Murat",
        ]
        latencies = []
        for index, query in enumerate(queries):
            done = []
            model.ids_changed.connect(lambda _n, d=done: d.append(time.perf_counter()))
            started = time.perf_counter()
            panel.model.set_filter(panel.filter_bar.current_filter().__class__(text=query))
            while not done and time.perf_counter() - started < 10:
                app.processEvents()
            model.ids_changed.disconnect()
            if index > 0 and done:
                latencies.append((done[0] - started) * 1000)
        results["gui.query_to_results_p50_ms"] = median(latencies)
        results["gui.query_to_results_max_ms"] = max(latencies)
        panel.close()
    finally:
        session.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    results: dict = {}
    run(results, args.people)
    print(table(results))
    save(results)


if __name__ == "__main__":
    main()
