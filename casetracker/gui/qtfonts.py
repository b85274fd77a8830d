"""Register the fonts we ship and make them the fallbacks of the UI font.

Volunteers' laptops often lack Arabic-script or Chinese fonts (or have ones without the Kazakh
letters), which would show names as boxes. The shipped Noto subsets are registered at start-up
and put in the application font's family list so Qt falls back to them for every widget.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from casetracker.resources import resources_dir

#: Order matters: the first family with a glyph for a character draws it.
FALLBACK_ORDER = ("Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans CJK SC")

_registered: list[str] = []


def register_fonts() -> list[str]:
    """Add every .ttf/.otf under resources/fonts; return the families now available (once)."""
    if _registered:
        return list(_registered)
    try:
        folder = resources_dir() / "fonts"
    except FileNotFoundError:
        return []
    if not folder.is_dir():
        return []
    families: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".ttf", ".otf"):
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    _registered.extend(dict.fromkeys(families))
    return list(_registered)


def ui_families(available: list[str], system_family: str) -> list[str]:
    """Shipped families in fallback order, then the system's own as the last resort."""
    ordered = [f for f in FALLBACK_ORDER if f in available]
    ordered += [f for f in available if f not in ordered]
    if system_family and system_family not in ordered:
        ordered.append(system_family)
    return ordered


def apply_default_font(app: QApplication) -> QFont:
    """Make the shipped fonts the UI font's families; keep the system's size (at least 10 pt)."""
    available = register_fonts()
    font = QFont(app.font())
    if available:
        font.setFamilies(ui_families(available, font.family()))
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    return font
