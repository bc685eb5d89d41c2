"""Wall time of a diff of two ~100 KB documents (load, segment, detect and compare both), median of N.

Default pair: Zoom's terms of 2023-08-07 and 2023-08-11 (95 KB and 91 KB) from ../shared/corpus.
The baseline in the same run is difflib's line diff of the same two texts (what `diff -u` would show).

    python bench/diff_timing.py [OLD NEW] [--runs 5]
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import sys
import time
from pathlib import Path

import tossum

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "zoom-history"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    old, new = args.files or [CORPUS / "zoom-2023-08-07.md", CORPUS / "zoom-2023-08-11.md"]
    tossum.diff(old, new)  # warm-up: lexicons compiled, files cached
    ours, base = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        tossum.diff(old, new)
        ours.append(time.perf_counter() - start)
        a, b = old.read_text(encoding="utf-8").splitlines(), new.read_text(encoding="utf-8").splitlines()
        start = time.perf_counter()
        list(difflib.unified_diff(a, b))
        base.append(time.perf_counter() - start)
    size = (old.stat().st_size + new.stat().st_size) / 2 / 1024
    print(f"{old.name} -> {new.name} (~{size:.0f} KiB each), {args.runs} runs")
    print(f"tossum.diff: median {statistics.median(ours):.3f} s (min {min(ours):.3f}, max {max(ours):.3f})")
    print(f"difflib.unified_diff of the lines: median {statistics.median(base):.3f} s")
    return 0 if statistics.median(ours) < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
