"""Where the keypad's focus can stop on a screen, in reading order, and what is said at each.

A stop is a control (a button, a topic tile), a block of text (a heading, a paragraph) or a
glossary word inside a paragraph, or a QR code. The views only name things (accessible names
and descriptions, object names); this module turns a named widget into the spoken sentence.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.qr import QrCode
from kiosk.views.markdown import GLOSSARY_LINK
from kiosk.views.translate import tr

# Labels shown as headings (the rest of the text is read as paragraphs).
HEADINGS = frozenset({"PageTitle", "DisclaimerTitle", "HomeTitle", "NoticeTitle", "OverlayTitle",
                      "CardHeading", "ClinicName"})
_LINK = re.compile(r'<a href="(' + re.escape(GLOSSARY_LINK) + r'[^"]+)"[^>]*>(.*?)</a>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_ZERO_WIDTH_SPACE = "\u200b"


@dataclass(frozen=True)
class Stop:
    """One place the focus stops: `widget`, and, for a glossary word in it, the word's link."""

    widget: QWidget
    link: str = ""
    word: str = ""


# Set on a label whose accessible name `name_in_tree` copied from its text: the text, which may
# change, stays what is read.
_NAMED_HERE = "nameFromText"


def label_text(label: QLabel) -> str:
    """What a label says, as plain text (its accessible name first, where the view set one)."""
    if label.accessibleName() and not label.property(_NAMED_HERE):
        return label.accessibleName()
    if label.textFormat() == Qt.TextFormat.PlainText:
        return _plain(label.text())
    document = QTextDocument()
    document.setHtml(label.text())
    return _plain(document.toPlainText().strip())


def _plain(text: str) -> str:
    """`text` without the invisible marks a view adds for the layout only: the zero-width
    spaces where a long DOI may wrap are not part of what is read, nor of a name in the tree."""
    return text.replace(_ZERO_WIDTH_SPACE, "")


def glossary_words(label: QLabel) -> list[tuple[str, str]]:
    """The (link, word) of each glossary word marked in a label's text, in order."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return []
    return [(href, html.unescape(_TAG.sub("", inner)).strip()) for href, inner in _LINK.findall(label.text())]


def _is_stop(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractButton | QrCode):
        return True
    return isinstance(widget, QLabel) and bool(widget.text().strip())


def _inside_button(widget: QWidget, container: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not container:
        if isinstance(parent, QAbstractButton | QrCode):
            return True
        parent = parent.parentWidget()
    return False


def stops_in(container: QWidget, row: bool = False) -> list[Stop]:
    """The visible stops under `container`, top to bottom and, in a row, left to right.

    `row`: the container is one row (a bar), read left to right whatever each item's height.
    """
    found = [w for w in container.findChildren(QWidget)
             if _is_stop(w) and w.isVisible() and not _inside_button(w, container)]

    def place(widget: QWidget) -> tuple[int, int]:
        corner = widget.mapTo(container, QPoint(0, 0))
        return (0, corner.x()) if row else (corner.y(), corner.x())

    stops: list[Stop] = []
    for widget in sorted(found, key=place):
        stops.append(Stop(widget))
        if isinstance(widget, QLabel):
            stops += [Stop(widget, link, word) for link, word in glossary_words(widget)]
    return stops


def is_heading(widget: QWidget) -> bool:
    return isinstance(widget, QLabel) and widget.objectName() in HEADINGS


def describe(stop: Stop, paragraph: tuple[int, int] | None = None) -> str:
    """The sentence said when the focus reaches `stop`: its name, its role and, for text, the text.

    `paragraph` is (number, count) of a paragraph among the paragraphs of its page.
    """
    widget = stop.widget
    if stop.link:
        return tr("%1, glossary word. Press Enter for its meaning.").replace("%1", stop.word)
    if isinstance(widget, QrCode):
        if _is_link(widget):
            return tr("QR code of the study's link. Scan it with your phone's camera.")
        return tr("QR code of your list. Scan it with your phone's camera.")
    if isinstance(widget, QAbstractButton):
        name = widget.accessibleName() or widget.text().strip("‹› ")
        if widget.property("role") == "tile":
            sentence = tr("%1, topic").replace("%1", name)
        elif widget.isCheckable():
            state = tr("saved") if widget.isChecked() else tr("not saved")
            sentence = tr("%1, button, %2").replace("%1", name).replace("%2", state)
        else:
            sentence = tr("%1, button").replace("%1", name)
        if not widget.isEnabled():
            sentence += ", " + tr("not available")
        return sentence + "."
    assert isinstance(widget, QLabel)
    text = label_text(widget)
    if is_heading(widget):
        return tr("Heading: %1").replace("%1", text)
    if paragraph is None:
        return text
    number, count = paragraph
    return tr("Paragraph %1 of %2.").replace("%1", str(number)).replace("%2", str(count)) + " " + text


def paragraphs(stops: list[Stop]) -> list[QWidget]:
    """The paragraphs among `stops` (text that is not a heading), to number them."""
    return [s.widget for s in stops
            if not s.link and isinstance(s.widget, QLabel) and not is_heading(s.widget)]


def _is_link(code: QrCode) -> bool:
    """Whether a QR code holds a study's link (its description is the text it encodes)."""
    return code.accessibleDescription().startswith(("http://", "https://"))


