"""The crash-loop rule on its own, with its clock and its exit in the test's hands."""

from __future__ import annotations

import logging

import pytest

from kiosk.crash_policy import CRASH_LIMIT, CRASH_WINDOW, EXIT_CRASH_LOOP, CrashPolicy


class Kiosk:
    """What the policy acts on, recorded."""

    def __init__(self, recovers: bool = True) -> None:
        self.now = 1000.0
        self.exits: list[int] = []
        self.stops: list[str] = []
        self.resets = 0
        self.recorded: list[str] = []
        self.recovers = recovers

    def recover(self) -> None:
        self.resets += 1
        if not self.recovers:
            raise RuntimeError("cannot reset")

    def policy(self) -> CrashPolicy:
        return CrashPolicy(self.exits.append, self.stops.append, self.recover, self.recorded.append,
                           clock=lambda: self.now)


def crash(policy: CrashPolicy) -> None:
    error = RuntimeError("a bug in a slot")
    policy.handle(RuntimeError, error, None)


def test_an_error_starts_over_and_is_counted(caplog) -> None:
    kiosk = Kiosk()
    crash(kiosk.policy())
    assert (kiosk.resets, kiosk.exits, kiosk.recorded) == (1, [], ["crash"])
    logged = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert logged and logged[-1].exc_info is not None


def test_errors_that_keep_coming_within_a_minute_exit_for_the_supervisor() -> None:
    kiosk = Kiosk()
    policy = kiosk.policy()
    for _ in range(CRASH_LIMIT):
        crash(policy)
        kiosk.now += 1
    assert kiosk.exits == [] and kiosk.resets == CRASH_LIMIT
    crash(policy)
    assert kiosk.exits == [EXIT_CRASH_LOOP] and kiosk.resets == CRASH_LIMIT


def test_errors_spread_over_the_day_never_exit() -> None:
    kiosk = Kiosk()
    policy = kiosk.policy()
    for _ in range(CRASH_LIMIT * 5):
        crash(policy)
        kiosk.now += CRASH_WINDOW / CRASH_LIMIT
    assert kiosk.exits == [] and kiosk.resets == CRASH_LIMIT * 5


def test_a_failing_recovery_exits() -> None:
    kiosk = Kiosk(recovers=False)
    crash(kiosk.policy())
    assert kiosk.exits == [EXIT_CRASH_LOOP]


@pytest.mark.parametrize(("error", "status"),
                         [(SystemExit(3), 3), (SystemExit("bye"), 0), (GeneratorExit(), 0)])
def test_a_request_to_end_exits_cleanly_and_is_no_crash(error: BaseException, status: int) -> None:
    kiosk = Kiosk()
    policy = kiosk.policy()
    for _ in range(CRASH_LIMIT + 2):
        policy.handle(type(error), error, None)
    assert kiosk.exits == [status] * (CRASH_LIMIT + 2)
    assert kiosk.recorded == [] and kiosk.resets == 0


def test_ctrl_c_stops_the_kiosk_as_a_signal_would() -> None:
    kiosk = Kiosk()
    kiosk.policy().handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert kiosk.stops == ["SIGINT"] and kiosk.exits == [] and kiosk.recorded == []
