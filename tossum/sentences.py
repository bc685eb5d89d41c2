"""Sentence spans inside a clause, abbreviation-aware in French and English.

A sentence that introduces a list (ends with ``:``) keeps its list items: the attributes of a grant are
often bullets under the sentence that makes it.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    "e.g i.e etc inc ltd llc co corp art arts no nos vs cf p pp sec ss m mm mme mlle dr st s.a s.a.s "
    "s.à.r.l sarl sas n° ex al approx fig u.s u.k e.u c.-à-d c.à.d ch".split()
)
# A sentence's end ('.', '?!', '…»' before a space) or a blank line. Written to start with one character
# class, which lets the engine skip in C to the next such character: three times faster than the plain
# alternation ('[.!?…]+[\"”»’)\]]*(?=\s)|\n[ \t]*\n'), with the same matches.
_BOUNDARY = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"”»’)\]]*(?=\s)|(?<=\n)[ \t]*\n)")
_LIST_ITEM = re.compile(r"\s*(?:[-*+•·▪◦]|\(?[a-z0-9]{1,4}[.)]\.?)\s", re.I)
# the last item of a list introduced by a colon, ending with ";" (or "; and"): more items follow
_IN_LIST = re.compile(
    r":[ \t]*\n(?:\s*\(?[a-z0-9]{1,4}[.)][^\n]*\n)*"
    r"\s*\(?[a-z0-9]{1,4}[.)][^\n]*[;,](?:\s*(?:and|or|et|ou))?$",
    re.I,
)
_PREVIOUS_WORD = re.compile(r"([\w.\-à]+)\.$", re.UNICODE)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of text[start:end], trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    position = start
    for match in _BOUNDARY.finditer(text, start, end):
        if match.group().startswith("\n"):
            head = text[position : match.start()].rstrip()
            if head.endswith(":") and _LIST_ITEM.match(text, match.end()):
                continue  # the list belongs to the sentence that introduces it
            if (
                head.endswith((";", ",", " and", " or", " et", " ou"))
                and ":" in head
                and _LIST_ITEM.match(text, match.end())
                and _IN_LIST.search(head)
            ):
                continue  # "That licence: (a) applies anywhere in the world;" then "(b) ...": it goes on
            if _soft_wrap(text, position, match.start(), match.end(), end):
                continue  # a hard-wrapped line (text from a PDF): the sentence goes on
        elif _is_abbreviation(text, match.start(), position) or not _starts_sentence(text, match.end(), end):
            continue
        _append(spans, text, position, match.end() if not match.group().startswith("\n") else match.start())
        position = match.end()
    _append(spans, text, position, end)
    return spans


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    if text[dot] != ".":
        return False
    word = _PREVIOUS_WORD.search(text, max(floor, dot - 12), dot + 1)
    if not word:
        return False
    token = word.group(1).lower()
    # a single letter ("p. 4", "M. Dupont") or a number ("art. 3.")
    return token in ABBREVIATIONS or (len(token) == 1 and "a" <= token <= "z") or token.isdecimal()


def _soft_wrap(text: str, start: int, before: int, after: int, end: int) -> bool:
    """A blank line between a line that stops mid-sentence (a word or a comma) and one that goes on in
    lower case ("... à Doctolib sans\\n\\nrestriction ni paiement")."""
    head = text[start:before].rstrip()
    rest = text[after : min(end, after + 2)]
    return (
        bool(head) and (head[-1].isalpha() or head[-1] == ",") and rest[:1].isalpha() and rest[:1].islower()
    )


def _starts_sentence(text: str, position: int, end: int) -> bool:
    rest = text[position : min(end, position + 4)].lstrip()
    return not rest or not rest[0].islower()


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
