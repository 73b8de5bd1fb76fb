"""What a patient sees and does, in terms of widgets."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.controller import Kiosk


def tap(qtbot, widget: QWidget) -> None:
    """Touch a control the way a patient would: it must be on screen and enabled."""
    assert widget.isVisible(), f"{widget.objectName() or widget} is not on screen"
    assert widget.isEnabled(), f"{widget.objectName() or widget} is greyed out"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def page(kiosk: Kiosk) -> str:
    return kiosk.screen.current_page


def visible_text(widget: QWidget) -> str:
    """All text of the labels and buttons inside `widget` that are showing, as plain text."""
    parts = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel):
            if child.textFormat() == Qt.TextFormat.RichText:
                document = QTextDocument()
                document.setHtml(child.text())
                parts.append(document.toPlainText())
            else:
                parts.append(child.text())
        elif isinstance(child, QAbstractButton) and child.text():
            parts.append(child.text())
    # (A zero-width space is a place a long identifier may wrap: not something a patient sees.)
    return " ".join(" ".join(parts).replace("\u200b", "").split())


def button_labelled(widget: QWidget, text: str) -> QAbstractButton:
    matches = [
        b for b in widget.findChildren(QAbstractButton)
        if (b.text() or b.accessibleName()) == text and b.isVisible()
    ]
    assert len(matches) == 1, f"expected one visible '{text}' control, found {len(matches)}"
    return matches[0]


def tap_link(qtbot, label: QLabel, href: str) -> None:
    """Touch the underlined word of `label` whose link is `href`, where it is drawn."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()  # lays the text out, so that its lines can be asked for
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                layout = block.layout()
                offset = fragment.position() - block.position() + fragment.length() // 2
                line = layout.lineForTextPosition(offset)
                assert line.isValid()
                origin = document.documentLayout().blockBoundingRect(block).topLeft()
                x = origin.x() + line.cursorToX(offset)[0]
                y = origin.y() + line.y() + line.height() / 2
                # QLabel draws its text at the top left of its contents, with no margin.
                point = label.contentsRect().topLeft() + QPoint(round(x), round(y))
                assert label.isVisible()
                qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=point)
                return
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link {href!r} in {label.objectName()}")


def tap_tile(qtbot, kiosk: Kiosk, key: str) -> None:
    """On the home screen, turn pages of tiles ("More topics") until `key`'s tile shows, and touch it."""
    home = kiosk.screen.pages["home"]
    assert kiosk.screen.current_page == "home"
    while home.page > 0:
        tap(qtbot, home.previous_button)
    tile = home.tiles[key]
    while not tile.isVisible():
        tap(qtbot, home.next_button)
    tap(qtbot, tile)


def open_text_sheet(qtbot, kiosk: Kiosk) -> None:
    """Touch "Text and colours" (unless its sheet is open): the size and colour controls show."""
    if not kiosk.screen.sheet.isVisible():
        tap(qtbot, kiosk.screen.text_button)
