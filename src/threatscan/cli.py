"""The ``threatscan`` command line: an adapter at the edge of the core.

``threatscan scan`` streams rows from a file, stdin or a literal text through
one Scanner and writes one record per row; ``threatscan explain`` shows one
report for a person to read. Every ``ThreatscanError`` becomes ``error: ...``
on stderr and the error's ``exit_code``; nothing prints a traceback.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import click

from threatscan import __version__
from threatscan._cli_errors import ErrorMappingGroup
from threatscan.config import ESCALATION_BUDGET, RULES_WEIGHT, RULES_WEIGHT_PARTIAL, ScanConfig
from threatscan.errors import (
    InputError,
    SourceError,
    SourceNotFoundError,
    ThreatscanError,
    UnsupportedFormatError,
)
from threatscan.io import (
    INPUT_FORMATS,
    OUTPUT_FORMATS,
    Row,
    RowReader,
    count_rows,
    error_row,
    format_for_suffix,
    import_pyarrow,
    open_writer,
    read_rows,
    text_problem,
)
from threatscan.pipeline import Scanner
from threatscan.types import LABELS, Cue, Decision, Evidence, Report, mask_excerpt

__all__ = ["cli", "main"]

EXIT_OK = 0
EXIT_FLAGGED = 1
EXIT_USAGE = 2
EXIT_ROW_ERRORS = 7

_CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

_SCAN_EPILOG = """\b
Exit codes:
  0   done; no row became an error row
  1   --fail-on-flag was given and at least one row was flagged
  2   usage error (unknown option, bad value)
  3   input missing or unreadable
  4   unsupported input or output format
  5   invalid configuration file
  6   missing optional dependency (pip install 'threatscan[parquet]')
  7   finished, but some rows became error rows
  70  internal error
  141 stdout was closed before the end (e.g. piped into head)
