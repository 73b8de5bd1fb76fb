"""The kiosk's settings: defaults, then a YAML config file, then the command line.

Pure Python, no Qt: a bad value raises ConfigError before any window opens.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from kiosk.bundled import default_content_dir
from kiosk.config_error import ConfigError as ConfigError
from kiosk.hours import ALWAYS_OPEN, OpeningHours, parse_hours
from kiosk.pin import pin_hash_problem

DEFAULT_CONTENT_DIR = default_content_dir()

MIN_IDLE_TIMEOUT = 5.0
MIN_IDLE_WARNING = 5.0
# The attract screen and display sleep: any wait of at least a second is a real choice.
MIN_ATTRACT_AFTER = 1.0
MIN_SLEEP_AFTER = 1.0
MAX_SECONDS = 24 * 60 * 60
MAX_CONFIG_BYTES = 100_000
# A screen's DPI outside this range is a typing mistake (a 7-inch 800x480 panel is 133).
MIN_SCREEN_DPI = 50.0
MAX_SCREEN_DPI = 600.0


@dataclass(frozen=True)
class Settings:
    """How this kiosk runs. Times are in seconds."""

    content_dir: Path = DEFAULT_CONTENT_DIR
    fullscreen: bool = False
    idle_timeout: float = 90.0
    idle_warning: float = 20.0
    speech: bool = True
    show_cursor: bool = False
    staff_pin: str | None = None
    config_file: Path | None = None
    # The screen's real DPI, for panels that report no physical size (None: ask the screen).
    screen_dpi: float | None = None
    # When the clinic is open (outside: the display sleeps); without `hours:`, always.
    hours: OpeningHours = ALWAYS_OPEN
    # Untouched on the start screen this long: the attract screen; then this long more: display off.
    attract_after: float = 120.0
    sleep_after: float = 900.0


def _seconds(value: Any, name: str, minimum: float, where: str) -> float:
    if isinstance(value, bool):
        raise ConfigError(f"{where}: '{name}' must be a number of seconds, not {value!r}")
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: '{name}' must be a number of seconds, not {value!r}") from None
    if not minimum <= seconds <= MAX_SECONDS:
        raise ConfigError(
            f"{where}: '{name}' must be between {minimum:g} and {MAX_SECONDS} seconds, "
            f"not {value!r}"
        )
    return seconds


def _screen_dpi(value: Any, name: str, where: str) -> float:
    """A screen DPI setting, checked: a number between MIN_SCREEN_DPI and MAX_SCREEN_DPI."""
    problem = (f"{where}: '{name}' must be the screen's dots per inch, a number between "
               f"{MIN_SCREEN_DPI:g} and {MAX_SCREEN_DPI:g} (a 7-inch 800x480 panel is 133), not {value!r}")
    if isinstance(value, bool):
        raise ConfigError(problem)
    try:
        dpi = float(value)
    except (TypeError, ValueError):
        raise ConfigError(problem) from None
    if not MIN_SCREEN_DPI <= dpi <= MAX_SCREEN_DPI:  # also False for nan
        raise ConfigError(problem)
    return dpi


def _line_of(text: str, key: str) -> str:
    """', line N' for the line that sets `key` in a config file's text ('' if not found)."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith(key) and line[len(key):].lstrip().startswith(":"):
            return f", line {number}"
    return ""


def _line_number(text: str, key: str) -> int:
    """The line that sets `key` in a config file's text (0 if not found)."""
    found = _line_of(text, key)
    return int(found.removeprefix(", line ")) if found else 0


def load_config(path: Path) -> dict[str, Any]:
    """Read a config file into a dict of setting values (only the keys it sets)."""
    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise ConfigError(f"{path}: the config file is too large to be a config file")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: the config file does not exist") from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ConfigError(f"{path}: the config file cannot be read ({error})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = f", line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{line}: this is not valid YAML ({error.problem})") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: this is not valid YAML ({error})") from None
    except RecursionError:
        raise ConfigError(f"{path}: the YAML is nested too deeply") from None
    except (ValueError, OverflowError, TypeError) as error:
        raise ConfigError(f"{path}: a value cannot be read ({error})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the config file must be a list of 'setting: value' lines")
    known = {"content", "fullscreen", "idle_timeout", "idle_warning", "speech", "show_cursor",
             "staff_pin", "screen_dpi", "hours", "attract_after", "sleep_after"}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            raise ConfigError(
                f"{path}: '{key}' is not a known setting (known: {', '.join(sorted(known))})"
            )
        if key == "content":
            if not isinstance(value, str) or not value.strip() or "\0" in value:
                raise ConfigError(f"{path}: 'content' must be the path of a folder")
            folder = Path(value).expanduser()
            values["content_dir"] = folder if folder.is_absolute() else path.parent / folder
        elif key == "staff_pin":
            problem = pin_hash_problem(value) if isinstance(value, str) else "is not a PIN hash"
            if problem is not None:
                raise ConfigError(
                    f"{path}{_line_of(text, key)}: 'staff_pin' {problem}: it must be the line "
                    "printed by 'lupus-kiosk hash-pin' (a salted hash, never the PIN itself)"
                )
            values["staff_pin"] = value
        elif key in ("fullscreen", "speech", "show_cursor"):
            if not isinstance(value, bool):
                raise ConfigError(f"{path}: '{key}' must be true or false, not {value!r}")
            values[key] = value
        elif key == "screen_dpi":
            values["screen_dpi"] = _screen_dpi(value, key, str(path))
        elif key == "idle_timeout":
            values["idle_timeout"] = _seconds(value, key, MIN_IDLE_TIMEOUT, str(path))
        elif key == "hours":
            try:
                values["hours"] = parse_hours(value, _line_number(text, key))
            except ConfigError as error:
                raise ConfigError(f"{path}, {error}") from None
        elif key == "attract_after":
            values["attract_after"] = _seconds(value, key, MIN_ATTRACT_AFTER, str(path))
        elif key == "sleep_after":
            values["sleep_after"] = _seconds(value, key, MIN_SLEEP_AFTER, str(path))
        else:
            values["idle_warning"] = _seconds(value, key, MIN_IDLE_WARNING, str(path))
    return values


