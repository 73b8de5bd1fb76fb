"""The kiosk's voice, in a process of its own: `python -m kiosk.speech_worker [--engine NAME]`.

The platform's speech service can hang (a missing audio device) or crash (a speech-dispatcher
killed mid-sentence), and with it whatever process talks to it. So the kiosk never talks to
it itself: it starts this worker (kiosk.speech_process), sends it one JSON object a line on
stdin, reads one a line back on stdout, and kills it if it does not answer in time.

Commands:  {"do": "say", "id": 1, "text": "...", "language": "es"}
           {"do": "stop", "id": 2}   {"do": "reset", "id": 3}   {"do": "ping", "id": 4}
Reports:   {"event": "ready", "engine": "speechd"}  once the voice is open and has said a
           silent test word to the end (a voice with no working audio never finishes it);
           {"event": "speaking", "id": 1}, then {"event": "finished", "id": 1};
           {"event": "done", "id": 2} for stop, reset and ping;
           {"event": "error", "reason": "..."}, and the worker exits: status 2 when this
           machine has no voice at all (nothing to retry), 1 when the voice failed.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSocketNotifier, QTimer

NO_VOICE = 2  # exit status: this machine has no voice; starting again will not help
VOICE_FAILED = 1
# A test word said at zero volume must end within this; with no working audio it never does.
CHECK_SECONDS = 8
CHECK_TEXT = "Ready."


def report(event: str, **fields: object) -> None:
    """One line to the kiosk."""
    sys.stdout.write(json.dumps({"event": event, **fields}) + "\n")
    sys.stdout.flush()


class VoiceWorker(QObject):
    """Carries out the kiosk's commands on a QTextToSpeech engine and reports what it does."""

    def __init__(self, engine: Any, app: QCoreApplication) -> None:
        super().__init__(app)
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._states = QTextToSpeech.State
        self._engine = engine
        self._app = app
        self._defaults = (engine.volume(), engine.rate(), engine.pitch())
        self._current: int | None = None  # the id of the text being said
        self._checking = True
        self._pending = b""
        engine.stateChanged.connect(self._state_changed)
        self._check_limit = QTimer(self)
        self._check_limit.setSingleShot(True)
        self._check_limit.timeout.connect(self._check_failed)
        self._input = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._input.activated.connect(self._read)

    def check_voice(self) -> None:
        """Say a word at zero volume; "ready" is reported once the voice has finished it."""
        self._engine.setVolume(0.0)
        self._check_limit.start(CHECK_SECONDS * 1000)
        self._engine.say(CHECK_TEXT)

    def _check_failed(self) -> None:
        self._fail(f"the voice did not finish a test word within {CHECK_SECONDS} s "
                   "(no working audio output?)", VOICE_FAILED)

    def _read(self) -> None:
        data = os.read(sys.stdin.fileno(), 65536)
        if not data:  # the kiosk closed our input: it stopped, or it is gone
            self._app.exit(0)
            return
        *lines, self._pending = (self._pending + data).split(b"\n")
        for line in lines:
            if line.strip():
                self._obey(json.loads(line))

    def _obey(self, command: dict[str, Any]) -> None:
        action, number = command.get("do"), command.get("id")
        engine = self._engine
        if action == "say":
            self._finish_current()
            engine.stop()
            engine.setLocale(QLocale(str(command.get("language", ""))))
            # The patient's rate and volume (the touch guide's gestures); none: the voice's own.
            volume = command.get("volume")
            engine.setRate(float(command.get("rate") or 0.0))
            engine.setVolume(self._defaults[0] if volume is None else float(volume))
            self._current = number
            engine.say(str(command.get("text", "")))
            report("speaking", id=number)
            return
        if action in ("stop", "reset"):
            self._finish_current()
            engine.stop()
        if action == "reset":
            volume, rate, pitch = self._defaults
            engine.setVolume(volume)
            engine.setRate(rate)
            engine.setPitch(pitch)
        report("done", id=number)

    def _state_changed(self, _state: Any) -> None:
        # Ask the engine, not the signal: a late "ready" from a stopped text must not end
        # the text that replaced it.
        state = self._engine.state()
        if state == self._states.Error:
            self._fail(f"the speech engine failed ({self._engine.errorString()})", VOICE_FAILED)
        elif state != self._states.Speaking and self._checking:
            self._checking = False
            self._check_limit.stop()
            self._engine.setVolume(self._defaults[0])
            report("ready", engine=self._engine.engine())
        elif state != self._states.Speaking:
            self._finish_current()

    def _finish_current(self) -> None:
        if self._current is not None:
            report("finished", id=self._current)
            self._current = None

    def _fail(self, reason: str, status: int) -> None:
        report("error", reason=reason)
        self._app.exit(status)


def die_with_parent() -> None:
    """Linux: end this worker when the kiosk ends, even if the voice has hung it."""
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.prctl(1, signal.SIGKILL)  # 1 is PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the worker still ends when the kiosk closes its input


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", help="a Qt text-to-speech engine (default: the platform's)")
    engine_name = parser.parse_args(argv).engine
    die_with_parent()
    app = QCoreApplication(sys.argv[:1])
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as error:
        report("error", reason=f"Qt's text-to-speech module cannot be loaded ({error})")
        return NO_VOICE
    engines = QTextToSpeech.availableEngines()
    if engine_name is not None and engine_name not in engines:
        report("error", reason=f"no '{engine_name}' speech engine (available: {', '.join(engines)})")
        return NO_VOICE
    if not engines:
        report("error", reason="no speech engine is installed (see README, 'Read aloud')")
        return NO_VOICE
    # This is what can block for ever when the speech service hangs; the kiosk's time limit
    # for "ready" covers it.
    engine = QTextToSpeech(engine_name, app) if engine_name else QTextToSpeech(app)
    if engine.state() == QTextToSpeech.State.Error:
        report("error", reason=f"the speech engine failed to start ({engine.errorString()})")
        return VOICE_FAILED
    worker = VoiceWorker(engine, app)
    worker.check_voice()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