When both 1 and 7 apply, the exit code is 1.
"""

_CUE_COLOURS: dict[Cue, str] = {
    Cue.HARM_ACT: "red",
    Cue.TARGET: "yellow",
    Cue.INTENT: "magenta",
    Cue.PAYMENT: "green",
    Cue.CONDITION: "green",
    Cue.SOLICIT: "magenta",
    Cue.LOCATE_REQUEST: "cyan",
    Cue.SURVEILLANCE: "cyan",
    Cue.PERSONAL_DATA: "blue",
    Cue.OBFUSCATION: "white",
    Cue.FRAMING: "white",
}


@click.group(cls=ErrorMappingGroup, name="threatscan", context_settings=_CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="threatscan")
def cli() -> None:
    """Find threats of violence, solicitations of violence and doxxing in text.

    Every finding comes with evidence: the spans of the text that support it.
    Run `threatscan COMMAND --help` for the options of a command.
    """


# --------------------------------------------------------------------------- scan


@dataclass(frozen=True, slots=True)
class _Source:
    kind: str  # "file", "stdin" or "literal"
    fmt: str
    path: Path | None = None
    text: str | None = None


@dataclass(slots=True)
class _Tally:
    read: int = 0
    written: int = 0
    flagged: int = 0
    review: int = 0
    errors: int = 0


@cli.command(epilog=_SCAN_EPILOG, context_settings=_CONTEXT)
@click.argument("input", metavar="INPUT")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    default=None,
    help="Write here instead of stdout; the suffix (.jsonl, .csv, .parquet) picks the format.",
)
@click.option("--field", default="text", show_default=True, help="Name of the text field.")
@click.option(
    "--id-field",
    default="id",
    show_default=True,
    help="Name of the id field; rows without one get their 1-based row number.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(OUTPUT_FORMATS),
    default=None,
    help="Output format; overrides the suffix of --output.  [default: jsonl]",
)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default=None,
    help="Input format; overrides the suffix of INPUT.  [default: from the suffix; txt for -]",
)
@click.option("--only-flagged", is_flag=True, help="Write only flagged reports (and error rows).")
@click.option("--reveal-pii", is_flag=True, help="Do not mask personal data in evidence.")
@click.option("--include-text", is_flag=True, help="Copy each input text into its report.")
@click.option(
    "--config",
    "config_path",
    metavar="FILE",
    default=None,
    help="Scanner configuration or policy file (.toml or .json).",
)
@click.option("--no-progress", is_flag=True, help="Do not show a progress bar on stderr.")
@click.option("--fail-on-flag", is_flag=True, help="Exit with 1 when any row is flagged.")
def scan(
    input: str,
    output: str | None,
    field: str,
    id_field: str,
    output_format: str | None,
    input_format: str | None,
    only_flagged: bool,
    reveal_pii: bool,
    include_text: bool,
    config_path: str | None,
    no_progress: bool,
    fail_on_flag: bool,
) -> None:
    """Scan texts and write one report per row.

    INPUT is a file (.txt: one text a line; .jsonl; .csv; .parquet), `-` for
    stdin (one text a line), or a literal text to scan. Reports go to stdout as
    JSON lines unless --output is given. A row that cannot be scanned becomes
    an error row and the run goes on.
    """
    started = time.perf_counter()
    source = _resolve_source(input, input_format)
    to_stdout = output is None or output == "-"
    fmt = _resolve_output_format(None if to_stdout else output, output_format)
    if to_stdout and fmt == "parquet":
        raise UnsupportedFormatError("Parquet cannot be written to stdout; pass -o out.parquet")
    if (
        not to_stdout
        and source.path is not None
        and output is not None
        and Path(output).resolve() == source.path.resolve()
    ):
        raise click.UsageError("--output must not be the input file")
    if "parquet" in (fmt, source.fmt):
        import_pyarrow()
    scanner = _build_scanner(config_path)
    reveal = reveal_pii or scanner.config.reveal_pii

    tally = _Tally()
    show_progress = source.kind == "file" and not no_progress
    target: str | BinaryIO = sys.stdout.buffer if to_stdout or output is None else output
    with _open_rows(source, field, id_field) as rows:
        total = None
        if show_progress and source.path is not None:
            total = count_rows(source.path, source.fmt)
        with (
            open_writer(
                target,
                fmt,
                include_text=include_text,
                line_buffered=to_stdout and source.kind != "file",
            ) as writer,
            _Progress(rows, total, enabled=show_progress) as progress,
        ):
            # Files are scanned in batches (one encoder call each); interactive
            # stdin row by row, so each answer comes back at once.
            batch_size = _BATCH if source.kind == "file" else 1
            for batch in _batches(progress, batch_size):
                records = _scan_rows(scanner, batch, reveal_pii=reveal, include_text=include_text)
                for record in records:
                    tally.read += 1
                    if "error" in record:
                        tally.errors += 1
                    elif record["decision"] == Decision.FLAG.value:
                        tally.flagged += 1
                    elif record["decision"] == Decision.REVIEW.value:
                        tally.review += 1
                    if only_flagged and "error" not in record and not record["flagged"]:
                        continue
                    writer.write(record)
                    if "error" not in record:
                        tally.written += 1

    if source.kind == "file":
        _summary(tally, time.perf_counter() - started)
    ctx = click.get_current_context()
    if fail_on_flag and tally.flagged:
        ctx.exit(EXIT_FLAGGED)
    if tally.errors:
        ctx.exit(EXIT_ROW_ERRORS)


def _looks_like_path(value: str) -> bool:
    if format_for_suffix(value) is not None:
        return True
    separators = {"/", os.sep} | ({os.altsep} if os.altsep else set())
    return any(sep in value for sep in separators) and not any(ch.isspace() for ch in value)


def _resolve_source(value: str, input_format: str | None) -> _Source:
    if value == "-":
        return _Source("stdin", input_format or "txt")
    if value == "":
        return _Source("literal", "txt", text=value)  # Path("") would mean the cwd
    path = Path(value)
    if path.is_dir():
        raise SourceError(f"input {_short(value)} is a directory; pass a file, or - for stdin")
    if path.is_file() or _looks_like_path(value):
        if not path.exists():
            raise SourceNotFoundError(
                f"input file {_short(value)} does not exist; check the path, or to scan "
                "literal text that looks like a path, pipe it in: echo TEXT | threatscan scan -"
            )
        fmt = input_format or format_for_suffix(path)
        if fmt is None:
            raise UnsupportedFormatError(
                f"cannot tell the format of {_short(value)} from its suffix; pass "
                f"--input-format (one of {', '.join(INPUT_FORMATS)}) or rename it to "
                ".txt, .jsonl, .csv or .parquet"
            )
        return _Source("file", fmt, path=path)
    return _Source("literal", "txt", text=value)


def _resolve_output_format(output: str | None, output_format: str | None) -> str:
    if output_format is not None:
        return output_format
    if output is None:
        return "jsonl"
    fmt = format_for_suffix(output)
    if fmt is None or fmt not in OUTPUT_FORMATS:
        raise UnsupportedFormatError(
            f"cannot tell the output format of {_short(output)} from its suffix; pass "
            f"--format (one of {', '.join(OUTPUT_FORMATS)}) or use .jsonl, .csv or .parquet"
        )
    return fmt


def _open_rows(source: _Source, field: str, id_field: str) -> RowReader:
    if source.kind == "literal":
        assert source.text is not None
        return RowReader(iter((_literal_row(source.text),)))
    if source.kind == "stdin":
        return read_rows(sys.stdin.buffer, source.fmt, field=field, id_field=id_field)
    assert source.path is not None
    return read_rows(source.path, source.fmt, field=field, id_field=id_field)


def _literal_row(text: str) -> Row:
    problem = text_problem(text, "INPUT")
    if problem is not None:
        return Row(1, "1", None, InputError.code, problem)
    return Row(1, "1", text)


def _build_scanner(config_path: str | None) -> Scanner:
    if config_path is None:
        return Scanner()
    return Scanner(ScanConfig.load(config_path))


_BATCH = 256


def _batches(rows: Iterator[Row], size: int) -> Iterator[list[Row]]:
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _scan_rows(
    scanner: Scanner, rows: list[Row], *, reveal_pii: bool, include_text: bool
) -> list[dict[str, Any]]:
    """Scan a batch of rows; any row that fails becomes an error row, in place."""
    valid = [row for row in rows if row.text is not None]
    try:
        results = scanner.scan_batch([row.text for row in valid], ids=[row.id for row in valid])
    except Exception:
        # Isolate the row that broke the batch: scan the batch one row at a time.
        return [
            _scan_row(scanner, row, reveal_pii=reveal_pii, include_text=include_text)
            for row in rows
        ]
    by_index = {row.index: result for row, result in zip(valid, results, strict=True)}
    out: list[dict[str, Any]] = []
    for row in rows:
        result = by_index.get(row.index)
        if result is None:
            out.append(
                error_row(row.id, row.error_code or InputError.code, row.error_message or "")
            )
        elif isinstance(result, ThreatscanError):
            out.append(error_row(row.id, result.code, str(result)))
        else:
            out.append(result.to_dict(reveal_pii=reveal_pii, include_text=include_text))
    return out


def _scan_row(
    scanner: Scanner, row: Row, *, reveal_pii: bool, include_text: bool
) -> dict[str, Any]:
    if row.text is None:
        return error_row(row.id, row.error_code or InputError.code, row.error_message or "")
    try:
        report = scanner.scan(row.text, id=row.id)
    except ThreatscanError as exc:
        return error_row(row.id, exc.code, str(exc))
    except Exception as exc:
        # A crash on one row is a dead letter, not a dead run; the message may quote
        # the text, so only the type is kept.
        return error_row(
            row.id,
            ThreatscanError.code,
            f"internal error ({type(exc).__name__}) while scanning this row; please report it",
        )
    return report.to_dict(reveal_pii=reveal_pii, include_text=include_text)


class _Progress:
    """A tqdm bar over rows on stderr, or the rows themselves when disabled."""

    def __init__(self, rows: Iterator[Row], total: int | None, *, enabled: bool) -> None:
        self._rows = rows
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(
                rows, total=total, unit="row", file=sys.stderr, dynamic_ncols=True, leave=True
            )

    def __enter__(self) -> Iterator[Row]:
        if self._bar is not None:
            return iter(self._bar)
        return self._rows

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()


def _summary(tally: _Tally, elapsed: float) -> None:
    rate = tally.read / elapsed if elapsed > 0 else 0.0
    click.echo(
        f"threatscan: {tally.read} rows read, {tally.written} reports written, "
        f"{tally.flagged} flagged, {tally.review} review, {tally.errors} errors "
        f"in {elapsed:.1f}s ({rate:.0f} rows/s)",
        err=True,
    )


def _short(value: str, limit: int = 80) -> str:
    return value if len(value) <= limit else value[: limit - 3] + "..."


# --------------------------------------------------------------------------- explain


@cli.command(context_settings=_CONTEXT)
@click.argument("text", metavar="TEXT")
@click.option("--reveal-pii", is_flag=True, help="Do not mask personal data.")
@click.option(
    "--config",
    "config_path",
    metavar="FILE",
    default=None,
    help="Scanner configuration or policy file (.toml or .json).",
)
@click.option(
    "--color/--no-color",
    default=None,
    help="Highlight evidence with colours.  [default: when stdout is a terminal]",
)
def explain(text: str, reveal_pii: bool, config_path: str | None, color: bool | None) -> None:
    """Explain the report for one TEXT (`-` reads the text from stdin).

    Shows the decision, each label's score and severity, the explanation, the
    text with every evidence span marked, and the evidence and framing cues
    with their offsets. Personal data is masked unless --reveal-pii is given.
    """
    if text == "-":
        text = _read_stdin_text()
    problem = text_problem(text, "TEXT")
    if problem is not None:
        raise InputError(problem)
    scanner = _build_scanner(config_path)
    report = scanner.scan(text)
    reveal = reveal_pii or scanner.config.reveal_pii
    if color is None:
        color = sys.stdout.isatty()
    click.echo(render_explanation(report, reveal_pii=reveal, color=color), color=color)


def _read_stdin_text() -> str:
    raw = sys.stdin.buffer.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"stdin is not valid UTF-8 (at byte {exc.start}); re-encode the text as UTF-8"
        ) from None
    return text.removesuffix("\n").removesuffix("\r")


def render_explanation(report: Report, *, reveal_pii: bool = False, color: bool = False) -> str:
    """A report as text for a person: scores, explanation, marked text, cue list.

    Without colour each evidence span is marked ``[[cue: excerpt]]``; spans that
    overlap are marked once, with every cue they hold (``[[solicit, harm_act: ...]]``).
    """
    lines = [f"decision: {report.decision.value}"]
    for label in LABELS:
        result = report.labels[label]
        severity = result.severity.value if result.severity is not None else "-"
        lines.append(
            f"  {label.value:<13} score {result.score:.4f}  "
            f"{result.decision.value:<6}  severity {severity}"
        )
    lines.append(f"explanation: {report.explanation}")
    lines.append("")
    lines.append("text:")
    lines.append("  " + _mark_text(report, reveal_pii=reveal_pii, color=color))
    lines.append("")
    # Excerpts come from Report.to_dict, which masks personal data and what overlaps it.
    data = report.to_dict(reveal_pii=reveal_pii)
    lines.append("evidence:")
    lines.extend(_cue_lines(report.evidence, data["evidence"]))
    lines.append("framing:")
    lines.extend(_cue_lines(report.framing, data["framing"]))
    return "\n".join(lines)


def _shown_text(report: Report, *, reveal_pii: bool) -> str:
    text = report.text
    if reveal_pii:
        return text
    # mask_excerpt keeps the length, so every offset still points at the same place.
    for ev in report.evidence:
        if ev.is_personal:
            text = text[: ev.start] + mask_excerpt(text[ev.start : ev.end]) + text[ev.end :]
    return text


def _mark_text(report: Report, *, reveal_pii: bool, color: bool) -> str:
    text = _shown_text(report, reveal_pii=reveal_pii)
    clusters: list[tuple[int, int, list[Cue]]] = []
    for ev in sorted(report.evidence, key=lambda e: (e.start, e.end)):
        if ev.end <= ev.start:
            continue
        if clusters and ev.start < clusters[-1][1]:
            start, end, cues = clusters[-1]
            if ev.cue not in cues:
                cues.append(ev.cue)
            clusters[-1] = (start, max(end, ev.end), cues)
        else:
            clusters.append((ev.start, ev.end, [ev.cue]))
    parts: list[str] = []
    pos = 0
    for start, end, cues in clusters:
        parts.append(text[pos:start])
        excerpt = text[start:end]
        if color:
            parts.append(click.style(excerpt, fg=_CUE_COLOURS.get(cues[0], "red"), bold=True))
        else:
            parts.append(f"[[{', '.join(c.value for c in cues)}: {excerpt}]]")
        pos = end
    parts.append(text[pos:])
    return "".join(parts).replace("\n", "\n  ")


def _cue_lines(cues: tuple[Evidence, ...], dicts: list[dict[str, Any]]) -> list[str]:
    if not cues:
        return ["  (none)"]
    out = []
    for ev, data in zip(cues, dicts, strict=True):
        detail = " ".join(f"{k}={v}" for k, v in ev.detail)
        line = f"  {ev.start:>5}-{ev.end:<5} {ev.cue.value:<15} {data['text']!r}"
        if detail:
            line += f"  {detail}"
        out.append(f"{line}  ({ev.detector})")
    return out


def main() -> None:
    """Entry point of the ``threatscan`` script."""
    cli(prog_name="threatscan")


# --------------------------------------------------------------------------- train


@cli.command(context_settings=_CONTEXT)
@click.option(
    "--corpus",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("data/corpus.jsonl"),
    show_default=True,
    help="The project's labelled corpus (with train/dev/test splits).",
)
@click.option(
    "--shared",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("../shared/data"),
    show_default=True,
    help="Shared development data directory; read, never copied.",
)
@click.option("--no-shared", is_flag=True, help="Train on the project corpus only.")
@click.option(
    "--head",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="head.npz from scripts/finetune_encoder.py (else a logistic head is fitted).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where to write weights.npz and card.json.  [default: the packaged cascade-v1]",
)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option(
    "--rules-weight",
    type=click.FloatRange(0.0, 1.0),
    default=RULES_WEIGHT,
    show_default=True,
    help="Weight of the rules baseline's score in the final score where the rules find a "
    "whole policy pattern (a paid harm act against a person, surveillance of a named person).",
)
@click.option(
    "--rules-weight-partial",
    type=click.FloatRange(0.0, 1.0),
    default=RULES_WEIGHT_PARTIAL,
    show_default=True,
    help="Weight of the rules' score everywhere else.",
)
@click.option(
    "--escalation-budget",
    type=click.FloatRange(0.0, 1.0, min_open=True),
    default=ESCALATION_BUDGET,
    show_default=True,
    help="Most of the real (shared) dev texts the encoder may see; lower is faster.",
)
@click.option(
    "--confirm-positives/--linear-settles-positives",
    default=True,
    show_default=True,
    help="Send every text the linear stage scores as positive to the encoder, "
    "or let the linear stage settle confident positives itself.",
)
@click.option(
    "--cache",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path(".cache/threatscan"),
    show_default=True,
    help="Cache for embeddings (keyed by a hash of the texts).",
)
def train(
    corpus: Path,
    shared: Path,
    no_shared: bool,
    head: Path | None,
    out: Path | None,
    seed: int,
    rules_weight: float,
    rules_weight_partial: float,
    escalation_budget: float,
    confirm_positives: bool,
    cache: Path,
) -> None:
    """Fit the cascade's weights (linear stage, encoder head, calibration, band).

    Needs the train extra: pip install 'threatscan[train]'. The test split is
    never read. Prints dev metrics per stage and the escalation rate.
    """
    from threatscan.classify.cascade import DEFAULT_WEIGHTS
    from threatscan.train import load_rows
    from threatscan.train import train as fit

    rows = load_rows(corpus, None if no_shared else shared)
    command = " ".join(["threatscan", *sys.argv[1:]]) if sys.argv else "threatscan train"
    result = fit(
        rows,
        seed=seed,
        cache=cache,
        head=head,
        rules_weight=rules_weight,
        rules_weight_partial=rules_weight_partial,
        escalation_budget=escalation_budget,
        confirm_positives=confirm_positives,
        command=command,
        progress=lambda msg: click.echo(f"train: {msg}", err=True),
    )
    target = out or DEFAULT_WEIGHTS
    result.weights.save(target)
    click.echo(json.dumps(result.dev_metrics, indent=2, sort_keys=True))
    click.echo(f"dev escalation rate: {result.escalation_rate_dev:.3f}")
    click.echo(f"weights written to {target}")


# --------------------------------------------------------------------------- eval, tune


def _register_eval_commands() -> None:
    from threatscan.eval.commands import eval_command, tune_command

    cli.add_command(eval_command, "eval")
    cli.add_command(tune_command, "tune")


_register_eval_commands()
