"""Screen readers: every control a patient can touch has a name and a description."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.controller import Kiosk
from kiosk.views.markdown import GLOSSARY_LINK
from tests.helpers import button_labelled, tap
from tests.test_touch import every_page


def interactive(widget: QWidget) -> list[QWidget]:
    """The widgets a finger can act on: buttons, and text with touchable words."""
    found: list[QWidget] = list(widget.findChildren(QAbstractButton))
    found += [label for label in widget.findChildren(QLabel)
              if label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
              and GLOSSARY_LINK in label.text()]
    return found


def announced(widget: QWidget, kind: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(kind)


@pytest.mark.parametrize("language", ["English", "Español"])
def test_every_control_on_every_screen_is_named_and_described(qtbot, kiosk: Kiosk, language: str) -> None:
    if language == "Español":
        tap(qtbot, button_labelled(kiosk.window, "Español"))
    checked = touchable_words = 0
    for key in every_page(qtbot, kiosk):
        screen = kiosk.screen
        # The warning and the word popup belong to every screen, shown or not.
        for widget in interactive(screen):
            name = announced(widget, QAccessible.Text.Name)
            assert name.strip(), f"an unnamed {type(widget).__name__} ({widget.objectName()}) on {key}"
            assert "‹" not in name, "a screen reader should not read out decoration"
            description = announced(widget, QAccessible.Text.Description)
            assert description.strip(), f"{name!r} on {key} has no description"
            checked += 1
            touchable_words += isinstance(widget, QLabel)
    assert checked > 100
    assert touchable_words > 0, "the text with glossary words is checked too"
