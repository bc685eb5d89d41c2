"""Tell French from English offline, by counting function words: fast and good on legal prose."""

from __future__ import annotations

import re
from typing import Literal

Lang = Literal["en", "fr"]
LANGS: tuple[Lang, ...] = ("en", "fr")

_EN = frozenset(
    "the and of to you your we our us is are in for that this with be by or not may will any it as on "
    "these such from have has which shall".split()
)
_FR = frozenset(
    "le la les des du de et est que qui une un vous nous pour dans par sur pas ne au aux ce cette sont "
    "être avec votre vos notre nos ou se sa son ses leur".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, *, sample_chars: int = 200_000) -> Lang:
    """Return "fr" or "en" for the document's body; English wins ties (the words are counted on the body,
    so a French header over English terms does not tip the balance)."""
    en = fr = 0
    for match in _WORD.finditer(text[:sample_chars]):
        word = match.group().lower()
        if word in _EN:
            en += 1
        elif word in _FR:
            fr += 1
    return "fr" if fr > en else "en"
