"""Load the kiosk's content folder (YAML plus Markdown) into immutable objects.

This module never imports Qt: what the content says, and every mistake a person can make
in it, can be checked without a window. Every problem raises ContentError, whose message
names the file, the line where YAML knows it, and what is wrong in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

INDEX_FILE = "kiosk.yaml"


class ContentError(Exception):
    """A mistake in the content folder, described for the person who edits it."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}, line {line}" if line else f"{self.path}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Reference:
    """One published study, as it must be cited."""

    id: str
    authors: str
    title: str
    journal: str
    year: int
    volume: str
    doi: str
    registry: str | None = None
    published_online: str | None = None

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}"

    @property
    def citation(self) -> str:
        """The reference in one line, in the usual medical style."""
        online = f" (online {self.published_online})" if self.published_online else ""
        return f"{self.authors} {self.title}. {self.journal}. {self.year};{self.volume}{online}."


@dataclass(frozen=True)
class Study:
    """A study card: when it appeared, how it was designed, what it found."""

    heading: str
    year: str
    design: str
    found: str
    reference: Reference


@dataclass(frozen=True)
class Section:
    """One page a patient reaches from a tile on the home screen."""

    id: str
    title: str
    tile: str
    body: str
    show_notice: bool = False
    studies: tuple[Study, ...] = ()
    references: tuple[Reference, ...] = ()


@dataclass(frozen=True)
class Content:
    """Everything the kiosk shows, as loaded from one content folder."""

    clinic_name: str
    clinic_location: str
    reviewer: str
    last_updated: str
    disclaimer_title: str
    disclaimer: str
    notice_title: str
    notice: str
    sections: tuple[Section, ...]

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)


# --- YAML with line numbers -----------------------------------------------------------------


class _Mapping(dict[str, Any]):
    """A YAML mapping that remembers the line of each of its keys."""

    line: int = 0
    key_lines: dict[str, int]


class _Sequence(list[Any]):
    """A YAML list that remembers the line of each of its items."""

    line: int = 0
    item_lines: list[int]


class _LineLoader(yaml.SafeLoader):
    def construct_mapping(  # type: ignore[override]
        self, node: yaml.MappingNode, deep: bool = False
    ) -> _Mapping:
        mapping = _Mapping({str(k): v for k, v in super().construct_mapping(node, deep=True).items()})
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {
            str(key.value): key.start_mark.line + 1 for key, _ in node.value
        }
        return mapping

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> _Sequence:
        sequence = _Sequence(super().construct_sequence(node, deep=True))
        sequence.line = node.start_mark.line + 1
        sequence.item_lines = [item.start_mark.line + 1 for item in node.value]
        return sequence


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _LineLoader.construct_sequence)


def _read_text(path: Path, root: Path) -> str:
    """Read a UTF-8 text file inside the content folder."""
    shown = _shown(path, root)
    try:
        resolved = path.resolve()
    except OSError as error:  # a symlink loop, for one
        raise ContentError(shown, f"the file cannot be opened ({error.strerror or error})") from None
    if not resolved.is_relative_to(root.resolve()):
        raise ContentError(shown, "the file is outside the content folder; keep every file inside it")
    try:
        raw = resolved.read_bytes()
    except FileNotFoundError:
        raise ContentError(shown, "the file is missing") from None
    except IsADirectoryError:
        raise ContentError(shown, "this is a folder, but a file was expected") from None
    except OSError as error:
        raise ContentError(shown, f"the file cannot be read ({error.strerror or error})") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError(
            shown,
            "the file is not saved as UTF-8 text; save it again with the encoding set to UTF-8",
            line,
        ) from None


def _shown(path: Path, root: Path) -> Path:
    """The path as a person editing the folder would name it."""
    try:
        return Path(root.name) / path.relative_to(root)
    except ValueError:
        return path


def _read_yaml(path: Path, root: Path) -> _Mapping:
    text = _read_text(path, root)
    shown = _shown(path, root)
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        problem = error.problem or "the YAML cannot be read"
        raise ContentError(
            shown, f"this is not valid YAML ({problem}); check the indentation and colons", line
        ) from None
    except yaml.YAMLError as error:
        raise ContentError(shown, f"this is not valid YAML ({error})") from None
    if not isinstance(data, _Mapping):
        raise ContentError(shown, "the file must be a list of 'key: value' settings", 1)
    return data


