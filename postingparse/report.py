"""Summaries and a self-contained HTML report of extracted records (``postingparse summarize`` / ``report``).

The input is what ``postingparse extract`` writes: JSON Lines records with
``id``, ``source``, the v1 fields and any kept columns. Figures come from
`postingparse.analysis.summarize`; charts are matplotlib figures inlined as SVG
and the sample postings are displaCy span renderings, so the page needs no
network when it is viewed. matplotlib is optional: ``pip install "postingparse[report]"``.
"""

from __future__ import annotations

import html
import io
from typing import Any, Hashable, Iterable, Mapping, Sequence

import pandas as pd

from .analysis import CERT_PREFIX, INDUSTRY_PREFIX, METHOD_PREFIX, industry_codes, records_frame, summarize
from .display import FAMILY_COLORS, posting_html
from .frame import LEVEL_DTYPE
from .io.readback import ReadbackError, read_outputs
from .record import FAMILIES, Posting
from .report_cli import (  # noqa: F401  (the commands' names, still importable from here)
    SUMMARY_FORMATS,
    add_read_options,
    add_report_command,
    add_summarize_command,
    forced_encoding,
    read_options,
    report_command,
    summary_command,
)


def read_records(paths: str | Sequence[str]) -> list[dict[str, Any]]:
    """The records of outputs of ``postingparse extract``: JSON Lines records or tables folders.

    Args:
        paths (str | Sequence[str]): One path or several.

    Raises:
        ReadbackError: A path cannot be read, or is a summary (which has no entries);
            the message names the file and line.
    """
    outputs = read_outputs(paths)
    if not outputs.complete:
        raise ReadbackError("summaries have no entries: give the JSONL records or the tables folder")
    return outputs.records


def display_table(summary: pd.DataFrame) -> pd.DataFrame:
    """A `summarize` table for reading: one row per figure, one column per group; indicator figures that are 0 everywhere dropped."""
    shown = [
        c for c in summary.columns
        if not (str(c).startswith((METHOD_PREFIX, CERT_PREFIX, INDUSTRY_PREFIX)) and not (summary[c].fillna(0) > 0).any())
    ]
    table = summary[shown].T
    table.columns = [_group_name(g) for g in table.columns]
    return table.map(_format_value)


def format_summary(summary: pd.DataFrame, fmt: str = "text") -> str:
    """A `summarize` table as text.

    Args:
        summary (DataFrame): The output of `summarize`.
        fmt (str): ``text`` (aligned table, one row per figure), ``markdown`` (the same as a
            Markdown table), ``csv`` (one row per group, every figure) or ``json`` (a list of
            objects, one per group, every figure).
    """
    if fmt == "csv":
        return summary.to_csv()
    if fmt == "json":
        return summary.reset_index().to_json(orient="records", indent=1) + "\n"
    table = display_table(summary)
    if fmt == "text":
        return table.to_string() + "\n"
    if fmt == "markdown":
        return _markdown(table) + "\n"
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(SUMMARY_FORMATS)})")


def _group_name(group: Any) -> str:
    """A group's name for headers and legends: ``"a / b"`` for the values of several columns."""
    return " / ".join(map(str, group)) if isinstance(group, tuple) else str(group)


def _format_value(value: Any) -> str:
    if pd.api.types.is_scalar(value) and pd.isna(value):
        return ""
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return str(value)


def _markdown(table: pd.DataFrame) -> str:
    """``table`` as a Markdown table (pandas' ``to_markdown`` when tabulate is installed)."""
    try:
        import tabulate  # noqa: F401
    except ImportError:
        header = ["figure", *map(str, table.columns)]
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] + ["---:"] * len(table.columns)) + "|"]
        lines += ["| " + " | ".join([str(name), *map(str, row)]) + " |" for name, row in zip(table.index, table.values)]
        return "\n".join(lines)
    return table.to_markdown()


