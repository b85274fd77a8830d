"""Entry script of the frozen app (PyInstaller needs a file, not a console_scripts entry point).

Every executable of the bundle runs this: on Windows `CaseTracker.exe` (windowed: without a
subcommand it opens the desktop app) and `casetracker-cli.exe` (console: the command line);
on Linux and macOS one `CaseTracker` executable does both.
"""

import os
import sys

# A windowed Windows program has no console: Python sets sys.stdout and sys.stderr to None,
# and the command line's one-line messages (casetracker.cli.common.out/err) would raise
# AttributeError instead. Nowhere to show them: send them to the null device. The desktop app
# reports its errors in dialogs; the console executable keeps its real streams.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from casetracker.__main__ import main  # noqa: E402

if __name__ == "__main__":
    main()
