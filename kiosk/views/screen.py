"""Everything a patient sees at one text size, contrast and language.

Changing any of those builds a new KioskScreen (see kiosk.app); the window keeps its place.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QImage, QRegion, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content import Content, Section
from kiosk.focus_stops import name_in_tree, paragraphs, stops_in
from kiosk.navigation import DISCLAIMER, HOME
from kiosk.saved_studies import SavedStudies
from kiosk.session import Session
from kiosk.translations import in_every_language
from kiosk.views.build_ahead import BuildAhead
from kiosk.views.buttons import button
from kiosk.views.controlbar import ControlBar, keep_place
from kiosk.views.disclaimer import DisclaimerView
from kiosk.views.glossary import GlossaryPopup, GlossaryView
from kiosk.views.home import GLOSSARY, HomeView
from kiosk.views.look import Look
from kiosk.views.markdown import GLOSSARY_LINK
from kiosk.views.overlay import IdleOverlay
from kiosk.views.page import Page
from kiosk.views.place import ReadingPlace, go_to_place, reading_place
from kiosk.views.section import SectionView
from kiosk.views.sheet import TextSheet, fit_labels, fit_translated, sheet_button
from kiosk.views.takehome import TAKE_HOME, TakeHomeView
from kiosk.views.touch import enable_kinetic_scrolling
from kiosk.views.translate import tr
from kiosk.views.updating import UpdatingView

UPDATING = "updating"


class PageStack(QStackedWidget):
    """The pages, one shown at a time, in whatever room the bars leave.

    A QStackedWidget asks every page it holds for its size (and its height for a width) each
    time it switches; with rich text on every page that made a switch slower with every
    section. The pages scroll, so the stack needs no size of its own.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def sizeHint(self) -> QSize:
        return QSize(0, 0)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def hasHeightForWidth(self) -> bool:
        return False


