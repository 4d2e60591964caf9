"""Plain text for enscript (then ps2pdf, Ghostscript): a monospaced page
with paragraphs wrapped at WIDTH, right-aligned blocks padded with spaces
and tables as columns of spaces."""
import textwrap

WIDTH = 78


def block(b, out, tail):
    kind = b[0]
    if kind == "h":
        out += [b[1].upper() if False else b[1], "=" * len(b[1]), ""]
    elif kind == "p":
        out += textwrap.wrap(b[1], WIDTH) + [""]
    elif kind == "right":
        out += [s.rjust(WIDTH) for s in b[1]] + [""]
    elif kind == "left":
        out += list(b[1]) + [""]
    elif kind == "list":
        for s in b[1]:
            out += textwrap.wrap(s, WIDTH - 4, initial_indent="  * ", subsequent_indent="    ")
        out += [""]
    elif kind == "table":
        rows = b[1]
        widths = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
        for i, r in enumerate(rows):
            out.append("   ".join(c.ljust(widths[j]) for j, c in enumerate(r)).rstrip())
            if i == 0:
                out.append("   ".join("-" * n for n in widths))
        out += [""]
    elif kind == "note":
        tail.append(b[1])
    else:
        raise ValueError(kind)


def render(doc):
    pages = []
    for page in doc["pages"]:
        out, tail = [], []
        for b in page:
            block(b, out, tail)
        pages.append("\n".join(out + [""] + ["-" * 20] + tail if tail else out))
    return "\f".join(pages) + "\n"
