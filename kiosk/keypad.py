"""Using the kiosk without seeing it: a keyboard or an EZ Access-style keypad, and speech.

Arrow keys (and Tab, Shift+Tab) move a visible, spoken focus through every control and block
of text in reading order; Enter, Return or Space activates; Backspace (or a Back key) goes
back; F1, ? (or a Help key) says where you are and what the keys do. Any key answers the
"Still there?" warning. The first key of a session says a short welcome first.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

from kiosk.focus_stops import (
    Stop,
    describe,
    describe_in_tree,
    name_in_tree,
    paragraphs,
    stops_in,
    word_in_tree,
)
from kiosk.speech import Narrator
from kiosk.views.columns import scroll_area_of
from kiosk.views.focus_ring import FocusRing, ring_area
from kiosk.views.overlay import Overlay
from kiosk.views.screen import KioskScreen
from kiosk.views.translate import tr

_NEXT = frozenset({Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Tab})
_PREVIOUS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Backtab})
_ACTIVATE = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select})
_BACK = frozenset({Qt.Key.Key_Backspace, Qt.Key.Key_Back})
_HELP = frozenset({Qt.Key.Key_F1, Qt.Key.Key_Help, Qt.Key.Key_Question})
_KEYS = _NEXT | _PREVIOUS | _ACTIVATE | _BACK | _HELP
# Shift is part of ? and of Shift+Tab; a keypad's keys carry the keypad flag. A key with Ctrl,
# Alt or Meta is never the keypad's: it goes on to the lockdown, which refuses it.
_PLAIN = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
_KEY_EVENTS = frozenset({int(QEvent.Type.KeyPress), int(QEvent.Type.KeyRelease)})


def instructions() -> str:
    """What the keys do, in the patient's language."""
    return tr("Use the arrow keys to move, Enter to choose, Backspace to go back, "
              "and the question mark key for help.")


