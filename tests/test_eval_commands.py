"""`threatscan eval` and `threatscan tune` end to end, through click's CliRunner.

Most tests swap the Scanner for a fake whose scores are written into each
synthetic text ("scores 0.9 0.0 0.0"), so gate outcomes do not depend on the
real detectors, which change often; one test runs the real Scanner.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import MappingProxyType
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

import threatscan.eval.commands as commands
from threatscan.config import ScanConfig, Thresholds
from threatscan.errors import DataError
from threatscan.eval.commands import eval_command, scan_dataset, tune_command
from threatscan.eval.datasets import load_labelled
from threatscan.pipeline import Scanner
from threatscan.types import LABELS, Decision, LabelResult, Report

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class FakeScanner:
    """Reads its three scores from the text; decides with the config's thresholds."""

    def __init__(self, config: ScanConfig | None = None) -> None:
        self.config = config or ScanConfig()

    @property
    def model(self) -> str:
        return "fake-v1"

    def scan(self, text: str, *, id: str | None = None) -> Report:
        numbers = [float(x) for x in text.split("#")[0].split()[1:4]]
        labels: dict[Any, LabelResult] = {}
        for label, score in zip(LABELS, numbers, strict=True):
            t = self.config.thresholds[label]
            decision = (
                Decision.FLAG
                if score >= t.flag
                else Decision.REVIEW
                if score >= t.review
                else Decision.PASS
            )
            labels[label] = LabelResult(score, decision is Decision.FLAG, decision)
        flagged = any(r.flagged for r in labels.values())
        return Report(
            text=text,
            labels=MappingProxyType(labels),
            decision=Decision.FLAG if flagged else Decision.PASS,
            evidence=(),
            framing=(),
            explanation="",
            model=self.model,
            id=id,
        )

    def scan_many(self, texts: Iterable[str], *, batch_size: int = 64) -> Iterator[Report]:
        for text in texts:
            yield self.scan(text)


# (id, threat, solicitation, doxxing, scores, family); default thresholds flag at 0.6.
FAKE_ROWS = [
    ("r0", 1, 0, 0, "0.9 0.0 0.0", "threat.direct"),
    ("r1", 1, 0, 0, "0.3 0.0 0.0", "threat.direct"),  # missed
    ("r2", 0, 1, 0, "0.0 0.95 0.0", "solicitation.bounty"),
    ("r3", 0, 0, 1, "0.0 0.0 0.8", "dox.address"),
    ("r4", 0, 0, 0, "0.7 0.0 0.0", "neg.sports"),  # false flag: neg.sports flags 1/2
    ("r5", 0, 0, 0, "0.1 0.1 0.1", "neg.sports"),
    ("r6", 0, 0, 0, "0.0 0.0 0.0", "neg.news"),
    ("r7", 0, 0, None, "0.2 0.0 0.0", "neg.news"),
]


