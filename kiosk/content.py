"""Load the kiosk's content folder (YAML plus Markdown) into immutable objects.

This module never imports Qt: what the content says, and every mistake a person can make
in it, can be checked without a window. Every problem raises ContentError, whose message
names the file, the line where YAML knows it, and what is wrong in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.content_files import ContentError, Reader, read_yaml, shown_path

__all__ = [
    "Content", "ContentError", "GlossaryTerm", "Library", "Reference", "Section", "Study",
    "load_content", "load_library",
]

INDEX_FILE = "kiosk.yaml"


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
class GlossaryTerm:
    """A medical word the pages use, explained in plain language."""

    id: str
    term: str
    matches: tuple[str, ...]
    definition: str


@dataclass(frozen=True)
class Content:
    """Everything the kiosk shows in one language, as loaded from one content folder."""

    language: str
    language_name: str
    clinic_name: str
    clinic_location: str
    reviewer: str
    last_updated: str
    disclaimer_title: str
    disclaimer: str
    notice_title: str
    notice: str
    sections: tuple[Section, ...]
    glossary: tuple[GlossaryTerm, ...] = ()
    translations: tuple[str, ...] = ()
    version: str = "unnumbered"

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)


@dataclass(frozen=True)
class Library:
    """The original content and its translations, the original first."""

    editions: tuple[Content, ...]

    @property
    def original(self) -> Content:
        return self.editions[0]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(edition.language for edition in self.editions)

    def edition(self, language: str) -> Content:
        for edition in self.editions:
            if edition.language == language:
                return edition
        raise KeyError(language)


def _load_references(path: Path, root: Path) -> dict[str, Reference]:
    reader = Reader(path, root)
    data = read_yaml(path, root)
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


def _load_studies(reader: Reader, references: dict[str, Reference]) -> tuple[Study, ...]:
    data = read_yaml(reader.path, reader.root)
    reader.check_keys(data, {"studies", "translation"}, "this file")
    reader.check_translation(data)
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


def _load_glossary(reader: Reader) -> tuple[GlossaryTerm, ...]:
    data = read_yaml(reader.path, reader.root)
    reader.check_keys(data, {"terms", "translation"}, "this file")
    reader.check_translation(data)
    terms: list[GlossaryTerm] = []
    for item, line in reader.items(data, "terms", "this file"):
        where = f"the term on line {line}"
        reader.check_keys(item, {"id", "term", "matches", "definition"}, where)
        term_id = reader.required_text(item, "id", where)
        if any(t.id == term_id for t in terms):
            raise reader.error(f"the id '{term_id}' is used twice; each term needs its own", line)
        term = reader.required_text(item, "term", where)
        matches = item.get("matches", [])
        if not isinstance(matches, list) or not all(isinstance(m, str) and m.strip() for m in matches):
            raise reader.error(
                f"'matches' in {where} must be a list of words, like [flare, flares]",
                item.key_lines.get("matches", line),
            )
        forms = tuple(dict.fromkeys([term, *(m.strip() for m in matches)]))
        terms.append(GlossaryTerm(term_id, term, forms, reader.required_text(item, "definition", where)))
    return tuple(terms)


SHOWS = ("studies", "references")
INDEX_KEYS = {
    "version", "translation", "language", "language_name", "translations", "clinic", "review", "disclaimer",
    "notice", "references", "studies", "glossary", "sections",
}


def load_content(folder: Path | str, root: Path | str | None = None) -> Content:
    """Read one edition (the kiosk.yaml in `folder`); raise ContentError on any mistake.

    `root` is the content folder when `folder` is a translation inside it.
    """
    folder = Path(folder)
    root = Path(root) if root is not None else folder
    try:
        is_folder = folder.is_dir()
    except (OSError, ValueError):
        is_folder = False
    if not is_folder:
        raise ContentError(folder, "the content folder does not exist or is not a folder")
    translation_folder = folder if folder.resolve() != root.resolve() else None
    index = folder / INDEX_FILE
    reader = Reader(index, root, translation_folder)
    data = read_yaml(index, root)
    reader.check_keys(data, INDEX_KEYS, "this file")
    reader.check_translation(data)

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
    glossary: tuple[GlossaryTerm, ...] = ()
    if reader.text(data, "references", "this file", required=False):
        references = _load_references(reader.file(data, "references", "this file"), root)
    if reader.text(data, "studies", "this file", required=False):
        path = reader.file(data, "studies", "this file")
        studies = _load_studies(Reader(path, root, translation_folder), references)
    if reader.text(data, "glossary", "this file", required=False):
        path = reader.file(data, "glossary", "this file")
        glossary = _load_glossary(Reader(path, root, translation_folder))
    available = {"studies": bool(studies), "references": bool(references)}

    translations: tuple[str, ...] = ()
    if "translations" in data:
        listed = data["translations"]
        if translation_folder is not None:
            raise reader.error("a translation cannot list translations", data.key_lines["translations"])
        if not isinstance(listed, list) or not all(isinstance(t, str) and t.isalpha() for t in listed):
            raise reader.error(
                "'translations' must be a list of language codes, like [es]",
                data.key_lines["translations"],
            )
        translations = tuple(listed)

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
        language=reader.text(data, "language", "this file", required=False) or "en",
        language_name=reader.text(data, "language_name", "this file", required=False) or "English",
        clinic_name=reader.required_text(clinic, "name", "'clinic'"),
        clinic_location=reader.required_text(clinic, "location", "'clinic'"),
        reviewer=reader.required_text(review, "reviewer", "'review'"),
        last_updated=reader.required_text(review, "last_updated", "'review'"),
        disclaimer_title=reader.required_text(disclaimer, "title", "'disclaimer'"),
        disclaimer=reader.markdown_file(disclaimer, "body", "'disclaimer'"),
        notice_title=reader.required_text(notice, "title", "'notice'"),
        notice=reader.markdown_file(notice, "body", "'notice'"),
        sections=tuple(sections),
        glossary=glossary,
        translations=translations,
        version=reader.text(data, "version", "this file", required=False) or "unnumbered",
    )


def load_library(folder: Path | str) -> Library:
    """Read the content folder and every translation it lists, each checked in full.

    A translation must have the same sections, in the same order, and the same glossary
    terms as the original, so that a patient who switches language stays on the same page.
    """
    root = Path(folder)
    original = load_content(root)
    editions = [original]
    for language in original.translations:
        edition = load_content(root / language, root)
        index = shown_path(root / language / INDEX_FILE, root)
        if edition.language != language:
            raise ContentError(index, f"'language' must be '{language}', the name of its folder")
        if [s.id for s in edition.sections] != [s.id for s in original.sections]:
            raise ContentError(
                index, "a translation must have the same section ids, in the same order, as the original"
            )
        if [t.id for t in edition.glossary] != [t.id for t in original.glossary]:
            raise ContentError(
                index, "a translation's glossary must have the same term ids, in the same order"
            )
        editions.append(edition)
    return Library(tuple(editions))
