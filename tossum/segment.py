"""Stage 2: split a document into clauses that cover it exactly, each with its heading as written.

A clause starts at a heading; the clauses, in order, cover the whole text with no gap and no overlap.
Headings are found as a reader finds them, in two passes. The first reads line by line and proposes
candidates, at the start of a paragraph (or right under another heading line):

* Markdown: ATX and setext headings; a whole bold line (``**Title**``, ``27. **CUSTOMER CONTENT**``,
  also indented inside a list item); bold words opening a paragraph (``**10.4 Licence Grant**. You
  agree...``). Adjacent bold runs read as one (``**5.1** **Fees**.``). Unnumbered bold text ending with
  a colon is a label or a definition (``**Short version:**``, ``**Avis** : ...``), and one ending with a
  period after more than eight words is a sentence: neither is a heading. Lines that are only a link
  (``1. [Introduction](#intro)``) are navigation, not headings.
* Numbers: ``10. Title``, ``1.1.1 Title``, ``2.1\\xa0Title``, ``9.2Title``; a number alone on its line
  (``14.1``, its title on the next line if a short one is there); numbered lead-ins whose lead-in is a
  title, not a sentence (``10.4 Licence Grant. You agree...``). A numbered paragraph (``1.1 The company
  is registered in Paris.``) is not a heading: its number stays in the text of its section, as in the
  reference markup of real documents. ``Article 5``/``ARTICLE V``/``§ 4``/``Chapitre 2``/``Schedule 1``,
  letters (``a. Compte``, ``A. Definitions``) and short lines in capitals are headings too.
* Plain text only (a document with no Markdown heading): a short line standing alone that reads as a
  title (few words, no sentence punctuation but ``?``/``!``; not a date, a ``Label: value`` line, an
  address, a page number or a link); such a title glued to the paragraph it heads (``Your account`` over
  a longer line that starts a sentence); a short line ending with a colon that a paragraph, not a list,
  follows (``Si vous résidez en Belgique :``); and, in a document with no heading at all, lead-ins
  (``Registration. You must...``), which under a heading stay in its section.

A heading line directly over text must be short next to the line that follows, which must start a
sentence: in hard-wrapped text the first line of a paragraph is not a heading. Text with no blank lines
between long lines is read one paragraph per line, and double-spaced text (sentences running on across
single blank lines) as paragraphs separated by two blank lines. Enumerations (``(i)``, ``a)``, bullets,
dashes) and table rows never start a clause.

The second pass judges candidates by what follows them:

* Numbered, keyword or letter lines of one series (kind and depth) that follow each other with no text
  between are the entries of a table of contents or a list; the last one stays when text, or only its own
  subsections, follow it.
* Unmarked heading lines with nothing after them but the end of the document are a signature or an
  address. In a run of four or more unnumbered title lines with no text between (a list of titles), only
  the first (the list's own title) and the last stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import pairwise

from tossum.schema import Clause
from tossum.sentences import ABBREVIATIONS

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_(?=\S)|(?<=\S)_)")
_MARKDOWN_CHAR = re.compile(r"[\\*_\[]")

_ATX = re.compile(r"^[ \t]*(#{1,6})[ \t]+(.*?)[ \t#]*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
# `**Heading**rest`, `27. **HEADING**` (a Markdown list marker in front of a bold heading) and
# `**5.1** **Fees**. rest` (adjacent bold runs, one heading when rendered).
_BOLD = re.compile(
    r"^(?P<indent>[ \t]*)(?:(?P<marker>\d+)\\?\.[ \t]+)?"
    r"(?P<bold>\*\*[^*]+?\*\*(?:[ \t\xa0]*\*\*[^*]+?\*\*)*)(?P<rest>.*)$"
)
_NUMBERED = re.compile(
    r"^ {0,3}(?P<num>\d{1,3}(?:\\?\.\d{1,3})*(?:[ \xa0]?(?i:bis|ter|quater)\b(?:\\?\.\d{1,3})*)?)"
    r"(?P<dot>\\?[.)])?"
    r"(?P<gap>[ \t\xa0]+|(?=[^\W\d_]))(?P<rest>\S.*)$"
)
_NUMBER_ALONE = re.compile(r"^ {0,3}(?P<num>\d{1,3}(?:\.\d{1,3})+|\d{1,3}(?=\.))\.?[ \t\xa0]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?P<num>\d{1,3}(?:\.\d{1,3})*)[.)]?[ \t\xa0]+\S")
_LETTER = re.compile(r"^ {0,3}(?P<num>[A-Za-z]|[IVX]{1,5})\.[ \t\xa0]+(?P<rest>\S.*)$")
_KEYWORD_NUMBER = re.compile(
    r"^(?P<num>(?P<word>article|art\.|section|chapitre|chapter|titre|title|partie|part|annexe|annex|"
    r"appendix|schedule|§)[ \t\xa0]*"
    r"(?:\d+(?:\.\d+)*(?:[ \t\xa0]?(?:bis|ter|quater)\b)?|[ivxlc]+\b|premier\b|1er\b|unique\b"
    r"|[a-z](?=[ \t\xa0]*(?:[-–—:.]|$))))\.?(?P<rest>.*)$",  # "PART B — GENERAL"
    re.IGNORECASE,
)
_LEADING_NUMBER = re.compile(
    r"^(?P<num>(?:[A-Z]\.?|[IVX]{2,4}\.)?\d+(?:\.\d+)*(?:[ \t\xa0]?(?i:bis|ter|quater)\b(?:\.\d+)*)?)\.?"
    # 10.4, C.2, B3, S1.3, II.3; « 7 bis », « 13 bis.1 »
    r"(?:[ \t\xa0)\-–—:]+|$|(?:(?<=\.\d)|(?<=\.\d\d))(?=[^\W\d_]))(?P<rest>.*)$"
)
_LEADING_LETTER = re.compile(r"^(?P<num>[A-Za-z])\.[ \t\xa0]+(?P<rest>[^\W\d_a-z].*)$")
_ROMAN_NUMBER = re.compile(r"^(?P<num>[IVXLC]+)[.)\-–—][ \t]+(?P<rest>.*)$")
_LEAD_IN = re.compile(r"^(?P<title>[^.!?:]{2,90}?)[.:](?P<gap>[ \t\xa0]*)(?P<body>\S)")
_PERIOD_LEAD_IN = re.compile(r"^(?P<title>[^.!?:]{2,90}?)\.[ \t\xa0]+(?P<body>\S)")
_SEPARATOR = re.compile(r"^[ \t\xa0]*[-–—:.][ \t\xa0]*")
_ENUMERATION = re.compile(r"^ {0,8}(?:[-*+•·▪◦–—][ \t]|\(?[a-z]{1,4}\)[ \t]|\([ivxlcdm]+\)|\(\d+\)|\|)", re.I)
_LINK_ONLY = re.compile(r"^[ \t]*(?:\d+\\?[.)][ \t]+)?\[[^\]]*\]\([^)]*\)[ \t\xa0]*$")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_SENTENCE_BREAK = re.compile(r"\.[ \t\xa0]+[^\W\d_a-zß-ÿ]")
# Links, e-mail addresses, copyright lines, postal codes, registration and phone numbers.
_NOT_A_TITLE = re.compile(r"https?://|www\.|@|©|\d{5}|\d{3}[ \xa0.]\d{3}")
_PAGE_NUMBER = re.compile(r"(?:page|p\.)[ \xa0]*\d+(?:[ \xa0]*(?:/|of|sur|de)[ \xa0]*\d+)?", re.IGNORECASE)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    "decembre"
)
_DATE = re.compile(
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    rf"|\b(?:{_MONTHS})\b\.?(?:[ \t\xa0]+\d{{1,2}}(?:st|nd|rd|th|er)?,?)?[ \t\xa0]+\d{{4}}\b",
    re.IGNORECASE,
)

MAX_HEADING_WORDS = 16
MAX_HEADING_CHARS = 140
MAX_LINE_TITLE_WORDS = 15  # an unnumbered title line; longer lines are sentences
MAX_GLUED_TITLE_WORDS = 8  # a title on the first line of its paragraph
MAX_LEAD_IN_WORDS = 9  # `1.2 Title. Body`: a longer lead-in is the paragraph's first sentence
MAX_BOLD_TITLE_WORDS = 8  # unnumbered bold text ending with `.` and longer than this is a sentence
MAX_COLON_TITLE_WORDS = 6  # `6.1. Paiement :` heads a passage; a longer line ending with `:` opens a list
LIST_RUN = 4  # this many title lines in a row, with no text between, are a list of titles


class _Kind(StrEnum):
    """Kinds of candidate (see the module docstring); the second pass treats them differently."""

    MARKUP = "markup"  # ATX or bold
    UNDERLINED = "underlined"  # setext
    NUMBERED = "numbered"
    KEYWORD = "keyword"
    LETTER = "letter"
    CAPS = "caps"
    LINE = "line"
    LEAD_IN = "lead_in"


_MARKED = {_Kind.MARKUP, _Kind.UNDERLINED}  # Markdown says they are headings
_TITLE_LINES = {_Kind.CAPS, _Kind.LINE}  # unnumbered title lines: a long run of them is a list
_SERIES = {_Kind.NUMBERED, _Kind.KEYWORD, _Kind.LETTER}  # can be entries of a table of contents


@dataclass
class _Heading:
    start: int  # offset of the heading's first character
    body_start: int  # offset just after the heading's last line (or its lead-in)
    number: str | None
    title: str | None
    atx_level: int | None = None
    list_marker: bool = False  # number came from a Markdown ordered-list marker (renumbering artefact)
    path: list[str] = field(default_factory=list)
    kind: _Kind = _Kind.MARKUP
    whole_line: bool = True  # False for a lead-in: body text follows on the same line
    line: int = 0  # index of its first line
    last_line: int = 0  # index of its last line


def clean_inline(text: str) -> str:
    """Text of a Markdown fragment without links, emphasis or backslash escapes."""
    if not _MARKDOWN_CHAR.search(text):
        return " ".join(text.split())
    text = _LINK.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return " ".join(text.split())


def segment_document(text: str) -> list[Clause]:
    """Split `text` into clauses in document order; their spans tile the text exactly."""
    headings = _find_headings(text)
    _resolve_list_markers(headings)
    _assign_paths(headings)
    clauses: list[Clause] = []
    if not headings or text[: headings[0].start].strip():
        end = headings[0].start if headings else len(text)
        clauses.append(Clause(index=0, number=None, title=None, path=[], start=0, end=end, body_start=0))
    elif headings:
        headings[0].start = 0  # fold leading blank lines into the first section
    for i, h in enumerate(headings):
        end = headings[i + 1].start if i + 1 < len(headings) else len(text)
        clauses.append(
            Clause(
                index=len(clauses),
                number=h.number,
                title=h.title,
                path=h.path,
                start=h.start,
                end=end,
                body_start=min(h.body_start, end),
            )
        )
    check_coverage(clauses, len(text))
    return clauses


def check_coverage(clauses: list[Clause], length: int) -> None:
    """Raise AssertionError unless the clauses tile [0, length) in order, with no gap or overlap."""
    position = 0
    for clause in clauses:
        if clause.start != position or clause.end < clause.start:
            raise AssertionError(f"clause {clause.index} starts at {clause.start}, expected {position}")
        position = clause.end
    if position != length:
        raise AssertionError(f"clauses end at {position}, text ends at {length}")


# --- first pass: candidates, line by line ---------------------------------------------------------------


@dataclass
class _Lines:
    """The document's lines with their offsets, and which lines make up each paragraph.

    Paragraphs are normally separated by a blank line. Two layouts read differently: text with hardly
    any blank line between long lines is one paragraph per line (pasted from a web page), and text whose
    sentences run on across single blank lines (double-spaced, converted from a PDF) has its paragraphs
    separated by two or more blank lines."""

    lines: list[str]
    offsets: list[int]
    starts: list[bool]  # the line starts a paragraph
    next_line: list[int]  # the paragraph's next line, or -1 where the paragraph ends
    previous_line: list[int]  # the paragraph's previous line, or -1 where it starts

    @classmethod
    def of(cls, text: str) -> _Lines:
        lines = text.split("\n")
        offsets = []
        position = 0
        for line in lines:
            offsets.append(position)
            position += len(line) + 1
        filled = [i for i, line in enumerate(lines) if line.strip()]
        gaps = [b - a - 1 for a, b in pairwise(filled)]
        single = [k for k, gap in enumerate(gaps) if gap == 1]
        runs_on = sum(1 for k in single if _runs_on(lines[filled[k]], lines[filled[k + 1]]))
        separator = 2 if len(single) >= 10 and runs_on >= 0.3 * len(single) else 1
        characters = sum(len(lines[i]) for i in filled)
        one_per_line = (
            separator == 1
            and len(filled) >= 10
            and 20 * sum(1 for gap in gaps if gap) < len(filled)
            and characters > 100 * len(filled)
        )
        starts = [False] * len(lines)
        next_line = [-1] * len(lines)
        previous_line = [-1] * len(lines)
        for k, i in enumerate(filled):
            starts[i] = one_per_line or k == 0 or gaps[k - 1] >= separator
            if k + 1 < len(filled) and not one_per_line and gaps[k] < separator:
                next_line[i] = filled[k + 1]
                previous_line[filled[k + 1]] = i
        return cls(lines, offsets, starts, next_line, previous_line)

    def end(self, i: int) -> int:
        """Offset just after line `i` and its newline."""
        return self.offsets[i] + len(self.lines[i]) + (1 if i + 1 < len(self.lines) else 0)

    def ends_paragraph(self, i: int) -> bool:
        """Line `i` is the last line of its paragraph."""
        return self.next_line[i] < 0


def _runs_on(line: str, next_line: str) -> bool:
    """The sentence of `line` continues on `next_line`: no end punctuation, then a lower-case word."""
    return line.rstrip()[-1] not in ".!?:;" and next_line.lstrip()[0].islower()


def _find_headings(text: str) -> list[_Heading]:
    doc = _Lines.of(text)
    lines = doc.lines
    blank = [not line.strip() for line in lines]
    candidates: list[_Heading] = []
    lead_ins: list[_Heading] = []
    after_heading = False  # the previous line of the paragraph is a whole heading line
    skip_to = -1
    for i, line in enumerate(lines):
        if i <= skip_to or blank[i]:
            continue
        start = doc.offsets[i]
        heading = _atx(line, start, doc.end(i))
        if heading is None and i + 1 < len(lines) and _SETEXT_UNDERLINE.match(lines[i + 1]):
            heading = _setext(line.strip(), start, doc.end(i + 1))
            if heading is not None:
                heading.last_line = i + 1
        at_start = doc.starts[i]
        if heading is None and (at_start or after_heading):
            heading = _line_heading(doc, i, continuation=not at_start)
        if heading is not None:
            heading.line = i
            heading.last_line = max(heading.last_line, i)
            skip_to = heading.last_line
            (lead_ins if heading.kind == _Kind.LEAD_IN else candidates).append(heading)
        after_heading = heading is not None and heading.whole_line and heading.kind != _Kind.LEAD_IN
    return _judge(candidates, lead_ins, blank)


def _atx(line: str, start: int, line_end: int) -> _Heading | None:
    match = _ATX.match(line)
    if not match:
        return None
    title = clean_inline(match.group(2))
    if not title:
        return None
    number, title = _split_number(title)
    return _Heading(start, line_end, number, title or None, atx_level=len(match.group(1)))


def _setext(line: str, start: int, end: int) -> _Heading | None:
    if _ENUMERATION.match(line) or len(line) > MAX_HEADING_CHARS:
        return None
    title = clean_inline(line)
    if not title:
        return None
    number, title = _split_number(title)
    return _Heading(start, end, number, title or None, atx_level=1, kind=_Kind.UNDERLINED)


def _line_heading(doc: _Lines, i: int, *, continuation: bool) -> _Heading | None:
    """A heading made of one line (or the start of a paragraph), outside Markdown heading syntax.

    `continuation`: the line follows a heading line with no blank line between; only a numbered or
    keyword heading (or a bold one) can start there."""
    line = doc.lines[i]
    start, line_end = doc.offsets[i], doc.end(i)
    bold = _BOLD.match(line)
    if bold:
        return _bold_heading(bold, start, line_end)
    if _ENUMERATION.match(line) or line.startswith(("    ", "\t")) or _LINK_ONLY.match(line):
        return None
    heading = _unmarked_heading(doc, i, continuation=continuation)
    if (
        heading is not None
        and heading.whole_line
        and heading.last_line <= i
        and not doc.ends_paragraph(i)
        and not _heads_text_below(line, doc.lines[doc.next_line[i]])
    ):
        return None  # the first line of a paragraph (hard-wrapped text), not a heading over it
    return heading


def _heads_text_below(line: str, next_line: str) -> bool:
    """A heading line directly over text: the text starts a sentence on a clearly longer line.

    In hard-wrapped text the first line of a paragraph is as long as the next one, which continues its
    sentence; a heading is short. A numbered heading may also stack on another (`TERMS` over `1. Scope`)."""
    following = next_line.strip()
    if _NUMBERED.match(next_line) or _KEYWORD_NUMBER.match(following):
        return True
    return (following[0].isupper() or following[0] in '«"“') and len(line.strip()) <= 0.75 * len(following)


def _unmarked_heading(doc: _Lines, i: int, *, continuation: bool) -> _Heading | None:
    """A heading line without Markdown markup: numbered, keyword, letter, capitals or a plain title."""
    lines = doc.lines
    line = lines[i]
    start, line_end = doc.offsets[i], doc.end(i)
    stripped = line.strip()
    # A heading, or a lead-in title, lies in a line's first few hundred characters.
    cleaned = clean_inline(stripped if len(stripped) <= 300 else stripped[:300])
    keyword = _KEYWORD_NUMBER.match(cleaned)
    if keyword:
        return _keyword_heading(keyword, line, start, line_end)
    numbered = _NUMBERED.match(line)
    if numbered:
        heading = _numbered_heading(numbered, line, start, line_end)
        if heading is not None and heading.whole_line and _in_numbered_list(doc, i, heading.number or ""):
            return None
        if (
            heading is not None
            and heading.whole_line
            and _sentence_before_sibling(doc, i, heading.number or "")
        ):
            return None
        if heading is not None and heading.whole_line and line.rstrip().endswith(":"):
            # `8.1 L'Utilisateur s'engage à :` then `(i) ...`: a list's lead-in sentence
            return None if _opens_list(lines, i) else heading
        return heading
    alone = _NUMBER_ALONE.match(line)
    if alone:
        return _number_alone(alone.group("num"), doc, i)
    if continuation:
        return None
    letter = _LETTER.match(line)
    if letter:
        title = clean_inline(letter.group("rest"))
        if _is_line_title(title, allow_period=True) and title[0].isupper():
            return _Heading(start, line_end, letter.group("num"), title.rstrip("."), kind=_Kind.LETTER)
        return None
    if _is_caps_heading(cleaned):
        number, title = _split_number(cleaned)
        return _Heading(start, line_end, number, title.rstrip(".") or None, kind=_Kind.CAPS)
    alone_in_block = doc.ends_paragraph(i)
    if alone_in_block and _is_line_title(cleaned, allow_period=True):
        return _Heading(start, line_end, None, cleaned.rstrip("."), kind=_Kind.LINE)
    if alone_in_block and cleaned.endswith(":") and _introduces_passage(cleaned, lines, i):
        return _Heading(start, line_end, None, cleaned.rstrip(": \xa0"), kind=_Kind.LINE)
    if not alone_in_block and _heads_its_paragraph(cleaned, lines[doc.next_line[i]]):
        return _Heading(start, line_end, None, cleaned, kind=_Kind.LINE)
    lead = _PERIOD_LEAD_IN.match(cleaned)
    if lead and _is_title(lead.group("title"), strict=True):
        raw_title = lead.group("title")
        found = line.find(raw_title)
        body = start + (found + len(raw_title) + 1 if found >= 0 else len(line))
        return _Heading(start, body, None, raw_title.strip(), kind=_Kind.LEAD_IN, whole_line=False)
    return None


def _sentence_before_sibling(doc: _Lines, i: int, number: str) -> bool:
    """`6.1 Makers own their Build Posts.` right above `6.2 By posting ...`: a one-sentence paragraph.

    A heading heads something; a line ending like a sentence with its next sibling straight after it
    heads nothing, so it is the first numbered paragraph of its section."""
    line = doc.lines[i].rstrip()
    if "." not in number or not line.endswith(".") or doc.next_line[i] >= 0:
        return False
    following = next((doc.lines[j] for j in range(i + 1, len(doc.lines)) if doc.lines[j].strip()), "")
    sibling = _NUMBERED.match(following)
    if sibling is None:
        return False
    parent, _, last = number.rpartition(".")
    if not last.isdigit():
        return False
    return sibling.group("num").replace("\\", "") == f"{parent}.{int(last) + 1}"


def _in_numbered_list(doc: _Lines, i: int, number: str) -> bool:
    """`1. Foo` with `2. Bar` on the line above or below it in the same paragraph: a list item."""
    depth = number.count(".")
    for j in (doc.previous_line[i], doc.next_line[i]):
        item = _LIST_ITEM.match(doc.lines[j]) if j >= 0 else None
        if item and item.group("num").count(".") == depth:
            return True
    return False


def _keyword_heading(keyword: re.Match[str], line: str, start: int, line_end: int) -> _Heading | None:
    rest = keyword.group("rest")
    separated = bool(_SEPARATOR.match(rest)) or not rest.strip()
    title = _SEPARATOR.sub("", rest).strip()
    if not (separated or _is_numbered_title(title)):
        return None  # `Art. 14.2 Ce droit est consenti à titre gratuit.`: a numbered paragraph
    if len(title) <= MAX_HEADING_CHARS:
        return _Heading(start, line_end, keyword.group("num"), title.rstrip(".") or None, kind=_Kind.KEYWORD)
    lead = _LEAD_IN.match(title)
    if lead and lead.group("gap") and _is_title(lead.group("title")):
        body = start + line.index(lead.group("title")) + lead.end("title") + 1
        return _Heading(
            start,
            body,
            keyword.group("num"),
            lead.group("title").strip(),
            kind=_Kind.KEYWORD,
            whole_line=False,
        )
    return None


def _numbered_heading(numbered: re.Match[str], line: str, start: int, line_end: int) -> _Heading | None:
    number = numbered.group("num").replace("\\", "")
    dotted = "." in number
    if not numbered.group("gap") and not dotted:
        return None  # `3D`, `1er`: a number that is part of a word
    if numbered.group("dot") == ")" and not dotted:
        # `1)` is an enumeration, unless an all-caps title follows alone (`6) LISTING CONTENT`)
        rest = clean_inline(numbered.group("rest"))
        if _is_caps_heading(rest) and len(rest) <= MAX_HEADING_CHARS:
            return _Heading(start, line_end, number, rest.rstrip(".: \xa0") or None, kind=_Kind.NUMBERED)
        return None
    if not dotted and numbered.group("dot") is None and len(number) > 2:
        return None  # `221 Baker Street`: an address, not a section
    rest = clean_inline(numbered.group("rest"))
    if _is_numbered_title(rest):
        return _Heading(start, line_end, number, rest.rstrip(".: \xa0") or None, kind=_Kind.NUMBERED)
    lead = _LEAD_IN.match(rest)
    if (
        lead
        and (lead.group("gap") or lead.group("body").isupper())
        and _is_lead_in_title(lead.group("title"), dotted=dotted)
    ):
        raw_title = lead.group("title")
        found = line.find(raw_title)
        body = start + (found + len(raw_title) + 1 if found >= 0 else len(line))
        return _Heading(start, body, number, raw_title.strip(), kind=_Kind.NUMBERED, whole_line=False)
    return None  # a numbered paragraph: `1.1 La société ... est située à Paris.`


def _number_alone(number: str, doc: _Lines, i: int) -> _Heading | None:
    """`14.1` alone on its line heads what follows; a short title line right under it is its title."""
    lines = doc.lines
    if "." not in number and not lines[i].rstrip(" \t\xa0").endswith("."):
        return None  # a bare `3`: a page number
    heading = _Heading(doc.offsets[i], doc.end(i), number, None, kind=_Kind.NUMBERED)
    j = doc.next_line[i]
    if j >= 0:
        title = clean_inline(lines[j].strip())
        k = doc.next_line[j]
        after = k < 0 or len(lines[k]) > 2 * len(title)
        if after and _is_line_title(title, allow_period=False) and not _NUMBERED.match(lines[j]):
            heading.title, heading.last_line = title, j
            heading.body_start = doc.end(j)
    return heading


def _bold_heading(match: re.Match[str], start: int, line_end: int) -> _Heading | None:
    bold = clean_inline(match.group("bold"))
    rest = match.group("rest")
    rest_clean = clean_inline(rest)
    if not bold or bold.startswith("(") or len(bold) > MAX_HEADING_CHARS:
        return None
    words = len(_WORD.findall(bold))
    if words > MAX_HEADING_WORDS:
        return None
    number, title = _split_number(bold)
    marker = match.group("marker")
    whole_line = not rest_clean.strip(" .:\xa0")
    if number is None and bold.endswith(".") and words > MAX_BOLD_TITLE_WORDS:
        return None  # a bold sentence: emphasis inside a section
    if whole_line:
        if (bold.endswith(":") or rest_clean.startswith(":")) and number is None and marker is None:
            return None  # `**Last updated:**` style labels
        if number is None and marker is None and not _is_title(title.rstrip(".")):
            return None  # a bold sentence, not a heading
        if marker is not None and number is None:
            return _Heading(start, line_end, marker, title.rstrip(".:") or None, list_marker=True)
        return _Heading(start, line_end, number, title.rstrip(".:") or None)
    if len(match.group("indent").expandtabs(4)) > 3:
        return None  # bold words opening a paragraph inside a list item
    # A lead-in: bold words open a paragraph of body text.
    if not re.match(r"^[ \t\xa0]*[.:]?[ \t\xa0]+\S|^[.:]", rest):
        return None
    if number is None and (bold.endswith(":") or re.match(r"^[ \t\xa0]*:", rest)):
        return None  # `**Avis** : ...`, `**Short version:** ...`: a definition or a label
    if number is not None and not title:
        return None  # `**1.1.** Les présentes conditions...`: a numbered paragraph
    if number is None and (words > MAX_BOLD_TITLE_WORDS or not _is_title(title.rstrip(".:"))):
        return None  # `**This section applies to all disputes.** ...`: a bold sentence
    body = start + match.end("bold")
    tail = re.match(r"[ \t\xa0]*[.:]?[ \t\xa0]*", rest)
    if tail:
        body += tail.end()
    return _Heading(
        start,
        min(body, line_end),
        number or marker,
        title.rstrip(".:") or None,
        list_marker=number is None and marker is not None,
        whole_line=False,
    )


def _split_number(title: str) -> tuple[str | None, str]:
    keyword = _KEYWORD_NUMBER.match(title)
    if keyword:
        return keyword.group("num"), _SEPARATOR.sub("", keyword.group("rest")).strip()
    numbered = _LEADING_NUMBER.match(title)
    if numbered and (
        numbered.group("rest") or "." in numbered.group("num") or title.rstrip(".") == numbered.group("num")
    ):
        return numbered.group("num"), numbered.group("rest").strip()
    roman = _ROMAN_NUMBER.match(title)
    if roman:
        return roman.group("num"), roman.group("rest").strip()
    letter = _LEADING_LETTER.match(title)
    if letter:
        return letter.group("num"), letter.group("rest").strip()
    return None, title


# --- what a title looks like ----------------------------------------------------------------------------


def _is_title(text: str, *, allow_lower: bool = True, strict: bool = False) -> bool:
    """Short, starts with a capital, does not end like a sentence; `strict` wants Title Case too."""
    text = text.strip()
    words = _WORD.findall(text)
    if not words or len(words) > (8 if strict else MAX_HEADING_WORDS) or len(text) > MAX_HEADING_CHARS:
        return False
    if not text[0].isupper() and not text[0].isdigit() and not (allow_lower and text[0] in "«\"“'("):
        return False
    if text.endswith((",", ";")) or (text.endswith(".") and len(words) > 12):
        return False
    if strict:
        long_words = [w for w in words if len(w) > 3]
        capitalised = sum(1 for w in long_words if w[0].isupper())
        return bool(long_words) and capitalised >= max(1, (len(long_words) + 1) // 2) and len(words) >= 1
    return True


# "X authorises Y to use", « autorise Timbrette à reproduire »: a verb taking an infinitive, in a sentence
_VERB_TO = re.compile(r"[a-zà-ÿ]\s+(?-i:[A-Z])[\w-]*\s+(?:à|to)\s+[a-zà-ÿ]{3,}")
# a granting verb in lower case between two words: "Each Instructor grants Acme the Marketing Licence."
_GRANTS = re.compile(
    r"\w\s+(?:grants|assigns|licen[cs]es|authori[sz]es|consents|waives|accorde|concède|cède|consent|renonce)"
    r"\s+\w"
)


def _is_numbered_title(text: str) -> bool:
    """The text after a section number on a line of its own: a title, not a sentence."""
    if not _is_title(text, allow_lower=False):
        return False
    if text.endswith(":"):
        return len(_WORD.findall(text)) <= MAX_COLON_TITLE_WORDS
    if text.endswith("."):
        # `1. Our Services.` is a title; `1.2 Ces conditions sont régies par le droit français.` is not.
        words = len(_WORD.findall(text))
        if words >= 6 and (_VERB_TO.search(text) or _GRANTS.search(text)):
            # `6.2 Le Client autorise Timbrette à reproduire ses Photos.`, `6.6 Each Instructor grants Acme
            # the Marketing Licence.`: a sentence
            return False
        return (
            words <= 10 and (words <= 3 or _is_title(text, strict=True)) and not _SENTENCE_BREAK.search(text)
        )
    return True


def _is_lead_in_title(text: str, *, dotted: bool) -> bool:
    """`Title` in `1.2 Title. Body text`: a title, not the first sentence of a numbered paragraph."""
    text = text.strip()
    words = _WORD.findall(text)
    if not words or len(words) > MAX_LEAD_IN_WORDS or not _is_title(text):
        return False
    if re.split(r"['’]", words[-1])[-1].lower() in ABBREVIATIONS:
        # `12.2 Les ch. 6, 9 et 11 subsistent`, `15.3 Les droits accordés à l'art. 11.2 subsistent`: the dot
        # of « ch. » (chiffres) or « l'art. » ends no title
        return False
    title_case = _is_title(text, strict=True)
    if not dotted:
        return title_case
    if _SUBJECT_AND_VERB.match(text):
        return False  # `7.2 We may let our partners use it too. For example, ...`: a sentence
    return title_case or ("," not in text and len(words) <= MAX_LEAD_IN_WORDS - 1)


_SUBJECT_AND_VERB = re.compile(
    r"(?:we|you|they|it|nous|vous|ils|elles|il|elle"
    r"|(?:ce|cet|cette|ces|this|these|that|those|your|our|their|votre|vos|notre|nos|leurs?|the|la|le|les)"
    r"\s+[\w-]+)"
    r"\s+(?:\w+\s+)?(?:may|can|will|shall|must|might|do|does"
    r"|are|is|have|has|pouvons|pouvez|peut|peuvent|devez|doit|sommes|êtes|est|sont|avez|avons"
    # "Cette licence vaut pour le monde entier.", "This licence covers ...": a sentence about the clause
    r"|vaut|valent|couvre|couvrent|comprend|inclut|s['’]applique|s['’]étend|demeure|reste|subsiste|prend"
    r"|applies|covers|includes|extends|lasts|continues|remains|survives|ends)\b",
    re.IGNORECASE,
)


def _is_line_title(text: str, *, allow_period: bool) -> bool:
    """A line that reads as a title: few words, no sentence punctuation but `?`/`!`, not a date or label."""
    words = _WORD.findall(text)
    if not words or len(words) > MAX_LINE_TITLE_WORDS or len(text) > 120:
        return False
    first, last = text[0], text[-1]
    if first.isdigit() or not (first.isalpha() or first in "«\"“'(¿¡"):
        return False
    if (first.islower() and len(words) > 6) or (len(words) == 1 and len(words[0]) < 3):
        return False  # lower-case titles are glossary terms (`affiliate`); `or`, `Et` alone are not titles
    if last in ",;:":
        return False
    if last == "." and not (
        allow_period
        and len(words) <= MAX_BOLD_TITLE_WORDS
        and "," not in text
        and len(words[-1]) > 3
        and _is_title(text, strict=True)
    ):
        return False  # a sentence, or a name ending in an abbreviation (`Acme, Inc.`)
    if _SENTENCE_BREAK.search(text) or _NOT_A_TITLE.search(text) or _DATE.search(text):
        return False
    if _PAGE_NUMBER.fullmatch(text):
        return False  # `Page 3 of 12`: a page footer
    colon = text.find(":")
    return not (0 < colon < len(text) - 1 and len(_WORD.findall(text[:colon])) <= 4)  # `Last updated: ...`


def _introduces_passage(text: str, lines: list[str], i: int) -> bool:
    """`Si vous résidez en Belgique :` alone, then a paragraph: it heads that passage.

    A line ending with a colon that a list follows is the list's lead-in sentence, not a heading."""
    title = text[:-1].rstrip(" \xa0")
    if not _is_line_title(title, allow_period=False) or _is_all_caps(title):
        return False
    following = next((line for line in lines[i + 1 :] if line.strip()), "")
    long_enough = len(following.strip()) >= 40
    return long_enough and not following.startswith((" ", "\t")) and not _opens_list(lines, i)


