"""'Take this with me': the studies a patient saved, and one QR code that holds their list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

from kiosk.content import Content, Reference
from kiosk.qr import QrCode
from kiosk.views.labels import notice_box, text_label
from kiosk.views.look import Look
from kiosk.views.markdown import plain_text
from kiosk.views.page import ScrollingPage
from kiosk.views.review_line import review_label
from kiosk.views.translate import tr

TAKE_HOME = "take-home"
LIST_CODE_MM = 50.0


def saved_references(content: Content, saved: tuple[str, ...]) -> list[Reference]:
    """The saved references, in the order the patient saved them."""
    known = {r.id: r for s in content.sections for r in (*s.references, *(st.reference for st in s.studies))}
    return [known[ref_id] for ref_id in saved if ref_id in known]


def reading_list(content: Content, references: list[Reference]) -> str:
    """The plain text the QR code holds: a heading, the notice, then each title and its link.

    The notice ("investigational, not FDA-approved") goes with the list, in full: the list leads
    a patient to the studies of these treatments, away from the kiosk's pages that show it.
    """
    lines = [tr("To read later, from %1:").replace("%1", content.clinic_name), ""]
    lines.append(f"{content.notice_title}: {plain_text(content.notice).strip()}")
    for number, reference in enumerate(references, 1):
        lines += ["", f"{number}. {reference.title} ({reference.journal} {reference.year})", reference.link]
    return "\n".join(lines)


class TakeHomeView(ScrollingPage):
    """Built afresh each time it is shown: it lists what is saved at that moment."""

    def __init__(self, content: Content, look: Look, saved: tuple[str, ...]) -> None:
        super().__init__(look)
        column = self.column
        column.addWidget(text_label(tr("Take this with me"), "PageTitle"))
        references = saved_references(content, saved)
        self.code: QrCode | None = None
        if not references:
            intro = tr("Nothing is saved yet. Touch “Save” on a study, and it is added here.")
            column.addWidget(text_label(intro, "Body"))
        else:
            intro = tr(
                "Scan this code with your phone's camera: your phone shows the list below, with the links. "
                "Your list is not kept on this kiosk: it is cleared when you leave.")
            column.addWidget(text_label(intro, "Body"))
            column.addWidget(notice_box(content.notice_title, content.notice, look))
            # A list holds more than a link: a larger code keeps its modules easy to scan.
            self.code = QrCode(reading_list(content, references), look.dpi, min_mm=LIST_CODE_MM)
            self.code.setAccessibleName(tr("QR code"))
            column.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
            self.scroll_area.viewport().installEventFilter(self)
            for number, reference in enumerate(references, 1):
                column.addWidget(text_label(
                    f"{number}. {reference.title} ({reference.journal} {reference.year})", "SavedItem"))
        column.addStretch(1)
        if references:  # an empty list shows no medical text, so no review of any
            column.addWidget(review_label(content.take_home_review, content.language))
        notice = [content.notice_title, plain_text(content.notice)] if references else []
        self._spoken = "\n\n".join([tr("Take this with me"), intro, *notice, *(r.title for r in references)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The view the list scrolls in changed size: the code must still fit in it, whole, for a
        # patient to scroll it into view and scan it.
        if event.type() == QEvent.Type.Resize and self.code is not None:
            self.code.fit_within(self.scroll_area.viewport().height())
        return False
