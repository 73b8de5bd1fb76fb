"""QR codes of links a patient can scan with a phone: made as SVG by segno, drawn crisp by QtSvg.

The code area (the symbol without its quiet zone) is at least `QR_MIN_MM` across on screen, and
every module is a whole number of pixels, so a phone camera reads it from arm's length.
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    import segno

QR_MIN_MM = 25.0
MODULE_MIN_MM = 0.5  # a dense code (a reading list) grows instead: a phone needs modules this big
QUIET_ZONE = 4  # modules of white on each side, as the QR standard asks


def _encode(text: str) -> segno.QRCode:
    import segno  # here, not at start-up: it takes a sixth of the kiosk's start to import

    try:
        return segno.make(text, error="m", micro=False)
    except segno.DataOverflowError as error:
        raise ValueError(f"text of {len(text)} characters is too long for a QR code") from error


def _svg(code: segno.QRCode) -> bytes:
    out = io.BytesIO()
    code.save(out, kind="svg", scale=1, border=QUIET_ZONE, dark="black", light="white", xmldecl=False)
    return out.getvalue()


def _side(code: segno.QRCode, dpi: float, min_mm: float = QR_MIN_MM) -> int:
    if dpi <= 0:
        raise ValueError(f"dpi must be positive, not {dpi}")
    modules = code.symbol_size(scale=1, border=0)[0]
    pixels_per_module = max(math.ceil(min_mm * dpi / 25.4 / modules),
                            math.ceil(MODULE_MIN_MM * dpi / 25.4))
    return int((modules + 2 * QUIET_ZONE) * pixels_per_module)


def qr_svg(text: str) -> bytes:
    """An SVG of `text` as a QR code: black on white, one unit per module, with its quiet zone.

    Raises ValueError if `text` does not fit in a QR code.
    """
    return _svg(_encode(text))


def qr_side(text: str, dpi: float) -> int:
    """Side in pixels, quiet zone included, of the QR code of `text` on a screen of `dpi`.

    The smallest whole number of pixels per module that makes the code area at least
    `QR_MIN_MM` wide (px = mm * dpi / 25.4), and each module at least `MODULE_MIN_MM`, times
    the module count with the quiet zone.
    """
    return _side(_encode(text), dpi)


class QrCode(QWidget):
    """A fixed-size square QR code of `text`, drawn on white so it scans in any theme.

    `dpi` is in the same (logical) pixels as the widget's size; `min_mm` is the code area's
    least width (a dense code, such as a reading list, reads better larger). Touches pass
    through it, so a finger on the code still scrolls the page.
    """

    def __init__(self, text: str, dpi: float, parent: QWidget | None = None,
                 min_mm: float = QR_MIN_MM) -> None:
        super().__init__(parent)
        code = _encode(text)
        self.text = text
        self.setObjectName("QrCode")
        self.setAccessibleName("QR code")  # the views name it in the patient's language
        self.setAccessibleDescription(text)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._renderer = QSvgRenderer(QByteArray(_svg(code)), self)
        side = _side(code, dpi, min_mm)
        self.modules_across = int(code.symbol_size(scale=1, border=QUIET_ZONE)[0])  # the quiet zone's too
        self._chosen = side // self.modules_across  # pixels per module
        self._least = math.ceil(MODULE_MIN_MM * dpi / 25.4)
        self.setFixedSize(side, side)

    def fit_within(self, height: int) -> None:
        """Smaller where the view it is scrolled in is less tall than the code, so that it can be
        seen whole (on the 7-inch panels): as many whole pixels per module as fit in `height`,
        never more than chosen at first, never fewer than make a module `MODULE_MIN_MM`."""
        side = self.modules_across * max(self._least, min(self._chosen, height // self.modules_across))
        if side != self.width():
            self.setFixedSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        self._renderer.render(painter, QRectF(self.rect()))
        painter.end()
