"""Reading the content folder's files: UTF-8 text, Markdown front matter, YAML with lines.

No Qt. Every problem is a ContentError naming the file, the line where known, and what is
wrong in words a clinic's office manager understands.
"""

from __future__ import annotations

import datetime
import errno
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


class ContentError(Exception):
    """A mistake in the content folder, described for the person who edits it.

    Raised by the loader with every problem it found in `problems` (this one first).
    """

    def __init__(self, path: Path | str, message: str, line: int | None = None,
                 more: tuple[Problem, ...] = ()) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        self.problems = (Problem(self.path, line, message), *more)
        where = f"{self.path}, line {line}" if line else f"{self.path}"
        also = f" (and {len(more)} more: run 'lupus-kiosk check-content' to see them all)" if more else ""
        super().__init__(f"{where}: {message}{also}")


@dataclass(frozen=True)
class Problem:
    """One line of a content check: where, how bad, and what is wrong."""

    path: Path
    line: int | None
    message: str
    severity: str = "error"  # or "warning": shown, but the content is still used

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.severity}: {self.message}"


class Reading:
    """What a load of the content folder found: its problems, the files it read, translations.

    The loader goes on after a mistake where it can (the next section, the next file), so
    that one check lists every problem, not only the first.
    """

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        # Resolved path of every file read -> the edition folders (resolved) that read it.
        self.readers: dict[Path, set[Path]] = {}
        # Where things are written, for messages about them: (edition folder, kind, id, key) -> line.
        self.lines: dict[tuple[Path, str, str, str], tuple[Path, int]] = {}
        # A translated file (shown path) -> what it says it translates (root-relative) and where.
        self.translated: dict[Path, tuple[str, int | None]] = {}
        self._resolved: dict[Path, Path] = {}
        # Each picture's bytes by resolved path: read once however many pages show it.
        self.pictures: dict[Path, bytes] = {}

    def resolve(self, path: Path) -> Path:
        """`path.resolve()`, asked of the file system once per path and load (it was a third of one)."""
        found = self._resolved.get(path)
        if found is None:
            found = self._resolved[path] = real_path(path)
        return found

    def read(self, path: Path, edition: Path) -> None:
        self.readers.setdefault(self.resolve(path), set()).add(self.resolve(edition))

    @property
    def files(self) -> set[Path]:
        return set(self.readers)

    @contextmanager
    def attempt(self) -> Iterator[None]:
        """Run a part of the load; a ContentError in it is noted and the load goes on."""
        try:
            yield
        except ContentError as error:
            self.problems.extend(error.problems)

    def warn(self, path: Path, message: str, line: int | None = None) -> None:
        self.problems.append(Problem(path, line, message, "warning"))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def raise_errors(self) -> None:
        errors = list(dict.fromkeys(self.errors))
        if errors:
            first = errors[0]
            raise ContentError(first.path, first.message, first.line, tuple(errors[1:]))


class Mapping(dict[str, Any]):
    """A YAML mapping that remembers the line of each of its keys."""

    line: int = 0
    key_lines: dict[str, int]

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.key_lines = {}


class Sequence(list[Any]):
    """A YAML list that remembers the line of each of its items."""

    line: int = 0
    item_lines: list[int]


# libyaml's C parser where PyYAML has it (its wheels do): a third of the start-up time otherwise.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    def construct_mapping(
        self, node: yaml.MappingNode, deep: bool = False
    ) -> Mapping:
        mapping = Mapping({str(k): v for k, v in super().construct_mapping(node, deep=True).items()})
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {
            str(key.value): key.start_mark.line + 1 for key, _ in node.value
        }
        return mapping

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> Sequence:
        sequence = Sequence(super().construct_sequence(node, deep=True))
        sequence.line = node.start_mark.line + 1
        sequence.item_lines = [item.start_mark.line + 1 for item in node.value]
        return sequence


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, LineLoader.construct_mapping)
LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, LineLoader.construct_sequence)


