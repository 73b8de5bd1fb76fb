"""Each view built on its own from a little data made here: no kiosk, no clinic content.

A patient's touch on the visible control must come out as the view's signal, and the view
must show (and give Listen) what it was handed. The whole journeys are in test_journey.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from kiosk import theme
from kiosk.content import Content, Evidence, GlossaryTerm, Reference, Section, Study
from kiosk.navigation import DISCLAIMER, HOME
from kiosk.saved_studies import SavedStudies
from kiosk.session import Session
from kiosk.views.cards import study_card
from kiosk.views.disclaimer import DisclaimerView
from kiosk.views.glossary import GlossaryView
from kiosk.views.home import GLOSSARY, HomeView
from kiosk.views.look import Look, cap_height_ratio
from kiosk.views.page import Page
from kiosk.views.screen import UPDATING, KioskScreen
from kiosk.views.section import SectionView
from kiosk.views.takehome import TAKE_HOME, TakeHomeView
from kiosk.views.updating import UpdatingView
from tests.helpers import button_labelled, tap, tap_link, visible_text

FLARE = GlossaryTerm("flare", "Flare", ("flare", "flares"), "A time when lupus gets worse for a while.")
ANTIBODY = GlossaryTerm("antibody", "Antibody", ("antibody", "antibodies"),
                        "A protein the body makes to fight germs.")

JOINTS = Section(
    id="joints", title="Joint pain", tile="Joint pain",
    body="Most people with lupus have **sore joints**.\n\nA flare can make them worse for a few days.",
)
NEW_MEDICINES = Section(
    id="new-medicines", title="Medicines being studied", tile="New medicines",
    body="Some medicines are still being tested in trials.", show_notice=True,
)

TRIAL = Reference(id="trial-2024", authors="Smith J, Jones A.", title="A new medicine for lupus",
                  journal="Lupus Journal", year=2024, volume="12(3):45-56", doi="10.1000/lupus.2024.1",
                  evidence=Evidence("randomized-placebo-controlled", patients=300, phase="3"))
STUDY = Study(heading="Fewer flares in a year", year="2024", design="Placebo-controlled trial",
              found="People on the medicine had fewer flares.", reference=TRIAL)


def clinic(*sections: Section, glossary: tuple[GlossaryTerm, ...] = (FLARE, ANTIBODY)) -> Content:
    """A small content edition, as kiosk.content would load it."""
    return Content(
        language="en", language_name="English", clinic_name="Test Clinic", clinic_location="Room 1",
        disclaimer_title="Before you start",
        disclaimer="This kiosk does **not** replace your doctor.",
        notice_title="Investigational",
        notice="These treatments are *investigational* and not FDA-approved.",
        sections=sections, glossary=glossary,
    )


def look_for(content: Content) -> Look:
    return Look(theme.metrics_for(theme.REFERENCE_DPI, cap_height_ratio()), glossary=content.glossary)


View = TypeVar("View", bound=QWidget)


@pytest.fixture
def show(qtbot) -> Callable[[View], View]:
    """Put one view in a window of a kiosk's size and wait until it is on screen."""

    def shown(view: View) -> View:
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        qtbot.waitExposed(view)
        return view

    return shown


def labels_named(view: QWidget, name: str) -> list[QLabel]:
    return [label for label in view.findChildren(QLabel, name) if label.isVisibleTo(view)]


def test_i_understand_on_the_disclaimer_acknowledges_it(qtbot, show) -> None:
    content = clinic(JOINTS)
    view = show(DisclaimerView(content, look_for(content)))
    shown = visible_text(view)
    assert "Before you start" in shown and "This kiosk does not replace your doctor." in shown
    assert "These treatments are investigational and not FDA-approved." in shown, "the notice, in full"
    with qtbot.waitSignal(view.acknowledged, timeout=1000):
        tap(qtbot, view.understand)


def test_the_disclaimer_reads_its_text_and_notice_without_markup(show) -> None:
    content = clinic(JOINTS)
    view = show(DisclaimerView(content, look_for(content)))
    assert view.spoken_text().split("\n\n") == [
        "Before you start", "This kiosk does not replace your doctor.",
        "Investigational", "These treatments are investigational and not FDA-approved."]


def test_a_section_page_shows_its_title_and_text_and_no_notice_unless_asked(show) -> None:
    content = clinic(JOINTS, NEW_MEDICINES)
    look = look_for(content)
    joints = show(SectionView(JOINTS, content, look))
    assert joints.title.text() == "Joint pain"
    assert "Most people with lupus have sore joints." in visible_text(joints)
    assert joints.notice is None and "Investigational" not in visible_text(joints)
    medicines = show(SectionView(NEW_MEDICINES, content, look))
    assert medicines.notice is not None and medicines.notice.isVisible()
    assert "These treatments are investigational and not FDA-approved." in visible_text(medicines)
    assert medicines.spoken_text().split("\n\n")[:3] == [
        "Medicines being studied", "Investigational",
        "These treatments are investigational and not FDA-approved."]


def test_a_glossary_word_in_a_section_is_a_link_that_asks_for_its_meaning(qtbot, show) -> None:
    content = clinic(JOINTS)
    view = show(SectionView(JOINTS, content, look_for(content)))
    with qtbot.waitSignal(view.body.linkActivated, timeout=1000) as touched:
        tap_link(qtbot, view.body, "glossary:flare")
    assert touched.args == ["glossary:flare"]


def test_a_word_not_in_the_glossary_is_plain_text(show) -> None:
    content = clinic(JOINTS, glossary=(ANTIBODY,))
    view = show(SectionView(JOINTS, content, look_for(content)))
    assert "glossary:" not in view.body.text()


