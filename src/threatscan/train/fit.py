"""Fit the cascade: linear stage, encoder heads, Platt calibration, escalation band.

Procedure (all seeded, deterministic for the same data):

1. Every row goes through the detectors and the Analysis (the evidence
   features), and its folded text is hashed into n-gram features.
2. Linear stage: one L2 logistic regression per label over [hashed n-grams,
   Analysis features], fitted on the train split. Its out-of-fold logits on
   train (5 folds grouped by template group) feed the encoder head, so the head
   never sees logits of rows the linear stage trained on.
3. Encoder head: one logistic regression per label over [MiniLM embedding,
   Analysis features, linear logits], fitted on train.
4. Calibration: Platt scaling of each stage's logits, fitted on dev.
5. Escalation band per label, from dev: texts whose calibrated linear score
   lies in ``(lo, hi)`` go to the encoder, where ``lo`` keeps at most
   ``band_miss`` (0.5%) of dev positives below it and ``hi`` at most that share
   of dev negatives above it; ``lo`` is raised so that at most
   ``escalation_budget`` of real (shared-data) dev texts escalate. With
   ``confirm_positives`` (the default) ``hi`` is above every probability, so the
   linear stage settles only clear negatives and the encoder confirms every text
   the linear stage would call positive: ``hi`` is fitted on dev negatives, and
   negatives from templates the linear stage never saw score above it far more
   often than dev suggests, while positives are rare in a real stream, so the
   confirmation costs little time. The encoder stage's output is a logistic
   combination of both stages' logits, fitted on dev.

The test split is never read here.
"""

from __future__ import annotations

import hashlib
import platform
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from threatscan.classify.cascade import (
    NEVER_SETTLED,
    CascadeWeights,
    calibrated,
    combined,
    escalates,
    mix_logit,
    rules_inputs,
    rules_shares,
)
from threatscan.classify.encoder import DEFAULT_ENCODER_DIR, Encoder
from threatscan.classify.features import FEATURE_NAMES
from threatscan.classify.hashing import DIM, hashed_features
from threatscan.config import ESCALATION_BUDGET, RULES_WEIGHT, RULES_WEIGHT_PARTIAL, ScanConfig
from threatscan.errors import MissingDependencyError
from threatscan.pipeline import Scanner
from threatscan.train.data import TrainingRow
from threatscan.types import LABELS

__all__ = ["TrainResult", "train"]

Progress = Callable[[str], None]
_MAX_CHARS = 20_000
_EMBEDDING_VERSION = "one-text-per-call"  # part of the cache key: how vectors were computed


@dataclass(frozen=True)
class TrainResult:
    weights: CascadeWeights
    dev_metrics: dict[str, dict[str, float]]
    escalation_rate_dev: float


def _sklearn() -> Any:
    try:
        import scipy.sparse
        import sklearn.linear_model
        import sklearn.model_selection
    except ImportError as exc:
        raise MissingDependencyError(
            "training needs scikit-learn: pip install 'threatscan[train]'"
        ) from exc
    return sklearn, scipy.sparse


def _featurize(
    rows: Sequence[TrainingRow], progress: Progress
) -> tuple[Any, npt.NDArray[np.float32], list[str]]:
    _, sparse = _sklearn()
    scanner = Scanner(ScanConfig(classifier="rules-v1", max_chars=_MAX_CHARS))

    indptr, indices, values = [0], [], []
    dense = np.zeros((len(rows), len(FEATURE_NAMES)), dtype=np.float32)
    folded: list[str] = []
    for i, row in enumerate(rows):
        doc, analysis = scanner.analyze(row.text[:_MAX_CHARS])
        dense[i] = [analysis.features.get(n, 0.0) for n in FEATURE_NAMES]
        idx, val = hashed_features(doc.folded.text)
        indices.append(idx)
        values.append(val)
        indptr.append(indptr[-1] + len(idx))
        folded.append(doc.folded.text)
        if i % 5000 == 0:
            progress(f"featurised {i}/{len(rows)}")
    hashed = sparse.csr_matrix(
        (np.concatenate(values), np.concatenate(indices), np.array(indptr)),
        shape=(len(rows), DIM),
        dtype=np.float32,
    )
    return hashed, dense, folded


