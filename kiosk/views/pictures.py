"""Pictures from the content folder: tile icons, drawn in the tile's text colour."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

MAX_PICTURE_BYTES = 5_000_000


def picture_problem(path: Path) -> str | None:
    """What is wrong with a picture file, in words for staff; None when it can be shown."""
    try:
        if path.stat().st_size > MAX_PICTURE_BYTES:
            return f"is larger than {MAX_PICTURE_BYTES // 1_000_000} MB; use a smaller picture"
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    if path.suffix.lower() == ".svg":
        valid = QSvgRenderer(str(path)).isValid()
        return None if valid else "is not a picture Qt can draw (a broken SVG file)"
    reader = QImageReader(str(path))
    if reader.read().isNull():
        return f"cannot be decoded ({reader.errorString()}); save it again as PNG"
    return None


def icon_pixmap(path: Path, side: int, colour: str) -> QPixmap:
    """The picture scaled into a `side` square, keeping its shape, filled with `colour`.

    Only the picture's shape (its alpha channel) is used, so icons follow the theme,
    high contrast included.
    """
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if path.suffix.lower() == ".svg":
        renderer = QSvgRenderer(str(path))
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        renderer.render(painter, QRectF(0, 0, side, side))
    else:
        picture = QImage(str(path)).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)
        painter.drawImage((side - picture.width()) // 2, (side - picture.height()) // 2, picture)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), QColor(colour))
    painter.end()
    return QPixmap.fromImage(image)
