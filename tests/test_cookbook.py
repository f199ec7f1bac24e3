"""Every example of docs/cookbook.md prints the output shown after it.

The ``python`` blocks run in order in one namespace, from the repository root;
each must be followed by a ``text`` block holding exactly what it prints.
``COOKBOOK_UPDATE=1 python -m pytest tests/test_cookbook.py`` rewrites the
``text`` blocks with the actual outputs (then read the diff).
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
COOKBOOK = ROOT / "docs" / "cookbook.md"
#: A python block and the text block after it (possibly empty).
EXAMPLE = regex.compile(r"```python\n(.*?)```\n++(```text\n)(.*?)(```)", flags=regex.S)


def examples() -> list[regex.Match]:
    return list(EXAMPLE.finditer(COOKBOOK.read_text(encoding="utf-8")))


def run_all(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What each python block prints, running them in order in one namespace."""
    monkeypatch.chdir(ROOT)
    namespace: dict = {"__name__": "cookbook"}
    outputs = []
    for match in examples():
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(match.group(1), str(COOKBOOK), "exec"), namespace)  # noqa: S102  (running the documented examples is the test)
        outputs.append(out.getvalue())
    return outputs


def test_cookbook_has_five_examples() -> None:
    text = COOKBOOK.read_text(encoding="utf-8")
    assert len(examples()) == text.count("```python") == 5


def test_cookbook_outputs(monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = run_all(monkeypatch)
    if os.environ.get("COOKBOOK_UPDATE"):
        text = COOKBOOK.read_text(encoding="utf-8")
        for match, output in reversed(list(zip(examples(), outputs))):
            text = text[: match.end(2)] + output + text[match.start(4):]
        COOKBOOK.write_text(text, encoding="utf-8")
    shown = [match.group(3) for match in examples()]
    for number, (expected, actual) in enumerate(zip(shown, outputs), 1):
        assert actual, f"example {number} prints nothing"
        assert actual == expected, f"example {number} of docs/cookbook.md prints otherwise"
