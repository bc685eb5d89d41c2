"""Nothing lost: every section of every corpus document appears in its report, and the CLI exits 0.

For each Markdown file under ../shared/corpus (or the folder given), the reference sections are the
Markdown heading lines of the source (ATX '#', setext, and whole-line bold headings; a bold line that is
a sentence or a note, i.e. starts with '(' or '[', ends with ':', or ends with '.' after more than 8
words, is emphasis inside a section, not a heading, and its text stays in that section). The script runs
`tossum summarize FILE` as a user would (a subprocess), then checks that each reference heading's text
appears among the report's section headings, and that every clause tossum found is rendered.

    python bench/corpus_coverage.py [CORPUS_DIR]
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tossum.segment import clean_inline, segment_document

ATX = re.compile(r"^[ \t]*#{1,6}[ \t]+(.+?)[ \t#]*$")
SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
BOLD_LINE = re.compile(r"^(?:\d+\\?\.[ \t]+)?\*\*([^*]{1,140})\*\*[ \t]*$")


def reference_headings(text: str) -> list[str]:
    """Heading texts as the Markdown markup declares them."""
    lines = text.split("\n")
    found = []
    for i, line in enumerate(lines):
        match = ATX.match(line) or BOLD_LINE.match(line)
        if match:
            found.append(clean_inline(match.group(1)))
        elif line.strip() and i + 1 < len(lines) and SETEXT.match(lines[i + 1]) and line[:1] not in "-*":
            found.append(clean_inline(line))
    return [h for h in found if h and not _is_emphasis(h)]


def _is_emphasis(text: str) -> bool:
    return text.startswith(("(", "[")) or text.endswith(":") or (text.endswith(".") and len(text.split()) > 8)


def normalise(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def main() -> int:
    corpus = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "corpus"
    )
    files = sorted(corpus.glob("*/*.md"))
    if not files:
        print(f"no Markdown files under {corpus}")
        return 1
    print(f"{'document':32} {'exit':>4} {'ref':>4} {'found':>5} {'clauses':>7} {'rendered':>8}")
    lost_total = failures = 0
    for path in files:
        run = subprocess.run(["tossum", "summarize", str(path)], capture_output=True, text=True)
        report = run.stdout
        sections = [normalise(line[4:]) for line in report.splitlines() if line.startswith("### ")]
        joined = " | ".join(sections)
        reference = reference_headings(path.read_text(encoding="utf-8"))
        found = sum(1 for h in reference if normalise(h) in joined)
        clauses = len(segment_document(path.read_text(encoding="utf-8")))
        rendered = len(sections) - (
            1 if "### Reassurances" in report or "### Engagements rassurants" in report else 0
        )
        lost = len(reference) - found + max(0, clauses - rendered)
        lost_total += lost
        failures += run.returncode != 0
        name = f"{path.parent.name}/{path.name}"
        print(f"{name:32} {run.returncode:>4} {len(reference):>4} {found:>5} {clauses:>7} {rendered:>8}")
        for heading in reference:
            if normalise(heading) not in joined:
                print(f"    missing: {heading!r}")
    print(f"\n{len(files)} documents, {failures} non-zero exits, {lost_total} sections lost")
    return 1 if failures or lost_total else 0


if __name__ == "__main__":
    sys.exit(main())
