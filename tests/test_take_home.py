"""What a patient can trust and take home: evidence labels, QR codes, Save, and any number of topics."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from kiosk.config import Settings
from kiosk.controller import Kiosk
from kiosk.qr import QR_MIN_MM, QUIET_ZONE, QrCode
from kiosk.views.section import SectionView
from tests.conftest import build_kiosk
from tests.helpers import button_labelled, open_text_sheet, page, tap, tap_tile, visible_text
from tests.test_qr import decode, grey, modules

RESEARCH = "regenerative-research"
# The test content's two references (tests/fixtures/content/references.yaml).
DOI_LINKS = [
    "https://doi.org/10.1016/S2665-9913(24)00298-4",
    "https://doi.org/10.1136/lupus-2022-000704",
]


def open_section(qtbot, kiosk: Kiosk, section_id: str) -> SectionView:
    if page(kiosk) == "disclaimer":
        tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    if page(kiosk) != "home":
        tap(qtbot, kiosk.screen.home_button)
    tap_tile(qtbot, kiosk, section_id)
    view = kiosk.screen.pages[section_id]
    assert isinstance(view, SectionView)
    return view


def scroll_to(view: SectionView, widget: QWidget) -> None:
    """Scroll the page as a finger would, until `widget` is in view."""
    QApplication.processEvents()  # the page's layout settles first
    view.scroll_area.ensureWidgetVisible(widget)
    QApplication.processEvents()
    assert not widget.visibleRegion().isEmpty(), f"{widget.objectName()} is not in view"


def scanned(qtbot, view: SectionView, code: QrCode) -> str:
    scroll_to(view, code)
    found = decode(grey(code))
    assert len(found) == 1, "exactly one QR code in the picture"
    return found[0].text


def test_each_study_card_says_what_kind_of_evidence_it_is(qtbot, real_kiosk: Kiosk) -> None:
    # The clinic's own cards: what each says of its evidence is a claim of the real content.
    kiosk = real_kiosk
    view = open_section(qtbot, kiosk, RESEARCH)
    labels = [label.text() for label in view.findChildren(QLabel, "CardEvidence")]
    assert labels == [
        "Kind of study: Randomized, placebo-controlled trial",
        # Its 2,183 patients had many autoimmune diseases: beside lupus studies the count would
        # read as lupus patients.
        "Kind of study: Meta-analysis of randomized trials\n42 trials",
        "Kind of study: Open-label study, no control group\nPhase 1 · 8 patients · registered as NCT03562065",
        "Kind of study: One group of patients, no control group\n"
        "Phase 1 · 6 patients · registered as NCT03171194",
    ]
    for label in view.findChildren(QLabel, "CardEvidence"):
        scroll_to(view, label)
    assert "Kind of study: Open-label study" in kiosk.screen.spoken_text(), "Listen reads the label too"


def test_the_evidence_labels_in_spanish(qtbot, real_kiosk: Kiosk) -> None:
    kiosk = real_kiosk
    tap(qtbot, button_labelled(kiosk.window, "Español"))
    view = open_section(qtbot, kiosk, RESEARCH)
    shown = visible_text(view)
    assert "Tipo de estudio: Ensayo aleatorizado, controlado con placebo" in shown
    assert "Tipo de estudio: Metaanálisis de ensayos aleatorizados 42 ensayos" in shown
    assert "Fase 1 · 8 pacientes · registrado como NCT03562065" in shown
    assert "Metanálisis" not in shown, "one spelling"
    assert "42 ensayos aleatorizados (2183 pacientes)" in shown and "1,5 mL" in shown and "(83 %)" in shown
    assert "publicado en línea el 17 de diciembre de 2024" in shown
    assert "infusión por la vena" in shown
    assert "celular" in shown and "teléfono" not in shown


def test_the_online_date_is_the_journal_s_in_english(qtbot, kiosk: Kiosk) -> None:
    view = open_section(qtbot, kiosk, "references")
    assert "(published online 17 December 2024)" in visible_text(view)


def test_the_references_page_carries_the_notice(qtbot, kiosk: Kiosk) -> None:
    view = open_section(qtbot, kiosk, "references")
    assert view.notice is not None and view.notice.isVisible()
    shown = visible_text(view.notice)
    assert "The cell therapies on these test pages are investigational and not FDA-approved." in shown
    assert "They are studied for people whose illness did not respond to usual care." in shown
    tap(qtbot, button_labelled(kiosk.window, "Español"))
    view = open_section(qtbot, kiosk, "references")
    assert view.notice is not None
    assert "Las terapias celulares de estas páginas de prueba están en investigación y no están " \
        "aprobadas por la FDA" in visible_text(view.notice)


def test_the_notice_opens_the_research_page_and_cannot_be_scrolled_away(qtbot, kiosk: Kiosk) -> None:
    kiosk.window.resize(1440, 2560)  # tall enough to pin it and leave the text its room
    view = open_section(qtbot, kiosk, RESEARCH)
    assert view.notice is not None
    first_card = view.findChildren(QLabel, "CardEvidence")[0]
    notice_bottom = view.notice.mapTo(view, view.notice.rect().bottomLeft()).y()
    assert notice_bottom < first_card.mapTo(view, first_card.rect().topLeft()).y()
    assert not view.scroll_area.isAncestorOf(view.notice), "the notice sits above the scrolling text"
    scroll_to(view, view.findChildren(QrCode)[-1])
    assert not view.notice.visibleRegion().isEmpty()
    assert "not FDA-approved" in visible_text(view.notice)


def test_every_study_and_reference_has_a_qr_code_a_phone_can_read(qtbot, kiosk: Kiosk) -> None:
    for section_id in (RESEARCH, "references"):
        view = open_section(qtbot, kiosk, section_id)
        codes = view.findChildren(QrCode)
        assert [scanned(qtbot, view, code) for code in codes] == DOI_LINKS
        dpi = kiosk._dpi
        for code in codes:
            inner = code.width() * modules(code.text) / (modules(code.text) + 2 * QUIET_ZONE)
            assert inner * 25.4 / dpi >= QR_MIN_MM, "at least 25 mm across, without its quiet zone"
            # Named as the keypad says it once the page is shown (#17).
            assert code.accessibleName() == "QR code of the study's link"


def save_control(view: SectionView, reference: str) -> QPushButton:
    control = view.findChild(QPushButton, f"Save-{reference}")
    assert control is not None
    scroll_to(view, control)
    return control


def test_saved_studies_go_home_in_one_qr_code_and_a_reset_forgets_them(qtbot, kiosk: Kiosk) -> None:
    screen = kiosk.screen
    view = open_section(qtbot, kiosk, RESEARCH)
    assert not screen.take_home_button.isVisible(), "nothing saved, nothing to take"
    tap(qtbot, save_control(view, "farge-2025"))
    tap(qtbot, save_control(view, "kamen-2022"))
    assert save_control(view, "farge-2025").text() == "✓  Saved"
    references = open_section(qtbot, kiosk, "references")
    assert save_control(references, "farge-2025").isChecked(), "the same study, saved on both pages"
    tap(qtbot, button_labelled(kiosk.window, "Take this with me (2)"))
    assert page(kiosk) == "take-home"
    take_home = screen.pages["take-home"]
    shown = visible_text(take_home)
    assert "Allogeneic umbilical cord-derived mesenchymal stromal cells" in shown
    assert "Safety, immunological effects and clinical response" in shown
    assert "1. Allogeneic umbilical cord-derived" in shown and "2. Safety, immunological" in shown
    assert screen.listen_button.isVisible() and "Scan this code" in screen.spoken_text()
    # The patient's list is not kept; the kiosk does keep anonymous counts, so it does not say
    # that nothing at all is kept.
    assert "Your list is not kept on this kiosk: it is cleared when you leave." in shown
    assert "Nothing is kept" not in shown
    assert "investigational and not FDA-approved" in shown, "the notice goes with the list"
    assert "investigational and not FDA-approved" in screen.spoken_text()
    code = take_home.findChild(QrCode)
    inner = code.width() * modules(code.text) / (modules(code.text) + 2 * QUIET_ZONE)
    assert inner * 25.4 / kiosk._dpi >= 50, "a list is dense: its code is drawn at least 50 mm across"
    take_home.scroll_area.ensureWidgetVisible(code)
    text = decode(grey(code))[0].text
    assert text.splitlines()[0] == "To read later, from Harbour Test Clinic:"
    # The notice, whole, before the list: the code leads to these studies away from the kiosk.
    assert text.splitlines()[2] == (
        "Important: The cell therapies on these test pages are investigational and not FDA-approved.")
    assert text.splitlines()[3] == "They are studied for people whose illness did not respond to usual care."
    assert text.splitlines()[5:] == [
        "1. Allogeneic umbilical cord-derived mesenchymal stromal cells as treatment for systemic lupus "
        "erythematosus: a single-centre, open-label, dose-escalation, phase 1 study (Lancet Rheumatol 2025)",
        DOI_LINKS[0],
        "",
        "2. Safety, immunological effects and clinical response in a phase I trial of umbilical cord "
        "mesenchymal stromal cells in patients with treatment refractory SLE (Lupus Sci Med 2022)",
        DOI_LINKS[1],
    ]
    # Unsaving one takes it off the list at once.
    view = open_section(qtbot, kiosk, RESEARCH)
    tap(qtbot, save_control(view, "kamen-2022"))
    tap(qtbot, button_labelled(kiosk.window, "Take this with me (1)"))
    assert "Safety, immunological" not in visible_text(screen.pages["take-home"])

    kiosk.reset()
    assert kiosk.saved == ()
    view = open_section(qtbot, kiosk, RESEARCH)
    assert not save_control(view, "farge-2025").isChecked()
    assert not screen.take_home_button.isVisible()


def test_saved_studies_stay_when_the_text_grows(qtbot, kiosk: Kiosk) -> None:
    view = open_section(qtbot, kiosk, RESEARCH)
    tap(qtbot, save_control(view, "kamen-2022"))
    open_text_sheet(qtbot, kiosk)
    tap(qtbot, kiosk.screen.larger_button)
    view = kiosk.screen.pages[RESEARCH]
    assert save_control(view, "kamen-2022").isChecked()
    tap(qtbot, button_labelled(kiosk.window, "Take this with me (1)"))
    assert "treatment refractory SLE" in visible_text(kiosk.screen.pages["take-home"])


def write_topics(folder: Path, count: int) -> list[str]:
    """A content folder on another subject, with `count` sections and no study cards."""
    (folder / "pages").mkdir(parents=True)
    (folder / "disclaimer.md").write_text("For learning only; ask your doctor.\n", encoding="utf-8")
    (folder / "notice.md").write_text("Some treatments here are investigational.\n", encoding="utf-8")
    ids = [f"topic-{n:02}" for n in range(1, count + 1)]
    entries = []
    for n, section_id in enumerate(ids, 1):
        (folder / "pages" / f"{section_id}.md").write_text(f"Text of topic {n}.\n", encoding="utf-8")
        entries.append(f"  - id: {section_id}\n    title: Topic {n}\n    body: pages/{section_id}.md\n")
    (folder / "kiosk.yaml").write_text(
        "clinic: {name: Riverside Clinic, location: Springfield}\n"
        "review: {reviewer: Dr. A. Example, last_updated: 2026-09}\n"
        "disclaimer: {title: Please read, body: disclaimer.md}\n"
        "notice: {title: Important, body: notice.md}\n"
        "sections:\n" + "".join(entries), encoding="utf-8")
    return ids


def test_sixty_sections_each_reachable_by_touch(qtbot, qapp: QApplication, tmp_path: Path) -> None:
    ids = write_topics(tmp_path / "content", 60)
    for kiosk in build_kiosk(qtbot, qapp, Settings(content_dir=tmp_path / "content")):
        tap(qtbot, button_labelled(kiosk.window, "I understand"))
        home = kiosk.screen.pages["home"]
        assert home.page_count > 1 and home.pager.isVisible()
        assert "Page 1 of" in visible_text(home)
        for n, section_id in enumerate(ids, 1):
            tap_tile(qtbot, kiosk, section_id)
            assert page(kiosk) == section_id
            assert f"Text of topic {n}." in visible_text(kiosk.screen.pages[section_id])
            tap(qtbot, kiosk.screen.home_button)
        assert not home.previous_button.isEnabled() or home.page > 0
        kiosk.reset()
        assert home.page == 0, "the next patient starts on the first page of topics"


def test_with_large_text_on_a_small_screen_the_notice_leads_the_page_whole(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    open_text_sheet(qtbot, kiosk)
    tap(qtbot, kiosk.screen.larger_button)  # the pinned notice would leave the text too little room
    tap(qtbot, kiosk.screen.sheet.close_button)
    kiosk.window.resize(1440, 2560)
    view = open_section(qtbot, kiosk, RESEARCH)
    assert not view.pinned and view.scroll_area.isAncestorOf(view.notice)
    for label in view.notice.findChildren(QLabel):
        assert label.heightForWidth(label.width()) <= label.height(), "the notice is never cut"
    first_card = view.findChildren(QLabel, "CardEvidence")[0]
    notice_bottom = view.notice.mapTo(view, view.notice.rect().bottomLeft()).y()
    assert notice_bottom < first_card.mapTo(view, first_card.rect().topLeft()).y()
    open_text_sheet(qtbot, kiosk)
    tap(qtbot, kiosk.screen.smaller_button)  # at 100% on this tall screen it is pinned
    QApplication.processEvents()
    view = kiosk.screen.pages[RESEARCH]
    assert view.pinned and not view.scroll_area.isAncestorOf(view.notice)


def test_tiles_share_the_home_screen_when_one_page_holds_them(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, kiosk.screen.pages["disclaimer"].understand)
    home = kiosk.screen.pages["home"]
    heights = {tile.height() for tile in home.tiles.values()}
    assert len(heights) == 1 and heights.pop() > kiosk.screen.home_button.height(), "taller than a button"
    assert not home.pager.isVisible()
