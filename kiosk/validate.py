"""The content check: everything the loader rejects, and what else staff should know.

One validator for the kiosk and for `lupus-kiosk check-content`: the kiosk shows a folder
only when `check_folder` finds no error in it. No Qt here: what needs Qt (does a tile's
label fit, can a picture be decoded) comes in as functions (see kiosk.app.content_checks).
The folder's MANIFEST.sha256 is compared here too; kiosk.manifest writes and reads it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.content import INDEX_FILE, Content, Library, Picture, read_library
from kiosk.content_files import Problem, Reading, real_path, shown_path
from kiosk.manifest import MANIFEST_FILE, folder_files, verify_manifest
from kiosk.reviews import REVIEWS_FILE, State, is_overdue, months_since

ALWAYS_KEPT = ("README.md", MANIFEST_FILE, REVIEWS_FILE)


@dataclass(frozen=True)
class Checks:
    """What the check needs from outside: today's date, and the checks that need Qt."""

    today: datetime.date
    tile_fits: Callable[[str], bool] | None = None
    picture_problem: Callable[[Picture], str | None] | None = None


def check_folder(folder: Path | str, checks: Checks, manifest: bool = True,
                 warnings: bool = True) -> tuple[Library | None, list[Problem]]:
    """Load `folder` as the kiosk would and list every problem: errors first, then warnings.

    The library is None when there is any error: the kiosk must not show it.
    `manifest=False` skips comparing the files with MANIFEST.sha256 (when writing a new one);
    `warnings=False` looks for errors only (the kiosk's start, which warnings cannot stop).
    """
    root = real_path(Path(folder))  # a symlink loop is reported by the load, not raised here
    reading = Reading()
    library = read_library(root, reading)
    if library is not None:
        # Else some text is missing, and "unused" would mislead.
        loaded_whole = warnings and not reading.errors
        for edition in library.editions:
            _check_edition(root, edition, edition is library.original, reading, checks, loaded_whole)
        if not reading.errors:
            _check_translation_pairs(root, library, reading)
        if loaded_whole:
            _check_unused(root, library.original, reading)
        if manifest:
            reading.problems.extend(verify_manifest(root))
    # A file two editions share (the references) is reported once.
    problems = sorted(dict.fromkeys(reading.problems), key=lambda p: p.severity != "error")
    return (None if reading.errors else library), problems


def _where(reading: Reading, folder: Path, *places: tuple[str, str, str]) -> tuple[Path, int | None]:
    """The file and line of the first of `places`, (kind, name, key), written in the edition at `folder`.

    The key "" is the line where the entry itself starts.
    """
    for kind, name, key in places:
        found = reading.lines.get((reading.resolve(folder), kind, name, key))
        if found is not None:
            return found
    return shown_path(folder / INDEX_FILE, folder), None


def _check_edition(root: Path, edition: Content, original: bool, reading: Reading, checks: Checks,
                   loaded_whole: bool) -> None:
    folder = root if original else root / edition.language
    pictures: dict[Picture, str | None] = {}  # sections may share an icon: decode each once
    for section in edition.sections:
        if checks.tile_fits is not None and not checks.tile_fits(section.tile):
            path, line = _where(reading, folder, ("section", section.id, "tile"),
                                ("section", section.id, "title"), ("section", section.id, ""))
            reading.problems.append(Problem(path, line, (
                f"the tile label '{section.tile}' does not fit its tile at the largest text size "
                f"(two lines on the narrowest screen); shorten it, or give the section a shorter 'tile:'")))
        if not original:
            continue
        path, line = _where(reading, folder, ("section", section.id, "icon"), ("section", section.id, ""))
        if section.icon is not None and checks.picture_problem is not None:
            if section.icon not in pictures:
                pictures[section.icon] = checks.picture_problem(section.icon)
            problem = pictures[section.icon]
            if problem is not None:
                reading.problems.append(Problem(path, line, f"the icon '{section.icon.name}' {problem}"))
    if loaded_whole:
        _check_glossary_use(reading, folder, edition)
        _check_reviews(reading, root, edition, checks.today)


def _check_reviews(reading: Reading, root: Path, edition: Content, today: datetime.date) -> None:
    """A warning for each file the edition shows that no review covers, changed since, or is overdue."""
    pages = f"the pages in {edition.language_name} show this file"
    for review in edition.file_reviews:
        path = Path(root.name) / review.path
        record = review.record
        if review.state is State.UNREVIEWED:
            reading.warn(path, f"{pages}, and no medical review covers it: have a physician review it, "
                         "and record it with lupus-kiosk sign-off")
        elif review.state is State.CHANGED and record is not None:
            reading.warn(path, f"{pages}, and it changed after its medical review ({record.reviewer}, "
                         f"{record.date_text}): have it reviewed again, and record it with lupus-kiosk "
                         "sign-off")
        elif record is not None and is_overdue(review, today, edition.max_review_months):
            reading.warn(path, f"{pages}; its medical review ({record.reviewer}, {record.date_text}) is "
                         f"{months_since(record.date, today)} months old (more than "
                         f"{edition.max_review_months}): have it reviewed again")


