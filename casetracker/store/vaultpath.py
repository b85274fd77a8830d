"""What a vault folder is called and holds, with nothing else loaded.

Kept apart (standard library only) because the very start of the app reads it before anything
else loads (store/early_kdf.py), as do the unlock and the command line.
"""

from __future__ import annotations

from pathlib import Path

SUFFIX = ".ctvault"
KEYS = "keys.json"
CASES = "cases.db"


def normalize_vault_path(path: str | Path) -> Path:
    """`Family` and `Family.ctvault` name the same vault."""
    p = Path(path).expanduser()
    return p if p.suffix == SUFFIX else p.with_name(p.name + SUFFIX)
