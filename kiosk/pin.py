"""The staff PIN: stored only as a salted PBKDF2 hash, and a pad that locks after misses.

No Qt. `lupus-kiosk hash-pin` prints the line to put in the config file. Nothing here raises
on a patient's input: a PIN check is on the patient's screen, where an error would count
towards the kiosk's crash limit.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import logging
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("kiosk")

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 240_000
# Fewer is too quick to guess against; more makes each PIN entry freeze the pad.
MIN_ITERATIONS = 100_000
MAX_ITERATIONS = 10_000_000
MAX_MISSES = 5
LOCKOUT_SECONDS = 60.0
LOCKOUT_FILE = "pin-lockout"  # in the data folder, beside the usage figures


def hash_pin(pin: str, salt: str | None = None, iterations: int = ITERATIONS) -> str:
    """'pbkdf2_sha256$iterations$salt$hash' for `pin`: what the config file holds."""
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), iterations)
    return f"{ALGORITHM}${iterations}${salt}${digest.hex()}"


def pin_hash_problem(text: str) -> str | None:
    """What is wrong with a stored PIN hash, in words for the config error (None: nothing)."""
    parts = text.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM:
        return "is not a PIN hash"
    count, salt, digest = parts[1:]
    try:
        if not salt or len(bytes.fromhex(digest)) != hashlib.sha256().digest_size:
            return "is not a PIN hash"
        bytes.fromhex(salt)
    except ValueError:
        return "is not a PIN hash"
    if not (count.isascii() and count.isdigit()):
        return "is not a PIN hash"
    if len(count) > 9 or not MIN_ITERATIONS <= int(count) <= MAX_ITERATIONS:
        return (f"has {count} iterations; it must have {MIN_ITERATIONS:,} to {MAX_ITERATIONS:,} "
                "(fewer are quick to guess, more freeze the PIN pad)")
    return None


def is_pin_hash(text: str) -> bool:
    return pin_hash_problem(text) is None


def verify_pin(pin: str, stored: str) -> bool:
    """True if `pin` matches `stored`; False for a wrong PIN or an unusable hash. Never raises."""
    if pin_hash_problem(stored) is not None:
        return False
    _, iterations, salt, digest = stored.split("$")
    try:
        given = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
    except (ValueError, OverflowError, UnicodeError):
        return False
    return hmac.compare_digest(given, bytes.fromhex(digest))


class LockoutFile:
    """Keeps a lockout's end through a restart: a wall-clock time in a small file.

    `locate` gives the file's path, or None while there is no data folder to keep it in.
    Nothing here raises: a file that cannot be read or written is logged, and the pad locks
    in memory only.
    """

    def __init__(self, locate: Callable[[], Path | None],
                 wall_clock: Callable[[], float] = time.time) -> None:
        self._locate = locate
        self._wall_clock = wall_clock

    def seconds_left(self) -> float | None:
        """Seconds of a kept lockout still to run (at most LOCKOUT_SECONDS); None: no file yet."""
        path = self._locate()
        if path is None:
            return None
        try:
            text = path.read_text(encoding="utf-8")
            ends = datetime.datetime.fromisoformat(text.strip()).timestamp()
        except FileNotFoundError:
            return 0.0
        except (OSError, UnicodeError, ValueError, OverflowError) as error:
            log.warning("The PIN lockout file %s cannot be read (%s); ignored", path, error)
            return 0.0
        # A clock set back must not lock the pad for longer than a lockout.
        return min(max(0.0, ends - self._wall_clock()), LOCKOUT_SECONDS)

    def keep(self, seconds: float) -> None:
        """Note that the pad is locked for `seconds` from now (written whole, or not at all)."""
        path = self._locate()
        if path is None:
            return
        ends = datetime.datetime.fromtimestamp(self._wall_clock() + seconds, datetime.UTC)
        partial = path.with_name(path.name + ".new")
        try:
            partial.write_text(ends.isoformat(timespec="seconds") + "\n", encoding="utf-8")
            os.replace(partial, path)
        except OSError as error:
            log.warning("The PIN lockout cannot be kept in %s (%s); it holds until a restart",
                        path, error)


class PinCheck:
    """Checks PINs against the stored hash; after MAX_MISSES misses it refuses for a minute.

    With a LockoutFile, a lockout also holds through a restart.
    """

    def __init__(self, stored: str | None, clock: Callable[[], float] = time.monotonic,
                 kept: LockoutFile | None = None) -> None:
        self._stored = stored
        self._clock = clock
        self._kept = kept
        self._restored = kept is None
        self._misses = 0
        self._locked_until = 0.0

    @property
    def configured(self) -> bool:
        return self._stored is not None

    def seconds_locked(self) -> int:
        """Seconds until the pad accepts a PIN again (0 when it does now)."""
        self._restore()
        return max(0, round(self._locked_until - self._clock() + 0.49))

    def check(self, pin: str) -> bool:
        if self._stored is None:
            return False
        if self.seconds_locked():
            log.warning("A staff PIN was entered while the pad is locked; not checked")
            return False
        if verify_pin(pin, self._stored):
            self._misses = 0
            log.info("Staff PIN accepted")
            return True
        self._misses += 1
        log.warning("Wrong staff PIN (%d of %d before the pad locks)", self._misses, MAX_MISSES)
        if self._misses >= MAX_MISSES:
            self._misses = 0
            self._locked_until = self._clock() + LOCKOUT_SECONDS
            log.warning("Staff PIN pad locked for %d s after %d wrong PINs", LOCKOUT_SECONDS,
                        MAX_MISSES)
            if self._kept is not None:
                self._kept.keep(LOCKOUT_SECONDS)
        return False

    def _restore(self) -> None:
        """Take up a lockout kept by the kiosk's last run, once its file can be found."""
        if self._restored or self._kept is None:
            return
        left = self._kept.seconds_left()
        if left is None:
            return
        self._restored = True
        if left:
            self._locked_until = max(self._locked_until, self._clock() + left)
            log.warning("Staff PIN pad locked for %d s more, from before the restart", left)
