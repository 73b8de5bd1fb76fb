"""The thick ring around whatever the keypad's focus is on, drawn over the page, not in its layout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from kiosk.views.link_area import link_rects

# The ring's width in pixels; resources/theme.qss draws it (#FocusRing) in the theme's colour.
RING_WIDTH = 6


class FocusRing(QFrame):
    """A frame just outside a widget, in its parent, that follows it as it moves or scrolls.

    Around a glossary word (a link in a paragraph) it surrounds the word, not the paragraph;
    a word that wraps (one of several words) is surrounded on its first line. It takes no
    touches and no room in any layout: showing it moves nothing on the page.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("FocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.link = ""  # the glossary word's link in `target` the ring is around, if one

    def ring(self, widget: QWidget, link: str = "") -> None:
        """Show the ring around `widget`, or around its `link` (a glossary word in a label),
        and no longer around the one before."""
        if self.target is not None:
            self.target.removeEventFilter(self)
        self.target = widget
        self.link = link
        parent = widget.parentWidget()
        if parent is not None and parent is not self.parentWidget():
            self.setParent(parent)
        widget.installEventFilter(self)
        self._follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (QEvent.Type.Move, QEvent.Type.Resize,
                                                       QEvent.Type.Show, QEvent.Type.Hide):
            self._follow()
        return False

    def _follow(self) -> None:
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        self.setGeometry(ring_area(target, self.link).translated(target.pos()))
        self.show()
        if self.link:
            # Inside its paragraph, under the label's text: a comma or letter next to the word
            # is drawn over the ring, not hidden by it.
            self.stackUnder(target)
        else:
            self.raise_()


def ring_area(widget: QWidget, link: str = "") -> QRect:
    """Where the ring goes, in `widget`'s coordinates: just outside it, or, for a `link` in a
    label, just outside the link's first line (in the room between its lines and words), never
    beyond where the label's own ring would be."""
    whole = widget.rect().adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH)
    pieces = link_rects(widget, link) if link and isinstance(widget, QLabel) else []
    if not pieces:
        return whole
    return pieces[0].adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH).intersected(whole)
