"""Write an evaluation: ``metrics.json``, two PNG plots and a self-contained HTML report.

``write_report(result, out_dir)`` writes:

- ``metrics.json``: every number of the ``EvalResult`` (``nan`` as ``null``) and its stamp;
- ``pr_curves.png``: the precision-recall curve of each label, with the
  operating point of the configured flag threshold marked;
- ``reliability.png``: the reliability (calibration) diagram of each label;
- ``report.html``: one file with no external CSS, JS or images (the PNGs are
  embedded as base64 data URIs), safe to attach to a ticket or a release.

matplotlib is imported only here, only when a plot is drawn, and without
pyplot (a ``Figure`` with the Agg canvas), so no global backend is touched.
Without it a ``MissingDependencyError`` says to ``pip install 'threatscan[eval]'``.
"""

from __future__ import annotations

import base64
import html
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from threatscan.errors import MissingDependencyError, SourceError
from threatscan.eval.metrics import CI_METRICS, ConfidenceInterval, EvalResult, GroupStats
from threatscan.types import LABELS

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "HTML_NAME",
    "JSON_NAME",
    "PR_PNG",
    "RELIABILITY_PNG",
    "describe_resamples",
    "headline_markdown",
    "plot_pr_curves",
    "plot_reliability",
    "render_html",
    "write_report",
]

JSON_NAME = "metrics.json"
HTML_NAME = "report.html"
PR_PNG = "pr_curves.png"
RELIABILITY_PNG = "reliability.png"

_COLOURS = {"threat": "#c0392b", "solicitation": "#8e44ad", "doxxing": "#2471a3"}


# --------------------------------------------------------------------------- plots


def _figure() -> Figure:
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise MissingDependencyError(
            "plots need matplotlib; install it with: pip install 'threatscan[eval]'"
        ) from None
    fig = Figure(figsize=(6.4, 4.8), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _save(fig: Figure, path: Path) -> None:
    try:
        # No Software/date metadata: the same numbers give the same bytes.
        fig.savefig(path, format="png", metadata={"Software": None})
    except OSError as exc:
        raise SourceError(f"cannot write {path}: {exc.strerror}") from exc


def plot_pr_curves(result: EvalResult, path: str | Path) -> Path:
    """Draw the precision-recall curve of every label into one PNG.

    Raises:
        MissingDependencyError: matplotlib is not installed.
    """
    fig = _figure()
    ax = fig.add_subplot()
    for e in result.labels:
        name = e.label.value
        colour = _COLOURS[name]
        if e.positives == 0:
            continue  # no curve without positives; the table says so
        recall = [0.0, *e.curve.recall.tolist()]
        precision = [float(e.curve.precision[0]), *e.curve.precision.tolist()]
        ax.plot(
            recall,
            precision,
            drawstyle="steps-pre",
            color=colour,
            label=f"{name} (AP {_fmt(e.metrics['auprc'])}, n+ {e.positives})",
        )
        r, p = e.metrics["recall"], e.metrics["precision"]
        if not (math.isnan(r) or math.isnan(p)):
            ax.plot([r], [p], marker="o", markersize=7, color=colour, linestyle="none")
    ax.set_xlim(0.0, 1.02)
    ax.set_ylim(0.0, 1.02)
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_title("Precision-recall per label (dot: flag threshold)")
    ax.grid(True, alpha=0.3)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="lower left")
    out = Path(path)
    _save(fig, out)
    return out


