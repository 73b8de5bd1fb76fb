"""Small building blocks shared by the views: text, buttons, the notice box, scrolling pages."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRegularExpression, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
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

from kiosk.content import GlossaryTerm
from kiosk.reviews import PageReview, Part, State
from kiosk.theme import FONT_FAMILY, Metrics
from kiosk.views.touch import scroll_to_top

GLOSSARY_LINK = "glossary:"


@dataclass(frozen=True)
class Look:
    """What every view needs to render text: sizes, the link colour, the words to explain."""

    metrics: Metrics
    link_colour: str = "#0B5C78"
    glossary: tuple[GlossaryTerm, ...] = ()
    text_colour: str = "#1C2B36"  # icons are drawn in it
    dpi: float = 96.0  # the screen's, for things of a physical size (QR codes)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the patient's language, through Qt's translation system.

    `pyside6-lupdate` finds every `tr("...")` call; `%n` with `n` picks the plural form.
    """
    return QCoreApplication.translate("", text, disambiguation, n)


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


def _part_names() -> dict[Part, str]:
    """What each file is on a page, in the words of the page's footer."""
    return {
        Part.TEXT: tr("this page's text"),
        Part.NOTICE: tr("the notice"),
        Part.GLOSSARY: tr("the word explanations"),
        Part.STUDIES: tr("the study summaries"),
        Part.REFERENCES: tr("the references"),
        Part.DISCLAIMER: tr("the disclaimer"),
    }


def review_text(review: PageReview, language: str) -> str:
    """The footer of a page: who reviewed which of what it shows, and when; and what no one has.

    A review is named only for the files it covers, as they were when reviewed: what changed
    since, or was never reviewed, is said so in plain words (kiosk.reviews).
    """
    names = _part_names()
    whole = {p.part for p in review.parts}
    lines = []
    for record, parts in review.records():
        date = QDate(record.date.year, record.date.month, record.date.day)
        # The date patterns are translated: "MMMM 'de' yyyy" in Spanish.
        shown = QLocale(language).toString(date, tr("d MMMM yyyy") if record.day_given else tr("MMMM yyyy"))
        if set(parts) == whole:
            lines.append(tr("Medical review: %1, %2").replace("%1", record.signed_by).replace("%2", shown))
        else:
            lines.append(tr("Medical review of %1: %2, %3").replace("%1", ", ".join(names[p] for p in parts))
                         .replace("%2", record.signed_by).replace("%3", shown))
    changed = review.with_state(State.CHANGED)
    if changed:
        listed = ", ".join(names[p] for p in changed)
        lines.append(tr("Changed after its medical review: %1.").replace("%1", listed))
    unreviewed = review.with_state(State.UNREVIEWED, translated=False)
    if unreviewed:
        listed = ", ".join(names[p] for p in unreviewed)
        lines.append(tr("Not reviewed by a physician yet: %1.").replace("%1", listed))
    # A translation needs its own review: the original's does not cover it.
    untranslated_review = review.with_state(State.UNREVIEWED, translated=True)
    if untranslated_review:
        listed = ", ".join(names[p] for p in untranslated_review)
        lines.append(tr("Translation not reviewed by a physician yet: %1.").replace("%1", listed))
    return "\n".join(lines)


def review_label(review: PageReview, language: str) -> QLabel:
    """The page's review footer (see review_text)."""
    return text_label(review_text(review, language), "ReviewLine")


def button(text: str, role: str, name: str = "", description: str = "") -> QPushButton:
    """A push button styled by its role ('nav', 'primary', 'tile', 'tool'), named for screen readers."""
    widget = QPushButton(text)
    widget.setProperty("role", role)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setAccessibleName(text.strip("‹› "))
    if description:
        widget.setAccessibleDescription(description)
    if name:
        widget.setObjectName(name)
    return widget


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
    """A vertically scrolling, centred column: the area and its layout.

    The screen that shows the page turns on kinetic scrolling (kiosk.views.touch).
    """
    area = scroll_area()
    column, layout = centered_column(max_width, spacing)
    # The column is as tall as its text at this width (height-for-width), not as its minimum
    # size hint: that hint wraps each label at its narrowest, which left up to a screen and a
    # half of blank page to scroll through after the last card.
    column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
    area.setWidget(column)
    return area, layout


def scroll_area() -> QScrollArea:
    """A frameless area that scrolls up and down only, resizing what it holds to its width."""
    area = QScrollArea()
    # No keyboard, so no focus: a focused area on the page being left makes Qt walk the focus
    # chain of every page at each page switch.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class ScrollingPage(QWidget):
    """A page whose whole content scrolls in a centred column; `_spoken` is what Listen reads."""

    def __init__(self, look: Look) -> None:
        super().__init__()
        self.setObjectName("Page")
        metrics = look.metrics
        self.scroll_area, self.column = scrolling_column(metrics.column, metrics.spacing)
        self.column.setContentsMargins(metrics.margin, metrics.spacing, metrics.margin, metrics.margin)
        self._spoken = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def spoken_text(self) -> str:
        return self._spoken

    def scroll_to_top(self) -> None:
        scroll_to_top(self.scroll_area)


class Overlay(QFrame):
    """A dimmed cover over its parent with a card in the middle; `inner` is the card's layout."""

    def __init__(self, parent: QWidget, pad: int, spacing: int, max_width: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("Scrim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = QFrame()
        self.card.setObjectName("OverlayCard")
        if max_width:
            self.card.setMaximumWidth(max_width)
        self.inner = QVBoxLayout(self.card)
        self.inner.setContentsMargins(pad, pad, pad, pad)
        self.inner.setSpacing(spacing)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(pad, pad, pad, pad)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def cover(self) -> None:
        """Show over the whole of the parent, on top."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
