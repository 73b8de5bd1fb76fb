"""The staff desk on its own: it reports what its status function says, with no kiosk behind it."""

from __future__ import annotations

import datetime
from pathlib import Path

from kiosk.content import ContentError
from kiosk.staff import KioskStatus, StaffDesk
from kiosk.views.window import KioskWindow


def test_the_report_says_what_the_status_function_says(qtbot) -> None:
    window = KioskWindow("Test clinic")
    qtbot.addWidget(window)
    error = ContentError(Path("kiosk.yaml"), "no sections", 3)
    status = KioskStatus(library=None, pending=True, loaded_at=datetime.datetime(2026, 11, 30, 9, 5),
                         directory=Path("/srv/content"), last_error=error, uptime=3725.4)
    reloads: list[None] = []
    desk = StaffDesk(window, None, status=lambda: status, usage=lambda: None,
                     reload=lambda: reloads.append(None), exit=lambda: None)
    text, usage = desk.report()
    assert text.splitlines() == [
        "No content is shown: patients see 'This kiosk is being updated'.",
        f"Content last loaded: 2026-11-30 09:05, from {Path('/srv/content')}",
        "New content is loaded and will be shown at the next idle reset.",
        f"Content error: {error}",
        "Running for 1:02:05",
    ]
    assert usage == "Usage figures are not recorded (see the log)."
    window.staff_panel.reload_requested.emit()  # the panel's Reload
    assert reloads == [None]