class _Reader:
    """Reads typed values out of one YAML file's mappings, with file and line in every error."""

    def __init__(self, path: Path, root: Path) -> None:
        self.path = path
        self.root = root
        self.shown = _shown(path, root)

    def error(self, message: str, line: int | None) -> ContentError:
        return ContentError(self.shown, message, line)

    def check_keys(self, mapping: _Mapping, allowed: set[str], where: str) -> None:
        for key in mapping:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                raise self.error(
                    f"'{key}' is not a known setting in {where} (known settings: {known})",
                    mapping.key_lines.get(str(key)),
                )

    def text(self, mapping: _Mapping, key: str, where: str, required: bool = True) -> str | None:
        if key not in mapping or mapping[key] is None:
            if required:
                raise self.error(f"{where} needs '{key}:', and it is missing", mapping.line)
            return None
        value = mapping[key]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.error(f"'{key}' in {where} must be text", mapping.key_lines[key])
        value = str(value).strip()
        if not value:
            raise self.error(f"'{key}' in {where} is empty", mapping.key_lines[key])
        return value

    def required_text(self, mapping: _Mapping, key: str, where: str) -> str:
        value = self.text(mapping, key, where)
        assert value is not None
        return value

    def mapping(self, parent: _Mapping, key: str, where: str) -> _Mapping:
        value = parent.get(key)
        if key not in parent:
            raise self.error(f"{where} needs '{key}:', and it is missing", parent.line)
        if not isinstance(value, _Mapping):
            raise self.error(f"'{key}' must hold 'key: value' settings", parent.key_lines[key])
        return value

    def items(self, parent: _Mapping, key: str, where: str) -> list[tuple[_Mapping, int]]:
        value = parent.get(key)
        if key not in parent:
            raise self.error(f"{where} needs '{key}:', and it is missing", parent.line)
        if not isinstance(value, _Sequence) or not value:
            raise self.error(f"'{key}' must be a list with at least one entry", parent.key_lines[key])
        result = []
        for item, line in zip(value, value.item_lines, strict=True):
            if not isinstance(item, _Mapping):
                raise self.error(f"each entry of '{key}' must hold 'key: value' settings", line)
            result.append((item, line))
        return result

    def flag(self, mapping: _Mapping, key: str, where: str) -> bool:
        value = mapping.get(key, False)
        if not isinstance(value, bool):
            raise self.error(f"'{key}' in {where} must be true or false", mapping.key_lines[key])
        return value

    def markdown_file(self, mapping: _Mapping, key: str, where: str) -> str:
        relative = self.required_text(mapping, key, where)
        return _read_text(self.root / relative, self.root).strip()


def _load_references(path: Path, root: Path) -> dict[str, Reference]:
    reader = _Reader(path, root)
    data = _read_yaml(path, root)
    reader.check_keys(data, {"references"}, "this file")
    references: dict[str, Reference] = {}
    allowed = {"id", "authors", "title", "journal", "year", "volume", "doi", "registry",
               "published_online"}
    for item, line in reader.items(data, "references", "this file"):
        where = f"the reference on line {line}"
        reader.check_keys(item, allowed, where)
        ref_id = reader.required_text(item, "id", where)
        if ref_id in references:
            raise reader.error(f"the id '{ref_id}' is used twice; each reference needs its own", line)
        year_text = reader.required_text(item, "year", where)
        if not year_text.isdigit() or len(year_text) != 4:
            raise reader.error(f"'year' in {where} must be a year such as 2025", item.key_lines["year"])
        references[ref_id] = Reference(
            id=ref_id,
            authors=reader.required_text(item, "authors", where),
            title=reader.required_text(item, "title", where),
            journal=reader.required_text(item, "journal", where),
            year=int(year_text),
            volume=reader.required_text(item, "volume", where),
            doi=reader.required_text(item, "doi", where),
            registry=reader.text(item, "registry", where, required=False),
            published_online=reader.text(item, "published_online", where, required=False),
        )
    return references


