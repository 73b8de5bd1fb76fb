"""Medical review records: tied to the text they cover, shown only for it, listed for staff."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.app import main
from kiosk.config import Settings
from kiosk.content import ContentError, load_library
from kiosk.controller import Kiosk
from kiosk.reviews import ReviewRecord, State, digest, file_review, is_overdue
from kiosk.validate import Checks, check_folder, review_findings
from tests.conftest import build_kiosk
from tests.helpers import button_labelled, tap, tap_tile, visible_text
from tests.test_take_home import RESEARCH, open_section, save_control

DOCTOR = ["--reviewer", "Dr. A. Example, MD", "--qualification", "Internist", "--date", "2026-09"]
SIGNED = "Dr. A. Example, MD – Internist"
CLINIC_REVIEW = "Dr. Gerald Mastaw, MD – Board-Certified Physician"  # the clinic page's, October 2025
TRANSLATED = "translation_of: {of}\nsource_version: 2026-09\ntranslated: 2026-10-01"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A small content folder with one page that shows the notice and underlines a glossary word,
    and its Spanish translation."""
    root = tmp_path / "content"
    write(root / "kiosk.yaml",
          "clinic: {name: Riverside Clinic, location: Springfield}\n"
          "review: {max_age_months: 12}\n"
          "disclaimer: {title: Please read, body: disclaimer.md}\n"
          "notice: {title: Important, body: notice.md}\n"
          "glossary: glossary.yaml\n"
          "translations: [es]\n"
          "sections:\n  - {id: joints, title: Joints, body: joints.md, show_notice: true}\n")
    write(root / "disclaimer.md", "For learning only; ask your doctor.\n")
    write(root / "notice.md", "Some treatments here are investigational.\n")
    write(root / "joints.md", "Joint pain often comes with a flare.\n")
    write(root / "glossary.yaml",
          "terms:\n  - {id: flare, term: flare, definition: A time when the illness gets worse.}\n")
    write(root / "es" / "kiosk.yaml",
          "translation: {of: kiosk.yaml, source_version: 2026-09, translated: 2026-10-01}\n"
          "language: es\nlanguage_name: Español\n"
          "clinic: {name: Riverside Clinic, location: Springfield}\n"
          "disclaimer: {title: Lea esto, body: disclaimer.md}\n"
          "notice: {title: Importante, body: notice.md}\n"
          "glossary: glossary.yaml\n"
          "sections:\n  - {id: joints, title: Articulaciones, body: joints.md, show_notice: true}\n")
    for name, text in [("disclaimer.md", "Solo para aprender; pregunte a su médico.\n"),
                       ("notice.md", "Algunos tratamientos están en investigación.\n"),
                       ("joints.md", "El dolor de las articulaciones suele venir con un brote.\n")]:
        write(root / "es" / name, f"---\n{TRANSLATED.format(of=name)}\n---\n\n{text}")
    write(root / "es" / "glossary.yaml",
          "translation: {of: glossary.yaml, source_version: 2026-09, translated: 2026-10-01}\n"
          "terms:\n  - {id: flare, term: brote, definition: Un tiempo en que la enfermedad empeora.}\n")
    return root


def sign_off(folder: Path, *files: str) -> int:
    return main(["sign-off", *DOCTOR, "--content", str(folder), *files])


def record(day: int, *files: tuple[str, str]) -> ReviewRecord:
    return ReviewRecord("Dr. B", "Physician", datetime.date(2026, 1, day), True, files)


