"""docs/notebook.ipynb runs from top to bottom in a real kernel, shows what it says, and is kept without outputs in git."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "docs" / "notebook.ipynb"


def test_notebook_is_stored_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(cell.outputs == [] and cell.execution_count is None for cell in code)


def test_notebook_runs_from_a_csv_to_a_chart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The kernel is a new process: it must import this tree's postingparse, and draw without a display.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(out.output_type != "error" for cell in code for out in cell.outputs)
    html = [out["data"]["text/html"] for cell in code for out in cell.outputs if "text/html" in out.get("data", {})]
    posting, shown = [h for h in html if 'class="postingparse"' in h]
    assert "white-space: pre-wrap" in posting and "DEGREE</span>" in posting and "postingparse-entries" in posting
    assert "mechanical engineering" in shown and "electrical engineering" in shown  # "BS in ME or EE"
    assert any("min_degree_bachelor" in h for h in html)  # the summary table
    images = [out for cell in code for out in cell.outputs if "image/png" in out.get("data", {})]
    assert len(images) == 1  # the chart by state
    assert not list(tmp_path.iterdir())  # the notebook wrote nothing where it ran
