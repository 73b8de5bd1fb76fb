"""A display-power backend for tests: records what the kiosk asked of the display."""

from __future__ import annotations

from kiosk.display_power import DisplayPower


class FakeDisplayPower(DisplayPower):
    """Remembers every off() and on() in `calls`, in order; is_off as the real ones."""

    name = "fake"

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def off(self) -> None:
        """Record an off()."""
        super().off()
        self.calls.append("off")

    def on(self) -> None:
        """Record an on()."""
        super().on()
        self.calls.append("on")
