"""The audio guide by touch: every reset, also a crash's, turns the guide off. (The whole visit by
the guide, the idle reset included, is tests/test_touch_guide_visit.py.)"""

from __future__ import annotations

import pytest

from kiosk.controller import Kiosk
from tests.conftest import WAIT_MS
from tests.helpers import page
from tests.test_touch_guide import Finger, the_guide, turn_on


@pytest.fixture
def said(kiosk: Kiosk) -> list[tuple[str, str]]:
    """Everything the guide says, (text, language), in order."""
    spoken: list[tuple[str, str]] = []
    the_guide(kiosk).spoke.connect(lambda text, language: spoken.append((text, language)))
    return spoken


def test_a_crash_reset_turns_the_guide_off_too(qtbot, kiosk: Kiosk, said) -> None:
    turn_on(qtbot, kiosk, said)
    guide = the_guide(kiosk)
    with qtbot.waitSignal(guide.active_changed, timeout=WAIT_MS) as changed:
        kiosk.handle_exception(RuntimeError, RuntimeError("a bug in a view"), None)
    assert changed.args == [False]
    assert said[0] == ("Audio guide off.", "en")
    assert kiosk.idle.armed
    finger = Finger(kiosk)
    finger.tap(finger.at(kiosk.screen.pages["disclaimer"].understand))
    assert page(kiosk) == "home", "off: a tap presses again"
