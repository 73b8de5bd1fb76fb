"""The QR codes decode, as a phone would read them, to exactly the text they were made of."""

from __future__ import annotations

import pytest
import segno
import zxingcpp
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.qr import QR_MIN_MM, QUIET_ZONE, QrCode, qr_side, qr_svg

DOI_LINK = "https://doi.org/10.1016/S2665-9913(24)00298-4"

READING_LIST = "\n\n".join(
    f"{title}\nhttps://doi.org/{doi}"
    for title, doi in [
        (
            "Autologous haematopoietic stem-cell transplantation for refractory systemic lupus "
            "erythematosus – long-term follow-up",
            "10.1016/S2665-9913(24)00298-4",
        ),
        (
            "Mesenchymal stromal cells in lupus nephritis – a randomised trial at the Hôpital Saint-Louis",
            "10.1136/annrheumdis-2020-218117",
        ),
        (
            "CD19 CAR T-cell therapy in autoimmune disease – réponse durable chez des patients atteints",
            "10.1056/NEJMoa2308917",
        ),
        (
            "Stem-cell therapy for systemic lupus erythematosus: a systematic review – 2023 update",
            "10.1177/09612033231111111",
        ),
    ]
)


def modules(text: str) -> int:
    """Modules across the symbol of `text`, quiet zone excluded."""
    return int(segno.make(text, error="m", micro=False).symbol_size(scale=1, border=0)[0])


def grey(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)


def decode(image: QImage) -> list[zxingcpp.Barcode]:
    # Rows of a QImage are padded to 4 bytes, so the view is told the real row length.
    view = zxingcpp.ImageView(
        image.constBits(), image.width(), image.height(), zxingcpp.ImageFormat.Lum, image.bytesPerLine()
    )
    return zxingcpp.read_barcodes(view)


def rows(image: QImage) -> list[bytes]:
    bits, stride = bytes(image.constBits()), image.bytesPerLine()
    return [bits[y * stride : y * stride + image.width()] for y in range(image.height())]


def show(qtbot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def test_a_doi_link_decodes_back_to_itself(qtbot) -> None:
    code = QrCode(DOI_LINK, dpi=96)
    show(qtbot, code)

    found = decode(grey(code))

    assert [(b.text, b.format) for b in found] == [(DOI_LINK, zxingcpp.BarcodeFormat.QRCode)]
    assert code.text == DOI_LINK
    assert code.objectName() == "QrCode"
    assert code.accessibleName() == "QR code"
    assert code.accessibleDescription() == DOI_LINK
    assert code.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


@pytest.mark.parametrize("dpi", [96.0, 160.0])
def test_the_code_is_big_square_crisp_and_white_around_on_a_black_page(qtbot, dpi: float) -> None:
    page = QWidget()
    palette = page.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("black"))
    page.setPalette(palette)
    page.setAutoFillBackground(True)
    code = QrCode(DOI_LINK, dpi=dpi)
    QVBoxLayout(page).addWidget(code)
    show(qtbot, page)

    inner, outer = modules(DOI_LINK), modules(DOI_LINK) + 2 * QUIET_ZONE
    side = code.width()
    assert side == code.height() == qr_side(DOI_LINK, dpi)
    assert side * 25.4 / dpi * inner / outer >= QR_MIN_MM
    assert side % outer == 0, "each module should be a whole number of pixels"

    image = grey(page).copy(code.geometry())
    pixels = rows(image)
    assert {value for row in pixels for value in row} == {0, 255}, "modules should have crisp edges"
    quiet = side // outer * QUIET_ZONE
    ring = pixels[:quiet] + pixels[-quiet:] + [row[:quiet] + row[-quiet:] for row in pixels]
    assert all(value == 255 for row in ring for value in row), "the quiet zone should be white"
    assert [b.text for b in decode(image)] == [DOI_LINK]


def test_a_reading_list_with_accents_and_dashes_decodes_exactly(qtbot) -> None:
    assert len(READING_LIST) > 550
    assert "é" in READING_LIST and "–" in READING_LIST and "\n" in READING_LIST
    code = QrCode(READING_LIST, dpi=96)
    show(qtbot, code)

    assert [b.text for b in decode(grey(code))] == [READING_LIST]


def test_the_svg_is_one_unit_per_module_with_a_quiet_zone() -> None:
    renderer = QSvgRenderer(QByteArray(qr_svg(DOI_LINK)))

    assert renderer.isValid()
    side = modules(DOI_LINK) + 2 * QUIET_ZONE
    assert (renderer.defaultSize().width(), renderer.defaultSize().height()) == (side, side)


def test_text_too_long_for_a_qr_code_is_refused() -> None:
    with pytest.raises(ValueError, match="too long for a QR code"):
        qr_svg("x" * 5000)
    with pytest.raises(ValueError, match="too long for a QR code"):
        QrCode("é" * 5000, dpi=96)
