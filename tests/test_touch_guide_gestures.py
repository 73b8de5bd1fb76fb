"""The audio guide by touch, its edges: the two-finger double tap that starts it presses nothing
under the fingers, a one-finger touch still does, and the staff corner answers with the guide on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QScroller

from kiosk.controller import Kiosk
from kiosk.views.window import STAFF_CORNER_PX
from tests.conftest import WAIT_MS
from tests.helpers import page, tap, visible_text
from tests.test_touch_guide import Finger, hears, the_guide, turn_on

OTHER = QPoint(80, 0)  # where the second finger lands, beside the first


@pytest.fixture
def said(kiosk: Kiosk) -> list[tuple[str, str]]:
    """Everything the guide says, (text, language), in order."""
    spoken: list[tuple[str, str]] = []
    the_guide(kiosk).spoke.connect(lambda text, language: spoken.append((text, language)))
    return spoken


def clicks(button: QAbstractButton) -> list[bool]:
    """Each time `button` is pressed (its clicked signal), from now on."""
    pressed: list[bool] = []
    button.clicked.connect(lambda checked=False: pressed.append(checked))
    return pressed


def one_after_the_other(finger: Finger, point: QPoint) -> None:
    """A two-finger tap as a hand makes it: one finger lands first, then the other; both lift."""
    QTest.touchEvent(finger.window, finger.device).press(0, point).commit()
    second_finger(finger, point)
    QTest.touchEvent(finger.window, finger.device).release(0, point).release(1, point + OTHER).commit()


def second_finger(finger: Finger, point: QPoint) -> None:
    """A second finger lands beside the first, which is still at `point`."""
    # (A touch screen says where a finger that stays is; QTest's stationary() does not.)
    QTest.touchEvent(finger.window, finger.device).move(0, point).press(1, point + OTHER).commit()


def test_a_two_finger_double_tap_on_a_button_turns_the_guide_on_and_presses_nothing(
        qtbot, kiosk: Kiosk, said) -> None:
    guide = the_guide(kiosk)
    understand = kiosk.screen.pages["disclaimer"].understand
    pressed = clicks(understand)
    finger = Finger(kiosk)
    with qtbot.waitSignal(guide.active_changed, timeout=WAIT_MS) as changed:
        finger.two_finger_tap(finger.at(understand))  # both fingers in the same instant
        finger.two_finger_tap(finger.at(understand))
    assert changed.args == [True]
    assert pressed == [], "I understand was not pressed"
    assert page(kiosk) == "disclaimer" and understand.isVisible()
    assert not understand.isDown()


def test_the_first_finger_of_a_two_finger_double_tap_presses_nothing(qtbot, kiosk: Kiosk, said) -> None:
    guide = the_guide(kiosk)
    understand = kiosk.screen.pages["disclaimer"].understand
    pressed = clicks(understand)
    finger = Finger(kiosk)
    point = finger.at(understand)
    with qtbot.waitSignal(guide.active_changed, timeout=WAIT_MS) as changed:
        one_after_the_other(finger, point)
        one_after_the_other(finger, point)
    assert changed.args == [True]
    assert pressed == [], "the finger that landed first on I understand pressed nothing"
    assert page(kiosk) == "disclaimer"
    assert not understand.isDown()
    # The guide is on as if nothing had been under the fingers: a touch hears, a double tap presses.
    finger.tap(point)
    hears(qtbot, said, "I understand, button.")
    finger.double_tap(point)
    assert page(kiosk) == "home" and pressed == [False]


def test_a_two_finger_double_tap_on_a_topic_tile_stays_home(qtbot, kiosk: Kiosk, said) -> None:
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    home = kiosk.screen.pages["home"]
    tile = home.tiles["treatments"]
    shown = visible_text(home)
    pressed = clicks(tile)
    guide = the_guide(kiosk)
    finger = Finger(kiosk)
    with qtbot.waitSignal(guide.active_changed, timeout=WAIT_MS):
        one_after_the_other(finger, finger.at(tile))
        one_after_the_other(finger, finger.at(tile))
    assert pressed == [] and page(kiosk) == "home"
    assert visible_text(home) == shown


def test_a_two_finger_tap_alone_presses_nothing_and_one_finger_presses_again(qtbot, kiosk: Kiosk) -> None:
    guide = the_guide(kiosk)
    understand = kiosk.screen.pages["disclaimer"].understand
    pressed = clicks(understand)
    finger = Finger(kiosk)
    one_after_the_other(finger, finger.at(understand))  # no second: the guide stays off...
    assert not guide.active
    assert pressed == [] and page(kiosk) == "disclaimer"  # ...and nothing was pressed
    finger.tap(finger.at(understand))
    assert pressed == [False] and page(kiosk) == "home", "the next one-finger tap presses at once"


def test_one_finger_still_drags_a_page_and_a_second_finger_ends_the_drag(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    tap(qtbot, kiosk.screen.pages["home"].tiles["treatments"])
    area = kiosk.screen.pages["treatments"].scroll_area
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0, timeout=WAIT_MS)
    scroller = QScroller.scroller(area.viewport())
    finger = Finger(kiosk)
    point = finger.at(area.viewport()) + QPoint(0, 100)
    finger.down(point)
    finger.move(point - QPoint(0, 60))
    assert scroller.state() == QScroller.State.Dragging, "one finger drags the page, the guide off"
    finger.up(point - QPoint(0, 60))
    scroller.stop()
    finger.down(point)
    assert scroller.state() == QScroller.State.Pressed
    second_finger(finger, point)
    assert scroller.state() == QScroller.State.Inactive, "two fingers are no drag of the page"
    QTest.touchEvent(finger.window, finger.device).release(0, point).release(1, point + OTHER).commit()
    assert scroller.state() == QScroller.State.Inactive and page(kiosk) == "treatments"


def test_five_quick_taps_in_the_staff_corner_open_the_pin_pad_with_the_guide_on(
        qtbot, kiosk: Kiosk, said) -> None:
    finger = turn_on(qtbot, kiosk, said)
    guide = the_guide(kiosk)
    understand = kiosk.screen.pages["disclaimer"].understand
    pressed = clicks(understand)
    finger.tap(finger.at(understand))
    hears(qtbot, said, "I understand, button.")  # what a double tap would press now
    said.clear()
    corner = QPoint(STAFF_CORNER_PX // 2, STAFF_CORNER_PX // 2)
    assert kiosk.window.childAt(corner) is kiosk.window.staff_corner
    # A touch is said once it is no double tap: the guide is given that long to say any.
    with qtbot.assertNotEmitted(guide.spoke, wait=guide.double_tap_ms + 100):
        for _ in range(5):
            finger.tap(corner)
    pad = kiosk.window.pin_pad
    assert pad.isVisible() and "Staff PIN" in visible_text(pad)
    assert guide.active, "the guide stays on"
    assert pressed == [], "the quick taps in the corner were no double tap for the guide"
    # The pad is in the guide like any screen: a key is heard, and a double tap presses it.
    key = pad.keys["2"]
    finger.tap(finger.at(key))
    qtbot.waitUntil(lambda: bool(said) and said[-1][0].startswith("2"), timeout=WAIT_MS)
    finger.double_tap(finger.at(key))
    assert pad.dots.text() == "●"


def test_with_the_guide_off_the_staff_corner_answers_as_before(qtbot, kiosk: Kiosk) -> None:
    finger = Finger(kiosk)
    corner = QPoint(STAFF_CORNER_PX // 2, STAFF_CORNER_PX // 2)
    for _ in range(5):
        finger.tap(corner)
    assert kiosk.window.pin_pad.isVisible()
    assert not the_guide(kiosk).active


def test_a_touch_screen_that_reports_a_mouse_reaches_the_staff_corner_too(qtbot, kiosk: Kiosk, said) -> None:
    turn_on(qtbot, kiosk, said)
    corner = QPoint(STAFF_CORNER_PX // 2, STAFF_CORNER_PX // 2)
    for _ in range(5):
        # As the platform delivers it: to the window (QTest's widget overload skips the window).
        QTest.mouseClick(kiosk.window.windowHandle(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, corner)
    assert kiosk.window.pin_pad.isVisible()
    assert the_guide(kiosk).active and said == []
