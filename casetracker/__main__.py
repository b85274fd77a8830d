"""`python -m casetracker` and the `casetracker` entry point."""

from __future__ import annotations

import sys


def main() -> None:
    import os

    from casetracker.store.early_kdf import prestart

    # before anything else loads: the key of `--vault` is derived while the rest starts
    prestart(sys.argv[1:], os.environ.get("CASETRACKER_PASSPHRASE"))
    from casetracker.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