def review_findings(library: Library, today: datetime.date) -> list[str]:
    """For the staff panel: per language, the files not reviewed, changed since, or overdue."""
    lines = []
    for edition in library.editions:
        groups: dict[str, list[str]] = {"not reviewed": [], "changed since its review": [],
                                        f"review older than {edition.max_review_months} months": []}
        names = list(groups)
        for review in edition.file_reviews:
            if review.state is State.UNREVIEWED:
                groups[names[0]].append(review.path)
            elif review.state is State.CHANGED:
                groups[names[1]].append(review.path)
            elif is_overdue(review, today, edition.max_review_months):
                groups[names[2]].append(review.path)
        found = [f"{name}: {', '.join(paths)}" for name, paths in groups.items() if paths]
        if found:
            lines.append(f"Medical review, {edition.language_name}: " + "; ".join(found))
    return lines


def _edition_texts(edition: Content) -> Iterator[str]:
    yield edition.disclaimer
    yield edition.notice
    for section in edition.sections:
        yield section.title
        yield section.body
        for study in section.studies:
            yield from (study.heading, study.design, study.found)


def _check_glossary_use(reading: Reading, folder: Path, edition: Content) -> None:
    # As the pages mark words: whole words, capitals only for an abbreviation in capitals.
    forms = {term.id: [(form.lower(), re.compile(rf"\b{re.escape(form)}\b", 0 if form.isupper() else re.I))
                       for form in term.matches]
             for term in edition.glossary if not term.listed_only}
    # Text by text, not all of it at once: a library's text runs to tens of megabytes, and one
    # search through all of it would hold up the screen (a check runs beside it, see reload).
    for text in _edition_texts(edition):
        if not forms:
            break
        lowered = text.lower()
        for term_id, term_forms in list(forms.items()):
            # A quick look for the letters first, then the whole word.
            if any(lower in lowered and pattern.search(text) for lower, pattern in term_forms):
                del forms[term_id]
    for term in edition.glossary:
        if term.id in forms:
            path, line = _where(reading, folder, ("term", term.id, "term"), ("term", term.id, ""))
            reading.warn(path, f"the glossary term '{term.term}' is not used on any page; "
                         "remove it, or add 'listed_only: true' to keep it on the Glossary page", line)


def _check_translation_pairs(root: Path, library: Library, reading: Reading) -> None:
    """Each translated file names an original the original uses; each original file has its translation."""
    resolved_root = root.resolve()
    for language in library.original.translations:
        folder = (root / language).resolve()
        covered: set[Path] = set()
        for shown, (of, line) in reading.translated.items():
            if not real_path(resolved_root / shown.relative_to(root.name)).is_relative_to(folder):
                continue
            original = real_path(resolved_root / of)
            if original not in reading.readers or resolved_root not in reading.readers[original]:
                reading.problems.append(Problem(shown, line, (
                    f"it says it translates '{of}', but the original has no such file in use; "
                    "check the path (it is relative to the content folder)")))
            covered.add(original)
        for path, editions in sorted(reading.readers.items()):
            shared = folder in editions  # read by the translation itself (the references)
            translatable = path.suffix in (".md", ".yaml")
            in_a_translation = any(path.is_relative_to(reading.resolve(root / t))
                                   for t in library.original.translations)
            if resolved_root in editions and translatable and not shared and not in_a_translation \
                    and path not in covered:
                reading.problems.append(Problem(shown_path(path, resolved_root), None, (
                    f"it has no translation in {language}/: add one that says 'of: "
                    f"{path.relative_to(resolved_root).as_posix()}'")))


def _check_unused(root: Path, original: Content, reading: Reading) -> None:
    kept = [reading.resolve(root / name) for name in original.keep]
    for path in folder_files(root):
        resolved = reading.resolve(path)
        if path.name in ALWAYS_KEPT or resolved in reading.readers:
            continue
        if any(resolved == k or resolved.is_relative_to(k) for k in kept):
            continue
        reading.warn(shown_path(path, root), "no page uses this file; remove it, or list it under "
                     "'keep:' in kiosk.yaml to keep it here")
