"""What changed between two versions of the terms: sections and, above all, the rights you grant.

Sections are aligned by number and title where they are stable, by title where they were renumbered,
and by content where both changed; the order of the aligned pairs gives moves (a longest increasing
subsequence stays, the rest moved). Grants are aligned by who grants what to whom and by the words of
their sentences; their attributes, purposes and the provider's promises are compared. Everything is
computed from the two texts; the plain-language list only phrases the computed differences.
"""

from __future__ import annotations

import bisect
import difflib
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tossum import __version__
from tossum.explain import OfflineExplainer, phrase
from tossum.language import Lang
from tossum.pipeline import Analysis
from tossum.schema import Clause, Evidence, Grant, Reassurance

_WORD = re.compile(r"\w+", re.UNICODE)
SIMILAR = 0.5  # word-set similarity above which two sections with other numbers and titles are one
GRANT_SIMILAR = 0.35


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class WordChange(_Model):
    """Words removed and added at one place of a section (a short excerpt)."""

    removed: str
    added: str


class SectionChange(_Model):
    """A section added, removed, moved, renumbered or changed; unchanged sections are not listed."""

    status: Literal["added", "removed", "moved", "changed", "renumbered"]
    old: str | None = Field(description="Section label in the old version (number and title), or null.")
    new: str | None = Field(description="Section label in the new version, or null.")
    old_index: int | None = None
    new_index: int | None = None
    words: list[WordChange] = Field(default_factory=list)


class GrantChange(_Model):
    """A grant the user makes that appeared, disappeared or changed between the versions."""

    status: Literal["appeared", "disappeared", "changed", "unchanged"]
    old: Grant | None = None
    new: Grant | None = None
    gained: list[str] = Field(default_factory=list)
    lost: list[str] = Field(default_factory=list)
    kept: list[str] = Field(default_factory=list)
    old_purposes: list[Evidence] = Field(default_factory=list)
    new_purposes: list[Evidence] = Field(default_factory=list)

    @property
    def purposes_changed(self) -> bool:
        return _purpose_words(self.old_purposes) != _purpose_words(self.new_purposes)


class ReassuranceChange(_Model):
    """A promise (e.g. no AI training without consent) added or removed."""

    status: Literal["added", "removed"]
    reassurance: Reassurance


