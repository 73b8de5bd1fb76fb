"""A reader keeps their place through a new text size, colours or language.

A page opened anew from Home starts at its top.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from kiosk.controller import Kiosk
from kiosk.views.section import SectionView
from tests.helpers import button_labelled, page, tap, tap_tile

SECTION = "regenerative-research"
# A paragraph in the middle of the page: the page scrolls to it, and on past it.
PARAGRAPH = "At the test clinic, we explain research in plain words"  # tests/fixtures/content


def paragraphs(view: SectionView) -> list[tuple[float, float, str]]:
    """Each paragraph of the section's text: its top and bottom in the scrolling page, and its text."""
    body = view.body
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(body.font())
    document.setHtml(body.text())
    document.setTextWidth(body.contentsRect().width())
    origin = body.mapTo(view.scroll_area.widget(), body.contentsRect().topLeft()).y()
    found = []
    block = document.begin()
    while block.isValid():
        rect = document.documentLayout().blockBoundingRect(block)
        found.append((origin + rect.top(), origin + rect.bottom(), block.text()))
        block = block.next()
    return found


def section(kiosk: Kiosk) -> SectionView:
    view = kiosk.screen.pages[SECTION]
    assert isinstance(view, SectionView)
    return view


def at_top(kiosk: Kiosk) -> tuple[int, str]:
    """Which paragraph of the section's text is at the top of the page, and its text."""
    view = section(kiosk)
    top = view.scroll_area.verticalScrollBar().value()
    for number, (start, end, text) in enumerate(paragraphs(view)):
        if start <= top < end:
            return number, text
    raise AssertionError(f"no paragraph at the top (y={top})")


def open_section(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    tap_tile(qtbot, kiosk, SECTION)
    assert page(kiosk) == SECTION


def read_down_to(qtbot, kiosk: Kiosk, start: str) -> tuple[int, str]:
    """Scroll the section until the paragraph beginning `start` is at the top, a little way in."""
    view = section(kiosk)
    qtbot.waitUntil(lambda: view.scroll_area.verticalScrollBar().maximum() > 0)
    top = next(top for top, _end, text in paragraphs(view) if text.startswith(start))
    bar = view.scroll_area.verticalScrollBar()
    assert bar.maximum() > top + 10, "the page must scroll past the paragraph"
    bar.setValue(round(top) + 10)
    place = at_top(kiosk)
    assert place[1].startswith(start)
    return place


def settled(qtbot, kiosk: Kiosk) -> None:
    """Let the new screen take its place in the window, and any layout still waiting be done."""
    qtbot.waitUntil(lambda: kiosk.screen.geometry() == kiosk.window.rect())
    QApplication.processEvents()


def tap_text_control(qtbot, kiosk: Kiosk, label: str) -> None:
    """Touch `label` on the card of text size and colour controls, opening the card first."""
    if not kiosk.screen.sheet.isVisible():
        tap(qtbot, kiosk.screen.text_button)
    tap(qtbot, button_labelled(kiosk.window, label))


def test_larger_text_keeps_the_paragraph_at_the_top(qtbot, kiosk: Kiosk) -> None:
    open_section(qtbot, kiosk)
    before = read_down_to(qtbot, kiosk, PARAGRAPH)

    tap_text_control(qtbot, kiosk, "A+")
    settled(qtbot, kiosk)

    assert kiosk.preferences.text_step == 1
    assert page(kiosk) == SECTION
    assert at_top(kiosk) == before


def test_high_contrast_keeps_the_paragraph_at_the_top(qtbot, kiosk: Kiosk) -> None:
    open_section(qtbot, kiosk)
    before = read_down_to(qtbot, kiosk, PARAGRAPH)

    tap_text_control(qtbot, kiosk, "High contrast")
    settled(qtbot, kiosk)

    assert kiosk.preferences.high_contrast
    assert at_top(kiosk) == before


def test_another_language_shows_the_same_paragraph_translated(qtbot, kiosk: Kiosk) -> None:
    open_section(qtbot, kiosk)
    number, english = read_down_to(qtbot, kiosk, PARAGRAPH)

    tap(qtbot, button_labelled(kiosk.window, "Español"))
    settled(qtbot, kiosk)

    assert kiosk.preferences.language == "es"
    assert page(kiosk) == SECTION
    shown, spanish = at_top(kiosk)
    assert shown == number, "the same paragraph of the translated page"
    assert spanish != english and spanish.startswith("En la clínica de prueba, explicamos")


def test_a_section_opened_again_from_home_starts_at_its_top(qtbot, kiosk: Kiosk) -> None:
    open_section(qtbot, kiosk)
    read_down_to(qtbot, kiosk, PARAGRAPH)

    tap(qtbot, kiosk.screen.home_button)
    tap_tile(qtbot, kiosk, SECTION)

    assert page(kiosk) == SECTION
    assert section(kiosk).scroll_area.verticalScrollBar().value() == 0


def test_back_from_the_disclaimer_returns_to_the_same_paragraph(qtbot, kiosk: Kiosk) -> None:
    kiosk.window.resize(1024, 600)  # a small panel, where the disclaimer scrolls too
    settled(qtbot, kiosk)
    open_section(qtbot, kiosk)
    before = read_down_to(qtbot, kiosk, PARAGRAPH)
    disclaimer = kiosk.screen.pages["disclaimer"]
    disclaimer.scroll_area.verticalScrollBar().setValue(50)  # as the first reader left it
    assert disclaimer.scroll_area.verticalScrollBar().value() == 50

    tap(qtbot, kiosk.screen.disclaimer_button)
    assert page(kiosk) == "disclaimer"
    assert disclaimer.scroll_area.verticalScrollBar().value() == 0, "opened from the bar: at its top"
    tap(qtbot, kiosk.screen.back_button)

    assert page(kiosk) == SECTION
    assert at_top(kiosk) == before
