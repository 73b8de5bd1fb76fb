"""The audio guide by touch (explore by touch): a patient who cannot see the screen hears it.

Off, it only watches for the gesture that starts it: a finger held still anywhere for three
seconds, or a two-finger double tap; every touch still reaches the screen as before. On, it
keeps every touch from the screen: a finger moving over the screen hears what is under it,
a double tap anywhere presses what was heard last (or opens the underlined word heard last,
and reads its explanation), two fingers dragged up or down scroll the
page, two fingers swiped right or left make the voice faster or slower, three fingers swiped
up or down louder or quieter. The same gestures, or any reset of the kiosk, turn it off again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent, QWindow
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from kiosk.focus_stops import Stop, describe, glossary_words
from kiosk.qr import QrCode
from kiosk.speech import Narrator
from kiosk.views.glossary import GlossaryPopup
from kiosk.views.markdown import GLOSSARY_LINK
from kiosk.views.window import KioskWindow

HOLD_MS = 3000  # what the tactile sign by the screen promises
SWIPE_PX = 80  # fingers moved at least this far swiped
RATE_STEP = 0.25  # of Qt's rate, -1 (slowest) to 1 (fastest)
VOLUME_STEP = 0.2
VOLUME_START = 0.8  # assumed of a voice at its own volume, to step from
QUIETEST = 0.2  # never so quiet that the patient thinks the guide has stopped
DOUBLE_TAP_MS = 450
TAP_MS = 350  # longer than this, a touch is not a tap
SLOP_PX = 24  # a finger that moved less than this stayed where it was

# Checked first, as plain ints: this filter sees every event of the application.
_TOUCH = frozenset(int(k) for k in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
                                    QEvent.Type.TouchEnd, QEvent.Type.TouchCancel))
_MOUSE = frozenset(int(k) for k in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                                    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick))
_WATCHED = _TOUCH | _MOUSE


@dataclass(frozen=True)
class Words:
    """What the guide says of itself in one language: both are said, whatever the page's."""

    on: str
    off: str


# Not through the translator: that holds the page's language only, and these are said in both.
CONFIRMATIONS = (
    ("en", Words(on="Audio guide on. Touch to hear, tap twice to press.", off="Audio guide off.")),
    ("es", Words(on="Guía de audio activada. Toque para oír, dos toques para pulsar.",
                 off="Guía de audio desactivada.")),
)


@dataclass(frozen=True)
class VoiceWords:
    """What the guide says when the patient changes its voice, in the page's language."""

    faster: str
    slower: str
    louder: str
    quieter: str


VOICE_WORDS = {
    "en": VoiceWords(faster="Faster.", slower="Slower.", louder="Louder.", quieter="Quieter."),
    "es": VoiceWords(faster="Más rápido.", slower="Más lento.", louder="Más alto.", quieter="Más bajo."),
}


def voice_words(language: str) -> VoiceWords:
    return VOICE_WORDS.get(language, VOICE_WORDS["en"])


# An underlined (glossary) word under the finger, in the page's language; %1 is the word.
# The keypad's sentence says "Press Enter": by touch it is a double tap.
WORD_HINTS = {
    "en": "%1, glossary word. Tap twice for its meaning.",
    "es": "%1, palabra del glosario. Toque dos veces para saber qué significa.",
}


def link_at(label: QLabel, point: QPoint) -> str:
    """The glossary link under `point` (label coordinates), or "".

    Asked of the label itself, as a mouse hovering there: only it knows where its text is
    laid out (padding, alignment, wrapping), and QLabel has no public hit test.
    """
    if label.textFormat() == Qt.TextFormat.PlainText or GLOSSARY_LINK not in label.text():
        return ""
    found: list[str] = []

    def hovered(link: str) -> None:
        found.append(link)

    def hover(at: QPointF) -> None:
        QApplication.sendEvent(label, QMouseEvent(
            QEvent.Type.MouseMove, at, label.mapToGlobal(at), Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))

    label.linkHovered.connect(hovered)
    off = QPointF(-1, -1)  # off the text before and after: the label reports only changes
    hover(off)
    hover(QPointF(point))
    link = found[-1] if found else ""
    hover(off)
    label.linkHovered.disconnect(hovered)
    return link if link.startswith(GLOSSARY_LINK) else ""


