"""The patient's session on its own: navigation, preferences, saved studies and what a reset clears."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.navigation import DISCLAIMER, HOME
from kiosk.session import Preferences, ResetOutcome, Session


def test_a_session_starts_on_the_disclaimer_with_the_contents_defaults() -> None:
    session = Session(language="es", text_steps=3)
    assert session.navigation.current == DISCLAIMER
    assert session.preferences == session.defaults == Preferences(language="es")
    assert session.saved == ()


def test_a_change_returns_only_what_changed() -> None:
    session = Session(text_steps=3)
    assert session.change(text_step=1) == {"text_step"}
    assert session.change(text_step=1, high_contrast=True) == {"high_contrast"}
    assert session.change(language="en") == frozenset()
    assert session.preferences == Preferences(language="en", text_step=1, high_contrast=True)


@pytest.mark.parametrize("changes", [{"text_step": 3}, {"text_step": -1}, {"font": "large"}])
def test_a_change_the_screen_never_offers_is_refused(changes: dict[str, object]) -> None:
    session = Session(text_steps=3)
    with pytest.raises(ValueError):
        session.change(**changes)
    assert session.preferences == session.defaults


def test_saving_keeps_the_order_the_patient_saved_in() -> None:
    session = Session()
    assert session.set_saved("kamen-2022", True)
    assert session.set_saved("farge-2025", True)
    assert not session.set_saved("farge-2025", True) and session.saved == ("kamen-2022", "farge-2025")
    assert session.set_saved("kamen-2022", False)
    assert not session.set_saved("kamen-2022", False)
    assert session.saved == ("farge-2025",)


def test_a_reset_forgets_the_patient_and_keeps_the_defaults() -> None:
    session = Session(language="es", text_steps=3)
    session.navigation.acknowledge()
    session.navigation.open("symptoms")
    session.change(language="en", text_step=2, high_contrast=True)
    session.set_saved("kamen-2022", True)

    assert session.reset() == ResetOutcome(preferences_changed=True, saved_cleared=True, page=DISCLAIMER)
    assert session.preferences == session.defaults == Preferences(language="es")
    assert session.saved == ()
    assert not session.navigation.acknowledged and not session.navigation.can_go_back


def test_a_reset_after_a_patient_who_changed_nothing_changes_nothing_on_screen() -> None:
    session = Session()
    session.navigation.acknowledge()
    assert session.reset() == ResetOutcome(preferences_changed=False, saved_cleared=False, page=DISCLAIMER)


def test_new_content_brings_its_language_and_starts_on_its_disclaimer() -> None:
    session = Session(language="en", text_steps=3)
    session.navigation.acknowledge()
    session.change(text_step=1)
    assert session.navigation.current == HOME

    assert session.use_content("es") == DISCLAIMER
    assert session.preferences == session.defaults == Preferences(language="es")
    session.change(language="en")
    assert session.reset().preferences_changed, "the new content's language is the default now"


def test_the_session_and_the_crash_policy_import_no_qt() -> None:
    code = ("import sys, kiosk.session, kiosk.crash_policy; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=root)
    assert result.stdout.strip() == "[]"
