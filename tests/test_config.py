"""Settings from the command line and the config file; bad values stop before any window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app import main
from kiosk.config import DEFAULT_CONTENT_DIR, ConfigError, Settings, parse_settings
from kiosk.pin import MAX_ITERATIONS, MIN_ITERATIONS, hash_pin

ROOT = Path(__file__).resolve().parent.parent


def test_defaults() -> None:
    assert parse_settings([]) == Settings(
        content_dir=DEFAULT_CONTENT_DIR, fullscreen=False, idle_timeout=90, idle_warning=20
    )


def test_command_line_sets_everything(tmp_path: Path) -> None:
    settings = parse_settings(
        ["--fullscreen", "--content", str(tmp_path), "--idle-timeout", "120", "--idle-warning", "30"]
    )
    assert settings == Settings(content_dir=tmp_path, fullscreen=True, idle_timeout=120,
                                idle_warning=30)


def test_config_file_with_command_line_on_top(tmp_path: Path) -> None:
    config = tmp_path / "kiosk-config.yaml"
    config.write_text("content: my-content\nfullscreen: true\nidle_timeout: 60\n", encoding="utf-8")
    settings = parse_settings(["--config", str(config), "--idle-timeout", "45", "--windowed"])
    assert settings.content_dir == tmp_path / "my-content"
    assert settings.fullscreen is False
    assert settings.idle_timeout == 45
    assert settings.idle_warning == 20


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--idle-timeout", "soon"], "'--idle-timeout' must be a number of seconds"),
        (["--idle-timeout", "0"], "'--idle-timeout' must be between 5 and 86400 seconds"),
        (["--idle-warning", "-3"], "'--idle-warning' must be between 5 and 86400 seconds"),
        (["--idle-warning", "nan"], "'--idle-warning' must be between"),
    ],
)
def test_bad_command_line_values(args: list[str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_settings(args)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("idle_timeout: [1, 2\n", r"line 2: this is not valid YAML"),
        ("idle_timout: 60\n", "'idle_timout' is not a known setting"),
        ("fullscreen: yes please\n", "'fullscreen' must be true or false"),
        ("idle_warning: true\n", "'idle_warning' must be a number of seconds"),
        ("- a list\n", "must be a list of 'setting: value' lines"),
    ],
)
def test_bad_config_files(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        parse_settings(["--config", str(config)])


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        parse_settings(["--config", str(tmp_path / "nope.yaml")])


def test_main_refuses_a_bad_value_before_any_window_opens(qapp: QApplication, capsys) -> None:
    before = set(qapp.topLevelWidgets())
    assert main(["--idle-warning", "a while"]) == 2
    assert set(qapp.topLevelWidgets()) == before
    error = capsys.readouterr().err
    assert "lupus-kiosk: configuration error:" in error
    assert "'--idle-warning' must be a number of seconds" in error


def test_the_command_exits_non_zero_with_a_message() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--idle-timeout", "-1"],
        capture_output=True, text=True, timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 2
    assert "'--idle-timeout' must be between 5 and 86400 seconds" in result.stderr


def test_help_explains_each_option() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True, text=True,
        timeout=60,
    )
    assert result.returncode == 0
    for option in ("--fullscreen", "--windowed", "--content", "--config", "--idle-timeout",
                   "--idle-warning"):
        assert option in result.stdout


def test_the_example_config_is_valid() -> None:
    settings = parse_settings(["--config", str(ROOT / "resources" / "kiosk-config.example.yaml")])
    assert settings.fullscreen and settings.idle_timeout == 90 and settings.idle_warning == 20


@pytest.mark.parametrize("count", ["0", "99999", "10000001", "2000000000", "9" * 40])
def test_a_pin_hash_with_a_weak_or_absurd_count_is_a_config_error(tmp_path: Path, count: str) -> None:
    config = tmp_path / "config.yaml"
    stored = hash_pin("2468", iterations=MIN_ITERATIONS).replace(f"${MIN_ITERATIONS}$", f"${count}$")
    config.write_text(f'fullscreen: true\nstaff_pin: "{stored}"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"config.yaml, line 2: 'staff_pin' has {count} iterations; "
                       r"it must have 100,000 to 10,000,000"):
        parse_settings(["--config", str(config)])


def test_a_pin_hash_count_at_either_bound_is_accepted(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    for count in (MIN_ITERATIONS, MAX_ITERATIONS):
        stored = hash_pin("2468", iterations=MIN_ITERATIONS).replace(f"${MIN_ITERATIONS}$", f"${count}$")
        config.write_text(f'staff_pin: "{stored}"\n', encoding="utf-8")
        assert parse_settings(["--config", str(config)]).staff_pin == stored


def test_main_refuses_a_weak_pin_hash_before_any_window_opens(qapp: QApplication, tmp_path: Path,
                                                               capsys) -> None:
    config = tmp_path / "config.yaml"
    stored = hash_pin("2468", iterations=MIN_ITERATIONS).replace(f"${MIN_ITERATIONS}$", "$1000$")
    config.write_text(f'staff_pin: "{stored}"\n', encoding="utf-8")
    before = set(qapp.topLevelWidgets())
    assert main(["--config", str(config)]) == 2
    assert set(qapp.topLevelWidgets()) == before
    assert "config.yaml, line 1: 'staff_pin' has 1000 iterations" in capsys.readouterr().err
