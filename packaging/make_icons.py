"""Render the application icon from its SVG sources into every format the packages need.

    .venv/bin/python packaging/make_icons.py     # needs PySide6 and Pillow (extra "package")

Sources (hand-written SVG, CC0, in resources/icons/app/):
  casetracker.svg        the full drawing, used for 48 px and up
  casetracker-small.svg  fewer, bolder shapes, used for 16, 24 and 32 px so they stay legible

Outputs, next to the sources (committed, so a build needs neither this script nor Pillow):
  casetracker-<N>.png    N = 16 24 32 48 64 128 256 512  (Linux desktop entry, hicolor theme)
  casetracker.ico        16-256 px, one hand-rendered image per size (Windows exe and installer)
  casetracker.icns       16-1024 px incl. @2x (macOS app bundle and DMG)

Rendering is Qt's QSvgRenderer (the same renderer as the app), offscreen; Pillow only writes
the ICO and ICNS containers. Run it again whenever an SVG changes.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"
FULL = ICON_DIR / "casetracker.svg"
SMALL = ICON_DIR / "casetracker-small.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
SMALL_UP_TO = 32


def render(size: int) -> Image.Image:
    """The icon at `size` x `size` pixels as an RGBA Pillow image."""
    source = SMALL if size <= SMALL_UP_TO and SMALL.is_file() else FULL
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    images = {size: render(size) for size in sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))}
    for size in PNG_SIZES:
        images[size].save(ICON_DIR / f"casetracker-{size}.png", optimize=True)
    largest_ico = max(ICO_SIZES)
    images[largest_ico].save(
        ICON_DIR / "casetracker.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != largest_ico],
    )
    largest_icns = max(ICNS_SIZES)
    images[largest_icns].save(
        ICON_DIR / "casetracker.icns",
        append_images=[images[s] for s in ICNS_SIZES if s != largest_icns],
    )
    for path in sorted(ICON_DIR.iterdir()):
        print(f"{path.stat().st_size:>9,}  {path.relative_to(ICON_DIR.parent.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
