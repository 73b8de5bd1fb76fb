"""The audio guide through every section of the content, in English and in Spanish (its tile
heard and double tapped from home, the page's heading explored), and the idle warning answered
by a key in Spanish (#17)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.controller import Kiosk
from tests.helpers import button_labelled, page, tap
from tests.test_touch_guide import Finger, hears, hold, the_guide

TOPIC = {"en": "%1, topic.", "es": "%1, tema."}
HEADING = {"en": "Heading: %1", "es": "Encabezado: %1"}
BUTTON = {"en": "%1, button.", "es": "%1, botón."}


@pytest.fixture
def said(kiosk: Kiosk) -> list[tuple[str, str]]:
    """Everything the guide says, (text, language), in order."""
    spoken: list[tuple[str, str]] = []
    the_guide(kiosk).spoke.connect(lambda text, language: spoken.append((text, language)))
    return spoken


# Every section of the test content and the glossary: a test each (each waits out the guide's
# double-tap time three times).
TILES = ("symptoms", "treatments", "regenerative-research", "references", "glossary")


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("key", TILES)
def test_a_section_by_touch_in_the_guide(qtbot, kiosk: Kiosk, said, language: str, key: str) -> None:
    if language == "es":
        tap(qtbot, button_labelled(kiosk.window, "Español"))
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    home = kiosk.screen.pages["home"]
    assert set(home.tiles) == set(TILES), "these are all the sections of the content"
    finger = Finger(kiosk)
    hold(qtbot, kiosk, finger, finger.at(home.title), on=True)
    tile = home.tiles[key]
    while not tile.isVisible():  # another page of tiles, turned in the guide too
        finger.tap(finger.at(home.next_button))
        hears(qtbot, said, button_said(home.next_button, language), language)
        finger.double_tap(finger.at(home.next_button))
    name = tile.accessibleName() or tile.text()
    finger.tap(finger.at(tile))
    hears(qtbot, said, TOPIC[language].replace("%1", name), language)
    assert page(kiosk) == "home", "a touch only says what it is on"
    finger.double_tap(finger.at(tile))
    assert page(kiosk) == key
    title = kiosk.screen.pages[key].findChild(QLabel, "PageTitle")
    assert title is not None
    finger.tap(finger.at(title))
    hears(qtbot, said, HEADING[language].replace("%1", title.text()), language)
    home_button = kiosk.screen.home_button
    finger.tap(finger.at(home_button))
    hears(qtbot, said, button_said(home_button, language), language)
    finger.double_tap(finger.at(home_button))
    assert page(kiosk) == "home"


def button_said(button: QAbstractButton, language: str) -> str:
    return BUTTON[language].replace("%1", button.accessibleName() or button.text().strip("‹› "))
