"""The pipeline, top to bottom: load -> segment -> detect -> explain -> assemble (render is in render.py)."""

from __future__ import annotations

import os

from tossum import __version__
from tossum.assemble import assemble
from tossum.detect import Detection, detect
from tossum.errors import TossumError
from tossum.language import Lang, detect_language
from tossum.load import Document, load_document
from tossum.models import resolve_model
from tossum.options import Options
from tossum.provider import find_provider
from tossum.schema import Clause, Summary
from tossum.segment import segment_document

Source = str | os.PathLike[str] | Document


def summarize(
    source: Source, *, lang: str | None = None, model: str = "offline", options: Options | None = None
) -> Summary:
    """Analyse a document (a path, its text, or a Document) and explain it in `lang` (default: its own)."""
    options = options or Options(lang=check_lang(lang), model=model)
    document = load_document(source, max_bytes=options.max_bytes)
    analysis = analyse(document)
    output_lang = options.lang or analysis.language
    explainer = resolve_model(options.model, lang=output_lang, provider=analysis.provider)
    explanations = [
        explainer.explain(
            document.text,
            clause,
            [g for g in analysis.detection.grants if g.clause_index == clause.index],
            [r for r in analysis.detection.reassurances if r.clause_index == clause.index],
        )
        for clause in analysis.clauses
    ]
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
    )


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
