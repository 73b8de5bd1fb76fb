"""Building pages ahead on its own: from "nobody is here" to the last page, the limit, or a touch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from kiosk.views import build_ahead
from kiosk.views.build_ahead import BuildAhead


class Pages:
    """A screen's pages as BuildAhead sees them: the keys not built, and those built."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        self.built: list[str] = []

    def unbuilt(self) -> list[str]:
        return [key for key in self.keys if key not in self.built]

    def ahead(self, parent: QObject, enabled: bool = True) -> BuildAhead:
        return BuildAhead(parent, self.unbuilt, self.built, self.built.append, enabled)


@pytest.fixture
def parent() -> QObject:
    return QObject()


def test_every_page_is_built_in_order_then_it_stops(qtbot, parent: QObject) -> None:
    pages = Pages(["home", "symptoms", "take-home"])
    ahead = pages.ahead(parent)
    ahead.nobody_here()
    assert ahead.active
    qtbot.waitUntil(lambda: not ahead.active, timeout=2000)
    assert pages.built == ["home", "symptoms", "take-home"]


def test_a_touch_stops_it_and_the_next_idle_spell_goes_on(qtbot, parent: QObject) -> None:
    pages = Pages(["home", "symptoms", "take-home"])
    ahead = pages.ahead(parent)
    ahead.nobody_here()
    qtbot.waitUntil(lambda: len(pages.built) == 1, timeout=2000)
    ahead.someone_here()
    assert not ahead.active and pages.built == ["home"]
    ahead.nobody_here()
    qtbot.waitUntil(lambda: not ahead.active, timeout=2000)
    assert pages.built == ["home", "symptoms", "take-home"]


def test_no_more_than_the_limit_is_built(qtbot, parent: QObject, monkeypatch) -> None:
    monkeypatch.setattr(build_ahead, "PREBUILD_LIMIT", 2)
    pages = Pages([f"topic-{n}" for n in range(5)])
    ahead = pages.ahead(parent)
    ahead.nobody_here()
    qtbot.waitUntil(lambda: not ahead.active, timeout=2000)
    assert pages.built == ["topic-0", "topic-1"]
    ahead.nobody_here()
    assert not ahead.active, "the limit is reached: nothing more to do"


def test_nothing_is_built_when_building_ahead_is_off(parent: QObject) -> None:
    pages = Pages(["home"])
    ahead = pages.ahead(parent, enabled=False)
    ahead.nobody_here()
    assert not ahead.active and pages.built == []
