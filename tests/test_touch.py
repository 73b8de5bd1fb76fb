"""Sizes, touch and layout: what a finger and an eye at arm's length need."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScroller, QWidget

from kiosk import theme
from kiosk.controller import Kiosk
from tests.helpers import button_labelled, tap, tap_tile

ORIENTATIONS = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def resize(kiosk: Kiosk, orientation: str) -> None:
    """Turn the screen: resize the window and let its layouts follow before looking."""
    kiosk.window.resize(*ORIENTATIONS[orientation])
    QApplication.processEvents()


def px_per_mm(widget: QWidget) -> float:
    return theme.px_per_mm(theme.usable_dpi(widget.screen().physicalDotsPerInch()))


def every_page(qtbot, kiosk: Kiosk):
    """Visit each page the way a patient would, yielding its key once it is on screen."""
    QApplication.processEvents()
    yield "disclaimer"
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    QApplication.processEvents()
    yield "home"
    for key in kiosk.screen.pages["home"].tiles:
        tap_tile(qtbot, kiosk, key)
        QApplication.processEvents()
        yield key
        tap(qtbot, kiosk.screen.home_button)


def showing(widget: QWidget, kind: type) -> list:
    return [w for w in widget.findChildren(kind) if w.isVisible()]


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_every_control_is_at_least_9_mm(qtbot, kiosk: Kiosk, orientation: str) -> None:
    resize(kiosk, orientation)
    minimum = max(48, 9 * px_per_mm(kiosk.window))
    for key in every_page(qtbot, kiosk):
        for control in showing(kiosk.window, QAbstractButton):
            size = control.size()
            assert min(size.width(), size.height()) >= minimum, f"{control.text()!r} on {key}"


def shown_fonts(widget: QWidget) -> list[QFont]:
    """The fonts a widget's text is drawn in: its own, or each run of its rich text."""
    if not (isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText):
        return [widget.font()]
    document = QTextDocument()
    document.setDefaultFont(widget.font())
    document.setHtml(widget.text())
    fonts = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fonts.append(iterator.fragment().charFormat().font())
            iterator += 1
        block = block.next()
    return fonts


def test_capital_letters_are_at_least_4_8_mm_tall(qtbot, kiosk: Kiosk) -> None:
    minimum = 4.8 * px_per_mm(kiosk.window)
    for key in every_page(qtbot, kiosk):
        for widget in showing(kiosk.window, QLabel) + showing(kiosk.window, QAbstractButton):
            for font in shown_fonts(widget):
                assert font.family() == theme.FONT_FAMILY, f"{widget.objectName()} on {key}"
                cap_height = QFontMetricsF(font).capHeight()
                assert cap_height >= minimum - 0.01, f"{widget.objectName()} on {key}: {cap_height:.1f}px"


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_no_text_is_clipped_and_nothing_scrolls_sideways(qtbot, kiosk: Kiosk, orientation: str) -> None:
    resize(kiosk, orientation)
    for key in every_page(qtbot, kiosk):
        page = kiosk.screen.pages[key]
        area = getattr(page, "scroll_area", None)
        if area is not None:
            assert area.horizontalScrollBar().maximum() == 0, key
        for label in showing(page, QLabel):
            if label.wordWrap():
                needed = label.heightForWidth(label.width())
                assert needed <= label.height(), f"{label.objectName()} on {key} is cut off"
        for control in showing(kiosk.window, QAbstractButton):
            needed = control.fontMetrics().horizontalAdvance(control.text())
            assert needed <= control.contentsRect().width(), f"{control.text()!r} is cut off"


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_a_page_scrolls_to_its_last_line_and_no_further(qtbot, kiosk: Kiosk, orientation: str) -> None:
    resize(kiosk, orientation)
    for key in every_page(qtbot, kiosk):
        area = getattr(kiosk.screen.pages[key], "scroll_area", None)
        if area is None:
            continue
        bar = area.verticalScrollBar()
        if bar.maximum() == 0:
            continue  # it all fits: nothing to scroll
        bar.setValue(bar.maximum())  # as far down as a finger can drag it
        QApplication.processEvents()
        viewport = area.viewport()
        column = area.widget().findChild(QWidget, "PageContent")
        shown = [w for w in showing(column, QWidget) if w.objectName() != "PageContent"]
        last = max(w.mapTo(viewport, w.rect().bottomLeft()).y() for w in shown)
        blank = viewport.height() - last
        margin = column.layout().contentsMargins().bottom()
        assert 0 <= blank <= margin + 1, f"{key}: {blank} px blank under the last line"


def test_home_lays_out_tiles_for_the_orientation(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    tiles = list(kiosk.screen.pages["home"].tiles.values())
    resize(kiosk, "landscape")
    assert tiles[0].y() == tiles[1].y(), "two tiles side by side on a landscape screen"
    resize(kiosk, "portrait")
    assert tiles[0].x() == tiles[1].x(), "one column of tiles on a portrait screen"


def test_dragging_the_text_scrolls_it_and_selects_nothing(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    tap(qtbot, button_labelled(kiosk.window, "Treatments"))
    page = kiosk.screen.pages["treatments"]
    viewport = page.scroll_area.viewport()
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)  # laid out, longer than the screen
    assert bar.value() == 0
    # A finger on the text is recognised as a scroll gesture...
    assert QScroller.grabbedGesture(viewport) != Qt.GestureType(0)
    # ...and the drag it reports (as the gesture recogniser does, with event times) scrolls.
    # Synthesised mouse moves are not used: Qt's recogniser times them against the wall clock.
    scroller = QScroller.scroller(viewport)
    centre = QPointF(viewport.rect().center())
    scroller.handleInput(QScroller.Input.InputPress, centre + QPointF(0, 200), 1000)
    for step in range(1, 13):
        scroller.handleInput(QScroller.Input.InputMove, centre + QPointF(0, 200 - step * 33),
                             1000 + step * 16)
    scroller.handleInput(QScroller.Input.InputRelease, centre - QPointF(0, 200), 1000 + 13 * 16)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)
    scroller.stop()
    for label in page.findChildren(QLabel):
        assert not label.hasSelectedText()
        # Glossary words are links a finger can touch; nothing is selectable.
        assert not label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_text_colours_meet_4_5_to_1() -> None:
    palette = theme.Palette()
    for foreground, background in theme.TEXT_PAIRS:
        ratio = theme.contrast_ratio(getattr(palette, foreground), getattr(palette, background))
        assert ratio >= 4.5, f"{foreground} on {background}: {ratio:.2f}"


def test_nothing_depends_on_hover() -> None:
    assert ":hover" not in (theme.RESOURCES_DIR / "theme.qss").read_text(encoding="utf-8")
