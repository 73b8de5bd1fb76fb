"""Study and reference cards on every panel: the QR code, its words and Save, nothing cut.

A card puts its QR code beside the words and the Save control where the width allows both,
else above them (kiosk/views/beside.py). On the portrait 7-inch panel at 210 dpi the code
beside "✓ Saved" left the button too narrow for its label. Each panel is given its DPI by the
`screen_dpi` setting and the window its size in pixels, as in tests/test_layout.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from kiosk import theme
from kiosk.controller import Kiosk
from kiosk.qr import QrCode
from kiosk.views.beside import BesideOrAbove
from kiosk.views.cards import SaveButton
from kiosk.views.section import SectionView
from tests.helpers import tap
from tests.test_layout import (
    FULL,
    PANELS,
    assert_controls_fit,
    assert_text_fits,
    kiosk_on_panel,
    on_screen,
    open_page,
    panel_id,
)

# The pages with cards: studies, and references (the same QR code and Save, from take_away).
CARD_PAGES = ["regenerative-research", "references"] if FULL else ["regenerative-research"]
LARGEST = len(theme.TEXT_SCALES) - 1
# The default run: English at 100%, Spanish (the longer "✓  Guardado") at 200%, on the panels
# where a card has the least room to spare: small or sharp ones. On the others the code and
# Save need at most 55% of the card's width even then. KIOSK_LAYOUT_FULL=1 runs every text size
# in both languages on every panel, on both pages.
STEPS = {"en": range(LARGEST + 1), "es": range(LARGEST + 1)} if FULL else {"en": (0,), "es": (LARGEST,)}
CARD_PANELS = [(800, 480, 96), *PANELS] if FULL else [(800, 480, 96), (800, 480, 133), (1024, 600, 170),
                                                      (720, 1280, 210), (1280, 800, 150)]


@pytest.fixture
def on_panel(request, qtbot, qapp: QApplication) -> Iterator[Kiosk]:
    yield from kiosk_on_panel(qtbot, qapp, request.param)


def save_every_study(qtbot, page: SectionView) -> list[SaveButton]:
    """Touch Save on each card of the page, as a patient scrolling down it would."""
    controls = page.findChildren(SaveButton)
    assert controls, f"no Save control on {page.section_id}"
    for control in controls:
        if not control.isChecked():
            page.scroll_area.ensureWidgetVisible(control)
            tap(qtbot, control)
    QApplication.processEvents()
    return controls


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("on_panel", CARD_PANELS, ids=panel_id, indirect=True)
def test_saved_study_cards_are_whole_on_every_panel(qtbot, on_panel: Kiosk, language: str) -> None:
    kiosk = on_panel
    size = f"{kiosk.window.width()}x{kiosk.window.height()}"
    for step in STEPS[language]:
        kiosk.reset()
        kiosk.change(text_step=step, language=language)
        QApplication.processEvents()
        tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
        for key in CARD_PAGES:
            open_page(qtbot, kiosk, key)
            page = kiosk.screen.pages[key]
            assert isinstance(page, SectionView)
            controls = save_every_study(qtbot, page)
            where = f"{key} with its studies saved, {size} at {theme.TEXT_SCALES[step]:.0%} in {language}"
            assert all(c.isChecked() for c in controls), where
            assert_controls_fit(kiosk, where, page)  # "✓  Saved" / "✓  Guardado" whole
            assert_text_fits(kiosk, where, page)
            for card in page.findChildren(BesideOrAbove):
                code = card.findChild(QrCode)
                assert card.rect().contains(QRect(code.pos(), code.size())), f"the QR code is cut on {where}"


@pytest.mark.parametrize(("on_panel", "beside"), [((720, 1280, 210), False), ((1280, 800, 96), True)],
                         ids=["720x1280@210", "1280x800@96"], indirect=["on_panel"])
def test_the_code_goes_above_save_only_where_beside_is_too_narrow(qtbot, on_panel: Kiosk,
                                                                  beside: bool) -> None:
    """On a narrow, sharp panel the code is above the words and Save; on a wide one, beside them.

    Either way, touching Save changes its label, never its place or size under the finger.
    """
    kiosk = on_panel
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    open_page(qtbot, kiosk, "regenerative-research")
    page = kiosk.screen.pages["regenerative-research"]
    assert isinstance(page, SectionView)
    control = page.findChildren(SaveButton)[0]
    card = next(c for c in page.findChildren(BesideOrAbove) if c.isAncestorOf(control))
    code = card.findChild(QrCode)
    assert card.side_by_side is beside
    page.scroll_area.ensureWidgetVisible(control)
    QApplication.processEvents()
    before = on_screen(control)
    code_right, code_bottom = on_screen(code).right(), on_screen(code).bottom()
    if beside:
        assert before.left() > code_right, "Save is beside the code"
    else:
        assert before.top() > code_bottom, "Save is below the code"

    tap(qtbot, control)
    QApplication.processEvents()
    assert control.text() == "✓  Saved"
    assert on_screen(control) == before, "Save stayed where the finger touched it"
    assert card.side_by_side is beside
