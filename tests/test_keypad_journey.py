"""The keypad's remaining journeys (#17): every glossary word of a paragraph is its own stop,
the names the keypad speaks are in the accessibility tree, and the whole visit in Spanish."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.controller import Kiosk
from kiosk.focus_stops import HEADINGS
from kiosk.qr import QrCode
from kiosk.views.glossary import GlossaryPopup
from tests.helpers import page
from tests.test_keypad import (
    Back,
    Down,
    Enter,
    button_named,
    focused,
    keyed,
    keypad,
    move_to,
    open_by_keys,
    press,
)

__all__ = ["keyed"]  # the fixture, used by name below


def test_the_second_glossary_word_of_a_paragraph_is_reached_and_opened_by_keys(qtbot, keyed: Kiosk) -> None:
    kiosk = keyed
    open_by_keys(qtbot, kiosk, "I understand", "Symptoms")
    said = move_to(qtbot, kiosk, lambda stop: stop.link == "glossary:flare")
    assert said == "flare, glossary word. Press Enter for its meaning."
    paragraph = focused(kiosk)
    said = press(qtbot, kiosk, Down)
    assert said == "remission, glossary word. Press Enter for its meaning."
    assert focused(kiosk) is paragraph, "both words are in the one paragraph, which the ring marks"
    said = press(qtbot, kiosk, Enter)
    popup = kiosk.screen.findChild(GlossaryPopup)
    assert popup is not None and popup.isVisible()
    assert said == "Heading: Remission", "Enter opens the word the focus is on, not the first"
    press(qtbot, kiosk, Back)
    assert not popup.isVisible()
    assert page(kiosk) == "symptoms"


def test_the_names_the_keypad_speaks_are_in_the_accessibility_tree(qtbot, keyed: Kiosk) -> None:
    kiosk = keyed
    open_by_keys(qtbot, kiosk, "I understand", "Regenerative Research")
    said = move_to(qtbot, kiosk, lambda stop: isinstance(stop.widget, QLabel) and not stop.link
                   and stop.widget.objectName() not in HEADINGS)
    assert said.startswith("Paragraph 1 of ")
    paragraph = focused(kiosk)
    tree = QAccessible.queryAccessibleInterface(paragraph)
    assert tree is not None
    assert said.endswith(tree.text(QAccessible.Text.Name)), "the tree names the text the keypad reads"
    assert tree.text(QAccessible.Text.Description) == said.split(". ")[0] + "."
    heading = kiosk.screen.findChild(QLabel, "PageTitle")
    assert heading is not None
    tree = QAccessible.queryAccessibleInterface(heading)
    assert tree is not None
    assert tree.text(QAccessible.Text.Description) == "", "its role says it is a heading"
    assert tree.text(QAccessible.Text.Name) == "Regenerative Research"
    move_to(qtbot, kiosk, lambda stop: isinstance(stop.widget, QrCode))
    tree = QAccessible.queryAccessibleInterface(focused(kiosk))
    assert tree is not None
    assert tree.text(QAccessible.Text.Name) == "QR code of the study's link"
    assert tree.text(QAccessible.Text.Description).startswith("https://")


def test_the_whole_visit_by_keys_in_spanish(qtbot, keyed: Kiosk) -> None:
    kiosk = keyed
    move_to(qtbot, kiosk, button_named("Español"))
    assert press(qtbot, kiosk, Enter) == "Encabezado: Aviso médico"
    said = press(qtbot, kiosk, Down)
    assert said.startswith("Párrafo 1 de "), said
    assert move_to(qtbot, kiosk, button_named("Entiendo")) == "Entiendo, botón."
    assert press(qtbot, kiosk, Enter) == "Encabezado: Elija un tema"
    assert page(kiosk) == "home"
    sections = {"Síntomas": "symptoms", "Tratamientos": "treatments",
                "Investigación regenerativa": "regenerative-research", "Referencias": "references"}
    for title, key in sections.items():
        assert move_to(qtbot, kiosk, button_named(title)) == f"{title}, tema."
        assert press(qtbot, kiosk, Enter) == f"Encabezado: {title}"
        assert page(kiosk) == key
        heading = kiosk.screen.pages[key].findChild(QLabel, "PageTitle")
        assert heading is not None and heading.text() == title, "shown as it is said"
        tree = QAccessible.queryAccessibleInterface(heading)
        assert tree is not None and tree.role() == QAccessible.Role.Heading
        assert tree.text(QAccessible.Text.Name) == title and tree.text(QAccessible.Text.Description) == ""
        said = press(qtbot, kiosk, Down)
        assert said.startswith(("Párrafo 1 de ", "Encabezado: ")), said
        assert kiosk.narrator is not None and kiosk.narrator.language == "es"
        if key == "symptoms":
            said = move_to(qtbot, kiosk, lambda stop: stop.link == "glossary:remission")
            assert said == "remisión, palabra del glosario. Pulse Intro para saber qué significa."
            assert press(qtbot, kiosk, Enter) == "Encabezado: Remisión"
            assert press(qtbot, kiosk, Back) == "Encabezado: Síntomas"
        if key == "regenerative-research":
            said = move_to(qtbot, kiosk, lambda stop: isinstance(stop.widget, QrCode))
            assert said.startswith("Código QR del enlace del estudio.")
            tree = QAccessible.queryAccessibleInterface(focused(kiosk))
            assert tree is not None and tree.text(QAccessible.Text.Name) == "Código QR del enlace del estudio"
            assert move_to(qtbot, kiosk, button_named("Guardar")) == "Guardar, botón, no guardado."
            assert press(qtbot, kiosk, Enter) == "Guardado, botón, guardado."
            assert kiosk.saved
            assert isinstance(focused(kiosk), QAbstractButton)
            assert focused(kiosk).text().strip("✓ ") == "Guardado", "what is shown says it too"
        assert press(qtbot, kiosk, Back) == "Encabezado: Elija un tema"
        assert page(kiosk) == "home"
    assert move_to(qtbot, kiosk, button_named("Llevar conmigo")) == "Llevar conmigo, botón."
    assert press(qtbot, kiosk, Enter) == "Encabezado: Llevar conmigo"
    assert page(kiosk) == "take-home"
    said = move_to(qtbot, kiosk, lambda stop: isinstance(stop.widget, QrCode))
    assert said.startswith("Código QR de su lista.")
    assert keypad(kiosk).spoken == said
