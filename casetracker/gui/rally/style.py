"""The rally screen's look: large type and strong focus for a laptop used outdoors.

Kept apart from the app's theme because only this screen is meant to be read at arm's length
in daylight: 14 pt text, tall fields, a thick focus ring, calm cards. Colours come from the
active theme so the dark palette works too.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from casetracker.gui import theme

POINT_SIZE = 14.0
FIELD_HEIGHT = 38


def style_sheet() -> str:
    c = {name: theme.colour(name).name() for name in (
        "base", "alternate", "border", "highlight", "muted", "ok", "text", "warning", "window"
    )}  # fmt: skip
    # Font sizes in the sheet, not only setFont: a child with its own style sheet (the fuzzy
    # date fields colour their meaning label) would otherwise fall back to the app font.
    return f"""
    QWidget {{ font-size: {POINT_SIZE:g}pt; }}
    QLabel#rallyTitle {{ font-size: 20pt; font-weight: 600; }}
    QLabel#rallyCounter {{ color: {c["muted"]}; font-size: 13pt; }}
    QLabel#rallySection {{
        color: {c["highlight"]}; font-size: 12pt; font-weight: 700; padding-top: 6px;
    }}
    QLabel#muted {{ color: {c["muted"]}; }}
    QFrame#rallyCard {{
        background: {c["base"]}; border: 1px solid {c["border"]}; border-radius: 10px;
    }}
    QLabel#rallyCardTitle {{ font-size: 14pt; font-weight: 600; }}
    QFrame#suggestionCard {{
        background: {c["alternate"]}; border: 1px solid {c["border"]}; border-radius: 8px;
    }}
    QFrame#suggestionCard[chosen="true"] {{
        border: 3px solid {c["highlight"]}; background: {c["base"]};
    }}
    QLabel#keyHint {{
        color: {c["muted"]}; border: 1px solid {c["border"]}; border-radius: 4px;
        padding: 0px 6px; font-size: 10pt; background: {c["base"]};
    }}
    QLabel#suggestionRef {{ font-weight: 700; }}
    QLabel#suggestionNames {{ font-size: 13pt; }}
    QLabel#cardMeta {{ color: {c["muted"]}; font-size: 12pt; }}
    QLabel#evidence {{ color: {c["muted"]}; font-size: 11pt; }}
    QLabel#toast {{
        background: {c["ok"]}; color: white; border-radius: 8px; padding: 6px 16px;
        font-weight: 600;
    }}
    QLabel#notice {{
        background: {c["alternate"]}; color: {c["text"]}; border: 1px solid {c["border"]};
        border-radius: 8px; padding: 6px 16px;
    }}
    QLabel#modeBanner {{
        background: {c["base"]}; border: 2px solid {c["highlight"]}; border-radius: 8px;
        padding: 6px 14px;
    }}
    QLabel#rallyError {{ color: {c["warning"]}; font-weight: 600; }}
    QLabel#keysFooter {{ color: {c["muted"]}; font-size: 11pt; }}
    QLabel#scriptChip {{
        color: {c["muted"]}; font-size: 11pt; border: 1px solid {c["border"]};
        border-radius: 10px; padding: 2px 10px; background: {c["alternate"]};
    }}
    QLabel#scriptChip[empty="true"] {{ border: none; background: transparent; }}
    QLineEdit:focus, QComboBox:focus {{ border: 2px solid {c["highlight"]}; border-radius: 4px; }}
    QPushButton:focus {{ border: 2px solid {c["highlight"]}; border-radius: 4px; }}
    QScrollArea {{ border: none; background: transparent; }}
    """


def apply_large_type(root: QWidget) -> None:
    font = QFont(root.font())
    font.setPointSizeF(POINT_SIZE)
    root.setFont(font)
    root.setStyleSheet(style_sheet())
