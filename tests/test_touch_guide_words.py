"""The audio guide's own words come from the kiosk's translations (resources/translations), as
the controls' do: in the page's language, and its "on" and "off" in English then Spanish
whatever the page's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from kiosk.controller import Kiosk
from kiosk.touch_guide import GUIDE_OFF, GUIDE_ON
from kiosk.translations import in_language
from tests.conftest import WAIT_MS
from tests.helpers import button_labelled, tap
from tests.test_touch_guide import Finger, hold, the_guide, turn_on

ON = [("Audio guide on. Touch to hear, tap twice to press.", "en"),
      ("Guía de audio activada. Toque para oír, dos toques para pulsar.", "es")]
OFF = [("Audio guide off.", "en"), ("Guía de audio desactivada.", "es")]


@pytest.fixture
def said(kiosk: Kiosk) -> list[tuple[str, str]]:
    """Everything the guide says, (text, language), in order."""
    spoken: list[tuple[str, str]] = []
    the_guide(kiosk).spoke.connect(lambda text, language: spoken.append((text, language)))
    return spoken


def in_spanish(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "Español"))
    assert kiosk.preferences.language == "es"


def test_on_a_spanish_page_it_says_on_and_off_in_english_then_spanish(qtbot, kiosk: Kiosk, said) -> None:
    # The translator installed is Spanish: the English must not come through it.
    in_spanish(qtbot, kiosk)
    finger = Finger(kiosk)
    disclaimer = finger.at(kiosk.screen.pages["disclaimer"])
    hold(qtbot, kiosk, finger, disclaimer, on=True)
    qtbot.waitUntil(lambda: len(said) >= 2, timeout=WAIT_MS)
    assert said == ON
    said.clear()
    hold(qtbot, kiosk, finger, disclaimer, on=False)
    qtbot.waitUntil(lambda: len(said) >= 2, timeout=WAIT_MS)
    assert said == OFF


def test_swipes_on_a_spanish_page_are_said_in_spanish(qtbot, kiosk: Kiosk, said) -> None:
    in_spanish(qtbot, kiosk)
    finger = turn_on(qtbot, kiosk, said)
    start = finger.at(kiosk.screen.pages["disclaimer"]) - QPoint(200, 0)
    finger.swipe(2, start, QPoint(200, 0))
    assert said[-1] == ("Más rápido.", "es")
    finger.swipe(2, start, QPoint(-200, 0))
    assert said[-1] == ("Más lento.", "es")
    finger.swipe(3, start, QPoint(0, -200))
    assert said[-1] == ("Más alto.", "es")
    finger.swipe(3, start, QPoint(0, 200))
    assert said[-1] == ("Más bajo.", "es")


def test_a_word_in_a_language_is_its_translation_or_the_english(qapp: QApplication) -> None:
    assert [(in_language(GUIDE_ON, code), code) for code in ("en", "es")] == ON
    assert in_language(GUIDE_OFF, "es") == "Guía de audio desactivada."
    # No kiosk_fr.qm: English, as the controls stay.
    assert in_language(GUIDE_OFF, "fr") == "Audio guide off."