def _pyplot():  # type: ignore[no-untyped-def]
    """matplotlib's pyplot on the Agg backend, or an ImportError saying how to install it."""
    try:
        import matplotlib
    except ImportError:
        raise ImportError('the HTML report needs matplotlib: pip install "postingparse[report]"') from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def render_report(
    records: Iterable[Posting | Mapping[str, Any]] | pd.DataFrame,
    by: Hashable | Sequence[Hashable] | None = None,
    sample: int = 5,
    title: str = "postingparse report",
    texts: Mapping[str, str] | None = None,
) -> str:
    """A self-contained HTML page: charts, the `summarize` table and sample postings with their evidence highlighted.

    Args:
        records (Iterable[Posting | dict] | DataFrame): Records as written by ``postingparse extract``
            (``id``, ``source``, v1 fields, kept columns; a ``text`` key is used for the samples),
            or a frame of `to_frame`, `extract_frame` or `summary_to_frame` (no samples then).
        by (Optional[column or list of columns]): Columns to group the figures by.
        sample (int): How many postings (the first ones with a text and at least one entry) to show.
        title (str): The page title.
        texts (Optional[Mapping[str, str]]): Posting texts by record id, for records without ``text``.

    Returns:
        str: The HTML page (inline SVG charts, inline styles, no scripts, no external resources).

    Raises:
        ImportError: matplotlib is not installed.
    """
    plt = _pyplot()
    if isinstance(records, pd.DataFrame):
        dicts: list[dict] = []
        frame = records
    else:
        dicts = [r.to_dict() if isinstance(r, Posting) else dict(r) for r in records]
        frame = records_frame(dicts)
    summary = summarize(frame, by)
    charts = _charts(plt, frame, summary, dicts, by)
    samples = _samples(dicts, texts or {}, sample)
    by_text = "" if by is None else f" by {html.escape(_group_name(by) if isinstance(by, (list, tuple)) else str(by))}"
    table = display_table(summary).to_html(classes="summary", border=0)
    if samples:
        legend = " ".join(
            f'<span style="border-bottom: 3px solid {FAMILY_COLORS[fam]}; margin-right: 1em">{fam}</span>'
            for fam in FAMILIES
        )
        samples_html = f'<p class="legend">{legend}</p>\n' + "\n".join(samples)
    elif not dicts:
        samples_html = "<p>These are summaries (one row per posting, no entries): give the records or the tables " \
            "folder that <code>extract</code> wrote to see the evidence.</p>"
    else:
        samples_html = "<p>No posting texts were found (give them with --texts).</p>"
    return _PAGE.format(
        title=html.escape(title),
        intro=f"{len(frame):,} postings{by_text}.",
        charts="\n".join(f'<figure class="chart">{svg}</figure>' for svg in charts),
        table=table,
        samples=samples_html,
    )


def _charts(plt: Any, frame: pd.DataFrame, summary: pd.DataFrame, records: list[dict], by: Any) -> list[str]:
    """The five charts as inline SVG strings."""
    groups = [_group_name(g) for g in summary.index]
    levels = [f"min_degree_{name}" for name in LEVEL_DTYPE.categories] + ["min_degree_not_stated"]
    degree = pd.DataFrame(summary[levels].to_numpy(dtype=float), index=groups,
                          columns=[c.removeprefix("min_degree_") for c in levels])
    degree = degree.loc[:, degree.fillna(0).max() > 0]
    codes: dict[str, str | None] = {}
    for record in records:
        for entry in record.get("industries") or []:
            codes.setdefault(entry["label"], entry.get("naics"))
    for label, code in industry_codes().items():
        codes.setdefault(label, code)
    methods = label_shares(frame, "methodologies", by)
    certifications = label_shares(frame, "certifications", by)
    industries = label_shares(frame, "industries", by)
    industries.columns = [f"{c} ({codes[c]})" if codes.get(c) else c for c in industries.columns]
    out = [
        _bars(plt, degree, "Lowest required degree", horizontal=False),
        _histogram(plt, frame, by, "Years of experience required"),
        _bars(plt, _top(methods), "Methodologies (top 15)", horizontal=True),
        _bars(plt, _top(industries), "Industries (top 15)", horizontal=True),
        _bars(plt, _top(certifications), "Certifications and licences (top 15)", horizontal=True),
    ]
    plt.close("all")
    return out


def label_shares(frame: pd.DataFrame, column: str, by: Any = None) -> pd.DataFrame:
    """Per group (rows), the share of postings whose ``column`` list holds each label (columns).

    Rows with an ``error`` are left out, as in `summarize`.
    """
    ok = frame["error"].isna() if "error" in frame.columns else pd.Series(True, index=frame.index)
    lists = frame.loc[ok, column]
    keys = [frame.loc[ok, k] for k in _keys(by)] if by is not None else pd.Series("all", index=lists.index)
    labels = sorted({label for value in lists if isinstance(value, list) for label in value})
    flags = pd.DataFrame(
        {label: [isinstance(v, list) and label in v for v in lists] for label in labels}, index=lists.index, dtype=float
    )
    shares = flags.groupby(keys, observed=True, dropna=False, sort=True).mean()
    shares.index = [_group_name(g) for g in shares.index]
    return shares


