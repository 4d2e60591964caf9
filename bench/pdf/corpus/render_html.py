"""HTML for Chromium, WeasyPrint and LibreOffice (via DOCX/ODT)."""
import html

CSS = """
@page { size: A4; margin: 22mm 20mm; %(margin_boxes)s }
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.35; }
p { margin: 0 0 8pt 0; text-align: justify; %(hyphens)s }
h1 { font-size: 15pt; margin: 0 0 10pt 0; }
h2 { font-size: 12.5pt; margin: 6pt 0 6pt 0; }
.page { position: relative; }
.break { break-after: page; page-break-after: always; }
.right { text-align: right; margin-bottom: 14pt; }
.left { margin-bottom: 14pt; }
.cols { display: grid; column-gap: %(gap)s; }
.cards { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 14pt; }
.card { border: 1px solid #888; padding: 8pt; }
.card h2 { margin-top: 0; }
.card p { text-align: left; }
table { border-collapse: collapse; margin: 8pt 0 12pt 0; width: 100%%; }
td, th { border: 1px solid #555; padding: 3pt 5pt; vertical-align: top; text-align: left; }
tr.total td { font-weight: bold; }
.num { text-align: right; }
.comb { display: inline-block; width: 14pt; height: 16pt; border: 1px solid #333;
        text-align: center; margin-right: 2pt; font-family: 'DejaVu Sans Mono', monospace; }
.field { margin: 6pt 0; }
.label { display: inline-block; width: 110pt; }
.note { font-size: 8.5pt; border-top: 1px solid #888; padding-top: 3pt; margin-top: 20pt; }
.side { position: absolute; left: 470pt; top: 90pt; transform-origin: left top;
        transform: rotate(90deg); font-size: 10pt; white-space: nowrap; }
"""


def esc(s, shy):
    s = html.escape(s)
    if shy is None:
        return s
    # Soft hyphens in long words, for producers without hyphenation.
    return " ".join(shy(w) if len(w) >= 9 and "-" not in w else w for w in s.split(" "))


def block(b, shy, lib):
    kind = b[0]
    if kind == "h":
        return f"<h2>{esc(b[1], None)}</h2>"
    if kind == "p":
        return f"<p>{esc(b[1], shy)}</p>"
    if kind in ("right", "left"):
        if lib:
            return "".join(f'<p align="{kind}" style="margin:0">{esc(x, None)}</p>' for x in b[1]) + "<p></p>"
        return f'<div class="{kind}">' + "<br>".join(esc(x, None) for x in b[1]) + "</div>"
    if kind == "list":
        return "<ul>" + "".join(f"<li>{esc(x, None)}</li>" for x in b[1]) + "</ul>"
    if kind == "table":
        rows = b[1]
        out = ["<table>"]
        for i, row in enumerate(rows):
            cls = ' class="total"' if i == len(rows) - 1 and row[0] in ("Total", "Summe") else ""
            tag = "th" if i == 0 else "td"
            cells = "".join(
                f'<{tag}{" class=num" if j >= 2 and i > 0 else ""}>{esc(c, None)}</{tag}>'
                for j, c in enumerate(row))
            out.append(f"<tr{cls}>{cells}</tr>")
        return "".join(out) + "</table>"
    if kind == "cols":
        n = len(b[1])
        inner = "".join("<div>" + "".join(block(x, shy, lib) for x in col) + "</div>" for col in b[1])
        return f'<div class="cols" style="grid-template-columns: repeat({n}, 1fr)">{inner}</div>'
    if kind == "cards":
        return '<div class="cards">' + "".join(
            f'<div class="card"><h2>{esc(t, None)}</h2><p>{esc(x, None)}</p></div>' for t, x in b[1]) + "</div>"
    if kind == "form":
        return "".join(
            f'<div class="field"><span class="label">{esc(label, None)}</span>'
            + "".join(f'<span class="comb">{esc(ch, None)}</span>' for ch in value) + "</div>"
            for label, value in b[1])
    if kind == "note":
        return f'<div class="note">{esc(b[1], None)}</div>'
    if kind == "side":
        return f'<div class="side">{esc(b[1], None)}</div>'
    raise ValueError(kind)


def render(doc, lang, *, hyphens_css=False, shy=None, lib=False, gap="24pt"):
    boxes = ""
    if doc.get("header"):
        boxes += "@top-center { content: '%s'; font-size: 9pt; }" % doc["header"]
    if doc.get("footer"):
        boxes += "@bottom-left { content: '%s'; font-size: 9pt; } " % doc["footer"]
        boxes += "@bottom-right { content: counter(page); font-size: 9pt; }"
    css = CSS % {"margin_boxes": boxes, "hyphens": "hyphens: auto;" if hyphens_css else "",
                 "gap": gap}
    pages = []
    for i, page in enumerate(doc["pages"]):
        last = i == len(doc["pages"]) - 1
        body = "".join(block(b, shy, lib) for b in page)
        if lib and i > 0:
            body = '<p style="page-break-before: always"></p>' + body
        pages.append(f'<div class="page{"" if last or lib else " break"}">{body}</div>')
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>corpus</title><style>{css}</style></head><body>{''.join(pages)}</body></html>")
