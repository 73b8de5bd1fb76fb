"""Before Qt starts: is there a display to show the kiosk on, and can Qt's plugin for it load?

Qt's own answer to either mistake is an abort with a message about `xcb-cursor0`, whatever
was really wrong. This module finds the two set-up mistakes a clinic makes first (the kiosk
started outside any graphical session, a system library missing) and words them so that an
IT person knows what to do. It imports no Qt: it runs before any Qt library is loaded.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Callable, Mapping, MutableMapping
from pathlib import Path

NO_DISPLAY = ("there is no display to show the kiosk on: start the kiosk from its kiosk session; "
              "see Deploying on a kiosk in the README")

# The libraries each platform plugin needs from the system (Qt's own are in the wheel), by
# soname, with the Debian package that holds it. Debian 13 renamed some packages ("t64").
_COMMON = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0 (libglib2.0-0t64 on Debian 13)",
}
NEEDED: dict[str, dict[str, str]] = {
    "wayland": {
        **_COMMON,
        "libwayland-client.so.0": "libwayland-client0",
        "libwayland-cursor.so.0": "libwayland-cursor0",
        "libwayland-egl.so.1": "libwayland-egl1",
    },
    "xcb": {
        **_COMMON,
        "libX11-xcb.so.1": "libx11-xcb1",
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-image.so.0": "libxcb-image0",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxcb-randr.so.0": "libxcb-randr0",
        "libxcb-render-util.so.0": "libxcb-render-util0",
        "libxcb-shape.so.0": "libxcb-shape0",
        "libxcb-xkb.so.1": "libxcb-xkb1",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    },
}
# Qt's plugin file for each platform, newest name first: up to Qt 6.8 (what Raspberry Pi OS
# bookworm gets) the Wayland plugin was libqwayland-generic.so.
_PLUGIN_FILES = {"wayland": ("libqwayland.so", "libqwayland-generic.so"), "xcb": ("libqxcb.so",)}
# Platforms that draw without any display server: nothing to check.
_NO_SERVER = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay", "minimalegl"}


def choose_platform(environ: MutableMapping[str, str]) -> str | None:
    """The Qt platform the kiosk will use, or None when it has no display to use.

    A Wayland session is used natively when the environment does not name a platform: a
    compositor started from a console (cage) says so only by WAYLAND_DISPLAY, and Qt would
    otherwise fall back to X11 through XWayland, where the kiosk has no app id of its own.
    """
    named = environ.get("QT_QPA_PLATFORM", "")
    if named:
        # "wayland;xcb" is a list to try in turn, "offscreen:fontengine=freetype" has options.
        return named.split(";")[0].split(":")[0].strip()
    if environ.get("WAYLAND_DISPLAY"):
        environ["QT_QPA_PLATFORM"] = "wayland"
        return "wayland"
    if environ.get("DISPLAY"):
        return "xcb"
    return None


def missing_libraries(platform: str, load: Callable[[str], object] | None = None) -> list[str]:
    """What Qt's plugin for `platform` needs and cannot load, each with its Debian package.

    `load` opens a library by name or path and raises OSError if it cannot (default: dlopen).
    """
    load = load or ctypes.CDLL
    needed = NEEDED.get(platform, {})
    missing = []
    for soname, package in needed.items():
        try:
            load(soname)
        except OSError:
            missing.append(f"{soname} (Debian package {package})")
    if missing:
        return missing
    # The plugin itself, as Qt will load it: names whatever the list above does not know of.
    plugin = _plugin_path(platform)
    if plugin is not None:
        try:
            load(str(plugin))
        except OSError as error:
            found = re.search(r"(lib[\w.+-]+\.so[\d.]*)", str(error))
            name = found.group(1) if found else str(error)
            return [f"{name} (Debian package {needed.get(name, 'that provides it')})"]
    return []


def _plugin_path(platform: str) -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "Qt" / "plugins" / "platforms"
    return next((folder / name for name in _PLUGIN_FILES.get(platform, ()) if (folder / name).is_file()),
                None)


def display_problem(environ: MutableMapping[str, str] | None = None,
                    load: Callable[[str], object] | None = None) -> str | None:
    """Why the kiosk cannot show a window here, in a sentence for its log; None if it can.

    May set QT_QPA_PLATFORM in `environ` (default: this process's), see choose_platform.
    """
    if not sys.platform.startswith("linux"):
        return None
    env: MutableMapping[str, str] = os.environ if environ is None else environ
    platform = choose_platform(env)
    if platform is None:
        return NO_DISPLAY
    if platform in _NO_SERVER:
        return None
    missing = missing_libraries(platform, load)
    if missing:
        return (f"Qt's {platform} platform cannot start: missing system "
                f"librar{'ies' if len(missing) > 1 else 'y'} " + ", ".join(missing)
                + "; install with apt-get install, or run setup.sh again")
    return None


def describe(environ: Mapping[str, str]) -> str:
    """The display variables as found, for the log line after a problem."""
    names = ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY", "XDG_SESSION_TYPE")
    return ", ".join(f"{n}={environ.get(n, '(unset)')}" for n in names)
