#!/usr/bin/env python3
"""Writes the test corpus: real files made by the libraries people use
(python-docx, python-pptx, openpyxl, odfpy, xlwt, fpdf2, pypdf, Pillow and
Python's email package), and broken ones made from them.
Run it again after changing it:
`pip install python-docx python-pptx openpyxl odfpy xlwt fpdf2 pypdf pillow`
then `python3 tests/corpus/make_corpus.py`. The outputs are committed (small)."""

import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = os.path.join(HERE, "good")
BROKEN = os.path.join(HERE, "broken")
os.makedirs(GOOD, exist_ok=True)
os.makedirs(BROKEN, exist_ok=True)


def docx():
    from docx import Document
    d = Document()
    d.core_properties.title = "Data Processing Agreement"
    d.core_properties.author = "Legal Team"
    d.core_properties.keywords = "gdpr, processor"
    d.add_heading("Data Processing Agreement", level=1)
    d.add_paragraph("This agreement governs the processing of personal data.")
    d.add_heading("Obligations", level=2)
    d.add_paragraph("Keep records of processing", style="List Bullet")
    d.add_paragraph("Notify breaches within 72 hours", style="List Bullet")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Party", "Role"
    t.cell(1, 0).text, t.cell(1, 1).text = "Acme GmbH", "Processor"
    d.add_paragraph("Signed in Berlin & Paris.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def pptx():
    from pptx import Presentation
    p = Presentation()
    s1 = p.slides.add_slide(p.slide_layouts[1])
    s1.shapes.title.text = "Quarterly Review"
    s1.placeholders[1].text = "Revenue grew 12 percent"
    s1.notes_slide.notes_text_frame.text = "Mention the new office"
    s2 = p.slides.add_slide(p.slide_layouts[1])
    s2.shapes.title.text = "Next Steps"
    s2.placeholders[1].text = "Hire two engineers"
    buf = io.BytesIO()
    p.save(buf)
    return buf.getvalue()


def xlsx():
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws.append(["Item", "Cost"])
    ws.append(["Servers", 1200])
    ws.append(["Licences", 300])
    staff = wb.create_sheet("Staff")
    staff.append(["Name", "Team"])
    staff.append(["Ada", "Research"])
    wb.properties.title = "Budget 2026"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def odt():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf import dc
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text="Meeting Minutes"))
    doc.meta.addElement(dc.Creator(text="Board Secretary"))
    doc.text.addElement(H(outlinelevel=1, text="Meeting Minutes"))
    doc.text.addElement(P(text="The board approved the retention policy."))
    table = Table(name="Votes")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for row in (("Member", "Vote"), ("Grace", "Yes")):
        tr = TableRow()
        for value in row:
            tc = TableCell()
            tc.addElement(P(text=value))
            tr.addElement(tc)
        table.addElement(tr)
    doc.text.addElement(table)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def write(folder, name, data):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


good_docx = docx()
write(GOOD, "agreement.docx", good_docx)
write(GOOD, "review.pptx", pptx())
write(GOOD, "budget.xlsx", xlsx())
write(GOOD, "minutes.odt", odt())