def _write_rows(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def fake_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(commands, "Scanner", FakeScanner)
    # Fixed thresholds (the rules baseline's 0.6 / 0.35), whatever model is packaged.
    monkeypatch.setattr(
        commands,
        "_config",
        lambda path: ScanConfig(classifier="rules-v1") if path is None else ScanConfig.load(path),
    )
    rows = [
        {
            "id": rid,
            "text": f"scores {scores} # synthetic row {rid}",
            "threat": t,
            "solicitation": s,
            "doxxing": d,
            "family": family,
            "split": "dev" if i % 2 == 0 else "test",
            "source": "synthetic-a" if i < 4 else "synthetic-b",
            "lang": "en",
        }
        for i, (rid, t, s, d, scores, family) in enumerate(FAKE_ROWS)
    ]
    return _write_rows(tmp_path / "fake.jsonl", rows)


def _run(command: click.Command, args: list[str]) -> Result:
    return CliRunner().invoke(command, args, catch_exceptions=False)


def _eval(data: Path, out: Path, *extra: str) -> Result:
    args = [str(data), "--out", str(out), "--no-progress", "--bootstrap", "50", *extra]
    return _run(eval_command, args)


def test_commands_are_click_commands() -> None:
    assert isinstance(eval_command, click.Command) and eval_command.name == "eval"
    assert isinstance(tune_command, click.Command) and tune_command.name == "tune"


def test_eval_end_to_end_with_the_real_scanner(tmp_path: Path) -> None:
    rows = [
        {"id": "p1", "text": "50k to whoever puts the judge in the ground", "threat": 0,
         "solicitation": 1, "doxxing": 0, "family": "solicitation.bounty", "source": "syn"},
        {"id": "n1", "text": "I'd kill for a coffee right now", "threat": 0,
         "solicitation": 0, "doxxing": 0, "family": "neg.hyperbole", "source": "syn"},
        {"id": "n2", "text": "Great game, the Chiefs murdered them", "threat": 0,
         "solicitation": 0, "doxxing": None, "family": "neg.sports", "source": "syn"},
        {"id": "p2", "text": "I will hurt you tomorrow, Dave", "threat": 1,
         "solicitation": 0, "doxxing": 0, "family": "threat.direct", "source": "syn"},
    ]  # fmt: skip
    data = _write_rows(tmp_path / "real.jsonl", rows)
    out = tmp_path / "report"
    result = _eval(data, out)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("| label | n | pos | precision | recall | F1 |")
    for label in LABELS:
        assert f"| {label.value} |" in result.stdout

    metrics = json.loads((out / "metrics.json").read_text())
    stamp = metrics["stamp"]
    assert stamp["data_sha256"] == load_labelled(data).sha256
    assert stamp["config_fingerprint"] == ScanConfig().fingerprint()
    assert stamp["model"] == Scanner().model
    assert stamp["seed"] == 0 and stamp["bootstrap"] == 50 and stamp["threatscan_version"]
    assert set(metrics["labels"]) == {"threat", "solicitation", "doxxing"}
    assert metrics["labels"]["doxxing"]["n"] == 3  # the null row is left out
    assert [g["key"] for g in metrics["hard_negatives"]] == ["neg.hyperbole", "neg.sports"]
    assert metrics["gates"]["passed"] is True

    for name in ("pr_curves.png", "reliability.png"):
        assert (out / name).read_bytes().startswith(PNG_MAGIC)
    page = (out / "report.html").read_text()
    assert page.count('src="data:image/png;base64,') == 2
    for external in ("<script", "<link", "http://", "https://", "@import"):
        assert external not in page
    assert stamp["data_sha256"] in page
    for text in (r["text"] for r in rows):
        assert str(text) not in page  # no raw text in reports


def test_eval_with_progress_bar(fake_data: Path, tmp_path: Path) -> None:
    args = [str(fake_data), "--out", str(tmp_path / "o"), "--bootstrap", "0"]
    result = _run(eval_command, args)
    assert result.exit_code == 0
    assert "8/8" in result.stderr


def test_eval_numbers_split_and_sources(fake_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    result = _eval(fake_data, out)
    assert result.exit_code == 0, result.output
    m = json.loads((out / "metrics.json").read_text())
    threat = m["labels"]["threat"]["metrics"]
    assert (threat["tp"], threat["fp"], threat["fn"]) == (1, 1, 1)
    assert m["labels"]["solicitation"]["metrics"]["f1"] == 1.0
    assert [(g["key"], g["flagged"], g["n"]) for g in m["hard_negatives"]] == [
        ("neg.news", 0, 2),
        ("neg.sports", 1, 2),
    ]
    assert [g["key"] for g in m["breakdowns"]["source"]] == ["synthetic-a", "synthetic-b"]
    assert set(m["breakdowns"]) == {"family", "source", "lang"}
    # Review at 0.35: no threat row scores in [0.35, 0.6), so the missed positive stays missed.
    assert m["labels"]["threat"]["review"] == {"recall_at_review": 0.5, "review_rate": 0.0}
    assert "<h2>Review band</h2>" in (out / "report.html").read_text()

    split = _eval(fake_data, tmp_path / "s", "--split", "test", "--limit", "3")
    assert split.exit_code == 0
    ms = json.loads((tmp_path / "s" / "metrics.json").read_text())
    assert ms["n_rows"] == 3 and ms["stamp"]["split"] == "test"
    assert ms["stamp"]["data_sha256"] == load_labelled(fake_data, split="test", limit=3).sha256


def test_eval_bootstrap_unit(fake_data: Path, tmp_path: Path) -> None:
    rows = [json.loads(line) for line in fake_data.read_text().splitlines()]
    grouped = _write_rows(
        tmp_path / "grouped.jsonl", [{**r, "group": f"g{i // 2}"} for i, r in enumerate(rows)]
    )
    auto = _eval(grouped, tmp_path / "a")
    assert auto.exit_code == 0, auto.output
    assert "resamples of 4 groups, seed 0" in auto.output
    stamp = json.loads((tmp_path / "a" / "metrics.json").read_text())["stamp"]
    assert (stamp["bootstrap_unit"], stamp["bootstrap_groups"]) == ("group", 4)
    html_page = (tmp_path / "a" / "report.html").read_text()
    assert "resamples of 4 groups" in html_page
    # r4 (flagged) and r5 share g2; r6 and r7 share g3: neg.sports has 1 of 1 group flagged
    assert "<th>template groups with a flag</th>" in html_page
    # Groups: g0 = r0, r1 (r1 missed), g1 = r2, r3, g2 = r4 (false flag), r5, g3 = r6, r7.
    assert "<h2>Template groups with the most errors</h2>" in html_page
    assert "2 of 4 template groups have an error" in html_page
    by_group = json.loads((tmp_path / "a" / "metrics.json").read_text())["breakdowns"]["group"]
    assert [(g["key"], g["fp"], g["fn"]) for g in by_group] == [
        ("g0", 0, 1),
        ("g1", 0, 0),
        ("g2", 1, 0),
        ("g3", 0, 0),
    ]
    hard = json.loads((tmp_path / "a" / "metrics.json").read_text())["hard_negatives"]
    assert [(h["key"], h["groups"], h["groups_flagged"]) for h in hard] == [
        ("neg.news", 1, 0),
        ("neg.sports", 1, 1),
    ]
    rows_unit = _eval(grouped, tmp_path / "r", "--bootstrap-unit", "row")
    assert "resamples of the rows, seed 0" in rows_unit.output
    ungrouped = _eval(fake_data, tmp_path / "u")  # no group column: rows
    assert "resamples of the rows" in ungrouped.output
    assert "Template groups" not in (tmp_path / "u" / "report.html").read_text()
    refused = _eval(fake_data, tmp_path / "x", "--bootstrap-unit", "group")
    assert refused.exit_code == 3
    assert "bootstrap by group needs a 'group' value on every row" in refused.output


def test_eval_concatenates_files(fake_data: Path, tmp_path: Path) -> None:
    other = _write_rows(
        tmp_path / "other.jsonl",
        [{"id": "x1", "text": "scores 0.0 0.0 0.0", "threat": 0, "solicitation": 0,
          "doxxing": 0, "source": "other"}],
    )  # fmt: skip
    out = tmp_path / "o"
    result = _eval(fake_data, out, str(other))
    assert result.exit_code == 0, result.output
    m = json.loads((out / "metrics.json").read_text())
    assert m["n_rows"] == 9
    assert [g["key"] for g in m["breakdowns"]["source"]] == ["other", "synthetic-a", "synthetic-b"]
    assert m["stamp"]["data_files"] == [str(fake_data), str(other)]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--fail-under-f1", "0.9"], 1, "gate failed: threat F1 0.500 < 0.9"),
        (["--fail-under-f1", "0.5"], 0, None),  # threat F1 is exactly 0.5: not under
        (["--max-neg-flag-rate", "0.4"], 1, "gate failed: neg.sports flags 1/2 = 0.500 > 0.4"),
        (["--max-neg-flag-rate", "0.5"], 0, None),
        (["--fail-under-f1", "0.1", "--max-neg-flag-rate", "0"], 1, "neg.sports"),
    ],
)
def test_eval_gates(
    fake_data: Path, tmp_path: Path, args: list[str], code: int, message: str | None
) -> None:
    out = tmp_path / "o"
    result = _eval(fake_data, out, *args)
    assert result.exit_code == code, result.output
    gates = json.loads((out / "metrics.json").read_text())["gates"]
    assert gates["passed"] is (code == 0)
    assert (out / "report.html").exists()  # the report is written either way
    if message is not None:
        assert message in result.stderr


