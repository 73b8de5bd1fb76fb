"""The audio guide by touch, driven by synthesized touches, with Qt's mock speech engine."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.touch_guide import HOLD_MS, TouchGuide
from tests.conftest import WAIT_MS, build_kiosk
from tests.helpers import page, tap, tap_tile
from tests.test_take_home import RESEARCH, open_section, scroll_to

SHORT_HOLD_MS = 60  # the guide's hold, shortened: tests do not wait three seconds


class Finger:
    """Touches on the kiosk's window, as a touch screen reports them, at widgets' centres."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.window = kiosk.window
        self.device: QPointingDevice = QTest.createTouchDevice()

    def at(self, widget: QWidget) -> QPoint:
        return widget.mapTo(self.window, widget.rect().center())

    def down(self, point: QPoint, finger: int = 0) -> None:
        QTest.touchEvent(self.window, self.device).press(finger, point).commit()

    def move(self, point: QPoint, finger: int = 0) -> None:
        QTest.touchEvent(self.window, self.device).move(finger, point).commit()

    def up(self, point: QPoint, finger: int = 0) -> None:
        QTest.touchEvent(self.window, self.device).release(finger, point).commit()

    def tap(self, point: QPoint) -> None:
        self.down(point)
        self.up(point)

    def double_tap(self, point: QPoint) -> None:
        self.tap(point)
        self.tap(point)

    def two_finger_tap(self, point: QPoint) -> None:
        other = point + QPoint(80, 0)
        QTest.touchEvent(self.window, self.device).press(0, point).press(1, other).commit()
        QTest.touchEvent(self.window, self.device).release(0, point).release(1, other).commit()

    def two_finger_drag(self, start: QPoint, dy: int) -> None:
        self.swipe(2, start, QPoint(0, dy))

    def swipe(self, fingers: int, start: QPoint, by: QPoint, steps: int = 6) -> None:
        """`fingers` side by side, 80 px apart, put down at `start` and moved `by`, in steps."""
        apart = [QPoint(80 * n, 0) for n in range(fingers)]
        touch = QTest.touchEvent(self.window, self.device)
        for n in range(fingers):
            touch.press(n, start + apart[n])
        touch.commit()
        point = start
        for step in range(1, steps + 1):
            point = start + by * step / steps
            touch = QTest.touchEvent(self.window, self.device)
            for n in range(fingers):
                touch.move(n, point + apart[n])
            touch.commit()
        touch = QTest.touchEvent(self.window, self.device)
        for n in range(fingers):
            touch.release(n, point + apart[n])
        touch.commit()


# The guide's double-tap time, shortened: a single tap is said only once this has passed, and
# the journeys wait it out many times. The taps of a test's double tap follow within a few ms.
QUICK_DOUBLE_TAP_MS = 250


def the_guide(kiosk: Kiosk) -> TouchGuide:
    guide = kiosk.later.touch_guide
    assert guide is not None
    guide.double_tap_ms = QUICK_DOUBLE_TAP_MS
    return guide


@pytest.fixture
def said(kiosk: Kiosk) -> list[tuple[str, str]]:
    """Everything the guide says, (text, language), in order."""
    spoken: list[tuple[str, str]] = []
    the_guide(kiosk).spoke.connect(lambda text, language: spoken.append((text, language)))
    return spoken


def hold(qtbot, kiosk: Kiosk, finger: Finger, point: QPoint, on: bool) -> None:
    """Hold a finger still at `point` until the guide turns on (or off), then lift it."""
    guide = the_guide(kiosk)
    guide.hold_ms = SHORT_HOLD_MS
    with qtbot.waitSignal(guide.active_changed, timeout=WAIT_MS) as changed:
        finger.down(point)
    assert changed.args == [on]
    finger.up(point)
    # Back to three seconds: a finger resting on a control, to hear it, stays in the guide.
    guide.hold_ms = HOLD_MS


def hears(qtbot, said: list[tuple[str, str]], text: str, language: str = "en") -> None:
    """Wait until the guide says `text` (what a touch is on is said once it is not a double tap)."""
    qtbot.waitUntil(lambda: bool(said) and said[-1] == (text, language), timeout=WAIT_MS)


def turn_on(qtbot, kiosk: Kiosk, said: list[tuple[str, str]]) -> Finger:
    """Start the guide as a patient would, and let it finish its confirmation."""
    finger = Finger(kiosk)
    hold(qtbot, kiosk, finger, finger.at(kiosk.screen.pages["disclaimer"]), on=True)
    qtbot.waitUntil(lambda: len(said) >= 2, timeout=WAIT_MS)
    said.clear()
    return finger


