"""Sentence encoder: all-MiniLM-L6-v2 as int8 ONNX, run with onnxruntime.

The ONNX file and its tokenizer ship inside the package (see
``threatscan/models/minilm/NOTICE.md``); nothing is downloaded at run time and
torch is never imported. Embeddings are mean-pooled over tokens and L2
normalised, as sentence-transformers does for this model.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from threatscan.errors import ConfigError, MissingDependencyError

__all__ = ["DEFAULT_ENCODER_DIR", "Encoder"]

DEFAULT_ENCODER_DIR = Path(__file__).resolve().parent.parent / "models" / "minilm"
MAX_TOKENS = 128
# Lone surrogates (possible in a Python str) cannot be tokenised: replace them.
_SURROGATE = re.compile("[\ud800-\udfff]")


class Encoder:
    """Embeds texts into 384-dimensional unit vectors.

    Build it once (``Encoder.load()``); ``embed`` is safe to call from several
    threads, since onnxruntime sessions allow concurrent ``run`` calls and the
    tokenizer is used under a lock.
    """

    dim = 384

    def __init__(self, session: Any, tokenizer: Any, path: Path) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._lock = threading.Lock()
        self.path = path
        self._inputs = {i.name for i in session.get_inputs()}

    def __reduce__(self) -> tuple[Any, ...]:
        return (Encoder.load, (self.path,))

    @classmethod
    def load(cls, path: str | Path = DEFAULT_ENCODER_DIR, *, threads: int | None = None) -> Encoder:
        """Load the int8 ONNX model and tokenizer from ``path``.

        Raises:
            ConfigError: the model files are missing.
            MissingDependencyError: onnxruntime or tokenizers is not installed.
        """
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - both are core dependencies
            raise MissingDependencyError(
                f"the encoder stage needs onnxruntime and tokenizers ({exc}); reinstall threatscan"
            ) from exc
        p = Path(path)
        model, tok = p / "model.int8.onnx", p / "tokenizer.json"
        if not model.is_file() or not tok.is_file():
            raise ConfigError(
                f"encoder files are missing under {p} (need model.int8.onnx and tokenizer.json); "
                "reinstall threatscan or run scripts/export_encoder.py"
            )
        tokenizer = Tokenizer.from_file(str(tok))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.no_padding()  # the shipped tokenizer pads to 128: pad per batch instead
        tokenizer.enable_padding()
        options = ort.SessionOptions()
        if threads is not None:
            options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        session = ort.InferenceSession(
            str(model), sess_options=options, providers=["CPUExecutionProvider"]
        )
        return cls(session, tokenizer, p)

    def embed(self, texts: Sequence[str], *, batch_size: int = 8) -> npt.NDArray[np.float32]:
        """Unit-length embeddings, one row per text, in input order.

        Small batches of length-sorted texts pad least; on 2 cores batch 8 was
        fastest for social-post lengths (see scripts/benchmark.py).
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        # Sort by length so each batch pads little; restore order when writing rows.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for b in range(0, len(order), batch_size):
            idx = order[b : b + batch_size]
            batch = [_SURROGATE.sub("\ufffd", texts[i]) for i in idx]
            with self._lock:
                enc = self._tokenizer.encode_batch(batch)
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = self._session.run(None, feeds)[0]
            m = mask[:, :, None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.clip(norms, 1e-12, None)
        return out
