"""The kiosk's own words in the patient's language, through Qt's QTranslator."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk import theme

log = logging.getLogger("kiosk")

TRANSLATIONS_DIR = theme.RESOURCES_DIR / "translations"


class Translations:
    """Installs resources/translations/kiosk_<language>.qm for the language shown.

    Each language's translator is loaded once (see _translator) and put in place of the last
    one, so the application holds at most one, however many times a day patients switch.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: QTranslator | None = None
        self._language = ""
        self._missing: set[str] = set()

    def use(self, language: str) -> None:
        if language == self._language:
            return
        self.remove()
        self._language = language
        translator = _translator(language)
        if translator is not None:
            self._app.installTranslator(translator)
            self._installed = translator
        elif language not in self._missing:
            self._missing.add(language)
            log.warning("No translation of the kiosk's controls for '%s' (%s); they stay in English",
                        language, _path(language))

    def remove(self) -> None:
        """Take the installed translator off the application (at shutdown)."""
        if self._installed is not None:
            self._app.removeTranslator(self._installed)
            self._installed = None
        self._language = ""


def _path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"kiosk_{language}.qm"


@functools.cache
def _translator(language: str) -> QTranslator | None:
    """The translator of the kiosk's controls into `language`, loaded once; None if there is none.

    It has no parent: it lives as long as the program, one per language, and is never left
    behind under the application.
    """
    translator = QTranslator()
    return translator if translator.load(str(_path(language))) else None


@functools.cache
def _translators() -> tuple[QTranslator, ...]:
    """One translator per language the kiosk's controls are translated into (listed once)."""
    languages = (path.stem.removeprefix("kiosk_") for path in sorted(TRANSLATIONS_DIR.glob("kiosk_*.qm")))
    return tuple(t for t in map(_translator, languages) if t is not None)


def in_language(text: str, language: str) -> str:
    """`text` (English, marked for translation) in `language`, whatever language is installed.

    For words said in more than one language at once (the audio guide's on and off): the
    installed translator holds the page's language only. English, or a language with no
    translation of the kiosk's controls, is `text` itself.
    """
    translator = _translator(language)
    return (translator.translate("", text) if translator is not None else "") or text


def in_every_language(text: str) -> tuple[str, ...]:
    """`text` (an English control label) and each translation of it.

    A control is made wide enough for its label in every language, so that switching the
    language moves no control from under a patient's finger.
    """
    return (text, *(t.translate("", text) or text for t in _translators()))
