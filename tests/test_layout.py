"""Every screen a clinic mounts, at its real size: from a 7-inch 800 x 480 panel to 4K.

Each panel is shown with its DPI given by the `screen_dpi` setting (as a clinic does where the
panel reports no size) and the window at the panel's size in pixels. The default run covers
every panel at 100% text in English with normal colours and at 200% in Spanish with high
contrast, and checks that controls stay under the finger on four panels where the bars are
crowded; `KIOSK_LAYOUT_FULL=1` runs every text size, language and colour scheme on every panel,
and the finger check on every panel too.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk import theme
from kiosk.config import ConfigError, Settings, parse_settings
from kiosk.controller import Kiosk
from kiosk.views.home import HomeView
from kiosk.views.section import SectionView
from tests.conftest import build_kiosk
from tests.helpers import open_text_sheet, tap

# (width, height, dpi): the panels clinics mount, in the orientation they are mounted.
PANELS = [
    (800, 480, 133),    # Raspberry Pi Touch Display, 7 inch
    (1024, 600, 170),   # 7-inch 1024 x 600 panel
    (720, 1280, 210),   # Raspberry Pi Touch Display 2, portrait
    (1280, 800, 96),
    (1280, 800, 150),
    (1366, 768, 96),
    (1920, 1080, 96),
    (1080, 1920, 96),
    (3840, 2160, 163),
]
# The reading area each must keep at 100% text, as a share of the screen's height.
READING = {(800, 480): 0.55, (1024, 600): 0.55, (720, 1280): 0.65, (1280, 800): 0.65,
           (1366, 768): 0.65, (1920, 1080): 0.75, (1080, 1920): 0.75, (3840, 2160): 0.75}
LARGEST_TEXT_READING = 0.45
NOTICE_PAGES = ["treatments", "regenerative-research"]
PAGES = ["symptoms", *NOTICE_PAGES, "glossary"]

FULL = os.environ.get("KIOSK_LAYOUT_FULL") == "1"
# (text step, Spanish, high contrast)
COMBINATIONS = (list(itertools.product(range(len(theme.TEXT_SCALES)), (False, True), (False, True))) if FULL
                else [(0, False, False), (2, True, True)])
# Where a control could move when the text, colours or language change: the panels whose bars are
# most crowded (small, sharp, portrait). On the wide ones the bars have room to spare; each
# touch there rebuilds a large screen for about a second. (test_every_panel_at_every_setting
# still checks every panel's bars are the same on every page.)
FINGER_PANELS = PANELS if FULL else [(800, 480, 133), (1024, 600, 170), (720, 1280, 210), (1280, 800, 150)]


def panel_id(panel: tuple[int, int, int]) -> str:
    return "{}x{}@{}".format(*panel)


def kiosk_on_panel(qtbot, qapp: QApplication, panel: tuple[int, int, int],
                   settings: Settings | None = None) -> Iterator[Kiosk]:
    """The kiosk on one panel: the window at its size in pixels, the DPI from `screen_dpi`
    (set on `settings`, if a test gives its own)."""
    width, height, dpi = panel
    for kiosk in build_kiosk(qtbot, qapp, dataclasses.replace(settings or Settings(), screen_dpi=dpi)):
        kiosk.window.resize(width, height)
        QApplication.processEvents()
        yield kiosk


@pytest.fixture(params=PANELS, ids=panel_id)
def panel(request, qtbot, qapp: QApplication) -> Iterator[Kiosk]:
    yield from kiosk_on_panel(qtbot, qapp, request.param)


def mm(kiosk: Kiosk) -> float:
    """Pixels per millimetre at the DPI the kiosk sizes by."""
    return theme.px_per_mm(kiosk._dpi)


def on_screen(widget: QWidget) -> QRect:
    """Where `widget` is, in the window."""
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def shown(widget: QWidget, kind: type = QWidget) -> list:
    return [w for w in widget.findChildren(kind) if w.isVisible()]


def controls_of_bars(kiosk: Kiosk) -> dict[str, QRect]:
    """Where each control of the two bars is (shown or keeping its place blank)."""
    screen = kiosk.screen
    places = {}
    for bar in (screen.top_bar, screen.nav_bar):
        if bar.isVisible():
            for row in bar.rows:
                for control in row:
                    name = control.objectName()
                    places["Language" if name.startswith("Language-") else name] = on_screen(control)
    return places


def assert_controls_fit(kiosk: Kiosk, where: str, inside: QWidget | None = None) -> None:
    """Every control shown is on the screen, 9 mm or more, its label whole, none over another."""
    window = kiosk.window
    minimum = max(48, 9 * mm(kiosk)) - 0.5
    controls = [c for c in shown(inside or window, QAbstractButton)]
    placed = []
    for control in controls:
        name = f"{control.objectName() or control.text()!r} on {where}"
        size = control.size()
        assert min(size.width(), size.height()) >= minimum, f"{name}: {size.width()}x{size.height()} px"
        fonts = QFontMetricsF(control.font())
        needed = fonts.horizontalAdvance(control.text())
        assert needed <= size.width() - 8, f"{name}: its label is cut ({needed:.0f} px in {size.width()})"
        assert fonts.height() <= size.height(), f"{name}: its label is cut"
        rect = on_screen(control)
        if not _in_scroll_area(control):  # a page's own controls scroll with it
            assert window.rect().contains(rect), f"{name} is off the screen at {rect}"
            placed.append((name, rect))
    for (first, a), (second, b) in itertools.combinations(placed, 2):
        assert not a.intersects(b), f"{first} overlaps {second}"


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


def assert_text_fits(kiosk: Kiosk, where: str, inside: QWidget) -> None:
    """No label is cut, nothing scrolls sideways, and capitals are 4.8 mm or more."""
    minimum = 4.8 * mm(kiosk) - 0.05
    for label in shown(inside, QLabel):
        name = f"{label.objectName()} on {where}"
        if label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height(), f"{name} is cut off"
        elif label.text() and label.pixmap().isNull():
            assert label.sizeHint().width() <= label.width(), f"{name} is cut off"
        if label.text():
            assert QFontMetricsF(label.font()).capHeight() >= minimum, f"{name}: capitals under 4.8 mm"
    area = getattr(inside, "scroll_area", None)
    if area is not None:
        assert area.horizontalScrollBar().maximum() == 0, f"{where} scrolls sideways"


def reading_share(kiosk: Kiosk, key: str) -> float:
    area = kiosk.screen.pages[key].scroll_area
    return area.viewport().height() / kiosk.window.height()


def open_page(qtbot, kiosk: Kiosk, key: str) -> None:
    """From anywhere, by touch: Home, then (turning pages of tiles as needed) the topic's tile."""
    screen = kiosk.screen
    if screen.current_page != "home":
        tap(qtbot, screen.home_button)
    home = screen.pages["home"]
    assert isinstance(home, HomeView)
    while home.page > 0:
        tap(qtbot, home.previous_button)
    while not home.tiles[key].isVisible():
        tap(qtbot, home.next_button)
    tap(qtbot, home.tiles[key])
    QApplication.processEvents()


