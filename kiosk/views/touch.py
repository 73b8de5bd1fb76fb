"""Finger-friendly scrolling for scroll areas."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScroller, QScrollerProperties


def enable_kinetic_scrolling(area: QAbstractScrollArea) -> None:
    """Let a finger drag the area and flick it, with no overshoot and no text selection.

    The gesture is grabbed on the viewport, so a drag anywhere on the content scrolls. A
    short press delay keeps taps on controls inside the area responsive.
    """
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    metric = QScrollerProperties.ScrollMetric
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    properties.setScrollMetric(metric.MousePressEventDelay, 0.0)
    properties.setScrollMetric(metric.HorizontalOvershootPolicy, off)
    properties.setScrollMetric(metric.VerticalOvershootPolicy, off)
    properties.setScrollMetric(metric.OvershootDragResistanceFactor, 0.0)
    properties.setScrollMetric(metric.OvershootScrollDistanceFactor, 0.0)
    scroller.setScrollerProperties(properties)
    if isinstance(area, QAbstractItemView):
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def scroll_to_top(area: QAbstractScrollArea) -> None:
    """Stop any flick still in motion and show the top of the area."""
    QScroller.scroller(area.viewport()).stop()
    area.verticalScrollBar().setValue(0)
