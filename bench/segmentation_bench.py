"""Segmentation quality and speed on the real corpus: section-boundary precision, recall and F1 (issue 3).

For every Markdown file under ../shared/corpus (``*/*.md``, or the folder given):

* Reference sections are the heading lines the Markdown markup declares: ATX headings (``#``..``######``,
  possibly indented), setext headings (a text line over ``===``/``---``), whole-line bold headings
  (``**Title**``, also after an ordered-list marker: ``27. **CUSTOMER CONTENT**``, or before a ``.``:
  ``**1. Our Mission**.``), and bold lead-ins that open a paragraph with a number and a title
  (``**10.4 Customer License Grant**. You agree...``). A bold text without a section number that starts
  with ``(`` or ``[``, ends with ``:``, or ends with ``.`` after more than 8 words is a sentence or a note
  (emphasis), not a heading; ATX and setext headings always count. Bulleted bold lines
  (``* **Research.**``) are list items, and a bold lead-in without a number (``**Registration**. You
  must...``) is not a reference heading. Each reference heading is the offset of the start of its line.
  Three refinements keep the reference to what the rendered page shows (each was a reference miss on a
  heading the markup does declare): adjacent bold runs with only spaces or nothing between them are one
  bold text, as they render (``**12.1** **Charges**. You agree``, ``**Develop, Improve and Update**
  **the Service**``, ``**Remov****ing Your Content**``); a bold lead-in's body may follow after a
  no-break space or, past its ``.``, with no space at all (``**24.4 Agreement to Arbitrate**.\\xa0You``,
  ``**33.11 Waiver**.Zoom's failure``); and the emphasis tests apply only to bold text without a
  section number, since a numbered bold title is a numbered heading whatever its last character
  (``**8.1 Clôture du compte client par l'Utilisateur :** L'Utilisateur peut...``,
  ``**11.3. Basis of the Bargain; Limitation Beneficiaries; As Permitted Under Local Laws.**``).
* The plain version is the document as a reader sees it, computed line by line: ``#`` markers,
  emphasis (``**``, ``__``, ``*``, ``_``), backslash escapes, backticks and HTML tags are removed, links
  become their text, images are dropped, setext underlines are dropped, thematic breaks become blank
  lines, ``>`` quote markers go, bullets (``*``, ``+``, ``-``) become ``- `` and ordered-list numbers are
  kept as written (``27.``). Reference heading lines become bare lines (no indentation); other lines keep
  their indentation. Each reference heading is mapped to the start of its line in the plain text.
* Boundaries: the start of each clause of ``tossum.segment.segment_document``, on the Markdown source
  and on the plain text, next to LangChain's ``MarkdownHeaderTextSplitter`` (``#``..``######``,
  ``strip_headers=False``; a chunk is located by finding its first line among the source lines after
  the previous chunk's) and ``RecursiveCharacterTextSplitter`` (``chunk_size=1000``, ``chunk_overlap=0``,
  ``add_start_index=True``) on the same two inputs. Boundaries with only whitespace before them (the
  document start) are ignored on both sides. A predicted boundary matches a reference boundary when it
  is on the same line or within 2 characters; matching is one-to-one, closest pairs first. Precision =
  matched / predicted, recall = matched / reference, F1 = 2 * matched / (predicted + reference).
  The overall line is micro-averaged over all boundaries of the scored documents; a document whose
  Markdown declares no heading at all has no reference and is listed but not scored.
* Throughput: total UTF-8 bytes of all documents / wall time of segmenting all of them, in MB/s
  (10^6 bytes), median of 5 runs (after the scoring pass, which warms up), for the Markdown sources and
  for the plain versions; the baselines' splitting is timed the same way (without locating offsets).

    python bench/segmentation_bench.py [CORPUS_DIR] [--show-misses DOC [--misses-on plain|md]]
        [--runs 5] [--min-f1-plain 0.95 --min-f1-md 0.98 --min-doc-f1 0.85]

``--show-misses en/GitHub.md`` (or ``en/GitHub``, or ``GitHub`` when unambiguous) prints only, for that
document, the reference headings tossum missed and the boundaries it predicted that match no reference,
each with its line (plain version by default). The floors are off by default; when given, the script
exits 1 if tossum's overall F1 (plain or Markdown) or any scored document's F1 (either version) is
under its floor.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import os
import platform
import re
import shlex
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from tossum.segment import segment_document

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "corpus"
TOLERANCE = 2  # characters; a boundary on the same line also matches
WORST = 5

# --- Markdown line syntax (reference headings and plain rendering) ---------------------------------------

ATX = re.compile(r"^[ \t]*#{1,6}[ \t]+(?P<text>.+?)[\s#]*$")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)\s*$")
THEMATIC_BREAK = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")
BULLET = re.compile(r"^(?P<indent>[ \t]*)[*+-][ \t]+")
QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
# `**Title**` alone on its line, optionally after an ordered-list marker (`27. **CUSTOMER CONTENT**`)
# and before a `.` or `:` (`**1\. Our Mission**.`); `\s*$`: some lines end with a no-break space.
BOLD_LINE = re.compile(r"^[ \t]*(?:\d+\\?[.)][ \t]+)?\*\*(?P<text>[^*]{1,140})\*\*(?P<tail>[.:]?)\s*$")
# `**10.4 Customer License Grant**. You agree ...`: a bold number and title opening a paragraph.
BOLD_LEAD_IN = re.compile(
    r"^[ \t]*(?:\d+\\?[.)][ \t]+)?\*\*(?P<text>\d+(?:\\?\.\d+)*\\?\.?[ \t\xa0]+[^*]*[^\W\d_][^*]*)\*\*"
    r"(?:[ \t\xa0]*[.:][ \t\xa0]*|[ \t\xa0]+)\S"
)
# `**12.1** **Charges**`, `**Remov****ing Your Content**`: bold runs with only spaces (or nothing)
# between them render as one bold text.
ADJACENT_BOLD = re.compile(r"(?<=[^*\s])\*\*([ \t\xa0]*)\*\*(?=[^*\s])")
SECTION_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?(?:\s|$)")

# --- inline markup -------------------------------------------------------------------------------------

ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+\"[^\"]*\")?\)")
AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
STRONG = re.compile(r"\*\*|__")
STAR = re.compile(r"\*")
UNDERSCORE = re.compile(r"(?<!\w)_(?=\S)|(?<=\S)_(?!\w)")
BACKTICK = re.compile(r"`+")
PROTECTED = "\ue000"  # escaped characters are parked in the private-use area while markup is removed


def strip_inline(text: str) -> str:
    """Text of a Markdown fragment as rendered: no emphasis, escapes, links, images, code ticks or tags."""
    escaped: list[str] = []

    def park(match: re.Match[str]) -> str:
        escaped.append(match.group(1))
        return PROTECTED

    text = ESCAPE.sub(park, text)
    text = IMAGE.sub("", text)
    text = LINK.sub(r"\1", text)
    text = AUTOLINK.sub(r"\1", text)
    text = LINE_BREAK_TAG.sub(" ", text)
    text = HTML_TAG.sub("", text)
    text = STRONG.sub("", text)
    text = STAR.sub("", text)
    text = UNDERSCORE.sub("", text)
    text = BACKTICK.sub("", text)
    pieces = iter(escaped)
    return re.sub(PROTECTED, lambda _: next(pieces), text)


def is_emphasis(heading: str) -> bool:
    """A bold sentence or note rather than a heading (a numbered bold title is always a heading)."""
    return not SECTION_NUMBER.match(heading) and (
        heading.startswith(("(", "["))
        or heading.endswith(":")
        or (heading.endswith(".") and len(heading.split()) > 8)
    )


# --- documents -----------------------------------------------------------------------------------------


@dataclass
class Version:
    """One rendering of a document (Markdown source or plain text) and its reference boundaries."""

    text: str
    reference: list[int]
    line_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", self.text))]

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1

    def line_text(self, offset: int, width: int = 100) -> str:
        line = self.line_of(offset)
        end = self.line_starts[line + 1] - 1 if line + 1 < len(self.line_starts) else len(self.text)
        text = self.text[self.line_starts[line] : end].strip()
        return text if len(text) <= width else text[: width - 1] + "…"


@dataclass
class Document:
    """A corpus document: its name (``en/GitHub.md``), Markdown source and plain rendering."""

    name: str
    markdown: Version
    plain: Version


def reference_lines(lines: Sequence[str]) -> tuple[list[int], set[int]]:
    """Indexes of the heading lines the markup declares, and of the setext underlines below them."""
    headings: list[int] = []
    underlines: set[int] = set()
    in_fence = False
    for i, line in enumerate(lines):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or i in underlines or not line.strip():
            continue
        text: str | None = None
        bold = False  # only bold headings can be emphasis; ATX and setext headings always count
        atx = ATX.match(line)
        if atx:
            text = atx.group("text")
        elif (
            i + 1 < len(lines)
            and SETEXT_UNDERLINE.match(lines[i + 1])
            and not BULLET.match(line)
            and not THEMATIC_BREAK.match(line)
            and not line.lstrip().startswith("|")
        ):
            underlines.add(i + 1)
            text = line
        else:
            merged = ADJACENT_BOLD.sub(r"\1", line)
            whole_line = BOLD_LINE.match(merged)
            if whole_line:
                text, bold = whole_line.group("text") + whole_line.group("tail"), True
            elif i == 0 or not lines[i - 1].strip():
                lead_in = BOLD_LEAD_IN.match(merged)
                text, bold = (lead_in.group("text"), True) if lead_in else (None, False)
        if text is None:
            continue
        cleaned = " ".join(strip_inline(text).split())
        if cleaned and not (bold and is_emphasis(cleaned)):
            headings.append(i)
    return headings, underlines


def plain_line(line: str, heading: bool) -> str:
    """One Markdown line as plain text (list and heading markers handled here, inline markup after)."""
    if THEMATIC_BREAK.match(line):
        return ""
    line = QUOTE.sub("", line)
    atx = ATX.match(line)
    if atx:
        line = atx.group("text")
    else:
        bullet = BULLET.match(line)
        if bullet:
            line = f"{bullet.group('indent')}- {line[bullet.end() :]}"
    text = strip_inline(line).rstrip()
    return text.lstrip() if heading else text


def load_document(path: Path, corpus: Path) -> Document:
    """Read one corpus file and build its plain rendering with the reference boundaries of both."""
    source = path.read_text(encoding="utf-8")
    lines = source.split("\n")
    headings, underlines = reference_lines(lines)
    heading_set = set(headings)
    source_starts = [0]
    for line in lines[:-1]:
        source_starts.append(source_starts[-1] + len(line) + 1)
    plain_lines: list[str] = []
    plain_starts: list[int] = []  # where each source line lands in the plain text
    position = 0
    in_fence = False
    for i, line in enumerate(lines):
        plain_starts.append(position)
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if i in underlines:
            continue
        rendered = line if in_fence else plain_line(line, i in heading_set)
        plain_lines.append(rendered)
        position += len(rendered) + 1
    plain = "\n".join(plain_lines)
    return Document(
        name=path.relative_to(corpus).as_posix(),
        markdown=Version(source, [source_starts[i] for i in headings]),
        plain=Version(plain, [plain_starts[i] for i in headings]),
    )


# --- segmenters ----------------------------------------------------------------------------------------


@functools.cache
def md_header_splitter() -> Any:
    """LangChain's Markdown splitter, imported on first use (tests use this module without LangChain)."""
    from langchain_text_splitters import MarkdownHeaderTextSplitter

    return MarkdownHeaderTextSplitter(
        headers_to_split_on=[("#" * level, f"h{level}") for level in range(1, 7)], strip_headers=False
    )


