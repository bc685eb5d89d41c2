"""Grant detection quality on the real corpus is a number CI guards (issue 4).

Scored with bench/grants_eval.py against the hand labels in bench/grants/ (real terms in ../shared/corpus;
skipped when it is absent) and in bench/heldout*/ (fictional terms written and labelled without the
detector, shipped in the repository, so always run). The floors sit just under the figures recorded in
BENCHMARKS.md, so a regression fails.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from types import ModuleType

import pytest
from conftest import ROOT, SHARED

CORPUS = SHARED / "corpus"
MIN_PRECISION = 0.95
MIN_RECALL = 0.95
# The held-out sets were written to measure generalisation; each has since been used to find failures
# after its first look, so these floors guard what was gained (BENCHMARKS.md gives every first look).
HELD_OUT_FLOORS = {  # current figures less about 0.02 (bench/heldoutN/README.md gives each first look)
    "heldout": (0.96, 0.96),
    "heldout2": (0.96, 0.93),
    "heldout3": (0.96, 0.93),
    "heldout4": (0.96, 0.89),
    "heldout5": (0.96, 0.89),
    "heldout6": (0.98, 0.83),
    "heldout7": (0.92, 0.88),
    "heldout8": (0.96, 0.91),
    "heldout9": (0.96, 0.86),
    "heldout10": (0.98, 0.89),
    "heldout11": (0.96, 0.85),
    "heldout12": (0.95, 0.82),
    "heldout13": (0.95, 0.79),
    "heldout14": (0.96, 0.85),
    "heldout15": (0.97, 0.89),
    "heldout16": (0.96, 0.84),
    "heldout17": (0.89, 0.76),
    "heldout18": (0.94, 0.88),
    "heldout19": (0.94, 0.79),
    "heldout20": (0.91, 0.80),
    "heldout21": (0.93, 0.85),
    "heldout22": (0.93, 0.88),
    "heldout23": (0.91, 0.72),
    "heldout24": (0.93, 0.85),
    "heldout25": (0.95, 0.79),
    "heldout26": (0.91, 0.80),
    "heldout27": (0.91, 0.68),
    "heldout28": (0.92, 0.78),
    "heldout29": (0.90, 0.70),  # not used for development; its floor once stopped a change (BENCHMARKS.md)
    "heldout30": (0.89, 0.62),  # not used for development; looked at with this stop's final detector
    "heldout31": (0.93, 0.78),
    "heldout32": (0.86, 0.73),  # not used for development; looked at with this stop's final detector
    "heldout33": (0.92, 0.91),
    "heldout34": (0.94, 0.77),  # not used for development; looked at with this stop's final detector
    "heldout35": (0.93, 0.79),
    "heldout36": (0.91, 0.85),  # not used for development; looked at with this stop's final detector
    "heldout37": (0.94, 0.89),  # not used for development; looked at with this stop's final detector
    "heldout38": (0.95, 0.88),  # not used for development; looked at with this stop's final detector
    "heldout39": (0.93, 0.79),  # not used for development; looked at with this stop's final detector
    # not used for development; its labels predate convention 2026-11-24 (permissions taking transferable
    # from an assignment clause): two such grants count false since session 22 (BENCHMARKS.md)
    "heldout40": (0.93, 0.82),
    "heldout41": (0.92, 0.68),  # not used for development; looked at with this stop's final detector
    "heldout42": (0.96, 0.80),  # not used for development; looked at with this stop's final detector
    "heldout43": (0.93, 0.78),  # first look 2026-11-24 (session 13 start); used for development since
    "heldout44": (
        0.96,
        0.90,
    ),  # not used for development; looked at with session 13's start and final detectors
    "heldout45": (0.94, 0.84),  # first look 2026-11-24 (session 13 start); used for development since
    # not used for development; since session 22 "you give the recipients permission ... if you grant edit
    # rights" reads as two grants (to other users, then an unlabelled one): precision 0.873 -> 0.866
    "heldout46": (0.85, 0.82),
    "heldout47": (0.95, 0.85),  # not used for development; first look at 3d0594f (session 13)
    "heldout48": (0.98, 0.85),  # not used for development; first look at 3d0594f (session 13)
    "heldout49": (0.87, 0.75),  # not used for development; first look at 3d0594f (session 13)
    "heldout50": (0.92, 0.83),  # not used for development; first look at 3d0594f (session 13)
    "heldout51": (
        0.93,
        0.86,
    ),  # first look 2026-11-24 (session 14 start, 0.92 / 0.79); used for development since
    "heldout52": (
        0.92,
        0.82,
    ),  # first look 2026-11-24 (session 14 start, 0.94 / 0.75); used for development since
    "heldout53": (0.91, 0.78),  # first look at c48270c (session 14); used for development since session 22
    "heldout54": (0.87, 0.80),  # first look at c48270c (session 14); used for development since session 22
    "heldout55": (0.94, 0.85),  # first look at c48270c (session 14); used for development since session 22
    "heldout56": (0.93, 0.87),  # first look at c48270c (session 14); used for development since session 22
    "heldout57": (0.95, 0.86),  # first look at 86316a2 (session 14, 0.93 / 0.74); used for development since
    "heldout58": (0.93, 0.86),  # first look at 86316a2 (session 14, 0.89 / 0.74); used for development since
    "heldout59": (0.92, 0.88),  # first look with session 14's start and final detectors; seen since
    "heldout60": (
        0.94,
        0.79,
    ),  # first look with session 14's detectors; used for development since session 22
    "heldout61": (
        0.93,
        0.76,
    ),  # first look with session 14's detectors; used for development since session 22
    "heldout62": (
        0.93,
        0.80,
    ),  # first look with session 14's detectors; used for development since session 22
    "heldout63": (
        0.96,
        0.86,
    ),  # first look at 1a328f9 (session 15 start, 0.97 / 0.71); used for development since
    "heldout64": (0.94, 0.83),  # not used for development; first look at 1a328f9 (session 15 start)
    "heldout65": (
        0.96,
        0.92,
    ),  # first look at 1a328f9 (session 15 start, 0.90 / 0.89); used for development since
    "heldout66": (0.96, 0.80),  # not used for development; first look at 1a328f9 (session 15 start)
    "heldout67": (0.96, 0.81),  # not used for development; first look at 99b0080 (session 15 checkpoint)
    "heldout68": (0.93, 0.81),  # not used for development; first look at 99b0080 (session 15 checkpoint)
    "heldout69": (0.90, 0.78),  # not used for development; first look at 780a08b (session 15 final)
    "heldout70": (0.93, 0.84),  # not used for development; first look at 780a08b (session 15 final)
    # session 16: floors at the final detector's figure less 0.02
    "heldout71": (
        0.90,
        0.82,
    ),  # not used for development; first look at d9bf682 (session 16 start, 0.95 / 0.84)
    "heldout72": (
        0.93,
        0.85,
    ),  # first look at d9bf682 (session 16 start, 0.95 / 0.82); used for development since
    "heldout73": (
        0.96,
        0.80,
    ),  # first look at d9bf682 (session 16 start, 0.98 / 0.67); used for development since
    "heldout74": (0.93, 0.79),  # not used for development; first look at d9bf682 (session 16 start)
    "heldout75": (0.87, 0.72),  # first look at aa6e2e2 (0.86 / 0.75); used since for provider licences only
    "heldout76": (0.93, 0.86),  # first look at aa6e2e2 (0.92 / 0.86); used since for provider licences only
    "heldout77": (0.91, 0.74),  # not used for development; first look at aa6e2e2 (session 16 final)
    "heldout78": (0.94, 0.76),  # not used for development; first look at aa6e2e2 (session 16 final)
    # session 17: labels relabelled to the conventions of 2026-11-24b; floors raised to final less 0.02
    "heldout79": (0.91, 0.82),  # not used for development; first look at d06e77b (session 17 final)
    "heldout80": (0.91, 0.86),  # not used for development; first look at d06e77b (session 17 final)
    "heldout81": (0.95, 0.85),  # not used for development; first look at d06e77b (session 17 final)
    "heldout82": (0.98, 0.75),  # not used for development; first look at d06e77b (session 17 final)
    "heldout83": (0.87, 0.63),  # not used for development; first look in session 18 (final)
    "heldout84": (0.82, 0.54),  # not used for development; first look in session 18 (final)
    "heldout85": (0.89, 0.70),  # used only for one provider-licence fix (session 18)
    "heldout86": (0.89, 0.83),  # not used for development; first look in session 18 (final)
    "heldout87": (0.95, 0.73),  # not used for development; first look in session 20 (final)
    "heldout88": (0.89, 0.76),  # not used for development; first look in session 21 (final)
    "heldout89": (0.91, 0.71),  # not used for development; first look in session 22 (start 0.94 / 0.69)
    "heldout90": (0.88, 0.66),  # not used for development; first look in session 22 (start and final)
    "heldout91": (0.92, 0.81),  # used for development in session 26; first look 0.93 / 0.70 at 75deb30
    "heldout92": (0.86, 0.77),  # used only for one direction fix (session 26); first look 0.88 / 0.80
    "heldout93": (0.89, 0.85),  # used for development in session 27; first look 0.89 / 0.72 at 193f99b
    "heldout94": (0.90, 0.85),  # used for development in session 28; first look 0.89 / 0.77 at 20e6f52
    "heldout95": (0.90, 0.86),  # used for development in session 29; first look 0.90 / 0.80 at 438549c
    "heldout96": (0.88, 0.85),  # used for development in session 30; first look 0.88 / 0.74 at fdc1a12
}


def load_bench() -> ModuleType:
    path = ROOT / "bench" / "grants_eval.py"
    spec = importlib.util.spec_from_file_location("grants_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_precision_recall_floors_and_no_keyword_mistakes() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    bench = load_bench()
    total = bench.Score()
    for label_file in sorted((ROOT / "bench" / "grants").glob("*/*.json")):
        data = json.loads(label_file.read_text(encoding="utf-8"))
        path = CORPUS / data["document"]
        text = bench.read_file(path).text
        result, _ = bench.score(data["grants"], text, bench.tossum_found(path))
        total.add(result)
    precision, recall, *_ = total.prf()
    assert precision >= MIN_PRECISION
    assert recall >= MIN_RECALL
    assert total.fp_direction == 0  # never flags the provider's licence to the user
    assert total.fp_negation == 0  # never flags "non-transferable" as transferable


@pytest.mark.parametrize("name", sorted(HELD_OUT_FLOORS))
def test_held_out_sets_floors(name: str) -> None:
    bench = load_bench()
    total = bench.Score()
    folder = ROOT / "bench" / name
    for label_file in sorted((folder / "labels").glob("*/*.json")):
        data = json.loads(label_file.read_text(encoding="utf-8"))
        path = folder / "docs" / data["document"]
        result, _ = bench.score(data["grants"], bench.read_file(path).text, bench.tossum_found(path))
        total.add(result)
    precision, recall, *_ = total.prf()
    min_precision, min_recall = HELD_OUT_FLOORS[name]
    assert precision >= min_precision
    assert recall >= min_recall
    assert total.fp_direction == 0
    assert total.fp_negation == 0
