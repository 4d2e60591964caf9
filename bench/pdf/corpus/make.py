#!/usr/bin/env python3
"""Writes the ground-truth corpus: for each producer and document,
PRODUCER-DOC.pdf beside PRODUCER-DOC.txt (the text put in, in reading
order, without running headers and footers) and PRODUCER-DOC.tables.json
(the tables put in, as rows of cells). Usage: make.py OUT_DIR PRODUCER...
(chromium weasyprint libreoffice groff reportlab cairo)."""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content  # noqa: E402

LANG = {"letter-de": "de", "three-columns-de": "de", "table-de": "de",
        "letter-fr": "fr", "list-fr": "fr"}

PRODUCERS = {
    "chromium": list(content.DOCS),
    "weasyprint": list(content.DOCS),
    "reportlab": list(content.DOCS),
    "libreoffice": ["letter-en", "letter-de", "invoice-table", "table-de", "list-fr",
                    "report-notes", "long-table"],
    "groff": ["letter-en", "letter-de", "letter-fr", "two-columns", "three-columns-de",
              "invoice-table", "table-de", "long-table", "report-notes", "list-fr",
              "hyphenated-narrow"],
    "cairo": ["letter-fr", "three-columns-unaligned", "cards", "rotated-note", "list-fr",
              "two-columns"],
}
SHY = {"hyphenated-narrow", "two-columns"}
# Spreadsheets: LibreOffice Calc prints these tables alone.
# Calc reads "12.400" as a number and shows 12.4: the sheets hold plain
# integers.
SHEETS = {"sheet-de": [[c.replace(".", "") for c in row] for row in content.TABLE_DE],
          "sheet-offices": content.LONG_TABLE[:20]}


def truth(out, name, doc):
    with open(os.path.join(out, name + ".txt"), "w") as f:
        f.write(content.truth_text(doc))
    with open(os.path.join(out, name + ".tables.json"), "w") as f:
        json.dump(content.truth_tables(doc), f, ensure_ascii=False, indent=1)


def chromium(out, names, tmp):
    import pyphen
    from render_html import render
    for name in names:
        lang = LANG.get(name, "en")
        dic = pyphen.Pyphen(lang={"en": "en_GB", "de": "de_DE", "fr": "fr_FR"}[lang])
        src = os.path.join(tmp, f"chromium-{name}.html")
        with open(src, "w") as f:
            # Chromium here has no hyphenation dictionaries: soft hyphens
            # break the long words of the narrow-column pages.
            shy = (lambda w: dic.inserted(w, "\u00ad")) if name in SHY else None
            f.write(render(content.DOCS[name], lang, shy=shy))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                        f"--print-to-pdf={os.path.join(out, f'chromium-{name}.pdf')}", src],
                       check=True, capture_output=True)
        truth(out, f"chromium-{name}", content.DOCS[name])


def weasyprint(out, names, tmp):
    import weasyprint as wp
    from render_html import render
    for name in names:
        html = render(content.DOCS[name], LANG.get(name, "en"), hyphens_css=True)
        wp.HTML(string=html).write_pdf(os.path.join(out, f"weasyprint-{name}.pdf"))
        truth(out, f"weasyprint-{name}", content.DOCS[name])


def reportlab(out, names, tmp):
    from render_reportlab import build
    for name in names:
        build(content.DOCS[name], LANG.get(name, "en"), os.path.join(out, f"reportlab-{name}.pdf"))
        truth(out, f"reportlab-{name}", content.DOCS[name])


def soffice(args, cwd):
    # A private profile: no clash with another LibreOffice running.
    profile = "file://" + os.path.join(cwd, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", *args],
                   check=True, capture_output=True, cwd=cwd)


def libreoffice(out, names, tmp):
    from render_html import render
    # HTML -> DOCX (odd documents: ODT) -> PDF, so the PDF is Writer's
    # export of a word-processor file.
    for i, name in enumerate(names):
        with open(os.path.join(tmp, f"libreoffice-{name}.html"), "w") as f:
            f.write(render(content.DOCS[name], LANG.get(name, "en"), lib=True))
    docx = [f"libreoffice-{n}.html" for i, n in enumerate(names) if i % 2 == 0]
    odt = [f"libreoffice-{n}.html" for i, n in enumerate(names) if i % 2 == 1]
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", *docx], tmp)
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "odt", *odt], tmp)
    sheets = []
    for name, rows in SHEETS.items():
        with open(os.path.join(tmp, f"libreoffice-{name}.csv"), "w", newline="") as f:
            csv.writer(f).writerows(rows)
        sheets.append(f"libreoffice-{name}.csv")
    soffice(["--infilter=CSV:44,34,76,1,,1033", "--convert-to", "xlsx", *sheets], tmp)
    made = ([d.replace(".html", ".docx") for d in docx] + [d.replace(".html", ".odt") for d in odt]
            + [s.replace(".csv", ".xlsx") for s in sheets])
    soffice(["--convert-to", "pdf", "--outdir", out, *made], tmp)
    for name in names:
        truth(out, f"libreoffice-{name}", content.DOCS[name])
    for name, rows in SHEETS.items():
        truth(out, f"libreoffice-{name}", {"pages": [[("table", rows)]]})


def groff(out, names, tmp):
    from render_groff import render
    for name in names:
        src = os.path.join(tmp, f"groff-{name}.ms")
        with open(src, "w") as f:
            f.write(render(content.DOCS[name], LANG.get(name, "en")))
        with open(os.path.join(out, f"groff-{name}.pdf"), "wb") as pdf:
            subprocess.run(["groff", "-k", "-t", "-ms", "-Tpdf", "-P-pa4", src], check=True,
                           stdout=pdf, stderr=subprocess.DEVNULL)
        truth(out, f"groff-{name}", content.DOCS[name])


def cairo(out, names, tmp):
    # Debian's python3-cairo belongs to the system Python.
    code = ("import sys; sys.path.insert(0, %r); import content, render_cairo;"
            "[render_cairo.build(content.DOCS[n], %r + '/cairo-' + n + '.pdf') for n in %r]"
            % (os.path.dirname(os.path.abspath(__file__)), out, names))
    subprocess.run(["/usr/bin/python3", "-c", code], check=True)
    for name in names:
        truth(out, f"cairo-{name}", content.DOCS[name])


def main():
    out = os.path.abspath(sys.argv[1])
    os.makedirs(out, exist_ok=True)
    for producer in sys.argv[2:] or list(PRODUCERS):
        with tempfile.TemporaryDirectory() as tmp:
            globals()[producer](out, PRODUCERS[producer], tmp)
        print(f"{producer}: {len(PRODUCERS[producer])} documents", file=sys.stderr)


main()
