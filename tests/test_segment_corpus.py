"""Segmentation quality on the real corpus is a number CI guards: the floors of issue 3.

Scored with bench/segmentation_bench.py (reference: the heading lines the Markdown markup declares; the
plain version is the document as a reader sees it). Skipped when ../shared/corpus is absent.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import Any

import pytest
from conftest import ROOT, SHARED

CORPUS = SHARED / "corpus"
MIN_F1_PLAIN = 0.95  # overall, micro-averaged
MIN_F1_MD = 0.98
MIN_DOC_F1_PLAIN = 0.85  # every scored document


def load_bench() -> ModuleType:
    path = ROOT / "bench" / "segmentation_bench.py"
    spec = importlib.util.spec_from_file_location("segmentation_bench", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, Any]]:
    """Per version ("md", "plain"): each scored document's Score, by name."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    bench = load_bench()
    documents = [bench.load_document(path, CORPUS) for path in sorted(CORPUS.glob("*/*.md"))]
    result: dict[str, dict[str, Any]] = {"md": {}, "plain": {}}
    for document in documents:
        for name, version in (("md", document.markdown), ("plain", document.plain)):
            score = bench.align(version, bench.tossum_starts(version.text)).score
            if score.reference:
                result[name][document.name] = score
    return result


def overall_f1(scores: dict[str, Any]) -> float:
    matched = sum(s.matched for s in scores.values())
    total = sum(s.predicted + s.reference for s in scores.values())
    return 2 * matched / total


def test_plain_text_boundaries_meet_the_floors(scores: dict[str, dict[str, Any]]) -> None:
    assert overall_f1(scores["plain"]) >= MIN_F1_PLAIN
    weak = {name: round(s.f1, 3) for name, s in scores["plain"].items() if s.f1 < MIN_DOC_F1_PLAIN}
    assert not weak


def test_markdown_boundaries_meet_the_floor(scores: dict[str, dict[str, Any]]) -> None:
    assert overall_f1(scores["md"]) >= MIN_F1_MD
