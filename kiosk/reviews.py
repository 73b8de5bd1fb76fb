"""Medical review records, and what they say about each file a page shows.

A physician's review is recorded in the content folder's reviews.yaml (by
`lupus-kiosk sign-off`, kiosk.sign_off): who reviewed, their qualification, the date, and the SHA-256 of
each file as it was when reviewed. A file's review holds only while its text is the text
reviewed; a page never borrows the review of another file. No Qt here.
"""

from __future__ import annotations

import datetime
import enum
import hashlib
from dataclasses import dataclass
from pathlib import Path

from kiosk.content_files import Mapping, Reader, Reading, read_yaml

REVIEWS_FILE = "reviews.yaml"
RECORD_KEYS = {"reviewer", "qualification", "date", "files"}


class State(enum.Enum):
    """Where a file stands with its medical review."""

    REVIEWED = "reviewed"  # its text is the text a review recorded
    CHANGED = "changed"  # a review named it, but its text has changed since
    UNREVIEWED = "unreviewed"  # no review names it


class Part(enum.Enum):
    """What a file is on a page, in the words the page's footer uses for it."""

    TEXT = "text"  # the page's own Markdown
    NOTICE = "notice"
    GLOSSARY = "glossary"  # the explanations of the words it underlines
    STUDIES = "studies"  # the study cards (their citations come from the references)
    REFERENCES = "references"
    DISCLAIMER = "disclaimer"


@dataclass(frozen=True)
class ReviewRecord:
    """One sign-off: who reviewed which files, and when (day 1 when only the month was given)."""

    reviewer: str
    qualification: str
    date: datetime.date
    day_given: bool
    files: tuple[tuple[str, str], ...]  # (path relative to the content folder, SHA-256)

    @property
    def signed_by(self) -> str:
        """The reviewer's name and qualification, as the page shows them."""
        return f"{self.reviewer} – {self.qualification}"

    @property
    def date_text(self) -> str:
        return f"{self.date:%Y-%m-%d}" if self.day_given else f"{self.date:%Y-%m}"


@dataclass(frozen=True)
class FileReview:
    """Where one file stands: its review (the one that matches, else the last that named it)."""

    path: str  # relative to the content folder, like es/sections/symptoms.md
    state: State
    record: ReviewRecord | None = None


@dataclass(frozen=True)
class PagePart:
    """One file a page shows, what it is on that page, and its review."""

    part: Part
    review: FileReview
    translated: bool = False  # a file of a translation (not one the translation shares with the original)


@dataclass(frozen=True)
class PageReview:
    """The review standing of everything a page shows, for its footer."""

    parts: tuple[PagePart, ...] = ()

    def with_state(self, state: State, translated: bool | None = None) -> tuple[Part, ...]:
        """The parts in `state`; with `translated`, only those of a translation (True) or the others."""
        return tuple(dict.fromkeys(p.part for p in self.parts if p.review.state is state
                                   and translated in (None, p.translated)))

    def records(self) -> tuple[tuple[ReviewRecord, tuple[Part, ...]], ...]:
        """Each review that covers some of the page, with the parts it covers, in page order."""
        covered: dict[ReviewRecord, list[Part]] = {}
        for part in self.parts:
            record = part.review.record
            if part.review.state is State.REVIEWED and record is not None:
                covered.setdefault(record, []).append(part.part)
        return tuple((record, tuple(dict.fromkeys(parts))) for record, parts in covered.items())


def digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, as `sha256sum` writes it."""
    sha = hashlib.sha256()
    with path.open("rb") as file:
        for chunk in iter(lambda: file.read(1 << 16), b""):
            sha.update(chunk)
    return sha.hexdigest()


def read_reviews(root: Path, reading: Reading) -> tuple[ReviewRecord, ...]:
    """The records in `root`'s reviews.yaml (none where there is no such file).

    Mistakes in it are noted in `reading` as errors, with line. The file is not counted as
    one the pages show: it is about them, and is never translated.
    """
    path = root / REVIEWS_FILE
    if not path.is_file():
        return ()
    reader = Reader(path, root, None, reading, root)
    records: list[ReviewRecord] = []
    with reading.attempt():
        data = read_yaml(path, root)
        reader.check_keys(data, {"reviews"}, "this file")
        if not data.get("reviews"):
            return ()  # no review recorded yet
        for item, line in reader.items(data, "reviews", "this file"):
            with reading.attempt():
                records.append(_record(reader, item, line))
    return tuple(records)


def _record(reader: Reader, item: Mapping, line: int) -> ReviewRecord:
    where = f"the review on line {line}"
    reader.check_keys(item, RECORD_KEYS, where)
    date = reader.month(item, "date", where)
    if date is None:
        raise reader.error(f"{where} needs 'date:', and it is missing", line)
    raw = item.get("date")
    files = reader.mapping(item, "files", where)
    entries = []
    for name, sha in files.items():
        if not isinstance(sha, str) or len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise reader.error(f"the SHA-256 of '{name}' in {where} must be 64 hexadecimal digits; "
                               "record reviews with lupus-kiosk sign-off",
                               files.key_lines.get(str(name), line))
        entries.append((str(name), sha))
    return ReviewRecord(
        reviewer=reader.required_text(item, "reviewer", where),
        qualification=reader.required_text(item, "qualification", where),
        date=date,
        day_given=not (isinstance(raw, str) and len(raw.strip()) == 7),
        files=tuple(entries),
    )


def file_review(path: str, sha: str, records: tuple[ReviewRecord, ...]) -> FileReview:
    """Where the file at `path` (content-relative), whose bytes hash to `sha`, stands.

    Reviewed by the latest record that holds this very text; else changed, after the latest
    record that named it; else unreviewed.
    """
    latest = sorted(records, key=lambda r: r.date, reverse=True)
    for record in latest:
        if (path, sha) in record.files:
            return FileReview(path, State.REVIEWED, record)
    for record in latest:
        if any(name == path for name, _ in record.files):
            return FileReview(path, State.CHANGED, record)
    return FileReview(path, State.UNREVIEWED)


def months_since(date: datetime.date, today: datetime.date) -> int:
    return (today.year - date.year) * 12 + today.month - date.month


def is_overdue(review: FileReview, today: datetime.date, max_months: int) -> bool:
    """A reviewed file whose review is older than `max_months`."""
    return (review.state is State.REVIEWED and review.record is not None
            and months_since(review.record.date, today) > max_months)
