"""Wall time of `tossum flags` on the largest corpus file, Python start-up included (median of N runs).

The baseline in the same run is a bare `python -c pass`, so the ratio shows what tossum adds.

    python bench/flags_timing.py [FILE] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    target = args.file or max(DEFAULT_CORPUS.glob("*/*.md"), key=lambda p: p.stat().st_size)
    wall(["tossum", "flags", str(target)])  # warm the file cache and .pyc files
    tossum = [wall(["tossum", "flags", str(target)]) for _ in range(args.runs)]
    python = [wall([sys.executable, "-c", "pass"]) for _ in range(args.runs)]
    median, base = statistics.median(tossum), statistics.median(python)
    print(f"file: {target} ({target.stat().st_size / 1024:.0f} KiB)")
    spread = f"min {min(tossum):.3f}, max {max(tossum):.3f}"
    print(f"tossum flags: median {median:.3f} s over {args.runs} runs ({spread})")
    print(f"python -c pass: median {base:.3f} s; tossum adds {median - base:.3f} s ({median / base:.1f}x)")
    return 0 if median < 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
