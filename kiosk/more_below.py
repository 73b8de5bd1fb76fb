"""Whether a page goes on below what is shown, past a given item: the audio guide says so, since
a patient who cannot see the screen cannot see that the page scrolls (the "I understand" of the
disclaimer is below the fold on the 7-inch panels)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from kiosk.focus_stops import stops_in
from kiosk.views.columns import scroll_area_of


def more_below(widget: QWidget) -> bool:
    """True when `widget` is in a page that scrolls and is the last thing shown with more to come:
    it is cut off by the bottom of the view, or nothing else begins in view below it and
    something of the page lies below the view."""
    area = scroll_area_of(widget)
    inner = area.widget() if area is not None else None
    if area is None or inner is None:
        return False
    bar = area.verticalScrollBar()
    if bar.value() >= bar.maximum():
        return False
    viewport = area.viewport()
    bottom_of_view = viewport.height()

    def top(item: QWidget) -> int:
        return item.mapTo(viewport, QPoint(0, 0)).y()

    if top(widget) + widget.height() > bottom_of_view:
        return True  # itself goes on
    below = [stop.widget for stop in stops_in(inner)
             if not stop.link and stop.widget is not widget and top(stop.widget) > top(widget)]
    return bool(below) and all(top(item) >= bottom_of_view for item in below)
