#!/usr/bin/env python3
"""Checks the running kiosk's accessibility tree as a screen reader (Orca) meets it, over AT-SPI.

It finds the kiosk on the accessibility bus, prints each screen's tree (role, name, description
and, for a text object, its text), presses controls through AT-SPI's action interface as a
screen reader does, and checks that the tree says what the kiosk's own audio guide says:

- the disclaimer's title is a heading, named by its text; "I understand" is a push button;
- home's topic tiles are push buttons named by the title shown on them;
- on every topic (and Take this with me), every text the guide numbers ("Paragraph 2 of 7.")
  has the role paragraph, is named by its text, and the numbers run 1..N; headings are named,
  with no description (the role says "heading"; a description "Heading" is said twice);
- names and descriptions are the plain text: no zero-width space (the kiosk puts some in a long
  DOI, where it may wrap); no "layered pane" (Qt's role for the page stack) that Orca announces;
- each glossary word of a paragraph that says "Touch an underlined word" is a link of it, or
  at least in its text (the words are read from the kiosk's own Glossary page);
- QR codes are pictures named as the guide says them ("QR code of the study's link").
- each screen's headings and paragraphs come in the tree in their on-screen order (top to
  bottom, left to right, by their extents), the order a screen reader reads them in.

It does not import the kiosk: it sees only what any assistive technology sees. Run it with a
Python that has pyatspi (Debian: python3-pyatspi, for the system's python3), on the session
bus of a kiosk started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, in English, on its disclaimer;
tools/atspi-check.sh does all that. Exit status 0: all checks passed; 1: a mismatch (each is
printed with FAIL); 2: the kiosk was not found on the bus.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Iterator

import pyatspi

# What the kiosk's English interface says: the guide's words (kiosk/focus_stops.py `describe`)
# and the controls' names and descriptions.
UNDERSTAND = "I understand"
TILE_DESCRIPTION = "Opens this topic"
GLOSSARY_TILE = "Glossary"
ZERO_WIDTH_SPACE = "\u200b"
PARAGRAPH = re.compile(r"Paragraph (\d+) of (\d+)\.")
WORDS_HINT = "Touch an underlined word"
LINK = ("http://", "https://")
QR_NAMES = {True: "QR code of the study's link", False: "QR code of your list"}
SAVE = "Save"
TAKE_AWAY = "Take this with me"
HOME = "Home"

failures: list[str] = []


def check(ok: bool, message: str) -> bool:
    """Print `message` with PASS or FAIL, and remember a failure for the exit status."""
    print(f"  {'PASS' if ok else 'FAIL'} {message}")
    if not ok:
        failures.append(message)
    return ok


def showing(accessible: pyatspi.Accessible) -> bool:
    return accessible.getState().contains(pyatspi.STATE_SHOWING)


def walk(accessible: pyatspi.Accessible, depth: int = 0) -> Iterator[tuple[int, pyatspi.Accessible]]:
    """Every showing accessible under `accessible` (itself first), in the tree's order."""
    if not showing(accessible):
        return
    yield depth, accessible
    for child in accessible:
        if child is not None:
            yield from walk(child, depth + 1)


def text_of(accessible: pyatspi.Accessible) -> str | None:
    """The text of a text object, or None where it has no Text interface (a screen reader then
    reads its name)."""
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return None
    return str(text.getText(0, -1))


def links_of(accessible: pyatspi.Accessible) -> list[str]:
    """The names of the links inside a hypertext object ([] where it has none)."""
    try:
        hypertext = accessible.queryHypertext()
    except NotImplementedError:
        return []
    links = (hypertext.getLink(i) for i in range(hypertext.getNLinks()))
    return [str(link.getObject(0).name) for link in links]


def said(accessible: pyatspi.Accessible) -> str:
    """What a text object says: its text, or its name where it has no text interface."""
    text = text_of(accessible)
    return text if text is not None else str(accessible.name)


