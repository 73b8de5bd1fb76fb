"""The attract screen: a calm invitation, in both languages, over the start screen nobody uses.

It also serves as the black cover while the display sleeps (`asleep`): a panel whose power
control is missing, or slow to go dark, then shows nothing at all.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk import theme

INVITATION_EN = "Touch the screen to learn about lupus"
INVITATION_ES = "Toque la pantalla para aprender sobre el lupus"

# Where the text block goes, as fractions of the free room (0: left or top, 1: right or bottom),
# in an order that never puts it twice running in the same part of the screen (burn-in).
PLACES = ((0.5, 0.5), (0.1, 0.15), (0.9, 0.85), (0.85, 0.1), (0.15, 0.9), (0.5, 0.2),
          (0.2, 0.55), (0.5, 0.85), (0.8, 0.5))
# White on black: the highest contrast, and the least light (and wear) on the panel.
STYLE = """
AttractView { background: #000000; }
QLabel { color: #ffffff; background: transparent; }
QLabel#AttractSpanish { color: #d8d8d8; }
QLabel#AttractClinic { color: #b8b8b8; }
"""


class AttractView(QWidget):
    """Covers its parent: the invitation in English and Spanish and the clinic's name, as one
    block that `place(step)` moves; `set_asleep(True)` shows only black.

    It only renders; what moves it, when, and what a touch on it does is kiosk.rest's.
    """

    def __init__(self, parent: QWidget, clinic_name: str) -> None:
        super().__init__(parent)
        self.setObjectName("AttractView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.step = 0
        self.block = QWidget(self)
        layout = QVBoxLayout(self.block)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.english = self._label(INVITATION_EN, "AttractEnglish")
        self.spanish = self._label(INVITATION_ES, "AttractSpanish")
        self.clinic = self._label(clinic_name, "AttractClinic")
        for label in (self.english, self.spanish, self.clinic):
            layout.addWidget(label)
        self.setAccessibleName(f"{INVITATION_EN}. {INVITATION_ES}. {clinic_name}")
        self.hide()

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self.block)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def set_clinic(self, clinic_name: str) -> None:
        self.clinic.setText(clinic_name)
        self.setAccessibleName(f"{INVITATION_EN}. {INVITATION_ES}. {clinic_name}")

    @property
    def asleep(self) -> bool:
        return self.block.isHidden()

    def set_asleep(self, asleep: bool) -> None:
        """Black only (the display sleeps), or the invitation."""
        self.block.setVisible(not asleep)

    def cover(self) -> None:
        """Show over everything in the parent, at its size."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._fit(self.size())  # now: a hidden parent gets its resize events only when shown
        self.show()
        self.raise_()

    def place(self, step: int) -> None:
        """Put the text block at the `step`-th of PLACES (in turn, round and round)."""
        self.step = step
        x, y = PLACES[step % len(PLACES)]
        block = self.block
        room_x = max(0, self.width() - block.width())
        room_y = max(0, self.height() - block.height())
        block.move(round(room_x * x), round(room_y * y))

    def block_rect(self) -> QRect:
        return self.block.geometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size())

    def _fit(self, size: QSize) -> None:
        """Size the text for a cover of `size`, and put the block back in its place."""
        # Large enough to read from across a waiting room: the invitation's capitals are about
        # a 22nd of the screen's shorter side; the block takes up to 70% of the width.
        short = min(size.width(), size.height())
        for label, share, weight in ((self.english, 1 / 16, QFont.Weight.DemiBold),
                                     (self.spanish, 1 / 19, QFont.Weight.Normal),
                                     (self.clinic, 1 / 30, QFont.Weight.Normal)):
            font = QFont(theme.FONT_FAMILY)
            font.setPixelSize(max(12, round(short * share)))
            font.setWeight(weight)
            label.setFont(font)
        width = round(size.width() * 0.7)
        layout = self.block.layout()
        assert layout is not None
        layout.setSpacing(round(short / 40))
        self.block.setFixedWidth(width)
        self.block.setFixedHeight(self.block.heightForWidth(width))
        self.place(self.step)
