"""`python -m casetracker` and the `casetracker` entry point."""

from __future__ import annotations

import sys


def main() -> None:
    from casetracker.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