def assert_home_works(kiosk: Kiosk, where: str) -> None:
    """At least one whole tile, and a visible, enabled way to the others."""
    home = kiosk.screen.pages["home"]
    viewport = home.scroll_area.viewport()
    whole = [t for t in home.tiles.built.values() if t.isVisible()
             and viewport.rect().contains(QRect(t.mapTo(viewport, t.rect().topLeft()), t.size()))]
    assert whole, f"no whole tile on {where}"
    if len(whole) < len(home.tiles):
        ways = [b for b in (home.next_button, home.previous_button) if b.isVisible() and b.isEnabled()]
        assert ways, f"no way to the other tiles on {where}"
        for way in ways:
            assert kiosk.window.rect().contains(on_screen(way)), f"{way.text()!r} is off screen on {where}"


def test_every_panel_at_every_setting(qtbot, panel: Kiosk) -> None:
    kiosk = panel
    width, height = kiosk.window.width(), kiosk.window.height()
    for step, spanish, contrast in COMBINATIONS:
        kiosk.reset()
        kiosk.change(text_step=step, language="es" if spanish else "en", high_contrast=contrast)
        QApplication.processEvents()
        setting = f"{width}x{height} at {theme.TEXT_SCALES[step]:.0%}{' es' if spanish else ''}" \
                  f"{' high contrast' if contrast else ''}"
        screen = kiosk.screen
        disclaimer = screen.pages["disclaimer"]
        assert_controls_fit(kiosk, f"the disclaimer, {setting}")
        assert_text_fits(kiosk, f"the disclaimer, {setting}", disclaimer)
        tap(qtbot, disclaimer.understand)
        QApplication.processEvents()
        bars = controls_of_bars(kiosk)
        assert_controls_fit(kiosk, f"home, {setting}")
        assert_home_works(kiosk, setting)
        for key in PAGES:
            open_page(qtbot, kiosk, key)
            where = f"{key}, {setting}"
            assert controls_of_bars(kiosk) == bars, f"the bars differ between home and {where}"
            assert_controls_fit(kiosk, where)
            assert_text_fits(kiosk, where, screen.pages[key])
            page = screen.pages[key]
            if isinstance(page, SectionView):
                needed = READING[(width, height)] if step == 0 else LARGEST_TEXT_READING
                if step != 1:
                    assert reading_share(kiosk, key) >= needed, f"{where}: {reading_share(kiosk, key):.0%}"
                if page.notice is not None and page.pinned:  # pinned only where the text keeps its room
                    assert reading_share(kiosk, key) >= theme.min_reading_share(height / mm(kiosk))
                elif page.notice is not None:  # else it leads the page, whole, above the text
                    assert page.notice.isVisible()  # whole: its labels are checked with the page's
                    notice_top = page.notice.mapTo(page.scroll_area.widget(), page.notice.rect().topLeft())
                    body_top = page.body.mapTo(page.scroll_area.widget(), page.body.rect().topLeft())
                    assert notice_top.y() < body_top.y()
        assert_every_tile_reachable(qtbot, kiosk, setting)
        assert_overlays_fit(qtbot, kiosk, setting)


