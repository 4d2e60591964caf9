#!/usr/bin/env python3
"""Writes an OCR-noised copy of a language set: the damage a poor scan does
to running text, deterministically (seeded per line from a hash of the
text, so a rerun gives the same file).

    python3 ocr_noise.py language_eu.tsv > language_eu_ocr.tsv

Per text, each applied at random with the rates below: letters confused as
OCR confuses them (rn->m, m->rn, l->1, I->l, O->0, o->0, e->c, cl->d, S->5,
B->8), accents lost (é->e, ż->z, ħ->h, ...), spaces lost between words or
inserted inside them, stray marks (. , ' | ~ ^) between or inside words, and
a word hyphenated across a line break ("exam- ple").
"""
import hashlib, random, sys, unicodedata

CONFUSE = [("rn", "m"), ("m", "rn"), ("l", "1"), ("I", "l"), ("O", "0"), ("o", "0"),
           ("e", "c"), ("cl", "d"), ("S", "5"), ("B", "8"), ("i", "í"), ("u", "ii")]
P_CONFUSE = 0.03  # per letter position where a confusion applies
P_ACCENT = 0.25   # per accented letter
P_JOIN = 0.08     # per space: lost
P_SPLIT = 0.03    # per word: a space inserted inside it
P_STRAY = 0.03    # per word: a stray mark
P_HYPHEN = 0.3    # per text: one word hyphenated


def strip_accent(c):
    base = unicodedata.normalize("NFD", c)[0]
    return base if base.isascii() else c


def noise(text, rnd):
    # Accents (Greek and Cyrillic letters have none to lose here).
    out = []
    for c in text:
        if not c.isascii() and c.isalpha() and rnd.random() < P_ACCENT:
            c = strip_accent(c)
        out.append(c)
    text = "".join(out)
    # Letter confusions, left to right.
    out, i = [], 0
    while i < len(text):
        for a, b in CONFUSE:
            if text.startswith(a, i) and rnd.random() < P_CONFUSE * len(a) / 2:
                out.append(b)
                i += len(a)
                break
        else:
            out.append(text[i])
            i += 1
    words = "".join(out).split(" ")
    # Spacing and stray marks.
    res = []
    for w in words:
        if len(w) > 5 and rnd.random() < P_SPLIT:
            k = rnd.randrange(2, len(w) - 2)
            w = w[:k] + " " + w[k:]
        if rnd.random() < P_STRAY:
            mark = rnd.choice(".,'|~^")
            w = w + mark if rnd.random() < 0.5 else mark + w
        res.append(w)
    if rnd.random() < P_HYPHEN:
        long = [j for j, w in enumerate(res) if len(w) >= 8]
        if long:
            j = rnd.choice(long)
            k = len(res[j]) // 2
            res[j] = res[j][:k] + "- " + res[j][k:]
    text = res[0]
    for w in res[1:]:
        text += ("" if rnd.random() < P_JOIN else " ") + w
    return text


def main():
    lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
    print(lines[0])
    for line in lines[1:]:
        lang, src, text = line.split("\t")
        seed = int(hashlib.sha256(text.encode()).hexdigest()[:16], 16)
        print(f"{lang}\t{src}\t{noise(text, random.Random(seed))}")


main()
