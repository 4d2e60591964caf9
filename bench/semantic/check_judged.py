#!/usr/bin/env python3
"""Check judged.tsv against a corpus made by corpus.sh (stdlib only).

    python3 bench/semantic/check_judged.py CORPUS_DIR [--write-kinds]

Fails if a judged page is missing from CORPUS_DIR. For each query, prints the
content words it shares with the NAME line of its grade-2 pages (crude
stemming); a query sharing none with every grade-2 page is a "paraphrase",
any other a "keyword" query. --write-kinds writes that split to kinds.tsv
(query<TAB>kind), which ndcg.py uses to report the two halves apart.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STOP = set("""a an and are as at be been by can do does for from has have how i in
into is it its my of off on one onto or other so that the their them this to up
what when where which who whom with without want get gets make makes show shows
new own many some any all""".split())

def stems(text):
    out = set()
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        if w in STOP or len(w) < 2:
            continue
        for suf in ("ing", "ed", "es", "s", "er"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[: -len(suf)]
                break
        out.add(w)
    return out

def name_line(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    for i, l in enumerate(lines):
        if l.strip() == "NAME":
            desc = []
            for l2 in lines[i + 1:]:
                if not l2.strip():
                    break
                desc.append(l2.strip())
            return " ".join(desc)
    return ""

def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    corpus = sys.argv[1]
    rows, missing, kinds = [], [], []
    with open(os.path.join(HERE, "judged.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            q, rel = line.rstrip("\n").split("\t")
            rels = [r.rsplit(":", 1) for r in rel.split(",")]
            for page, g in rels:
                assert g in ("1", "2"), line
                if not os.path.exists(os.path.join(corpus, page + ".txt")):
                    missing.append(page)
            rows.append((q, rels))
    if missing:
        sys.exit(f"missing from {corpus}: {' '.join(sorted(set(missing)))}")
    for q, rels in rows:
        qs = stems(q)
        shared = set()
        for page, g in rels:
            if g == "2":
                shared |= qs & stems(name_line(os.path.join(corpus, page + ".txt")))
        kind = "keyword" if shared else "paraphrase"
        kinds.append((q, kind))
        print(f"{kind:10} {q!r:70} shared={sorted(shared)}")
    n_para = sum(k == "paraphrase" for _, k in kinds)
    print(f"{len(rows)} queries, {n_para} paraphrase, {len(rows) - n_para} keyword; "
          f"{len({p for _, r in rows for p, _ in r})} distinct judged pages, all present")
    if "--write-kinds" in sys.argv:
        with open(os.path.join(HERE, "kinds.tsv"), "w", encoding="utf-8") as f:
            for q, k in kinds:
                f.write(f"{q}\t{k}\n")

main()
