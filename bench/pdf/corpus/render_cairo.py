"""cairo's toy text API, laid out by hand: a poster with columns that
share no headings, cards, a sideways note and a letter. Runs under the
system Python (Debian's python3-cairo)."""
import cairo

W, H, M = 595, 842, 50


class Page:
    def __init__(self, ctx):
        self.c = ctx

    def font(self, size, bold=False):
        self.c.select_font_face("DejaVu Sans", cairo.FONT_SLANT_NORMAL,
                                cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
        self.c.set_font_size(size)

    def width(self, s):
        return self.c.text_extents(s).x_advance

    def text(self, x, y, s):
        self.c.move_to(x, y)
        self.c.show_text(s)

    def wrap(self, x, y, w, s, size=10, lead=13, bold=False):
        self.font(size, bold)
        line = ""
        for word in s.split():
            trial = (line + " " + word).strip()
            if self.width(trial) > w and line:
                self.text(x, y, line)
                y += lead
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line)
            y += lead
        return y


def blocks(p, bl, x, y, w, tail):
    for b in bl:
        kind = b[0]
        if kind == "h":
            y = p.wrap(x, y + 4, w, b[1], 13, 17, True) + 2
        elif kind == "p":
            y = p.wrap(x, y, w, b[1]) + 6
        elif kind == "right":
            p.font(10)
            for s in b[1]:
                p.text(x + w - p.width(s), y, s)
                y += 13
            y += 12
        elif kind == "left":
            p.font(10)
            for s in b[1]:
                p.text(x, y, s)
                y += 13
            y += 12
        elif kind == "list":
            for s in b[1]:
                p.font(10)
                p.text(x + 4, y, "\u2022")
                y = p.wrap(x + 16, y, w - 16, s)
            y += 6
        elif kind == "cols":
            n = len(b[1])
            cw = (w - (n - 1) * 18) / n
            ends = [blocks(p, col, x + i * (cw + 18), y, cw, tail) for i, col in enumerate(b[1])]
            y = max(ends)
        elif kind == "cards":
            cw = (w - 2 * 14) / 3
            for r in range(0, len(b[1]), 3):
                ends = []
                for i, (t, s) in enumerate(b[1][r:r + 3]):
                    cx = x + i * (cw + 14)
                    yy = p.wrap(cx + 8, y + 18, cw - 16, t, 12, 15, True)
                    ends.append(p.wrap(cx + 8, yy + 2, cw - 16, s, 9.5, 12))
                bottom = max(ends) + 4
                for i in range(len(b[1][r:r + 3])):
                    p.c.rectangle(x + i * (cw + 14), y, cw, bottom - y)
                p.c.stroke()
                y = bottom + 14
        elif kind in ("note", "side"):
            tail.append(b)
        else:
            raise ValueError(kind)
    return y


def build(doc, path):
    surface = cairo.PDFSurface(path, W, H)
    c = cairo.Context(surface)
    p = Page(c)
    for page in doc["pages"]:
        tail = []
        blocks(p, page, M, M + 20, W - 2 * M, tail)
        for b in tail:
            if b[0] == "note":
                p.wrap(M, H - M, W - 2 * M, b[1], 8, 10)
            else:
                c.save()
                c.translate(W - 22, 150)
                c.rotate(1.5707963)
                p.font(9)
                p.text(0, 0, b[1])
                c.restore()
        c.show_page()
    surface.finish()
