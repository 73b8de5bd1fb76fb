"""What a patient sees and does, in terms of widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.app import Kiosk


def tap(qtbot, widget: QWidget) -> None:
    """Touch a control the way a patient would: it must be on screen and enabled."""
    assert widget.isVisible(), f"{widget.objectName() or widget} is not on screen"
    assert widget.isEnabled(), f"{widget.objectName() or widget} is greyed out"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def page(kiosk: Kiosk) -> str:
    return kiosk.window.current_page


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
        elif isinstance(child, QAbstractButton):
            parts.append(child.text())
    return " ".join(" ".join(parts).split())


def button_labelled(widget: QWidget, text: str) -> QAbstractButton:
    matches = [
        b for b in widget.findChildren(QAbstractButton) if b.text() == text and b.isVisible()
    ]
    assert len(matches) == 1, f"expected one visible '{text}' control, found {len(matches)}"
    return matches[0]
