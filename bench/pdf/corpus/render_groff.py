"""groff -ms source (with tbl, footnotes, two columns) for groff -Tpdf."""


def esc(s):
    s = s.replace("\\", "\\e")
    # A line starting with . or ' would be a request.
    return ("\\&" + s) if s[:1] in ".'" else s


def block(b, out):
    kind = b[0]
    if kind == "h":
        out += [".SH", esc(b[1])]
    elif kind == "p":
        out += [".PP", esc(b[1])]
    elif kind == "right":
        out += [".LP", ".nf", f".rj {len(b[1])}"] + [esc(x) for x in b[1]] + [".fi", ".sp"]
    elif kind == "left":
        out += [".LP", ".nf"] + [esc(x) for x in b[1]] + [".fi", ".sp"]
    elif kind == "list":
        for x in b[1]:
            out += [".IP \\(bu 2", esc(x)]
        out += [".LP"]
    elif kind == "table":
        rows = b[1]
        # A description column of long cells gets a width to wrap in.
        wide = len(rows[0]) > 2 and any(len(r[1]) > 30 for r in rows)
        fmt = (" ".join(["l", "lw(2.6i)"] + ["n"] * (len(rows[0]) - 2)) if wide
               else " ".join(["l"] + ["n"] * (len(rows[0]) - 1))) + "."
        # A table longer than a page needs tbl's H form to break.
        out += [".TS H", "allbox tab(|);", " ".join(["lb"] * len(rows[0])), fmt]
        out += ["|".join(esc(c) for c in rows[0]), ".TH"]
        for row in rows[1:]:
            cells = [("T{\n" + esc(c) + "\nT}") if wide and j == 1 and len(c) > 30 else esc(c)
                     for j, c in enumerate(row)]
            out.append("|".join(cells))
        out += [".TE"]
    elif kind == "cols":
        out += [".2C" if len(b[1]) == 2 else ".MC 1.9i 0.25i"]
        for col in b[1]:
            for x in col:
                block(x, out)
        out += [".1C"]
    elif kind == "note":
        out += [".FS", esc(b[1]), ".FE"]
    else:
        raise ValueError(kind)


def render(doc, lang):
    out = [".nr PS 11", ".nr VS 13", ".nr HM 1i", ".nr FM 1i"]
    if lang == "de":
        out += [".hla de", ".hpf hyphen.den"]
    elif lang == "fr":
        out += [".hla fr", ".hpf hyphen.fr"]
    out += [f'.ds CH {esc(doc.get("header", ""))}', f'.ds CF {esc(doc.get("footer", ""))}']
    for i, page in enumerate(doc["pages"]):
        if i:
            out.append(".bp")
        for b in page:
            block(b, out)
    return "\n".join(out) + "\n"