def _opens_list(lines: list[str], i: int) -> bool:
    """The next line with text is a list item: a bullet, a dash, `(a)`, `a)`, `1.` (escaped or not)."""
    following = _ESCAPE.sub(r"\1", next((line for line in lines[i + 1 :] if line.strip()), ""))
    return bool(_ENUMERATION.match(following) or _LIST_ITEM.match(following))


def _heads_its_paragraph(text: str, next_line: str) -> bool:
    """`Applicable Terms` on the first line of a paragraph, the text starting on the next line."""
    following = next_line.strip()
    return (
        len(_WORD.findall(text)) <= MAX_GLUED_TITLE_WORDS
        and text[:1].isupper()
        and text[-1:] not in ".!:"
        and _is_line_title(text, allow_period=False)
        and len(following) >= max(40, 2 * len(text))
        and (following[0].isupper() or following[0] in '«"“')
        and not _ENUMERATION.match(next_line)
    )


def _is_all_caps(text: str) -> bool:
    if len(text) > MAX_HEADING_CHARS:
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or len(_WORD.findall(text)) > 12:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.9 and not text.endswith((",", ";"))


def _is_caps_heading(text: str) -> bool:
    """A short line in capitals (`GOVERNING LAW`), not a sentence or warning in capitals."""
    if not _is_all_caps(text) or text[0].isdigit() or text.endswith(":"):
        return False
    if text.endswith(".") and len(_WORD.findall(text)) > 4:
        return False  # `PLEASE READ THIS SECTION CAREFULLY BEFORE YOU ACCEPT.`
    return not _SENTENCE_BREAK.search(text)


