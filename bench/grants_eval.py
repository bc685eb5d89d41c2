"""Grant detection quality on the real corpus: precision, recall and F1 per attribute kind.

Ground truth: the hand labels in bench/grants/<folder>/<Document>.json (format in bench/grants/README.md).
Each labelled grant is located in its document by its verbatim `anchor`. A detected grant matches a
label when the label's anchor lies inside the detected grant's sentence (one-to-one, nearest verb
first). Then, per attribute kind:

* true positive: a labelled *flagged* grant (made by the user) whose kind the detector flags too;
* false positive: a kind the detector flags that the matched label does not have, or any flagged kind of
  a detection that matches no flagged label (a provider licence flagged by mistake, a negation...);
* false negative: a labelled flagged kind the detector does not flag.

The same scoring runs, in the same process, on a naive keyword baseline: every sentence containing an
attribute word (regex, no negation, no direction) is a flagged grant with those kinds.

    python bench/grants_eval.py [--corpus ../shared/corpus] [--show DOC] [--min-precision P --min-recall R]
    python bench/grants_eval.py --labels bench/heldout/labels --corpus bench/heldout/docs   # held-out set
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tossum.detect import detect, load_lexicon
from tossum.load import read_file
from tossum.pipeline import analyse
from tossum.schema import FLAG_KINDS
from tossum.segment import segment_document
from tossum.sentences import sentence_spans

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "corpus"

# The naive baseline: attribute words, matched anywhere (so "non-transferable" counts as transferable).
KEYWORDS = {
    "perpetual": r"perpetu|permanent|perpétu",
    "irrevocable": r"irrevocab|irrévocab",
    "sublicensable": r"sub-?licen|sous-licen",
    "transferable": r"transferable|assignable|cessible|transférable",
    "worldwide": r"worldwide|mondial|monde entier",
    "royalty_free": r"royalty-free|royalty free|gratuit|libre de redevance",
    "exclusive": r"exclusive|exclusif",
    "any_purpose": r"any purpose|quelque fin",
    "ai_training": r"machine learning|artificial intelligence|intelligence artificielle|apprentissage auto",
    "survives_termination": r"surviv|survit",
    "assignment": r"\bassign|\bcède|\bcédez",
    "moral_rights_waiver": r"moral rights|droits? mora",
}


@dataclass
class Found:
    """A flagged grant as some detector sees it: where its sentence is and which kinds it flags."""

    start: int
    end: int
    verb: int
    kinds: set[str]
    flagged: bool


@dataclass
class Score:
    """Counts per kind."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    # false positives of the two kinds a keyword reader makes: on a licence the provider gives the user
    # (labelled flag false), and on an attribute the sentence states negatively ("non-transferable")
    fp_direction: int = 0
    fp_negation: int = 0

    def add(self, other: Score) -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)
        self.fp_direction += other.fp_direction
        self.fp_negation += other.fp_negation

    def prf(self, kind: str | None = None) -> tuple[float, float, float, int, int, int]:
        tp = self.tp[kind] if kind else sum(self.tp.values())
        fp = self.fp[kind] if kind else sum(self.fp.values())
        fn = self.fn[kind] if kind else sum(self.fn.values())
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp, fp, fn


def locate(text: str, anchor: str, occurrence: int = 1) -> int:
    position = -1
    for _ in range(occurrence):
        position = text.find(anchor, position + 1)
        if position < 0:
            raise ValueError(f"anchor not found: {anchor[:60]!r}")
    return position


def tossum_found(path: Path) -> list[Found]:
    analysis = analyse(path)
    return [
        Found(g.sentence.start, g.sentence.end, g.verb.start, set(g.kinds), g.flagged)
        for g in analysis.detection.grants
    ]


def baseline_found(path: Path) -> list[Found]:
    text = read_file(path).text
    patterns = {k: re.compile(v, re.I) for k, v in KEYWORDS.items()}
    found = []
    for clause in segment_document(text):
        for start, end in sentence_spans(text, clause.body_start, clause.end):
            kinds = {k for k, p in patterns.items() if p.search(text, start, end)}
            if kinds:
                found.append(Found(start, end, start, kinds, True))
    return found


