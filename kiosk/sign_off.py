"""`lupus-kiosk sign-off`: record a physician's review of content files in reviews.yaml.

The record names each file with its SHA-256 as reviewed (kiosk.reviews reads it back), so
that the review holds for that text only. No Qt here.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from kiosk.content import read_library
from kiosk.content_files import Reading, shown_path
from kiosk.manifest import MANIFEST_FILE
from kiosk.reviews import REVIEWS_FILE, ReviewRecord, digest, read_reviews


class SignOffError(Exception):
    """A sign-off that cannot be recorded, in words for the person running it."""


def sign_off(root: Path, reviewer: str, qualification: str, date: str, files: list[str]) -> ReviewRecord:
    """Append a review of `files` (paths relative to `root`, or to the current folder) to reviews.yaml.

    Each file must be one the content shows; reviews.yaml and the manifest are refused (they
    are about the content, not content). Returns the record written.
    """
    root = root.resolve()
    date = date.strip()
    try:
        when = datetime.date.fromisoformat(date + "-01" if len(date) == 7 else date)
    except ValueError:
        raise SignOffError(f"the date '{date}' must be written as year-month (2025-10) or "
                           "year-month-day (2025-10-15)") from None
    if not reviewer.strip() or not qualification.strip():
        raise SignOffError("give the reviewer's name (--reviewer) and qualification (--qualification)")
    if not files:
        raise SignOffError("name the files the review covers")
    shown = shown_files(root)
    entries = []
    for name in files:
        path = Path(name)
        candidates = [path] if path.is_absolute() else [Path.cwd() / path, root / path]
        found = next((c.resolve() for c in candidates if c.resolve() in shown), None)
        if found is None:
            raise SignOffError(f"'{name}' is not a file the kiosk shows from {root.name}/ "
                               "(check the path; reviews.yaml and the manifest cannot be reviewed)")
        entries.append((found.relative_to(root).as_posix(), digest(found)))
    record = ReviewRecord(reviewer.strip(), qualification.strip(), when, len(date) != 7,
                          tuple(dict.fromkeys(entries)))
    _append(root / REVIEWS_FILE, record)
    # Read it back as the kiosk will: what was written must load.
    check = Reading()
    read_reviews(root, check)
    if check.errors:
        raise SignOffError(f"{shown_path(root / REVIEWS_FILE, root)} cannot be read after the sign-off: "
                           f"{check.errors[0]}")
    return record


def shown_files(root: Path) -> set[Path]:
    """Every file (resolved) that the content at `root` shows in some language."""
    reading = Reading()
    library = read_library(root, reading)
    if library is None or reading.errors:
        raise SignOffError(f"the content in {root.name}/ has errors; fix them first "
                           "(lupus-kiosk check-content)")
    return {(root / f.path).resolve() for edition in library.editions for f in edition.file_reviews}


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _append(path: Path, record: ReviewRecord) -> None:
    """Add the record at the end of reviews.yaml, leaving what is there (and its comments) as it is."""
    try:
        existing = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        existing = ("# Medical reviews of this content, written by `lupus-kiosk sign-off`: who reviewed\n"
                    "# which files, and the SHA-256 of each file as reviewed. A file edited since its\n"
                    "# review shows as changed. Do not edit the hashes by hand.\n")
    existing = existing.replace("\nreviews: []\n", "\nreviews:\n")
    if "\nreviews:" not in "\n" + existing:
        existing = existing.rstrip("\n") + "\nreviews:\n" if existing.strip() else "reviews:\n"
    lines = [f"  - reviewer: {_quoted(record.reviewer)}",
             f"    qualification: {_quoted(record.qualification)}",
             f"    date: \"{record.date_text}\"",
             "    files:"]
    lines += [f"      {_quoted(name)}: {sha}" for name, sha in record.files]
    text = existing if existing.endswith("\n") else existing + "\n"
    path.write_text(text + "\n".join(lines) + "\n", encoding="utf-8")


def sign_off_command(content: Path, reviewer: str, qualification: str, date: str, files: list[str]) -> int:
    """`lupus-kiosk sign-off --reviewer … --qualification … --date … [--content DIR] FILES…`.

    Records a physician's review of FILES in the content folder's reviews.yaml and prints
    it; 0 when recorded, 2 when refused (the reason on stderr). kiosk.cli parses the command.
    """
    try:
        record = sign_off(content, reviewer, qualification, date, files)
    except SignOffError as error:
        print(f"lupus-kiosk sign-off: {error}", file=sys.stderr)
        return 2
    reviews = content / REVIEWS_FILE
    print(f"Recorded in {reviews}: reviewed by {record.signed_by} on {record.date_text}:")
    for name, sha in record.files:
        print(f"  {sha}  {name}")
    if (content / MANIFEST_FILE).exists():
        print("The folder has a MANIFEST.sha256: write it again with "
              "lupus-kiosk check-content --write-manifest")
    return 0
