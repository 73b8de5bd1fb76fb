"""Read aloud, with Qt's mock speech engine: what is said, in which language, and when."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.controller import Kiosk
from tests.conftest import build_kiosk
from tests.helpers import button_labelled, page, tap, tap_tile


def engine(kiosk: Kiosk):
    assert kiosk.narrator is not None
    return kiosk.narrator._engine


def test_listen_reads_the_disclaimer_in_full(qtbot, kiosk: Kiosk) -> None:
    with qtbot.waitSignal(engine(kiosk).sayingWord, timeout=3000) as first_word:
        tap(qtbot, button_labelled(kiosk.window, "Listen"))
    assert first_word.args[0] == "Medical"
    said = kiosk.narrator.last_text
    assert said.startswith("Medical Disclaimer")
    assert "is not medical advice" in said
    assert "investigational and not FDA-approved" in said
    assert kiosk.narrator.language == "en"


def test_stop_stops_and_listen_comes_back(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "Listen"))
    assert kiosk.narrator.speaking
    tap(qtbot, button_labelled(kiosk.window, "Stop"))
    assert not kiosk.narrator.speaking
    button_labelled(kiosk.window, "Listen")


def test_listen_reads_a_section_with_its_notice(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    assert not kiosk.screen.listen_button.isVisible(), "nothing to read on the home screen"
    tap(qtbot, button_labelled(kiosk.window, "Treatments"))
    tap(qtbot, button_labelled(kiosk.window, "Listen"))
    said = kiosk.narrator.last_text
    assert said.startswith("Treatments")
    assert "The cell therapies on these test pages are investigational and not FDA-approved." in said
    assert "Step 1 of the test plan is a short paragraph" in said


def test_spanish_pages_are_read_in_spanish(qtbot, kiosk: Kiosk) -> None:
    tap(qtbot, button_labelled(kiosk.window, "Español"))
    tap(qtbot, button_labelled(kiosk.window, "Escuchar"))
    assert kiosk.narrator.language == "es"
    assert kiosk.narrator.last_text.startswith("Aviso médico")


def test_reading_holds_the_idle_reset_until_it_ends(qtbot, kiosk: Kiosk) -> None:
    from tests.helpers import tap_link
    from tests.test_glossary import link_label

    idle = kiosk.idle
    assert idle is not None
    tap(qtbot, button_labelled(kiosk.window, "I understand"))
    tap(qtbot, button_labelled(kiosk.window, "Symptoms"))
    tap_link(qtbot, link_label(kiosk, "symptoms", "glossary:flare"), "glossary:flare")
    tap(qtbot, button_labelled(kiosk.screen.popup, "Listen"))
    assert idle.remaining_ms == -1 and not idle.warning, "no countdown while a word is read"
    with qtbot.waitSignal(kiosk.narrator.busy_changed, timeout=10000) as done:
        pass
    assert done.args == [False]
    assert idle.remaining_ms > 0, "the idle wait starts again when reading ends"


def test_the_warning_is_spoken_once_speech_was_used(qtbot, qapp: QApplication) -> None:
    for kiosk in build_kiosk(qtbot, qapp, Settings(idle_timeout=0.2, idle_warning=3)):
        tap(qtbot, button_labelled(kiosk.window, "Listen"))
        tap(qtbot, button_labelled(kiosk.window, "Stop"))
        with qtbot.waitSignal(kiosk.idle.warning_started, timeout=3000):
            pass
        assert kiosk.narrator.last_text.startswith("Still there?")
        assert kiosk.idle.warning, "saying the warning does not stop its countdown"


def test_reset_silences_and_restores_volume_and_rate(qtbot, kiosk: Kiosk) -> None:
    tts = engine(kiosk)
    volume, rate = tts.volume(), tts.rate()
    tap(qtbot, button_labelled(kiosk.window, "Listen"))
    tts.setVolume(0.1)
    tts.setRate(0.8)
    kiosk.idle.expired.emit()
    assert not kiosk.narrator.speaking
    assert (tts.volume(), tts.rate()) == (volume, rate)
    assert not kiosk.narrator.used


def test_without_a_speech_engine_there_is_no_listen_control(qtbot, qapp: QApplication, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="kiosk")
    # The real speech worker, asked for an engine this machine does not have.
    for kiosk in build_kiosk(qtbot, qapp, Settings(), speech_engine="no-such-engine"):
        qtbot.waitUntil(lambda: "Read-aloud is off" in caplog.text, timeout=10000)
        assert "no 'no-such-engine' speech engine" in caplog.text
        assert kiosk.narrator is not None and not kiosk.narrator.available
        assert not kiosk.screen.listen_button.isVisible()
        tap(qtbot, button_labelled(kiosk.window, "I understand"))
        tap_tile(qtbot, kiosk, "symptoms")
        assert page(kiosk) == "symptoms"
        assert not kiosk.screen.listen_button.isVisible()
        warnings = [r.getMessage() for r in caplog.records if "Read-aloud is off" in r.getMessage()]
        assert len(warnings) == 1
        assert not kiosk.narrator._retry.isActive(), "no engine: nothing to start again"


def test_readme_says_which_packages_give_speech() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "speech-dispatcher" in readme and "espeak-ng" in readme


def test_a_voice_that_never_finishes_is_stopped_so_the_kiosk_can_reset(qtbot, kiosk: Kiosk,
                                                                        monkeypatch) -> None:
    from kiosk import speech

    monkeypatch.setattr(speech, "SECONDS_PER_WORD_LIMIT", 0)
    with qtbot.waitSignal(kiosk.narrator.busy_changed, timeout=3000,
                          check_params_cb=lambda busy: not busy):
        tap(qtbot, button_labelled(kiosk.window, "Listen"))
    assert not kiosk.narrator.speaking
    assert kiosk.idle.remaining_ms > 0
