"""The attract screen, display sleep and opening hours (kiosk/rest.py, kiosk/views/attract.py).

The kiosks here have an injected clock and a fake display power control, and attract/sleep
delays of a few tens of milliseconds (Settings built directly: the config's minimum is a second).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.hours import parse_hours
from kiosk.rest import DisplayState
from kiosk.staff import summary
from kiosk.views.attract import INVITATION_EN, INVITATION_ES, PLACES, AttractView
from tests.conftest import build_kiosk
from tests.fake_display_power import FakeDisplayPower
from tests.helpers import page, tap, visible_text

HOURS = parse_hours({"mon-fri": "07:30-18:00", "sat": "08:00-12:00"}, 3)
TUESDAY_NOON = datetime.datetime(2026, 12, 1, 12, 0)
TUESDAY_NIGHT = datetime.datetime(2026, 12, 1, 22, 0)
SHORT = 0.3  # seconds: attract_after and sleep_after (long enough for a busy CI machine)


class Clock:
    """The local time, as the test sets it."""

    def __init__(self, now: datetime.datetime) -> None:
        self.now = now

    def __call__(self) -> datetime.datetime:
        return self.now


@pytest.fixture
def power() -> FakeDisplayPower:
    return FakeDisplayPower()


@pytest.fixture
def clock() -> Clock:
    return Clock(TUESDAY_NOON)


def resting_kiosk(qtbot, qapp: QApplication, power: FakeDisplayPower, clock: Clock, tmp_path: Path,
                  attract_after: float = SHORT, sleep_after: float = SHORT) -> Iterator[Kiosk]:
    settings = Settings(hours=HOURS, attract_after=attract_after, sleep_after=sleep_after)
    yield from build_kiosk(qtbot, qapp, settings, data=tmp_path, display_power=power, clock=clock)


@pytest.fixture
def resting(qtbot, qapp: QApplication, power: FakeDisplayPower, clock: Clock,
            tmp_path: Path) -> Iterator[Kiosk]:
    yield from resting_kiosk(qtbot, qapp, power, clock, tmp_path)


@pytest.fixture
def slow(qtbot, qapp: QApplication, power: FakeDisplayPower, clock: Clock,
         tmp_path: Path) -> Iterator[Kiosk]:
    """Attract screen and sleep too far off to come during a test: the test moves things on."""
    yield from resting_kiosk(qtbot, qapp, power, clock, tmp_path, attract_after=600, sleep_after=600)


def rest_state(kiosk: Kiosk) -> DisplayState:
    assert kiosk.rest is not None
    return kiosk.rest.state


def wait_for(qtbot, kiosk: Kiosk, state: DisplayState) -> None:
    qtbot.waitUntil(lambda: rest_state(kiosk) is state, timeout=2000)


def understand(kiosk: Kiosk) -> QWidget:
    return kiosk.screen.findChild(QWidget, "Understand")


@pytest.fixture
def sleeps_later(qtbot, qapp: QApplication, power: FakeDisplayPower, clock: Clock,
                 tmp_path: Path) -> Iterator[Kiosk]:
    """Sleep a second after the attract screen: time to look at it, even on a busy machine."""
    yield from resting_kiosk(qtbot, qapp, power, clock, tmp_path, sleep_after=1.0)


def test_the_attract_screen_comes_after_the_delay_then_the_display_sleeps(
        qtbot, sleeps_later: Kiosk, power: FakeDisplayPower) -> None:
    resting = sleeps_later
    rest = resting.rest
    assert rest is not None and rest.state is DisplayState.ON
    wait_for(qtbot, resting, DisplayState.ATTRACT)
    view = rest.view
    assert view is not None and view.isVisible() and view.geometry() == resting.window.rect()
    shown = visible_text(view)
    assert INVITATION_EN in shown and INVITATION_ES in shown and "Harbour Test Clinic" in shown
    assert power.calls == []  # the display is still on
    wait_for(qtbot, resting, DisplayState.ASLEEP)
    assert power.calls == ["off"] and power.is_off
    assert view.isVisible() and view.asleep and visible_text(view) == ""  # black, over everything


def test_no_attract_screen_while_a_patient_uses_the_kiosk(qtbot, resting: Kiosk) -> None:
    tap(qtbot, understand(resting))  # a patient starts: the idle monitor wakes
    assert page(resting) == "home"
    rest = resting.rest
    assert rest is not None
    assert not any(t.isActive() for t in (rest.attract_timer, rest.sleep_timer, rest.move_timer,
                                          rest.hours_timer))
    qtbot.wait(round(SHORT * 3000))
    assert rest.state is DisplayState.ON and page(resting) == "home"


@pytest.mark.parametrize("state", [DisplayState.ATTRACT, DisplayState.ASLEEP])
def test_the_waking_touch_presses_nothing(qtbot, resting: Kiosk, power: FakeDisplayPower,
                                          state: DisplayState) -> None:
    wait_for(qtbot, resting, state)
    button = understand(resting)
    tap(qtbot, button)  # lands on "I understand", under the cover
    assert rest_state(resting) is DisplayState.ON
    assert resting.rest is not None and resting.rest.view is not None
    assert not resting.rest.view.isVisible()
    assert page(resting) == "disclaimer" and not resting.navigation.acknowledged
    assert power.calls == (["off", "on"] if state is DisplayState.ASLEEP else [])
    assert resting.idle.armed  # the waking touch started no session
    tap(qtbot, button)  # the next touch is the patient's
    assert page(resting) == "home"


def test_the_whole_waking_gesture_is_eaten(qtbot, resting: Kiosk) -> None:
    """Press, moves and release of the waking touch: none reaches the control under it."""
    wait_for(qtbot, resting, DisplayState.ASLEEP)
    button = understand(resting)
    middle = button.rect().center()
    qtbot.mousePress(button, Qt.MouseButton.LeftButton, pos=middle)
    assert rest_state(resting) is DisplayState.ON  # lit at the press
    qtbot.mouseMove(button, middle + QPoint(2, 2))
    assert not button.isDown()
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton, pos=middle)
    assert page(resting) == "disclaimer"
    tap(qtbot, button)
    assert page(resting) == "home"


def test_the_text_moves_and_stays_on_screen(qtbot, qapp: QApplication) -> None:
    for width, height in ((1920, 1080), (1080, 1920)):
        parent = QWidget()
        qtbot.addWidget(parent)
        parent.resize(width, height)
        view = AttractView(parent, "Harbour Test Clinic")
        view.cover()
        places = []
        for step in range(len(PLACES)):
            view.place(step)
            block = view.block_rect()
            assert parent.rect().contains(block), (width, height, step, block)
            places.append(block.topLeft())
        assert len(set((p.x(), p.y()) for p in places)) == len(PLACES)  # a new place each step
        # Large: the invitation's letters are at least 1/20 of the shorter side.
        assert view.english.font().pixelSize() >= min(width, height) / 20


def test_outside_the_hours_the_display_sleeps_at_once(
        qtbot, qapp: QApplication, power: FakeDisplayPower, tmp_path: Path) -> None:
    for kiosk in resting_kiosk(qtbot, qapp, power, Clock(TUESDAY_NIGHT), tmp_path, 600, 600):
        assert rest_state(kiosk) is DisplayState.ASLEEP and power.calls == ["off"]


def test_a_touch_outside_the_hours_wakes_it_for_one_session(
        qtbot, slow: Kiosk, power: FakeDisplayPower, clock: Clock) -> None:
    rest = slow.rest
    assert rest is not None and rest.state is DisplayState.ON
    clock.now = TUESDAY_NIGHT
    rest.check_hours()  # the clinic has closed
    assert rest.state is DisplayState.ASLEEP and power.calls == ["off"]
    tap(qtbot, understand(slow))  # wakes
    assert rest.state is DisplayState.ON and power.calls == ["off", "on"]
    rest.check_hours()  # still closed, but woken by someone: it stays lit
    assert rest.state is DisplayState.ON
    tap(qtbot, understand(slow))  # the session
    assert page(slow) == "home"
    slow.reset()  # that session's idle reset
    assert rest.state is DisplayState.ASLEEP and power.calls == ["off", "on", "off"]


def test_at_opening_time_the_start_screen_lights(qtbot, slow: Kiosk, power: FakeDisplayPower,
                                                 clock: Clock) -> None:
    rest = slow.rest
    assert rest is not None
    clock.now = TUESDAY_NIGHT
    rest.check_hours()
    assert rest.state is DisplayState.ASLEEP
    clock.now = datetime.datetime(2026, 12, 2, 7, 30)  # Wednesday, opening
    rest.check_hours()
    assert rest.state is DisplayState.ON and power.calls == ["off", "on"]
    assert rest.attract_timer.isActive()  # the wait for the attract screen starts over


def test_inside_the_hours_nothing_sleeps_early(qtbot, slow: Kiosk, power: FakeDisplayPower,
                                               clock: Clock) -> None:
    rest = slow.rest
    assert rest is not None
    clock.now = datetime.datetime(2026, 12, 5, 11, 59)  # Saturday morning
    rest.check_hours()
    assert rest.state is DisplayState.ON and power.calls == [] and rest.hours_timer.isActive()


def test_the_staff_corner_works_while_asleep(qtbot, resting: Kiosk) -> None:
    wait_for(qtbot, resting, DisplayState.ASLEEP)
    corner = resting.window.staff_corner
    qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)  # wakes; not counted
    assert rest_state(resting) is DisplayState.ON
    for _ in range(4):
        qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)
    assert not resting.window.pin_pad.isVisible()
    qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)
    assert resting.window.pin_pad.isVisible()


def test_the_staff_panel_shows_the_hours_and_the_display(qtbot, slow: Kiosk) -> None:
    status, _usage = slow.staff.report()
    assert "Opening hours: Mon–Fri 07:30–18:00, Sat 08:00–12:00, Sun closed" in status
    assert "Display: on (fake)" in status
    assert slow.rest is not None
    slow.rest.hours = parse_hours({"sun": "closed"}, 3)
    slow.rest.check_hours()
    assert "Display: asleep (fake)" in slow.staff.report()[0]


def test_usage_counts_attract_screens_wakes_and_time_asleep(qtbot, resting: Kiosk) -> None:
    wait_for(qtbot, resting, DisplayState.ASLEEP)
    qtbot.wait(20)
    tap(qtbot, understand(resting))
    usage = resting.usage
    assert usage is not None
    (today,) = usage.figures((1,), wait=2.0)
    counts = {t.kind: t.count for t in today}
    assert counts.get("attract_shown") == 1 and counts.get("display_wake") == 1
    assert counts.get("display_asleep") == 1
    asleep = next(t for t in today if t.kind == "display_asleep")
    assert asleep.seconds > 0
    text = summary(today)
    assert "attract screens 1" in text and "wakes by a touch 1" in text and "display asleep 0.0 h" in text


def test_shutdown_leaves_the_display_on(qtbot, qapp: QApplication, power: FakeDisplayPower,
                                        tmp_path: Path) -> None:
    for _kiosk in resting_kiosk(qtbot, qapp, power, Clock(TUESDAY_NIGHT), tmp_path, 600, 600):
        assert power.is_off
    assert power.calls == ["off", "on"]
