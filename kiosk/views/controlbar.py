"""A bar of controls that takes more rows when they do not fit its width."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget


class ControlBar(QFrame):
    """Leading controls on the left, trailing ones on the right, wrapped onto rows as needed.

    With large text on a portrait screen one row cannot hold every control; the bar then
    fills rows in order, so that every control stays whole and reachable.
    """

    def __init__(self, name: str, leading: list[QWidget], trailing: list[QWidget],
                 spacing: int, margin: int) -> None:
        super().__init__()
        self.setObjectName(name)
        self._leading = leading
        self._trailing = trailing
        self._spacing = spacing
        self._rows: list[list[QWidget]] = []
        # The bar takes the width it is given and wraps to fit; it never forces the window wider.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(margin, spacing // 2, margin, spacing // 2)
        self._column.setSpacing(spacing // 2)
        self._place([leading + trailing])

    def reflow(self) -> None:
        """Lay the visible controls out again, for this width."""
        margins = self._column.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        if not self.isVisible() or width <= 0:
            return  # laid out when shown (resizeEvent)
        shown = [w for w in self._leading + self._trailing if not w.isHidden()]
        rows: list[list[QWidget]] = [[]]
        used = 0
        for widget in shown:
            needed = widget.sizeHint().width() + (self._spacing if rows[-1] else 0)
            if rows[-1] and used + needed > width:
                rows.append([])
                needed = widget.sizeHint().width()
                used = 0
            rows[-1].append(widget)
            used += needed
        if rows != self._rows:
            self._place(rows)

    def _place(self, rows: list[list[QWidget]]) -> None:
        self._rows = rows
        while (item := self._column.takeAt(0)) is not None:
            layout = item.layout()
            if layout is not None:
                while layout.takeAt(0) is not None:
                    pass
                layout.deleteLater()
        for row in rows:
            line = QHBoxLayout()
            line.setSpacing(self._spacing)
            left = [w for w in row if w in self._leading]
            right = [w for w in row if w in self._trailing]
            for widget in left:
                line.addWidget(widget)
            line.addStretch(1)
            for widget in right:
                line.addWidget(widget)
            self._column.addLayout(line)
        self.updateGeometry()  # the bar's height changed with its rows

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reflow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reflow()
