"""Locate the ``resources`` folder (fonts, translations, icons) in every way the app is run.

Why a helper: the folder sits at the repository root during development, is mapped to
``casetracker/resources`` inside the wheel (``tool.hatch.build.targets.wheel.force-include``)
and is unpacked under ``sys._MEIPASS`` by a PyInstaller bundle. Callers should not care which.
Qt-free, so the report and CLI layers can use it.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    out: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        out += [Path(bundle) / "casetracker" / "resources", Path(bundle) / "resources"]
    out += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    return out


def resources_dir() -> Path:
    """Return the folder holding ``fonts/``, ``i18n/`` and ``icons/``.

    Raises FileNotFoundError (listing the places looked at) if the install is broken, rather
    than returning a path that fails later with a less helpful error.
    """
    candidates = _candidates()
    for path in candidates:
        if path.is_dir():
            return path
    looked = ", ".join(str(p) for p in candidates)
    raise FileNotFoundError(f"CaseTracker resources folder not found (looked in: {looked})")
