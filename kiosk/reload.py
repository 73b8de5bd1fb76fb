"""Where the content comes from: loading it in full, and noticing when its files change."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kiosk.content import ContentError, Library
from kiosk.content_files import Problem
from kiosk.validate import Checks, check_folder

log = logging.getLogger("kiosk")

DEBOUNCE_MS = 2000
LOGGED_WARNINGS = 5  # the log names the first few; check-content lists them all


class ContentSource(QObject):
    """Loads the content folder, and says (once things settle) when its files have changed.

    `locate` names the folder each time, so that a changed config file is followed.
    A load checks everything before it returns; a broken folder gives None and keeps the
    error for the staff panel, and what the kiosk shows stays as it was.
    """

    changed = Signal()

    def __init__(self, locate: Callable[[], Path], parent: QObject, checks: Callable[[], Checks],
                 debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._locate = locate
        self._checks = checks
        self.warnings: list[Problem] = []
        self.directory = locate()
        self.loaded_at: datetime.datetime | None = None
        self.last_error: ContentError | None = None
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(debounce_ms)
        self._settle.timeout.connect(self.changed)
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._watcher.fileChanged.connect(lambda _path: self._settle.start())

    def load(self, warnings: bool = True) -> Library | None:
        """The folder's content if the check finds no error in it (see kiosk.validate).

        `warnings=False` leaves out what cannot stop the content (for a quick start);
        `log_warnings()` then looks for them, once the kiosk is on screen.
        """
        self.directory = self._locate()
        library, problems = check_folder(self.directory, self._checks(), warnings=warnings)
        errors = [p for p in problems if p.severity == "error"]
        if library is None:
            first = errors[0]
            self.last_error = ContentError(first.path, first.message, first.line, tuple(errors[1:]))
            log.error("Content error, keeping what is shown: %s", "; ".join(map(str, errors)))
            self._watch()
            return None
        self._note(problems)
        self.last_error = None
        self.loaded_at = datetime.datetime.now()
        self._watch()
        return library

    def log_warnings(self) -> None:
        """Check the folder in full and log its warnings (the staff panel lists pages due for review)."""
        library, problems = check_folder(self.directory, self._checks())
        if library is not None:
            self._note(problems)

    def _note(self, problems: list[Problem]) -> None:
        self.warnings = problems
        for warning in problems[:LOGGED_WARNINGS]:
            log.warning("Content: %s", warning)
        if len(problems) > LOGGED_WARNINGS:
            log.warning("Content: %d more warnings; 'lupus-kiosk check-content %s' lists them all",
                        len(problems) - LOGGED_WARNINGS, self.directory)

    def stop(self) -> None:
        self._settle.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)

    def _watch(self) -> None:
        """Watch the folder, its subfolders and files (replaced files drop out of the watch)."""
        self.stop()
        if not self.directory.is_dir():
            return
        paths = [self.directory, *sorted(p for p in self.directory.rglob("*") if "source" not in p.parts)]
        if self.directory.is_symlink():
            # A rollout switches the link to a new folder: that changes the folder holding the link.
            paths.append(self.directory.parent)
        self._watcher.addPaths([str(p) for p in paths])
