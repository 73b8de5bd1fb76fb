"""The running kiosk: what it shows, the patient's session, and what happens when."""

from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass, replace
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from kiosk import theme
from kiosk.config import Settings
from kiosk.content import Content, ContentError, Library
from kiosk.idle import IdleMonitor
from kiosk.lockdown import Lockdown
from kiosk.navigation import DISCLAIMER, Navigation
from kiosk.reload import ContentSource
from kiosk.speech import Narrator
from kiosk.staff import StaffDesk
from kiosk.translations import Translations
from kiosk.usage import UsageLog
from kiosk.views.elements import Look, cap_height_ratio
from kiosk.views.screen import KioskScreen
from kiosk.views.takehome import TAKE_HOME
from kiosk.views.window import KioskWindow

log = logging.getLogger("kiosk")

STAFF_EXIT_SHORTCUT = "Ctrl+Alt+Shift+Q"
# More crashes than this within a minute means recovery is not working: exit, and let the
# supervisor (systemd) start the kiosk afresh.
CRASH_LIMIT = 3
EXIT_CRASH_LOOP = 70
# One page is built ahead every this many milliseconds while the kiosk is unused.
PREBUILD_MS = 100
# At most this many pages are built ahead (the first a patient meets): a library of thousands
# of sections would otherwise end up with every page in memory. The rest are built when shown.
PREBUILD_LIMIT = 150


@dataclass(frozen=True)
class Preferences:
    """What a patient may change for themselves; an idle reset puts back the defaults."""

    language: str = "en"
    text_step: int = 0
    high_contrast: bool = False


