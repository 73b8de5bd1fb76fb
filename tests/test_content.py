"""The content loader: the real content, the checked citations, and every kind of mistake."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.content import Content, ContentError, load_content, load_library

# The four studies as published (checked against the journals' records). The clinic's
# original page named other first authors and journals; none of those may appear.
VERIFIED = {
    "10.52225/narra.v5i1.1799": ("Nurudhin A", "Narra J", 2025, None),
    "10.1186/s13287-025-04184-x": ("Zeng L", "Stem Cell Res Ther", 2025, None),
    "10.1016/S2665-9913(24)00298-4": ("Farge D", "Lancet Rheumatol", 2025, "NCT03562065"),
    "10.1136/lupus-2022-000704": ("Kamen DL", "Lupus Sci Med", 2022, "NCT03171194"),
}
WRONG_CITATIONS = ["Al-Shaer", "Chen Y.", "Dubois M", "He L.", "Front Immunol", "Frontiers in Immunology"]


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(Path(__file__).resolve().parent.parent / "content")


def test_real_content_holds_every_section(content: Content) -> None:
    assert [s.title for s in content.sections] == [
        "What Is Lupus?", "Symptoms", "Treatments", "Regenerative Research", "References",
    ]
    assert content.clinic_name == "Stemedix"
    assert content.clinic_location == "St. Petersburg, Florida"
    assert "investigational and not FDA-approved" in content.notice
    assert [s.id for s in content.sections if s.show_notice] == [
        "treatments", "regenerative-research", "references"]


def test_every_citation_is_the_checked_one(content: Content) -> None:
    research = content.section("regenerative-research")
    references = content.section("references")
    assert len(research.studies) == 4
    cited = {study.reference.doi: study.reference for study in research.studies}
    listed = {reference.doi: reference for reference in references.references}
    assert set(cited) == set(listed) == set(VERIFIED)
    for doi, (first_author, journal, year, registry) in VERIFIED.items():
        reference = listed[doi]
        assert reference.authors.startswith(first_author)
        assert (reference.journal, reference.year, reference.registry) == (journal, year, registry)
        assert reference.doi_url == f"https://doi.org/{doi}"


def test_no_wrong_citation_from_the_source_page_is_left_in_content() -> None:
    folder = Path(__file__).resolve().parent.parent / "content"
    for path in folder.rglob("*"):
        if path.is_file() and "source" not in path.relative_to(folder).parts:
            text = path.read_text(encoding="utf-8")
            for wrong in WRONG_CITATIONS:
                assert wrong not in text, f"{path} still carries '{wrong}'"


def test_content_objects_are_immutable(content: Content) -> None:
    with pytest.raises(AttributeError):
        content.sections[0].title = "Changed"  # type: ignore[misc]


# --- broken content ---------------------------------------------------------------------------


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A copy of the real content folder, to break one thing at a time."""
    folder = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parent.parent / "content", folder)
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if text in line)


def test_invalid_yaml_names_file_and_line(broken: Path) -> None:
    index = broken / "kiosk.yaml"
    edit(index, "  name: Stemedix", "  name: Stemedix: [unclosed")
    with pytest.raises(ContentError) as caught:
        load_content(broken)
    error = caught.value
    assert error.path == Path("content/kiosk.yaml")
    assert error.line == line_of(index, "Stemedix: [unclosed")
    assert "not valid YAML" in str(error)
    assert str(error).startswith(f"content/kiosk.yaml, line {error.line}: ")


def test_missing_required_key_names_the_section(broken: Path) -> None:
    index = broken / "kiosk.yaml"
    edit(index, "    title: Symptoms\n", "")
    with pytest.raises(ContentError) as caught:
        load_content(broken)
    assert caught.value.line == line_of(index, "- id: symptoms")
    assert "needs 'title:', and it is missing" in caught.value.message


def test_wrong_type_names_the_key(broken: Path) -> None:
    index = broken / "kiosk.yaml"
    edit(index, "    show_notice: true\n", "    show_notice: sometimes\n")
    with pytest.raises(ContentError) as caught:
        load_content(broken)
    assert caught.value.line == line_of(index, "show_notice: sometimes")
    assert "'show_notice'" in caught.value.message and "true or false" in caught.value.message


def test_unknown_section_kind_is_refused(broken: Path) -> None:
    index = broken / "kiosk.yaml"
    edit(index, "    shows: references", "    shows: videos")
    with pytest.raises(ContentError) as caught:
        load_content(broken)
    assert caught.value.line == line_of(index, "shows: videos")
    assert "'shows: videos'" in caught.value.message and "is unknown" in caught.value.message


def test_misspelt_setting_is_refused(broken: Path) -> None:
    index = broken / "kiosk.yaml"
    edit(index, "    tile: Symptoms", "    titel: Symptoms")
    with pytest.raises(ContentError) as caught:
        load_content(broken)
    assert caught.value.line == line_of(index, "titel: Symptoms")
    assert "'titel' is not a known setting" in caught.value.message


