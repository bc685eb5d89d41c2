"""The public functions: everything the CLI does goes through these."""

from __future__ import annotations

from tossum.compare import Diff, diff_analyses
from tossum.faq import Faq, build_faq
from tossum.pipeline import Source, analyse, check_lang
from tossum.pipeline import summarize as summarize
from tossum.schema import Flag, Summary

__all__ = ["diff", "faq", "flags", "summarize"]


def diff(old: Source, new: Source, *, lang: str | None = None) -> Diff:
    """What changed between two versions (paths, texts or Documents), in `lang` (default: the new one's)."""
    before, after = analyse(old), analyse(new)
    return diff_analyses(before, after, lang=check_lang(lang) or after.language)


def faq(summary_or_source: Summary | Source, *, lang: str | None = None, model: str = "offline") -> Faq:
    """FAQ of a document: from a Summary already made, or from a path or text (summarized first)."""
    summary = (
        summary_or_source
        if isinstance(summary_or_source, Summary)
        else summarize(summary_or_source, lang=lang, model=model)
    )
    return build_faq(summary, lang=check_lang(lang))


def flags(source: Source) -> list[Flag]:
    """The flagged grants of a document (no explanation step: instant)."""
    return analyse(source).detection.flags
