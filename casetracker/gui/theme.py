"""The look of the app: Fusion style, a restrained light palette (dark when the system is dark).

One place for colours so that panels never hard-code them: item models ask `colour("warning")`
for overdue dates, the navigation and headings get their spacing from one small style sheet.
Fusion everywhere because it looks the same on Windows, macOS and Linux, so screenshots and
training material match what volunteers see.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_LIGHT = {
    "window": "#F4F5F7",
    "base": "#FFFFFF",
    "alternate": "#F7F8FA",
    "text": "#1D2330",
    "muted": "#5C6474",
    "button": "#FBFBFC",
    "highlight": "#2C6BAC",
    "highlight_text": "#FFFFFF",
    "link": "#1F5F9E",
    "border": "#D5D9E0",
    "sidebar": "#E9ECF0",
    "warning": "#B3261E",
    "ok": "#2E7D32",
    "tooltip": "#FFFFF0",
}
_DARK = {
    "window": "#1F2228",
    "base": "#17191D",
    "alternate": "#1C1F24",
    "text": "#E4E7EB",
    "muted": "#A0A7B4",
    "button": "#2A2E35",
    "highlight": "#3F7FC4",
    "highlight_text": "#FFFFFF",
    "link": "#7FB2E8",
    "border": "#3A3F48",
    "sidebar": "#191B20",
    "warning": "#FF8A80",
    "ok": "#81C784",
    "tooltip": "#2A2E35",
}

_current: dict[str, str] = dict(_LIGHT)


def system_is_dark() -> bool:
    """True when the desktop asks for a dark appearance (Qt 6.5+ reports it)."""
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def colour(name: str) -> QColor:
    """A named colour of the active theme (window, text, muted, warning, ok, border, ...)."""
    return QColor(_current.get(name, _current["text"]))


def _palette(c: dict[str, str]) -> QPalette:
    palette = QPalette(QColor(c["button"]), QColor(c["window"]))
    roles = {
        QPalette.ColorRole.Window: c["window"],
        QPalette.ColorRole.WindowText: c["text"],
        QPalette.ColorRole.Base: c["base"],
        QPalette.ColorRole.AlternateBase: c["alternate"],
        QPalette.ColorRole.Text: c["text"],
        QPalette.ColorRole.Button: c["button"],
        QPalette.ColorRole.ButtonText: c["text"],
        QPalette.ColorRole.Highlight: c["highlight"],
        QPalette.ColorRole.HighlightedText: c["highlight_text"],
        QPalette.ColorRole.Link: c["link"],
        QPalette.ColorRole.ToolTipBase: c["tooltip"],
        QPalette.ColorRole.ToolTipText: c["text"],
        QPalette.ColorRole.PlaceholderText: c["muted"],
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    disabled = QColor(c["muted"])
    disabled.setAlpha(160)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def _style_sheet(c: dict[str, str]) -> str:
    # Kept small on purpose: a style sheet on a widget replaces Fusion's drawing of it.
    return f"""
    QListWidget#navigation {{
        background: {c["sidebar"]}; border: none; padding: 8px 6px; outline: 0;
    }}
    QListWidget#navigation::item {{ padding: 0 10px; border-radius: 6px; margin: 1px 0; }}
    QListWidget#navigation::item:selected {{
        background: {c["highlight"]}; color: {c["highlight_text"]};
    }}
    QListWidget#navigation::item:hover:!selected {{ background: {c["border"]}; }}
    QLabel#pageTitle {{ font-size: 15pt; font-weight: 600; }}
    QLabel#welcomeTitle {{ font-size: 20pt; font-weight: 600; }}
    QLabel#muted, QLabel#caseCount {{ color: {c["muted"]}; }}
    QLabel#inlineError {{ color: {c["warning"]}; font-weight: 600; }}
    QLabel#recoveryCode {{
        font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace; font-size: 16pt;
        padding: 12px; border: 1px dashed {c["border"]}; border-radius: 6px;
        background: {c["base"]};
    }}
    QStatusBar QLabel {{ padding: 0 6px; }}
    """


def apply(app: QApplication, dark: bool | None = None) -> None:
    """Fusion, our palette and style sheet; `dark=None` follows the system."""
    global _current
    use_dark = system_is_dark() if dark is None else dark
    _current = dict(_DARK if use_dark else _LIGHT)
    app.setStyle("Fusion")
    app.setPalette(_palette(_current))
    app.setStyleSheet(_style_sheet(_current))


def is_dark() -> bool:
    return _current is not None and _current.get("window") == _DARK["window"]