class _Pages(dict[str, Page]):
    """The pages built so far; asking for another builds it."""

    def __init__(self, build: Callable[[str], Page]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> Page:
        page = self._build(key)
        self[key] = page
        return page


class KioskScreen(QWidget):
    """Top bar with the clinic and the patient's controls, the current page, the navigation bar.

    Built with `content=None` it shows only the "being updated" screen. `languages` lists
    (code, name) of the other languages there is content in; `can_listen` says whether
    speech is available; `text_step`/`text_steps` place the text size among its choices;
    `touch_later` leaves kinetic scrolling off until `enable_touch_scrolling()`. `saved` is the
    patient's saved studies, which its Save controls and Take this with me button follow.
    With `build_ahead`, `build_ahead.nobody_here()` builds the pages not shown yet, one at a time.
    """

    acknowledged = Signal()
    section_chosen = Signal(str)
    back_requested = Signal()
    home_requested = Signal()
    disclaimer_requested = Signal()
    listen_requested = Signal()
    stop_requested = Signal()
    speak_requested = Signal(str)
    smaller_requested = Signal()
    larger_requested = Signal()
    contrast_requested = Signal()
    language_requested = Signal(str)
    take_home_requested = Signal()

    def __init__(self, content: Content | None, look: Look, *, languages: tuple[tuple[str, str], ...] = (),
                 can_listen: bool = False, text_step: int = 0, text_steps: int = 1,
                 high_contrast: bool = False, touch_later: bool = False, saved: SavedStudies | None = None,
                 language_names: tuple[str, ...] = (), build_ahead: bool = False) -> None:
        super().__init__()
        # Starting Qt's gesture machinery takes a noticeable time: with `touch_later` the
        # screen is painted first and `enable_touch_scrolling()` is called after.
        self._touch_later = touch_later
        self.setObjectName("KioskScreen")
        # The screen paints the theme's background under every page and bar: without it, what a
        # page leaves unpainted (the band under the disclaimer) shows the window's light grey.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        metrics = look.metrics
        self.content = content
        self.can_listen = can_listen
        # The patient's saved studies outlive the screen; on its own, a screen has a list of its own.
        self.saved = saved if saved is not None else SavedStudies(Session(), self)

        self.listen_button = button(tr("Listen"), "tool", "Listen", tr("Reads this page aloud"))
        self.stop_button = button(tr("Stop"), "tool", "Stop", tr("Stops reading aloud"))
        # Listen and Stop share one place, kept blank while there is nothing to read or no
        # voice yet: the bar is the same on every page, and nothing moves when the voice comes.
        self.listen_slot = QWidget()
        self.listen_slot.setObjectName("ListenSlot")
        slot = QGridLayout(self.listen_slot)
        slot.setContentsMargins(0, 0, 0, 0)
        for control in (self.listen_button, self.stop_button):
            slot.addWidget(control, 0, 0)
            keep_place(control)
        fit_labels(self.listen_slot, (*in_every_language("Listen"), *in_every_language("Stop")), metrics)
        self.text_button = sheet_button(metrics)
        self.sheet = TextSheet(self, metrics, text_step, high_contrast)
        self.text_button.clicked.connect(self.sheet.open)
        self.smaller_button = self.sheet.smaller_button
        self.larger_button = self.sheet.larger_button
        self.contrast_button = self.sheet.contrast_button
        self.language_buttons = []
        names = tuple(language_names) or tuple(name for _code, name in languages)
        for code, name in languages:
            language = button(name, "tool", f"Language-{code}", tr("Shows the kiosk in this language"))
            language.clicked.connect(lambda _=False, c=code: self.language_requested.emit(c))
            fit_labels(language, (name, *names), metrics)
            self.language_buttons.append(language)
        self.listen_button.clicked.connect(self.listen_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.smaller_button.clicked.connect(self.smaller_requested)
        self.larger_button.clicked.connect(self.larger_requested)
        self.contrast_button.clicked.connect(self.contrast_requested)

        brand: list[QWidget] = []
        if content is not None:
            brand_texts = ((content.clinic_name, "ClinicName"), (content.clinic_location, "ClinicLocation"))
            for text, name in brand_texts:
                label = QLabel(text)
                label.setObjectName(name)
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                brand.append(label)
        tools: list[QWidget] = [self.listen_slot, self.text_button, *self.language_buttons] if content else []
        self.top_bar = ControlBar("TopBar", [], tools, metrics.bar_spacing, metrics.bar_spacing, brand)

        self.stack = PageStack()
        # Pages are built when first shown: a new text size or language then costs one page.
        self._builders: dict[str, Callable[[], Page]] = {}
        self.pages = _Pages(self._build)
        self._shown: Page | None = None  # the page on screen
        if content is None:
            self._builders[UPDATING] = UpdatingView
        else:
            self._builders[DISCLAIMER] = partial(self._disclaimer, content, look)
            self._builders[HOME] = partial(self._home, content, look)
            # Looked up once, not per section (a Qt object's attributes are slow to look up, and
            # a library has thousands of sections).
            builders, build_section = self._builders, self._section
            for section in content.sections:
                builders[section.id] = partial(build_section, section, content, look)
            self._builders[TAKE_HOME] = partial(self._take_home, content, look)
            if content.glossary:
                self._builders[GLOSSARY] = partial(GlossaryView, content.glossary, look,
                                                   content.glossary_review, content.language)

        self.back_button = button("‹  " + tr("Back"), "nav", "Back", tr("Returns to the previous page"))
        self.home_button = button(tr("Home"), "nav", "Home", tr("Returns to the list of topics"))
        self.disclaimer_button = button(
            tr("Medical disclaimer"), "nav", "DisclaimerButton", tr("Shows the medical disclaimer again")
        )
        self.take_home_button = button("", "nav", "TakeHome", tr("Shows the studies you saved, to take home"))
        self.take_home_button.clicked.connect(self.take_home_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.home_button.clicked.connect(self.home_requested)
        self.disclaimer_button.clicked.connect(self.disclaimer_requested)
        fit_translated(self.back_button, "Back", metrics, prefix="‹  ")
        fit_translated(self.home_button, "Home", metrics)
        fit_translated(self.disclaimer_button, "Medical disclaimer", metrics)
        # Room for the count at its largest: every study and reference saved.
        sections = content.sections if content else ()
        savable = {r.id for s in sections for r in (*s.references, *(st.reference for st in s.studies))}
        fit_translated(self.take_home_button, "Take this with me (%1)", metrics, fill=str(len(savable)))
        self.nav_bar = ControlBar(
            "NavBar", [self.back_button, self.home_button], [self.take_home_button, self.disclaimer_button],
            metrics.bar_spacing, metrics.bar_spacing,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.nav_bar)

        self.popup = GlossaryPopup(self, look, can_listen)
        self.popup.listen_requested.connect(self.speak_requested)
        self.overlay = IdleOverlay(self, look)
        self.set_speaking(False)
        # A method of the screen: Qt drops the connection when a new screen replaces this one.
        self.saved.changed.connect(self._count_saved)
        self._count_saved(self.saved.references)
        # While nobody uses the kiosk, the pages not shown yet are built one at a time.
        self.build_ahead = BuildAhead(self, self.unbuilt, self.pages, self.prepare, enabled=build_ahead)
        self.show_page(UPDATING if content is None else DISCLAIMER, acknowledged=False, can_go_back=False)

    def unbuilt(self) -> list[str]:
        """The pages not built yet, in the order a patient meets them."""
        return [key for key in self._builders if key not in self.pages]

    def prepare(self, key: str) -> None:
        """Build page `key` and lay it out at the stack's size, hidden: its first show is then quick."""
        page = self.pages[key]
        page.ensurePolished()  # the stylesheet's fonts and sizes, for the page and its children
        page.resize(self.stack.size())
        layout = page.layout()
        if layout is not None:
            layout.activate()
        # Painting it once, off screen, lays out and shapes its text: its first real paint then
        # costs half. Into one pixel: a full-size picture would stay in the heap (8 MB).
        page.render(QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied), QPoint(), QRegion(page.rect()))

    def enable_touch_scrolling(self) -> None:
        """Let a finger drag the pages, from now on (see `touch_later`)."""
        self._touch_later = False
        for page in self.pages.values():
            for area in page.findChildren(QAbstractScrollArea):
                enable_kinetic_scrolling(area)

    def _build(self, key: str) -> Page:
        page = self._builders[key]()
        self.stack.addWidget(page)
        if not self._touch_later:
            for area in page.findChildren(QAbstractScrollArea):
                enable_kinetic_scrolling(area)
        for label in page.findChildren(QLabel):
            label.linkActivated.connect(self._explain)
        return page

    def _section(self, section: Section, content: Content, look: Look) -> SectionView:
        return SectionView(section, content, look, self.saved)

    def _take_home(self, content: Content, look: Look) -> TakeHomeView:
        return TakeHomeView(content, look, self.saved.references)

    def _count_saved(self, saved: tuple[str, ...]) -> None:
        """The saved list changed: the Take this with me button shows how many are saved."""
        self.take_home_button.setText(tr("Take this with me (%1)").replace("%1", str(len(saved))))
        self.take_home_button.setAccessibleName(tr("Take this with me"))
        self.take_home_button.setVisible(bool(saved))  # in its place, kept blank till then

    def _disclaimer(self, content: Content, look: Look) -> DisclaimerView:
        page = DisclaimerView(content, look)
        page.acknowledged.connect(self.acknowledged)
        return page

    def _home(self, content: Content, look: Look) -> HomeView:
        page = HomeView(content, look)
        page.section_chosen.connect(self.section_chosen)
        return page

    def _explain(self, link: str) -> None:
        """A glossary word in the text was touched: show what it means."""
        term_id = link.removeprefix(GLOSSARY_LINK)
        for term in self.content.glossary if self.content else ():
            if term.id == term_id:
                self.popup.explain(term)

    @property
    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return next(key for key, page in self.pages.items() if page is current)

    def spoken_text(self) -> str:
        """What "Listen" reads on the current page ("" where there is nothing to read)."""
        return self._shown.spoken_text() if self._shown is not None else ""

    def show_page(self, key: str, acknowledged: bool, can_go_back: bool) -> None:
        """Show page `key`; the navigation bar appears once the disclaimer is accepted."""
        if key == TAKE_HOME and key in self.pages:  # it lists what is saved now: build it afresh
            old = self.pages.pop(key)
            self.stack.removeWidget(old)
            old.deleteLater()
        self._shown = self.pages[key]
        self.stack.setCurrentWidget(self._shown)
        self.popup.hide()
        self.nav_bar.setVisible(acknowledged and key != UPDATING)
        self.take_home_button.setEnabled(key != TAKE_HOME)
        self.back_button.setEnabled(can_go_back)
        self.home_button.setEnabled(key != HOME)
        self.disclaimer_button.setEnabled(key != DISCLAIMER)
        self._update_speech_controls()
        # A screen reader finds the page's texts named and described as the keypad reads them,
        # before any key is pressed.
        stops = stops_in(self._shown)
        name_in_tree(stops, paragraphs(stops))

    def set_speaking(self, speaking: bool) -> None:
        self._speaking = speaking
        self._update_speech_controls()

    def set_can_listen(self, can_listen: bool) -> None:
        """The voice came or went: show or hide "Listen" here and in the word popup."""
        self.can_listen = can_listen
        self.popup.listen.setVisible(can_listen)
        self._update_speech_controls()

    def _update_speech_controls(self) -> None:
        readable = self.can_listen and bool(self.spoken_text())
        self.listen_button.setVisible(readable and not self._speaking)
        self.stop_button.setVisible(self.can_listen and self._speaking)

    def reset_view(self) -> None:
        """Close the warning and the popup, and scroll every page back to its top."""
        self.overlay.hide()
        self.popup.hide()
        self.sheet.hide()
        for page in self.pages.values():
            page.scroll_to_top()

    def reading_place(self) -> ReadingPlace | None:
        """The paragraph at the top of the current page (None at its top, or if it does not scroll)."""
        area = self._shown.reading_area() if self._shown is not None else None
        return reading_place(area) if area is not None else None

    def go_to_place(self, place: ReadingPlace | None) -> None:
        """Show `place` (from `reading_place`, perhaps of another screen) at the top of the current page.

        None, or a place this page does not have, shows the page from its top.
        """
        area = self._shown.reading_area() if self._shown is not None else None
        if area is not None:
            go_to_place(area, place)

    def resizeEvent(self, event: QResizeEvent) -> None:
        for overlay in (self.overlay, self.popup, self.sheet):
            overlay.setGeometry(self.rect())
        super().resizeEvent(event)
