"""Small building blocks shared by the views: text, the notice box, scrolling pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.content import Content
from kiosk.theme import FONT_FAMILY, Metrics
from kiosk.views.touch import enable_kinetic_scrolling


def markdown_html(markdown: str, font: QFont) -> str:
    """Qt's own rendering of `markdown`, as HTML with room between paragraphs and lines.

    QLabel's Markdown mode packs paragraphs tightly; at arm's length they need air.
    """
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setMarkdown(markdown)
    size = font.pixelSize()
    block = document.begin()
    after_list = False
    while block.isValid():
        spacing = QTextBlockFormat()
        in_list = block.textList() is not None
        spacing.setBottomMargin(size * (0.25 if in_list else 0.7))
        if block.blockFormat().headingLevel() or (after_list and not in_list):
            spacing.setTopMargin(size * 0.6)
        after_list = in_list
        spacing.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        QTextCursor(block).mergeBlockFormat(spacing)
        block = block.next()
    return document.toHtml()


def body_font(metrics: Metrics) -> QFont:
    """The font of body text, which Markdown is rendered in."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(metrics.body)
    return font


def text_label(text: str, name: str = "") -> QLabel:
    """A wrapped plain-text label, sized by the stylesheet, that a drag never selects."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return _wrapped(label, name)


def markdown_label(markdown: str, name: str, metrics: Metrics) -> QLabel:
    """A wrapped label showing Markdown, rendered by Qt itself in the body font.

    The font is given here, not by the stylesheet, because rich text carries its own.
    """
    label = QLabel(markdown_html(markdown, body_font(metrics)))
    label.setTextFormat(Qt.TextFormat.RichText)
    return _wrapped(label, name)


def _wrapped(label: QLabel, name: str) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setOpenExternalLinks(False)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        label.setObjectName(name)
    return label


def review_label(content: Content) -> QLabel:
    """Who reviewed the content medically, and when it was last updated."""
    return text_label(
        f"Medical Review: {content.reviewer}\nLast Updated: {content.last_updated}", "ReviewLine"
    )


def button(text: str, role: str, name: str = "") -> QPushButton:
    """A push button styled by its role: 'nav', 'primary' or 'tile'."""
    widget = QPushButton(text)
    widget.setProperty("role", role)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if name:
        widget.setObjectName(name)
    return widget


def notice_box(title: str, markdown: str, metrics: Metrics) -> QFrame:
    """The boxed 'investigational, not FDA-approved' notice, shown in full."""
    box = QFrame()
    box.setObjectName("Notice")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(24, 16, 24, 16)
    layout.setSpacing(6)
    layout.addWidget(text_label(title, "NoticeTitle"))
    layout.addWidget(markdown_label(markdown, "NoticeText", metrics))
    return box


def centered_column(max_width: int, spacing: int) -> tuple[QWidget, QVBoxLayout]:
    """A full-width widget whose content is a centred column no wider than `max_width`.

    Lines of a readable length on a wide landscape screen; the full width on a portrait one.
    """
    outer = QWidget()
    outer.setObjectName("PageContent")
    row = QHBoxLayout(outer)
    row.setContentsMargins(0, 0, 0, 0)
    inner = QWidget()
    inner.setObjectName("PageContent")
    inner.setMaximumWidth(max_width)
    # The column takes all the width it may before the margins take the rest.
    row.addStretch(1)
    row.addWidget(inner, 1000)
    row.addStretch(1)
    layout = QVBoxLayout(inner)
    layout.setSpacing(spacing)
    return outer, layout


def scrolling_column(max_width: int, spacing: int) -> tuple[QScrollArea, QVBoxLayout]:
    """A vertically scrolling, centred column that a finger drags: the area and its layout."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    column, layout = centered_column(max_width, spacing)
    area.setWidget(column)
    enable_kinetic_scrolling(area)
    return area, layout
