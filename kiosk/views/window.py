"""The kiosk's one top-level window; it shows one KioskScreen at a time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QLayout, QScroller, QVBoxLayout, QWidget

from kiosk.views.screen import KioskScreen
from kiosk.views.staff import PinPad, StaffCorner, StaffPanel

STAFF_CORNER_PX = 96


class KioskWindow(QWidget):
    """Keeps its place on the screen while the screen inside it is rebuilt.

    A new text size, contrast or language means a new KioskScreen; the window, its
    geometry and its full-screen state stay. `resized` says its size changed (the screen turned).
    """

    resized = Signal()

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("KioskWindow")
        self.setWindowTitle(title)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The window is as large as the screen, never larger: the pages scroll instead.
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.screen_widget: KioskScreen | None = None
        self.staff_corner = StaffCorner(self, STAFF_CORNER_PX)
        self.pin_pad = PinPad(self)
        self.staff_panel = StaffPanel(self)

    def set_screen(self, screen: KioskScreen, stylesheet: str) -> None:
        old = self.screen_widget
        # Styled on their own, before they are shown: styling the whole window would style
        # the outgoing screen once more too, which doubles the time a patient waits.
        screen.setStyleSheet(stylesheet)
        for styled in (self.pin_pad, self.staff_panel):
            styled.setStyleSheet(stylesheet)
        self._layout.addWidget(screen)
        screen.show()  # at once: a layout shows a new child of a visible window only later
        self.screen_widget = screen
        if old is not None:
            # A finger may still be on the old screen: end its gestures before it goes.
            for area in old.findChildren(QAbstractScrollArea):
                QScroller.ungrabGesture(area.viewport())
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        for widget in (self.staff_corner, self.pin_pad, self.staff_panel):
            widget.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for overlay in (self.pin_pad, self.staff_panel):
            overlay.setGeometry(self.rect())
        self.resized.emit()
