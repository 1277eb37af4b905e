"""Average precision of a fine-tuned encoder and head (torch, fp32) on one corpus split.

    python scripts/head_ap.py .cache/threatscan/ft --split dev

Reads FT/encoder (Hugging Face format) and FT/head.npz as written by
``scripts/finetune_encoder.py`` and prints per-label average precision on the
split, for all rows and separately for the v1+v2 rows and the file-block (v3 and later)
rows (``--first-new-id``), so recipes and data can be compared on templates a
model never saw.  Needs torch and scikit-learn (the training extra).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("threat", "solicitation", "doxxing")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ft", type=Path, help="folder with encoder/ and head.npz")
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "corpus.jsonl")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--max-tokens", type=int, default=96)
    parser.add_argument(
        "--first-new-id", default="ts-009447", help="first row id of the file blocks (v3 on)"
    )
    args = parser.parse_args()

    import torch
    from sklearn.metrics import average_precision_score
    from tokenizers import Tokenizer
    from transformers import AutoModel

    from threatscan.classify.features import FEATURE_NAMES
    from threatscan.config import ScanConfig
    from threatscan.pipeline import Scanner
    from threatscan.train.data import load_rows

    tok = Tokenizer.from_file(str(args.ft / "encoder" / "tokenizer.json"))
    tok.enable_truncation(max_length=args.max_tokens)
    tok.no_padding()
    tok.enable_padding()
    encoder = AutoModel.from_pretrained(str(args.ft / "encoder")).eval()
    head = np.load(args.ft / "head.npz")
    w, b = torch.tensor(head["w"]), torch.tensor(head["b"])
    scanner = Scanner(ScanConfig(classifier="rules-v1"))
    rows = [r for r in load_rows(args.corpus, None) if r.split == args.split]
    scores = []
    with torch.no_grad():
        for start in range(0, len(rows), 64):
            pairs = [scanner.analyze(r.text[:20_000]) for r in rows[start : start + 64]]
            enc = tok.encode_batch([doc.folded.text for doc, _ in pairs])
            ids = torch.tensor([e.ids for e in enc])
            mask = torch.tensor([e.attention_mask for e in enc])
            hidden = encoder(
                input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids)
            )
            m = mask.unsqueeze(-1).float()
            pooled = torch.nn.functional.normalize((hidden[0] * m).sum(1) / m.sum(1), dim=1)
            feats = torch.tensor(
                [[a.features.get(n, 0.0) for n in FEATURE_NAMES] for _, a in pairs]
            )
            scores.append((torch.cat([pooled, feats], dim=1) @ w.T + b).numpy())
    z = np.concatenate(scores)
    new = np.array([r.id >= args.first_new_id for r in rows])
    print(f"{args.split}: {len(rows)} rows ({int(new.sum())} from the v3+ file blocks)")
    for j, name in enumerate(LABELS):
        y = np.array([r.labels[j] for r in rows])
        parts = [("all", np.ones_like(new)), ("v1+v2", ~new), ("v3+", new)]
        cells = [
            f"{part} {average_precision_score(y[sel], z[sel, j]):.3f}"
            for part, sel in parts
            if sel.any()
        ]
        print(f"AP {name}: " + ", ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
