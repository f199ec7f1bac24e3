"""The HTML report and the summary command (`postingparse.report`)."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys

import pandas as pd
import pytest
import regex

from postingparse import parse
from postingparse.analysis import summarize
from postingparse.display import FAMILY_COLORS
from postingparse.report import (
    add_report_command,
    add_summarize_command,
    format_summary,
    records_frame,
    render_report,
    summary_command,
)

TEXTS = {
    "a": "Bachelor's degree required. 3+ years of experience in food manufacturing. Six Sigma a plus.",
    "b": "High school diploma or GED required. 5 years of maintenance experience required. Lean manufacturing.",
    "c": "Join our team! We offer great benefits.",
}
GROUPS = {"a": "engineer", "b": "technician", "c": "technician"}
#: A highlighted piece of a sample's text: its text and the colour of its first bar (see tests/test_display.py).
HIGHLIGHT = regex.compile(
    r'<span title="[^"]*+" style="[^"]*?background: linear-gradient\((#\w++)[^"]*+">'
    r'(?:<span style="position: absolute[^"]*+">(?:<span[^>]*+>[A-Z]++</span>)++</span>)?([^<]*+)</span>'
)
DEGREE, EXPERIENCE, METHODOLOGY = (FAMILY_COLORS[f] for f in ("degrees", "experience", "methodologies"))


def highlighted(page: str) -> list[tuple[str, str]]:
    """(text, colour) of every highlighted piece of the page."""
    return [(text, color) for color, text in HIGHLIGHT.findall(page)]


def records(with_text: bool = True) -> list[dict]:
    out = []
    for key, text in TEXTS.items():
        record = {**parse(text, id=key).to_dict(), "source": f"{key}.txt", "group": GROUPS[key]}
        if with_text:
            record["text"] = text
        out.append(record)
    return out


@pytest.fixture(scope="module")
def page() -> str:
    pytest.importorskip("matplotlib")
    return render_report(records(), by="group", title="Test report")


def test_report_is_self_contained(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert not regex.search(r"""(?:src|href)\s*+=\s*+["']?https?:""", page, flags=regex.I)
    assert "<script" not in page and "<link" not in page and "@import" not in page


def test_report_has_charts_and_summary(page: str) -> None:
    assert page.count("<svg") == 5
    assert '<table class="dataframe summary"' in page
    assert "<th>min_degree_bachelor</th>" in page
    assert "<th>engineer</th>" in page and "<th>technician</th>" in page
    assert "<th>method_six_sigma</th>" in page
    assert "<th>method_kaizen</th>" not in page  # zero in every group


def test_report_highlights_evidence(page: str) -> None:
    marks = highlighted(page)
    assert ("Bachelor's degree", DEGREE) in marks  # as written: not "Bachelor 's degree"
    assert ("Six Sigma", METHODOLOGY) in marks
    assert any(text.startswith("3+ years") and color == EXPERIENCE for text, color in marks)
    assert "required" not in {text for text, _ in marks}
    assert "DEGREE</span>" in page and "METHODOLOGY</span>" in page


def test_report_texts_mapping_and_missing_texts() -> None:
    pytest.importorskip("matplotlib")
    with_mapping = render_report(records(with_text=False), texts=TEXTS, sample=1)
    assert ("Bachelor's degree", DEGREE) in highlighted(with_mapping)
    assert ">b</div>" not in with_mapping  # sample=1
    without = render_report(records(with_text=False))
    assert not highlighted(without) and "No posting texts" in without


def test_report_without_matplotlib(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r'pip install "postingparse\[report\]"'):
        render_report(records())


def test_records_frame_keeps_columns() -> None:
    frame = records_frame(records())
    assert list(frame.columns[:2]) == ["id", "group"]
    assert "text" not in frame.columns and "source" not in frame.columns
    assert frame["min_degree_level"].tolist()[:2] == ["bachelor", "high_school"]


def run_summary(tmp_path, fmt: str, by: str | None = "group") -> str:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records(with_text=False)), encoding="utf-8")
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers()
    add_summarize_command(commands)
    add_report_command(commands)
    argv = ["summarize", str(path), "--format", fmt] + (["--by", by] if by else [])
    args = parser.parse_args(argv)
    assert args.run is summary_command
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert args.run(args) == 0
    return out.getvalue()


