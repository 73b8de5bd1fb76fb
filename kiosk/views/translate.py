"""`tr`: the patient's language for every word the views show that is not content."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the patient's language, through Qt's translation system.

    `pyside6-lupdate` finds every `tr("...")` call; `%n` with `n` picks the plural form.
    """
    return QCoreApplication.translate("", text, disambiguation, n)
