"""Load the kiosk's content folder (YAML plus Markdown) into immutable objects (kiosk.content_model).

This module never imports Qt: what the content says, and every mistake a person can make
in it, can be checked without a window. The loader goes on past a mistake where it can
(see content_files.Reading); `load_library` raises one ContentError holding them all, each
naming the file, the line where YAML knows it, and what is wrong in plain words.

An edition (one language) is read in steps, each a function below that returns what it read
and notes its mistakes in the Reading: the index file, the clinic and the review settings,
the disclaimer and the notice, the files the index names (references, studies, glossary),
the lists of translations and kept files, the sections, and the review of each page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
from kiosk.content_items import (
    BUILT_IN_PAGES,
    read_count,
    read_glossary,
    read_references,
    read_section,
    read_studies,
    warn_old_review_keys,
)
from kiosk.content_model import (
    DEFAULT_REVIEW_MONTHS,
    DESIGNS,
    Content,
    Evidence,
    GlossaryTerm,
    Library,
    Picture,
    Reference,
    Section,
    Study,
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
    "BUILT_IN_PAGES", "DEFAULT_REVIEW_MONTHS", "DESIGNS", "INDEX_FILE", "Content", "ContentError", "Evidence",
    "GlossaryTerm", "Library", "PageReview", "Picture", "Reference", "Section", "Study", "load_content",
    "load_library", "read_content", "read_front", "read_library",
]

INDEX_FILE = "kiosk.yaml"
INDEX_KEYS = {
    "version", "translation", "language", "language_name", "translations", "clinic", "review", "disclaimer",
    "notice", "references", "studies", "glossary", "sections", "keep",
}
# The files an index may name for its pages to cite, in the order they are read: a study card
# needs the references, and the glossary is checked against every text.
CITED_FILES = ("references", "studies", "glossary")


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


def read_content(folder: Path, root: Path, reading: Reading, front_only: bool = False,
                 records: tuple[ReviewRecord, ...] = ()) -> Content | None:
    """Read one edition (the kiosk.yaml in `folder`), noting every problem in `reading`.

    `root` is the content folder when `folder` is a translation inside it. None when the
    edition cannot be read at all; otherwise what could be read (complete when `reading`
    has no errors). `front_only` leaves out the sections (see read_front). `records` are the
    medical reviews (kiosk.reviews) that each file shown is looked up in.
    """
    index = _read_index(folder, root, reading, front_only)
    if index is None:
        return None
    reader, data = index
    clinic_name, clinic_location = _read_clinic(reader, data)
    review = _read_review_settings(reader, data)
    disclaimer = _read_text_page(reader, data, "disclaimer")
    notice = _read_text_page(reader, data, "notice")
    max_review_months = _max_review_months(reader, review)
    cited = _read_cited_files(reader, data)
    translations = _read_translations(reader, data)
    keep = _read_keep(reader, data)
    reviews = _Reviews(root, records, reader.translation_folder)
    sections = () if front_only else _read_sections(reader, data, cited, notice, reviews)
    # Every file the edition shows has its review, also where no section's page shows it (the
    # disclaimer); after the pages', as file_reviews lists the files in the order read.
    paths = cited.paths
    for path in (disclaimer.path, notice.path, paths["glossary"], paths["studies"], paths["references"]):
        if path is not None:
            reviews.of(path)

    def explained(*shown: str) -> Path | None:
        """The glossary, where a page that shows `shown` underlines its words (the notice does too)."""
        return cited.paths["glossary"] if _underlines(cited.glossary, list(shown)) else None

    language = _optional(reader, data, "language") or "en"
    language_name = _optional(reader, data, "language_name") or "English"
    version = _optional(reader, data, "version") or "unnumbered"
    return Content(
        language=language,
        language_name=language_name,
        clinic_name=clinic_name,
        clinic_location=clinic_location,
        disclaimer_title=disclaimer.title,
        disclaimer=disclaimer.body,
        notice_title=notice.title,
        notice=notice.body,
        sections=sections,
        glossary=cited.glossary,
        translations=translations,
        version=version,
        file_reviews=tuple(reviews.seen.values()),
        glossary_review=reviews.page([(Part.GLOSSARY, cited.paths["glossary"])]),
        disclaimer_review=reviews.page([
            (Part.DISCLAIMER, disclaimer.path),
            (Part.NOTICE, notice.path),
            (Part.GLOSSARY, explained(disclaimer.body, notice.body)),
        ]),
        # The saved studies' titles come from the references; the notice goes with them.
        take_home_review=reviews.page([
            (Part.NOTICE, notice.path),
            (Part.GLOSSARY, explained(notice.body)),
            (Part.REFERENCES, cited.paths["references"]),
        ]),
        max_review_months=max_review_months,
        keep=keep,
    )


def _read_index(folder: Path, root: Path, reading: Reading, front_only: bool
                ) -> tuple[Reader, Mapping] | None:
    """The edition's kiosk.yaml, read and its keys checked; None (noted) where it cannot be read.

    `front_only` reads it without its `sections:` list (see read_front).
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
    with reading.attempt():
        allowed = INDEX_KEYS if translation_folder is None else INDEX_KEYS - {"keep"}
        reader.check_keys(data, allowed, "this file")
    with reading.attempt():
        reader.check_translation(data)
    return reader, data


