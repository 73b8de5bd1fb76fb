"""The whole visit by the audio guide alone (#17), in English and in Spanish: a patient who cannot
see the screen turns the guide on, hears and accepts the disclaimer, opens every section, a
glossary word, saves a study, takes it home, answers the idle warning and leaves, by touch only.

Every step is a synthesized touch on the window (tests.test_touch_guide.Finger); the test reads
the kiosk's state only to check what was said (to Qt's mock speech engine) and what is shown.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QPushButton, QWidget

from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.focus_stops import glossary_words, label_text
from kiosk.qr import QrCode
from kiosk.touch_guide import SLOP_PX, link_at
from kiosk.views.glossary import GlossaryPopup
from kiosk.views.home import HomeView
from kiosk.views.link_area import link_rects
from kiosk.views.section import SectionView
from kiosk.views.takehome import TakeHomeView
from tests.conftest import WAIT_MS
from tests.helpers import page, visible_text
from tests.test_layout import kiosk_on_panel, panel_id
from tests.test_touch_guide import Finger, hold, the_guide

# Nobody touching the kiosk for this long brings the warning: while the patient goes through the
# pages, long enough that no step takes it even on a busy machine (a step is over in well under
# a second: the longest, a page built under a double tap, took up to about 0.2 s when measured);
# at the end, where the test waits for the warning, short.
JOURNEY_IDLE_TIMEOUT_S = 30.0
IDLE_TIMEOUT_S = 0.8
# The guide's tap and double-tap times, lengthened: the test's taps follow each other within a
# few ms, but a loaded machine may hold one up for longer than a finger would take. Nothing in
# the visit waits them out (what is heard is reached by sliding the finger, said at once).
GENEROUS_TAP_MS = 3000
SIDEWAYS_PX = SLOP_PX + 6  # far enough to be a drag, not so far as a swipe (which sets the voice's rate)
# The warning's countdown, in ticks (TICK_MS): time to answer it, then a short wait for the reset.
WARNING_TICKS = 25

SECTIONS = ("symptoms", "treatments", "regenerative-research", "references", "glossary")
STUDY = "Save-farge-2025"  # a study card's Save on the research page of the test content
STUDY_TITLE = "Allogeneic umbilical cord-derived mesenchymal stromal cells"  # the start of its title

# What the patient hears, in each language: the content's words and the kiosk's translations.
WORDS = {
    "en": {
        "on": "Audio guide on. Touch to hear, tap twice to press.",
        "title": "Heading: Medical Disclaimer",
        "disclaimer": "This test kiosk is for educational purposes only",
        "understand": "I understand, button.",
        "more below": "More below: slide two fingers up.",
        "home": "Heading: Choose a topic",
        "topic": "%1, topic.",
        "heading": "Heading: %1",
        "sections": ("Symptoms", "Treatments", "Regenerative Research", "References", "Glossary"),
        "back": "Back, button.",
        "to home": "Home, button.",
        "word": "flare, glossary word. Tap twice for its meaning.",
        "term": "Flare",
        "close": "Close, button.",
        "save": "Save, button, not saved.",
        "saved": "Saved, button, saved.",
        "take home": "Take this with me, button.",
        "take home button": "Take this with me (1)",
        "take home title": "Heading: Take this with me",
        "study code": "QR code of the study's link. Scan it with your phone's camera.",
        "code": "QR code of your list. Scan it with your phone's camera.",
        "still there": "Still there?",
        "welcome back": "Welcome back.",
        "off": "Audio guide off.",
    },
    "es": {
        "on": "Guía de audio activada. Toque para oír, dos toques para pulsar.",
        "title": "Encabezado: Aviso médico",
        "disclaimer": "Este quiosco de prueba es solo educativo",
        "understand": "Entiendo, botón.",
        "more below": "Hay más abajo: deslice dos dedos hacia arriba.",
        "home": "Encabezado: Elija un tema",
        "topic": "%1, tema.",
        "heading": "Encabezado: %1",
        "sections": ("Síntomas", "Tratamientos", "Investigación regenerativa", "Referencias", "Glosario"),
        "back": "Atrás, botón.",
        "to home": "Inicio, botón.",
        "word": "brote, palabra del glosario. Toque dos veces para saber qué significa.",
        "term": "Brote",
        "close": "Cerrar, botón.",
        "save": "Guardar, botón, no guardado.",
        "saved": "Guardado, botón, guardado.",
        "take home": "Llevar conmigo, botón.",
        "take home button": "Llevar conmigo (1)",
        "take home title": "Encabezado: Llevar conmigo",
        "study code": "Código QR del enlace del estudio. Escanéelo con la cámara de su teléfono.",
        "code": "Código QR de su lista. Escanéelo con la cámara de su teléfono.",
        "still there": "¿Sigue ahí?",
        "welcome back": "Bienvenido de nuevo.",
        "off": "Guía de audio desactivada.",
    },
}


# Each language on the window of the other tests (1280 x 800 at 96 dpi), and on the small panels
# where the guide meets the most: the 7-inch landscape one (topics over two pages) in Spanish,
# the portrait one at its real DPI in English. (width, height, dpi), as tests/test_layout.py.
VISITS = [
    ("en", (1280, 800, 96)),
    ("es", (1280, 800, 96)),
    ("es", (800, 480, 133)),
    ("en", (720, 1280, 210)),
]


@pytest.fixture
def visit(qtbot, qapp: QApplication, panel: tuple[int, int, int]) -> Iterator[Kiosk]:
    """The kiosk on the test content and on `panel`, with a short countdown."""
    settings = Settings(idle_timeout=JOURNEY_IDLE_TIMEOUT_S, idle_warning=WARNING_TICKS)
    yield from kiosk_on_panel(qtbot, qapp, panel, settings)


class Patient:
    """A patient who cannot see the screen: one finger on it, and what they hear from the guide,
    (text, language), in order. `language` is the one they expect to hear it in."""

    def __init__(self, kiosk: Kiosk, language: str) -> None:
        self.kiosk = kiosk
        self.language = language
        self.finger = Finger(kiosk)
        self.heard: list[tuple[str, str]] = []
        self.told_more: list[str] = []  # what was said with "More below: ..." after it
        self.guide = the_guide(kiosk)
        self.guide.spoke.connect(lambda text, language: self.heard.append((text, language)))

    def listens(self) -> None:
        """From when the guide is on: taps measured generously (GENEROUS_TAP_MS)."""
        self.guide.double_tap_ms = self.guide.tap_ms = GENEROUS_TAP_MS

    def explore(self, *widgets: QWidget) -> list[str]:
        """Slide the finger over the middle of each of `widgets` in turn, then lift it: what was
        said on the way."""
        for widget in widgets:
            assert widget.isVisible() and not widget.visibleRegion().isEmpty(), f"{widget} is not in view"
        return self.explore_points(*(self.finger.at(widget) for widget in widgets))

    def explore_points(self, *points: QPoint) -> list[str]:
        """Slide the finger over `points` (window coordinates): what was said on the way."""
        overlay = self.kiosk.screen.overlay
        assert self.guide.active and not overlay.isVisible(), f"the guide is off, or warns: {self.heard[-3:]}"
        before = len(self.heard)
        # Put down beside the first point: what a finger rests on is said only once it is no
        # double tap's first tap; what a moving finger reaches is said at once.
        self.finger.down(points[0] - QPoint(40, 0))
        for point in points:
            self.finger.move(point)
        self.finger.up(points[-1])
        said = self.heard[before:]
        assert all(language == self.language for _text, language in said), said
        if said:
            narrator = self.kiosk.narrator
            assert narrator is not None
            assert (narrator.last_text, narrator.language) == said[-1], "given to the voice"
        # Where the page goes on below the view, the last thing shown says so: noted apart
        # (the disclaimer checks it; tests/test_more_below.py checks where it is said).
        more = " " + WORDS[self.language]["more below"]
        texts = [text for text, _language in said]
        self.told_more += [text.removesuffix(more) for text in texts if text.endswith(more)]
        return [text.removesuffix(more) for text in texts]

    def double_tap(self) -> None:
        """Tap twice, quickly, in the middle of the screen: it presses what was said last."""
        self.finger.double_tap(self.finger.at(self.kiosk.window))


def wholly_in_view(area: QAbstractScrollArea, widget: QWidget, part: QRect | None = None) -> bool:
    """Whether `widget` (or `part` of it, in its coordinates) is wholly in `area`'s view."""
    QApplication.processEvents()  # the page's layout settles first
    viewport = area.viewport()
    part = part or widget.rect()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, part.topLeft()), part.size()))


