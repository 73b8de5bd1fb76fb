"""The studies a patient saved, as the Save controls and the Take this with me page see them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.session import Session


class SavedStudies(QObject):
    """The session's saved list, observable: `changed` carries the list whenever it changes.

    It outlives the screens: a new text size or language builds new Save controls, which read
    the list when built and follow `changed` from then on.
    """

    changed = Signal(tuple)  # the reference ids saved now, in the order they were saved

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session

    @property
    def references(self) -> tuple[str, ...]:
        return self._session.saved

    def __contains__(self, reference: object) -> bool:
        return reference in self._session.saved

    def set_saved(self, reference: str, saved: bool) -> None:
        """The patient touched Save (or Saved) on a study."""
        if self._session.set_saved(reference, saved):
            self.changed.emit(self._session.saved)

    def session_reset(self) -> None:
        """The session forgot the list (a reset): tell the controls that show it."""
        self.changed.emit(self._session.saved)
