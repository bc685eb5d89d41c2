"""The pipeline, top to bottom: load -> segment -> detect -> explain -> assemble (render is in render.py)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from tossum import __version__
from tossum.assemble import assemble
from tossum.detect import Detection, detect
from tossum.errors import TossumError
from tossum.explain import phrase
from tossum.language import Lang, detect_language
from tossum.load import Document, load_document
from tossum.models import ResolvedModel, resolve_model
from tossum.options import Options
from tossum.provider import find_provider
from tossum.schema import Clause, Grant, Reassurance, Summary
from tossum.segment import segment_document

Source = str | os.PathLike[str] | Document


def summarize(
    source: Source, *, lang: str | None = None, model: Any = "offline", options: Options | None = None
) -> Summary:
    """Analyse a document (a path, its text, or a Document) and explain it in `lang` (default: its own)."""
    options = options or Options(lang=check_lang(lang), model=model)
    document = load_document(source, max_bytes=options.max_bytes)
    analysis = analyse(document)
    output_lang = options.lang or analysis.language
    resolved = resolve_model(options.model, lang=output_lang, provider=analysis.provider, options=options)
    if resolved.remote:
        options.announce(
            f"sending the text of {document.name} to {resolved.endpoint} ({explainer_name(resolved)})"
        )
    explainer = resolved.explainer
    grants: dict[int, list[Grant]] = {}
    for grant in analysis.detection.grants:
        grants.setdefault(grant.clause_index, []).append(grant)
    reassurances: dict[int, list[Reassurance]] = {}
    for reassurance in analysis.detection.reassurances:
        reassurances.setdefault(reassurance.clause_index, []).append(reassurance)
    explanations = explainer.explain_all(document.text, analysis.clauses, grants, reassurances)
    brief = None
    notes: list[str] = []
    prompts: list[str] = []
    if hasattr(explainer, "overview"):  # an LLM: the brief is one reduce call over its explanations
        answered = [
            (c, e.text)
            for c, e in zip(analysis.clauses, explanations, strict=True)
            if e.category != "heading" and (e.note is None or e.unverified)  # fallbacks are left out
        ]
        brief = explainer.overview(answered) if answered else None
        prompts = [explainer.prompt.version, explainer.overview_prompt.version]
        stats = explainer.stats
        notes.append(
            phrase(
                output_lang,
                "llm.stats",
                calls=stats.calls,
                cached=stats.cached,
                tokens_in=stats.input_tokens,
                tokens_out=stats.output_tokens,
            )
        )
        if stats.failed_calls:
            notes.append(phrase(output_lang, "llm.failed", count=stats.failed_calls))
    return assemble(
        document=document,
        clauses=analysis.clauses,
        detection=analysis.detection,
        explanations=explanations,
        language=analysis.language,
        output_lang=output_lang,
        provider=analysis.provider,
        engine=explainer.name,
        version=__version__,
        brief=brief,
        notes=notes,
        prompts=prompts,
    )


@dataclass(frozen=True)
class Plan:
    """What a run with a model would send, computed without calling it (`--dry-run`)."""

    model: str
    endpoint: str | None
    clauses: int
    pieces: int
    calls: int
    input_tokens: int
    estimated_cost_usd: float | None

    def describe(self) -> str:
        """A few lines for the command line."""
        where = self.endpoint or "nowhere (offline)"
        lines = [
            f"model: {self.model}; the text would go to: {where}",
            f"clauses: {self.clauses} ({self.pieces} pieces), batches: {self.calls - 1}, calls: {self.calls} "
            f"(one per batch, one for the overview), input tokens: {self.input_tokens}",
        ]
        if self.estimated_cost_usd is not None:
            lines.append(
                f"estimated cost: ${self.estimated_cost_usd:.4f} (input, plus an estimate of the output)"
            )
        return "\n".join(lines)


def plan(source: Source, *, options: Options) -> Plan:
    """Clauses, batches, calls, input tokens and (for known OpenAI models) a cost, without any call."""
    document = load_document(source, max_bytes=options.max_bytes)
    analysis = analyse(document)
    output_lang = options.lang or analysis.language
    resolved = resolve_model(options.model, lang=output_lang, provider=analysis.provider, options=options)
    explainer = resolved.explainer
    if not hasattr(explainer, "plan"):
        return Plan(explainer_name(resolved), None, len(analysis.clauses), 0, 0, 0, None)
    pieces, calls, tokens = explainer.plan(document.text, analysis.clauses)
    cost = None
    if resolved.prices:
        price_in, price_out = resolved.prices
        cost = tokens * price_in / 1e6 + pieces * 80 * price_out / 1e6
    return Plan(
        explainer_name(resolved), resolved.endpoint, len(analysis.clauses), pieces, calls, tokens, cost
    )


def explainer_name(resolved: ResolvedModel) -> str:
    """The model's name as the user knows it."""
    return str(resolved.explainer.name)


class Analysis:
    """The deterministic part of the pipeline: clauses, language, provider and grants."""

    # not a dataclass: __init__ runs the stages
    def __init__(self, document: Document) -> None:
        self.document = document
        self.clauses: list[Clause] = segment_document(document.text)
        self.language = detect_language(document.text)
        title = next((c.title for c in self.clauses if c.title), None)
        self.provider = find_provider(document.text, title)
        self.detection: Detection = detect(document.text, self.clauses, provider=self.provider)


def analyse(source: Source, *, max_bytes: int | None = None) -> Analysis:
    """Load, segment and detect, without explaining: what `tossum flags` needs."""
    document = load_document(source) if max_bytes is None else load_document(source, max_bytes=max_bytes)
    return Analysis(document)


def check_lang(lang: str | None) -> Lang | None:
    """Validate an output-language choice ('en', 'fr' or None)."""
    if lang is None:
        return None
    if lang not in ("en", "fr"):
        raise TossumError(f"unsupported language '{lang}': use 'en' or 'fr'", subject="--lang")
    return lang  # type: ignore[return-value]
