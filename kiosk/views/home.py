"""The home screen: one large tile per section and one for the glossary, a page of them at a time."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk import theme
from kiosk.content import Content
from kiosk.theme import Metrics
from kiosk.views.elements import Look, button, cap_height_ratio, scroll_area, text_label, tr
from kiosk.views.pictures import icon_pixmap
from kiosk.views.touch import scroll_to_top

GLOSSARY = "glossary"
# A tile label must fit in this many lines, at the largest text size, on the narrowest screen
# the kiosk supports (NARROWEST_SCREEN pixels wide at the reference DPI, one column of tiles).
TILE_LINES = 2
NARROWEST_SCREEN = 800


def tile_font(metrics: Metrics) -> QFont:
    font = QFont(theme.FONT_FAMILY)
    font.setPixelSize(metrics.tile)
    font.setBold(True)
    return font


def icon_side(metrics: Metrics) -> int:
    return round(metrics.tile * 1.5)


def label_room(tile_width: int, metrics: Metrics) -> int:
    """The width a tile's label has: the tile less its margins and its icon."""
    return tile_width - 2 * metrics.margin - icon_side(metrics) - metrics.spacing


def label_lines(label: str, metrics: Metrics, tile_width: int) -> int | None:
    """The lines `label` wraps into in a tile this wide; None where a word alone is too wide."""
    room = label_room(tile_width, metrics)
    fonts = QFontMetrics(tile_font(metrics))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    bounds = fonts.boundingRect(0, 0, room, 100_000, flags, label)
    return round(bounds.height() / fonts.lineSpacing()) if bounds.width() <= room else None


def tile_fits(label: str, metrics: Metrics, tile_width: int) -> bool:
    """Whether `label` wraps into TILE_LINES lines or fewer, no word cut, in a tile this wide."""
    lines = label_lines(label, metrics, tile_width)
    return lines is not None and lines <= TILE_LINES


def largest_metrics() -> Metrics:
    """Sizes at the largest text size, at the reference DPI: what every tile label must fit at."""
    return theme.metrics_for(theme.REFERENCE_DPI, cap_height_ratio(), theme.TEXT_SCALES[-1])


@functools.lru_cache(maxsize=4096)
def narrowest_tile_fits(label: str) -> bool:
    """The check `lupus-kiosk check-content` and the kiosk make of every tile label.

    Remembered per label: the kiosk's fonts are loaded before the first check and never change.
    """
    metrics = largest_metrics()
    return tile_fits(label, metrics, NARROWEST_SCREEN - 2 * metrics.margin)


