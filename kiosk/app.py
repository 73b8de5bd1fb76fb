"""Builds the kiosk and runs it: the one place where content, views, speech and timers are wired."""

from __future__ import annotations

import datetime
import faulthandler
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import theme
from kiosk.accessible_roles import install_roles
from kiosk.after_first_frame import AfterFirstFrame
from kiosk.background_power import BackgroundDisplayPower
from kiosk.bundled import copy_content
from kiosk.cli import CheckContent, CopyContent, ExportUsage, HashPin, Run, SignOff, parse_command
from kiosk.config import ConfigError, Settings, settings_from
from kiosk.content_files import link_problem
from kiosk.controller import STAFF_EXIT_SHORTCUT, Kiosk
from kiosk.display import describe, display_problem
from kiosk.display_power import DisplayPower
from kiosk.fullscreen import KeepInFront
from kiosk.idle import IdleMonitor
from kiosk.keypad import Keypad
from kiosk.lockdown import Lockdown
from kiosk.manifest import MANIFEST_FILE, write_manifest
from kiosk.pin import hash_pin
from kiosk.reload import ContentSource
from kiosk.rest import DisplayRest
from kiosk.sign_off import sign_off_command
from kiosk.speech import create_narrator
from kiosk.stop_signals import StopSignals
from kiosk.systemd import SystemdNotifier
from kiosk.touch_guide import TouchGuide
from kiosk.usage import FiguresUnavailable, UsageLog, export_csv
from kiosk.validate import Checks, check_folder
from kiosk.views.home import narrowest_tile_fits
from kiosk.views.pictures import picture_problem
from kiosk.views.window import KioskWindow

log = logging.getLogger("kiosk")

APP_NAME = "lupus-kiosk"
USAGE_FILE = "usage.sqlite3"
FIRST_FRAME_LOGGED = "The first screen is on display"  # the benchmark times start-up by it


def data_dir() -> Path:
    """The platform's folder for this program's data (logs, usage figures)."""
    QCoreApplication.setApplicationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))


def load_fonts() -> None:
    if theme.FONT_FAMILY in QFontDatabase.families():
        return
    for path in theme.font_files():
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load the font %s; a system font is used instead", path)


def create_kiosk(settings: Settings, app: QApplication, tick_ms: int = 1000,
                 speech_engine: str | None = None, data: Path | None = None,
                 locate: Callable[[], Path] | None = None, build_ahead: bool = True,
                 first_frame_first: bool = False, ready: Callable[[], None] | None = None,
                 display_power: DisplayPower | None = None,
                 clock: Callable[[], datetime.datetime] = datetime.datetime.now) -> Kiosk:
    """Load the content and build the window, speech, idle monitor and usage log, connected.

    `speech_engine` names a Qt text-to-speech engine: 'mock' (tests) runs in this process, any
    other, or None for the platform's default, in the speech worker (kiosk.speech_process).
    `data` is where usage figures go (default: the platform's data folder).
    `locate` names the content folder at each reload (default: the settings' folder).
    `build_ahead` builds the pages not yet shown while nobody uses the kiosk.
    `first_frame_first` leaves what the first screen does not need until it is painted.
    `ready` is called once the first screen is up (main() tells systemd then).
    `display_power` turns the display off and on (default: the platform's, chosen and driven in
    a thread of its own once the first screen is up: kiosk.background_power); `clock` gives the
    local time for the opening hours (tests inject both).
    """
    load_fonts()
    source = ContentSource(locate or (lambda: settings.content_dir), app, content_checks)
    # A quick first screen: the content but its sections, unchecked; the check follows in the
    # background (seconds, for a library of thousands of sections) and its result replaces it.
    library = source.load_front() if first_frame_first else None
    unchecked = library is not None
    if library is None:
        library = source.load(warnings=not first_frame_first)
    if library is None:
        log.error("No content can be shown; patients see 'This kiosk is being updated'")
    install_roles()  # before the first widget: a screen reader may ask for any of them
    window = KioskWindow(library.original.clinic_name if library else "Patient information")
    # The platform's voice runs in a worker process, started with the rest of finish(); a hung
    # or crashed speech service can then only ever cost the "Listen" control.
    narrator = create_narrator(speech_engine, window) if settings.speech else None
    usage_path = (data or data_dir()) / USAGE_FILE
    idle = IdleMonitor(timeout_ms=round(settings.idle_timeout * 1000),
                       warning_seconds=round(settings.idle_warning), parent=app, tick_ms=tick_ms)
    lockdown = None
    if settings.fullscreen:
        staff_keys = QKeySequence(STAFF_EXIT_SHORTCUT)[0]  # type: ignore[index]
        lockdown = Lockdown(window, staff_keys, app)
    # The audio guide by touch speaks in the page's language; it is nothing without a voice.
    guide = (TouchGuide(window, narrator, lambda: kiosk.preferences.language, window)
             if narrator is not None else None)
    later = AfterFirstFrame(app, window, idle, lockdown=lockdown, narrator=narrator,
                            open_usage=lambda: open_usage(usage_path),
                            usage=None if first_frame_first else open_usage(usage_path),
                            touch_guide=guide)

    def record(kind: str, seconds: float) -> None:
        """Count a display event in the usage figures (kiosk.rest), once they are recorded."""
        if later.usage is not None:
            later.usage.record(kind, "", seconds)

    rest = DisplayRest(app, window, lambda: kiosk.content.clinic_name if kiosk.content else "",
                       settings.hours, round(settings.attract_after * 1000),
                       round(settings.sleep_after * 1000), record=record, clock=clock)
    kiosk = Kiosk(app, window, source, library, narrator, settings, idle, later,
                  build_ahead=build_ahead, unchecked=unchecked, rest=rest)
    # Keys and speech for a patient who cannot see the screen; its filter starts with the others.
    keypad = Keypad(lambda: kiosk.window.screen_widget, narrator, lambda: kiosk.preferences.language, window)
    idle.expired.connect(keypad.new_session)
    later.keypad = keypad

    def finish() -> None:
        """What need not hold up the first frame (see AfterFirstFrame), then the content's
        check (or its warnings), and `ready`."""
        if later.stopped:  # shut down before its first frame (LATEST_MS): nothing to finish
            return
        if first_frame_first:
            log.info(FIRST_FRAME_LOGGED)
        later.start()
        # After the idle monitor's filter: the filter that eats a waking touch comes first.
        rest.start(display_power or BackgroundDisplayPower(QGuiApplication.platformName(), os.environ))
        if unchecked:
            source.load_in_background()  # the sections, checked, with the warnings
        elif first_frame_first and library is not None:
            source.log_warnings()
        if ready is not None:
            ready()

    if first_frame_first:
        FirstPaint(window, finish)  # the window's child: it goes with the window
    else:
        finish()
    return kiosk