def test_f1_gate_skips_undefined_labels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commands, "Scanner", FakeScanner)
    rows = [{"id": "a", "text": "scores 0.9 0.0 0.0", "threat": 1, "solicitation": 0,
             "doxxing": None}]  # fmt: skip
    data = _write_rows(tmp_path / "d.jsonl", rows)
    result = _eval(data, tmp_path / "o", "--fail-under-f1", "0.9")
    assert result.exit_code == 0, result.output
    assert "note: solicitation: F1 undefined" in result.stderr
    assert "note: doxxing: F1 undefined" in result.stderr


@pytest.mark.parametrize(
    ("setup", "code", "message"),
    [
        ("missing", 3, "does not exist"),
        ("bad_row", 3, "must be 0, 1 or null"),
        ("bad_split", 3, "splits present"),
        ("bad_config", 5, "unknown setting"),
    ],
)
def test_eval_errors_have_exit_codes(
    fake_data: Path, tmp_path: Path, setup: str, code: int, message: str
) -> None:
    args = [str(fake_data), "--out", str(tmp_path / "o"), "--no-progress"]
    if setup == "missing":
        args[0] = str(tmp_path / "nope.jsonl")
    elif setup == "bad_row":
        bad = tmp_path / "bad.jsonl"
        bad.write_text('{"id": "a", "text": "x", "threat": 5, "solicitation": 0, "doxxing": 0}\n')
        args[0] = str(bad)
    elif setup == "bad_split":
        args += ["--split", "holdout"]
    else:
        cfg = tmp_path / "c.toml"
        cfg.write_text("colour = 1\n")
        args += ["--config", str(cfg)]
    result = _run(eval_command, args)
    assert result.exit_code == code
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "o").exists()


