"""Take screenshots of every screen, landscape and portrait, on a real X server (Xvfb).

    python docs/screenshots.py        # writes docs/*.png; needs Xvfb (apt-get install xvfb)
    python docs/screenshots.py --panel 800x480@133    # the main screens of one panel
    python docs/screenshots.py --attract              # only the attract screen, both ways
    python docs/screenshots.py --keypad               # only the keypad's focus ring, both ways
    python docs/screenshots.py --keypad-panel 800x480@133   # the ring on a word, on a panel

Each orientation runs in its own Xvfb at 1920x1080 or 1080x1920 with no window manager,
like a bare kiosk session, and the kiosk is shown with --fullscreen. The pictures are what
the X server shows, not a widget's own rendering. With --panel, the X screen has the panel's
size in pixels, and the kiosk is told the panel's DPI (`screen_dpi`), as a clinic would where
the panel does not report its size; the pictures are docs/panel-<size>-*.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
SIZES = {"landscape": "1920x1080", "portrait": "1080x1920"}
PANELS = ("800x480@133", "1280x800@96")  # the panels docs/ shows, at their real DPI


def take(orientation: str, only_attract: bool = False) -> None:
    """Run inside one Xvfb: walk through the screens and save each one."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from kiosk.app import create_kiosk, show_fullscreen
    from kiosk.config import Settings
    from kiosk.pin import MIN_ITERATIONS, hash_pin

    app = QApplication([])
    settings = Settings(idle_timeout=3600, staff_pin=hash_pin("1234", iterations=MIN_ITERATIONS))
    kiosk = create_kiosk(settings, app, speech_engine="mock", data=Path(tempfile.mkdtemp()))
    show_fullscreen(kiosk.window)

    def settle() -> None:
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)

    def save(name: str) -> None:
        settle()
        screen = app.primaryScreen()
        screen.grabWindow(0).save(str(DOCS / f"{orientation}-{name}.png"))

    def tap(widget) -> None:
        widget.click()
        settle()

    def open_tile(key: str) -> None:
        home = kiosk.screen.pages["home"]
        while home.page > 0:
            tap(home.previous_button)
        while not home.tiles[key].isVisible():
            tap(home.next_button)
        tap(home.tiles[key])

    def in_sheet(*controls: str) -> None:
        """Open "Text and colours", touch these controls on it, and close it."""
        tap(kiosk.screen.text_button)
        for control in controls:
            tap(getattr(kiosk.screen, control))
        tap(kiosk.screen.sheet.close_button)

    def show_in_page(widget) -> None:
        kiosk.screen.stack.currentWidget().scroll_area.ensureWidgetVisible(widget, 0, 200)
        settle()

    def run() -> None:
        save("1-disclaimer")
        tap(kiosk.screen.pages["disclaimer"].understand)
        save("2-home")
        for key in [s.id for s in kiosk.content.sections] + ["glossary"]:
            open_tile(key)
            save(f"3-{key}")
            tap(kiosk.screen.home_button)
        # A study card: its evidence label, QR code and Save; then what the patient takes home.
        open_tile("regenerative-research")
        research = kiosk.screen.pages["regenerative-research"]
        tap(research.findChild(QPushButton, "Save-nurudhin-2025"))
        farge = research.findChild(QPushButton, "Save-farge-2025")
        show_in_page(farge)
        tap(farge)
        show_in_page(farge)
        save("3-study-card-saved")
        tap(kiosk.screen.take_home_button)
        save("10-take-this-with-me")
        kiosk.reset()
        tap(kiosk.screen.pages["disclaimer"].understand)
        in_sheet("larger_button", "larger_button")
        save("6-home-text-200")
        kiosk.reset()
        tap(kiosk.screen.pages["disclaimer"].understand)
        open_tile("symptoms")
        kiosk.screen._explain("glossary:flare")
        save("5-glossary-word")
        kiosk.screen.popup.hide()
        in_sheet("larger_button", "larger_button")
        save("6-text-200")
        in_sheet("smaller_button", "smaller_button", "contrast_button")
        save("7-high-contrast")
        in_sheet("contrast_button")
        tap(kiosk.screen.language_buttons[0])
        save("8-spanish-symptoms")
        tap(kiosk.screen.home_button)
        save("8-spanish-home")
        kiosk.idle.warning_started.emit(20)
        save("4-still-there")
        kiosk.reset()
        for _ in range(5):
            kiosk.window.staff_corner.tapped.emit()
        save("9-staff-pin")
        for key in "1234":
            tap(kiosk.window.pin_pad.keys[key])
        tap(kiosk.window.pin_pad.keys["OK"])
        save("9-staff-panel")
        attract()
        app.quit()

    def attract() -> None:
        kiosk.reset()
        kiosk.rest.show_attract()
        save("11-attract")
        kiosk.shutdown()

    QTimer.singleShot(300, (lambda: (attract(), app.quit())) if only_attract else run)
    app.exec()


