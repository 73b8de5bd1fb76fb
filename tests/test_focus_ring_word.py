"""The keypad's ring on a glossary word surrounds the word, not its paragraph: on several panels,
at the largest text, and where the word is checked by hovering it as a mouse or finger would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QWidget

from kiosk import theme
from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.touch_guide import link_at
from kiosk.views.focus_ring import RING_WIDTH, FocusRing, ring_area
from kiosk.views.link_area import link_rects
from tests.conftest import build_kiosk
from tests.test_keypad import Down, keypad, move_to, open_by_keys, press

# (width, height, dpi, text step): a wide and a narrow window, small panels, the largest text.
SETUPS = [
    (1280, 800, 96, 0),
    (1920, 1080, 96, 0),
    (720, 1280, 210, 0),
    (800, 480, 133, 2),
    (720, 1280, 210, 2),
]


@pytest.fixture(params=SETUPS, ids=lambda s: "{}x{}@{}-text{}".format(*s))
def on_symptoms(request, qtbot, qapp: QApplication) -> Iterator[Kiosk]:
    """The kiosk on one panel and text size, brought by keys to the Symptoms page."""
    width, height, dpi, step = request.param
    for kiosk in build_kiosk(qtbot, qapp, Settings(screen_dpi=dpi)):
        kiosk.window.resize(width, height)
        if step:
            kiosk.change(text_step=step)
        kiosk.window.activateWindow()
        qtbot.waitActive(kiosk.window)
        press(qtbot, kiosk, Down)  # the welcome
        open_by_keys(qtbot, kiosk, "I understand", "Symptoms")
        yield kiosk


def hovered(label: QLabel, point: QPoint) -> str:
    """The link the label itself reports under `point` (its coordinates), as a mouse there."""
    return link_at(label, point)


def test_the_ring_surrounds_the_glossary_word_the_focus_is_on(qtbot, on_symptoms: Kiosk) -> None:
    kiosk = on_symptoms
    for link in ("glossary:flare", "glossary:remission"):  # near a line's start, and further on
        move_to(qtbot, kiosk, lambda stop, link=link: stop.link == link)
        assert_ringed(kiosk, link)


def assert_ringed(kiosk: Kiosk, link: str) -> None:
    """The ring is around the word `link` of the paragraph the focus is on, and in view."""
    stop = keypad(kiosk).focused
    ring = keypad(kiosk).ring
    assert stop is not None and ring is not None and ring.isVisible()
    label = stop.widget
    assert isinstance(label, QLabel) and ring.parentWidget() is label.parentWidget()
    paragraph = label.geometry()
    around = ring.geometry()
    assert paragraph.adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH).contains(around)
    assert around.width() * around.height() * 4 < paragraph.width() * paragraph.height(), \
        f"the ring {around} is not much smaller than its paragraph {paragraph}"
    # Inside the ring, from its left edge to its right, is the word; just outside it is not.
    inside = around.adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH, -RING_WIDTH).translated(-label.pos())
    middle = inside.center().y()
    for x in (inside.left() + 2, inside.center().x(), inside.right() - 2):
        assert hovered(label, QPoint(x, middle)) == link, f"no {link} at x={x} in {inside}"
    for x in (inside.left() - RING_WIDTH - 3, inside.right() + RING_WIDTH + 3):
        assert hovered(label, QPoint(x, middle)) == "", f"{link} reaches beyond the ring at x={x}"
    # It is seen: drawn in the theme's colour, not hidden by the paragraph it is under.
    parent = label.parentWidget()
    assert parent is not None
    top = QColor(parent.grab().toImage().pixel(around.center().x(), around.top() + RING_WIDTH // 2))
    assert top.name().upper() == theme.Palette().focus.upper()
    area = label.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None
    centre = label.mapTo(area.viewport(), inside.center())
    assert area.viewport().rect().contains(centre), "the ringed word is scrolled out of view"


def framed_label(qtbot, html: str, alignment: Qt.AlignmentFlag) -> QLabel:
    """A label that lays its text out with every offset QLabel knows: a frame (and so an indent),
    a margin, padding from a stylesheet, and the alignment given."""
    label = QLabel(html)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAlignment(alignment)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
    label.setFrameShape(QFrame.Shape.Box)
    label.setLineWidth(3)
    label.setMargin(5)
    label.setStyleSheet("QLabel { padding: 7px; font-size: 22px; }")
    qtbot.addWidget(label)
    label.resize(420, 240)
    label.show()
    qtbot.waitExposed(label)
    return label


@pytest.mark.parametrize("alignment", [
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
], ids=["top-left", "centred", "bottom-right"])
def test_a_word_that_wraps_is_found_on_both_lines_and_ringed_on_its_first(qtbot, alignment) -> None:
    link = "glossary:phase-1-trial"
    label = framed_label(qtbot, f'<p>Your doctor may offer a place in a <a href="{link}">phase 1 trial'
                                f'</a> of a new medicine.</p>', alignment)
    # Narrowed until the words part: where exactly depends on the fonts installed.
    pieces = link_rects(label, link)
    while len(pieces) < 2 and label.width() > 120:
        label.resize(label.width() - 4, label.height())
        pieces = link_rects(label, link)
    assert len(pieces) == 2, pieces
    first, second = pieces
    assert second.top() > first.bottom() - 2, "the second part is on the next line"
    for piece in pieces:
        assert label.contentsRect().contains(piece)
        assert hovered(label, piece.center()) == link, f"{link} is not where it was found, {piece}"
        for x in (piece.left() - 6, piece.right() + 6):
            assert hovered(label, QPoint(x, piece.center().y())) == "", f"{link} is wider than {piece}"
    assert ring_area(label, link) == first.adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH)


def test_a_label_without_the_word_is_ringed_whole(qtbot) -> None:
    label = framed_label(qtbot, "<p>No underlined word here.</p>", Qt.AlignmentFlag.AlignLeft)
    assert link_rects(label, "glossary:flare") == []
    assert ring_area(label, "glossary:flare") == QRect(label.rect()).adjusted(
        -RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH)


def test_the_ring_follows_the_word_when_its_paragraph_wraps_anew(qtbot) -> None:
    link = "glossary:remission"
    label = framed_label(qtbot, f'<p>A flare is a time when the signs get worse; <a href="{link}">'
                                f'remission</a> is a time when they ease.</p>', Qt.AlignmentFlag.AlignLeft)
    holder = QWidget()
    qtbot.addWidget(holder)
    label.setParent(holder)
    label.move(20, 30)
    holder.resize(700, 400)
    holder.show()
    qtbot.waitExposed(holder)
    ring = FocusRing()
    ring.ring(label, link)
    before = ring.geometry()
    assert before == ring_area(label, link).translated(label.pos())
    label.resize(label.width() - 120, label.height())  # the word moves along or down a line
    after = ring.geometry()
    assert after != before
    assert after == ring_area(label, link).translated(label.pos())
    assert hovered(label, after.center() - label.pos()) == link
