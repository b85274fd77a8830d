"""Line icons from resources/icons, drawn in the palette's text colour.

The SVGs use `currentColor`, so one drawing serves the light and the dark theme and the
disabled state; rendering them here (instead of QIcon(path)) is what makes that possible.
Each icon is 15 renderings (sizes x normal, disabled, selected), about 1.5 ms: they are kept
per name and colours, so the main window built again (unlock, language switch) draws none, and
`mainwindow.preload` can draw the window's icons while the key is being derived.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from casetracker.resources import resources_dir

_SIZES = (16, 20, 24, 32, 48)


@cache
def _svg_text(name: str) -> str:
    try:
        path = resources_dir() / "icons" / f"{name}.svg"
    except FileNotFoundError:
        return ""
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _pixmap(svg: str, colour: QColor, size: int, ratio: float) -> QPixmap:
    data = QByteArray(svg.replace("currentColor", colour.name()).encode("utf-8"))
    renderer = QSvgRenderer(data)
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


#: Rendered icons by (name, normal, disabled and selected colours, pixel ratio).
_rendered: dict[tuple[str, int, int, int, float], QIcon] = {}


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon `name` (file name without .svg); an empty icon if it is missing."""
    svg = _svg_text(name)
    if not svg:
        return QIcon()
    palette = QGuiApplication.palette()
    normal = colour or palette.color(QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorRole.HighlightedText)
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if app is not None else 1.0
    key = (name, normal.rgba(), disabled.rgba(), selected.rgba(), ratio)
    result = _rendered.get(key)
    if result is None:
        result = QIcon()
        for size in _SIZES:
            result.addPixmap(_pixmap(svg, normal, size, ratio), QIcon.Mode.Normal)
            result.addPixmap(_pixmap(svg, disabled, size, ratio), QIcon.Mode.Disabled)
            result.addPixmap(_pixmap(svg, selected, size, ratio), QIcon.Mode.Selected)
        _rendered[key] = result
    return QIcon(result)  # a copy: a caller adding pixmaps must not change the kept one


def app_icon() -> QIcon:
    """The coloured application icon (not recoloured)."""
    svg = _svg_text("casetracker")
    if not svg:
        return QIcon()
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        result.addPixmap(_pixmap(svg, QColor("#000000"), size, 1.0))
    return result
