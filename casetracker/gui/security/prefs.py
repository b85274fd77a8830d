"""Preferences of this computer kept in QSettings: auto-lock, backup folder and interval.

QSettings is not encrypted (the registry on Windows, an ini file elsewhere), so only numbers,
folder paths and yes/no flags go here: never a name, a reference or any other vault content.
The volunteer's and organisation's names live inside the vault (`services.settings`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings

AUTOLOCK_KEY = "security/autolock_minutes"
DEFAULT_AUTOLOCK_MINUTES = 5
BACKUP_FOLDER_KEY = "backup/folder"
BACKUP_INTERVAL_KEY = "backup/interval_hours"
DEFAULT_BACKUP_HOURS = 24
#: The choices offered in Settings, in hours (0: no scheduled backups).
BACKUP_INTERVALS = (0, 1, 24, 24 * 7)
_ASKED_GROUP = "volunteer_asked"


def _int(key: str, default: int) -> int:
    try:
        return max(0, int(QSettings().value(key, default)))
    except (TypeError, ValueError):
        return default


def autolock_minutes() -> int:
    """Idle minutes before the vault locks itself; 0 means never."""
    return _int(AUTOLOCK_KEY, DEFAULT_AUTOLOCK_MINUTES)


def set_autolock_minutes(minutes: int) -> None:
    QSettings().setValue(AUTOLOCK_KEY, max(0, int(minutes)))


def backup_folder() -> Path | None:
    """The folder chosen for scheduled backups (e.g. a USB stick), or None for the vault's own."""
    value = QSettings().value(BACKUP_FOLDER_KEY, "")
    return Path(str(value)) if value else None


def set_backup_folder(folder: Path | str | None) -> None:
    QSettings().setValue(BACKUP_FOLDER_KEY, str(folder) if folder else "")


def backup_interval_hours() -> int:
    return _int(BACKUP_INTERVAL_KEY, DEFAULT_BACKUP_HOURS)


def backup_interval() -> dt.timedelta | None:
    """How often a scheduled backup is due; None when scheduled backups are off."""
    hours = backup_interval_hours()
    return dt.timedelta(hours=hours) if hours else None


def set_backup_interval_hours(hours: int) -> None:
    QSettings().setValue(BACKUP_INTERVAL_KEY, max(0, int(hours)))


def volunteer_asked(vault_id: str) -> bool:
    """Whether this laptop already asked for the volunteer's name for this vault (random id)."""
    return QSettings().value(f"{_ASKED_GROUP}/{vault_id}", False) in (True, "true", "1", 1)


def set_volunteer_asked(vault_id: str) -> None:
    QSettings().setValue(f"{_ASKED_GROUP}/{vault_id}", True)