@functools.cache
def recursive_splitter() -> Any:
    """LangChain's recursive character splitter (1000 characters, no overlap), imported on first use."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    return RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=0, add_start_index=True)


def tossum_starts(text: str) -> list[int]:
    return [clause.start for clause in segment_document(text)]


def md_header_starts(text: str) -> list[int]:
    """Chunk starts: each chunk's first line found among the source lines after the previous chunk's."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    # The splitter strips each line and drops non-printable characters (no-break spaces included).
    normalised = ["".join(filter(str.isprintable, line.strip())) for line in lines]
    found: list[int] = []
    next_line = 0
    for chunk in md_header_splitter().split_text(text):
        first = chunk.page_content.split("\n", 1)[0].rstrip(" ")
        for i in range(next_line, len(lines)):
            if normalised[i] == first:
                found.append(starts[i])
                next_line = i + 1
                break
        else:
            raise AssertionError(f"MarkdownHeaderTextSplitter chunk not found in its input: {first[:60]!r}")
    return found


def recursive_starts(text: str) -> list[int]:
    return [int(d.metadata["start_index"]) for d in recursive_splitter().create_documents([text])]


SEGMENTERS: dict[str, Callable[[str], list[int]]] = {
    "tossum": tossum_starts,
    "mdheader": md_header_starts,
    "recursive": recursive_starts,
}
SPLIT_ONLY: dict[str, Callable[[str], object]] = {
    "tossum": segment_document,
    "mdheader": lambda text: md_header_splitter().split_text(text),
    "recursive": lambda text: recursive_splitter().create_documents([text]),
}
VERSIONS = ("md", "plain")
SYSTEMS = [f"{segmenter}-{version}" for segmenter in SEGMENTERS for version in VERSIONS]


