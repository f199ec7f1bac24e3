"""Summaries and a self-contained HTML report of extracted records (``postingparse summarize`` / ``report``).

The input is what ``postingparse extract`` writes: JSON Lines records with
``id``, ``source``, the v1 fields and any kept columns. Figures come from
`postingparse.analysis.summarize`; charts are matplotlib figures inlined as SVG
and the sample postings are displaCy span renderings, so the page needs no
network when it is viewed. matplotlib is optional: ``pip install "postingparse[report]"``.
"""

from __future__ import annotations

import argparse
import html
import io
import sys
from typing import Any, Hashable, Iterable, Mapping, Sequence

import pandas as pd

from .analysis import INDUSTRY_PREFIX, METHOD_PREFIX, industry_key, summarize, to_frame
from .frame import LEVEL_DTYPE
from .jsonl import read_jsonl, read_texts
from .record import FAMILIES, IndustryEntry, Posting

#: Record keys that are not kept columns.
_RECORD_KEYS = {"id", "source", "warnings", "text", *FAMILIES}
#: Integer columns of `summarize`; every other figure is a share or a number of years.
_COUNT_COLUMNS = ("postings", "errors", "years_count")
SPANS_KEY = "postingparse"
SUMMARY_FORMATS = ("text", "csv", "json", "markdown")
#: displaCy colours per span label (`postingparse.component.SPAN_LABELS`).
SPAN_COLORS = {"DEGREE": "#9ecae1", "EXPERIENCE": "#fdae6b", "INDUSTRY": "#a1d99b", "METHODOLOGY": "#dadaeb"}


def read_records(paths: str | Sequence[str]) -> list[dict[str, Any]]:
    """The records of JSON Lines files written by ``postingparse extract`` (blank lines skipped).

    Args:
        paths (str | Sequence[str]): One path or several.

    Raises:
        ValueError: A line is not a JSON object (the message names the file and line).
    """
    return [record for path in ([paths] if isinstance(paths, str) else paths) for record in read_jsonl(path)]


def records_frame(records: Iterable[Posting | Mapping[str, Any]]) -> pd.DataFrame:
    """`to_frame` of the records, with their kept columns (keys besides id, source, text and v1 fields) after ``id``.

    Args:
        records (Iterable[Posting | dict]): Records as written by ``postingparse extract``, or `Posting` objects.
    """
    dicts = [r.to_dict() if isinstance(r, Posting) else dict(r) for r in records]
    frame = to_frame(dicts)
    kept = pd.DataFrame([{k: v for k, v in r.items() if k not in _RECORD_KEYS} for r in dicts], index=frame.index)
    kept = kept.drop(columns=[c for c in kept.columns if c in frame.columns])
    return pd.concat([frame[["id"]], kept, frame.drop(columns="id")], axis=1)


def display_table(summary: pd.DataFrame) -> pd.DataFrame:
    """A `summarize` table for reading: one row per figure, one column per group; indicator figures that are 0 everywhere dropped."""
    shown = [
        c for c in summary.columns
        if not (str(c).startswith((METHOD_PREFIX, INDUSTRY_PREFIX)) and not (summary[c].fillna(0) > 0).any())
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
    records: Iterable[Posting | Mapping[str, Any]],
    by: Hashable | Sequence[Hashable] | None = None,
    sample: int = 5,
    title: str = "postingparse report",
    texts: Mapping[str, str] | None = None,
) -> str:
    """A self-contained HTML page: charts, the `summarize` table and sample postings with their evidence highlighted.

    Args:
        records (Iterable[Posting | dict]): Records as written by ``postingparse extract``
            (``id``, ``source``, v1 fields, kept columns; a ``text`` key is used for the samples).
        by (Optional[column or list of columns]): Kept columns to group the figures by.
        sample (int): How many postings (the first ones with a text and at least one entry) to show.
        title (str): The page title.
        texts (Optional[Mapping[str, str]]): Posting texts by record id, for records without ``text``.

    Returns:
        str: The HTML page (inline SVG charts, inline styles, no scripts, no external resources).

    Raises:
        ImportError: matplotlib is not installed.
    """
    plt = _pyplot()
    dicts = [r.to_dict() if isinstance(r, Posting) else dict(r) for r in records]
    frame = records_frame(dicts)
    summary = summarize(frame, by)
    charts = _charts(plt, frame, summary, dicts, by)
    samples = _samples(dicts, texts or {}, sample)
    by_text = "" if by is None else f" by {html.escape(str(by))}"
    table = display_table(summary).to_html(classes="summary", border=0)
    return _PAGE.format(
        title=html.escape(title),
        intro=f"{len(frame):,} postings{by_text}.",
        charts="\n".join(f'<figure class="chart">{svg}</figure>' for svg in charts),
        table=table,
        samples="\n".join(samples) or "<p>No posting texts were given (use --texts).</p>",
    )


