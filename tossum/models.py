"""Resolve a model spec into the engine that explains clauses: the one place that knows the specs."""

from __future__ import annotations

from typing import Protocol

from tossum.errors import ModelError
from tossum.explain import Explanation, OfflineExplainer
from tossum.language import Lang
from tossum.schema import Clause, Grant, Reassurance

OFFLINE_SPECS = frozenset({"offline", ""})


class Explainer(Protocol):
    """What the pipeline needs from an engine: a name and one explanation per clause."""

    name: str

    def explain(
        self, text: str, clause: Clause, grants: list[Grant], reassurances: list[Reassurance]
    ) -> Explanation: ...


def resolve_model(spec: str, *, lang: Lang, provider: str | None) -> Explainer:
    """The explainer for `spec`. Only the offline engine exists in this version."""
    if spec.strip().lower() in OFFLINE_SPECS:
        return OfflineExplainer(lang, provider)
    raise ModelError(
        "is not available in this version of tossum: only 'offline' is (LLM models are planned)",
        subject=f"model '{spec}'",
    )
