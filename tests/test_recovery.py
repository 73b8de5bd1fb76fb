"""Unhandled errors start the kiosk over; repeated ones end it for systemd to restart."""

from __future__ import annotations

import logging

from kiosk.controller import Kiosk
from kiosk.crash_policy import CRASH_LIMIT, EXIT_CRASH_LOOP
from tests.helpers import button_labelled, page, tap


def broken_slot() -> None:
    raise RuntimeError("a bug in a slot")


def test_an_error_in_a_slot_sends_the_kiosk_back_to_the_disclaimer(qtbot, kiosk: Kiosk, caplog) -> None:
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    kiosk.screen.pages["home"].tiles["symptoms"].clicked.connect(broken_slot)
    with qtbot.captureExceptions() as exceptions:
        tap(qtbot, button_labelled(kiosk.window, "Symptoms"))
    assert len(exceptions) == 1 and exceptions[0][0] is RuntimeError
    # PySide6 hands slot errors to sys.excepthook; main() points it at this handler.
    kiosk.handle_exception(*exceptions[0])
    assert page(kiosk) == "disclaimer"
    assert not kiosk.navigation.can_go_back
    logged = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert logged and logged[-1].exc_info is not None
    assert "a bug in a slot" in caplog.text
    assert kiosk.usage is not None
    assert [t.kind for t in kiosk.usage.totals(1) if t.kind == "crash"] == ["crash"]


def test_errors_that_keep_coming_exit_for_the_supervisor(kiosk: Kiosk, monkeypatch) -> None:
    exits: list[int] = []
    monkeypatch.setattr(kiosk, "_exit", exits.append)
    error = RuntimeError("again")
    for _ in range(CRASH_LIMIT):
        kiosk.handle_exception(RuntimeError, error, None)
    assert exits == []
    kiosk.handle_exception(RuntimeError, error, None)
    assert exits == [EXIT_CRASH_LOOP]


def test_a_failing_recovery_exits(kiosk: Kiosk, monkeypatch) -> None:
    exits: list[int] = []
    monkeypatch.setattr(kiosk, "_exit", exits.append)

    def broken_reset() -> None:
        raise RuntimeError("cannot reset")

    monkeypatch.setattr(kiosk, "reset", broken_reset)
    kiosk.handle_exception(RuntimeError, RuntimeError("first"), None)
    assert exits == [EXIT_CRASH_LOOP]
