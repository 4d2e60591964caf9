#!/usr/bin/env python3
"""Checks ndcg.py on a hand-made results file: python3 bench/semantic/test_ndcg.py

testdata/judged.tsv: query a -> x.1:2, y.1:1; query b -> z.5:2.
  perfect: a [x.1 y.1 q.1], b [z.5.txt]      -> nDCG 1, recall 1, MRR 1
  swapped: a [y.1 x.1], b [n.1 n.2 z.5]      -> a: (1 + 3/log2 3)/(3 + 1/log2 3)
                                                b: (3/log2 4)/3 = 0.5
  partial: a [q.1 y.1 y.1], no line for b    -> a: (1/log2 3)/(3 + 1/log2 3), b: 0
"""
import math, os, subprocess, sys, unittest

HERE = os.path.dirname(os.path.abspath(__file__))
TD = os.path.join(HERE, "testdata")

class NdcgTest(unittest.TestCase):
    def run_ndcg(self):
        out = subprocess.run(
            [sys.executable, os.path.join(HERE, "ndcg.py"), os.path.join(TD, "results.jsonl"),
             "--judged", os.path.join(TD, "judged.tsv"), "--kinds", os.path.join(TD, "kinds.tsv")],
            capture_output=True, text=True, check=True).stdout
        rows, group = {}, None
        lines = out.splitlines()
        modes = lines[0].split()[3:]
        for line in lines[1:]:
            parts = line.split()
            if parts[0] in ("all", "keyword", "paraphrase"):
                group, parts = parts[0], parts[2:]
            metric, vals = parts[0], [float(v) for v in parts[1:]]
            for m, v in zip(modes, vals):
                rows[(group, metric, m)] = v
        return rows

    def test_scores(self):
        r = self.run_ndcg()
        l3 = math.log2(3)
        swapped_a = (1 + 3 / l3) / (3 + 1 / l3)
        partial_a = (1 / l3) / (3 + 1 / l3)
        want = {
            ("all", "nDCG@10", "perfect"): 1.0, ("all", "MRR", "perfect"): 1.0,
            ("all", "recall@10", "perfect"): 1.0,
            ("all", "nDCG@10", "swapped"): (swapped_a + 0.5) / 2,
            ("all", "MRR", "swapped"): (0.5 + 1 / 3) / 2,
            ("all", "recall@10", "swapped"): 1.0,
            ("all", "nDCG@10", "partial"): partial_a / 2,
            ("all", "recall@10", "partial"): 0.25, ("all", "MRR", "partial"): 0.0,
            ("keyword", "nDCG@10", "swapped"): swapped_a,
            ("paraphrase", "nDCG@10", "swapped"): 0.5,
            ("paraphrase", "MRR", "swapped"): 1 / 3,
        }
        for key, v in want.items():
            self.assertAlmostEqual(r[key], v, places=3, msg=str(key))

if __name__ == "__main__":
    unittest.main()