def shown_middle(widget: QWidget) -> QPoint:
    """The middle of the part of `widget` that is shown (window coordinates)."""
    return widget.mapTo(widget.window(), widget.visibleRegion().boundingRect().center())


def in_view(patient: Patient, area: QAbstractScrollArea, widget: QWidget, part: QRect | None = None) -> None:
    """Drag the page with two fingers, as the guide lets a patient scroll, till `widget` (or
    `part` of it) is wholly in view: up (or back down, had it gone past), a third of the view at
    most at a time."""
    viewport = area.viewport()
    bar = area.verticalScrollBar()
    start = patient.finger.at(viewport) + QPoint(-100, 0)
    part = part or widget.rect()
    assert part.height() <= viewport.height(), f"{widget.objectName()} is taller than the view"
    while not wholly_in_view(area, widget, part):
        where = QRect(widget.mapTo(viewport, part.topLeft()), part.size())
        step = viewport.height() // 3
        below = where.top() + where.height() - viewport.height()  # how far it reaches past the bottom
        by = -min(step, below) if where.top() > 0 else min(step, -where.top())
        value = bar.value()
        # Moved a little sideways too, so that a short drag is not taken for a tap.
        patient.finger.swipe(2, start, QPoint(SIDEWAYS_PX, by))
        stuck = f"{widget.objectName()} at {where} in {viewport.rect()}: the page scrolls no further"
        assert bar.value() != value, stuck


