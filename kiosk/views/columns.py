"""The shape of a page's content: a centred column of readable width, scrolling where it must."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget


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


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The scrolling page `widget` is on, if it is on one."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None
