"""The staff PIN: stored only as a salted PBKDF2 hash, and a pad that locks after misses.

No Qt. `lupus-kiosk hash-pin` prints the line to put in the config file.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 240_000
MAX_MISSES = 5
LOCKOUT_SECONDS = 60.0


def hash_pin(pin: str, salt: str | None = None, iterations: int = ITERATIONS) -> str:
    """'pbkdf2_sha256$iterations$salt$hash' for `pin`: what the config file holds."""
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), iterations)
    return f"{ALGORITHM}${iterations}${salt}${digest.hex()}"


def is_pin_hash(text: str) -> bool:
    parts = text.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM or not parts[1].isdigit():
        return False
    try:
        bytes.fromhex(parts[2])
        bytes.fromhex(parts[3])
    except ValueError:
        return False
    return True


def verify_pin(pin: str, stored: str) -> bool:
    if not is_pin_hash(stored):
        return False
    _, iterations, salt, _ = stored.split("$")
    return hmac.compare_digest(hash_pin(pin, salt, int(iterations)), stored)


class PinCheck:
    """Checks PINs against the stored hash; after MAX_MISSES misses it refuses for a minute."""

    def __init__(self, stored: str | None, clock: Callable[[], float] = time.monotonic) -> None:
        self._stored = stored
        self._clock = clock
        self._misses = 0
        self._locked_until = 0.0

    @property
    def configured(self) -> bool:
        return self._stored is not None

    def seconds_locked(self) -> int:
        """Seconds until the pad accepts a PIN again (0 when it does now)."""
        return max(0, round(self._locked_until - self._clock() + 0.49))

    def check(self, pin: str) -> bool:
        if self._stored is None or self.seconds_locked():
            return False
        if verify_pin(pin, self._stored):
            self._misses = 0
            return True
        self._misses += 1
        if self._misses >= MAX_MISSES:
            self._misses = 0
            self._locked_until = self._clock() + LOCKOUT_SECONDS
        return False
