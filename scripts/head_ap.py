"""Average precision of a fine-tuned encoder and head (torch, fp32) on one corpus split.

    python scripts/head_ap.py .cache/threatscan/ft --split dev
    python scripts/head_ap.py .cache/threatscan/ft --split dev --int8

``--int8`` also embeds the split with the packaged int8 ONNX encoder (the one the
cascade runs; export FT first with ``scripts/export_encoder.py``) and prints the same
head's AP on those embeddings, so the cost of quantisation is measured on the task,
not only as embedding cosine.

Reads FT/encoder (Hugging Face format) and FT/head.npz as written by
``scripts/finetune_encoder.py`` and prints per-label average precision on the
split, for all rows and separately for the v1+v2 rows and the file-block (v3 and later)
rows (``--first-new-id``), so recipes and data can be compared on templates a
model never saw.  Needs torch and scikit-learn (the training extra).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("threat", "solicitation", "doxxing")
FIRST_NEW_ID = "ts-009447"  # the first row of the v3 block
MAX_CHARS = 20_000


def mean_pooled(encoder: Any, tok: Any, texts: list[str]) -> Any:
    """Mean-pooled, L2-normalised embeddings, as threatscan's Encoder computes them."""
    import torch

    enc = tok.encode_batch(texts)
    ids = torch.tensor([e.ids for e in enc])
    mask = torch.tensor([e.attention_mask for e in enc])
    hidden = encoder(input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids))
    m = mask.unsqueeze(-1).float()
    mean = (hidden[0] * m).sum(1) / m.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(mean, dim=1)


def head_logits(
    encoder: Any,
    tok: Any,
    head: Any,
    rows: Sequence[Any],
    embed: Callable[[list[str]], np.ndarray] | None = None,
) -> np.ndarray:
    """The head's logits, shape (len(rows), 3), over [embedding, evidence features].

    Embeddings come from the torch ``encoder`` unless ``embed`` (texts -> unit vectors,
    e.g. the packaged ONNX ``Encoder.embed``) is given.
    """
    import torch

    from threatscan.classify.features import FEATURE_NAMES
    from threatscan.config import ScanConfig
    from threatscan.pipeline import Scanner

    scanner = Scanner(ScanConfig(classifier="rules-v1"))
    scores = []
    with torch.no_grad():
        for start in range(0, len(rows), 64):
            pairs = [scanner.analyze(r.text[:MAX_CHARS]) for r in rows[start : start + 64]]
            texts = [doc.folded.text for doc, _ in pairs]
            if embed is None:
                pooled = mean_pooled(encoder, tok, texts)
            else:
                pooled = torch.tensor(embed(texts))
            feats = torch.tensor(
                [[a.features.get(n, 0.0) for n in FEATURE_NAMES] for _, a in pairs]
            )
            scores.append(head(torch.cat([pooled, feats], dim=1)).numpy())
    return np.concatenate(scores)


def print_ap(split: str, rows: Sequence[Any], z: np.ndarray, first_new_id: str) -> None:
    """Per-label average precision: all rows, v1+v2 rows, file-block rows."""
    from sklearn.metrics import average_precision_score

    new = np.array([r.id >= first_new_id for r in rows])
    print(f"{split}: {len(rows)} rows ({int(new.sum())} from the v3+ file blocks)")
    for j, name in enumerate(LABELS):
        y = np.array([r.labels[j] for r in rows])
        parts = [("all", np.ones_like(new)), ("v1+v2", ~new), ("v3+", new)]
        cells = [
            f"{part} {average_precision_score(y[sel], z[sel, j]):.3f}"
            for part, sel in parts
            if sel.any()
        ]
        print(f"AP {name}: " + ", ".join(cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ft", type=Path, help="folder with encoder/ and head.npz")
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "corpus.jsonl")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--max-tokens", type=int, default=96)
    parser.add_argument(
        "--first-new-id", default=FIRST_NEW_ID, help="first row id of the file blocks (v3 on)"
    )
    parser.add_argument(
        "--int8", action="store_true", help="also score with the packaged int8 ONNX encoder"
    )
    args = parser.parse_args()

    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModel

    from threatscan.train.data import load_rows

    tok = Tokenizer.from_file(str(args.ft / "encoder" / "tokenizer.json"))
    tok.enable_truncation(max_length=args.max_tokens)
    tok.no_padding()
    tok.enable_padding()
    encoder = AutoModel.from_pretrained(str(args.ft / "encoder")).eval()
    saved = np.load(args.ft / "head.npz")
    head = torch.nn.Linear(saved["w"].shape[1], saved["w"].shape[0])
    head.load_state_dict({"weight": torch.tensor(saved["w"]), "bias": torch.tensor(saved["b"])})
    rows = [r for r in load_rows(args.corpus, None) if r.split == args.split]
    z = head_logits(encoder, tok, head, rows)
    print("fp32 (torch):")
    print_ap(args.split, rows, z, args.first_new_id)
    if args.int8:
        from threatscan.classify.encoder import Encoder

        z8 = head_logits(encoder, tok, head, rows, embed=Encoder.load().embed)
        print("int8 (packaged ONNX):")
        print_ap(args.split, rows, z8, args.first_new_id)
        p, p8 = 1 / (1 + np.exp(-z)), 1 / (1 + np.exp(-z8))
        print(f"largest change in a head probability: {np.abs(p - p8).max():.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
