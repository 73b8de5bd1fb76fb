"""The home screen: one large tile per section."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content import Content
from kiosk.theme import Metrics
from kiosk.views.elements import button, review_label, scrolling_column, text_label
from kiosk.views.touch import scroll_to_top


class HomeView(QWidget):
    """Tiles for the sections, two columns on a landscape screen and one on a portrait one."""

    section_chosen = Signal(str)

    def __init__(self, content: Content, metrics: Metrics) -> None:
        super().__init__()
        self.setObjectName("Page")
        self.scroll_area, column = scrolling_column(metrics.column, metrics.spacing)
        margin = metrics.spacing * 2
        column.setContentsMargins(margin, margin, margin, margin)
        column.addWidget(text_label("Choose a topic", "HomeTitle"))
        self.tiles: dict[str, QPushButton] = {}
        for section in content.sections:
            tile = button(section.tile, "tile", f"Tile-{section.id}")
            tile.setMinimumHeight(round(metrics.target * 1.9))
            tile.setMaximumHeight(metrics.target * 3)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.clicked.connect(lambda _=False, sid=section.id: self.section_chosen.emit(sid))
            self.tiles[section.id] = tile
        self._grid = QGridLayout()
        self._grid.setSpacing(metrics.spacing)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
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