def test_missing_markdown_file_is_named(broken: Path) -> None:
    (broken / "sections" / "symptoms.md").unlink()
    with pytest.raises(ContentError) as caught:
        load_content(broken)
    # The line that names it: that is where the mistake (or the missing file) is.
    assert caught.value.path == Path("content/kiosk.yaml")
    assert caught.value.line == line_of(broken / "kiosk.yaml", "body: sections/symptoms.md")
    entry = line_of(broken / "kiosk.yaml", "id: symptoms")
    assert caught.value.message == (
        f"'body' in the section on line {entry} names 'sections/symptoms.md', but there is no such "
        "file in content/")


def test_markdown_not_in_utf8_names_the_line(broken: Path) -> None:
    path = broken / "sections" / "symptoms.md"
    path.write_bytes("First line\nSecond line\nFever \u2013 caf\u00e9\n".encode("cp1252"))
    with pytest.raises(ContentError) as caught:
        load_content(broken)
    assert caught.value.path == Path("content/sections/symptoms.md")
    assert caught.value.line == 3
    assert "UTF-8" in caught.value.message


def test_study_pointing_at_an_unknown_reference_is_refused(broken: Path) -> None:
    studies = broken / "studies.yaml"
    edit(studies, "reference: kamen-2022", "reference: kamen-2021")
    with pytest.raises(ContentError) as caught:
        load_content(broken)
    assert caught.value.path == Path("content/studies.yaml")
    assert caught.value.line == line_of(studies, "reference: kamen-2021")
    assert "'kamen-2021' is not in the references file" in caught.value.message


def test_file_outside_the_content_folder_is_refused(broken: Path) -> None:
    (broken.parent / "secret.md").write_text("not content", encoding="utf-8")
    edit(broken / "kiosk.yaml", "body: sections/symptoms.md", "body: ../secret.md")
    with pytest.raises(ContentError, match="outside the content folder"):
        load_content(broken)


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="does not exist"):
        load_content(tmp_path / "nowhere")


def test_empty_index_file_is_an_error(broken: Path) -> None:
    (broken / "kiosk.yaml").write_text("", encoding="utf-8")
    with pytest.raises(ContentError, match="must be a list of 'key: value' settings"):
        load_content(broken)


# A NUL from a damaged copy, an escape character, DEL, and a C1 control pasted from old software.
HIDDEN = ["\x00", "\x1b", "\x7f", "\x85"]


@pytest.mark.parametrize("character", HIDDEN)
def test_a_hidden_character_in_markdown_names_its_line_and_column(broken: Path, character: str) -> None:
    path = broken / "sections" / "symptoms.md"
    # Tabs and Windows line ends are text; only the hidden character is refused.
    path.write_text(f"First line\n\tSecond line\r\nFever{character} and tiredness\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(broken)
    assert caught.value.path == Path("content/sections/symptoms.md")
    assert caught.value.line == 3
    code = f"{ord(character):#04x}"
    assert caught.value.message.startswith("column 6 holds a hidden character that is not text (")
    assert code in caught.value.message and "save the file again" in caught.value.message


@pytest.mark.parametrize("character", [*HIDDEN, "\ufffe"])
def test_a_hidden_character_in_yaml_names_its_line_not_a_byte_position(broken: Path, character: str) -> None:
    index = broken / "kiosk.yaml"
    edit(index, "  name: Stemedix", f"  name: Stem{character}edix")
    with pytest.raises(ContentError) as caught:
        load_content(broken)
    assert caught.value.path == Path("content/kiosk.yaml")
    assert caught.value.line == line_of(index, "  name: Stem")  # (str.splitlines splits at \x85)
    assert caught.value.message.startswith("column 13 holds a hidden character that is not text (")
    assert "position" not in str(caught.value)


def test_several_hidden_characters_are_counted(broken: Path) -> None:
    (broken / "sections" / "symptoms.md").write_bytes(b"One\x00\nTwo\x00\x00\n")
    with pytest.raises(ContentError) as caught:
        load_content(broken)
    assert caught.value.line == 1
    assert "(a NUL, code 0x00; the file has 2 more like it)" in caught.value.message


def test_a_symbolic_link_that_loops_says_so(broken: Path) -> None:
    body = broken / "sections" / "symptoms.md"
    body.unlink()
    body.symlink_to(body.name)
    with pytest.raises(ContentError) as caught:
        load_content(broken)
    assert caught.value.line == line_of(broken / "kiosk.yaml", "body: sections/symptoms.md")
    entry = line_of(broken / "kiosk.yaml", "id: symptoms")
    assert caught.value.message == (
        f"'body' in the section on line {entry} names 'sections/symptoms.md', which is a symbolic link "
        "that points back to itself (a loop), so there is no file behind it; replace the link with the "
        "file itself")


def test_a_looping_index_or_folder_is_reported_not_raised(broken: Path, tmp_path: Path) -> None:
    index = broken / "kiosk.yaml"
    index.unlink()
    index.symlink_to("kiosk.yaml")
    with pytest.raises(ContentError, match=r"^content/kiosk\.yaml: this is a symbolic link that points back "
                       "to itself"):
        load_library(broken)
    loop = tmp_path / "looping"
    loop.symlink_to(loop)
    with pytest.raises(ContentError, match="the content folder is a symbolic link that points back to itself "
                       r"\(a loop\), so there is no folder behind it"):
        load_library(loop)


def test_the_loader_does_not_import_qt() -> None:
    import subprocess
    import sys

    code = "import sys, kiosk.content; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