def a_glossary_word(patient: Patient, area: QAbstractScrollArea, label: QLabel) -> QPoint:
    """The middle of the first underlined word of `label`, where it is drawn (window coordinates),
    brought into view by two fingers if it is below the fold."""
    link, _word = glossary_words(label)[0]
    middle = link_rects(label, link)[0].center()
    assert link_at(label, middle) == link, "the guide finds the word there too"
    in_view(patient, area, label, QRect(middle - QPoint(2, 10), middle + QPoint(2, 10)))
    return label.mapTo(label.window(), middle)


@pytest.mark.parametrize(("language", "panel"), VISITS,
                         ids=[f"{language}-{panel_id(panel)}" for language, panel in VISITS])
def test_the_whole_visit_by_the_touch_guide(qtbot, visit: Kiosk, language: str) -> None:
    kiosk = visit
    words = WORDS[language]
    patient = Patient(kiosk, "en")
    finger = patient.finger
    guide = the_guide(kiosk)
    narrator = kiosk.narrator
    assert narrator is not None
    disclaimer = kiosk.screen.pages["disclaimer"]

    # The guide goes on under a finger held still (shortened from three seconds), and says so
    # in English, then in Spanish.
    hold(qtbot, kiosk, finger, finger.at(disclaimer), on=True)
    qtbot.waitUntil(lambda: len(patient.heard) >= 2, timeout=WAIT_MS)
    assert patient.heard == [(WORDS["en"]["on"], "en"), (WORDS["es"]["on"], "es")]
    assert page(kiosk) == "disclaimer"
    patient.listens()

    if language == "es":
        spanish = next(b for b in kiosk.screen.language_buttons if b.text() == "Español")
        assert patient.explore(spanish) == ["Español, button."]  # in the page's language
        assert kiosk.preferences.language == "en", "a touch only says what it is on"
        patient.double_tap()
        assert kiosk.preferences.language == "es"
        patient.language = "es"
        disclaimer = kiosk.screen.pages["disclaimer"]  # the screen is built anew, in Spanish

    # The disclaimer, heard as it is shown: its title, its text, the investigational notice and
    # "I understand", then accepted. Where the button is below the fold (the small panels), what
    # is shown last says that the page goes on, and two fingers bring the rest into view.
    area = disclaimer.scroll_area
    title = disclaimer.findChild(QLabel, "DisclaimerTitle")
    understand = disclaimer.understand
    notice = [disclaimer.notice.findChild(QLabel, name) for name in ("NoticeTitle", "NoticeText")]
    below = not wholly_in_view(area, understand)
    heard = patient.explore(title) + patient.explore_points(shown_middle(disclaimer.text))
    assert heard == [words["title"], label_text(disclaimer.text)]
    assert heard[1].startswith(words["disclaimer"])
    assert words["disclaimer"] in visible_text(disclaimer)
    for label in notice:
        if not label.visibleRegion().isEmpty():
            heard += patient.explore_points(shown_middle(label))
        else:
            assert patient.told_more, "the page goes on"
            in_view(patient, area, label)
            heard += patient.explore(label)
    notice_title, notice_text = (label_text(label) for label in notice)
    assert heard[2:] == [words["heading"].replace("%1", notice_title), notice_text], "the notice, whole"
    if not understand.visibleRegion().isEmpty():
        heard += patient.explore_points(shown_middle(understand))
    assert bool(patient.told_more) == below, "the page is said to go on where the button is below the fold"
    if heard[-1] != words["understand"]:  # not shown at all yet
        in_view(patient, area, understand)
        assert patient.explore(understand) == [words["understand"]]
    assert page(kiosk) == "disclaimer", "exploring presses nothing"
    patient.double_tap()
    assert page(kiosk) == "home"

    # Every section from home: its tile heard, double tapped, its heading heard, then home again.
    home = kiosk.screen.pages["home"]
    assert isinstance(home, HomeView)
    if home.title.isVisible():  # on the smallest panels it gives way to a row of topics
        assert patient.explore(home.title) == [words["home"]]
    assert set(home.tiles) == set(SECTIONS), "these are all the sections of the test content"
    for number, (key, name) in enumerate(zip(SECTIONS, words["sections"], strict=True)):
        tile = home.tiles[key]
        while not tile.isVisible():  # another page of tiles, turned in the guide too
            patient.explore(home.next_button)
            patient.double_tap()
        assert patient.explore(tile) == [words["topic"].replace("%1", name)]
        assert page(kiosk) == "home"
        patient.double_tap()
        assert page(kiosk) == key
        view = kiosk.screen.pages[key]
        heading = view.findChild(QLabel, "PageTitle")
        assert heading is not None and heading.text() == name, "shown as it is said"
        assert patient.explore(heading) == [words["heading"].replace("%1", name)]

        if key == "symptoms":  # a glossary word: heard, opened, its explanation heard, closed
            assert isinstance(view, SectionView)
            word = a_glossary_word(patient, view.scroll_area, view.body)
            assert patient.explore_points(word) == [words["word"]]
            popup = kiosk.screen.findChild(GlossaryPopup)
            assert popup is not None and not popup.isVisible()
            patient.double_tap()
            assert popup.isVisible() and popup.term.text() == words["term"]
            assert patient.heard[-1] == (popup.spoken_text(), language), "its explanation is said"
            assert popup.spoken_text() == f"{words['term']}. {popup.definition.text()}"
            assert patient.explore(popup.close_button) == [words["close"]]
            patient.double_tap()
            assert not popup.isVisible() and page(kiosk) == key

        if key == "regenerative-research":  # a study's link heard, and the study saved
            assert isinstance(view, SectionView)
            save = view.findChild(QPushButton, STUDY)
            assert save is not None
            card = next(c for c in view.findChildren(QWidget, "Card") if c.isAncestorOf(save))
            link = card.findChild(QrCode)
            assert link is not None
            in_view(patient, view.scroll_area, link)
            assert patient.explore(link) == [words["study code"]]
            in_view(patient, view.scroll_area, save)
            assert patient.explore(save) == [words["save"]]
            patient.double_tap()
            assert save.isChecked() and kiosk.saved
            assert save.text().strip("✓ ") == words["saved"].split(",")[0], "shown as it is said"
            assert patient.explore(save) == [words["saved"]]

        # Home by "Back" and by "Home", in turn.
        way_home = (kiosk.screen.back_button, kiosk.screen.home_button)[number % 2]
        said = patient.explore(way_home)
        assert said == [words["back"] if number % 2 == 0 else words["to home"]]
        patient.double_tap()
        assert page(kiosk) == "home"

    # Take this with me: the saved study shown, its list's QR code heard.
    take_home = kiosk.screen.take_home_button
    assert patient.explore(take_home) == [words["take home"]]
    patient.double_tap()
    assert page(kiosk) == "take-home"
    assert take_home.text() == words["take home button"], "it counts the saved study"
    sheet = kiosk.screen.pages["take-home"]
    assert isinstance(sheet, TakeHomeView) and sheet.code is not None
    shown = visible_text(sheet)
    assert "1. " + STUDY_TITLE in shown, "the saved study is listed"
    said = patient.explore(sheet.findChild(QLabel, "PageTitle"))
    assert said == [words["take home title"]]
    in_view(patient, sheet.scroll_area, sheet.code)
    assert patient.explore(sheet.code) == [words["code"]]

    # Nobody touches the screen: the warning is shown and said; one tap anywhere answers it.
    kiosk.idle.timeout_ms = round(IDLE_TIMEOUT_S * 1000)
    overlay = kiosk.screen.overlay
    with qtbot.waitSignal(kiosk.idle.warning_started, timeout=WAIT_MS):
        pass
    assert overlay.isVisible() and words["still there"] in visible_text(overlay)
    assert (narrator.last_text, narrator.language) == (overlay.spoken_text(), language), "said"
    assert narrator.last_text.startswith(words["still there"])
    finger.tap(finger.at(overlay.title))
    assert not overlay.isVisible() and not kiosk.idle.warning
    assert patient.heard[-1] == (words["welcome back"], language)
    assert page(kiosk) == "take-home" and guide.active

    # Nobody again: the warning, its countdown, and the kiosk is ready for the next patient.
    with qtbot.waitSignal(kiosk.idle.warning_started, timeout=WAIT_MS):
        pass
    assert kiosk.screen.overlay.isVisible()
    assert narrator.last_text.startswith(words["still there"]) and narrator.language == language
    with qtbot.waitSignal(guide.active_changed, timeout=WAIT_MS) as changed:
        pass
    assert changed.args == [False]
    off = [(WORDS["en"]["off"], "en"), (WORDS["es"]["off"], "es")]
    qtbot.waitUntil(lambda: patient.heard[-2:] == off, timeout=WAIT_MS)  # English, then Spanish
    assert page(kiosk) == "disclaimer" and not kiosk.screen.overlay.isVisible()
    assert kiosk.preferences.language == "en" and not kiosk.saved
    assert kiosk.idle.armed, "saying so does not keep the kiosk from waiting for the next patient"
    disclaimer = kiosk.screen.pages["disclaimer"]
    assert "Medical Disclaimer" in visible_text(disclaimer)
    spanish = next(b for b in kiosk.screen.language_buttons if b.text() == "Español")
    finger.tap(finger.at(spanish))
    assert kiosk.preferences.language == "es", "the guide is off: a tap presses at once"
