"""Builds the kiosk and runs it: the one place where content, views, speech and timers are wired."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, replace
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from kiosk import theme
from kiosk.config import ConfigError, Settings, parse_settings
from kiosk.content import Content, ContentError, Library, load_library
from kiosk.idle import IdleMonitor
from kiosk.navigation import Navigation
from kiosk.speech import Narrator, create_narrator
from kiosk.views.elements import Look
from kiosk.views.screen import KioskScreen
from kiosk.views.window import KioskWindow

log = logging.getLogger("kiosk")

STAFF_EXIT_SHORTCUT = "Ctrl+Alt+Shift+Q"
TRANSLATIONS_DIR = theme.RESOURCES_DIR / "translations"


@dataclass(frozen=True)
class Preferences:
    """What a patient may change for themselves; an idle reset puts back the defaults."""

    language: str = "en"
    text_step: int = 0
    high_contrast: bool = False


class Kiosk:
    """The running kiosk: the window, what it shows, and the patient's session."""

    def __init__(self, app: QApplication, window: KioskWindow, library: Library | None,
                 error: ContentError | None, narrator: Narrator | None, tick_ms: int,
                 settings: Settings) -> None:
        self.app = app
        self.window = window
        self.library = library
        self.error = error
        self.narrator = narrator
        self.navigation = Navigation()
        self.defaults = Preferences(language=library.original.language if library else "en")
        self.preferences = self.defaults
        self._translator: QTranslator | None = None
        self._missing_translations: set[str] = set()
        self._translator_language = ""
        self._dpi, self._cap_ratio = screen_measures(app)
        self.idle: IdleMonitor | None = None
        if library is not None:
            self.idle = IdleMonitor(
                timeout_ms=round(settings.idle_timeout * 1000),
                warning_seconds=round(settings.idle_warning),
                parent=app,
                tick_ms=tick_ms,
            )
            app.installEventFilter(self.idle)
            self.idle.warning_started.connect(self._warn)
            self.idle.countdown.connect(lambda seconds: self.screen.overlay.show_countdown(seconds))
            self.idle.expired.connect(self.reset)
        if narrator is not None and self.idle is not None:
            idle = self.idle
            narrator.busy_changed.connect(lambda busy: idle.stop() if busy else idle.start())
            narrator.busy_changed.connect(lambda busy: self.screen.set_speaking(busy))
        self.exit_shortcut = QShortcut(QKeySequence(STAFF_EXIT_SHORTCUT), window)
        self.exit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.exit_shortcut.activated.connect(app.quit)
        self.rebuild()
        if self.idle is not None:
            self.idle.arm()

    @property
    def screen(self) -> KioskScreen:
        screen = self.window.screen_widget
        assert screen is not None
        return screen

    @property
    def content(self) -> Content | None:
        if self.library is None:
            return None
        return self.library.edition(self.preferences.language)

    def rebuild(self) -> None:
        """Build the screen for the current preferences, on the page the patient is on."""
        prefs = self.preferences
        palette = theme.HIGH_CONTRAST if prefs.high_contrast else theme.Palette()
        metrics = theme.metrics_for(self._dpi, self._cap_ratio, theme.TEXT_SCALES[prefs.text_step])
        content = self.content
        self._install_translator(prefs.language)
        look = Look(metrics, palette.link, content.glossary if content else ())
        others = tuple(
            (e.language, e.language_name) for e in (self.library.editions if self.library else ())
            if e.language != prefs.language
        )
        screen = KioskScreen(
            content, look, languages=others, can_listen=self.narrator is not None,
            text_step=prefs.text_step, text_steps=len(theme.TEXT_SCALES),
            high_contrast=prefs.high_contrast,
        )
        nav = self.navigation
        screen.acknowledged.connect(lambda: self.show(nav.acknowledge()))
        screen.section_chosen.connect(lambda page: self.show(nav.open(page)))
        screen.back_requested.connect(lambda: self.show(nav.back()))
        screen.home_requested.connect(lambda: self.show(nav.home()))
        screen.disclaimer_requested.connect(lambda: self.show(nav.open("disclaimer")))
        screen.overlay.still_here.connect(self._still_here)
        screen.listen_requested.connect(lambda: self.speak(self.screen.spoken_text()))
        screen.speak_requested.connect(self.speak)
        screen.stop_requested.connect(self.stop_speaking)
        screen.smaller_requested.connect(lambda: self.change(text_step=prefs.text_step - 1))
        screen.larger_requested.connect(lambda: self.change(text_step=prefs.text_step + 1))
        screen.contrast_requested.connect(lambda: self.change(high_contrast=not prefs.high_contrast))
        screen.language_requested.connect(lambda code: self.change(language=code))
        self.window.set_screen(screen, theme.stylesheet(palette, metrics))
        if content is not None:
            self.show(nav.current)

    def show(self, page: str) -> None:
        if self.narrator is not None:
            self.narrator.stop()
        nav = self.navigation
        self.screen.show_page(page, nav.acknowledged, nav.can_go_back)

    def change(self, **changes: object) -> None:
        """The patient changed text size, contrast or language: rebuild, same page."""
        if self.narrator is not None:
            self.narrator.stop()
        self.preferences = replace(self.preferences, **changes)  # type: ignore[arg-type]
        self.rebuild()

    def speak(self, text: str) -> None:
        if self.narrator is not None and text:
            self.narrator.say(text, self.preferences.language)

    def stop_speaking(self) -> None:
        if self.narrator is not None:
            self.narrator.stop()

    def reset(self) -> None:
        """Start over for the next patient: forget the path and the preferences, stop speech."""
        if self.narrator is not None:
            self.narrator.reset()
        self.screen.reset_view()
        self.navigation.reset()
        if self.preferences != self.defaults:
            self.preferences = self.defaults
            self.rebuild()
        else:
            self.show(self.navigation.current)
        if self.idle is not None:
            self.idle.arm()
        log.info("idle reset")

    def shutdown(self) -> None:
        """Stop speech and timers and take the kiosk's filter and translator off the application."""
        if self.narrator is not None:
            self.narrator.stop()
        if self.idle is not None:
            self.idle.stop()
            self.app.removeEventFilter(self.idle)
            self.idle.setParent(None)
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None

    def _still_here(self) -> None:
        self.screen.overlay.hide()
        if self.narrator is not None:
            self.narrator.stop()
        if self.idle is not None:
            self.idle.keep_alive()

    def _warn(self, seconds: int) -> None:
        overlay = self.screen.overlay
        overlay.show_countdown(seconds)
        if self.narrator is not None and self.narrator.used:
            self.narrator.say(overlay.spoken_text(), self.preferences.language, hold_idle=False)

    def _install_translator(self, language: str) -> None:
        if language == self._translator_language:
            return
        self._translator_language = language
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator(self.app)
        path = TRANSLATIONS_DIR / f"kiosk_{language}.qm"
        if translator.load(str(path)):
            self.app.installTranslator(translator)
            self._translator = translator
        elif language not in self._missing_translations:
            self._missing_translations.add(language)
            log.warning("No translation of the kiosk's controls for '%s' (%s); they stay in English",
                        language, path)


