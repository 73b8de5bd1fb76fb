"""Headings and paragraphs have their own roles in the accessibility tree, and a page's texts
are named there as soon as it is shown, before any key is pressed (#17)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel

from kiosk.controller import Kiosk
from tests.helpers import button_labelled, page, tap, tap_tile


def test_a_shown_page_has_a_named_heading_and_numbered_paragraphs_without_a_key(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    tap_tile(qtbot, kiosk, "symptoms")
    assert page(kiosk) == "symptoms"
    shown = kiosk.screen.pages["symptoms"]
    heading = shown.findChild(QLabel, "PageTitle")
    assert heading is not None
    tree = QAccessible.queryAccessibleInterface(heading)
    assert tree is not None
    assert tree.role() == QAccessible.Role.Heading
    assert tree.text(QAccessible.Text.Name) == heading.text()
    # No description: the role says "heading", and Orca would say it twice ("Symptoms heading. Heading.").
    assert tree.text(QAccessible.Text.Description) == ""
    body = [label for label in shown.findChildren(QLabel, "Body") if label.isVisible()]
    assert body
    tree = QAccessible.queryAccessibleInterface(body[0])
    assert tree is not None
    assert tree.role() == QAccessible.Role.Paragraph
    assert tree.text(QAccessible.Text.Name), "the paragraph is named by its text"
    assert tree.text(QAccessible.Text.Description).startswith("Paragraph 1 of ")


def test_other_labels_keep_the_role_qt_gives_them(qtbot, kiosk: Kiosk) -> None:
    label = QLabel("Opening hours")
    qtbot.addWidget(label)
    tree = QAccessible.queryAccessibleInterface(label)
    assert tree is not None and tree.role() == QAccessible.Role.StaticText
    assert tree.text(QAccessible.Text.Name) == "Opening hours"
