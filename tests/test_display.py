"""The kiosk started where it cannot show a window says why in one line and exits 2, before
Qt can abort with a message about the wrong package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.display import NEEDED, choose_platform, display_problem, missing_libraries

ROOT = Path(__file__).resolve().parent.parent
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")


def start_kiosk(tmp_path: Path, code: str, **environ: str) -> subprocess.CompletedProcess[str]:
    """Run the kiosk's main() in a fresh Python with no display in its environment."""
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path),
               **environ)
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60, check=False)


@pytest.mark.parametrize("mode", ["--fullscreen", "--windowed"])
def test_no_display_at_all_is_one_line_and_exit_2(tmp_path: Path, mode: str) -> None:
    run = start_kiosk(tmp_path, f"import sys; from kiosk.app import main; sys.exit(main(['{mode}']))")
    assert run.returncode == 2, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert "start the kiosk from its kiosk session; see Deploying on a kiosk" in lines[0]
    assert "xcb" not in run.stderr and "Aborted" not in run.stderr


def test_a_missing_library_is_named_with_its_debian_package(tmp_path: Path) -> None:
    # This machine has the library; the child process loses it as a machine without it would.
    code = (
        "import ctypes, sys\n"
        "real = ctypes.CDLL\n"
        "def load(name, *args, **kwargs):\n"
        "    if 'libwayland-client' in str(name):\n"
        "        raise OSError(f'{name}: cannot open shared object file: No such file or directory')\n"
        "    return real(name, *args, **kwargs)\n"
        "ctypes.CDLL = load\n"
        "from kiosk.app import main\n"
        "sys.exit(main(['--fullscreen']))\n"
    )
    run = start_kiosk(tmp_path, code, WAYLAND_DISPLAY="wayland-kiosk-test")
    assert run.returncode == 2, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert "libwayland-client.so.0 (Debian package libwayland-client0)" in run.stderr
    assert "Qt's wayland platform cannot start" in run.stderr


def test_a_wayland_session_is_used_natively_when_nothing_names_a_platform() -> None:
    # cage and labwc set WAYLAND_DISPLAY (and keep DISPLAY for XWayland); Qt alone would
    # pick X11 through XWayland, where the window has no app id of its own.
    environ = {"WAYLAND_DISPLAY": "wayland-1", "DISPLAY": ":0"}
    assert choose_platform(environ) == "wayland"
    assert environ["QT_QPA_PLATFORM"] == "wayland"


@pytest.mark.parametrize(("environ", "platform"), [
    ({"DISPLAY": ":0"}, "xcb"),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, "wayland"),
    ({"QT_QPA_PLATFORM": "offscreen:fontengine=freetype"}, "offscreen"),
    ({}, None),
])
def test_the_platform_qt_will_use(environ: dict[str, str], platform: str | None) -> None:
    assert choose_platform(dict(environ)) == platform


def test_offscreen_needs_no_display_and_no_library() -> None:
    def nothing_loads(name: str) -> object:
        raise OSError(f"{name}: cannot open shared object file")

    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, nothing_loads) is None


def test_every_missing_library_of_x11_is_listed_with_its_package() -> None:
    gone = {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0"}

    def load(name: str) -> object:
        if name in gone:
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    problem = display_problem({"DISPLAY": ":0"}, load)
    assert problem is not None
    assert "libxcb-cursor.so.0 (Debian package libxcb-cursor0)" in problem
    assert "libxkbcommon-x11.so.0 (Debian package libxkbcommon-x11-0)" in problem
    assert "missing system libraries" in problem


def test_a_library_the_list_does_not_know_is_named_from_the_plugin() -> None:
    # (The plugin is libqwayland.so from Qt 6.9, libqwayland-generic.so before.)
    def load(name: str) -> object:
        if "/plugins/platforms/libqwayland" in name:
            raise OSError(f"libsomething.so.7: cannot open shared object file (needed by {name})")
        return object()

    assert missing_libraries("wayland", load) == ["libsomething.so.7 (Debian package that provides it)"]


def test_the_libraries_qt_needs_here_are_all_found() -> None:
    # The list is real: on this machine (setup.sh installed them) every one of them loads.
    for platform in NEEDED:
        assert missing_libraries(platform) == [], platform
