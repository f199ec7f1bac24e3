"""Vocabularies as data: loading the JSONL/CSV tables under ``postingparse/data``.

Each table is a list of plain dicts, one per line of a ``<name>.jsonl`` file
(or row of a ``<name>.csv`` file). Users extend a table by pointing
``data_dir`` at a folder holding a file of the same name: its rows are added
after the bundled ones (and so win where a rule family resolves clashes by
"last row wins"). With ``replace=True`` the user's file replaces the bundled
table instead.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

DATA_DIR = Path(__file__).parent / "data"


def _read_rows(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as fh:
            return [dict(row) for row in csv.DictReader(fh)]
    rows = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not a JSON object: {exc}") from exc
    return rows


def _find_table(folder: Path, name: str) -> Path | None:
    for suffix in (".jsonl", ".csv"):
        path = folder / f"{name}{suffix}"
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=None)
def load_table(name: str, data_dir: str | None = None, replace: bool = False) -> tuple[dict[str, Any], ...]:
    """Load the vocabulary table ``name`` (e.g. ``"methodologies"``), once per process.

    Args:
        name (str): The table's file name without suffix.
        data_dir (Optional[str]): A folder of user tables that extend (or, with
            ``replace``, replace) the bundled ones.
        replace (bool): Use the user's table instead of the bundled one.

    Returns:
        tuple[dict, ...]: The rows, bundled first, then the user's.
    """
    bundled = _find_table(DATA_DIR, name)
    user = _find_table(Path(data_dir), name) if data_dir else None
    if bundled is None and user is None:
        raise FileNotFoundError(f"no vocabulary table named {name!r} in {DATA_DIR}" + (f" or {data_dir}" if data_dir else ""))
    rows: list[dict[str, Any]] = []
    if bundled is not None and not (replace and user is not None):
        rows.extend(_read_rows(bundled))
    if user is not None:
        rows.extend(_read_rows(user))
    return tuple(rows)


def snake_label(title: str) -> str:
    """A snake_case label from a NAICS title ("Steel Foundries (except Investment)" -> "steel_foundries")."""
    text = regex.sub(r"\s*\([^)]*\)", "", title).lower().replace("'", "")
    return regex.sub(r"[^a-z0-9]+", "_", text).strip("_")


#: The keys of an industries row that hold phrases naming the industry.
INDUSTRY_PHRASE_KEYS = ("terms", "nouns", "places")


@lru_cache(maxsize=None)
def load_industries(data_dir: str | None = None, replace: bool = False) -> tuple[dict[str, Any], ...]:
    """The industry vocabulary: the curated ``industries`` rows, then the generated ``naics_phrases`` rows.

    ``naics_phrases.jsonl`` (written by ``tools/build_naics_phrases.py`` from every 2022 NAICS title) adds
    product and activity phrases with their deep code: "cheese" 311513, "iron castings" 331511, and
    ``products`` that name an industry only after a maker phrasing ("a manufacturer of pumps": 3339). The curated
    rows win: a generated phrase that a curated row names is left out, one that ends with a curated noun or
    place is a noun or place too ("technical consulting", "iron foundry"), a generated row whose code is a
    curated row's code gives its phrases to that row (its label stands for the code), and a generated label
    that a curated row already uses for another code takes the code as a suffix. Both tables extend or
    replace from ``data_dir`` like any other (an empty ``naics_phrases.jsonl`` there with ``replace``
    turns the generated phrases off).
    """
    curated = [dict(row) for row in load_table("industries", data_dir, replace)]
    named = {p.lower() for row in curated for key in INDUSTRY_PHRASE_KEYS for p in row.get(key) or ()}
    anchors = {p.lower(): key for row in curated for key in ("nouns", "places") for p in row.get(key) or ()}
    by_code = {row["naics"]: row for row in reversed(curated) if row.get("naics")}
    labels = {row["label"] for row in curated}
    generated = []
    for row in load_table("naics_phrases", data_dir, replace):
        phrases: dict[str, list[str]] = {key: [] for key in INDUSTRY_PHRASE_KEYS}
        for key in INDUSTRY_PHRASE_KEYS:
            for phrase in row.get(key) or ():
                if phrase.lower() not in named:
                    phrases[_anchored_kind(phrase.lower(), anchors) or key].append(phrase)
        products = [p for p in row.get("products") or () if p.lower() not in named]
        if not any(phrases.values()) and not products:
            continue
        named.update(p.lower() for key in phrases for p in phrases[key])
        owner = by_code.get(row["naics"])
        if owner is not None:
            for key, added in [*phrases.items(), ("products", products)]:
                if added:
                    owner[key] = [*(owner.get(key) or ()), *added]
            continue
        label = row["label"] if row["label"] not in labels else f"{row['label']}_{row['naics']}"
        labels.add(label)
        kept = {k: v for k, v in row.items() if k not in (*INDUSTRY_PHRASE_KEYS, "products")}
        if products:
            kept["products"] = products
        generated.append({**kept, **{k: v for k, v in phrases.items() if v}, "label": label})
    return tuple(curated + generated)


def _anchored_kind(phrase: str, anchors: dict[str, str]) -> str | None:
    """The kind ("nouns", "places") of a curated noun or place that ends ``phrase`` ("technical consulting"
    ends with the noun "consulting", "iron foundry" with the place "foundry"): a longer phrase must not
    anchor less than the curated words inside it."""
    words = phrase.split(" ")
    return next((anchors[tail] for i in range(1, len(words)) if (tail := " ".join(words[i:])) in anchors), None)


class Vocabularies:
    """Where a pipeline takes its vocabulary tables from.

    Args:
        data_dir (Optional[str]): A folder of user tables (same file names as
            ``postingparse/data``) that extend the bundled ones.
        replace (bool): User tables replace the bundled ones instead of extending them.
    """

    def __init__(self, data_dir: str | None = None, replace: bool = False) -> None:
        self.data_dir = str(data_dir) if data_dir else None
        self.replace = replace

    def table(self, name: str) -> tuple[dict[str, Any], ...]:
        """The rows of table ``name`` (loaded once per process and cached)."""
        return load_table(name, self.data_dir, self.replace)

    def industries(self) -> tuple[dict[str, Any], ...]:
        """The industry vocabulary, curated rows and generated NAICS phrases merged (see `load_industries`)."""
        return load_industries(self.data_dir, self.replace)

    def __repr__(self) -> str:
        return f"Vocabularies(data_dir={self.data_dir!r}, replace={self.replace!r})"


def as_tuple(value: Any) -> tuple[str, ...]:
    """A row field that holds one name or a list of them ("unless": "pe" or ["pe", "poly"]), as a tuple."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)
