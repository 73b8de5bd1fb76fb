"""Judges the screenshots tools/wayland-check.sh takes (grim PNGs), with Qt's own QImage.

    python tools/wayland_shots.py covers SHOT.png        # the kiosk fills the whole output
    python tools/wayland_shots.py same A.png B.png       # nothing visible changed
    python tools/wayland_shots.py differ A.png B.png     # the screen changed (a tap worked)
    python tools/wayland_shots.py same-near A.png B.png X,Y...    # no pixel changed near the
    python tools/wayland_shots.py differ-near A.png B.png X,Y...  # points (a cursor there or not)

Prints one line and exits 0 when the check holds, 1 when not.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage

# The compositors' own background, where no window covers the output: black in cage and in
# labwc without a wallpaper. The kiosk's screens never show large areas of pure black.
BACKGROUND = 0xFF000000
CHANGED = 0.01  # a tap that changes the screen changes far more than 1% of it
# Where a cursor drawn at a point lies: an arrow's hot spot is its tip, at the top left, and
# cursor images are 24 to 32 pixels (a few more at hand, for a scaled or shadowed theme).
CURSOR_BOX = (-4, -4, 40, 40)  # left, top, right, bottom, from the point


def load(path: str) -> QImage:
    image = QImage(path)
    if image.isNull():
        raise SystemExit(f"{path}: not a readable image")
    return image.convertToFormat(QImage.Format.Format_RGB32)


def background_share(image: QImage) -> float:
    """The share of pixels that are the compositor's background (sampled every 4th pixel)."""
    seen = black = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            seen += 1
            black += image.pixel(x, y) == BACKGROUND
    return black / seen


def difference(a: QImage, b: QImage) -> float:
    if a.size() != b.size():
        return 1.0
    seen = changed = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            seen += 1
            changed += a.pixel(x, y) != b.pixel(x, y)
    return changed / seen


def changed_near(a: QImage, b: QImage, points: list[tuple[int, int]]) -> int:
    """How many pixels differ in the boxes where a cursor at each point would be drawn."""
    if a.size() != b.size():
        raise SystemExit("the two screenshots differ in size")
    left, top, right, bottom = CURSOR_BOX
    changed = 0
    for px, py in points:
        for y in range(max(0, py + top), min(a.height(), py + bottom)):
            for x in range(max(0, px + left), min(a.width(), px + right)):
                changed += a.pixel(x, y) != b.pixel(x, y)
    return changed


def parse_point(text: str) -> tuple[int, int]:
    x, _, y = text.partition(",")
    try:
        return int(x), int(y)
    except ValueError:
        raise SystemExit(f"{text}: not a point X,Y") from None


def main(argv: list[str]) -> int:
    if argv[:1] == ["covers"] and len(argv) == 2:
        image = load(argv[1])
        edges = [image.pixel(x, y) for x, y in ((0, 0), (image.width() - 1, 0), (0, image.height() - 1),
                                                (image.width() - 1, image.height() - 1))]
        share = background_share(image)
        ok = share < 0.02 and BACKGROUND not in edges
        print(f"{image.width()}x{image.height()}, {share:.1%} compositor background, corners "
              f"{'covered' if BACKGROUND not in edges else 'NOT covered'}: "
              f"{'fullscreen' if ok else 'NOT fullscreen'}")
        return 0 if ok else 1
    if argv[:1] in (["same"], ["differ"]) and len(argv) == 3:
        share = difference(load(argv[1]), load(argv[2]))
        ok = share < CHANGED if argv[0] == "same" else share >= CHANGED
        print(f"{share:.1%} of the screen changed: {'as expected' if ok else 'NOT as expected'}")
        return 0 if ok else 1
    if argv[:1] in (["same-near"], ["differ-near"]) and len(argv) >= 4:
        points = [parse_point(text) for text in argv[3:]]
        changed = changed_near(load(argv[1]), load(argv[2]), points)
        ok = changed == 0 if argv[0] == "same-near" else changed > 0
        print(f"{changed} pixels changed near {' and '.join(argv[3:])}: "
              f"{'as expected' if ok else 'NOT as expected'}")
        return 0 if ok else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
