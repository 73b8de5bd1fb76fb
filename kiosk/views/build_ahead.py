"""Building a screen's pages ahead, while nobody uses the kiosk, so that each first touch is quick."""

from __future__ import annotations

from collections.abc import Callable, Sized

from PySide6.QtCore import QObject, QTimer

# One page is built ahead every this many milliseconds while the kiosk is unused.
PREBUILD_MS = 100
# At most this many pages are built ahead (the first a patient meets): a library of thousands
# of sections would otherwise end up with every page in memory. The rest are built when shown.
PREBUILD_LIMIT = 150


class BuildAhead(QObject):
    """Builds the pages not built yet, one at a time, from `nobody_here()` to `someone_here()`.

    `unbuilt` lists the keys of the pages not built yet, in the order a patient meets them;
    `built` holds the pages built so far; `prepare` builds one. With `enabled` False (tests,
    and the benchmark's figures of a cold page) nothing is built ahead.
    """

    def __init__(self, parent: QObject, unbuilt: Callable[[], list[str]], built: Sized,
                 prepare: Callable[[str], None], enabled: bool = True) -> None:
        super().__init__(parent)
        self._unbuilt = unbuilt
        self._built = built
        self._prepare = prepare
        self._enabled = enabled
        self._timer = QTimer(self)
        self._timer.setInterval(PREBUILD_MS)
        self._timer.timeout.connect(self._build_next)

    @property
    def active(self) -> bool:
        """Whether pages are being built ahead now."""
        return self._timer.isActive()

    def nobody_here(self) -> None:
        """Nobody is using the kiosk: build the pages ahead, one every PREBUILD_MS."""
        if self._enabled and self._unbuilt() and len(self._built) < PREBUILD_LIMIT:
            self._timer.start()

    def someone_here(self) -> None:
        """A patient is here: leave the event loop to them."""
        self._timer.stop()

    def _build_next(self) -> None:
        unbuilt = self._unbuilt()
        room = PREBUILD_LIMIT - len(self._built)
        if unbuilt and room > 0:
            self._prepare(unbuilt[0])
        if len(unbuilt) <= 1 or room <= 1:
            self._timer.stop()