def take_panel(panel: str, prefix: str) -> None:
    """Run inside one Xvfb of the panel's size: the screens a patient meets first, at its DPI."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from kiosk.app import create_kiosk, show_fullscreen
    from kiosk.config import Settings
    from kiosk.pin import MIN_ITERATIONS, hash_pin

    dpi = float(panel.partition("@")[2])
    app = QApplication([])
    settings = Settings(idle_timeout=3600, staff_pin=hash_pin("1234", iterations=MIN_ITERATIONS),
                        screen_dpi=dpi)
    kiosk = create_kiosk(settings, app, speech_engine="mock", data=Path(tempfile.mkdtemp()))
    show_fullscreen(kiosk.window)
    name = prefix + "panel-" + panel.partition("@")[0]

    def settle() -> None:
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)

    def save(shot: str) -> None:
        settle()
        app.primaryScreen().grabWindow(0).save(str(DOCS / f"{name}-{shot}.png"))

    def tap(widget) -> None:
        widget.click()
        settle()

    def open_tile(key: str) -> None:
        home = kiosk.screen.pages["home"]
        home.show_tile(key)
        settle()
        tap(home.tiles[key])

    def run() -> None:
        screen = kiosk.screen
        save("1-disclaimer")
        disclaimer = screen.pages["disclaimer"]
        disclaimer.scroll_area.verticalScrollBar().setValue(disclaimer.scroll_area.verticalScrollBar().maximum())
        save("1-disclaimer-end")
        tap(disclaimer.understand)
        save("2-home")
        for key in ("what-is-lupus", "treatments"):
            open_tile(key)
            save(f"3-{key}")
            tap(kiosk.screen.home_button)
        open_tile("regenerative-research")
        research = kiosk.screen.pages["regenerative-research"]
        control = research.findChild(QPushButton, "Save-nurudhin-2025")
        research.scroll_area.ensureWidgetVisible(control, 0, 200)
        tap(control)
        save("3-study-card-saved")
        # What the patient takes home: its QR code scrolled into view, whole on every panel.
        tap(kiosk.screen.take_home_button)
        sheet = kiosk.screen.pages["take-home"]
        sheet.scroll_area.ensureWidgetVisible(sheet.code, 0, 0)
        save("10-take-this-with-me")
        tap(kiosk.screen.back_button)
        tap(kiosk.screen.text_button)
        save("6-text-and-colours")
        tap(kiosk.screen.larger_button)
        tap(kiosk.screen.larger_button)
        save("6-text-200")
        tap(kiosk.screen.sheet.close_button)
        tap(kiosk.screen.home_button)
        save("6-home-text-200")
        kiosk.idle.warning_started.emit(20)
        save("4-still-there")
        kiosk.reset()
        for _ in range(5):
            kiosk.window.staff_corner.tapped.emit()
        save("9-staff-pin")
        app.quit()

    QTimer.singleShot(300, run)
    app.exec()


def take_keypad(name: str, dpi: float | None = None) -> None:
    """Run inside one Xvfb: the keypad's focus ring on a topic and on a glossary word (flare, on
    Symptoms), in both colour schemes; `dpi` is the panel's, as `screen_dpi` gives it."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk.app import create_kiosk, show_fullscreen
    from kiosk.config import Settings
    from kiosk.keypad import Keypad

    app = QApplication([])
    kiosk = create_kiosk(Settings(idle_timeout=3600, screen_dpi=dpi), app, speech_engine="mock",
                         data=Path(tempfile.mkdtemp()))
    show_fullscreen(kiosk.window)
    keypad = kiosk.window.findChild(Keypad)

    def key(name: Qt.Key, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(QApplication.focusWidget() or kiosk.window, name)
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)

    def to_word(link: str) -> None:
        for _ in range(80):
            key(Qt.Key.Key_Down)
            if keypad.focused is not None and keypad.focused.link == link:
                return
        raise SystemExit(f"the keypad never reached {link}")

    def save(shot: str) -> None:
        app.primaryScreen().grabWindow(0).save(str(DOCS / f"{name}-{shot}.png"))

    def run() -> None:
        key(Qt.Key.Key_Down)  # the welcome, on the disclaimer's heading
        kiosk.screen.pages["disclaimer"].understand.click()  # as Enter on it does
        key(Qt.Key.Key_Down, 2)  # the heading, then the first topic
        save("12-keypad-focus")
        kiosk.screen.pages["home"].show_tile("symptoms")
        kiosk.screen.pages["home"].tiles["symptoms"].click()  # as Enter on it does
        to_word("glossary:flare")
        save("12-keypad-focus-word")
        kiosk.change(high_contrast=True)
        to_word("glossary:flare")
        save("12-keypad-focus-word-high-contrast")
        kiosk.screen.home_button.click()
        key(Qt.Key.Key_Down, 2)
        save("12-keypad-focus-high-contrast")
        kiosk.shutdown()
        app.quit()

    QTimer.singleShot(300, run)
    app.exec()


