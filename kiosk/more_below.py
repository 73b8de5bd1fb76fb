"""Whether a page goes on below what is shown, past a given item: the audio guide says so, since
a patient who cannot see the screen cannot see that the page scrolls (the "I understand" of the
disclaimer is below the fold on the 7-inch panels)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from kiosk.focus_stops import stops_in


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def more_below(widget: QWidget) -> bool:
    """True when `widget` is in a page that scrolls and is the last thing shown with more to come:
    it is cut off by the bottom of the view, or something of the page lies below the view and
    nothing else begins in view below `widget`."""
    area = _scroll_area_of(widget)
    if area is None:
        return False
    inner = getattr(area, "widget", lambda: None)()  # a QScrollArea's page; a text view has none
    bar = area.verticalScrollBar()
    if bar.value() >= bar.maximum() or not isinstance(inner, QWidget):
        return False
    viewport = area.viewport()
    bottom_of_view = viewport.height()

    def top(item: QWidget) -> int:
        return item.mapTo(viewport, QPoint(0, 0)).y()

    if top(widget) + widget.height() > bottom_of_view:
        return True  # itself goes on
    below = [stop.widget for stop in stops_in(inner)
             if not stop.link and stop.widget is not widget and top(stop.widget) > top(widget)]
    return any(top(item) + item.height() > bottom_of_view for item in below) and not any(
        top(item) < bottom_of_view for item in below)