class Keypad(QObject):
    """An application event filter that moves, shows and speaks the keypad's focus.

    It must be installed after the lockdown's filter (so that it sees a key first) and before
    the idle monitor's (which must see every key as activity). `screen` gives the screen now
    shown (a new one is built at each text size, contrast or language), `language` the
    language to speak in; with no `narrator` the focus still moves and shows.
    """

    def __init__(self, screen: Callable[[], KioskScreen | None], narrator: Narrator | None,
                 language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._screen = screen
        self._narrator = narrator
        self._language = language
        self._stop: Stop | None = None
        self._context: tuple[QWidget, ...] = ()
        self._ring: FocusRing | None = None
        # The paragraph whose description says the glossary word the focus is on, and its own.
        self._worded: tuple[QLabel, str] | None = None
        self.welcomed = False
        self.spoken = ""  # the last sentence said (kept for tests and a silent kiosk alike)

    @property
    def focused(self) -> Stop | None:
        """Where the focus is, or None (before the first key, or once its page has gone)."""
        stop = self._stop
        if stop is None or not shiboken6.isValid(stop.widget) or not stop.widget.isVisible():
            return None
        return stop

    @property
    def ring(self) -> FocusRing | None:
        ring = self._ring
        return ring if ring is not None and shiboken6.isValid(ring) else None

    def new_session(self) -> None:
        """The kiosk started over for the next patient: no focus, and a welcome at the first key."""
        self.welcomed = False
        self._stop = None
        self._context = ()
        self._word_in_tree(None)
        if self.ring is not None:
            self.ring.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if int(event.type()) not in _KEY_EVENTS:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~_PLAIN:
            return False
        screen = self._screen()
        if screen is None or screen.content is None or not screen.isVisible():
            return False
        if screen.overlay.isVisible():  # "Still there?": any key answers it
            if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
                screen.overlay.button.click()
                self._say(tr("Welcome back.") + " " + self._where_focus(screen))
            return True
        if any(isinstance(o, Overlay) and o.isVisible() and o.parentWidget() is not screen
               for o in screen.window().findChildren(Overlay)):
            return False  # the staff screens: not for the keypad
        key = event.key()
        if key not in _KEYS:
            return False
        if event.type() == QEvent.Type.KeyPress:
            self._press(screen, Qt.Key(key))
        return True

    def _press(self, screen: KioskScreen, key: Qt.Key) -> None:
        if not self.welcomed:
            self.welcomed = True
            stops = self._stops(screen)
            self._focus(screen, stops[0] if stops else None)
            self._say(tr("Welcome. This kiosk can speak.") + " " + instructions() + " "
                      + self._where_focus(screen))
            return
        if key in _NEXT:
            self._move(screen, 1)
        elif key in _PREVIOUS:
            self._move(screen, -1)
        elif key in _ACTIVATE:
            self._activate(screen)
        elif key in _BACK:
            self._back(screen)
        else:
            self._say(self._where_focus(screen) + " " + instructions())

    def _regions(self, screen: KioskScreen) -> list[QWidget]:
        """What the focus moves through now: an open card alone, else the bars and the page."""
        for overlay in (screen.popup, screen.sheet):
            if overlay.isVisible():
                return [overlay.card]
        page = screen.stack.currentWidget()
        if page is None:
            return [screen.top_bar, screen.nav_bar]
        return [screen.top_bar, page, screen.nav_bar]

    def _stops(self, screen: KioskScreen) -> list[Stop]:
        regions = self._regions(screen)
        self._context = (screen, *regions)
        # The page first: a new page or card is met at its top, its heading.
        main = regions[1] if len(regions) > 1 else regions[0]
        ordered = [r for r in regions if r is main] + [r for r in regions if r is not main]
        bars = (screen.top_bar, screen.nav_bar)
        stops = [stop for region in ordered for stop in stops_in(region, row=region in bars)]
        name_in_tree(stops, self._numbered(screen, stops), self._worded[0] if self._worded else None)
        return stops

    @staticmethod
    def _numbered(screen: KioskScreen, stops: list[Stop]) -> list[QWidget]:
        """The paragraphs numbered on the page (or card): the clinic's place in the bar is not one."""
        bars = (screen.top_bar, screen.nav_bar)
        return [w for w in paragraphs(stops) if not any(bar.isAncestorOf(w) for bar in bars)]

    def _move(self, screen: KioskScreen, step: int) -> None:
        stops = self._stops(screen)
        if not stops:
            return
        current = self.focused
        index = stops.index(current) + step if current in stops else (0 if step > 0 else -1)
        self._focus(screen, stops[index % len(stops)], stops)

    def _focus(self, screen: KioskScreen, stop: Stop | None, stops: list[Stop] | None = None) -> None:
        self._stop = stop
        if stop is None:
            self._word_in_tree(None)
            return
        widget = stop.widget
        widget.setFocus(Qt.FocusReason.TabFocusReason)  # and Orca follows it
        # After the focus has moved: Orca speaks a new description of the focused object only.
        self._word_in_tree(stop)
        area = scroll_area_of(widget)
        if area is not None:
            _show_in(area, stop)
        if self.ring is None:
            self._ring = FocusRing()
        assert self._ring is not None
        self._ring.ring(widget, stop.link)
        self._say(self._sentence(screen, stop, stops))

    def _word_in_tree(self, stop: Stop | None) -> None:
        """Orca follows the focus, but the focus stays on a paragraph as the keys move through
        its glossary words: on a word, the paragraph's description says the word (and Orca
        speaks it); once the focus has left the word, the paragraph has its own description back.
        """
        word = stop.widget if stop is not None and stop.link and isinstance(stop.widget, QLabel) else None
        worded = self._worded
        if worded is not None and worded[0] is not word:
            self._worded = None
            if shiboken6.isValid(worded[0]):
                describe_in_tree(worded[0], worded[1])
        if word is not None and stop is not None:
            if self._worded is None:
                self._worded = (word, word.accessibleDescription())
            word_in_tree(stop)

    def _sentence(self, screen: KioskScreen, stop: Stop, stops: list[Stop] | None = None) -> str:
        text = self._numbered(screen, stops if stops is not None else self._stops(screen))
        numbered = (text.index(stop.widget) + 1, len(text)) if stop.widget in text and not stop.link else None
        return describe(stop, numbered)

    def _where_focus(self, screen: KioskScreen) -> str:
        stop = self.focused
        return self._sentence(screen, stop) if stop is not None else ""

    def _activate(self, screen: KioskScreen) -> None:
        stop = self.focused
        if stop is None:
            self._move(screen, 1)
            return
        before = self._context
        widget = stop.widget
        if stop.link and isinstance(widget, QLabel):
            widget.linkActivated.emit(stop.link)  # as a touch on the word does
        elif isinstance(widget, QAbstractButton) and widget.isEnabled():
            widget.click()
        screen = self._screen() or screen
        self._after_change(screen, before)

    def _back(self, screen: KioskScreen) -> None:
        before = self._context
        if screen.popup.isVisible():
            screen.popup.close_button.click()
        elif screen.sheet.isVisible():
            screen.sheet.close_button.click()
        elif screen.back_button.isVisible() and screen.back_button.isEnabled():
            screen.back_button.click()
        else:
            self._say(tr("There is no page to go back to.") + " " + self._where_focus(screen))
            return
        self._after_change(self._screen() or screen, before)

    def _after_change(self, screen: KioskScreen, before: tuple[QWidget, ...]) -> None:
        """After a key did something: on a new page or card, the focus goes to its top; else the
        control says its new state (Save reads Saved)."""
        stops = self._stops(screen)
        current = self.focused
        if self._context != before or current not in stops:
            self._focus(screen, stops[0] if stops else None, stops)
        else:
            assert current is not None
            self._focus(screen, current, stops)

    def _say(self, text: str) -> None:
        """Say `text`, cutting off whatever was being said: the newest focus is what matters."""
        self.spoken = text
        if self._narrator is not None and text:
            self._narrator.say(text, self._language())


def _show_in(area: QScrollArea, stop: Stop) -> None:
    """Scroll `area` so that the stop, and its ring, are in view: a glossary word itself, as
    its paragraph may be taller than the screen."""
    widget, content = stop.widget, area.widget()
    if not stop.link or content is None or not content.isAncestorOf(widget):
        area.ensureWidgetVisible(widget, 0, 24)
        return
    word = ring_area(widget, stop.link)
    centre = widget.mapTo(content, word.center())
    area.ensureVisible(centre.x(), centre.y(), word.width() // 2, word.height() // 2 + 24)
