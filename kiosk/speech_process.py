"""The kiosk's side of its voice: starts the speech worker (kiosk.speech_worker), talks to
it, watches it, and starts it again when it hangs or dies.

Nothing here ever waits for the worker: commands are written to its input and its answers
arrive as events. Every command must be answered within a time limit, and a text must be
finished within a limit for its length; a worker that misses one is killed. While there is
no working voice, "Listen" is hidden and the reason is logged once; it comes back when a
restarted worker's voice works again.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer

from kiosk.speech import Narrator
from kiosk.speech_worker import NO_VOICE

log = logging.getLogger("kiosk")

PACKAGE_PARENT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class WorkerTimes:
    """The speech worker's time limits, in milliseconds (tests shorten them)."""

    answer: int = 3000  # to answer each command: longer means it hangs
    start: int = 20000  # from start to "ready": opening the voice and saying a test word
    ping: int = 10000  # how often a quiet worker is asked whether it still answers
    first_retry: int = 5000  # a failed worker is started again after this, then twice as long...
    last_retry: int = 300000  # ... up to this
    steady: int = 60000  # a worker that failed after working this long is retried soon again


TIMES = WorkerTimes()


def worker_command(engine_name: str | None) -> list[str]:
    """The command that runs the speech worker on `engine_name` (None: the platform's voice)."""
    engine = ["--engine", engine_name] if engine_name else []
    return [sys.executable, "-m", "kiosk.speech_worker", *engine]


