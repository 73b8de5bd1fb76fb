"""The home screen: one large tile per section and one for the glossary, a page of them at a time."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Mapping as MappingABC

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk import theme
from kiosk.content import Content
from kiosk.theme import Metrics
from kiosk.views.buttons import button
from kiosk.views.columns import scroll_area
from kiosk.views.labels import text_label
from kiosk.views.look import Look, cap_height_ratio
from kiosk.views.page import Page
from kiosk.views.pictures import icon_pixmap, resource_picture
from kiosk.views.translate import tr

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
    return labels_lines([label], metrics, tile_width)[0]


def labels_lines(labels: Iterable[str], metrics: Metrics, tile_width: int) -> list[int | None]:
    """label_lines() of each label, with one font measure for them all (a library has thousands)."""
    room = label_room(tile_width, metrics)
    fonts = QFontMetrics(tile_font(metrics))
    line = fonts.lineSpacing()
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    found: list[int | None] = []
    for label in labels:
        bounds = fonts.boundingRect(0, 0, room, 100_000, flags, label)
        found.append(round(bounds.height() / line) if bounds.width() <= room else None)
    return found


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


class Tiles(MappingABC[str, QPushButton]):
    """Every tile by its key, in order; a tile is built when first asked for.

    A library of thousands of sections shows a page of tiles at a time: building only the
    tiles asked for (the page shown, a patient's way to one) keeps the home screen quick.
    """

    def __init__(self, keys: list[str], build: Callable[[str], QPushButton]) -> None:
        self._keys = keys
        self._known = frozenset(keys)
        self._build = build
        self.built: dict[str, QPushButton] = {}  # the tiles built so far

    def __getitem__(self, key: str) -> QPushButton:
        tile = self.built.get(key)
        if tile is None:
            if key not in self._known:
                raise KeyError(key)
            tile = self.built[key] = self._build(key)
        return tile

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def keys_on(self, first: int, count: int) -> list[str]:
        """The keys of `count` tiles from the `first`: a page of tiles."""
        return self._keys[first:first + count]


class HomeView(Page):
    """Tiles for the sections, as many pages of them as they need.

    Two columns on a landscape screen (when the labels have room for it), one on a portrait
    one. `section_chosen` carries a section id, or "glossary" for the glossary tile.
    """

    section_chosen = Signal(str)

    def __init__(self, content: Content, look: Look) -> None:
        super().__init__()
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
        labels = [(section.id, section.tile, section.icon) for section in content.sections]
        if content.glossary:
            glossary_icon = resource_picture(theme.RESOURCES_DIR / "icons" / "glossary.svg")
            labels.append((GLOSSARY, tr("Glossary"), glossary_icon))
        self._labels = {key: label for key, label, _icon in labels}
        self._icons = {key: icon for key, _label, icon in labels}
        # Where sections have icons, a tile with none keeps its label in line with the others.
        self._with_icons = any(icon for key, _, icon in labels if key != GLOSSARY)
        self._pixmaps: dict[object, QPixmap] = {}  # sections may share an icon: draw each once
        self._look = look
        self.tiles = Tiles(list(self._labels), self._tile)
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
        # The pager stays in view under the tiles, at the bars' size whatever the text size:
        # with the largest text on a small screen there is always a way to the other tiles.
        self.pager = QWidget()
        self.pager.setObjectName("Pager")
        self.pager.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # In a row where the two buttons fit side by side, one above the other where not.
        self._pager_row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.pager)
        self._pager_row.setContentsMargins(margin, metrics.bar_spacing // 3, margin, metrics.bar_spacing // 3)
        self._pager_row.setSpacing(metrics.bar_spacing)
        self._pager_row.addWidget(self.previous_button)
        self._pager_row.addWidget(self.page_label, 1)
        self._pager_row.addWidget(self.next_button)
        outer.addWidget(self.pager)
        self.page = 0
        self._shape = (0, 0, 0)  # (columns, tiles per page, tile height) now laid out
        self._with_title = True
        self._fits: dict[tuple[int, int], tuple[int, int, int, bool]] = {}
        self._lines: dict[int, list[int | None]] = {}  # see _label_lines

    def _tile(self, key: str) -> QPushButton:
        """The tile for section `key` (or the glossary), hidden until its page of tiles shows."""
        metrics, margin, label, icon = self.metrics, self.metrics.margin, self._labels[key], self._icons[key]
        tile = button("", "tile", f"Tile-{key}", tr("Opens this topic"))
        tile.setParent(self.scroll_area.widget())
        tile.setAccessibleName(label)
        tile_row = QHBoxLayout(tile)
        tile_row.setContentsMargins(margin, 3, margin, 3)
        tile_row.setSpacing(metrics.spacing)
        if self._with_icons:
            picture = QLabel()
            picture.setObjectName("TileIcon")
            picture.setFixedSize(icon_side(metrics), icon_side(metrics))
            if icon is not None:
                if icon not in self._pixmaps:
                    self._pixmaps[icon] = icon_pixmap(icon, icon_side(metrics), self._look.text_colour)
                picture.setPixmap(self._pixmaps[icon])
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
        return tile

    @property
    def page_count(self) -> int:
        per_page = max(1, self._shape[1])
        return max(1, -(-len(self.tiles) // per_page))

    def turn(self, step: int) -> None:
        """Show the next (1) or previous (-1) page of tiles."""
        self.page = min(max(0, self.page + step), self.page_count - 1)
        self._arrange(force=True)

    def show_tile(self, key: str) -> None:
        """Turn to the page of tiles that holds `key`'s tile."""
        index = list(self.tiles).index(key)
        self.page = index // max(1, self._shape[1])
        self._arrange(force=True)

    def spoken_text(self) -> str:
        return ""  # only tiles, each with its topic's name on it: Listen has nothing to read here

    def reading_area(self) -> QScrollArea:
        return self.scroll_area

    def scroll_to_top(self) -> None:
        """Back to the first page of tiles (the next patient starts there)."""
        super().scroll_to_top()
        if self.page:
            self.page = 0
            self._arrange(force=True)

    def _fit(self) -> tuple[int, int, int]:
        """(columns, tiles per page, tile height) for the present size (measured once per size)."""
        # The pager's buttons side by side where they fit, one above the other where not.
        width = self.width() - 2 * self.metrics.margin
        buttons = self.previous_button.sizeHint().width() + self.next_button.sizeHint().width()
        side_by_side = buttons + self.metrics.bar_spacing <= width
        # "Page 1 of 3" between them where there is room for it too; the buttons come first.
        self.page_label.setVisible(
            buttons + self.page_label.sizeHint().width() + 2 * self.metrics.bar_spacing <= width)
        self._pager_row.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side
                                     else QBoxLayout.Direction.TopToBottom)
        if not self.isVisible():  # not laid out and styled for good yet: nothing to remember
            return self._measure()
        size = (self.width(), self.height())
        if size not in self._fits:
            self._fits[size] = (*self._measure(), self._with_title)
        *shape, self._with_title = self._fits[size]
        return shape[0], shape[1], shape[2]

    def _measure(self) -> tuple[int, int, int]:
        metrics = self.metrics
        width = self.width() - 2 * metrics.margin
        half = (width - metrics.spacing) // 2
        # Two columns on a landscape screen, where every label fits a half-width tile.
        # (Measured from the labels, not the tiles: only the tiles shown are built.)
        landscape = self.width() > self.height()
        halves = self._label_lines(half) if landscape else []
        two = bool(halves) and all(lines is not None and lines <= TILE_LINES for lines in halves)
        columns = 2 if two else 1
        # As tall as the longest label needs (it wraps to TILE_LINES at most), and a touch target.
        widths = halves if two else self._label_lines(width)
        lines = max((found or TILE_LINES for found in widths), default=1)
        line = QFontMetrics(tile_font(metrics)).lineSpacing()
        height = max(metrics.target, min(lines, TILE_LINES) * line + metrics.spacing)
        title = self.title.heightForWidth(width) + metrics.spacing
        room_left = self.height() - metrics.margin
        for pager in (0, self.pager.sizeHint().height()):
            room = room_left - pager + metrics.spacing
            # The title "Choose a topic" gives way where it would cost a row of tiles.
            row = height + metrics.spacing
            needed = -(-len(self.tiles) // columns)
            self._with_title = min((room - title) // row, needed) >= min(max(1, room // row), needed)
            room -= title if self._with_title else 0
            rows = max(1, room // (height + metrics.spacing))
            if rows * columns >= len(self.tiles):
                rows = max(1, -(-len(self.tiles) // columns))  # none yet: see Kiosk.unchecked
                break
        # The rows share the room left: taller tiles fill the screen, up to a limit.
        share = room // rows - metrics.spacing
        height = max(height, min(share, round(metrics.target * 3.5)))
        return columns, rows * columns, height

    def _label_lines(self, tile_width: int) -> list[int | None]:
        """The lines of every label in a tile this wide, measured once per width."""
        if tile_width not in self._lines:
            self._lines[tile_width] = labels_lines(self._labels.values(), self.metrics, tile_width)
        return self._lines[tile_width]

    def _arrange(self, force: bool = False) -> None:
        shape = self._fit()
        self.title.setVisible(self._with_title)
        if shape == self._shape and not force:
            return
        if shape != self._shape:
            first = self.page * max(1, self._shape[1])
            self._shape = shape
            self.page = min(first // shape[1], self.page_count - 1)
        columns, per_page, height = shape
        shown = [self.tiles[key] for key in self.tiles.keys_on(self.page * per_page, per_page)]
        for tile in list(self.tiles.built.values()):
            if tile not in shown and not tile.isHidden():
                self._grid.removeWidget(tile)
                tile.hide()
        for index, tile in enumerate(shown):
            row, col = divmod(index, columns)
            last_alone = index == len(shown) - 1 and col == 0 and self.page_count == 1
            self._grid.addWidget(tile, row, col, 1, columns if last_alone else 1)
            tile.ensurePolished()  # else the stylesheet's min-height, applied at its first show, wins
            tile.setFixedHeight(height)
            # Tiles are built when first asked for, in no set order; the accessibility tree lists
            # them in the order of their parent's children. Raised in turn, they are read as shown.
            tile.raise_()
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