def plot_reliability(result: EvalResult, path: str | Path) -> Path:
    """Draw the reliability diagram (mean score vs share positive per bin) into one PNG.

    Raises:
        MissingDependencyError: matplotlib is not installed.
    """
    fig = _figure()
    ax = fig.add_subplot()
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", linewidth=1, label="perfect")
    for e in result.labels:
        cal = e.calibration
        points = [
            (float(m), float(f), int(c))
            for m, f, c in zip(cal.mean_score, cal.fraction_positive, cal.count, strict=True)
            if c > 0
        ]
        if not points:
            continue
        name = e.label.value
        total = sum(c for _, _, c in points)
        ax.plot(
            [m for m, _, _ in points],
            [f for _, f, _ in points],
            marker="o",
            color=_COLOURS[name],
            label=f"{name} (ECE {_fmt(e.metrics['ece'])})",
        )
        ax.scatter(
            [m for m, _, _ in points],
            [f for _, f, _ in points],
            s=[20 + 300 * c / total for _, _, c in points],
            color=_COLOURS[name],
            alpha=0.25,
        )
    ax.set_xlim(0.0, 1.0)
    ax.set_ylim(0.0, 1.02)
    ax.set_xlabel("mean score in bin")
    ax.set_ylabel("share positive in bin")
    ax.set_title("Reliability diagram (10 equal-width bins; marker area: rows)")
    ax.grid(True, alpha=0.3)
    ax.legend(loc="best")
    out = Path(path)
    _save(fig, out)
    return out


# --------------------------------------------------------------------------- tables


def _fmt(value: float | None, digits: int = 3) -> str:
    if value is None or math.isnan(value):
        return "–"
    return f"{value:.{digits}f}"


def _with_ci(ci: ConfidenceInterval | None, value: float) -> str:
    if ci is None or math.isnan(ci.low) or math.isnan(value):
        return _fmt(value)
    return f"{_fmt(value)} [{_fmt(ci.low)}, {_fmt(ci.high)}]"


_HEADLINE = ("label", "n", "pos", "precision", "recall", "F1", "AUPRC", "ECE", "TP", "FP", "FN",
             "TN")  # fmt: skip


def _headline_rows(result: EvalResult) -> list[list[str]]:
    rows: list[list[str]] = []
    for e in result.labels:
        m = e.metrics
        rows.append(
            [
                e.label.value,
                str(e.n),
                str(e.positives),
                _with_ci(e.intervals.get("precision"), m["precision"]),
                _with_ci(e.intervals.get("recall"), m["recall"]),
                _with_ci(e.intervals.get("f1"), m["f1"]),
                _with_ci(e.intervals.get("auprc"), m["auprc"]),
                _fmt(m["ece"]),
                *(str(int(m[k])) for k in ("tp", "fp", "fn", "tn")),
            ]
        )
    return rows


def _ci_percent(result: EvalResult) -> int:
    return round((1 - float(result.stamp.get("alpha", 0.05))) * 100)


def describe_resamples(stamp: Mapping[str, Any]) -> str:
    """What one bootstrap resample drew: "468 groups" (the `group` column) or "the rows"."""
    if stamp.get("bootstrap_unit") == "group":
        return f"{stamp.get('bootstrap_groups')} groups"
    return "the rows"


