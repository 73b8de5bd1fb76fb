"""Where a page goes on below the view, the audio guide says so on the last thing shown
(kiosk.more_below): a patient who cannot see the screen cannot see that it scrolls."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.controller import Kiosk
from kiosk.more_below import more_below
from kiosk.views.disclaimer import DisclaimerView
from tests.test_layout import kiosk_on_panel

SMALL = (800, 480, 133)  # the 7-inch panel: "I understand" is below the fold


@pytest.fixture
def small(qtbot, qapp: QApplication) -> Iterator[Kiosk]:
    yield from kiosk_on_panel(qtbot, qapp, SMALL)


def the_disclaimer(kiosk: Kiosk) -> DisclaimerView:
    view = kiosk.screen.pages["disclaimer"]
    assert isinstance(view, DisclaimerView)
    return view


def test_the_last_thing_shown_of_a_page_that_goes_on_says_so(small: Kiosk) -> None:
    view = the_disclaimer(small)
    title = view.findChild(QLabel, "DisclaimerTitle")
    assert title is not None
    bar = view.scroll_area.verticalScrollBar()
    assert bar.value() == 0 < bar.maximum()
    assert view.understand.visibleRegion().isEmpty(), "below the fold"
    assert view.text.visibleRegion().boundingRect().height() < view.text.height(), "cut by the view's bottom"
    assert more_below(view.text)
    assert not more_below(title), "the text begins below it, in view"


def test_nothing_says_so_at_the_bottom_of_the_page(small: Kiosk) -> None:
    view = the_disclaimer(small)
    bar = view.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert not view.understand.visibleRegion().isEmpty()
    assert not more_below(view.understand)
    assert not more_below(view.review)


def test_nor_on_a_page_that_is_shown_whole(qtbot, qapp: QApplication) -> None:
    for kiosk in kiosk_on_panel(qtbot, qapp, (1920, 1080, 96)):
        view = the_disclaimer(kiosk)
        assert view.scroll_area.verticalScrollBar().maximum() == 0, "the disclaimer fits a 1080p screen"
        labels = [label for label in view.findChildren(QLabel) if label.isVisible() and label.text()]
        assert len(labels) >= 4
        assert not any(more_below(widget) for widget in [*labels, view.understand])


def test_a_control_outside_any_page_never_says_so(small: Kiosk) -> None:
    assert not more_below(small.screen.home_button)
