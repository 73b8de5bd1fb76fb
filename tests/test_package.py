"""The kiosk as a package: its resources and default content are package data, found with
importlib.resources, and `lupus-kiosk copy-content` gives staff a copy to edit.

The whole round trip (build the wheel, install it in a fresh environment, run every command
from another folder) is tools/check-wheel.sh; these are the fast checks.
"""

from __future__ import annotations

import datetime
import glob
import stat
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest

from kiosk import bundled, theme
from kiosk.app import main
from kiosk.config import DEFAULT_CONTENT_DIR, parse_settings
from kiosk.validate import Checks, check_folder

ROOT = Path(__file__).resolve().parent.parent
# Files of resources/ the kiosk does not read when it runs: the translations' sources.
NOT_SHIPPED = ("*.ts",)


def relative_files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_resources_and_content_are_found_through_importlib_resources() -> None:
    package = files("kiosk")
    for name in ("theme.qss", "kiosk-config.example.yaml", "fonts/OFL.txt", "icons/glossary.svg",
                 "translations/kiosk_es.qm", "deploy/lupus-kiosk.service"):
        assert package.joinpath("_resources", *name.split("/")).is_file(), name
    assert package.joinpath("_content", "kiosk.yaml").is_file()
    assert bundled.resources_dir() == theme.RESOURCES_DIR == (ROOT / "resources").resolve()
    assert bundled.default_content_dir() == DEFAULT_CONTENT_DIR == (ROOT / "content").resolve()
    assert [p.name for p in theme.font_files()] == [
        f"AtkinsonHyperlegible-{style}.ttf" for style in ("Bold", "Italic", "Regular")
    ]


def test_the_wheel_carries_every_resource_and_content_file() -> None:
    """pyproject's package-data patterns match every file of resources/ and content/, so a file
    added there reaches the wheel (or this test says which pattern is missing)."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        patterns = tomllib.load(file)["tool"]["setuptools"]["package-data"]["kiosk"]
    shipped = {name for pattern in patterns
               for name in glob.glob(pattern, root_dir=ROOT / "kiosk", recursive=True)
               if (ROOT / "kiosk" / name).is_file()}
    for folder, link in (("resources", "_resources"), ("content", "_content")):
        wanted = {f"{link}/{name}" for name in relative_files(ROOT / folder)
                  if not any(Path(name).match(skip) for skip in NOT_SHIPPED)}
        assert wanted - shipped == set(), f"add a package-data pattern for these files of {folder}/"


def test_copy_content_gives_staff_a_folder_the_config_can_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["copy-content", "clinic-content"]) == 0
    copy = tmp_path / "clinic-content"
    assert relative_files(copy) == relative_files(DEFAULT_CONTENT_DIR)
    for name in relative_files(copy):
        assert (copy / name).read_bytes() == (DEFAULT_CONTENT_DIR / name).read_bytes(), name
    _library, problems = check_folder(copy, Checks(today=datetime.date.today()))
    assert [p for p in problems if p.severity == "error"] == []
    # The line it prints, put in a config file, shows the copy.
    printed = capsys.readouterr().out
    line = next(line.strip() for line in printed.splitlines() if line.strip().startswith("content:"))
    config = tmp_path / "kiosk-config.yaml"
    config.write_text(line + "\n", encoding="utf-8")
    assert parse_settings(["--config", str(config)]).content_dir == copy


@pytest.mark.parametrize("existing", ["folder with a file", "file"])
def test_copy_content_never_overwrites(tmp_path: Path, existing: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "content"
    if existing == "file":
        kept = target
    else:
        target.mkdir()
        kept = target / "kiosk.yaml"
    kept.write_text("staff's own", encoding="utf-8")
    assert main(["copy-content", str(target)]) == 1
    assert "already exists and is not an empty folder" in capsys.readouterr().err
    assert kept.read_text(encoding="utf-8") == "staff's own"
    assert relative_files(tmp_path) == {kept.relative_to(tmp_path).as_posix()}


def test_copy_content_fills_an_empty_folder_with_files_staff_may_edit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An installed package may be read-only; its copy must not be.
    installed = tmp_path / "site-packages" / "content"
    (installed / "sections").mkdir(parents=True)
    (installed / "sections" / "page.md").write_text("# Page\n", encoding="utf-8")
    for path in (installed / "sections" / "page.md", installed / "sections", installed):
        path.chmod(0o555 if path.is_dir() else 0o444)
    monkeypatch.setattr(bundled, "default_content_dir", lambda: installed)
    target = tmp_path / "mine"
    target.mkdir()
    try:
        assert bundled.copy_default_content(target) == 1
    finally:
        for path in (installed, installed / "sections"):
            path.chmod(0o755)
    copied = target / "sections" / "page.md"
    assert copied.read_text(encoding="utf-8") == "# Page\n"
    assert copied.stat().st_mode & stat.S_IWUSR and (target / "sections").stat().st_mode & stat.S_IWUSR


def test_copy_content_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy-content"]) == 2
    assert main(["copy-content", "a", "b"]) == 2
    assert capsys.readouterr().err.count("usage: lupus-kiosk copy-content FOLDER\n") == 2
