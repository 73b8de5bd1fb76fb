"""Reading pages aloud, where the machine has a voice: what the kiosk asks of a voice.

The platform's voice runs in a worker process (kiosk.speech_process), so that a speech
service that hangs or crashes can never hold up or take down the patient screens. Qt's
'mock' engine, which only pretends to speak, runs in the kiosk itself for the UI tests.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

log = logging.getLogger("kiosk")

# Speech runs at about 2.5 words a second; five times that long means the voice is stuck.
SECONDS_PER_WORD_LIMIT = 2
IN_PROCESS_ENGINE = "mock"


class Narrator(QObject):
    """Says text in a language, and tells when it starts and stops reading a page.

    `busy_changed(True)` while it reads something the patient asked for (a page, a word),
    so that the idle reset waits; the idle warning itself is said without holding it.
    `available_changed` tells when the voice comes or goes: "Listen" is shown only while
    `available`. Subclasses connect it to a voice (`_voice_*`) and call `_finished()` when
    the voice ends a text. Nothing here waits for the voice.
    """

    busy_changed = Signal(bool)
    available_changed = Signal(bool)
    finished = Signal()  # the voice came to the end of a text (the touch guide says the next)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._holding = False
        self.used = False
        self.language = ""
        self.last_text = ""
        self._reading = False  # a text was given and neither ended nor was stopped yet
        # The patient's choice (the touch guide's gestures), for each text said from now on:
        # rate from -1 (slowest) to 1 (fastest), 0 the voice's own; volume 0 to 1, None its own.
        self.rate = 0.0
        self.volume: float | None = None
        # A voice that never reports it has finished (a broken audio device, say) must not
        # keep the kiosk from resetting all day: past a generous time per word, stop it.
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.timeout.connect(self._overran)

    @property
    def available(self) -> bool:
        return True

    @property
    def speaking(self) -> bool:
        raise NotImplementedError

    def start(self) -> None:
        """Open the voice; called once the first screen is on display."""

    def shutdown(self) -> None:
        """Silence, for good: the kiosk is closing."""
        self.stop()

    def say(self, text: str, language: str, hold_idle: bool = True) -> None:
        """Read `text` in `language` (an ISO code such as 'es'), replacing anything being read."""
        if not self.available:
            return
        self.stop()
        self.language = language
        self.last_text = text
        self._reading = True
        if hold_idle:
            self.used = True
            self._holding = True
            self._limit.start(SECONDS_PER_WORD_LIMIT * 1000 * (len(text.split()) + 10))
            self.busy_changed.emit(True)
        self._voice_say(text, language)

    def stop(self) -> None:
        self._reading = False
        self._voice_stop()
        self._release()

    def reset(self) -> None:
        """For the next patient: silence, and the default volume, rate and pitch."""
        self._reading = False
        self.rate, self.volume = 0.0, None
        self._voice_reset()
        self._release()
        self.used = False

    def _voice_say(self, text: str, language: str) -> None:
        raise NotImplementedError

    def _voice_stop(self) -> None:
        raise NotImplementedError

    def _voice_reset(self) -> None:
        self._voice_stop()

    def _overran(self) -> None:
        log.warning("Read-aloud did not finish in time; it was stopped so the kiosk can reset")
        self.stop()

    def _finished(self) -> None:
        """The voice ended the text it was given."""
        self._release()
        if self._reading:  # not the end a stop() causes, which some voices report too
            self._reading = False
            self.finished.emit()

    def _release(self) -> None:
        self._limit.stop()
        if self._holding:
            self._holding = False
            self.busy_changed.emit(False)


class EngineNarrator(Narrator):
    """A Narrator on a Qt text-to-speech engine in this process: only for 'mock', in tests."""

    def __init__(self, engine: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._default_volume = engine.volume()
        self._default_rate = engine.rate()
        self._default_pitch = engine.pitch()
        engine.stateChanged.connect(self._state_changed)

    @property
    def speaking(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        return bool(self._engine.state() == QTextToSpeech.State.Speaking)

    def _voice_say(self, text: str, language: str) -> None:
        self._engine.setLocale(QLocale(language))
        self._engine.setRate(self.rate)
        self._engine.setVolume(self._default_volume if self.volume is None else self.volume)
        self._engine.say(text)

    def _voice_stop(self) -> None:
        self._engine.stop()

    def _voice_reset(self) -> None:
        self._engine.stop()
        self._engine.setVolume(self._default_volume)
        self._engine.setRate(self._default_rate)
        self._engine.setPitch(self._default_pitch)

    def _state_changed(self, _state: Any) -> None:
        # Ask the engine, not the signal: a late "ready" from a stopped text must not end
        # the hold of the text that replaced it.
        if not self.speaking:
            self._finished()


def create_narrator(engine_name: str | None, parent: QObject) -> Narrator | None:
    """A Narrator on `engine_name` (None: the platform's default voice), not yet started.

    Only Qt's 'mock' engine runs in this process; any other voice runs in a worker process.
    No speech is no failure: the reason is logged once and the "Listen" control is not shown.
    """
    if engine_name != IN_PROCESS_ENGINE:
        from kiosk.speech_process import WorkerNarrator

        return WorkerNarrator(engine_name, parent)
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as error:
        log.warning("Read-aloud is off: Qt's text-to-speech module cannot be loaded (%s)", error)
        return None
    if engine_name not in QTextToSpeech.availableEngines():
        log.warning("Read-aloud is off: no '%s' speech engine", engine_name)
        return None
    return EngineNarrator(QTextToSpeech(engine_name, parent), parent)
