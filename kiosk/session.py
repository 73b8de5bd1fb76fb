"""One patient's session: where they are, how they like the text, and what they saved.

Pure Python, no Qt: the kiosk's Qt side asks it what changed and shows that. A reset (the
patient left) forgets the path, the preferences and the saved studies; it keeps the defaults,
which belong to the content, not to a patient.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from kiosk.navigation import Navigation


@dataclass(frozen=True)
class Preferences:
    """What a patient may change for themselves; a reset puts back the defaults."""

    language: str = "en"
    text_step: int = 0
    high_contrast: bool = False


@dataclass(frozen=True)
class ResetOutcome:
    """What a reset changed, so that the screen redoes only that."""

    preferences_changed: bool  # the screen must be rebuilt in the default look
    saved_cleared: bool  # the Save controls and the Take this with me count change
    page: str  # the page to show: the disclaimer


class Session:
    """The patient at the kiosk now: navigation, preferences and saved studies.

    `text_steps` is how many text sizes there are: a step outside them is refused, as the
    screen's A- and A+ are greyed out at the ends.
    """

    def __init__(self, language: str = "en", text_steps: int = 1) -> None:
        self.navigation = Navigation()
        self.text_steps = text_steps
        self.defaults = Preferences(language=language)
        self.preferences = self.defaults
        self.saved: tuple[str, ...] = ()  # reference ids, in the order the patient saved them

    def change(self, **changes: object) -> frozenset[str]:
        """Change preferences (language, text_step, high_contrast); return the names that changed.

        A text step outside the sizes there are, or an unknown name, raises ValueError: the
        screen never offers them.
        """
        known = {field.name for field in fields(Preferences)}
        unknown = set(changes) - known
        if unknown:
            raise ValueError(f"no such preference: {', '.join(sorted(unknown))}")
        before = self.preferences
        after = replace(before, **changes)  # type: ignore[arg-type]
        if not 0 <= after.text_step < self.text_steps:
            raise ValueError(f"no text size {after.text_step} (there are {self.text_steps})")
        self.preferences = after
        return frozenset(name for name in known if getattr(before, name) != getattr(after, name))

    def set_saved(self, reference: str, saved: bool) -> bool:
        """Save (or unsave) one study for the Take this with me page; return whether that changed
        the list. A study saved again moves to the end, as the patient's latest."""
        others = tuple(r for r in self.saved if r != reference)
        after = (*others, reference) if saved else others
        changed = after != self.saved
        self.saved = after
        return changed

    def reset(self) -> ResetOutcome:
        """The patient left: forget their path, preferences and saved studies; keep the defaults."""
        preferences_changed = self.preferences != self.defaults
        saved_cleared = bool(self.saved)
        self.preferences = self.defaults
        self.saved = ()  # nothing the last patient saved is kept
        return ResetOutcome(preferences_changed, saved_cleared, self.navigation.reset())

    def use_content(self, language: str) -> str:
        """New content is shown: its language is the default now, and the patient starts on its
        disclaimer. What they saved is kept (new content is only shown while nobody is there, and
        a reset clears it then). Returns the page to show."""
        self.defaults = Preferences(language=language)
        self.preferences = self.defaults
        return self.navigation.reset()
