"""Display power: which backend each platform gets, the commands it runs, and the black-screen
fallback (logged once, never an exception) when a tool is missing or fails. A fake runner
stands in for the commands; tools/display-power-check.sh runs the real ones."""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Callable, Mapping, Sequence

import pytest

from kiosk.display_power import DisplayPower, choose_display_power
from tests.fake_display_power import FakeDisplayPower

X11 = {"DISPLAY": ":1", "PATH": "/usr/bin"}
# What `xset q` says of DPMS on a server that has it (Debian 13's Xvfb), and on one that does not.
DPMS_ENABLED = "DPMS (Energy Star):\n  Standby: 0  Suspend: 0  Off: 0\n  DPMS is Enabled\n  Monitor is On\n"
NO_DPMS = "DPMS (Energy Star):\n  Server does not have the DPMS Extension\n"
WAYLAND = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": "/run/user/1000", "PATH": "/usr/bin"}


class FakeRunner:
    """Records each command with its environment; answers with a status or raises."""

    def __init__(self, status: int = 0, stderr: str = "", raises: BaseException | None = None,
                 stdout: str = DPMS_ENABLED) -> None:
        self.status, self.stderr, self.raises, self.stdout = status, stderr, raises, stdout
        self.commands: list[list[str]] = []
        self.environments: list[dict[str, str]] = []
        self.timeouts: list[float] = []

    def __call__(self, argv: Sequence[str], environ: Mapping[str, str],
                 timeout: float) -> subprocess.CompletedProcess[str]:
        self.commands.append(list(argv))
        self.environments.append(dict(environ))
        self.timeouts.append(timeout)
        if self.raises is not None:
            raise self.raises
        return subprocess.CompletedProcess(list(argv), self.status, self.stdout, self.stderr)


def installed(*tools: str) -> Callable[[str], str | None]:
    """A fake shutil.which that finds only `tools`."""
    return lambda name: f"/usr/bin/{name}" if name in tools else None


def test_x11_takes_over_blanking_then_turns_the_display_off_and_on(caplog) -> None:
    caplog.set_level(logging.INFO, logger="kiosk")
    runner = FakeRunner()
    power = choose_display_power("xcb", X11, runner=runner, which=installed("xset"))
    # The X server's screen saver and DPMS timers off, DPMS itself on (force off needs it).
    assert runner.commands == [["xset", "s", "off", "s", "noblank"], ["xset", "+dpms", "dpms", "0", "0", "0"],
                               ["xset", "q"]]
    assert power.name == "X11 DPMS (xset)" and not power.is_off
    power.off()
    assert power.is_off
    power.on()
    assert not power.is_off
    assert runner.commands[3:] == [["xset", "dpms", "force", "off"], ["xset", "dpms", "force", "on"]]
    assert all(env == X11 for env in runner.environments)
    assert max(runner.timeouts) <= 3
    assert [r.getMessage() for r in caplog.records] == ["Display power: X11 DPMS (xset)"]


def test_wayland_checks_the_compositor_then_uses_wlopm(caplog) -> None:
    caplog.set_level(logging.INFO, logger="kiosk")
    runner = FakeRunner()
    power = choose_display_power("wayland", WAYLAND, runner=runner, which=installed("wlopm"))
    power.off()
    power.on()
    assert runner.commands == [["wlopm"], ["wlopm", "--off", "*"], ["wlopm", "--on", "*"]]
    assert all(env == WAYLAND for env in runner.environments)
    assert power.name == "wlr output power (wlopm)"
    assert [r.getMessage() for r in caplog.records] == ["Display power: wlr output power (wlopm)"]


@pytest.mark.parametrize(
    ("platform", "environ", "tools", "reason"),
    [
        ("xcb", X11, (), "xset is not installed: install the package x11-xserver-utils"),
        ("wayland", WAYLAND, ("xset",), "wlopm is not installed: install the package wlopm"),
        ("offscreen", {}, ("xset", "wlopm"), "Qt's 'offscreen' platform has no display power control"),
        ("eglfs", {}, ("xset", "wlopm"), "Qt's 'eglfs' platform has no display power control"),
    ],
)
def test_a_missing_tool_or_platform_falls_back_to_black_once(caplog, platform: str, environ: dict[str, str],
                                                             tools: tuple[str, ...], reason: str) -> None:
    runner = FakeRunner()
    power = choose_display_power(platform, environ, runner=runner, which=installed(*tools))
    assert power.name == "black screen"
    power.off()
    assert power.is_off
    power.on()
    assert not power.is_off
    assert runner.commands == []
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and reason in warnings[0] and "shown black" in warnings[0]


