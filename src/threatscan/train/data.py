"""Training rows: the project corpus plus the shared development data.

The project corpus (``data/corpus.jsonl``) carries its own split by template
group. Shared data (``../shared/data``) is split here by a stable hash of its
group (Presidio's template id, otherwise the row id), 70/15/15, so a template
never straddles train and test. Rows whose label is ``null`` are kept; that
label is simply not trained or scored on them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from threatscan.errors import SourceError, SourceNotFoundError
from threatscan.types import LABELS

__all__ = ["SHARED_FILES", "TrainingRow", "load_rows", "split_of"]

SHARED_FILES = ("threatgram101.jsonl", "implicit_hate_stg2.jsonl", "presidio_synth_pii.jsonl")


@dataclass(frozen=True, slots=True)
class TrainingRow:
    id: str
    text: str
    labels: tuple[int | None, int | None, int | None]  # threat, solicitation, doxxing
    split: str
    source: str
    family: str
    group: str


def split_of(group: str) -> str:
    """Stable 70/15/15 split of a group id."""
    bucket = int(hashlib.sha256(group.encode()).hexdigest(), 16) % 100
    return "train" if bucket < 70 else "dev" if bucket < 85 else "test"


def _read_jsonl(path: Path) -> Iterable[dict[str, object]]:
    if not path.is_file():
        raise SourceNotFoundError(f"training file {path} does not exist")
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise SourceError(f"{path}:{n} is not valid JSON: {exc}") from exc


def _label(value: object) -> int | None:
    return None if value is None else int(bool(value))


def load_rows(corpus: Path, shared: Path | None = None) -> list[TrainingRow]:
    """Read the corpus and, when given, the shared data directory."""
    rows: list[TrainingRow] = []
    for r in _read_jsonl(corpus):
        rows.append(
            TrainingRow(
                id=str(r["id"]),
                text=str(r["text"]),
                labels=tuple(_label(r.get(label.value)) for label in LABELS),  # type: ignore[arg-type]
                split=str(r["split"]),
                source=str(r.get("source", "threatscan-corpus")),
                family=str(r.get("family", "")),
                group=str(r.get("group", r["id"])),
            )
        )
    if shared is not None:
        for name in SHARED_FILES:
            for r in _read_jsonl(shared / name):
                orig = r.get("orig_label")
                template = orig.get("template_id") if isinstance(orig, dict) else None
                group = f"{r['source']}:t{template}" if template is not None else str(r["id"])
                rows.append(
                    TrainingRow(
                        id=str(r["id"]),
                        text=str(r["text"]),
                        labels=tuple(_label(r.get(label.value)) for label in LABELS),  # type: ignore[arg-type]
                        split=split_of(group),
                        source=str(r["source"]),
                        family=f"shared.{r['source']}",
                        group=group,
                    )
                )
    return rows
