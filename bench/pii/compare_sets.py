#!/usr/bin/env python3
"""Prints precision / recall / F1 of PERSON, ORGANIZATION and LOCATION for
each per-language and held-out set that bench/pii.sh scored, one row a set,
from the JSON written by the `pii` scorer (exact span).

    python3 bench/pii/compare_sets.py /tmp/opencomplai-pii de.faker fr.faker en.mimesis ...
"""
import json
import os
import sys

TYPES = ["PERSON", "ORGANIZATION", "LOCATION"]


def main():
    folder, sets = sys.argv[1], sys.argv[2:]
    print("== PERSON / ORGANIZATION / LOCATION, exact span: P R F1 (faker = tuning, mimesis = held-out, fresh = second held-out, third = third held-out, fourth = fourth held-out, fifth = fifth held-out, docset, docset2, docset3, docset4, docset5, docset6, docset7, docset8, docset9 = whole documents: read, blind, read, blind, read, read, read, blind, read)")
    print(f"{'set':<12}" + "".join(f" | {t:^20}" for t in TYPES) + " | all types F1")
    for s in sets:
        try:
            with open(os.path.join(folder, f"ours.{s}.json")) as f:
                r = json.load(f)
        except (OSError, ValueError):
            continue
        cells = []
        for t in TYPES:
            d = r["types"].get(t)
            cells.append("-" if d is None else
                         f"{d['exact']['p']:.2f} {d['exact']['r']:.2f} {d['exact']['f1']:.3f}")
        print(f"{s:<12}" + "".join(f" | {c:^20}" for c in cells) + f" | {r['all']['exact']['f1']:.3f}")


if __name__ == "__main__":
    main()