class HomeView(QWidget):
    """Tiles for the sections, as many pages of them as they need.

    Two columns on a landscape screen (when the labels have room for it), one on a portrait
    one. `section_chosen` carries a section id, or "glossary" for the glossary tile.
    """

    section_chosen = Signal(str)

    def __init__(self, content: Content, look: Look) -> None:
        super().__init__()
        self.setObjectName("Page")
        self.metrics = metrics = look.metrics
        margin = metrics.margin
        # Pages of tiles fit the screen; a scroll area takes over only where even one row
        # does not (the largest text on a small landscape screen).
        self.scroll_area = scroll_area()
        inner = QWidget()
        inner.setObjectName("PageContent")
        self.scroll_area.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        layout.setSpacing(metrics.spacing)
        self.title = text_label(tr("Choose a topic"), "HomeTitle")
        layout.addWidget(self.title)
        self.tiles: dict[str, QPushButton] = {}
        labels = [(section.id, section.tile, section.icon) for section in content.sections]
        if content.glossary:
            labels.append((GLOSSARY, tr("Glossary"), theme.RESOURCES_DIR / "icons" / "glossary.svg"))
        for key, label, icon in labels:
            tile = button("", "tile", f"Tile-{key}", tr("Opens this topic"))
            tile.setAccessibleName(label)
            tile_row = QHBoxLayout(tile)
            tile_row.setContentsMargins(margin, 3, margin, 3)
            tile_row.setSpacing(metrics.spacing)
            # Where sections have icons, a tile with none keeps its label in line with the others.
            if any(icon for key, _, icon in labels if key != GLOSSARY):
                picture = QLabel()
                picture.setObjectName("TileIcon")
                picture.setFixedSize(icon_side(metrics), icon_side(metrics))
                if icon is not None:
                    picture.setPixmap(icon_pixmap(icon, icon_side(metrics), look.text_colour))
                picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                tile_row.addWidget(picture)
            # A label inside the button, so that a long title wraps instead of being cut.
            text = text_label(label, "TileLabel")
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            tile_row.addWidget(text, 1)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tile.clicked.connect(lambda _=False, k=key: self.section_chosen.emit(k))
            tile.hide()
            self.tiles[key] = tile
        self._grid = QGridLayout()
        self._grid.setSpacing(metrics.spacing)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self._grid, 1)

        self.previous_button = button("‹  " + tr("Previous topics"), "nav", "PreviousTopics",
                                      tr("Shows the topics before these"))
        self.next_button = button(tr("More topics") + "  ›", "nav", "MoreTopics", tr("Shows more topics"))
        self.page_label = QLabel()
        self.page_label.setObjectName("PageCount")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.next_button.clicked.connect(lambda: self.turn(1))
        self.pager = QWidget()
        # In a row where the two buttons fit side by side, one above the other where not.
        self._pager_row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.pager)
        self._pager_row.setContentsMargins(0, 0, 0, 0)
        self._pager_row.setSpacing(metrics.spacing // 2)
        self._pager_row.addWidget(self.previous_button)
        self._pager_row.addWidget(self.page_label, 1)
        self._pager_row.addWidget(self.next_button)
        layout.addWidget(self.pager)
        self.page = 0
        self._shape = (0, 0, 0)  # (columns, tiles per page, tile height) now laid out
        self._fits: dict[tuple[int, int], tuple[int, int, int]] = {}

    @property
    def page_count(self) -> int:
        per_page = max(1, self._shape[1])
        return max(1, -(-len(self.tiles) // per_page))

    def turn(self, step: int) -> None:
        """Show the next (1) or previous (-1) page of tiles."""
        self.page = min(max(0, self.page + step), self.page_count - 1)
        self._arrange(force=True)

    def scroll_to_top(self) -> None:
        """Back to the first page of tiles (the next patient starts there)."""
        scroll_to_top(self.scroll_area)
        if self.page:
            self.page = 0
            self._arrange(force=True)

    def _fit(self) -> tuple[int, int, int]:
        """(columns, tiles per page, tile height) for the present size (measured once per size)."""
        # The pager's buttons side by side where they fit, one above the other where not.
        width = self.width() - 2 * self.metrics.margin
        buttons = self.previous_button.sizeHint().width() + self.next_button.sizeHint().width()
        side_by_side = buttons + self.page_label.sizeHint().width() + 2 * self.metrics.spacing <= width
        self._pager_row.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side
                                     else QBoxLayout.Direction.TopToBottom)
        if not self.isVisible():  # not laid out and styled for good yet: nothing to remember
            return self._measure()
        size = (self.width(), self.height())
        if size not in self._fits:
            self._fits[size] = self._measure()
        return self._fits[size]

    def _measure(self) -> tuple[int, int, int]:
        metrics = self.metrics
        width = self.width() - 2 * metrics.margin
        half = (width - metrics.spacing) // 2
        # Two columns on a landscape screen, where every label fits a half-width tile.
        two = self.width() > self.height() and all(
            tile_fits(tile.accessibleName(), metrics, half) for tile in self.tiles.values())
        columns = 2 if two else 1
        # As tall as the longest label needs (it wraps to TILE_LINES at most), and a touch target.
        tile_width = half if columns == 2 else width
        lines = max(label_lines(tile.accessibleName(), metrics, tile_width) or TILE_LINES
                    for tile in self.tiles.values())
        line = QFontMetrics(tile_font(metrics)).lineSpacing()
        height = max(metrics.target, min(lines, TILE_LINES) * line + metrics.spacing)
        room_left = self.height() - self.title.sizeHint().height() - metrics.margin - metrics.spacing
        for pager in (0, self.pager.sizeHint().height() + metrics.spacing):
            room = room_left - pager + metrics.spacing
            rows = max(1, room // (height + metrics.spacing))
            if rows * columns >= len(self.tiles):
                rows = -(-len(self.tiles) // columns)
                break
        # The rows share the room left: taller tiles fill the screen, up to a limit.
        share = room // rows - metrics.spacing
        height = max(height, min(share, round(metrics.target * 2.2)))
        return columns, rows * columns, height

    def _arrange(self, force: bool = False) -> None:
        shape = self._fit()
        if shape == self._shape and not force:
            return
        if shape != self._shape:
            first = self.page * max(1, self._shape[1])
            self._shape = shape
            self.page = min(first // shape[1], self.page_count - 1)
        columns, per_page, height = shape
        tiles = list(self.tiles.values())
        shown = tiles[self.page * per_page:(self.page + 1) * per_page]
        for tile in tiles:
            if tile not in shown and not tile.isHidden():
                self._grid.removeWidget(tile)
                tile.hide()
        for index, tile in enumerate(shown):
            row, col = divmod(index, columns)
            last_alone = index == len(shown) - 1 and col == 0 and self.page_count == 1
            self._grid.addWidget(tile, row, col, 1, columns if last_alone else 1)
            tile.ensurePolished()  # else the stylesheet's min-height, applied at its first show, wins
            tile.setFixedHeight(height)
            tile.show()
        for col in range(2):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)
        many = self.page_count > 1
        self.pager.setVisible(many)
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.page_count - 1)
        self.page_label.setText(tr("Page %1 of %2").replace("%1", str(self.page + 1))
                                .replace("%2", str(self.page_count)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()