def line(accessible: pyatspi.Accessible) -> str:
    """One accessible as a line of the printed tree."""
    parts = [f"[{accessible.getRoleName()}] {accessible.name!r}"]
    if accessible.description:
        parts.append(f"description={accessible.description!r}")
    text = text_of(accessible)
    if text is not None:
        parts.append(f"text={text!r}")
    links = links_of(accessible)
    if links:
        parts.append(f"links={links!r}")
    if not accessible.getState().contains(pyatspi.STATE_SENSITIVE):
        parts.append("(unavailable)")
    return " ".join(parts)


def print_tree(title: str, app: pyatspi.Accessible) -> None:
    """The screen's tree, without the unnamed layout containers a screen reader skips."""
    print(f"\n== {title}")
    for depth, accessible in walk(app):
        skipped = accessible.getRole() in (pyatspi.ROLE_FILLER, pyatspi.ROLE_PANEL,
                                           pyatspi.ROLE_LAYERED_PANE, pyatspi.ROLE_SCROLL_BAR)
        if not (skipped and not accessible.name):
            print("  " + "  " * depth + line(accessible))


def find_all(app: pyatspi.Accessible, role: int, name: str | None = None,
             description: str | None = None) -> list[pyatspi.Accessible]:
    return [a for _, a in walk(app) if a.getRole() == role
            and (name is None or a.name == name)
            and (description is None or a.description == description)]


def wait_for(what: Callable[[], list[pyatspi.Accessible]], seconds: float) -> list[pyatspi.Accessible]:
    """Ask `what` until it finds something (the screen has changed) or `seconds` have passed."""
    limit = time.monotonic() + seconds
    while True:
        found = what()
        if found or time.monotonic() > limit:
            return found
        time.sleep(0.3)


def press(accessible: pyatspi.Accessible, action: str = "Press") -> bool:
    """Do the named action (as Orca does on Enter), or the first one."""
    actions = accessible.queryAction()
    names = [actions.getName(i) for i in range(actions.nActions)]
    if not names:
        return False
    return bool(actions.doAction(names.index(action) if action in names else 0))


def find_kiosk(name: str, seconds: float) -> pyatspi.Accessible | None:
    def apps() -> list[pyatspi.Accessible]:
        desktop = pyatspi.Registry.getDesktop(0)
        return [app for app in desktop if app is not None and app.name == name]

    found = wait_for(apps, seconds)
    return found[0] if found else None


def check_text(app: pyatspi.Accessible, page: str,
               paragraphs: dict[str, list[tuple[str, list[str]]]]) -> None:
    """Headings and paragraphs of the screen shown: roles, names, text, numbering, QR codes."""
    shown = [a for _, a in walk(app)]
    headings = [a for a in shown if a.getRole() == pyatspi.ROLE_HEADING]
    check(bool(headings), f"{page}: has a heading")
    for heading in headings:
        check(bool(said(heading).strip()) and not heading.description,
              f"{page}: {heading.name!r} is a heading with its text and no description"
              + (f" (described {heading.description!r})" if heading.description else ""))
    hidden = [f"{a.getRoleName()} {a.name[:40]!r}" for a in shown
              if ZERO_WIDTH_SPACE in a.name or ZERO_WIDTH_SPACE in a.description]
    check(not hidden, f"{page}: no zero-width space in a name or description"
          + (f"; in: {'; '.join(hidden)}" if hidden else ""))
    layered = [a for a in shown if a.getRole() == pyatspi.ROLE_LAYERED_PANE]
    check(not layered, f"{page}: no layered pane (Orca says \"layered pane\")")
    numbered = [(a, PARAGRAPH.match(a.description)) for a in shown]
    numbers = [(a, m) for a, m in numbered if m is not None]
    wrong = [f"{a.name[:40]!r} is a {a.getRoleName()}" for a, _ in numbers
             if a.getRole() != pyatspi.ROLE_PARAGRAPH]
    check(not wrong, f"{page}: all {len(numbers)} texts the guide numbers are paragraphs"
          + (f"; not: {'; '.join(wrong)}" if wrong else ""))
    empty = [a.description for a, _ in numbers if not said(a).strip()]
    check(not empty, f"{page}: every paragraph has its text" + (f"; empty: {empty}" if empty else ""))
    if numbers:
        count = {int(m.group(2)) for _, m in numbers}
        order = [int(m.group(1)) for _, m in numbers]
        check(count == {len(numbers)} and sorted(order) == list(range(1, len(numbers) + 1)),
              f"{page}: paragraphs numbered 1 to {len(numbers)} (of {sorted(count)})")
    paragraphs[page] = [(said(a), links_of(a)) for a in shown if WORDS_HINT in a.description]
    check_reading_order(shown, page)
    # A QR code by its name, or, unnamed, by the link it holds (its description).
    for code in [a for a in shown if a.name.startswith("QR code") or a.description.startswith(LINK)]:
        expected = QR_NAMES[code.description.startswith(LINK)]
        check(code.name == expected and code.getRole() == pyatspi.ROLE_IMAGE,
              f"{page}: a QR code is an image named {expected!r} "
              f"(is a {code.getRoleName()} named {code.name!r})")


