"""Where the content comes from: loading it in full, and noticing when its files change."""

from __future__ import annotations

import contextlib
import datetime
import gc
import logging
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kiosk.content import ContentError, Library, read_front
from kiosk.content_files import Problem
from kiosk.validate import Checks, check_folder

log = logging.getLogger("kiosk")

DEBOUNCE_MS = 2000
LOGGED_WARNINGS = 5  # the log names the first few; check-content lists them all


def folder_identity(folder: Path) -> tuple[str, int, int, int, int, int] | None:
    """What changes when the folder comes, goes, is replaced (a rollout's switched link) or has
    its permissions changed; None while it cannot be found."""
    try:
        info = folder.stat()
        return os.path.realpath(folder), info.st_dev, info.st_ino, info.st_mode, info.st_uid, info.st_gid
    except (OSError, ValueError):
        return None


def _inode(path: Path) -> tuple[int, int] | None:
    """Which file or folder `path` names now (following links); None once it is gone."""
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a check builds a library; what it built, frozen after.

    Building a library of thousands of sections makes the collector sweep the whole heap a
    dozen times, each for up to a second with the UI thread waiting (measured at 10,000
    sections). Frozen (gc.freeze), the library is left out of every later sweep; it is still
    freed when replaced (it holds no reference cycles). The cost: cyclic garbage made while
    the collector was off is frozen with it, and stays.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