def test_holding_a_finger_three_seconds_turns_it_on_in_english_then_spanish(
        qtbot, kiosk: Kiosk, said) -> None:
    assert TouchGuide(kiosk.window, kiosk.narrator, lambda: "en", kiosk.window).hold_ms == HOLD_MS == 3000
    finger = Finger(kiosk)
    understand = kiosk.screen.pages["disclaimer"].understand
    hold(qtbot, kiosk, finger, finger.at(understand), on=True)  # held on a button...
    assert page(kiosk) == "disclaimer", "...which the hold did not press"
    assert not understand.isDown()
    assert the_guide(kiosk).active
    qtbot.waitUntil(lambda: len(said) == 2, timeout=WAIT_MS)
    assert said[0] == ("Audio guide on. Touch to hear, tap twice to press.", "en")
    assert said[1] == ("Guía de audio activada. Toque para oír, dos toques para pulsar.", "es")
    assert kiosk.narrator.language == "es"


def test_a_short_touch_starts_nothing(qtbot, kiosk: Kiosk) -> None:
    guide = the_guide(kiosk)
    guide.hold_ms = SHORT_HOLD_MS
    finger = Finger(kiosk)
    point = finger.at(kiosk.screen.pages["disclaimer"])
    with qtbot.assertNotEmitted(guide.active_changed, wait=SHORT_HOLD_MS * 3):
        finger.tap(point)
        finger.down(point)
        finger.move(point + QPoint(0, 100))  # a finger that moves is scrolling, not holding
    finger.up(point + QPoint(0, 100))
    assert not guide.active


def test_with_the_guide_off_a_tap_works_at_once(qtbot, kiosk: Kiosk) -> None:
    finger = Finger(kiosk)
    finger.tap(finger.at(kiosk.screen.pages["disclaimer"].understand))
    assert page(kiosk) == "home"


def test_a_finger_hears_what_it_is_on_and_presses_nothing_then_a_double_tap_presses_it(
        qtbot, kiosk: Kiosk, said) -> None:
    finger = turn_on(qtbot, kiosk, said)
    disclaimer = kiosk.screen.pages["disclaimer"]
    understand = disclaimer.understand
    title = disclaimer.findChild(QWidget, "DisclaimerTitle")
    finger.down(finger.at(title))
    hears(qtbot, said, "Heading: Medical Disclaimer")
    finger.move(finger.at(understand))
    assert said[-1] == ("I understand, button.", "en")
    assert kiosk.narrator.last_text == "I understand, button."
    finger.up(finger.at(understand))
    assert page(kiosk) == "disclaimer", "touching a control in the guide does not press it"
    finger.double_tap(finger.at(title))  # anywhere: it presses what was said last
    assert page(kiosk) == "home"


def test_a_topic_tile_opens_its_section_by_double_tap(qtbot, kiosk: Kiosk, said) -> None:
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    finger = Finger(kiosk)
    hold(qtbot, kiosk, finger, finger.at(kiosk.screen.pages["home"]), on=True)
    tile = kiosk.screen.pages["home"].tiles["treatments"]
    finger.tap(finger.at(tile))
    hears(qtbot, said, "Treatments, topic.")
    assert page(kiosk) == "home"
    finger.double_tap(finger.at(kiosk.screen.pages["home"]))
    assert page(kiosk) == "treatments"


def test_save_on_a_study_by_double_tap(qtbot, kiosk: Kiosk, said) -> None:
    view = open_section(qtbot, kiosk, RESEARCH)
    save = view.findChild(QPushButton, "Save-farge-2025")
    scroll_to(view, save)
    finger = Finger(kiosk)
    hold(qtbot, kiosk, finger, finger.at(save), on=True)
    assert not save.isChecked(), "holding on Save turned the guide on and saved nothing"
    finger.tap(finger.at(save))
    # Scrolled to the bottom of the view, with more studies below it: the page goes on.
    hears(qtbot, said, "Save, button, not saved. More below: slide two fingers up.")
    finger.double_tap(finger.at(save))
    assert save.isChecked()


def test_two_fingers_dragged_up_scroll_the_page(qtbot, kiosk: Kiosk, said) -> None:
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    tap_tile(qtbot, kiosk, "treatments")
    area = kiosk.screen.pages["treatments"].scroll_area
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT_MS)
    finger = Finger(kiosk)
    start = finger.at(area.viewport()) + QPoint(0, 150)
    hold(qtbot, kiosk, finger, start, on=True)
    assert bar.value() == 0
    finger.two_finger_drag(start, -200)
    assert bar.value() > 0
    assert page(kiosk) == "treatments"


def test_the_same_hold_turns_it_off_and_says_so(qtbot, kiosk: Kiosk, said) -> None:
    finger = turn_on(qtbot, kiosk, said)
    hold(qtbot, kiosk, finger, finger.at(kiosk.screen.pages["disclaimer"]), on=False)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=WAIT_MS)
    assert said == [("Audio guide off.", "en"), ("Guía de audio desactivada.", "es")]
    finger.tap(finger.at(kiosk.screen.pages["disclaimer"].understand))
    assert page(kiosk) == "home", "off, a tap presses again"


