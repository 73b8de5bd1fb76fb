"""Real roles in the accessibility tree: headings are headings and text is paragraphs.

Qt gives every label the role "static text", so a screen reader (Orca) cannot jump from
heading to heading. An accessibility factory, installed once per process, gives the labels the
keypad reads as headings or paragraphs (recognised by their object names) an interface with
that role, a QR code the role of a picture, and the stack of pages the role of a plain container;
every other widget keeps the interface Qt gives it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QStackedWidget

from kiosk.focus_stops import HEADINGS, label_text
from kiosk.qr import QrCode

# Labels of running text: read as paragraphs by the keypad, and given that role in the tree.
# The keypad numbers every text of a page that is not a heading ("Paragraph 9 of 35."): the
# study's link, the line under its QR code, the glossary's introduction, the review line and
# the saved studies too.
PARAGRAPHS = frozenset({"Body", "Definition", "DisclaimerText", "NoticeText", "CardAuthors",
                        "CardCitation", "CardDesign", "CardEvidence", "CardFound", "CardTerms",
                        "CardYear", "CardLink", "CardScan", "Intro", "ReviewLine", "SavedItem"})

_installed = False


class _TextInterface(QAccessibleWidget):
    """A label's interface with a role of its own; its name is its text until a view names it.

    The role is read from the label's object name each time it is asked for: Qt may create the
    interface (and keep it) before the view has named the label.
    """

    def role(self) -> QAccessible.Role:
        label = self.widget()
        name = label.objectName()
        if name in HEADINGS:
            return QAccessible.Role.Heading
        if name in PARAGRAPHS:
            return QAccessible.Role.Paragraph
        if isinstance(label, QLabel) and not label.pixmap().isNull():
            return QAccessible.Role.Graphic
        return QAccessible.Role.StaticText

    def text(self, kind: QAccessible.Text) -> str:
        label = self.widget()
        if kind == QAccessible.Text.Name and isinstance(label, QLabel) and not label.accessibleName():
            # Qt's own label interface reads the text: keep doing so.
            return label_text(label)
        return super().text(kind)


class _PageFrame(QAccessibleWidget):
    """The stack of pages as a plain container ("filler" on AT-SPI, which Orca passes over,
    where Qt's own "layered pane" is announced) whose one child is the page shown, as in Qt's
    own interface: the pages not shown are not in the tree."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack, QAccessible.Role.Client)
        self._stack = stack

    def childCount(self) -> int:
        return 0 if self._stack.currentWidget() is None else 1

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # None: no such child, as in C++
        page = self._stack.currentWidget()
        return QAccessible.queryAccessibleInterface(page) if index == 0 and page is not None else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        page = self._stack.currentWidget()
        return 0 if page is not None and child.object() is page else -1


def _interface(_class_name: str, target: QObject) -> QAccessibleInterface | None:
    """The interface of a heading or paragraph label, a QR code or the page stack; None leaves
    `target` to Qt."""
    if isinstance(target, QrCode):
        # A picture, as Orca should say, not the empty "filler" a plain widget is.
        return QAccessibleWidget(target, QAccessible.Role.Graphic)
    if isinstance(target, QStackedWidget):
        # Qt makes it a "layered pane", which Orca announces as the focus enters a page; it is
        # only the frame the page is shown in: a plain container ("filler" on AT-SPI), which a
        # screen reader passes over.
        return _PageFrame(target)
    if not isinstance(target, QLabel):
        return None
    name = target.objectName()
    if name in HEADINGS or name in PARAGRAPHS or not name:  # not named yet: it may be one
        return _TextInterface(target, QAccessible.Role.StaticText)
    return None


def install_roles() -> None:
    """Give headings and paragraphs their roles, for every interface Qt creates from now on."""
    global _installed
    if not _installed:  # Qt keeps every factory installed; one is enough
        QAccessible.installFactory(_interface)
        _installed = True
