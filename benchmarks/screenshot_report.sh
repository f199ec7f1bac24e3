#!/usr/bin/env bash
# Build report.html on the bundled corpus (grouped by a role column taken from the file names)
# and what a notebook cell shows for one posting (Posting._repr_html_), and screenshot both with
# headless Chromium, to check by eye that the charts are legible and the highlights sit on the
# right words.
#
#   bash benchmarks/screenshot_report.sh [OUT_DIR]     # default: benchmarks/out
#
# Needs matplotlib (pip install "postingparse[report]") and Chromium (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-benchmarks/out}
mkdir -p "$out"

# One JSONL row per bundled posting: id, text and a "role" column to group by.
python - "$out/postings.jsonl" <<'PY'
import json, pathlib, sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for path in sorted(pathlib.Path("corpus/postings").glob("*.txt")):
        name = path.stem
        role = "engineer" if "engineer" in name else "manager" if any(
            w in name for w in ("manager", "supervisor", "leader", "planner")) else "other"
        f.write(json.dumps({"id": name, "text": path.read_text(encoding="utf-8"), "role": role}) + "\n")
PY

python -m postingparse.cli extract "$out/postings.jsonl" --keep role -o "$out/records.jsonl" -q
python -m postingparse.cli report "$out/records.jsonl" -o "$out/report.html" --by role --texts "$out/postings.jsonl"

# What a notebook cell shows for a Posting (its _repr_html_), on a page of a notebook's width.
python - "$out/repr_html.html" <<'PY'
import pathlib, sys
import postingparse
path = sorted(pathlib.Path("corpus/postings").glob("*.txt"))[3]
posting = postingparse.parse(path.read_text(encoding="utf-8"), id=path.stem)
page = f'<!DOCTYPE html><meta charset="utf-8"><body style="max-width: 900px; margin: 1em">{posting._repr_html_()}</body>'
pathlib.Path(sys.argv[1]).write_text(page, encoding="utf-8")
PY

command -v chromium >/dev/null || { echo "chromium missing: apt-get install -y chromium" >&2; exit 1; }
shoot() {  # shoot PAGE PNG WIDTH HEIGHT
    local profile
    profile=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
        --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars --screenshot="$2" \
        --window-size="$3,$4" "file://$(realpath "$1")" 2>/dev/null
    rm -rf "$profile"
    echo "screenshot: $2"
}
shoot "$out/report.html" "$out/report.png" 1280 4200
shoot "$out/repr_html.html" "$out/repr_html.png" 960 1800
