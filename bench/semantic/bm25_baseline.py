#!/usr/bin/env python3
"""A plain BM25 baseline (stdlib only), to sanity-check the judged set and
ndcg.py without the service:

    python3 bench/semantic/bm25_baseline.py CORPUS_DIR > /tmp/bm25.jsonl
    python3 bench/semantic/ndcg.py /tmp/bm25.jsonl

Writes one JSON line per judged query, mode "bm25", top 10 pages. Tokens:
lower-case [a-z0-9]+, no stemming, no stop words; k1 = 1.2, b = 0.75.
"""
import collections, json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
tok = lambda s: re.findall(r"[a-z0-9]+", s.lower())

corpus = sys.argv[1]
docs = {}
for fn in sorted(os.listdir(corpus)):
    if fn.endswith(".txt"):
        docs[fn[:-4]] = collections.Counter(tok(open(os.path.join(corpus, fn), encoding="utf-8").read()))
n = len(docs)
avg = sum(sum(c.values()) for c in docs.values()) / n
df = collections.Counter(t for c in docs.values() for t in c)
lens = {d: sum(c.values()) for d, c in docs.items()}

def bm25(query, k1=1.2, b=0.75):
    scores = collections.Counter()
    for t in set(tok(query)):
        if t not in df:
            continue
        idf = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
        for d, c in docs.items():
            f = c.get(t)
            if f:
                scores[d] += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * lens[d] / avg))
    return [d for d, _ in sorted(scores.items(), key=lambda x: (-x[1], x[0]))[:10]]

with open(os.path.join(HERE, "judged.tsv"), encoding="utf-8") as f:
    for line in f:
        if line.strip():
            q = line.split("\t")[0]
            print(json.dumps({"mode": "bm25", "query": q, "ranked": bm25(q)}))
