"""Hostile content and config: the only outcome is a clear error, never a crash or a hang.

Property-based (hypothesis): random and mutated YAML and Markdown, wrong types, deep
nesting, huge strings, invalid UTF-8, binary files, YAML aliases that expand exponentially,
and paths that leave the content folder through '..' or symlinks.
"""

from __future__ import annotations

import shutil
import string
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.config import ConfigError, parse_settings
from kiosk.content import ContentError, Library, load_library

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# YAML-ish values: scalars, and lists and maps of them, some deep.
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=40), st.dates())
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=20)
KEYS = ["clinic", "review", "disclaimer", "notice", "sections", "references", "studies", "glossary",
        "language", "translations", "version", "name", "title", "body", "id", "shows", "show_notice"]


def fresh_copy(tmp_path: Path, *changed: str) -> Path:
    """The content folder copied into tmp_path, as it is in content/.

    Copied whole once per test; a property test's later examples share tmp_path, and get back
    only the files the one before `changed` (loading writes nothing), which keeps a run of 60
    examples from copying the folder 60 times.
    """
    folder = tmp_path / "content"
    if not folder.exists():
        shutil.copytree(CONTENT, folder, ignore=shutil.ignore_patterns("source"))
    for name in changed:
        shutil.copyfile(CONTENT / name, folder / name)
    return folder


def load_or_explain(folder: Path) -> Library | None:
    """Loading may succeed or raise ContentError with a message; nothing else is allowed."""
    try:
        return load_library(folder)
    except ContentError as error:
        assert error.message.strip()
        assert str(error).startswith(str(error.path))
        return None


@FUZZ
@given(data=st.dictionaries(st.sampled_from(KEYS), values, max_size=8))
def test_random_structures_in_the_index(tmp_path: Path, data: dict) -> None:
    folder = fresh_copy(tmp_path, "kiosk.yaml")
    (folder / "kiosk.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    load_or_explain(folder)


MUTATED = ["kiosk.yaml", "studies.yaml", "references.yaml", "glossary.yaml", "es/kiosk.yaml",
           "sections/symptoms.md", "es/sections/treatments.md"]


@FUZZ
@given(cuts=st.lists(st.tuples(st.integers(0, 4000), st.integers(0, 40), st.binary(max_size=8)),
                     min_size=1, max_size=5),
       target=st.sampled_from(MUTATED))
def test_mutated_real_files(tmp_path: Path, cuts: list[tuple[int, int, bytes]], target: str) -> None:
    folder = fresh_copy(tmp_path, *MUTATED)
    path = folder / target
    raw = bytearray(path.read_bytes())
    for at, length, insert in cuts:
        at = min(at, len(raw))
        raw[at:at + length] = insert
    path.write_bytes(bytes(raw))
    load_or_explain(folder)


@FUZZ
@given(junk=st.binary(min_size=1, max_size=2000))
def test_binary_files(tmp_path: Path, junk: bytes) -> None:
    folder = fresh_copy(tmp_path, "sections/what-is-lupus.md", "notice.md")
    (folder / "sections" / "what-is-lupus.md").write_bytes(junk)
    (folder / "notice.md").write_bytes(b"\xff\xfe" + junk)
    assert load_or_explain(folder) is None or junk.isascii()


@pytest.mark.parametrize("text", [
    "sections: " + "[" * 5000 + "]" * 5000 + "\n",
    "sections: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n",
    "clinic: &a [*a]\n",
    # A "billion laughs": each level refers to the one before ten times.
    "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8)
    ) + "sections: *i\n",
    "version: 2026-13-45\n",
    "version: " + "9" * 5000 + "\n",
    "clinic: {name: " + "x" * 900_000 + "}\n",
    "clinic: {name: x}\n" + "# " + "y" * 1_100_000 + "\n",
])
def test_pathological_yaml(tmp_path: Path, text: str) -> None:
    folder = fresh_copy(tmp_path)
    (folder / "kiosk.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError):
        load_library(folder)


@pytest.mark.parametrize("body", ["../../../../etc/passwd", "/etc/passwd", "sections/../../outside.md",
                                  "sections/link.md", "bad\0name.md", "", "sections"])
def test_no_file_outside_the_content_folder_is_read(tmp_path: Path, body: str) -> None:
    folder = fresh_copy(tmp_path)
    secret = tmp_path / "outside.md"
    secret.write_text("SECRET", encoding="utf-8")
    (folder / "sections" / "link.md").symlink_to(secret)
    index = folder / "kiosk.yaml"
    quoted = yaml.safe_dump(body).strip().removesuffix("...").strip()
    text = index.read_text(encoding="utf-8").replace("body: sections/what-is-lupus.md", f"body: {quoted}")
    index.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_library(folder)
    assert "SECRET" not in str(caught.value)


CONFIG_KEYS = ["content", "fullscreen", "idle_timeout", "idle_warning", "speech", "show_cursor",
               "staff_pin", "other"]


@FUZZ
@given(data=st.one_of(values, st.dictionaries(st.sampled_from(CONFIG_KEYS), values, max_size=5)))
def test_random_config_files(tmp_path: Path, data: object) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    try:
        parse_settings(["--config", str(config)])
    except ConfigError as error:
        assert str(error).startswith(str(config))


@FUZZ
@given(junk=st.binary(max_size=500) | st.text(string.printable, max_size=500))
def test_garbage_config_files(tmp_path: Path, junk: bytes | str) -> None:
    config = tmp_path / "config.yaml"
    if isinstance(junk, bytes):
        config.write_bytes(junk)
    else:
        config.write_text(junk, encoding="utf-8")
    try:
        parse_settings(["--config", str(config)])
    except ConfigError as error:
        assert str(error).startswith(str(config))


@FUZZ
@given(option=st.sampled_from(["--idle-timeout", "--idle-warning"]),
       value=st.text(max_size=30) | st.floats().map(str) | st.integers().map(str))
def test_random_command_line_values(option: str, value: str) -> None:
    try:
        parse_settings([option, value])
    except ConfigError as error:
        assert option in str(error)
    except SystemExit as leaving:  # argparse's own message, e.g. a value that looks like an option
        assert leaving.code == 2