# --- second pass: judge candidates by what follows them -------------------------------------------------


def _judge(candidates: list[_Heading], lead_ins: list[_Heading], blank: list[bool]) -> list[_Heading]:
    """Drop table-of-contents entries and title lines that head nothing (see the module docstring)."""
    if any(h.kind == _Kind.MARKUP for h in candidates):
        # A Markdown document marks its headings: its unmarked lines and lead-ins are text. (An
        # underlined title alone does not make one: plain text underlines titles too.)
        candidates = [h for h in candidates if h.kind != _Kind.LINE]
        lead_ins = []
    text_follows = _text_follows(candidates, blank)
    entries = _contents_entries(candidates, text_follows)
    kept = [h for h, entry in zip(candidates, entries, strict=True) if not entry]
    if len(kept) < len(candidates):
        text_follows = _text_follows(kept, blank)
    kept = _drop_title_lists(kept, text_follows)
    if not kept or (len(kept) == 1 and kept[0].number is None and all(blank[: kept[0].line])):
        # No section heading (a title at most): paragraphs' lead-ins are the document's only structure.
        return kept + lead_ins
    return kept


def _text_follows(headings: list[_Heading], blank: list[bool]) -> list[bool]:
    """For each heading, whether body text lies between it and the next heading (or the end)."""
    follows = []
    for i, heading in enumerate(headings):
        if not heading.whole_line:
            follows.append(True)
            continue
        stop = headings[i + 1].line if i + 1 < len(headings) else len(blank)
        follows.append(not all(blank[heading.last_line + 1 : stop]))
    return follows


