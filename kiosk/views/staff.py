"""Staff screens: the hidden corner, the PIN pad, and the staff panel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QVBoxLayout, QWidget

from kiosk.views.buttons import button
from kiosk.views.labels import text_label
from kiosk.views.overlay import Overlay

PAD = 16  # small: on a 7-inch panel the staff screens need all the room there is


class StaffCorner(QWidget):
    """An invisible square in the top-left corner that reports each touch on it."""

    tapped = Signal()

    def __init__(self, parent: QWidget, size: int) -> None:
        super().__init__(parent)
        self.setObjectName("StaffCorner")
        self.setGeometry(0, 0, size, size)
        self.raise_()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.tapped.emit()
        event.accept()


class PinPad(Overlay):
    """Large digit keys and the digits entered as dots; `entered` carries the PIN on OK."""

    entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, PAD, 12)
        # At the bars' size whatever the text size; on a landscape screen in two columns (what
        # was typed, and the keys), so that it fits whole on a 7-inch 800 x 480 panel.
        self.card.setObjectName("StaffCard")
        self._digits = ""
        self._columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(PAD)
        self.inner.addLayout(columns)
        inner = QVBoxLayout()
        inner.setSpacing(12)
        columns.addLayout(inner)
        inner.addWidget(text_label("Staff PIN", "OverlayTitle"))
        self.dots = text_label("", "OverlayCount")
        self.message = text_label("", "PinMessage")
        inner.addWidget(self.dots)
        inner.addWidget(self.message)
        inner.addStretch(1)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, QWidget] = {}
        for index, label in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "OK"]):
            key = button(label, "primary" if label == "OK" else "nav", f"Pin-{label}",
                         "Enters this digit" if label.isdigit() else label)
            key.clicked.connect(lambda _=False, text=label: self._press(text))
            grid.addWidget(key, index // 3, index % 3)
            self.keys[label] = key
        self.cancel = button("Cancel", "nav", "PinCancel", "Closes the PIN pad")
        self.cancel.clicked.connect(self.cancelled)
        inner.addWidget(self.cancel)
        columns.addLayout(grid)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        landscape = size.width() > size.height()
        self._columns.setDirection(QBoxLayout.Direction.LeftToRight if landscape
                                   else QBoxLayout.Direction.TopToBottom)
        # Beside the keys, the message has half the screen, so that it wraps onto few lines.
        self.message.setFixedWidth(size.width() // 2 - 3 * PAD if landscape else size.width() - 4 * PAD)

    def open(self, message: str = "") -> None:
        self.show_message(message)
        self.cover()

    def show_message(self, message: str) -> None:
        self._digits = ""
        self.dots.setText("")
        self.message.setText(message)

    def _press(self, key: str) -> None:
        if key == "Clear":
            self._digits = ""
        elif key == "OK":
            self.entered.emit(self._digits)
            return
        elif len(self._digits) < 12:
            self._digits += key
        self.dots.setText("●" * len(self._digits))


class StaffPanel(Overlay):
    """What staff need to know and do: content, errors, uptime, usage; reload, exit, return."""

    reload_requested = Signal()
    exit_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, PAD, 12)
        self.card.setObjectName("StaffCard")  # at the bars' size, whatever the text size
        inner = self.inner
        inner.addWidget(text_label("Staff panel", "OverlayTitle"))
        self.status = text_label("", "StaffStatus")
        self.usage = text_label("", "StaffUsage")
        inner.addWidget(self.status)
        inner.addWidget(self.usage)
        row = QGridLayout()  # one row where the three fit, else one each (see resizeEvent)
        row.setSpacing(12)
        self._buttons = row
        self.reload = button("Reload content", "nav", "StaffReload", "Reads the content folder again")
        self.exit = button("Exit kiosk", "nav", "StaffExit", "Closes the kiosk program")
        self.back = button("Back to patients", "primary", "StaffBack", "Returns to the patient screens")
        self.reload.clicked.connect(self.reload_requested)
        self.exit.clicked.connect(self.exit_requested)
        self.back.clicked.connect(self.close_requested)
        row.addWidget(self.reload, 0, 0)
        row.addWidget(self.exit, 0, 1)
        row.addWidget(self.back, 0, 2)
        inner.addLayout(row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        controls = (self.reload, self.exit, self.back)
        for control in controls:
            control.ensurePolished()  # their size is the stylesheet's
        room = self.width() - 4 * PAD
        for control in controls:
            self._buttons.removeWidget(control)
        # As many on a row as fit: all three, else the first two and then "Back to patients".
        row = column = used = 0
        for control in controls:
            needed = control.sizeHint().width() + (12 if column else 0)
            if column and used + needed > room:
                row, column, used = row + 1, 0, 0
                needed = control.sizeHint().width()
            self._buttons.addWidget(control, row, column)
            column, used = column + 1, used + needed

    def open(self, status: str, usage: str) -> None:
        self.update_text(status, usage)
        parent = self.parentWidget()
        if parent is not None:
            self.resize(parent.size())
        self._arrange()
        self.cover()

    def update_text(self, status: str, usage: str) -> None:
        self.status.setText(status)
        self.usage.setText(usage)
