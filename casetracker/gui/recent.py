"""The list of recently opened vaults, kept in QSettings.

Only folder paths are stored here, never a vault's name inside, a case or a volunteer: QSettings
is unencrypted (the registry on Windows), and whoever seizes the laptop can read it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent/vaults"
LIMIT = 8


def _settings() -> QSettings:
    return QSettings()


def _stored() -> list[str]:
    value = _settings().value(KEY, [])
    if isinstance(value, str):  # QSettings returns a bare string for a one-item list
        value = [value]
    return [str(v) for v in (value or []) if v]


def recent_vaults(existing_only: bool = True) -> list[Path]:
    """Most recent first; folders that no longer exist are left out unless asked for."""
    paths = [Path(p) for p in _stored()]
    return [p for p in paths if p.is_dir()] if existing_only else paths


def remember_vault(path: Path | str) -> None:
    """Put `path` first in the list (and keep at most LIMIT entries)."""
    text = str(Path(path).expanduser().resolve())
    paths = [text] + [p for p in _stored() if p != text]
    _settings().setValue(KEY, paths[:LIMIT])


def forget_vault(path: Path | str) -> None:
    text = str(Path(path).expanduser().resolve())
    _settings().setValue(KEY, [p for p in _stored() if p != text])
