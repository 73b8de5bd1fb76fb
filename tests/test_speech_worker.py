"""Read aloud through the speech worker process: a voice that hangs, dies, never finishes or
never starts costs only the "Listen" control, and never the idle reset or the kiosk."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, QProcess
from PySide6.QtWidgets import QApplication

from kiosk import speech, speech_process
from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.speech_process import WorkerNarrator, WorkerTimes
from tests.conftest import build_kiosk
from tests.helpers import button_labelled, page, tap

FAKE_WORKER = Path(__file__).with_name("fake_speech_worker.py")
# Short limits, so that a hung worker is given up on in a second, and retried at once.
FAST = WorkerTimes(answer=1000, start=3000, ping=200, first_retry=50, last_retry=400, steady=60000)


@pytest.fixture
def caplog_warnings(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="kiosk")
    return caplog


def kiosk_with_worker(qtbot, qapp: QApplication, monkeypatch, behaviour: str,
                      settings: Settings | None = None, times: WorkerTimes = FAST,
                      *extra: str) -> Iterator[Kiosk]:
    """A kiosk from the app's factory whose speech worker is the fake, behaving as told."""
    command = [sys.executable, str(FAKE_WORKER), behaviour, *extra]
    monkeypatch.setattr(speech_process, "worker_command", lambda _engine: command)
    monkeypatch.setattr(speech_process, "TIMES", times)
    yield from build_kiosk(qtbot, qapp, settings or Settings(), speech_engine=None)


def narrator_of(kiosk: Kiosk) -> WorkerNarrator:
    assert isinstance(kiosk.narrator, WorkerNarrator)
    return kiosk.narrator


def listen_shown(kiosk: Kiosk) -> bool:
    return kiosk.screen.listen_button.isVisible()


def wait_for_listen(qtbot, kiosk: Kiosk) -> None:
    qtbot.waitUntil(lambda: listen_shown(kiosk), timeout=5000)


def voice_off_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("Read-aloud is off")]


def test_listen_is_offered_once_the_worker_is_ready_and_reads_through_it(
        qtbot, qapp: QApplication, monkeypatch, caplog_warnings) -> None:
    for kiosk in kiosk_with_worker(qtbot, qapp, monkeypatch, "normal"):
        narrator = narrator_of(kiosk)
        wait_for_listen(qtbot, kiosk)
        assert "Read-aloud is on (speech engine 'fake')" in caplog_warnings.text
        with qtbot.waitSignal(narrator.busy_changed, timeout=5000,
                              check_params_cb=lambda busy: not busy):
            tap(qtbot, button_labelled(kiosk.window, "Listen"))
            assert narrator.speaking and kiosk.screen.stop_button.isVisible()
            assert kiosk.idle.remaining_ms == -1, "reading aloud holds the idle reset"
        assert narrator.last_text.startswith("Medical Disclaimer")
        assert listen_shown(kiosk) and kiosk.idle.remaining_ms > 0
        assert not voice_off_lines(caplog_warnings)


def test_a_worker_that_hangs_is_killed_and_listen_hidden_with_the_reason(
        qtbot, qapp: QApplication, monkeypatch, caplog_warnings) -> None:
    slow_retry = WorkerTimes(answer=500, start=3000, ping=200, first_retry=60000)
    for kiosk in kiosk_with_worker(qtbot, qapp, monkeypatch, "hang", None, slow_retry):
        narrator = narrator_of(kiosk)
        wait_for_listen(qtbot, kiosk)
        with qtbot.waitSignal(narrator.available_changed, timeout=5000) as gone:
            tap(qtbot, button_labelled(kiosk.window, "Listen"))
        assert gone.args == [False]
        assert voice_off_lines(caplog_warnings) == [
            "Read-aloud is off: the speech worker did not answer within 0.5 s"]
        assert not listen_shown(kiosk) and not kiosk.screen.stop_button.isVisible()
        assert kiosk.idle.remaining_ms > 0, "the idle reset is not held by a hung voice"
        qtbot.waitUntil(lambda n=narrator: not n.findChildren(QProcess), timeout=3000)  # reaped
        tap(qtbot, button_labelled(kiosk.window, "I understand"))
        assert page(kiosk) == "home"


def test_a_worker_that_dies_mid_sentence_is_replaced_and_listen_comes_back(
        qtbot, qapp: QApplication, monkeypatch, caplog_warnings) -> None:
    for kiosk in kiosk_with_worker(qtbot, qapp, monkeypatch, "die"):
        narrator = narrator_of(kiosk)
        wait_for_listen(qtbot, kiosk)
        for _ in range(2):
            with qtbot.waitSignal(narrator.available_changed, timeout=5000,
                                  check_params_cb=lambda available: not available):
                tap(qtbot, button_labelled(kiosk.window, "Listen"))
            assert not listen_shown(kiosk)
            assert kiosk.idle.remaining_ms > 0
            wait_for_listen(qtbot, kiosk)  # a new worker, started after a short wait
        assert voice_off_lines(caplog_warnings) == [
            "Read-aloud is off: the speech worker crashed"] * 2
        assert caplog_warnings.text.count("Read-aloud is on again") == 2


