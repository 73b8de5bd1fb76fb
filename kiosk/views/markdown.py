"""Markdown rendered by Qt for reading at arm's length, with glossary words as links."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from kiosk.views.look import Look

# The start of a glossary link's address; the rest is the word's id (kiosk.content.GlossaryTerm).
GLOSSARY_LINK = "glossary:"


def _mark_glossary_terms(document: QTextDocument, look: Look) -> None:
    """Turn the first use of each glossary word into a link that explains it when touched."""
    forms = sorted(
        ((form, term.id) for term in look.glossary for form in term.matches),
        key=lambda pair: -len(pair[0]),
    )
    options = QRegularExpression.PatternOption.CaseInsensitiveOption
    marked: set[str] = set()
    for form, term_id in forms:
        if term_id in marked:
            continue
        # An abbreviation in capitals matches only in capitals: "LES" is lupus, "les" is not.
        case = QRegularExpression.PatternOption.NoPatternOption if form.isupper() else options
        pattern = QRegularExpression(
            rf"\b{QRegularExpression.escape(form)}\b",
            case | QRegularExpression.PatternOption.UseUnicodePropertiesOption,
        )
        cursor = document.find(pattern)
        while not cursor.isNull():
            inside = QTextCursor(document)
            inside.setPosition(cursor.selectionStart() + 1)
            heading = cursor.block().blockFormat().headingLevel() > 0
            if not heading and not inside.charFormat().isAnchor():
                link = QTextCharFormat()
                link.setAnchor(True)
                link.setAnchorHref(GLOSSARY_LINK + term_id)
                link.setForeground(QColor(look.link_colour))
                link.setFontUnderline(True)
                cursor.mergeCharFormat(link)
                marked.add(term_id)
                break
            cursor = document.find(pattern, cursor)


def markdown_html(markdown: str, font: QFont, look: Look | None = None) -> str:
    """Qt's own rendering of `markdown`, as HTML with room between paragraphs and lines.

    QLabel's Markdown mode packs paragraphs tightly; at arm's length they need air. With a
    `look` that has a glossary, the first use of each glossary word becomes a link.
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
    if look is not None and look.glossary:
        _mark_glossary_terms(document, look)
    return document.toHtml()


def plain_text(markdown: str) -> str:
    """What `markdown` says, without its markup: for reading aloud."""
    document = QTextDocument()
    document.setMarkdown(markdown)
    return document.toPlainText()
