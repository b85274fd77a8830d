"""The case file of one person: a header and seven sections, every field saving itself.

The main window hosts one `CaseFilePanel` and calls `show_person`, `flush` (before switching
cases, undo, locking, closing) and `clear` (when the vault locks: every decrypted value is
dropped). The panel listens to `bus.changed` and reloads when a change touches its person,
including undo and redo; the reload is deferred to the next turn of the event loop, so that
several changes in a row cost one reload and no widget is rebuilt inside its own signal, and
it never overwrites a field the user is typing in (see `widgets/autosave.py`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from casetracker.domain.entities import Changes, Person
from casetracker.domain.errors import NotFound
from casetracker.gui.bus import bus
from casetracker.gui.casefile.advocacy import AdvocacySection
from casetracker.gui.casefile.attachments import AttachmentsSection
from casetracker.gui.casefile.base import CaseSection, style_sheet, tone
from casetracker.gui.casefile.family import FamilySection
from casetracker.gui.casefile.header import CaseHeader
from casetracker.gui.casefile.history import HistorySection
from casetracker.gui.casefile.identity import IdentitySection
from casetracker.gui.casefile.notes import NotesSection
from casetracker.gui.casefile.photo import ImageCache, first_photo
from casetracker.gui.casefile.status import StatusSection
from casetracker.gui.i18n import tr
from casetracker.services import cases
from casetracker.services.session import Session

SECTION_KEYS = ("identity", "family", "timeline", "advocacy", "attachments", "notes", "history")
HEADER_AVATAR_SIDE = 160


class CaseFilePanel(QWidget):
    """Everything recorded about one person, editable in place."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._person_id: int | None = None
        self.setObjectName("caseFile")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(style_sheet())
        self.images = ImageCache(session)
        self.header = CaseHeader()
        self.sections: dict[str, CaseSection] = {
            s.key: s
            for s in (
                IdentitySection(session, self.images),
                FamilySection(session),
                StatusSection(session),
                AdvocacySection(session),
                AttachmentsSection(session, self.images),
                NotesSection(session),
                HistorySection(session),
            )
        }
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sections")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setObjectName("sectionTabs")
        self.tabs.tabBar().setExpanding(False)
        self.tabs.tabBar().setDrawBase(False)
        self.tabs.setAccessibleName(tr("CaseFilePanel", "Sections of the case file"))
        for section in self.sections.values():
            self.tabs.addTab(section, section.title())
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self._layout()
        bus.changed.connect(self._on_changed)

    def _layout(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        tabs_holder = QWidget()
        tabs_layout = QVBoxLayout(tabs_holder)
        tabs_layout.setContentsMargins(12, 6, 12, 0)
        tabs_layout.addWidget(self.tabs)
        column.addWidget(tabs_holder, 1)
        self.empty_label = QLabel(
            tr("CaseFilePanel", "Choose a case from the list, or add a new one.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(f"color: {tone('muted')}; font-size: 12pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # -- the API the main window uses ------------------------------------------------------

    @property
    def person_id(self) -> int | None:
        return self._person_id

    def show_person(self, person_id: int) -> None:
        """Show the case `person_id`, committing pending edits of the current one first."""
        self.flush()
        if person_id != self._person_id:
            self.images.clear()
        try:
            person = cases.get(self.session, person_id)
        except NotFound:
            self.clear()
            return
        self._person_id = person_id
        self._show(person)
        self.stack.setCurrentIndex(1)

    def flush(self) -> None:
        """Commit every pending edit now."""
        if self._person_id is None:
            return
        for section in self.sections.values():
            section.flush()

    def clear(self) -> None:
        """Drop every decrypted value: fields blanked, models emptied, images released."""
        self._reload_timer.stop()
        self._person_id = None
        self.header.clear()
        for section in self.sections.values():
            section.clear()
        self.images.clear()
        self._update_tab_titles(None)
        self.stack.setCurrentIndex(0)

    def section(self) -> str:
        return SECTION_KEYS[self.tabs.currentIndex()]

    def set_section(self, key: str) -> None:
        if key not in self.sections:
            raise ValueError(f"unknown section {key!r} (use one of {', '.join(SECTION_KEYS)})")
        self.tabs.setCurrentWidget(self.sections[key])

    def hideEvent(self, event) -> None:
        """Leaving the case file (another page, minimising, closing) commits what was typed."""
        self.flush()
        super().hideEvent(event)

    # -- reloading -------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if self._person_id is None:
            return
        if self._person_id in changes.person_ids or changes.directory_changed:
            self._reload_timer.start()

    def reload(self) -> None:
        """Read the person again and refresh every section, keeping edits in progress."""
        if self._person_id is None:
            return
        try:
            person = cases.get(self.session, self._person_id)
        except NotFound:  # deleted, or its creation undone
            self.clear()
            return
        self._show(person)

    def _show(self, person: Person) -> None:
        photo = first_photo(person.attachments)
        self.header.load(person, self.images.image(photo, HEADER_AVATAR_SIDE) if photo else None)
        for section in self.sections.values():
            section.load(person)
        self._update_tab_titles(person)

    def _update_tab_titles(self, person: Person | None) -> None:
        for index, section in enumerate(self.sections.values()):
            count = section.count(person) if person is not None else None
            title = section.title()
            self.tabs.setTabText(index, f"{title}  {count}" if count else title)
