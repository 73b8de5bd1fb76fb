"""The Qt binding itself must be fit to run all day.

PySide6 6.12.0 drops a reference to None on every call of a method that returns nothing.
On Python 3.11, where None is reference-counted, the interpreter then aborts ("deallocating
None") after a few thousand such calls: a few hundred touches of a kiosk, each restarting
the idle timer. pyproject.toml keeps that version out; these tests keep it out for good.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QTimer

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
# PySide6 releases known to lose references to None.
LOSES_NONE = ("6.12.0",)


def test_no_binding_that_loses_none_is_allowed_or_installed() -> None:
    """On every Python: the requirements refuse such a release, and none is installed."""
    dependencies = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    bindings = [r for r in map(Requirement, dependencies) if r.name.startswith("PySide6")]
    assert bindings, "pyproject.toml names the PySide6 wheels"
    for requirement in bindings:
        for release in LOSES_NONE:
            assert release not in requirement.specifier, f"{requirement} allows PySide6 {release}"
    assert pyside_version not in LOSES_NONE


@pytest.mark.skipif(sys.version_info >= (3, 12),
                    reason="None is immortal from Python 3.12: its reference count shows nothing")
def test_calls_that_return_nothing_keep_none_alive() -> None:
    timer = QTimer()
    timer.setInterval(1000)
    before = sys.getrefcount(None)
    for _ in range(200):
        timer.start()
        timer.stop()
    # Other code may take or drop a few references meanwhile; 400 lost would be the bug.
    assert sys.getrefcount(None) - before > -50
