"""fpdf2 rendering (US Letter, DejaVu Sans): its own line breaking, tables
with fpdf2's table API (wrapped cells, ruled), columns laid out by hand."""
import datetime

from fpdf import FPDF
from fpdf.fonts import FontFace

FONTS = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def __init__(self, doc):
        super().__init__(format="letter", unit="pt")
        self.doc = doc
        self.add_font("DejaVu", "", FONTS + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONTS + "DejaVuSans-Bold.ttf")
        self.set_margins(54, 60, 54)
        self.set_auto_page_break(True, 64)

    def header(self):
        if self.doc.get("header"):
            self.set_font("DejaVu", "", 8)
            self.set_y(28)
            self.cell(0, 10, self.doc["header"], align="C")
            self.set_y(60)

    def footer(self):
        if self.doc.get("footer"):
            self.set_font("DejaVu", "", 8)
            self.set_y(-40)
            self.cell(0, 10, self.doc["footer"], align="L")
            self.set_y(-40)
            self.cell(0, 10, str(self.page_no()), align="R")


def blocks(pdf, bl, x, w, notes):
    for b in bl:
        kind = b[0]
        pdf.set_x(x)
        if kind == "h":
            pdf.set_font("DejaVu", "B", 12.5)
            pdf.multi_cell(w, 16, b[1], new_x="LEFT", new_y="NEXT")
            pdf.ln(4)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(w, 13.5, b[1], align="J", new_x="LEFT", new_y="NEXT")
            pdf.ln(6)
        elif kind in ("right", "left"):
            pdf.set_font("DejaVu", "", 10)
            for s in b[1]:
                pdf.set_x(x)
                pdf.cell(w, 13, s, align="R" if kind == "right" else "L", new_x="LEFT", new_y="NEXT")
            pdf.ln(12)
        elif kind == "list":
            pdf.set_font("DejaVu", "", 10)
            for s in b[1]:
                pdf.set_x(x + 6)
                pdf.cell(12, 13.5, "\u2022")
                pdf.multi_cell(w - 18, 13.5, s, new_x="LEFT", new_y="NEXT")
            pdf.ln(6)
        elif kind == "table":
            rows = b[1]
            pdf.set_font("DejaVu", "", 9)
            long_col = max(range(len(rows[0])), key=lambda j: max(len(r[j]) for r in rows))
            widths = [3 if j == long_col else 1 for j in range(len(rows[0]))]
            with pdf.table(width=w, col_widths=widths, line_height=12, padding=3,
                           headings_style=FontFace(emphasis="BOLD"), text_align="LEFT") as t:
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(10)
        elif kind == "cols":
            n = len(b[1])
            cw = (w - (n - 1) * 20) / n
            top, ends = pdf.get_y(), []
            for i, col in enumerate(b[1]):
                pdf.set_y(top)
                blocks(pdf, col, x + i * (cw + 20), cw, notes)
                ends.append(pdf.get_y())
            pdf.set_y(max(ends))
        elif kind == "note":
            notes.append(b[1])
        else:
            raise ValueError(kind)


def build(doc, path):
    pdf = Doc(doc)
    pdf.set_creation_date(datetime.datetime(2025, 6, 1, tzinfo=datetime.timezone.utc))
    for page in doc["pages"]:
        pdf.add_page()
        notes = []
        blocks(pdf, page, 54, pdf.w - 108, notes)
        for s in notes:
            pdf.set_font("DejaVu", "", 8)
            pdf.set_y(pdf.h - 90)
            pdf.multi_cell(pdf.w - 108, 10, s)
    pdf.output(path)
