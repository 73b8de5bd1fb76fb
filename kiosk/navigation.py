"""Where the patient is and how they got there: the only memory of a patient's path.

Pure Python. Each method returns the page to show; `reset()` forgets everything.
"""

from __future__ import annotations

DISCLAIMER = "disclaimer"
HOME = "home"


class Navigation:
    """The current page, the pages "Back" returns to, and whether the disclaimer was accepted."""

    def __init__(self) -> None:
        self.current = DISCLAIMER
        self.acknowledged = False
        self._history: list[str] = []

    @property
    def can_go_back(self) -> bool:
        return self.acknowledged and bool(self._history)

    def reset(self) -> str:
        self.current = DISCLAIMER
        self.acknowledged = False
        self._history.clear()
        return self.current

    def acknowledge(self) -> str:
        """The patient touched "I understand" on the disclaimer."""
        if not self.acknowledged:
            self.acknowledged = True
            self._history.clear()
            self.current = HOME
            return self.current
        return self.back()

    def open(self, page: str) -> str:
        if not self.acknowledged and page != DISCLAIMER:
            return self.current
        if page != self.current:
            self._history.append(self.current)
            self.current = page
        return self.current

    def home(self) -> str:
        if not self.acknowledged:
            return self.current
        self._history.clear()
        self.current = HOME
        return self.current

    def back(self) -> str:
        if self._history:
            self.current = self._history.pop()
        elif self.acknowledged:
            self.current = HOME
        return self.current