def test_the_glossary_page_lists_its_words_alphabetically_with_their_meanings(show) -> None:
    view = show(GlossaryView((FLARE, ANTIBODY), look_for(clinic())))
    headings = [label.text() for label in labels_named(view, "CardHeading")]
    definitions = [label.text() for label in labels_named(view, "Definition")]
    assert headings == ["Antibody", "Flare"]
    assert definitions == [ANTIBODY.definition, FLARE.definition]
    assert view.spoken_text() == (
        "Glossary\n\nAntibody. A protein the body makes to fight germs.\n\n"
        "Flare. A time when lupus gets worse for a while.")
    assert not labels_named(view, "ReviewLine"), "no review was given, so no review line"


def test_touching_a_topic_tile_chooses_that_topic(qtbot, show) -> None:
    content = clinic(JOINTS, NEW_MEDICINES)
    view = show(HomeView(content, look_for(content)))
    assert [view.tiles[key].accessibleName() for key in view.tiles] == [
        "Joint pain", "New medicines", "Glossary"]
    with qtbot.waitSignal(view.section_chosen, timeout=1000) as chosen:
        tap(qtbot, view.tiles["new-medicines"])
    assert chosen.args == ["new-medicines"]
    with qtbot.waitSignal(view.section_chosen, timeout=1000) as chosen:
        tap(qtbot, view.tiles[GLOSSARY])
    assert chosen.args == [GLOSSARY]


def test_no_glossary_tile_without_a_glossary(show) -> None:
    content = clinic(JOINTS, glossary=())
    view = show(HomeView(content, look_for(content)))
    assert list(view.tiles) == ["joints"]


def test_the_updating_screen_says_to_ask_at_the_desk_and_has_nothing_to_read(show) -> None:
    view = show(UpdatingView())
    assert visible_text(view) == "This kiosk is being updated. Please ask the front desk."
    assert view.spoken_text() == "" and view.reading_area() is None


def test_every_page_of_a_screen_says_what_it_reads_and_where_it_scrolls(show) -> None:
    content = clinic(JOINTS, NEW_MEDICINES)
    screen = show(KioskScreen(content, look_for(content), can_listen=True))
    for key in (DISCLAIMER, HOME, "joints", "new-medicines", TAKE_HOME, GLOSSARY):
        screen.show_page(key, acknowledged=True, can_go_back=True)
        page = screen.pages[key]
        assert isinstance(page, Page)
        assert screen.spoken_text() == page.spoken_text()
        # Listen shows where the page has something to read (not on the home screen's tiles).
        assert screen.listen_button.isVisible() == (key != HOME), key
        area = page.reading_area()
        assert isinstance(area, QScrollArea) and area.isVisibleTo(page), key


def test_a_reset_brings_every_page_back_to_its_top(qtbot, show) -> None:
    long_text = "\n\n".join(f"Paragraph {n} of a long page." for n in range(40))
    content = replace(clinic(replace(JOINTS, body=long_text)), disclaimer=long_text)
    screen = show(KioskScreen(content, look_for(content)))
    scrolled = []
    for key in (DISCLAIMER, "joints"):
        screen.show_page(key, acknowledged=True, can_go_back=True)
        bar = screen.pages[key].reading_area().verticalScrollBar()
        qtbot.waitUntil(lambda bar=bar: bar.maximum() > 0, timeout=1000)  # laid out: it scrolls
        bar.setValue(bar.maximum())
        scrolled.append(bar)
    assert all(bar.value() > 0 for bar in scrolled)
    screen.reset_view()
    assert [bar.value() for bar in scrolled] == [0, 0]


def test_a_screen_without_content_shows_only_that_it_is_being_updated(show) -> None:
    screen = show(KioskScreen(None, look_for(clinic()), can_listen=True))
    assert screen.current_page == UPDATING
    assert "This kiosk is being updated." in visible_text(screen)
    assert not screen.nav_bar.isVisible() and not screen.listen_button.isVisible()
    assert screen.reading_place() is None


def test_save_on_a_study_card_saves_the_study_and_then_reads_saved(qtbot, show) -> None:
    content = clinic()
    saved = SavedStudies(Session())
    card = show(study_card(STUDY, look_for(content), "en", saved))
    shown = visible_text(card)
    assert "Fewer flares in a year" in shown
    assert "Kind of study: Randomized, placebo-controlled trial" in shown
    assert "DOI: 10.1000/lupus.2024.1" in shown
    save = button_labelled(card, "Save")
    with qtbot.waitSignal(saved.changed, timeout=1000) as changed:
        tap(qtbot, save)
    assert changed.args == [("trial-2024",)]
    assert save.text() == "✓  Saved" and save.accessibleName() == "Saved"
    with qtbot.waitSignal(saved.changed, timeout=1000) as changed:
        tap(qtbot, save)
    assert changed.args == [()] and save.text() == "Save"


def test_take_this_with_me_lists_what_was_saved_with_one_code(show) -> None:
    content = clinic(replace(NEW_MEDICINES, studies=(STUDY,)))
    page = show(TakeHomeView(content, look_for(content), ("trial-2024",)))
    assert [label.text() for label in labels_named(page, "SavedItem")] == [
        "1. A new medicine for lupus (Lupus Journal 2024)"]
    assert page.code is not None and page.code.isVisible()
    assert "These treatments are investigational and not FDA-approved." in visible_text(page)
    empty = show(TakeHomeView(content, look_for(content), ()))
    assert empty.code is None and "Nothing is saved yet." in visible_text(empty)
