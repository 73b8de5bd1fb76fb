"""The audio guide by touch, the rest of the journey: Take this with me after a Save, a
glossary word (heard, opened, its explanation heard, closed), in English and in Spanish; and
every reset, also a crash's, turns the guide off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.controller import Kiosk
from kiosk.focus_stops import glossary_words
from kiosk.touch_guide import link_at
from kiosk.views.glossary import GlossaryPopup
from kiosk.views.section import SectionView
from tests.helpers import button_labelled, page, tap
from tests.test_take_home import RESEARCH, open_section, scroll_to
from tests.test_touch_guide import Finger, hears, hold, the_guide, turn_on

SYMPTOMS = "symptoms"
# What the guide says of an underlined word under the finger, in the page's language.
WORD_HINTS = {"en": "%1, glossary word. Tap twice for its meaning.",
              "es": "%1, palabra del glosario. Toque dos veces para saber qué significa."}


@pytest.fixture
def said(kiosk: Kiosk) -> list[tuple[str, str]]:
    """Everything the guide says, (text, language), in order."""
    spoken: list[tuple[str, str]] = []
    the_guide(kiosk).spoke.connect(lambda text, language: spoken.append((text, language)))
    return spoken


def in_language(qtbot, kiosk: Kiosk, language: str) -> None:
    if language == "es":
        tap(qtbot, button_labelled(kiosk.window, "Español"))


def a_glossary_word(view: SectionView) -> tuple[QLabel, str, str, QPoint]:
    """The first underlined word on `view`, scrolled into view: its label, link, word and a
    point on it (label coordinates), found as a finger would, by trying the label's places."""
    label = next(w for w in view.findChildren(QLabel) if w.isVisible() and glossary_words(w))
    link, word = glossary_words(label)[0]
    spots = (QPoint(x, y) for y in range(2, label.height(), 8) for x in range(2, label.width(), 8))
    on_it = [s for s in spots if link_at(label, s) == link]
    # The middle of the word, not its edge: a finger is not a pixel.
    spot = QPoint(sum(s.x() for s in on_it) // len(on_it), sum(s.y() for s in on_it) // len(on_it))
    assert link_at(label, spot) == link
    area = view.scroll_area
    inside = label.mapTo(area.widget(), spot)
    area.ensureVisible(inside.x(), inside.y(), 10, 60)
    QApplication.processEvents()
    assert area.viewport().rect().contains(label.mapTo(area.viewport(), spot)), "the word is in view"
    return label, link, word, spot


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_glossary_word_is_heard_opened_heard_and_closed_by_touch(
        qtbot, kiosk: Kiosk, said, language: str) -> None:
    in_language(qtbot, kiosk, language)
    view = open_section(qtbot, kiosk, SYMPTOMS)
    finger = Finger(kiosk)
    hold(qtbot, kiosk, finger, finger.at(view.findChild(QLabel, "PageTitle")), on=True)
    label, _link, word, spot = a_glossary_word(view)
    on_word = label.mapTo(kiosk.window, spot)
    finger.tap(on_word)
    hears(qtbot, said, WORD_HINTS[language].replace("%1", word), language)
    popup = kiosk.screen.findChild(GlossaryPopup)
    assert popup is not None and not popup.isVisible(), "touching the word in the guide opens nothing"
    finger.double_tap(on_word)
    assert popup.isVisible(), "a double tap opens its explanation"
    assert said[-1] == (popup.spoken_text(), language), "...which is said"
    assert popup.term.text().casefold().startswith(word.casefold()[:3])
    close = popup.close_button
    finger.tap(finger.at(close))
    hears(qtbot, said, f"{close.text()}, {'button' if language == 'en' else 'botón'}.", language)
    finger.double_tap(finger.at(close))
    assert not popup.isVisible()
    assert page(kiosk) == SYMPTOMS


@pytest.mark.parametrize(("language", "take_home"), [("en", "Take this with me"),
                                                     ("es", "Llevar conmigo")])
def test_take_this_with_me_after_a_save_by_touch(
        qtbot, kiosk: Kiosk, said, language: str, take_home: str) -> None:
    in_language(qtbot, kiosk, language)
    view = open_section(qtbot, kiosk, RESEARCH)
    save = view.findChild(QPushButton, "Save-farge-2025")
    scroll_to(view, save)
    finger = Finger(kiosk)
    hold(qtbot, kiosk, finger, finger.at(save), on=True)
    qtbot.waitUntil(lambda: len(said) >= 2, timeout=4000)  # its confirmation, in both languages
    said.clear()
    finger.tap(finger.at(save))
    qtbot.waitUntil(lambda: bool(said), timeout=2000)
    assert said[-1][1] == language
    finger.double_tap(finger.at(save))
    assert save.isChecked()
    button = kiosk.screen.take_home_button
    assert button.isVisible()
    finger.tap(finger.at(button))
    hears(qtbot, said, f"{take_home}, {'button' if language == 'en' else 'botón'}.", language)
    finger.double_tap(finger.at(button))
    assert page(kiosk) == "take-home"


def test_a_crash_reset_turns_the_guide_off_too(qtbot, kiosk: Kiosk, said) -> None:
    turn_on(qtbot, kiosk, said)
    guide = the_guide(kiosk)
    with qtbot.waitSignal(guide.active_changed, timeout=1000) as changed:
        kiosk.handle_exception(RuntimeError, RuntimeError("a bug in a view"), None)
    assert changed.args == [False]
    assert said[0] == ("Audio guide off.", "en")
    assert kiosk.idle.armed
    finger = Finger(kiosk)
    finger.tap(finger.at(kiosk.screen.pages["disclaimer"].understand))
    assert page(kiosk) == "home", "off: a tap presses again"