def _block(reader: Reader, data: Mapping, key: str, keys: set[str]) -> Mapping:
    """The index's mapping under `key`, which may hold only `keys`."""
    mapping = reader.mapping(data, key, "this file")
    reader.check_keys(mapping, keys, f"'{key}'")
    return mapping


def _read_clinic(reader: Reader, data: Mapping) -> tuple[str, str]:
    """The clinic's name and location ('' for what cannot be read)."""
    name = location = ""
    with reader.reading.attempt():
        clinic = _block(reader, data, "clinic", {"name", "location"})
        name = reader.required_text(clinic, "name", "'clinic'")
        location = reader.required_text(clinic, "location", "'clinic'")
    return name, location


def _read_review_settings(reader: Reader, data: Mapping) -> Mapping:
    """The index's `review:` block (empty where it has none, or a mistake).

    Only the original sets how old a review may grow; the reviews themselves are in reviews.yaml.
    """
    if "review" not in data:
        return Mapping()
    keys = {"reviewer"} if reader.translation_folder is not None else {"reviewer", "last_updated",
                                                                       "max_age_months"}
    review = Mapping()
    with reader.reading.attempt():
        review = _block(reader, data, "review", keys)
    reader.note_lines("review", "", review)
    warn_old_review_keys(reader, review)
    return review


def _max_review_months(reader: Reader, review: Mapping) -> int:
    """How many months a medical review holds, as the `review:` block says (else the default)."""
    with reader.reading.attempt():
        return read_count(reader, review, "max_age_months", "'review'") or DEFAULT_REVIEW_MONTHS
    return DEFAULT_REVIEW_MONTHS


@dataclass(frozen=True)
class _TextPage:
    """The disclaimer or the notice: its title, its Markdown, and the Markdown's file."""

    title: str = ""
    body: str = ""
    path: Path | None = None


def _read_text_page(reader: Reader, data: Mapping, key: str) -> _TextPage:
    """The index's `disclaimer:` or `notice:` block and the Markdown file it names."""
    where = f"'{key}'"
    title = ""
    block: Mapping | None = None
    with reader.reading.attempt():
        found = _block(reader, data, key, {"title", "body"})
        title = reader.required_text(found, "title", where)
        block = found
    if block is None:  # its mistake is noted; the body would only add a second message
        return _TextPage(title)
    body = ""
    path: Path | None = None
    with reader.reading.attempt():
        body = reader.markdown_file(block, "body", where)
        path = reader.file(block, "body", where)
    return _TextPage(title, body, path)


