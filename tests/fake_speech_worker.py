"""A stand-in for kiosk.speech_worker that speaks its protocol and misbehaves on purpose.

    python fake_speech_worker.py BEHAVIOUR [FIRST_RUN_MARKER]

normal        answers everything; a text is "finished" 5 ms a word after it was said
hang          reports it is speaking a text, then hangs: reads and answers nothing more
die           reports it is speaking a text, then dies (killed, as by a segfault)
mute          answers everything but never finishes a text (a voice with no sound)
die-at-reset  like normal, but dies when told to reset
never-ready   starts and says nothing at all (a speech service that hangs on connecting)
no-voice      reports there is no speech engine, and exits with status 2
once-mute     the first run (FIRST_RUN_MARKER does not exist yet) fails its voice check;
              later runs are normal
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import time

HANG_SECONDS = 60  # long enough for any test; bounded so that no stray process lingers


def report(event: str, **fields: object) -> None:
    sys.stdout.write(json.dumps({"event": event, **fields}) + "\n")
    sys.stdout.flush()


def hang() -> None:
    select.select([], [], [], HANG_SECONDS)
    raise SystemExit(1)


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> int:
    behaviour = sys.argv[1]
    if behaviour == "once-mute":
        marker = sys.argv[2]
        if not os.path.exists(marker):
            open(marker, "w").close()
            report("error", reason="the voice did not finish a test word (fake)")
            return 1
        behaviour = "normal"
    if behaviour == "no-voice":
        report("error", reason="no speech engine is installed (fake)")
        return 2
    if behaviour == "never-ready":
        hang()
    report("ready", engine="fake")
    saying: int | None = None
    finish_at: float | None = None
    pending = b""
    while True:
        wait = None if finish_at is None else max(0.0, finish_at - time.monotonic())
        readable, _, _ = select.select([0], [], [], wait)
        if not readable:
            report("finished", id=saying)
            saying = finish_at = None
            continue
        data = os.read(0, 65536)
        if not data:
            return 0
        *lines, pending = (pending + data).split(b"\n")
        for line in lines:
            command = json.loads(line)
            action, number = command["do"], command["id"]
            if saying is not None and action in ("say", "stop", "reset"):
                report("finished", id=saying)
                saying = finish_at = None
            if action == "say":
                report("speaking", id=number)
                if behaviour == "hang":
                    hang()
                if behaviour == "die":
                    die()
                saying = number
                if behaviour != "mute":
                    finish_at = time.monotonic() + 0.005 * len(command["text"].split())
                continue
            if action == "reset" and behaviour == "die-at-reset":
                die()
            report("done", id=number)


if __name__ == "__main__":
    raise SystemExit(main())