def test_a_file_is_reviewed_only_as_the_text_its_review_recorded() -> None:
    old, new = record(1, ("a.md", "1" * 64)), record(2, ("a.md", "2" * 64), ("b.md", "3" * 64))
    records = (old, new)
    assert file_review("a.md", "2" * 64, records).record is new
    assert file_review("a.md", "1" * 64, records).record is old  # an earlier text, still as reviewed
    changed = file_review("b.md", "4" * 64, records)
    assert changed.state is State.CHANGED and changed.record is new
    assert file_review("c.md", "1" * 64, records).state is State.UNREVIEWED
    reviewed = file_review("a.md", "2" * 64, records)
    assert not is_overdue(reviewed, datetime.date(2027, 1, 31), 12)
    assert is_overdue(reviewed, datetime.date(2027, 2, 1), 12)
    assert not is_overdue(changed, datetime.date(2030, 1, 1), 12)  # changed is said, not "overdue"


def test_sign_off_records_each_files_hash(folder: Path, capsys) -> None:
    assert sign_off(folder, "joints.md", "notice.md") == 0
    printed = capsys.readouterr().out
    assert f"reviewed by {SIGNED} on 2026-09" in printed
    assert f"{digest(folder / 'joints.md')}  joints.md" in printed
    text = (folder / "reviews.yaml").read_text(encoding="utf-8")
    assert '    date: "2026-09"' in text and f'      "notice.md": {digest(folder / "notice.md")}' in text
    page = load_library(folder).original.section("joints").review
    assert [(p.part.value, p.review.state) for p in page.parts] == [
        ("text", State.REVIEWED), ("notice", State.REVIEWED), ("glossary", State.UNREVIEWED)]
    assert page.parts[0].review.record is not None and page.parts[0].review.record.signed_by == SIGNED


@pytest.mark.parametrize("name", ["nothere.md", "reviews.yaml", "../kiosk.yaml"])
def test_sign_off_refuses_a_file_the_kiosk_does_not_show(folder: Path, capsys, name: str) -> None:
    sign_off(folder, "joints.md")
    before = (folder / "reviews.yaml").read_text(encoding="utf-8")
    assert sign_off(folder, "notice.md", name) == 2
    assert f"'{name}' is not a file the kiosk shows" in capsys.readouterr().err
    assert (folder / "reviews.yaml").read_text(encoding="utf-8") == before


def test_a_mistake_in_the_review_records_is_named_with_its_line(folder: Path) -> None:
    write(folder / "reviews.yaml", "reviews:\n  - reviewer: Dr. B\n    qualification: MD\n"
          "    date: 2026-09\n    files:\n      joints.md: 1234\n")
    with pytest.raises(ContentError) as caught:
        load_library(folder)
    assert str(caught.value.problems[0]) == (
        "content/reviews.yaml:6: error: the SHA-256 of 'joints.md' in the review on line 2 must be 64 "
        "hexadecimal digits; record reviews with lupus-kiosk sign-off")


def footer(kiosk: Kiosk, page: str = "joints") -> str:
    """The foot of the page on screen, line by line, as a patient reads it."""
    label = kiosk.screen.pages[page].findChild(QLabel, "ReviewLine")
    assert label is not None and label.isVisible()
    return label.text()


def test_a_page_names_its_review_only_for_what_it_covers(qtbot, qapp: QApplication, folder: Path) -> None:
    sign_off(folder, "joints.md", "notice.md")
    for kiosk in build_kiosk(qtbot, qapp, Settings(content_dir=folder)):
        tap(qtbot, button_labelled(kiosk.window, "I understand"))
        tap(qtbot, button_labelled(kiosk.window, "Joints"))
        assert footer(kiosk) == (f"Medical review of this page's text, the notice: {SIGNED}, September 2026\n"
                                 "Not reviewed by a physician yet: the word explanations.")
        # The Spanish page is a translation no one has reviewed: it borrows no review.
        tap(qtbot, button_labelled(kiosk.window, "Español"))
        assert footer(kiosk) == ("Traducción sin revisión de un médico todavía: el texto de esta página, "
                                 "el recuadro «Importante», las explicaciones de las palabras.")
        shown = visible_text(kiosk.screen)
        assert "Revisión médica" not in shown and SIGNED not in shown


