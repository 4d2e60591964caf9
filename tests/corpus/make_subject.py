#!/usr/bin/env python3
"""Writes tests/corpus/subject/: one person, Maren Oyelaran, planted in four
kinds of document a subject access request must find: a PDF with text, a
Word document, an email whose attachment (not its body) names her, and a
scanned page (an image, found through OCR); and two look-alikes that must
not be found (another Oyelaran, another Maren, her address at another
domain). Run it again after changing it (python-docx, fpdf2, Pillow):
`python3 tests/corpus/make_subject.py`. The outputs are committed."""

import io
import os
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "subject")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
os.makedirs(OUT, exist_ok=True)


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def pdf():
    from fpdf import FPDF

    doc = FPDF()
    doc.set_title("Claim 7781")
    doc.add_page()
    doc.set_font("Helvetica", size=12)
    for line in [
        "Insurance claim 7781",
        "Claimant: Maren Oyelaran",
        "Reported water damage in the kitchen on 2 May 2025.",
        "Contact: maren.oyelaran@kestrel-post.example",
        "The adjuster visits on Thursday.",
    ]:
        doc.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    write("claim.pdf", bytes(doc.output()))


def docx():
    from docx import Document

    d = Document()
    d.core_properties.title = "Witness statement"
    d.add_heading("Witness statement", level=1)
    d.add_paragraph("I saw the delivery van arrive at nine in the morning.")
    d.add_paragraph("Witness: Maren Oyelaran, telephone +44 20 7946 0321")
    d.add_paragraph("Signed in London.")
    buf = io.BytesIO()
    d.save(buf)
    write("statement.docx", buf.getvalue())


def email():
    msg = EmailMessage()
    msg["From"] = "Front desk <desk@harbour-lettings.example>"
    msg["To"] = "records@harbour-lettings.example"
    msg["Subject"] = "Forwarded: key handover note"
    msg["Date"] = format_datetime(datetime(2025, 5, 6, 10, 15, tzinfo=timezone.utc))
    msg.set_content("Hello,\n\nthe note from this morning is attached.\n\nDesk\n")
    msg.add_attachment(
        "Key handover\nKeys for flat 4 were collected by Maren Oyelaran at 08:40.\n",
        subtype="plain", filename="handover.txt")
    write("forwarded.eml", bytes(msg))


def scan():
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (2200, 700), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 56)
    for i, line in enumerate([
        "TENANCY REFERENCE",
        "Tenant: Maren Oyelaran",
        "Rent was always paid on time.",
    ]):
        draw.text((150, 120 + i * 110), line, font=font, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    write("reference-scan.png", buf.getvalue())


def lookalikes():
    from fpdf import FPDF

    doc = FPDF()
    doc.add_page()
    doc.set_font("Helvetica", size=12)
    for line in [
        "Membership list",
        "Karen Oyelaran, Maren Oyelaranova and Maren Smith joined in May.",
        "Write to maren.oyelaran@other-post.example for the minutes.",
    ]:
        doc.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    write("lookalikes.pdf", bytes(doc.output()))


pdf()
docx()
email()
scan()
lookalikes()