def test_a_voice_that_never_finishes_is_stopped_and_listen_hidden(
        qtbot, qapp: QApplication, monkeypatch, caplog_warnings) -> None:
    monkeypatch.setattr(speech, "SECONDS_PER_WORD_LIMIT", 0)  # a limit of 0 s for any text
    slow_retry = WorkerTimes(answer=1000, start=3000, ping=200, first_retry=60000)
    for kiosk in kiosk_with_worker(qtbot, qapp, monkeypatch, "mute", None, slow_retry):
        narrator = narrator_of(kiosk)
        wait_for_listen(qtbot, kiosk)
        with qtbot.waitSignal(narrator.busy_changed, timeout=3000,
                              check_params_cb=lambda busy: not busy):
            tap(qtbot, button_labelled(kiosk.window, "Listen"))
        assert voice_off_lines(caplog_warnings) == [
            "Read-aloud is off: a text was not finished within 0 s (a voice with no sound?)"]
        assert not listen_shown(kiosk) and not narrator.available
        assert kiosk.idle.remaining_ms > 0


def test_a_voice_that_fails_its_check_is_retried_until_it_works(
        qtbot, qapp: QApplication, monkeypatch, caplog_warnings, tmp_path: Path) -> None:
    marker = str(tmp_path / "first-run")
    for kiosk in kiosk_with_worker(qtbot, qapp, monkeypatch, "once-mute", None, FAST, marker):
        assert not listen_shown(kiosk)
        wait_for_listen(qtbot, kiosk)
        assert voice_off_lines(caplog_warnings) == [
            "Read-aloud is off: the voice did not finish a test word (fake)"]
        assert "Read-aloud is on again" in caplog_warnings.text


def test_a_voice_that_never_starts_costs_only_listen(
        qtbot, qapp: QApplication, monkeypatch, caplog_warnings) -> None:
    slow_start = WorkerTimes(answer=1000, start=300, ping=200, first_retry=60000)
    for kiosk in kiosk_with_worker(qtbot, qapp, monkeypatch, "never-ready", None, slow_start):
        qtbot.waitUntil(lambda: bool(voice_off_lines(caplog_warnings)), timeout=3000)
        assert voice_off_lines(caplog_warnings) == [
            "Read-aloud is off: the voice did not start within 0.3 s (a hung speech service?)"]
        assert not listen_shown(kiosk)
        tap(qtbot, button_labelled(kiosk.window, "I understand"))
        assert page(kiosk) == "home"


def test_no_voice_on_the_machine_is_not_retried(
        qtbot, qapp: QApplication, monkeypatch, caplog_warnings) -> None:
    for kiosk in kiosk_with_worker(qtbot, qapp, monkeypatch, "no-voice"):
        narrator = narrator_of(kiosk)
        qtbot.waitUntil(lambda: bool(voice_off_lines(caplog_warnings)), timeout=3000)
        assert voice_off_lines(caplog_warnings) == [
            "Read-aloud is off: no speech engine is installed (fake)"]
        assert not narrator._retry.isActive() and narrator._process is None


def test_the_idle_reset_is_on_time_while_the_worker_hangs(
        qtbot, qapp: QApplication, monkeypatch, caplog_warnings) -> None:
    # The worker hangs for longer than the whole idle wait: nothing waits for it.
    patient = WorkerTimes(answer=30000, start=3000, ping=30000, first_retry=60000)
    settings = Settings(idle_timeout=0.3, idle_warning=3)
    for kiosk in kiosk_with_worker(qtbot, qapp, monkeypatch, "hang", settings, patient):
        narrator = narrator_of(kiosk)
        wait_for_listen(qtbot, kiosk)
        tap(qtbot, button_labelled(kiosk.window, "Listen"))
        tap(qtbot, button_labelled(kiosk.window, "Stop"))  # the worker hears none of it
        stopped = time.monotonic()
        with qtbot.waitSignal(kiosk.idle.expired, timeout=3000):
            pass
        waited = time.monotonic() - stopped
        assert waited < 0.3 + 3 * 0.02 + 1.0, f"the idle reset came {waited:.2f} s after Stop"
        assert "idle reset" in caplog_warnings.text
        assert page(kiosk) == "disclaimer" and listen_shown(kiosk)
        process = narrator._process
        assert process is not None and process.state() == QProcess.ProcessState.Running, \
            "the worker still hangs: the reset did not wait for it"
        closing = time.monotonic()
        narrator.shutdown()  # as when staff close the kiosk: the hung worker is killed
        assert time.monotonic() - closing < 0.5
        assert process.state() == QProcess.ProcessState.NotRunning