def headline_markdown(result: EvalResult) -> str:
    """The per-label table as Markdown (paste it into the README), with a stamp line."""
    lines = [
        "| " + " | ".join(_HEADLINE) + " |",
        "|" + "|".join("---" if i == 0 else "---:" for i in range(len(_HEADLINE))) + "|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in _headline_rows(result)]
    st = result.stamp
    ci = _ci_percent(result)
    note = (
        f"{ci}% bootstrap CIs ({st.get('bootstrap')} resamples of {describe_resamples(st)}, "
        f"seed {st.get('seed')})"
        if st.get("bootstrap")
        else "no bootstrap CIs"
    )
    lines += [
        "",
        f"threatscan {st.get('threatscan_version')}, model `{st.get('model')}`, config "
        f"`{st.get('config_fingerprint')}`, data sha256 `{str(st.get('data_sha256'))[:16]}`, "
        f"{result.n_rows} rows, {note}.",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------- HTML

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;
max-width:1100px;color:#1b1b1b;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;
border-bottom:1px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.6rem 0;font-variant-numeric:tabular-nums}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f4f4f4}
tr.bad td{background:#fdecea}.muted{color:#666}.stamp td{text-align:left}
figure{display:inline-block;margin:.5rem 1rem .5rem 0}img{max-width:520px;border:1px solid #eee}
"""


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], *, bad: Sequence[bool] = ()) -> str:
    out = ["<table>", "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr>"]
    for i, row in enumerate(rows):
        cls = ' class="bad"' if i < len(bad) and bad[i] else ""
        out.append(f"<tr{cls}>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _group_rows(groups: Sequence[GroupStats]) -> list[list[str]]:
    return [
        [
            g.key,
            str(g.n),
            str(g.positives),
            _fmt(g.flag_rate),
            _fmt(g.precision),
            _fmt(g.recall),
            _fmt(g.f1),
            *(_fmt(v) for v in g.f1_by_label),
        ]
        for g in groups
    ]


WORST_GROUPS = 20
"""Template groups listed in the report's error table (metrics.json keeps them all)."""


def _worst_groups(groups: Sequence[GroupStats]) -> list[str]:
    """The template groups with the most errors (false flags plus misses), worst first."""
    wrong = sorted((g for g in groups if g.fp + g.fn), key=lambda g: (-(g.fp + g.fn), g.key))
    title = "<h2>Template groups with the most errors</h2>"
    if not wrong:
        return [title, '<p class="muted">No template group has an error.</p>']
    rows = [
        [g.key, str(g.n), str(g.positives), str(g.flagged), str(g.fp), str(g.fn)]
        for g in wrong[:WORST_GROUPS]
    ]
    head = ("template group", "n", "positives", "flagged", "false flags", "misses")
    return [
        title,
        _table(head, rows),
        f'<p class="muted">{len(wrong)} of {len(groups)} template groups have an error; '
        "false flags and misses count (row, label) pairs. Rows of one template tend to fail "
        "together, so fix a template, not a row. Every group is in metrics.json under "
        "<code>breakdowns.group</code>.</p>",
    ]


_GROUP_HEAD = ("group", "n", "positives", "flag rate", "P", "R", "F1",
               *(f"F1 {label.value}" for label in LABELS))  # fmt: skip


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def render_html(
    result: EvalResult,
    *,
    images: Sequence[tuple[str, bytes]] = (),
    max_neg_flag_rate: float | None = None,
) -> str:
    """One self-contained HTML page: headline, plots, hard negatives, breakdowns, stamp.

    Args:
        result: the evaluation.
        images: ``(caption, png bytes)`` pairs, embedded as data URIs.
        max_neg_flag_rate: highlight hard-negative families above this flag rate.
    """
    st = result.stamp
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>threatscan evaluation</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>threatscan evaluation</h1>",
        f'<p class="muted">{result.n_rows} rows &middot; model {html.escape(str(st.get("model")))}'
        f" &middot; {html.escape(str(st.get('date')))}</p>",
        "<h2>Per label</h2>",
        _table(_HEADLINE, _headline_rows(result)),
        '<p class="muted">Precision, recall and F1 use the flag decision; AUPRC and ECE use '
        f"the scores. Brackets: {_ci_percent(result)}% "
        f"percentile-bootstrap interval over {st.get('bootstrap')} resamples of "
        f"{html.escape(describe_resamples(st))} (for {', '.join(CI_METRICS)}"
        + (
            "; a group's rows are drawn together because they are not independent"
            if st.get("bootstrap_unit") == "group"
            else ""
        )
        + "). Rows whose gold value is unknown are left out of that label. &ndash; means "
        "undefined (for example recall with no positives).</p>",
    ]
    reviewed = [e for e in result.labels if e.review]
    if reviewed:
        parts.append("<h2>Review band</h2>")
        rows = [
            [
                e.label.value,
                _fmt(e.metrics["recall"]),
                _fmt(e.review["recall_at_review"]),
                _fmt(e.review["review_rate"]),
            ]
            for e in reviewed
        ]
        parts.append(
            _table(
                ("label", "recall (flag)", "recall at review (flag or review)", "review rate"), rows
            )
        )
        parts.append(
            '<p class="muted">What a reviewer adds: the share of positives that are flagged or '
            "sent to review, and the share of rows sent to review for the label.</p>"
        )
    if images:
        parts.append("<h2>Curves</h2><div>")
        for caption, png in images:
            cap = html.escape(caption)
            parts.append(
                f'<figure><img alt="{cap}" src="{_data_uri(png)}"><figcaption>{cap}'
                "</figcaption></figure>"
            )
        parts.append("</div>")
    parts.append("<h2>Hard negatives (families <code>neg.*</code>)</h2>")
    if result.hard_negatives:
        grouped = all(g.groups is not None for g in result.hard_negatives)
        rows = [
            [g.key, str(g.n), str(g.flagged), _fmt(g.flag_rate)]
            + ([f"{g.groups_flagged} of {g.groups}"] if grouped else [])
            for g in result.hard_negatives
        ]
        bad = [
            max_neg_flag_rate is not None and g.flag_rate > max_neg_flag_rate
            for g in result.hard_negatives
        ]
        head: tuple[str, ...] = ("family", "n", "flagged (any label)", "flag rate")
        head += ("template groups with a flag",) if grouped else ()
        parts.append(_table(head, rows, bad=bad))
        if max_neg_flag_rate is not None:
            parts.append(
                f'<p class="muted">Highlighted: flag rate above {max_neg_flag_rate:g}.</p>'
            )
    else:
        parts.append('<p class="muted">No row has a family starting with <code>neg.</code>.</p>')
    for col, groups in result.breakdowns.items():
        if col == "group":
            parts += _worst_groups(groups)
            continue
        parts.append(f"<h2>By {html.escape(col)}</h2>")
        parts.append(_table(_GROUP_HEAD, _group_rows(groups)))
    parts.append(
        '<p class="muted">Group P/R/F1 are micro-averaged over the (row, label) pairs with '
        "a known gold value; positives and flag rate count rows positive or flagged for any "
        "label.</p>"
    )
    parts.append("<h2>Stamp</h2>")
    stamp_rows = [[str(k), _stamp_value(v)] for k, v in st.items()]
    parts.append('<div class="stamp">' + _table(("key", "value"), stamp_rows) + "</div>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _stamp_value(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return "–" if value is None else str(value)


def write_report(
    result: EvalResult,
    out_dir: str | Path,
    *,
    extra: dict[str, Any] | None = None,
    max_neg_flag_rate: float | None = None,
) -> dict[str, Path]:
    """Write ``metrics.json``, both PNGs and ``report.html`` into ``out_dir``.

    Args:
        result: the evaluation.
        out_dir: created if missing.
        extra: more top-level keys for ``metrics.json`` (such as gate outcomes).
        max_neg_flag_rate: highlight hard-negative families above this rate in the HTML.

    Returns:
        The written paths by name (``json``, ``pr``, ``reliability``, ``html``).

    Raises:
        MissingDependencyError: matplotlib is not installed (nothing is written).
        SourceError: the folder or a file cannot be written.
    """
    out = Path(out_dir)
    _figure()  # fail on a missing matplotlib before writing anything
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SourceError(f"cannot create output folder {out}: {exc.strerror}") from exc
    paths = {
        "json": out / JSON_NAME,
        "pr": out / PR_PNG,
        "reliability": out / RELIABILITY_PNG,
        "html": out / HTML_NAME,
    }
    data = result.to_dict()
    if extra:
        data.update(extra)
    plot_pr_curves(result, paths["pr"])
    plot_reliability(result, paths["reliability"])
    images = [
        ("Precision-recall curves", paths["pr"].read_bytes()),
        ("Reliability diagram", paths["reliability"].read_bytes()),
    ]
    page = render_html(result, images=images, max_neg_flag_rate=max_neg_flag_rate)
    try:
        paths["json"].write_text(
            json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n",
            encoding="utf-8",
        )
        paths["html"].write_text(page, encoding="utf-8")
    except OSError as exc:
        raise SourceError(f"cannot write the report into {out}: {exc.strerror}") from exc
    return paths
