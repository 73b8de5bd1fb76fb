"""Reading pages aloud with Qt's offline text-to-speech, where the machine has a voice."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

log = logging.getLogger("kiosk")

# Speech runs at about 2.5 words a second; five times that long means the voice is stuck.
SECONDS_PER_WORD_LIMIT = 2


class Narrator(QObject):
    """Says text in a language, and tells when it starts and stops reading a page.

    `busy_changed(True)` while it reads something the patient asked for (a page, a word),
    so that the idle reset waits; the idle warning itself is said without holding it.
    """

    busy_changed = Signal(bool)

    def __init__(self, engine: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._default_volume = engine.volume()
        self._default_rate = engine.rate()
        self._default_pitch = engine.pitch()
        self._holding = False
        self.used = False
        self.language = ""
        self.last_text = ""
        engine.stateChanged.connect(self._state_changed)
        # A voice that never reports it has finished (a broken audio device, say) must not
        # keep the kiosk from resetting all day: past a generous time per word, stop it.
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.timeout.connect(self._overran)

    @property
    def speaking(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        return bool(self._engine.state() == QTextToSpeech.State.Speaking)

    def say(self, text: str, language: str, hold_idle: bool = True) -> None:
        """Read `text` in `language` (an ISO code such as 'es'), replacing anything being read."""
        self._engine.stop()
        self._release()
        self.language = language
        self.last_text = text
        self._engine.setLocale(QLocale(language))
        if hold_idle:
            self.used = True
            self._holding = True
            self._limit.start(SECONDS_PER_WORD_LIMIT * 1000 * (len(text.split()) + 10))
            self.busy_changed.emit(True)
        self._engine.say(text)

    def stop(self) -> None:
        self._engine.stop()
        self._release()

    def reset(self) -> None:
        """For the next patient: silence, and the default volume, rate and pitch."""
        self.stop()
        self._engine.setVolume(self._default_volume)
        self._engine.setRate(self._default_rate)
        self._engine.setPitch(self._default_pitch)
        self.used = False

    def _state_changed(self, _state: Any) -> None:
        # Ask the engine, not the signal: a late "ready" from a stopped text must not end
        # the hold of the text that replaced it.
        if not self.speaking:
            self._release()

    def _overran(self) -> None:
        log.warning("Read-aloud did not finish in time; it was stopped so the kiosk can reset")
        self.stop()

    def _release(self) -> None:
        self._limit.stop()
        if self._holding:
            self._holding = False
            self.busy_changed.emit(False)


def create_narrator(engine_name: str | None, parent: QObject) -> Narrator | None:
    """A Narrator on `engine_name` (None: the platform's default), or None without speech.

    No speech is no failure: the reason is logged once and the "Listen" control is not shown.
    """
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as error:
        log.warning("Read-aloud is off: Qt's text-to-speech module cannot be loaded (%s)", error)
        return None
    engines = QTextToSpeech.availableEngines()
    if engine_name is not None and engine_name not in engines:
        log.warning("Read-aloud is off: no '%s' speech engine (available: %s)", engine_name, engines)
        return None
    if engine_name is None and not engines:
        log.warning("Read-aloud is off: no speech engine is installed (see README, 'Read aloud')")
        return None
    engine = QTextToSpeech(engine_name, parent) if engine_name else QTextToSpeech(parent)
    if engine.state() == QTextToSpeech.State.Error:
        log.warning("Read-aloud is off: the speech engine failed to start (%s)", engine.errorString())
        return None
    return Narrator(engine, parent)
