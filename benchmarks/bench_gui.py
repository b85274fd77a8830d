"""Issue 3 figures: start-up to the unlocked main window on a 100,000-person vault against a
bare PySide6 window in the same run, query latency in the case list, and peak memory.

Each start-up is a fresh process (offscreen Qt) so the figures include interpreter and Qt start.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import WORK, demo_vault, median, save, table, timings
from casetracker.services.session import DEMO_PASSPHRASE

FLOOR_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1280, 820); w.show()
app.processEvents()
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


def _run_ms(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=300)
    return (time.perf_counter() - started) * 1000


def run(results: dict, people: int = 100_000, workdir: Path = WORK) -> None:
    path = demo_vault(people, workdir)
    env = _env()
    floor = [_run_ms([sys.executable, "-c", FLOOR_SCRIPT], env) for _ in range(3)]
    app_env = {**env, "CASETRACKER_PASSPHRASE": DEMO_PASSPHRASE, "CASETRACKER_EXIT_AFTER_SHOW": "1"}
    app = [
        _run_ms([sys.executable, "-m", "casetracker", "--vault", str(path)], app_env)
        for _ in range(3)
    ]
    kdf = results.get("core.key_derivation_ms") or _kdf_ms()
    results["gui.floor_window_ms"] = median(floor)
    results["gui.start_to_main_window_ms"] = median(app)
    results["gui.start_target_ms"] = 1.5 * median(floor) + kdf
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

    return median(timings(lambda: KeySlot.wrap("p", b"x", b"0" * 32, "id", DEFAULT_KDF), 3))


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
