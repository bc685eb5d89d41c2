"""Run detection over the corpus N times (segmentation done once, before), for a profiler or a counter of
instructions, which is steadier than the clock on a shared machine:

    valgrind --tool=cachegrind --cache-sim=no python bench/detect_passes.py 1
    valgrind --tool=cachegrind --cache-sim=no python bench/detect_passes.py 2

The difference of the two "I refs" totals is the instructions of one pass (the first pass also compiles
the lexicon, the same in both runs). Run both with PYTHONPATH set to another tree to compare two versions.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tossum.detect import detect
from tossum.load import read_file
from tossum.segment import segment_document

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("passes", type=int)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    documents = [read_file(p).text for p in sorted(args.corpus.glob("*/*.md"))]
    segmented = [(text, segment_document(text)) for text in documents]
    for _ in range(args.passes):
        for text, clauses in segmented:
            detect(text, clauses)


if __name__ == "__main__":
    main()
