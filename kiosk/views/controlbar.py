"""A bar of controls whose places depend only on its width: nothing moves when a control
appears, greys out or changes its label."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget


def keep_place(widget: QWidget) -> None:
    """Let `widget` keep its room in a layout while it is hidden (a blank, not a gap that closes)."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


# The events after which a stylesheet may have set a control's minimum width anew.
_RESTYLED = (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.Show)


class _SlotKeeper(QObject):
    """Puts a control's fixed width back each time the stylesheet is applied to it.

    Styling a widget sets its minimum width from the stylesheet's min-width; a control must
    keep the width its slot gives it, or it moves when its label or its state changes.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _RESTYLED and isinstance(watched, QWidget):
            watched.setFixedWidth(slot_width(watched))
        return False


def set_slot_width(widget: QWidget, width: int) -> None:
    """Give `widget` exactly `width` pixels, whatever the stylesheet later says."""
    if widget.property("slot_width") is None:
        widget.installEventFilter(_SlotKeeper(widget))
    widget.setProperty("slot_width", width)
    widget.setFixedWidth(width)


def hold_slot(widget: QWidget) -> None:
    """Put back the width `set_slot_width` gave: styling a widget resets its minimum width."""
    width = widget.property("slot_width")
    if width:
        widget.ensurePolished()
        widget.setFixedWidth(int(width))


def slot_width(widget: QWidget) -> int:
    """The width a control takes in a bar: the fixed width the screen gave it, else its own."""
    return int(widget.property("slot_width") or widget.sizeHint().width())


class ControlBar(QFrame):
    """Leading controls on the left, trailing ones on the right, on as few rows as fit.

    Each control has a fixed width, room for its label in every language (the screen sets
    it), and keeps its room while hidden. The rows are worked out from the bar's width alone,
    so a control stays under the finger whatever a patient touches: Listen becoming available,
    Take this with me appearing, a language switch. `brand` (the clinic's name) shows at the
    left of the first row where there is room for it, and is left out where there is not.
    """

    def __init__(self, name: str, leading: list[QWidget], trailing: list[QWidget],
                 spacing: int, margin: int, brand: list[QWidget] | None = None) -> None:
        super().__init__()
        self.setObjectName(name)
        self._leading = leading
        self._trailing = trailing
        self._brand = brand or []
        for label in self._brand:
            label.setParent(self)  # styled as the bar's, so that it is measured in its own font
            label.hide()
        self._spacing = spacing
        self._rows: list[list[QWidget]] = []
        for widget in leading + trailing:
            keep_place(widget)
        # The bar takes the width it is given and wraps to fit; it never forces the window wider.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._column = QVBoxLayout(self)
        # Little air between rows: on a small screen every pixel of height is reading room.
        self._column.setContentsMargins(margin, spacing // 3, margin, spacing // 3)
        self._column.setSpacing(spacing // 3)
        self._place([leading + trailing])

    @property
    def rows(self) -> list[list[QWidget]]:
        """The controls of each row, as laid out now."""
        return [[w for w in row if w not in self._brand] for row in self._rows]

    def reflow(self) -> None:
        """Work out the rows for this width (they change only when the width does)."""
        margins = self._column.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        if width <= 0:
            return  # laid out when shown (resizeEvent)
        rows: list[list[QWidget]] = []
        used: list[int] = []
        # Each control goes on the first row with room for it, so that a long label does not
        # leave a row half empty; within a row they keep their order.
        for widget in self._leading + self._trailing:
            hold_slot(widget)
            needed = slot_width(widget)
            for index, row in enumerate(rows):
                if used[index] + self._spacing + needed <= width:
                    row.append(widget)
                    used[index] += self._spacing + needed
                    break
            else:
                rows.append([widget])
                used.append(needed)
        if not rows:
            rows, used = [[]], [-self._spacing]
        # The clinic's name, then its town, where the first row has room for them.
        for label in self._brand:
            label.ensurePolished()  # measured in the stylesheet's font, not the default one
            needed = label.sizeHint().width() + self._spacing
            fits = used[0] + needed <= width
            label.setVisible(fits)
            if fits:
                rows[0].append(label)
                used[0] += needed
        order = self._brand + self._leading + self._trailing
        rows = [sorted(row, key=order.index) for row in rows]
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
            for widget in row:
                if widget in self._brand:
                    line.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
            for widget in row:
                if widget in self._leading:
                    line.addWidget(widget)
            line.addStretch(1)
            for widget in row:
                if widget in self._trailing:
                    line.addWidget(widget)
            self._column.addLayout(line)
            # The accessibility tree lists the bar's controls in the order of its children: raised
            # row by row, left to right, they are read as placed (a later control may have found
            # room on an earlier row).
            for widget in row:
                widget.raise_()
        self.updateGeometry()  # the bar's height changed with its rows

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.reflow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reflow()