def _top(shares: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """The ``n`` columns with the highest share over all groups (columns never seen dropped)."""
    order = shares.fillna(0).max().sort_values(ascending=False, kind="stable")
    return shares[[c for c in order.index[:n] if order[c] > 0]]


def share_limit(largest: float) -> float:
    """The end of a share axis for data up to ``largest``: a little above it, on a round tick, at most 1."""
    if not largest > 0:
        return 1.0
    step = 0.05 if largest <= 0.5 else 0.1
    return min(1.0, (int(largest * 1.08 / step) + 1) * step)


def _bars(plt: Any, shares: pd.DataFrame, title: str, horizontal: bool) -> str:
    """Bars of ``shares`` (rows: groups, columns: categories), grouped by category, on an axis scaled to the data."""
    height = 1.5 + 0.2 * len(shares.columns) * max(1, len(shares)) ** 0.5 if horizontal else 4
    fig, ax = plt.subplots(figsize=(6.5, height))
    if shares.empty or not len(shares.columns):
        ax.text(0.5, 0.5, "nothing found", ha="center", va="center")
        ax.set_axis_off()
    else:
        data = shares.T.iloc[::-1] if horizontal else shares.T
        data.plot(kind="barh" if horizontal else "bar", ax=ax, legend=len(shares) > 1, width=0.8, rot=0)
        (ax.set_xlabel if horizontal else ax.set_ylabel)("share of the group's postings")
        (ax.set_xlim if horizontal else ax.set_ylim)(0, share_limit(float(shares.max().max())))
        axis = ax.xaxis if horizontal else ax.yaxis
        axis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0, decimals=0))
        if len(shares) == 1:
            for container in ax.containers:
                ax.bar_label(container, fmt="{:.0%}", fontsize="x-small", padding=2)
        if not horizontal:
            ax.tick_params(axis="x", labelrotation=30)
            for label in ax.get_xticklabels():
                label.set_horizontalalignment("right")
        if len(shares) > 1:
            ax.legend(title=None, fontsize="small", loc="lower right" if horizontal else "upper right")
    ax.set_title(title)
    return _svg(plt, fig)


def _histogram(plt: Any, frame: pd.DataFrame, by: Any, title: str) -> str:
    """``min_years_required`` in 1-year bins, as shares within each group (groups differ in size)."""
    fig, ax = plt.subplots(figsize=(6.5, 4))
    years = frame["min_years_required"].astype(float)
    if "error" in frame.columns:
        years = years.where(frame["error"].isna())
    if years.notna().any():
        keys = [frame[k] for k in _keys(by)] if by is not None else pd.Series("all", index=frame.index)
        groups = [(g, y.dropna().to_numpy()) for g, y in years.groupby(keys, dropna=False, observed=True)]
        groups = [(g, y) for g, y in groups if len(y)]
        top = int(years.max()) + 1
        ax.hist(
            [y for _, y in groups],
            bins=range(0, top + 1),
            weights=[[1 / len(y)] * len(y) for _, y in groups],
            label=[f"{_group_name(g)} (n={len(y):,})" for g, y in groups],
        )
        ax.set_xlabel("minimum years required")
        ax.set_ylabel("share of the group's postings stating years")
        ax.yaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0, decimals=0))
        if len(groups) > 1:
            ax.legend(fontsize="small")
    else:
        ax.text(0.5, 0.5, "no years required", ha="center", va="center")
        ax.set_axis_off()
    ax.set_title(title)
    return _svg(plt, fig)


def _keys(by: Any) -> list[Hashable]:
    return [by] if isinstance(by, str) or not isinstance(by, Sequence) else list(by)


def _svg(plt: Any, fig: Any) -> str:
    """The figure as an ``<svg>`` element (text kept as text, no metadata)."""
    buffer = io.StringIO()
    fig.tight_layout()
    with plt.rc_context({"svg.fonttype": "none", "svg.hashsalt": "postingparse"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    plt.close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def _samples(records: list[dict], texts: Mapping[str, str], n: int) -> list[str]:
    """The first ``n`` records with a text and at least one entry, highlighted over their text (`posting_html`)."""
    out: list[str] = []
    for record in records:
        if len(out) >= n:
            break
        text = record.get("text") or texts.get(str(record.get("id")))
        posting = Posting.from_dict(record)
        if not text or not posting.entries():
            continue
        out.append(f'<section class="posting">{posting_html(posting, text)}</section>')
    return out


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: sans-serif; margin: 2em auto; max-width: 1100px; color: #222; }}
div.charts {{ display: grid; grid-template-columns: 1fr 1fr; gap: 1em; align-items: start; }}
figure.chart {{ margin: 0; }}
figure.chart svg {{ max-width: 100%; height: auto; }}
table.summary {{ border-collapse: collapse; font-size: 0.9em; }}
table.summary td, table.summary th {{ padding: 2px 10px; text-align: right; border-bottom: 1px solid #ddd; }}
table.summary th:first-child {{ text-align: left; }}
section.posting {{ border-top: 1px solid #ccc; margin-top: 1.5em; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p>{intro}</p>
<h2>Charts</h2>
<div class="charts">
{charts}
</div>
<h2>Sample postings</h2>
<p>The first postings with entries, as written; each entry's evidence is underlined in its family's colour
(hover for what it says), and its entries are listed below the text.</p>
{samples}
<h2>Summary</h2>
<p>Shares are of postings; indicator figures that are 0 in every group are left out.</p>
{table}
</body>
</html>
"""


__all__ = [
    "render_report",
    "records_frame",
    "read_records",
    "label_shares",
    "share_limit",
    "add_read_options",
    "read_options",
    "format_summary",
    "display_table",
    "summary_command",
    "report_command",
    "add_summarize_command",
    "add_report_command",
]
