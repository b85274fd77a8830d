"""How the process was started, read from the command line without argparse.

`casetracker` with options only (no subcommand, no help) starts the desktop app. Read here,
before anything else loads: `__main__` starts deriving the vault's key at once for the app
(store/early_kdf.py), and the command line builds its full parser only for subcommands.
"""

from __future__ import annotations

from collections.abc import Sequence

_HELP = ("-h", "--help")


def read_start(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(whether this starts the desktop app, the `--vault` it names or None)."""
    vault, tokens = None, iter(argv)
    for token in tokens:
        if token == "--vault":
            vault = next(tokens, None)
        elif token.startswith("--vault="):
            vault = token.split("=", 1)[1]
        elif token in _HELP or not token.startswith("-"):
            return False, None
    return True, vault
