"""Draws the kiosk's first screen with Qt's offscreen platform, saves it and prints timings.

    python tools/first_frame.py FIRST.png

A check that Qt's wheels and the kiosk run on a platform at all: tools/aarch64-check.sh runs
it under qemu for the Raspberry Pi's 64-bit ARM. Read-aloud is off (it needs PySide6-Addons).
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    started = time.monotonic()
    import PySide6
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.app import create_kiosk
    from kiosk.config import Settings

    imported = time.monotonic() - started
    app = QApplication(sys.argv[:1])
    saved: list[bool] = []

    def first_screen_up() -> None:
        saved.append(kiosk.window.grab().save(str(out)))
        app.quit()

    kiosk = create_kiosk(Settings(speech=False), app, data=Path(tempfile.mkdtemp()),
                         build_ahead=False, first_frame_first=True, ready=first_screen_up)
    kiosk.window.resize(1280, 800)
    kiosk.window.show()
    QTimer.singleShot(15 * 60 * 1000, app, app.quit)  # emulation is slow, but not this slow
    app.exec()
    drawn = time.monotonic() - started
    kiosk.shutdown()
    print(f"{platform.machine()}, Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
          f"Qt imported with the kiosk in {imported:.1f} s, first screen drawn "
          f"{drawn:.1f} s after start")
    if not saved or not saved[0]:
        print("the first screen was not drawn", file=sys.stderr)
        return 1
    print(f"first screen saved to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