# --- scoring -------------------------------------------------------------------------------------------


@dataclass
class Score:
    """Boundary counts of one system on one document (or summed over documents)."""

    reference: int = 0
    predicted: int = 0
    matched: int = 0

    def add(self, other: Score) -> None:
        self.reference += other.reference
        self.predicted += other.predicted
        self.matched += other.matched

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.reference if self.reference else None

    @property
    def f1(self) -> float | None:
        total = self.predicted + self.reference
        return 2 * self.matched / total if total else None


@dataclass
class Alignment:
    """Reference and predicted boundaries of one system on one version, and the matched pairs."""

    reference: list[int]
    predicted: list[int]
    pairs: list[tuple[int, int]]

    @property
    def score(self) -> Score:
        return Score(len(self.reference), len(self.predicted), len(self.pairs))

    @property
    def missed(self) -> list[int]:
        matched = {ref for ref, _ in self.pairs}
        return [ref for ref in self.reference if ref not in matched]

    @property
    def extra(self) -> list[int]:
        matched = {pred for _, pred in self.pairs}
        return [pred for pred in self.predicted if pred not in matched]


def align(version: Version, predicted: Sequence[int]) -> Alignment:
    """Match predicted to reference boundaries one-to-one: same line or within TOLERANCE, closest first."""
    first = len(version.text) - len(version.text.lstrip())
    reference = sorted({offset for offset in version.reference if offset > first})
    preds = sorted({offset for offset in predicted if offset > first})
    candidates: list[tuple[int, int, int]] = []
    for ref in reference:
        line = version.line_of(ref)
        line_end = version.line_starts[line + 1] if line + 1 < len(version.line_starts) else len(version.text)
        low = bisect.bisect_left(preds, min(ref - TOLERANCE, version.line_starts[line]))
        high = bisect.bisect_right(preds, max(ref + TOLERANCE, line_end - 1))
        for pred in preds[low:high]:
            if abs(pred - ref) <= TOLERANCE or version.line_of(pred) == line:
                candidates.append((abs(pred - ref), ref, pred))
    used_refs: set[int] = set()
    used_preds: set[int] = set()
    pairs = []
    for _, ref, pred in sorted(candidates):
        if ref not in used_refs and pred not in used_preds:
            used_refs.add(ref)
            used_preds.add(pred)
            pairs.append((ref, pred))
    return Alignment(reference, preds, pairs)