def test_a_worker_that_dies_at_the_idle_reset_costs_nothing_else(
        qtbot, qapp: QApplication, monkeypatch, caplog_warnings) -> None:
    for kiosk in kiosk_with_worker(qtbot, qapp, monkeypatch, "die-at-reset"):
        narrator = narrator_of(kiosk)
        wait_for_listen(qtbot, kiosk)
        tap(qtbot, button_labelled(kiosk.window, "I understand"))
        tap(qtbot, button_labelled(kiosk.window, "Symptoms"))
        tap(qtbot, button_labelled(kiosk.window, "Listen"))
        with qtbot.captureExceptions() as exceptions, \
                qtbot.waitSignal(narrator.available_changed, timeout=5000):
            kiosk.idle.expired.emit()
        assert not exceptions
        assert page(kiosk) == "disclaimer"
        assert voice_off_lines(caplog_warnings) == ["Read-aloud is off: the speech worker crashed"]
        wait_for_listen(qtbot, kiosk)


def test_the_real_worker_says_text_with_qts_mock_engine(qtbot, qapp: QApplication,
                                                        caplog_warnings) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock speech engine is not installed")
    owner = QObject()
    narrator = WorkerNarrator("mock", owner, times=WorkerTimes(answer=5000, start=15000))
    try:
        with qtbot.waitSignal(narrator.available_changed, timeout=15000):
            narrator.start()
        assert "Read-aloud is on (speech engine 'mock')" in caplog_warnings.text
        started = time.monotonic()
        with qtbot.waitSignal(narrator.busy_changed, timeout=5000,
                              check_params_cb=lambda busy: not busy):
            narrator.say("one two three four five", "es")
            assert narrator.speaking
        # The mock engine takes a tenth of a second a word: the worker reported its real end.
        assert time.monotonic() - started >= 0.4
        assert not narrator.speaking and narrator.available
        assert not voice_off_lines(caplog_warnings)
    finally:
        narrator.shutdown()
    assert not narrator.findChildren(QProcess) or all(
        p.state() == QProcess.ProcessState.NotRunning for p in narrator.findChildren(QProcess))


def test_the_worker_says_each_text_at_the_patients_rate_and_volume(
        qtbot, qapp: QApplication, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The touch guide's faster/louder reach the voice: the worker sets them for each text,
    and a text without them, or a reset, is said in the voice's own."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    from kiosk.speech_worker import VoiceWorker

    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock speech engine is not installed")
    read_end, write_end = os.pipe()  # the worker's input, as the kiosk writes it
    monkeypatch.setattr(sys, "stdin", os.fdopen(read_end, "rb", buffering=0))
    owner = QObject()
    engine = QTextToSpeech("mock", owner)
    own_volume = engine.volume()
    worker = VoiceWorker(engine, qapp)

    def reports() -> list[dict[str, object]]:
        return [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    def send(command: dict[str, object]) -> None:
        os.write(write_end, (json.dumps(command) + "\n").encode())

    heard: list[dict[str, object]] = []

    def answers(expected: dict[str, object]) -> None:
        qtbot.waitUntil(lambda: heard.extend(reports()) or expected in heard, timeout=5000)

    try:
        worker.check_voice()
        answers({"event": "ready", "engine": "mock"})
        send({"do": "say", "id": 1, "text": "faster and louder", "language": "en",
              "rate": 0.5, "volume": 0.3})
        answers({"event": "speaking", "id": 1})
        assert engine.rate() == pytest.approx(0.5)
        assert engine.volume() == pytest.approx(0.3)
        send({"do": "say", "id": 2, "text": "as the voice is", "language": "en"})
        answers({"event": "speaking", "id": 2})
        assert engine.rate() == pytest.approx(0.0)
        assert engine.volume() == pytest.approx(own_volume)
        send({"do": "say", "id": 3, "text": "slower", "language": "en", "rate": -0.25, "volume": 1.0})
        send({"do": "reset", "id": 4})
        answers({"event": "done", "id": 4})
        assert (engine.rate(), engine.volume()) == (pytest.approx(0.0), pytest.approx(own_volume))
    finally:
        engine.stop()
        worker.setParent(None)
        shiboken6.delete(worker)  # its input notifier goes before the pipe does
        os.close(write_end)
        sys.stdin.close()
        owner.deleteLater()