def in_xvfb(size: str, number: int, arguments: list[str]) -> None:
    """Run this script with `arguments` in a new Xvfb screen of `size` pixels."""
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        subprocess.run([sys.executable, __file__, *arguments], env=env, check=True)
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    if sys.argv[1:2] == ["--take-panel"]:
        take_panel(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "")
        return
    if sys.argv[1:2] == ["--panel"]:
        for number, panel in enumerate(sys.argv[2:] or PANELS, start=81):
            in_xvfb(panel.partition("@")[0], number, ["--take-panel", panel])
        return
    if sys.argv[1:2] == ["--take-keypad"]:
        take_keypad(sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else None)
        return
    if sys.argv[1:2] == ["--keypad"]:
        for number, (orientation, size) in enumerate(SIZES.items(), start=95):
            in_xvfb(size, number, ["--take-keypad", orientation])
        return
    if sys.argv[1:2] == ["--keypad-panel"]:
        for number, panel in enumerate(sys.argv[2:] or PANELS, start=85):
            size, _, dpi = panel.partition("@")
            in_xvfb(size, number, ["--take-keypad", f"panel-{size}", dpi])
        return
    if sys.argv[1:2] == ["--take-attract"]:
        take(sys.argv[2], only_attract=True)
        return
    if sys.argv[1:2] == ["--attract"]:
        for number, (orientation, size) in enumerate(SIZES.items(), start=93):
            in_xvfb(size, number, ["--take-attract", orientation])
        return
    if len(sys.argv) > 1:
        take(sys.argv[1])
        return
    for number, (orientation, size) in enumerate(SIZES.items(), start=91):
        display = f":{number}"
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1)
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            subprocess.run([sys.executable, __file__, orientation], env=env, check=True)
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
