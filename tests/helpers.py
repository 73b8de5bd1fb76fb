"""What a patient sees and does, in terms of widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.controller import Kiosk
from kiosk.views.link_area import link_rects


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
    pieces = link_rects(label, href)
    assert pieces, f"no link {href!r} in {label.objectName()}"
    assert label.isVisible()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=pieces[0].center())


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
