"""Where a link (a glossary word) is drawn inside a rich-text QLabel.

QLabel has no public way to ask where a link is. It lays its text out in a QTextDocument of
its own; this module lays the same text out the same way (the label's font, wrapping,
alignment, margin and indent, in its contents rectangle, with no document margin) and reads
the link's place off the lines of that layout.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QTextBlock, QTextDocument, QTextLine, QTextOption
from PySide6.QtWidgets import QLabel, QStyle


def link_rects(label: QLabel, href: str) -> list[QRect]:
    """The rectangles, in `label`'s coordinates, of the link to `href`: one for each line it is
    on (a word wraps onto a second line only if it is several words), in reading order.

    Empty if the label shows no such link (plain text, or another text).
    """
    if label.textFormat() == Qt.TextFormat.PlainText:
        return []
    document = _laid_out_as(label)
    origin = _text_origin(label, document)  # which lays the text out: its lines can be asked for
    rects: list[QRect] = []
    block = document.begin()
    while block.isValid():
        for start, end in _link_spans(block, href):
            rects += [rect.translated(origin).toAlignedRect() for rect in _line_pieces(block, start, end)]
        block = block.next()
    return rects


def _document_rect(label: QLabel, direction: Qt.LayoutDirection) -> QRect:
    """The part of the label its text is laid out in: what QLabel itself computes, from its
    contents rectangle, margin and indent (a framed label with no indent gets half an "x")."""
    rect = label.contentsRect()
    margin = label.margin()
    rect.adjust(margin, margin, -margin, -margin)
    indent = label.indent()
    if indent < 0 and label.frameWidth():
        indent = label.fontMetrics().horizontalAdvance("x") // 2 - margin
    if indent > 0:
        align = QStyle.visualAlignment(direction, label.alignment())
        if align & Qt.AlignmentFlag.AlignLeft:
            rect.setLeft(rect.left() + indent)
        if align & Qt.AlignmentFlag.AlignRight:
            rect.setRight(rect.right() - indent)
        if align & Qt.AlignmentFlag.AlignTop:
            rect.setTop(rect.top() + indent)
        if align & Qt.AlignmentFlag.AlignBottom:
            rect.setBottom(rect.bottom() - indent)
    return rect


def _laid_out_as(label: QLabel) -> QTextDocument:
    """The label's text in a document of its own, laid out as the label lays out its own."""
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setDefaultFont(label.font())
    if label.textFormat() == Qt.TextFormat.MarkdownText:
        document.setMarkdown(label.text())
    else:
        document.setHtml(label.text())
    option = document.defaultTextOption()
    option.setAlignment(label.alignment())
    option.setWrapMode(QTextOption.WrapMode.WordWrap if label.wordWrap() else QTextOption.WrapMode.ManualWrap)
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
    document.setTextWidth(_document_rect(label, option.textDirection()).width())
    return document


def _text_origin(label: QLabel, document: QTextDocument) -> QPointF:
    """Where the label draws the document's top left corner: its document rectangle's, moved
    down when the label centres or bottom-aligns its text (the layout does not do that)."""
    rect = _document_rect(label, document.defaultTextOption().textDirection())
    height = document.size().height()
    align = label.alignment()
    down = 0.0
    if align & Qt.AlignmentFlag.AlignVCenter:
        down = max((rect.height() - height) / 2, 0.0)
    elif align & Qt.AlignmentFlag.AlignBottom:
        down = max(rect.height() - height, 0.0)
    return QPointF(rect.x(), rect.y() + down)


def _link_spans(block: QTextBlock, href: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of `href`'s link text in `block`, relative to the block.

    A link may be split in several fragments (a bold letter in it): those that touch are one.
    """
    spans: list[tuple[int, int]] = []
    item = block.begin()
    while not item.atEnd():
        fragment = item.fragment()
        item += 1
        form = fragment.charFormat()
        if not (form.isAnchor() and form.anchorHref() == href):
            continue
        start = fragment.position() - block.position()
        end = start + fragment.length()
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _line_pieces(block: QTextBlock, start: int, end: int) -> list[QRectF]:
    """The part of each of the block's lines that shows the text from `start` to `end`, in
    document coordinates."""
    layout = block.layout()
    corner = layout.position()
    text = block.text()
    pieces: list[QRectF] = []
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        first = max(start, line.textStart())
        last = min(end, line.textStart() + line.textLength())
        while last > first and text[last - 1].isspace():
            last -= 1  # the space a line breaks at is drawn on no line
        if first >= last:
            continue
        left, right = _x(line, first), _x(line, last)
        left, right = min(left, right), max(left, right)
        pieces.append(QRectF(left, line.y(), right - left, line.height()).translated(corner))
    return pieces


def _x(line: QTextLine, position: int) -> float:
    """Where on `line` the text before `position` ends (PySide gives the x and the position)."""
    x, _ = cast(tuple[float, int], line.cursorToX(position))
    return x