def test_a_compositor_without_the_protocol_falls_back_with_what_wlopm_said(caplog) -> None:
    runner = FakeRunner(status=1, stderr="ERROR: Wayland compositor does not support\n"
                        "wlr-output-power-management-v1.\n")
    power = choose_display_power("wayland", WAYLAND, runner=runner, which=installed("wlopm"))
    assert power.name == "black screen"
    power.off()
    assert runner.commands == [["wlopm"]]
    (warning,) = [r.getMessage() for r in caplog.records]
    assert "the compositor has no wlr output power management: 'wlopm' exited with status 1: " \
        "ERROR: Wayland compositor does not support wlr-output-power-management-v1." in warning


@pytest.mark.parametrize(
    ("runner", "problem"),
    [
        (FakeRunner(raises=subprocess.TimeoutExpired(["xset"], 2)), "did not finish within 2 s"),
        (FakeRunner(raises=PermissionError(13, "Permission denied")), "could not be run: Permission denied"),
        (FakeRunner(status=1, stderr="xset:  unable to open display \":1\""), "exited with status 1"),
    ],
)
def test_an_x_server_that_refuses_falls_back_without_raising(caplog, runner: FakeRunner,
                                                              problem: str) -> None:
    power = choose_display_power("xcb", X11, runner=runner, which=installed("xset"))
    assert power.name == "black screen"
    (warning,) = [r.getMessage() for r in caplog.records]
    assert problem in warning


@pytest.mark.parametrize(
    ("report", "reason"),
    [
        (NO_DPMS, "the X server has no DPMS extension"),
        ("DPMS (Energy Star):\n  DPMS is Disabled\n", "DPMS could not be turned on"),
    ],
)
def test_an_x_server_without_dpms_falls_back_though_xset_succeeds(caplog, report: str, reason: str) -> None:
    runner = FakeRunner(stdout=report)  # xset exits with 0 there too
    power = choose_display_power("xcb", X11, runner=runner, which=installed("xset"))
    assert power.name == "black screen"
    power.off()
    assert power.is_off and len(runner.commands) == 3
    (warning,) = [r.getMessage() for r in caplog.records]
    assert reason in warning


def test_a_command_that_fails_later_falls_back_with_one_log_line(caplog) -> None:
    runner = FakeRunner()
    power = choose_display_power("xcb", X11, runner=runner, which=installed("xset"))
    runner.status, runner.stderr = 1, "xset:  unable to open display"
    power.off()  # the X server went away: the state is still recorded, the caller shows black
    assert power.is_off and power.name == "black screen"
    power.on()
    power.off()
    assert len(runner.commands) == 4  # no more commands after the failure
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == ["Display power: X11 DPMS (xset) failed ('xset dpms force off' exited with "
                        "status 1: xset: unable to open display); from now on the display is only "
                        "shown black while asleep"]


def test_the_fake_backend_records_what_was_asked() -> None:
    power = FakeDisplayPower()
    assert isinstance(power, DisplayPower) and not power.is_off
    power.off()
    power.on()
    power.off()
    assert power.calls == ["off", "on", "off"] and power.is_off


class XwaylandRunner(FakeRunner):
    """Xwayland under a wlroots compositor: xset works but reports no DPMS; wlopm works."""

    def __call__(self, argv: Sequence[str], environ: Mapping[str, str],
                 timeout: float) -> subprocess.CompletedProcess[str]:
        self.stdout = NO_DPMS if argv[0] == "xset" else "HEADLESS-1 on\n"
        return super().__call__(argv, environ, timeout)


def test_an_x11_kiosk_on_xwayland_uses_the_compositors_power_control(caplog) -> None:
    caplog.set_level(logging.INFO, logger="kiosk")
    runner = XwaylandRunner()
    power = choose_display_power("xcb", {**X11, **WAYLAND}, runner=runner, which=installed("xset", "wlopm"))
    assert power.name == "wlr output power (wlopm)"
    power.off()
    power.on()
    assert runner.commands[3:] == [["wlopm"], ["wlopm", "--off", "*"], ["wlopm", "--on", "*"]]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("the X server has no DPMS extension" in r.getMessage() for r in caplog.records)


def test_an_x11_kiosk_on_xwayland_without_wlopm_falls_back_with_the_x11_reason(caplog) -> None:
    power = choose_display_power("xcb", {**X11, **WAYLAND}, runner=XwaylandRunner(), which=installed("xset"))
    assert power.name == "black screen"
    (warning,) = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "the X server has no DPMS extension" in warning
