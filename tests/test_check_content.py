"""`lupus-kiosk check-content` and the validator it shares with the kiosk: one broken folder per rule."""

from __future__ import annotations

import datetime
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app import load_fonts, main
from kiosk.config import Settings
from kiosk.content_files import Problem
from kiosk.validate import MANIFEST_FILE, Checks, check_folder
from kiosk.views.home import narrowest_tile_fits
from kiosk.views.pictures import picture_problem
from tests.conftest import FIXTURE_CONTENT_DIR, build_kiosk
from tests.helpers import visible_text
from tests.test_content import edit, line_of

ROOT = Path(__file__).resolve().parent.parent
# A day when the real content's medical review is within its age (it was reviewed in October 2025).
REVIEWED_RECENTLY = datetime.date(2026, 1, 15)


@pytest.fixture
def checks(qapp: QApplication) -> Checks:
    load_fonts()
    return Checks(REVIEWED_RECENTLY, narrowest_tile_fits, picture_problem)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the real content folder, to break one thing at a time."""
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy)
    return copy


def problems(folder: Path, checks: Checks) -> list[str]:
    """Every problem but the review warnings (tests/test_reviews.py checks those)."""
    return [str(p) for p in check_folder(folder, checks)[1] if not review_warning(p)]


def review_warning(problem: Problem) -> bool:
    """A file awaiting its medical review (tests/test_reviews.py): the real content has many."""
    return problem.severity == "warning" and "lupus-kiosk sign-off" in problem.message


def test_the_real_content_is_clean(checks: Checks) -> None:
    library, found = check_folder(ROOT / "content", checks)
    assert [p for p in found if not review_warning(p)] == []
    assert library is not None and library.languages == ("en", "es")


def test_the_ui_tests_content_is_clean(checks: Checks) -> None:
    """The small content the UI tests run on (tests/conftest.py) passes the same check."""
    library, found = check_folder(FIXTURE_CONTENT_DIR, checks)
    assert [str(p) for p in found if not review_warning(p)] == []
    assert library is not None and library.languages == ("en", "es")
    english = library.editions[0]
    assert len(english.sections) <= 4 and len(english.glossary) <= 5, "kept small: it is for the UI tests"


def test_every_problem_is_listed_not_only_the_first(folder: Path, checks: Checks) -> None:
    index = folder / "kiosk.yaml"
    edit(index, "    title: Symptoms\n", "    titel: Symptoms\n")
    edit(folder / "references.yaml", "    doi: 10.1136/lupus-2022-000704", "    doi: lupus-2022-000704")
    library, found = check_folder(folder, checks)
    assert library is None
    assert [str(p) for p in found] == [
        f"content/references.yaml:{line_of(folder / 'references.yaml', 'doi: lupus-2022')}: error: "
        "'lupus-2022-000704' is not a DOI; a DOI starts with 10. and has a slash, like "
        "10.1136/lupus-2022-000704 (without https://doi.org/)",
        f"content/kiosk.yaml:{line_of(index, 'titel: Symptoms')}: error: 'titel' is not a known "
        "setting in the "
        f"section on line {line_of(index, 'id: symptoms')} (known settings: body, icon, id, last_updated, "
        "reviewer, show_notice, shows, tile, title)",
    ]


def test_a_reference_needs_a_doi_or_a_url(folder: Path, checks: Checks) -> None:
    refs = folder / "references.yaml"
    edit(refs, "    doi: 10.52225/narra.v5i1.1799\n", "")
    assert problems(folder, checks) == [
        f"content/references.yaml:{line_of(refs, 'id: nurudhin-2025')}: error: the reference on line "
        f"{line_of(refs, 'id: nurudhin-2025')} needs a 'doi:' (or, where it has none, a 'url:') so that "
        "patients can find it",
    ]


def test_a_reference_with_a_url_instead_of_a_doi_is_accepted(folder: Path, checks: Checks) -> None:
    edit(folder / "references.yaml", "    doi: 10.52225/narra.v5i1.1799\n",
         "    url: https://narraj.org/main/article/view/1799\n")
    library, found = check_folder(folder, checks)
    assert [p for p in found if not review_warning(p)] == [] and library is not None
    study = library.original.section("regenerative-research").studies[0]
    assert study.reference.link == "https://narraj.org/main/article/view/1799"


def test_a_malformed_trial_number_is_refused(folder: Path, checks: Checks) -> None:
    refs = folder / "references.yaml"
    edit(refs, "registry: NCT03562065", "registry: NCT0356206")
    assert problems(folder, checks) == [
        f"content/references.yaml:{line_of(refs, 'NCT0356206')}: error: 'NCT0356206' is not a "
        "ClinicalTrials.gov number: NCT followed by 8 digits, like NCT03171194",
    ]


def test_a_missing_icon_names_the_line_that_asks_for_it(folder: Path, checks: Checks) -> None:
    (folder / "icons" / "symptoms.svg").unlink()
    index = folder / "kiosk.yaml"
    assert problems(folder, checks) == [
        f"content/kiosk.yaml:{line_of(index, 'icons/symptoms.svg')}: error: 'icon' in the section on line "
        f"{line_of(index, 'id: symptoms')} names 'icons/symptoms.svg', but there is no such file in content/",
    ]


def test_a_picture_that_cannot_be_decoded_is_an_error(folder: Path, checks: Checks) -> None:
    index = folder / "kiosk.yaml"
    (folder / "icons" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n but then nothing a PNG has")
    edit(index, "icon: icons/symptoms.svg", "icon: icons/photo.png")
    (folder / "icons" / "symptoms.svg").unlink()
    found = problems(folder, checks)
    assert len(found) == 1
    assert found[0].startswith(f"content/kiosk.yaml:{line_of(index, 'icons/photo.png')}: error: "
                               "the icon 'photo.png' cannot be decoded (")
    assert found[0].endswith("); save it again as PNG")


def test_a_tile_label_too_long_for_the_largest_text_is_an_error(folder: Path, checks: Checks) -> None:
    index = folder / "kiosk.yaml"
    edit(index, "    tile: Symptoms",
         "    tile: Signs and symptoms that people with lupus often notice first")
    assert problems(folder, checks) == [
        f"content/kiosk.yaml:{line_of(index, 'tile: Signs and')}: error: the tile label 'Signs and symptoms "
        "that people with lupus often notice first' does not fit its tile at the largest text size "
        "(two lines "
        "on the narrowest screen); shorten it, or give the section a shorter 'tile:'",
    ]


def test_a_translation_of_a_file_the_original_does_not_have(folder: Path, checks: Checks) -> None:
    page = folder / "es" / "sections" / "symptoms.md"
    edit(page, "translation_of: sections/symptoms.md", "translation_of: sections/symptom.md")
    assert problems(folder, checks) == [
        "content/es/sections/symptoms.md:2: error: it says it translates 'sections/symptom.md', but the "
        "original has no such file in use; check the path (it is relative to the content folder)",
        "content/sections/symptoms.md: error: it has no translation in es/: add one that says "
        "'of: sections/symptoms.md'",
    ]


def test_an_original_without_its_translation(folder: Path, checks: Checks) -> None:
    # The Spanish symptoms page claims to translate the treatments page: symptoms has none.
    edit(folder / "es" / "sections" / "symptoms.md", "translation_of: sections/symptoms.md",
         "translation_of: sections/treatments.md")
    assert problems(folder, checks) == [
        "content/sections/symptoms.md: error: it has no translation in es/: add one that says "
        "'of: sections/symptoms.md'",
    ]


def test_a_glossary_term_no_page_uses_is_a_warning(folder: Path, checks: Checks) -> None:
    glossary = folder / "glossary.yaml"
    edit(folder / "sections" / "regenerative-research.md", "systemic or cutaneous lupus", "systemic lupus")
    assert problems(folder, checks) == [
        f"content/glossary.yaml:{line_of(glossary, 'term: Cutaneous')}: warning: the glossary term "
        "'Cutaneous' is not used on any page; remove it, or add 'listed_only: true' to keep it on the "
        "Glossary page",
    ]


def test_an_unused_file_is_a_warning_unless_kept(folder: Path, checks: Checks) -> None:
    (folder / "sections" / "old-page.md").write_text("An old page.\n", encoding="utf-8")
    assert problems(folder, checks) == [
        "content/sections/old-page.md: warning: no page uses this file; remove it, or list it under "
        "'keep:' in kiosk.yaml to keep it here",
    ]
    edit(folder / "kiosk.yaml", "keep: [source]", "keep: [source, sections/old-page.md]")
    assert problems(folder, checks) == []


# --- the command ------------------------------------------------------------------------------


def test_the_command_prints_each_problem_and_a_summary(folder: Path, capsys, qapp: QApplication) -> None:
    edit(folder / "references.yaml", "registry: NCT03562065", "registry: NCT-3562065")
    assert main(["check-content", str(folder)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("content/references.yaml:") and ": error: 'NCT-3562065' is not" in out[0]
    assert out[-1].startswith(f"{folder}: 1 error, ")


def test_warnings_alone_exit_0(folder: Path, capsys, qapp: QApplication) -> None:
    (folder / "notes.txt").write_text("a note\n", encoding="utf-8")
    assert main(["check-content", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "content/notes.txt: warning: no page uses this file; remove it, or list it under 'keep:' in " \
           "kiosk.yaml to keep it here" in out
    warnings = len(out) - 1
    assert out[-1] == f"{folder}: 0 errors, {warnings} warning{'s' * (warnings != 1)}"


def test_the_command_exits_0_on_good_content(capsys, qapp: QApplication) -> None:
    assert main(["check-content", str(ROOT / "content")]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"{ROOT / 'content'}: 0 errors, ")


def test_the_command_exits_2_when_the_folder_cannot_be_read(tmp_path: Path, capsys) -> None:
    assert main(["check-content", str(tmp_path / "nowhere")]) == 2
    assert "cannot read this folder" in capsys.readouterr().err
    assert main(["check-content", "a", "b"]) == 2


def test_the_command_names_the_line_of_a_nul_in_a_page(folder: Path, capsys, qapp: QApplication) -> None:
    page = folder / "sections" / "symptoms.md"
    text = page.read_text(encoding="utf-8").splitlines(keepends=True)
    text[3] = "Joint pain\x00 in the morning\n"  # as a damaged copy leaves it
    page.write_text("".join(text), encoding="utf-8")
    assert main(["check-content", str(folder)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        "content/sections/symptoms.md:4: error: column 11 holds a hidden character that is not text "
        "(a NUL, code 0x00); it comes from a damaged copy or from pasting out of another program: delete "
        "it, retype the words around it, and save the file again")


def test_a_content_folder_that_loops_is_an_error_not_a_crash(tmp_path: Path, checks: Checks, capsys) -> None:
    loop = tmp_path / "content"
    loop.symlink_to(loop)
    library, found = check_folder(loop, checks)  # what the kiosk runs
    assert library is None
    loops = ("is a symbolic link that points back to itself (a loop), so there is no folder behind it; "
             "replace the link with the folder itself")
    assert [str(p) for p in found] == [f"{loop}: error: the content folder {loops}"]
    assert main(["check-content", str(loop)]) == 2
    assert capsys.readouterr().err == f"{loop}: error: this {loops}\n"


# --- the manifest -----------------------------------------------------------------------------


def test_write_manifest_then_a_half_copied_update_is_refused(folder: Path, checks: Checks, capsys,
                                                             qapp: QApplication) -> None:
    assert main(["check-content", "--write-manifest", str(folder)]) == 0
    manifest = folder / MANIFEST_FILE
    assert "Wrote" in capsys.readouterr().out and manifest.is_file()
    line = next(x for x in manifest.read_text().splitlines() if x.endswith("  sections/symptoms.md"))
    assert len(line.split()[0]) == 64
    assert problems(folder, checks) == []
    # An update copied only in part: one file new, one not yet there, one extra.
    edit(folder / "sections" / "symptoms.md", "Fatigue", "Tiredness")
    (folder / "sections" / "treatments.md").unlink()
    (folder / "sections" / "new.md").write_text("new\n", encoding="utf-8")
    library, found = check_folder(folder, checks)
    assert library is None
    messages = [str(p) for p in found if p.path.name in ("symptoms.md", MANIFEST_FILE, "new.md")]
    assert messages[-3:] == [
        "content/sections/symptoms.md: error: this file differs from the manifest: the folder is "
        "half-updated, or "
        "the file was edited after the manifest was written (run check-content --write-manifest "
        "after editing)",
        f"content/{MANIFEST_FILE}:{line_of(manifest, '  sections/treatments.md')}: error: "
        "'sections/treatments.md' "
        "is listed but missing: the folder is incomplete (an update not fully copied?)",
        "content/sections/new.md: error: this file is not in the manifest: it came from another "
        "update, or was "
        "added after the manifest was written (run check-content --write-manifest after editing)",
    ]


def test_the_kiosk_keeps_its_content_when_the_manifest_does_not_match(
        qtbot, qapp: QApplication, folder: Path) -> None:
    assert main(["check-content", "--write-manifest", str(folder)]) == 0
    kiosks: Iterator = build_kiosk(qtbot, qapp, Settings(content_dir=folder))
    for kiosk in kiosks:
        edit(folder / "kiosk.yaml", "title: Medical Disclaimer", "title: Half Copied")
        assert not kiosk.reload_content()
        assert "Medical Disclaimer" in visible_text(kiosk.screen)
        assert "differs from the manifest" in str(kiosk.last_error)
        assert isinstance(kiosk.last_error.problems[0], Problem)


@pytest.mark.parametrize("page_id", ["glossary", "home", "disclaimer", "take-home", "updating"])
def test_a_section_cannot_take_a_built_in_page_s_id(folder: Path, checks: Checks, page_id: str) -> None:
    index = folder / "kiosk.yaml"
    edit(index, "  - id: symptoms\n", f"  - id: {page_id}\n")
    edit(folder / "es" / "kiosk.yaml", "  - id: symptoms\n", f"  - id: {page_id}\n")
    library, found = check_folder(folder, checks)
    assert library is None, "it would hide a tile's page (tried: 'glossary' hid Symptoms)"
    message = (f"error: the section id '{page_id}' is the name of one of the kiosk's own pages "
               "(home, disclaimer, glossary, take-home, updating); choose another id")
    assert [str(p) for p in found if p.severity == "error"] == [
        f"content/kiosk.yaml:{line_of(index, f'id: {page_id}')}: {message}",
        f"content/es/kiosk.yaml:{line_of(folder / 'es' / 'kiosk.yaml', f'id: {page_id}')}: {message}",
    ]


def test_the_built_in_page_ids_are_the_screens_own() -> None:
    from kiosk.content import BUILT_IN_PAGES
    from kiosk.navigation import DISCLAIMER, HOME
    from kiosk.views.home import GLOSSARY
    from kiosk.views.screen import UPDATING
    from kiosk.views.takehome import TAKE_HOME

    assert set(BUILT_IN_PAGES) == {HOME, DISCLAIMER, GLOSSARY, TAKE_HOME, UPDATING}


@pytest.mark.parametrize(("old", "new", "what"), [
    ("    matches: [lupus]\n", "    matches: [lupus\n",
     "the list opened with '[' on this line has no closing ']' (or a comma is missing between its items)"),
    ("    matches: [lupus]\n", "    matches: {lupus\n",
     "the '{' on this line has no closing '}' (or a comma is missing between its entries)"),
    ("    term: Lupus\n", '    term: "Lupus\n',
     "the quote opened on this line is never closed: add the closing quote mark at the end of the text"),
])
def test_a_yaml_mistake_is_named_where_it_was_made(folder: Path, checks: Checks, old: str, new: str,
                                                  what: str) -> None:
    glossary = folder / "glossary.yaml"
    edit(glossary, old, new)
    opened = line_of(glossary, new.strip())
    # The parser itself only stumbles lines later, at the next key or the next quote mark.
    assert problems(folder, checks) == [
        f"content/glossary.yaml:{opened}: error: this is not valid YAML: {what}"]


def test_other_yaml_mistakes_name_the_line_the_parser_stopped_at(folder: Path, checks: Checks) -> None:
    glossary = folder / "glossary.yaml"
    edit(glossary, "    term: Lupus\n", "    term: Lupus: the disease\n")
    assert problems(folder, checks) == [
        f"content/glossary.yaml:{line_of(glossary, 'Lupus: the disease')}: error: this is not valid YAML "
        "(mapping values are not allowed in this context); check the indentation and colons",
    ]


@pytest.mark.parametrize("broken", ["glossary.yaml", "es/glossary.yaml", "studies.yaml", "es/studies.yaml"])
def test_a_file_that_cannot_be_read_gives_one_error(folder: Path, checks: Checks, broken: str) -> None:
    """Not a second one from the file that is compared with it (a translation with its original)."""
    path = folder / broken
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - ", "  - [", 1), encoding="utf-8")
    found = [p for p in check_folder(folder, checks)[1] if p.severity == "error"]
    assert len(found) == 1, found
    assert str(found[0]).startswith(f"content/{broken}:")
    assert "not valid YAML" in found[0].message
