"""The clinic's opening hours: when the kiosk should be awake for patients.

Pure Python, no Qt. The config's `hours:` mapping (weekday or weekday range to "HH:MM-HH:MM",
several ranges separated by commas, or "closed") becomes a frozen OpeningHours; anything wrong
is a ConfigError naming the config file's line. Times are local wall-clock times: 07:30 means
07:30 on the clock in the waiting room, in winter and in summer.

A range ends on the day it starts: an overnight range (22:00-02:00) is refused with a message
that says to split it across the two days (fri: 22:00-24:00, sat: 00:00-02:00).
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass
from typing import Any

from kiosk.config_error import ConfigError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MINUTES_PER_DAY = 24 * 60
_TIME = re.compile(r"(\d{1,2}):(\d{2})")

# A day's opening: (start, end) pairs in minutes after midnight, end excluded, sorted.
Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class OpeningHours:
    """When the clinic is open, per weekday (Monday first); `week` None means always open."""

    week: tuple[Ranges, ...] | None = None

    def is_open(self, when: datetime.datetime) -> bool:
        """Whether the clinic is open at `when`, read as a local wall-clock time.

        An aware datetime is read in its own time zone (what its clock shows), a naive one as
        it stands: pass `datetime.datetime.now()` or `now().astimezone()`.
        """
        if self.week is None:
            return True
        minute = when.hour * 60 + when.minute
        return any(start <= minute < end for start, end in self.week[when.weekday()])

    def describe(self) -> str:
        """One line for the staff panel, e.g. "Mon-Fri 07:30-18:00, Sat 08:00-12:00, Sun closed"
        (with en dashes)."""
        if self.week is None:
            return "Always open"
        parts: list[str] = []
        first = 0
        for day in range(1, 8):
            if day < 7 and self.week[day] == self.week[first]:
                continue
            days = DAYS[first].title()
            if day - 1 > first:
                days += "–" + DAYS[day - 1].title()
            parts.append(f"{days} {_describe_ranges(self.week[first])}")
            first = day
        return ", ".join(parts)


ALWAYS_OPEN = OpeningHours()


def _describe_ranges(ranges: Ranges) -> str:
    if not ranges:
        return "closed"
    return ", ".join(f"{_clock(start)}–{_clock(end)}" for start, end in ranges)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_hours(value: Any, line: int) -> OpeningHours:
    """The OpeningHours that the config's `hours:` value gives; `line` is where `hours:` is.

    Days not named are closed. Raises ConfigError ("line N: ...") for an unknown day, a time
    that is not on the clock (25:00), a range that ends before it starts, ranges that overlap,
    a day named twice, or a value that is not a mapping.
    """
    where = f"line {line}: 'hours'"
    if not isinstance(value, dict) or not value:
        raise ConfigError(
            f"{where} must list days with their opening times, one per line, e.g. "
            "'mon-fri: 07:30-18:00' and 'sun: closed'"
        )
    week: list[Ranges | None] = [None] * 7
    for key, times in value.items():
        days = _days(key, where)
        ranges = _ranges(times, f"{where}, '{key}'")
        for day in days:
            if week[day] is not None:
                raise ConfigError(f"{where}: {DAYS[day]} is named twice (in '{key}' and before it)")
            week[day] = ranges
    return OpeningHours(tuple(ranges or () for ranges in week))


def _days(key: Any, where: str) -> range:
    """The weekdays (0 = Monday) that a key names: 'mon' or a range such as 'mon-fri'."""
    names = [name.strip() for name in key.lower().split("-")] if isinstance(key, str) else []
    if len(names) in (1, 2) and all(name in DAYS for name in names):
        first, last = DAYS.index(names[0]), DAYS.index(names[-1])
        if first <= last:
            return range(first, last + 1)
        raise ConfigError(
            f"{where}: '{key}' runs backwards; name the days from Monday to Sunday "
            f"(e.g. '{names[1]}-{names[0]}', or each day on its own line)"
        )
    raise ConfigError(
        f"{where}: {key!r} is not a day or a range of days; use {', '.join(DAYS)} or a range "
        "such as 'mon-fri'"
    )


def _ranges(times: Any, where: str) -> Ranges:
    """A day's opening ranges from 'closed' or '07:30-12:00, 13:00-18:00'."""
    if not isinstance(times, str):
        # YAML reads a bare `no` or `off` as false: say what to write instead.
        raise ConfigError(f"{where} must be opening times such as '07:30-18:00', or 'closed', not {times!r}")
    if times.strip().lower() == "closed":
        return ()
    ranges: list[tuple[int, int]] = []
    for text in times.split(","):
        start_text, dash, end_text = text.strip().partition("-")
        if not dash:
            raise ConfigError(f"{where}: {text.strip()!r} is not a range of times such as '07:30-18:00'")
        start, end = _minutes(start_text, where), _minutes(end_text, where)
        if start == MINUTES_PER_DAY:
            raise ConfigError(f"{where}: a range cannot start at 24:00")
        if end <= start:
            raise ConfigError(
                f"{where}: {text.strip()!r} ends before it starts; a range cannot run past "
                "midnight: split it across the two days (e.g. 'fri: 22:00-24:00' and 'sat: 00:00-02:00')"
            )
        ranges.append((start, end))
    ranges.sort()
    for (_, end), (start, _) in itertools.pairwise(ranges):
        if start < end:
            raise ConfigError(f"{where}: the times {times.strip()!r} overlap")
    return tuple(ranges)


def _minutes(text: str, where: str) -> int:
    """Minutes after midnight of 'HH:MM' (00:00 to 24:00, the end of the day)."""
    match = _TIME.fullmatch(text.strip())
    if match is not None:
        hours, minutes = int(match[1]), int(match[2])
        if (hours < 24 and minutes < 60) or (hours, minutes) == (24, 0):
            return hours * 60 + minutes
    raise ConfigError(f"{where}: {text.strip()!r} is not a time of day (00:00 to 24:00)")