# Broken: each name says what is wrong; tests expect a specific error.
write(BROKEN, "truncated.docx", good_docx[: len(good_docx) // 2])
write(BROKEN, "not-a-zip.docx", b"This is plain text pretending to be a Word file.\n")
write(BROKEN, "empty.docx", b"")
write(BROKEN, "no-document-part.docx", (lambda: (lambda b: (b, zipfile.ZipFile(b, "w").close()))(io.BytesIO()))()[0].getvalue())

bomb = io.BytesIO()
with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    with z.open("word/document.xml", "w", force_zip64=True) as f:
        zeros = b"\0" * (1 << 20)
        for _ in range(520):
            f.write(zeros)
write(BROKEN, "bomb-520mb.docx", bomb.getvalue())

laughs = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:body><w:p><w:r><w:t>Safe &amp; sound &lol9;</w:t></w:r></w:p></w:body></w:document>'
)
entity = io.BytesIO()
with zipfile.ZipFile(entity, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", laughs)
write(BROKEN, "entity-bomb.docx", entity.getvalue())
print("corpus written to", HERE)


def pdf_files():
    """PDFs made with fpdf2 (and pypdf for encryption): metadata, two
    columns, an image; broken: encrypted, truncated, not a PDF at all."""
    from fpdf import FPDF
    from PIL import Image
    from pypdf import PdfReader, PdfWriter

    pdf = FPDF()
    pdf.set_title("Annual Compliance Report")
    pdf.set_author("Audit Office")
    pdf.set_subject("Compliance")
    pdf.set_keywords("audit, gdpr")
    pdf.set_creator("make_corpus.py")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    left = "Left column begins here. " + "Controls were tested across all sites. " * 8 + "Left column ends."
    right = "Right column begins here. " + "No material weaknesses were found. " * 8 + "Right column ends."
    pdf.set_xy(10, 20)
    pdf.multi_cell(85, 6, left, align="L")
    pdf.set_xy(115, 20)
    pdf.multi_cell(85, 6, right, align="L")
    pdf.add_page()
    pdf.set_xy(10, 20)
    pdf.multi_cell(0, 6, "Second page: findings and the company logo below.")
    img = Image.new("RGB", (64, 32), (200, 30, 30))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    pdf.image(buf, x=10, y=40, w=32)
    good = bytes(pdf.output())
    write(GOOD, "report.pdf", good)

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(good)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    write(BROKEN, "encrypted.pdf", out.getvalue())
    write(BROKEN, "truncated.pdf", good[:400])
    write(BROKEN, "not-a-pdf.pdf", b"Just some words, no PDF structure at all.\n")


pdf_files()


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def page_image(lines, size=(2480, 1400), font_size=48):
    """A white page with black text, as a 300 dpi scan of it would look."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, font_size)
    y = 120
    for line in lines:
        draw.text((150, y), line, font=font, fill=0)
        y += int(font_size * 1.6)
    return img


def scans_and_images():
    """A PDF with no text layer (a scan), and photos of text in the image
    formats, one with EXIF; broken: a truncated PNG and a pixel bomb."""
    from PIL import Image

    scan = page_image([
        "SERVICE AGREEMENT",
        "This agreement is made between Acme GmbH",
        "and Example Limited on 12 March 2024.",
        "The supplier will deliver the audit report",
        "within thirty days of the request.",
    ])
    buf = io.BytesIO()
    scan.save(buf, format="PDF", resolution=300.0)
    write(GOOD, "scanned-contract.pdf", buf.getvalue())

    receipt = page_image(["RECEIPT 4711", "Coffee beans 12.50 EUR", "Thank you for shopping"], size=(1600, 600))
    buf = io.BytesIO()
    receipt.save(buf, format="PNG", dpi=(300, 300))
    png = buf.getvalue()
    write(GOOD, "receipt.png", png)

    exif = Image.Exif()
    exif[0x010F] = "Fairphone"  # Make
    exif[0x0110] = "FP4"  # Model
    exif[0x0132] = "2024:03:12 10:15:00"  # DateTime
    exif[0x013B] = "Ada Lovelace"  # Artist
    note = page_image(["Meeting notes", "Budget approved"], size=(1400, 500))
    buf = io.BytesIO()
    note.convert("RGB").save(buf, format="JPEG", quality=92, exif=exif, dpi=(300, 300))
    write(GOOD, "photo-notes.jpg", buf.getvalue())

    buf = io.BytesIO()
    page_image(["Invoice 2024-0042", "Total due 99.00 EUR"], size=(1400, 500)).save(
        buf, format="TIFF", compression="tiff_deflate", dpi=(300, 300))
    write(GOOD, "invoice.tiff", buf.getvalue())

    buf = io.BytesIO()
    page_image(["Shipping label", "Parcel for Berlin"], size=(1400, 500)).save(
        buf, format="WEBP", lossless=True)
    write(GOOD, "label.webp", buf.getvalue())

    write(BROKEN, "truncated.png", png[:60])
    bomb = io.BytesIO()
    Image.new("1", (12000, 12000), 1).save(bomb, format="PNG", optimize=True)
    write(BROKEN, "pixel-bomb.png", bomb.getvalue())


def rtf():
    doc = (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}"
        r"{\info{\title Notice of Termination}{\author Ada Lovelace}{\subject Contract}}"
        "\\pard\\b Notice of Termination\\b0\\par\n"
        r"We terminate the contract with M\'fcller AG as of 31 May 2024 \u8212- effective immediately.\par" "\n"
        r"\trowd\cellx3000\cellx6000\pard\intbl Item\cell Amount\cell\row"
        r"\trowd\cellx3000\cellx6000\pard\intbl Final invoice\cell 1200 EUR\cell\row"
        r"\pard Kind regards\par}"
    )
    write(GOOD, "termination.rtf", doc.encode("ascii"))
    write(BROKEN, "not-really.rtf", b"Plain words in a file named as RTF.\n")


def spreadsheets():
    import xlwt
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    from odf import meta, dc

    book = xlwt.Workbook()
    sheet = book.add_sheet("Ledger")
    for r, row in enumerate([["Account", "Amount"], ["Travel", 420.5], ["Hardware", 1999]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.add_sheet("Notes").write(0, 0, "Reviewed by the audit office")
    buf = io.BytesIO()
    book.save(buf)
    xls = buf.getvalue()
    write(GOOD, "ledger.xls", xls)
    write(BROKEN, "truncated.xls", xls[:1536])

    ods = OpenDocumentSpreadsheet()
    ods.meta.addElement(dc.Title(text="Inventory 2024"))
    ods.meta.addElement(meta.InitialCreator(text="Stores Team"))
    table = Table(name="Stock")
    for row in [["Item", "Count"], ["Laptops", 12], ["Monitors", 30]]:
        tr = TableRow()
        for value in row:
            # Typed cells, as LibreOffice writes them.
            if isinstance(value, str):
                cell = TableCell(valuetype="string")
            else:
                cell = TableCell(valuetype="float", value=value)
            cell.addElement(P(text=str(value)))
            tr.addElement(cell)
        table.addElement(tr)
    ods.spreadsheet.addElement(table)
    buf = io.BytesIO()
    ods.write(buf)
    write(GOOD, "inventory.ods", buf.getvalue())


def emails():
    from email.message import EmailMessage
    from email.utils import format_datetime
    from datetime import datetime, timezone

    inner = EmailMessage()
    inner["From"] = "Grace Hopper <grace@example.org>"
    inner["To"] = "ada@example.com"
    inner["Subject"] = "Original request"
    inner["Date"] = format_datetime(datetime(2024, 3, 10, 9, 0, tzinfo=timezone.utc))
    inner.set_content("Please send the signed agreement by Friday.\n")

    msg = EmailMessage()
    msg["From"] = "Ada Lovelace <ada@example.com>"
    msg["To"] = "Bob Smith <bob@example.net>, carol@example.net"
    msg["Cc"] = "legal@example.com"
    msg["Subject"] = "Signed agreement and budget"
    msg["Date"] = format_datetime(datetime(2024, 3, 12, 14, 30, tzinfo=timezone.utc))
    msg["Message-ID"] = "<agreement-4711@example.com>"
    msg.set_content("Hello Bob,\n\nattached are the signed agreement and the budget.\n\nAda\n")
    msg.add_alternative("<html><body><p>Hello Bob,</p><p>attached are the <b>signed agreement</b>.</p></body></html>", subtype="html")
    with open(os.path.join(GOOD, "agreement.docx"), "rb") as f:
        msg.add_attachment(f.read(), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename="agreement.docx")
    msg.add_attachment("name,amount\nTravel,420.50\n", subtype="csv", filename="budget.csv")
    msg.add_attachment(b"\x00\x01binary", maintype="application", subtype="octet-stream", filename="blob.bin")
    msg.add_attachment(inner)
    write(GOOD, "thread.eml", bytes(msg))
    write(BROKEN, "not-an-email.eml", b"Just a note saved with the wrong name; no headers.\n")


def pdf_table():
    """A PDF invoice with a ruled table between paragraphs."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Invoice 2024-0042")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Invoice 2024-0042 for services delivered in March.")
    pdf.ln(4)
    with pdf.table(col_widths=(60, 30, 30), text_align=("LEFT", "RIGHT", "RIGHT")) as table:
        for row in [("Service", "Hours", "Amount"), ("Audit preparation", "12", "1,440.00"),
                    ("Policy review", "5", "600.00"), ("Training", "3", "360.00")]:
            r = table.row()
            for cell in row:
                r.cell(cell)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Payment is due within thirty days of the invoice date.")
    write(GOOD, "invoice-table.pdf", bytes(pdf.output()))


LETTER = [
    "Dear Mr Smith,",
    "Thank you for the excellent meeting last week.",
    "Please contact Ada Lovelace at ada.lovelace@example.com",
    "or on +44 20 7946 0958 about the refund.",
    "The refund goes to IBAN DE89 3704 0044 0532 0130 00.",
    "Kind regards,",
    "Grace Hopper",
]


def letters():
    """A letter with personal data (names, an email address, a phone number,
    an IBAN) for redaction: as a two-page PDF with text (the address again
    on page 2), and as a scan of its first page (a page image, no text
    layer)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Refund")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.set_y(30)
    for line in LETTER:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_y(30)
    pdf.multi_cell(0, 8, "Second page: a copy goes to ada.lovelace@example.com "
                   "with the signed statement of accounts.")
    write(GOOD, "letter.pdf", bytes(pdf.output()))

    scan = page_image(LETTER, size=(2480, 1500))
    buf = io.BytesIO()
    scan.save(buf, format="PDF", resolution=300.0)
    write(GOOD, "scanned-letter.pdf", buf.getvalue())


scans_and_images()
pdf_table()
letters()
rtf()
spreadsheets()
emails()


def tex_accents():
    """A letter whose accents are drawn as TeX's classic fonts draw them:
    the plain letter and the accent alone on top of it (the accent drawn
    first in "Lumière", as TeX's \\accent does, after the letter in the
    others). poppler joins the two as the letter and a combining accent
    ("u" and U+0308), the decomposed spelling that search and word lists
    must still match."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Kündigung")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    lines = [
        ["Sehr geehrter Herr M", ("u", "\u00a8"), "ller,"],
        ["hiermit k", ("u", "\u00a8"), "ndigen wir den Vertrag mit dem Caf", ("e", "\u00b4"), " Lumi", ("`", "e"), "re."],
        ["Mit freundlichen Gr", ("u", "\u00a8"), "\u00dfen"],
    ]
    y = 30
    for parts in lines:
        x = 20
        for part in parts:
            if isinstance(part, tuple):
                first, second = part
                # (letter, accent) draws the letter first; (accent, letter)
                # the accent
                accent_first = first in "`\u00a8\u00b4"
                letter, accent = (second, first) if accent_first else (first, second)
                w = pdf.get_string_width(letter)
                at = x + (w - pdf.get_string_width(accent)) / 2
                for glyph, gx in ([(accent, at), (letter, x)] if accent_first else [(letter, x), (accent, at)]):
                    pdf.text(gx, y, glyph)
                x += w
            else:
                pdf.text(x, y, part)
                x += pdf.get_string_width(part)
        y += 8
    write(GOOD, "tex-accents.pdf", bytes(pdf.output()))


tex_accents()
