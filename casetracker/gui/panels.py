"""The pages the main window hosts, and the panel class of each.

Every panel takes `(session, parent)` and has `clear()` (drop decrypted data when locking);
panels are built the first time their page is shown, so start-up stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from casetracker.gui.casefile.panel import CaseFilePanel
from casetracker.gui.rally import RallyPanel
from casetracker.gui.views.caselist import CaseListPanel
from casetracker.gui.views.directories import ContactsPanel, FacilitiesPanel
from casetracker.gui.views.followups import FollowUpsPanel
from casetracker.gui.views.overview import OverviewPanel


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
)
CASE_FILE = "casefile"

_PANELS: dict[str, type[QWidget]] = {
    "overview": OverviewPanel,
    "cases": CaseListPanel,
    "followups": FollowUpsPanel,
    "contacts": ContactsPanel,
    "facilities": FacilitiesPanel,
    "rally": RallyPanel,
    CASE_FILE: CaseFilePanel,
}


def factory(key: str) -> type[QWidget]:
    """The panel class for a page key; called with `(session, parent)`."""
    return _PANELS[key]