class Kiosk:
    """The running kiosk: the window, what it shows, and the patient's session."""

    def __init__(self, app: QApplication, window: KioskWindow, source: ContentSource,
                 library: Library | None, narrator: Narrator | None, settings: Settings,
                 tick_ms: int = 1000, usage: UsageLog | None = None, build_ahead: bool = True,
                 touch_ready: bool = True, unchecked: bool = False) -> None:
        self.app = app
        # `library` is the quick read of its first screen (ContentSource.load_front), with no
        # sections yet: the checked library replaces it when its background check is done.
        self.unchecked = unchecked
        self.window = window
        self.source = source
        self.library = library
        self.pending: Library | None = None
        self.narrator = narrator
        self.usage = usage
        self.started = time.monotonic()
        self.build_ahead = build_ahead
        self.touch_ready = False  # see enable_touch()
        self.navigation = Navigation()
        self.defaults = Preferences(language=library.original.language if library else "en")
        self.preferences = self.defaults
        self.translations = Translations(app)
        self.lockdown: Lockdown | None = None
        self.first_paint: QObject | None = None
        self.stopped = False
        self._dpi, self._cap_ratio = screen_measures(app, settings.screen_dpi)
        self._section: tuple[str, float] | None = None
        self.saved: tuple[str, ...] = ()  # references the patient saved to take home
        self._crashes: deque[float] = deque(maxlen=CRASH_LIMIT + 1)

        self.idle = IdleMonitor(
            timeout_ms=round(settings.idle_timeout * 1000),
            warning_seconds=round(settings.idle_warning),
            parent=app,
            tick_ms=tick_ms,
        )
        self.idle.warning_started.connect(self._warn)
        self.idle.countdown.connect(lambda seconds: self.screen.overlay.show_countdown(seconds))
        self.idle.expired.connect(self.reset)
        self.idle.woke.connect(lambda: self._record("session_start"))
        # While nobody uses the kiosk, build the pages not shown yet, one at a time, so that a
        # patient's first touch of each is as quick as any other.
        self.prebuild = QTimer(window)
        self.prebuild.setInterval(PREBUILD_MS)
        self.prebuild.timeout.connect(self._build_next_page)
        self.idle.woke.connect(self.prebuild.stop)
        if narrator is not None:
            self._connect_narrator(narrator)
        self.exit_shortcut = QShortcut(QKeySequence(STAFF_EXIT_SHORTCUT), window)
        self.exit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.exit_shortcut.activated.connect(self.exit_by_staff)
        # The files changed: check them in the background (a large library takes seconds).
        source.changed.connect(source.load_in_background)
        source.loaded.connect(self._loaded)
        # After _loaded, so that the staff panel reports what the load changed.
        self.staff = StaffDesk(self, settings.staff_pin)
        self._built_for: theme.Metrics | None = None
        window.resized.connect(self._refit)
        self.rebuild()
        if library is not None:
            self._arm()
        if touch_ready:
            self.enable_touch()

    def enable_touch(self) -> None:
        """Watch for touches and turn on finger scrolling, once the first screen is on display.

        (See create_kiosk.) Before then nobody can have touched it; and a Python filter on
        every event while the first screen is being built makes PySide load all its classes
        to find one for Qt's private widgets, which holds up the first frame.
        """
        self.touch_ready = True
        self.app.installEventFilter(self.idle)
        self.screen.enable_touch_scrolling()

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

    def rebuild(self, keep_place: bool = True) -> None:
        """Build the screen for the current preferences, on the page the patient is on.

        With `keep_place` the paragraph at the top of the page stays at the top: a reader who
        enlarges the text, or switches colours or language, does not lose their place.
        """
        old = self.window.screen_widget
        place = old.reading_place() if keep_place and old is not None else None
        sheet_open = old is not None and old.sheet.isVisible()  # A+ in the sheet keeps it open
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
            high_contrast=prefs.high_contrast, touch_later=not self.touch_ready, saved=self.saved,
            language_names=tuple(e.language_name for e in (self.library.editions if self.library else ())),
        )
        nav = self.navigation
        screen.acknowledged.connect(self._acknowledged)
        screen.section_chosen.connect(self._open)
        screen.back_requested.connect(lambda: self.show(nav.back()))
        screen.home_requested.connect(lambda: self.show(nav.home()))
        screen.disclaimer_requested.connect(lambda: self._open(DISCLAIMER))
        screen.take_home_requested.connect(lambda: self.show(nav.open(TAKE_HOME)))
        screen.save_toggled.connect(self._save)
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
        before = self.preferences
        self.preferences = replace(before, **changes)  # type: ignore[arg-type]
        if self.preferences.language != before.language:
            self._record("language", self.preferences.language)
        if self.preferences.text_step != before.text_step:
            self._record("text_size", f"{theme.TEXT_SCALES[self.preferences.text_step]:.0%}")
        self.rebuild()

    def speak(self, text: str) -> None:
        if self.narrator is not None and text:
            self.narrator.say(text, self.preferences.language)
            self._record("read_aloud", self.preferences.language)

    def stop_speaking(self) -> None:
        if self.narrator is not None:
            self.narrator.stop()

    def reset(self) -> None:
        """Start over for the next patient: forget the path and the preferences, stop speech.

        New content that staff loaded meanwhile is shown from now on.
        """
        if self.narrator is not None:
            self.narrator.reset()
        self._leave_section()
        self.staff.close()
        self.saved = ()  # nothing the last patient saved is kept
        self.screen.set_saved(())
        self.screen.reset_view()
        self.navigation.reset()
        if self.pending is not None:
            self._use(self.pending)
        elif self.preferences != self.defaults:
            self.preferences = self.defaults
            self.rebuild()
        else:
            self.show(self.navigation.current)
        if self.library is not None:
            self._arm()
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
            self.prebuild.stop()
            self.idle.stop()
            log.error("No content can be shown; patients see 'This kiosk is being updated'")
            return False
        log.info("Showing content version %s", library.original.version)
        if self.idle.armed:  # nobody came yet: build the new pages ahead
            self._arm()
        return True

    def handle_exception(self, kind: type[BaseException], error: BaseException,
                         traceback: TracebackType | None) -> None:
        """An unhandled error in the UI: log it and start over; exit if that keeps failing.

        Ctrl+C (KeyboardInterrupt) and SystemExit are requests to end, not crashes: the kiosk
        ends cleanly and they never count toward CRASH_LIMIT.
        """
        if issubclass(kind, KeyboardInterrupt):
            self.stop_by_signal("SIGINT")
            return
        if not issubclass(kind, Exception):
            code = error.code if isinstance(error, SystemExit) else None
            log.info("The kiosk was asked to exit (%s)", kind.__name__)
            self._exit(code if isinstance(code, int) else 0)
            return
        log.error("Unhandled error; the kiosk starts over", exc_info=(kind, error, traceback))
        self._record("crash")
        now = time.monotonic()
        self._crashes.append(now)
        if len(self._crashes) > CRASH_LIMIT and now - self._crashes[0] < 60:
            log.critical("Repeated errors; exiting so that the supervisor restarts the kiosk")
            self._exit(EXIT_CRASH_LOOP)
            return
        try:
            self.reset()
        except Exception:
            log.critical("The kiosk cannot recover; exiting", exc_info=True)
            self._exit(EXIT_CRASH_LOOP)

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
        self.stopped = True
        if self.narrator is not None:
            self.narrator.shutdown()
        self.exit_shortcut.setEnabled(False)
        self.prebuild.stop()
        self.idle.stop()
        self.app.removeEventFilter(self.idle)
        self.idle.setParent(None)
        self.source.stop()
        if self.lockdown is not None:
            self.app.removeEventFilter(self.lockdown)
            self.lockdown = None
        self.translations.remove()
        self._leave_section()  # the page open at exit counts too, with its time so far
        if self.usage is not None:
            self.usage.close()

    def _exit(self, status: int) -> None:
        if self.lockdown is not None:
            self.lockdown.release()
        self.app.exit(status)

    def _arm(self) -> None:
        """Nobody is using the kiosk: wait for the next patient, and prepare pages meanwhile."""
        self.idle.arm()
        if self.build_ahead:
            self.prebuild.start()

    def _build_next_page(self) -> None:
        unbuilt = self.screen.unbuilt()
        room = PREBUILD_LIMIT - len(self.screen.pages)
        if unbuilt and self.idle.armed and room > 0:
            self.screen.prepare(unbuilt[0])
        if len(unbuilt) <= 1 or not self.idle.armed or room <= 1:
            self.prebuild.stop()

    def _use(self, library: Library) -> None:
        self.library = library
        self.pending = None
        self.defaults = Preferences(language=library.original.language)
        self.preferences = self.defaults
        self.navigation.reset()
        self.rebuild(keep_place=False)  # new content: its paragraphs may be others
        log.info("Showing content version %s", library.original.version)

    def _save(self, reference: str, saved: bool) -> None:
        others = tuple(r for r in self.saved if r != reference)
        self.saved = (*others, reference) if saved else others
        self.screen.set_saved(self.saved)

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