MAX_FILE_BYTES = 1_000_000
MAX_PICTURE_BYTES = 5_000_000
# A YAML file lists things (the index, one entry per section): a library of thousands of
# sections takes more than a page of text does.
MAX_YAML_BYTES = 20_000_000


def read_text(path: Path, root: Path, reading: Reading | None = None, limit: int = MAX_FILE_BYTES) -> str:
    """Read a UTF-8 text file of at most `limit` bytes inside the content folder."""
    shown = shown_path(path, root)
    resolve = reading.resolve if reading is not None else real_path
    try:
        resolved = resolve(path)
    except OSError as error:
        raise ContentError(shown, f"the file cannot be opened ({error.strerror or error})") from None
    except ValueError:  # a name with a NUL in it
        raise ContentError(shown, "this is not a valid file name") from None
    if not resolved.is_relative_to(resolve(root)):
        raise ContentError(shown, "the file is outside the content folder; keep every file inside it")
    try:
        if resolved.is_file() and resolved.stat().st_size > limit:
            raise ContentError(
                shown, f"the file is larger than {limit // 1_000_000} MB; a content file is text"
            )
        raw = resolved.read_bytes()
    except FileNotFoundError:
        raise ContentError(shown, "the file is missing") from None
    except IsADirectoryError:
        raise ContentError(shown, "this is a folder, but a file was expected") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ContentError(shown, f"this {link_problem(path) or loop('file')}") from None
        raise ContentError(shown, f"the file cannot be read ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError(
            shown,
            "the file is not saved as UTF-8 text; save it again with the encoding set to UTF-8",
            line,
        ) from None
    check_characters(text, shown)
    return text


# What is not text: the C0 controls but tab, line feed and carriage return; DEL; the C1
# controls. A NUL from a damaged copy or a paste would show patients a "?" box.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def check_characters(text: str, shown: Path) -> None:
    """Refuse a hidden character that is not text, naming its line and column."""
    found = CONTROL_CHARACTERS.search(text)
    if found is not None:
        raise hidden_character(text, found.start(), shown)


def hidden_character(text: str, index: int, shown: Path) -> ContentError:
    """The error for the character at `index` of `text`, which is not text."""
    line = text.count("\n", 0, index) + 1
    column = index - text.rfind("\n", 0, index)
    code = ord(text[index])
    what = f"a NUL, code {code:#04x}" if code == 0 else f"code {code:#04x}"
    more = len(CONTROL_CHARACTERS.findall(text)) - 1
    also = f"; the file has {more} more like it" if more > 0 else ""
    return ContentError(
        shown, f"column {column} holds a hidden character that is not text ({what}{also}); it comes "
        "from a damaged copy or from pasting out of another program: delete it, retype the words "
        "around it, and save the file again", line,
    )


def loop(thing: str) -> str:
    """What is wrong with a symbolic link to itself, said of a "file" or a "folder"."""
    return (f"is a symbolic link that points back to itself (a loop), so there is no {thing} behind it; "
            f"replace the link with the {thing} itself")


def link_problem(path: Path, thing: str = "file") -> str | None:
    """What a symbolic link does wrong at `path`, in words for staff (after "it"); None if nothing."""
    try:
        os.stat(path)
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:
            if os.path.islink(path) and os.path.isdir(path.parent):
                return loop(thing)
            return "is inside a folder that is a symbolic link pointing back to itself (a loop)"
        if os.path.islink(path):
            return f"is a symbolic link to '{os.readlink(path)}', which does not exist"
        return None
    except ValueError:  # a name with a NUL in it
        return None


def real_path(path: Path) -> Path:
    """`path` with its symbolic links followed; a loop stays as it is, to be reported when read.

    (`Path.resolve` raises RuntimeError on a loop in Python 3.11.)
    """
    return Path(os.path.realpath(path))


def shown_path(path: Path, root: Path) -> Path:
    """The path as a person editing the folder would name it."""
    try:
        return Path(os.path.normpath(Path(root.name) / path.relative_to(root)))
    except ValueError:
        return path