def test_the_glossary_page_says_its_words_await_review(qtbot, qapp: QApplication, folder: Path) -> None:
    sign_off(folder, "joints.md", "notice.md")
    for kiosk in build_kiosk(qtbot, qapp, Settings(content_dir=folder)):
        tap(qtbot, button_labelled(kiosk.window, "I understand"))
        tap_tile(qtbot, kiosk, "glossary")
        label = kiosk.screen.pages["glossary"].findChild(QLabel, "ReviewLine")
        assert label is not None and label.isVisible()
        assert label.text() == "Not reviewed by a physician yet: the word explanations."


def test_a_page_changed_after_its_review_says_so(qtbot, qapp: QApplication, folder: Path) -> None:
    sign_off(folder, "joints.md", "notice.md", "glossary.yaml")
    (folder / "joints.md").write_text("Joint pain often comes with a flare. Rest helps.\n", encoding="utf-8")
    for kiosk in build_kiosk(qtbot, qapp, Settings(content_dir=folder)):
        tap(qtbot, button_labelled(kiosk.window, "I understand"))
        tap(qtbot, button_labelled(kiosk.window, "Joints"))
        assert footer(kiosk) == (f"Medical review of the notice, the word explanations: {SIGNED}, "
                                 "September 2026\nChanged after its medical review: this page's text.")


def test_a_page_wholly_covered_by_one_review_names_it_once(qtbot, qapp: QApplication, folder: Path) -> None:
    sign_off(folder, "joints.md", "notice.md", "glossary.yaml")
    for kiosk in build_kiosk(qtbot, qapp, Settings(content_dir=folder)):
        tap(qtbot, button_labelled(kiosk.window, "I understand"))
        tap(qtbot, button_labelled(kiosk.window, "Joints"))
        assert footer(kiosk) == f"Medical review: {SIGNED}, September 2026"


def test_check_content_and_staff_list_each_file_per_language(folder: Path) -> None:
    sign_off(folder, "joints.md", "notice.md")
    (folder / "notice.md").write_text("Some treatments here are investigational. Ask us.\n", encoding="utf-8")
    library, found = check_folder(folder, Checks(datetime.date(2027, 10, 1)))
    assert library is not None, "a file awaiting review does not stop the kiosk"
    english, spanish = "the pages in English show this file", "the pages in Español show this file"
    unreviewed = "and no medical review covers it: have a physician review it, and record it with " \
                 "lupus-kiosk sign-off"
    assert [str(p) for p in found] == [
        f"content/joints.md: warning: {english}; its medical review (Dr. A. Example, MD, 2026-09) is 13 "
        "months old (more than 12): have it reviewed again",
        f"content/notice.md: warning: {english}, and it changed after its medical review (Dr. A. Example, "
        "MD, 2026-09): have it reviewed again, and record it with lupus-kiosk sign-off",
        f"content/glossary.yaml: warning: {english}, {unreviewed}",
        f"content/disclaimer.md: warning: {english}, {unreviewed}",
        *(f"content/es/{name}: warning: {spanish}, {unreviewed}"
          for name in ("joints.md", "notice.md", "glossary.yaml", "disclaimer.md")),
    ]
    assert review_findings(library, datetime.date(2027, 10, 1)) == [
        "Medical review, English: not reviewed: glossary.yaml, disclaimer.md; changed since its review: "
        "notice.md; review older than 12 months: joints.md",
        "Medical review, Español: not reviewed: es/joints.md, es/notice.md, es/glossary.yaml, "
        "es/disclaimer.md",
    ]