def check_reading_order(shown: list[pyatspi.Accessible], page: str) -> None:
    """The screen's headings and paragraphs come in the tree in the order they are read on
    screen (top to bottom, left to right, by their extents): a screen reader reads the tree's."""
    texts = [a for a in shown if a.getRole() in (pyatspi.ROLE_HEADING, pyatspi.ROLE_PARAGRAPH)]
    extents = [a.queryComponent().getExtents(pyatspi.DESKTOP_COORDS) for a in texts]
    boxes = [(box.x, box.y, box.width, box.height) for box in extents]

    def before(first: tuple[int, int, int, int], then: tuple[int, int, int, int]) -> bool:
        """Wholly above `then`, or on its line and wholly to its left."""
        (x, y, width, height), (then_x, then_y, _then_width, then_height) = first, then
        if y + height <= then_y:
            return True
        same_line = y < then_y + then_height and then_y < y + height
        return same_line and x + width <= then_x

    wrong = [f"{texts[j].name[:30]!r} (y={boxes[j][1]}) after {texts[i].name[:30]!r} (y={boxes[i][1]})"
             for j in range(len(texts)) for i in range(j) if before(boxes[j], boxes[i])]
    check(not wrong, f"{page}: its {len(texts)} headings and paragraphs in on-screen order"
          + (f"; not: {'; '.join(wrong[:3])}" if wrong else ""))


def check_glossary_words(paragraphs: dict[str, list[tuple[str, list[str]]]], words: list[str]) -> None:
    """Each paragraph the guide says has glossary words holds at least one of them: as links
    (a screen reader can move to each), or else only in its text (read with the rest)."""
    lowered = [word.casefold() for word in words]
    for page, texts in paragraphs.items():
        for text, links in texts:
            where = " ".join(links) if links else text
            found = [w for w in lowered if w in where.casefold()]
            check(bool(found), f"{page}: glossary words reachable "
                  + ("as links" if links else "in the text only, no links,")
                  + f" of {text[:50]!r}" + (f" ({', '.join(found)})" if found else ""))


def go_home(app: pyatspi.Accessible, tiles: Callable[[], list[pyatspi.Accessible]]) -> None:
    for home in find_all(app, pyatspi.ROLE_PUSH_BUTTON, HOME):
        press(home)
    wait_for(tiles, 10)


