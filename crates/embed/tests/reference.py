#!/usr/bin/env python3
# The golden values of tests/model.rs: all-MiniLM-L6-v2 run by hand in numpy
# (pip install numpy safetensors tokenizers; python3 reference.py MODEL_DIR),
# independent of candle.
# Reference: BERT forward in numpy from the same safetensors,
# mean pooling + L2 norm as sentence-transformers does (max_seq_length 256).
import sys, json, numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer
d = sys.argv[1]
W = load_file(d + "/model.safetensors")
tok = Tokenizer.from_file(d + "/tokenizer.json")
tok.no_truncation(); tok.no_padding()
P = "" if "embeddings.word_embeddings.weight" in W else "bert."
def ln(x, g, b, eps=1e-12):
    m = x.mean(-1, keepdims=True); v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * g + b
from math import erf
verf = np.vectorize(erf)
def gelu(x): return 0.5 * x * (1 + verf(x / np.sqrt(2)))
def embed(text):
    ids = tok.encode(text).ids[:256]
    n = len(ids)
    x = W[P+"embeddings.word_embeddings.weight"][ids] + W[P+"embeddings.position_embeddings.weight"][:n] + W[P+"embeddings.token_type_embeddings.weight"][0]
    x = ln(x, W[P+"embeddings.LayerNorm.weight"], W[P+"embeddings.LayerNorm.bias"])
    for l in range(6):
        p = P + f"encoder.layer.{l}."
        q = x @ W[p+"attention.self.query.weight"].T + W[p+"attention.self.query.bias"]
        k = x @ W[p+"attention.self.key.weight"].T + W[p+"attention.self.key.bias"]
        v = x @ W[p+"attention.self.value.weight"].T + W[p+"attention.self.value.bias"]
        h = 12; dh = 32
        q = q.reshape(n, h, dh).transpose(1, 0, 2); k = k.reshape(n, h, dh).transpose(1, 0, 2); v = v.reshape(n, h, dh).transpose(1, 0, 2)
        s = q @ k.transpose(0, 2, 1) / np.sqrt(dh)
        s = np.exp(s - s.max(-1, keepdims=True)); s /= s.sum(-1, keepdims=True)
        a = (s @ v).transpose(1, 0, 2).reshape(n, h * dh)
        a = a @ W[p+"attention.output.dense.weight"].T + W[p+"attention.output.dense.bias"]
        x = ln(a + x, W[p+"attention.output.LayerNorm.weight"], W[p+"attention.output.LayerNorm.bias"])
        f = gelu(x @ W[p+"intermediate.dense.weight"].T + W[p+"intermediate.dense.bias"])
        f = f @ W[p+"output.dense.weight"].T + W[p+"output.dense.bias"]
        x = ln(f + x, W[p+"output.LayerNorm.weight"], W[p+"output.LayerNorm.bias"])
    m = x.mean(0)
    return m / np.linalg.norm(m)
texts = ["termination of employment",
 "We regret to inform you of the dismissal of the employee, effective at the end of the month.",
 "Invoice 2024-0073: 3 boxes of printer paper, total 45.00 EUR, due in 30 days.",
 "Whisk two eggs with sugar, fold in the flour and bake for 25 minutes."]
E = [embed(t) for t in texts]
print("cos(q, dismissal, invoice, recipe):", [round(float(E[0] @ e), 4) for e in E[1:]])
print("first 5 of the query vector:", [round(float(v), 5) for v in E[0][:5]])
