"""scripts/compare_reports.py: the side-by-side table a model decision reads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _report(
    path: Path, f1: tuple[float, float], flagged: tuple[int, int], data: str = "abc"
) -> Path:
    n = 50
    labels = {
        label: {"positives": 10, "metrics": {"f1": f, "auprc": f + 0.01}}
        for label, f in zip(("threat", "doxxing"), f1, strict=True)
    }
    hard = [
        {"key": key, "n": n, "flagged": k, "flag_rate": k / n}
        for key, k in zip(("neg.game", "neg.quote"), flagged, strict=True)
    ]
    path.mkdir()
    stamp = {"split": "dev", "data_sha256": data}
    metrics = {"stamp": stamp, "n_rows": 120, "labels": labels, "hard_negatives": hard}
    (path / "metrics.json").write_text(json.dumps(metrics), encoding="utf-8")
    return path


def _run(*args: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "scripts/compare_reports.py", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_prints_means_flags_and_families_worst_first(tmp_path: Path) -> None:
    a = _report(tmp_path / "a", (0.8, 0.9), (3, 0))
    b = _report(tmp_path / "b", (0.9, 0.95), (0, 1))
    done = _run(a, b)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert f"| {a} | 0.800 / 0.900 (0.8500) | 0.810 / 0.910 (0.8600) | 3 of 100 | 1 of 2 |" in lines
    assert f"| {b} | 0.900 / 0.950 (0.9250) | 0.910 / 0.960 (0.9350) | 1 of 100 | 0 of 2 |" in lines
    families = [line for line in lines if line.startswith("| neg.")]
    assert families == ["| neg.game | 3 | 0 | 50 |", "| neg.quote | 0 | 1 | 50 |"]


def test_refuses_reports_of_different_rows(tmp_path: Path) -> None:
    a = _report(tmp_path / "a", (0.8, 0.9), (3, 0))
    b = _report(tmp_path / "b", (0.8, 0.9), (3, 0), data="def")
    done = _run(a, b)
    assert done.returncode == 1
    assert "different rows" in done.stderr
    assert "no metrics.json" in _run(tmp_path / "missing").stderr
