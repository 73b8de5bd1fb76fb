"""What every view is handed to render text: sizes, colours, the glossary, the screen's DPI."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontMetricsF

from kiosk.content import GlossaryTerm
from kiosk.theme import FONT_FAMILY, Metrics


@dataclass(frozen=True)
class Look:
    """What every view needs to render text: sizes, the link colour, the words to explain."""

    metrics: Metrics
    link_colour: str = "#0B5C78"
    glossary: tuple[GlossaryTerm, ...] = ()
    text_colour: str = "#1C2B36"  # icons are drawn in it
    dpi: float = 96.0  # the screen's, for things of a physical size (QR codes)


def cap_height_ratio() -> float:
    """The kiosk font's capital height as a share of its size (sizes are set by capital height)."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(100)
    return QFontMetricsF(font).capHeight() / 100 or 0.7


def body_font(metrics: Metrics) -> QFont:
    """The font of body text, which Markdown is rendered in."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(metrics.body)
    return font
