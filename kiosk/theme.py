"""The kiosk's one theme: colours and sizes, defined here once and filled into resources/theme.qss.

Sizes follow the screen's physical DPI, so a target is 9 mm wide and a capital letter 4.8 mm
tall whatever screen the kiosk runs on.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from pathlib import Path
from string import Template

from kiosk.bundled import resources_dir

RESOURCES_DIR = resources_dir()
FONT_FAMILY = "Atkinson Hyperlegible"

# ADA 707.7.2: capitals at least 4.8 mm tall. WCAG 2.5.5 and common touch guidance: 9 mm targets.
MIN_CAP_HEIGHT_MM = 4.8
MIN_TARGET_MM = 9.0
REFERENCE_DPI = 96.0


@dataclass(frozen=True)
class Palette:
    """Calm colours; every text/background pair used together is listed in TEXT_PAIRS."""

    background: str = "#F3F6F8"
    surface: str = "#FFFFFF"
    text: str = "#1C2B36"
    muted: str = "#3F5260"
    primary: str = "#0B5C78"
    primary_pressed: str = "#08455A"
    on_primary: str = "#FFFFFF"
    tile: str = "#E4F1F6"
    tile_pressed: str = "#C6E0EA"
    tile_accent: str = "#2A8CA8"
    border: str = "#C5D2DA"
    notice_background: str = "#FFF3D9"
    notice_border: str = "#C28A17"
    notice_text: str = "#4A3400"
    bar: str = "#E4ECF0"
    link: str = "#0B5C78"
    scrim: str = "rgba(10, 25, 35, 180)"
    # A greyed-out control (Home on the home screen): dimmer than every enabled control, with
    # a dashed border, yet still readable, so that a patient sees it is there but off.
    disabled: str = "#5C6B75"
    # The keypad's focus ring (kiosk.keypad): a colour no control uses, 3:1 or more against
    # the background, the surface, the bars and the tiles (WCAG 2.4.13 focus appearance).
    focus: str = "#B0005A"


# High contrast: white and yellow on black, every text pair at 7:1 or more (WCAG AAA).
HIGH_CONTRAST = Palette(
    background="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#E6E6E6",
    primary="#FFE14D",
    primary_pressed="#FFF2A8",
    on_primary="#000000",
    tile="#000000",
    tile_pressed="#3A3300",
    tile_accent="#FFE14D",
    border="#FFFFFF",
    notice_background="#000000",
    notice_border="#FFE14D",
    notice_text="#FFFFFF",
    bar="#000000",
    link="#FFE14D",
    scrim="rgba(0, 0, 0, 225)",
    disabled="#9A9A9A",
    focus="#00E5FF",
)

# The text sizes a patient can choose, as a share of the default.
TEXT_SCALES = (1.0, 1.5, 2.0)


# (text colour, background colour) pairs that appear on screen; a test checks each one.
TEXT_PAIRS = (
    ("text", "background"),
    ("text", "surface"),
    ("muted", "background"),
    ("muted", "surface"),
    ("muted", "bar"),
    ("primary", "surface"),
    ("primary", "bar"),
    ("primary", "tile"),
    ("primary", "tile_pressed"),
    ("on_primary", "primary"),
    ("on_primary", "primary_pressed"),
    ("notice_text", "notice_background"),
    ("text", "tile"),
    ("text", "tile_pressed"),
    ("link", "surface"),
    ("link", "background"),
    ("link", "notice_background"),
    ("disabled", "bar"),
)


@dataclass(frozen=True)
class Metrics:
    """Pixel sizes for one screen."""

    body: int
    small: int
    heading: int
    title: int
    tile: int
    target: int
    spacing: int
    radius: int
    column: int
    margin: int
    bar_text: int
    bar_target: int
    bar_spacing: int
    bar_pad: int


def px_per_mm(dpi: float) -> float:
    return dpi / 25.4


def usable_dpi(physical_dpi: float) -> float:
    """The screen's physical DPI, or 96 where the screen reports nothing believable."""
    if not math.isfinite(physical_dpi) or not 50 <= physical_dpi <= 600:
        return REFERENCE_DPI
    return physical_dpi


