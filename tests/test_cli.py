"""The command line: one parser, the kiosk's options with or without `run`, a subcommand per staff command."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app import main
from kiosk.cli import CheckContent, CopyContent, ExportUsage, HashPin, Run, SignOff, parse_command
from kiosk.config import DEFAULT_CONTENT_DIR, Settings, parse_settings, settings_from

COMMANDS = ("run", "check-content", "copy-content", "export-usage", "hash-pin", "sign-off")


def settings(argv: list[str]) -> Settings:
    command = parse_command(argv)
    assert isinstance(command, Run)
    return settings_from(command.options)


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    listed = capsys.readouterr().out
    for name in COMMANDS:
        assert f"\n    {name} " in listed
    assert "--content DIR" in listed and "--fullscreen" in listed


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_has_its_own_help(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([name, "--help"]) == 0
    assert capsys.readouterr().out.startswith(f"usage: lupus-kiosk {name} ")


def test_the_kiosk_runs_with_its_options_with_or_without_run(tmp_path: Path) -> None:
    options = ["--fullscreen", "--content", str(tmp_path), "--idle-timeout", "120", "--no-speech"]
    expected = Settings(content_dir=tmp_path, fullscreen=True, idle_timeout=120, speech=False)
    assert settings(options) == settings(["run", *options]) == parse_settings(options) == expected
    assert settings([]) == settings(["run"]) == Settings()
    # An option given before `run` is kept; one after it overrides.
    assert settings(["--fullscreen", "run", "--idle-warning", "30"]) == Settings(fullscreen=True,
                                                                               idle_warning=30)
    assert settings(["--fullscreen", "run", "--windowed"]).fullscreen is False


def test_each_staff_command_is_parsed_into_what_it_needs(tmp_path: Path) -> None:
    assert parse_command(["check-content"]) == CheckContent(DEFAULT_CONTENT_DIR, write_manifest=False)
    assert parse_command(["check-content", "--write-manifest", str(tmp_path)]) == CheckContent(tmp_path, True)
    assert parse_command(["copy-content", "~/mine"]) == CopyContent("~/mine")
    assert parse_command(["export-usage", "usage.csv"]) == ExportUsage("usage.csv")
    assert parse_command(["hash-pin"]) == HashPin()
    assert parse_command(["sign-off", "--reviewer", "Dr. B", "--qualification", "MD", "--date", "2026-09",
                          "--content", str(tmp_path), "a.md", "b.md"]) == SignOff(
        tmp_path, "Dr. B", "MD", "2026-09", ("a.md", "b.md"))
    assert parse_command(["sign-off", "--reviewer", "B", "--qualification", "MD", "--date", "2026-09",
                          "a.md"]) == SignOff(DEFAULT_CONTENT_DIR, "B", "MD", "2026-09", ("a.md",))


@pytest.mark.parametrize(("argv", "said"), [
    (["bogus"], "lupus-kiosk: error: argument COMMAND: invalid choice: 'bogus'"),
    (["--bogus"], "lupus-kiosk: error: unrecognized arguments: --bogus"),
    (["run", "--bogus"], "lupus-kiosk run: error: unrecognized arguments: --bogus"),
    (["hash-pin", "1234"], "lupus-kiosk hash-pin: error: unrecognized arguments: 1234"),
    (["export-usage"], "lupus-kiosk export-usage: error: the following arguments are required: FILE.csv"),
    (["check-content", "a", "b"], "lupus-kiosk check-content: error: unrecognized arguments: b"),
    (["check-content", "--bogus"], "lupus-kiosk check-content: error: unrecognized arguments: --bogus"),
    (["sign-off", "a.md"], "lupus-kiosk sign-off: error: the following arguments are required: --reviewer"),
    # It would check the kiosk's own content, not the folder meant.
    (["--content", "mine", "check-content"], "lupus-kiosk check-content: error: the kiosk's own options"),
])
def test_a_usage_mistake_exits_2_with_the_commands_usage(
        argv: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    command = said.split(":")[0]  # the usage printed is that of the command that says what is wrong
    usage = f"usage: {command} " if command != "lupus-kiosk" else "usage: lupus-kiosk [run] [OPTIONS]"
    assert err.startswith(usage)
    assert said in err