@dataclass(frozen=True)
class _CitedFiles:
    """What the files the index names hold: references by id, study cards, glossary terms.

    `named` says which of CITED_FILES the index names, `paths` where each is (None where it
    names none, or its name has a mistake).
    """

    named: dict[str, bool]
    paths: dict[str, Path | None]
    references: dict[str, Reference]
    studies: tuple[Study, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()


def _read_cited_files(reader: Reader, data: Mapping) -> _CitedFiles:
    """The references, study cards and glossary of the files the index names.

    A study card that cites a reference with a mistake is left out: that mistake is reported once.
    """
    named = dict.fromkeys(CITED_FILES, False)
    for key in CITED_FILES:
        with reader.reading.attempt():
            named[key] = bool(reader.text(data, key, "this file", required=False))
    paths: dict[str, Path | None] = dict.fromkeys(CITED_FILES)
    references: dict[str, Reference] = {}
    broken: set[str] = set()
    studies: tuple[Study, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    if named["references"]:
        with reader.reading.attempt():
            path = paths["references"] = reader.file(data, "references", "this file")
            # The published references are never translated: a translation names the original's
            # file, which has no translation header.
            shared = Reader(path, reader.root, None, reader.reading, reader.edition)
            references = read_references(shared, broken)
    if named["studies"]:
        with reader.reading.attempt():
            path = paths["studies"] = reader.file(data, "studies", "this file")
            studies = read_studies(_beside(reader, path), references, broken)
    if named["glossary"]:
        with reader.reading.attempt():
            path = paths["glossary"] = reader.file(data, "glossary", "this file")
            glossary = read_glossary(_beside(reader, path))
    return _CitedFiles(named, paths, references, studies, glossary)


def _beside(reader: Reader, path: Path) -> Reader:
    """A reader for the file at `path`, of the same edition as `reader`'s."""
    return Reader(path, reader.root, reader.translation_folder, reader.reading, reader.edition)


def _read_translations(reader: Reader, data: Mapping) -> tuple[str, ...]:
    """The language codes the original lists under `translations:` (a translation lists none)."""
    with reader.reading.attempt():
        if "translations" not in data:
            return ()
        listed = data["translations"]
        if reader.translation_folder is not None:
            raise reader.error("a translation cannot list translations", data.key_lines["translations"])
        if not isinstance(listed, list) or not all(isinstance(t, str) and t.isalpha() for t in listed):
            raise reader.error(
                "'translations' must be a list of language codes, like [es]",
                data.key_lines["translations"],
            )
        return tuple(listed)
    return ()


def _read_keep(reader: Reader, data: Mapping) -> tuple[str, ...]:
    """The files and folders listed under `keep:`: kept beside the content, never shown."""
    with reader.reading.attempt():
        if "keep" not in data:
            return ()
        listed = data["keep"]
        if not isinstance(listed, list) or not all(isinstance(k, str) and k.strip() for k in listed):
            raise reader.error("'keep' must be a list of files or folders, like [source]",
                               data.key_lines["keep"])
        return tuple(listed)
    return ()


def _read_sections(reader: Reader, data: Mapping, cited: _CitedFiles, notice: _TextPage,
                   reviews: _Reviews) -> tuple[Section, ...]:
    """The index's `sections:`, each with the review of the files its page shows.

    A section with a mistake is left out (the mistake noted) and the next one read.
    """
    items: list[tuple[Mapping, int]] = []
    with reader.reading.attempt():
        items = reader.items(data, "sections", "this file")
    paths = cited.paths

    def page_review(body: Path, section: Section) -> PageReview:
        """The files a section's page shows: its text, the notice, the explanations of the words
        it underlines, its study cards (with the references they cite) or its reference list."""
        shown = [section.body, *(text for s in section.studies for text in (s.heading, s.design, s.found))]
        return reviews.page([
            (Part.TEXT, body),
            (Part.NOTICE, notice.path if section.show_notice else None),
            (Part.GLOSSARY, paths["glossary"] if _underlines(cited.glossary, shown) else None),
            (Part.STUDIES, paths["studies"] if section.studies else None),
            (Part.REFERENCES, paths["references"] if section.studies or section.references else None),
        ])

    sections: list[Section] = []
    used_ids: set[str] = set()  # a set, not a look through the list: libraries run to thousands
    for item, line in items:
        with reader.reading.attempt():
            section = read_section(reader, item, line, used_ids, cited.named, cited.studies, cited.references,
                                   page_review)
            used_ids.add(section.id)
            sections.append(section)
    return tuple(sections)


def _optional(reader: Reader, data: Mapping, key: str) -> str | None:
    with reader.reading.attempt():
        return reader.text(data, key, "this file", required=False)
    return None


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