def settings_options(unset: Any = None) -> argparse.ArgumentParser:
    """The settings' command-line options, as a parent parser for kiosk.cli's command line.

    An option not given is `unset` in the parsed namespace: None, or argparse.SUPPRESS to leave
    it out (so that `run`'s options do not overwrite the same options given before `run`).
    """
    parser = argparse.ArgumentParser(add_help=False, argument_default=unset)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--fullscreen", dest="fullscreen", action="store_const", const=True,
        help="fill the whole screen: what staff use in the waiting room",
    )
    mode.add_argument(
        "--windowed", dest="fullscreen", action="store_const", const=False,
        help="run in an ordinary window, for development and content editing (the default)",
    )
    parser.add_argument(
        "--no-speech", dest="speech", action="store_const", const=False,
        help="hide the 'Listen' control even where the machine has a voice",
    )
    parser.add_argument(
        "--content", metavar="DIR", type=Path,
        help="the content folder to show (default: the content that comes with the kiosk; "
        "'lupus-kiosk copy-content FOLDER' copies it out to edit)",
    )
    parser.add_argument(
        "--config", metavar="FILE", type=Path,
        help="a YAML config file with any of: content, fullscreen, idle_timeout, idle_warning, "
        "speech, show_cursor, staff_pin, screen_dpi, hours, attract_after, sleep_after",
    )
    parser.add_argument(
        "--idle-timeout", metavar="SECONDS",
        help="seconds without a touch before the 'Still there?' warning (default 90)",
    )
    parser.add_argument(
        "--idle-warning", metavar="SECONDS",
        help="seconds the warning counts down before the kiosk starts over (default 20)",
    )
    parser.add_argument(
        "--attract-after", metavar="SECONDS",
        help="seconds untouched on the start screen before the attract screen (default 120)",
    )
    parser.add_argument(
        "--sleep-after", metavar="SECONDS",
        help="seconds of attract screen before the display is turned off (default 900)",
    )
    parser.add_argument(
        "--screen-dpi", metavar="DPI",
        help="the screen's real dots per inch, where it reports no physical size "
        "(default: what the screen reports, else 96)",
    )
    return parser


def settings_from(options: argparse.Namespace) -> Settings:
    """Turn parsed options (see settings_options) and the config file they name into Settings.

    Raises ConfigError for a bad value. Reads the config file each time: the kiosk asks again
    at each content reload, so that a changed 'content:' line is followed.
    """
    given = {name: value for name, value in vars(options).items() if value is not None}
    settings = Settings()
    if "config" in given:
        settings = replace(settings, **load_config(given["config"]), config_file=given["config"])
    if "content" in given:
        settings = replace(settings, content_dir=given["content"])
    if "fullscreen" in given:
        settings = replace(settings, fullscreen=given["fullscreen"])
    if "speech" in given:
        settings = replace(settings, speech=given["speech"])
    if "idle_timeout" in given:
        timeout = _seconds(given["idle_timeout"], "--idle-timeout", MIN_IDLE_TIMEOUT, "command line")
        settings = replace(settings, idle_timeout=timeout)
    if "idle_warning" in given:
        warning = _seconds(given["idle_warning"], "--idle-warning", MIN_IDLE_WARNING, "command line")
        settings = replace(settings, idle_warning=warning)
    if "attract_after" in given:
        attract = _seconds(given["attract_after"], "--attract-after", MIN_ATTRACT_AFTER, "command line")
        settings = replace(settings, attract_after=attract)
    if "sleep_after" in given:
        sleep = _seconds(given["sleep_after"], "--sleep-after", MIN_SLEEP_AFTER, "command line")
        settings = replace(settings, sleep_after=sleep)
    if "screen_dpi" in given:
        dpi = _screen_dpi(given["screen_dpi"], "--screen-dpi", "command line")
        settings = replace(settings, screen_dpi=dpi)
    return settings


def parse_settings(argv: list[str]) -> Settings:
    """The Settings that the options of `lupus-kiosk [run] OPTIONS` give (tests, tools).

    Raises ConfigError for a bad value; argparse itself exits with status 2 on unknown options.
    """
    parser = argparse.ArgumentParser(prog="lupus-kiosk run", parents=[settings_options()])
    return settings_from(parser.parse_args(argv))