class Diff(_Model):
    """The differences between two versions; `to_markdown()` and `to_json()` render them."""

    tossum_version: str
    old_source: str
    new_source: str
    output_language: Lang
    identical: bool
    for_you: list[str] = Field(description="'What changed for you', in the output language.")
    grants: list[GrantChange]
    reassurances: list[ReassuranceChange]
    sections: list[SectionChange]

    def to_markdown(self) -> str:
        """The diff as Markdown."""
        from tossum.render import render_diff

        return render_diff(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The diff as JSON."""
        return self.model_dump_json(indent=indent)


def diff_analyses(before: Analysis, after: Analysis, *, lang: Lang) -> Diff:
    """The Diff of two analysed documents."""
    pairs = align_sections(before.document.text, before.clauses, after.document.text, after.clauses)
    sections = _section_changes(before, after, pairs)
    grant_changes = _grant_changes(before, after, pairs)
    reassurances = _reassurance_changes(before, after)
    identical = before.document.text.strip() == after.document.text.strip()
    explainer = OfflineExplainer(lang, after.provider or before.provider)
    return Diff(
        tossum_version=__version__,
        old_source=before.document.name,
        new_source=after.document.name,
        output_language=lang,
        identical=identical,
        for_you=_for_you(grant_changes, reassurances, sections, identical, lang, explainer),
        grants=grant_changes,
        reassurances=reassurances,
        sections=sections,
    )


def align_sections(
    old_text: str, old: list[Clause], new_text: str, new: list[Clause]
) -> list[tuple[int, int]]:
    """(old index, new index) pairs of the same section in the two versions, in old order."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for key in (_number_and_title, _title):
        index: dict[str, list[int]] = {}
        for clause in new:
            if clause.index not in taken and (k := key(clause)):
                index.setdefault(k, []).append(clause.index)
        for clause in old:
            if clause.index in pairs or not (k := key(clause)) or not index.get(k):
                continue
            match = index[k].pop(0)
            pairs[clause.index] = match
            taken.add(match)
    words_new = {c.index: _words(new_text[c.body_start : c.end]) for c in new if c.index not in taken}
    for clause in old:
        if clause.index in pairs:
            continue
        words = _words(old_text[clause.body_start : clause.end])
        best = max(
            ((_similarity(words, w), i) for i, w in words_new.items() if i not in taken), default=(0.0, -1)
        )
        if best[0] >= SIMILAR:
            pairs[clause.index] = best[1]
            taken.add(best[1])
    return sorted(pairs.items())


def _section_changes(before: Analysis, after: Analysis, pairs: list[tuple[int, int]]) -> list[SectionChange]:
    old_text, new_text = before.document.text, after.document.text
    moved = _moved(pairs)
    changes: list[SectionChange] = []
    paired_new = {n for _, n in pairs}
    for o, n in pairs:
        a, b = before.clauses[o], after.clauses[n]
        words = _word_changes(old_text[a.body_start : a.end], new_text[b.body_start : b.end])
        status: Literal["moved", "changed", "renumbered"] | None = None
        if (o, n) in moved:
            status = "moved"
        elif words or (a.title or "") != (b.title or ""):
            status = "changed"
        elif a.number != b.number:
            status = "renumbered"
        if status:
            changes.append(
                SectionChange(
                    status=status, old=_label(a), new=_label(b), old_index=o, new_index=n, words=words
                )
            )
    paired_old = {o for o, _ in pairs}
    changes += [
        SectionChange(status="removed", old=_label(c), new=None, old_index=c.index)
        for c in before.clauses
        if c.index not in paired_old and _has_text(old_text, c)
    ]
    changes += [
        SectionChange(status="added", old=None, new=_label(c), new_index=c.index)
        for c in after.clauses
        if c.index not in paired_new and _has_text(new_text, c)
    ]
    return changes


def _moved(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Pairs outside a longest increasing subsequence of new positions: the sections that moved."""
    news = [n for _, n in pairs]
    tails: list[int] = []
    tail_at: list[int] = []
    parent = [-1] * len(news)
    for i, n in enumerate(news):
        k = bisect.bisect_left(tails, n)
        if k == len(tails):
            tails.append(n)
            tail_at.append(i)
        else:
            tails[k] = n
            tail_at[k] = i
        parent[i] = tail_at[k - 1] if k else -1
    keep: set[int] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        keep.add(i)
        i = parent[i]
    return {pair for i, pair in enumerate(pairs) if i not in keep}


def _grant_changes(before: Analysis, after: Analysis, pairs: list[tuple[int, int]]) -> list[GrantChange]:
    old = [g for g in before.detection.grants if g.flagged]
    new = [g for g in after.detection.grants if g.flagged]
    aligned = dict(pairs)
    candidates = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            if a.grantor != b.grantor or a.grantee != b.grantee:
                continue
            score = _similarity(_words(a.sentence.quote), _words(b.sentence.quote))
            score += 0.2 * (a.subject == b.subject) + 0.2 * (aligned.get(a.clause_index) == b.clause_index)
            score += 0.2 * _similarity(set(a.kinds), set(b.kinds))
            if score >= GRANT_SIMILAR:
                candidates.append((score, i, j))
    used_old: set[int] = set()
    used_new: set[int] = set()
    changes: list[GrantChange] = []
    for _, i, j in sorted(candidates, reverse=True):
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        a, b = old[i], new[j]
        gained = [k for k in b.kinds if k not in a.kinds]
        lost = [k for k in a.kinds if k not in b.kinds]
        change = GrantChange(
            status="changed",
            old=a,
            new=b,
            gained=gained,
            lost=lost,
            kept=[k for k in b.kinds if k in a.kinds],
            old_purposes=a.purposes,
            new_purposes=b.purposes,
        )
        if not gained and not lost and not change.purposes_changed:
            change = change.model_copy(update={"status": "unchanged"})
        changes.append(change)
    changes += [
        GrantChange(status="disappeared", old=g, lost=g.kinds) for i, g in enumerate(old) if i not in used_old
    ]
    changes += [
        GrantChange(status="appeared", new=g, gained=g.kinds) for j, g in enumerate(new) if j not in used_new
    ]
    order = {"disappeared": 0, "changed": 1, "appeared": 2, "unchanged": 3}
    return sorted(changes, key=lambda c: (order[c.status], (c.new or c.old).clause_index))  # type: ignore[union-attr]


def _reassurance_changes(before: Analysis, after: Analysis) -> list[ReassuranceChange]:
    old, new = before.detection.reassurances, after.detection.reassurances
    changes: list[ReassuranceChange] = []
    matched_old: set[int] = set()
    for r in new:
        best = max(
            (
                (_similarity(_words(r.quote), _words(o.quote)), i)
                for i, o in enumerate(old)
                if i not in matched_old
            ),
            default=(0.0, -1),
        )
        if best[0] >= SIMILAR:
            matched_old.add(best[1])
        else:
            changes.append(ReassuranceChange(status="added", reassurance=r))
    changes += [
        ReassuranceChange(status="removed", reassurance=o) for i, o in enumerate(old) if i not in matched_old
    ]
    return changes


def _for_you(
    grants: list[GrantChange],
    reassurances: list[ReassuranceChange],
    sections: list[SectionChange],
    identical: bool,
    lang: Lang,
    explainer: OfflineExplainer,
) -> list[str]:
    if (
        identical
        or not (grants or reassurances or sections)
        or (not sections and all(g.status == "unchanged" for g in grants) and not reassurances)
    ):
        return [phrase(lang, "diff.no_change")]
    lines: list[str] = []
    for change in grants:
        only = (
            change.old
            if change.status == "disappeared"
            else change.new
            if change.status == "appeared"
            else None
        )
        if only is not None:  # a grant on one side only
            explanation = explainer.grant_sentence(only)
            lines.append(phrase(lang, f"diff.{change.status}", section=_sec(only), explanation=explanation))
        elif change.status == "changed" and change.old and change.new:
            section = (
                _sec(change.old)
                if _sec(change.old) == _sec(change.new)
                else f"{_sec(change.old)} → {_sec(change.new)}"
            )
            for key, kinds in (("diff.lost", change.lost), ("diff.gained", change.gained)):
                if kinds:
                    lines.append(phrase(lang, key, section=section, attributes=_attributes(kinds, lang)))
            if change.purposes_changed:
                old_only = _differing(change.old_purposes, change.new_purposes)
                new_only = _differing(change.new_purposes, change.old_purposes)
                lines.append(phrase(lang, "diff.purposes", section=section, old=old_only, new=new_only))
            if change.kept and (change.lost or change.purposes_changed):
                kept = _attributes(change.kept, lang)
                lines.append(phrase(lang, "diff.kept", section=section, attributes=kept))
    if not any(g.status != "unchanged" for g in grants):
        lines.append(phrase(lang, "diff.no_grant_change"))
    for r in reassurances:
        key = "diff.reassurance_added" if r.status == "added" else "diff.reassurance_removed"
        lines.append(
            phrase(lang, key, section=r.reassurance.clause or "—", quote=_short(r.reassurance.quote))
        )
    counts = {
        s: sum(1 for c in sections if c.status == s)
        for s in ("added", "removed", "changed", "moved", "renumbered")
    }
    if any(counts.values()):
        lines.append(phrase(lang, "diff.counts", **counts))
    return lines


def _word_changes(old: str, new: str, limit: int = 3, width: int = 12) -> list[WordChange]:
    a, b = old.split(), new.split()
    if a == b:
        return []
    changes = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        changes.append(WordChange(removed=" ".join(a[i1:i2][:width]), added=" ".join(b[j1:j2][:width])))
        if len(changes) == limit:
            break
    return changes


def _number_and_title(clause: Clause) -> str | None:
    if clause.number is None or clause.title is None:
        return None
    return f"{clause.number}|{_normal(clause.title)}"


def _title(clause: Clause) -> str | None:
    return _normal(clause.title) if clause.title else None


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _purpose_words(purposes: list[Evidence]) -> set[str]:
    return _words(" ".join(p.quote for p in purposes))


def _label(clause: Clause) -> str:
    return clause.label  # "" for the opening text


def _has_text(text: str, clause: Clause) -> bool:
    return bool(text[clause.start : clause.end].strip())


def _sec(grant: Grant) -> str:
    return grant.clause or "—"


def _attributes(kinds: list[str], lang: Lang) -> str:
    return ", ".join(phrase(lang, f"attribute.{k}") for k in kinds)


def _differing(purposes: list[Evidence], other: list[Evidence]) -> str:
    """The stated purposes that the other version does not state, as a short verbatim quote."""
    words = _purpose_words(other)
    own = [p.quote for p in purposes if not _words(p.quote) <= words] or [p.quote for p in purposes]
    own.sort(key=lambda quote: len(_words(quote) - words), reverse=True)  # what differs most, first
    return _short(" … ".join(own), 240) if own else "—"


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
