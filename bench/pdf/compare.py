#!/usr/bin/env python3
"""PDF text: OpenComplai's extraction against pdftotext, side by side.

For each PDF: word-level precision, recall and F1 of our text against
pdftotext's (bags of words), word-bigram F1 (order: bigrams only match when
words come in the same order, so interleaved columns would drop it), wall
time of both and the peak RSS of each process tree (wait4's ru_maxrss,
which covers the programs our extractor runs). Usage:
    compare.py OPENCOMPLAI_BINARY PDF...
"""
import collections
import json
import os
import re
import subprocess
import sys
import time

WORD = re.compile(r"\w+", re.UNICODE)


def run(argv):
    """Runs argv; returns (stdout bytes, seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{argv[0]} failed ({proc.returncode}) on {argv}")
    return out, elapsed, usage.ru_maxrss / 1024


def words(text):
    return WORD.findall(text.lower())


def prf(ours, theirs):
    a, b = collections.Counter(ours), collections.Counter(theirs)
    common = sum((a & b).values())
    p = common / max(1, sum(a.values()))
    r = common / max(1, sum(b.values()))
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, common, sum(a.values()), sum(b.values())


def main():
    binary, pdfs = sys.argv[1], sys.argv[2:]
    rows = []
    totals = collections.Counter()
    t_ours = t_theirs = 0.0
    print(f"{'file':<28}{'pages':>6}{'P':>7}{'R':>7}{'F1':>7}{'bigramF1':>9}"
          f"{'ours s':>9}{'pdftotext s':>12}{'ratio':>7}{'ours MiB':>9}{'ptt MiB':>8}")
    for path in pdfs:
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        # Warm the page cache so neither side pays for the first read.
        with open(path, "rb") as f:
            f.read()
        theirs_out, theirs_s, theirs_rss = run(["pdftotext", "-enc", "UTF-8", path, "-"])
        ours_out, ours_s, ours_rss = run([binary, "extract", "--ocr-languages", "", path])
        ours_text = json.loads(ours_out)["text"]
        w_ours, w_theirs = words(ours_text), words(theirs_out.decode("utf-8", "replace"))
        p, r, f, common, n_ours, n_theirs = prf(w_ours, w_theirs)
        _, _, bf, bcommon, bn_ours, bn_theirs = prf(list(zip(w_ours, w_ours[1:])),
                                                    list(zip(w_theirs, w_theirs[1:])))
        totals.update(common=common, ours=n_ours, theirs=n_theirs,
                      bcommon=bcommon, bours=bn_ours, btheirs=bn_theirs)
        t_ours += ours_s
        t_theirs += theirs_s
        print(f"{os.path.basename(path)[:27]:<28}{pages:>6}{p:>7.3f}{r:>7.3f}{f:>7.3f}{bf:>9.3f}"
              f"{ours_s:>9.2f}{theirs_s:>12.2f}{ours_s / theirs_s:>7.2f}{ours_rss:>9.0f}{theirs_rss:>8.0f}")
    P = totals["common"] / max(1, totals["ours"])
    R = totals["common"] / max(1, totals["theirs"])
    F = 2 * P * R / (P + R) if P + R else 0.0
    bP = totals["bcommon"] / max(1, totals["bours"])
    bR = totals["bcommon"] / max(1, totals["btheirs"])
    bF = 2 * bP * bR / (bP + bR) if bP + bR else 0.0
    print(f"{'overall':<28}{'':>6}{P:>7.3f}{R:>7.3f}{F:>7.3f}{bF:>9.3f}"
          f"{t_ours:>9.2f}{t_theirs:>12.2f}{t_ours / t_theirs:>7.2f}")
    print(f"\nwords: ours {totals['ours']}, pdftotext {totals['theirs']}; "
          f"overall F1 {F:.3f} (target >= 0.97), time ratio {t_ours / t_theirs:.2f} (target <= 1.5)")


main()
