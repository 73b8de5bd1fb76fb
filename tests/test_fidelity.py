"""Every paragraph and list item of the clinic's page is carried over into the content.

The exceptions are listed one by one with their reason: the citations, which are replaced by
the checked ones, and the sentences corrected against the published record (see
content/source/README.md). Each corrected sentence must appear in its corrected form.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content import Content, load_content, load_library

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "content" / "source" / "clinic-page.txt"

CITATION = "citation replaced by the checked published record (references.yaml)"
LAYOUT = "a label of the web page's layout; the study card shows the same with its own layout"
UNCONFIRMED = "not supported by the published record; left out rather than risk a false claim"

# Source line (start) -> (text that must appear instead, or None if dropped; reason).
ADAPTED: dict[str, tuple[str | None, str]] = {
    "Medical Review:": ("Dr. Gerald Mastaw, MD – Board-Certified Physician",
                        "recorded in reviews.yaml for the files holding the page's text; the footer of a "
                        "page shows it as 'Medical review: …' only for what it covers"),
    "Last Updated:": ("2025-10",
                      "the review's date in reviews.yaml; the footer shows 'October 2025'"),
    "Important:": ("Important", "the notice box's title"),
    "2025 – Double-Blind RCT": ("Double-Blind RCT Using MSC Secretome", "year shown on its own"),
    "2025 – Meta-Analysis": ("Meta-Analysis Across Autoimmune Diseases (Including Lupus)",
                             "year shown on its own"),
    "2024 – Phase 1": ("Phase 1 Dose-Escalation Trial in France", "year shown on its own"),
    "2022 – Phase 1": ("Phase 1 UC-MSC Trial for Refractory SLE", "year shown on its own"),
    "Title:": (None, CITATION),
    "Journal:": (None, CITATION),
    "Summary:": (None, LAYOUT),
    "Al-Shaer A.": (None, CITATION),
    "Chen Y.": (None, CITATION),
    "Dubois M.": (None, CITATION),
    "He L.": (None, CITATION),
    "This page is for educational purposes only": (
        "This kiosk is for educational purposes only and does not constitute medical advice.",
        "the disclaimer is shown on a kiosk, not a web page",
    ),
    # Study 1 (Nurudhin 2025): moderate disease activity; six weekly 1.5 mL intramuscular
    # injections of cell-free secretome against saline placebo.
    "Twenty-nine women with active lupus": (
        "Twenty-nine women with moderately active lupus received six weekly injections of "
        "MSC-secretome (the bioactive solution produced by MSCs, with no cells in it) or a "
        "saline placebo.",
        "the published record: moderate disease activity, cell-free secretome, saline placebo",
    ),
    "Patients receiving MSC-secretome had significant": (
        "Patients receiving MSC-secretome had lower lupus disease activity scores (MEX-SLEDAI) "
        "and higher levels of complement C3 at day 43.",
        "the IL-6 / TNF-alpha finding could not be confirmed from the published abstract",
    ),
    "The treatment was safe and well-tolerated, with no severe": (None, UNCONFIRMED),
    # Study 2 (Zeng 2025): the confidence interval is added from the published record.
    "In lupus subgroups": (
        "In lupus subgroups, MSC therapy significantly lowered SLE Disease Activity Index "
        "(SLEDAI) scores (SMD −2.32, 95% CI −3.59 to −1.06, p = 0.0003).",
        "figures written as published",
    ),
    "No increase in adverse events was found": (None, UNCONFIRMED),
    "Researchers concluded MSC therapy is safe": (None, UNCONFIRMED),
    # Study 3 (Farge 2025): single doses of 2 or 4 million cells/kg; three mild-to-moderate
    # infusion reactions in two patients; about 12 months of follow-up.
    "Eight patients with severe": (
        "Eight patients with severe, treatment-resistant lupus each received a single dose of "
        "UC-MSCs: 2 or 4 million cells per kg of body weight.",
        "each patient had one dose, of 2 or 4 million cells/kg",
    ),
    "Treatment was well-tolerated, with only mild": (
        "There were three mild-to-moderate infusion reactions, in two participants.",
        "the published record: three mild-to-moderate reactions in two patients",
    ),
    "Over a year of follow-up": (
        "The patients were followed for about 12 months.",
        "the outcome claim is not in the checked record; the follow-up time is",
    ),
    # Study 4 (Kamen 2022): 6 women, one infusion of 1 million cells/kg, 5 of 6 reached SRI-4,
    # changes in some B-cell subsets (not "normalization").
    "Six patients with active lupus": (
        "Six women with active lupus unresponsive to medication received a single UC-MSC "
        "infusion (1 million cells per kg of body weight).",
        "the participants were six women; the dose written out in words",
    ),
    "By 24 weeks, 83% achieved": (
        "Five of the six (83%) achieved the lupus responder endpoint (SRI-4), showing reduced "
        "disease activity. The researchers also reported changes in some B-cell subsets.",
        "the record reports changes in some B-cell subsets, not normalization; the endpoint "
        "time on the page (24 weeks) is not the published one",
    ),
    "No serious side effects occurred.": (None, UNCONFIRMED),
    "The trial concluded UC-MSC infusion was safe": (None, UNCONFIRMED),
}


def normalize(text: str) -> str:
    return " ".join(text.replace("#", " ").split())


def all_text(content: Content) -> str:
    records = {f.record for f in content.file_reviews if f.record is not None}
    parts = [content.clinic_name, content.clinic_location,
             *(f"{record.signed_by} {record.date_text}" for record in records),
             content.disclaimer_title, content.disclaimer,
             content.notice_title, content.notice]
    for section in content.sections:
        parts += [section.title, section.tile, section.body]
        for study in section.studies:
            parts += [study.heading, study.year, study.design, study.found]
    lines = []
    for part in parts:
        for line in part.splitlines():
            stripped = line.strip()
            lines.append(stripped[2:] if stripped.startswith("- ") else stripped)
    return normalize(" ".join(lines))


def source_lines() -> list[str]:
    lines = [line.strip() for line in SOURCE.read_text(encoding="utf-8").splitlines()]
    return [line[2:] if line.startswith("- ") else line for line in lines if line]


@pytest.fixture(scope="module")
def shown() -> str:
    return all_text(load_content(ROOT / "content"))


@pytest.mark.parametrize("line", source_lines())
def test_source_line_is_carried_over(shown: str, line: str) -> None:
    adapted = [value for start, value in ADAPTED.items() if line.startswith(start)]
    assert len(adapted) <= 1, f"more than one exception matches {line!r}"
    if not adapted:
        assert normalize(line) in shown, f"missing from content/: {line!r}"
        return
    replacement, reason = adapted[0]
    assert reason
    if replacement is None:
        assert normalize(line) not in shown, f"dropped on purpose but still shown: {line!r}"
    else:
        assert normalize(replacement) in shown, f"the corrected form is missing: {replacement!r}"


def test_every_exception_matches_a_source_line() -> None:
    lines = source_lines()
    for start in ADAPTED:
        assert any(line.startswith(start) for line in lines), f"no source line starts {start!r}"


# The clinic's regenerative material, from its heading to the page's last paragraph.
REGENERATIVE = ("How Regenerative Medicine Could Help", "Could This Be the Right Option for You?")
REGENERATIVE_ES = ("Cómo podría ayudar la medicina regenerativa",
                   "¿Podría ser esta la opción adecuada para usted?")


def test_treatments_is_standard_care_only() -> None:
    """The clinic's regenerative material is on Regenerative Research, below the notice, word for word."""
    library = load_library(ROOT / "content")
    lines = source_lines()
    start = lines.index(REGENERATIVE[0])
    moved = lines[start:lines.index("Important:")]
    moved += lines[lines.index(REGENERATIVE[1]):lines.index("Medical Disclaimer")]
    english = library.edition("en")
    treatments = normalize(english.section("treatments").body)
    research = english.section("regenerative-research")
    assert research.show_notice
    assert "Traditional Treatment Options" in treatments
    for line in moved:
        assert normalize(line) in normalize(research.body), line
        assert normalize(line) not in treatments, line
    spanish = library.edition("es")
    for heading in REGENERATIVE_ES:
        assert f"## {heading}" in spanish.section("regenerative-research").body
        assert heading not in spanish.section("treatments").body
    assert "## Opciones de tratamiento convencional" in spanish.section("treatments").body
    assert "tradicionales" not in spanish.section("treatments").body
