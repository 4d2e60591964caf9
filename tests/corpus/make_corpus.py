#!/usr/bin/env python3
"""Writes the Office test corpus: real files made by the libraries people use
(python-docx, python-pptx, openpyxl, odfpy), and broken ones made from them.
Run it again after changing it: `pip install python-docx python-pptx openpyxl odfpy`
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
