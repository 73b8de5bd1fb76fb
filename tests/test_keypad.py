"""The kiosk by keys alone (a USB keyboard or an EZ Access-style keypad), with Qt's mock speech:
what is said, where the focus ring is, and what is on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk import theme
from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.focus_stops import Stop, describe
from kiosk.keypad import Keypad
from kiosk.qr import QrCode
from kiosk.views.buttons import button
from kiosk.views.focus_ring import RING_WIDTH
from kiosk.views.glossary import GlossaryPopup
from tests.conftest import WAIT_MS, build_kiosk
from tests.helpers import button_labelled, page, tap

Down, Up, Enter, Back = Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Return, Qt.Key.Key_Backspace


@pytest.fixture
def keyed(qtbot, kiosk: Kiosk) -> Kiosk:
    """The kiosk, its window active (keys go to it), and the welcome said by a first key."""
    kiosk.window.activateWindow()
    qtbot.waitActive(kiosk.window)
    said = press(qtbot, kiosk, Down)
    assert said.startswith("Welcome. This kiosk can speak. Use the arrow keys to move")
    return kiosk


def keypad(kiosk: Kiosk) -> Keypad:
    found = kiosk.window.findChild(Keypad)
    assert found is not None
    return found


def press(qtbot, kiosk: Kiosk, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> str:
    """Press `key` where the focus is, as a keypad does; return what the kiosk said last."""
    qtbot.keyClick(QApplication.focusWidget() or kiosk.window, key, modifier)
    assert kiosk.narrator is not None
    return kiosk.narrator.last_text


def focused(kiosk: Kiosk) -> QWidget:
    stop = keypad(kiosk).focused
    assert stop is not None, "the focus is on nothing"
    return stop.widget


def move_to(qtbot, kiosk: Kiosk, found: Callable[[Stop], bool], limit: int = 60) -> str:
    """Press Down until the focus is on a stop that `found` accepts; what was said there."""
    for _ in range(limit):
        said = press(qtbot, kiosk, Down)
        stop = keypad(kiosk).focused
        if stop is not None and found(stop):
            return said
    raise AssertionError("the focus never reached the stop")


def button_named(name: str) -> Callable[[Stop], bool]:
    return lambda stop: isinstance(stop.widget, QAbstractButton) and stop.widget.accessibleName() == name


def open_by_keys(qtbot, kiosk: Kiosk, *names: str) -> None:
    """Press Down to each named button in turn, and Enter on it (e.g. "I understand", a topic)."""
    for name in names:
        move_to(qtbot, kiosk, button_named(name))
        press(qtbot, kiosk, Enter)


def test_keys_alone_go_from_the_disclaimer_to_a_section_and_back(qtbot, keyed: Kiosk) -> None:
    kiosk = keyed
    assert keypad(kiosk).spoken.endswith("Heading: Medical Disclaimer"), "the welcome ends where the focus is"
    said = press(qtbot, kiosk, Down)
    assert said.startswith("Paragraph 1 of ")
    assert "is not medical advice" in said
    assert move_to(qtbot, kiosk, button_named("I understand")) == "I understand, button."
    said = press(qtbot, kiosk, Enter)
    assert page(kiosk) == "home"
    assert said == "Heading: Choose a topic", "a new page is met at its top"
    assert press(qtbot, kiosk, Down) == "Symptoms, topic."
    assert press(qtbot, kiosk, Down) == "Treatments, topic."
    assert press(qtbot, kiosk, Up) == "Symptoms, topic."
    said = press(qtbot, kiosk, Qt.Key.Key_Space)
    assert page(kiosk) == "symptoms"
    assert said == "Heading: Symptoms"
    assert kiosk.narrator is not None and kiosk.narrator.language == "en"
    said = press(qtbot, kiosk, Back)
    assert page(kiosk) == "home"
    assert said == "Heading: Choose a topic"


def test_tab_and_shift_tab_move_as_the_arrows_do(qtbot, keyed: Kiosk) -> None:
    first = focused(keyed)
    press(qtbot, keyed, Qt.Key.Key_Tab)
    assert focused(keyed) is not first
    press(qtbot, keyed, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused(keyed) is first
    assert QApplication.focusWidget() is first, "Qt's own focus follows, for a screen reader"


def test_a_study_is_saved_and_taken_home_by_keys(qtbot, keyed: Kiosk) -> None:
    kiosk = keyed
    open_by_keys(qtbot, kiosk, "I understand", "Regenerative Research")
    assert page(kiosk) == "regenerative-research"
    said = move_to(qtbot, kiosk, lambda stop: isinstance(stop.widget, QrCode))
    assert said.startswith("QR code of the study's link.")
    assert move_to(qtbot, kiosk, button_named("Save")) == "Save, button, not saved."
    save = focused(kiosk)
    area = kiosk.screen.pages["regenerative-research"].reading_area()
    assert area is not None
    corner = save.mapTo(area.viewport(), save.rect().topLeft())
    assert area.viewport().rect().contains(corner), "the focused control is scrolled into view"
    said = press(qtbot, kiosk, Enter)
    assert said == "Saved, button, saved."
    assert kiosk.saved
    said = move_to(qtbot, kiosk, button_named("Take this with me"))
    assert said == "Take this with me, button."
    said = press(qtbot, kiosk, Enter)
    assert page(kiosk) == "take-home"
    assert said == "Heading: Take this with me"
    said = move_to(qtbot, kiosk, lambda stop: isinstance(stop.widget, QrCode))
    assert said.startswith("QR code of your list.")


def test_a_glossary_word_opens_by_keys_and_back_closes_it(qtbot, keyed: Kiosk) -> None:
    kiosk = keyed
    open_by_keys(qtbot, kiosk, "I understand", "Symptoms")
    said = move_to(qtbot, kiosk, lambda stop: stop.link == "glossary:flare")
    assert said == "flare, glossary word. Press Enter for its meaning."
    said = press(qtbot, kiosk, Enter)
    popup = kiosk.screen.findChild(GlossaryPopup)
    assert popup is not None and popup.isVisible()
    assert said == "Heading: Flare"
    said = press(qtbot, kiosk, Down)
    assert said == "Paragraph 1 of 1. A time when the signs of an illness get worse."
    press(qtbot, kiosk, Back)
    assert not popup.isVisible()
    assert page(kiosk) == "symptoms"


def test_help_says_where_the_focus_is_and_what_the_keys_do(qtbot, keyed: Kiosk) -> None:
    for key, modifier in ((Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier),
                          (Qt.Key.Key_Help, Qt.KeyboardModifier.NoModifier)):
        said = press(qtbot, keyed, key, modifier)
        assert said.startswith("Heading: Medical Disclaimer")
        assert "Enter to choose, Backspace to go back" in said
    assert page(keyed) == "disclaimer"


@pytest.mark.parametrize(("language", "warning", "welcome"), [
    ("English", "Still there?", "Welcome back."),
    ("Español", "¿Sigue ahí?", "Bienvenido de nuevo."),
])
def test_the_idle_warning_is_spoken_and_any_key_answers_it(qtbot, qapp: QApplication, language: str,
                                                            warning: str, welcome: str) -> None:
    for kiosk in build_kiosk(qtbot, qapp, Settings(idle_timeout=0.2, idle_warning=3)):
        if language != "English":
            tap(qtbot, button_labelled(kiosk.window, language))
        kiosk.window.activateWindow()
        qtbot.waitActive(kiosk.window)
        press(qtbot, kiosk, Down)
        kiosk.narrator.stop()  # as when the welcome has been said
        with qtbot.waitSignal(kiosk.idle.warning_started, timeout=WAIT_MS):
            pass
        assert kiosk.screen.overlay.isVisible()
        assert kiosk.narrator.last_text.startswith(warning)
        said = press(qtbot, kiosk, Qt.Key.Key_Up)
        assert not kiosk.screen.overlay.isVisible()
        assert not kiosk.idle.warning
        assert said.startswith(welcome)
        assert page(kiosk) == "disclaimer"
        kiosk.idle.stop()


def test_a_key_is_activity_for_the_idle_monitor(qtbot, kiosk: Kiosk) -> None:
    kiosk.window.activateWindow()
    qtbot.waitActive(kiosk.window)
    with qtbot.waitSignal(kiosk.idle.woke, timeout=WAIT_MS):
        press(qtbot, kiosk, Down)
    assert keypad(kiosk).focused is not None


def test_a_new_patient_hears_the_welcome_again(qtbot, keyed: Kiosk) -> None:
    press(qtbot, keyed, Down)
    keyed.reset()
    keypad(keyed).new_session()
    assert press(qtbot, keyed, Down).startswith("Welcome.")


def test_the_kiosk_in_spanish_by_keys(qtbot, keyed: Kiosk) -> None:
    kiosk = keyed
    move_to(qtbot, kiosk, button_named("Español"))
    said = press(qtbot, kiosk, Enter)
    assert kiosk.preferences.language == "es"
    assert kiosk.narrator is not None and kiosk.narrator.language == "es"
    assert said == "Encabezado: Aviso médico", said
    said = move_to(qtbot, kiosk, button_named("Entiendo"))
    assert said == "Entiendo, botón."
    press(qtbot, kiosk, Enter)
    assert page(kiosk) == "home"
    assert press(qtbot, kiosk, Qt.Key.Key_F1).endswith(
        "Use las flechas para moverse, Intro para elegir, Retroceso para volver "
        "y la tecla del signo de interrogación para pedir ayuda.")


@pytest.fixture
def locked(qtbot, qapp: QApplication) -> Iterator[Kiosk]:
    yield from build_kiosk(qtbot, qapp, Settings(fullscreen=True))


def test_the_lockdown_lets_the_keypad_through_and_refuses_escape_keys(qtbot, locked: Kiosk) -> None:
    locked.window.activateWindow()
    qtbot.waitActive(locked.window)
    press(qtbot, locked, Down)
    move_to(qtbot, locked, button_named("I understand"))
    press(qtbot, locked, Enter)
    assert page(locked) == "home"
    said = locked.narrator.last_text
    for key, modifier in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                          (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)):
        press(qtbot, locked, key, modifier)
        assert locked.window.isVisible()
        assert page(locked) == "home"
        assert locked.narrator.last_text == said, "a key with Alt or Ctrl is not the keypad's"


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_focus_ring_shows_in_the_theme_colour(qtbot, keyed: Kiosk, high_contrast: bool) -> None:
    kiosk = keyed
    if high_contrast:
        kiosk.change(high_contrast=True)
        press(qtbot, kiosk, Down)
    move_to(qtbot, kiosk, button_named("I understand"))
    control = focused(kiosk)
    ring = keypad(kiosk).ring
    assert ring is not None and ring.isVisible()
    assert ring.geometry().contains(control.geometry())
    parent = control.parentWidget()
    assert parent is not None
    picture = parent.grab().toImage()
    edge = control.geometry().left() - RING_WIDTH // 2
    colour = QColor(picture.pixel(edge, control.geometry().center().y()))
    palette = theme.HIGH_CONTRAST if high_contrast else theme.Palette()
    assert colour.name().upper() == palette.focus.upper()
    press(qtbot, kiosk, Down)
    picture = parent.grab().toImage()
    after = QColor(picture.pixel(edge, control.geometry().center().y()))
    assert after.name().upper() != palette.focus.upper(), "the ring moves on with the focus"


def test_describe_names_the_role_of_each_kind_of_stop(qtbot) -> None:
    heading = QLabel("Symptoms")
    heading.setObjectName("PageTitle")
    paragraph = QLabel("Lupus can cause tiredness.")
    assert describe(Stop(heading)) == "Heading: Symptoms"
    assert describe(Stop(paragraph), (2, 7)) == "Paragraph 2 of 7. Lupus can cause tiredness."
    word = Stop(paragraph, "glossary:flare", "flare")
    assert describe(word) == "flare, glossary word. Press Enter for its meaning."
    tile = button("Symptoms", "tile", "Tile-symptoms")
    assert describe(Stop(tile)) == "Symptoms, topic."
    home = button("Home", "nav", "Home")
    home.setEnabled(False)
    assert describe(Stop(home)) == "Home, button, not available."
    code = QrCode("https://doi.org/10.1000/example", 96)
    assert describe(Stop(code)).startswith("QR code of the study's link.")
