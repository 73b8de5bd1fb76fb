"""Two parts of a card side by side where the width allows, else one above the other."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget


class BesideOrAbove(QWidget):
    """`first` (a fixed-size picture, such as a QR code) beside `second`, or above it when narrow.

    Side by side, `second` gets the width `first` leaves; if that is less than `second` needs
    at the least (its widest button, its longest word), the button would be cut and the text
    squeezed to a word a line. Then `first` goes above and `second` takes the whole width.
    The choice depends on the width alone, so it is the same at every visit, and nothing in
    `second` moves when a button's label changes (see SaveButton).
    """

    def __init__(self, first: QWidget, second: QLayout, spacing: int) -> None:
        super().__init__()
        self._first = first
        self._second = second
        self._spacing = spacing
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(spacing)
        top_left = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        self._layout.addWidget(first, 0, top_left)
        self._layout.addLayout(second, 1)

    @property
    def side_by_side(self) -> bool:
        """Whether `second` is beside `first` (else below it)."""
        return self._layout.direction() == QBoxLayout.Direction.LeftToRight

    def width_for_side_by_side(self) -> int:
        """The least width at which both parts fit beside each other, nothing cut."""
        first = self._first.minimumSize().expandedTo(self._first.minimumSizeHint()).width()
        return first + self._spacing + self._second.minimumSize().width()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the parts one above the other: the card may be narrower than both side by side."""
        least = self._layout.minimumSize()
        first = self._first.minimumSize().expandedTo(self._first.minimumSizeHint()).width()
        return QSize(max(first, self._second.minimumSize().width()), least.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(event.size().width())

    def arrange(self, width: int) -> None:
        """Lay the parts out for `width`: beside each other if both fit, else one above the other."""
        wanted = (QBoxLayout.Direction.LeftToRight if width >= self.width_for_side_by_side()
                  else QBoxLayout.Direction.TopToBottom)
        if wanted != self._layout.direction():
            # Qt lays the card out again, at its new height, once this resize is done.
            self._layout.setDirection(wanted)
