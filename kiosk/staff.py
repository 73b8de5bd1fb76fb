"""The staff's way in: five quick touches in a corner, a PIN, then the staff panel."""

from __future__ import annotations

import datetime
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content import ContentError, Library
from kiosk.pin import LOCKOUT_FILE, MAX_MISSES, LockoutFile, PinCheck
from kiosk.usage import FiguresUnavailable, Total, Trouble, UsageLog
from kiosk.validate import review_findings

if TYPE_CHECKING:
    from kiosk.views.window import KioskWindow

TAPS = 5
WITHIN_SECONDS = 3.0
# The staff panel waits at most this long (seconds) for each step of reading usage figures,
# so that a locked database never holds up the screen.
FIGURES_WAIT = 0.04


class TapCounter:
    """True on the TAPS-th touch within WITHIN_SECONDS."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._times: deque[float] = deque(maxlen=TAPS)

    def tap(self) -> bool:
        now = self._clock()
        self._times.append(now)
        if len(self._times) == TAPS and now - self._times[0] <= WITHIN_SECONDS:
            self._times.clear()
            return True
        return False


@dataclass(frozen=True)
class KioskStatus:
    """What the staff panel reports of the kiosk, as it is now."""

    library: Library | None  # the content shown (None: "being updated")
    pending: bool  # newer content waits for the next idle reset
    loaded_at: datetime.datetime | None
    directory: Path  # the content folder
    last_error: ContentError | None  # why the last load failed, if it did
    uptime: float  # seconds
    opening_hours: str = ""  # OpeningHours.describe()
    display: str = ""  # the display's state and power control (kiosk.rest)


class StaffDesk:
    """Connects the corner, the PIN pad and the staff panel of a kiosk's window.

    It knows the kiosk only by what it is handed: `status` says how the kiosk is, `usage` gives
    the usage log (None while it is not open), `reload` checks the content folder in the
    background, and `exit` ends the kiosk. The kiosk calls `content_checked` when a load is done.
    """

    def __init__(self, window: KioskWindow, stored_pin: str | None, *, status: Callable[[], KioskStatus],
                 usage: Callable[[], UsageLog | None], reload: Callable[[], None], exit: Callable[[], None],
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._status = status
        self._usage = usage
        self._reload_content = reload
        self.pins = PinCheck(stored_pin, clock, LockoutFile(self._lockout_path))
        self.taps = TapCounter(clock)
        self.pad = window.pin_pad
        self.panel = window.staff_panel
        window.staff_corner.tapped.connect(self._corner_tapped)
        self.pad.entered.connect(self._pin_entered)
        self.pad.cancelled.connect(self.pad.hide)
        self.panel.reload_requested.connect(self._reload)
        self.panel.exit_requested.connect(exit)
        self.panel.close_requested.connect(self.panel.hide)

    def close(self) -> None:
        self.pad.hide()
        self.panel.hide()

    def _lockout_path(self) -> Path | None:
        """The PIN lockout is kept in the data folder, beside the usage figures."""
        usage = self._usage()
        return None if usage is None else usage.path.with_name(LOCKOUT_FILE)

    def _corner_tapped(self) -> None:
        if not self.taps.tap():
            return
        if not self.pins.configured:
            self.pad.open("No staff PIN is set. See the README, 'Staff panel'.")
        elif self.pins.seconds_locked():
            self.pad.open(f"Too many wrong PINs. Try again in {self.pins.seconds_locked()} s.")
        else:
            self.pad.open()

    def _pin_entered(self, pin: str) -> None:
        if self.pins.check(pin):
            self.pad.hide()
            self.panel.open(*self.report())
        elif self.pins.seconds_locked():
            self.pad.show_message(f"Too many wrong PINs. Try again in {self.pins.seconds_locked()} s.")
        else:
            self.pad.show_message(f"Wrong PIN. After {MAX_MISSES} wrong PINs the pad locks for a minute.")

    def _reload(self) -> None:
        """Check the folder in the background (a large library takes seconds): the panel says
        so now, and shows the outcome when the check is done."""
        self._reload_content()
        status, usage = self.report()
        self.panel.update_text(f"Checking the content folder…\n{status}", usage)

    def content_checked(self) -> None:
        """A load of the content folder is done: an open panel shows its outcome."""
        if self.panel.isVisible():
            self.panel.update_text(*self.report())

    def report(self) -> tuple[str, str]:
        """The panel's two texts: the kiosk's state, and its usage figures."""
        state = self._status()
        library = state.library
        lines = []
        if library is not None:
            original = library.original
            lines.append(f"Content version {original.version} ({', '.join(library.languages)})")
            lines += review_findings(library, datetime.date.today())
        else:
            lines.append("No content is shown: patients see 'This kiosk is being updated'.")
        loaded = state.loaded_at
        when = f"{loaded:%Y-%m-%d %H:%M}" if loaded else "never"
        lines.append(f"Content last loaded: {when}, from {state.directory}")
        if state.pending:
            lines.append("New content is loaded and will be shown at the next idle reset.")
        if state.last_error is not None:
            lines.append(f"Content error: {state.last_error}")
        if state.opening_hours:
            lines.append(f"Opening hours: {state.opening_hours}")
        if state.display:
            lines.append(f"Display: {state.display}")
        uptime = datetime.timedelta(seconds=round(state.uptime))
        lines.append(f"Running for {uptime}")
        return "\n".join(lines), self.usage_report()

    def usage_report(self) -> str:
        """Today's and the last 30 days' figures, or why they cannot be shown; and whether new
        events are being recorded. Waits for the database only briefly (FIGURES_WAIT)."""
        usage = self._usage()
        if usage is None:
            return "Usage figures are not recorded (see the log)."
        try:
            today, month = usage.figures((1, 30), wait=FIGURES_WAIT)
            text = f"Today: {summary(today)}\nLast 30 days: {summary(month)}"
        except FiguresUnavailable as why:
            text = f"Usage figures cannot be shown now: {why}."
        if usage.problem is Trouble.LOCKED:
            text += f"\nNew usage waits to be recorded: {usage.problem.value}."
        elif usage.problem is not None:
            text += f"\nNew usage is not being recorded: {usage.problem.value} (see the log)."
        return text


def summary(totals: list[Total]) -> str:
    """'sessions 3, section views 2 (4 min), …' from usage totals."""
    names = {
        "session_start": "sessions", "disclaimer_acknowledged": "disclaimers accepted",
        "section_viewed": "section views", "read_aloud": "read-alouds", "language": "language changes",
        "text_size": "text size changes", "idle_reset": "idle resets", "crash": "errors",
        "attract_shown": "attract screens", "display_wake": "wakes by a touch",
        "display_asleep": "display asleep",
    }
    counts: dict[str, int] = {}
    minutes = asleep = 0.0
    for total in totals:
        counts[total.kind] = counts.get(total.kind, 0) + total.count
        if total.kind == "section_viewed":
            minutes += total.seconds / 60
        elif total.kind == "display_asleep":
            asleep += total.seconds / 3600
    if not counts:
        return "nothing yet"
    parts = []
    for kind, name in names.items():
        if kind in counts:
            if kind == "display_asleep":  # the hours, not how many times
                parts.append(f"{name} {asleep:.1f} h")
                continue
            extra = f" ({minutes:.0f} min)" if kind == "section_viewed" else ""
            parts.append(f"{name} {counts[kind]}{extra}")
    return ", ".join(parts)
