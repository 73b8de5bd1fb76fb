"""The Wayland session files in resources/deploy/: labwc locked down, the session supervised."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.app import APP_NAME

DEPLOY = Path(__file__).resolve().parent.parent / "resources" / "deploy"
LABWC = DEPLOY / "labwc"


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def test_labwc_binds_no_key_that_escapes_the_kiosk() -> None:
    rc = ET.parse(LABWC / "rc.xml").getroot()
    keys = [bind.get("key") for bind in rc.iter() if local(bind.tag) == "keybind"]
    # One binding, so that labwc does not load its defaults (Alt+F4, Alt+Space, Alt+Tab...).
    assert keys == ["C-A-S-F12"]
    actions = {action.get("name") for action in rc.iter() if local(action.tag) == "action"}
    assert actions == {"Reconfigure", "None"}  # no menu, close, iconify, execute or exit


def test_labwc_has_one_harmless_mouse_binding_so_no_menus_open() -> None:
    rc = ET.parse(LABWC / "rc.xml").getroot()
    binds = [b for b in rc.iter() if local(b.tag) == "mousebind"]
    assert len(binds) == 1
    assert [a.get("name") for a in binds[0] if local(a.tag) == "action"] == ["None"]


def test_labwc_menus_are_empty() -> None:
    menus = ET.parse(LABWC / "menu.xml").getroot()
    ids = {menu.get("id"): list(menu) for menu in menus if local(menu.tag) == "menu"}
    assert ids == {"root-menu": [], "client-menu": []}


def test_labwc_keeps_touch_as_touch_and_matches_the_kiosk_by_app_id() -> None:
    rc = ET.parse(LABWC / "rc.xml").getroot()
    touch = [t for t in rc.iter() if local(t.tag) == "touch"]
    assert [t.get("mouseEmulation") for t in touch] == ["no"]
    rules = [r.get("identifier") for r in rc.iter() if local(r.tag) == "windowRule"]
    assert rules == [APP_NAME]


def test_the_wayland_sessions_run_the_kiosk_under_systemd() -> None:
    session = DEPLOY / "wayland-session"
    assert os.access(session, os.X_OK)
    text = session.read_text(encoding="utf-8")
    assert "import-environment WAYLAND_DISPLAY" in text
    assert "exec systemctl --user start --wait lupus-kiosk.service" in text
    autostart = (LABWC / "autostart").read_text(encoding="utf-8")
    assert "resources/deploy/wayland-session" in autostart
    assert autostart.rstrip().endswith("labwc --exit")  # the session ends with the kiosk


def test_the_desktop_file_is_named_as_the_kiosk_names_itself() -> None:
    assert (DEPLOY / f"{APP_NAME}.desktop").is_file()
