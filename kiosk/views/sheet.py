"""The "Text and colours" sheet: text size and contrast, in one large card over the page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from kiosk.theme import FONT_FAMILY, TEXT_SCALES, Metrics
from kiosk.translations import in_every_language
from kiosk.views.buttons import button
from kiosk.views.controlbar import hold_slot, set_slot_width, slot_width
from kiosk.views.labels import text_label
from kiosk.views.overlay import Overlay
from kiosk.views.translate import tr

TEXT_AND_COLOURS = "Text and colours"


def bar_font(metrics: Metrics) -> QFont:
    """The font of the bars' and the sheet's controls (the same at every text size)."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(metrics.bar_text)
    font.setBold(True)
    return font


def fit_labels(control: QWidget, labels: tuple[str, ...], metrics: Metrics) -> None:
    """Make `control` exactly wide enough for the widest of `labels` (its label in every language).

    A fixed width keeps the control, and those beside it, in place when its label changes.
    """
    fonts = QFontMetrics(bar_font(metrics))
    widest = max(fonts.horizontalAdvance(label) for label in labels)
    # The stylesheet's padding on both sides, a 2 px border each side, and a little air.
    set_slot_width(control, max(metrics.bar_target, widest + 2 * metrics.bar_pad + 8))


def fit_translated(control: QWidget, english: str, metrics: Metrics, fill: str = "",
                   prefix: str = "") -> None:
    """`fit_labels` for a translated label; `fill` replaces its "%1" (a number, at its widest)."""
    fit_labels(control, tuple(prefix + t.replace("%1", fill) for t in in_every_language(english)), metrics)


class TextSheet(Overlay):
    """A large card with the text size (smaller, larger) and the colours (high contrast or not).

    It stays open while the patient changes the text (the screen is rebuilt, the sheet with
    it, at the same place: its sizes do not follow the text size); a touch outside it, or
    "Close", closes it.
    """

    def __init__(self, parent: QWidget, metrics: Metrics, text_step: int, high_contrast: bool) -> None:
        super().__init__(parent, metrics.margin, metrics.bar_spacing)
        self.card.setObjectName("Sheet")
        self.title = text_label(tr("Text and colours"), "OverlayTitle")
        self.smaller_button = button("A−", "tool", "Smaller", tr("Makes the text smaller"))
        self.smaller_button.setAccessibleName(tr("Smaller text"))
        self.larger_button = button("A+", "tool", "Larger", tr("Makes the text larger"))
        self.larger_button.setAccessibleName(tr("Larger text"))
        self.smaller_button.setEnabled(text_step > 0)
        self.larger_button.setEnabled(text_step < len(TEXT_SCALES) - 1)
        self.size_label = text_label(tr("Text size"), "SheetLabel")
        self.size_value = QLabel(f"{TEXT_SCALES[text_step]:.0%}")
        self.size_value.setObjectName("SheetValue")
        self.size_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        contrast = tr("Normal colours") if high_contrast else tr("High contrast")
        self.contrast_button = button(contrast, "tool", "Contrast",
                                      tr("Switches between dark and light colours"))
        self.colours_label = text_label(tr("Colours"), "SheetLabel")
        self.close_button = button(tr("Close"), "primary", "SheetClose", tr("Closes this card"))
        self.close_button.clicked.connect(self.hide)

        for control in (self.smaller_button, self.larger_button):
            fit_labels(control, ("A−", "A+"), metrics)
        fit_labels(self.size_value, ("200%",), metrics)
        fit_labels(self.contrast_button, (*in_every_language("High contrast"),
                                          *in_every_language("Normal colours")), metrics)
        fit_translated(self.close_button, "Close", metrics)
        # One width for both labels, so that the controls beside them line up.
        for label in (self.size_label, self.colours_label):
            fit_labels(label, (*in_every_language("Text size"), *in_every_language("Colours")), metrics)
        self._metrics = metrics
        self._wide: bool | None = None
        # A fixed grid: each control has its place whatever its label says (see _arrange).
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(metrics.bar_spacing)
        self._grid.setVerticalSpacing(metrics.bar_spacing)
        self.inner.addWidget(self.title)
        self.inner.addLayout(self._grid)
        # Under the card from the start, not only once _arrange places them: a sheet never
        # opened would otherwise leave them behind, parentless, at each rebuild of the screen.
        for widget in (self.size_label, self.smaller_button, self.size_value, self.larger_button,
                       self.colours_label, self.contrast_button, self.close_button):
            widget.setParent(self.card)

    def _arrange(self, width: int) -> None:
        """Each control's place for a screen `width` wide: a label beside its controls where
        they fit, above them where not (a narrow portrait screen). Never the text size."""
        metrics = self._metrics
        row = [self.size_label, self.smaller_button, self.size_value, self.larger_button]
        needed = sum(slot_width(w) for w in row) + 3 * metrics.bar_spacing + 4 * metrics.margin
        wide = needed <= width
        if wide == self._wide:
            return
        self._wide = wide
        grid = self._grid
        for widget in (*row, self.colours_label, self.contrast_button, self.close_button):
            grid.removeWidget(widget)
        left = Qt.AlignmentFlag.AlignLeft
        if wide:
            grid.addWidget(self.size_label, 0, 0)
            grid.addWidget(self.smaller_button, 0, 1)
            grid.addWidget(self.size_value, 0, 2)
            grid.addWidget(self.larger_button, 0, 3, left)
            grid.addWidget(self.colours_label, 1, 0)
            grid.addWidget(self.contrast_button, 1, 1, 1, 3, left)
            grid.addWidget(self.close_button, 2, 0, 1, 4, Qt.AlignmentFlag.AlignRight)
        else:
            grid.addWidget(self.size_label, 0, 0, 1, 3)
            grid.addWidget(self.smaller_button, 1, 0)
            grid.addWidget(self.size_value, 1, 1)
            grid.addWidget(self.larger_button, 1, 2, left)
            grid.addWidget(self.colours_label, 2, 0, 1, 3)
            grid.addWidget(self.contrast_button, 3, 0, 1, 3, left)
            grid.addWidget(self.close_button, 4, 0, 1, 3, Qt.AlignmentFlag.AlignRight)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def open(self) -> None:
        for control in self.card.findChildren(QWidget):
            hold_slot(control)
        parent = self.parentWidget()
        if parent is not None:
            self._arrange(parent.width())
        self.cover()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.card.geometry().contains(event.position().toPoint()):
            self.hide()
        event.accept()


def sheet_button(metrics: Metrics) -> QPushButton:
    """The top bar's control that opens the sheet."""
    control = button(tr("Text and colours"), "tool", "TextAndColours",
                     tr("Opens the text size and colour controls"))
    fit_translated(control, TEXT_AND_COLOURS, metrics)
    return control
