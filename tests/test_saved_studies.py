"""Saved studies as a model the Save controls observe: each control follows the list, and a
screen replaced (new text size, language) leaves nothing behind that still listens."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.content import Section
from kiosk.controller import Kiosk
from kiosk.saved_studies import SavedStudies
from kiosk.session import Session
from kiosk.views.cards import SaveButton
from tests.helpers import open_text_sheet, page, tap, tap_tile


def section_with_a_study(kiosk: Kiosk) -> Section:
    assert kiosk.content is not None
    return next(s for s in kiosk.content.sections if s.studies)


def test_a_save_control_follows_the_list_and_changes_it(qtbot, kiosk: Kiosk) -> None:
    reference = section_with_a_study(kiosk).studies[0].reference
    saved = SavedStudies(Session())
    control = SaveButton(reference, saved)
    qtbot.addWidget(control)
    control.show()
    assert not control.isChecked() and control.text() == "Save"

    saved.set_saved(reference.id, True)  # saved elsewhere: the same study on another page
    assert control.isChecked() and control.text() == "✓  Saved"

    with qtbot.waitSignal(saved.changed) as changed:
        tap(qtbot, control)
    assert changed.args == [()] and saved.references == ()
    assert control.text() == "Save" and control.accessibleName() == "Save"


def test_a_replaced_screen_leaves_no_save_control_listening(qtbot, kiosk: Kiosk) -> None:
    section = section_with_a_study(kiosk)
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    tap_tile(qtbot, kiosk, section.id)
    tap(qtbot, kiosk.screen.pages[section.id].findChild(SaveButton))
    open_text_sheet(qtbot, kiosk)
    tap(qtbot, kiosk.screen.larger_button)  # a new screen, its own Save controls
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old screen is gone
    assert kiosk.screen.take_home_button.isVisible()

    with qtbot.captureExceptions() as exceptions:
        kiosk.reset()
    assert exceptions == []
    assert page(kiosk) == "disclaimer" and kiosk.saved == ()
    assert not kiosk.screen.take_home_button.isVisible()