def assert_every_tile_reachable(qtbot, kiosk: Kiosk, setting: str) -> None:
    """Every topic's tile comes into view, whole, by touching the pager."""
    tap(qtbot, kiosk.screen.home_button)
    home = kiosk.screen.pages["home"]
    viewport = home.scroll_area.viewport()
    for key in home.tiles:
        while home.page > 0:
            tap(qtbot, home.previous_button)
        while not home.tiles[key].isVisible():
            tap(qtbot, home.next_button)
        tile = home.tiles[key]
        where = QRect(tile.mapTo(viewport, tile.rect().topLeft()), tile.size())
        assert viewport.rect().contains(where), f"the {key} tile is not whole on its page, {setting}"


@pytest.mark.parametrize("size", [(1366, 768, 96), (1280, 800, 96), (1080, 1920, 96)], ids=panel_id)
def test_the_notice_is_placed_the_same_at_every_visit(qtbot, qapp: QApplication,
                                                      size: tuple[int, int, int]) -> None:
    width, height, dpi = size
    for kiosk in build_kiosk(qtbot, qapp, Settings(screen_dpi=dpi)):
        kiosk.window.resize(width, height)
        tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
        seen = set()
        for _ in range(3):
            open_page(qtbot, kiosk, "treatments")
            page = kiosk.screen.pages["treatments"]
            seen.add((page.pinned, page.scroll_area.viewport().height()))
            tap(qtbot, kiosk.screen.home_button)
        assert len(seen) == 1, f"pinned, and the reading room, at each visit: {seen}"