# What the parser was reading when it failed -> what was left open, where it was opened.
_LEFT_OPEN = {
    "while parsing a flow sequence": "the list opened with '[' on this line has no closing ']' "
                                     "(or a comma is missing between its items)",
    "while parsing a flow mapping": "the '{' on this line has no closing '}' "
                                    "(or a comma is missing between its entries)",
    "while scanning a quoted scalar": "the quote opened on this line is never closed: add the "
                                      "closing quote mark at the end of the text",
}


# A value that starts with a quote mark, and what follows it on its line.
_QUOTED_VALUE = re.compile(r"""^\s*(?:-\s+)?(?:[^\s'"#][^:#]*:\s+)?(["'])(.*)$""")


def yaml_mistake(error: yaml.MarkedYAMLError, text: str) -> tuple[str, int | None]:
    """What is wrong in a file YAML cannot read, and the line where the mistake was made.

    The parser notices an unclosed '[', '{' or quote only lines later, where the text stops
    making sense; its context mark is where the thing left open began, which is where the
    person editing must look.
    """
    opened = _LEFT_OPEN.get(error.context or "")
    if opened is not None and error.context_mark is not None:
        return f"this is not valid YAML: {opened}", error.context_mark.line + 1
    mark = error.problem_mark or error.context_mark
    # A quote left open runs on to the next quote mark, lines later, and the parser fails
    # there; the line that opened it is the one to name.
    unclosed = _unclosed_quote(text, mark.line if mark else 0)
    if unclosed is not None:
        return f"this is not valid YAML: {_LEFT_OPEN['while scanning a quoted scalar']}", unclosed
    problem = error.problem or "the YAML cannot be read"
    message = f"this is not valid YAML ({problem}); check the indentation and colons"
    return message, mark.line + 1 if mark else None


def _unclosed_quote(text: str, last: int) -> int | None:
    """The first line, up to line index `last`, whose value opens a quote it does not close."""
    for index, line in enumerate(text.splitlines()[:last]):
        found = _QUOTED_VALUE.match(line)
        if found is None:
            continue
        quote, rest = found.groups()
        closing = rest.replace(quote * 2, "") if quote == "'" else re.sub(r'\\.', "", rest)
        if quote not in closing:
            return index + 1
    return None


def read_yaml(path: Path, root: Path, reading: Reading | None = None) -> Mapping:
    text = read_text(path, root, reading, MAX_YAML_BYTES)
    shown = shown_path(path, root)
    try:
        data = yaml.load(text, Loader=LineLoader)
    except yaml.MarkedYAMLError as error:
        message, line = yaml_mistake(error, text)
        raise ContentError(shown, message, line) from None
    except yaml.reader.ReaderError as error:
        # Its position counts bytes or characters depending on the parser: find the character.
        character = error.character if isinstance(error.character, str) else chr(error.character)
        index = text.find(character)
        if index < 0:
            raise ContentError(shown, f"this is not valid YAML ({error.reason})") from None
        raise hidden_character(text, index, shown) from None
    except yaml.YAMLError as error:
        raise ContentError(shown, f"this is not valid YAML ({error})") from None
    except RecursionError:
        raise ContentError(shown, "the YAML is nested too deeply (or refers to itself)") from None
    except (ValueError, OverflowError, TypeError) as error:  # a date or number YAML cannot make
        raise ContentError(shown, f"a value cannot be read ({error})") from None
    if not isinstance(data, Mapping):
        raise ContentError(shown, "the file must be a list of 'key: value' settings", 1)
    return data


