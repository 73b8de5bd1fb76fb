"""On every screen, what the tree calls a paragraph has the paragraph role and a QR code is a
picture, as a screen reader (Orca) meets them over AT-SPI (#17; tools/atspi-check.sh checks the
same on a running kiosk)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.controller import Kiosk
from kiosk.qr import QrCode
from kiosk.views.cards import SaveButton
from tests.helpers import button_labelled, page, tap, tap_tile


def wrong_roles(shown: QWidget) -> list[str]:
    """The texts on `shown` that the tree numbers as paragraphs ("Paragraph 9 of 35.") without
    the paragraph role, and the QR codes that are not pictures."""
    wrong = []
    for label in shown.findChildren(QLabel):
        tree = QAccessible.queryAccessibleInterface(label)
        if (label.isVisible() and tree.text(QAccessible.Text.Description).startswith("Paragraph ")
                and tree.role() != QAccessible.Role.Paragraph):
            wrong.append(f"{label.objectName()} is {tree.role().name}")
    for code in shown.findChildren(QrCode):
        role = QAccessible.queryAccessibleInterface(code).role()
        if code.isVisible() and role != QAccessible.Role.Graphic:
            wrong.append(f"{code.accessibleName()} is {role.name}")
    return wrong


def test_every_numbered_text_is_a_paragraph_and_every_qr_code_a_picture(qtbot, kiosk: Kiosk) -> None:
    seen = {"disclaimer": wrong_roles(kiosk.window)}
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    codes = 0
    for key in list(kiosk.screen.pages["home"].tiles):
        tap_tile(qtbot, kiosk, key)
        seen[key] = wrong_roles(kiosk.window)
        codes += sum(code.isVisible() for code in kiosk.window.findChildren(QrCode))
        saves = [save for save in kiosk.window.findChildren(SaveButton) if save.isVisible()]
        if saves and not saves[0].isChecked():
            tap(qtbot, saves[0])
        tap(qtbot, button_labelled(kiosk.window, "Home"))
    tap(qtbot, kiosk.screen.take_home_button)
    assert page(kiosk) == "take-home"
    seen["take-home"] = wrong_roles(kiosk.window)
    codes += sum(code.isVisible() for code in kiosk.window.findChildren(QrCode))

    assert codes >= 2, "a study's code and the list's code were seen"
    assert {key: wrong for key, wrong in seen.items() if wrong} == {}
