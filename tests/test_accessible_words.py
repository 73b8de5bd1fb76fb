"""What a screen reader (Orca) says as the keypad moves, from the accessibility tree (#17):
a glossary word the keys reach is said by its paragraph's description (the focus stays on the
paragraph), names are the plain text, and the page stack is not announced."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel

from kiosk.controller import Kiosk
from tests.helpers import tap
from tests.test_keypad import (
    Down,
    Enter,
    Up,
    focused,
    keyed,
    keypad,
    move_to,
    open_by_keys,
    press,
)

__all__ = ["keyed"]  # the fixture, used by name below


def description(label: QLabel) -> str:
    tree = QAccessible.queryAccessibleInterface(label)
    assert tree is not None
    return tree.text(QAccessible.Text.Description)


def test_a_glossary_word_the_keys_reach_is_in_its_paragraphs_description(qtbot, keyed: Kiosk) -> None:
    kiosk = keyed
    open_by_keys(qtbot, kiosk, "I understand", "Symptoms")
    said = move_to(qtbot, kiosk, lambda stop: stop.link == "glossary:flare")
    paragraph = focused(kiosk)
    assert isinstance(paragraph, QLabel)
    assert paragraph.hasFocus(), "Orca follows Qt's focus: it stays on the paragraph"
    assert description(paragraph) == said == "flare, glossary word. Press Enter for its meaning."
    said = press(qtbot, kiosk, Down)
    assert description(paragraph) == said == "remission, glossary word. Press Enter for its meaning."

    # Back up to the paragraph itself: its own description again (which Orca then says).
    for _ in range(5):
        stop = keypad(kiosk).focused
        if stop is None or not stop.link:
            break
        said = press(qtbot, kiosk, Up)
    assert focused(kiosk) is paragraph
    own = description(paragraph)
    assert own.startswith("Paragraph ") and own.endswith("Touch an underlined word to see what it means")
    assert said.startswith(own.split(". ")[0] + ".")

    # On past its last word, the paragraph is described as itself again.
    move_to(qtbot, kiosk, lambda stop: stop.link == "glossary:remission")
    assert description(paragraph) != own
    move_to(qtbot, kiosk, lambda stop: stop.widget is not paragraph)
    assert description(paragraph) == own


def test_a_word_opened_by_keys_leaves_its_paragraph_described_as_itself(qtbot, keyed: Kiosk) -> None:
    kiosk = keyed
    open_by_keys(qtbot, kiosk, "I understand", "Symptoms")
    move_to(qtbot, kiosk, lambda stop: isinstance(stop.widget, QLabel) and not stop.link
            and stop.widget.objectName() == "Body" and "glossary:flare" in stop.widget.text())
    paragraph = focused(kiosk)
    assert isinstance(paragraph, QLabel)
    own = description(paragraph)
    move_to(qtbot, kiosk, lambda stop: stop.link == "glossary:flare")
    assert press(qtbot, kiosk, Enter) == "Heading: Flare", "the word's card is open"
    assert description(paragraph) == own, "behind the card, the paragraph is not the word"


def test_names_in_the_tree_are_the_plain_text_without_zero_width_spaces(qtbot, keyed: Kiosk) -> None:
    kiosk = keyed
    open_by_keys(qtbot, kiosk, "I understand", "Regenerative Research")
    said = move_to(qtbot, kiosk, lambda stop: stop.widget.objectName() == "CardLink")
    line = focused(kiosk)
    assert isinstance(line, QLabel)
    assert "\u200b" in line.text(), "the card's DOI may wrap after its slashes and dots"
    tree = QAccessible.queryAccessibleInterface(line)
    assert tree is not None
    name = tree.text(QAccessible.Text.Name)
    assert name.startswith("DOI: 10.") and "\u200b" not in name
    assert "\u200b" not in said and said.endswith(name)


def test_the_page_stack_is_a_plain_container_not_a_layered_pane(qtbot, kiosk: Kiosk) -> None:
    tree = QAccessible.queryAccessibleInterface(kiosk.screen.stack)
    assert tree is not None
    assert tree.role() == QAccessible.Role.Client, "a filler on AT-SPI, which Orca passes over"
    pages = [tree.child(number).object() for number in range(tree.childCount())]
    # Only the page shown, as in Qt's own interface: with every page listed, a screen reader
    # met the disclaimer's text and "I understand" twice over AT-SPI.
    assert pages == [kiosk.screen.stack.currentWidget()]
    page = tree.child(0)
    assert tree.indexOfChild(page) == 0 and page.parent().object() is kiosk.screen.stack
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    assert [tree.child(0).object()] == [kiosk.screen.pages["home"]]
