"""The Notes section: free notes about the case and the request it makes of a recipient.

The request ("raise the case, ask for proof of life, release, family reunification") is what a
case summary asks of an embassy or UN body, so it has its own field. Both save themselves
after a short pause in typing and whenever the case file is flushed.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from casetracker.domain.entities import Person
from casetracker.gui.bus import run_op
from casetracker.gui.casefile.base import Card, CaseSection, tone
from casetracker.gui.i18n import tr
from casetracker.gui.widgets.autosave import AutoSave
from casetracker.services import cases
from casetracker.services.session import Session

CONTEXT = "NotesSection"


def _text_edit(accessible: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    return edit


class NotesSection(CaseSection):
    key = "notes"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.autosave = AutoSave(self)
        self.notes_edit = _text_edit(
            tr(CONTEXT, "Notes"),
            tr(CONTEXT, "Anything the family told you, what to check next, who to call…"),
        )
        self.request_edit = _text_edit(
            tr(CONTEXT, "Request to the recipient"),
            tr(
                CONTEXT,
                "What this case asks of an embassy or UN body: raise the case, proof of life, "
                "release, permission to leave, family reunification…",
            ),
        )
        self.state_label = QLabel()
        self.state_label.setStyleSheet(f"color: {tone('muted')};")
        self.autosave.bind_text(self.notes_edit, lambda t: self._save(notes=t))
        self.autosave.bind_text(self.request_edit, lambda t: self._save(request=t))
        self.autosave.pending_changed.connect(self._show_state)
        self._layout()

    def _layout(self) -> None:
        notes = Card(tr(CONTEXT, "Notes"))
        notes.header.addWidget(self.state_label)
        notes.body.addWidget(self.notes_edit, 1)
        request = Card(
            tr(CONTEXT, "Request to the recipient"),
            tr(CONTEXT, "Printed on case summaries for embassies and UN bodies."),
        )
        request.body.addWidget(self.request_edit, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(notes, 3)
        layout.addWidget(request, 2)

    def title(self) -> str:
        return tr(CONTEXT, "Notes")

    def load(self, person: Person) -> None:
        if person.id != self.person_id:
            self.autosave.discard()
            self.state_label.clear()
        super().load(person)
        self.autosave.load(self.notes_edit, person.notes)
        self.autosave.load(self.request_edit, person.request)

    def flush(self) -> None:
        if self.person_id is not None:
            self.autosave.flush()

    def clear(self) -> None:
        super().clear()
        self.autosave.clear()
        self.state_label.clear()

    def _save(self, **fields: str) -> bool:
        if self.person_id is None:
            return False
        return run_op(self, cases.update, self.session, self.person_id, **fields) is not None

    def _show_state(self, pending: bool) -> None:
        if pending:
            self.state_label.setText(tr(CONTEXT, "Editing…"))
        else:
            time = QTime.currentTime().toString("HH:mm")
            self.state_label.setText(tr(CONTEXT, "Saved at {time}").format(time=time))
