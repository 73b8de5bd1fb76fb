"""The glossary as a careful physician reads it: plain definitions that promise nothing.

The explanations were written for the kiosk; no physician has reviewed them yet, and the
pages must say so. Until one does, each must say no more than a textbook definition.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.content import Content, load_library
from kiosk.reviews import State

ROOT = Path(__file__).resolve().parent.parent / "content"

# Words that promise a benefit, an approval to come, or a proof, in either language.
PROMISES = re.compile(
    r"\b(not yet approved|will be approved|proven|cures?|effective|safe and|"
    r"aún no|todavía no está aprobad|será aprobad|demostrad|curan?|eficaz)\b", re.I)


@pytest.fixture(scope="module")
def editions() -> dict[str, Content]:
    library = load_library(ROOT)
    return {edition.language: edition for edition in library.editions}


def definition(edition: Content, term_id: str) -> str:
    return " ".join(next(t.definition for t in edition.glossary if t.id == term_id).split())


def test_no_explanation_promises_a_benefit_or_an_approval(editions: dict[str, Content]) -> None:
    for language, edition in editions.items():
        for term in edition.glossary:
            found = PROMISES.search(term.definition)
            assert found is None, f"{language} {term.id}: '{found.group(0) if found else ''}'"


def test_the_explanations_await_a_physicians_review(editions: dict[str, Content]) -> None:
    for language, edition in editions.items():
        glossary = [r for r in edition.file_reviews if r.path.endswith("glossary.yaml")]
        assert [r.state for r in glossary] == [State.UNREVIEWED], language
        assert [p.review.state for p in edition.glossary_review.parts] == [State.UNREVIEWED]


@pytest.mark.parametrize(("language", "term_id", "says"), [
    # A standardized difference is in units of how much results vary, not the score's points:
    # "SMD -2.32" is not "2.32 points lower".
    ("en", "smd", "not in points on a score"),
    ("es", "smd", "no en puntos de una puntuación"),
    # The interval is about the value measured, not about "the true result of a study".
    ("en", "confidence-interval", "the true value a study set out to measure"),
    ("es", "confidence-interval", "el valor real que un estudio quería medir"),
    # Blinding is not only against a placebo.
    ("en", "double-blind", "who is getting which treatment"),
    ("es", "double-blind", "qué tratamiento recibe cada persona"),
    # Two studies or more make a meta-analysis: "many" claimed more weight than the word has.
    ("en", "meta-analysis", "the results of several earlier studies"),
    ("es", "meta-analysis", "los resultados de varios estudios anteriores"),
])
def test_the_corrected_definitions(editions: dict[str, Content], language: str, term_id: str,
                                   says: str) -> None:
    assert says in definition(editions[language], term_id)