def _charts(plt: Any, frame: pd.DataFrame, summary: pd.DataFrame, records: list[dict], by: Any) -> list[str]:
    """The four charts as inline SVG strings."""
    groups = [_group_name(g) for g in summary.index]
    levels = [f"min_degree_{name}" for name in LEVEL_DTYPE.categories] + ["min_degree_not_stated"]
    degree = pd.DataFrame(summary[levels].to_numpy(dtype=float), index=groups,
                          columns=[c.removeprefix("min_degree_") for c in levels])
    methods = summary[[c for c in summary.columns if str(c).startswith(METHOD_PREFIX)]].astype(float)
    methods.columns = [c.removeprefix(METHOD_PREFIX) for c in methods.columns]
    names: dict[str, str] = {}
    for record in records:
        for entry in record.get("industries") or []:
            key = industry_key(IndustryEntry.from_dict(entry))
            names.setdefault(key, key if key == entry["label"] else f"{entry['label']} ({key})")
    industries = summary[[INDUSTRY_PREFIX + k for k in names if INDUSTRY_PREFIX + k in summary.columns]].astype(float)
    industries.columns = [names[c.removeprefix(INDUSTRY_PREFIX)] for c in industries.columns]
    out = [
        _bars(plt, degree, "Lowest required degree (share of postings)", horizontal=False),
        _histogram(plt, frame, by, "Years of experience required"),
        _bars(plt, _top(methods), "Methodologies (share of postings, top 15)", horizontal=True),
        _bars(plt, _top(industries), "Industries (share of postings, top 15)", horizontal=True),
    ]
    plt.close("all")
    return out


