#!/usr/bin/env python3
"""Score ranked search results against judged.tsv (stdlib only).

    python3 bench/semantic/ndcg.py RESULTS.jsonl [--judged judged.tsv] [--kinds kinds.tsv] [-k 10]

RESULTS.jsonl has one JSON object a line:
    {"mode": "fulltext", "query": "change file permissions", "ranked": ["chmod.1", "chown.1", ...]}
("name.section"; a trailing ".txt" is ignored). For each mode prints, as the
mean over ALL judged queries (a query the mode has no line for scores 0):
  nDCG@k    DCG = sum_{i=1..k} (2^g_i - 1) / log2(i + 1), g_i the judged grade
            of the result at rank i (0 if unjudged), divided by the DCG of the
            judged pages sorted by grade (the ideal ranking);
  recall@k  share of the judged pages (grade >= 1) found in the top k;
  MRR       1 / rank of the first grade-2 page (0 if none is ranked; not cut at k).
With a kinds file (query<TAB>paraphrase|keyword, see check_judged.py) the
same three are also given for each kind of query.
"""
import argparse, json, math, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def load_judged(path):
    judged = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            query, rel = line.rstrip("\n").split("\t")[:2]
            grades = {}
            for item in rel.split(","):
                page, grade = item.strip().rsplit(":", 1)
                grades[page] = int(grade)
            if query in judged:
                sys.exit(f"{path}:{n}: duplicate query {query!r}")
            judged[query] = grades
    return judged

def load_kinds(path):
    kinds = {}
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    q, k = line.rstrip("\n").split("\t")[:2]
                    kinds[q] = k
    return kinds

def norm(page):
    page = os.path.basename(page)
    return page[:-4] if page.endswith(".txt") else page

def dcg(grades):
    return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades))

def score(grades, ranked, k):
    seen, uniq = set(), []
    for p in map(norm, ranked):          # a page counts once, at its best rank
        if p not in seen:
            seen.add(p)
            uniq.append(p)
    top = uniq[:k]
    ideal = dcg(sorted(grades.values(), reverse=True)[:k])
    ndcg = dcg([grades.get(p, 0) for p in top]) / ideal if ideal > 0 else 0.0
    recall = sum(1 for p in top if grades.get(p, 0) > 0) / len(grades)
    rr = next((1.0 / (i + 1) for i, p in enumerate(uniq) if grades.get(p, 0) == 2), 0.0)
    return ndcg, recall, rr

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("results")
    ap.add_argument("--judged", default=os.path.join(HERE, "judged.tsv"))
    ap.add_argument("--kinds", default=os.path.join(HERE, "kinds.tsv"))
    ap.add_argument("-k", type=int, default=10)
    a = ap.parse_args()
    judged = load_judged(a.judged)
    kinds = load_kinds(a.kinds)

    runs, unknown = {}, set()
    with open(a.results, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            if r["query"] not in judged:
                unknown.add(r["query"])
                continue
            runs.setdefault(r["mode"], {})[r["query"]] = r["ranked"]
    if unknown:
        print(f"warning: {len(unknown)} result queries not in {a.judged} (ignored)", file=sys.stderr)
    if not runs:
        sys.exit("no results for judged queries")

    groups = [("all", list(judged))]
    for kind in sorted(set(kinds.values())):
        groups.append((kind, [q for q in judged if kinds.get(q) == kind]))

    modes = sorted(runs)
    k = a.k
    w = max(12, max(len(m) for m in modes) + 2)
    print(f"{'queries':<12}{'n':>4}  {'metric':<10}" + "".join(f"{m:>{w}}" for m in modes))
    for gname, qs in groups:
        if not qs:
            continue
        table = {m: [score(judged[q], runs[m].get(q, []), k) for q in qs] for m in modes}
        for j, metric in enumerate([f"nDCG@{k}", f"recall@{k}", "MRR"]):
            row = "".join(f"{sum(s[j] for s in table[m]) / len(qs):>{w}.3f}" for m in modes)
            print(f"{gname if j == 0 else '':<12}{len(qs) if j == 0 else '':>4}  {metric:<10}{row}")
    for m in modes:
        missing = [q for q in judged if q not in runs[m]]
        if missing:
            print(f"note: mode {m} has no results for {len(missing)} judged queries (scored 0)", file=sys.stderr)

main()