def _series(heading: _Heading) -> tuple[str, int] | None:
    """The kind and depth of a numbered line, for comparing neighbours: ("number", 2) for `1.1 Title`."""
    if heading.kind not in _SERIES or not heading.whole_line or heading.number is None:
        return None
    if heading.kind == _Kind.LETTER:
        roman = re.fullmatch(r"[ivx]+|[IVX]+", heading.number) is not None
        return ("roman" if roman else "letter", 1 if heading.number.islower() else 2)
    if heading.kind == _Kind.KEYWORD:
        keyword = _KEYWORD_NUMBER.match(heading.number)
        word = keyword.group("word").rstrip(".").lower() if keyword else heading.number
        digits = re.search(r"\d+(?:\.\d+)*", heading.number)
        return (word, digits.group().count(".") + 1 if digits else 1)
    return ("number", heading.number.count(".") + 1)


def _contents_entries(headings: list[_Heading], text_follows: list[bool]) -> list[bool]:
    """Numbered lines of one series that follow each other with no text between them are list entries.

    The last line of such a series is kept when text follows it, directly or after its own subsections
    only: `1. ... 14.` then `Article 1.` is a table of contents, then the first article; `29.`, `1.`,
    `1.1`, text is a contents list ending at `29.`, then section 1 and its first subsection."""
    entries = [False] * len(headings)
    run_start = 0
    for i in range(len(headings)):
        if not text_follows[i] and i + 1 < len(headings):
            continue
        members: dict[tuple[str, int], list[int]] = {}
        for k in range(run_start, i + 1):
            series = _series(headings[k])
            if series is not None:
                members.setdefault(series, []).append(k)
        for series_members in members.values():
            if len(series_members) > 1:
                last = series_members[-1]
                # kept: the run's last heading, or one followed only by its own subsections (`1.` `1.1`)
                kept = text_follows[i] and all(
                    _is_child(headings[k], headings[last]) for k in range(last + 1, i + 1)
                )
                for k in series_members:
                    entries[k] = not (k == last and kept)
        run_start = i + 1
    return entries


