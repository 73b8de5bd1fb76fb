"""Spanish: the interface strings, the translated content, and adding a third language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.content import ContentError, load_content, load_library
from tests.conftest import build_kiosk
from tests.helpers import button_labelled, page, tap, visible_text

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def sources(ts: Path) -> dict[str, ET.Element]:
    return {m.findtext("source") or "": m for m in ET.parse(ts).getroot().iter("message")}


def test_every_interface_string_is_in_the_spanish_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "kiosk").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-ts", str(fresh)], check=True,
                   capture_output=True)
    in_code = set(sources(fresh))
    spanish = sources(TRANSLATIONS / "kiosk_es.ts")
    assert in_code == set(spanish), "run pyside6-lupdate (see README, 'Languages')"
    for text, message in spanish.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"{text!r} is not translated"


def test_the_compiled_translations_are_up_to_date(tmp_path: Path) -> None:
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                       capture_output=True)
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run pyside6-lrelease on {ts.name}"


def test_every_spanish_file_says_what_it_translates() -> None:
    spanish = ROOT / "content" / "es"
    for path in spanish.rglob("*.md"):
        head = path.read_text(encoding="utf-8").split("---")[1]
        original = re.search(r"translation_of: (\S+)", head)
        assert original, path
        assert (ROOT / "content" / original.group(1)).is_file(), f"{path}: no such original"
        assert "source_version: October 2025" in head
    for path in spanish.glob("*.yaml"):
        assert "translation:\n  of:" in path.read_text(encoding="utf-8"), path


def test_a_translated_page_without_its_record_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(ROOT / "content", folder)
    page_file = folder / "es" / "sections" / "symptoms.md"
    page_file.write_text(page_file.read_text(encoding="utf-8").split("---\n", 2)[2], encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_library(folder)
    assert caught.value.path == Path("content/es/sections/symptoms.md")
    assert "must start with a '---' block" in caught.value.message


def structure(markdown: str) -> list[str]:
    """The shape of a page: its headings and list items, by level, in order."""
    return [re.match(r"(#+|-)", line).group(1) for line in markdown.splitlines()
            if re.match(r"(#+ |- )", line)]


def test_the_spanish_pages_have_the_same_shape_and_numbers() -> None:
    library = load_library(ROOT / "content")
    english, spanish = library.edition("en"), library.edition("es")
    assert structure(english.disclaimer) == structure(spanish.disclaimer)
    for en, es in zip(english.sections, spanish.sections, strict=True):
        assert structure(en.body) == structure(es.body), en.id
        assert len(en.body.split("\n\n")) == len(es.body.split("\n\n")), f"{en.id}: paragraphs differ"
        for en_study, es_study in zip(en.studies, es.studies, strict=True):
            numbers = re.compile(r"\d+(?:[.,]\d+)*")
            # English: 2,183 and 1.5; Spanish, one style throughout: 2183 and 1,5.
            english_numbers = [n.replace(",", "") for n in numbers.findall(en_study.found)]
            spanish_numbers = [n.replace(",", ".") for n in numbers.findall(es_study.found)]
            assert english_numbers == spanish_numbers, en_study.heading
            assert not re.search(r"\d\.\d", es_study.found), f"{es_study.heading}: a decimal comma in Spanish"
            assert en_study.reference is es_study.reference or en_study.reference == es_study.reference
    assert "no están aprobad" in spanish.notice and "en investigación" in spanish.notice


def test_a_third_language_needs_content_only(qtbot, qapp: QApplication, tmp_path: Path, caplog) -> None:
    folder = tmp_path / "content"
    shutil.copytree(ROOT / "content", folder)
    shutil.copytree(folder / "es", folder / "fr")
    index = folder / "fr" / "kiosk.yaml"
    index.write_text(
        index.read_text(encoding="utf-8").replace("language: es", "language: fr")
        .replace("language_name: Español", "language_name: Français"), encoding="utf-8")
    top = folder / "kiosk.yaml"
    top.write_text(top.read_text(encoding="utf-8").replace("translations: [es]", "translations: [es, fr]"),
                   encoding="utf-8")
    assert load_content(folder / "fr", folder).language == "fr"
    for kiosk in build_kiosk(qtbot, qapp, Settings(content_dir=folder)):
        tap(qtbot, button_labelled(kiosk.window, "Français"))
        assert page(kiosk) == "disclaimer"
        assert "Aviso médico" in visible_text(kiosk.screen)  # this test's "French" is a copy
        # No kiosk_fr.qm: the controls stay in English, and the log says so once.
        button_labelled(kiosk.window, "I understand")
    assert sum("kiosk_fr.qm" in r.getMessage() for r in caplog.records) == 1