def evaluate(document: Document) -> dict[str, Alignment]:
    """Alignments of every system (segmenter x version) on one document."""
    results = {}
    for segmenter, starts in SEGMENTERS.items():
        for version_name in VERSIONS:
            version = document.markdown if version_name == "md" else document.plain
            results[f"{segmenter}-{version_name}"] = align(version, starts(version.text))
    return results


# --- output --------------------------------------------------------------------------------------------


def fmt(value: float | None) -> str:
    return "  - " if value is None else f"{value:.2f}" if value < 1 else "1.00"


def header_lines(argv: Sequence[str]) -> list[str]:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        models = re.findall(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.M)
        cpu = models[0] if models else cpu
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"command: python {shlex.join(['bench/segmentation_bench.py', *argv])}",
        f"machine: nproc {nproc}, {cpu}, {platform.system()} {platform.release()}",
        f"python {platform.python_version()}, tossum {metadata.version('tossum')}, "
        f"langchain-text-splitters {metadata.version('langchain-text-splitters')}",
    ]


def print_scores(documents: list[Document], results: dict[str, dict[str, Alignment]]) -> dict[str, Score]:
    """The per-document table, the overall (micro-averaged) table and the worst documents; returns totals."""
    width = max(len(d.name) for d in documents) + 1
    print(f"\nBoundary P / R / F1 per document (match: same line or within {TOLERANCE} characters)\n")
    print(f"{'':{width}} {'':>4}" + "".join(f" {system:^14}" for system in SYSTEMS))
    print(f"{'document':{width}} {'ref':>4}" + "   P    R    F1" * len(SYSTEMS))
    totals = {system: Score() for system in SYSTEMS}
    unscored = []
    for document in documents:
        row = results[document.name]
        n_ref = row[SYSTEMS[0]].score.reference
        if n_ref == 0:
            unscored.append(document.name)
            continue
        cells = []
        for system in SYSTEMS:
            score = row[system].score
            totals[system].add(score)
            cells.append(f" {fmt(score.precision)} {fmt(score.recall)} {fmt(score.f1)}")
        print(f"{document.name:{width}} {n_ref:>4}" + "".join(cells))
    overall = "".join(
        f" {fmt(totals[s].precision)} {fmt(totals[s].recall)} {fmt(totals[s].f1)}" for s in SYSTEMS
    )
    print(f"{'overall (micro)':{width}} {totals[SYSTEMS[0]].reference:>4}" + overall)
    if unscored:
        print(f"not scored (no Markdown heading in the source): {', '.join(unscored)}")

    scored = len(documents) - len(unscored)
    print(f"\nOverall, micro-averaged over the boundaries of {scored} documents\n")
    print(f"{'system':16} {'ref':>5} {'pred':>6} {'match':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for system in SYSTEMS:
        t = totals[system]
        print(
            f"{system:16} {t.reference:>5} {t.predicted:>6} {t.matched:>6} "
            f"{fmt(t.precision):>6} {fmt(t.recall):>6} {fmt(t.f1):>6}"
        )

    ranked = sorted(
        (d for d in documents if d.name not in unscored),
        key=lambda d: results[d.name]["tossum-plain"].score.f1 or 0.0,
    )
    print("\nWorst documents for tossum-plain (see --show-misses DOC)\n")
    print(f"{'document':{width}} {'ref':>4} {'pred':>5} {'match':>5} {'P':>5} {'R':>5} {'F1':>5}  md F1")
    for document in ranked[:WORST]:
        s = results[document.name]["tossum-plain"].score
        md = results[document.name]["tossum-md"].score
        print(
            f"{document.name:{width}} {s.reference:>4} {s.predicted:>5} {s.matched:>5} "
            f"{fmt(s.precision):>5} {fmt(s.recall):>5} {fmt(s.f1):>5}  {fmt(md.f1)}"
        )
    return totals


def print_throughput(documents: list[Document], runs: int) -> None:
    """MB/s of each segmenter over the whole corpus, Markdown and plain, median of `runs` passes."""
    print(f"\nThroughput: whole corpus per pass, median of {runs} passes (MB = 10^6 bytes)\n")
    print(f"{'segmenter':10} {'input':6} {'MB':>6} {'median s':>9} {'MB/s':>7} {'min-max MB/s':>14}")
    for segmenter, split in SPLIT_ONLY.items():
        for version_name in VERSIONS:
            texts = [d.markdown.text if version_name == "md" else d.plain.text for d in documents]
            megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                for text in texts:
                    split(text)
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            spread = f"{megabytes / max(times):.2f}-{megabytes / min(times):.2f}"
            print(
                f"{segmenter:10} {version_name:6} {megabytes:>6.3f} {median:>9.3f} "
                f"{megabytes / median:>7.2f} {spread:>14}"
            )


def find_documents(documents: list[Document], wanted: str) -> list[Document]:
    """Documents named ``en/GitHub.md`` or ``en/GitHub``, else all those whose file is ``GitHub.md``."""
    key = wanted.removesuffix(".md")
    exact = [d for d in documents if d.name.removesuffix(".md") == key]
    return exact or [d for d in documents if Path(d.name).stem == Path(key).name]


def show_misses(document: Document, version_name: str) -> None:
    version = document.markdown if version_name == "md" else document.plain
    alignment = align(version, tossum_starts(version.text))
    score = alignment.score
    print(
        f"\n{document.name} ({version_name}): {score.reference} reference, {score.predicted} predicted, "
        f"{score.matched} matched; P {fmt(score.precision)} R {fmt(score.recall)} F1 {fmt(score.f1)}"
    )
    print(f"\nmissed reference headings ({len(alignment.missed)}):")
    for offset in alignment.missed:
        print(f"  L{version.line_of(offset) + 1:<5} {version.line_text(offset)}")
    print(f"\nextra boundaries predicted ({len(alignment.extra)}):")
    for offset in alignment.extra:
        print(f"  L{version.line_of(offset) + 1:<5} {version.line_text(offset)}")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0] if __doc__ else None)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="folder of */*.md")
    parser.add_argument("--show-misses", metavar="DOC", help="list tossum's misses and extras on DOC")
    parser.add_argument("--misses-on", choices=VERSIONS, default="plain", help="version for --show-misses")
    parser.add_argument("--runs", type=int, default=5, help="timed passes for throughput (median)")
    parser.add_argument("--min-f1-plain", type=float, help="floor on tossum-plain overall F1")
    parser.add_argument("--min-f1-md", type=float, help="floor on tossum-md overall F1")
    parser.add_argument("--min-doc-f1", type=float, help="floor on every document's tossum F1 (md and plain)")
    args = parser.parse_args(argv)

    corpus: Path = args.corpus.resolve()
    paths = sorted(corpus.glob("*/*.md"))
    if not paths:
        print(f"no Markdown files under {corpus}", file=sys.stderr)
        return 2
    documents = [load_document(path, corpus) for path in paths]

    if args.show_misses:
        found = find_documents(documents, args.show_misses)
        if len(found) != 1:
            names = ", ".join(d.name for d in found)
            problem = f"is ambiguous: {names}" if found else f"matches no document under {corpus}"
            print(f"--show-misses {args.show_misses!r} {problem}", file=sys.stderr)
            return 2
        show_misses(found[0], args.misses_on)
        return 0

    for line in header_lines(argv):
        print(line)
    total_bytes = sum(p.stat().st_size for p in paths)
    print(f"corpus: {corpus} ({len(documents)} documents, {total_bytes / 1e6:.3f} MB)")
    results = {document.name: evaluate(document) for document in documents}
    totals = print_scores(documents, results)
    print_throughput(documents, args.runs)

    failures = []
    for floor, system in ((args.min_f1_plain, "tossum-plain"), (args.min_f1_md, "tossum-md")):
        f1 = totals[system].f1 or 0.0
        if floor is not None and f1 < floor:
            failures.append(f"{system} overall F1 {f1:.3f} < {floor}")
    if args.min_doc_f1 is not None:
        for name, row in results.items():
            for system in ("tossum-md", "tossum-plain"):
                score = row[system].score
                if score.reference and (score.f1 or 0.0) < args.min_doc_f1:
                    failures.append(f"{name} {system} F1 {score.f1 or 0.0:.3f} < {args.min_doc_f1}")
    for failure in failures:
        print(f"FLOOR NOT MET: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
