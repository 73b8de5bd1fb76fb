"""Load the kiosk's content folder (YAML plus Markdown) into immutable objects.

This module never imports Qt: what the content says, and every mistake a person can make
in it, can be checked without a window. The loader goes on past a mistake where it can
(see content_files.Reading); `load_library` raises one ContentError holding them all, each
naming the file, the line where YAML knows it, and what is wrong in plain words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from kiosk.content_files import (
    MAX_YAML_BYTES,
    ContentError,
    LineLoader,
    Mapping,
    Reader,
    Reading,
    link_problem,
    read_text,
    shown_path,
)
from kiosk.reviews import (
    FileReview,
    PagePart,
    PageReview,
    Part,
    ReviewRecord,
    digest,
    file_review,
    read_reviews,
)

__all__ = [
    "Content", "ContentError", "Evidence", "GlossaryTerm", "Library", "PageReview", "Picture", "Reference",
    "Section", "Study", "load_content", "load_library", "read_library",
]

INDEX_FILE = "kiosk.yaml"
DOI = re.compile(r"10\.\d{4,9}/\S+")
NCT = re.compile(r"NCT\d{8}")
# The kinds of evidence a study card can name; the words patients see are in kiosk.views.cards.
DESIGNS = ("randomized-placebo-controlled", "open-label-uncontrolled", "single-group", "meta-analysis")
DEFAULT_REVIEW_MONTHS = 12


@dataclass(frozen=True)
class Evidence:
    """What kind of evidence a study is, as its published record says."""

    design: str  # one of DESIGNS
    patients: int | None = None
    trials: int | None = None
    phase: str | None = None


@dataclass(frozen=True)
class Reference:
    """One published study, as it must be cited."""

    id: str
    authors: str
    title: str
    journal: str
    year: int
    volume: str
    doi: str | None = None
    registry: str | None = None
    published_online: str | None = None
    url: str | None = None
    evidence: Evidence | None = None

    @property
    def doi_url(self) -> str | None:
        return f"https://doi.org/{self.doi}" if self.doi else None

    @property
    def registry_url(self) -> str | None:
        return f"https://clinicaltrials.gov/study/{self.registry}" if self.registry else None

    @property
    def link(self) -> str:
        """Where a patient can read it: the DOI link, else the trial registration, else the URL."""
        link = self.doi_url or self.registry_url or self.url
        assert link is not None  # the loader refuses a reference with none of them
        return link


@dataclass(frozen=True)
class Study:
    """A study card: when it appeared, how it was designed, what it found."""

    heading: str
    year: str
    design: str
    found: str
    reference: Reference


@dataclass(frozen=True)
class Picture:
    """A picture from the content folder (a tile's icon), read whole when the content is loaded.

    Screens are drawn from `data`, never from the file: a screen rebuilt later (another text
    size or language) keeps its pictures while the folder is being replaced, or is gone.
    """

    path: Path  # the file it was read from, for messages
    data: bytes = field(repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def is_svg(self) -> bool:
        return self.path.suffix.lower() == ".svg"


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
    review: PageReview = field(default_factory=PageReview)  # of each file the page shows (kiosk.reviews)
    icon: Picture | None = None


@dataclass(frozen=True)
class GlossaryTerm:
    """A medical word the pages use, explained in plain language."""

    id: str
    term: str
    matches: tuple[str, ...]
    definition: str
    listed_only: bool = False  # kept on the Glossary page although no page uses the word


@dataclass(frozen=True)
class Content:
    """Everything the kiosk shows in one language, as loaded from one content folder."""

    language: str
    language_name: str
    clinic_name: str
    clinic_location: str
    disclaimer_title: str
    disclaimer: str
    notice_title: str
    notice: str
    sections: tuple[Section, ...]
    glossary: tuple[GlossaryTerm, ...] = ()
    translations: tuple[str, ...] = ()
    version: str = "unnumbered"
    # Every file this edition shows, with its medical review (kiosk.reviews), in the order read.
    file_reviews: tuple[FileReview, ...] = ()
    glossary_review: PageReview = field(default_factory=PageReview)  # the Glossary page's
    max_review_months: int = DEFAULT_REVIEW_MONTHS
    keep: tuple[str, ...] = ()  # files and folders kept beside the content, never shown

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


def _count(reader: Reader, mapping: Mapping, key: str, where: str) -> int | None:
    value = mapping.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise reader.error(f"'{key}' in {where} must be a whole number, like 42", mapping.key_lines[key])
    return value


def _evidence(reader: Reader, item: Mapping, where: str) -> Evidence | None:
    if "evidence" not in item:
        return None
    block = reader.mapping(item, "evidence", where)
    reader.check_keys(block, {"design", "patients", "trials", "phase"}, f"'evidence' of {where}")
    design = reader.required_text(block, "design", f"'evidence' of {where}")
    if design not in DESIGNS:
        raise reader.error(
            f"'design: {design}' is unknown; it can be {', '.join(DESIGNS)}", block.key_lines["design"]
        )
    return Evidence(
        design=design,
        patients=_count(reader, block, "patients", where),
        trials=_count(reader, block, "trials", where),
        phase=reader.text(block, "phase", where, required=False),
    )


def _reference(reader: Reader, item: Mapping, line: int) -> Reference:
    where = f"the reference on line {line}"
    reader.check_keys(item, {"id", "authors", "title", "journal", "year", "volume", "doi", "registry",
                             "published_online", "url", "evidence"}, where)
    year_text = reader.required_text(item, "year", where)
    if not year_text.isdigit() or len(year_text) != 4:
        raise reader.error(f"'year' in {where} must be a year such as 2025", item.key_lines["year"])
    doi = reader.text(item, "doi", where, required=False)
    if doi is not None and not DOI.fullmatch(doi):
        raise reader.error(
            f"'{doi}' is not a DOI; a DOI starts with 10. and has a slash, like 10.1136/lupus-2022-000704 "
            "(without https://doi.org/)", item.key_lines["doi"],
        )
    registry = reader.text(item, "registry", where, required=False)
    if registry is not None and not NCT.fullmatch(registry):
        raise reader.error(
            f"'{registry}' is not a ClinicalTrials.gov number: NCT followed by 8 digits, like NCT03171194",
            item.key_lines["registry"],
        )
    url = reader.text(item, "url", where, required=False)
    if url is not None and not url.startswith("https://"):
        raise reader.error(f"'url' in {where} must be a web address starting with https://",
                           item.key_lines["url"])
    if doi is None and url is None:
        raise reader.error(f"{where} needs a 'doi:' (or, where it has none, a 'url:') "
                           "so that patients can find it", line)
    return Reference(
        id=reader.required_text(item, "id", where),
        authors=reader.required_text(item, "authors", where),
        title=reader.required_text(item, "title", where),
        journal=reader.required_text(item, "journal", where),
        year=int(year_text),
        volume=reader.required_text(item, "volume", where),
        doi=doi,
        registry=registry,
        published_online=reader.text(item, "published_online", where, required=False),
        url=url,
        evidence=_evidence(reader, item, where),
    )


def _load_references(reader: Reader, broken: set[str]) -> dict[str, Reference]:
    """The references by id; the ids of those with a mistake go into `broken` (already reported)."""
    data = reader.load()
    reader.check_keys(data, {"references"}, "this file")
    references: dict[str, Reference] = {}
    for item, line in reader.items(data, "references", "this file"):
        if isinstance(item.get("id"), str):
            broken.add(item["id"])
        with reader.reading.attempt():
            reference = _reference(reader, item, line)
            broken.discard(reference.id)
            if reference.id in references:
                raise reader.error(
                    f"the id '{reference.id}' is used twice; each reference needs its own", line)
            references[reference.id] = reference
    return references


def _load_studies(reader: Reader, references: dict[str, Reference], broken: set[str]) -> tuple[Study, ...]:
    data = reader.load()
    reader.check_keys(data, {"studies", "translation"}, "this file")
    reader.check_translation(data)
    studies = []
    for item, line in reader.items(data, "studies", "this file"):
        with reader.reading.attempt():
            where = f"the study on line {line}"
            reader.check_keys(item, {"heading", "year", "design", "found", "reference"}, where)
            ref_id = reader.required_text(item, "reference", where)
            if ref_id in broken:
                continue  # its reference's mistake is reported; this card needs no second message
            if ref_id not in references:
                raise reader.error(
                    f"the reference '{ref_id}' is not in the references file; check the spelling",
                    item.key_lines["reference"],
                )
            studies.append(Study(
                heading=reader.required_text(item, "heading", where),
                year=reader.required_text(item, "year", where),
                design=reader.required_text(item, "design", where),
                found=reader.required_text(item, "found", where),
                reference=references[ref_id],
            ))
    return tuple(studies)


def _load_glossary(reader: Reader) -> tuple[GlossaryTerm, ...]:
    data = reader.load()
    reader.check_keys(data, {"terms", "translation"}, "this file")
    reader.check_translation(data)
    terms: list[GlossaryTerm] = []
    for item, line in reader.items(data, "terms", "this file"):
        with reader.reading.attempt():
            where = f"the term on line {line}"
            reader.check_keys(item, {"id", "term", "matches", "definition", "listed_only"}, where)
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
            reader.note_lines("term", term_id, item)
            terms.append(GlossaryTerm(term_id, term, forms, reader.required_text(item, "definition", where),
                                      reader.flag(item, "listed_only", where)))
    return tuple(terms)


SHOWS = ("studies", "references")
# The kiosk's own pages (kiosk.views.screen): a section with one of these ids would take its
# place, and the page's tile would open the wrong page.
BUILT_IN_PAGES = ("home", "disclaimer", "glossary", "take-home", "updating")
INDEX_KEYS = {
    "version", "translation", "language", "language_name", "translations", "clinic", "review", "disclaimer",
    "notice", "references", "studies", "glossary", "sections", "keep",
}
SECTION_KEYS = {"id", "title", "tile", "body", "show_notice", "shows"}
# Set once, in the original: a translation's pages share the original's icons.
ORIGINAL_SECTION_KEYS = {"icon", "reviewer", "last_updated"}
# Where a review was once written in kiosk.yaml; reviews.yaml replaced them (kiosk.reviews).
OLD_REVIEW_KEYS = ("reviewer", "last_updated")


def _warn_old_review_keys(reader: Reader, mapping: Mapping) -> None:
    """Content written before reviews.yaml still loads; staff learn that these keys are not shown."""
    for key in OLD_REVIEW_KEYS:
        if key in mapping:
            reader.reading.warn(reader.shown, f"'{key}' is no longer shown to patients: record a medical "
                                "review with lupus-kiosk sign-off (see README.md), then remove this line",
                                mapping.key_lines[key])


class _Reviews:
    """Looks up the review of each file an edition shows, hashing each file once per load."""

    def __init__(self, root: Path, records: tuple[ReviewRecord, ...], translation_folder: Path | None
                 ) -> None:
        self.root = root.resolve()
        self.records = records
        self.translation = translation_folder.resolve() if translation_folder is not None else None
        self.seen: dict[Path, FileReview] = {}

    def of(self, path: Path) -> FileReview:
        resolved = path.resolve()
        found = self.seen.get(resolved)
        if found is None:
            try:
                relative = resolved.relative_to(self.root).as_posix()
            except ValueError:  # outside the folder (the loader reports that): no review can name it
                relative = path.as_posix()
            try:
                sha = digest(resolved)
            except OSError:
                sha = ""
            found = self.seen[resolved] = file_review(relative, sha, self.records)
        return found

    def page(self, parts: list[tuple[Part, Path | None]]) -> PageReview:
        translation = self.translation
        return PageReview(tuple(
            PagePart(part, self.of(path),
                     translation is not None and path.resolve().is_relative_to(translation))
            for part, path in parts if path is not None))


def _underlines(glossary: tuple[GlossaryTerm, ...], texts: list[str]) -> bool:
    """Whether the pages would underline a glossary word in `texts` (as kiosk.views marks them)."""
    for text in texts:
        lowered = text.lower()
        for term in glossary:
            if term.listed_only:
                continue
            for form in term.matches:
                if form.lower() in lowered and re.search(
                        rf"\b{re.escape(form)}\b", text, 0 if form.isupper() else re.I):
                    return True
    return False


def _icon(reader: Reader, item: Mapping, where: str) -> Picture | None:
    if "icon" not in item:
        return None
    path = reader.file(item, "icon", where)
    if path.suffix.lower() not in (".svg", ".png", ".jpg", ".jpeg"):
        raise reader.error(f"the icon '{path.name}' must be an .svg, .png or .jpg picture",
                           item.key_lines["icon"])
    resolved = reader.reading.resolve(path)
    if not resolved.is_relative_to(reader.reading.resolve(reader.root)):
        raise reader.error("the icon is outside the content folder; keep every file inside it",
                           item.key_lines["icon"])
    data = reader.picture_bytes(resolved, item.key_lines["icon"])
    reader.reading.read(resolved, reader.edition)
    return Picture(resolved, data)


def read_content(folder: Path, root: Path, reading: Reading, front_only: bool = False,
                 records: tuple[ReviewRecord, ...] = ()) -> Content | None:
    """Read one edition (the kiosk.yaml in `folder`), noting every problem in `reading`.

    `root` is the content folder when `folder` is a translation inside it. None when the
    edition cannot be read at all; otherwise what could be read (complete when `reading`
    has no errors). `front_only` leaves out the sections (see read_front). `records` are the
    medical reviews (kiosk.reviews) that each file shown is looked up in.
    """
    try:
        is_folder = folder.is_dir()
    except (OSError, ValueError):
        is_folder = False
    if not is_folder:
        problem = link_problem(folder, "folder") or "does not exist or is not a folder"
        reading.problems.extend(ContentError(folder, f"the content folder {problem}").problems)
        return None
    translation_folder = folder if folder.resolve() != root.resolve() else None
    reader = Reader(folder / INDEX_FILE, root, translation_folder, reading, folder)
    try:
        data = _index_without_sections(reader) if front_only else reader.load()
    except ContentError as error:
        reading.problems.extend(error.problems)
        return None
    attempt = reading.attempt
    with attempt():
        allowed = INDEX_KEYS if translation_folder is None else INDEX_KEYS - {"keep"}
        reader.check_keys(data, allowed, "this file")
    with attempt():
        reader.check_translation(data)

    texts: dict[str, str] = {}

    def block(key: str, keys: set[str], required: tuple[str, ...] = ()) -> Mapping | None:
        with attempt():
            mapping = reader.mapping(data, key, "this file")
            reader.check_keys(mapping, keys, f"'{key}'")
            for name in required:
                texts[f"{key}.{name}"] = reader.required_text(mapping, name, f"'{key}'")
            return mapping
        return None

    block("clinic", {"name", "location"}, ("name", "location"))
    review_keys = {"reviewer"}
    if translation_folder is None:
        review_keys |= {"last_updated", "max_age_months"}
    review_block = Mapping()
    if "review" in data:
        review_block = block("review", review_keys) or Mapping()
        reader.note_lines("review", "", review_block)
        _warn_old_review_keys(reader, review_block)
    paths: dict[str, Path | None] = dict.fromkeys(
        ("disclaimer", "notice", "references", "studies", "glossary"))
    for key in ("disclaimer", "notice"):
        mapping = block(key, {"title", "body"}, ("title",))
        if mapping is not None:
            with attempt():
                texts[f"{key}.body"] = reader.markdown_file(mapping, "body", f"'{key}'")
                paths[key] = reader.file(mapping, "body", f"'{key}'")
    max_months = DEFAULT_REVIEW_MONTHS
    with attempt():
        max_months = _count(reader, review_block, "max_age_months", "'review'") or DEFAULT_REVIEW_MONTHS

    references: dict[str, Reference] = {}
    broken: set[str] = set()
    studies: tuple[Study, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    named = {key: False for key in ("references", "studies", "glossary")}
    for key in named:
        with attempt():
            named[key] = bool(reader.text(data, key, "this file", required=False))
    if named["references"]:
        with attempt():
            path = paths["references"] = reader.file(data, "references", "this file")
            references = _load_references(Reader(path, root, None, reading, folder), broken)
    if named["studies"]:
        with attempt():
            path = paths["studies"] = reader.file(data, "studies", "this file")
            studies_reader = Reader(path, root, translation_folder, reading, folder)
            studies = _load_studies(studies_reader, references, broken)
    if named["glossary"]:
        with attempt():
            path = paths["glossary"] = reader.file(data, "glossary", "this file")
            glossary = _load_glossary(Reader(path, root, translation_folder, reading, folder))
    available = {"studies": named["studies"], "references": named["references"]}

    translations: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    with attempt():
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
    with attempt():
        if "keep" in data:
            listed = data["keep"]
            if not isinstance(listed, list) or not all(isinstance(k, str) and k.strip() for k in listed):
                raise reader.error("'keep' must be a list of files or folders, like [source]",
                                   data.key_lines["keep"])
            keep = tuple(listed)

    sections: list[Section] = []
    items: list[tuple[Mapping, int]] = []
    if not front_only:
        with attempt():
            items = reader.items(data, "sections", "this file")
    used_ids: set[str] = set()  # a set, not a look through the list: libraries run to thousands
    reviews = _Reviews(root, records, translation_folder)

    def page_review(body: Path, section: Section) -> PageReview:
        """The files a section's page shows: its text, the notice, the explanations of the words
        it underlines, its study cards (with the references they cite) or its reference list."""
        shown = [section.body, *(text for s in section.studies for text in (s.heading, s.design, s.found))]
        return reviews.page([
            (Part.TEXT, body),
            (Part.NOTICE, paths["notice"] if section.show_notice else None),
            (Part.GLOSSARY, paths["glossary"] if _underlines(glossary, shown) else None),
            (Part.STUDIES, paths["studies"] if section.studies else None),
            (Part.REFERENCES, paths["references"] if section.studies or section.references else None),
        ])

    for item, line in items:
        with attempt():
            section = _section(reader, item, line, used_ids, available, studies, references, page_review)
            used_ids.add(section.id)
            sections.append(section)
    for key in ("disclaimer", "notice", "glossary", "studies", "references"):
        known = paths[key]
        if known is not None:
            reviews.of(known)

    return Content(
        language=_optional(reader, data, "language") or "en",
        language_name=_optional(reader, data, "language_name") or "English",
        clinic_name=texts.get("clinic.name", ""),
        clinic_location=texts.get("clinic.location", ""),
        disclaimer_title=texts.get("disclaimer.title", ""),
        disclaimer=texts.get("disclaimer.body", ""),
        notice_title=texts.get("notice.title", ""),
        notice=texts.get("notice.body", ""),
        sections=tuple(sections),
        glossary=glossary,
        translations=translations,
        version=_optional(reader, data, "version") or "unnumbered",
        file_reviews=tuple(reviews.seen.values()),
        glossary_review=reviews.page([(Part.GLOSSARY, paths["glossary"])]),
        max_review_months=max_months,
        keep=keep,
    )


def _optional(reader: Reader, data: Mapping, key: str) -> str | None:
    with reader.reading.attempt():
        return reader.text(data, key, "this file", required=False)
    return None


def _section(reader: Reader, item: Mapping, line: int, used_ids: set[str], available: dict[str, bool],
             studies: tuple[Study, ...], references: dict[str, Reference],
             page_review: Callable[[Path, Section], PageReview]) -> Section:
    where = f"the section on line {line}"
    original = reader.translation_folder is None
    allowed = SECTION_KEYS | ORIGINAL_SECTION_KEYS if original else SECTION_KEYS
    for key in item:
        if not original and key in ORIGINAL_SECTION_KEYS:
            raise reader.error(f"'{key}' is set in the original's kiosk.yaml, not in a translation",
                               item.key_lines[key])
    reader.check_keys(item, allowed, where)
    section_id = reader.required_text(item, "id", where)
    if section_id in used_ids:
        raise reader.error(f"the section id '{section_id}' is used twice", item.key_lines["id"])
    if section_id in BUILT_IN_PAGES:
        raise reader.error(
            f"the section id '{section_id}' is the name of one of the kiosk's own pages "
            f"({', '.join(BUILT_IN_PAGES)}); choose another id", item.key_lines["id"])
    shows = reader.text(item, "shows", where, required=False)
    if shows is not None and shows not in SHOWS:
        raise reader.error(
            f"'shows: {shows}' in {where} is unknown; it can be 'studies' or 'references'",
            item.key_lines["shows"],
        )
    if shows is not None and not available[shows]:
        raise reader.error(
            f"{where} shows {shows}, but this file names no {shows} file (add '{shows}: "
            f"{shows}.yaml' at the top)",
            item.key_lines["shows"],
        )
    title = reader.required_text(item, "title", where)
    reader.note_lines("section", section_id, item)
    _warn_old_review_keys(reader, item)
    section = Section(
        id=section_id,
        title=title,
        tile=reader.text(item, "tile", where, required=False) or title,
        body=reader.markdown_file(item, "body", where),
        show_notice=reader.flag(item, "show_notice", where),
        studies=studies if shows == "studies" else (),
        references=tuple(references.values()) if shows == "references" else (),
        icon=_icon(reader, item, where),
    )
    return replace(section, review=page_review(reader.file(item, "body", where), section))


def read_library(folder: Path | str, reading: Reading, front_only: bool = False) -> Library | None:
    """Read the content folder and every translation it lists, noting every problem in `reading`.

    A translation must have the same sections, in the same order, and the same glossary
    terms as the original, so that a patient who switches language stays on the same page.
    None when not even the original's kiosk.yaml can be read. `front_only`: see read_front.
    """
    root = Path(folder)
    records = read_reviews(root, reading)
    original = read_content(root, root, reading, front_only, records)
    if original is None:
        return None
    # A section or term the original could not load would make every translation differ too.
    comparable = not reading.errors
    editions = [original]
    for language in original.translations:
        before = len(reading.errors)
        edition = read_content(root / language, root, reading, front_only, records)
        if edition is None:
            continue
        # Likewise a translation that could not be read whole: its own error says why, once.
        whole = len(reading.errors) == before
        index = shown_path(root / language / INDEX_FILE, root)
        with reading.attempt():
            if edition.language != language:
                raise ContentError(index, f"'language' must be '{language}', the name of its folder")
            if not (comparable and whole):
                continue
            if [s.id for s in edition.sections] != [s.id for s in original.sections]:
                raise ContentError(
                    index, "a translation must have the same section ids, in the same order, as the original"
                )
            if [t.id for t in edition.glossary] != [t.id for t in original.glossary]:
                raise ContentError(
                    index, "a translation's glossary must have the same term ids, in the same order")
            # Icons are the original's; a translation has its own reviews (its files are its own).
            edition = replace(edition, sections=tuple(
                replace(mine, icon=theirs.icon)
                for mine, theirs in zip(edition.sections, original.sections, strict=True)
            ), max_review_months=original.max_review_months)
            editions.append(edition)
    return Library(tuple(editions))


def read_front(folder: Path | str) -> Library | None:
    """The content but its sections, read quickly: what the first screen (the disclaimer) shows.

    A library of thousands of sections takes seconds to read and check in full; the kiosk
    shows its first screen from this, and replaces it with the checked library (see
    kiosk.reload). None where this quick read finds any problem: the full check says what.
    """
    reading = Reading()
    library = read_library(folder, reading, front_only=True)
    return None if reading.errors else library


# A line that starts a new top-level key: not indented, not a list item or a comment.
_TOP_LEVEL = re.compile(r"[^\s#-]")


def _index_without_sections(reader: Reader) -> Mapping:
    """The index's YAML without its `sections:` list, which is most of a large library's index.

    The list's lines are kept, blank, so that line numbers stay those of the file.
    """
    text = read_text(reader.path, reader.root, reader.reading, MAX_YAML_BYTES)
    lines = text.split("\n")
    inside = False
    for number, line in enumerate(lines):
        if line.startswith("sections:"):
            inside = True
        elif inside and _TOP_LEVEL.match(line):
            inside = False
        if inside:
            lines[number] = ""
    try:
        data = yaml.load("\n".join(lines), Loader=LineLoader)
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        raise reader.error("this is not valid YAML", None) from None  # the full read says where
    if not isinstance(data, Mapping):
        raise reader.error("the file must be a list of 'key: value' settings", 1)
    reader.reading.read(reader.path, reader.edition)
    return data


def load_library(folder: Path | str) -> Library:
    """Read the content folder and its translations; raise ContentError, with every problem, on any."""
    reading = Reading()
    library = read_library(folder, reading)
    reading.raise_errors()
    assert library is not None
    return library


def load_content(folder: Path | str, root: Path | str | None = None) -> Content:
    """Read one edition; raise ContentError, with every problem, on any."""
    folder = Path(folder)
    reading = Reading()
    root_folder = Path(root) if root is not None else folder
    content = read_content(folder, root_folder, reading, records=read_reviews(root_folder, reading))
    reading.raise_errors()
    assert content is not None
    return content
