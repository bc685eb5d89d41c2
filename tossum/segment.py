"""Stage 2: split a document into clauses that cover it exactly, each with its heading as written.

Headings are recognised line by line: Markdown (ATX and setext), bold lead-ins (``**10.4 Customer
License Grant**.``), numbered lines and lead-ins (``10.``, ``1.1.``), ``Article 5``/``ARTICLE V``/``§ 4``
/``Chapitre 2`` forms, and short all-caps lines. Enumerations (``(i)``, ``a)``, bullets) never start a
clause. The clauses, in order, cover the whole text with no gap and no overlap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tossum.schema import Clause

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_(?=\S)|(?<=\S)_)")

_ATX = re.compile(r"^[ \t]*(#{1,6})[ \t]+(.*?)[ \t#]*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
# `**Heading**rest` or `27. **HEADING**` (a Markdown list marker in front of a bold heading).
_BOLD = re.compile(r"^ {0,3}(?:(\d+)\\?\.[ \t]+)?\*\*(?P<bold>[^*]+?)\*\*(?P<rest>.*)$")
_NUMBERED = re.compile(r"^ {0,3}(?P<num>\d+(?:\\?\.\d+)*)(?P<dot>\\?[.)])?[ \t]+(?P<rest>\S.*)$")
_KEYWORD_NUMBER = re.compile(
    r"^(?P<num>(?:article|art\.|section|chapitre|chapter|titre|title|partie|part|annexe|annex|§)[ \t]*"
    r"(?:\d+(?:\.\d+)*|[ivxlc]+\b|premier\b|1er\b|unique\b))\.?(?P<rest>.*)$",
    re.IGNORECASE,
)
_LEADING_NUMBER = re.compile(r"^(?P<num>\d+(?:\.\d+)*)\.?(?:[ \t)\-–—:]+|$)(?P<rest>.*)$")
_ROMAN_NUMBER = re.compile(r"^(?P<num>[IVXLC]+)[.)\-–—][ \t]+(?P<rest>.*)$")
_LEAD_IN = re.compile(r"^(?P<title>[^.!?:]{2,90}?)[.:][ \t]+(?P<body>\S)")
_SEPARATOR = re.compile(r"^[ \t]*[-–—:.][ \t]*")
_ENUMERATION = re.compile(r"^ {0,8}(?:[-*+•·▪◦][ \t]|\(?[a-z]{1,4}\)[ \t]|\([ivxlcdm]+\)|\(\d+\)|\|)", re.I)
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

MAX_HEADING_WORDS = 16
MAX_HEADING_CHARS = 140


@dataclass
class _Heading:
    start: int  # offset of the heading's first character
    body_start: int  # offset just after the heading's last line (or its lead-in)
    number: str | None
    title: str | None
    atx_level: int | None = None
    list_marker: bool = False  # number came from a Markdown ordered-list marker (renumbering artefact)
    path: list[str] = field(default_factory=list)


def clean_inline(text: str) -> str:
    """Text of a Markdown fragment without links, emphasis or backslash escapes."""
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


def _find_headings(text: str) -> list[_Heading]:
    lines = text.split("\n")
    offsets = []
    position = 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    markdown = bool(re.search(r"^ {0,3}(#{1,6} |\*\*)", text, re.M))
    headings: list[_Heading] = []
    previous_blank = True
    skip_next = False
    for i, line in enumerate(lines):
        if skip_next:
            skip_next = False
            previous_blank = False
            continue
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        start = offsets[i]
        line_end = start + len(line) + (1 if i + 1 < len(lines) else 0)
        heading = _atx(line, start, line_end)
        if heading is None and i + 1 < len(lines) and _SETEXT_UNDERLINE.match(lines[i + 1]):
            heading = _setext(
                stripped, start, offsets[i + 1] + len(lines[i + 1]) + (1 if i + 2 < len(lines) else 0)
            )
            if heading is not None:
                skip_next = True
        if heading is None and previous_blank:
            heading = _line_heading(line, start, line_end, markdown)
        if heading is not None:
            headings.append(heading)
        previous_blank = False
    return headings


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
    return _Heading(start, end, number, title or None, atx_level=1)


def _line_heading(line: str, start: int, line_end: int, markdown: bool) -> _Heading | None:
    """A heading made of one line (or the start of a paragraph), outside Markdown heading syntax."""
    bold = _BOLD.match(line)
    if bold:
        return _bold_heading(bold, start, line_end)
    if _ENUMERATION.match(line) or line.startswith(("    ", "\t")):
        return None
    stripped = line.strip()
    keyword = _KEYWORD_NUMBER.match(clean_inline(stripped))
    if keyword:
        rest = keyword.group("rest")
        separated = bool(_SEPARATOR.match(rest)) or not rest.strip()
        title = _SEPARATOR.sub("", rest).strip()
        if separated or _is_title(title):
            if len(title) <= MAX_HEADING_CHARS:
                return _Heading(start, line_end, keyword.group("num"), title.rstrip(".") or None)
            lead = _LEAD_IN.match(title)
            if lead and _is_title(lead.group("title")):
                body = start + line.index(lead.group("title")) + lead.end("title") + 1
                return _Heading(start, body, keyword.group("num"), lead.group("title").strip())
    numbered = _NUMBERED.match(line)
    if numbered:
        number = numbered.group("num").replace("\\", "")
        rest = clean_inline(numbered.group("rest"))
        dotted = "." in number
        if numbered.group("dot") == ")" and not dotted:
            return None  # `1)` is an enumeration
        if _is_title(rest, allow_lower=False) and not rest.endswith((".", ":")):
            return _Heading(start, line_end, number, rest or None)
        lead = _LEAD_IN.match(rest)
        if (
            lead
            and (dotted or _is_title(lead.group("title"), strict=True))
            and _is_title(lead.group("title"))
        ):
            raw_title = lead.group("title")
            found = line.find(raw_title)
            body = start + (found + len(raw_title) + 1 if found >= 0 else len(line))
            return _Heading(start, body, number, raw_title.strip())
        if dotted and rest[:1].isupper():
            # `4.1. Un client peut ...`: a numbered paragraph; its number heads it, it has no title.
            return _Heading(start, start + line.index(numbered.group("rest")), number, None)
        return None
    cleaned = clean_inline(stripped)
    if _is_all_caps(cleaned):
        number, title = _split_number(cleaned)
        return _Heading(start, line_end, number, title.rstrip(".") or None)
    if not markdown:
        lead = _LEAD_IN.match(cleaned)
        if lead and _is_title(lead.group("title"), strict=True):
            raw_title = lead.group("title")
            found = line.find(raw_title)
            body = start + (found + len(raw_title) + 1 if found >= 0 else len(line))
            return _Heading(start, body, None, raw_title.strip())
    return None


def _bold_heading(match: re.Match[str], start: int, line_end: int) -> _Heading | None:
    bold = clean_inline(match.group("bold"))
    rest = match.group("rest")
    rest_clean = clean_inline(rest)
    if not bold or bold.startswith("(") or len(bold) > MAX_HEADING_CHARS:
        return None
    if len(_WORD.findall(bold)) > MAX_HEADING_WORDS:
        return None
    number, title = _split_number(bold)
    marker = match.group(1)
    whole_line = not rest_clean.strip(" .:")
    if whole_line:
        if bold.endswith(":") and number is None and marker is None:
            return None  # `**Last updated:**` style labels
        if number is None and marker is None and not _is_title(title.rstrip(".")):
            return None  # a bold sentence, not a heading
        if marker is not None and number is None:
            return _Heading(start, line_end, marker, title.rstrip(".:") or None, list_marker=True)
        return _Heading(start, line_end, number, title.rstrip(".:") or None)
    # A lead-in: bold words open a paragraph of body text.
    if not re.match(r"^[ \t]*[.:]?[ \t]+\S|^[.:]", rest):
        return None
    if number is None and not _is_title(title.rstrip(".:")):
        return None
    body = start + match.end("bold") + 2
    tail = re.match(r"[ \t]*[.:]?[ \t]*", rest)
    if tail:
        body += tail.end()
    return _Heading(
        start,
        min(body, line_end),
        number or marker,
        title.rstrip(".:") or None,
        list_marker=number is None and marker is not None,
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
    return None, title


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


def _is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or len(_WORD.findall(text)) > 12 or len(text) > MAX_HEADING_CHARS:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.9 and not text.endswith((",", ";"))


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
    for heading in headings:
        number = heading.number
        if number and re.fullmatch(r"\d+(?:\.\d+)+", number):
            parts = number.split(".")
            heading.path = [
                ".".join(parts[:k]) for k in range(1, len(parts)) if ".".join(parts[:k]) in by_number
            ]
        elif heading.atx_level is not None:
            while atx_stack and (atx_stack[-1].atx_level or 0) >= heading.atx_level:
                atx_stack.pop()
            heading.path = [*atx_stack[-1].path, _label(atx_stack[-1])] if atx_stack else []
        if heading.atx_level is not None:
            while atx_stack and (atx_stack[-1].atx_level or 0) >= heading.atx_level:
                atx_stack.pop()
            atx_stack.append(heading)
        if number:
            by_number[number] = heading


def _label(heading: _Heading) -> str:
    return heading.number or heading.title or ""
