"""The Attachments section: photos and documents kept inside the encrypted vault.

Thumbnails and previews are decoded in memory only. Opening a document in another program
needs a plain copy on disk, so the section says so and asks first, then writes it into the
app's private folder under a neutral name (`security/tempfiles.py`), which is overwritten and
deleted when the vault locks, when the app quits and at the next start. Caption and source
note are edited in place; the model only asks, the section saves.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import AttachmentInfo, Person
from casetracker.domain.errors import CaseTrackerError
from casetracker.gui.bus import bus, run_op, show_error
from casetracker.gui.casefile.base import (
    CaseSection,
    hint_label,
    reselect,
    section_layout,
    selected_row,
    setup_table,
    toolbar_button,
)
from casetracker.gui.casefile.photo import ImageCache, local_files
from casetracker.gui.i18n import tr, trn
from casetracker.gui.models.rows import RowsModel
from casetracker.gui.security import tempfiles
from casetracker.services import attachments
from casetracker.services.session import Session

CONTEXT = "AttachmentsSection"
Index = QModelIndex | QPersistentModelIndex
THUMB = 56
FILE, CAPTION, SOURCE, SIZE = range(4)
_EDITABLE = {CAPTION: "caption", SOURCE: "source_note"}


def size_text(size: int) -> str:
    if size < 1024:
        return trn(CONTEXT, "%n byte(s)", size)
    if size < 1024 * 1024:
        return tr(CONTEXT, "{n} KB").format(n=round(size / 1024))
    return tr(CONTEXT, "{n:.1f} MB").format(n=size / (1024 * 1024))


class AttachmentTableModel(RowsModel):
    """Attachments of one person with in-memory thumbnails; caption and source editable."""

    CONTEXT = CONTEXT

    edit_requested = Signal(int, str, str)  # attachment id, field, new text

    HEADERS = (
        QT_TRANSLATE_NOOP("AttachmentsSection", "File"),
        QT_TRANSLATE_NOOP("AttachmentsSection", "Caption"),
        QT_TRANSLATE_NOOP("AttachmentsSection", "Source"),
        QT_TRANSLATE_NOOP("AttachmentsSection", "Size"),
    )

    def __init__(self, images: ImageCache, parent=None) -> None:
        super().__init__(parent)
        self.images = images
        self._rows: list[AttachmentInfo] = []
        self._file_icon = None

    def info(self, row: int) -> AttachmentInfo:
        return self.row_at(row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (info.filename, info.caption, info.source_note, size_text(info.size))
            return values[column]
        if role == Qt.ItemDataRole.DecorationRole and column == FILE:
            return self.thumbnail(info)
        if role == Qt.ItemDataRole.ToolTipRole and column == FILE:
            return f"{info.filename}\n{info.mime}"
        return None

    def thumbnail(self, info: AttachmentInfo):
        if info.is_photo:
            image = self.images.image(info, THUMB)
            if image is not None:
                return QPixmap.fromImage(image)
        if self._file_icon is None:
            self._file_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return self._file_icon

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = _EDITABLE.get(index.column())
        if role != Qt.ItemDataRole.EditRole or field is None:
            return False
        info = self._rows[index.row()]
        if str(value) != getattr(info, field):
            self.edit_requested.emit(info.id, field, str(value))
        return False  # the reload after the save shows the stored value


class ImagePreviewDialog(QDialog):
    """An attachment image shown from memory, scaled to the screen."""

    def __init__(self, image_pixmap: QPixmap, info: AttachmentInfo, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(info.caption or info.filename)
        picture = QLabel()
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setPixmap(
            image_pixmap.scaled(
                QSize(900, 640),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(picture, 1)
        if info.source_note:
            layout.addWidget(
                hint_label(tr(CONTEXT, "Source: {note}").format(note=info.source_note))
            )


class AttachmentsSection(CaseSection):
    key = "attachments"

    def __init__(self, session: Session, images: ImageCache, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.images = images
        self.setAcceptDrops(True)
        self.model = AttachmentTableModel(images, self)
        self.model.edit_requested.connect(self._save_field)
        self.table = self._table()
        self.add_button = toolbar_button(tr(CONTEXT, "Add files…"), primary=True)
        self.preview_button = toolbar_button(tr(CONTEXT, "Preview"))
        self.open_button = toolbar_button(tr(CONTEXT, "Open…"))
        self.remove_button = toolbar_button(tr(CONTEXT, "Remove"))
        self.add_button.clicked.connect(self.choose_files)
        self.preview_button.clicked.connect(self.preview_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        layout = section_layout(self)
        layout.addWidget(
            hint_label(
                tr(
                    CONTEXT,
                    "Photos and documents are stored encrypted inside the vault. Drop files "
                    "here to add them; double-click a caption or source to edit it.",
                )
            )
        )
        bar = QHBoxLayout()
        bar.setSpacing(8)
        for button in (self.add_button, self.preview_button, self.open_button, self.remove_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def _table(self) -> QTableView:
        table = QTableView()
        accessible = tr(CONTEXT, "Attachments of this case")
        header = setup_table(table, self.model, accessible, THUMB + 12)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.setIconSize(QSize(THUMB, THUMB))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.ResizeToContents)
        table.doubleClicked.connect(self._double_clicked)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def title(self) -> str:
        return tr(CONTEXT, "Attachments")

    def count(self, person: Person) -> int | None:
        return len(person.attachments)

    def load(self, person: Person) -> None:
        selected = self.selected()
        super().load(person)
        self.model.set_rows(person.attachments)
        if selected is not None:
            reselect(self.table, lambda row: self.model.info(row).id == selected.id)
        self._update_buttons()

    def clear(self) -> None:
        super().clear()
        self.model.set_rows(())
        self._update_buttons()

    def selected(self) -> AttachmentInfo | None:
        row = selected_row(self.table)
        return None if row is None else self.model.info(row)

    def _update_buttons(self) -> None:
        info = self.selected()
        self.add_button.setEnabled(self.person_id is not None)
        self.preview_button.setEnabled(info is not None and info.is_photo)
        self.open_button.setEnabled(info is not None)
        self.remove_button.setEnabled(info is not None)

    # -- adding ----------------------------------------------------------------------------

    def add_files(self, paths: list[str]) -> None:
        for path in paths:
            if self.person_id is None:
                return
            run_op(self, attachments.add_file, self.session, self.person_id, path)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr(CONTEXT, "Add files to this case"))
        self.add_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.person_id is not None and local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # -- acting on one ---------------------------------------------------------------------

    def _double_clicked(self, index) -> None:
        if index.column() == FILE:
            info = self.model.info(index.row())
            self.preview_selected() if info.is_photo else self.open_selected()

    def _save_field(self, attachment_id: int, field: str, text: str) -> None:
        run_op(self, attachments.update, self.session, attachment_id, **{field: text})

    def preview_selected(self) -> ImagePreviewDialog | None:
        info = self.selected()
        image = self.images.image(info, 1600) if info and info.is_photo else None
        if info is None or image is None:
            return None
        dialog = ImagePreviewDialog(QPixmap.fromImage(image), info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        info = self.selected()
        if info is None or not self._confirm_open(info):
            return
        try:
            data = attachments.read(self.session, info.id)
        except CaseTrackerError as exc:
            show_error(self, exc)
            return
        try:
            path = tempfiles.write_private_copy(info.filename, data)
        except OSError as exc:
            QMessageBox.warning(self, tr(CONTEXT, "Could not open"), str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        bus.status_message.emit(
            tr(CONTEXT, "Opened a plain copy of {name}").format(name=info.filename)
        )

    def _confirm_open(self, info: AttachmentInfo) -> bool:
        answer = QMessageBox.warning(
            self,
            tr(CONTEXT, "Open outside the vault?"),
            tr(
                CONTEXT,
                "To open “{name}” in another program, CaseTracker must write an unencrypted "
                "copy to a private folder on this computer. It is erased when the vault locks "
                "or CaseTracker quits, but until then anyone using this computer account could "
                "read it, and the other program may keep copies of its own (recent files, "
                "thumbnails, autosave).\n\nOpen it anyway?",
            ).format(name=info.filename),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def remove_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            tr(CONTEXT, "Remove attachment"),
            tr(CONTEXT, "Remove “{name}” from this case? You can undo this.").format(
                name=info.filename
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            run_op(self, attachments.remove, self.session, info.id)
