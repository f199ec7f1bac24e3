#!/usr/bin/env bash
# Build report.html on the bundled corpus (grouped by a role column taken from the file names)
# and screenshot it with headless Chromium, to check by eye that the charts are legible and the
# highlights sit on the right words.
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
if python -m postingparse.cli report --help >/dev/null 2>&1; then
    python -m postingparse.cli report "$out/records.jsonl" -o "$out/report.html" --by role --texts "$out/postings.jsonl"
else  # the report command is not wired into the CLI yet: call it directly
    python - "$out" <<'PY'
import argparse, sys
from postingparse.report import add_report_command
parser = argparse.ArgumentParser(prog="postingparse")
add_report_command(parser.add_subparsers())
out = sys.argv[1]
args = parser.parse_args(["report", f"{out}/records.jsonl", "-o", f"{out}/report.html", "--by", "role",
                          "--texts", f"{out}/postings.jsonl"])
sys.exit(args.run(args))
PY
fi

command -v chromium >/dev/null || { echo "chromium missing: apt-get install -y chromium" >&2; exit 1; }
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" --screenshot="$out/out.png" --window-size=1280,2400 \
    "file://$(realpath "$out/report.html")" 2>/dev/null
rm -rf "$profile"
echo "screenshot: $out/out.png"
