"""Reading pages aloud with Qt's offline text-to-speech, where the machine has a voice."""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QLocale, QObject, QProcess, QTimer, Signal

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


PROBE_SECONDS = 15


class SpeechStarter(QObject):
    """Starts the platform's voice without ever holding up the kiosk.

    It first asks a separate process (kiosk.speech_probe) to open the speech engine; only
    if that answers within PROBE_SECONDS is the engine opened here, and `ready` carries the
    Narrator. Otherwise the reason is logged once and the kiosk goes on without read-aloud.
    """

    ready = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.command = [sys.executable, "-m", "kiosk.speech_probe"]
        self._process = QProcess(self)
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self._process.finished.connect(self._finished)
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.setInterval(PROBE_SECONDS * 1000)
        self._limit.timeout.connect(self._too_slow)

    def start(self) -> None:
        program, *arguments = self.command
        self._process.start(program, arguments)
        self._limit.start()

    def stop(self) -> None:
        self._limit.stop()
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.kill()
            self._process.waitForFinished(1000)

    def _too_slow(self) -> None:
        log.warning("Read-aloud is off: the speech engine did not answer within %s s", PROBE_SECONDS)
        self.stop()

    def _finished(self, status: int, _exit: QProcess.ExitStatus) -> None:
        if not self._limit.isActive():
            return  # stopped, or too slow
        self._limit.stop()
        said = bytes(self._process.readAll().data()).decode(errors="replace").strip()
        if status != 0:
            log.warning("Read-aloud is off: the speech engine is not ready (%s)", said[-300:])
            return
        narrator = create_narrator(None, self.parent() or self)
        if narrator is not None:
            self.ready.emit(narrator)
