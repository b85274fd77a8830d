"""The top of the case file: who this is and where they are now, readable at a glance.

Reference and key facts in small print, the preferred name large, every other written form
smaller (each in its own direction, so Arabic script reads right to left), and the current
status as a coloured badge with "since …" in words and how long ago that was.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from casetracker.domain.entities import Person
from casetracker.domain.enums import Sex
from casetracker.domain.names import preferred_name
from casetracker.gui.casefile.base import ethnicity_text, tone
from casetracker.gui.i18n import current_language, isolate, preferred_script, tr, trn
from casetracker.gui.labels import label, status_colour, text_colour_on
from casetracker.gui.widgets.fuzzydate_edit import date_words
from casetracker.gui.widgets.name_edit import apply_direction
from casetracker.gui.widgets.timeline import OFFICIAL_SOURCES

AVATAR = 72


def years_ago(date: dt.date | None, today: dt.date | None = None) -> str:
    if date is None:
        return ""
    years = ((today or dt.date.today()) - date).days // 365
    if years < 1:
        return tr("CaseHeader", "less than a year ago")
    return trn("CaseHeader", "%n year(s) ago", years)


def avatar_pixmap(image: QImage | None, initials: str, colour: QColor) -> QPixmap:
    """A round portrait, or the initials on the status colour when there is no photo."""
    pixmap = QPixmap(AVATAR, AVATAR)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, AVATAR, AVATAR))
    painter.setClipPath(path)
    if image is not None:
        scaled = image.scaled(
            AVATAR,
            AVATAR,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter.drawImage((AVATAR - scaled.width()) // 2, (AVATAR - scaled.height()) // 2, scaled)
    else:
        painter.fillRect(0, 0, AVATAR, AVATAR, colour.lighter(170))
        font = QFont(painter.font())
        font.setPointSize(20)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(colour.darker(160))
        painter.drawText(QRectF(0, 0, AVATAR, AVATAR), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return pixmap


def _initials(name: str) -> str:
    words = [w for w in name.replace("·", " ").split() if w]
    return "".join(w[0] for w in words[:2]).upper()


def facts_line(person: Person) -> str:
    """Reference · sex · birth · ethnicity · hometown, leaving out what is not known."""
    parts = [person.ref]
    if person.sex is not Sex.UNKNOWN:
        parts.append(label(person.sex))
    if person.birth_date is not None:
        parts.append(tr("CaseHeader", "born {date}").format(date=date_words(person.birth_date)))
    elif person.age_range is not None:
        parts.append(person.age_range.words(current_language()))
    if person.ethnicity:
        parts.append(ethnicity_text(person.ethnicity))
    if person.hometown:
        parts.append(person.hometown)
    return "  ·  ".join(isolate(p) for p in parts)


class CaseHeader(QFrame):
    """Reference, names and current status of the person shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.setStyleSheet(
            f"QFrame#caseHeader {{ background: {tone('base')};"
            f" border-bottom: 1px solid {tone('border')}; }}"
        )
        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR, AVATAR)
        self.facts_label = QLabel()
        self.facts_label.setStyleSheet(f"color: {tone('muted')}; font-weight: 600;")
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setWeight(QFont.Weight.Bold)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.other_names = QHBoxLayout()
        self.other_names.setSpacing(18)
        self.badge = QLabel()
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.since_label = QLabel()
        self.since_label.setStyleSheet(f"color: {tone('muted')};")
        self.since_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._layout()

    def _layout(self) -> None:
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.facts_label)
        text.addWidget(self.name_label)
        text.addLayout(self.other_names)
        status = QVBoxLayout()
        status.setSpacing(6)
        status.addStretch(1)
        status.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignRight)
        status.addWidget(self.since_label, 0, Qt.AlignmentFlag.AlignRight)
        status.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(18)
        layout.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addLayout(status)

    def load(self, person: Person, photo: QImage | None) -> None:
        name = preferred_name(person.names, preferred_script())
        self.name_label.setText(name)
        apply_direction(self.name_label, name)
        self.facts_label.setText(facts_line(person))
        self._show_other_names([n.text for n in person.names if n.text != name])
        event = person.current_event
        colour = status_colour(person.current_status)
        self.avatar.setPixmap(avatar_pixmap(photo, _initials(name), colour))
        self.avatar.setAccessibleName(tr("CaseHeader", "Photo of {name}").format(name=name))
        self.badge.setText(label(person.current_status))
        self.badge.setStyleSheet(
            f"QLabel {{ background: {colour.name()}; color: {text_colour_on(colour).name()};"
            " border-radius: 13px; padding: 5px 14px; font-weight: 600; }"
        )
        self.badge.setAccessibleName(
            tr("CaseHeader", "Current status: {status}").format(status=self.badge.text())
        )
        self.since_label.setText(self._since(event, person.events[-1] if person.events else None))

    def _since(self, event, latest) -> str:
        if event is None:
            return tr("CaseHeader", "no status recorded yet")
        if event.date is None:
            return tr("CaseHeader", "date unknown")
        parts = [tr("CaseHeader", "since {date}").format(date=date_words(event.date))]
        ago = years_ago(event.date.sort_key)
        if ago:
            parts.append(ago)
        if event.source_type in OFFICIAL_SOURCES:
            parts.append(tr("CaseHeader", "PRC official claim"))
        elif latest is not None and latest is not event and latest.source_type in OFFICIAL_SOURCES:
            # a later PRC claim is shown beside the family's account, never in its place
            parts.append(
                tr("CaseHeader", "PRC official claim: {status}").format(status=label(latest.status))
            )
        return "  ·  ".join(parts)

    def _show_other_names(self, names: list[str]) -> None:
        while self.other_names.count():
            item = self.other_names.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for text in names:
            widget = QLabel(text)
            widget.setStyleSheet(f"color: {tone('text')};")
            font = widget.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            widget.setFont(font)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            apply_direction(widget, text)
            self.other_names.addWidget(widget)
        self.other_names.addStretch(1)

    def other_name_labels(self) -> list[QLabel]:
        items = (self.other_names.itemAt(i) for i in range(self.other_names.count()))
        return [item.widget() for item in items if isinstance(item.widget(), QLabel)]

    def clear(self) -> None:
        for widget in (self.name_label, self.facts_label, self.badge, self.since_label):
            widget.clear()
        self.badge.setStyleSheet("")
        self.avatar.clear()
        self._show_other_names([])
