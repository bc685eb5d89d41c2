"""Stage 4 (offline engine): explain each clause in plain words, deterministically, in French or English.

Every sentence the engine writes is backed by a fact read from the clause (a span of the text), so it
never says more than the clause does. Phrases live in `tossum/phrases/{en,fr}.toml`; clause kinds and
their fact patterns in `tossum/lexicon/clauses.toml`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from tossum.language import Lang
from tossum.schema import Clause, Evidence, Fact, Grant, Reassurance
from tossum.sentences import sentence_spans

ENGINE_NAME = "offline"

_FLAGS = re.IGNORECASE | re.UNICODE
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "five": 5,
    "seven": 7,
    "ten": 10,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
    "un": 1,
    "deux": 2,
    "trois": 3,
    "cinq": 5,
    "sept": 7,
    "dix": 10,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "quarante-cinq": 45,
    "soixante": 60,
    "quatre-vingt-dix": 90,
}
_GENERIC = {
    "obligations": re.compile(
        r"\byou\s+(?:must|shall|will|agree\s+to|are\s+responsible|may\s+not|must\s+not|cannot)\b"
        r"|\bvous\s+(?:devez|vous\s+engagez|êtes\s+responsable|ne\s+pouvez\s+pas|ne\s+devez\s+pas|acceptez)\b"
        r"|\bl['’]utilisateur\s+(?:doit|s['’]engage|est\s+responsable)\b",
        _FLAGS,
    ),
    "provider_may": re.compile(
        r"\b(?:we|{p})\s+(?:may|can|reserves?)\b|\b(?:nous\s+pouvons|{p}\s+peut|{p}\s+se\s+réserve|nous\s+nous\s+réservons)\b",
        _FLAGS,
    ),
    "provider_will": re.compile(
        r"\b(?:we|{p})\s+(?:will|shall|are\s+committed|commit)\b|\b(?:nous\s+nous\s+engageons|{p}\s+s['’]engage|nous\s+(?:mettons|fournissons|assurons))\b",
        _FLAGS,
    ),
    "you_may": re.compile(
        r"\byou\s+(?:may|can|have\s+the\s+right)\b(?!\s+not)|\bvous\s+(?:pouvez|avez\s+le\s+droit|disposez)\b",
        _FLAGS,
    ),
    "definitions": re.compile(
        r"\bmeans\b|[\"“][A-Z][\w ]+[\"”]\s+(?:means|refers)|\bdésigne\b|\bsignifie\b|\bs['’]entend\b", _FLAGS
    ),
}


_FRENCH_CONTRACTIONS = ((" de des ", " des "), (" de le ", " du "), (" à le ", " au "), (" à les ", " aux "))


@dataclass(frozen=True)
class Explanation:
    """One clause explained: its kind, the text shown to the reader, and the spans behind it."""

    category: str
    text: str
    evidence: list[Evidence]
    facts: tuple[Fact, ...] = ()
    note: str | None = None  # shown with the clause, e.g. when the model's answer was replaced
    unverified: tuple[str, ...] = ()  # rights the model claims that the detector does not support


@dataclass(frozen=True)
class ClauseKind:
    """A clause kind from the lexicon: heading words and named fact patterns."""

    name: str
    title: re.Pattern[str]
    facts: dict[str, tuple[re.Pattern[str], ...]]


@cache
def phrases(lang: Lang) -> dict[str, Any]:
    """The phrase book of one output language."""
    text = resources.files("tossum.phrases").joinpath(f"{lang}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def phrase(lang: Lang, key: str, **values: object) -> str:
    """Look up 'section.key' (dots descend) in the phrase book and fill its placeholders."""
    node: Any = phrases(lang)
    for part in key.split("."):
        node = node[part]
    text = str(node).format(**values)
    if lang == "fr":  # contractions the placeholders can create: "de des" -> "des", "de le" -> "du"
        text = (
            text.replace(" de des ", " des ")
            .replace(" de le ", " du ")
            .replace(" à le ", " au ")
            .replace(" à les ", " aux ")
        )
    return text


@cache
def clause_kinds() -> tuple[ClauseKind, ...]:
    """Clause kinds and their fact patterns, compiled."""
    text = resources.files("tossum.lexicon").joinpath("clauses.toml").read_text(encoding="utf-8")
    kinds = []
    for name, table in tomllib.loads(text).items():
        facts = {
            key: tuple(re.compile(p, _FLAGS) for p in patterns)
            for key, patterns in table.items()
            if key != "title"
        }
        kinds.append(ClauseKind(name, re.compile("|".join(table["title"]), _FLAGS), facts))
    return tuple(kinds)


def read_facts(text: str, clause: Clause) -> tuple[str, list[Fact]]:
    """The clause's kind ('general' when none fits) and the facts of that kind it states."""
    title = f"{clause.number or ''} {clause.title or ''}"
    body_start, end = clause.body_start, clause.end
    best: tuple[int, str, list[Fact]] = (0, "general", [])
    for kind in clause_kinds():
        facts = []
        for name, patterns in kind.facts.items():
            matches = [m for m in (p.search(text, body_start, end) for p in patterns) if m]
            if matches:
                match = min(matches, key=lambda m: m.start())
                facts.append(_fact(name, match))
        score = (3 if kind.title.search(title) else 0) + len(facts)
        if score > best[0] and (score >= 3 or len(facts) >= 2):
            best = (score, kind.name, facts)
    return best[1], best[2]


def _fact(name: str, match: re.Match[str]) -> Fact:
    value = next((v for v in match.groupdict().values() if v), None)
    if value is not None and name.endswith("_days"):
        value = str(_days(value))
    return Fact(
        name=name,
        value=value.strip() if value else None,
        quote=match.group(),
        start=match.start(),
        end=match.end(),
    )


