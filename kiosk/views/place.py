"""Where a reader is on a scrolling page, in terms that outlast a new text size, contrast or language.

A new text size, contrast or language builds the screen afresh (see kiosk.views.screen); the
place is taken from the old page and found again on the new one. It is not a pixel offset,
which means nothing at another text size, but the paragraph at the top of the scrolling area:
which text it is in and which paragraph of that text. The editions of the content have the
same layout, so the same place on the translated page is the same paragraph, translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from kiosk.views.touch import scroll_to_top


@dataclass(frozen=True)
class ReadingPlace:
    """The paragraph at the top of a page's scrolling area.

    The text is the `nth` label named `name` on the page, in reading order; `block` is the
    paragraph (text block) in it, and `fraction` how far down that paragraph the area's top
    edge is (below 0 or above 1 in the room before or after it).
    """

    name: str
    nth: int
    block: int
    fraction: float


def reading_place(area: QScrollArea) -> ReadingPlace | None:
    """The paragraph at the top of `area`; None at the very top of the page."""
    top = area.verticalScrollBar().value()
    content = area.widget()
    labels = _labels(content) if content is not None else []
    if top <= 0 or content is None or not labels:
        return None
    # The last text that starts at or above the top edge: the top is in it, or just after it.
    key, label = labels[0]
    for candidate in labels:
        if _top(candidate[1], content) > top:
            break
        key, label = candidate
    offset = top - _top(label, content)
    blocks = _paragraphs(label)
    index = 0
    for number, rect in enumerate(blocks):
        if rect.top() <= offset:
            index = number
    rect = blocks[index]
    return ReadingPlace(key[0], key[1], index, (offset - rect.top()) / max(rect.height(), 1.0))


def go_to_place(area: QScrollArea, place: ReadingPlace | None) -> None:
    """Scroll `area` so that `place` is at its top; to the top of the page if it is not there.

    The page is laid out first: it may have been built or resized a moment ago.
    """
    scroll_to_top(area)
    if place is None:
        return
    # A new screen is laid out only when the event loop runs; the place is measured on the
    # final layout, so the layouts waiting to be done are done now.
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    content = area.widget()
    found = dict(_labels(content)).get((place.name, place.nth)) if content is not None else None
    if content is None or found is None:
        return
    blocks = _paragraphs(found)
    rect = blocks[min(place.block, len(blocks) - 1)]
    y = _top(found, content) + rect.top() + place.fraction * rect.height()
    area.verticalScrollBar().setValue(round(y))


def _labels(content: QWidget) -> list[tuple[tuple[str, int], QLabel]]:
    """The page's texts in reading order, each keyed by its name and which of that name it is."""
    shown = [label for label in content.findChildren(QLabel) if label.isVisibleTo(content)]
    shown.sort(key=lambda label: (_top(label, content), label.mapTo(content, QPoint()).x()))
    counts: dict[str, int] = {}
    keyed = []
    for label in shown:
        name = label.objectName()
        counts[name] = counts.get(name, 0) + 1
        keyed.append(((name, counts[name] - 1), label))
    return keyed


def _top(label: QLabel, content: QWidget) -> int:
    """Where the label's text starts, in the scrolling content's coordinates."""
    return label.mapTo(content, label.contentsRect().topLeft()).y()


def _paragraphs(label: QLabel) -> list[QRectF]:
    """Where each paragraph of the label's text is drawn, relative to the top of its text.

    QLabel does not expose its document: the text is laid out again here as the label lays
    it out, at the label's width, in its font, with no document margin.
    """
    whole = [QRectF(0, 0, 1, max(label.contentsRect().height(), 1))]
    if label.textFormat() != Qt.TextFormat.RichText:
        return whole
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    layout = document.documentLayout()
    rects = []
    block = document.begin()
    while block.isValid():
        rects.append(layout.blockBoundingRect(block))
        block = block.next()
    return rects or whole