def run(app: pyatspi.Accessible) -> None:
    understand = wait_for(lambda: find_all(app, pyatspi.ROLE_PUSH_BUTTON, UNDERSTAND), 30)
    print_tree("The disclaimer", app)
    paragraphs: dict[str, list[tuple[str, list[str]]]] = {}
    print("\n== Checks")
    check_text(app, "disclaimer", paragraphs)
    if not check(len(understand) == 1, f"disclaimer: {UNDERSTAND!r} is a push button"):
        return
    check(press(understand[0]), f"disclaimer: {UNDERSTAND!r} pressed through its action")

    def tiles() -> list[pyatspi.Accessible]:
        return find_all(app, pyatspi.ROLE_PUSH_BUTTON, description=TILE_DESCRIPTION)

    shown = wait_for(tiles, 10)
    print_tree("Home", app)
    print("\n== Checks")
    if not check(bool(shown), "home: the topic tiles are push buttons"):
        return
    titles = [str(tile.name) for tile in shown]
    for tile in shown:
        labels = [str(a.name) for _, a in walk(tile) if a.getRole() == pyatspi.ROLE_LABEL]
        check(bool(tile.name) and labels == [tile.name],
              f"home: tile {tile.name!r} is named by the title shown on it {labels}")

    words: list[str] = []
    for title in titles:
        tile = find_all(app, pyatspi.ROLE_PUSH_BUTTON, title, TILE_DESCRIPTION)
        if not check(len(tile) == 1 and press(tile[0]), f"home: tile {title!r} pressed"):
            continue
        wait_for(lambda: [] if tiles() else [app], 10)  # the tiles go: the page is shown
        time.sleep(1)  # its texts are named as it is shown
        print_tree(title, app)
        print("\n== Checks")
        check_text(app, title, paragraphs)
        if title == GLOSSARY_TILE:
            headings = find_all(app, pyatspi.ROLE_HEADING)
            words = [str(heading.name) for heading in headings[1:]]  # after the page's title
        save = find_all(app, pyatspi.ROLE_CHECK_BOX, SAVE)
        if save and not find_all(app, pyatspi.ROLE_PUSH_BUTTON, TAKE_AWAY):
            check(press(save[0], "Toggle"), f"{title}: the first study saved through its action")
        go_home(app, tiles)

    print("\n== Checks")
    check(bool(words), f"the Glossary page lists {len(words)} words as headings")
    check_glossary_words(paragraphs, words)
    take_away = wait_for(lambda: find_all(app, pyatspi.ROLE_PUSH_BUTTON, TAKE_AWAY), 5)
    if check(len(take_away) == 1, f"{TAKE_AWAY!r} is a push button once a study is saved"):
        press(take_away[0])
        wait_for(lambda: [] if tiles() else [app], 10)
        time.sleep(1)
        print_tree(TAKE_AWAY, app)
        print("\n== Checks")
        check_text(app, TAKE_AWAY, paragraphs)
        codes = find_all(app, pyatspi.ROLE_IMAGE, QR_NAMES[False])
        check(len(codes) == 1, f"{TAKE_AWAY}: one QR code of the list")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", default="lupus-kiosk", help="the application's name on the bus")
    parser.add_argument("--wait", type=float, default=60, help="seconds to wait for it (default 60)")
    parser.add_argument("--focused", metavar="NAME",
                        help="check nothing; exit 0 if what has the focus is named NAME, else 1 "
                             "(for a script that moves the focus by keys)")
    parser.add_argument("--press", metavar="NAME",
                        help="check nothing; press the push button named NAME, as a screen reader "
                             "does, and wait for the screen to change; exit 0 if it did, else 1")
    options = parser.parse_args()
    app = find_kiosk(options.app, options.wait)
    if app is None:
        print(f"atspi-check: no application {options.app!r} on the accessibility bus; was the kiosk "
              "started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on this session bus?", file=sys.stderr)
        return 2
    if options.focused is not None:
        focused = [a for _, a in walk(app) if a.getState().contains(pyatspi.STATE_FOCUSED)]
        return 0 if any(a.name == options.focused for a in focused) else 1
    if options.press is not None:
        def shown() -> list[pyatspi.Accessible]:
            return [b for b in find_all(app, pyatspi.ROLE_PUSH_BUTTON, options.press) if showing(b)]

        buttons = shown()
        if not buttons or not press(buttons[0]):
            return 1
        # A language button is gone once pressed: the screen is built anew in that language.
        return 0 if wait_for(lambda: [] if shown() else [app], 10) else 1
    run(app)
    if failures:
        print(f"\natspi-check: {len(failures)} check(s) failed:")
        for failure in failures:
            print(f"  {failure}")
        return 1
    print("\natspi-check: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