def _days(value: str) -> int | str:
    digits = re.search(r"\d+", value)
    if digits:
        return int(digits.group())
    return _NUMBER_WORDS.get(value.lower().strip(), value)


class OfflineExplainer:
    """Explains clauses from what the detector and the fact patterns found; no model involved."""

    name = ENGINE_NAME

    def explain_all(
        self,
        text: str,
        clauses: list[Clause],
        grants: dict[int, list[Grant]],
        reassurances: dict[int, list[Reassurance]],
    ) -> list[Explanation]:
        """Every clause, in order."""
        return [
            self.explain(text, c, grants.get(c.index, []), reassurances.get(c.index, [])) for c in clauses
        ]

    def __init__(self, lang: Lang, provider: str | None) -> None:
        self.lang = lang
        self.provider = provider or phrase(lang, "party.provider")

    def explain(
        self, text: str, clause: Clause, grants: list[Grant], reassurances: list[Reassurance]
    ) -> Explanation:
        """Plain explanation of one clause."""
        if clause.number is None and clause.title is None:
            return self._generic(text, clause, lead=phrase(self.lang, "generic.preamble"))
        if grants or reassurances:
            sentences = [self.grant_sentence(g) for g in grants]
            sentences += [
                phrase(self.lang, "grant.reassurance_ai", provider=self.provider) for _ in reassurances[:1]
            ]
            evidence = [g.sentence for g in grants] + [
                Evidence(quote=r.quote, start=r.start, end=r.end) for r in reassurances[:1]
            ]
            return Explanation("grant", " ".join(_dedupe(sentences)), evidence)
        category, facts = read_facts(text, clause)
        if not text[clause.body_start : clause.end].strip():
            return Explanation("heading", phrase(self.lang, "generic.heading_only"), [])
        if category == "general":
            return self._generic(text, clause)
        sentences = [
            phrase(self.lang, f"category.{category}.{f.name}", provider=self.provider, value=f.value)
            for f in facts
        ]
        core = next(iter(next(k for k in clause_kinds() if k.name == category).facts))
        if not any(f.name == core for f in facts):
            # without its main fact ("X can close your account"), the kind's label gives the context
            sentences.insert(0, phrase(self.lang, f"category.{category}.label", provider=self.provider))
        if not sentences:
            sentences = [phrase(self.lang, f"category.{category}.label", provider=self.provider)]
        evidence = [Evidence(quote=f.quote, start=f.start, end=f.end) for f in facts]
        return Explanation(category, " ".join(_dedupe(sentences)), evidence, tuple(facts))

    def grant_sentence(self, grant: Grant) -> str:
        """One plain sentence saying who gets which rights over what."""
        lang = self.lang
        subject = phrase(lang, f"subject.{grant.subject}")
        kinds = grant.kinds
        if grant.grantor == "user":
            grantee = self.party(grant.grantee)
            what_key = (
                "assignment"
                if "assignment" in kinds
                else "waiver"
                if "moral_rights_waiver" in kinds
                else "licence"
            )
            what = phrase(lang, f"what.{what_key}", subject=subject)
            # "Notabene can transfer it": what the licence lets its holders do, said of the provider when the
            # provider holds it with others (one subject, one verb form)
            holder = self.party("provider") if grant.grantee == "provider_and_others" else grantee
            details = [phrase(lang, f"attribute_phrase.{k}", grantee=holder) for k in kinds if k != what_key]
            if not details:
                return _capitalise(phrase(lang, "grant.user", grantee=grantee, what=what))
            return _capitalise(
                phrase(lang, "grant.user_with", grantee=grantee, what=what, attributes=_join(details, lang))
            )
        grantor = _capitalise(self.party(grant.grantor))
        limits = [
            phrase(lang, f"grant.limit_{a.kind}")
            for a in grant.negated
            if a.kind in ("irrevocable", "transferable", "sublicensable", "exclusive")
        ]
        if limits:
            return phrase(
                lang, "grant.provider_limits", grantor=grantor, subject=subject, limits=_join(limits, lang)
            )
        return phrase(lang, "grant.provider", grantor=grantor, subject=subject)

    def party(self, party: str) -> str:
        """How to name a party in the output language."""
        if party == "provider_and_others":  # "Notabene and others"
            return phrase(self.lang, "party.provider_and_others", provider=self.provider)
        return self.provider if party == "provider" else phrase(self.lang, f"party.{party}")

    def _generic(self, text: str, clause: Clause, lead: str | None = None) -> Explanation:
        body = text[clause.body_start : clause.end]
        provider = re.escape(self.provider)
        sentences = [lead] if lead else []
        evidence = []
        for key, pattern in _GENERIC.items():
            match = re.search(pattern.pattern.replace("{p}", provider), body, _FLAGS)
            if match:
                sentences.append(phrase(self.lang, f"generic.{key}", provider=self.provider))
                start = clause.body_start + match.start()
                evidence.append(Evidence(quote=match.group(), start=start, end=start + len(match.group())))
        if len(sentences) == (1 if lead else 0):
            count = len(sentence_spans(text, clause.body_start, clause.end))
            sentences.append(phrase(self.lang, "generic.background", sentences=count))
        return Explanation("general", " ".join(sentences), evidence)


def _dedupe(sentences: list[str]) -> list[str]:
    return list(dict.fromkeys(sentences))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(items: list[str], lang: Lang) -> str:
    if len(items) <= 1:
        return "".join(items)
    last, separator = (" et ", " ; ") if lang == "fr" else (" and ", "; ")
    return separator.join(items[:-1]) + last + items[-1]
