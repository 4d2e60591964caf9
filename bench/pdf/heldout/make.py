#!/usr/bin/env python3
"""Writes the held-out PDF corpus: documents from ./docs.py (texts, tables
and layouts the extractor was not tuned on), made by the corpus's producers
with other page sizes, fonts, margins and table rules, and by two producers
the corpus lacks (fpdf2; enscript with Ghostscript's ps2pdf). Same files as
the corpus (NAME.pdf, NAME.txt, NAME.tables.json; truth written by the
corpus's content.truth_text/truth_tables), so bench/pdf-truth.sh scores it.
Usage: make.py OUT_DIR [PRODUCER...]"""
import csv
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(1, os.path.join(os.path.dirname(here), "corpus"))
import content  # noqa: E402  (the corpus's truth writers)
import render_html  # noqa: E402

# --set 2: the second held-out set (docs2.py), written after the first
# had been used to change the extractor.
SET2 = "--set" in sys.argv and sys.argv[sys.argv.index("--set") + 1] == "2"
if "--set" in sys.argv:
    at = sys.argv.index("--set")
    del sys.argv[at:at + 2]
docs = __import__("docs2" if SET2 else "docs")

LANG = {"letter-de2": "de", "bericht-de": "de", "preisliste-de": "de",
        "facture-fr": "fr", "newsletter-fr": "fr", "formulaire-fr": "fr",
        "protokoll-de": "de", "mitglieder-de": "de", "programme-fr": "fr"}
ALL = list(docs.DOCS)
NO_TABLE = ["letter-de2", "newsletter-3col", "newsletter-fr", "services-cards",
            "sidebar-note", "essay-en"]
PRODUCERS = {
    "chromium": ALL,
    "weasyprint": ALL,
    "reportlab": ALL,
    "libreoffice": ["memo-en", "letter-de2", "facture-fr", "small-tables", "bericht-de",
                    "timetable", "preisliste-de", "directory"],
    "groff": ["memo-en", "letter-de2", "facture-fr", "newsletter-3col", "newsletter-fr",
              "small-tables", "bericht-de", "timetable", "preisliste-de", "directory",
              "essay-en"],
    "cairo": NO_TABLE,
    "fpdf": ["memo-en", "letter-de2", "facture-fr", "newsletter-fr", "small-tables",
             "bericht-de", "timetable", "preisliste-de", "directory", "essay-en"],
    "enscript": ["memo-en", "letter-de2", "directory", "timetable", "essay-en", "bericht-de"],
}
if SET2:
    ALL = list(docs.DOCS)
    TABLES = ["order-confirmation", "protokoll-de", "programme-fr", "mitglieder-de"]
    PRODUCERS = {
        "chromium": ALL, "weasyprint": ALL, "reportlab": ALL,
        "libreoffice": TABLES,
        "groff": TABLES + ["bulletin-2col"],
        "cairo": ["bulletin-2col", "price-cards"],
        "fpdf": TABLES + ["bulletin-2col"],
        "enscript": TABLES,
    }
    SHEETS = {"sheet-members": docs.MEMBERS[:12]}
else:
    SHEETS = {"sheet-timetable": docs.TABLE_SCHEDULE,
              "sheet-directory": docs.TABLE_STAFF}

