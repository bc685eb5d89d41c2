"""Stage 5: put clauses, grants and explanations together into a Summary with its 'In brief' list."""

from __future__ import annotations

from tossum.detect import Detection
from tossum.explain import Explanation, OfflineExplainer, phrase
from tossum.language import Lang
from tossum.load import Document
from tossum.schema import BriefPoint, Clause, ClauseSummary, Grant, Reassurance, Summary

_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
# Clause kinds worth a line in the brief, most important first.
_BRIEF_CATEGORIES = (
    "changes",
    "termination",
    "arbitration",
    "governing_law",
    "fees",
    "liability",
    "personal_data",
)
BRIEF_MIN, BRIEF_MAX = 3, 6


def assemble(
    *,
    document: Document,
    clauses: list[Clause],
    detection: Detection,
    explanations: list[Explanation],
    language: Lang,
    output_lang: Lang,
    provider: str | None,
    engine: str,
    version: str,
    brief: list[BriefPoint] | None = None,
    notes: list[str] | None = None,
    prompts: list[str] | None = None,
) -> Summary:
    """The Summary of a document from the outputs of the earlier stages."""
    sections = [
        ClauseSummary(
            index=c.index,
            number=c.number,
            title=c.title,
            path=c.path,
            start=c.start,
            end=c.end,
            category=e.category,
            explanation=e.text,
            evidence=e.evidence,
            facts=list(e.facts),
            engine=engine,
            note=e.note,
            unverified=list(e.unverified),
        )
        for c, e in zip(clauses, explanations, strict=True)
    ]
    offline = OfflineExplainer(output_lang, provider)
    grants = [g.model_copy(update={"explanation": offline.grant_sentence(g)}) for g in detection.grants]
    reassurances = [
        r.model_copy(
            update={"explanation": phrase(output_lang, "grant.reassurance_ai", provider=offline.provider)}
        )
        for r in detection.reassurances
    ]
    title = _title(clauses, document, provider)
    notes = list(notes or [])
    if document.encoding not in ("utf-8", "utf-8-sig"):
        notes.insert(0, phrase(output_lang, "report.decoded", encoding=document.encoding))
    return Summary(
        tossum_version=version,
        source=document.name,
        encoding=document.encoding,
        characters=len(document.text),
        language=language,
        output_language=output_lang,
        title=title,
        provider=provider,
        engine=engine,
        prompts=prompts or [],
        brief=_labelled(brief or _brief(grants, reassurances, sections, output_lang, offline), sections),
        grants=grants,
        flags=detection.flags,
        reassurances=reassurances,
        clauses=sections,
        notes=notes,
    )


def _title(clauses: list[Clause], document: Document, provider: str | None) -> str:
    """The document's own title (an unnumbered heading before the first numbered one), else its name."""
    for clause in clauses:
        if clause.number:
            break
        if clause.title:
            return clause.title
    name = document.path.name if document.path else document.name
    return f"{provider} ({name})" if provider else name


def _brief(
    grants: list[Grant],
    reassurances: list[Reassurance],
    sections: list[ClauseSummary],
    lang: Lang,
    offline: OfflineExplainer,
) -> list[BriefPoint]:
    points: list[BriefPoint] = []
    flagged = sorted(
        (g for g in grants if g.flagged and g.severity != "low"),
        key=lambda g: (_SEVERITY_ORDER[g.severity or "low"], g.clause_index),
    )
    for grant in flagged[:2]:
        points.append(
            BriefPoint(text=grant.explanation, clause=grant.clause, clause_index=grant.clause_index)
        )
    if reassurances:
        first = reassurances[0]
        points.append(
            BriefPoint(text=first.explanation, clause=first.clause, clause_index=first.clause_index)
        )
    if not any(g.flagged for g in grants):
        points.append(BriefPoint(text=phrase(lang, "report.no_grants")))
    for category in _BRIEF_CATEGORIES:
        if len(points) >= BRIEF_MAX:
            break
        section = next((s for s in sections if s.category == category and s.facts), None)
        if section is not None:
            points.append(
                BriefPoint(text=section.explanation, clause=section.number, clause_index=section.index)
            )
    if len(points) < BRIEF_MIN:
        given = sum(1 for g in grants if g.flagged)
        points.append(BriefPoint(text=phrase(lang, "report.counts", sections=len(sections), grants=given)))
    if len(points) < BRIEF_MIN and reassurances == [] and not any("ai_training" in g.kinds for g in grants):
        points.append(BriefPoint(text=phrase(lang, "faq.ai_no")))
    return points[:BRIEF_MAX]


def _labelled(points: list[BriefPoint], sections: list[ClauseSummary]) -> list[BriefPoint]:
    """Name each point's section by its number, else its title, for the reader."""
    return [
        p.model_copy(update={"clause": p.clause or sections[p.clause_index].title})
        if p.clause_index is not None
        else p
        for p in points
    ]
