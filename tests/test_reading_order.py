"""The accessibility tree lists every screen's texts and controls in the order they are read on
screen, top to bottom and left to right: a screen reader (Orca) reads the tree in that order (#17;
tools/atspi-check.py checks the same on a running kiosk over AT-SPI)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.views.beside import BesideOrAbove
from kiosk.views.cards import SaveButton
from kiosk.views.controlbar import ControlBar, set_slot_width
from tests.conftest import build_kiosk
from tests.helpers import button_labelled, open_text_sheet, page, tap, tap_tile


def reads_before(first: QRect, then: QRect) -> bool:
    """Whether what is at `first` is read before what is at `then`: wholly above it, or beside
    it on the same line and wholly to its left."""
    if first.bottom() < then.top():
        return True
    same_line = first.top() <= then.bottom() and then.top() <= first.bottom()
    return same_line and first.right() < then.left()


def shows_text(node: QAccessibleInterface) -> bool:
    """Whether `node` or anything shown inside it has a name: a text, a control, a picture."""
    return bool(node.text(QAccessible.Text.Name).strip()) or any(
        shows_text(child) for child in shown_children(node))


def shown_children(node: QAccessibleInterface) -> list[QAccessibleInterface]:
    """The children of `node` in the tree's order, less those hidden or of no size."""
    children = (node.child(index) for index in range(node.childCount()))
    return [child for child in children
            if child is not None and not child.state().invisible and not child.rect().isEmpty()]


def what(node: QAccessibleInterface) -> str:
    name = node.text(QAccessible.Text.Name).strip() or node.object().objectName()
    return " ".join(name.split())[:50]


def out_of_order(node: QAccessibleInterface) -> list[str]:
    """Every pair of shown things in the tree under `node` that the tree lists in the wrong order.

    Siblings are compared, level by level: a text scrolled below the bottom of the page is still
    read before the navigation bar under the page, as its place in the page says.
    """
    wrong = []
    children = [child for child in shown_children(node) if shows_text(child)]
    for later_index, later in enumerate(children):
        for earlier in children[:later_index]:
            if reads_before(later.rect(), earlier.rect()):
                wrong.append(f"{what(later)!r} is on screen before {what(earlier)!r}")
    for child in children:
        wrong += out_of_order(child)
    return wrong


def read_in_order(kiosk: Kiosk) -> list[str]:
    """What the tree of the window lists out of reading order, as it is now."""
    return out_of_order(QAccessible.queryAccessibleInterface(kiosk.window))


def arrangements(kiosk: Kiosk) -> set[bool]:
    """How the visible cards place their QR code: beside the text (True), above it (False)."""
    return {row.side_by_side for row in kiosk.window.findChildren(BesideOrAbove) if row.isVisible()}


def every_screen(qtbot, kiosk: Kiosk) -> tuple[dict[str, list[str]], set[bool]]:
    """Visit the disclaimer, home, every section (saving a study), the glossary and Take this
    with me as a patient does; what each lists out of order, and the card arrangements seen."""
    seen = {"disclaimer": read_in_order(kiosk)}
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    seen["home"] = read_in_order(kiosk)
    cards: set[bool] = set()
    for key in list(kiosk.screen.pages["home"].tiles):
        tap_tile(qtbot, kiosk, key)
        seen[key] = read_in_order(kiosk)
        cards |= arrangements(kiosk)
        saves = [save for save in kiosk.window.findChildren(SaveButton) if save.isVisible()]
        if saves and not saves[0].isChecked():
            tap(qtbot, saves[0])
        tap(qtbot, button_labelled(kiosk.window, "Home"))
        seen[f"home after {key}"] = read_in_order(kiosk)
    tap(qtbot, kiosk.screen.take_home_button)
    assert page(kiosk) == "take-home"
    seen["take-home"] = read_in_order(kiosk)
    return seen, cards


