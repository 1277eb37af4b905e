"""The ``threatscan eval`` and ``threatscan tune`` commands (click), at the edge.

Both read labelled JSONL files, scan every row with one Scanner (with a tqdm
progress bar on stderr) and hand the scores to the pure functions of
``threatscan.eval``. ``eval_command`` and ``tune_command`` are plain
``click.Command`` objects for the CLI group to add; each maps a
``ThreatscanError`` to ``error: ...`` on stderr and the error's exit code, so
they behave the same inside the group and on their own.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import click
import numpy as np

from threatscan._cli_errors import ErrorMappingCommand
from threatscan.config import ScanConfig, Thresholds
from threatscan.errors import DataError, ThreatscanError
from threatscan.eval.datasets import Dataset, Example, concat, load_labelled
from threatscan.eval.metrics import (
    BootstrapUnit,
    EvalResult,
    Predictions,
    evaluate,
    make_stamp,
    predictions_from_reports,
)
from threatscan.eval.report import headline_markdown, write_report
from threatscan.eval.thresholds import OBJECTIVES, Objective, TunedLabel, tune_label, write_policy
from threatscan.io import format_for_suffix, read_rows
from threatscan.pipeline import Scanner
from threatscan.types import LABELS, Label, Report

__all__ = ["EXIT_GATE", "eval_command", "scan_dataset", "tune_command"]

EXIT_GATE = 1
"""Exit code when a quality gate (``--fail-under-f1``, ``--max-neg-flag-rate``) fails."""

_CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

_EVAL_EPILOG = """\b
Exit codes:
  0   done; every gate passed
  1   a gate failed (--fail-under-f1, --max-neg-flag-rate)
  3   a data file is missing, unreadable or has an invalid row
  5   invalid configuration file
  6   matplotlib is missing (pip install 'threatscan[eval]')
"""

_TUNE_EPILOG = """\b
Exit codes:
  0   policy written
  1   a label missed the precision target (nothing written without --allow-miss)
  3   a data or traffic file is missing, unreadable or has an invalid row
  5   invalid base configuration file