def screen_measures(app: QGuiApplication) -> tuple[float, float]:
    """The primary screen's usable DPI, and the kiosk font's cap height as a share of its size."""
    screen = app.primaryScreen()
    dpi = theme.usable_dpi(screen.physicalDotsPerInch() if screen else theme.REFERENCE_DPI)
    font = QFont(theme.FONT_FAMILY)
    font.setPixelSize(100)
    cap_ratio = QFontMetricsF(font).capHeight() / 100 or 0.7
    return dpi, cap_ratio


def load_fonts() -> None:
    if theme.FONT_FAMILY in QFontDatabase.families():
        return
    for path in theme.font_files():
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load the font %s; a system font is used instead", path)


def create_kiosk(settings: Settings, app: QApplication, tick_ms: int = 1000,
                 speech_engine: str | None = None) -> Kiosk:
    """Load the content, build the window, speech and idle monitor, and connect them.

    `speech_engine` names a Qt text-to-speech engine ('mock' in tests); None is the
    platform's default.
    """
    load_fonts()
    library: Library | None = None
    error: ContentError | None = None
    try:
        library = load_library(settings.content_dir)
    except ContentError as problem:
        error = problem
        log.error("Content error, showing the 'being updated' screen: %s", problem)
    title = library.original.clinic_name if library else "Patient information"
    window = KioskWindow(title)
    narrator = create_narrator(speech_engine, app) if library and settings.speech else None
    return Kiosk(app, window, library, error, narrator, tick_ms, settings)


def show_fullscreen(window: KioskWindow) -> None:
    """Fill the screen, also in a bare X session with no window manager to honour the request."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    window.setGeometry(screen.geometry())
    screen.geometryChanged.connect(window.setGeometry)
    window.showFullScreen()


def setup_logging() -> Path | None:
    """Log to stderr and to a size-limited file in the platform's data folder."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    if not folder:
        return None
    path = Path(folder) / "logs" / "kiosk.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as error:
        log.warning("cannot write the log file %s: %s", path, error)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logging.getLogger().addHandler(handler)
    return path


def main(argv: list[str] | None = None) -> int:
    """Start the kiosk; return the process's exit status."""
    try:
        settings = parse_settings(sys.argv[1:] if argv is None else argv)
    except ConfigError as error:
        print(f"lupus-kiosk: configuration error: {error}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("lupus-kiosk")
    setup_logging()
    kiosk = create_kiosk(settings, app)
    if settings.fullscreen:
        show_fullscreen(kiosk.window)
    else:
        kiosk.window.resize(1280, 800)
        kiosk.window.show()
    return app.exec()