def content_checks() -> Checks:
    """The content check with what it needs of Qt: the kiosk's and check-content's, the same."""
    return Checks(datetime.date.today(), narrowest_tile_fits, picture_problem)


def open_usage(path: Path) -> UsageLog | None:
    """Start recording usage figures. The file itself is opened by the log's writer thread,
    never here; and nothing that goes wrong here may cut the kiosk's start-up short."""
    try:
        return UsageLog(path)
    except Exception as error:  # any: it would leave the kiosk with no idle reset
        log.error("Usage figures are not recorded: %s", error)
        return None


class FirstPaint(QObject):
    """Calls `then` once, just after `widget` is first painted (or after LATEST_MS at most)."""

    LATEST_MS = 3000

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        # A platform that never paints (no screen at all) must not cost speech and usage figures.
        # A timer of its own, stopped once `then` has run: none is left waiting behind it.
        self._latest = QTimer(self)
        self._latest.setSingleShot(True)
        self._latest.timeout.connect(self._fire)
        self._latest.start(self.LATEST_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)
        return False

    @property
    def pending(self) -> bool:
        return self._then is not None

    def _fire(self) -> None:
        self._latest.stop()
        then, self._then = self._then, None
        if then is not None:
            self.deleteLater()  # its one job is done (its filter goes with it)
            then()


def show_fullscreen(window: KioskWindow, show_cursor: bool = False) -> None:
    """Fill the screen and stay in front, also in a bare X session with no window manager,
    and take fullscreen, focus and the hidden cursor back from a compositor that takes them."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
    window.setGeometry(screen.geometry())
    screen.geometryChanged.connect(window.setGeometry)
    if not show_cursor:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
    if window.findChild(KeepInFront) is None:
        KeepInFront(window, hide_cursor=not show_cursor)
    window.showFullScreen()


def setup_logging() -> Path | None:
    """Log to stderr and to a size-limited file in the platform's data folder."""
    from logging.handlers import RotatingFileHandler  # here, not at start-up: it is slow to import

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    path = data_dir() / "logs" / "kiosk.log"
    class QuietFileHandler(RotatingFileHandler):
        """A log file that, when it cannot be written (a full or read-only disk), says so once
        on stderr instead of printing a traceback for every line; stderr (the journal) goes on."""

        failed = False

        def handleError(self, record: logging.LogRecord) -> None:
            if not self.failed:
                self.failed = True
                error = sys.exc_info()[1]
                print(f"lupus-kiosk: cannot write the log file {path} ({error}); "
                      "logging to stderr only", file=sys.stderr)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = QuietFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as error:
        log.warning("cannot write the log file %s: %s", path, error)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logging.getLogger().addHandler(handler)
    return path


