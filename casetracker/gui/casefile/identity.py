"""The Identity section: names in every script, personal details, documents and the photo.

These are the facts an embassy or UN body asks for first (DOMAIN.md, "What an embassy ...
expects"). Every field saves itself: line edits when editing finishes, combos when chosen;
dates and ages are read as typed and saved only when understood.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Person
from casetracker.domain.enums import Consent, Sex
from casetracker.gui.bus import run_op
from casetracker.gui.casefile.base import (
    Card,
    CaseSection,
    ethnicity_text,
    field_label,
    scroll_page,
)
from casetracker.gui.casefile.identifiers import IdentifierListEdit
from casetracker.gui.casefile.photo import ImageCache, PhotoWell, first_photo
from casetracker.gui.i18n import tr
from casetracker.gui.labels import choices
from casetracker.gui.widgets.autosave import AutoSave
from casetracker.gui.widgets.combos import choice_combo
from casetracker.gui.widgets.fuzzydate_edit import AgeRangeEdit, FuzzyDateEdit, age_text
from casetracker.gui.widgets.fuzzydate_edit import editable_text as date_text
from casetracker.gui.widgets.name_edit import NameListEdit
from casetracker.services import attachments, cases
from casetracker.services.session import Session

CONTEXT = "IdentitySection"
PHOTO_SIDE = 640
CITIZENSHIP_EXAMPLES = (
    QT_TRANSLATE_NOOP("IdentitySection", "PRC citizen"),
    QT_TRANSLATE_NOOP("IdentitySection", "PRC citizen, Kazakhstan residence permit"),
    QT_TRANSLATE_NOOP("IdentitySection", "Kazakhstan citizen"),
)


def _line(accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


class IdentitySection(CaseSection):
    key = "identity"

    def __init__(self, session: Session, images: ImageCache, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.images = images
        self.autosave = AutoSave(self)
        self._photo_id: int | None = None
        self.names = NameListEdit()
        self.names.names_edited.connect(self._save_names)
        self._build_details()
        self._build_photo()
        self.identifiers = IdentifierListEdit()
        self.identifiers.add_requested.connect(self._add_identifier)
        self.identifiers.remove_requested.connect(self._remove_identifier)
        self._layout()
        self._bind()

    def title(self) -> str:
        return tr(CONTEXT, "Identity")

    # -- building --------------------------------------------------------------------------

    def _build_details(self) -> None:
        self.sex_combo = choice_combo(choices(Sex), tr(CONTEXT, "Sex"))
        self.birth_edit = FuzzyDateEdit(accessible_name=tr(CONTEXT, "Birth date"))
        self.age_edit = AgeRangeEdit(accessible_name=tr(CONTEXT, "Age"))
        self.ethnicity_combo = QComboBox()
        self.ethnicity_combo.setEditable(True)
        self.ethnicity_combo.setAccessibleName(tr(CONTEXT, "Ethnicity"))
        self.ethnicity_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.citizenship_edit = QComboBox()
        self.citizenship_edit.setEditable(True)
        self.citizenship_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.citizenship_edit.setAccessibleName(tr(CONTEXT, "Citizenship or residence status"))
        self.citizenship_edit.addItems(["", *(tr(CONTEXT, t) for t in CITIZENSHIP_EXAMPLES)])
        self.hometown_edit = _line(
            tr(CONTEXT, "Hometown"), tr(CONTEXT, "Prefecture › county › township › village")
        )
        self.occupation_edit = _line(tr(CONTEXT, "Occupation"))
        self.consent_combo = choice_combo(choices(Consent), tr(CONTEXT, "Consent"))

    def _build_photo(self) -> None:
        self.photo = PhotoWell()
        self.photo.files_dropped.connect(self._add_photos)
        self.photo_source_edit = _line(
            tr(CONTEXT, "Source of the photo"), tr(CONTEXT, "Where this photo came from")
        )
        self.add_photo_button = QPushButton(tr(CONTEXT, "Add photo…"))
        self.add_photo_button.setAccessibleName(tr(CONTEXT, "Add a photo from a file"))
        self.add_photo_button.clicked.connect(self._choose_photo)

    def _details_card(self) -> Card:
        card = Card(tr(CONTEXT, "Personal details"))
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(7)
        rows = (
            (tr(CONTEXT, "Sex"), self.sex_combo),
            (tr(CONTEXT, "Birth date"), self.birth_edit),
            (tr(CONTEXT, "Age if no birth date"), self.age_edit),
            (tr(CONTEXT, "Ethnicity"), self.ethnicity_combo),
            (tr(CONTEXT, "Citizenship / residence"), self.citizenship_edit),
            (tr(CONTEXT, "Hometown"), self.hometown_edit),
            (tr(CONTEXT, "Occupation"), self.occupation_edit),
            (tr(CONTEXT, "Consent for reports"), self.consent_combo),
        )
        for text, widget in rows:
            form.addRow(field_label(text), widget)
        card.body.addLayout(form)
        return card

    def _photo_card(self) -> Card:
        card = Card(tr(CONTEXT, "Photo"))
        card.body.addWidget(self.photo, 1)
        card.body.addWidget(field_label(tr(CONTEXT, "Source")))
        card.body.addWidget(self.photo_source_edit)
        card.body.addWidget(self.add_photo_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _layout(self) -> None:
        names_card = Card(tr(CONTEXT, "Names"))
        names_card.setToolTip(
            tr(CONTEXT, "Every written form: Chinese ID card, Arabic script, Cyrillic, passport.")
        )
        names_card.body.addWidget(self.names)
        docs_card = Card(tr(CONTEXT, "Identity documents"))
        docs_card.body.addWidget(self.identifiers)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(names_card)
        left.addWidget(self._details_card())
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(16)
        right.addWidget(self._photo_card())
        right.addWidget(docs_card)
        right.addStretch(1)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(24, 14, 24, 16)
        columns.setSpacing(16)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_page(body))

    def _bind(self) -> None:
        save = self._save_field
        bind = self.autosave.bind_line
        bind(self.birth_edit.line_edit, lambda t: self.birth_edit.is_valid() and save(birth_date=t))
        bind(self.age_edit.line_edit, lambda t: self.age_edit.is_valid() and save(age_range=t))
        bind(self.ethnicity_combo.lineEdit(), lambda t: save(ethnicity=self._ethnicity_value(t)))
        bind(self.citizenship_edit.lineEdit(), lambda t: save(citizenship=t))
        bind(self.hometown_edit, lambda t: save(hometown=t))
        bind(self.occupation_edit, lambda t: save(occupation=t))
        bind(self.photo_source_edit, self._save_photo_source)
        for combo in (self.ethnicity_combo, self.citizenship_edit):
            combo.activated.connect(lambda _i, c=combo: self.autosave.commit(c.lineEdit()))
        self.sex_combo.activated.connect(lambda _i: save(sex=str(self.sex_combo.currentData())))
        self.consent_combo.activated.connect(
            lambda _i: save(consent=str(self.consent_combo.currentData()))
        )

    # -- loading ---------------------------------------------------------------------------

    def load(self, person: Person) -> None:
        if person.id != self.person_id:  # another case: nothing typed for the last one stays
            self.autosave.discard()
            self.names.clear()
            self.identifiers.clear_input()
        super().load(person)
        self.names.set_names(person.names)
        self._select(self.sex_combo, person.sex)
        self._select(self.consent_combo, person.consent)
        self._fill_ethnicities(person.ethnicity)
        load = self.autosave.load
        load(self.birth_edit.line_edit, date_text(person.birth_date))
        load(self.age_edit.line_edit, age_text(person.age_range))
        load(self.ethnicity_combo.lineEdit(), ethnicity_text(person.ethnicity))
        load(self.citizenship_edit.lineEdit(), person.citizenship)
        load(self.hometown_edit, person.hometown)
        load(self.occupation_edit, person.occupation)
        self.identifiers.set_identifiers(person.identifiers)
        self._load_photo(person)

    def _load_photo(self, person: Person) -> None:
        info = first_photo(person.attachments)
        self._photo_id = info.id if info else None
        self.photo.set_image(self.images.image(info, PHOTO_SIDE) if info else None)
        self.autosave.load(self.photo_source_edit, info.source_note if info else "")
        self.photo_source_edit.setEnabled(info is not None)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _fill_ethnicities(self, current: str) -> None:
        if self.ethnicity_combo.count():
            return
        self.ethnicity_combo.addItem("", "")
        for value in cases.all_ethnicities():
            self.ethnicity_combo.addItem(ethnicity_text(value), value)

    def _ethnicity_value(self, text: str) -> str:
        index = self.ethnicity_combo.findText(text.strip())
        return self.ethnicity_combo.itemData(index) if index >= 0 else text.strip()

    def flush(self) -> None:
        if self.person_id is None:
            return
        self.autosave.flush()
        if self.names.is_dirty() and self.names.names():
            self._save_names(self.names.names())

    def clear(self) -> None:
        super().clear()
        self.autosave.clear()
        self.names.clear()
        self.identifiers.clear()
        self.photo.clear()
        self._photo_id = None
        self.ethnicity_combo.clear()
        self.sex_combo.setCurrentIndex(0)
        self.consent_combo.setCurrentIndex(0)

    # -- saving ----------------------------------------------------------------------------

    def _save_field(self, **fields: object) -> bool:
        if self.person_id is None:
            return False
        return run_op(self, cases.update, self.session, self.person_id, **fields) is not None

    def _save_names(self, names: list) -> None:
        if self.person_id is not None:
            run_op(self, cases.set_names, self.session, self.person_id, names)

    def _add_identifier(self, kind: str, value: str) -> None:
        if self.person_id is None:
            return
        if run_op(self, cases.add_identifier, self.session, self.person_id, kind, value):
            self.identifiers.clear_input()

    def _remove_identifier(self, identifier_id: int) -> None:
        run_op(self, cases.remove_identifier, self.session, identifier_id)

    def _save_photo_source(self, text: str) -> bool:
        if self._photo_id is None:
            return True
        changes = run_op(self, attachments.update, self.session, self._photo_id, source_note=text)
        return changes is not None

    def _add_photos(self, paths: list[str]) -> None:
        for path in paths:
            if self.person_id is None:
                return
            run_op(self, attachments.add_file, self.session, self.person_id, path)

    def _choose_photo(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            tr(CONTEXT, "Add photo"),
            "",
            tr(CONTEXT, "Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)"),
        )
        self._add_photos(paths)
