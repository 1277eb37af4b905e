"""Sentence encoder: all-MiniLM-L6-v2 as int8 ONNX, run with onnxruntime.

The ONNX file and its tokenizer ship inside the package (see
``threatscan/models/minilm/NOTICE.md``); nothing is downloaded at run time and
torch is never imported. Embeddings are mean-pooled over tokens and L2
normalised, as sentence-transformers does for this model.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from threatscan.errors import ConfigError, MissingDependencyError
from threatscan.types import replace_surrogates

__all__ = ["DEFAULT_ENCODER_DIR", "Encoder"]

DEFAULT_ENCODER_DIR = Path(__file__).resolve().parent.parent / "models" / "minilm"
MAX_TOKENS = 128


class Encoder:
    """Embeds texts into 384-dimensional unit vectors.

    Each text runs alone (batch of one) on a single-threaded onnxruntime
    session, and ``workers`` threads run texts side by side. Two reasons:
    dynamic int8 quantisation scales activations per call, so a text embedded
    in a batch would depend on its batch-mates, while alone it always gets the
    same vector; and on small CPUs one text per core was faster than padded
    batches (scripts/benchmark.py). ``embed`` is safe to call from several
    threads.
    """

    dim = 384

    def __init__(self, session: Any, tokenizer: Any, path: Path, workers: int) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="threatscan-enc")
        self.path = path
        self.workers = workers
        self._inputs = {i.name for i in session.get_inputs()}

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.path, self.workers))

    @classmethod
    def load(cls, path: str | Path = DEFAULT_ENCODER_DIR, *, workers: int | None = None) -> Encoder:
        """Load the int8 ONNX model and tokenizer from ``path``.

        Args:
            path: directory with ``model.int8.onnx`` and ``tokenizer.json``.
            workers: texts embedded at once (default: the number of CPUs).

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
        tokenizer.no_padding()  # the shipped tokenizer pads to 128; one text needs none
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        session = ort.InferenceSession(
            str(model), sess_options=options, providers=["CPUExecutionProvider"]
        )
        return cls(session, tokenizer, p, workers or os.cpu_count() or 1)

    def _one(self, text: str) -> npt.NDArray[np.float32]:
        with self._lock:
            enc = self._tokenizer.encode(replace_surrogates(text))  # tokenizers rejects them
        ids = np.array([enc.ids], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0][0]
        pooled = hidden.mean(axis=0)
        out: npt.NDArray[np.float32] = (pooled / max(float(np.linalg.norm(pooled)), 1e-12)).astype(
            np.float32
        )
        return out

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Unit-length embeddings, one row per text, in input order; each text's
        vector does not depend on the other texts."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, vector in enumerate(self._pool.map(self._one, texts)):
            out[i] = vector
        return out


def _rebuild(path: Path, workers: int) -> Encoder:
    return Encoder.load(path, workers=workers)