def _embed(texts: list[str], cache: Path | None, progress: Progress) -> npt.NDArray[np.float32]:
    # The key covers the texts and the encoder file, so a new encoder never reuses old vectors.
    model_hash = hashlib.sha256((DEFAULT_ENCODER_DIR / "model.int8.onnx").read_bytes()).hexdigest()
    key = hashlib.sha256(("\n".join(texts) + model_hash + _EMBEDDING_VERSION).encode()).hexdigest()
    key = key[:16]
    path = cache / f"emb-{key}.npy" if cache else None
    if path is not None and path.is_file():
        progress(f"embeddings from cache {path}")
        return np.asarray(np.load(path, allow_pickle=False), dtype=np.float32)
    encoder = Encoder.load()
    out = np.zeros((len(texts), Encoder.dim), dtype=np.float32)
    step = 2048
    for start in range(0, len(texts), step):
        out[start : start + step] = encoder.embed(texts[start : start + step])
        progress(f"embedded {min(start + step, len(texts))}/{len(texts)}")
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, out, allow_pickle=False)
    return out


def _platt(z: npt.NDArray[np.float32], y: npt.NDArray[np.int64]) -> tuple[float, float]:
    sklearn, _ = _sklearn()
    if len(np.unique(y)) < 2:
        return 1.0, 0.0
    model = sklearn.linear_model.LogisticRegression(C=1e4, max_iter=1000)
    model.fit(z.reshape(-1, 1), y)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def _combiner(
    head: npt.NDArray[np.float32], linear: npt.NDArray[np.float32], y: npt.NDArray[np.int64]
) -> tuple[float, float, float]:
    """Platt scaling over both stages' logits: sigmoid(a * head + b * linear + c)."""
    sklearn, _ = _sklearn()
    if len(np.unique(y)) < 2:
        return 1.0, 0.0, 0.0
    model = sklearn.linear_model.LogisticRegression(C=1e4, max_iter=1000)
    model.fit(np.stack([head, linear], axis=1), y)
    return float(model.coef_[0, 0]), float(model.coef_[0, 1]), float(model.intercept_[0])


