"""The one way the views make a push button: large, styled by its role, named for screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QPushButton


def button(text: str, role: str, name: str = "", description: str = "") -> QPushButton:
    """A push button styled by its role ('nav', 'primary', 'tile', 'tool'), named for screen readers."""
    widget = QPushButton(text)
    style_button(widget, role, name, description)
    return widget


def style_button(widget: QAbstractButton, role: str, name: str = "", description: str = "") -> None:
    """Make `widget` one of the kiosk's buttons, as `button()` does: for a button of its own class."""
    widget.setProperty("role", role)  # the stylesheet sizes and colours buttons by their role
    # A touch screen has no keyboard to move the focus with.
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setAccessibleName(widget.text().strip("‹› "))
    if description:
        widget.setAccessibleDescription(description)
    if name:
        widget.setObjectName(name)