def target_at(window: QWidget, point: QPointF) -> QWidget | None:
    """What a finger at `point` (window coordinates) is on: a control, a QR code or some text."""
    widget = window.childAt(point.toPoint())
    found = widget
    while found is not None and found is not window:
        if isinstance(found, QAbstractButton | QrCode):
            return found
        found = found.parentWidget()
    if isinstance(widget, QLabel) and widget.text().strip():
        return widget
    return None


@dataclass
class _Touch:
    """One touch from first finger down to last finger up."""

    start: QPointF
    started: float
    fingers: int
    moved: bool = False
    second_tap: bool = False  # may be the second tap of a double tap
    scrolled_to: float = 0.0
    last: QPointF | None = None  # where the fingers (their centre) were last


class TouchGuide(QObject):
    """An application event filter: the audio guide by touch, and the gesture that starts it.

    `language()` is the page's language; `clock()` gives seconds (monotonic), for taps;
    `hold_ms` is how long a finger is held to start or stop the guide (tests shorten it).
    It looks at touches as they reach the window, before any widget: when it is on, it
    takes them all, so no widget is pressed by exploring.
    """

    active_changed = Signal(bool)
    spoke = Signal(str, str)  # text, language: each thing it says

    def __init__(self, window: KioskWindow, narrator: Narrator, language: Callable[[], str],
                 parent: QObject, *, hold_ms: int = HOLD_MS, double_tap_ms: int = DOUBLE_TAP_MS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._window = window
        self._narrator = narrator
        self._language = language
        self._clock = clock
        self.active = False
        self.current: QWidget | None = None  # what was said last: a double tap presses it
        self.current_link = ""  # the glossary word in `current` that was said last, if one was
        self._touch: _Touch | None = None
        self._last_tap = -1.0  # when the last one-finger tap ended
        self._last_two_finger_tap = -1.0
        self._queue: list[tuple[str, str]] = []
        self._hold_rest = True
        self._saying = False
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(hold_ms)
        self._hold.timeout.connect(self._held)
        # A touch that may be the first tap of a double tap is said only once it is not: the
        # double tap presses what was said before it, not what is under it.
        self._explore_later = QTimer(self)
        self._explore_later.setSingleShot(True)
        self._explore_later.setInterval(double_tap_ms)
        self._explore_later.timeout.connect(self._explore_pending)
        self._pending = QPointF()
        narrator.finished.connect(self._said)

    @property
    def hold_ms(self) -> int:
        return self._hold.interval()

    @hold_ms.setter
    def hold_ms(self, value: int) -> None:
        self._hold.setInterval(value)

    @property
    def double_tap_ms(self) -> int:
        """How soon a second tap must follow to make a double tap (tests shorten it)."""
        return self._explore_later.interval()

    @double_tap_ms.setter
    def double_tap_ms(self, value: int) -> None:
        self._explore_later.setInterval(value)

    def turn_on(self) -> None:
        if not self.active:
            self._set_active(True)

    def turn_off(self) -> None:
        """Stop the guide, saying so (every reset of the kiosk calls this too)."""
        self._hold.stop()
        self._explore_later.stop()
        self._touch = None
        if self.active:
            self._set_active(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = int(event.type())
        # Touches are seen as they reach the window, before Qt hands them to a widget.
        if kind not in _WATCHED or not isinstance(watched, QWindow):
            return False
        if kind in _TOUCH:
            assert isinstance(event, QTouchEvent)
            self._touched(event)
        elif self.active:
            assert isinstance(event, QMouseEvent)
            if event.source() == Qt.MouseEventSource.MouseEventSynthesizedByQt:
                return True  # from a touch this guide has already taken
            # A touch screen that reports itself as a mouse: one finger.
            self._moused(event)
        if self.active:
            event.accept()  # taken: Qt does not make a mouse press of it either
            return True
        return False

    # What fingers do.
    def _touched(self, event: QTouchEvent) -> None:
        points = [p for p in event.points() if p.state() != p.State.Released] or list(event.points())
        if not points:
            return
        centre = QPointF(sum(p.position().x() for p in points) / len(points),
                         sum(p.position().y() for p in points) / len(points))
        kind = event.type()
        if kind == QEvent.Type.TouchBegin:
            self._begin(centre, len(points))
        elif kind == QEvent.Type.TouchUpdate:
            self._update(centre, len(points))
        elif kind == QEvent.Type.TouchEnd:
            self._end()
        else:  # cancelled
            self._hold.stop()
            self._explore_later.stop()
            self._touch = None

    def _moused(self, event: QMouseEvent) -> None:
        kind = event.type()
        point = event.position()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._begin(point, 1)
        elif kind == QEvent.Type.MouseMove and event.buttons():
            self._update(point, 1)
        elif kind == QEvent.Type.MouseButtonRelease:
            self._end()

    def _begin(self, point: QPointF, fingers: int) -> None:
        now = self._clock()
        touch = _Touch(point, now, fingers, scrolled_to=point.y())
        touch.second_tap = now - self._last_tap < self.double_tap_ms / 1000
        self._touch = touch
        if fingers == 1:
            self._hold.start()
            if self.active and not touch.second_tap:
                self._pending = point
                self._explore_later.start()
        else:
            self._hold.stop()

    def _update(self, point: QPointF, fingers: int) -> None:
        touch = self._touch
        if touch is None:
            return
        if fingers > touch.fingers:
            # Another finger came down: the gesture is measured from here.
            touch.fingers = fingers
            touch.start = point
            touch.scrolled_to = point.y()
            self._hold.stop()
        touch.last = point
        distance = (point - touch.start).manhattanLength()
        if distance > SLOP_PX:
            touch.moved = True
            touch.second_tap = False
            self._hold.stop()
        if not self.active:
            return
        if touch.fingers == 2:
            self._explore_later.stop()
            self._scroll(touch, point)
        elif touch.fingers == 1 and touch.moved:
            self._explore_later.stop()
            self._explore(point)

    def _end(self) -> None:
        self._hold.stop()
        touch, self._touch = self._touch, None
        if touch is None:
            return
        now = self._clock()
        tap = not touch.moved and now - touch.started < TAP_MS / 1000
        if touch.fingers >= 2:
            if tap and touch.fingers == 2:
                if now - self._last_two_finger_tap < self.double_tap_ms / 1000:
                    self._last_two_finger_tap = -1.0
                    self._toggle()
                else:
                    self._last_two_finger_tap = now
            elif self.active and touch.last is not None:
                self._swiped(touch.fingers, touch.last - touch.start)
            return
        if not tap:
            self._last_tap = -1.0
            return
        if self.active and touch.second_tap:
            self._last_tap = -1.0
            self._explore_later.stop()
            self._activate()
        else:
            self._last_tap = now

    def _swiped(self, fingers: int, move: QPointF) -> None:
        """Two fingers swiped sideways: faster (right) or slower (left); three fingers swiped
        up or down: louder or quieter. Said at once, at the new rate and volume."""
        narrator, sideways = self._narrator, abs(move.x()) > abs(move.y())
        if fingers == 2 and sideways and abs(move.x()) >= SWIPE_PX:
            step = RATE_STEP if move.x() > 0 else -RATE_STEP
            narrator.rate = min(1.0, max(-1.0, narrator.rate + step))
            choice = "faster" if step > 0 else "slower"
        elif fingers == 3 and not sideways and abs(move.y()) >= SWIPE_PX:
            step = VOLUME_STEP if move.y() < 0 else -VOLUME_STEP
            volume = VOLUME_START if narrator.volume is None else narrator.volume
            narrator.volume = min(1.0, max(QUIETEST, volume + step))
            choice = "louder" if step > 0 else "quieter"
        else:
            return
        language = self._language()
        self._say([(getattr(voice_words(language), choice), language)])

    def _held(self) -> None:
        """A finger stayed still for `hold_ms`: the guide goes on, or off."""
        touch = self._touch
        if touch is None or touch.fingers != 1 or touch.moved:
            return
        if not self.active:
            # The touch reached the screen while the guide was off: what the finger pressed
            # must not be pressed when it lifts.
            for button in self._window.findChildren(QAbstractButton):
                if button.isDown():
                    button.setDown(False)
        touch.moved = True  # not a tap, whatever follows
        self._toggle()

    def _toggle(self) -> None:
        if self.active:
            self.turn_off()
        else:
            self.turn_on()

    def _set_active(self, active: bool) -> None:
        self.active = active
        self.current, self.current_link = None, ""
        if active:
            self._say([(said.on, code) for code, said in CONFIRMATIONS])
        else:
            # Not held: the reset that turned it off has armed the kiosk for the next patient.
            self._say([(said.off, code) for code, said in CONFIRMATIONS], hold_idle=False)
        self.active_changed.emit(active)

    # What the guide does.
    def _explore_pending(self) -> None:
        """No second tap came: the touch was a single one, and the next tap starts afresh."""
        self._last_tap = -1.0
        if self.active:
            self._explore(self._pending)

    def _explore(self, point: QPointF) -> None:
        target = target_at(self._window, point)
        if target is None:
            return
        link = ""
        if isinstance(target, QLabel):
            link = link_at(target, target.mapFrom(self._window, point.toPoint()))
        if (target, link) == (self.current, self.current_link):
            return
        self.current, self.current_link = target, link
        language = self._language()
        if link and isinstance(target, QLabel):
            word = next((w for href, w in glossary_words(target) if href == link), "")
            hint = WORD_HINTS.get(language, WORD_HINTS["en"])
            self._say([(hint.replace("%1", word), language)])
            return
        # The keypad's sentence for it (kiosk.focus_stops): the same words by key and by touch.
        self._say([(describe(Stop(target)), language)])

    def _activate(self) -> None:
        target = self.current
        if isinstance(target, QLabel) and self.current_link and shiboken6.isValid(target):
            self._open_word(target, self.current_link)
            return
        # It may have gone with its page (a language change builds the screen anew).
        if not isinstance(target, QAbstractButton) or not shiboken6.isValid(target):
            return
        if not target.isVisible() or not target.isEnabled():
            return
        self.current = None
        target.click()

    def _open_word(self, label: QLabel, link: str) -> None:
        """Open a glossary word's explanation, as a touch on it does, and say it."""
        self.current, self.current_link = None, ""
        label.linkActivated.emit(link)
        for popup in self._window.findChildren(GlossaryPopup):
            if popup.isVisible():
                self._say([(popup.spoken_text(), self._language())])

    def _scroll(self, touch: _Touch, point: QPointF) -> None:
        """Two fingers dragged: the page under where they started follows them, as one would."""
        area = self._scroll_area_at(touch.start)
        if area is None:
            return
        bar = area.verticalScrollBar()
        bar.setValue(bar.value() - round(point.y() - touch.scrolled_to))
        touch.scrolled_to = point.y()

    def _scroll_area_at(self, point: QPointF) -> QAbstractScrollArea | None:
        widget = self._window.childAt(point.toPoint())
        while widget is not None and not isinstance(widget, QAbstractScrollArea):
            widget = widget.parentWidget()
        return widget

    # Speech: one thing after another, each new one cutting off what was being said.
    def _say(self, texts: list[tuple[str, str]], hold_idle: bool = True) -> None:
        if not texts:
            return
        (text, language), *rest = texts
        self._queue = []
        # Saying stops what was being said, and a voice may report that as an end: not ours.
        self._saying = True
        try:
            self._narrator.say(text, language, hold_idle=hold_idle)
        finally:
            self._saying = False
        self._queue = rest
        self._hold_rest = hold_idle
        self.spoke.emit(text, language)

    def _said(self) -> None:
        """The voice finished a text: say the next one waiting (the confirmation's Spanish)."""
        if self._queue and not self._saying:
            self._say(self._queue, self._hold_rest)
