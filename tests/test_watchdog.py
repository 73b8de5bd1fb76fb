"""systemd's watchdog: the kiosk says when it is up, pings while its UI turns, and stops when it hangs.

A datagram socket bound by the test stands in for systemd's $NOTIFY_SOCKET.
"""

from __future__ import annotations

import configparser
import logging
import os
import signal
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from kiosk.app import FIRST_FRAME_LOGGED, create_kiosk
from kiosk.config import Settings
from kiosk.systemd import SystemdNotifier, notify_address, watchdog_interval_ms
from tests.real_kiosk import ROOT, start_kiosk, wait_for_line


@pytest.fixture
def systemd() -> Iterator[tuple[socket.socket, str]]:
    """A fake systemd: a bound datagram socket, and its name as $NOTIFY_SOCKET gives it."""
    name = f"@lupus-kiosk-test-{uuid.uuid4().hex}"  # the abstract namespace, as systemd uses
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind("\0" + name[1:])
    listener.setblocking(False)
    yield listener, name
    listener.close()


def drain(listener: socket.socket) -> list[bytes]:
    """Every message that has arrived so far, without waiting."""
    messages = []
    while True:
        try:
            messages.append(listener.recv(4096))
        except BlockingIOError:
            return messages


@pytest.fixture
def owner(qapp: QApplication) -> Iterator[QObject]:
    """A parent for a notifier, deleted (with its timer) after the test."""
    parent = QObject(qapp)
    yield parent
    for notifier in parent.findChildren(SystemdNotifier):
        notifier.close()
    parent.setParent(None)


def test_the_address_follows_the_sd_notify_conventions() -> None:
    assert notify_address({"NOTIFY_SOCKET": "@systemd/notify"}) == "\0systemd/notify"
    assert notify_address({"NOTIFY_SOCKET": "/run/systemd/notify"}) == "/run/systemd/notify"
    assert notify_address({"NOTIFY_SOCKET": ""}) is None
    assert notify_address({}) is None


def test_the_watchdog_is_only_for_the_process_it_names() -> None:
    pid = os.getpid()
    assert watchdog_interval_ms({"WATCHDOG_USEC": "20000000"}, pid) == 20_000
    assert watchdog_interval_ms({"WATCHDOG_USEC": "20000000", "WATCHDOG_PID": str(pid)}, pid) == 20_000
    # A child (the speech check) inherits the variables, but not the job.
    assert watchdog_interval_ms({"WATCHDOG_USEC": "20000000", "WATCHDOG_PID": "1"}, pid) is None
    assert watchdog_interval_ms({"WATCHDOG_USEC": "0"}, pid) is None
    assert watchdog_interval_ms({"WATCHDOG_USEC": "soon"}, pid) is None
    assert watchdog_interval_ms({}, pid) is None


def test_without_systemd_nothing_is_sent_and_no_timer_runs(owner: QObject) -> None:
    notifier = SystemdNotifier(owner, environ={"WATCHDOG_USEC": "40000"})
    assert not notifier.supervised
    assert not notifier.watchdog.isActive()
    assert not notifier.send("READY=1")


def test_ready_is_said_after_the_first_frame(qtbot, qapp: QApplication, tmp_path: Path, owner: QObject,
                                             systemd: tuple[socket.socket, str], caplog) -> None:
    listener, name = systemd
    caplog.set_level(logging.INFO, logger="kiosk")
    notifier = SystemdNotifier(owner, environ={"NOTIFY_SOCKET": name})
    kiosk = create_kiosk(Settings(speech=False), qapp, data=tmp_path, first_frame_first=True,
                         build_ahead=False, ready=lambda: notifier.ready("up"))
    qtbot.addWidget(kiosk.window)
    try:
        qtbot.wait(50)  # the event loop turns, but nothing is on screen yet
        assert drain(listener) == []
        kiosk.window.show()
        qtbot.waitUntil(lambda: FIRST_FRAME_LOGGED in caplog.text, timeout=5000)
        assert listener.recv(4096) == b"READY=1\nSTATUS=up"
        assert kiosk.usage is not None, "ready once the kiosk has finished starting"
    finally:
        kiosk.shutdown()


def test_pings_come_while_the_ui_turns_and_stop_while_it_is_blocked(
        qtbot, owner: QObject, systemd: tuple[socket.socket, str]) -> None:
    listener, name = systemd
    notifier = SystemdNotifier(owner, environ={"NOTIFY_SOCKET": name, "WATCHDOG_USEC": "40000"})
    assert notifier.watchdog.interval() == 20, "half the watchdog interval"
    pings: list[bytes] = []
    qtbot.waitUntil(lambda: len(pings.extend(drain(listener)) or pings) >= 3, timeout=2000)
    assert set(pings) == {b"WATCHDOG=1"}
    # Block the UI thread for ten ping intervals, as a hung kiosk would: no ping may come.
    listener.settimeout(0.2)
    with pytest.raises(TimeoutError):
        listener.recv(4096)
    listener.setblocking(False)
    # Once the UI turns again, so do the pings.
    qtbot.waitUntil(lambda: b"WATCHDOG=1" in drain(listener), timeout=2000)
    notifier.stopping()
    assert not notifier.watchdog.isActive()
    assert drain(listener) == [b"STOPPING=1"]


def test_a_socket_that_fails_is_logged_once_and_never_raises(owner: QObject, tmp_path: Path,
                                                             caplog) -> None:
    notifier = SystemdNotifier(owner, environ={"NOTIFY_SOCKET": str(tmp_path / "nobody-here")})
    assert notifier.supervised
    for _ in range(3):
        assert not notifier.send("WATCHDOG=1")
    notifier.ready()
    notifier.stopping()
    warnings = [r for r in caplog.records if "Cannot notify systemd" in r.getMessage()]
    assert len(warnings) == 1


def test_a_real_kiosk_tells_systemd_it_is_up_alive_and_stopping(
        tmp_path: Path, systemd: tuple[socket.socket, str]) -> None:
    listener, name = systemd
    kiosk = start_kiosk(tmp_path, NOTIFY_SOCKET=name, WATCHDOG_USEC="100000")
    try:
        wait_for_line(kiosk, FIRST_FRAME_LOGGED)
        listener.settimeout(10)
        messages = [listener.recv(4096)]
        while not messages[-1].startswith(b"READY=1"):
            messages.append(listener.recv(4096))
        assert messages[-1] == f"READY=1\nSTATUS={FIRST_FRAME_LOGGED}".encode()
        assert [listener.recv(4096), listener.recv(4096)] == [b"WATCHDOG=1"] * 2
        kiosk.send_signal(signal.SIGTERM)
        _out, errors = kiosk.communicate(timeout=20)
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
            kiosk.communicate()
    assert kiosk.returncode == 0, errors
    after = [listener.recv(4096)]
    while after[-1] == b"WATCHDOG=1":
        after.append(listener.recv(4096))
    assert after[-1] == b"STOPPING=1\nSTATUS=Exiting with status 0"


def test_the_unit_asks_for_notify_and_a_watchdog_and_restarts_a_hung_kiosk() -> None:
    unit = configparser.ConfigParser(interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(ROOT / "resources" / "deploy" / "lupus-kiosk.service", encoding="utf-8")
    service = unit["Service"]
    assert service["Type"] == "notify"
    assert service["NotifyAccess"] == "main"
    assert 5 <= int(service["WatchdogSec"]) <= 60
    # A watchdog kill is a failure for on-failure, on-abnormal, on-watchdog and always alike.
    assert service["Restart"] in {"on-failure", "on-abnormal", "on-watchdog", "always"}
    assert "--fullscreen" in service["ExecStart"]