def _is_child(heading: _Heading, parent: _Heading) -> bool:
    """`1.1` under `1.`: the heading's number extends the parent's."""
    if not heading.number or not parent.number:
        return False
    return heading.number.startswith(parent.number.rstrip(".") + ".")


def _drop_title_lists(headings: list[_Heading], text_follows: list[bool]) -> list[_Heading]:
    """Unmarked heading lines must head text; in a long run of title lines only the first and last stay.

    A run of heading lines with nothing after it but the end of the document is a signature or an
    address block (`Acme Ltd`, `1 Example Street`), not sections."""
    kept: list[_Heading] = []
    run: list[_Heading] = []
    for heading, follows in zip(headings, text_follows, strict=True):
        run.append(heading)
        if not follows and heading is not headings[-1]:
            continue
        titles = [member for member in run if member.kind in _TITLE_LINES]
        for member in run:
            if member.kind not in _MARKED and member.whole_line and not follows:
                continue
            if (
                len(titles) >= LIST_RUN
                and member.kind in _TITLE_LINES
                and titles[0] is not member is not titles[-1]
            ):
                continue  # an entry in a list of titles
            kept.append(member)
        run = []
    return kept


# --- numbers and parents --------------------------------------------------------------------------------


def _resolve_list_markers(headings: list[_Heading]) -> None:
    """`27. **DATA USAGE**` over `10.1`...: the number is the one the subsections give, not the marker.

    A marker heading without numbered subsections takes the next number in sequence once the document
    has shown that its markers are renumbered (one marker disagreed with its subsections)."""
    renumbered = False
    last_top: int | None = None
    for i, heading in enumerate(headings):
        if heading.list_marker:
            derived = None
            for later in headings[i + 1 :]:
                if later.list_marker:
                    break
                if later.number and re.fullmatch(r"\d+(?:\.\d+)+", later.number):
                    derived = later.number.split(".", 1)[0]
                    break
            if derived is not None:
                renumbered = renumbered or derived != heading.number
                heading.number = derived
            elif renumbered and last_top is not None:
                heading.number = str(last_top + 1)
        if heading.number and heading.number.isdigit() and (heading.list_marker or heading.atx_level is None):
            last_top = int(heading.number)