class WorkerNarrator(Narrator):
    """A Narrator whose voice is a speech worker process, so that no speech call can block
    or crash the kiosk."""

    def __init__(self, engine_name: str | None, parent: QObject | None = None,
                 command: list[str] | None = None, times: WorkerTimes | None = None) -> None:
        super().__init__(parent)
        self.command = command or worker_command(engine_name)
        self.times = times or TIMES
        self._process: QProcess | None = None
        self._ready = False
        self._closed = False
        self._received = b""
        self._error = ""  # what the worker said before it ended
        self._last_id = 0
        self._saying: int | None = None  # the text being said
        self._unanswered: set[int] = set()
        self._off_reason: str | None = None  # logged once, until the voice is back
        self._retry_ms = self.times.first_retry
        self._up_since = 0.0
        self._deadline = self._timer(self._too_late, single_shot=True)
        self._ping = self._timer(self._send_ping, single_shot=False)
        self._retry = self._timer(self.start, single_shot=True)

    def _timer(self, then: Callable[[], None], single_shot: bool) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single_shot)
        timer.timeout.connect(then)
        return timer

    @property
    def available(self) -> bool:
        return self._ready

    @property
    def speaking(self) -> bool:
        return self._saying is not None

    def start(self) -> None:
        """Start the worker; `available_changed(True)` once its voice has proved it works."""
        if self._closed or self._process is not None:
            return
        process = QProcess(self)
        # The worker's own messages (Qt's, the speech library's) go to the kiosk's log stream.
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        # From beside the kiosk package, so that `-m kiosk.speech_worker` finds it also when
        # the kiosk runs from a checkout (main.py) started in another folder.
        process.setWorkingDirectory(str(PACKAGE_PARENT))
        process.readyReadStandardOutput.connect(lambda: self._read(process))
        process.finished.connect(lambda status, exit: self._ended(process, status, exit))
        process.errorOccurred.connect(lambda error: self._not_started(process, error))
        self._process = process
        self._received = b""
        self._error = ""
        program, *arguments = self.command
        process.start(program, arguments)
        self._deadline.start(self.times.start)

    def shutdown(self) -> None:
        """Kill the worker; the kiosk is closing."""
        self._closed = True
        self._ready = False
        for timer in (self._deadline, self._ping, self._retry, self._limit):
            timer.stop()
        self._release()
        self._process = None
        for process in self.findChildren(QProcess):
            if process.state() != QProcess.ProcessState.NotRunning:
                process.kill()
                process.waitForFinished(100)  # a killed process ends at once

    def _voice_say(self, text: str, language: str) -> None:
        self._saying = self._send("say", text=text, language=language, rate=self.rate, volume=self.volume)

    def _voice_stop(self) -> None:
        if self._saying is not None:
            self._saying = None
            self._send("stop")

    def _voice_reset(self) -> None:
        self._saying = None
        self._send("reset")

    def _overran(self) -> None:
        seconds = self._limit.interval() // 1000
        self._fail(f"a text was not finished within {seconds} s (a voice with no sound?)")

    def _send(self, action: str, **fields: object) -> int | None:
        """Write a command to the worker (never waiting); its number, None with no worker."""
        process = self._process
        if not self._ready or process is None:
            return None
        self._last_id += 1
        line = json.dumps({"do": action, "id": self._last_id, **fields}) + "\n"
        process.write(line.encode())
        self._unanswered.add(self._last_id)
        if not self._deadline.isActive():
            self._deadline.start(self.times.answer)
        return self._last_id

    def _send_ping(self) -> None:
        if not self._unanswered:
            self._send("ping")

    def _read(self, process: QProcess) -> None:
        if process is not self._process:
            return  # a worker already given up on
        self._received += bytes(process.readAllStandardOutput().data())
        *lines, self._received = self._received.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                log.debug("speech worker: %r", line[:200])
                continue
            self._handle(message)

    def _handle(self, message: dict[str, object]) -> None:
        event, number = message.get("event"), message.get("id")
        if event == "ready":
            self._deadline.stop()
            self._ready = True
            self._up_since = time.monotonic()
            self._ping.start(self.times.ping)
            again = " again" if self._off_reason else ""
            log.info("Read-aloud is on%s (speech engine '%s')", again, message.get("engine"))
            self._off_reason = None
            self.available_changed.emit(True)
        elif event == "error":
            self._error = str(message.get("reason", ""))
        elif isinstance(number, int):
            self._answered(number)
            if event == "finished" and number == self._saying:
                self._saying = None
                self._finished()

    def _answered(self, number: int) -> None:
        self._unanswered.discard(number)
        if self._unanswered:
            self._deadline.start(self.times.answer)
        else:
            self._deadline.stop()

    def _too_late(self) -> None:
        if self._ready:
            self._fail(f"the speech worker did not answer within {self.times.answer / 1000:g} s")
        else:
            self._fail(f"the voice did not start within {self.times.start / 1000:g} s "
                       "(a hung speech service?)")

    def _ended(self, process: QProcess, status: int, exit: QProcess.ExitStatus) -> None:
        process.deleteLater()
        if process is not self._process:
            return  # killed by us: already dealt with
        self._read(process)  # its last words may say why
        crashed = exit == QProcess.ExitStatus.CrashExit
        reason = self._error or ("the speech worker crashed" if crashed
                                 else f"the speech worker ended (status {status})")
        self._fail(reason, retry=crashed or status != NO_VOICE)

    def _not_started(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and process is self._process:
            process.deleteLater()
            self._fail(f"the speech worker could not be started ({process.errorString()})")

    def _fail(self, reason: str, retry: bool = True) -> None:
        """Give up on this worker: kill it, hide "Listen", and start another one later."""
        was_ready = self._ready
        self._ready = False
        self._saying = None
        self._unanswered.clear()
        for timer in (self._deadline, self._ping, self._limit):
            timer.stop()
        process, self._process = self._process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()  # its "finished" comes later, and is ignored
        self._release()
        if self._off_reason is None:
            self._off_reason = reason
            log.warning("Read-aloud is off: %s", reason)
        else:
            log.debug("Read-aloud is still off: %s", reason)
        if was_ready:
            self.available_changed.emit(False)
        if not retry or self._closed:
            return
        if self._up_since and time.monotonic() - self._up_since >= self.times.steady / 1000:
            self._retry_ms = self.times.first_retry  # it worked for a good while: not a loop
        self._up_since = 0.0
        self._retry.start(self._retry_ms)
        self._retry_ms = min(self._retry_ms * 2, self.times.last_retry)