def test_a_two_finger_double_tap_turns_it_on_and_off(qtbot, kiosk: Kiosk, said) -> None:
    guide = the_guide(kiosk)
    finger = Finger(kiosk)
    point = finger.at(kiosk.screen.pages["disclaimer"])
    with qtbot.waitSignal(guide.active_changed, timeout=WAIT_MS) as changed:
        finger.two_finger_tap(point)
        finger.two_finger_tap(point)
    assert changed.args == [True]
    assert said[0][1] == "en"
    with qtbot.waitSignal(guide.active_changed, timeout=WAIT_MS) as changed:
        finger.two_finger_tap(point)
        finger.two_finger_tap(point)
    assert changed.args == [False]
    assert page(kiosk) == "disclaimer"


def test_swipes_make_the_voice_faster_slower_louder_quieter(qtbot, kiosk: Kiosk, said) -> None:
    finger = turn_on(qtbot, kiosk, said)
    narrator = kiosk.narrator
    engine = narrator._engine
    start = finger.at(kiosk.screen.pages["disclaimer"]) - QPoint(200, 0)
    finger.swipe(2, start, QPoint(200, 0))  # two fingers to the right
    assert said[-1] == ("Faster.", "en") and narrator.rate == 0.25
    assert engine.rate() == pytest.approx(0.25), "said at the new rate"
    finger.swipe(2, start, QPoint(-200, 0))
    finger.swipe(2, start, QPoint(-200, 0))
    assert said[-1] == ("Slower.", "en") and narrator.rate == -0.25
    finger.swipe(3, start, QPoint(0, -200))  # three fingers up
    assert said[-1] == ("Louder.", "en") and narrator.volume == pytest.approx(1.0)
    assert engine.volume() == pytest.approx(1.0)
    finger.swipe(3, start, QPoint(0, 200))
    assert said[-1] == ("Quieter.", "en") and narrator.volume == pytest.approx(0.8)
    assert page(kiosk) == "disclaimer"
    kiosk.reset()
    assert (narrator.rate, narrator.volume) == (0.0, None), "the next patient hears the voice as it was"


def test_a_mouse_press_in_the_guide_is_a_finger_too(qtbot, kiosk: Kiosk, said) -> None:
    """A touch screen that reports itself as a mouse: its press explores, and presses nothing."""
    finger = turn_on(qtbot, kiosk, said)
    understand = kiosk.screen.pages["disclaimer"].understand
    # As the platform delivers it: to the window (QTest's widget overload skips the window).
    QTest.mouseClick(kiosk.window.windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, finger.at(understand))
    hears(qtbot, said, "I understand, button.")
    assert page(kiosk) == "disclaimer"


@pytest.fixture
def slow_warning(qtbot, qapp: QApplication) -> Iterator[Kiosk]:
    yield from build_kiosk(qtbot, qapp, Settings(idle_timeout=0.3, idle_warning=200))


def test_the_idle_warning_is_heard_and_answered_in_the_guide(qtbot, slow_warning: Kiosk) -> None:
    kiosk = slow_warning
    spoken: list[tuple[str, str]] = []
    the_guide(kiosk).spoke.connect(lambda text, language: spoken.append((text, language)))
    finger = turn_on(qtbot, kiosk, spoken)
    overlay = kiosk.screen.overlay
    qtbot.waitUntil(overlay.isVisible, timeout=WAIT_MS)
    assert kiosk.narrator.last_text.startswith("Still there?"), "the warning is spoken"
    finger.swipe(1, finger.at(overlay.title), finger.at(overlay.button) - finger.at(overlay.title))
    hears(qtbot, spoken, "I'm still here, button.")  # explored, as any control
    assert overlay.isVisible(), "a finger moved over it does not answer it"
    understand = kiosk.screen.pages["disclaimer"].understand
    finger.tap(finger.at(overlay.title))  # one tap anywhere, as any key, answers it
    assert not overlay.isVisible()
    assert not kiosk.idle.warning
    assert spoken[-1] == ("Welcome back.", "en")
    finger.tap(finger.at(understand))  # not the second tap of a double tap: heard, not pressed
    hears(qtbot, spoken, "I understand, button.")
    assert page(kiosk) == "disclaimer"


def test_a_tap_still_to_be_said_at_shutdown_leaves_no_timer_running(qtbot, kiosk: Kiosk, said) -> None:
    finger = turn_on(qtbot, kiosk, said)
    guide = the_guide(kiosk)
    guide.double_tap_ms = WAIT_MS  # still to be said at shutdown, however busy the machine
    finger.tap(finger.at(kiosk.screen.pages["disclaimer"].understand))  # said once no second tap comes
    assert any(timer.isActive() for timer in guide.findChildren(QTimer))
    kiosk.shutdown()
    assert not [timer for timer in guide.findChildren(QTimer) if timer.isActive()]