def test_eval_without_matplotlib(
    fake_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.backends.backend_agg", None)
    result = _eval(fake_data, tmp_path / "o")
    assert result.exit_code == 6
    assert "pip install 'threatscan[eval]'" in result.stderr
    assert not (tmp_path / "o").exists()


def test_scan_dataset_without_scan_many_and_bad_rows(tmp_path: Path) -> None:
    class OnlyScan(FakeScanner):
        scan_many = None  # type: ignore[assignment]

    rows = [{"id": f"r{i}", "text": f"scores 0.{i} 0.0 0.0", "threat": 0, "solicitation": 0,
             "doxxing": 0} for i in range(3)]  # fmt: skip
    data = load_labelled(_write_rows(tmp_path / "d.jsonl", rows))
    reports = scan_dataset(OnlyScan(), data, progress=False)  # type: ignore[arg-type]
    assert [r.id for r in reports] == ["r0", "r1", "r2"]
    assert [r.labels[LABELS[0]].score for r in reports] == [0.0, 0.1, 0.2]

    long_rows = [*rows, {"id": "too-long", "text": "x" * 50, "threat": 0, "solicitation": 0,
                         "doxxing": 0}]  # fmt: skip
    data = load_labelled(_write_rows(tmp_path / "long.jsonl", long_rows))
    with pytest.raises(DataError, match="row too-long cannot be scanned"):
        scan_dataset(Scanner(ScanConfig(max_chars=40)), data, progress=False)


# --------------------------------------------------------------------------- tune


def test_tune_writes_a_loadable_policy(fake_data: Path, tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    args = [str(fake_data), "--target-precision", "0.9", "-o", str(policy), "--no-progress"]
    result = _run(tune_command, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("| label | flag | review | precision | recall |")
    # threat: only 0.9 reaches precision 0.9; recall 0.98 needs the positive at 0.3.
    assert "| threat | 0.9000 | 0.3000 | 1.000 | 0.500 | 1.000 | 2 | 8 |" in result.stdout
    config = ScanConfig.load(policy)
    assert (config.thresholds[LABELS[0]].flag, config.thresholds[LABELS[0]].review) == (0.9, 0.3)
    text = policy.read_text()
    assert f"# data_sha256: {load_labelled(fake_data).sha256}" in text
    assert "# target_precision: 0.9" in text and "# threatscan_version: " in text

    # The policy drives eval: the missed threat row at 0.3 is now "review", not flagged.
    out = tmp_path / "o"
    evaluated = _eval(fake_data, out, "--config", str(policy))
    assert evaluated.exit_code == 0, evaluated.output
    m = json.loads((out / "metrics.json").read_text())
    assert m["stamp"]["config_fingerprint"] == config.fingerprint()
    assert m["labels"]["threat"]["metrics"]["precision"] == 1.0


def test_tune_on_a_split_keeps_labels_without_positives(fake_data: Path, tmp_path: Path) -> None:
    # The test split (odd rows) has no solicitation positive.
    policy = tmp_path / "p.toml"
    args = [str(fake_data), "--split", "test", "-o", str(policy), "--no-progress"]
    result = _run(tune_command, args)
    assert result.exit_code == 0, result.output
    assert "note: solicitation has no positive rows here" in result.stderr
    loaded = ScanConfig.load(policy)
    assert loaded.thresholds[LABELS[1]] == ScanConfig(classifier="rules-v1").thresholds[LABELS[1]]
    assert "# split: test" in policy.read_text()


def test_tune_refuses_a_missed_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commands, "Scanner", FakeScanner)
    rows = [
        {"id": "a", "text": "scores 0.9 0.9 0.9", "threat": 0, "solicitation": 1, "doxxing": 1},
        {"id": "b", "text": "scores 0.8 0.1 0.1", "threat": 1, "solicitation": 0, "doxxing": 0},
        {"id": "c", "text": "scores 0.1 0.1 0.1", "threat": 0, "solicitation": 0, "doxxing": 0},
    ]
    data = _write_rows(tmp_path / "d.jsonl", rows)
    policy = tmp_path / "p.toml"
    base = [str(data), "-o", str(policy), "--no-progress", "--target-precision", "0.9"]
    refused = _run(tune_command, base)
    assert refused.exit_code == 1
    assert "out of reach for threat" in refused.stderr
    assert not policy.exists()
    allowed = _run(tune_command, [*base, "--allow-miss"])
    assert allowed.exit_code == 0, allowed.output
    assert "TARGET MISSED" in policy.read_text()
    ScanConfig.load(policy)


def test_tune_copies_base_settings(fake_data: Path, tmp_path: Path) -> None:
    base = tmp_path / "base.toml"
    base.write_text("max_chars = 4000\n")
    policy = tmp_path / "p.toml"
    args = [str(fake_data), "--config", str(base), "-o", str(policy), "--no-progress"]
    assert _run(tune_command, args).exit_code == 0
    assert ScanConfig.load(policy).max_chars == 4000


def test_tune_raises_a_flag_threshold_for_a_family_flag_rate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(commands, "Scanner", FakeScanner)
    rows = [
        {"id": "p1", "text": "scores 0.9 0 0", "threat": 1, "family": "threat.direct"},
        {"id": "p2", "text": "scores 0.7 0 0", "threat": 1, "family": "threat.direct"},
        {"id": "q1", "text": "scores 0.8 0 0", "threat": 0, "family": "neg.quote"},
        {"id": "q2", "text": "scores 0.1 0 0", "threat": 0, "family": "neg.quote"},
        {"id": "g1", "text": "scores 0.2 0 0", "threat": 0, "family": "neg.game"},
    ]
    rows = [{"solicitation": 0, "doxxing": 0, **r} for r in rows]
    rows.append({"id": "s", "text": "scores 0 0.9 0.9", "threat": 0, "solicitation": 1,
                 "doxxing": 1, "family": "dox.address"})  # fmt: skip
    data = _write_rows(tmp_path / "d.jsonl", rows)
    policy = tmp_path / "p.toml"
    base = [str(data), "-o", str(policy), "--no-progress", "--target-precision", "0.6"]
    free = _run(tune_command, base)
    assert free.exit_code == 0, free.output
    assert ScanConfig.load(policy).thresholds[LABELS[0]].flag == 0.7  # flags the quote at 0.8
    capped = _run(tune_command, [*base, "--max-family-flag-rate", "0.0"])
    assert capped.exit_code == 0, capped.output
    assert "raised for neg.quote" in capped.stdout
    assert ScanConfig.load(policy).thresholds[LABELS[0]].flag == 0.9
    text = policy.read_text()
    assert "# max_family_flag_rate: 0.0" in text and "raised for neg.quote" in text


def test_tune_with_a_review_budget(fake_data: Path, tmp_path: Path) -> None:
    # Traffic: 10 texts, threat scores 0.95 (flagged at 0.9), 0.5, 0.4, 0.35 and six at 0.
    traffic = tmp_path / "traffic.txt"
    scores = [0.95, 0.5, 0.4, 0.35] + [0.0] * 6
    traffic.write_text("".join(f"scores {s} 0.0 0.0\n" for s in scores), encoding="utf-8")
    policy = tmp_path / "p.toml"
    base = [str(fake_data), "--target-precision", "0.9", "-o", str(policy), "--no-progress"]
    budget = ["--traffic", str(traffic), "--max-review-rate", "0.1"]
    result = _run(tune_command, [*base, *budget])
    assert result.exit_code == 0, result.output
    # Unbudgeted, review sits at 0.3 and 3 of the 10 rows land in [0.3, 0.9); the budget
    # allows 1, and the lowest labelled score that keeps it is 0.7 (the sports row), which
    # costs the missed positive at 0.3: recall at review falls from 1.0 to 0.5.
    assert "| threat | 0.9000 | 0.7000 (budget) | 1.000 | 0.500 | 0.500 | 2 | 8 | 0.00% |" in (
        result.stdout
    )
    assert f"traffic {traffic}: 1 of 10 rows flagged (10.00%), 0 to review (0.00%)" in (
        result.stdout
    )
    assert ScanConfig.load(policy).thresholds[LABELS[0]] == Thresholds(flag=0.9, review=0.7)
    text = policy.read_text()
    assert f"# traffic: {traffic} (10 rows, sha256 " in text
    assert "# max_review_rate: 0.1" in text and "review raised for the budget" in text

    roomy = _run(tune_command, [*base, "--traffic", str(traffic), "--max-review-rate", "0.3"])
    assert "| threat | 0.9000 | 0.3000 | 1.000 | 0.500 | 1.000 | 2 | 8 | 30.00% |" in roomy.stdout


def test_tune_review_budget_errors(fake_data: Path, tmp_path: Path) -> None:
    base = [str(fake_data), "-o", str(tmp_path / "p.toml"), "--no-progress"]
    alone = CliRunner().invoke(tune_command, [*base, "--max-review-rate", "0.1"])
    assert alone.exit_code == 2 and "--traffic and --max-review-rate go together" in alone.stderr
    odd = tmp_path / "traffic.xml"
    odd.write_text("<x/>")
    bad_suffix = _run(tune_command, [*base, "--traffic", str(odd), "--max-review-rate", "0.1"])
    assert bad_suffix.exit_code == 3 and "use a .jsonl, .csv, .txt or .parquet" in bad_suffix.stderr
    rows = tmp_path / "traffic.jsonl"
    _write_rows(rows, [{"text": "scores 0 0 0"}, {"text": None}])
    bad_row = _run(tune_command, [*base, "--traffic", str(rows), "--max-review-rate", "0.1"])
    assert bad_row.exit_code == 3 and f"--traffic {rows}, row 2: field 'text' is null" in (
        bad_row.stderr
    )
    missing = _run(
        tune_command, [*base, "--traffic", str(tmp_path / "no.txt"), "--max-review-rate", "0.1"]
    )
    assert missing.exit_code == 3
    assert not (tmp_path / "p.toml").exists()
