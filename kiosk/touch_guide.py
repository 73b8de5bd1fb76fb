"""The audio guide by touch (explore by touch): a patient who cannot see the screen hears it.

Off, it only watches for the gesture that starts it: a finger held still anywhere for three
seconds, or a two-finger double tap; a touch of one finger still reaches the screen as before,
one of two fingers presses nothing. On, it keeps every touch from the screen (but those on the
staff's hidden corner, which the corner counts and the guide ignores): a finger moving over
the screen hears what is under it, a double tap anywhere presses what was heard last (or opens
the underlined word heard last, and reads its explanation), two fingers dragged up or down
scroll the page (the last thing shown of a page that goes on says so), two fingers swiped
right or left make the voice faster or slower, three fingers swiped up or down louder or
quieter. The same gestures, or any reset of the kiosk, turn it off again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

import shiboken6
from PySide6.QtCore import QT_TR_NOOP, QEvent, QObject, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent, QWindow
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from kiosk.cancel_press import cancel_press
from kiosk.focus_stops import Stop, describe, glossary_words
from kiosk.more_below import more_below
from kiosk.qr import QrCode
from kiosk.speech import Narrator
from kiosk.translations import in_language
from kiosk.views.glossary import GlossaryPopup
from kiosk.views.markdown import GLOSSARY_LINK
from kiosk.views.translate import tr
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
_TOUCH_BEGIN = int(QEvent.Type.TouchBegin)
_PRESSES = frozenset(int(k) for k in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick))


# The guide saying it is on or off: said in each of these languages in turn, whatever the
# page's, each through its own translation (kiosk.translations.in_language). The guide's other
# words are in the page's language, through tr() like every control's.
# QT_TR_NOOP marks them for pyside6-lupdate and returns them as they are (typed `object`).
CONFIRMED_IN = ("en", "es")
GUIDE_ON = cast(str, QT_TR_NOOP("Audio guide on. Touch to hear, tap twice to press."))
GUIDE_OFF = cast(str, QT_TR_NOOP("Audio guide off."))


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
    at = point.toPoint()
    widget = window.childAt(at)
    # A QR code lets touches through, so that a finger on it scrolls its page, and childAt
    # passes over it for the widget it is on: it is looked for among that one's children.
    codes = widget.findChildren(QrCode, options=Qt.FindChildOption.FindDirectChildrenOnly) if widget else []
    for code in codes:
        if code.isVisible() and code.rect().contains(code.mapFrom(window, at)):
            return code
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
    takes them all (but the staff corner's), so no widget is pressed by exploring.
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
        self.tap_ms = TAP_MS  # a touch longer than this is not a tap (tests on a busy machine lengthen it)
        self._touch: _Touch | None = None
        self._last_tap = -1.0  # when the last one-finger tap ended
        self._last_two_finger_tap = -1.0
        # Whose the touch under way is, besides the guide's (each is set when a touch begins):
        self._kept = False  # two fingers or more, the guide off: Qt's mouse events of it are kept
        self._for_staff = False  # on the staff corner, the guide on: it is the corner's alone
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
        self.stop()
        if self.active:
            self._set_active(False)

    def stop(self) -> None:
        """At shutdown: its timers stopped, and nothing said (the voice is going too)."""
        self._hold.stop()
        self._explore_later.stop()
        self._touch = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = int(event.type())
        # Touches are seen as they reach the window, before Qt hands them to a widget.
        if kind not in _WATCHED or not isinstance(watched, QWindow):
            return False
        if kind in _TOUCH:
            assert isinstance(event, QTouchEvent)
            if kind == _TOUCH_BEGIN:
                self._new_touch(event.points()[0].position())
            if self._for_staff:
                return False  # the corner counts it; the guide neither says nor presses anything
            self._touched(event)
            if self.active:
                event.accept()  # taken: Qt does not make a mouse press of it either
                return True
            return False
        if not (self.active or self._kept or kind in _PRESSES):
            return False  # off, the screen has every mouse event, as without the guide
        assert isinstance(event, QMouseEvent)
        if event.source() == Qt.MouseEventSource.MouseEventSynthesizedByQt:
            # Made by Qt of a touch: one the guide has taken, or one of two fingers (no press).
            return (self.active or self._kept) and not self._for_staff
        # A touch screen that reports itself as a mouse: one finger.
        if kind in _PRESSES:
            self._new_touch(event.position())
        if not self.active or self._for_staff:
            return False
        self._moused(event)
        event.accept()
        return True

    def _new_touch(self, point: QPointF) -> None:
        """A finger came down on an untouched screen at `point`: is the touch the staff's?"""
        self._kept = False
        # Staff's way in must answer with the guide on; for a patient it is silent and presses
        # nothing. Asked of the window, so that only where the corner is on top (no PIN pad over it).
        self._for_staff = self.active and self._window.childAt(point.toPoint()) is self._window.staff_corner

    # What fingers do.
    def _touched(self, event: QTouchEvent) -> None:
        points = [p for p in event.points() if p.state() != p.State.Released] or list(event.points())
        if not points:
            return
        if len(points) > 1 and not self.active and not self._kept:
            # Two fingers are the guide's gesture, never a press: what they are on stays as it is.
            self._kept = True
            if event.type() != QEvent.Type.TouchBegin:
                cancel_press(self._window)  # a finger came down first, alone, and pressed
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
        tap = not touch.moved and now - touch.started < self.tap_ms / 1000
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
        if self.active and self._answer_warning():
            return
        if self.active and touch.second_tap:
            self._last_tap = -1.0
            self._explore_later.stop()
            self._activate()
        else:
            self._last_tap = now

    def _answer_warning(self) -> bool:
        """A tap anywhere while "Still there?" shows answers it, as any key does: a patient who
        cannot see it need not find its button first. Whether it answered one."""
        screen = self._window.screen_widget
        if screen is None or not screen.overlay.isVisible():
            return False
        self._last_tap = -1.0  # the next tap starts afresh: nothing is pressed by it
        self._explore_later.stop()
        self.current, self.current_link = None, ""
        screen.overlay.button.click()
        self._say([(tr("Welcome back."), self._language())])
        return True

    def _swiped(self, fingers: int, move: QPointF) -> None:
        """Two fingers swiped sideways: faster (right) or slower (left); three fingers swiped
        up or down: louder or quieter. Said at once, at the new rate and volume."""
        narrator, sideways = self._narrator, abs(move.x()) > abs(move.y())
        if fingers == 2 and sideways and abs(move.x()) >= SWIPE_PX:
            step = RATE_STEP if move.x() > 0 else -RATE_STEP
            narrator.rate = min(1.0, max(-1.0, narrator.rate + step))
            said = tr("Faster.") if step > 0 else tr("Slower.")
        elif fingers == 3 and not sideways and abs(move.y()) >= SWIPE_PX:
            step = VOLUME_STEP if move.y() < 0 else -VOLUME_STEP
            volume = VOLUME_START if narrator.volume is None else narrator.volume
            narrator.volume = min(1.0, max(QUIETEST, volume + step))
            said = tr("Louder.") if step > 0 else tr("Quieter.")
        else:
            return
        self._say([(said, self._language())])

    def _held(self) -> None:
        """A finger stayed still for `hold_ms`: the guide goes on, or off."""
        touch = self._touch
        if touch is None or touch.fingers != 1 or touch.moved:
            return
        if not self.active:
            # The touch reached the screen while the guide was off: what the finger pressed
            # must not be pressed when it lifts.
            cancel_press(self._window)
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
            self._say([(in_language(GUIDE_ON, code), code) for code in CONFIRMED_IN])
        else:
            # Not held: the reset that turned it off has armed the kiosk for the next patient.
            self._say([(in_language(GUIDE_OFF, code), code) for code in CONFIRMED_IN], hold_idle=False)
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
            # The keypad's sentence says "Press Enter": by touch it is a double tap.
            hint = tr("%1, glossary word. Tap twice for its meaning.")
            self._say([(hint.replace("%1", word), language)])
            return
        # The keypad's sentence for it (kiosk.focus_stops): the same words by key and by touch;
        # the keys scroll the page to what they reach, a finger must be told the page goes on.
        sentence = describe(Stop(target))
        if more_below(target):
            sentence += " " + tr("More below: slide two fingers up.")
        self._say([(sentence, language)])

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
