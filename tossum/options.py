"""The one options object that travels through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass

from tossum.language import Lang
from tossum.load import MAX_BYTES


@dataclass(frozen=True)
class Options:
    """How to analyse and explain a document.

    lang: output language; None means the document's own language.
    model: model spec; "offline" (the default) never leaves this machine.
    """

    lang: Lang | None = None
    model: str = "offline"
    max_bytes: int = MAX_BYTES
