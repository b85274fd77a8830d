"""The pages the main window hosts, and the panel class of each.

Every panel takes `(session, parent)` and has `clear()` (drop decrypted data when locking).
Panels are imported and built the first time their page is shown: importing them all cost a
third of a second at start-up.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Page:
    key: str
    title: str  # untranslated; shown through tr("MainWindow", title)
    icon: str
    shortcut: str


#: The navigation, top to bottom.
PAGES = (
    Page("overview", QT_TRANSLATE_NOOP("MainWindow", "Overview"), "overview", "Ctrl+1"),
    Page("cases", QT_TRANSLATE_NOOP("MainWindow", "Cases"), "cases", "Ctrl+2"),
    Page("followups", QT_TRANSLATE_NOOP("MainWindow", "Follow-ups"), "followups", "Ctrl+3"),
    Page("contacts", QT_TRANSLATE_NOOP("MainWindow", "Contacts"), "contacts", "Ctrl+4"),
    Page("facilities", QT_TRANSLATE_NOOP("MainWindow", "Facilities"), "facilities", "Ctrl+5"),
    Page("rally", QT_TRANSLATE_NOOP("MainWindow", "Rally entry"), "new-case", "Ctrl+6"),
    Page("duplicates", QT_TRANSLATE_NOOP("MainWindow", "Duplicates"), "search", "Ctrl+7"),
)
CASE_FILE = "casefile"

_PANELS: dict[str, tuple[str, str]] = {
    "overview": ("casetracker.gui.views.overview", "OverviewPanel"),
    "cases": ("casetracker.gui.views.caselist", "CaseListPanel"),
    "followups": ("casetracker.gui.views.followups", "FollowUpsPanel"),
    "contacts": ("casetracker.gui.views.directories", "ContactsPanel"),
    "facilities": ("casetracker.gui.views.directories", "FacilitiesPanel"),
    "rally": ("casetracker.gui.rally", "RallyPanel"),
    "duplicates": ("casetracker.gui.views.duplicates", "DuplicatesPanel"),
    CASE_FILE: ("casetracker.gui.casefile.panel", "CaseFilePanel"),
}


def factory(key: str) -> type[QWidget]:
    """The panel class for a page key; called with `(session, parent)`."""
    module, name = _PANELS[key]
    return getattr(importlib.import_module(module), name)
