"""FAQ: the questions people ask about terms, answered from the analysis with the sections cited."""

from __future__ import annotations

from pydantic import BaseModel

from tossum.explain import phrase
from tossum.language import Lang
from tossum.schema import ClauseSummary, Summary

# question key -> the clause facts that answer it, as (category, fact name)
FACT_QUESTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "changes": (("changes", "right"), ("changes", "notice_days"), ("changes", "continued_use")),
    "close": (
        ("termination", "provider_may"),
        ("termination", "any_time"),
        ("termination", "any_reason"),
        ("termination", "without_notice"),
    ),
    "leave": (("termination", "user_may"), ("personal_data", "export")),
    "disputes": (
        ("governing_law", "law"),
        ("governing_law", "courts"),
        ("arbitration", "arbitration"),
        ("arbitration", "class_waiver"),
        ("arbitration", "mediation"),
        ("arbitration", "opt_out"),
    ),
    "pay": (("fees", "amount"), ("fees", "renewal"), ("fees", "refund")),
}


class FaqItem(BaseModel):
    """One question with its answer and the sections it is drawn from."""

    question: str
    answer: str
    sections: list[str]


class Faq(BaseModel):
    """The FAQ of one document in one language."""

    title: str
    language: Lang
    items: list[FaqItem]

    def to_markdown(self) -> str:
        """The FAQ as Markdown."""
        from tossum.render import render_faq

        return render_faq(self)


def build_faq(summary: Summary, lang: Lang | None = None) -> Faq:
    """Answer the standard questions from a Summary's grants and facts, in `lang` (default: the summary's)."""
    lang = lang or summary.output_language
    provider = summary.provider or phrase(lang, "party.provider")
    items = [
        _grant_question(summary, lang, q, kinds)
        for q, kinds in (
            ("forever", ("perpetual", "irrevocable", "survives_termination")),
            ("pass_on", ("sublicensable", "transferable")),
        )
    ]
    items.append(_ai_question(summary, lang))
    for key, wanted in FACT_QUESTIONS.items():
        sentences: list[str] = []
        sections: list[str] = []
        for category, fact in wanted:
            for clause in summary.clauses:
                if clause.category == category and any(f.name == fact for f in clause.facts):
                    value = next(f.value for f in clause.facts if f.name == fact)
                    sentence = phrase(lang, f"category.{category}.{fact}", provider=provider, value=value)
                    if sentence not in sentences:
                        sentences.append(sentence)
                        _add(sections, clause)
                    break
        items.append(
            FaqItem(
                question=phrase(lang, f"faq.{key}"),
                answer=" ".join(sentences) or phrase(lang, "faq.not_said"),
                sections=sections,
            )
        )
    return Faq(title=summary.title, language=lang, items=items)


def _grant_question(summary: Summary, lang: Lang, key: str, kinds: tuple[str, ...]) -> FaqItem:
    user_grants = [g for g in summary.grants if g.flagged]
    matching = [g for g in user_grants if set(g.kinds) & set(kinds)]
    sections: list[str] = []
    if matching:
        found = [k for k in kinds if any(k in g.kinds for g in matching)]
        attributes = ", ".join(phrase(lang, f"attribute.{k}") for k in found)
        for grant in matching:
            _add_label(sections, grant.clause)
        return FaqItem(
            question=phrase(lang, f"faq.{key}"),
            answer=phrase(lang, f"faq.{key}_yes", attributes=attributes),
            sections=sections,
        )
    if user_grants:
        for grant in user_grants:
            _add_label(sections, grant.clause)
        return FaqItem(
            question=phrase(lang, f"faq.{key}"), answer=phrase(lang, f"faq.{key}_no"), sections=sections
        )
    return FaqItem(question=phrase(lang, f"faq.{key}"), answer=phrase(lang, "faq.not_said"), sections=[])


def _ai_question(summary: Summary, lang: Lang) -> FaqItem:
    trained = [g for g in summary.grants if g.flagged and "ai_training" in g.kinds]
    sections: list[str] = []
    for grant in trained:
        _add_label(sections, grant.clause)
    for reassurance in summary.reassurances:
        _add_label(sections, reassurance.clause)
    if trained and summary.reassurances:
        answer = phrase(lang, "faq.ai_both")
    elif trained:
        answer = phrase(lang, "faq.ai_yes")
    elif summary.reassurances:
        answer = phrase(lang, "faq.ai_reassured")
    elif any(g.flagged for g in summary.grants):
        answer = phrase(lang, "faq.ai_no")
    else:
        answer = phrase(lang, "faq.not_said")
    return FaqItem(question=phrase(lang, "faq.ai"), answer=answer, sections=sections)


def _add(sections: list[str], clause: ClauseSummary) -> None:
    _add_label(sections, " ".join(p for p in (clause.number, clause.title) if p) or None)


def _add_label(sections: list[str], label: str | None) -> None:
    if label and label not in sections:
        sections.append(label)
