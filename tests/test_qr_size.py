"""Physical sizes on panels of any sharpness: QR codes a phone reads, lines of a readable length.

Each kiosk here is told its panel's DPI (`screen_dpi`), as a clinic does for a panel that
reports no size, and everything is measured in millimetres at that DPI.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import segno
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.qr import MODULE_MIN_MM, QR_MIN_MM, QUIET_ZONE, QrCode
from kiosk.views.section import SectionView
from kiosk.views.takehome import LIST_CODE_MM
from tests.conftest import build_kiosk
from tests.helpers import button_labelled, page, tap, tap_tile

RESEARCH = "regenerative-research"
PANEL_DPIS = [96.0, 133.0, 163.0, 210.0]


@contextmanager
def kiosk_at(qtbot, qapp: QApplication, dpi: float, width: int, height: int) -> Iterator[Kiosk]:
    """A kiosk told its panel has `dpi`, in a window of the panel's size, past the disclaimer."""
    kiosks = build_kiosk(qtbot, qapp, Settings(screen_dpi=dpi))
    kiosk = next(kiosks)
    try:
        kiosk.window.resize(width, height)
        qtbot.waitUntil(lambda: kiosk.screen.geometry() == kiosk.window.rect())
        tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
        yield kiosk
    finally:
        next(kiosks, None)  # shuts the kiosk down


def code_mm(code: QrCode, dpi: float) -> float:
    """Width in millimetres of the code's modules at `dpi`, without the white quiet zone."""
    modules = segno.make(code.text, error="m", micro=False).symbol_size(scale=1, border=0)[0]
    inner = code.width() * modules / (modules + 2 * QUIET_ZONE)
    return float(inner * 25.4 / dpi)


def open_research(qtbot, kiosk: Kiosk) -> SectionView:
    tap_tile(qtbot, kiosk, RESEARCH)
    view = kiosk.screen.pages[RESEARCH]
    assert isinstance(view, SectionView)
    return view


@pytest.mark.parametrize("dpi", PANEL_DPIS)
def test_every_qr_code_is_at_least_25_mm_across_on_the_panel(qtbot, qapp: QApplication, dpi: float) -> None:
    with kiosk_at(qtbot, qapp, dpi, 1280, 800) as kiosk:
        view = open_research(qtbot, kiosk)
        codes = view.findChildren(QrCode)
        assert codes

        for code in codes:
            card = code.parentWidget()  # the code's row (beside or above Save), on its card
            card = card.parentWidget() if card is not None else None
            assert card is not None and card.objectName() == "Card"
            assert code_mm(code, dpi) >= QR_MIN_MM, f"{code_mm(code, dpi):.1f} mm at {dpi:g} dpi"
            right = code.mapTo(card, code.rect().topRight()).x()
            assert right < card.contentsRect().right(), "the whole code is on its card"

        save = view.findChild(QPushButton, "Save-farge-2025")
        assert save is not None
        view.scroll_area.ensureWidgetVisible(save)
        tap(qtbot, save)
        tap(qtbot, button_labelled(kiosk.window, "Take this with me (1)"))
        assert page(kiosk) == "take-home"
        sheet = kiosk.screen.pages["take-home"]
        (listed,) = sheet.findChildren(QrCode)
        view = sheet.scroll_area.viewport().height()
        assert listed.height() <= view, "it can be scrolled wholly into view, to be scanned"
        # 50 mm across, unless the view is less tall: then as large as fits, in whole pixels a module.
        assert code_mm(listed, dpi) >= LIST_CODE_MM or listed.height() + listed.modules_across > view


def test_a_code_fits_a_short_view_down_to_modules_a_phone_still_reads(qtbot) -> None:
    code = QrCode("https://doi.org/10.1000/example " * 8, 133.0, min_mm=LIST_CODE_MM)
    qtbot.addWidget(code)
    across, chosen = code.modules_across, code.width()
    assert chosen % across == 0 and code_mm(code, 133.0) >= LIST_CODE_MM
    code.fit_within(chosen + 500)
    assert code.width() == chosen, "never larger than chosen"
    code.fit_within(chosen - 1)
    assert code.width() == code.height() == chosen - across, "one pixel a module fewer"
    code.fit_within(10)
    least = math.ceil(MODULE_MIN_MM * 133.0 / 25.4)
    assert code.width() == across * least, "no smaller than a phone reads"
    code.fit_within(chosen * 2)
    assert code.width() == chosen, "back to its size where there is room"


def test_a_sharp_large_panel_shows_the_same_lines_larger(qtbot, qapp: QApplication) -> None:
    """A 4K panel at 163 dpi keeps the line length of a 1080p one at 96 dpi, in letters as large."""

    def measure(dpi: float, width: int, height: int) -> tuple[float, float]:
        with kiosk_at(qtbot, qapp, dpi, width, height) as kiosk:
            body = open_research(qtbot, kiosk).body
            metrics = QFontMetricsF(body.font())
            letters = body.contentsRect().width() / metrics.averageCharWidth()
            return letters, metrics.capHeight() * 25.4 / dpi

    letters_1080p, cap_1080p = measure(96.0, 1920, 1080)
    letters_4k, cap_4k = measure(163.0, 3840, 2160)

    assert letters_4k == pytest.approx(letters_1080p, rel=0.05), "the same number of letters a line"
    assert cap_4k == pytest.approx(cap_1080p, rel=0.1), "letters as tall in millimetres"
    assert cap_4k >= 4.8
