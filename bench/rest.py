"""Benchmark: CPU while nobody uses the kiosk, on the start screen and on the attract screen.

    python bench/rest.py                # 60 s on each (about two and a half minutes)
    python bench/rest.py --seconds 20   # shorter
    python bench/rest.py --move-ms 1000 # the attract text moving every second (a harder case)

Prints figures, not verdicts (issue 15 asks under 1% of one core on the start screen and under
5% on the attract screen). The kiosk runs full screen at 1920x1080 on a real X server: its own
Xvfb when there is no display, whose CPU is shown too (it copies what the kiosk paints).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_xvfb() -> subprocess.Popen[bytes]:
    """A private X server on a free display number; DISPLAY is set to it."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        os.environ["DISPLAY"] = ":" + pipe.readline().strip()
    return xvfb


def measure(seconds: int, move_ms: int, server: int | None) -> list[tuple[str, float, float | None]]:
    """(phase, kiosk CPU %, X server CPU % or None) for the start screen and the attract screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.app import create_kiosk, show_fullscreen
    from kiosk.config import Settings
    from kiosk.rest import DisplayState

    settle = 3
    app = QApplication(sys.argv[:1])
    # The attract screen comes once the start screen has been measured; sleep not before the end.
    settings = Settings(fullscreen=True, speech=False, idle_timeout=3600,
                        attract_after=settle + seconds + 1, sleep_after=10 * seconds + 60)
    kiosk = create_kiosk(settings, app, data=Path(tempfile.mkdtemp()), first_frame_first=True)
    show_fullscreen(kiosk.window)
    assert kiosk.rest is not None
    resting = kiosk.rest
    resting.move_timer.setInterval(move_ms)
    rows: list[tuple[str, float, float | None]] = []
    me = os.getpid()

    def window(phase: str, then: Callable[[], None]) -> None:
        """Measure CPU over `seconds` from now, then call `then`."""
        kiosk_cpu = cpu_seconds(me)
        server_cpu = cpu_seconds(server) if server else 0.0
        wall = time.monotonic()

        def done() -> None:
            elapsed = time.monotonic() - wall
            rows.append((phase, 100 * (cpu_seconds(me) - kiosk_cpu) / elapsed,
                         100 * (cpu_seconds(server) - server_cpu) / elapsed if server else None))
            then()

        QTimer.singleShot(seconds * 1000, done)

    def attract() -> None:
        if resting.state is not DisplayState.ATTRACT:
            QTimer.singleShot(200, attract)
            return
        QTimer.singleShot(1000, lambda: window(f"attract screen (moves every {move_ms / 1000:g} s)", finish))

    def finish() -> None:
        kiosk.shutdown()
        app.exit(0)

    QTimer.singleShot(settle * 1000, lambda: window("start screen (disclaimer)", attract))
    app.exec()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long each phase is measured")
    parser.add_argument("--move-ms", type=int, default=25_000, help="how often the attract text moves")
    args = parser.parse_args()
    xvfb = start_xvfb() if not os.environ.get("DISPLAY") else None
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        rows = measure(args.seconds, args.move_ms, xvfb.pid if xvfb else None)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    print(f"{'phase':<45} {'kiosk CPU':>10} {'X server CPU':>13}")
    for phase, kiosk_cpu, server_cpu in rows:
        server = f"{server_cpu:.2f}%" if server_cpu is not None else "-"
        print(f"{phase:<45} {kiosk_cpu:>9.2f}% {server:>13}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
