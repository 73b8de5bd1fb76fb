"""The home screen: one large tile per section, and one for the glossary."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content import Content
from kiosk.views.elements import Look, button, review_label, scrolling_column, text_label, tr
from kiosk.views.touch import scroll_to_top

GLOSSARY = "glossary"


class HomeView(QWidget):
    """Tiles for the sections, two columns on a landscape screen and one on a portrait one.

    `section_chosen` carries a section id, or "glossary" for the glossary tile.
    """

    section_chosen = Signal(str)

    def __init__(self, content: Content, look: Look) -> None:
        super().__init__()
        self.setObjectName("Page")
        metrics = look.metrics
        self.scroll_area, column = scrolling_column(metrics.column, metrics.spacing)
        margin = metrics.margin
        column.setContentsMargins(margin, margin, margin, margin)
        column.addWidget(text_label(tr("Choose a topic"), "HomeTitle"))
        self.tiles: dict[str, QPushButton] = {}
        labels = [(section.id, section.tile) for section in content.sections]
        if content.glossary:
            labels.append((GLOSSARY, tr("Glossary")))
        for key, label in labels:
            tile = button("", "tile", f"Tile-{key}", tr("Opens this topic"))
            tile.setAccessibleName(label)
            # A label inside the button, so that a long title wraps instead of being cut.
            text = text_label(label, "TileLabel")
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inner = QHBoxLayout(tile)
            half = metrics.spacing // 2
            inner.setContentsMargins(metrics.margin, half, metrics.margin, half)
            inner.addWidget(text)
            tile.setMinimumHeight(round(metrics.target * 1.5))
            tile.setMaximumHeight(metrics.target * 3)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.clicked.connect(lambda _=False, k=key: self.section_chosen.emit(k))
            self.tiles[key] = tile
        self._grid = QGridLayout()
        self._grid.setSpacing(metrics.spacing)
        self._grid.setColumnStretch(0, 1)
        self._columns = 0
        column.addLayout(self._grid, 1)
        column.addWidget(review_label(content))
        self._arrange(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        self._grid.setColumnStretch(1, 1 if columns == 2 else 0)
        tiles = list(self.tiles.values())
        for tile in tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(tiles):
            row, col = divmod(index, columns)
            last_alone = index == len(tiles) - 1 and col == 0
            self._grid.addWidget(tile, row, col, 1, columns if last_alone else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self._arrange(2 if size.width() > size.height() else 1)
        super().resizeEvent(event)

    def scroll_to_top(self) -> None:
        scroll_to_top(self.scroll_area)
