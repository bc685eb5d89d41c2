"""Stage 6: render a Summary (or a Faq) as Markdown in its output language."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tossum.explain import phrase
from tossum.language import Lang

if TYPE_CHECKING:
    from tossum.compare import Diff
    from tossum.faq import Faq
    from tossum.schema import Grant, Summary

QUOTE_MAX = 300


def render_markdown(summary: Summary) -> str:
    """The full report: title, In brief, Grants to watch, every section, footer."""
    lang = summary.output_language
    out = [f"# {phrase(lang, 'report.title', title=summary.title)}", ""]
    out += [f"## {phrase(lang, 'report.in_brief')}", ""]
    out += [
        f"- {p.text}"
        + (f" {phrase(lang, 'report.in_section', section=_cited(p.clause))}" if p.clause else "")
        for p in summary.brief
    ]
    out += ["", f"## {phrase(lang, 'report.grants')}", ""]
    flagged = [g for g in summary.grants if g.flagged and g.attributes]
    plain = [g for g in summary.grants if g.flagged and not g.attributes]
    if flagged:
        header = [
            phrase(lang, f"report.col_{c}") for c in ("section", "what", "to", "attributes", "evidence")
        ]
        out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for grant in flagged:
            out.append("| " + " | ".join(_cell(c) for c in _grant_row(grant, summary, lang)) + " |")
        out.append("")
        for grant in flagged:
            severity = phrase(lang, "report.severity", severity=phrase(lang, f"severity.{grant.severity}"))
            out.append(f"- {section_label(summary, grant.clause_index)}: {grant.explanation} ({severity})")
    elif not plain:
        out.append(phrase(lang, "report.no_grants"))
    if plain:
        sections = ", ".join(dict.fromkeys(section_label(summary, g.clause_index) for g in plain))
        out += ["", phrase(lang, "report.other_grants", sections=sections)]
    if summary.reassurances:
        out += ["", f"### {phrase(lang, 'report.reassurances')}", ""]
        out += [
            f"- {section_label(summary, r.clause_index)}: {r.explanation} > “{_short(r.quote)}”"
            for r in summary.reassurances
        ]
    out += ["", f"## {phrase(lang, 'report.sections')}", ""]
    for clause in summary.clauses:
        label = " ".join(p for p in (clause.number, clause.title) if p) or phrase(lang, "report.preamble")
        out += [f"### {label}", "", clause.explanation]
        if clause.note:
            out.append(f"\n*{phrase(lang, 'report.note')}: {clause.note}*")
        out.append("")
    if summary.notes:
        out += [f"*{phrase(lang, 'report.note')}: " + "; ".join(summary.notes) + "*", ""]
    language = phrase(lang, f"report.language_{summary.language}")
    out += [
        "---",
        "",
        phrase(lang, "report.footer_engine", engine=_engine(summary)),
        phrase(
            lang,
            "report.footer_source",
            source=summary.source,
            characters=summary.characters,
            language=language,
        ),
        "",
        phrase(lang, "report.footer_advice"),
        "",
    ]
    return "\n".join(out)


def render_faq(faq: Faq) -> str:
    """FAQ Markdown: each question, its plain answer and the sections it comes from."""
    lang = faq.language
    out = [f"# {phrase(lang, 'faq.title', title=faq.title)}", "", phrase(lang, "faq.intro"), ""]
    for item in faq.items:
        out += [f"## {item.question}", "", item.answer]
        if item.sections:
            out += ["", phrase(lang, "faq.source", sections=", ".join(item.sections))]
        out.append("")
    out += ["---", "", phrase(lang, "report.footer_advice"), ""]
    return "\n".join(out)


def _cited(label: str) -> str:
    """A section number as is; a title (words as written, maybe in the other language) in quotes."""
    return (
        label if re.fullmatch(r"[\w.§ -]{1,20}", label) and any(c.isdigit() for c in label) else f"“{label}”"
    )


def section_label(summary: Summary, index: int) -> str:
    """How the report names a section: its number as written, else its title."""
    clause = summary.clauses[index]
    return clause.number or clause.title or phrase(summary.output_language, "report.preamble")


def _engine(summary: Summary) -> str:
    """The engine, with the prompt versions a model was given."""
    return summary.engine + (f" ({', '.join(summary.prompts)})" if summary.prompts else "")


def _side(label: str | None, lang: Lang) -> str:
    """A section label in a diff: '—' for none, the opening text's name for the preamble."""
    if label is None:
        return "—"
    return label or phrase(lang, "report.preamble")


