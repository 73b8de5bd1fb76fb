"""Builds the kiosk and runs it: the one place where content, views and timers are wired."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QApplication

from kiosk import theme
from kiosk.config import ConfigError, Settings, parse_settings
from kiosk.content import Content, ContentError, load_content
from kiosk.idle import IdleMonitor
from kiosk.navigation import Navigation
from kiosk.views.window import KioskWindow

log = logging.getLogger("kiosk")

STAFF_EXIT_SHORTCUT = "Ctrl+Alt+Shift+Q"


@dataclass
class Kiosk:
    """The running kiosk's parts, for main() and for tests."""

    window: KioskWindow
    navigation: Navigation
    idle: IdleMonitor | None
    content: Content | None
    error: ContentError | None
    exit_shortcut: QShortcut | None = None

    def show(self, page: str) -> None:
        nav = self.navigation
        self.window.show_page(page, nav.acknowledged, nav.can_go_back)

    def reset(self) -> None:
        """Start over for the next patient: forget the path, close overlays, scroll to the top."""
        self.window.reset_view()
        self.show(self.navigation.reset())
        if self.idle is not None:
            self.idle.arm()
        log.info("idle reset")


def screen_metrics(app: QGuiApplication) -> theme.Metrics:
    """Theme sizes for the primary screen's physical DPI and the kiosk's font."""
    screen = app.primaryScreen()
    dpi = theme.usable_dpi(screen.physicalDotsPerInch() if screen else theme.REFERENCE_DPI)
    font = QFont(theme.FONT_FAMILY)
    font.setPixelSize(100)
    cap_ratio = QFontMetricsF(font).capHeight() / 100 or 0.7
    return theme.metrics_for(dpi, cap_ratio)


def load_fonts() -> None:
    if theme.FONT_FAMILY in QFontDatabase.families():
        return
    for path in theme.font_files():
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load the font %s; a system font is used instead", path)


def create_kiosk(settings: Settings, app: QApplication, tick_ms: int = 1000) -> Kiosk:
    """Load the content, build the window and the idle monitor, and connect them."""
    load_fonts()
    metrics = screen_metrics(app)

    content: Content | None = None
    error: ContentError | None = None
    try:
        content = load_content(settings.content_dir)
    except ContentError as problem:
        error = problem
        log.error("Content error, showing the 'being updated' screen: %s", problem)

    window = KioskWindow(content, metrics)
    window.setStyleSheet(theme.stylesheet(theme.Palette(), metrics))
    navigation = Navigation()
    idle = None
    if content is not None:
        idle = IdleMonitor(
            timeout_ms=round(settings.idle_timeout * 1000),
            warning_seconds=round(settings.idle_warning),
            parent=app,
            tick_ms=tick_ms,
        )
    kiosk = Kiosk(window, navigation, idle, content, error)

    window.acknowledged.connect(lambda: kiosk.show(navigation.acknowledge()))
    window.section_chosen.connect(lambda section: kiosk.show(navigation.open(section)))
    window.back_requested.connect(lambda: kiosk.show(navigation.back()))
    window.home_requested.connect(lambda: kiosk.show(navigation.home()))
    window.disclaimer_requested.connect(lambda: kiosk.show(navigation.open("disclaimer")))
    if idle is not None:
        app.installEventFilter(idle)
        idle.warning_started.connect(window.overlay.show_countdown)
        idle.countdown.connect(window.overlay.show_countdown)
        idle.expired.connect(kiosk.reset)
        window.overlay.still_here.connect(window.overlay.hide)
        window.overlay.still_here.connect(idle.keep_alive)
        idle.arm()

    kiosk.exit_shortcut = QShortcut(QKeySequence(STAFF_EXIT_SHORTCUT), window)
    kiosk.exit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    kiosk.exit_shortcut.activated.connect(app.quit)
    return kiosk


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
