#!/usr/bin/env python3
"""Writes tests/corpus/good/images-*.pdf: PDFs that draw images in every way
the image listing must follow, made by ReportLab and WeasyPrint (their
outputs differ: WeasyPrint packs objects into object streams). The test
compares the listing with `pdfimages -list` on them.
Run it with ReportLab 5.1 and WeasyPrint 70 (bench/pdf/corpus/make.sh makes
such a venv at /tmp/opencomplai-pdf-venv):
`/tmp/opencomplai-pdf-venv/bin/python tests/corpus/make_image_pdfs.py [DIR]`.
The outputs are committed (small)."""

import base64
import io
import os
import sys

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "good")


def png(mode, size, color):
    buf = io.BytesIO()
    Image.new(mode, size, color).save(buf, format="PNG")
    return buf.getvalue()


def jpeg(mode, size, color):
    buf = io.BytesIO()
    Image.new(mode, size, color).save(buf, format="JPEG", quality=60)
    return buf.getvalue()


def reportlab():
    """Page 1: an RGB PNG with alpha (a soft mask), a grey JPEG, a CMYK
    JPEG, a palette PNG and an inline image; a form that draws a picture,
    drawn on pages 1 and 2; page 2 draws the grey JPEG twice; page 3 has
    text only."""
    path = os.path.join(OUT, "images-reportlab.pdf")
    c = canvas.Canvas(path, pageCompression=1, invariant=1)
    c.setTitle("Images in every way")
    rgba = ImageReader(io.BytesIO(png("RGBA", (40, 20), (10, 120, 200, 128))))
    gray = ImageReader(io.BytesIO(jpeg("L", (33, 17), 90)))
    cmyk = ImageReader(io.BytesIO(jpeg("CMYK", (24, 24), (0, 80, 80, 10))))
    palette = Image.new("P", (16, 8), 3)
    palette.putpalette([i % 256 for i in range(768)])
    buf = io.BytesIO()
    palette.save(buf, format="PNG")
    indexed = ImageReader(io.BytesIO(buf.getvalue()))
    c.beginForm("logo")
    c.drawImage(ImageReader(io.BytesIO(png("RGB", (12, 6), (200, 30, 30)))), 0, 0, 24, 12)
    c.endForm()
    c.drawString(72, 800, "Page one: pictures of each kind.")
    c.drawImage(rgba, 72, 700, 80, 40, mask="auto")
    c.drawImage(gray, 172, 700, 66, 34)
    c.drawImage(cmyk, 272, 700, 48, 48)
    c.drawImage(indexed, 372, 700, 32, 16)
    c.drawInlineImage(Image.new("L", (5, 3), 40), 72, 600, 10, 6)
    c.doForm("logo")
    c.showPage()
    c.drawString(72, 800, "Page two: the grey picture twice and the logo.")
    c.drawImage(gray, 72, 700, 66, 34)
    c.drawImage(gray, 172, 700, 66, 34)
    c.doForm("logo")
    c.showPage()
    c.drawString(72, 800, "Page three: words only.")
    c.showPage()
    c.save()


def weasyprint():
    """Two pages from HTML: a PNG with alpha and a JPEG, then a page
    without pictures and a page with the PNG again."""
    from weasyprint import HTML

    def data(kind, raw):
        return f"data:image/{kind};base64," + base64.b64encode(raw).decode()

    alpha = data("png", png("RGBA", (30, 30), (0, 150, 0, 100)))
    photo = data("jpeg", jpeg("RGB", (45, 30), (180, 160, 20)))
    html = f"""<html><body>
<p>First page with two pictures.</p><img src="{alpha}"> <img src="{photo}">
<p style="break-before: page">Second page: words only.</p>
<p style="break-before: page">Third page: the first picture again.</p><img src="{alpha}">
</body></html>"""
    HTML(string=html).write_pdf(os.path.join(OUT, "images-weasyprint.pdf"))


reportlab()
weasyprint()
print("written to", OUT)
