"""The shared frame of the directory panels and their detail side.

`DirectoryPanel` lays out title, toolbar, master list and detail side by side. `DetailPane`
shows the selected organisation, contact or facility (title, kind and place, the facts that are
filled in, notes, an Edit button) above the sections its panel adds, or a placeholder while
nothing is selected. `InteractionsView` lists letters and meetings; a click
opens the first case the interaction concerns.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Changes, Interaction
from casetracker.gui.i18n import tr
from casetracker.gui.labels import label
from casetracker.gui.views.panelkit import Card, CaseLinksView, LazyPanel, muted_label
from casetracker.gui.widgets.name_edit import apply_direction

CONTEXT = "DirectoryPanels"


def facts_html(facts: Sequence[tuple[str, str]]) -> str:
    """Caption/value rows as a small table; empty values are left out."""
    rows = "".join(
        f"<tr><td style='padding:2px 14px 2px 0; color:gray'>{html.escape(caption)}</td>"
        f"<td style='padding:2px 0'>{html.escape(value)}</td></tr>"
        for caption, value in facts
        if value
    )
    return f"<table cellspacing='0'>{rows}</table>" if rows else ""


class InteractionsView(CaseLinksView):
    """Date, kind, who, summary, response and cases of each interaction; click opens a case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                tr(CONTEXT, "Date"),
                tr(CONTEXT, "Kind"),
                tr(CONTEXT, "Summary"),
                tr(CONTEXT, "Response"),
                tr(CONTEXT, "Cases"),
            ],
            parent,
        )
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(tr(CONTEXT, "Interactions"))

    def set_interactions(self, items: Sequence[Interaction], refs: dict[int, str]) -> None:
        self.clear()
        for item in items:
            arrow = "→ " if item.direction.value == "outgoing" else "← "
            cases = ", ".join(refs.get(pid, "?") for pid in item.person_ids)
            row = self.add_case(
                item.person_ids[0] if item.person_ids else None,
                [
                    item.date.text if item.date else "",
                    arrow + label(item.kind),
                    item.summary,
                    label(item.response),
                    cases,
                ],
            )
            who = " · ".join(x for x in (item.contact_name, item.organization_name) if x)
            row.setToolTip(1, f"{label(item.direction)}: {who}" if who else label(item.direction))
            row.setToolTip(2, item.summary)
            row.setToolTip(4, tr(CONTEXT, "Click to open {ref}").format(ref=cases.split(",")[0]))
        self.fit_columns(skip=(2,), limit=150)
        self.resizeColumnToContents(4)


class DetailPane(QWidget):
    """Facts of the selected entry and the sections (cards) its panel adds below them."""

    edit_requested = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget()
        self.placeholder = muted_label(placeholder)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_content(self) -> QWidget:
        content = QWidget()
        self.sections = QVBoxLayout(content)
        self.sections.setContentsMargins(0, 0, 0, 0)
        self.sections.setSpacing(16)
        card = Card("")
        card.title.hide()
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(tr(CONTEXT, "Edit…"))
        self.edit_button.clicked.connect(self.edit_requested.emit)
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.meta = muted_label()
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card.body.addLayout(head)
        for widget in (self.meta, self.facts, self.notes):
            card.body.addWidget(widget)
        self.sections.addWidget(card)
        return content

    def add_section(self, card: Card, stretch: int = 0) -> None:
        self.sections.addWidget(card, stretch)

    def show_entry(
        self, title: str, meta: str, facts: Sequence[tuple[str, str]], notes: str
    ) -> None:
        self.title.setText(title)
        apply_direction(self.title, title)
        self.meta.setText(meta)
        self.meta.setVisible(bool(meta))
        table = facts_html(facts)
        self.facts.setText(table)
        self.facts.setVisible(bool(table))
        self.notes.setText(notes)
        self.notes.setVisible(bool(notes.strip()))
        self.stack.setCurrentIndex(1)

    def show_placeholder(self) -> None:
        self.title.clear()
        self.facts.clear()
        self.notes.clear()
        self.stack.setCurrentIndex(0)

    def showing_entry(self) -> bool:
        return self.stack.currentIndex() == 1


def master_tree(headers: list[str], accessible: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setAccessibleName(accessible)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return tree


def case_links() -> CaseLinksView:
    return CaseLinksView(
        [tr(CONTEXT, "Case"), tr(CONTEXT, "Name"), tr(CONTEXT, "Status"), tr(CONTEXT, "Hometown")]
    )


class DirectoryPanel(LazyPanel):
    """Title, toolbar (filter and buttons), then master list and detail side by side."""

    def _page(self, title: str, subtitle: str, master_title: str) -> tuple[QHBoxLayout, Card]:
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 20, 24, 24)
        page.setSpacing(12)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        page.addWidget(heading)
        page.addWidget(muted_label(subtitle))
        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr(CONTEXT, "Filter by name…"))
        self.filter_edit.setAccessibleName(tr(CONTEXT, "Filter"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(280)
        self.filter_edit.textChanged.connect(lambda _text: self.apply_filter())
        toolbar.addWidget(self.filter_edit)
        page.addLayout(toolbar)
        master = Card(master_title)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(16)
        self.splitter.addWidget(master)
        page.addWidget(self.splitter, 1)
        return toolbar, master

    def _button(self, toolbar: QHBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        toolbar.addWidget(button)
        return button

    def _after_dialog(self, kind: str, saved: int | None) -> None:
        if saved is not None:
            self._wanted = (kind, saved)
            self.refresh()

    def is_relevant(self, changes: Changes) -> bool:
        return changes.directory_changed or changes.list_changed

    def apply_filter(self) -> None:
        raise NotImplementedError
