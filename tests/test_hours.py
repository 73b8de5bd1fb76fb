"""Opening hours: when the kiosk is awake, in local wall-clock time, and schedules refused
with their line before any window opens. Pure: no Qt except for the one test through main()."""

from __future__ import annotations

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app import main
from kiosk.config import ConfigError, parse_settings
from kiosk.hours import ALWAYS_OPEN, OpeningHours, parse_hours

CLINIC = {"mon-fri": "07:30-18:00", "sat": "08:00-12:00", "sun": "closed"}
UTC = datetime.UTC


def at(day: int, clock: str) -> datetime.datetime:
    """A naive local time in the week of Monday 2026-11-30 (day 0 = Monday)."""
    hours, minutes = map(int, clock.split(":"))
    return datetime.datetime(2026, 11, 30, hours, minutes) + datetime.timedelta(days=day)


@pytest.mark.parametrize(
    ("day", "clock", "open_"),
    [
        (0, "07:29", False), (0, "07:30", True), (2, "12:00", True), (4, "17:59", True),
        (4, "18:00", False), (5, "07:59", False), (5, "08:00", True), (5, "11:59", True),
        (5, "12:00", False), (6, "10:00", False), (0, "00:00", False),
    ],
)
def test_inside_and_outside_the_hours(day: int, clock: str, open_: bool) -> None:
    assert parse_hours(CLINIC, 3).is_open(at(day, clock)) is open_


def test_days_not_named_are_closed_and_several_ranges_a_day() -> None:
    hours = parse_hours({"tue": "08:00-12:00, 13:00-17:00"}, 1)
    assert [hours.is_open(at(1, c)) for c in ("07:59", "08:00", "12:30", "13:00", "16:59", "17:00")] == [
        False, True, False, True, True, False]
    assert not hours.is_open(at(0, "10:00"))
    assert not hours.is_open(at(2, "10:00"))


def test_midnight_ends_one_day_and_starts_the_next() -> None:
    hours = parse_hours({"fri": "22:00-24:00", "sat": "00:00-02:00"}, 1)
    assert hours.is_open(at(4, "23:59"))
    assert hours.is_open(at(5, "00:00"))
    assert hours.is_open(at(5, "01:59"))
    assert not hours.is_open(at(5, "02:00"))
    assert not hours.is_open(at(4, "00:30"))  # Friday just after midnight belongs to Friday: closed
    assert not hours.is_open(at(6, "00:00"))  # Saturday's 24:00 is Sunday: closed


def test_without_hours_the_kiosk_is_always_open() -> None:
    assert parse_settings([]).hours == ALWAYS_OPEN
    assert all(ALWAYS_OPEN.is_open(at(day, "03:00")) for day in range(7))
    assert ALWAYS_OPEN.describe() == "Always open"


def test_describe_groups_days_with_the_same_hours() -> None:
    assert parse_hours(CLINIC, 1).describe() == "Mon–Fri 07:30–18:00, Sat 08:00–12:00, Sun closed"
    assert parse_hours({"wed": "09:00-12:00, 14:00-16:00"}, 1).describe() == (
        "Mon–Tue closed, Wed 09:00–12:00, 14:00–16:00, Thu–Sun closed")
    assert parse_hours({"mon-sun": "00:00-24:00"}, 1).describe() == "Mon–Sun 00:00–24:00"