def test_reviews_once_written_in_kiosk_yaml_still_load_with_a_warning(folder: Path) -> None:
    index = folder / "kiosk.yaml"
    old = index.read_text(encoding="utf-8").replace(
        "review: {max_age_months: 12}", "review: {reviewer: Dr. Old, last_updated: 2025-10}")
    index.write_text(old, encoding="utf-8")
    library, found = check_folder(folder, Checks(datetime.date(2026, 1, 1)))
    assert library is not None
    assert [str(p) for p in found if "no longer shown" in p.message] == [
        f"content/kiosk.yaml:2: warning: '{key}' is no longer shown to patients: record a medical review "
        "with lupus-kiosk sign-off (see README.md), then remove this line"
        for key in ("reviewer", "last_updated")]
    assert "Dr. Old" not in str(library.original.section("joints").review)


def test_the_clinic_review_covers_only_the_clinic_pages_own_text() -> None:
    """The default content keeps the review its web page states, for that page's text alone."""
    root = Path(__file__).resolve().parent.parent / "content"
    page = " ".join((root / "source" / "clinic-page.txt").read_text(encoding="utf-8").split())
    library = load_library(root)
    covered = {f.path for f in library.original.file_reviews if f.state is State.REVIEWED}
    assert covered == {"sections/what-is-lupus.md", "sections/treatments.md", "notice.md"}
    for name in covered:
        record = next(f.record for f in library.original.file_reviews if f.path == name)
        assert record is not None and record.signed_by == "Dr. Gerald Mastaw, MD – Board-Certified Physician"
        assert record.date_text == "2025-10", "the page gives the month only"
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            words = " ".join(line.lstrip("#- ").split())
            assert words in page, f"{name}: '{words}' is not the clinic page's text"
    assert all(f.state is State.UNREVIEWED for f in library.edition("es").file_reviews)


def test_the_disclaimer_page_names_a_review_only_for_the_notice(qtbot, real_kiosk: Kiosk) -> None:
    """The clinic's review covers the notice; the disclaimer's wording and the word explanations
    were written for the kiosk, and the Spanish edition is a translation no one has reviewed."""
    assert footer(real_kiosk, "disclaimer") == (
        f"Medical review of the notice: {CLINIC_REVIEW}, October 2025\n"
        "Not reviewed by a physician yet: the disclaimer, the word explanations.")
    tap(qtbot, button_labelled(real_kiosk.window, "Español"))
    assert footer(real_kiosk, "disclaimer") == (
        "Traducción sin revisión de un médico todavía: el aviso médico, el recuadro «Importante», "
        "las explicaciones de las palabras.")
    shown = visible_text(real_kiosk.screen)
    assert "Revisión médica" not in shown and "Mastaw" not in shown


def test_take_this_with_me_says_its_references_await_review(qtbot, real_kiosk: Kiosk) -> None:
    view = open_section(qtbot, real_kiosk, RESEARCH)
    tap(qtbot, save_control(view, "farge-2025"))
    tap(qtbot, button_labelled(real_kiosk.window, "Take this with me (1)"))
    assert footer(real_kiosk, "take-home") == (
        f"Medical review of the notice: {CLINIC_REVIEW}, October 2025\n"
        "Not reviewed by a physician yet: the word explanations, the references.")
    tap(qtbot, button_labelled(real_kiosk.window, "Español"))
    assert footer(real_kiosk, "take-home") == (
        "Sin revisión de un médico todavía: las referencias.\n"
        "Traducción sin revisión de un médico todavía: el recuadro «Importante», "
        "las explicaciones de las palabras.")
    shown = visible_text(real_kiosk.screen)
    assert "Revisión médica" not in shown and "Mastaw" not in shown


def test_a_disclaimer_changed_after_its_review_says_so(qtbot, qapp: QApplication, folder: Path) -> None:
    sign_off(folder, "disclaimer.md", "notice.md")
    (folder / "disclaimer.md").write_text("For learning only. Ask your doctor.\n", encoding="utf-8")
    for kiosk in build_kiosk(qtbot, qapp, Settings(content_dir=folder)):
        assert footer(kiosk, "disclaimer") == (f"Medical review of the notice: {SIGNED}, September 2026\n"
                                               "Changed after its medical review: the disclaimer.")
