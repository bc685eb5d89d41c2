"""The one options object that travels through the pipeline."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tossum.language import Lang
from tossum.load import MAX_BYTES


def _to_stderr(message: str) -> None:
    print(f"tossum: {message}", file=sys.stderr)


@dataclass(frozen=True)
class Options:
    """How to analyse and explain a document.

    lang: output language; None means the document's own language.
    model: model spec; "offline" (the default, or $TOSSUM_MODEL) never leaves this machine.
    base_url: an OpenAI-compatible server (Ollama, vLLM, llama.cpp server, LM Studio); or $TOSSUM_BASE_URL.
    announce: told where a document is about to be sent, before anything leaves the machine.
    """

    lang: Lang | None = None
    model: Any = field(
        default_factory=lambda: os.environ.get("TOSSUM_MODEL", "offline")
    )  # spec or chat model
    base_url: str | None = field(default_factory=lambda: os.environ.get("TOSSUM_BASE_URL") or None)
    max_bytes: int = MAX_BYTES
    concurrency: int = 4
    timeout: float = 60.0
    retries: int = 2
    budget: int | None = None  # tokens of clause text a call; None: tossum.packing.DEFAULT_BUDGET
    cache: bool = True
    progress: bool = False
    dry_run: bool = False  # only planning: no call will be made, so no key is needed
    announce: Callable[[str], None] = _to_stderr
