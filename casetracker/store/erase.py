"""Quick erase: destroy a vault folder and its backups on this laptop.

Files are overwritten with random bytes and synced before they are deleted. On SSDs and
journaling or copy-on-write file systems the old blocks may survive elsewhere: the encryption,
not the overwrite, is what protects the data (docs/SECURITY.md says so plainly).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

_CHUNK = 1024 * 1024


def overwrite_file(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b", buffering=0) as fh:
        written = 0
        while written < size:
            block = os.urandom(min(_CHUNK, size - written))
            fh.write(block)
            written += len(block)
        os.fsync(fh.fileno())


def erase_paths(paths: Iterable[Path]) -> list[Path]:
    """Overwrite and delete every file under these paths; returns what was removed."""
    removed: list[Path] = []
    for root in paths:
        if not root.exists():
            continue
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for file in files:
            # still delete what cannot be overwritten (read-only media, locked files)
            with contextlib.suppress(OSError):
                overwrite_file(file)
        if root.is_dir():
            shutil.rmtree(root, ignore_errors=True)
        else:
            root.unlink(missing_ok=True)
        removed.append(root)
    return removed
