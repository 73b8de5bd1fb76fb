"""What the kiosk shows, as immutable objects: a Library of editions (one per language) of Content.

kiosk.content reads a content folder into these; the views are handed them. Plain data: no
logic here beyond a look-up or a link worked out from a field, and no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.reviews import FileReview, PageReview

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
    disclaimer_review: PageReview = field(default_factory=PageReview)  # the disclaimer page's
    take_home_review: PageReview = field(default_factory=PageReview)  # Take this with me's (studies saved)
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