def _load_studies(path: Path, root: Path, references: dict[str, Reference]) -> tuple[Study, ...]:
    reader = _Reader(path, root)
    data = _read_yaml(path, root)
    reader.check_keys(data, {"studies"}, "this file")
    studies = []
    for item, line in reader.items(data, "studies", "this file"):
        where = f"the study on line {line}"
        reader.check_keys(item, {"heading", "year", "design", "found", "reference"}, where)
        ref_id = reader.required_text(item, "reference", where)
        if ref_id not in references:
            raise reader.error(
                f"the reference '{ref_id}' is not in references.yaml; check the spelling",
                item.key_lines["reference"],
            )
        studies.append(
            Study(
                heading=reader.required_text(item, "heading", where),
                year=reader.required_text(item, "year", where),
                design=reader.required_text(item, "design", where),
                found=reader.required_text(item, "found", where),
                reference=references[ref_id],
            )
        )
    return tuple(studies)


SHOWS = ("studies", "references")


def load_content(folder: Path | str) -> Content:
    """Read a content folder and return what it holds; raise ContentError on any mistake."""
    root = Path(folder)
    if not root.is_dir():
        raise ContentError(root, "the content folder does not exist or is not a folder")
    index = root / INDEX_FILE
    reader = _Reader(index, root)
    data = _read_yaml(index, root)
    reader.check_keys(
        data,
        {"clinic", "review", "disclaimer", "notice", "references", "studies", "sections"},
        "this file",
    )

    clinic = reader.mapping(data, "clinic", "this file")
    reader.check_keys(clinic, {"name", "location"}, "'clinic'")
    review = reader.mapping(data, "review", "this file")
    reader.check_keys(review, {"reviewer", "last_updated"}, "'review'")
    disclaimer = reader.mapping(data, "disclaimer", "this file")
    reader.check_keys(disclaimer, {"title", "body"}, "'disclaimer'")
    notice = reader.mapping(data, "notice", "this file")
    reader.check_keys(notice, {"title", "body"}, "'notice'")

    references: dict[str, Reference] = {}
    studies: tuple[Study, ...] = ()
    references_file = reader.text(data, "references", "this file", required=False)
    if references_file:
        references = _load_references(root / references_file, root)
    studies_file = reader.text(data, "studies", "this file", required=False)
    if studies_file:
        studies = _load_studies(root / studies_file, root, references)
    available = {"studies": bool(studies), "references": bool(references)}

    sections: list[Section] = []
    for item, line in reader.items(data, "sections", "this file"):
        where = f"the section on line {line}"
        reader.check_keys(item, {"id", "title", "tile", "body", "show_notice", "shows"}, where)
        section_id = reader.required_text(item, "id", where)
        if any(s.id == section_id for s in sections):
            raise reader.error(f"the section id '{section_id}' is used twice", item.key_lines["id"])
        shows = reader.text(item, "shows", where, required=False)
        if shows is not None and shows not in SHOWS:
            raise reader.error(
                f"'shows: {shows}' in {where} is unknown; it can be 'studies' or 'references'",
                item.key_lines["shows"],
            )
        if shows is not None and not available[shows]:
            raise reader.error(
                f"{where} shows {shows}, but this file names no {shows} file "
                f"(add '{shows}: {shows}.yaml' at the top)",
                item.key_lines["shows"],
            )
        title = reader.required_text(item, "title", where)
        sections.append(
            Section(
                id=section_id,
                title=title,
                tile=reader.text(item, "tile", where, required=False) or title,
                body=reader.markdown_file(item, "body", where),
                show_notice=reader.flag(item, "show_notice", where),
                studies=studies if shows == "studies" else (),
                references=tuple(references.values()) if shows == "references" else (),
            )
        )

    return Content(
        clinic_name=reader.required_text(clinic, "name", "'clinic'"),
        clinic_location=reader.required_text(clinic, "location", "'clinic'"),
        reviewer=reader.required_text(review, "reviewer", "'review'"),
        last_updated=reader.required_text(review, "last_updated", "'review'"),
        disclaimer_title=reader.required_text(disclaimer, "title", "'disclaimer'"),
        disclaimer=reader.markdown_file(disclaimer, "body", "'disclaimer'"),
        notice_title=reader.required_text(notice, "title", "'notice'"),
        notice=reader.markdown_file(notice, "body", "'notice'"),
        sections=tuple(sections),
    )
