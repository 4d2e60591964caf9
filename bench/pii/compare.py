#!/usr/bin/env python3
"""Prints the F1 of two pii benchmark JSON results side by side.

    python3 bench/pii/compare.py ours.json presidio.json
"""
import json
import sys


def main():
    runs = []
    for path in sys.argv[1:]:
        try:
            with open(path) as f:
                runs.append(json.load(f))
        except (OSError, ValueError):
            pass
    if not runs:
        return
    names = [r["system"].split(" (")[0][:22] for r in runs]
    types = sorted({t for r in runs for t in r["types"]})
    head = f"{'type':<14}" + "".join(f" | {n:>22}" for n in names)
    print("== F1, exact span (overlap in brackets)")
    print(head)
    print("-" * len(head))
    for t in types + ["ALL (micro)"]:
        cells = []
        for r in runs:
            d = r["all"] if t == "ALL (micro)" else r["types"].get(t)
            cells.append("-" if d is None else f"{d['exact']['f1']:.3f} ({d['overlap']['f1']:.3f})")
        print(f"{t:<14}" + "".join(f" | {c:>22}" for c in cells))
    print(f"{'KB/s':<14}" + "".join(f" | {r['kb_per_s']:>22.0f}" for r in runs))


if __name__ == "__main__":
    main()