def assert_card_fits(kiosk: Kiosk, card: QWidget, where: str) -> None:
    """An overlay's card is whole on the screen, with all it holds."""
    assert kiosk.window.rect().contains(on_screen(card)), f"{where} is cut off at {on_screen(card)}"
    for child in shown(card, QWidget):
        assert card.rect().contains(QRect(child.mapTo(card, child.rect().topLeft()), child.size())), \
            f"{child.objectName()} sticks out of {where}"
    assert_controls_fit(kiosk, where, card)
    assert_text_fits(kiosk, where, card)


def assert_overlays_fit(qtbot, kiosk: Kiosk, setting: str) -> None:
    screen = kiosk.screen
    screen.overlay.show_countdown(20)
    QApplication.processEvents()
    assert_card_fits(kiosk, screen.overlay.card, f"'Still there?', {setting}")
    screen.overlay.hide()
    screen._explain("glossary:flare")
    QApplication.processEvents()
    assert_card_fits(kiosk, screen.popup.card, f"a glossary word, {setting}")
    screen.popup.hide()
    open_text_sheet(qtbot, kiosk)
    QApplication.processEvents()
    assert_card_fits(kiosk, screen.sheet.card, f"the text and colours sheet, {setting}")
    tap(qtbot, screen.sheet.close_button)
    for _ in range(5):
        kiosk.window.staff_corner.tapped.emit()
    QApplication.processEvents()
    pad = kiosk.window.pin_pad
    if pad.isVisible():
        assert_card_fits(kiosk, pad.card, f"the PIN pad, {setting}")
        tap(qtbot, pad.cancel)
    kiosk.window.staff_panel.open("Content version 1: no problems.\nUp 3 days.",
                                  "Today: sessions 3\nLast 30 days: sessions 40")
    QApplication.processEvents()
    assert_card_fits(kiosk, kiosk.window.staff_panel.card, f"the staff panel, {setting}")
    kiosk.window.staff_panel.hide()


@pytest.mark.parametrize("panel", FINGER_PANELS, ids=panel_id, indirect=True)
def test_controls_stay_under_the_finger(qtbot, panel: Kiosk) -> None:
    """No control moves when it or a neighbour is touched, nor when Listen comes or goes."""
    kiosk = panel
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    open_page(qtbot, kiosk, "treatments")
    bars = controls_of_bars(kiosk)
    open_text_sheet(qtbot, kiosk)
    sheet = kiosk.screen.sheet
    places = {c.objectName(): on_screen(c) for c in (sheet.smaller_button, sheet.larger_button,
                                                      sheet.contrast_button, sheet.close_button)}
    for control in ("larger_button", "larger_button", "smaller_button", "contrast_button"):
        tap(qtbot, getattr(kiosk.screen, control))
        QApplication.processEvents()
        sheet = kiosk.screen.sheet
        assert sheet.isVisible(), "the sheet stays open for the next touch"
        now = {c.objectName(): on_screen(c) for c in (sheet.smaller_button, sheet.larger_button,
                                                       sheet.contrast_button, sheet.close_button)}
        assert now == places, f"after {control}"
        assert controls_of_bars(kiosk) == bars, f"the bars moved after {control}"
    tap(qtbot, kiosk.screen.sheet.close_button)
    spanish = kiosk.screen.language_buttons[0]
    before = on_screen(spanish)
    tap(qtbot, spanish)
    QApplication.processEvents()
    assert controls_of_bars(kiosk) == bars, "the bars moved after a language switch"
    assert on_screen(kiosk.screen.language_buttons[0]) == before
    for available in (False, True, False):  # the voice goes, comes back, goes
        kiosk.screen.set_can_listen(available)
        QApplication.processEvents()
        assert controls_of_bars(kiosk) == bars, f"the bars moved when Listen became {available}"
    tap(qtbot, kiosk.screen.home_button)
    assert controls_of_bars(kiosk) == bars, "the bars differ on Home"


