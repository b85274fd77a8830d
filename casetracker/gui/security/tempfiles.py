"""The one place where a plain copy of an attachment may touch the disk, and its cleanup.

Opening a document in another program needs a file. It goes into a private folder with a fixed
name under the user's cache folder (`…/CaseTracker/opened-attachments`, mode 0700 on POSIX), under
a neutral file name (`attachment-<random>.<ext>`: the original name may contain a person's
name), and the folder is overwritten and deleted when the vault locks, when the app quits, and
at the next start (a crash or power cut leaves it behind; the fixed name is what lets the next
start find it).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

import platformdirs

from casetracker.services import security

FOLDER_NAME = "opened-attachments"


def private_dir() -> Path:
    return Path(platformdirs.user_cache_dir("CaseTracker", appauthor=False)) / FOLDER_NAME


def _ensure_private_dir() -> Path:
    folder = private_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask, and the folder may be old
    return folder


def _safe_suffix(filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    return suffix if 1 < len(suffix) <= 10 and suffix[1:].isalnum() else ""


def write_private_copy(filename: str, data: bytes) -> Path:
    """Write `data` to a new file readable only by this user; its name keeps only the type."""
    folder = _ensure_private_dir()
    path = folder / f"attachment-{secrets.token_hex(6)}{_safe_suffix(filename)}"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return path


def wipe() -> int:
    """Overwrite and delete every plain copy; returns how many files there were.

    A file another program still holds open may resist deletion on Windows: it is then left
    for the next lock, quit or start.
    """
    folder = private_dir()
    if not folder.exists():
        return 0
    files = [p for p in folder.rglob("*") if p.is_file()]
    with contextlib.suppress(OSError):
        security.shred([folder])
    return len(files)
