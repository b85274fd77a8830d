"""Nothing from the vault in error output: Qt's messages and Python's tracebacks stay quiet.

A traceback shows local values and exception messages, which can hold a name; Qt warnings can
quote texts and paths. In a normal run both are dropped: an unexpected error shows a generic
dialog (the work is already saved: every change commits as it is made) and writes one line
with the error's type only. With `CASETRACKER_DEBUG=1` everything is printed, for developers.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from casetracker.gui.i18n import tr

DEBUG_ENV = "CASETRACKER_DEBUG"
_C = "CrashDialog"
_showing = False


def debugging() -> bool:
    return os.environ.get(DEBUG_ENV) == "1"


def _qt_message(mode: QtMsgType, _context, message: str) -> None:
    if debugging():
        sys.stderr.write(f"{message}\n")


def _generic_line(exc_type: type[BaseException]) -> str:
    # the type's name only: its message and the traceback's values may quote vault data
    return f"CaseTracker: internal error ({exc_type.__name__}); set {DEBUG_ENV}=1 for details\n"


def _show_dialog() -> None:
    global _showing
    app = QApplication.instance()
    if _showing or app is None:
        return
    _showing = True
    try:
        QMessageBox.critical(
            None,
            tr(_C, "Something went wrong"),
            tr(
                _C,
                "CaseTracker met an unexpected problem. Everything saved before it is safe in "
                "the vault (changes are saved as they are made).\n\nIf this happens again, "
                "lock the vault and restart CaseTracker.",
            ),
        )
    finally:
        _showing = False


def excepthook(exc_type, exc, tb) -> None:
    """`sys.excepthook` of the desktop app."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    if debugging():
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
    else:
        sys.stderr.write(_generic_line(exc_type))
    _show_dialog()


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if debugging():
        traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback)
    else:
        sys.stderr.write(_generic_line(args.exc_type))


def _unraisable_hook(unraisable) -> None:
    # "Exception ignored in: <object repr>" would print the repr of a dataclass holding names
    if debugging():
        sys.__unraisablehook__(unraisable)


def install() -> None:
    """Route Python and Qt error output through the quiet handlers above."""
    sys.excepthook = excepthook
    threading.excepthook = _thread_hook
    sys.unraisablehook = _unraisable_hook
    qInstallMessageHandler(_qt_message)