def _top(shares: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """The ``n`` columns with the highest share over all groups (columns never seen dropped)."""
    order = shares.fillna(0).max().sort_values(ascending=False)
    return shares[[c for c in order.index[:n] if order[c] > 0]]


def _bars(plt: Any, shares: pd.DataFrame, title: str, horizontal: bool) -> str:
    """Bars of ``shares`` (rows: groups, columns: categories), grouped by category."""
    fig, ax = plt.subplots(figsize=(6.5, 1.5 + 0.2 * len(shares.columns) * max(1, len(shares)) ** 0.5 if horizontal else 4))
    if shares.empty or not len(shares.columns):
        ax.text(0.5, 0.5, "nothing found", ha="center", va="center")
        ax.set_axis_off()
    else:
        data = shares.T.iloc[::-1] if horizontal else shares.T
        data.plot(kind="barh" if horizontal else "bar", ax=ax, legend=len(shares) > 1, width=0.8, rot=0)
        (ax.set_xlabel if horizontal else ax.set_ylabel)("share of postings")
        (ax.set_xlim if horizontal else ax.set_ylim)(0, 1)
        if not horizontal:
            ax.tick_params(axis="x", labelrotation=30)
            for label in ax.get_xticklabels():
                label.set_horizontalalignment("right")
        if len(shares) > 1:
            ax.legend(title=None, fontsize="small", loc="lower right" if horizontal else "upper right")
    ax.set_title(title)
    return _svg(plt, fig)


def _histogram(plt: Any, frame: pd.DataFrame, by: Any, title: str) -> str:
    """A histogram of ``min_years_required`` in 1-year bins, one bar colour per group."""
    fig, ax = plt.subplots(figsize=(6.5, 4))
    years = frame["min_years_required"].astype(float)
    if years.notna().any():
        keys = [frame[k] for k in _keys(by)] if by is not None else pd.Series("all", index=frame.index)
        groups = list(years.groupby(keys, dropna=False))
        top = int(years.max()) + 1
        ax.hist([y.dropna().to_numpy() for _, y in groups], bins=range(0, top + 1), label=[_group_name(g) for g, _ in groups])
        ax.set_xlabel("years required")
        ax.set_ylabel("postings")
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
    """displaCy span renderings of the first ``n`` records with a text and at least one entry."""
    import spacy
    from spacy import displacy

    from .component import SPAN_LABELS

    nlp = spacy.blank("en")
    out: list[str] = []
    for record in records:
        if len(out) >= n:
            break
        text = record.get("text") or texts.get(str(record.get("id")))
        entries = [(fam, e) for fam in FAMILIES for e in record.get(fam) or []]
        if not text or not entries:
            continue
        doc = nlp.make_doc(text)
        spans, skipped = [], 0
        for fam, e in entries:
            span = doc.char_span(e["start"], e["end"], SPAN_LABELS[fam], alignment_mode="expand")
            if span is None or text[e["start"]:e["end"]] != e["text"]:
                skipped += 1  # the text is not the one the record was extracted from
            else:
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        rendered = displacy.render(doc, style="span", options={"spans_key": SPANS_KEY, "colors": SPAN_COLORS}, page=False)
        note = f" ({skipped} entries not found in this text)" if skipped else ""
        out.append(f'<section class="posting"><h3>{html.escape(str(record.get("id")))}{note}</h3>{rendered}</section>')
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
<p>The first postings with entries; evidence spans highlighted by family.</p>
{samples}
<h2>Summary</h2>
<p>Shares are of postings; indicator figures that are 0 in every group are left out.</p>
{table}
</body>
</html>
"""


def _source_texts(records: list[dict]) -> dict[str, str]:
    """Texts of records whose ``source`` is a readable .txt file (as for ``extract corpus/postings``)."""
    out = {}
    for record in records:
        source = str(record.get("source") or "")
        if source.endswith(".txt"):
            try:
                with open(source, encoding="utf-8-sig") as f:
                    out[str(record.get("id"))] = f.read()
            except OSError:
                pass
    return out


def summary_command(args: argparse.Namespace) -> int:
    """``postingparse summarize``: print the `summarize` table of JSONL records (``args.records``, ``args.by``, ``args.format``)."""
    summary = summarize(records_frame(read_records(args.records)), _by(args.by))
    sys.stdout.write(format_summary(summary, args.format))
    return 0


def report_command(args: argparse.Namespace) -> int:
    """``postingparse report``: write `render_report` of JSONL records to ``args.output``."""
    records = read_records(args.records)
    texts = {str(k): v for k, v in read_texts(args.texts).items()} if args.texts else _source_texts(records)
    page = render_report(records, by=_by(args.by), sample=args.sample, title=args.title, texts=texts)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(page)
    print(f"postingparse: {len(records):,} postings -> {args.output}", file=sys.stderr)
    return 0


def _by(value: str | list[str] | None) -> str | list[str] | None:
    """``--by`` as `summarize` takes it: None, one column, or a list of columns."""
    if isinstance(value, list):
        return None if not value else value[0] if len(value) == 1 else value
    return value


def add_summarize_command(commands: argparse._SubParsersAction) -> None:
    """Add ``postingparse summarize RECORDS [--by COLUMN] [--format text|csv|json|markdown]``."""
    p = commands.add_parser(
        "summarize",
        help="print group summaries of JSONL records",
        description="Print the summary (postings, degree shares, years, methodology and industry shares) "
        "of JSONL records written by `extract`, per group of --by.",
    )
    p.add_argument("records", nargs="+", metavar="RECORDS", help="JSONL files written by `postingparse extract`")
    p.add_argument("--by", action="append", metavar="COLUMN", help="a kept column to group by (repeat for several)")
    p.add_argument("-f", "--format", choices=SUMMARY_FORMATS, default="text", help="output format (default: text)")
    p.set_defaults(run=summary_command)


def add_report_command(commands: argparse._SubParsersAction) -> None:
    """Add ``postingparse report RECORDS -o report.html [--by COLUMN] [--texts FILE]``."""
    p = commands.add_parser(
        "report",
        help="write an HTML report of JSONL records",
        description="Write a self-contained HTML report (charts, summary, sample postings with their evidence "
        "highlighted) of JSONL records written by `extract`. Needs matplotlib: pip install \"postingparse[report]\".",
    )
    p.add_argument("records", nargs="+", metavar="RECORDS", help="JSONL files written by `postingparse extract`")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file to write")
    p.add_argument("--by", action="append", metavar="COLUMN", help="a kept column to group by (repeat for several)")
    p.add_argument("--texts", metavar="FILE", help="JSONL with id and text of the postings, for the samples "
                   "(default: the records' .txt sources)")
    p.add_argument("--sample", type=int, default=5, metavar="N", help="sample postings shown (default: 5)")
    p.add_argument("--title", default="postingparse report", help="the page title")
    p.set_defaults(run=report_command)


__all__ = [
    "render_report",
    "records_frame",
    "read_records",
    "format_summary",
    "display_table",
    "summary_command",
    "report_command",
    "add_summarize_command",
    "add_report_command",
]
