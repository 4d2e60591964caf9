"""Breaks about half of the EMAIL, IBAN, CREDIT_CARD and PHONE values of a
JSONL written by generate.py the way OCR does, and shifts the gold offsets
so they still span the (now broken) values in the text as stored.

An e-mail address gets a space or a line break right after its @, right
before it, or after the last dot of its domain; a number has one of its
group-separating spaces replaced by a line break or two spaces, or, with
no spaces, a line break inserted in its middle.

    python3 bench/pii/break_ocr.py IN.jsonl OUT.jsonl [SEED]
"""

import json
import random
import sys

BROKEN_TYPES = ("EMAIL", "IBAN", "CREDIT_CARD", "PHONE")


def break_email(val, rng):
    at = val.index("@")
    dom = val[at + 1:]
    gap = rng.choice([" ", "\n"])
    kind = rng.randrange(3)
    if kind == 0:
        return val[:at + 1] + gap + dom
    if kind == 1:
        return val[:at] + gap + val[at:]
    dot = dom.rfind(".")
    return val[:at + 1] + dom[:dot + 1] + gap + dom[dot + 1:]


def break_number(val, rng):
    spaces = [i for i, c in enumerate(val) if c == " " and 0 < i < len(val) - 1]
    if spaces:
        i = rng.choice(spaces)
        return val[:i] + rng.choice(["\n", "  "]) + val[i + 1:]
    i = len(val) // 2
    if val[i - 1].isdigit() and val[i].isdigit():
        return val[:i] + "\n" + val[i:]
    return val


def main():
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    counts = {}
    with open(sys.argv[1]) as f, open(sys.argv[2], "w") as out:
        for line in f:
            d = json.loads(line)
            text = d["text"]
            ents = sorted(d["entities"], key=lambda e: e["start"])
            parts, pos, shift = [], 0, 0
            for e in ents:
                s, t = e["start"], e["end"]
                val = new = text[s:t]
                if e["type"] in BROKEN_TYPES and rng.random() < 0.5:
                    new = break_email(val, rng) if e["type"] == "EMAIL" else break_number(val, rng)
                    if new != val:
                        counts[e["type"]] = counts.get(e["type"], 0) + 1
                parts += [text[pos:s], new]
                pos = t
                e["start"] = s + shift
                shift += len(new) - len(val)
                e["end"] = t + shift
                e["text"] = new
            parts.append(text[pos:])
            d["text"] = "".join(parts)
            d["entities"] = ents
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("broken:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