\b
Review budget: --traffic names a sample of the text the policy will scan (jsonl
with a "text" field, csv, txt or parquet; labels are not read) and
--max-review-rate the largest share of it that one label may send to review,
for example --traffic shared-dev.jsonl --max-review-rate 0.02.
"""


# --------------------------------------------------------------------------- shared


def _load(paths: Sequence[str], split: str | None, limit: int | None) -> Dataset:
    if limit is not None and limit < 1:
        raise DataError(f"--limit must be at least 1, got {limit}")
    data = concat([load_labelled(p, split=split) for p in paths])
    if limit is not None:
        data = data.head(limit)
    if len(data) == 0:
        raise DataError("no rows to evaluate; check the files and --split")
    return data


def _config(path: str | None) -> ScanConfig:
    return ScanConfig() if path is None else ScanConfig.load(path)


def scan_dataset(
    scanner: Scanner, dataset: Dataset, *, progress: bool = True
) -> tuple[Report, ...]:
    """Scan every row in order (``scan_many`` when the Scanner has it).

    Raises:
        DataError: a row cannot be scanned (too long, ...); the message names its id.
    """
    bar: Any = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(dataset), unit="row", file=sys.stderr, dynamic_ncols=True)
    reports: list[Report] = []
    try:
        scan_many = getattr(scanner, "scan_many", None)
        stream: Iterator[Report]
        if scan_many is not None:
            stream = iter(scan_many(dataset.texts))
        else:
            stream = (scanner.scan(row.text, id=row.id) for row in dataset.rows)
        while True:
            try:
                report = next(stream)
            except StopIteration:
                break
            except ThreatscanError as exc:
                # Results come in input order, so the failing row is the next one.
                row_id = dataset.rows[len(reports)].id
                raise DataError(f"row {row_id} cannot be scanned: {exc}") from exc
            reports.append(report)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return tuple(reports)


# --------------------------------------------------------------------------- eval


def _gates(
    result: EvalResult, *, fail_under_f1: float | None, max_neg_flag_rate: float | None
) -> tuple[list[str], list[str]]:
    """Return (failures, notes) for the quality gates."""
    failures: list[str] = []
    notes: list[str] = []
    if fail_under_f1 is not None:
        for e in result.labels:
            f1 = e.metrics["f1"]
            if e.n == 0 or f1 != f1:  # nan: no gold values, or no positives and no flags
                notes.append(f"{e.label.value}: F1 undefined on this data; F1 gate skipped")
            elif f1 < fail_under_f1:
                failures.append(f"{e.label.value} F1 {f1:.3f} < {fail_under_f1:g}")
    if max_neg_flag_rate is not None:
        if not result.hard_negatives:
            notes.append("no neg.* families in the data; flag-rate gate skipped")
        for g in result.hard_negatives:
            if g.flag_rate > max_neg_flag_rate:
                failures.append(
                    f"{g.key} flags {g.flagged}/{g.n} = {g.flag_rate:.3f} > {max_neg_flag_rate:g}"
                )
    return failures, notes


@click.command(
    "eval",
    cls=ErrorMappingCommand,
    epilog=_EVAL_EPILOG,
    context_settings=_CONTEXT,
    no_args_is_help=True,
)
# DATA are plain strings, not click.Path(exists=True), so that a missing file is threatscan's
# own SourceNotFoundError (exit 3) rather than click's usage error (exit 2).
@click.argument("data", nargs=-1, required=True, metavar="DATA.jsonl...")
@click.option("--split", default=None, help="Use only rows with this split (train, dev, test).")
@click.option(
    "--config",
    "config_path",
    metavar="POLICY.toml",
    default=None,
    help="Config or policy file to scan with (default: built-in settings).",
)
@click.option(
    "--out",
    "out_dir",
    default="reports/eval",
    show_default=True,
    help="Folder for metrics.json, the PNGs and report.html.",
)
@click.option(
    "--bootstrap",
    default=1000,
    show_default=True,
    type=click.IntRange(min=0),
    help="Bootstrap resamples for confidence intervals (0: none).",
)
@click.option("--seed", default=0, show_default=True, type=int, help="Bootstrap seed.")
@click.option(
    "--bootstrap-unit",
    type=click.Choice(["auto", "row", "group"]),
    default="auto",
    show_default=True,
    help="What a resample draws: whole template groups (the 'group' column; 'auto' when "
    "every row has one) or single rows.",
)
@click.option("--limit", default=None, type=int, help="Use only the first N rows.")
@click.option(
    "--fail-under-f1",
    default=None,
    type=click.FloatRange(0.0, 1.0),
    help="Exit 1 when any label's F1 is below this.",
)
@click.option(
    "--max-neg-flag-rate",
    default=None,
    type=click.FloatRange(0.0, 1.0),
    help="Exit 1 when any neg.* family is flagged more often than this.",
)
@click.option("--no-progress", is_flag=True, help="Do not show a progress bar on stderr.")
def eval_command(
    data: tuple[str, ...],
    split: str | None,
    config_path: str | None,
    out_dir: str,
    bootstrap: int,
    seed: int,
    bootstrap_unit: BootstrapUnit,
    limit: int | None,
    fail_under_f1: float | None,
    max_neg_flag_rate: float | None,
    no_progress: bool,
) -> None:
    """Measure a Scanner on labelled JSONL files and write a report.

    Scans every row, computes per-label precision, recall, F1 (with bootstrap
    CIs), AUPRC, ECE and confusion counts, flag rates of hard-negative
    families (neg.*) and per-family, per-source and per-language tables. Writes
    metrics.json, pr_curves.png, reliability.png and report.html into --out and
    prints the per-label table as Markdown. Several files are concatenated.
    """
    config = _config(config_path)
    scanner = Scanner(config)
    dataset = _load(data, split, limit)
    preds: Predictions = predictions_from_reports(
        scan_dataset(scanner, dataset, progress=not no_progress)
    )
    stamp = make_stamp(
        dataset,
        models=preds.models,
        config_fingerprint=config.fingerprint(),
        seed=seed,
        n_bootstrap=bootstrap,
        split=split,
    )
    result = evaluate(
        dataset, preds, stamp=stamp, n_bootstrap=bootstrap, seed=seed, bootstrap_unit=bootstrap_unit
    )
    failures, notes = _gates(
        result, fail_under_f1=fail_under_f1, max_neg_flag_rate=max_neg_flag_rate
    )
    gates = {
        "fail_under_f1": fail_under_f1,
        "max_neg_flag_rate": max_neg_flag_rate,
        "failures": failures,
        "passed": not failures,
    }
    paths = write_report(
        result, out_dir, extra={"gates": gates}, max_neg_flag_rate=max_neg_flag_rate
    )
    click.echo(headline_markdown(result))
    click.echo(f"wrote {paths['html']} and {paths['json']}", err=True)
    for note in notes:
        click.echo(f"note: {note}", err=True)
    for failure in failures:
        click.echo(f"gate failed: {failure}", err=True)
    if failures:
        raise click.exceptions.Exit(EXIT_GATE)


# --------------------------------------------------------------------------- tune


@click.command(
    "tune",
    cls=ErrorMappingCommand,
    epilog=_TUNE_EPILOG,
    context_settings=_CONTEXT,
    no_args_is_help=True,
)
@click.argument("data", nargs=-1, required=True, metavar="DATA.jsonl...")
@click.option("--split", default=None, help="Use only rows with this split (tune on dev).")
@click.option(
    "--target-precision",
    default=0.95,
    show_default=True,
    type=click.FloatRange(0.0, 1.0, min_open=True),
    help="Flag threshold: at least this precision (see --objective).",
)
@click.option(
    "--objective",
    default="recall",
    show_default=True,
    type=click.Choice(OBJECTIVES),
    help="Flag threshold among those reaching --target-precision: highest recall, or "
    "highest F1 (the target is then a floor).",
)
@click.option(
    "--f1-tolerance",
    default=0.0,
    show_default=True,
    type=click.FloatRange(0.0, 1.0, max_open=True),
    help="With --objective f1: take the lowest threshold whose F1 is within this of the best.",
)
@click.option(
    "--max-family-flag-rate",
    default=None,
    type=click.FloatRange(0.0, 1.0, max_open=True),
    help="Raise a flag threshold until no hard-negative family (neg.*) has more than this "
    "share of its rows flagged for the label (for example 0.02).",
)
@click.option(
    "--review-recall",
    default=0.98,
    show_default=True,
    type=click.FloatRange(0.0, 1.0, min_open=True),
    help="Review threshold: highest threshold with at least this recall.",
)
@click.option(
    "--traffic",
    default=None,
    metavar="TRAFFIC",
    help="A sample of the text the policy will scan (labels not needed), for --max-review-rate.",
)
@click.option(
    "--max-review-rate",
    default=None,
    type=click.FloatRange(0.0, 1.0, max_open=True),
    help="Raise a review threshold until at most this share of --traffic lands in the "
    "label's review band (for example 0.02); the table shows the recall it costs.",
)
@click.option(
    "-o", "--output", "output", required=True, metavar="POLICY.toml", help="Policy file to write."
)
@click.option(
    "--config",
    "config_path",
    metavar="BASE.toml",
    default=None,
    help="Base config to scan with; its other settings are copied into the policy.",
)
@click.option("--limit", default=None, type=int, help="Use only the first N rows.")
@click.option(
    "--allow-miss",
    is_flag=True,
    help="Write the policy even when a label misses the precision target.",
)
@click.option("--no-progress", is_flag=True, help="Do not show a progress bar on stderr.")
def tune_command(
    data: tuple[str, ...],
    split: str | None,
    target_precision: float,
    objective: Objective,
    f1_tolerance: float,
    max_family_flag_rate: float | None,
    review_recall: float,
    traffic: str | None,
    max_review_rate: float | None,
    output: str,
    config_path: str | None,
    limit: int | None,
    allow_miss: bool,
    no_progress: bool,
) -> None:
    """Choose per-label flag and review thresholds on labelled data; write a policy file.

    The flag threshold reaches --target-precision with the highest recall (or,
    with --objective f1, the highest F1); the review threshold keeps
    --review-recall of the positives, or less where --max-review-rate caps the
    share of --traffic sent to review. A label with no
    positives keeps the base thresholds. Provenance (data hash, targets, date,
    version) goes into comments in the policy file, which `--config` reads.
    """
    if (traffic is None) != (max_review_rate is None):
        raise click.UsageError("--traffic and --max-review-rate go together")
    base = _config(config_path)
    scanner = Scanner(base)
    dataset = _load(data, split, limit)
    preds = predictions_from_reports(scan_dataset(scanner, dataset, progress=not no_progress))
    sample = None if traffic is None else _traffic(scanner, traffic, progress=not no_progress)
    tuned: dict[Label, TunedLabel] = {}
    kept: list[Label] = []
    families = dataset.column("family")
    for j, label in enumerate(LABELS):
        gold = dataset.gold(label)
        known = [i for i, v in enumerate(gold) if v is not None]
        y = [v for v in gold if v is not None]
        if 1 not in y:
            kept.append(label)
            continue
        try:
            tuned[label] = tune_label(
                y,
                preds.scores[known, j],
                target_precision=target_precision,
                review_recall=review_recall,
                objective=objective,
                f1_tolerance=f1_tolerance,
                families=[families[i] for i in known],
                max_family_flag_rate=max_family_flag_rate,
                traffic_scores=None if sample is None else sample.scores[:, j],
                max_review_rate=max_review_rate,
            )
        except DataError as exc:
            raise click.ClickException(f"{label.value}: {exc}") from exc
    click.echo(_tune_table(tuned, kept, base))
    if sample is not None:
        click.echo(_traffic_line(sample, tuned, base))
    missed = [label.value for label, t in tuned.items() if not t.target_met]
    for label in kept:
        click.echo(
            f"note: {label.value} has no positive rows here; kept the base thresholds", err=True
        )
    if missed and not allow_miss:
        click.echo(
            f"error: precision {target_precision:g} is out of reach for {', '.join(missed)}; "
            "no policy written (lower --target-precision, improve the model, or pass "
            "--allow-miss)",
            err=True,
        )
        raise click.exceptions.Exit(EXIT_GATE)
    thresholds: dict[Label, Thresholds] = {label: t.thresholds for label, t in tuned.items()}
    meta = {
        "threatscan_version": _version(),
        "date": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "data_files": ", ".join(dataset.paths),
        "data_sha256": dataset.sha256,
        "split": split,
        "rows": len(dataset),
        "model": ", ".join(preds.models),
        "base_config_fingerprint": base.fingerprint(),
        "target_precision": target_precision,
        "objective": objective,
        "f1_tolerance": f1_tolerance,
        "review_recall": review_recall,
    }
    if max_family_flag_rate is not None:
        meta["max_family_flag_rate"] = max_family_flag_rate
    if sample is not None:
        meta["traffic"] = f"{sample.path} ({sample.rows} rows, sha256 {sample.sha256})"
        meta["max_review_rate"] = max_review_rate
    for label, t in tuned.items():
        meta[f"{label.value}_dev"] = (
            f"precision {t.precision:.4f} recall {t.recall:.4f} at flag; "
            f"recall {t.review_recall:.4f} at review; {t.positives} positives of {t.n}"
            + ("" if t.target_met else "; TARGET MISSED")
            + (f"; raised for {t.capped_by}" if t.capped_by else "")
            + ("" if t.review_share is None else f"; {t.review_share:.4f} of traffic at review")
            + ("; review raised for the budget" if t.review_capped else "")
        )
    for label in kept:
        meta[f"{label.value}_dev"] = "no positives; base thresholds kept"
    written = write_policy(output, thresholds, meta=meta, base=base)
    click.echo(f"wrote {output} (config fingerprint {written.fingerprint()})", err=True)
    if missed:
        click.echo(f"warning: {', '.join(missed)} missed the precision target", err=True)


def _tune_table(tuned: dict[Label, TunedLabel], kept: list[Label], base: ScanConfig) -> str:
    budget = any(t.review_share is not None for t in tuned.values())
    head = "| label | flag | review | precision | recall | recall at review | positives | n |"
    rule = "|---|---:|---:|---:|---:|---:|---:|---:|"
    if budget:
        head, rule = head + " traffic at review |", rule + "---:|"
    lines = [head, rule]
    for label in LABELS:
        if label in tuned:
            t = tuned[label]
            mark = "" if t.target_met else " (missed)"
            mark += f" (raised for {t.capped_by})" if t.capped_by else ""
            review_mark = " (budget)" if t.review_capped else ""
            row = (
                f"| {label.value} | {t.thresholds.flag:.4f} | {t.thresholds.review:.4f}"
                f"{review_mark} | {t.precision:.3f}{mark} | {t.recall:.3f} | "
                f"{t.review_recall:.3f} | {t.positives} | {t.n} |"
            )
            if budget:
                row += f" {t.review_share:.2%} |"
            lines.append(row)
        else:
            b = base.thresholds[label]
            kept_cells = f"{b.flag:.4f} (kept) | {b.review:.4f} (kept)"
            lines.append(
                f"| {label.value} | {kept_cells} | – | – | – | 0 | – |" + (" – |" * budget)
            )
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class _Traffic:
    path: str
    rows: int
    sha256: str
    scores: np.ndarray  # rows x LABELS


def _traffic(scanner: Scanner, path: str, *, progress: bool) -> _Traffic:
    """Score every row of a traffic sample (its labels, if any, are not read).

    Raises:
        DataError: an unknown file type, a row that cannot be scanned, or no rows.
    """
    fmt = format_for_suffix(path)
    if fmt is None:
        raise DataError(f"--traffic {path}: use a .jsonl, .csv, .txt or .parquet file")
    rows = list(read_rows(path, fmt))
    bad = next((r for r in rows if not r.ok), None)
    if bad is not None:
        raise DataError(f"--traffic {path}, row {bad.index}: {bad.error_message}")
    if not rows:
        raise DataError(f"--traffic {path} has no rows")
    # Row numbers as ids: a traffic sample's own ids need not be unique.
    unknown = (None, None, None)
    dataset = Dataset(tuple(Example(str(r.index), r.text or "", unknown) for r in rows), (path,))
    scores = predictions_from_reports(scan_dataset(scanner, dataset, progress=progress)).scores
    with open(path, "rb") as f:
        digest = hashlib.file_digest(f, "sha256").hexdigest()
    return _Traffic(path=path, rows=len(rows), sha256=digest, scores=np.asarray(scores))


def _traffic_line(sample: _Traffic, tuned: dict[Label, TunedLabel], base: ScanConfig) -> str:
    """How the traffic sample fares under the chosen thresholds, by score alone (the
    decide step's public-activity caps move a few rows from flag to review or pass)."""
    chosen = [tuned[x].thresholds if x in tuned else base.thresholds[x] for x in LABELS]
    flags = np.array([t.flag for t in chosen])
    reviews = np.array([t.review for t in chosen])
    flagged = (sample.scores >= flags).any(axis=1)
    review = ~flagged & (sample.scores >= reviews).any(axis=1)
    return (
        f"traffic {sample.path}: {int(flagged.sum())} of {sample.rows} rows flagged "
        f"({flagged.mean():.2%}), {int(review.sum())} to review ({review.mean():.2%}), by score"
    )


def _version() -> str:
    from threatscan import __version__

    return __version__
