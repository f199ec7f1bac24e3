"""Measurements of the batch command: throughput, flat memory, bad inputs, kill and resume, HTML conversion.

Every measurement runs the real command (``python -m postingparse.cli extract``)
in a subprocess on a corpus made by ``make_corpus.py`` (the real postings
repeated with unique ids) in a scratch folder, and prints a small table.

    python benchmarks/batch_throughput.py throughput --count 10000 --jobs 1 2
    python benchmarks/batch_throughput.py scaling --count 4000 --source large --exclude blind-ids.txt
    python benchmarks/batch_throughput.py memory --count 10000 100000 --jobs 2
    python benchmarks/batch_throughput.py kill-resume --count 100000 --jobs 2
    python benchmarks/batch_throughput.py bad-folder
    python benchmarks/batch_throughput.py html

Peak RSS comes from GNU time (``/usr/bin/time -v``, Debian package ``time``):
it is the largest single process (the main one or one worker). The sampler
also logs, every few seconds, the postings written so far and the summed PSS
of the whole process tree (main process and workers, shared pages counted
once), which shows whether memory grows with the input. The machine is
shared: read rates next to their CPU seconds.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import DEFAULT_SOURCE, SOURCES, repeated, write  # noqa: E402

COMMAND = [sys.executable, "-m", "postingparse.cli", "extract"]
GNU_TIME = "/usr/bin/time"


@dataclass
class Run:
    """What one command run measured."""

    seconds: float = 0.0
    user: float = 0.0
    system: float = 0.0
    max_rss_kb: int = 0
    status: int = 0
    samples: list[tuple[float, int, int]] = field(default_factory=list)  # (seconds, lines written, tree PSS in KB)
    stderr: str = ""


SOURCE = DEFAULT_SOURCE
#: Ids left out of the corpus (a blind sample's: ``--exclude FILE``).
EXCLUDE: frozenset[str] = frozenset()


def corpus(folder: Path, count: int) -> Path:
    """The benchmark corpus of ``count`` postings from `SOURCE` in ``folder`` (made once)."""
    stem = "postings" if SOURCE == DEFAULT_SOURCE else SOURCE.name.split(".")[0]
    if EXCLUDE:
        stem += f"-without-{len(EXCLUDE)}"
    path = folder / f"{stem}-{count}.jsonl"
    if not path.exists():
        partial = path.with_suffix(".partial")
        with open(partial, "w", encoding="utf-8") as out:
            write(repeated(SOURCE, count, EXCLUDE), out)
        partial.rename(path)
    return path


def tree_pss_kb(pid: int) -> int:
    """The summed PSS of a process and its descendants, in KB (0 when gone)."""
    total = 0
    for p in [pid, *_descendants(pid)]:
        try:
            text = Path(f"/proc/{p}/smaps_rollup").read_text()
        except OSError:
            continue
        found = re.search(r"^Pss:\s+(\d+) kB", text, re.M)
        total += int(found.group(1)) if found else 0
    return total


def _descendants(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    out = [int(c) for c in children]
    for child in list(out):
        out.extend(_descendants(child))
    return out


class LineCounter:
    """Counts the lines of a growing file by reading only what was added."""

    def __init__(self, path: Path) -> None:
        self.path, self.offset, self.lines = path, 0, 0

    def __call__(self) -> int:
        try:
            with open(self.path, "rb") as f:
                f.seek(self.offset)
                block = f.read()
        except OSError:
            return self.lines
        self.offset += len(block)
        self.lines += block.count(b"\n")
        return self.lines


def run(args: list[str], output: Path | None = None, *, kill_at: int | None = None, every: float = 5.0) -> Run:
    """Run the command under GNU time, sampling memory and progress; SIGKILL it once ``kill_at`` lines are written."""
    result = Run()
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        started = time.perf_counter()
        process = subprocess.Popen(
            [GNU_TIME, "-v", "-o", timing.name, *COMMAND, *args], stderr=subprocess.PIPE, text=True
        )
        stderr: list[str] = []
        reader = threading.Thread(target=lambda: stderr.extend(process.stderr), daemon=True)  # type: ignore[arg-type]
        reader.start()
        lines = LineCounter(output) if output else (lambda: 0)
        main_pid = None
        while process.poll() is None:
            time.sleep(0.2 if kill_at else every)
            main_pid = main_pid or next(iter(_descendants(process.pid)), None)
            written = lines()
            if main_pid and (not result.samples or time.perf_counter() - started - result.samples[-1][0] >= every):
                result.samples.append((time.perf_counter() - started, written, tree_pss_kb(main_pid)))
            if kill_at and main_pid and written >= kill_at:
                workers = _descendants(main_pid)
                os.kill(main_pid, signal.SIGKILL)  # the main process only, as `kill -9 PID` would
                process.wait()
                time.sleep(2)
                left = [w for w in workers if Path(f"/proc/{w}").exists()]
                for w in left:  # workers whose parent died; they exit on their own when their queue closes
                    os.kill(w, signal.SIGKILL)
                result.stderr = (
                    f"killed at {written:,} lines written; {len(left)} orphaned worker(s) still alive after 2 s\n"
                )
                break
        process.wait()
        reader.join(timeout=5)
        result.seconds = time.perf_counter() - started
        result.status = process.returncode
        result.stderr += "".join(stderr)
        text = Path(timing.name).read_text()
    if result.status != 0 and not kill_at:
        sys.exit(f"the command failed (exit {result.status}):\n{result.stderr[-2000:]}")
    result.user = _time_field(text, "User time (seconds)")
    result.system = _time_field(text, "System time (seconds)")
    result.max_rss_kb = int(_time_field(text, "Maximum resident set size (kbytes)"))
    return result


def _time_field(text: str, name: str) -> float:
    found = re.search(re.escape(name) + r":\s*([\d.]+)", text)
    return float(found.group(1)) if found else 0.0


def _closing_line(result: Run) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("postingparse:")]
    return lines[-1] if lines else result.stderr.strip()[-300:]


def throughput(folder: Path, counts: list[int], jobs: list[int]) -> None:
    print(
        "| postings | jobs | wall s | postings/s | CPU s (user+sys) | CPU ms/posting | peak RSS MB (largest process) |"
    )
    print("|---|---|---|---|---|---|---|")
    for count in counts:
        path = corpus(folder, count)
        for j in jobs:
            out = folder / f"out-{count}-{j}.jsonl"
            result = run([str(path), "-o", str(out), "-j", str(j), "-q"], out)
            cpu = result.user + result.system
            print(
                f"| {count:,} | {j} | {result.seconds:.1f} | {count / result.seconds:,.0f} | {cpu:.1f} | "
                f"{cpu / count * 1000:.1f} | {result.max_rss_kb / 1024:.0f} |",
                flush=True,
            )


#: Runs the command in a process that reports, on its last stderr line, as JSON: its CPU seconds when the
#: pipeline was built (the start-up: imports and build, before any worker exists; from the build's INFO log
#: line), its own CPU seconds and its workers' (the children it waited for) when the command returned.
_CPU_SPLIT = (
    "import json, logging, resource, sys\n"
    "def cpu(who=resource.RUSAGE_SELF):\n"
    "    r = resource.getrusage(who)\n"
    "    return r.ru_utime + r.ru_stime\n"
    "marks = {}\n"
    "class Built(logging.Handler):\n"
    "    def emit(self, record):\n"
    "        if record.getMessage().startswith('built the postingparse pipeline'):\n"
    "            marks.setdefault('startup', cpu())\n"
    "log = logging.getLogger('postingparse')\n"
    "log.addHandler(Built())\n"
    "log.setLevel(logging.INFO)\n"
    "log.propagate = False\n"
    "from postingparse import cli\n"
    "status = cli.main(sys.argv[1:])\n"
    "marks.update(main=cpu(), workers=cpu(resource.RUSAGE_CHILDREN))\n"
    "print(json.dumps(marks), file=sys.stderr)\n"
    "sys.exit(status)\n"
)


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def scaling(folder: Path, count: int, jobs: int, rounds: int) -> None:
    """``--jobs 1`` and ``--jobs N`` alternately: wall times, their ratio, and where the CPU seconds went.

    The main process's CPU (reading, handing out, writing; and the import and pipeline build
    before the workers start) against the workers' is a load-independent figure; wall-clock
    ratios on a shared machine are not, so the load average is printed beside each pair.

    From CPU seconds alone, what the ratio would be on an otherwise idle machine ("CPU model"):
    ``--jobs 1`` takes its whole CPU time; ``--jobs N`` takes its start-up (imports and build, before
    the workers are forked) and its exit (the CPU spent after the command returned: interpreter
    shutdown) in one process, and the rest spread over N cores. It leaves out the last task running
    alone and the cores the rest of the machine takes, so it is an upper bound of the wall ratio.
    """
    path = corpus(folder, count)
    print("| round | jobs | wall s | start-up CPU s | main CPU s | workers CPU s | exit CPU s | total CPU s | load (1 min) |")
    print("|---|---|---|---|---|---|---|---|---|")
    ratios, models, outputs = [], [], {}
    for number in range(1, rounds + 1):
        walls, costs = {}, {}
        for j in (1, jobs):
            out = folder / f"scaling-{count}-{j}.jsonl"
            started, before = time.perf_counter(), _children_cpu()
            done = subprocess.run(
                [sys.executable, "-c", _CPU_SPLIT, "extract", str(path), "-o", str(out), "-j", str(j), "-q"],
                stderr=subprocess.PIPE, text=True,
            )
            walls[j], total = time.perf_counter() - started, _children_cpu() - before
            if done.returncode != 0:
                sys.exit(f"the command failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
            cpu = json.loads(done.stderr.strip().splitlines()[-1])
            exit_cpu = max(0.0, total - cpu["main"] - cpu["workers"])
            costs[j] = (cpu.get("startup", 0.0) + exit_cpu, total)
            outputs[j] = out.read_bytes()
            print(
                f"| {number} | {j} | {walls[j]:.1f} | {cpu.get('startup', float('nan')):.2f} | {cpu['main']:.2f} | "
                f"{cpu['workers']:.2f} | {exit_cpu:.2f} | {total:.2f} | {os.getloadavg()[0]:.1f} |",
                flush=True,
            )
        ratios.append(walls[1] / walls[jobs])
        serial, total = costs[jobs]
        models.append(costs[1][1] / (serial + (total - serial) / jobs))
    ratios.sort()
    models.sort()
    print(
        f"\n--jobs {jobs} against --jobs 1 on {count:,} postings: {ratios[len(ratios) // 2]:.2f}x (median of "
        f"{rounds}; {', '.join(f'{r:.2f}' for r in ratios)}); CPU model {models[len(models) // 2]:.2f}x "
        f"({', '.join(f'{m:.2f}' for m in models)}); outputs byte-identical: {outputs[1] == outputs[jobs]}"
    )


def memory(folder: Path, counts: list[int], jobs: list[int]) -> None:
    for count in counts:
        path = corpus(folder, count)
        for j in jobs:
            out = folder / f"mem-{count}-{j}.jsonl"
            result = run(
                [str(path), "-o", str(out), "--tables", str(folder / f"tables-{count}-{j}"), "-j", str(j), "-q"], out
            )
            print(
                f"\n{count:,} postings, --jobs {j}: {result.seconds:.0f} s, {count / result.seconds:,.0f} postings/s, "
                f"peak RSS of the largest process {result.max_rss_kb / 1024:.0f} MB"
            )
            _print_samples(result)


def _print_samples(result: Run) -> None:
    print("| seconds | postings written | whole tree PSS MB |")
    print("|---|---|---|")
    step = max(1, len(result.samples) // 12)
    for seconds, written, pss in result.samples[::step] + result.samples[-1:]:
        print(f"| {seconds:.0f} | {written:,} | {pss / 1024:.0f} |")


def kill_resume(folder: Path, count: int, jobs: int) -> None:
    path = corpus(folder, count)
    out = folder / f"resume-{count}.jsonl"
    for stale in (out, Path(str(out) + ".errors.jsonl")):
        stale.unlink(missing_ok=True)
    base = [str(path), "-o", str(out), "-j", str(jobs), "-q"]
    first = run(base, out, kill_at=count // 2)
    size_at_kill = out.stat().st_size
    complete = out.read_bytes()[-1:] == b"\n"
    print(first.stderr.strip())
    print(
        f"first run: {first.seconds:.0f} s; output {size_at_kill:,} bytes, ends with a complete line: {complete}; "
        f"peak RSS of the largest process {first.max_rss_kb / 1024:.0f} MB"
    )
    _print_samples(first)
    second = run([*base, "--resume"], out)
    print(
        f"resumed run: {second.seconds:.0f} s, exit {second.status}, peak RSS of the largest process "
        f"{second.max_rss_kb / 1024:.0f} MB; {_closing_line(second)}"
    )
    _print_samples(second)
    ids: Counter[str] = Counter()
    with open(out, encoding="utf-8") as f:
        for line in f:
            ids[json.loads(line)["id"]] += 1
    expected = {row["id"] for row in repeated(SOURCE, count)}
    errors = Path(str(out) + ".errors.jsonl")
    error_lines = errors.read_text().count("\n") if errors.exists() else 0
    print(
        f"check: {sum(ids.values()):,} records, {len(ids):,} distinct ids, "
        f"{sum(1 for n in ids.values() if n > 1)} duplicated, {len(expected - set(ids))} missing, "
        f"{len(set(ids) - expected)} unexpected, {error_lines} errors"
    )


def bad_folder(folder: Path) -> None:
    bad = folder / "bad"
    bad.mkdir(exist_ok=True)
    rows = [json.loads(line) for line in open(DEFAULT_SOURCE, encoding="utf-8")][:50]
    for n, row in enumerate(rows[:10]):
        (bad / f"posting-{n}.txt").write_text(row["text"], encoding="utf-8")
    (bad / "page.html").write_text(
        "<h2>Requirements</h2><ul>" + "".join(f"<li>{line}</li>" for line in rows[10]["text"].splitlines()) + "</ul>"
    )
    (bad / "good.jsonl.gz").write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in rows[11:31]).encode()))
    (bad / "binary.txt").write_bytes(os.urandom(2048) + b"\0")
    (bad / "empty.txt").write_bytes(b"")
    (bad / "latin1.txt").write_bytes("Caf\u00e9 operator, 3 years of experience.".encode("latin-1"))
    whole = gzip.compress("".join(json.dumps(r) + "\n" for r in rows[31:41]).encode())
    (bad / "truncated.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    lines = [json.dumps(r) for r in rows[41:50]]
    lines[4] = lines[4][: len(lines[4]) // 2]  # a line cut in the middle
    (bad / "broken-line.jsonl").write_text("\n".join(lines) + "\n")
    out = folder / "bad.jsonl"
    result = run([str(bad), "-o", str(out), "-j", "2"], out)
    records = out.read_text().count("\n")
    errors = [json.loads(line) for line in open(str(out) + ".errors.jsonl")]
    print(_closing_line(result))
    print(f"records {records}, errors {len(errors)}")
    for error in errors:
        print(f"  {Path(error['source']).name}: {error['error'][:100]}")
    truncated_rows = sum(
        1 for line in out.read_text().splitlines() if "truncated.jsonl.gz" in json.loads(line)["source"]
    )
    inputs = 10 + 1 + 20 + 3 + (truncated_rows + 1) + 9
    print(
        f"inputs: 10 txt + 1 html + 20 jsonl.gz rows + 3 bad files + truncated gzip ({truncated_rows} rows read + 1) "
        f"+ 9 JSONL lines = {inputs}; records + errors = {records + len(errors)}"
    )


def html(folder: Path) -> None:
    """inscriptis against selectolax on the real postings laid out as job-board pages."""
    import html as htmllib

    from inscriptis import get_text

    texts = [json.loads(line)["text"] for line in open(DEFAULT_SOURCE, encoding="utf-8")]

    def page(text: str) -> str:
        body = []
        for line in filter(None, (s.strip() for s in text.splitlines())):
            words = htmllib.escape(line).split(" ")
            if len(words) > 4:
                words[1], words[3] = f"<b>{words[1]}</b>", f"<a href='#'>{words[3]}</a>"
            body.append(f"<li>{' '.join(words)}</li>" if line[:1] in "-•*" else f"<p>{' '.join(words)}</p>")
        return (
            f"<html><head><style>p{{}}</style><script>var x='<p>no</p>';</script></head><body><nav>Jobs</nav>"
            f"<div>{''.join(body)}</div><footer>&copy; Jobs&nbsp;Inc.</footer></body></html>"
        )

    pages = [page(t) for t in texts]
    converters = {"inscriptis get_text": get_text}
    try:
        from selectolax.lexbor import LexborHTMLParser

        def selectolax(markup: str) -> str:
            tree = LexborHTMLParser(markup)
            for node in tree.css("script, style"):
                node.decompose()
            return tree.body.text(separator="\n") if tree.body else ""

        converters["selectolax text(separator='\\n')"] = selectolax
    except ImportError:
        print("(selectolax not installed: pip install selectolax to compare)")
    sample = "<p>Need <b>5</b> years of experience</p><ul><li>Lean</li><li>Six&nbsp;Sigma</li></ul>"
    print("| converter | ms per page | 'Need <b>5</b> years...' becomes |")
    print("|---|---|---|")
    for name, convert in converters.items():
        best = min(_timed(convert, pages) for _ in range(3))
        print(f"| {name} | {best / len(pages) * 1000:.2f} | {convert(sample).strip()!r} |")


def _timed(convert, pages: list[str]) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    for p in pages:
        convert(p)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("measure", choices=["throughput", "scaling", "memory", "kill-resume", "bad-folder", "html"])
    parser.add_argument("--count", type=int, nargs="+", default=[10_000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--exclude", type=Path, help="a file of ids (whitespace-separated) to leave out of the corpus")
    parser.add_argument("--rounds", type=int, default=3, help="scaling: pairs of runs")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "postingparse-bench")
    parser.add_argument(
        "--source",
        type=lambda name: SOURCES.get(name) or Path(name),
        default=DEFAULT_SOURCE,
        help="JSONL(.gz) to repeat, or small / large (default: corpus-real's small file)",
    )
    args = parser.parse_args()
    global SOURCE, EXCLUDE
    SOURCE = args.source
    EXCLUDE = frozenset(args.exclude.read_text().split()) if args.exclude else frozenset()
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.measure == "throughput":
        throughput(args.workdir, args.count, args.jobs)
    elif args.measure == "scaling":
        scaling(args.workdir, args.count[0], args.jobs[-1], args.rounds)
    elif args.measure == "memory":
        memory(args.workdir, args.count, args.jobs)
    elif args.measure == "kill-resume":
        kill_resume(args.workdir, args.count[0], args.jobs[-1])
    elif args.measure == "bad-folder":
        bad_folder(args.workdir)
    else:
        html(args.workdir)


if __name__ == "__main__":
    main()
