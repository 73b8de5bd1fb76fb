"""What a page is: the protocol every page the screen shows keeps, and the common scrolling page."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from kiosk.views.columns import scrolling_column
from kiosk.views.look import Look
from kiosk.views.touch import scroll_to_top


class Page(QWidget):
    """One page of the kiosk; the screen (kiosk.views.screen) shows one at a time.

    What the screen asks of every page: what "Listen" reads on it (`spoken_text`), where its
    text scrolls (`reading_area`: a reader's place is kept there across a new text size,
    contrast or language), and how it goes back to its top for the next patient
    (`scroll_to_top`). Every page says what it reads and where it scrolls.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("Page")  # the stylesheet's page background

    def spoken_text(self) -> str:
        """What "Listen" reads on this page; "" where there is nothing to read (Listen is hidden)."""
        raise NotImplementedError(f"{type(self).__name__} does not say what Listen reads")

    def reading_area(self) -> QScrollArea | None:
        """The area this page's text scrolls in; None where nothing scrolls."""
        raise NotImplementedError(f"{type(self).__name__} does not say where it scrolls")

    def scroll_to_top(self) -> None:
        """Show the page from its start, as the next patient should find it."""
        area = self.reading_area()
        if area is not None:
            scroll_to_top(area)


class ScrollingPage(Page):
    """A page whose whole content scrolls in a centred column; `_spoken` is what Listen reads."""

    def __init__(self, look: Look) -> None:
        super().__init__()
        metrics = look.metrics
        self.scroll_area, self.column = scrolling_column(metrics.column, metrics.spacing)
        self.column.setContentsMargins(metrics.margin, metrics.spacing, metrics.margin, metrics.margin)
        self._spoken = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def spoken_text(self) -> str:
        return self._spoken

    def reading_area(self) -> QScrollArea:
        return self.scroll_area