def _assign_paths(headings: list[_Heading]) -> None:
    """Parent path from dotted numbers (10 > 10.4), else from Markdown heading levels."""
    by_number: dict[str, _Heading] = {}
    atx_stack: list[_Heading] = []
    container: _Heading | None = None  # the latest heading on a line of its own, for lead-ins under it
    for heading in headings:
        number = heading.number
        if number and re.fullmatch(r"(?:\d+|[A-Z]|[IVX]{2,4})(?:\.\d+)+", number):  # 10.4, C.2, II.3
            parts = number.split(".")
            heading.path = [
                _label(by_number[".".join(parts[:k])])
                for k in range(1, len(parts))
                if ".".join(parts[:k]) in by_number
            ]
        elif heading.atx_level is not None:
            while atx_stack and (atx_stack[-1].atx_level or 0) >= heading.atx_level:
                atx_stack.pop()
            heading.path = [*atx_stack[-1].path, _label(atx_stack[-1])] if atx_stack else []
        elif not heading.whole_line and not number and container is not None:
            # "**Other documents.** ..." under "## 1. About these Terms": a lead-in belongs to that section
            heading.path = [*container.path, _label(container)]
        elif not heading.whole_line and (annex := _annex(atx_stack[-1] if atx_stack else None, container)):
            # "**2. The licence you give us.** ..." under "# Schedule 1 – Your Content", "4. Promotional use.
            # ..." under the line "SCHEDULE 1 - CONTRIBUTOR LICENCE": a paragraph of that schedule
            heading.path = [*annex.path, _label(annex)]
        if heading.whole_line:
            container = heading
        if heading.atx_level is not None:
            while atx_stack and (atx_stack[-1].atx_level or 0) >= heading.atx_level:
                atx_stack.pop()
            atx_stack.append(heading)
        if number:
            by_number[number] = heading
            part = _PART_NUMBER.fullmatch(number)
            if part:  # "Partie II" is the parent of "II.3"
                by_number.setdefault(part.group(1).upper(), heading)
            article = _ARTICLE_NUMBER.fullmatch(number)
            if article:  # "ARTICLE 5" is the parent of "5.1"
                by_number.setdefault(article.group(1), heading)


_ANNEX_LABEL = re.compile(r"(?:schedule|annex|annexe|appendix)\b", re.IGNORECASE)


def _annex(*headings: _Heading | None) -> _Heading | None:
    """The first of the enclosing headings that is a schedule or an annex."""
    return next((h for h in headings if h is not None and _ANNEX_LABEL.match(_label(h))), None)


_ARTICLE_NUMBER = re.compile(r"(?:article|art\.|section|clause)[ \t\xa0]*(\d+)", re.IGNORECASE)
_PART_NUMBER = re.compile(r"(?:partie|part|titre|title|chapitre|chapter)[ \t\xa0]*([ivx]+)", re.IGNORECASE)


def _label(heading: _Heading) -> str:
    return heading.number or heading.title or ""
