"""One signal for "the data changed", carrying the services' `Changes` (Anki's op changes).

Every write goes through `run_op`, which calls the service, shows a typed error as a dialog,
and announces what changed; each panel decides from the `Changes` whether to redraw.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from casetracker.domain.entities import Changes
from casetracker.domain.errors import CaseTrackerError
from casetracker.gui import errors
from casetracker.gui.i18n import tr


class ChangeBus(QObject):
    changed = Signal(object)  # Changes
    case_open_requested = Signal(int)  # person id
    status_message = Signal(str)


bus = ChangeBus()


def error_text(exc: CaseTrackerError) -> str:
    """The error in the interface language (casetracker/gui/errors.py knows the messages)."""
    return errors.error_text(exc)


def show_error(parent: QWidget | None, exc: CaseTrackerError, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or tr("Errors", "Could not save"), error_text(exc))


def run_op(parent: QWidget | None, fn: Callable[..., Changes], *args: Any, **kwargs: Any):
    """Call a service write; on a typed error show it and return None, else announce and return."""
    try:
        changes = fn(*args, **kwargs)
    except CaseTrackerError as exc:
        show_error(parent, exc)
        return None
    bus.changed.emit(changes)
    return changes
