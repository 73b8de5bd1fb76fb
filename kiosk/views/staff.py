"""Staff screens: the hidden corner, the PIN pad, and the staff panel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.views.elements import Overlay, button, text_label

PAD = 32


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
        self._digits = ""
        inner = self.inner
        inner.addWidget(text_label("Staff PIN", "OverlayTitle"))
        self.dots = text_label("", "OverlayCount")
        self.message = text_label("", "PinMessage")
        inner.addWidget(self.dots)
        inner.addWidget(self.message)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, QWidget] = {}
        for index, label in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "OK"]):
            key = button(label, "primary" if label == "OK" else "nav", f"Pin-{label}",
                         "Enters this digit" if label.isdigit() else label)
            key.clicked.connect(lambda _=False, text=label: self._press(text))
            grid.addWidget(key, index // 3, index % 3)
            self.keys[label] = key
        inner.addLayout(grid)
        self.cancel = button("Cancel", "nav", "PinCancel", "Closes the PIN pad")
        self.cancel.clicked.connect(self.cancelled)
        inner.addWidget(self.cancel)

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
        inner = self.inner
        inner.addWidget(text_label("Staff panel", "OverlayTitle"))
        self.status = text_label("", "StaffStatus")
        self.usage = text_label("", "StaffUsage")
        inner.addWidget(self.status)
        inner.addWidget(self.usage)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.reload = button("Reload content", "nav", "StaffReload", "Reads the content folder again")
        self.exit = button("Exit kiosk", "nav", "StaffExit", "Closes the kiosk program")
        self.back = button("Back to patients", "primary", "StaffBack", "Returns to the patient screens")
        self.reload.clicked.connect(self.reload_requested)
        self.exit.clicked.connect(self.exit_requested)
        self.back.clicked.connect(self.close_requested)
        row.addWidget(self.reload)
        row.addWidget(self.exit)
        row.addStretch(1)
        row.addWidget(self.back)
        inner.addLayout(row)

    def open(self, status: str, usage: str) -> None:
        self.update_text(status, usage)
        self.cover()

    def update_text(self, status: str, usage: str) -> None:
        self.status.setText(status)
        self.usage.setText(usage)
