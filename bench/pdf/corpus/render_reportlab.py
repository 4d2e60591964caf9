"""ReportLab (platypus) rendering: hyphenated paragraphs, layout tables for
columns and cards, drawn comb boxes, rotated text and running headers."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (Flowable, ListFlowable, ListItem, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)
from xml.sax.saxutils import escape

LANGS = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR"}


class Comb(Flowable):
    def __init__(self, label, value):
        super().__init__()
        self.label, self.value = label, value
        self.width, self.height = 400, 22

    def draw(self):
        c = self.canv
        c.setFont("Helvetica", 10)
        c.drawString(0, 6, self.label)
        for i, ch in enumerate(self.value):
            x = 120 + i * 18
            c.rect(x, 0, 16, 20)
            c.setFont("Courier", 12)
            c.drawCentredString(x + 8, 6, ch)


def build(doc, lang, path):
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14,
                          alignment=TA_JUSTIFY, spaceAfter=7,
                          hyphenationLang=LANGS[lang], embeddedHyphenation=1, uriWasteReduce=0.3)
    narrow = ParagraphStyle("narrow", parent=body, fontSize=10, leading=12.5)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=13, leading=16,
                          spaceBefore=4, spaceAfter=6)
    right = ParagraphStyle("right", fontName="Helvetica", fontSize=10.5, leading=13, alignment=TA_RIGHT)
    left = ParagraphStyle("left", fontName="Helvetica", fontSize=10.5, leading=13)
    small = ParagraphStyle("small", fontName="Times-Roman", fontSize=8.5, leading=10)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=11.5)
    sides = {}

    def flow(b, p_style=body):
        kind = b[0]
        if kind == "h":
            return [Paragraph(escape(b[1]), head)]
        if kind == "p":
            return [Paragraph(escape(b[1]), p_style)]
        if kind in ("right", "left"):
            return [Paragraph(escape(x), right if kind == "right" else left) for x in b[1]] + [Spacer(1, 14)]
        if kind == "list":
            return [ListFlowable([ListItem(Paragraph(escape(x), body)) for x in b[1]],
                                 bulletType="bullet", start="\u2022", leftIndent=14)]
        if kind == "table":
            rows = b[1]
            # The second column's cells, and those of any column with a
            # long cell, wrap as paragraphs.
            wrap = {1} | {j for j in range(len(rows[0])) if any(len(r[j]) > 30 for r in rows)}
            data = [[Paragraph(escape(c), cell) if j in wrap and i > 0 else c
                     for j, c in enumerate(row)] for i, row in enumerate(rows)]
            widths = [60, 230, 60, 90] if len(rows[0]) == 4 and rows[0][1] == "Description" else None
            t = Table(data, colWidths=widths, repeatRows=0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                     ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                     ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("ALIGN", (2, 1), (-1, -1), "RIGHT")]
            if rows[-1][0] in ("Total", "Summe"):
                style.append(("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9.5))
            t.setStyle(TableStyle(style))
            return [t, Spacer(1, 10)]
        if kind == "cols":
            n = len(b[1])
            cells = [[sum((flow(x, narrow) for x in col), []) for col in b[1]]]
            t = Table(cells, colWidths=[(A4[0] - 40 * mm) / n] * n)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
            return [t]
        if kind == "cards":
            cards = [[Paragraph(escape(t), head), Paragraph(escape(x), cell)] for t, x in b[1]]
            grid = [cards[i:i + 3] for i in range(0, len(cards), 3)]
            t = Table(grid, colWidths=[(A4[0] - 40 * mm) / 3] * 3)
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.grey),
                                   ("INNERGRID", (0, 0), (-1, -1), 0.8, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 8),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            return [t]
        if kind == "form":
            return [Comb(label, value) for label, value in b[1]] + [Spacer(1, 10)]
        if kind == "note":
            return [Spacer(1, 16), Paragraph(escape(b[1]), small)]
        if kind == "side":
            return []
        raise ValueError(kind)

    story = []
    for i, page in enumerate(doc["pages"]):
        if i:
            story.append(PageBreak())
        for b in page:
            if b[0] == "side":
                sides[i + 1] = b[1]
            story.extend(flow(b))

    def on_page(c, d):
        c.saveState()
        if doc.get("header"):
            c.setFont("Helvetica", 8.5)
            c.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, doc["header"])
        if doc.get("footer"):
            c.setFont("Helvetica", 8.5)
            c.drawString(20 * mm, 10 * mm, doc["footer"])
            c.drawRightString(A4[0] - 20 * mm, 10 * mm, str(d.page))
        if d.page in sides:
            c.setFont("Helvetica", 9)
            c.translate(A4[0] - 10 * mm, 60 * mm)
            c.rotate(90)
            c.drawString(0, 0, sides[d.page])
        c.restoreState()

    SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm,
                      title="corpus").build(story, onFirstPage=on_page, onLaterPages=on_page)