def test_summary_text(tmp_path) -> None:
    lines = run_summary(tmp_path, "text").splitlines()
    assert lines[0].split() == ["engineer", "technician"]
    assert lines[1].split() == ["postings", "1", "2"]
    # column widths follow the longest row name, so compare the cells
    assert ["min_degree_high_school", "0", "0.5"] in [line.split() for line in lines]


def test_summary_csv_and_json(tmp_path) -> None:
    csv = pd.read_csv(io.StringIO(run_summary(tmp_path, "csv")), index_col="group")
    assert csv.loc["technician", "postings"] == 2
    assert csv.loc["technician", "years_median"] == 5
    rows = json.loads(run_summary(tmp_path, "json"))
    assert [r["group"] for r in rows] == ["engineer", "technician"]
    assert rows[0]["method_six_sigma"] == 1.0
    overall = json.loads(run_summary(tmp_path, "json", by=None))
    assert overall[0]["index"] == "all" and overall[0]["postings"] == 3


def test_summary_markdown(tmp_path) -> None:
    lines = run_summary(tmp_path, "markdown").splitlines()
    assert lines[0].replace(" ", "").startswith("|") and "engineer" in lines[0]
    assert set(lines[1].replace(" ", "")) <= set("|-:")
    assert any(regex.match(r"\|\s*+postings\s*+\|\s*+1\s*+\|\s*+2\s*+\|", line) for line in lines)


def test_markdown_without_tabulate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tabulate", None)
    frame = records_frame(records())
    text = format_summary(summarize(frame, "group"), "markdown")
    assert text.splitlines()[:3] == [
        "| figure | engineer | technician |",
        "|---|---:|---:|",
        "| postings | 1 | 2 |",
    ]


def charts_of(page: str) -> list[str]:
    """The five chart SVGs of a report: degrees, years, methodologies, industries, certifications."""
    return [part.split("</figure>")[0] for part in page.split('<figure class="chart">')[1:]]


def tick_labels(svg: str) -> list[str]:
    """The percentages written on a chart (tick and bar labels), in order (text is kept as text in the SVG)."""
    return regex.findall(r">(\d++%)<", svg)


def test_share_axes_end_near_the_data() -> None:
    pytest.importorskip("matplotlib")
    texts = {
        "a": "3+ years of experience required. Six Sigma a plus. We are an automotive parts manufacturer.",
        "b": "5 years of experience required.",
        "c": "2 years of experience required.",
        "d": "Bachelor's degree required.",
    }
    group = {"a": "small", "b": "big", "c": "big", "d": "big"}
    rows = [{**parse(t, id=k).to_dict(), "group": group[k]} for k, t in texts.items()]
    degrees, years, methods, industries, certifications = charts_of(render_report(rows, by="group"))
    assert tick_labels(methods)[-1] == "100%"  # six sigma: 1 of 1 "small" posting
    assert "motor_vehicle_parts_manufacturing (3363)" in industries  # the entry's own code, not "(336)"
    # Years as shares within each group: "small" has one posting stating years (100%), "big" two (50% each).
    assert tick_labels(years)[-1] == "100%" and "small (n=1)" in years and "big (n=2)" in years
    degrees = charts_of(render_report([r for r in rows if r["id"] != "a"]))[0]
    # One group: shares of 1/3 (bachelor) and 2/3 (not stated), labelled on the bars; the axis stops at 80%.
    assert {"33%", "67%", "80%"} <= set(tick_labels(degrees)) and "100%" not in tick_labels(degrees)


@pytest.mark.parametrize("largest, limit", [(0.0, 1.0), (0.04, 0.05), (0.2, 0.25), (0.333, 0.4), (0.5, 0.55), (0.95, 1.0)])
def test_share_limit(largest: float, limit: float) -> None:
    from postingparse.report import share_limit

    assert share_limit(largest) == pytest.approx(limit)


def test_label_shares_per_group() -> None:
    from postingparse.report import label_shares

    frame = records_frame(records())
    shares = label_shares(frame, "methodologies", "group")
    assert shares.loc["engineer", "six_sigma"] == 1.0 and shares.loc["technician", "lean"] == 0.5
    assert list(label_shares(frame, "methodologies").index) == ["all"]
