"""Notes save themselves; attachments come in from files with in-memory thumbnails."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage, QPixmap

from casetracker.services import cases


def test_notes_save_after_the_idle_delay(qtbot, panel, session, person_id):
    notes = panel.sections["notes"]
    qtbot.keyClicks(notes.notes_edit, "Daughter visited the consulate")
    assert cases.get(session, person_id).notes == ""
    qtbot.waitUntil(
        lambda: cases.get(session, person_id).notes == "Daughter visited the consulate",
        timeout=3000,
    )
    assert notes.state_label.text().startswith("Saved")


def test_request_is_saved_on_flush(qtbot, panel, session, person_id):
    notes = panel.sections["notes"]
    qtbot.keyClicks(notes.request_edit, "Proof of life")
    panel.flush()
    assert cases.get(session, person_id).request == "Proof of life"


def _png(path, colour: str = "#3366AA"):
    image = QImage(120, 160, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def test_attachment_added_from_a_file_shows_a_thumbnail(qtbot, panel, tmp_path):
    section = panel.sections["attachments"]
    section.add_files([str(_png(tmp_path / "portrait.png"))])
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    index = section.model.index(0, 0)
    assert index.data() == "portrait.png"
    thumbnail = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(thumbnail, QPixmap) and not thumbnail.isNull()
    assert max(thumbnail.width(), thumbnail.height()) <= 56
    identity = panel.sections["identity"]
    assert identity.photo.image() is not None  # the first photo is the case's photo
    assert not panel.header.avatar.pixmap().isNull()
    assert panel.tabs.tabText(4).endswith("1")


def test_dropping_an_image_on_the_photo_adds_it(qtbot, panel, session, person_id, tmp_path):
    path = _png(tmp_path / "dropped.png", "#AA3366")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    photo = panel.sections["identity"].photo
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(photo.files_dropped):
        photo.dropEvent(event)
    assert [a.filename for a in cases.get(session, person_id).attachments] == ["dropped.png"]
    qtbot.waitUntil(lambda: photo.image() is not None)


def test_caption_edit_in_the_table_is_saved(qtbot, panel, session, person_id, tmp_path):
    section = panel.sections["attachments"]
    section.add_files([str(_png(tmp_path / "p.png"))])
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    section.model.setData(section.model.index(0, 1), "Passport photo")
    assert cases.get(session, person_id).attachments[0].caption == "Passport photo"
    qtbot.waitUntil(lambda: section.model.index(0, 1).data() == "Passport photo")