def print_pin_hash() -> int:
    """`lupus-kiosk hash-pin`: ask for a PIN twice and print the config line for it."""
    import getpass

    if sys.stdin.isatty():
        pin = getpass.getpass("New staff PIN (digits): ")
        again = getpass.getpass("The same PIN again: ")
    else:
        pin = again = sys.stdin.readline().strip()
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        print("lupus-kiosk: the PIN must be 4 to 12 digits", file=sys.stderr)
        return 2
    if pin != again:
        print("lupus-kiosk: the two PINs differ", file=sys.stderr)
        return 2
    print(f'staff_pin: "{hash_pin(pin)}"')
    return 0


def export_usage(target: str) -> int:
    """`lupus-kiosk export-usage FILE.csv`: write the daily usage totals as CSV."""
    try:
        rows = export_csv(data_dir() / USAGE_FILE, Path(target))
    except (FiguresUnavailable, OSError, ValueError) as error:
        print(f"lupus-kiosk: cannot export the usage figures: {error}", file=sys.stderr)
        return 1
    print(f"Wrote {rows} rows to {target}")
    return 0


def check_content(folder: Path, write: bool = False) -> int:
    """`lupus-kiosk check-content [DIR]`: every problem in a content folder; 0 clean, 1 errors, 2 unreadable.

    With `write` (--write-manifest), a folder with no errors gets a new MANIFEST.sha256.
    """
    if not folder.is_dir() or not os.access(folder, os.R_OK | os.X_OK):
        link = link_problem(folder, "folder")
        print(f"{folder}: error: " + (f"this {link}" if link else "cannot read this folder (it does not "
              "exist, is not a folder, or may not be read)"), file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # staff may run it with no screen
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert app is not None
    load_fonts()
    _library, problems = check_folder(folder, content_checks(), manifest=not write)
    for problem in problems:
        print(problem)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    print(f"{folder}: {errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    if errors:
        return 1
    if write:
        count = write_manifest(folder)
        print(f"Wrote {folder / MANIFEST_FILE} ({count} files)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Start the kiosk (or run one of its staff commands, see kiosk.cli); return the exit status."""
    try:
        command = parse_command(sys.argv[1:] if argv is None else argv)
    except SystemExit as stop:  # a usage mistake (2) or --help (0): argparse has printed it
        return stop.code if isinstance(stop.code, int) else 2
    match command:
        case Run():
            return run(command)
        case CheckContent():
            return check_content(command.folder, command.write_manifest)
        case CopyContent():
            return copy_content(command.destination)
        case ExportUsage():
            return export_usage(command.target)
        case HashPin():
            return print_pin_hash()
        case SignOff():
            return sign_off_command(command.content, command.reviewer, command.qualification, command.date,
                                    list(command.files))


def run(command: Run) -> int:
    """`lupus-kiosk [run] [OPTIONS]`: show the kiosk until it is stopped; return the exit status."""
    try:
        settings = settings_from(command.options)
    except ConfigError as error:
        print(f"lupus-kiosk: configuration error: {error}", file=sys.stderr)
        return 2

    def locate() -> Path:
        """The content folder as the config says now, for a reload; unchanged if it is broken."""
        try:
            return settings_from(command.options).content_dir
        except ConfigError as error:
            log.error("Config error, keeping the content folder %s: %s", settings.content_dir, error)
            return settings.content_dir

    if QApplication.instance() is None:
        # Qt aborts with a misleading message when it has no display or lacks a library.
        problem = display_problem()
        if problem is not None:
            print(f"lupus-kiosk: {problem} ({describe(os.environ)})", file=sys.stderr)
            return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    # The Wayland app id and the desktop file (resources/deploy/) are named after the kiosk;
    # compositors match their rules on it. Set before any window exists.
    app.setDesktopFileName(APP_NAME)
    # First of all: a SIGTERM while the kiosk starts is handled too, once its event loop runs.
    stop_signals = StopSignals(app)
    setup_logging()
    if sys.stderr is not None:
        # A hung kiosk is killed by systemd's watchdog with SIGABRT: this writes where each
        # thread was stuck to stderr, which systemd keeps in the journal.
        faulthandler.enable()
    systemd = SystemdNotifier(app)
    kiosk = create_kiosk(settings, app, locate=locate, first_frame_first=True,
                         ready=lambda: systemd.ready(FIRST_FRAME_LOGGED))
    stop_signals.received.connect(kiosk.stop_by_signal)
    sys.excepthook = kiosk.handle_exception
    if settings.fullscreen:
        show_fullscreen(kiosk.window, settings.show_cursor)
    else:
        kiosk.window.resize(1280, 800)
        kiosk.window.show()
    status = app.exec()
    systemd.stopping(f"Exiting with status {status}")
    kiosk.shutdown()
    stop_signals.close()
    systemd.close()
    return status