# Landscape and portrait; a small panel, where the title and notice scroll with the text; a large
# one, with two columns of tiles; a sharp portrait 7-inch panel at the largest text, where the
# cards put their QR code above the text instead of beside it.
# (Window size, screen DPI, text size steps up, whether the cards show their code beside the text.)
Panel = tuple[tuple[int, int], float | None, int, bool]
PANELS: list[Panel] = [
    ((1280, 800), None, 0, True),
    ((800, 1280), None, 0, True),
    ((800, 480), None, 0, True),
    ((1920, 1080), None, 0, True),
    ((800, 1280), 210.0, 2, False),
]


def panel_name(panel: Panel) -> str:
    (width, height), dpi, larger, _beside = panel
    return f"{width}x{height}" + (f"-{dpi:.0f}dpi" if dpi else "") + (f"-text+{larger}" if larger else "")


@pytest.fixture(params=PANELS, ids=panel_name)
def panel(request: pytest.FixtureRequest, qtbot, qapp: QApplication) -> Iterator[tuple[Kiosk, Panel]]:
    """The kiosk on the test content on one of PANELS, and that panel."""
    chosen: Panel = request.param
    for kiosk in build_kiosk(qtbot, qapp, Settings(screen_dpi=chosen[1])):
        kiosk.window.resize(*chosen[0])
        yield kiosk, chosen


def test_every_screen_is_in_reading_order_in_the_tree(qtbot, panel: tuple[Kiosk, Panel]) -> None:
    kiosk, (_size, _dpi, larger, code_beside) = panel
    for _step in range(larger):
        open_text_sheet(qtbot, kiosk)
        tap(qtbot, kiosk.screen.larger_button)
    seen, cards = every_screen(qtbot, kiosk)

    assert len(seen) > 5
    assert cards == {code_beside}
    assert {key: wrong for key, wrong in seen.items() if wrong} == {}


def test_the_clinics_pages_are_in_reading_order_in_the_tree(qtbot, real_kiosk: Kiosk) -> None:
    seen, _cards = every_screen(qtbot, real_kiosk)

    assert {"regenerative-research", "references"} <= set(seen)
    assert {key: wrong for key, wrong in seen.items() if wrong} == {}


def hold(widget: QWidget, width: int, qtbot) -> QWidget:
    """Show `widget` at `width` inside a window (returned): as a window it would grow to its minimum."""
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(width, 600)
    widget.setParent(holder)
    widget.setGeometry(0, 0, width, 600)
    holder.show()
    qtbot.waitExposed(holder)
    return holder


@pytest.mark.parametrize("width", [900, 300])
def test_a_cards_code_is_read_where_it_shows_beside_or_above_the_text(qtbot, width: int) -> None:
    code = QWidget()
    code.setAccessibleName("QR code")
    code.setFixedSize(200, 200)
    side = QVBoxLayout()
    side.addWidget(QPushButton("To read it at home, scan this code"))
    side.addWidget(QPushButton("Save"))
    row = BesideOrAbove(code, side, 10)
    _window = hold(row, width, qtbot)

    assert row.side_by_side == (width == 900)
    tree = QAccessible.queryAccessibleInterface(row)
    assert [what(child) for child in shown_children(tree)] == [
        "QR code", "To read it at home, scan this code", "Save"]
    assert out_of_order(tree) == []


def test_a_bars_controls_are_read_row_by_row_where_a_later_one_fits_an_earlier_row(qtbot) -> None:
    wide, wider, narrow = (QPushButton(text) for text in ("Back", "Take this with me", "Help"))
    for control, width in ((wide, 300), (wider, 400), (narrow, 100)):
        set_slot_width(control, width)  # as the screen gives each control room for every language
    bar = ControlBar("NavBar", [wide], [wider, narrow], 10, 0)
    _window = hold(bar, 450, qtbot)

    assert bar.rows == [[wide, narrow], [wider]]  # Help found room on the first row
    tree = QAccessible.queryAccessibleInterface(bar)
    assert [what(child) for child in shown_children(tree)] == ["Back", "Help", "Take this with me"]
    assert out_of_order(tree) == []
