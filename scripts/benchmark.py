"""Throughput and memory of each stage and of the whole cascade, against a BERT-base baseline.

    python scripts/benchmark.py                # all stages; the baseline needs torch
    python scripts/benchmark.py --messages 3000 --baseline-messages 256

The stream is realistic and mostly benign: real replies from the shared
Telegram data and hostile-but-not-violent tweets (about 85%), the project
corpus's hard negatives (about 10%) and positives (about 5%), at social-post
lengths. Every configuration runs in its own subprocess, so its peak memory
(max RSS) is its own. The BERT-base baseline (12 layers, hidden 768, random
weights; the architecture of common open toxicity classifiers) runs in the same
invocation on the same machine, so the ratio is measured, not assumed. Figures
vary with the machine and its load; compare ratios, not absolute numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def build_stream(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    corpus = [json.loads(line) for line in (ROOT / "data" / "corpus.jsonl").open(encoding="utf-8")]
    positives = [r["text"] for r in corpus if r["threat"] or r["solicitation"] or r["doxxing"]]
    negatives = [r["text"] for r in corpus if r["family"].startswith("neg.")]
    benign: list[str] = []
    for name in ("threatgram101.jsonl", "implicit_hate_stg2.jsonl"):
        path = SHARED / name
        if path.is_file():
            benign += [
                r["text"]
                for r in map(json.loads, path.open(encoding="utf-8"))
                if r["threat"] == 0 and len(r["text"]) <= 600
            ]
    if not benign:  # no shared data on this machine: fall back to corpus negatives
        benign = negatives
    stream = (
        rng.choices(benign, k=int(n * 0.85))
        + rng.choices(negatives, k=int(n * 0.10))
        + rng.choices(positives, k=n - int(n * 0.85) - int(n * 0.10))
    )
    rng.shuffle(stream)
    return stream


def _child(kind: str, stream_path: str, repeats: int) -> None:
    texts = json.loads(Path(stream_path).read_text())
    if kind == "bert-base":
        import torch
        from tokenizers import Tokenizer
        from transformers import BertConfig, BertForSequenceClassification

        from threatscan.classify.encoder import DEFAULT_ENCODER_DIR

        torch.manual_seed(0)
        torch.set_num_threads(os.cpu_count() or 1)
        model = BertForSequenceClassification(BertConfig(num_labels=3)).eval()
        tok = Tokenizer.from_file(str(DEFAULT_ENCODER_DIR / "tokenizer.json"))
        tok.enable_truncation(max_length=128)
        tok.no_padding()
        tok.enable_padding()

        def run() -> None:
            with torch.inference_mode():
                for b in range(0, len(texts), 32):
                    enc = tok.encode_batch(texts[b : b + 32])
                    ids = torch.tensor([e.ids for e in enc])
                    mask = torch.tensor([e.attention_mask for e in enc])
                    model(input_ids=ids, attention_mask=mask)

        run_once = run
        extra: dict[str, float] = {}
    else:
        from threatscan import ScanConfig, Scanner

        scanner = Scanner(ScanConfig(classifier=kind))

        def run_once() -> None:
            for _ in scanner.scan_many(texts, batch_size=256):
                pass

        extra = {}
        if kind == "cascade-v1":
            from threatscan.classify.cascade import Cascade

            cascade = Cascade.load(mode="cascade")
            items = [scanner.analyze(t) for t in texts]
            extra["escalation_rate"] = float(cascade.escalation_mask(items).mean())
    run_once()  # warm up: load models, fill caches
    start = time.perf_counter()
    for _ in range(repeats):
        run_once()
    elapsed = time.perf_counter() - start
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "kind": kind,
                "messages": len(texts) * repeats,
                "seconds": elapsed,
                "per_second": len(texts) * repeats / elapsed,
                "peak_rss_mib": rss_kib / 1024,
                **extra,
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--baseline-messages", type=int, default=256)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--stream", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.stream, args.repeats)
        return 0

    stream = build_stream(args.messages, args.seed)
    tmp = ROOT / ".cache" / "threatscan"
    tmp.mkdir(parents=True, exist_ok=True)
    stream_path = tmp / "bench-stream.json"
    stream_path.write_text(json.dumps(stream))
    base_path = tmp / "bench-stream-baseline.json"
    base_path.write_text(json.dumps(stream[: args.baseline_messages]))
    mean_chars = sum(map(len, stream)) / len(stream)
    print(f"stream: {len(stream)} messages, mean {mean_chars:.0f} characters, seed {args.seed}")
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")

    results = {}
    kinds = ["rules-v1", "linear-v1", "encoder-v1", "cascade-v1", "bert-base"]
    for kind in kinds:
        path = base_path if kind == "bert-base" else stream_path
        proc = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--stream", str(path),
             "--repeats", str(args.repeats)],
            capture_output=True,
            text=True,
            check=False,
        )  # fmt: skip
        if proc.returncode != 0:
            reason = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"
            print(f"{kind:>11}: skipped ({reason})")
            continue
        results[kind] = json.loads(proc.stdout.strip().splitlines()[-1])

    print()
    print("| stage | messages/s | peak RSS (MiB) | note |")
    print("| --- | ---: | ---: | --- |")
    notes = {
        "rules-v1": "normalise + detectors + rules baseline",
        "linear-v1": "normalise + detectors + linear stage (every text)",
        "encoder-v1": "normalise + detectors + linear + MiniLM head on every text",
        "cascade-v1": "the whole cascade (encoder only on the uncertain band)",
        "bert-base": "BERT-base, random weights, batch 32, up to 128 tokens",
    }
    for kind, r in results.items():
        note = notes[kind]
        if "escalation_rate" in r:
            note += f"; {r['escalation_rate']:.1%} escalated"
        print(f"| {kind} | {r['per_second']:,.0f} | {r['peak_rss_mib']:,.0f} | {note} |")
    if "cascade-v1" in results and "bert-base" in results:
        ratio = results["cascade-v1"]["per_second"] / results["bert-base"]["per_second"]
        print(f"\ncascade vs BERT-base, same run: {ratio:,.1f}x messages per second")
    out = ROOT / "reports" / "benchmark.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"stream_messages": len(stream), "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