# Another look for the HTML producers: US Letter, a sans-serif face at
# 10pt, a narrow gutter, tables ruled only between rows.
render_html.CSS = """
@page { size: letter; margin: 16mm 18mm; %(margin_boxes)s }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.3; }
p { margin: 0 0 6pt 0; text-align: left; %(hyphens)s }
h2 { font-size: 12pt; margin: 8pt 0 5pt 0; }
.page { position: relative; }
.break { break-after: page; page-break-after: always; }
.right { text-align: right; margin-bottom: 10pt; }
.left { margin-bottom: 10pt; }
.cols { display: grid; column-gap: %(gap)s; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 10pt; }
.card { border: 1px solid #aaa; padding: 6pt; background: #f4f4f4; }
.card h2 { margin-top: 0; }
table { border-collapse: collapse; margin: 6pt 0 10pt 0; }
td, th { border-bottom: 1px solid #999; padding: 2pt 8pt 2pt 0; vertical-align: top; text-align: left; }
th { border-bottom: 2px solid #333; }
tr.total td { font-weight: bold; border-top: 2px solid #333; }
.num { text-align: right; }
.comb { display: inline-block; width: 12pt; height: 15pt; border: 1px solid #333;
        text-align: center; margin-right: 1pt; font-family: 'DejaVu Sans Mono', monospace; }
.field { margin: 5pt 0; }
.label { display: inline-block; width: 90pt; }
.note { font-size: 8pt; border-top: 1px solid #888; padding-top: 2pt; margin-top: 16pt; }
.side { position: absolute; left: 500pt; top: 60pt; transform-origin: left top;
        transform: rotate(90deg); font-size: 9pt; white-space: nowrap; }
"""
GAP = "16pt"
if SET2:
    # Set 2: A5 pages, a serif face at 9pt, every cell ruled.
    render_html.CSS = (render_html.CSS.replace("size: letter", "size: A5")
                       .replace("'DejaVu Sans', sans-serif; font-size: 10pt",
                                "'DejaVu Serif', serif; font-size: 9pt")
                       .replace("td, th { border-bottom: 1px solid #999; padding: 2pt 8pt 2pt 0;",
                                "td, th { border: 1px solid #777; padding: 2pt 4pt;"))
    GAP = "12pt"


def truth(out, name, doc):
    with open(os.path.join(out, name + ".txt"), "w") as f:
        f.write(content.truth_text(doc))
    with open(os.path.join(out, name + ".tables.json"), "w") as f:
        json.dump(content.truth_tables(doc), f, ensure_ascii=False, indent=1)


def html(name, **kw):
    doc = docs.DOCS[name]
    # Total rows here are "Total TTC": the corpus's renderer bolds those
    # starting "Total"/"Summe" only, which is fine either way.
    return render_html.render(doc, LANG.get(name, "en"), gap=GAP, **kw)


def chromium(out, names, tmp):
    for name in names:
        src = os.path.join(tmp, f"chromium-{name}.html")
        with open(src, "w") as f:
            f.write(html(name))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                        f"--print-to-pdf={os.path.join(out, f'chromium-{name}.pdf')}", src],
                       check=True, capture_output=True)
        truth(out, f"chromium-{name}", docs.DOCS[name])


def weasyprint(out, names, tmp):
    import weasyprint as wp
    for name in names:
        wp.HTML(string=html(name, hyphens_css=True)).write_pdf(
            os.path.join(out, f"weasyprint-{name}.pdf"))
        truth(out, f"weasyprint-{name}", docs.DOCS[name])


def reportlab(out, names, tmp):
    import render_reportlab
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.pagesizes import A5
    render_reportlab.A4 = A5 if SET2 else LETTER  # the page size and the column widths
    for name in names:
        render_reportlab.build(docs.DOCS[name], LANG.get(name, "en"),
                               os.path.join(out, f"reportlab-{name}.pdf"))
        truth(out, f"reportlab-{name}", docs.DOCS[name])


def soffice(args, cwd):
    profile = "file://" + os.path.join(cwd, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", *args],
                   check=True, capture_output=True, cwd=cwd)


