"""The kiosk's one window: a top bar, the current page, and the navigation bar."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.content import Content
from kiosk.navigation import DISCLAIMER, HOME
from kiosk.theme import Metrics
from kiosk.views.disclaimer import DisclaimerView
from kiosk.views.elements import button, text_label
from kiosk.views.home import HomeView
from kiosk.views.overlay import IdleOverlay
from kiosk.views.section import SectionView
from kiosk.views.updating import UpdatingView

UPDATING = "updating"


class KioskWindow(QWidget):
    """Shows one page at a time and reports the controls a patient touched.

    Built with `content=None` it shows only the "being updated" screen.
    """

    acknowledged = Signal()
    section_chosen = Signal(str)
    back_requested = Signal()
    home_requested = Signal()
    disclaimer_requested = Signal()

    def __init__(self, content: Content | None, metrics: Metrics) -> None:
        super().__init__()
        self.setObjectName("KioskWindow")
        self.setWindowTitle(content.clinic_name if content else "Patient information")
        margin = metrics.spacing * 2

        self.top_bar = QFrame()
        self.top_bar.setObjectName("TopBar")
        top = QHBoxLayout(self.top_bar)
        top.setContentsMargins(margin, metrics.spacing // 2, margin, metrics.spacing // 2)
        if content is not None:
            top.addWidget(text_label(content.clinic_name, "ClinicName"))
            top.addStretch(1)
            top.addWidget(text_label(content.clinic_location, "ClinicLocation"))

        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        if content is None:
            self._add_page(UPDATING, UpdatingView())
        else:
            disclaimer = DisclaimerView(content, metrics)
            disclaimer.acknowledged.connect(self.acknowledged)
            self._add_page(DISCLAIMER, disclaimer)
            home = HomeView(content, metrics)
            home.section_chosen.connect(self.section_chosen)
            self._add_page(HOME, home)
            for section in content.sections:
                self._add_page(section.id, SectionView(section, content, metrics))

        self.nav_bar = QFrame()
        self.nav_bar.setObjectName("NavBar")
        nav = QHBoxLayout(self.nav_bar)
        nav.setContentsMargins(margin, metrics.spacing // 2, margin, metrics.spacing // 2)
        nav.setSpacing(metrics.spacing)
        self.back_button = button("‹  Back", "nav", "Back")
        self.home_button = button("Home", "nav", "Home")
        self.disclaimer_button = button("Medical disclaimer", "nav", "DisclaimerButton")
        self.back_button.clicked.connect(self.back_requested)
        self.home_button.clicked.connect(self.home_requested)
        self.disclaimer_button.clicked.connect(self.disclaimer_requested)
        nav.addWidget(self.back_button)
        nav.addWidget(self.home_button)
        nav.addStretch(1)
        nav.addWidget(self.disclaimer_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.nav_bar)

        self.overlay = IdleOverlay(self, metrics)
        self.show_page(UPDATING if content is None else DISCLAIMER, acknowledged=False,
                       can_go_back=False)

    def _add_page(self, key: str, page: QWidget) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)

    @property
    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return next(key for key, page in self.pages.items() if page is current)

    def show_page(self, key: str, acknowledged: bool, can_go_back: bool) -> None:
        """Show page `key`; the navigation bar appears once the disclaimer is accepted."""
        self.stack.setCurrentWidget(self.pages[key])
        self.nav_bar.setVisible(acknowledged and key != UPDATING)
        self.back_button.setEnabled(can_go_back)
        self.home_button.setEnabled(key != HOME)
        self.disclaimer_button.setEnabled(key != DISCLAIMER)

    def reset_view(self) -> None:
        """Close the warning and scroll every page back to its top."""
        self.overlay.hide()
        for page in self.pages.values():
            scroll_to_top = getattr(page, "scroll_to_top", None)
            if scroll_to_top is not None:
                scroll_to_top()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.overlay.setGeometry(self.rect())
        super().resizeEvent(event)
