"""High contrast as a patient sees it: greyed-out controls look off, and nothing stays light."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk import theme
from kiosk.controller import Kiosk
from tests.helpers import page, tap
from tests.test_keep_place import tap_text_control


def pixels(widget: QWidget, step: int = 1) -> list[list[QColor]]:
    """The widget as drawn on screen, as rows of colours (every `step`-th pixel each way)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return [
        [image.pixelColor(x, y) for x in range(0, image.width(), step)]
        for y in range(0, image.height(), step)
    ]


def contrast(one: QColor, other: QColor) -> float:
    return theme.contrast_ratio(one.name(), other.name())


def ink_contrast(control: QPushButton) -> float:
    """Contrast of a control's lettering and border with its own background, as drawn.

    Its background is the colour most of it is painted in; its ink, the most common colour
    that stands apart from the background (anti-aliased edges are fewer than solid strokes).
    """
    counts = Counter(colour.name() for row in pixels(control) for colour in row)
    (background, _), *others = counts.most_common()
    ink = next(name for name, _ in others if theme.contrast_ratio(name, background) > 1.5)
    return theme.contrast_ratio(ink, background)


def high_contrast(qtbot, kiosk: Kiosk) -> None:
    """Switch to high contrast on the card of text and colour controls, and close the card."""
    tap_text_control(qtbot, kiosk, "High contrast")
    assert kiosk.preferences.high_contrast
    # The new screen is laid out in the window once the event loop has run.
    qtbot.waitUntil(lambda: kiosk.screen.geometry() == kiosk.window.rect())
    if kiosk.screen.sheet.isVisible():
        tap(qtbot, kiosk.screen.sheet.close_button)


@pytest.mark.parametrize("high", [True, False], ids=["high-contrast", "normal"])
def test_a_greyed_out_control_is_dimmer_than_an_enabled_one(qtbot, kiosk: Kiosk, high: bool) -> None:
    if high:
        high_contrast(qtbot, kiosk)
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    assert page(kiosk) == "home"
    screen = kiosk.screen
    off, on = screen.home_button, screen.disclaimer_button
    assert not off.isEnabled() and off.isVisible()
    assert on.isEnabled() and on.isVisible()

    dimmed, enabled = ink_contrast(off), ink_contrast(on)

    assert dimmed < enabled * 0.75, f"greyed-out {dimmed:.1f}:1 is not dimmer than enabled {enabled:.1f}:1"
    # Off, but a patient with low vision can still read what it is.
    assert dimmed >= (7.0 if high else 4.5)


def test_no_band_of_the_disclaimer_stays_light_in_high_contrast(qtbot, kiosk: Kiosk) -> None:
    high_contrast(qtbot, kiosk)
    assert page(kiosk) == "disclaimer"
    black = QColor(theme.HIGH_CONTRAST.background)
    disclaimer = kiosk.screen.pages["disclaimer"]
    bar = disclaimer.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())  # its end: "I understand" and whatever is below it
    understand = disclaimer.understand
    assert not understand.visibleRegion().isEmpty()
    corner = understand.mapTo(kiosk.window, understand.rect().topRight())
    button_rows = range(corner.y(), corner.y() + understand.height())
    step = 4
    beside = (corner.x() + 2 * step) // step  # the first sampled column right of the button

    rows = pixels(kiosk.window, step)

    # Each row of the screen is mostly background, whatever lettering crosses it; only a
    # rule between the bars and the page (a line, not a band) may be light all across.
    light = [sum(contrast(colour, black) >= 1.5 for colour in row) > len(row) // 2 for row in rows]
    for number in range(1, len(rows)):
        assert not (light[number - 1] and light[number]), f"a light band at y={number * step}"
    for y in button_rows[::step]:
        row = rows[y // step]
        assert contrast(row[0], black) < 1.5, f"the band beside 'I understand' is light at y={y}"
        assert contrast(row[beside], black) < 1.5, f"the band beside 'I understand' is light at y={y}"