class Reader:
    """Reads typed values out of one YAML file's mappings, with file and line in every error.

    Paths in the file are relative to its own folder and must stay inside `root`, the
    content folder. A file inside `translation_folder` must say what it translates.
    """

    def __init__(self, path: Path, root: Path, translation_folder: Path | None = None,
                 reading: Reading | None = None, edition: Path | None = None) -> None:
        self.path = path
        self.root = root
        self.translation_folder = translation_folder
        self.reading = reading or Reading()
        self.shown = shown_path(path, root)
        self.edition = edition or translation_folder or root

    def load(self) -> Mapping:
        """This reader's own YAML file."""
        data = read_yaml(self.path, self.root, self.reading)
        self.reading.read(self.path, self.edition)
        return data

    def note_lines(self, kind: str, name: str, mapping: Mapping) -> None:
        """Remember where each key of `mapping` is written, for later messages about it."""
        for key, line in mapping.key_lines.items():
            self.reading.lines[(self.reading.resolve(self.edition), kind, name, key)] = (self.shown, line)
        self.reading.lines[(self.reading.resolve(self.edition), kind, name, "")] = (self.shown, mapping.line)

    def is_translation(self, path: Path) -> bool:
        folder = self.translation_folder
        return folder is not None and self.reading.resolve(path).is_relative_to(self.reading.resolve(folder))

    def check_translation(self, data: Mapping) -> None:
        """A translated YAML file must record what it translates: its `translation:` block."""
        if not self.is_translation(self.path):
            if "translation" in data:
                raise self.error(
                    "'translation:' belongs only in the files of a translation", data.key_lines["translation"]
                )
            return
        block = self.mapping(data, "translation", "this translated file")
        self.check_keys(block, set(TRANSLATION_KEYS), "'translation'")
        for key in TRANSLATION_KEYS:
            self.required_text(block, key, "'translation'")
        self.reading.translated[self.shown] = (self.required_text(block, "of", "'translation'"),
                                               block.key_lines["of"])

    def error(self, message: str, line: int | None) -> ContentError:
        return ContentError(self.shown, message, line)

    def check_keys(self, mapping: Mapping, allowed: set[str], where: str) -> None:
        for key in mapping:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                raise self.error(
                    f"'{key}' is not a known setting in {where} (known settings: {known})",
                    mapping.key_lines.get(str(key)),
                )

    def text(self, mapping: Mapping, key: str, where: str, required: bool = True) -> str | None:
        if key not in mapping or mapping[key] is None:
            if required:
                raise self.error(f"{where} needs '{key}:', and it is missing", mapping.line)
            return None
        value = mapping[key]
        if isinstance(value, datetime.date):
            value = value.isoformat()
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.error(f"'{key}' in {where} must be text", mapping.key_lines[key])
        value = str(value).strip()
        if not value:
            raise self.error(f"'{key}' in {where} is empty", mapping.key_lines[key])
        return value

    def required_text(self, mapping: Mapping, key: str, where: str) -> str:
        value = self.text(mapping, key, where)
        assert value is not None
        return value

    def mapping(self, parent: Mapping, key: str, where: str) -> Mapping:
        value = parent.get(key)
        if key not in parent:
            raise self.error(f"{where} needs '{key}:', and it is missing", parent.line)
        if not isinstance(value, Mapping):
            raise self.error(f"'{key}' must hold 'key: value' settings", parent.key_lines[key])
        return value

    def items(self, parent: Mapping, key: str, where: str) -> list[tuple[Mapping, int]]:
        value = parent.get(key)
        if key not in parent:
            raise self.error(f"{where} needs '{key}:', and it is missing", parent.line)
        if not isinstance(value, Sequence) or not value:
            raise self.error(f"'{key}' must be a list with at least one entry", parent.key_lines[key])
        result = []
        for item, line in zip(value, value.item_lines, strict=True):
            if not isinstance(item, Mapping):
                raise self.error(f"each entry of '{key}' must hold 'key: value' settings", line)
            result.append((item, line))
        return result

    def flag(self, mapping: Mapping, key: str, where: str) -> bool:
        value = mapping.get(key, False)
        if not isinstance(value, bool):
            raise self.error(f"'{key}' in {where} must be true or false", mapping.key_lines[key])
        return value

    def file(self, mapping: Mapping, key: str, where: str) -> Path:
        """The file a setting names, relative to this file's folder; it must be there."""
        name = self.required_text(mapping, key, where)
        path = self.path.parent / name
        try:
            missing = not path.exists()
        except (OSError, ValueError):
            missing = False  # reading it says what is wrong
        if missing:
            link = link_problem(path)
            if link is not None:  # not "no such file": the link is there, and is what to fix
                raise self.error(f"'{key}' in {where} names '{name}', which {link}", mapping.key_lines[key])
            raise self.error(
                f"'{key}' in {where} names '{name}', but there is no such file "
                f"in {shown_path(self.path.parent, self.root)}/", mapping.key_lines[key],
            )
        return path

    def picture_bytes(self, path: Path, line: int | None) -> bytes:
        """The whole of a picture file (an icon), read once per load.

        Screens are drawn from these bytes, never from the file again: a screen rebuilt while
        the folder is being replaced, or is gone, still has its pictures.
        """
        resolved = self.reading.resolve(path)
        data = self.reading.pictures.get(resolved)
        if data is None:
            try:
                with resolved.open("rb") as file:
                    data = file.read(MAX_PICTURE_BYTES + 1)
            except OSError as error:
                problem = f"cannot be read ({error.strerror or error})"
                raise self.error(f"the icon '{path.name}' {problem}", line) from None
            if len(data) > MAX_PICTURE_BYTES:
                size = f"{MAX_PICTURE_BYTES // 1_000_000} MB"
                raise self.error(f"the icon '{path.name}' is larger than {size}; use a smaller picture", line)
            self.reading.pictures[resolved] = data
        return data

    def markdown_file(self, mapping: Mapping, key: str, where: str) -> str:
        path = self.file(mapping, key, where)
        translation = self.is_translation(path)
        text, meta = read_markdown(path, self.root, translation, self.reading)
        self.reading.read(path, self.edition)
        if translation:
            self.reading.translated[shown_path(path, self.root)] = (str(meta["translation_of"]), 2)
        return text

    def month(self, mapping: Mapping, key: str, where: str) -> datetime.date | None:
        """A date written as 2025-10 (year and month) or 2025-10-15; None where it is not given."""
        value = mapping.get(key)
        if value is None:
            return None
        if isinstance(value, datetime.date):
            return value
        text = str(value).strip()
        try:
            if len(text) == 7:
                return datetime.date.fromisoformat(text + "-01")
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise self.error(
                f"'{key}' in {where} must be a date written as year-month, like 2025-10 "
                f"(or with the day, like 2025-10-15), not '{text}'", mapping.key_lines[key],
            ) from None