def _utc(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_spring_forward_keeps_to_the_wall_clock() -> None:
    # Chicago, Sunday 2026-03-08: at 02:00 CST the clocks go to 03:00 CDT.
    chicago = ZoneInfo("America/Chicago")
    hours = parse_hours({"sun": "03:00-04:00"}, 1)
    before = _utc("2026-03-08T07:59").astimezone(chicago)  # 01:59 CST
    after = _utc("2026-03-08T08:00").astimezone(chicago)  # one minute later: 03:00 CDT
    assert (before.hour, after.hour) == (1, 3)
    assert not hours.is_open(before)
    assert hours.is_open(after)
    assert hours.is_open(_utc("2026-03-08T08:59").astimezone(chicago))  # 03:59 CDT
    assert not hours.is_open(_utc("2026-03-08T09:00").astimezone(chicago))  # 04:00 CDT


def test_fall_back_repeats_the_hour_and_both_are_inside() -> None:
    # Madrid, Sunday 2026-10-25: at 03:00 CEST the clocks go back to 02:00 CET.
    madrid = ZoneInfo("Europe/Madrid")
    hours = parse_hours({"sun": "02:00-03:00"}, 1)
    first = _utc("2026-10-25T00:30").astimezone(madrid)  # 02:30 CEST
    second = _utc("2026-10-25T01:30").astimezone(madrid)  # 02:30 CET, an hour later
    assert (first.hour, second.hour, first.fold, second.fold) == (2, 2, 0, 1)
    assert hours.is_open(first)
    assert hours.is_open(second)
    assert not hours.is_open(_utc("2026-10-25T02:00").astimezone(madrid))  # 03:00 CET


def test_an_aware_time_is_read_on_its_own_clock() -> None:
    hours = parse_hours(CLINIC, 1)
    # Monday 13:00 UTC is 07:00 in Chicago (closed) and 14:00 in Madrid (open).
    noon = _utc("2026-11-30T13:00")
    assert not hours.is_open(noon.astimezone(ZoneInfo("America/Chicago")))
    assert hours.is_open(noon.astimezone(ZoneInfo("Europe/Madrid")))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"mon-fry": "07:30-18:00"}, r"'mon-fry' is not a day or a range of days"),
        ({"funday": "closed"}, r"'funday' is not a day"),
        ({"fri-mon": "09:00-17:00"}, r"'fri-mon' runs backwards"),
        ({"mon": "07:30-25:00"}, r"'25:00' is not a time of day"),
        ({"mon": "7h30-18:00"}, r"'7h30' is not a time of day"),
        ({"mon": "09:60-18:00"}, r"'09:60' is not a time of day"),
        ({"mon": "18:00-07:30"}, r"'18:00-07:30' ends before it starts.*split it across the two days"),
        ({"mon": "22:00-02:00"}, r"cannot run past midnight"),
        ({"mon": "09:00-09:00"}, r"ends before it starts"),
        ({"mon": "24:00-24:00"}, r"cannot start at 24:00"),
        ({"mon": "08:00-12:00, 11:00-14:00"}, r"overlap"),
        ({"mon": "09:00"}, r"'09:00' is not a range of times"),
        ({"mon-fri": "08:00-12:00", "wed": "closed"}, r"wed is named twice"),
        ({"sat": False}, r"'sat' must be opening times such as '07:30-18:00', or 'closed', not False"),
        ("mon-fri 07:30-18:00", r"must list days with their opening times"),
        (["mon"], r"must list days"),
        ({}, r"must list days"),
        (None, r"must list days"),
    ],
)
def test_broken_schedules_are_refused_with_their_line(value: object, message: str) -> None:
    with pytest.raises(ConfigError, match=r"^line 7: 'hours'.*" + message):
        parse_hours(value, 7)


def test_a_broken_schedule_in_the_config_file_names_the_file_and_line(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.yaml"
    config.write_text("fullscreen: true\n# the clinic's hours\nhours:\n  mon-fri: 07:30-18:00\n"
                      "  sat: 08:00-25:00\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"kiosk\.yaml, line 3: 'hours', 'sat': '25:00' is not a time"):
        parse_settings(["--config", str(config)])


def test_the_config_file_sets_hours_and_the_sleep_delays(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.yaml"
    config.write_text("hours:\n  mon-fri: 07:30-18:00\n  sat: 08:00-12:00\n  sun: closed\n"
                      "attract_after: 60\nsleep_after: 600\n", encoding="utf-8")
    settings = parse_settings(["--config", str(config)])
    assert settings.hours == parse_hours(CLINIC, 1)
    assert (settings.attract_after, settings.sleep_after) == (60, 600)
    # The command line overrides the file, as for idle_timeout.
    settings = parse_settings(["--config", str(config), "--attract-after", "30", "--sleep-after", "90"])
    assert (settings.attract_after, settings.sleep_after) == (30, 90)


def test_the_sleep_delays_default_to_two_and_fifteen_minutes() -> None:
    settings = parse_settings([])
    assert (settings.attract_after, settings.sleep_after) == (120, 900)
    assert isinstance(settings.hours, OpeningHours)


@pytest.mark.parametrize(
    ("args", "text", "message"),
    [
        (["--attract-after", "0"], "", r"'--attract-after' must be between 1 and 86400 seconds"),
        (["--sleep-after", "later"], "", r"'--sleep-after' must be a number of seconds"),
        ([], "attract_after: -5\n", r"'attract_after' must be between 1 and 86400"),
        ([], "sleep_after: true\n", r"'sleep_after' must be a number of seconds"),
    ],
)
def test_bad_sleep_delays_are_refused(tmp_path: Path, args: list[str], text: str, message: str) -> None:
    if text:
        config = tmp_path / "kiosk.yaml"
        config.write_text(text, encoding="utf-8")
        args = [*args, "--config", str(config)]
    with pytest.raises(ConfigError, match=message):
        parse_settings(args)


def test_main_refuses_a_broken_schedule_before_any_window_opens(qapp: QApplication, tmp_path: Path,
                                                                 capsys) -> None:
    config = tmp_path / "kiosk.yaml"
    config.write_text("hours:\n  mon-fri: 18:00-07:30\n", encoding="utf-8")
    before = set(qapp.topLevelWidgets())
    assert main(["--config", str(config)]) == 2
    assert set(qapp.topLevelWidgets()) == before
    assert "kiosk.yaml, line 1: 'hours', 'mon-fri': '18:00-07:30' ends before it starts" in (
        capsys.readouterr().err)