class ContentSource(QObject):
    """Loads the content folder, and says (once things settle) when its files have changed.

    `locate` names the folder each time, so that a changed config file is followed.
    A load checks everything before it returns; a broken folder gives None and keeps the
    error for the staff panel, and what the kiosk shows stays as it was.
    """

    changed = Signal()
    # The result of load_in_background(): the Library, or None (see load()).
    loaded = Signal(object)
    # From the worker thread to this object's (the UI) thread: (library, problems, listing),
    # the listing being what _watch() needs of the folder, listed there too.
    _checked = Signal(object, object, object)

    def __init__(self, locate: Callable[[], Path], parent: QObject, checks: Callable[[], Checks],
                 debounce_ms: int | None = None) -> None:
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
        self._settle.setInterval(DEBOUNCE_MS if debounce_ms is None else debounce_ms)
        self._settle.timeout.connect(self.changed)
        # The folder holding the content folder (see _watch), and the content folder as the
        # last load found it.
        self._holder: str | None = None
        self._seen = folder_identity(self.directory)
        self._inodes: dict[str, tuple[int, int]] = {}  # what each watched path named when added
        # The content's own `keep` folders and files (kiosk.yaml), as the last good load named
        # them: never shown, so not watched.
        self._keep: tuple[str, ...] = ()
        self._watcher.directoryChanged.connect(self._directory_changed)
        self._watcher.fileChanged.connect(lambda _path: self._settle.start())
        self._worker: threading.Thread | None = None
        self._worker_warnings_only = False
        self._again: bool | None = None  # the `warnings` of a load asked for while one ran
        self._stopped = False
        self._closed = False  # see close()
        self._checked.connect(self._finish_background)

    def load(self, warnings: bool = True) -> Library | None:
        """The folder's content if the check finds no error in it (see kiosk.validate).

        `warnings=False` leaves out what cannot stop the content (for a quick start);
        `log_warnings()` then looks for them, once the kiosk is on screen.
        """
        self.directory = self._locate()
        self._seen = folder_identity(self.directory)  # before reading: a swap during the load is seen
        library, problems = check_folder(self.directory, self._checks(), warnings=warnings)
        return self._take(library, problems)

    def load_front(self) -> Library | None:
        """The content but its sections, unchecked, for a quick first screen (see read_front).

        load_in_background() must follow: only its checked library may show the sections.
        None where the quick read finds a problem.
        """
        self.directory = self._locate()
        return read_front(self.directory)

    @property
    def busy(self) -> bool:
        """Whether a check runs in the background now."""
        return self._worker is not None

    def load_in_background(self, warnings: bool = True) -> None:
        """Load as load() does, but check the folder in a worker thread; `loaded` gives the result.

        A library of thousands of sections takes seconds to check: meanwhile the screen goes on
        answering touches. A load asked for while one runs follows it (the files changed again),
        and only that later one's result is given.
        """
        if self._closed:
            return
        self._stopped = False
        if self._worker is not None:
            self._again = warnings if self._again is None else self._again or warnings
            return
        self.directory = self._locate()
        self._seen = folder_identity(self.directory)
        self._start_worker(warnings, warnings_only=False)

    def log_warnings(self) -> None:
        """Check the folder in full, in the background, and log its warnings (the staff panel
        lists pages due for review); what is shown does not change."""
        if self._worker is None:
            self._start_worker(True, warnings_only=True)

    def _start_worker(self, warnings: bool, warnings_only: bool) -> None:
        # Only plain data crosses to the worker: the folder, and the checks (Qt's font metrics
        # and image readers, which Qt lets any thread use while a QGuiApplication exists).
        directory, checks = self.directory, self._checks()
        self._worker_warnings_only = warnings_only

        def check() -> None:
            try:
                with collector_paused():
                    library, problems = check_folder(directory, checks, warnings=warnings)
            except Exception as error:  # a fault in the check: reported like broken content
                log.exception("The content check failed")
                library, problems = None, [Problem(directory, None, f"the content check failed ({error})")]
            listing = self._listing(library)  # 20,000 files take most of a second to list
            with contextlib.suppress(RuntimeError):  # the source is gone (the kiosk shut down)
                self._checked.emit(library, problems, listing)

        self._worker = threading.Thread(target=check, name="content-check", daemon=True)
        self._worker.start()

    def _finish_background(self, library: Library | None, problems: list[Problem],
                           listing: dict[str, tuple[int, int] | None]) -> None:
        """In the UI thread: the worker's check is done."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.join()  # it has emitted: it ends at once
        if self._closed:
            self.deleteLater()  # its thread is done with it now
            return
        if self._stopped:
            return
        again, self._again = self._again, None
        if self._worker_warnings_only:
            if library is not None:
                self._note(problems)
            if again is not None:
                self.load_in_background(again)
            return
        if again is not None:  # the files changed while they were read: this result is stale
            self.load_in_background(again)
            return
        taken = self._take(library, problems, listing)
        # Given in the next pass of the event loop: the screen answers between noting a large
        # library (a 20,000-file watch list) and showing it (a new screen).
        QTimer.singleShot(0, self, lambda: self._give(taken))

    def _give(self, library: Library | None) -> None:
        if not self._stopped:
            self.loaded.emit(library)

    def _take(self, library: Library | None, problems: list[Problem],
              listing: dict[str, tuple[int, int] | None] | None = None) -> Library | None:
        """Note what a check found; the library if it may be shown. (`listing`: see _watch.)"""
        errors = [p for p in problems if p.severity == "error"]
        if library is None:
            first = errors[0]
            self.last_error = ContentError(first.path, first.message, first.line, tuple(errors[1:]))
            log.error("Content error, keeping what is shown: %s", "; ".join(map(str, errors)))
            self._watch(listing)
            return None
        self._note(problems)
        self.last_error = None
        self.loaded_at = datetime.datetime.now()
        self._keep = library.original.keep
        self._watch(listing)
        return library

    def _note(self, problems: list[Problem]) -> None:
        self.warnings = problems
        for warning in problems[:LOGGED_WARNINGS]:
            log.warning("Content: %s", warning)
        if len(problems) > LOGGED_WARNINGS:
            log.warning("Content: %d more warnings; 'lupus-kiosk check-content %s' lists them all",
                        len(problems) - LOGGED_WARNINGS, self.directory)

    def stop(self) -> None:
        """Stop watching: no more `changed` (the kiosk is shutting down), nor `loaded`."""
        self._stopped = True
        self._again = None
        if self._worker is not None:
            # A check of the small folders tests use ends at once; a long one is left to end
            # (a daemon thread) and its result is dropped.
            self._worker.join(timeout=5)
        self._settle.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._holder = None
        self._inodes = {}

    def close(self) -> None:
        """Stop for good (see stop) and be deleted, with the watcher and the connections, so that
        nothing of this source stays under the application after the kiosk shuts down.

        A check still running in the background holds on to this object until it ends: the
        deletion waits for it (its thread must not use a deleted object).
        """
        if self._closed:
            return
        self._closed = True
        self.stop()
        if self._worker is None or not self._worker.is_alive():
            self.deleteLater()

    def _watch(self, listing: dict[str, tuple[int, int] | None] | None = None) -> None:
        """Watch the folder, its subfolders and files, and the folder that holds it.

        `listing` is _listing() made in the worker thread, where there was a worker.

        The holder is watched even while the content folder is missing or broken, so that a
        folder taken away and put back, made readable again, or switched (a rollout renames a
        new link over the old) is noticed. A path that still names the same file stays
        watched, so that a change made while the load was reading is still reported; one that
        names another file now (a switched link, a folder moved aside) is watched anew.
        """
        holder = self._nearest_holder()
        self._holder = str(holder)
        named = {**(self._listing() if listing is None else listing), str(holder): _inode(holder)}
        wanted = {path: inode for path, inode in named.items() if inode is not None}
        watched = set(self._watcher.files() + self._watcher.directories())
        stale = sorted(p for p in watched if self._inodes.get(p) != wanted.get(p))
        if stale:
            self._watcher.removePaths(stale)
        new = sorted(p for p in wanted if p not in watched or p in stale)
        if new:
            self._watcher.addPaths(new)
        self._inodes = wanted

    def _listing(self, library: Library | None = None) -> dict[str, tuple[int, int] | None]:
        """The content folder's paths, and which file each names now (no Qt: any thread).

        `library`: what the load just read, whose `keep` list is the one to leave out.
        """
        return {str(p): _inode(p) for p in self._content_paths(library)}

    def _content_paths(self, library: Library | None = None) -> list[Path]:
        folder = self.directory
        # Only the content's own kept folders are left out: a content folder that itself lies
        # under a folder named "source" (or holds a section folder of that name) is watched.
        kept = [Path(name).parts for name in (library.original.keep if library else self._keep)]
        try:
            if not folder.is_dir():
                return []
            return [folder, *(p for p in folder.rglob("*")
                              if not any(p.relative_to(folder).parts[:len(k)] == k for k in kept))]
        except OSError:  # taken away while being listed: that change is reported, and reloads
            return []

    def _nearest_holder(self) -> Path:
        """The folder holding the content folder; while that is missing too, the nearest above it."""
        folder = self.directory.absolute()  # not resolved: a link to the content is in the holder
        return next((p for p in folder.parents if p.is_dir()), Path(folder.anchor))

    def _directory_changed(self, path: str) -> None:
        if path == self._holder and folder_identity(self.directory) == self._seen:
            # Something else in the holder changed, not the content folder: nothing to load.
            # But a missing folder on the way back to it may have come back: watch nearer.
            if self._nearest_holder() != Path(path):
                self._watch()
            return
        self._settle.start()
