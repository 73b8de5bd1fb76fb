"""Pictures from the content folder: tile icons, drawn in the tile's text colour.

They are drawn from the bytes the loader read (kiosk.content.Picture), never from the file
again, so a screen rebuilt while the content folder is away keeps its icons.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk.content import Picture


@functools.cache
def resource_picture(path: Path) -> Picture:
    """A picture that comes with the kiosk (resources/), read once."""
    return Picture(path, path.read_bytes())


def picture_problem(picture: Picture) -> str | None:
    """What is wrong with a picture, in words for staff; None when it can be shown."""
    if picture.is_svg:
        valid = QSvgRenderer(QByteArray(picture.data)).isValid()
        return None if valid else "is not a picture Qt can draw (a broken SVG file)"
    buffer = QBuffer()
    buffer.setData(QByteArray(picture.data))
    reader = QImageReader(buffer)
    if reader.read().isNull():
        return f"cannot be decoded ({reader.errorString()}); save it again as PNG"
    return None


def icon_pixmap(picture: Picture, side: int, colour: str) -> QPixmap:
    """The picture scaled into a `side` square, keeping its shape, filled with `colour`.

    Only the picture's shape (its alpha channel) is used, so icons follow the theme,
    high contrast included.
    """
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if picture.is_svg:
        renderer = QSvgRenderer(QByteArray(picture.data))
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        renderer.render(painter, QRectF(0, 0, side, side))
    else:
        drawn = QImage.fromData(picture.data).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation)
        painter.drawImage((side - drawn.width()) // 2, (side - drawn.height()) // 2, drawn)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), QColor(colour))
    painter.end()
    return QPixmap.fromImage(image)
