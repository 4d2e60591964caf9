#!/usr/bin/env python3
"""PDF text and tables against the truth they were made from.

For each PDF in the corpus (bench/pdf/corpus/make.py writes NAME.pdf,
NAME.txt, NAME.tables.json): word F1 (bags of lower-cased \\w+ words),
word-bigram F1 (bigrams only match when the words come in the truth's
order, so reading order counts), table cell precision and recall (bags of
non-empty cells, compared without their spaces; pdftotext finds no tables) and the
wall time of one program run per file (best of RUNS), for OpenComplai's
extractor and pdftotext (default and -layout). Usage:
    truth.py OPENCOMPLAI_PDF_TRUTH_BINARY CORPUS_DIR [NAME_FILTER]
"""
import collections
import glob
import json
import os
import re
import statistics
import subprocess
import sys
import time

WORD = re.compile(r"\w+", re.UNICODE)
RUNS = 3


def timed(argv):
    best, out = None, None
    for _ in range(RUNS):
        start = time.perf_counter()
        proc = subprocess.run(argv, capture_output=True)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"{argv[0]} failed on {argv[-1]}: {proc.stderr[-300:]!r}")
        out = proc.stdout
        best = elapsed if best is None else min(best, elapsed)
    return out, best


def words(text):
    return WORD.findall(text.lower())


def counts(ours, truth):
    a, b = collections.Counter(ours), collections.Counter(truth)
    return sum((a & b).values()), sum(a.values()), sum(b.values())


def f1(common, n_ours, n_truth):
    p, r = common / max(1, n_ours), common / max(1, n_truth)
    return 2 * p * r / (p + r) if p + r else (1.0 if n_ours == n_truth == 0 else 0.0)


def cells(tables):
    # Spaces inside a cell do not count: producers split "B-220" in two.
    return ["".join(c.split()).lower() for t in tables for row in t for c in row if c.strip()]


class Score:
    def __init__(self):
        self.c = collections.Counter()
        self.times = []

    def add(self, text, truth, seconds):
        w, t = words(text), words(truth)
        wc = counts(w, t)
        bc = counts(list(zip(w, w[1:])), list(zip(t, t[1:])))
        self.c.update(w=wc[0], wo=wc[1], wt=wc[2], b=bc[0], bo=bc[1], bt=bc[2])
        self.times.append(seconds)
        return f1(*wc), f1(*bc)

    def add_tables(self, ours, truth):
        cc = counts(cells(ours), cells(truth))
        self.c.update(c=cc[0], co=cc[1], ct=cc[2])
        return cc

    def words_f1(self):
        return f1(self.c["w"], self.c["wo"], self.c["wt"])

    def bigram_f1(self):
        return f1(self.c["b"], self.c["bo"], self.c["bt"])

    def cell_pr(self):
        return (self.c["c"] / max(1, self.c["co"]) if self.c["co"] else 1.0,
                self.c["c"] / max(1, self.c["ct"]) if self.c["ct"] else 1.0)


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    pick = sys.argv[3] if len(sys.argv) > 3 else ""
    tools = ["ours", "ptt", "ptt-layout"]
    overall = {t: Score() for t in tools}
    producers = collections.defaultdict(lambda: {t: Score() for t in tools})
    ratios = []
    print(f"{'file':<38}{'ours w':>7}{'bi':>6}{'cellP':>6}{'cellR':>6}"
          f"{'ptt w':>7}{'bi':>6}{'lay w':>7}{'bi':>6}{'ours ms':>8}{'ptt ms':>7}{'x':>5}")
    for pdf in sorted(glob.glob(os.path.join(corpus, "*.pdf"))):
        name = os.path.basename(pdf)[:-4]
        if pick not in name:
            continue
        producer = name.split("-", 1)[0]
        truth = open(pdf[:-4] + ".txt", encoding="utf-8").read()
        truth_tables = json.load(open(pdf[:-4] + ".tables.json", encoding="utf-8"))
        with open(pdf, "rb") as f:
            f.read()
        ours_out, ours_s = timed([binary, pdf])
        ours = json.loads(ours_out)
        ptt_out, ptt_s = timed(["pdftotext", "-enc", "UTF-8", pdf, "-"])
        lay_out, lay_s = timed(["pdftotext", "-enc", "UTF-8", "-layout", pdf, "-"])
        row = {}
        for tool, text, secs in [("ours", ours["text"], ours_s),
                                 ("ptt", ptt_out.decode("utf-8", "replace"), ptt_s),
                                 ("ptt-layout", lay_out.decode("utf-8", "replace"), lay_s)]:
            row[tool] = overall[tool].add(text, truth, secs)
            producers[producer][tool].add(text, truth, secs)
        ours_tables = [t["rows"] for t in ours["tables"]]
        common, n_ours, n_truth = overall["ours"].add_tables(ours_tables, truth_tables)
        producers[producer]["ours"].add_tables(ours_tables, truth_tables)
        cp = f"{common / n_ours:.2f}" if n_ours else "-"
        cr = f"{common / n_truth:.2f}" if n_truth else "-"
        ratios.append(ours_s / ptt_s)
        print(f"{name[:37]:<38}{row['ours'][0]:>7.3f}{row['ours'][1]:>6.3f}{cp:>6}{cr:>6}"
              f"{row['ptt'][0]:>7.3f}{row['ptt'][1]:>6.3f}{row['ptt-layout'][0]:>7.3f}"
              f"{row['ptt-layout'][1]:>6.3f}{ours_s * 1000:>8.1f}{ptt_s * 1000:>7.1f}{ours_s / ptt_s:>5.2f}")
    print()
    print(f"{'producer':<14}{'files':>6}{'ours w':>8}{'bi':>7}{'ptt w':>8}{'bi':>7}{'lay w':>8}{'bi':>7}"
          f"{'cellP':>7}{'cellR':>7}{'cellF1':>7}{'ours ms':>9}{'ptt ms':>8}")
    for name, s in sorted(producers.items()) + [("overall", overall)]:
        p, r = s["ours"].cell_pr()
        cf = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:<14}{len(s['ours'].times):>6}{s['ours'].words_f1():>8.3f}{s['ours'].bigram_f1():>7.3f}"
              f"{s['ptt'].words_f1():>8.3f}{s['ptt'].bigram_f1():>7.3f}"
              f"{s['ptt-layout'].words_f1():>8.3f}{s['ptt-layout'].bigram_f1():>7.3f}"
              f"{p:>7.3f}{r:>7.3f}{cf:>7.3f}"
              f"{statistics.median(s['ours'].times) * 1000:>9.1f}{statistics.median(s['ptt'].times) * 1000:>8.1f}")
    print(f"\nmedian time ratio ours/pdftotext per file: {statistics.median(ratios):.2f} "
          f"(target <= 1.5); medians and totals in ms over {len(ratios)} files")


main()
