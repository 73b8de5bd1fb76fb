"""A real kiosk process (main.py), for what only a whole process shows: signals, sd_notify."""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_kiosk(home: Path, **environ: str) -> subprocess.Popen[str]:
    """Start main.py windowed on the offscreen platform, with its own home, data and config."""
    env = {key: value for key, value in os.environ.items()
           if key not in {"NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"}}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               QT_QPA_PLATFORM="offscreen", **environ)
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--windowed", "--no-speech"],
                            cwd=home, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def wait_for_line(kiosk: subprocess.Popen[str], text: str, timeout: float = 20) -> str:
    """Read the kiosk's stderr until a line holds `text`; return what was read.

    Fails if the kiosk exits first or `timeout` seconds pass.
    """
    assert kiosk.stderr is not None
    seen = ""
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(kiosk.stderr, selectors.EVENT_READ)
        while text not in seen:
            left = deadline - time.monotonic()
            assert left > 0 and selector.select(left), f"no {text!r} in {timeout} s:\n{seen}"
            chunk = os.read(kiosk.stderr.fileno(), 65536).decode(errors="replace")
            assert chunk, f"the kiosk ended before {text!r}:\n{seen}"
            seen += chunk
    return seen