def chosen_dpi(reported_dpi: float, reported_mm: float, configured: float | None) -> tuple[float, str]:
    """The DPI the kiosk sizes everything by, and where it came from: "config", "screen" or "fallback".

    `reported_mm` is the screen's reported physical width: Xvfb and some panels report 0 mm, and
    Qt then makes up a DPI that looks real. A clinic's `screen_dpi` setting wins over both.
    """
    if configured is not None:
        return configured, "config"
    if reported_mm > 0 and usable_dpi(reported_dpi) == reported_dpi:
        return reported_dpi, "screen"
    return REFERENCE_DPI, "fallback"


# The largest text keeps this many ems across the narrowest column: room for the longest words
# ("investigational", "inmunosupresores") on a small, sharp panel such as 720 px at 210 dpi.
MIN_COLUMN_EMS = 11


def metrics_for(dpi: float, cap_height_ratio: float, text_scale: float = 1.0, width_px: int = 0) -> Metrics:
    """Sizes for a screen of `dpi`, for a font whose capitals are `cap_height_ratio` of its size.

    `text_scale` enlarges what patients read: the pages and their controls. The top and
    bottom bars, and the sheet of text and colour controls, keep the default size (already
    9 mm targets with 4.8 mm capitals): the enlarged page keeps the room it needs, and no
    control moves when the text grows. On a screen `width_px` wide, larger text grows only as
    far as the longest words still fit a line (never below the 4.8 mm minimum).
    """
    scale = px_per_mm(dpi)
    base = max(26, math.ceil(MIN_CAP_HEIGHT_MM * scale / cap_height_ratio))
    target = max(48, math.ceil(MIN_TARGET_MM * scale))
    margin = round(base * 0.6)  # stays as it is when text grows: the width goes to the text
    widest = (width_px - 2 * margin) // MIN_COLUMN_EMS if width_px else 10_000
    body = max(base, min(round(base * text_scale), widest))
    # A control is a line of its text and a little air, and never under 9 mm.
    line = round(body * 1.25)
    bar_line = round(base * 1.25)
    return Metrics(
        body=body,
        small=body,  # nothing a patient reads is smaller than body text
        heading=max(body, min(round(body * 1.2), widest)),
        title=max(body, min(round(body * 1.6), round(widest * 0.9))),
        tile=max(body, min(round(body * 1.1), widest)),
        target=max(target, line + round(base * 0.4)),
        spacing=round(body * 0.6),
        radius=round(base * 0.5),
        column=body * 46,
        margin=margin,
        bar_text=base,
        bar_target=max(target, bar_line),
        bar_spacing=round(base * 0.3),
        bar_pad=round(base * 0.4),
    )


def min_reading_share(screen_height_mm: float) -> float:
    """The share of the screen's height a page's scrolling text keeps, at least, at 100% text.

    The smaller the screen, the more of it its controls need: 55% under 10 cm of height (a
    7-inch panel), 65% under 25 cm (10 to 15-inch panels), 75% on larger screens. The notice
    and a page's title stay above the text only where the text keeps this much.
    """
    if screen_height_mm < 100:
        return 0.55
    if screen_height_mm < 250:
        return 0.65
    return 0.75


def stylesheet(palette: Palette, metrics: Metrics) -> str:
    """resources/theme.qss with this theme's colours and sizes filled in."""
    template = Template((RESOURCES_DIR / "theme.qss").read_text(encoding="utf-8"))
    values: dict[str, object] = {**asdict(palette), **asdict(metrics), "font": FONT_FAMILY}
    return template.substitute(values)


def font_files() -> list[Path]:
    return sorted((RESOURCES_DIR / "fonts").glob("*.ttf"))


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two '#RRGGBB' colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