def _grant_row(grant: Grant, summary: Summary, lang: Lang) -> list[str]:
    from tossum.explain import OfflineExplainer

    party = OfflineExplainer(lang, summary.provider).party(grant.grantee)
    kinds = grant.kinds
    what_key = (
        "assignment" if "assignment" in kinds else "waiver" if "moral_rights_waiver" in kinds else "licence"
    )
    what = phrase(lang, f"what.{what_key}", subject=phrase(lang, f"subject.{grant.subject}"))
    attributes = ", ".join(phrase(lang, f"attribute.{k}") for k in kinds) or "—"
    return [section_label(summary, grant.clause_index), what, party, attributes, f"“{evidence_quote(grant)}”"]


def evidence_quote(grant: Grant) -> str:
    """A verbatim quote covering the grant verb and its attributes, cut at a word if too long."""
    start = grant.verb.start if grant.verb.end > grant.verb.start else grant.sentence.start
    spans = [
        a.evidence for a in grant.attributes if grant.sentence.start <= a.evidence.start < grant.sentence.end
    ]
    end = max([grant.verb.end, *(s.end for s in spans)])
    start = min([start, *(s.start for s in spans)])
    offset = start - grant.sentence.start
    quote = grant.sentence.quote[offset : offset + (end - start)]
    return _short(quote)


def _short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= QUOTE_MAX:
        return text
    return text[:QUOTE_MAX].rsplit(" ", 1)[0] + " …"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_diff(diff: Diff) -> str:
    """The diff: what changed for you, then the grants, promises and sections that changed."""
    lang = diff.output_language
    out = [f"# {phrase(lang, 'diff.title', old=diff.old_source, new=diff.new_source)}", ""]
    out += [f"## {phrase(lang, 'diff.for_you')}", ""] + [f"- {line}" for line in diff.for_you] + [""]
    changed_grants = [g for g in diff.grants if g.status != "unchanged"]
    if changed_grants:
        out += [f"## {phrase(lang, 'diff.grants')}", ""]
        header = [phrase(lang, f"diff.col_{c}") for c in ("status", "old", "new", "detail")]
        out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for change in changed_grants:
            old = f"{change.old.clause or '—'}: “{evidence_quote(change.old)}”" if change.old else "—"
            new = f"{change.new.clause or '—'}: “{evidence_quote(change.new)}”" if change.new else "—"
            detail = "; ".join(
                part
                for part in (
                    "− " + ", ".join(phrase(lang, f"attribute.{k}") for k in change.lost)
                    if change.lost
                    else "",
                    "+ " + ", ".join(phrase(lang, f"attribute.{k}") for k in change.gained)
                    if change.gained
                    else "",
                )
                if part
            )
            out.append("| " + " | ".join(_cell(c) for c in (change.status, old, new, detail or "—")) + " |")
        out.append("")
    if diff.reassurances:
        out += [f"## {phrase(lang, 'diff.reassurances')}", ""]
        for promise in diff.reassurances:
            key = "diff.reassurance_added" if promise.status == "added" else "diff.reassurance_removed"
            where = promise.reassurance.clause or "—"
            out.append(f"- {phrase(lang, key, section=where, quote=_short(promise.reassurance.quote))}")
        out.append("")
    if diff.sections:
        out += [f"## {phrase(lang, 'diff.sections')}", ""]
        header = [phrase(lang, f"diff.col_{c}") for c in ("status", "old", "new", "detail")]
        out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for section in diff.sections:
            words = "; ".join(f"−“{w.removed}” +“{w.added}”" for w in section.words)
            status = phrase(lang, f"diff.status_{section.status}")
            out.append(
                "| "
                + " | ".join(
                    _cell(c)
                    for c in (status, _side(section.old, lang), _side(section.new, lang), words or "—")
                )
                + " |"
            )
        out.append("")
    out += ["---", "", phrase(lang, "diff.footer"), ""]
    return "\n".join(out)