# What a translated file records: the original it translates (a path in the content folder),
# the original's version (its "last updated"), and when it was translated.
TRANSLATION_KEYS = ("of", "source_version", "translated")
FRONT_MATTER_KEYS = ("translation_of", "source_version", "translated")


def read_markdown(path: Path, root: Path, translation: bool,
                  reading: Reading | None = None) -> tuple[str, dict[str, Any]]:
    """A Markdown file's text without its front matter (required in a translation), and the matter."""
    text = read_text(path, root, reading)
    shown = shown_path(path, root)
    if not text.startswith("---\n"):
        if translation:
            raise ContentError(
                shown,
                "a translated page must start with a '---' block saying what it translates "
                "(translation_of, source_version, translated)",
                1,
            )
        return text.strip(), {}
    end = text.find("\n---\n", 3)
    if end < 0:
        raise ContentError(shown, "the '---' block at the top is never closed with a '---' line", 1)
    try:
        meta = yaml.load(text[4:end], Loader=_SafeLoader)  # libyaml's, as for the YAML files
    except yaml.YAMLError:
        raise ContentError(shown, "the '---' block at the top is not valid YAML", 1) from None
    if not isinstance(meta, dict):
        raise ContentError(shown, "the '---' block at the top must hold 'key: value' lines", 1)
    unknown = set(meta) - set(FRONT_MATTER_KEYS)
    if unknown:
        raise ContentError(
            shown, f"'{sorted(unknown)[0]}' is not known in the '---' block "
            f"(known: {', '.join(FRONT_MATTER_KEYS)})", 1,
        )
    missing = [key for key in FRONT_MATTER_KEYS if not meta.get(key)]
    if translation and missing:
        raise ContentError(shown, f"the '---' block needs '{missing[0]}:'", 1)
    return text[end + 5 :].strip(), meta
