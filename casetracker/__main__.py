"""`python -m casetracker` and the `casetracker` entry point."""

from __future__ import annotations

import sys


def main() -> None:
    import os

    from casetracker.launch import read_start
    from casetracker.store.early_kdf import PASSPHRASE_ENV, prestart

    app, vault = read_start(sys.argv[1:])
    if app:  # before anything else loads: the key of `--vault` is derived while the rest starts
        prestart(vault, os.environ.get(PASSPHRASE_ENV))
    from casetracker.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
