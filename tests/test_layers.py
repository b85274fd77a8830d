"""The core never imports Qt; dependencies point one way (import-linter contracts)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_runs_without_qt_loaded():
    code = (
        "import sys, casetracker.cli, casetracker.services.cases, casetracker.interchange.jsonio;"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded by the core'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