@pytest.mark.parametrize("size", [(800, 480, 133), (1280, 800, 96), (1366, 768, 96)], ids=panel_id)
def test_the_disclaimer_is_seen_whole_before_it_can_be_accepted(qtbot, qapp: QApplication,
                                                                size: tuple[int, int, int]) -> None:
    width, height, dpi = size
    for kiosk in build_kiosk(qtbot, qapp, Settings(screen_dpi=dpi)):
        kiosk.window.resize(width, height)
        QApplication.processEvents()
        page = kiosk.screen.pages["disclaimer"]
        column = page.scroll_area.widget()
        viewport = page.scroll_area.viewport()
        notice_bottom = page.notice.mapTo(column, page.notice.rect().bottomLeft()).y()
        accept_top = page.understand.mapTo(column, page.understand.rect().topLeft()).y()
        assert accept_top > notice_bottom, "I understand comes after the notice"
        bar = page.scroll_area.verticalScrollBar()
        seen_to = 0
        for value in range(0, bar.maximum() + 1, max(1, viewport.height() // 4)):
            bar.setValue(value)
            seen_to = max(seen_to, value + viewport.height())
            accept = QRect(page.understand.mapTo(viewport, page.understand.rect().topLeft()),
                           page.understand.size())
            if viewport.rect().intersects(accept):
                assert seen_to >= notice_bottom, "I understand shows before the whole notice has"
        bar.setValue(bar.maximum())
        accept = QRect(page.understand.mapTo(viewport, page.understand.rect().topLeft()),
                       page.understand.size())
        assert viewport.rect().contains(accept), "the end of the text brings I understand into view"


def test_the_log_says_which_dpi_and_where_it_came_from(qtbot, qapp: QApplication, caplog) -> None:
    caplog.set_level(logging.INFO, logger="kiosk")
    for kiosk in build_kiosk(qtbot, qapp, Settings(screen_dpi=133)):
        assert kiosk._dpi == 133
        assert "Sizing for 133 dpi, from the screen_dpi setting" in caplog.text
        assert kiosk.screen.pages["disclaimer"].text.font().pixelSize() == theme.metrics_for(
            133, kiosk._cap_ratio).body
    caplog.clear()
    for _kiosk in build_kiosk(qtbot, qapp, Settings()):
        assert "as the screen reports it" in caplog.text


def test_a_screen_of_no_size_is_sized_for_96_dpi_unless_the_config_says() -> None:
    assert theme.chosen_dpi(96.0, 0.0, None) == (96.0, "fallback")  # Xvfb: 0 mm, a made-up DPI
    assert theme.chosen_dpi(133.0, 0.0, None) == (96.0, "fallback")
    assert theme.chosen_dpi(1e6, 1.0, None) == (96.0, "fallback")
    assert theme.chosen_dpi(133.0, 152.0, None) == (133.0, "screen")
    assert theme.chosen_dpi(96.0, 0.0, 133.0) == (133.0, "config")
    assert theme.chosen_dpi(163.0, 598.0, 150.0) == (150.0, "config")


def test_screen_dpi_is_read_from_the_config_and_the_command_line(tmp_path) -> None:
    config = tmp_path / "kiosk.yaml"
    config.write_text("screen_dpi: 133\n", encoding="utf-8")
    assert parse_settings(["--config", str(config)]).screen_dpi == 133.0
    assert parse_settings(["--config", str(config), "--screen-dpi", "170.5"]).screen_dpi == 170.5
    assert parse_settings([]).screen_dpi is None
    for bad in ("0", "nan", "many", "5000"):
        with pytest.raises(ConfigError, match="'--screen-dpi' must be the screen's dots per inch"):
            parse_settings(["--screen-dpi", bad])
    config.write_text("screen_dpi: true\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'screen_dpi' must be"):
        parse_settings(["--config", str(config)])
