"""The running kiosk: what it shows, and what happens when.

The patient's session (where they are, their preferences and saved studies) is a plain model,
kiosk.session; this module shows it and moves it on as the patient, the idle monitor and the
content folder ask.
"""

from __future__ import annotations

import logging
import time
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from kiosk import theme
from kiosk.after_first_frame import AfterFirstFrame
from kiosk.config import Settings
from kiosk.content import Content, ContentError, Library
from kiosk.crash_policy import CrashPolicy
from kiosk.idle import IdleMonitor
from kiosk.lockdown import Lockdown
from kiosk.navigation import DISCLAIMER, Navigation
from kiosk.reload import ContentSource
from kiosk.rest import DisplayRest
from kiosk.saved_studies import SavedStudies
from kiosk.session import Preferences, Session
from kiosk.speech import Narrator
from kiosk.staff import KioskStatus, StaffDesk
from kiosk.translations import Translations
from kiosk.usage import UsageLog
from kiosk.views.look import Look, cap_height_ratio
from kiosk.views.screen import KioskScreen
from kiosk.views.takehome import TAKE_HOME
from kiosk.views.window import KioskWindow

log = logging.getLogger("kiosk")

STAFF_EXIT_SHORTCUT = "Ctrl+Alt+Shift+Q"


class Kiosk:
    """The running kiosk: shows the patient's session in the window, and moves it on.

    Everything it uses is handed in: the idle monitor, and `later`, what starts after the first
    frame (the usage log, the voice, the filters on touches and keys). `library` may be the
    quick read of the first screen (ContentSource.load_front, no sections yet), with
    `unchecked`: the checked library replaces it when its background check is done.
    `build_ahead` builds the pages not shown yet while nobody uses the kiosk.
    `rest` shows the attract screen and puts the display to sleep while nobody does.
    """

    def __init__(self, app: QApplication, window: KioskWindow, source: ContentSource,
                 library: Library | None, narrator: Narrator | None, settings: Settings,
                 idle: IdleMonitor, later: AfterFirstFrame, *, build_ahead: bool = True,
                 unchecked: bool = False, rest: DisplayRest | None = None) -> None:
        self.app = app
        self.unchecked = unchecked
        self.window = window
        self.source = source
        self.library = library
        self.pending: Library | None = None
        self.narrator = narrator
        self.idle = idle
        self.later = later
        self.rest = rest
        self.opening_hours = settings.hours
        self.started = time.monotonic()
        self.build_ahead = build_ahead
        self.session = Session(library.original.language if library else "en", len(theme.TEXT_SCALES))
        self.saved_studies = SavedStudies(self.session, window)
        self.translations = Translations(app)
        self._dpi, self._cap_ratio = screen_measures(app, settings.screen_dpi)
        self._section: tuple[str, float] | None = None
        # Looked up at each error, not bound now: the kiosk's own exit and reset, as they are then.
        self.crashes = CrashPolicy(exit=lambda status: self._exit(status),
                                   stop=lambda name: self.stop_by_signal(name),
                                   recover=lambda: self.reset(), record=self._record)

        idle.warning_started.connect(self._warn)
        idle.countdown.connect(lambda seconds: self.screen.overlay.show_countdown(seconds))
        idle.expired.connect(self.reset)
        idle.woke.connect(lambda: self._record("session_start"))
        idle.woke.connect(lambda: self.screen.build_ahead.someone_here())
        if rest is not None:
            idle.woke.connect(rest.someone_here)
        if narrator is not None:
            self._connect_narrator(narrator)
        self.exit_shortcut = QShortcut(QKeySequence(STAFF_EXIT_SHORTCUT), window)
        self.exit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.exit_shortcut.activated.connect(self.exit_by_staff)
        # The files changed: check them in the background (a large library takes seconds).
        source.changed.connect(source.load_in_background)
        source.loaded.connect(self._loaded)
        self.staff = StaffDesk(window, settings.staff_pin, status=self.status, usage=lambda: self.usage,
                               reload=source.load_in_background, exit=self.exit_by_staff)
        # After _loaded, so that the staff panel reports what the load changed.
        source.loaded.connect(lambda _library: self.staff.content_checked())
        self._built_for: theme.Metrics | None = None
        window.resized.connect(self._refit)
        self.rebuild()
        if library is not None:
            self._arm()

    def _connect_narrator(self, narrator: Narrator) -> None:
        idle = self.idle
        narrator.busy_changed.connect(lambda busy: idle.stop() if busy else idle.start())
        narrator.busy_changed.connect(lambda busy: self.screen.set_speaking(busy))
        # The voice runs apart from the kiosk and may come and go: "Listen" follows it.
        narrator.available_changed.connect(lambda available: self.screen.set_can_listen(available))

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

    @property
    def last_error(self) -> ContentError | None:
        return self.source.last_error

    # The session, as the screen shows it (read only: the session's methods change it).
    @property
    def navigation(self) -> Navigation:
        return self.session.navigation

    @property
    def preferences(self) -> Preferences:
        return self.session.preferences

    @property
    def defaults(self) -> Preferences:
        return self.session.defaults

    @property
    def saved(self) -> tuple[str, ...]:
        return self.session.saved

    # What started after the first frame (None, False before).
    @property
    def usage(self) -> UsageLog | None:
        return self.later.usage

    @property
    def lockdown(self) -> Lockdown | None:
        return self.later.lockdown

    @property
    def touch_ready(self) -> bool:
        return self.later.started

    def status(self) -> KioskStatus:
        """How the kiosk is now, for the staff panel."""
        source = self.source
        return KioskStatus(self.library, self.pending is not None, source.loaded_at, source.directory,
                           source.last_error, time.monotonic() - self.started,
                           self.opening_hours.describe(), self.rest.describe() if self.rest else "")

    def rebuild(self, keep_place: bool = True) -> None:
        """Build the screen for the current preferences, on the page the patient is on.

        With `keep_place` the paragraph at the top of the page stays at the top: a reader who
        enlarges the text, or switches colours or language, does not lose their place.
        """
        old = self.window.screen_widget
        place = old.reading_place() if keep_place and old is not None else None
        sheet_open = old is not None and old.sheet.isVisible()  # A+ in the sheet keeps it open
        # The new screen goes on building ahead where the old one was (a turned screen, say).
        building = old is not None and old.build_ahead.active
        if old is not None:
            old.build_ahead.someone_here()
        prefs = self.preferences
        palette = theme.HIGH_CONTRAST if prefs.high_contrast else theme.Palette()
        metrics = self._metrics()
        content = self.content
        self.translations.use(prefs.language)
        look = Look(metrics, palette.link, content.glossary if content else (), palette.text, self._dpi)
        others = tuple(
            (e.language, e.language_name) for e in (self.library.editions if self.library else ())
            if e.language != prefs.language
        )
        screen = KioskScreen(
            content, look, languages=others, can_listen=self.narrator is not None and self.narrator.available,
            text_step=prefs.text_step, text_steps=len(theme.TEXT_SCALES),
            high_contrast=prefs.high_contrast, touch_later=not self.later.started, saved=self.saved_studies,
            language_names=tuple(e.language_name for e in (self.library.editions if self.library else ())),
            build_ahead=self.build_ahead,
        )
        nav = self.navigation
        screen.acknowledged.connect(self._acknowledged)
        screen.section_chosen.connect(self._open)
        screen.back_requested.connect(lambda: self.show(nav.back()))
        screen.home_requested.connect(lambda: self.show(nav.home()))
        screen.disclaimer_requested.connect(lambda: self._open(DISCLAIMER))
        screen.take_home_requested.connect(lambda: self.show(nav.open(TAKE_HOME)))
        screen.overlay.still_here.connect(self._still_here)
        screen.listen_requested.connect(lambda: self.speak(self.screen.spoken_text()))
        screen.speak_requested.connect(self.speak)
        screen.stop_requested.connect(self.stop_speaking)
        screen.smaller_requested.connect(lambda: self.change(text_step=prefs.text_step - 1))
        screen.larger_requested.connect(lambda: self.change(text_step=prefs.text_step + 1))
        screen.contrast_requested.connect(lambda: self.change(high_contrast=not prefs.high_contrast))
        screen.language_requested.connect(lambda code: self.change(language=code))
        self.window.set_screen(screen, theme.stylesheet(palette, metrics))
        self._built_for = metrics
        if sheet_open:
            screen.sheet.open()
        if content is not None:
            self.show(nav.current)
            if place is not None:
                self.screen.go_to_place(place)
        if building:
            screen.build_ahead.nobody_here()

    def _metrics(self) -> theme.Metrics:
        """Sizes for the patient's text size, on this screen at the window's present width."""
        window = self.window
        if window.testAttribute(Qt.WidgetAttribute.WA_Resized):
            width = window.width()
        else:  # not placed yet: it will fill the screen
            screen = window.screen() or QGuiApplication.primaryScreen()
            width = screen.availableGeometry().width() if screen else 0
        scale = theme.TEXT_SCALES[self.preferences.text_step]
        return theme.metrics_for(self._dpi, self._cap_ratio, scale, width)

    def _refit(self) -> None:
        """The window changed size (the screen turned): larger text may need to fit anew."""
        if self._metrics() != self._built_for:
            self.rebuild()

    def _open(self, page: str) -> None:
        """Open a page chosen from Home or the bar at its top, not where the last reader left it."""
        self.show(self.navigation.open(page))
        self.screen.go_to_place(None)

    def show(self, page: str) -> None:
        if self.narrator is not None:
            self.narrator.stop()
        self._leave_section()
        if self.content is not None and any(s.id == page for s in self.content.sections):
            self._section = (page, time.monotonic())
        nav = self.navigation
        self.screen.show_page(page, nav.acknowledged, nav.can_go_back)

    def change(self, **changes: object) -> None:
        """The patient changed text size, contrast or language: rebuild, same page."""
        if self.narrator is not None:
            self.narrator.stop()
        changed = self.session.change(**changes)
        prefs = self.preferences
        if "language" in changed:
            self._record("language", prefs.language)
        if "text_step" in changed:
            self._record("text_size", f"{theme.TEXT_SCALES[prefs.text_step]:.0%}")
        if changed:
            self.rebuild()

    def speak(self, text: str) -> None:
        if self.narrator is not None and text:
            self.narrator.say(text, self.preferences.language)
            self._record("read_aloud", self.preferences.language)

    def stop_speaking(self) -> None:
        if self.narrator is not None:
            self.narrator.stop()

    def reset(self) -> None:
        """Start over for the next patient: the session forgets them (kiosk.session), speech stops.

        New content that staff loaded meanwhile is shown from now on.
        """
        if self.narrator is not None:
            self.narrator.reset()
        self._leave_section()
        self.staff.close()
        outcome = self.session.reset()
        if outcome.saved_cleared:
            self.saved_studies.session_reset()
        self.screen.reset_view()
        if self.pending is not None:
            self._use(self.pending)
        elif outcome.preferences_changed:
            self.rebuild()
        else:
            self.show(outcome.page)
        if self.library is not None:
            self._arm()
        # Any reset, also a crash's (CrashPolicy): the next patient starts without the audio guide.
        if self.later.touch_guide is not None:
            self.later.touch_guide.turn_off()
        self._record("idle_reset")
        log.info("idle reset")

    def reload_content(self) -> bool:
        """Load the content folder again, now (the staff panel's Reload); show it now if nobody is
        using the kiosk, else at reset. A change to the files loads in the background instead.

        Broken content changes nothing on screen: the error waits on the staff panel.
        """
        return self._loaded(self.source.load())

    def _loaded(self, library: Library | None) -> bool:
        """A load is done (here, or in the background): use its content, now or at reset."""
        if self.unchecked:
            return self._checked(library)
        if library is None:
            return False
        if self.library is None or self.idle.armed:
            self._use(library)
            self._arm()
        else:
            self.pending = library
            log.info("New content loaded; it will be shown at the next idle reset")
        return True

    def _checked(self, library: Library | None) -> bool:
        """The first screen was shown from a quick read: now the check is done, show its result.

        On the same page (the patient may have moved on from the disclaimer); content that
        failed the check is never shown, so then the "being updated" screen is.
        """
        self.unchecked = False
        self.library = library
        self.pending = None
        self.rebuild()
        if library is None:
            self.screen.build_ahead.someone_here()
            self.idle.stop()
            log.error("No content can be shown; patients see 'This kiosk is being updated'")
            return False
        log.info("Showing content version %s", library.original.version)
        if self.idle.armed:  # nobody came yet: build the new pages ahead
            self._arm()
        return True

    def handle_exception(self, kind: type[BaseException], error: BaseException,
                         traceback: TracebackType | None) -> None:
        """An unhandled error in the UI (main() makes this sys.excepthook): see CrashPolicy."""
        self.crashes.handle(kind, error, traceback)

    def exit_by_staff(self) -> None:
        log.info("Staff closed the kiosk")
        self._exit(0)

    def stop_by_signal(self, name: str) -> None:
        """The system asked the kiosk to end (SIGTERM at shutdown or `systemctl stop`, SIGHUP
        when its session ends, SIGINT for Ctrl+C): end cleanly, with status 0."""
        log.info("The kiosk was stopped by the system (%s)", name)
        self._exit(0)

    def shutdown(self) -> None:
        """Stop speech, timers and writers, and take the kiosk's hooks off the application."""
        if self.narrator is not None:
            self.narrator.shutdown()
        self.exit_shortcut.setEnabled(False)
        if self.rest is not None:
            self.rest.stop()  # the display is left on
        self.screen.build_ahead.someone_here()
        self.idle.stop()
        self.source.close()  # deleted: nothing of the kiosk stays under the application
        self.translations.remove()
        self._leave_section()  # the page open at exit counts too, with its time so far
        self.later.stop()  # the filters, and the usage log, closed after that last record
        self.idle.setParent(None)

    def _exit(self, status: int) -> None:
        if self.lockdown is not None:
            self.lockdown.release()
        self.app.exit(status)

    def _arm(self) -> None:
        """Nobody is using the kiosk: wait for the next patient, and let the screen prepare pages."""
        self.idle.arm()
        self.screen.build_ahead.nobody_here()
        if self.rest is not None:
            self.rest.nobody_here()

    def _use(self, library: Library) -> None:
        self.library = library
        self.pending = None
        self.session.use_content(library.original.language)
        self.rebuild(keep_place=False)  # new content: its paragraphs may be others
        log.info("Showing content version %s", library.original.version)

    def _acknowledged(self) -> None:
        first = not self.navigation.acknowledged
        self.show(self.navigation.acknowledge())
        if first:
            self._record("disclaimer_acknowledged")

    def _leave_section(self) -> None:
        if self._section is not None:
            section, since = self._section
            self._section = None
            self._record("section_viewed", section, time.monotonic() - since)

    def _record(self, kind: str, detail: str = "", seconds: float = 0.0) -> None:
        if self.usage is not None:
            self.usage.record(kind, detail, seconds)

    def _still_here(self) -> None:
        self.screen.overlay.hide()
        if self.narrator is not None:
            self.narrator.stop()
        self.idle.keep_alive()

    def _warn(self, seconds: int) -> None:
        overlay = self.screen.overlay
        overlay.show_countdown(seconds)
        if self.narrator is not None and self.narrator.used:
            self.narrator.say(overlay.spoken_text(), self.preferences.language, hold_idle=False)


DPI_SOURCES = {
    "config": "from the screen_dpi setting",
    "screen": "as the screen reports it",
    "fallback": "assumed: the screen reports no usable physical size; set screen_dpi to the panel's",
}


def screen_measures(app: QGuiApplication, configured_dpi: float | None = None) -> tuple[float, float]:
    """The DPI to size by (logged, with where it came from), and the font's cap height share."""
    screen = app.primaryScreen()
    reported = screen.physicalDotsPerInch() if screen else 0.0
    width_mm = screen.physicalSize().width() if screen else 0.0
    dpi, source = theme.chosen_dpi(reported, width_mm, configured_dpi)
    log.info("Sizing for %.0f dpi, %s (the screen reports %.0f dpi, %.0f mm wide)",
             dpi, DPI_SOURCES[source], reported, width_mm)
    return dpi, cap_height_ratio()
