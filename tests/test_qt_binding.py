"""The Qt binding itself must be fit to run all day.

PySide6 6.12.0 drops a reference to None on every call of a method that returns nothing.
On Python 3.11, where None is reference-counted, the interpreter then aborts ("deallocating
None") after a few thousand such calls: a few hundred touches of a kiosk, each restarting
the idle timer. pyproject.toml keeps that version out; this test keeps it out for good.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer


def test_calls_that_return_nothing_keep_none_alive() -> None:
    timer = QTimer()
    timer.setInterval(1000)
    before = sys.getrefcount(None)
    for _ in range(200):
        timer.start()
        timer.stop()
    # Other code may take or drop a few references meanwhile; 400 lost would be the bug.
    assert sys.getrefcount(None) - before > -50