def _prf(y: npt.NDArray[np.int64], p: npt.NDArray[np.float64], t: float = 0.5) -> dict[str, float]:
    pred = p >= t
    tp = float(np.sum(pred & (y == 1)))
    fp = float(np.sum(pred & (y == 0)))
    fn = float(np.sum(~pred & (y == 1)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def train(
    rows: Sequence[TrainingRow],
    *,
    seed: int = 0,
    c_linear: float = 4.0,
    c_head: float = 1.0,
    cache: Path | None = None,
    head: Path | None = None,
    band_miss: float = 0.005,
    escalation_budget: float | None = ESCALATION_BUDGET,
    confirm_positives: bool = True,
    rules_weight: float = RULES_WEIGHT,
    rules_weight_partial: float = RULES_WEIGHT_PARTIAL,
    command: str = "threatscan train",
    progress: Progress = lambda _msg: None,
) -> TrainResult:
    """Fit all cascade weights from ``rows`` (train and dev splits; test unused)."""
    sklearn, sparse = _sklearn()
    used = [r for r in rows if r.split in {"train", "dev"}]
    split = np.array([r.split for r in used])
    groups = np.array([r.group for r in used])
    y_all = np.array([[-1 if v is None else v for v in r.labels] for r in used], dtype=np.int64)
    progress(f"{len(used)} rows ({np.sum(split == 'train')} train, {np.sum(split == 'dev')} dev)")
    hashed, dense, folded = _featurize(used, progress)
    x_lin = sparse.hstack([hashed, sparse.csr_matrix(dense)], format="csr")
    emb = _embed(folded, cache, progress)

    n_labels, n_feat = len(LABELS), len(FEATURE_NAMES)
    cheap_w = np.zeros((n_labels, DIM), dtype=np.float32)
    cheap_dense = np.zeros((n_labels, n_feat), dtype=np.float32)
    cheap_b = np.zeros(n_labels, dtype=np.float32)
    tr, dv = split == "train", split == "dev"
    cheap_train_oof = np.zeros((int(tr.sum()), n_labels), dtype=np.float32)
    cheap_dev = np.zeros((int(dv.sum()), n_labels), dtype=np.float32)

    def linear() -> Any:
        return sklearn.linear_model.LogisticRegression(
            C=c_linear, solver="liblinear", max_iter=2000, random_state=seed
        )

    folds = sklearn.model_selection.GroupKFold(n_splits=5)
    for j, label in enumerate(LABELS):
        known = y_all[:, j] >= 0
        m_tr = tr & known
        model = linear().fit(x_lin[m_tr], y_all[m_tr, j])
        coef = model.coef_[0].astype(np.float32)
        cheap_w[j], cheap_dense[j], cheap_b[j] = coef[:DIM], coef[DIM:], model.intercept_[0]
        cheap_dev[:, j] = model.decision_function(x_lin[dv])
        # Out-of-fold logits for every train row (rows with an unknown label included).
        x_tr, y_tr, g_tr, k_tr = x_lin[tr], y_all[tr, j], groups[tr], known[tr]
        for fit_idx, pred_idx in folds.split(x_tr, groups=g_tr):
            fit_idx = fit_idx[k_tr[fit_idx]]
            fold_model = linear().fit(x_tr[fit_idx], y_tr[fit_idx])
            cheap_train_oof[pred_idx, j] = fold_model.decision_function(x_tr[pred_idx])
        progress(f"linear stage fitted for {label.value}")

    head_w = np.zeros((n_labels, Encoder.dim + n_feat + n_labels), dtype=np.float32)
    head_b = np.zeros(n_labels, dtype=np.float32)
    x_head_tr = np.hstack([emb[tr], dense[tr], cheap_train_oof])
    x_head_dv = np.hstack([emb[dv], dense[dv], cheap_dev])
    head_dev = np.zeros_like(cheap_dev)
    if head is not None:
        # The head was trained with the fine-tuned encoder (scripts/finetune_encoder.py):
        # map its columns onto [embedding, Analysis features, linear logits (unused)].
        with np.load(head, allow_pickle=False) as data:
            w_ft, b_ft, names_ft = data["w"], data["b"], [str(n) for n in data["feature_names"]]
        head_w[:, : Encoder.dim] = w_ft[:, : Encoder.dim]
        for k, name in enumerate(names_ft):
            if name in FEATURE_NAMES:
                head_w[:, Encoder.dim + FEATURE_NAMES.index(name)] = w_ft[:, Encoder.dim + k]
        head_b[:] = b_ft
        head_dev = (x_head_dv @ head_w.T + head_b).astype(np.float32)
        progress(f"encoder head taken from {head}")
    for j, label in enumerate(LABELS if head is None else ()):
        known_tr = y_all[tr, j] >= 0
        model = sklearn.linear_model.LogisticRegression(
            C=c_head, max_iter=3000, random_state=seed
        ).fit(x_head_tr[known_tr], y_all[tr][known_tr, j])
        head_w[j], head_b[j] = model.coef_[0], model.intercept_[0]
        head_dev[:, j] = model.decision_function(x_head_dv)
        progress(f"encoder head fitted for {label.value}")

    cheap_platt = np.zeros((n_labels, 2), dtype=np.float32)
    head_platt = np.zeros((n_labels, 3), dtype=np.float32)
    band = np.zeros((n_labels, 2), dtype=np.float32)
    y_dev = y_all[dv]
    real_dev = np.array([r.family.startswith("shared.") for r in used])[dv]
    dev_metrics: dict[str, dict[str, float]] = {}
    for j in range(n_labels):
        known = y_dev[:, j] >= 0
        cheap_platt[j] = _platt(cheap_dev[known, j], y_dev[known, j])
        head_platt[j] = _combiner(head_dev[known, j], cheap_dev[known, j], y_dev[known, j])
    # From here on, the same functions the scanner applies (threatscan.classify.cascade).
    p_dev = calibrated(cheap_dev, cheap_platt)
    p_head_dev = combined(head_dev, cheap_dev, head_platt)
    for j, label in enumerate(LABELS):
        known = y_dev[:, j] >= 0
        p, ph = p_dev[known, j], p_head_dev[known, j]
        pos, neg = p[y_dev[known, j] == 1], p[y_dev[known, j] == 0]
        lo = float(np.quantile(pos, band_miss)) if len(pos) else 0.5
        hi = float(np.quantile(neg, 1 - band_miss)) if len(neg) else 0.5
        if escalation_budget is not None and real_dev.any():
            # Cap the share of real (shared-data) texts the encoder sees: a stream is
            # mostly such text, and the encoder costs ~4x the rest of the pipeline.
            p_real = p_dev[real_dev, j]
            lo = max(lo, float(np.quantile(p_real, 1 - escalation_budget / n_labels)))
        band[j] = (min(lo, 0.5), NEVER_SETTLED if confirm_positives else max(hi, 0.5))
        dev_metrics[label.value] = {
            **{f"linear_{k}": v for k, v in _prf(y_dev[known, j], p).items()},
            **{f"encoder_{k}": v for k, v in _prf(y_dev[known, j], ph).items()},
            "band_lo": round(float(band[j, 0]), 4),
            "band_hi": round(float(band[j, 1]), 4),
        }
    escalate = escalates(p_dev, band)
    rate = float(escalate.mean())
    rate_real = float(escalate[real_dev].mean()) if real_dev.any() else rate
    missed = int((~escalate & (p_dev < 0.5).all(axis=1) & (y_dev == 1).any(axis=1)).sum())
    progress(
        f"escalation on dev: {rate:.1%} of all rows, {rate_real:.1%} of real (shared) rows; "
        f"{missed} dev positives settled below 0.5 by the linear stage"
    )
    # Final blend with the rules baseline, recalibrated on dev (see cascade.blend).
    features_dev = [dict(zip(FEATURE_NAMES, row, strict=True)) for row in dense[dv]]
    rules_dev, complete_dev = rules_inputs(features_dev)
    shares = rules_shares(
        complete_dev, {"rules_weight": rules_weight, "rules_weight_partial": rules_weight_partial}
    )
    p_cascade_dev = np.where(escalate[:, None], p_head_dev, p_dev)
    mixed = mix_logit(p_cascade_dev, rules_dev, shares)
    blend_platt = [
        list(_platt(mixed[y_dev[:, j] >= 0, j], y_dev[y_dev[:, j] >= 0, j]))
        for j in range(n_labels)
    ]
    sources = sorted({r.source for r in used})
    card = {
        "name": "cascade-v1",
        "created": datetime.now(UTC).strftime("%Y-%m-%d"),
        "command": command,
        "seed": seed,
        "c_linear": c_linear,
        "c_head": c_head,
        "band_miss": band_miss,
        "rules_weight": rules_weight,
        "rules_weight_partial": rules_weight_partial,
        "blend_platt": blend_platt,
        "rows": {"train": int(tr.sum()), "dev": int(dv.sum())},
        "sources": sources,
        "data_sha256": hashlib.sha256(
            "\n".join(f"{r.id}\t{r.labels}\t{r.split}" for r in used).encode()
        ).hexdigest()[:16],
        "dev_metrics": dev_metrics,
        "dev_escalation_rate": round(rate, 4),
        "dev_escalation_rate_real": round(rate_real, 4),
        "escalation_budget": escalation_budget,
        "confirm_positives": confirm_positives,
        "python": platform.python_version(),
        "encoder": "all-MiniLM-L6-v2 int8 ONNX (models/minilm)",
        "head": "fine-tuned with the encoder" if head is not None else "logistic regression",
    }
    weights = CascadeWeights(
        feature_names=FEATURE_NAMES,
        cheap_w=cheap_w,
        cheap_dense=cheap_dense,
        cheap_b=cheap_b,
        cheap_platt=cheap_platt,
        head_w=head_w,
        head_b=head_b,
        head_platt=head_platt,
        band=band,
        card=card,
    )
    return TrainResult(weights=weights, dev_metrics=dev_metrics, escalation_rate_dev=rate)
