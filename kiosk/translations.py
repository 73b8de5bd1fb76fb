"""The kiosk's own words in the patient's language, through Qt's QTranslator."""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk import theme

log = logging.getLogger("kiosk")

TRANSLATIONS_DIR = theme.RESOURCES_DIR / "translations"


class Translations:
    """Installs resources/translations/kiosk_<language>.qm for the language shown."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self._language = ""
        self._missing: set[str] = set()

    def use(self, language: str) -> None:
        if language == self._language:
            return
        self._language = language
        self.remove()
        translator = QTranslator(self._app)
        path = TRANSLATIONS_DIR / f"kiosk_{language}.qm"
        if translator.load(str(path)):
            self._app.installTranslator(translator)
            self._translator = translator
        elif language not in self._missing:
            self._missing.add(language)
            log.warning("No translation of the kiosk's controls for '%s' (%s); they stay in English",
                        language, path)

    def remove(self) -> None:
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None


@functools.cache
def _translators() -> tuple[QTranslator, ...]:
    """One translator per language the kiosk's controls are translated into (loaded once)."""
    translators = []
    for path in sorted(TRANSLATIONS_DIR.glob("kiosk_*.qm")):
        translator = QTranslator()
        if translator.load(str(path)):
            translators.append(translator)
    return tuple(translators)


def in_every_language(text: str) -> tuple[str, ...]:
    """`text` (an English control label) and each translation of it.

    A control is made wide enough for its label in every language, so that switching the
    language moves no control from under a patient's finger.
    """
    return (text, *(t.translate("", text) or text for t in _translators()))
