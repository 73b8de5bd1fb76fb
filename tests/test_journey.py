"""The patient journey, driven by taps on the controls a patient sees."""

from __future__ import annotations

import pytest

from kiosk.controller import Kiosk
from tests.helpers import button_labelled, page, tap, visible_text

# The test content's sections (tests/fixtures/content): tile, and a line of each page.
SECTIONS = {
    "symptoms": ("Symptoms", "A rash after time in the sun"),
    "treatments": ("Treatments", "Step 1 of the test plan is a short paragraph"),
    "regenerative-research": ("Regenerative Research", "Phase 1 Trial in Paris"),
    "references": ("References", "DOI: 10.1136/lupus-2022-000704"),
}


def accept_disclaimer(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    assert page(kiosk) == "home"


def test_a_session_starts_on_the_full_disclaimer_with_nothing_else_reachable(kiosk: Kiosk) -> None:
    assert page(kiosk) == "disclaimer"
    shown = visible_text(kiosk.window)
    assert "This test kiosk is for educational purposes only and is not medical advice." in shown
    assert "The cell therapies described here are not FDA-approved." in shown
    assert "Ask your own doctor before you change a treatment." in shown
    assert "are investigational and not FDA-approved" in shown
    assert not kiosk.screen.nav_bar.isVisible()
    assert not kiosk.screen.pages["home"].isVisible()
    assert "Choose a topic" not in shown


def test_i_understand_opens_home_with_one_tile_per_section(qtbot, kiosk: Kiosk) -> None:
    accept_disclaimer(qtbot, kiosk)
    shown = visible_text(kiosk.window)
    for tile_label, _ in SECTIONS.values():
        button_labelled(kiosk.window, tile_label)
    assert "Harbour Test Clinic" in shown and "Testville, Oregon" in shown


@pytest.mark.parametrize("section_id", list(SECTIONS))
def test_each_section_opens_from_its_tile_and_home_returns(qtbot, kiosk: Kiosk, section_id: str) -> None:
    tile_label, expected_text = SECTIONS[section_id]
    accept_disclaimer(qtbot, kiosk)
    tap(qtbot, button_labelled(kiosk.window, tile_label))
    assert page(kiosk) == section_id
    shown = visible_text(kiosk.screen.pages[section_id])
    assert expected_text in shown
    # Every page's footer says which of its text a physician reviewed, and what no one has yet
    # (tests/test_reviews.py: the exact lines).
    assert ("Medical review" in shown) or ("Not reviewed by a physician yet" in shown)
    for control in ("‹  Back", "Home", "Medical disclaimer"):
        button_labelled(kiosk.window, control)
    tap(qtbot, button_labelled(kiosk.window, "Home"))
    assert page(kiosk) == "home"


def test_back_retraces_the_path_and_stops_at_home(qtbot, kiosk: Kiosk) -> None:
    accept_disclaimer(qtbot, kiosk)
    back = kiosk.screen.back_button
    assert not back.isEnabled()
    tap(qtbot, button_labelled(kiosk.window, "Symptoms"))
    tap(qtbot, kiosk.screen.disclaimer_button)
    assert page(kiosk) == "disclaimer"
    tap(qtbot, back)
    assert page(kiosk) == "symptoms"
    tap(qtbot, back)
    assert page(kiosk) == "home"
    assert not back.isEnabled()


def test_the_disclaimer_is_reachable_from_every_section(qtbot, kiosk: Kiosk) -> None:
    accept_disclaimer(qtbot, kiosk)
    for tile_label, _ in SECTIONS.values():
        tap(qtbot, button_labelled(kiosk.window, tile_label))
        tap(qtbot, button_labelled(kiosk.window, "Medical disclaimer"))
        assert page(kiosk) == "disclaimer"
        assert "is not medical advice" in visible_text(kiosk.window)
        # Read again, "I understand" returns to the page the patient was on.
        tap(qtbot, button_labelled(kiosk.window, "I understand"))
        assert kiosk.screen.current_page != "disclaimer"
        tap(qtbot, button_labelled(kiosk.window, "Home"))


def test_the_investigational_notice_stays_in_view_while_the_page_scrolls(qtbot, kiosk: Kiosk) -> None:
    # A tall screen: the pinned notice leaves the text its reading room there (on a landscape
    # 1280 x 800 it leads the page instead: tests/test_layout.py).
    kiosk.window.resize(1440, 2560)
    accept_disclaimer(qtbot, kiosk)
    for tile_label, section_id in (("Treatments", "treatments"),
                                   ("Regenerative Research", "regenerative-research")):
        tap(qtbot, button_labelled(kiosk.window, tile_label))
        view = kiosk.screen.pages[section_id]
        bar = view.scroll_area.verticalScrollBar()
        if section_id == "regenerative-research":  # Treatments may fit this tall screen whole
            assert bar.maximum() > 0, "the page is expected to be longer than the screen"
        assert view.pinned
        bar.setValue(bar.maximum())
        assert view.notice is not None and view.notice.isVisible()
        assert not view.notice.visibleRegion().isEmpty()
        assert "investigational and not FDA-approved" in visible_text(view.notice)
        assert "did not respond to usual care" in visible_text(view.notice)
        tap(qtbot, button_labelled(kiosk.window, "Home"))


def test_study_cards_show_year_design_findings_and_the_checked_citation(qtbot, kiosk: Kiosk) -> None:
    accept_disclaimer(qtbot, kiosk)
    tap(qtbot, button_labelled(kiosk.window, "Regenerative Research"))
    shown = visible_text(kiosk.screen.pages["regenerative-research"])
    assert "Design: Open-label phase 1 trial" in shown
    assert "Five of the six had less active illness afterwards." in shown
    assert "Farge D, Biard L, Weil B, et al." in shown
    assert "DOI: 10.1016/S2665-9913(24)00298-4" in shown
    assert "Trial registration: NCT03562065" in shown
    for year in ("2024", "2022"):
        assert year in shown