def name_in_tree(stops: list[Stop], numbered: list[QWidget], keep: QWidget | None = None) -> None:
    """Put what the keypad says at `stops` in the accessibility tree too, for a screen reader.

    A text's name is its text; a paragraph's description is its number ("Paragraph 2 of 7.").
    A heading has no description: its role (given by `kiosk.accessible_roles`) says it, and a
    screen reader would say "Heading" twice. A QR code's name says whose it is (its
    description stays the text it encodes). `numbered` are the page's paragraphs; `keep` is a
    paragraph whose description says, for now, the glossary word the focus is on
    (`word_in_tree`): it is left as it is.
    """
    for stop in stops:
        widget = stop.widget
        if stop.link or widget is keep:
            continue  # the word is part of its paragraph's text
        if isinstance(widget, QrCode):
            name = tr("QR code of the study's link") if _is_link(widget) else tr("QR code of your list")
            _name(widget, name, widget.accessibleDescription())
        elif isinstance(widget, QLabel):
            if not widget.accessibleName() or widget.property(_NAMED_HERE):
                widget.setProperty(_NAMED_HERE, True)
            name = label_text(widget)
            if is_heading(widget):
                role = ""
            elif widget in numbered:
                role = (tr("Paragraph %1 of %2.").replace("%1", str(numbered.index(widget) + 1))
                        .replace("%2", str(len(numbered))))
            else:
                role = ""
            if glossary_words(widget):
                role = f"{role} {tr('Touch an underlined word to see what it means')}".strip()
            _name(widget, name, role)


def word_in_tree(stop: Stop) -> None:
    """Let a screen reader say the glossary word the focus has moved to.

    A word has no object of its own in the accessibility tree (it is part of its paragraph's
    text) and the focus stays on its paragraph, so the paragraph's description says the word,
    as the keypad does ("lupus, glossary word. Press Enter for its meaning."): Qt sends the
    change to the screen reader, and Orca speaks a new description of the object with the
    focus. The caller gives the paragraph its own description back when the focus leaves the
    word (`describe_in_tree`).
    """
    describe_in_tree(stop.widget, describe(stop))


def describe_in_tree(widget: QWidget, description: str) -> None:
    """Give `widget` this accessible description, if it has another one."""
    # Set only on a change: each change is an event sent to a screen reader.
    if widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)


def _name(widget: QWidget, name: str, description: str) -> None:
    # Set only on a change: each change is an event sent to a screen reader.
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)
    describe_in_tree(widget, description)
