"""Read the entries of a content folder's files: references, study cards, glossary terms, sections.

Each function reads one entry (or one file of entries) with a kiosk.content_files.Reader and
raises ContentError, with file and line, at its first mistake; the readers of a whole file go
on to the next entry, noting the mistake in the Reading. kiosk.content puts them together. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from kiosk.content_files import Mapping, Reader
from kiosk.content_model import (
    DESIGNS,
    Evidence,
    GlossaryTerm,
    Picture,
    Reference,
    Section,
    Study,
)
from kiosk.reviews import PageReview

DOI = re.compile(r"10\.\d{4,9}/\S+")
NCT = re.compile(r"NCT\d{8}")


SHOWS = ("studies", "references")
# The kiosk's own pages (kiosk.views.screen): a section with one of these ids would take its
# place, and the page's tile would open the wrong page.
BUILT_IN_PAGES = ("home", "disclaimer", "glossary", "take-home", "updating")
SECTION_KEYS = {"id", "title", "tile", "body", "show_notice", "shows"}
# Set once, in the original: a translation's pages share the original's icons.
ORIGINAL_SECTION_KEYS = {"icon", "reviewer", "last_updated"}
# Where a review was once written in kiosk.yaml; reviews.yaml replaced them (kiosk.reviews).
OLD_REVIEW_KEYS = ("reviewer", "last_updated")


def warn_old_review_keys(reader: Reader, mapping: Mapping) -> None:
    """Content written before reviews.yaml still loads; staff learn that these keys are not shown."""
    for key in OLD_REVIEW_KEYS:
        if key in mapping:
            reader.reading.warn(reader.shown, f"'{key}' is no longer shown to patients: record a medical "
                                "review with lupus-kiosk sign-off (see README.md), then remove this line",
                                mapping.key_lines[key])


def read_count(reader: Reader, mapping: Mapping, key: str, where: str) -> int | None:
    """The whole number (1 or more) under `key`, or None where it is not set."""
    value = mapping.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise reader.error(f"'{key}' in {where} must be a whole number, like 42", mapping.key_lines[key])
    return value


def read_evidence(reader: Reader, item: Mapping, where: str) -> Evidence | None:
    """A reference's `evidence:` block, or None where it has none."""
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
        patients=read_count(reader, block, "patients", where),
        trials=read_count(reader, block, "trials", where),
        phase=reader.text(block, "phase", where, required=False),
    )


def read_reference(reader: Reader, item: Mapping, line: int) -> Reference:
    """One entry of the references file, written on `line`."""
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
        evidence=read_evidence(reader, item, where),
    )


def read_references(reader: Reader, broken: set[str]) -> dict[str, Reference]:
    """The references by id; the ids of those with a mistake go into `broken` (already reported)."""
    data = reader.load()
    reader.check_keys(data, {"references"}, "this file")
    references: dict[str, Reference] = {}
    for item, line in reader.items(data, "references", "this file"):
        if isinstance(item.get("id"), str):
            broken.add(item["id"])
        with reader.reading.attempt():
            reference = read_reference(reader, item, line)
            broken.discard(reference.id)
            if reference.id in references:
                raise reader.error(
                    f"the id '{reference.id}' is used twice; each reference needs its own", line)
            references[reference.id] = reference
    return references


def read_studies(reader: Reader, references: dict[str, Reference], broken: set[str]) -> tuple[Study, ...]:
    """The study cards of the studies file; a card citing a reference in `broken` is left out."""
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


def read_glossary(reader: Reader) -> tuple[GlossaryTerm, ...]:
    """The terms of the glossary file, in its order."""
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


def read_icon(reader: Reader, item: Mapping, where: str) -> Picture | None:
    """A section's tile picture, read whole, or None where it has none."""
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


def read_section(reader: Reader, item: Mapping, line: int, used_ids: set[str], available: dict[str, bool],
                 studies: tuple[Study, ...], references: dict[str, Reference],
                 page_review: Callable[[Path, Section], PageReview]) -> Section:
    """One entry of the index's `sections:` list, written on `line`.

    `used_ids` are the ids of the sections before it; `available` says which of the files a
    section can show (studies, references) the index names; `page_review` gives the review of
    the files its page shows.
    """
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
    warn_old_review_keys(reader, item)
    section = Section(
        id=section_id,
        title=title,
        tile=reader.text(item, "tile", where, required=False) or title,
        body=reader.markdown_file(item, "body", where),
        show_notice=reader.flag(item, "show_notice", where),
        studies=studies if shows == "studies" else (),
        references=tuple(references.values()) if shows == "references" else (),
        icon=read_icon(reader, item, where),
    )
    return replace(section, review=page_review(reader.file(item, "body", where), section))
