"""The Status timeline section: every status event of the person, and adding or correcting one.

The history is never overwritten: a new development is a new event, a wrong date or source is
corrected in place (the audit log keeps what it said) and deleting asks first and is undoable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QWidget

from casetracker.domain.entities import Person, StatusEvent
from casetracker.gui.bus import run_op
from casetracker.gui.casefile.base import CaseSection, hint_label, section_layout, toolbar_button
from casetracker.gui.dialogs.status_event import StatusEventDialog
from casetracker.gui.i18n import tr
from casetracker.gui.labels import label
from casetracker.gui.widgets.fuzzydate_edit import date_words
from casetracker.gui.widgets.timeline import StatusTimeline
from casetracker.services import statuses
from casetracker.services.session import Session

CONTEXT = "StatusSection"


class StatusSection(CaseSection):
    key = "timeline"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._events: dict[int, StatusEvent] = {}
        self.timeline = StatusTimeline()
        self.timeline.edit_requested.connect(self.edit_event)
        self.timeline.delete_requested.connect(self.delete_event)
        self.timeline.selection_changed.connect(self._update_buttons)
        self.add_button = toolbar_button(tr(CONTEXT, "Add event…"), primary=True)
        self.edit_button = toolbar_button(tr(CONTEXT, "Edit…"))
        self.delete_button = toolbar_button(tr(CONTEXT, "Delete"))
        self.add_button.clicked.connect(self.add_event)
        self.edit_button.clicked.connect(lambda: self.edit_event(self._selected()))
        self.delete_button.clicked.connect(lambda: self.delete_event(self._selected()))
        layout = section_layout(self)
        layout.addWidget(
            hint_label(
                tr(
                    CONTEXT,
                    "Newest first. Double-click an event to correct it; claims by the Chinese "
                    "authorities are marked and kept beside the family's account.",
                )
            )
        )
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.timeline, 1)
        self._update_buttons()

    def title(self) -> str:
        return tr(CONTEXT, "Status timeline")

    def count(self, person: Person) -> int | None:
        return len(person.events)

    def load(self, person: Person) -> None:
        if person.id != self.person_id:
            self.timeline.select(None)
        super().load(person)
        self._events = {e.id: e for e in person.events}
        self.timeline.set_events(person.events)
        self._update_buttons()

    def clear(self) -> None:
        super().clear()
        self._events = {}
        self.timeline.clear()
        self.timeline.select(None)
        self._update_buttons()

    def _selected(self) -> int | None:
        return self.timeline.selected_event_id()

    def _update_buttons(self) -> None:
        has = self._selected() in self._events
        self.add_button.setEnabled(self.person_id is not None)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _open(self, dialog: StatusEventDialog) -> StatusEventDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_event(self) -> StatusEventDialog | None:
        """Open the dialog for a new event (window-modal); returned for tests and callers."""
        if self.person_id is None:
            return None
        return self._open(StatusEventDialog(self.session, self.person_id, None, self))

    def edit_event(self, event_id: int | None) -> StatusEventDialog | None:
        event = self._events.get(event_id) if event_id is not None else None
        if event is None or self.person_id is None:
            return None
        return self._open(StatusEventDialog(self.session, self.person_id, event, self))

    def delete_event(self, event_id: int | None) -> None:
        event = self._events.get(event_id) if event_id is not None else None
        if event is None:
            return
        when = date_words(event.date) or tr(CONTEXT, "date unknown")
        answer = QMessageBox.question(
            self,
            tr(CONTEXT, "Delete status event"),
            tr(CONTEXT, "Delete “{status}” ({date}) from the history? You can undo this.").format(
                status=label(event.status), date=when
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            run_op(self, statuses.delete_event, self.session, event.id)
