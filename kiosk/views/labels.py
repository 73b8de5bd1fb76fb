"""Text on a page: wrapped labels of plain text or Markdown, and the boxed notice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

from kiosk.views.look import Look, body_font
from kiosk.views.markdown import GLOSSARY_LINK, markdown_html, plain_text
from kiosk.views.translate import tr


def text_label(text: str, name: str = "") -> QLabel:
    """A wrapped plain-text label, sized by the stylesheet, that a drag never selects."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return _wrapped(label, name)


def markdown_label(markdown: str, name: str, look: Look) -> QLabel:
    """A wrapped label showing Markdown, rendered by Qt itself in the body font.

    The font is given here, not by the stylesheet, because rich text carries its own.
    Glossary words are links; touching one emits the label's `linkActivated`.
    """
    html = markdown_html(markdown, body_font(look.metrics), look)
    label = _wrapped(QLabel(html), name)
    label.setTextFormat(Qt.TextFormat.RichText)
    if GLOSSARY_LINK in html:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        label.setAccessibleName(plain_text(markdown))
        label.setAccessibleDescription(tr("Touch an underlined word to see what it means"))
    return label


def _wrapped(label: QLabel, name: str) -> QLabel:
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setOpenExternalLinks(False)
    label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        label.setObjectName(name)
    return label


def notice_box(title: str, markdown: str, look: Look) -> QFrame:
    """The boxed 'investigational, not FDA-approved' notice, shown in full."""
    box = QFrame()
    box.setObjectName("Notice")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(24, 16, 24, 16)
    layout.setSpacing(6)
    layout.addWidget(text_label(title, "NoticeTitle"))
    layout.addWidget(markdown_label(markdown, "NoticeText", look))
    return box