def libreoffice(out, names, tmp):
    for name in names:
        with open(os.path.join(tmp, f"libreoffice-{name}.html"), "w") as f:
            f.write(html(name, lib=True))
    odt = [f"libreoffice-{n}.html" for i, n in enumerate(names) if i % 2 == 0]
    docx = [f"libreoffice-{n}.html" for i, n in enumerate(names) if i % 2 == 1]
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", *docx], tmp)
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "odt", *odt], tmp)
    sheets = []
    for name, rows in SHEETS.items():
        with open(os.path.join(tmp, f"libreoffice-{name}.csv"), "w", newline="") as f:
            csv.writer(f).writerows(rows)
        sheets.append(f"libreoffice-{name}.csv")
    # Every column as text: Calc would read "06:10" as a time and print
    # "06:10:00 AM".
    text = "/".join(f"{c}/2" for c in range(1, 9))
    soffice([f"--infilter=CSV:44,34,76,1,{text},1033", "--convert-to", "ods", *sheets], tmp)
    made = ([d.replace(".html", ".docx") for d in docx] + [d.replace(".html", ".odt") for d in odt]
            + [s.replace(".csv", ".ods") for s in sheets])
    soffice(["--convert-to", "pdf", "--outdir", out, *made], tmp)
    for name in names:
        truth(out, f"libreoffice-{name}", docs.DOCS[name])
    for name, rows in SHEETS.items():
        truth(out, f"libreoffice-{name}", {"pages": [[("table", rows)]]})


def groff(out, names, tmp):
    from render_groff import render
    for name in names:
        src = os.path.join(tmp, f"groff-{name}.ms")
        # Helvetica at 10 on 12 points, US Letter, narrower margins.
        text = render(docs.DOCS[name], LANG.get(name, "en"))
        text = text.replace(".nr PS 11\n.nr VS 13\n.nr HM 1i\n.nr FM 1i\n",
                            ".nr PS 10\n.nr VS 12\n.nr HM 0.8i\n.nr FM 0.8i\n"
                            ".nr PO 0.9i\n.nr LL 6.7i\n.fam H\n.ds FAM H\n")
        with open(src, "w") as f:
            f.write(text)
        with open(os.path.join(out, f"groff-{name}.pdf"), "wb") as pdf:
            subprocess.run(["groff", "-k", "-t", "-ms", "-Tpdf", "-dpaper=letter", "-P-pletter",
                            src], check=True, stdout=pdf, stderr=subprocess.DEVNULL)
        truth(out, f"groff-{name}", docs.DOCS[name])


def cairo(out, names, tmp):
    # Debian's python3-cairo belongs to the system Python; US Letter,
    # narrower margins.
    size = "420, 595, 30" if SET2 else "612, 792, 40"
    code = (f"import sys; sys.path[:0] = [{here!r}, {os.path.join(os.path.dirname(here), 'corpus')!r}];"
            f"import {docs.__name__} as docs, render_cairo;"
            f"render_cairo.W, render_cairo.H, render_cairo.M = {size};"
            f"[render_cairo.build(docs.DOCS[n], {out!r} + '/cairo-' + n + '.pdf') for n in {names!r}]")
    subprocess.run(["/usr/bin/python3", "-c", code], check=True)
    for name in names:
        truth(out, f"cairo-{name}", docs.DOCS[name])


def fpdf(out, names, tmp):
    from render_fpdf import build
    for name in names:
        build(docs.DOCS[name], os.path.join(out, f"fpdf-{name}.pdf"))
        truth(out, f"fpdf-{name}", docs.DOCS[name])


def enscript(out, names, tmp):
    from render_text import render
    for name in names:
        src = os.path.join(tmp, f"{name}.txt")
        ps = os.path.join(tmp, f"{name}.ps")
        text = render(docs.DOCS[name])
        with open(src, "w", encoding="latin-1") as f:
            f.write(text)
        # A line longer than the page holds would wrap: a smaller face.
        font = "Courier10" if max(map(len, text.splitlines())) <= 78 else "Courier8"
        subprocess.run(["enscript", "-B", "-q", "-X", "latin1", "-f", font,
                        "-M", "A4", "-o", ps, src], check=True)
        subprocess.run(["ps2pdf", ps, os.path.join(out, f"enscript-{name}.pdf")], check=True)
        truth(out, f"enscript-{name}", docs.DOCS[name])


def main():
    out = os.path.abspath(sys.argv[1])
    os.makedirs(out, exist_ok=True)
    for producer in sys.argv[2:] or list(PRODUCERS):
        with tempfile.TemporaryDirectory() as tmp:
            globals()[producer](out, PRODUCERS[producer], tmp)
        print(f"{producer}: {len(PRODUCERS[producer])} documents", file=sys.stderr)


main()
