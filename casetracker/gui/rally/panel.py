"""The rally screen: record a relative in under a minute, keyboard only, nothing ever lost.

`RallyPanel(session)` hosts the form (form.py), the possible duplicates (duplicates.py) and
today's entries (review.py). Every change saves a draft into the vault after 300 ms idle, so a
killed app or a closed lid loses nothing and the draft comes back when the panel is built again
after unlocking. Duplicates are looked up on a worker thread shortly after the name, birth,
hometown or phone change; a stale answer is dropped. Ctrl+Enter saves through
`services.rally` (one undo step) and clears the form for the next person at once.

Main-window contract: `flush()` saves the draft now, `clear()` drops decrypted data before the
vault locks; `entry_saved(person_id)` after each save and `open_case_requested(person_id)`
(also sent on `bus.case_open_requested`) when a review row is opened.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Changes
from casetracker.domain.errors import CaseTrackerError, NotFound, ValidationError
from casetracker.domain.names import preferred_name
from casetracker.gui.bus import bus
from casetracker.gui.errors import error_text, message_text
from casetracker.gui.i18n import tr
from casetracker.gui.rally import style
from casetracker.gui.rally.duplicates import DuplicatesPanel, SuggestionLookup
from casetracker.gui.rally.form import RallyForm, RallyKeys
from casetracker.gui.rally.header import RallyHeader
from casetracker.gui.rally.review import RallyReviewPanel
from casetracker.services import caselist, rally
from casetracker.services.rally import RallyEntry, Suggestion

_C = "RallyPanel"
DRAFT_KEY = "rally"
DRAFT_DELAY_MS = 300
_LOOKUP_FIELDS = {"name", "birth", "hometown", "phone"}
#: Field names of errors raised deeper in the services, as the form calls them.
_FIELD_ALIASES = {"date": "since", "names[0]": "name", "file": "photo", "notes": "note"}
_TEXT_FIELDS = (
    *("name", "sex", "birth", "hometown", "status", "since"),
    *("reporter_name", "relationship", "phone", "consent", "note"),
)

#: The session counter per vault path: a number, not decrypted data, so it outlives a lock.
_recorded: dict[str, int] = {}


class RallyPanel(QWidget):
    """The quick-entry screen of one unlocked vault."""

    entry_saved = Signal(int)  # person id (new case, or the case a testimony was added to)
    open_case_requested = Signal(int)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rallyPanel")
        self._session = session
        self._vault_key = str(getattr(session.vault, "path", id(session)))
        self._target: tuple[int, str] | None = None  # (person id, ref) in testimony mode
        self._review_dirty = True
        self._build()
        self._timers()
        self._connect()
        self._restore_draft()
        self.refresh_review()

    # -- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        style.apply_large_type(self)
        self.form = RallyForm(self)
        self.duplicates = DuplicatesPanel(self)
        self.review = RallyReviewPanel(self)
        self.hometowns = QStringListModel(self)
        completer = QCompleter(self.hometowns, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.form.hometown.setCompleter(completer)
        self.header = RallyHeader(self)
        self.counter, self.toast = self.header.counter, self.header.toast
        self.header.set_count(self.recorded)
        self.banner = QLabel(self)
        self.banner.setObjectName("modeBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.error = QLabel(self)
        self.error.setObjectName("rallyError")
        self.error.setWordWrap(True)
        self.error.hide()
        footer = QLabel(
            tr(
                _C,
                "Enter: next field · Ctrl+Enter: save, next person · "
                "Alt+1…5: same person · Esc: discard",
            ),
            self,
        )
        footer.setObjectName("keysFooter")
        footer.setWordWrap(True)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.form)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        left = QVBoxLayout()
        left.setSpacing(10)
        for widget in (self.banner, self.error):
            left.addWidget(widget)
        left.addWidget(self.scroll, 1)
        left.addWidget(footer)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(self.duplicates)
        right.addWidget(self.review, 1)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 16)
        layout.setSpacing(14)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)
        for widget in self.form.findChildren(QWidget):
            if isinstance(widget, QLineEdit) or widget in self.form.chain:
                widget.setMinimumHeight(style.FIELD_HEIGHT)

    def _timers(self) -> None:
        self._draft_timer = self._single_shot(DRAFT_DELAY_MS, self._save_draft)
        self.lookup = SuggestionLookup(self.form.fields, self)
        self.lookup.session = self._session
        self._review_timer = self._single_shot(0, self.refresh_review)

    def _single_shot(self, ms: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _connect(self) -> None:
        self.keys = RallyKeys(self)
        self.keys.chain = self.form.chain
        for widget in [self, *self.findChildren(QWidget)]:
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus or widget is self:
                widget.installEventFilter(self.keys)
        self.keys.next_requested.connect(self.form.focus_next)
        # Enter that chose a hometown in the completer's list reaches the field directly.
        self.form.hometown.returnPressed.connect(lambda: self.form.focus_next(self.form.hometown))
        self.keys.save_requested.connect(self.save)
        self.keys.discard_requested.connect(self.ask_discard)
        self.keys.pick_requested.connect(self.pick)
        self.form.edited.connect(self._edited)
        self.form.last_field_passed.connect(
            lambda: self.show_notice(tr(_C, "Last field: Ctrl+Enter saves this person."))
        )
        self.duplicates.chosen.connect(self.choose)
        self.review.open_case_requested.connect(self._open_case)
        self.lookup.found.connect(self._found)
        self.lookup.failed.connect(self._lookup_failed)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        bus.changed.connect(self._data_changed)

    # -- typing ---------------------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        self.error.hide()
        self._draft_timer.start()
        if key in _LOOKUP_FIELDS:
            self.lookup.request()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.form.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 0, 60)

    def _found(self, found: list[Suggestion]) -> None:
        self.duplicates.set_suggestions(found, searched=True)

    def _lookup_failed(self, error: str) -> None:
        """Duplicates are advice: say the check failed, keep the form usable."""
        self.duplicates.hint.setText(
            tr(_C, "Could not look for similar cases: {error}").format(error=error)
        )

    # -- testimony mode -------------------------------------------------------------------------

    def pick(self, number: int) -> None:
        """Alt+n: the n-th suggestion is this person (Alt+0: no, a new person)."""
        if number == 0:
            self.choose(None)
            return
        suggestion = self.duplicates.suggestion(number)
        if suggestion is not None:
            self.choose(suggestion.person_id)

    def choose(self, person_id: int | None) -> None:
        """Add the testimony to `person_id` on save (choosing it again goes back)."""
        if person_id is None or (self._target and self._target[0] == person_id):
            self._target = None
        else:
            row = next(iter(caselist.rows(self._session, [person_id])), None)
            if row is None:
                return
            self._target = (person_id, row.ref)
            name = preferred_name(row.names, row.names[0].script) if row.names else ""
            self.banner.setText(
                tr(
                    _C,
                    "<b>Adding a testimony to {ref}</b> · {name}<br>"
                    "Ctrl+Enter adds it to that case · Alt+0: a new person after all",
                ).format(ref=row.ref, name=html.escape(name))
            )
        self.banner.setVisible(self._target is not None)
        self.duplicates.set_chosen(self._target[0] if self._target else None)
        self._draft_timer.start()

    # -- saving ---------------------------------------------------------------------------------

    def _entry(self) -> RallyEntry:
        values = self.form.fields()
        photo = self.form.photo
        return RallyEntry(
            **{key: values.get(key, "") for key in _TEXT_FIELDS},
            photo=photo.data,
            photo_name=photo.filename,
            draft_key=DRAFT_KEY,
        )

    def save(self) -> None:
        """Ctrl+Enter: store the entry, then clear the form for the next person at once."""
        if self._session is None:
            return
        if self.form.is_empty() and self._target is None:
            self.show_notice(tr(_C, "Nothing to save yet."))
            return
        target = self._target
        try:
            if target is not None:
                changes = rally.add_testimony(self._session, target[0], self._entry())
            else:
                changes = rally.record_entry(self._session, self._entry())
        except CaseTrackerError as exc:
            self._show_error(exc)
            return
        person_id = target[0] if target else changes.created_ids[0]
        ref = target[1] if target else rally.ref_of(self._session, person_id)
        self._reset_form()
        self.recorded += 1
        text = tr(_C, "Added to {ref}") if target else tr(_C, "Saved {ref}")
        self.show_toast(text.format(ref=ref))
        self._after_save(changes, person_id)

    def _after_save(self, changes: Changes, person_id: int) -> None:
        """Announce the save; everything slower than clearing the form comes after it."""
        self._review_dirty = True
        self._review_timer.start()
        bus.changed.emit(changes)
        bus.status_message.emit(self.toast.text())
        self.entry_saved.emit(person_id)

    def _reset_form(self) -> None:
        self._draft_timer.stop()
        self.lookup.cancel()
        self._target = None
        self.banner.hide()
        self.error.hide()
        self.form.clear_form()
        self.duplicates.clear()
        self.form.focus_first()

    def _show_error(self, exc: CaseTrackerError) -> None:
        if isinstance(exc, ValidationError):
            field = _FIELD_ALIASES.get(exc.field, exc.field)
            caption = self.form.caption(field)
            message = message_text(exc.message)  # in the interface language (gui/errors.py)
            self.error.setText(f"{caption}: {message}" if caption else error_text(exc))
            self.form.focus_field(field)
        else:
            self.error.setText(error_text(exc))
        self.error.show()

    def ask_discard(self) -> None:
        """Esc: ask before throwing the entry away (an empty form has nothing to lose)."""
        if self._session is None:
            return
        if self.form.is_empty():
            if self._target is not None:
                self.choose(None)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr(_C, "Discard this entry?"),
            tr(_C, "Everything typed for this person will be lost."),
            parent=self,
        )
        discard = box.addButton(tr(_C, "Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr(_C, "Keep typing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is discard:
            self._reset_form()
            rally.discard_draft(self._session, DRAFT_KEY)
            self.show_notice(tr(_C, "Entry discarded."))

    # -- drafts ---------------------------------------------------------------------------------

    def _draft_fields(self) -> dict[str, str]:
        fields = self.form.fields()
        if self._target is not None:
            fields["testimony_for"] = str(self._target[0])
        return fields

    def _save_draft(self) -> None:
        if self._session is None:
            return
        if self.form.is_empty() and self._target is None:
            rally.discard_draft(self._session, DRAFT_KEY)
        else:
            rally.save_draft(self._session, DRAFT_KEY, self._draft_fields())

    def _restore_draft(self) -> None:
        draft = rally.load_draft(self._session, DRAFT_KEY)
        if not draft:
            return
        self.form.set_fields(draft)
        target = draft.get("testimony_for", "")
        if target.isdigit():
            try:
                rally.ref_of(self._session, int(target))
            except NotFound:
                pass
            else:
                self.choose(int(target))
        if not self.form.is_empty() or self._target is not None:
            self.show_notice(tr(_C, "Draft restored: the entry you were typing is back."))
            self.lookup.request()

    def flush(self) -> None:
        """Save the draft now (before locking, closing or switching page)."""
        self._draft_timer.stop()
        self._save_draft()

    def clear(self) -> None:
        """Drop every decrypted value from the widgets; the panel is dead until rebuilt."""
        for timer in (self._draft_timer, self._review_timer):
            timer.stop()
        self.lookup.cancel()
        self._session = self.lookup.session = None
        self._target = None
        self.form.clear_form()
        self.duplicates.clear()
        self.review.clear()
        self.hometowns.setStringList([])
        self.header.clear()
        for label in (self.banner, self.error):
            label.clear()
            label.hide()

    # -- after the rally ------------------------------------------------------------------------

    def refresh_review(self) -> None:
        if self._session is None:
            return
        self._review_dirty = False
        self.review.set_rows(rally.entries_today(self._session))
        self.hometowns.setStringList(caselist.hometowns(self._session))

    def _data_changed(self, _changes: Changes) -> None:
        self._review_dirty = True
        if self.isVisible():
            self._review_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focus = self.focusWidget()
        if focus is None or not focus.isVisible():
            self.form.focus_first()
        if self._review_dirty:
            self._review_timer.start()

    def _open_case(self, person_id: int) -> None:
        self.flush()
        self.open_case_requested.emit(person_id)
        bus.case_open_requested.emit(person_id)

    @property
    def recorded(self) -> int:
        """People recorded since the app started, on this vault (survives lock and unlock)."""
        return _recorded.get(self._vault_key, 0)

    @recorded.setter
    def recorded(self, count: int) -> None:
        _recorded[self._vault_key] = count
        self.header.set_count(count)

    def show_toast(self, text: str) -> None:
        self.header.show_toast(text)

    def show_notice(self, text: str) -> None:
        self.header.show_notice(text)