def score(labels: list[dict[str, object]], text: str, found: list[Found]) -> tuple[Score, list[str]]:
    result = Score()
    notes: list[str] = []
    grants = [g for g in labels if g.get("kind") != "reassurance"]
    used: set[int] = set()
    for label in grants:
        anchor = str(label["anchor"])
        at = locate(text, anchor, int(label.get("occurrence", 1)))  # type: ignore[call-overload]
        candidates = [
            (abs(f.verb - at), i)
            for i, f in enumerate(found)
            if i not in used and f.start <= at + len(anchor) and at < f.end
        ]
        match = found[min(candidates)[1]] if candidates else None
        if match is not None:
            used.add(min(candidates)[1])
        want = set(label["attributes"]) if label.get("flag") else set()  # type: ignore[call-overload]
        got = match.kinds if match is not None and match.flagged else set()
        for kind in want & got:
            result.tp[kind] += 1
        for kind in got - want:
            result.fp[kind] += 1
            if not label.get("flag"):
                result.fp_direction += 1
            if match is not None and _negated_in(text[match.start : match.end], kind):
                result.fp_negation += 1
        for kind in want - got:
            result.fn[kind] += 1
        if want != got:
            line = text[at : at + 70].replace("\n", " ")
            diff = f"missing={sorted(want - got)} extra={sorted(got - want)}"
            notes.append(f"  {label.get('section')!s:>8}  {diff}  {line!r}")
    for i, f in enumerate(found):
        if i not in used and f.flagged and f.kinds:
            for kind in f.kinds:
                result.fp[kind] += 1
                if _negated_in(text[f.start : f.end], kind):
                    result.fp_negation += 1
            line = text[f.start : f.start + 70].replace("\n", " ")
            notes.append(f"  unlabelled detection extra={sorted(f.kinds)}  {line!r}")
    return result, notes


def _negated_in(sentence: str, kind: str) -> bool:
    """The sentence states this attribute only negatively ("non-transferable", "révocable")."""
    lexicon = load_lexicon()
    positives = (
        [m.span() for m in lexicon.positive[kind].finditer(sentence)] if kind in lexicon.positive else []
    )
    negatives = (
        [m.span() for m in lexicon.negative[kind].finditer(sentence)] if kind in lexicon.negative else []
    )
    outside = [p for p in positives if not any(a <= p[0] < b for a, b in negatives)]
    return bool(negatives) and not outside


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--labels", type=Path, default=HERE / "grants", help="folder of label files")
    parser.add_argument("--show", help="print the misses of documents whose name contains this")
    parser.add_argument("--min-precision", type=float, default=0.0)
    parser.add_argument("--min-recall", type=float, default=0.0)
    args = parser.parse_args()
    label_files = sorted(args.labels.glob("*/*.json"))
    totals = {"tossum": Score(), "baseline": Score()}
    print(f"{'document':32} {'tossum P':>8} {'R':>5} {'baseline P':>10} {'R':>5}")
    for label_file in label_files:
        data = json.loads(label_file.read_text(encoding="utf-8"))
        path = args.corpus / data["document"]
        if not path.exists():
            print(f"{data['document']}: not found under {args.corpus}")
            return 2
        text = read_file(path).text
        row = []
        for name, finder in (("tossum", tossum_found), ("baseline", baseline_found)):
            result, notes = score(data["grants"], text, finder(path))
            totals[name].add(result)
            p, r, *_ = result.prf()
            row.append(f"{p:>8.2f} {r:>5.2f}" if name == "tossum" else f"{p:>10.2f} {r:>5.2f}")
            if name == "tossum" and args.show and args.show in data["document"]:
                print("\n".join(notes))
        print(f"{data['document']:32} {' '.join(row)}")
    print(
        f"\n{'kind':22} {'tossum P':>8} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}   "
        f"{'baseline P':>10} {'R':>5} {'F1':>5} {'fp':>4}"
    )
    for kind in [*FLAG_KINDS, None]:
        t = totals["tossum"].prf(kind)
        b = totals["baseline"].prf(kind)
        ours = f"{t[0]:>8.2f} {t[1]:>5.2f} {t[2]:>5.2f} {t[3]:>4} {t[4]:>4} {t[5]:>4}"
        print(f"{kind or 'overall':22} {ours}   {b[0]:>10.2f} {b[1]:>5.2f} {b[2]:>5.2f} {b[4]:>4}")
    for name in ("tossum", "baseline"):
        total = totals[name]
        print(
            f"{name} false positives on provider-to-user licences: {total.fp_direction}; "
            f"on attributes stated negatively: {total.fp_negation}"
        )
    speed = throughput(args.corpus)
    print(f"\ndetection throughput: {speed:.1f} MB/s (segmentation excluded; median of 5 over the corpus)")
    p, r, *_ = totals["tossum"].prf()
    return 1 if p < args.min_precision or r < args.min_recall else 0


def throughput(corpus: Path) -> float:
    documents = [read_file(p).text for p in sorted(corpus.glob("*/*.md"))]
    segmented = [(t, segment_document(t)) for t in documents]
    size = sum(len(t.encode("utf-8")) for t in documents)
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for text, clauses in segmented:
            detect(text, clauses)
        runs.append(time.perf_counter() - start)
    runs.sort()
    return size / runs[2] / 1e6


if __name__ == "__main__":
    sys.exit(main())
