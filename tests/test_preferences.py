"""Larger text, high contrast and Spanish: what a patient can change, and the reset undoes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel

from kiosk import theme
from kiosk.controller import Kiosk
from tests.helpers import button_labelled, open_text_sheet, page, tap, visible_text
from tests.test_touch import ORIENTATIONS, every_page, resize, showing


def body_size(kiosk: Kiosk) -> float:
    label = kiosk.screen.pages["disclaimer"].text
    return QFontMetricsF(label.font()).height()


def test_text_grows_in_three_steps_to_twice_the_size(qtbot, kiosk: Kiosk) -> None:
    base = kiosk.screen.pages["disclaimer"]
    start = base.findChild(QLabel, "DisclaimerTitle").font().pixelSize()
    larger = kiosk.screen.larger_button
    assert not kiosk.screen.smaller_button.isEnabled()
    open_text_sheet(qtbot, kiosk)
    tap(qtbot, larger)
    tap(qtbot, kiosk.screen.larger_button)
    assert not kiosk.screen.larger_button.isEnabled(), "200% is the largest step"
    title = kiosk.screen.pages["disclaimer"].findChild(QLabel, "DisclaimerTitle")
    assert title.font().pixelSize() == pytest.approx(start * 2, abs=2)
    assert "This test kiosk is for educational purposes only" in visible_text(kiosk.screen)
    open_text_sheet(qtbot, kiosk)
    tap(qtbot, kiosk.screen.smaller_button)
    assert kiosk.preferences.text_step == 1


@pytest.mark.parametrize("orientation", ORIENTATIONS)
@pytest.mark.parametrize("language", ["English", "Español"])
def test_at_the_largest_size_nothing_is_clipped(qtbot, kiosk: Kiosk, orientation: str, language: str) -> None:
    if language == "Español":
        tap(qtbot, button_labelled(kiosk.window, "Español"))
    open_text_sheet(qtbot, kiosk)
    tap(qtbot, kiosk.screen.larger_button)
    open_text_sheet(qtbot, kiosk)
    tap(qtbot, kiosk.screen.larger_button)
    resize(kiosk, orientation)
    for key in every_page(qtbot, kiosk):
        screen = kiosk.screen
        area = getattr(screen.pages[key], "scroll_area", None)
        if area is not None:
            assert area.horizontalScrollBar().maximum() == 0, key
        for label in showing(screen, QLabel):
            if label.wordWrap():
                assert label.heightForWidth(label.width()) <= label.height(), f"{label.objectName()} on {key}"
        for control in showing(screen, type(screen.home_button)):
            needed = control.fontMetrics().horizontalAdvance(control.text())
            assert needed <= control.contentsRect().width(), f"{control.text()!r} on {key}"
        for bar in (screen.top_bar, screen.nav_bar):
            for control in showing(bar, type(screen.home_button)):
                corner = control.mapTo(screen, control.rect().bottomRight())
                assert screen.rect().contains(corner), f"{control.text()!r} is off the screen on {key}"


def test_high_contrast_switches_the_colours_and_back(qtbot, kiosk: Kiosk) -> None:
    open_text_sheet(qtbot, kiosk)
    tap(qtbot, button_labelled(kiosk.window, "High contrast"))
    assert kiosk.preferences.high_contrast
    assert theme.HIGH_CONTRAST.background in kiosk.screen.styleSheet()
    open_text_sheet(qtbot, kiosk)
    tap(qtbot, button_labelled(kiosk.window, "Normal colours"))
    assert theme.Palette().background in kiosk.screen.styleSheet()


@pytest.mark.parametrize(("palette", "minimum"), [(theme.Palette(), 4.5), (theme.HIGH_CONTRAST, 7.0)])
def test_every_text_colour_pair_meets_its_contrast(palette: theme.Palette, minimum: float) -> None:
    for foreground, background in theme.TEXT_PAIRS:
        ratio = theme.contrast_ratio(getattr(palette, foreground), getattr(palette, background))
        assert ratio >= minimum, f"{foreground} on {background}: {ratio:.2f}"


def test_switching_language_keeps_the_page(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    tap(qtbot, button_labelled(kiosk.window, "Symptoms"))
    tap(qtbot, button_labelled(kiosk.window, "Español"))
    assert page(kiosk) == "symptoms"
    shown = visible_text(kiosk.screen)
    assert "Síntomas" in shown and "Articulaciones cansadas por la mañana" in shown
    for control in ("‹  Atrás", "Inicio", "Aviso médico", "English"):
        button_labelled(kiosk.window, control)
    tap(qtbot, button_labelled(kiosk.window, "‹  Atrás"))
    assert page(kiosk) == "home", "Back still remembers the path"
    tap(qtbot, button_labelled(kiosk.window, "English"))
    assert "Choose a topic" in visible_text(kiosk.screen)


def test_the_disclaimer_offers_the_other_language(qtbot, kiosk: Kiosk) -> None:
    assert page(kiosk) == "disclaimer"
    tap(qtbot, button_labelled(kiosk.window, "Español"))
    assert page(kiosk) == "disclaimer"
    shown = visible_text(kiosk.screen)
    assert "Aviso médico" in shown
    assert "no están aprobadas por la FDA" in shown
    button_labelled(kiosk.window, "Entiendo")


def test_idle_reset_restores_size_contrast_and_language(qtbot, kiosk: Kiosk) -> None:
    open_text_sheet(qtbot, kiosk)
    tap(qtbot, kiosk.screen.larger_button)
    open_text_sheet(qtbot, kiosk)
    tap(qtbot, button_labelled(kiosk.window, "High contrast"))
    tap(qtbot, button_labelled(kiosk.window, "Español"))
    tap(qtbot, button_labelled(kiosk.window, "Entiendo"))
    assert kiosk.preferences != kiosk.defaults
    kiosk.idle.expired.emit()
    assert kiosk.preferences == kiosk.defaults
    assert page(kiosk) == "disclaimer"
    shown = visible_text(kiosk.screen)
    assert "Medical Disclaimer" in shown and "I understand" in shown
    assert theme.Palette().background in kiosk.screen.styleSheet()
    assert QApplication.translate("", "Back") == "Back"
