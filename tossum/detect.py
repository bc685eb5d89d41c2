"""Stage 3: find the rights grants in each clause, who makes them to whom, and their attributes.

Deterministic and bilingual. The vocabulary is data (`tossum/lexicon/grants.*.toml`); this module holds
the reading rules:

* a grant is a sentence with a grant verb (grant, assign, consent to use, waive moral rights, "we may use
  your feedback"), not under a prohibition ("you may not assign");
* direction comes from the verb's subject and object ("you grant us" vs "Zoom grants you", "vous
  accordez" vs "Lumio vous concède", passives "is granted to");
* attributes are looked for in the grant's sentence (and in later sentences of the clause that speak of
  "the licence"), and an attribute stated negatively ("non-transferable", "révocable") is recorded as
  negated, never flagged;
* a sentence saying the provider does NOT use content for AI training is a reassurance, not a flag.

Flags are produced only for grants the user makes to someone else.
"""

from __future__ import annotations

import bisect
import importlib
import itertools
import re
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from tossum.provider import PROVIDER_WORDS, defined_as_we, is_organisation, short_names
from tossum.register import rewrite
from tossum.schema import FLAG_KINDS, Attribute, Clause, Evidence, Flag, Grant, Party, Reassurance, Severity
from tossum.sentences import sentence_spans

_FLAGS = re.IGNORECASE | re.UNICODE
_LICENCE_WORD = re.compile(
    r"\blicen[cs]es?\b|\bsous-licences?\b|\bsub-?licen[cs]es?\b|\bces?\s+droits?\b|\bthese\s+rights\b|\bthis\s+right\b"
    r"|\b(?:this|the)\s+permissions?\b"
    # « peut en faire bénéficier ses partenaires »: the right just granted, passed on
    r"|\b(?:cette|ces)\s+autorisations?\b|\ben\s+faire\s+bénéficier\b"
    # « L'autorisation consentie ci-dessus », "the permission given above": the grant before, named
    r"|\b(?:l['’]|la\s+|le\s+|the\s+)(?:autorisation|permission|droit|consent)\s+(?:\w+\s+){0,2}?"
    r"(?:ci-dessus|above|précitée?|susvisée?|plus\s+haut)\b"
    # « céder à son tour les droits ainsi acquis », "the rights thus acquired": the rights just granted
    r"|\b(?:les|des|the)\s+(?:droits|rights)\s+(?:ainsi\s+|thus\s+|so\s+)?(?:acquis|obtenus|acquired|obtained)\b"
    # « SavoirVoisin peut la transférer à toute société qui reprendrait l'exploitation »
    r"|\b(?:peut|pourra)\s+(?:la|les)\s+(?:céder|transférer|transmettre)\s+à\s+(?:toute?|une?|son|sa|ses)\b",
    _FLAGS,
)
_FORWARD = re.compile(
    r"\b(?:below|as\s+follows|the\s+following|set\s+out\s+in\s+this\s+section|ci-dessous|ci-après|suivantes?)\b",
    _FLAGS,
)
# "exclusive" is a licence term next to a licence, a right or a grant verb ("à titre exclusif", "le droit
# exclusif de"); "exclusive property", "Droits exclusifs" are excluded in the lexicon
_EXCLUSIVE_OF = re.compile(
    r"\blicen[cs]es?\b|\brights?\b|\bdroit\b|\bcession\b|\bcèd(?:e|ez|ent)\b|\bcédez\b|\bassign|\bgrant|\baccord"
    r"|\bconsent\b",
    _FLAGS,
)
_LICENCE_NOUN = re.compile(r"\blicen[cs]es?\b", _FLAGS)
# "with the right to sub-license to our hosting providers ... acting on our behalf", « pouvant faire l'objet
# d'une sous-licence à ses fournisseurs ... agissant pour son compte »: subcontractors working for the
# provider, no sublicensing (bench/grants/README.md)
_ON_BEHALF_ONLY = re.compile(
    r"\s*(?:to|à|aux)\s+(?!including\b|notamment\b|y\s+compris\b)[^.;,()]{0,120}?"
    r"\b(?:acting\s+(?:solely\s+|only\s+)?on\s+(?:our|its|[\w-]+['’]s)\s+behalf"
    r"|agissant\s+(?:uniquement\s+|exclusivement\s+)?pour\s+(?:son|notre|leur)\s+compte)",
    _FLAGS,
)
# "These licenses end when ...", "The licenses granted by you", "Vos licences accordées à TikTok": the
# grants made so far, all of them (not "Standard Licenses sold before ...", which are other licences)
_PLURAL_LICENCES = re.compile(
    r"\b(?:these|those|such|your|the\s+above|all\s+(?:of\s+)?(?:the\s+|these\s+)?)\s*(?:(?-i:[A-ZÀ-Þ])[\w-]+\s+)?licen[cs]es\b"
    r"|\bthe\s+licen[cs]es\s+(?:granted|you\s+grant|described|above|in\s+(?:this|these|sections?))"
    r"|\b(?:ces|vos|les\s+présentes)\s+licences\b"
    r"|\bles\s+licences\s+(?:accordées|concédées|consenties|octroyées|ci-dessus|que\s+vous)"
    r"|\bthese\s+rights\b|\bces\s+droits\b",
    _FLAGS,
)
# "The permissions in this section", « ces autorisations »: the grants of the section the sentence is in
_SECTION_PERMISSIONS = re.compile(
    r"\b(?:the|these|those|all|your)\s+(?:licen[cs]es|permissions|rights|consents)\s+(?:(?:you\s+give|you\s+grant|"
    r"granted|given)\s+)?(?:in|under)\s+this\s+(?:section|clause|part|article)\b|\bthese\s+permissions\b"
    r"|\b(?:les|ces)\s+(?:licences|autorisations|droits|permissions)\s+(?:(?:accordée?s|concédée?s|consentie?s)\s+)?"
    r"(?:au\s+titre\s+du\s+présent\s+article|(?:dans|par)\s+(?:le\s+)?présent\s+article)|\bces\s+autorisations\b",
    _FLAGS,
)
# Rights-heavy attributes that on their own make a grant medium; with a pass-on attribute, high.
_DURABLE = {"perpetual", "irrevocable", "assignment", "survives_termination"}
_PASS_ON = {"sublicensable", "transferable", "any_purpose", "ai_training"}
_NOTABLE = _DURABLE | _PASS_ON | {"exclusive", "moral_rights_waiver"}


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns of both languages' lexicon files."""

    parties: dict[str, re.Pattern[str]]
    verbs: dict[str, re.Pattern[str]]
    triggers: re.Pattern[str]  # every trigger kind in one pattern (one scan a sentence); see _dispatch_union
    triggers_lower: re.Pattern[str]  # the same, case-sensitive, for lower-cased text (faster)
    # the same again, from the character before the word: see _clause_hits
    triggers_after_separator: re.Pattern[str]
    trigger_kinds: tuple[str, ...]  # the kind of each capturing group of those patterns, by group number
    subjects: list[tuple[str, re.Pattern[str]]]
    purpose: re.Pattern[str]
    negated_use: re.Pattern[str]
    positive: dict[str, re.Pattern[str]]
    negative: dict[str, re.Pattern[str]]
    weak: dict[str, re.Pattern[str]]
    # "use them freely" / « librement exploitées »: the kind only when no purpose follows the wording
    bare: dict[str, re.Pattern[str]]
    # the attribute patterns again, lower-cased and case-sensitive, for lower-cased text (about 2x faster);
    # kinds with no negative wording have no entry in negative_lower
    positive_lower: dict[str, re.Pattern[str]]
    negative_lower: dict[str, re.Pattern[str]]
    limiters: re.Pattern[str]
    # positive_lower, negative_lower and purpose_folded made to start with the character before the word:
    # see _spans_of
    positive_after: dict[str, re.Pattern[str]] = field(default_factory=dict)
    negative_after: dict[str, re.Pattern[str]] = field(default_factory=dict)
    purpose_after: re.Pattern[str] | None = None
    # for each kind, literals one of which any positive wording contains (None: some wording has none
    # known); a window with none of them cannot state the kind, and is not scanned
    positive_stems: dict[str, tuple[str, ...] | None] = field(default_factory=dict)
    negative_stems: dict[str, tuple[str, ...] | None] = field(default_factory=dict)
    cased_kinds: frozenset[str] = frozenset()  # trigger kinds with a case-sensitive wording
    # the positive patterns and the subjects, lower-cased and case-sensitive for lower-cased text, in the same
    # order (the same match); only those with no case-sensitive part (None for a subject that has one)
    positive_folded: dict[str, re.Pattern[str]] = field(default_factory=dict)
    subjects_folded: list[re.Pattern[str] | None] = field(default_factory=list)
    purpose_folded: re.Pattern[str] | None = None
    bare_folded: dict[str, re.Pattern[str]] = field(default_factory=dict)
    limiters_folded: re.Pattern[str] | None = None


@dataclass
class GrantFinding:
    """A grant before it is frozen into the output model."""

    clause: Clause
    grantor: Party
    grantee: Party
    subject: str
    verb: tuple[int, int]
    sentence: tuple[int, int]
    attributes: dict[str, tuple[int, int]] = field(default_factory=dict)
    negated: dict[str, tuple[int, int]] = field(default_factory=dict)
    purposes: list[tuple[int, int]] = field(default_factory=list)
    # the trigger: grant, grant_passive, receive, assign, consent, waive, feedback_use, content_use
    kind: str = "grant"
    own: frozenset[str] = frozenset()  # the attributes its own sentence states (before any are inherited)
    named_licence: bool = False  # its sentence calls it a licence ("you grant us a license")
    licensee: str | None = None  # the role named right after its verb ("grants the Client")
    # the words of the licence it grants by name: ("instructor", "licence") for "grants Acme the
    # Instructor Licence", ("licence", "d'enregistrement", "pour") for « accordent à Acme la Licence
    # d'enregistrement pour »
    licence_name: tuple[str, ...] = ()
    forward: bool = False  # its sentence points ahead ("the rights described below")
    paragraph: str | None = None  # "7.2" when the clause numbers its paragraphs ("7.2 By uploading ...")
    summary: bool = False  # in an "In short" / "En résumé" box that restates the terms
    loose: frozenset[str] = frozenset()  # kinds read from loose wording ("freely"): a lead-in drops them
    # the provider holds it with other users ("you grant Notabene and other users"): `grantee` is the party
    # read first, for how the sentences around it are read; the output names both, and a transfer of the
    # provider's licences carries it
    with_others: bool = False

    @property
    def is_licence(self) -> bool:
        """A licence over something (not a waiver, a consent or a permission to use feedback)."""
        return self.kind in ("grant", "grant_passive", "receive") and self.subject != "feedback"


@dataclass(frozen=True)
class Detection:
    """What the detector found in a document."""

    grants: list[Grant]
    flags: list[Flag]
    reassurances: list[Reassurance]


TRIGGER_KINDS = ("grant", "grant_passive", "receive", "assign", "consent", "waive", "content_use")


_OPTIONAL_PREFIX = re.compile(r"^\(\?:((?:[^()]|\([^()]*\))*)\)\?(.*)$", re.S)


def _literal_led(pattern: str) -> list[str]:
    """'(?:hereby\\s+)?grants?' -> ['hereby\\s+grants?', 'grants?']: alternatives that start with a
    letter let the regex engine reject most positions at once (the clause scan runs 1.35x faster)."""
    match = _OPTIONAL_PREFIX.match(pattern)
    return [match.group(1) + match.group(2), match.group(2)] if match else [pattern]


def _top_level(pattern: str) -> list[str]:
    """'a|b(?:c|d)' -> ['a', 'b(?:c|d)']: the alternatives of a pattern, with a leading \\b dropped (the
    union puts its own word boundary in front)."""
    parts, depth, start, escaped = [], 0, 0, False
    in_class = False
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return [
        part[2:] if part.startswith("\\b") and (part[2:3].isalpha() or part[2:5] == "(?:") else part
        for part in parts
    ]


def _leading_alternatives(pattern: str) -> list[str]:
    """'(?:may|can)\\s+use' -> ['may\\s+use', 'can\\s+use'] (a leading group of plain alternatives)."""
    if not pattern.startswith("(?:"):
        return [pattern]
    depth, end = 0, 0
    for end, char in enumerate(pattern):  # noqa: B007 (end is the closing parenthesis after the loop)
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            break
    inner, rest = pattern[3:end], pattern[end + 1 :]
    if rest[:1] in ("?", "*", "+", "{"):
        return [pattern]
    return [alternative + rest for alternative in _top_level(inner)]


def _word_characters() -> str:
    """`\\w` for a character class, its Latin-1 characters spelled out first: the engine tests them in a
    bitmap before it asks for the Unicode category, which is much slower. The same characters as `\\w`."""
    codes = [c for c in range(256) if re.match(r"\w", chr(c))]
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in runs) + r"\w"


_W = _word_characters()
_WORD_START = rf"(?<![{_W}-])"
_WORD_END = rf"(?![{_W}])"


def _dispatch_union(groups: dict[str, list[str]], flags: int) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern for all the groups, its alternatives filed under their first letter ('g(?:rant()|ive())'):
    the engine tries one branch a word instead of every alternative. Each alternative ends with an empty
    capturing group (a group in front would hide the literal the engine uses to skip a branch at once);
    the tuple gives the kind of each group number (match.lastindex)."""
    by_letter: dict[str, list[tuple[str, str]]] = {}
    others: list[tuple[str, str]] = []
    for name, patterns in groups.items():
        for pattern in patterns:
            assert re.compile(pattern).groups == 0, pattern  # lastindex must name the alternative
            for led in (q for top in _top_level(pattern) for q in _literal_led(top)):
                for alternative in _leading_alternatives(led):
                    head = alternative[:1]
                    if head.isalpha() and alternative[1:2] not in ("?", "*", "{", "+"):
                        by_letter.setdefault(head.lower(), []).append((name, alternative[1:]))
                    else:
                        others.append((name, alternative))
    kinds: list[str] = [""]  # group 0 is the whole match
    branches = []
    for letter, entries in by_letter.items():
        inner = []
        for run in _by_next_letter(entries):
            for second, alternatives in run:
                kinds.extend(name for name, _ in alternatives)
                # an empty group at the end of each: the branch still starts with a literal
                ends = [f"{rest}()" for _, rest in alternatives]
                inner.append(f"{second}{ends[0]}" if len(ends) == 1 else f"{second}(?:{'|'.join(ends)})")
        branches.append(f"{re.escape(letter)}(?:{'|'.join(inner)})")
    for name, alternative in others:
        kinds.append(name)
        branches.append(f"{alternative}()")
    union = re.compile(rf"{_WORD_START}(?:{'|'.join(branches)}){_WORD_END}", flags)
    return union, tuple(kinds)


def _by_next_letter(
    entries: list[tuple[str, str]],
) -> list[list[tuple[str, list[tuple[str, str]]]]]:
    """The alternatives after a first letter, filed again under their next letter where it is a plain
    literal ('p(?:e(?:ut()|rmit())|o(?:urra()))'): runs of such alternatives, each run split by its
    letters. An alternative that starts otherwise is a run of its own, so that the alternatives that can
    match the same text are still tried in their order."""
    runs: list[list[tuple[str, list[tuple[str, str]]]]] = []
    current: dict[str, list[tuple[str, str]]] = {}
    for name, rest in entries:
        head = rest[:1]
        if head.isalpha() and rest[1:2] not in ("?", "*", "{", "+"):
            current.setdefault(head.lower(), []).append((name, rest[1:]))
            continue
        if current:
            runs.append(list(current.items()))
            current = {}
        runs.append([("", [(name, rest)])])
    if current:
        runs.append(list(current.items()))
    return runs


_LITERAL_HEAD = re.compile(r"(?:[^\\()\[\]{}|.*+?^$]|\\['’-])+")


def _stems(patterns: list[str]) -> tuple[str, ...] | None:
    r"""'royalty[- ]free', 'free\s+of' -> ('free', 'royalty'): literal text one of which any match of any
    of the patterns contains (the longest such literal of each pattern, else the literals it starts with),
    or None when some pattern has neither."""
    stems: set[str] = set()
    for pattern in patterns:
        found = _required_literals(pattern)
        if found is None:
            found = _first_literals(pattern)
        if found is None:
            return None
        stems |= found
    # a window that holds "deleted" holds "delet": only the stems that contain no other are looked for; the
    # short ones first, being the commoner, a window that holds one is told sooner
    return tuple(
        sorted((s for s in stems if not any(t in s for t in stems if t != s)), key=lambda s: (len(s), s))
    )


_SRE_PARSER: Any = importlib.import_module("re._parser")  # the parser behind re.compile
_SRE: Any = importlib.import_module("re._constants")


def _required_literals(pattern: str) -> set[str] | None:
    r"""'for\s+the\s+full\s+duration\s+of' -> {'duration'}, '(?:cessible|assignable)' -> {'assignable',
    'cessible'}: literals one of which every match contains, or None (unknown: the caller falls back)."""
    try:
        return _required_in(_SRE_PARSER.parse(pattern, re.UNICODE))
    except Exception:  # a private module of re: if it ever changes shape, the first literals serve instead
        return None


def _required_in(items: Any) -> set[str] | None:
    choices: list[set[str]] = []  # each a set of literals one of which every match contains
    run: list[str] = []  # consecutive literal characters
    for op, value in items:
        if op == _SRE.LITERAL:
            run.append(chr(value))
            continue
        if op in (_SRE.AT, _SRE.ASSERT, _SRE.ASSERT_NOT):
            continue  # zero width: the characters on either side are still adjacent
        if run:
            choices.append({"".join(run)})
            run = []
        inner: set[str] | None = None
        if op == _SRE.SUBPATTERN:
            inner = _required_in(value[-1])
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT) and value[0] >= 1:
            inner = _required_in(value[2])
        elif op == _SRE.BRANCH:
            branches = [_required_in(branch) for branch in value[1]]
            if all(branches):
                inner = set().union(*(b for b in branches if b))
        if inner:
            choices.append(inner)
    if run:
        choices.append({"".join(run)})
    # the most selective choice: its shortest literal the longest, then the fewest literals
    return max(choices, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _first_literals(pattern: str) -> set[str] | None:
    found: set[str] = set()
    for alternative in _top_level(pattern):
        if alternative.startswith("\\b"):
            alternative = alternative[2:]
        if alternative.startswith("(?:"):
            depth, end = 0, 0
            for end, char in enumerate(alternative):
                depth += char == "(" and alternative[end - 1 : end] != "\\"
                depth -= char == ")" and alternative[end - 1 : end] != "\\"
                if depth == 0:
                    break
            inner = _first_literals(alternative[3:end])
            rest = alternative[end + 1 :]
            if inner is None:
                return None
            found |= inner
            if rest[:1] in ("?", "*"):  # an optional group: the wording may start after it
                after = _first_literals(rest[1:])
                if after is None:
                    return None
                found |= after
            continue
        head = _LITERAL_HEAD.match(alternative)
        literal = head.group() if head else ""
        if literal and alternative[len(literal) : len(literal) + 1] in ("?", "*", "{"):
            literal = literal[:-1]  # "sub[- ]?licen" keeps "sub", "forevers?" keeps "forever"
        literal = literal.replace("\\", "")
        if not literal:
            return None
        found.add(literal)
    return found


def _fold_case(pattern: str) -> str:
    """'(?-i:User\\s+Content)|AI' -> '(?:user\\s+content)|ai': a pattern for a scan of lower-cased text,
    where a capital letter can never match: every letter lower-cased, the case-sensitive groups made plain
    groups (escapes such as \\s and \\S keep their case)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("(?-i:", i):
            out.append("(?:")
            i += 5
        elif pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


def _union(patterns: Iterable[str], *, words: bool = True, flags: int = _FLAGS) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns)
    if not body:
        return re.compile(r"(?!x)x")
    return re.compile(rf"{_WORD_START}(?:{body}){_WORD_END}" if words else body, flags)


def _folded(patterns: list[str]) -> re.Pattern[str] | None:
    """The patterns lower-cased and case-sensitive, for lower-cased text (the same matches in the same order),
    or None when one of them has a case-sensitive part."""
    if any("(?-i:" in p for p in patterns):
        return None
    return _union([p.lower() for p in patterns], flags=re.UNICODE)


@cache
def load_lexicon(provider_names: tuple[str, ...] = ()) -> Lexicon:
    """Merge the English and French lexicon files; provider names join the 'provider' party. Only that party
    depends on the names: the rest is compiled once for every document."""
    lexicon, parties = _lexicon()
    if not provider_names:
        return lexicon
    provider = _union([*parties["provider"], *(re.escape(n) for n in provider_names)])
    return replace(lexicon, parties={**lexicon.parties, "provider": provider})


@cache
def _lexicon() -> tuple[Lexicon, dict[str, list[str]]]:
    """The lexicon with no provider name, and the party wordings it was compiled from."""
    data: dict[str, dict[str, object]] = {}
    for lang in ("en", "fr"):
        text = resources.files("tossum.lexicon").joinpath(f"grants.{lang}.toml").read_text(encoding="utf-8")
        for section, values in tomllib.loads(text).items():
            merged = data.setdefault(section, {})
            for key, value in values.items():
                if isinstance(value, dict):
                    target = merged.setdefault(key, {})
                    assert isinstance(target, dict)
                    for sub, patterns in value.items():
                        target.setdefault(sub, []).extend(patterns)
                else:
                    existing = merged.setdefault(key, [])
                    assert isinstance(existing, list)
                    existing.extend(value)

    def lists(section: str) -> dict[str, list[str]]:
        return {k: v for k, v in data[section].items() if isinstance(v, list)}

    parties = lists("parties")
    attributes = data["attributes"]
    for kind, wordings in attributes.items():
        cased = [
            p for v in (wordings.values() if isinstance(wordings, dict) else ()) for p in v if "(?-i:" in p
        ]
        if cased:  # the attribute patterns are also run lower-cased on lower-cased text, which has no case
            raise ValueError(f"lexicon: attribute {kind!r} has a case-sensitive wording: {cased[0]}")
    scan_groups = {
        **{k: lists("verbs")[k] for k in TRIGGER_KINDS},
        "feedback_word": lists("subjects")["feedback"],
        # short stems only: a long match here could swallow a grant verb (scans do not overlap)
        "ai_word": list(_AI_STEMS),
        # before "licence_word": the scan does not overlap, and a reference is also a licence word
        "licence_ref": [head + _REFERENCE_TAIL for head in _REFERENCE_HEADS],
        "licence_word": [_LICENCE_WORD.pattern],
        "survival_word": [_SURVIVAL.pattern],
    }
    triggers, trigger_kinds = _dispatch_union(scan_groups, _FLAGS)
    # lower-cased text cannot match a case-sensitive part ("may use Notes"): the lower-case scan folds it,
    # and a match of a kind that has one is checked again on the original text (_triggers)
    folded = {k: [_fold_case(p) for p in v] for k, v in scan_groups.items()}
    triggers_lower, _ = _dispatch_union(folded, re.UNICODE)
    cased_kinds = frozenset(k for k, v in scan_groups.items() if any("(?-i:" in p for p in v))
    positive_lower = {
        k: _dispatch_union({k: [p.lower() for p in v["positive"]]}, re.UNICODE)[0]
        for k, v in attributes.items()
        if isinstance(v, dict)
    }
    negative_lower = {
        k: _union([p.lower() for p in v["negative"]], flags=re.UNICODE)
        for k, v in attributes.items()
        if isinstance(v, dict) and v["negative"]
    }
    purpose_folded = _folded(lists("purposes")["markers"])
    lexicon = Lexicon(
        parties={k: _union(v) for k, v in parties.items()},
        verbs={k: _union(v) for k, v in lists("verbs").items()},
        triggers=triggers,
        triggers_lower=triggers_lower,
        triggers_after_separator=_from_separator(triggers_lower),
        trigger_kinds=trigger_kinds,
        cased_kinds=cased_kinds,
        subjects=[(k, _union(v)) for k, v in lists("subjects").items()],
        subjects_folded=[_folded(v) for v in lists("subjects").values()],
        positive_folded={
            k: pattern
            for k, v in attributes.items()
            if isinstance(v, dict) and (pattern := _folded(v["positive"])) is not None
        },
        purpose=_union(lists("purposes")["markers"]),
        purpose_folded=purpose_folded,
        negated_use=_union(lists("reassurance")["negated_use"]),
        positive={k: _union(v["positive"]) for k, v in attributes.items() if isinstance(v, dict)},
        negative={k: _union(v["negative"]) for k, v in attributes.items() if isinstance(v, dict)},
        weak={k: _union(v["weak"]) for k, v in attributes.items() if isinstance(v, dict) and "weak" in v},
        bare={k: _union(v["bare"]) for k, v in attributes.items() if isinstance(v, dict) and "bare" in v},
        positive_lower=positive_lower,
        negative_lower=negative_lower,
        positive_after={k: _from_separator(v) for k, v in positive_lower.items()},
        negative_after={k: _from_separator(v) for k, v in negative_lower.items()},
        purpose_after=_from_separator(purpose_folded) if purpose_folded is not None else None,
        limiters=_union(lists("purposes")["limiters"]),
        limiters_folded=_folded(lists("purposes")["limiters"]),
        bare_folded={
            k: pattern
            for k, v in attributes.items()
            if isinstance(v, dict) and "bare" in v and (pattern := _folded(v["bare"])) is not None
        },
        positive_stems={
            k: _stems([p.lower() for p in v["positive"]])
            for k, v in attributes.items()
            if isinstance(v, dict)
        },
        negative_stems={
            k: _stems([p.lower() for p in v["negative"]]) if v.get("negative") else None
            for k, v in attributes.items()
            if isinstance(v, dict)
        },
    )
    return lexicon, parties


def detect(text: str, clauses: list[Clause], *, provider: str | None = None) -> Detection:
    """Find grants, flags and reassurances in the clauses of `text`."""
    informal = rewrite(text)
    if informal is None:
        findings, reassurances = _read(text, clauses, provider)
    else:
        # « tu nous autorises », « on peut la partager »: read in « vous » / « nous », spans mapped back
        moved = [
            c.model_copy(
                update={
                    "start": informal.to_rewritten(c.start),
                    "body_start": informal.to_rewritten(c.body_start),
                    "end": informal.to_rewritten(c.end, end=True),
                }
            )
            for c in clauses
        ]
        findings, reassurances = _read(informal.text, moved, provider)
        for finding in findings:
            finding.clause = clauses[finding.clause.index]
            finding.verb = informal.span_to_source(finding.verb)
            finding.sentence = informal.span_to_source(finding.sentence)
            for spans in (finding.attributes, finding.negated):
                for kind, span in spans.items():
                    spans[kind] = informal.span_to_source(span)
            finding.purposes = [informal.span_to_source(span) for span in finding.purposes]
        reassurances = [_moved(r, text, informal.span_to_source((r.start, r.end))) for r in reassurances]
    grants = [_freeze(f, text) for f in findings]
    flags = [
        Flag(
            kind=a.kind,
            clause=g.clause,
            clause_index=g.clause_index,
            quote=a.evidence.quote,
            start=a.evidence.start,
            end=a.evidence.end,
            severity=g.severity or "low",
        )
        for g in grants
        if g.flagged
        for a in sorted(g.attributes, key=lambda a: FLAG_KINDS.index(a.kind))
    ]
    return Detection(grants=grants, flags=flags, reassurances=reassurances)


def _moved(reassurance: Reassurance, text: str, span: tuple[int, int]) -> Reassurance:
    return reassurance.model_copy(update={"start": span[0], "end": span[1], "quote": text[span[0] : span[1]]})


def _read(
    text: str, clauses: list[Clause], provider: str | None
) -> tuple[list[GrantFinding], list[Reassurance]]:
    """The grants (not yet frozen) and the reassurances in the clauses of `text`."""
    # the name found for the provider, and the names the terms define beside "we" ('("the Alliance", "we")')
    names = dict.fromkeys([*_provider_forms(provider), *defined_as_we(text), *short_names(text, provider)])
    lexicon = load_lexicon(tuple(sorted(names, key=len, reverse=True)))
    findings: list[GrantFinding] = []
    reassurances: list[Reassurance] = []
    survival_clauses: list[Clause] = []
    references: list[tuple[Clause, int]] = []
    lowered = text.lower()  # lower-casing never shortens a character: the same length keeps every offset
    plain = _plain_paragraphs(text, clauses)
    for clause in clauses:
        # One scan of the clause says which sentences can hold a grant, a feedback use, an AI mention or
        # words about "the licence"; a clause with none is skipped, and only those sentences read closely.
        hits = _clause_hits(text, clause, lexicon, lowered if len(lowered) == len(text) else None)
        if hits.survival or (
            _survival_start(text, clause) < clause.body_start
            and _SURVIVAL.search(text, clause.start, clause.body_start)
        ):
            survival_clauses.append(clause)
        references.extend((clause, position) for position in hits.references)
        if not findings and not (hits.positions or hits.feedback or hits.ai):
            continue  # words about "the licence" before any grant: there is nothing for them to extend
        # "**4.2 No payment.**" right after "**4.1 Licence to the City.**": the grant's section goes on
        continuing = bool(findings) and _continues_grant(findings[-1], clause)
        if (
            not hits.any
            and not continuing
            and not (
                findings
                and (_in_own_section(findings[-1], clause) or _after_the_end_paragraph(findings[-1], clause))
            )
        ):
            continue
        previous = ""  # the sentence before, for "we may use them" after a sentence about feedback
        previous_span = (0, 0)
        adjacent = continuing  # whether the sentence before made a grant (or the paragraph before did)
        extending = False  # whether the sentence before said more about a grant
        ending = _Ending()  # "our licence will then end. However, ... we may keep displaying them."
        for start, end in sentence_spans(text, clause.body_start, clause.end):
            sentence = text[start:end]
            if findings:
                ending.read(sentence, start, clause, findings)
            found: list[GrantFinding] = []
            provider_transfer = False
            triggered = hits.triggers(start, end)
            feedback = hits.feedback_in(start, end) or hits.feedback_in(*previous_span)
            if triggered or feedback:
                found, provider_transfer = _grants_in_sentence(
                    sentence, start, clause, lexicon, previous, feedback=feedback, scan=triggered
                )
            before = previous
            previous, previous_span = sentence, (start, end)
            if provider_transfer and not found and not _TRANSFERS_THIS_GRANT.search(sentence):
                # "Redigia vous cède ... pour le monde entier": the provider's transfer, whose words say
                # nothing about the user's grants
                adjacent = extending = False
                continue
            if (
                found
                and findings
                and all(f.kind == "content_use" for f in found)
                and _ABOUT_LICENCE.match(sentence)
            ):
                # "This license is: ... - usable for AI training – we can use Your Quizzes to train ...": what
                # the licence lets the provider do, said of the licence just granted
                found = []
            found = _waivers_joined(found, sentence, start)
            found = _partners_use_joined(found)
            passing_on = _passing_on(found, findings, sentence, start, clause, lexicon)
            if passing_on:
                target = _passed_on(findings, sentence)
                for finding in passing_on:
                    for kind, span in finding.attributes.items():
                        if kind not in target.negated:
                            target.attributes.setdefault(kind, span)
                    onward = _sublicenses(finding, sentence, start) or _lets_on(
                        finding, sentence, start, lexicon
                    )
                    if onward and "sublicensable" not in target.negated:
                        # « La Société pourra concéder tout ou partie de ces droits à ses partenaires »: the
                        # provider granting the rights just received on to others is sublicensing them
                        target.attributes.setdefault("sublicensable", onward)
                found = [f for f in found if f not in passing_on]
                if not found:
                    adjacent = extending = True
                    continue
            if found:
                for finding in found:
                    finding.own = frozenset(finding.attributes)
                    finding.named_licence = bool(_LICENCE_NOUN.search(sentence))
                    granted = (
                        _GRANTED_NAME.search(sentence, finding.verb[1] - start)
                        if "icen" in sentence
                        else None
                    )
                    finding.licence_name = _name_words(granted.group(1)) if granted else ()
                    licensee = _LICENSEE.match(text, finding.verb[1], end)
                    finding.licensee = licensee.group(1) if licensee else None
                    finding.forward = bool(_FORWARD.search(sentence))
                    finding.paragraph = _paragraph_number(text, clause.body_start, start, plain)
                    finding.summary = _in_summary_box(text, clause.body_start, start)
                if findings and _uses_the_statistics(found[0], findings[-1], clause, text):
                    # one permission: the grant is where its scope is stated, in the sentence of the use
                    made = findings.pop()
                    for kind, span in made.attributes.items():
                        found[0].attributes.setdefault(kind, span)
                elif adjacent and _for_that_use(findings, found, sentence, clause):
                    # « Nous utilisons les statistiques pour améliorer nos algorithmes. Vous nous autorisez
                    # à les exploiter à cette fin »: one permission, stated twice
                    used = findings.pop()
                    for kind, span in used.attributes.items():
                        found[0].attributes.setdefault(kind, span)
                if _RESTATES.search(sentence):  # "You agree that this license includes the right to ..."
                    _inherit(findings, clause, {k: v for f in found for k, v in f.attributes.items()})
                if _UNDER_THIS_LICENCE.search(sentence):  # "may use your Inputs under this license"
                    _receive_from_licence(findings, clause, found)
                findings.extend(found)
                adjacent = True
                continue
            if hits.ai:
                reassurance = _reassurance(sentence, start, clause, lexicon)
                if reassurance:
                    reassurances.append(reassurance)
            if (
                triggered
                and any(
                    w in sentence for w in ("icen", "roit", "ight")
                )  # words the pattern needs, found first
                and _GRANT_TO_ROLE.search(sentence)
            ):
                # « Chaque achat confère à l'Acheteuse une licence ... incessible »: a grant of its own that
                # names no grantor this reader knows; its words are about that licence, not the one before
                adjacent = extending = False
                continue
            # "Cette licence est consentie pour le monde entier. Elle est cessible ...": "Elle" goes on
            if (
                (adjacent and not _new_row(text, findings, start, sentence))
                or hits.licence(start, end)
                or (extending and _PRONOUN_START.match(sentence))
                or _in_grant_paragraph(text, findings, clause, start, sentence)
            ):
                # "Your licences ... end when ... However, the licence granted will continue": both licences
                every = bool(_CONTRAST.match(sentence)) and bool(_PLURAL_LICENCES.search(before))
                # a sentence about other sections' licences is no extension, nor is "Elles ..." after it
                extending = _extend_previous_grant(sentence, start, clause, findings, lexicon, every=every)
            else:
                extending = False
                if findings and _in_own_section(findings[-1], clause):
                    _survival_in_section(sentence, start, clause, findings, lexicon)
                    survives = findings[-1].attributes.get("survives_termination")
                    if survives and survives[0] >= start:
                        for held in _section_licence(findings, findings[-1], clause):
                            held.attributes.setdefault("survives_termination", survives)
                elif findings and _after_the_end_paragraph(findings[-1], clause):
                    # "**6.7 Après la résiliation.** Les Recettes publiées restent en ligne après la
                    # résiliation": said of the grants of the paragraphs of section 6 before it
                    for finding in [
                        f
                        for f in findings
                        if f.clause.number and _sub_paragraphs(f.clause, clause) and f.subject != "data"
                    ]:
                        _survival_in_section(sentence, start, clause, findings, lexicon, finding)
            adjacent = False
    for finding in findings:
        if finding.subject == "other":  # "By uploading Listing Content you grant us a licence to display it"
            sentence = text[finding.sentence[0] : finding.sentence[1]]
            finding.subject = _subject(sentence, finding.grantor, finding.kind, lexicon)
    _apply_section_references(text, clauses, findings, lexicon, lowered)
    _apply_titled_transfers(text, clauses, findings)
    user_grants = any(f.grantor == "user" for f in findings)
    runs = _number_runs(clauses) if user_grants else {}
    _apply_licence_references(text, clauses, references, findings, lexicon, runs)
    # the licences the definitions describe, read once for both uses ('"Content Licence" means ...')
    definitions = list(_licence_definitions(text)) if user_grants else []
    _apply_named_licences(text, clauses, findings, lexicon, definitions)
    _apply_defined_licences(text, clauses, findings, lexicon, definitions)
    _apply_granted_by_reference(text, findings)
    _apply_defined_territory(text, findings)
    _apply_survival_clauses(text, clauses, survival_clauses, findings, runs, lowered)
    _apply_same_licence(text, findings)
    for finding in findings:
        if finding.subject == "other":  # "...all rights necessary for the Permitted Uses": the section says
            finding.subject = _section_subject(text, finding, lexicon)
    for finding in findings:
        if finding.kind in ("assign", "waive"):  # final by nature: nothing to survive
            finding.attributes.pop("survives_termination", None)
        if finding.loose and _lead_in(finding, findings):  # "peuvent être librement exploitées. À cet effet"
            for kind in finding.loose:
                finding.attributes.pop(kind, None)
    return findings, reassurances


@dataclass(frozen=True)
class _ClauseHits:
    """Where the trigger pattern matched in a clause, and whether it speaks of feedback or AI at all."""

    positions: tuple[int, ...]
    licence_positions: tuple[int, ...]
    feedback_positions: tuple[int, ...]
    ai: bool
    survival: bool = False
    references: tuple[int, ...] = ()  # "the licence in Section 4.1"

    @property
    def feedback(self) -> bool:
        return bool(self.feedback_positions)

    @property
    def any(self) -> bool:
        return bool(self.positions or self.licence_positions or self.feedback_positions or self.ai)

    def feedback_in(self, start: int, end: int) -> bool:
        return any(start <= p < end for p in self.feedback_positions)

    def triggers(self, start: int, end: int) -> bool:
        return any(start <= p < end for p in self.positions)

    def licence(self, start: int, end: int) -> bool:
        return any(start <= p < end for p in self.licence_positions)


def _clause_hits(text: str, clause: Clause, lexicon: Lexicon, lowered: str | None) -> _ClauseHits:
    """`lowered`: the text lower-cased, if that kept its offsets. Lower-case text with a case-sensitive
    pattern scans about twice as fast as IGNORECASE; a few characters change length when lowered, and
    then the case-insensitive pattern is used instead."""
    if lowered is not None:
        scan = _from_word_starts(
            lexicon.triggers_lower, lexicon.triggers_after_separator, lowered, clause.body_start, clause.end
        )
    else:
        scan = ((m.start(), m) for m in lexicon.triggers.finditer(text, clause.body_start, clause.end))
    positions: list[int] = []
    licence: list[int] = []
    references: list[int] = []
    feedback: list[int] = []
    ai = survival = False
    for start, match in scan:
        kind = lexicon.trigger_kinds[match.lastindex or 0]
        if kind == "survival_word":
            survival = True
        elif kind == "feedback_word":
            feedback.append(start)
        elif kind == "ai_word":
            ai = True
        elif kind == "licence_word":
            licence.append(start)
        elif kind == "licence_ref":
            licence.append(start)
            references.append(start)
        else:
            positions.append(start)
            if _holds_feedback_word(match, lexicon, folded=lowered is not None):
                feedback.append(start)  # « accepte que les idées et suggestions »: the scan took the word in
    return _ClauseHits(tuple(positions), tuple(licence), tuple(feedback), ai, survival, tuple(references))


def _from_word_starts(
    pattern: re.Pattern[str], after: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[tuple[int, re.Match[str]]]:
    """pattern.finditer(text, start, end), for a pattern that starts with _WORD_START, as (start of the
    word, match), found with `after`: the same pattern made to start with the character before the word
    (_from_separator). That character class lets the engine skip to the next such character in C instead of
    trying the look-behind at every position: the clause scan is about 15% faster, the attribute wordings
    about twice. A match after the first is one of `after`, so its text starts one character early."""
    if start == 0:  # no character before the first word
        first = pattern.match(text, 0, end)
        if first is not None:
            yield 0, first
            start = first.end()
    else:
        start -= 1
    for match in after.finditer(text, start, end):
        yield match.start() + 1, match


def _holds_feedback_word(match: re.Match[str], lexicon: Lexicon, *, folded: bool) -> bool:
    """Whether a feedback word starts inside a match of the scan (matches do not overlap: none of its own)."""
    (_, words), lower = lexicon.subjects[0], lexicon.subjects_folded[0]
    scanned = match.string  # the lower-cased text where `folded`
    found = _either(words, lower, scanned, scanned if folded else None, match.start(), match.end() + 80)
    return found is not None and found.start() < match.end()


def _provider_forms(provider: str | None) -> list[str]:
    """'Airbnb Payments' is also 'Airbnb' and 'AIRBNB PAYMENTS'."""
    if not provider:
        return []
    forms = {provider, provider.upper(), provider.split()[0]}
    return sorted(forms, key=len, reverse=True)


def _grants_in_sentence(
    sentence: str,
    offset: int,
    clause: Clause,
    lexicon: Lexicon,
    context: str = "",
    *,
    feedback: bool,
    scan: bool = True,
) -> tuple[list[GrantFinding], bool]:
    """The grants a sentence makes, and whether it holds a transfer by the provider ("we may assign this
    agreement", "Redigia vous cède ..."), which is no grant by the user. `feedback`: whether the clause's
    scan found feedback words in the sentence or the one before; `scan`: whether it found trigger words in
    the sentence (if not, they are not looked for again)."""
    # Verbs that are no grant of their own ("with the right to grant sublicenses", "the rights you grant
    # in this licence") do not cut the sentence into windows; prohibitions do ("... ; you may not assign").
    triggers = [
        (kind, match)
        for kind, match in _triggers(sentence, lexicon, context, feedback=feedback, scan=scan)
        if not (
            _REFERENCE.search(sentence, 0, match.start())
            or _NOT_A_GRANT.search(sentence, max(0, match.start() - 60), match.start())
            or _GRANTED_ELSEWHERE.match(sentence, match.end())
            or _SUBLICENCES.match(sentence, match.end())
            or _warranted(sentence, match)
            or _ACCOUNT_USE.match(sentence, match.end())
            or _DONE_TO_YOU.match(sentence, match.end())
            or (kind == "grant_passive" and _restated_passive(sentence, match))
            # « Les droits mentionnés aux articles 6.1 et 6.3 sont concédés sans contrepartie »: about those
            or (kind == "grant_passive" and _names_sections_before(sentence, match.start()))
            or (kind == "consent" and _LICENCE_SUBJECT.search(sentence, 0, match.start()))
            # "this licence" restates a grant; « Vous leur accordez cette autorisation » gives it to others
            or (
                _THIS_GRANT.match(sentence, match.end())
                and not _LEUR_BEFORE.search(sentence, 0, match.start())
            )
        )
    ]
    triggers = [
        (kind, match)
        for i, (kind, match) in enumerate(triggers)
        if not (
            i
            and kind == "grant"
            and _INFINITIVE_GRANT.search(sentence, max(0, match.start() - 12), match.start())
        )
        # « la place sous licence CC BY-SA, ce qui permet à chacun de la copier ... à toutes fins »: a later
        # consent or use that gives nothing (no party gives it) ends no window; its words are the grant's
        # ("you authorize the League to share ... with our partners, who may use them to train models")
        and not (
            i and kind in ("consent", "content_use") and _direction(kind, sentence, match, lexicon) is None
        )
    ]
    findings: list[GrantFinding] = []
    provider_transfer = False
    for index, (kind, match) in enumerate(triggers):
        if _prohibited(sentence, match.start(), lexicon):
            continue
        direction = _direction(kind, sentence, match, lexicon)
        if direction is None:
            continue
        grantor, grantee = direction
        if (
            (grantor, grantee) == ("user", "provider")
            and kind != "content_use"  # "we may use them": "them" is what is used, not who uses it
            and (
                _THEM_AFTER.match(sentence, match.end())
                or _LEUR_BEFORE.search(sentence, 0, match.start())
                or _THEM_TO.search(match.group())  # "you allow them to view it"
            )
            and (
                _first_party(context, lexicon) == "other_users"
                or any(party == "other_users" for party, _ in _parties_in(sentence[: match.start()], lexicon))
                # "When you share a Design with other people, you allow them to view it"
                or _OTHER_PEOPLE.search(sentence, 0, match.start()) is not None
            )
        ):
            # "Your listeners may download ... You grant them that permission", "Posts are visible to other
            # Learners, and you grant them permission to read them"
            grantee = "other_users"
        # "you grant Notabene and other users", « à Mémoria et aux autres »: both hold it
        joint = (
            grantor == "user"
            and grantee in ("provider", "other_users")
            and _joint_recipients(sentence, match, lexicon)
        )
        if kind == "assign" and grantor != "user":
            provider_transfer = True
            continue
        if kind == "assign" and _MAY_BEFORE.search(sentence, max(0, match.start() - 30), match.start()):
            continue  # « Le Client peut librement céder à son tour les droits »: a permission, no assignment
        # The grant's attributes are read from its trigger to the next trigger (or the sentence's end),
        # plus the words between the previous trigger and this one (attributes often precede the verb
        # in passives: "a perpetual licence is granted to").
        window_start = triggers[index - 1][1].end() if index else 0
        if kind == "receive" and _FROM_GIVER.search(match.group()):
            window_start = match.start()  # "... and each customer receives from you a non-exclusive licence"
        window_end = triggers[index + 1][1].start() if index + 1 < len(triggers) else len(sentence)
        finding = GrantFinding(
            clause=clause,
            grantor=grantor,
            grantee=grantee,
            subject="feedback"
            if kind == "feedback_use"
            else _subject(sentence[match.end() : window_end] or sentence, grantor, kind, lexicon),
            verb=(offset + match.start(), offset + match.end()),
            sentence=(offset, offset + len(sentence)),
            kind=kind,
            with_others=joint,
        )
        _read_attributes(sentence, offset, window_start, window_end, finding, lexicon)
        if kind == "assign":
            finding.attributes.setdefault("assignment", finding.verb)
        if kind == "waive":
            finding.attributes.setdefault("moral_rights_waiver", finding.verb)
        previous = findings[-1] if findings else None
        if (
            previous
            and previous.grantor == grantor
            and (
                (
                    kind == "grant"
                    and previous.kind == "consent"
                    and (
                        _THEREBY_AFTER.match(sentence, match.end())
                        or _THEREBY_BEFORE.search(sentence, 0, match.start())
                    )
                )
                # "we may use and exploit them in any way, without paying you ..., and you grant us a
                # perpetual licence" (or "and you hereby assign to us all rights in them"): the use, then
                # the licence or the assignment it comes under; one grant
                or (
                    kind in ("grant", "assign")
                    and previous.kind in ("content_use", "feedback_use")
                    and previous.grantee == grantee
                )
            )
        ):
            # « accepte qu'elle soit diffusée sous la licence CC BY-SA et consent ainsi à toute personne une
            # licence »: the consent, restated as the licence it amounts to; one grant
            for key, span in previous.attributes.items():
                finding.attributes.setdefault(key, span)
            finding.purposes[:0] = [p for p in previous.purposes if p not in finding.purposes]
            if finding.subject == "other":
                finding.subject = previous.subject
            findings.pop()
            previous = findings[-1] if findings else None
        if previous and grantee == "other_users" and _SEES.search(match.group()) and kind != "grant":
            # "you agree that we can publish ... and that anyone can view and download it": one grant
            continue
        if (
            previous
            and (previous.grantor, previous.grantee) == (grantor, grantee)
            and (kind == triggers[index - 1][0] or kind in ("content_use", "feedback_use"))
        ):
            # "Vous cédez à Lingolune ... tous vos droits sur les Suggestions, et Lingolune pourra les
            # utiliser ... à quelque fin que ce soit": what the grantee may do is part of the grant
            # "assign and agree to assign ..., and shall cause your End Users to assign": one grant.
            for key, span in finding.attributes.items():
                previous.attributes.setdefault(key, span)
            previous.purposes.extend(p for p in finding.purposes if p not in previous.purposes)
            if previous.subject == "other":
                previous.subject = finding.subject
            continue
        findings.append(finding)
    return findings, provider_transfer


_THEREBY_AFTER = re.compile(r"\s+(?:ainsi|par\s+là\s+même|de\s+ce\s+fait|thereby)\b", _FLAGS)
_THEREBY_BEFORE = re.compile(r"\b(?:thereby|hereby\s+and\s+thereby|ainsi)\s+$", _FLAGS)


def _triggers(
    sentence: str, lexicon: Lexicon, context: str = "", *, feedback: bool, scan: bool = True
) -> list[tuple[str, re.Match[str]]]:
    """Grant verbs in the sentence, in order; adjacent ones ("agree to grant and hereby grant") merge.
    `feedback`: whether the sentence or the one before (`context`) names feedback, when none is a grant
    verb a use of feedback is one; `scan`: whether the sentence holds trigger words at all."""
    found: list[tuple[str, re.Match[str]]] = []
    # One scan; overlapping forms of one verb ("consentez" / "consentez à l'accès") give one match.
    # Lower-cased text with the case-sensitive pattern is faster; offsets are the same when lengths are.
    matches: Iterable[re.Match[str]] = ()
    if scan:
        lowered = sentence.lower()
        same = len(lowered) == len(sentence)
        matches = lexicon.triggers_lower.finditer(lowered) if same else lexicon.triggers.finditer(sentence)
    for match in matches:
        kind = lexicon.trigger_kinds[match.lastindex or 0] or "grant"
        if kind in _SCAN_ONLY:
            continue
        if kind in lexicon.cased_kinds and lexicon.verbs[kind].match(sentence, match.start()) is None:
            continue  # "may use content": the wording wants a defined term ("may use Content")
        if (
            kind == "grant"
            and not _has_grant_object(sentence, match.end(), lexicon)
            and not (
                _LICENSING_VERB.match(match.group())
                and _YOU_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
            )
        ):
            continue  # no licence or right granted; but "you licence us to use that Feedback" licenses
        if kind == "waive" and not (_MORAL_RIGHTS.search(sentence) or _MORAL_RIGHTS.search(context)):
            continue  # "you waive these rights" is a moral-rights waiver only after moral rights are named
        if kind == "waive" and _NOT_WAIVED.search(sentence, max(0, match.start() - 50), match.start()):
            continue  # "We do not waive, and we do not ask you to waive, your moral rights"
        if _in_gloss(sentence, match.start()):
            continue  # "cessible (ce qui signifie que nous pouvons céder)", "which means that you can"
        found.append((kind, match))
    if not found and feedback:
        use = lexicon.verbs["feedback_use"].search(sentence)
        if use:
            found.append(("feedback_use", use))
    return found


_MORAL_RIGHTS = re.compile(
    r"\bmoral\s+rights?\b|\bdroits?\s+mora(?:l|ux)\b|\brights?\s+(?:of|to)\s+(?:integrity|attribution|paternity)"
    # « renonce à s'opposer à ces modifications », « renoncez à exiger que votre pseudonyme figure »: the
    # rights of integrity and of attribution, unnamed
    r"|(?:\bs['’]|\bvous\s+)opposer\s+(?:aux|à\s+(?:ces|toute|de\s+telles))\s+(?:\w+\s+)?(?:adaptations?|modifications?)"
    # « son droit à l'intégrité de l'œuvre », « la reconnaissance de sa qualité d'auteur »
    r"|\bdroit\s+à\s+l['’]intégrité\b|\breconnaissance\s+de\s+(?:sa|votre|leur)\s+qualité\s+d['’]auteur\b"
    r"|\bexiger\s+que\s+(?:votre|son|leur)\s+(?:nom|pseudonyme|prénom)\s+(?:\w+\s+){0,2}?"
    r"(?:figure|apparaisse|soit\s+(?:mentionné|cité|indiqué))\b"
    r"|\bright\s+to\s+be\s+(?:named|identified|credited)|\bdroit\s+au\s+respect\b|\bpaternité\b"
    r"|\bto\s+be\s+(?:identified|named|credited)\s+as\s+(?:the\s+)?author\b"
    r"|\brights?\s+(?:(?:that\s+)?you\s+(?:may\s+)?have\s+)?to\s+object\s+to\b"
    # "any right under Section 57 of the Copyright Act to object to such adaptation": the right of integrity
    r"|\brights?\s+(?:under|in)\s+[^.;]{1,80}?\bto\s+object\s+to\s+(?:(?:such|any|the|its|their|those|these)\s+)?"
    r"(?:adaptations?|modifications?|alterations?|edits?|editing|changes?|translations?|distortions?|mutilations?"
    r"|derogatory)\b"
    r"|\bs['’]opposer\s+aux\s+(?:coupes|montages?|recadrages?|retouches?)"
    r"|\bmention\s+(?:de\s+(?:son|votre|leur)|du|des)\s+noms?\b"
    r"|\bêtre\s+(?:nommée?s?|citée?s?|créditée?s?|identifiée?s?)\s+(?:en\s+(?:qualité|tant)\s+(?:d['’]|qu['’])auteur|comme\s+(?:l['’])?auteur)",
    _FLAGS,
)
_BACK_TO_THEM = re.compile(r"\b(?:those|these|such|they|ces|ceux-ci|celles-ci|ils|elles)\b", _FLAGS)
_MAY_BEFORE = re.compile(
    r"\b(?:may|can|peut|peuvent|pourra|pourront)\s+(?:(?:also|freely|librement|également|à\s+son\s+tour)\s+)*$",
    _FLAGS,
)
_NOT_WAIVED = re.compile(r"\b(?:not|never|ne|n['’])\s+(?:\w+\s+){0,4}$", _FLAGS)
_AI_STEMS = (
    r"machine[- ]learning",
    r"artificial",
    r"intelligence",
    r"\bai\b",
    r"\bia\b",
    r"train\w*",
    r"entraîn\w*",
    r"apprentissage",
    r"language\s+models?",
    r"modèles?\s+de\s+langage",
    r"generative",
)
_SCAN_ONLY = frozenset({"feedback_word", "ai_word", "licence_word", "licence_ref", "survival_word"})
_GLOSS = re.compile(
    r"\b(?:which|this)\s+means|\bmeaning\s+that|\b(?:ce\s+qui|cela)\s+signifie|\bc['’]est-à-dire|\bi\.e\.",
    _FLAGS,
)


def _in_gloss(sentence: str, position: int) -> bool:
    """Inside parentheses, or after 'which means that' on the same line: an explanation, not a grant."""
    before = sentence[:position]
    if before.count("(") > before.count(")"):
        return True
    line = before[before.rfind("\n") + 1 :]
    return bool(_GLOSS.search(line[-120:]))


def _has_grant_object(sentence: str, position: int, lexicon: Lexicon) -> bool:
    return bool(lexicon.verbs["grant_object"].search(sentence, position, min(len(sentence), position + 320)))


_LICENSING_VERB = re.compile(r"(?:hereby\s+)?licen[cs]es?\b", _FLAGS)
_YOU_BEFORE = re.compile(r"\byou\s+(?:hereby\s+|also\s+)?$", _FLAGS)
_FR_NEGATED_VERB = re.compile(r"(?:\bne\s+|\bn['’])(?:(?:vous|nous|lui|leur|les?|la|l['’])\s*)?$", _FLAGS)
# a new clause after the prohibition: "you may not do X, but you grant", "does not win a prize, Ironvale
# grants"
_NEW_CLAUSE = re.compile(
    r"[;(]|,\s+(?-i:[A-ZÀ-Þ])|\b(?:you|we|vous|nous|but|mais|however|cependant|yet)\b", _FLAGS
)


def _prohibited(sentence: str, position: int, lexicon: Lexicon) -> bool:
    """'you may not assign', and 'may not sell, assign or transfer' (a prohibition over a list of verbs),
    but not 'you may not do X, but you grant us' (a new clause starts after the prohibition)."""
    window = sentence[max(0, position - 60) : position]
    if _FR_NEGATED_VERB.search(window):  # "ne confèrent aucun droit", "n'accorde pas"
        return True
    for match in lexicon.verbs["prohibition"].finditer(window):
        between = window[match.end() :]
        if len(between.split()) <= 6 and not _NEW_CLAUSE.search(between):
            return True
    return False


# "the rights you grant in this licence", "la licence que vous nous accordez": a reference back to a grant
_REFERENCE = re.compile(
    r"\b(?:rights?|licen[cs]es?|permissions?|droits?|autorisations?)\s+(?:that\s+|which\s+|qu['’]|que\s+|qui\s+)?"
    r"(?:you|we|vous(?:\s+nous)?|nous(?:\s+vous)?)\s+(?:\w+\s+)?$",
    _FLAGS,
)
# "you may grant additional rights", "all rights necessary to grant": an option or a warranty, not a grant
_NOT_A_GRANT = re.compile(
    r"\b(?:you|vous)\s+(?:may|can|might|pouvez|pourrez)\s+(?:also\s+|choose\s+to\s+|aussi\s+)?$"
    r"|\b(?:rights?|power|authority|authori[sz]ations?|licen[cs]es?|droits?)\s+(?:\w+\s+){0,3}(?:to|de|d['’])\s*$",
    _FLAGS,
)
# "... all necessary rights to grant the rights and licences contained in these Terms": a warranty that
# points at the grants made elsewhere, not a grant
_GRANTED_ELSEWHERE = re.compile(
    r"\s+(?:all\s+|tous\s+)?(?:the\s+|les\s+)?(?:rights?|licen[cs]es?|droits?|permissions?|autorisations?)"
    r"(?:\s+(?:and|et)\s+(?:the\s+|les\s+)?(?:licen[cs]es?|rights?|droits?|permissions?|autorisations?))?\s+"
    r"(?:contained|granted|set\s+(?:out|forth)|described|accordée?s|contenue?s|concédée?s|prévue?s|conférée?s)\s+"
    r"(?:in|herein|under|hereunder|aux|dans|par|à|au)\b",
    _FLAGS,
)
# "Vous nous accordez cette autorisation gratuitement", "You grant this licence free of charge": more about
# the grant just made, not a new one
_THIS_GRANT = re.compile(
    r"\s+(?:(?:us|nous)\s+)?(?:this|these|such|cette|ces|la\s+présente)\s+(?:licen[cs]es?|autorisations?|permissions?)\b",
    _FLAGS,
)
# "We may grant sub-licences of these rights": what the provider may do with the licence, not a grant
_SUBLICENCES = re.compile(r"\s+(?:sub[- ]?licen[cs]es|des\s+sous[- ]licences)\b", _FLAGS)
_THE_LICENCE_BEFORE = re.compile(
    r"\b(?:(?:the|this|that|such|these|la|cette|ces)\s+licen[cs]es?"
    r"|(?:this|that|these|such|ce|ces|cette|ladite|ledit)\s+(?:rights?|permissions?|droits?|autorisations?))"
    # « Ce droit :\n- est accordé gratuitement » (a list of what the licence is)
    r"(?:\s+(?:\w+\s+){0,2}|\s*:\s*(?:[-–•*]\s+)?)$",
    _FLAGS,
)


# "Si vous autorisez une autre personne à utiliser votre compte": account sharing, not a rights grant
_ACCOUNT_USE = re.compile(
    r"[^.;]{0,60}?\b(?:use|access|utiliser|accéder\s+à)\s+(?:your|votre|vos|les)\s+"
    r"(?:account|password|credentials|login\s+details|compte|mot\s+de\s+passe|identifiants"
    r"|informations\s+de\s+connexion)\b",
    _FLAGS,
)
# "vous nous autorisez expressément à vous facturer", "you authorize us to charge you": a payment or
# service authorisation, no rights over anything of yours
_DONE_TO_YOU = re.compile(
    r"\s+(?:(?:us|nous|\w+)\s+)?(?:expressly\s+|expressément\s+)?(?:to|à)\s+(?:vous|you)\s+"
    r"(?:fournir|facturer|débiter|prélever|contacter|envoyer|adresser|provide|charge|bill|contact|send|email)\b"
    r"|\s+(?:à|to)\s+(?:perdre|lose|forfeit)\b"  # "vous consentez à perdre votre droit de rétractation"
    # « vous autorisez Airbnb Payments à collecter le montant ... », « à enregistrer le Mode de versement »
    r"|\s+(?:[\w'’-]+\s+){0,6}?(?:à|to)\s+(?:collecter|enregistrer|collect|record|store)\s+"
    r"(?:(?:le|la|les|l['’]|the|any|all|certains|certaines)\s*)?(?:montant|prix|sommes?|paiements?"
    r"|modes?\s+de\s+(?:versement|paiement)|frais|amounts?|price|payments?|fees?|payment\s+methods?"
    r"|auprès\s+de\s+vous|from\s+you)\b",
    _FLAGS,
)
_WARRANTY = re.compile(
    r"\b(?:represents?|warrants?|promises?|confirms?|certif(?:y|ies)|garanti(?:t|ssez|r)|déclar(?:e|ez)"
    r"|certifi(?:e|ez)|confirm(?:e|ez))\b",
    _FLAGS,
)
# « afin de garantir la continuité », "in order to guarantee": a purpose, not the user's warranty
_PURPOSE_BEFORE = re.compile(r"\b(?:afin\s+de|pour|in\s+order\s+to|so\s+as\s+to)\s+$", _FLAGS)


def _warranty(sentence: str) -> bool:
    """Whether the sentence is a promise about the grants ("You confirm that you have ..."), not "...
    gratuite, afin de garantir la continuité des séries"."""
    match = _WARRANTY.search(sentence)
    while match is not None:
        if not _PURPOSE_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
            return True
        match = _WARRANTY.search(sentence, match.end())
    return False


_INFINITIVE = re.compile(r"\b(?:to|de|d['’]|pour|à)\s*(?:\w+\s+){0,2}$", _FLAGS)


def _names_sections_before(sentence: str, position: int) -> bool:
    """ "The licences in Sections 6.1 and 6.3 are granted free of charge": a sentence about the grants it
    names, not a new one."""
    named = _NAMES_LICENCE.search(sentence, 0, position)
    return named is not None and _DIGIT.search(sentence, named.start(), position) is not None


def _warranted(sentence: str, match: re.Match[str]) -> bool:
    """'You represent and warrant that you have all rights ... to grant the licences in this Part', 'vous
    garantissez ... exécuter vos obligations et octroyer les droits': a promise about the grants, with the
    grant verb in the infinitive, not a grant."""
    before = sentence[: match.start()]
    if not _WARRANTY.search(before):
        return False
    return bool(_INFINITIVE.search(before[-40:])) or _verb_word(match.group()).lower().endswith(("er", "ir"))


# "you give us a licence to copy ... and to grant licences of it to Customers": what the licence allows
# (here, to sublicense), not a second grant
# "and to grant", « de concéder », « d'en accorder des licences »: a right to grant, inside the grant
_INFINITIVE_GRANT = re.compile(r"(?:\b(?:and\s+|et\s+)?(?:to|à)\s+|\b(?:de\s+|d['’])(?:en\s+)?)$", _FLAGS)


def _restated_passive(sentence: str, match: re.Match[str]) -> bool:
    """'The licence is granted without compensation', « - elle est accordée à titre gratuit »: more about
    the licence just made, not a new one."""
    before = sentence[max(0, match.start() - 40) : match.start()]
    if _PRONOUN_BEFORE.search(before):
        # « Il est concédé à Partitio, par chaque Utilisateur, une licence ... »: the impersonal « il »
        # with the licence after the verb is a new grant
        return not (
            re.search(r"\bil\s+$", before, _FLAGS)
            and _IMPERSONAL_OBJECT.search(sentence, match.end(), match.end() + 200) is not None
        )
    return bool(_THE_LICENCE_BEFORE.search(before)) and not re.match(
        r"\s*(?:to|à|au|aux)\s(?!titre\b|compter\b|des\s+fins\b|toutes?\s+fins\b|quelque\b)",
        sentence[match.end() :],
        _FLAGS,
    )


_IMPERSONAL_OBJECT = re.compile(r",\s+(?:une|un)\s+(?:licence|droit|autorisation)\b", _FLAGS)
_PRONOUN_BEFORE = re.compile(r"(?:^|[-–•:;(,]\s*|\b(?:and|et)\s+)(?:it|elle|il|they|elles|ils)\s+$", _FLAGS)


# « Cette licence ... nous permet de reproduire »: what the licence allows, not a new grant
_LICENCE_SUBJECT = re.compile(
    r"\b(?:licen[cs]es?|droits?|autorisations?|rights?|permissions?)\b(?:[^.;,]|\.(?=\d)){0,80}?\b(?:nous|vous|us)\s+"
    r"(?:(?:also|également|aussi)\s+)?$",
    _FLAGS,
)
_FR_VOUS_FORM = re.compile(r"ez$|ez\s", _FLAGS)
_FR_NOUS_FORM = re.compile(r"ons$", _FLAGS)


_YOU_NEXT = re.compile(r"\s+you\b", _FLAGS)
# what the provider's assistant produces is the provider's to license, not the user's
_PROVIDER_OUTPUT = re.compile(
    r"\b(?:produite?s?|générée?s?|créée?s?)\s+par\s+(?:l['’]assistant|l['’]IA|notre\s+IA|le\s+Service|la\s+Plateforme)\b"
    r"|\b(?:generated|produced|created)\s+by\s+(?:the\s+|our\s+)?(?:assistant|AI|Service|Platform|models?)\b",
    _FLAGS,
)


# the verbs of seeing what the user shares ("view", "read", « écouter », « télécharger »)
_SEE_VERBS = (
    r"view|read|watch|listen\s+to|see|quote|comment\s+on|save|replay|play|follow|hear|download|consulter"
    r"|écouter|réécouter|télécharger|lire|voir|visionner|regarder|imprimer|enregistrer|sauvegarder|citer"
)
# a permission to see what the user shares, by the verb that ends its trigger ("allow other members to view",
# "may read", « peuvent écouter »)
_SEES = re.compile(rf"\b(?:{_SEE_VERBS})$", _FLAGS)
# what other users may do with what the user shares ("Other members can read your posts", « Les autres
# auditeurs peuvent écouter votre balado »): a permission only when other users do it
_VIEWING = re.compile(
    r"(?:may|can|peu(?:t|vent)|pourr(?:a|ont))\s+(?:also\s+|également\s+|aussi\s+)?"
    rf"(?:{_SEE_VERBS}|listen|copy|share|remix|partager|copier)\b",
    _FLAGS,
)


# "a licence to use the App", « un droit d'utilisation de l'Application »: the provider's own software
_USE_OF_THE_APP = re.compile(
    r"^[^.;]{0,80}?\b(?:droit|licence|license)\s+(?:[\w-]+\s+){0,3}?(?:d['’]utilisation|d['’]accès|to\s+use|to\s+access)"
    r"\s+(?:de\s+|du\s+|des\s+|of\s+)?(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+|our\s+|its\s+)?"
    r"(?:Application|App|Service|Plateforme|Platform|Site|Logiciel|Software)\b",
    _FLAGS,
)


def _agent(after: str, lexicon: Lexicon) -> Party | None:
    """The party named right after a passive's « par » / "by", before any comma: not the user in « par
    cette dernière, sans que l'Utilisateur puisse ... »."""
    return _first_party(re.split(r"[,;]", after, maxsplit=1)[0], lexicon, limit=40)


# "we can show them", « nous pouvons l'afficher »: a use of something named before, by a pronoun
_PRONOUN_USE = re.compile(
    r"\s(?:it|them)$|(?:l['’]|la\s|le\s|les\s)\s*(?:afficher|montrer|partager|citer)$", _FLAGS
)
# "may be displayed on our website", « peuvent être publiés sur le site »: shown by the provider, unnamed
_SHOWN_ON_OURS = re.compile(
    r"\b(?:be|être)\s+(?:also\s+)?(?:displayed|published|shown|featured|quoted|reproduced"
    r"|affichée?s?|publiée?s?|présentée?s?|diffusée?s?|reproduite?s?|citée?s?)\s+(?:\w+\s+){0,2}?(?:on|in|sur|dans)\s",
    _FLAGS,
)
# "If you share them,", « Si vous nous laissez un avis, »: what the user gives, named before the use of it
_IF_YOU_GIVE = re.compile(
    r"\b(?:if|when|once|si|quand|lorsque|dès\s+que)\s+(?:you|vous|tu)\s+(?:nous\s+|us\s+)?"
    r"(?!(?:delete|remove|close|cancel|leave|supprim|ferm|quitt|retir|clôtur)\w*)[^.;]{0,100}$",
    _FLAGS,
)


def _direction(
    kind: str, sentence: str, match: re.Match[str], lexicon: Lexicon
) -> tuple[Party, Party] | None:
    """(grantor, grantee) of the grant made by the verb `match`, or None when it is no grant."""
    verb = match.group().lower()
    before = sentence[max(0, match.start() - 200) : match.start()]
    after = sentence[match.end() : match.end() + 120]
    if kind == "waive":  # moral rights are the author's: the user waives them, whatever the clause's subject
        recipient = _first_party(after, lexicon, limit=80)
        return ("user", recipient if recipient not in (None, "user") else "provider")
    if kind == "feedback_use":
        if re.search(r"\b(?:par|by)$", match.group(), _FLAGS):
            # « Les idées que vous publiez ... peuvent être librement mises en œuvre par l'Éditeur »: who uses
            agent = _agent(after, lexicon)
            return None if agent in ("user", "other_users") else ("user", agent or "provider")
        subject = _last_party(before, lexicon)
        if subject in ("user", "other_users"):
            return None  # "... that other Members have saved, which they may continue to use"
        return ("user", subject if subject in ("provider", "third_parties") else "provider")
    if kind == "content_use":  # "we may use that Input", not "you may use your content"
        if _PRONOUN_USE.search(match.group()) and not _IF_YOU_GIVE.search(before):
            return None  # "we can show them" says what "them" is only after "If you share your photos,"
        if _SHOWN_ON_OURS.search(match.group()):
            # "Reviews you leave after a Sailing may be displayed on our website": what the user posts
            posted = dict(lexicon.subjects)["user_content"]  # the lexicon's words for what users post
            return ("user", "provider") if posted.search(before[-120:]) else None
        if _PROVIDER_OUTPUT.search(before):
            return None  # « Les textes produits par l'assistant peuvent être utilisés par les Membres »
        if _PASSIVE_TRAINING.search(match.group()):
            return ("user", "provider")  # "extracts of your recordings may be used to train our models"
        if re.search(r"\b(?:par|by)$", match.group(), _FLAGS):
            # « peuvent être utilisées librement ... par Trait d'Union », "may be reused by Acme"
            agent = _agent(after, lexicon)
            if agent is None and re.match(r"\s*(?:(?:la|le|l['’]|the)\s*)?(?-i:[A-ZÀ-Þ])", after, _FLAGS):
                agent = "provider"  # a name the lexicon does not know ("par la Ville")
            if agent is None and re.match(
                r"\s*(?:celle-ci|celui-ci|cette\s+dernière|ce\s+dernier|elle|lui|us|it)\b", after, _FLAGS
            ):
                agent = "provider"  # « peuvent être exploitées par celle-ci » (the provider named before)
            return ("user", agent) if agent in ("provider", "third_parties", "other_users") else None
        subject = _last_party(before[-60:], lexicon)
        coordinated = _AND_THEN_MODAL.search(sentence, max(0, match.start() - 300), match.start())
        if coordinated:
            # "Clausewise may compile statistics derived from Customer's use ..., and may use them for any
            # purpose": the subject of the first modal verb, not the last party named before this one
            subject = _last_party(sentence[max(0, coordinated.start() - 60) : coordinated.start()], lexicon)
        if subject != "other_users" and _VIEWING.fullmatch(match.group()):
            return None  # "we may read your messages", "you can download your tracks": no permission given
        if (
            subject is None
            and re.search(r"\b(?:il|elle|it)\s+(?:[\w-]+\s+){0,3}$", before[-40:], _FLAGS)
            and lexicon.positive["ai_training"].search(sentence, match.end())
        ):
            # « L'Éditeur ... Il peut en revanche utiliser ... pour entraîner ses modèles »: the provider
            subject = "provider"
        return ("user", subject) if subject in ("provider", "third_parties", "other_users") else None
    if kind == "receive":  # "GitHub will have a ... licence", "Twitch a le droit d'utiliser"
        holder = _subject_party(before, "has", lexicon)
        giver = _FROM_GIVER.search(verb)
        if giver:
            # "the buyer receives from you a personal licence", « l'Acheteur reçoit du Créateur le droit »:
            # the user (or a role of the users) gives it: to the holder, or to others if the holder is a role
            if _first_party(giver.group(1), lexicon) == "provider" or _PROVIDER_ROLE.search(giver.group(1)):
                return ("provider", "user")
            return ("user", "provider" if holder == "provider" else "other_users")
        if holder is None and _PERMITTED.search(verb):
            return None  # "Buyers are entitled to use the Product": a role's right, not the user's grant
        if holder in (None, "provider", "third_parties"):
            return ("user", holder or "provider")
        return ("provider", "user") if holder == "user" else None
    if kind == "grant_passive":
        to = re.match(r"\s*(?:to|à)\s+(.{1,60})", after, _FLAGS)
        by_agent = re.search(r"\b(?:by|par)\s+(.{1,40})", to.group(1), _FLAGS) if to else None
        if by_agent and _first_party(by_agent.group(1), lexicon, limit=30) == "provider":
            return ("provider", "user")  # "Such Assets are licensed to Buyers by Forgehollow"
        # "you are granted": the party right before the verb; not "Spotify" in "les applications Spotify ..."
        receiver = _first_party(to.group(1), lexicon) if to else _last_party(before[-20:], lexicon)
        if receiver in (None, "user") and not to and _last_party(before[-80:], lexicon) == "other_users":
            receiver = "other_users"  # "each other user of the Service is granted a licence to view it"
        if (
            receiver is None
            and to
            and _PROVIDER_ROLE.match(re.sub(r"^(?:the|la|le|l['’])\s*", "", to.group(1), flags=_FLAGS))
        ):
            receiver = "provider"  # "a licence is granted to the Co-operative"
        by_user = re.search(r"\b(?:by\s+you|par\s+vous|par\s+l['’]utilisateur)\b", after, _FLAGS)
        if receiver == "user" or (receiver is None and not by_user):
            return ("provider", "user")
        if _BY_OTHERS.match(after):
            return None  # "Some collections are licensed to us by archives": others' licence to the provider
        return ("user", receiver or "provider")
    # French morphology settles the subject: "-ez" is "vous", "-ons" is "nous".
    head = _verb_word(verb)
    if _FR_VOUS_FORM.search(head) and re.search(r"\bvous\b", before, _FLAGS):
        # read from the verb: a consent's match runs on over its recipient (« permettez aux autres joueurs »)
        recipient = _french_recipient(
            before, sentence[match.start() + len(head) : match.end() + 120], lexicon
        )
        if recipient is None and _POSSESSED_RECIPIENT.match(sentence, match.start() + len(head)):
            recipient = "other_users"  # « vous autorisez votre Coach à consulter vos séances »
        if recipient is None and kind == "grant":
            # « vous accordez à l'Acheteur une licence »: a role of the users, not the organisation
            other = _ROLE_RECIPIENT.match(sentence, match.start() + len(head))
            if other and not is_organisation(other.group(1)):
                recipient = "other_users"
        if recipient is None and kind == "consent" and _to_everyone(sentence, match):
            # « vous acceptez que vos Photos soient mises à la disposition de tous »
            recipient = "other_users"
        if recipient is None and kind == "consent":
            # « vous consentez à ce que l'Organisateur utilise les enregistrements »: a role of the users
            other = _CE_QUE_ROLE.match(sentence, match.start() + len(head))
            if other and not is_organisation(other.group(1)):
                recipient = "other_users"
        return ("user", recipient if recipient not in (None, "user") else "provider")
    if _FR_NOUS_FORM.search(head):
        return ("provider", "user")
    if re.search(r"\bvous\s+$", before, _FLAGS):  # "Lumio vous concède", "vous devez nous accorder"
        if re.search(r"\bvous\s+(?:\w+\s+){0,3}nous\s+$", before, _FLAGS):
            return ("user", "provider")
        ahead = before[: before.lower().rfind("vous")]
        subject = _last_party(ahead, lexicon)
        role = _ROLE_SUBJECT.search(ahead)
        if subject is None and role and kind == "grant" and _SELLING_ROLE.search(role.group()):
            return ("user", "other_users")  # « le Vendeur vous concède une licence »: a user, to the reader
        return ("other_users" if subject == "other_users" else "provider", "user")
    if re.search(r"\bnous\s+$", before, _FLAGS):
        return ("user", "provider")
    subject = _subject_party(before, head, lexicon)
    recipient = _first_party(after, lexicon, limit=40)
    if recipient is None:
        # "sublicense all or part of these rights to its partners", « concéder tout ou partie de ces droits à
        # ses partenaires »: the recipient after the object, introduced by to / à
        to = _TO_RECIPIENT.search(after, 0, 120)
        if to is None and _NUMBER_DOT.search(after, 0, 120):
            to = _TO_RECIPIENT_PAST_NUMBER.search(after, 0, 120)
        recipient = _first_party(after[to.end() :], lexicon, limit=40) if to else None
    if kind == "consent":  # "authorizes Coursewell to use", "agree that Zoom may use": named in the match
        if _to_everyone(sentence, match):
            recipient = "other_users"  # "you make it available to everyone under CC BY 4.0"
        else:
            recipient = _first_party(match.group()[len(head) :], lexicon) or recipient
    if recipient is None and _PROVIDER_ROLE.match(_ARTICLE_AFTER.sub("", after, count=1)):
        recipient = "provider"  # "the winner assigns to the Sponsor", « cède à la Ville »
    if subject is None:
        # "Le Contributeur accorde à Clichéo", "each Seller grants to each Buyer": a party the lexicon does
        # not name, granting to the provider or to others, is the user under another name
        # "The Platform allows other users to see your posts": no one's permission
        permits = _verb_word(verb).lower() in _PERMITS
        if permits and _CHOSEN_LICENCE.search(before) and _PUBLIC.search(match.group()):
            # « La licence choisie permet à quiconque de réutiliser les Mesures »: the user's open licence
            return ("user", "other_users")
        impersonal = permits and not _PERMITTING_ROLE.search(before)
        if (
            kind == "consent"
            and (_third_person(verb) or permits)
            and not impersonal
            and not _DOCUMENT_SUBJECT.search(before)
        ):
            # "L'Usager accepte que ...": the user side consents; « autorise son Praticien »: to another user
            if recipient is None and _POSSESSED_RECIPIENT.match(sentence, match.start() + len(head)):
                return ("user", "other_users")
            if recipient is None and _consents_to_a_role(sentence, match.start() + len(head)):
                return ("user", "other_users")  # "Each Couple consents to the Photographer including photos"
            return ("user", recipient if recipient not in (None, "user") else "provider")
        if (
            recipient in ("provider", "third_parties", "other_users")
            and not impersonal
            and (
                _third_person(verb)
                or _PLURAL_ROLE.search(before)
                # "Attendees who post reviews, photos or comments grant Gatherly"
                or _ROLE_RELATIVE.match(before[max(before.rfind(";"), before.rfind(". ")) + 1 :])
            )
            and not _DOCUMENT_SUBJECT.search(before)
        ):
            return ("user", recipient)  # "Employers grant Shortlist a worldwide ... licence"
        role = _ROLE_SUBJECT.search(before) or _COORDINATED_ROLE.search(before)
        if role and kind == "grant" and _third_person(verb) and _USE_OF_THE_APP.search(after):
            # « L'Organisateur concède au Festivalier un droit d'utilisation de l'Application »: no user
            # licenses the provider's own application; whoever grants its use is the provider
            return ("provider", "user")
        if (
            role
            and recipient == "user"
            and _third_person(verb)
            and kind == "grant"
            and _SELLING_ROLE.search(role.group())
        ):
            # "When you buy a Pattern, the Designer grants you a licence": one user, the seller, to the reader
            return ("user", "other_users")
        if role and recipient == "user" and _third_person(verb) and kind in ("grant", "grant_passive"):
            return ("provider", "user")  # « L'Organisateur concède à chaque utilisateur un droit d'accès »
        if role and _third_person(verb) and _organisation_role(role.group()):
            return ("provider", "user")  # « La SCIC concède au Membre un droit d'utilisation »: the provider
        # "the Seller grants", and "Attendees also grant" (a plural role, no article)
        role_grants = role and _third_person(verb) and not _parties_in(role.group(), lexicon)
        if role_grants or (kind == "grant" and _PLURAL_ROLE.search(before)):
            # "the Seller grants the Buyer ...", "the Seller grants to the Marketplace Operator ...": a role
            # granting to another role is a user granting to other users; to anyone else, to the provider
            to_role = re.match(
                # « L'Auditeur concède gratuitement à la Structure »: an adverb may come first
                r"\s*(?:(?:gratuitement|également|aussi|en\s+outre|also|further|expressly)\s+)?"
                r"(?:to\s+|à\s+)?(?:the|each|every|any|that|l['’]|le|la|les|chaque|aux|au|cet|cette|ce"
                r"|your|votre|vos|son|sa|ses|his|her|their|leurs?)\s*"
                rf"(?:(?-i:[A-ZÀ-Þ])|(?-i:{_USER_ROLES})\b)",
                after,
            )
            operator = re.match(
                r"\s*(?:to\s+|à\s+)?(?:the|l['’]|le|la)\s*(?:[\w-]+\s+)?(?:operator|exploitant)",
                after,
                _FLAGS,
            )
            if not role_grants and (not to_role or _PROVIDER_ROLE.match(after, to_role.end() - 1)):
                return None  # "Members grant the Association": a role the lexicon should know; no guess
            if to_role and _names_organisation(after[to_role.end() - 1 :]):
                return ("user", "provider")  # "The instructor grants the Society a licence"
            return ("user", "other_users" if to_role and not operator else "provider")
        return None
    if subject == "user":
        if recipient == "user" and kind == "grant" and _third_person(verb) and _YOU_NEXT.match(after):
            # "If you are on the Free plan, Loopwright owns the Generation and grants you a licence": "you"
            # of the condition is no subject of "grants"; a grant to you is the provider's
            return ("provider", "user")
        if (
            recipient in (None, "user")
            and kind == "consent"
            and _consents_to_a_role(sentence, match.start() + len(head))
        ):
            return ("user", "other_users")  # "you consent to the Organiser using recordings"
        if recipient is None and _POSSESSED_RECIPIENT.match(sentence, match.start() + len(head)):
            return ("user", "other_users")  # "you grant your Coach a licence to view your workouts"
        if recipient in (None, "user") and kind == "grant":
            # "you grant that Collaborator a licence", "vous accordez à l'Acheteur": a role of the users,
            # unless it is the organisation ("the Museum", « la Coopérative »); "you" after the role is in
            # a clause about it ("you also grant the dealer you reviewed a licence")
            other = _ROLE_RECIPIENT.match(after)
            if (
                other
                and not is_organisation(other.group(1))
                # "you license each Recording you submit": a defined term, the object of "license"
                and (recipient is None or other.group(1).islower())
            ):
                return ("user", "other_users")
        return ("user", recipient if recipient is not None and recipient != "user" else "provider")
    if subject == "other_users" and recipient is None:
        object_words = re.sub(r"^\s*(?:to\s+|à\s+)?(?:the|la|le|l['’])\s*", "", after, flags=_FLAGS)
        if _PROVIDER_ROLE.match(object_words) or _names_organisation(object_words):
            recipient = "provider"  # « Chaque Adhérent autorise l'Association à ... », "grants the Guild"
    if subject == "other_users" and recipient in ("provider", "third_parties", "other_users"):
        # "each Learner grants Coursewell": the user side, named by its role; « Chaque Joueur autorise les
        # autres Utilisateurs »: one user granting the others
        return ("user", recipient)
    if subject == "provider" and recipient == "other_users":
        return ("provider", "user")  # « L'Association concède à chaque Adhérent »: each user, the reader
    return (subject, recipient or "user")


def _consents_to_a_role(sentence: str, at: int) -> bool:
    """'you consent to the Organiser using recordings': a role of the users (not the organisation), doing
    what is consented to."""
    other = _ROLE_RECIPIENT.match(sentence, at)
    return bool(other and not is_organisation(other.group(1)) and _GERUND.match(sentence, other.end()))


# the users' roles written in lower case: "you give that artist permission", « vous permettez à l'acheteur »
_USER_ROLES = (
    r"(?:artist|client|buyer|customer|recipient|seller|host|guest|collaborator|student|learner|tutor|patient"
    r"|driver|rider|creator|performer|attendee|participant|subscriber|follower|artiste|acheteur|acheteuse"
    r"|vendeur|vendeuse|destinataire|hôte|collaborateur|collaboratrice|élève|apprenant|tuteur|patiente?"
    r"|chauffeur|passager|passagère|créateur|créatrice|participante?|abonnée?|dealer|coach|teacher|instructor"
    r"|practitioner|praticienne?|enseignante?|formateur|formatrice)s?"
)
_ROLE_RECIPIENT = re.compile(
    r"\s*(?:to\s+|à\s+)?(?:that|the|each|every|any|a|an|l['’]|le|la|chaque|tout|au|cet|cette|ce)\s*"
    rf"((?-i:[A-ZÀ-Þ])[\w-]+|(?-i:{_USER_ROLES}))\b"
    r"(?!\s+(?-i:[A-ZÀ-Þ]))",  # not "the Tri-County Alliance" (a name)
    _FLAGS,
)
# "you grant your Coach a licence", « le Patient autorise son Praticien à »: someone of the user's, not the
# provider
_POSSESSED_RECIPIENT = re.compile(
    r"\s*(?:to\s+|à\s+)?(?:your|votre|vos|son|sa|ses|his|her|their|leur|leurs)\s+(?:own\s+)?"
    rf"(?:(?-i:[A-ZÀ-Þ])[\w-]+|(?-i:{_USER_ROLES}))\b",
    _FLAGS,
)
_CE_QUE_ROLE = re.compile(
    r"\s*à\s+ce\s+(?:que\s+|qu['’])(?:l['’]|le\s+|la\s+|chaque\s+)\s*"
    rf"((?-i:[A-ZÀ-Þ])[\w-]+|(?-i:{_USER_ROLES}))\b(?!\s+(?-i:[A-ZÀ-Þ]))",
    _FLAGS,
)
_GERUND = re.compile(r"\s+(?:also\s+)?[a-z]+ing\b")
_OTHER_PEOPLE = re.compile(r"\b(?:other\s+people|others|d['’]autres\s+personnes)\b", _FLAGS)
_THEM_TO = re.compile(r"\sthem\s+to\s", _FLAGS)
_THEM_AFTER = re.compile(r"\s+them\b", _FLAGS)
_LEUR_BEFORE = re.compile(r"\bvous\s+leur\s+$", _FLAGS)


# the users who sell or share their works to other users on a marketplace
_SELLING_ROLE = re.compile(
    r"\b(?:seller|creator|designer|composer|maker|vendor|photographer|illustrator|vendeur|vendeuse|créateur"
    r"|créatrice|concepteur|conceptrice|compositeur|compositrice|photographe|illustrateur|illustratrice)s?\b",
    _FLAGS,
)


def _organisation_role(words: str) -> bool:
    """ "the Library", « la SCIC », « l'Association »: the organisation named by what it is."""
    named = re.search(r"(?:the|le|la|l['’])\s*([\w-]+)\s*$", words.strip(), _FLAGS)
    return named is not None and is_organisation(named.group(1))


def _names_organisation(words: str) -> bool:
    """Whether `words` start with what an organisation is ("Society a licence", « Amicale à »)."""
    first = re.match(r"[\w-]+", words)
    return first is not None and is_organisation(first.group())


_ARTICLE_AFTER = re.compile(r"^\s*(?:(?:to\s+|à\s+)?(?:the|la|le|l['’])\s*|aux?\s+)", _FLAGS)
_TO_WORD = r"\b(?:to|à|aux?)\s+(?=\S)"
_TO_RECIPIENT = re.compile(r"^[^.;:]*?" + _TO_WORD, _FLAGS)
_NUMBER_DOT = re.compile(r"\d\.\d")
# "all or part of the rights in Section 7.2 to its partners": past a number's dot (slower: tried second)
_TO_RECIPIENT_PAST_NUMBER = re.compile(r"^(?:[^.;:]|\.(?=\d))*?" + _TO_WORD, _FLAGS)


# "X may compile ... and " before a second modal verb: the first one's subject is the second one's
_AND_THEN_MODAL = re.compile(
    r"\b(?:may|can|peut|pourra|peuvent|pourront)\b(?=[^.;]{1,240}\b(?:and|et)\s*$)", _FLAGS
)
# a permission given to everyone: "available to everyone under CC BY", « à la disposition de tous sous la
# Licence Ouverte », « la place sous licence Creative Commons », "dedicate ... to the public domain"
_EVERYONE = re.compile(
    r"\bto\s+(?:everyone|anyone|the\s+public(?:\s+domain)?)\b|\bà\s+la\s+disposition\s+(?:de\s+tous|du\s+public"
    r"|de\s+chacun|de\s+toute\s+personne|de\s+tout\s+(?:réutilisateur|internaute|visiteur))\b"
    r"|\bplace(?:nt|z)?\s+sous\s+(?:la\s+)?licence\b|\bplacez\s+[^.;]{1,60}?\bsous\s+(?:la\s+)?licence\b",
    _FLAGS,
)


def _to_everyone(sentence: str, match: re.Match[str]) -> bool:
    """Whether the consent is given to everyone (its match, or the words right after it, say so)."""
    return _EVERYONE.search(sentence, match.start(), min(len(sentence), match.end() + 40)) is not None


_PERMITTED = re.compile(
    r"\b(?:entitled|permitted|authori[sz]ed|allowed|have\s+the\s+right|autorisée?s?|habilitée?s?)(?!\w)",
    _FLAGS,
)
_PASSIVE_TRAINING = re.compile(
    r"\b(?:be\s+(?:\w+\s+){0,4}?used|(?:is|are)\s+(?:also\s+)?used|être\s+[^.;]*?utilisée?s?"
    r"|(?:est|sont)\s+(?:\w+\s+)?(?:utilisée?s?|exploitée?s?|réutilisée?s?))\b.*\b(?:to\s+|pour\s+|afin\s+d(?:e\s+|['’]))"
    r"|\b(?:servir\s+à|serve\s+to|help\s+to)\s+(?:entraîner|améliorer|l['’]entraînement|train|improve)\b",
    _FLAGS,
)
# "licensed to us by archives", « concédée à la Société par des tiers »: granted by others than the user
_BY_OTHERS = re.compile(
    r"\s*(?:to|à)\s+[^.;,]{1,40}?\s(?:by|par)\s+(?:third\s+parties|(?:our|its|their|other|certain|some)\s+[a-z][\w-]*"
    r"|(?-i:[a-z])[\w-]+s|des\s+tiers|(?:ses|nos|leurs|certains|d['’]autres)\s+[\w-]+"
    # "licensed to us by PRS for Music", « concédée à la Radio par la SACEM », « par les ayants droit »
    r"|(?:la\s+|le\s+|l['’])?(?-i:[A-Z]{2,})|(?:les\s+|the\s+)?(?:ayants\s+droits?|rights\s*holders))\b",
    _FLAGS,
)


# "Employers grant ...", "Les Vendeurs concèdent ...": a role in the plural opening the sentence
_PLURAL_ROLE = re.compile(
    r"(?:^[*_]*\s*|[.;:][*_]*\s+)(?:\d+(?:\.\d+)*\.?\s+|\(\w{1,3}\)\s+)?(?:all\s+|les\s+|tous\s+les\s+)?"
    # "Students and Tutors grant", "The Student and the Tutor (each) grant"
    r"(?:(?:the\s+|les\s+)?(?-i:[A-ZÀ-Þ])[\w-]+\s+(?:and|et)\s+(?:the\s+|les\s+)?(?-i:[A-ZÀ-Þ])[\w-]+\s+(?:each\s+)?"
    r"|(?-i:[A-ZÀ-Þ])[\w-]+s\s+)"
    r"(?:(?:also|hereby|further|également)\s+)*$",
    _FLAGS,
)
# "These Terms grant", « Le présent contrat confère »; not "Under that agreement the designer grants"
_DOCUMENT_SUBJECT = re.compile(
    r"\b(?:terms|agreement|policy|conditions|contrat|cgu|cgv|présentes)\b"
    r"(?![^.;]*\b(?:the|an?|each|every|le|la|les|l['’]|chaque|un|une)\s)[^.;]{0,30}$",
    _FLAGS,
)


def _third_person(verb: str) -> bool:
    word = _verb_word(verb).lower()
    return (word.endswith(("s", "e", "ent")) and not word.endswith(("ss", "ez"))) or word in _FR_THIRD_IN_T


# « sont mises à la disposition de tous »: third persons in -t
_FR_THIRD_IN_T = frozenset({"est", "sont", "sera", "seront", "met"})
# « l'Adhérent permet aux autres Adhérents de la télécharger », "the Member allows other Members to download
# it": « permet », "allows", "permits" have a person for subject only after a role (not « Cette licence permet
# à Miam de », « L'Application permet », "The Platform allows")
_PERMITS = frozenset({"permet", "allows", "permits"})
_PERMITTING_ROLE = re.compile(
    r"(?:^|\s)(?:l['’]|le\s+|la\s+|the\s+|each\s+|every\s+|an?\s+)"
    r"(?!(?:Licen[cs]e|Plateforme|Platform|Application|App|Service|Site|Website|Cession|Autorisation|Charte"
    r"|Option|Fonction|Feature|Offre|Offer|Formule|Plan|Abonnement|Subscription|Tool|Software|Agreement|Policy)\b)"
    r"(?-i:[A-ZÀ-Þ])[\w-]+\s+$",
    _FLAGS,
)


# « La licence choisie permet ... »: the open licence the user picks (the English "The licence you choose
# allows anyone to ..." is not reached yet: "licence you" is read as a grant verb first)
_CHOSEN_LICENCE = re.compile(
    r"\bla\s+licence\s+(?:ouverte\s+)?(?:choisie|retenue|sélectionnée)(?:\s+par\s+(?:l['’]|le\s+|la\s+)\s*[\w-]+)?\s+$",
    _FLAGS,
)


_ADVERBS = frozenset({"hereby", "irrevocably", "unconditionally", "and"})


# what joins two recipients: "Notabene and other users", « aux autres clients adhérents et à Mémoria »
_AND_RECIPIENT = re.compile(
    r"(?:\s+(?!(?:an?|une?|the|le|la|les|des|licen\w*|droits?|rights?|permission)\b)[\w-]+){0,2}"
    r"[\s,]*(?:and|et)\s+(?:to\s+|à\s+)?(?:the\s+|la\s+|le\s+|l['’]\s*)?$",
    _FLAGS,
)


def _joint_recipients(sentence: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether the verb's recipients, right after it, are the provider and others together ("you grant
    Notabene and other users a licence", « vous autorisez la Radio et ses partenaires à »)."""
    start = match.start() + len(_verb_word(match.group()))
    window = sentence[start : start + 90]
    parties = _parties_with_positions(window, lexicon)
    if len(parties) < 2 or window[: parties[0][2]].strip(" ,") not in ("", "à", "to"):
        return False
    (first, words, at), (second, _, then) = parties[0], parties[1]
    # the provider with other users ("Notabene and other users") or with third parties ("us and our
    # affiliates")
    return {first, second} in ({"provider", "other_users"}, {"provider", "third_parties"}) and (
        _AND_RECIPIENT.fullmatch(window, at + len(words), then) is not None
    )


def _verb_word(verb: str) -> str:
    """The verb itself in a matched phrase: 'hereby grants' -> 'grants', 'agree that this license
    includes' -> 'agree', 'waive these rights' -> 'waive' (its person says who the subject can be)."""
    words = verb.split()
    while len(words) > 1 and words[0].lower() in _ADVERBS:
        words.pop(0)
    return words[0]


# "the Creator grants", "Le Producteur associé concède", "each Seller grants": a role the terms define,
# right before the verb; the lexicon does not name it, and no party named earlier is the subject
_ROLE_SUBJECT = re.compile(
    r"(?:\b(?:the|each|every|any|an?|le|la|l['’]|chaque|une?)\s*(?:(?-i:[A-ZÀ-Þ])[\w-]+|(?-i:instructor|teacher|coach))"
    r"(?:\s+(?:(?:de|du|des|of|d['’])\s*)?(?-i:[A-ZÀ-Þ])[\w-]+|\s+associée?|\s+légale?|\s+(?:de|du|des|d['’])\s*[\w-]+)?)"
    r"\s+(?:(?:hereby|also|further|therefore|thereby|irrevocably|en\s+outre|également|gratuitement|expressément)\s+)*"
    r"(?:l['’]|(?:les|lui|leur|y|en)\s+){0,2}$",  # « l'Auditeur l'autorise »: object pronouns
    _FLAGS,
)


# "the Artist keeps the copyright in the Deliverable and grants the Client": the role, subject of both verbs
_COORDINATED_ROLE = re.compile(
    r"\b(?:(?:the|each|every|any|an?)\s+(?-i:[A-ZÀ-Þ])[\w-]+\s+(?:also\s+)?[a-z]+s\b[^.;:,]{0,100}?\sand\s+(?:also\s+)?"
    r"|(?:le|la|l['’]|chaque|une?)\s*(?-i:[A-ZÀ-Þ])[\w-]+\s+[a-zéèêû]+(?:e|ent|t)\b[^.;:,]{0,100}?\set\s+(?:en\s+outre\s+)?)$",
    _FLAGS,
)
_ROLE_RELATIVE = re.compile(
    r"\s*(?:\d+(?:\.\d+)*\.?\s+|\(\w{1,3}\)\s+)?((?:the|each|every|any|an?|le|la|l['’]|les|chaque|tout|un|une)\s*(?-i:[A-ZÀ-Þ])[\w-]+"
    r"|(?:all\s+)?(?-i:[A-ZÀ-Þ])[\w-]+s)\s+(?:qui|who|whose|that|dont)\s[^;]*$",
    _FLAGS,
)
# who gives what is received: "receives from you", « reçoit du Créateur »
_FROM_GIVER = re.compile(r"^(?:receives?|reçoi(?:t|vent))\s+(?:from|de|du)\s+(.+)$", _FLAGS)
# "the Marketplace Operator", "the City", « l'Association », « le GIP »: the provider, named by what it is
_PROVIDER_ROLE = re.compile(rf"\b(?:{PROVIDER_WORDS})\b", _FLAGS)


def _subject_party(before: str, verb: str, lexicon: Lexicon) -> Party | None:
    """The party that performs `verb`: the nearest party named before it in the same clause."""
    cut = max(before.rfind(";"), before.rfind(". "))
    before = before[cut + 1 :]
    relative = _ROLE_RELATIVE.match(before)
    if relative:
        # "Le Joueur qui dispose d'un compte Direct Stade autorise": the role is the subject, not a party
        # named inside its relative clause
        in_role = _parties_in(relative.group(1), lexicon)
        if in_role:
            return in_role[0][0]  # « Le Membre qui transmet des idées ... de la Plateforme autorise »
        return "provider" if _PROVIDER_ROLE.search(relative.group(1)) else None
    role = _ROLE_SUBJECT.search(before)
    if role:
        named = _parties_with_positions(before, lexicon)
        if not any(start < role.end() and start + len(words) > role.start() for _, words, start in named):
            if _PROVIDER_ROLE.search(role.group()):
                return "provider"  # "The Marketplace Operator grants each account holder ..."
            return None
    candidates = _parties_with_positions(before, lexicon)
    if not candidates:
        return None
    third_person = verb.endswith("s") and not verb.endswith("ss")
    french_third = verb.endswith(("e", "ent")) and not verb.endswith(("ez", "ons"))
    if _COORDINATED.search(before) and candidates[0][1].lower() in ("you", "vous"):
        # "You hereby appoint Inkwell as your distributor and authorize Inkwell to grant ...": the verb
        # after "and" shares the sentence's subject, not the object of the verb before it
        return candidates[0][0]
    for party, text, start in reversed(candidates):
        if third_person and text.lower() in ("you", "we"):
            continue  # "Zoom grants you": the subject of "grants" is not "you"
        if french_third and text.lower() in ("vous", "nous"):
            continue  # "elle vous les cède": the subject of "cède" is not "vous"
        if _AFTER_PREPOSITION.search(before, 0, start):
            continue  # "l'Utilisateur transmet à Cuisinons ..., il accorde": "à Cuisinons" is no subject
        return party
    return None


def _french_recipient(before: str, after: str, lexicon: Lexicon) -> Party | None:
    if re.search(r"\bnous\s+(?:\w+\s+){0,2}$", before, _FLAGS):
        return "provider"
    recipient = re.match(r"\s*(?:\w+\s+){0,3}((?:à|au|aux)\s+.{1,60})", after, _FLAGS)
    # the first « à » after the verb (« autorisez CoRoute à transmettre à son partenaire »), then the last
    for to in (re.match(r"\s*(?:\w+\s+){0,3}?(à\s+.{1,60})", after, _FLAGS), recipient):
        if to is not None and _TO_INFINITIVE.match(to.group(1)):
            # « vous autorisez Acme à transmettre vos coordonnées au partenaire », « autorisez Partaroute à
            # afficher votre photo aux membres »: the object of « autorisez », not whom it passes or shows
            # them to
            named = _first_party(after[: to.start(1)], lexicon)
            if named is not None:
                return named
    if recipient is None or recipient.start(1) > 8:
        # « vous autorisez les autres membres à télécharger »: the direct object, before « à »
        direct = _first_party(after[: recipient.start(1) if recipient else 40], lexicon)
        if direct in ("other_users", "third_parties"):
            return direct
        if direct == "provider" and recipient is None:
            return direct  # « vous autorisez l'Organisme à la publier »: the provider, named as the object
    return _first_party(recipient.group(1), lexicon) if recipient else None


_TO_INFINITIVE = re.compile(
    r"à\s+(?:(?:l['’]|les\s+|la\s+|le\s+|leur\s+|lui\s+|en\s+|y\s+)\s*)?[\w-]+(?:er|ir|re)\b", _FLAGS
)


_COORDINATED = re.compile(r"\b(?:and|et)\s+(?:(?:hereby|also|further|également)\s+)?$", _FLAGS)
_AFTER_PREPOSITION = re.compile(r"\b(?:à|au|aux|to|with|for|from|by|par|avec|pour|auprès\s+de)\s+$", _FLAGS)


def _parties_in(text: str, lexicon: Lexicon) -> list[tuple[Party, str]]:
    return [(party, words) for party, words, _ in _parties_with_positions(text, lexicon)]


def _parties_with_positions(text: str, lexicon: Lexicon) -> list[tuple[Party, str, int]]:
    """The parties named in `text`, in order, with where each starts (the longest wording at a place)."""
    found: list[tuple[int, Party, str]] = []
    parties: tuple[Party, ...] = ("other_users", "user", "provider", "third_parties")
    for party in parties:
        for match in lexicon.parties[party].finditer(text):
            found.append((match.start(), party, match.group()))
    found.sort(key=lambda item: (item[0], -len(item[2])))
    result: list[tuple[Party, str, int]] = []
    last_end = -1
    for start, party, words in found:
        if start < last_end:
            continue
        result.append((party, words, start))
        last_end = start + len(words)
    return result


def _last_party(text: str, lexicon: Lexicon) -> Party | None:
    parties = _parties_in(text, lexicon)
    return parties[-1][0] if parties else None


def _first_party(text: str, lexicon: Lexicon, *, limit: int = 60) -> Party | None:
    parties = _parties_in(text[:limit], lexicon)
    return parties[0][0] if parties else None


def _subject(window: str, grantor: str, kind: str, lexicon: Lexicon) -> str:
    if kind == "waive":
        return "user_content"
    best: tuple[int, str] | None = None
    lowered = window.lower()
    same = len(lowered) == len(window)  # lower-casing kept every offset: the folded patterns serve
    for (name, pattern), folded in zip(lexicon.subjects, lexicon.subjects_folded, strict=True):
        if grantor == "user" and name in ("software", "service"):
            continue  # "Service Generated Data" is data; users do not license the provider's service
        match = folded.search(lowered) if same and folded is not None else pattern.search(window)
        if match and name in ("feedback", "name_likeness") and match.start() < 100:
            return name  # specific subjects win when they come with the grant's object
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    if best is None:
        return "other"
    return best[1]


def _read_attributes(
    sentence: str,
    offset: int,
    start: int,
    end: int,
    finding: GrantFinding,
    lexicon: Lexicon,
    *,
    weak: bool = True,
) -> None:
    """The attributes stated in sentence[start:end]; `weak` wording ("in any manner") only in the grant's
    own sentence, never in a sentence that merely follows it."""
    lowered = sentence.lower()
    fast = len(lowered) == len(sentence)  # lower-casing kept every offset: scan the lower-cased text
    scanned = lowered if fast else sentence
    folded_text = lowered if fast else None  # for _either
    window = lowered[start:end]
    for kind in FLAG_KINDS:
        positive = (lexicon.positive_lower if fast else lexicon.positive).get(kind)
        if positive is None:
            continue
        stems = lexicon.positive_stems.get(kind)
        if stems is not None and not any(map(window.__contains__, stems)):
            positive = None  # no wording of this kind can start here
        negative = lexicon.negative_lower.get(kind) if fast else lexicon.negative[kind]
        negative_stems = lexicon.negative_stems.get(kind)
        if (
            negative is not None
            and negative_stems is not None
            and not any(map(window.__contains__, negative_stems))
        ):
            negative = None  # no negative wording of this kind can start here
        negatives: list[tuple[int, int]] | None = None  # scanned only when needed
        negatives_after = lexicon.negative_after.get(kind) if fast else None
        spans = (
            _spans_of(positive, lexicon.positive_after[kind] if fast else None, scanned, start, end)
            if positive is not None
            else ()
        )
        for at, until in spans:
            if negatives is None:
                negatives = (
                    list(_spans_of(negative, negatives_after, scanned, start, end)) if negative else []
                )
            if any(a <= at < b for a, b in negatives):
                continue
            if kind in ("ai_training", "any_purpose") and _negated_use(sentence, at, lexicon):
                continue  # "we will not use your files for any other purpose, or to train any model"
            if kind == "exclusive" and not _EXCLUSIVE_OF.search(
                sentence, max(0, at - 100), min(len(sentence), until + 100)
            ):
                continue  # "exclusive property", "Droits exclusifs": ownership words, not a licence term
            if kind == "sublicensable" and _ON_BEHALF_ONLY.match(sentence, until):
                continue  # "with the right to sub-license to our hosting providers acting on our behalf"
            finding.attributes.setdefault(kind, (offset + at, offset + until))
            break
        weak_pattern = lexicon.weak.get(kind) if weak else None
        if (
            kind not in finding.attributes
            and weak_pattern is not None
            and not _either(lexicon.limiters, lexicon.limiters_folded, sentence, folded_text)
        ):
            weak_match = weak_pattern.search(sentence, start, end)
            if weak_match:
                finding.attributes[kind] = (offset + weak_match.start(), offset + weak_match.end())
        bare_pattern = lexicon.bare.get(kind) if weak else None
        bare_match = (
            _either(bare_pattern, lexicon.bare_folded.get(kind), sentence, folded_text, start, end)
            if bare_pattern and kind not in finding.attributes
            else None
        )
        if (
            bare_match is not None
            # a purpose after it limits the use ("freely to improve the Service"); one before it is what the
            # user sent the ideas for (« les idées que vous adressez en vue d'améliorer ... »)
            and not _either(
                lexicon.limiters, lexicon.limiters_folded, sentence, folded_text, bare_match.end()
            )
            and not lexicon.purpose.search(sentence, bare_match.end())
            and not _negated_use(sentence, bare_match.start(), lexicon)
        ):
            finding.attributes[kind] = (offset + bare_match.start(), offset + bare_match.end())
            finding.loose |= {kind}
        if kind not in finding.attributes and negative is not None:
            if negatives is None:  # no positive wording: only the first negative one is needed
                first = next(_spans_of(negative, negatives_after, scanned, start, end), None)
            else:
                first = negatives[0] if negatives else None
            if first is not None:
                finding.negated[kind] = (offset + first[0], offset + first[1])
    purposes = (
        _spans_of(lexicon.purpose_folded, lexicon.purpose_after, lowered, start, end)
        if fast and lexicon.purpose_folded is not None
        else _spans_of(lexicon.purpose, None, sentence, start, end)
    )
    for at, until in purposes:
        stop = _PURPOSE_STOP.search(sentence, until)
        finding.purposes.append((offset + at, offset + (stop.start() if stop else until)))


_PURPOSE_STOP = re.compile(r"[.;]|\([ivx]+\)|\n")


def _from_separator(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern that starts with _WORD_START, made to start with the character before the word instead."""
    assert pattern.pattern.startswith(_WORD_START)
    return re.compile(f"[^{_W}-]{pattern.pattern[len(_WORD_START) :]}", pattern.flags)


def _spans_of(
    pattern: re.Pattern[str], after: re.Pattern[str] | None, text: str, start: int, end: int
) -> Iterator[tuple[int, int]]:
    """The spans of pattern.finditer(text, start, end); found with `after` when there is one (see
    _from_word_starts)."""
    if after is None:
        return (match.span() for match in pattern.finditer(text, start, end))
    return ((at, match.end()) for at, match in _from_word_starts(pattern, after, text, start, end))


def _either(
    pattern: re.Pattern[str],
    folded: re.Pattern[str] | None,
    text: str,
    lowered: str | None,
    start: int = 0,
    end: int = sys.maxsize,
) -> re.Match[str] | None:
    """pattern.search(text, start, end), made with its folded twin on `lowered` (the text lower-cased, the
    same length) where there are both: the same match, found about twice as fast."""
    if folded is not None and lowered is not None:
        return folded.search(lowered, start, end)
    return pattern.search(text, start, end)


def _negated_use(sentence: str, position: int, lexicon: Lexicon) -> bool:
    window = sentence[max(0, position - 200) : position]
    cut = max(window.rfind(";"), window.rfind(". "))
    return bool(lexicon.negated_use.search(window[cut + 1 :]))


def _positive_search(
    kind: str, text: str, lexicon: Lexicon, lowered: str | None = None
) -> re.Match[str] | None:
    """lexicon.positive[kind].search(text), made on the lower-cased text where that gives the same match."""
    folded = lexicon.positive_folded.get(kind)
    lowered = text.lower() if lowered is None else lowered
    if folded is None or len(lowered) != len(text):
        return lexicon.positive[kind].search(text)
    stems = lexicon.positive_stems.get(kind)
    if stems is not None and not any(map(lowered.__contains__, stems)):
        return None  # no wording of the kind can be there
    return folded.search(lowered)


def _reassurance(sentence: str, offset: int, clause: Clause, lexicon: Lexicon) -> Reassurance | None:
    ai = _positive_search("ai_training", sentence, lexicon)
    if not ai or not _negated_use(sentence, ai.start(), lexicon):
        return None
    return Reassurance(
        kind="ai_training",
        clause=clause.number,
        clause_index=clause.index,
        quote=sentence,
        start=offset,
        end=offset + len(sentence),
    )


def _statement(clause: Clause, sentence: tuple[int, int]) -> GrantFinding:
    """A holder for what a sentence states about grants made elsewhere ("This licence is royalty-free")."""
    return GrantFinding(
        clause=clause, grantor="user", grantee="provider", subject="other", verb=(0, 0), sentence=sentence
    )


_GRANT_TO_ROLE = re.compile(
    r"\b(?:confèrent|confère|accordent|accorde|concèdent|concède|octroient|octroie|grants?|gives?|confers?)\s+"
    r"(?:(?:à|aux|to)\s+)?(?:l['’]|la\s+|le\s+|les\s+|the\s+|each\s+|every\s+|chaque\s+)\s*(?-i:[A-ZÀ-Þ])\w+"
    r"\s+(?:an?\s+|une?\s+|the\s+|la\s+|le\s+)?(?:[\w,-]+\s+){0,4}?(?:licen[cs]e|droit|right)",
    _FLAGS,
)
_THUS_ACQUIRED = re.compile(r"\b(?:ainsi|thus|so)\s+(?:acquis|obtenus|acquired|obtained)\b", _FLAGS)


def _extend_previous_grant(
    sentence: str,
    offset: int,
    clause: Clause,
    findings: list[GrantFinding],
    lexicon: Lexicon,
    *,
    every: bool = False,
) -> bool:
    """'This licence continues after you delete your account': attributes stated apart from the grant.

    A sentence that speaks of the licence, or that directly follows the grant ('This Agreement does not
    entitle you to any payments'), adds its attributes to the latest grant the user made (within a few
    sections); "these licences" (plural) add them to every recent user grant. Whether it spoke of one."""
    if not findings or _LICENCE_TO_YOU.search(sentence) or _warranty(sentence):
        # the provider's licence, or a promise about the grants ("You confirm that you have ...")
        return False

    previous = findings[-1]
    by_name = _granting_named(sentence, findings)
    if by_name is not None:
        previous = by_name  # « 7.4 La Licence d'enregistrement prend fin ..., sous réserve des sauvegardes »
    elif (
        previous.clause.index != clause.index
        and _LICENCE_NOUN.search(sentence)
        and not _THUS_ACQUIRED.search(sentence)  # « les droits ainsi acquis »: what the latest grant gave
    ):
        # "this license will continue" in a later section: the latest grant that was called a licence
        named = [f for f in findings[-4:] if f.grantor == "user" and f.named_licence and f is not previous]
        if named and not previous.named_licence:
            previous = named[-1]
    if previous.kind == "waive":
        # "You assign ... . You waive your moral rights. Volunteers are not paid": about what was assigned
        granted = [f for f in findings if f.grantor == "user" and f.kind != "waive"]
        if granted and granted[-1].clause.index == previous.clause.index:
            previous = granted[-1]
    if previous.grantor != "user" or not _related(previous.clause, clause):
        return False
    if _names_other_titles(sentence, previous, findings):
        return False  # « les licences consenties à l'article « Vos Textes » »: another section's licence
    # "The licenses described in Sections 5.2 and 5.4": sections are named by number
    reference = _NAMES_LICENCE.search(sentence) if _DIGIT.search(sentence) else None
    refs = _section_refs(sentence[reference.start() :]) if reference else set()
    named_there = (
        [f for f in findings if f.grantor == "user" and _names(refs, f.clause, f.paragraph)] if refs else []
    )
    if reference and named_there and not _PLURAL_HEAD.match(reference.group()):
        named_there = _first_licences(named_there, findings) or named_there
    # « Les autorisations consenties aux articles 7.2 et 7.5 ... » right after the grant of 7.4: about those
    # (or names only other sections, where this reader found no grant: « L'autorisation prévue à l'article
    # 5.4 » said in article 9, after the grant of 8.2)
    foreign = bool(refs) and not any(
        _names({r.split(".")[0]}, previous.clause, previous.paragraph) for r in refs
    )
    targets = [] if (named_there or foreign) and previous not in named_there else [previous]
    if every or _PLURAL_LICENCES.search(sentence):
        # "These Session licences are ... free of charge": the licences of this section, not those before it
        these = _THESE_LICENCES.search(sentence) is not None
        targets = [
            f
            for f in findings
            if f.grantor == "user"
            and _related(f.clause, clause)
            and (not these or _same_section(f.clause, clause))
            and not _lead_in(f, findings)
            and not f.summary
            and (not refs or _names(refs, f.clause, f.paragraph))
        ]
    extra = _statement(clause, (offset, offset + len(sentence)))
    _read_attributes(sentence, offset, 0, len(sentence), extra, lexicon, weak=False)
    if (
        targets == [previous]
        and previous.grantee == "other_users"
        and not _PLURAL_LICENCES.search(sentence)
        and not _THUS_ACQUIRED.search(sentence)  # « Le Client peut céder à son tour les droits ainsi acquis »
    ):
        # « L'Association peut permettre aux ateliers d'utiliser les Fiches » after a licence to other
        # users: the provider passes on what it holds, the licence granted to it before that one
        # (a waiver has nothing to pass on; "The Client may sublicense the Usage" is said by the licensee)
        held = [
            f
            for f in findings
            if f.grantor == "user" and f.grantee in ("provider", "provider_and_others") and f.kind != "waive"
        ]
        passed_on = extra.attributes and extra.attributes.keys() <= {"sublicensable", "transferable"}
        if (
            held
            and passed_on
            and _related(held[-1].clause, clause)
            and not _by_the_licensee(sentence, previous)
        ):
            targets = [held[-1]]
    for target in targets:
        for kind, span in extra.attributes.items():
            if kind not in target.negated:  # "non-exclusive" in the grant itself prevails over later words
                target.attributes.setdefault(kind, span)
        for kind, span in extra.negated.items():  # "Cette licence n'est ni cessible ni transférable"
            if kind not in target.attributes:
                target.negated.setdefault(kind, span)
    return bool(targets)


def _by_the_licensee(sentence: str, previous: GrantFinding) -> bool:
    """Whether the sentence opens with the role the grant before it was made to ('... grants the Client a
    licence ... . The Client may sublicense the Usage'): what the licensee may do with it."""
    if previous.licensee is None:
        return False
    opening = rf"\s*(?:the|le|la|l['’]|each|chaque)\s*{re.escape(previous.licensee)}\b"
    return re.match(opening, sentence, _FLAGS) is not None


# "grants the Client", « accorde au Client »: the role a grant is made to, right after its verb
_LICENSEE = re.compile(
    r"\s*(?:to\s+)?(?:the|each|à\s+la|à\s+l['’]|au|à\s+chaque)\s*((?-i:[A-ZÀ-Þ])[\w-]+)", _FLAGS
)


def _names_other_titles(sentence: str, previous: GrantFinding, findings: list[GrantFinding]) -> bool:
    """Whether the sentence quotes the title of a section holding a user grant, and not the latest one's."""
    if not any(mark in sentence for mark in '«“"'):
        return False
    quoted = {_title_key(t) for t in _QUOTED.findall(sentence)}
    own = {_title_key(t) for t in (previous.clause.title, *previous.clause.path) if t}
    return not quoted & own and any(
        f.grantor == "user" and f.clause.title and _title_key(f.clause.title) in quoted for f in findings
    )


# "The licences granted to you under Section 4 ...", « la licence qui vous est concédée »: the provider's
_LICENCE_TO_YOU = re.compile(
    r"\blicen[cs]es?\s+(?:\w+\s+){0,2}(?:granted|given)\s+to\s+you\b"
    r"|\blicences?\s+(?:qui\s+vous\s+(?:est|sont)\s+)(?:accordée?s?|concédée?s?|consentie?s?)",
    _FLAGS,
)
# "this licence includes the right to ...": a grant sentence that widens the licence made just before
_RESTATES = re.compile(
    r"\b(?:this|that|the\s+above|such|cette|la\s+présente)\s+licen[cs]e\s+(?:also\s+)?(?:includes|comprend|inclut)\b",
    _FLAGS,
)
_UNDER_THIS_LICENCE = re.compile(
    r"\b(?:under|within\s+the\s+scope\s+of)\s+(?:this|that|the\s+same)\s+licen[cs]e\b"
    r"|\bdans\s+le\s+cadre\s+de\s+(?:cette|la\s+présente)\s+licence\b",
    _FLAGS,
)
_DIGIT = re.compile(r"\d")
# a sentence that opens on the licence: "This license is: ...", « Cette licence permet ... »
_ABOUT_LICENCE = re.compile(
    r"[\s*_>-]*(?:this|that|the|such|cette|ladite|la)\s+(?:licen[cs]e|permission|autorisation)\b", _FLAGS
)
_PRONOUN_START = re.compile(
    r"(?:it|il|elle|celle-ci|this\s+right|ce\s+droit|they|ils|elles|celles-ci|ceux-ci"
    r"|(?:these|those|such|ces|lesdites)\s+(?:licen[cs]es|rights|permissions|droits|autorisations))\b",
    _FLAGS,
)
_CONTRAST = re.compile(r"(?:however|but|nevertheless|cependant|toutefois|néanmoins|mais)\b", _FLAGS)


_THAT_END = re.compile(
    r"\b(?:à\s+cette\s+fin|à\s+ces\s+fins|dans\s+ce\s+but|for\s+(?:this|that|these|those)\s+purposes?|to\s+that\s+end)\b",
    _FLAGS,
)


_LEADING_MARKS = re.compile(r"[\W_]*")


def _first_word(start: int, sentence: str) -> int:
    """Where the first word of the sentence at `start` begins, past its marks ("| ", "- ", "**")."""
    lead = _LEADING_MARKS.match(sentence)
    return start + (lead.end() if lead else 0)


# a new paragraph: a blank line, or a table row
_BLANK_LINE = re.compile(r"\n[ \t>]*(?:\n|\|)")


def _in_grant_paragraph(
    text: str, findings: list[GrantFinding], clause: Clause, start: int, sentence: str
) -> bool:
    """'You grant us a licence to show your photos. We will not add your name without asking. You will not
    be paid for this use.': a later sentence of the paragraph of the user's latest grant says more of it."""
    if not findings:
        return False
    latest = findings[-1]
    return (
        latest.grantor == "user"
        and not latest.summary
        and latest.clause.index == clause.index
        and latest.sentence[1] <= start
        # up to the sentence's first word: "| Sales | You will not be paid" begins with a new table row
        and _BLANK_LINE.search(text, latest.sentence[1], _first_word(start, sentence)) is None
    )


_TABLE_ROW = re.compile(r"\n[ \t]*\|")


def _new_row(text: str, findings: list[GrantFinding], start: int, sentence: str) -> bool:
    """'| Content | ... we ask you to grant us some rights ... |\n| Privacy | ...': the next row of a table
    speaks of another topic than the grant in the row before."""
    lead = _first_word(start, sentence)
    return bool(findings) and _TABLE_ROW.search(text, findings[-1].sentence[1], lead) is not None


def _for_that_use(
    findings: list[GrantFinding], found: list[GrantFinding], sentence: str, clause: Clause
) -> bool:
    """The user's permission "for that purpose" right after the provider said what it uses: that use."""
    return bool(
        findings
        and findings[-1].kind == "content_use"
        and findings[-1].clause.index == clause.index
        and len(found) == 1
        and found[0].grantor == "user"
        and found[0].grantee == findings[-1].grantee
        and (
            _THAT_END.search(sentence) is not None
            # "Your listeners may download your public Episodes. You grant them that permission ...",
            # « Vos auditeurs peuvent télécharger vos épisodes. Vous leur accordez cette autorisation »
            or (found[0].grantee == "other_users" and _THAT_PERMISSION.search(sentence) is not None)
        )
    )


_THAT_PERMISSION = re.compile(
    r"\b(?:them|leur)\s+(?:[\w-]+\s+){0,2}?(?:that|this|cette|ce)\s+(?:permission|right|licen[cs]e|autorisation|droit)\b",
    _FLAGS,
)


def _inherit(findings: list[GrantFinding], clause: Clause, attributes: dict[str, tuple[int, int]]) -> None:
    """Give these attributes to the latest licence the user made in a related clause."""
    for finding in reversed(findings):
        if finding.grantor == "user" and finding.is_licence and _related(finding.clause, clause):
            for kind, span in attributes.items():
                finding.attributes.setdefault(kind, span)
            return


def _receive_from_licence(findings: list[GrantFinding], clause: Clause, found: list[GrantFinding]) -> None:
    """A use 'under this license' has what the licence it refers to has."""
    for licence in reversed(findings):
        if licence.grantor == "user" and licence.is_licence and _related(licence.clause, clause):
            for finding in found:
                if finding.grantor == "user":
                    for kind, span in licence.attributes.items():
                        finding.attributes.setdefault(kind, span)
            return


_PROVIDER_SIDE = {"provider", "third_parties", "provider_and_others"}


# "consent to our editing", « acceptez que nous modifiions »: a consent to changes
_TO_CHANGES = re.compile(
    r"[^.;]{0,40}?\b(?:edit|modif|alter|adapt|chang|retouch|crop|abridg|shorten|recadr|coup)", _FLAGS
)


def _waivers_joined(found: list[GrantFinding], sentence: str, start: int) -> list[GrantFinding]:
    """ "You assign your copyright to Lumio and waive your moral rights": a waiver of moral rights in the
    sentence of the grant it serves goes with that grant and is flagged on it. A consent to changes that
    waives the right to object to them is a waiver itself: a promise not to object, nothing to pass on."""
    waivers = [f for f in found if f.kind == "waive"]
    if not waivers:
        return found
    others = [f for f in found if f.kind != "waive" and f.grantor == "user"]
    target = others[-1] if others else None
    if target is None:
        return found
    for waiver in waivers:
        target.attributes.setdefault(
            "moral_rights_waiver", waiver.attributes.get("moral_rights_waiver", waiver.verb)
        )
    if target.kind == "consent" and _TO_CHANGES.match(sentence, target.verb[0] - start):
        target.kind = "waive"
    return [f for f in found if f is target or f.kind != "waive"]


def _partners_use_joined(found: list[GrantFinding]) -> list[GrantFinding]:
    """« vous autorisez Vitalien à anonymiser vos Mesures et à les mettre à la disposition des Partenaires,
    qui peuvent les utiliser pour leurs propres projets »: the partners' use, in the sentence of the grant to
    the provider, is that grant passed on (sublicensed), not a grant of its own."""
    if len(found) < 2 or (found[0].grantor, found[0].grantee) != ("user", "provider"):
        return found
    joined = [
        f
        for f in found[1:]
        if f.kind == "content_use" and (f.grantor, f.grantee) == ("user", "third_parties")
    ]
    for f in joined:
        for kind, span in f.attributes.items():
            if kind not in found[0].negated:
                found[0].attributes.setdefault(kind, span)
    return [f for f in found if f not in joined]


def _passing_on(
    found: list[GrantFinding],
    findings: list[GrantFinding],
    sentence: str,
    offset: int,
    clause: Clause,
    lexicon: Lexicon,
) -> list[GrantFinding]:
    """The grants found that only pass on the user's grant just made: « Tandemot peut autoriser ses
    partenaires ... à utiliser les Contributions » (the provider sublicensing it), "those partners may
    display Your Content" (what the licence lets them do). Their words belong to that grant."""
    if not found or not findings:
        return []
    previous = _passed_on(findings, sentence)
    if previous.grantor != "user" or not (previous is not findings[-1] or _related(previous.clause, clause)):
        return []
    # « Vous nous autorisez à concéder aux Clients ... des sous-licences », "you authorise us to grant
    # sublicences": no new grant, the licence just granted may be sublicensed
    sublicensing = [
        f
        for f in found
        if (f.grantor, f.grantee) == ("user", "provider")
        and _TO_SUBLICENSE.match(sentence, f.verb[1] - offset)
    ]
    for f in sublicensing:
        f.attributes.setdefault("sublicensable", f.verb)
    # « L'Éditeur pourra autoriser les éditeurs de logiciels ... à exercer tout ou partie de ces droits »: the
    # provider lets others (whom the lexicon does not name) exercise the rights just granted to it
    onward = [
        f
        for f in found
        if (f.grantor, f.grantee) == ("provider", "user")
        and previous.grantee in ("provider", "provider_and_others")
        and (
            _EXERCISE_THESE.search(sentence, f.verb[1] - offset, f.verb[1] - offset + 250) is not None
            # « La Commune peut autoriser la communauté de communes ... à utiliser les Contributions »
            or _letting_span(sentence, f.verb[0] - offset, lexicon) is not None
        )
        and not _YOU_AFTER.search(sentence, f.verb[1] - offset, f.verb[1] - offset + 30)
    ]
    for f in onward:
        f.attributes.setdefault("sublicensable", f.verb)
    return [
        f
        for f in found
        if (f.grantor, f.grantee) == ("provider", "third_parties")
        or f in sublicensing
        or f in onward
        or _uses_it_again(f, previous, sentence, offset, clause)
        # "**4.3 Scope.** The City may use your submissions anywhere": the grant of 4.1, said again
        or (
            f.kind in ("content_use", "feedback_use")
            and f.grantee == previous.grantee
            and previous.clause.index != clause.index
            and _continues_grant(previous, clause)
        )
        or (
            f.kind == "content_use"
            and f.grantee == "third_parties"
            and _BACK_TO_THEM.search(sentence, 0, f.verb[0] - offset) is not None
            and previous.clause.index == clause.index
            and previous.grantee in ("provider", "provider_and_others")
        )
    ]


def _passed_on(findings: list[GrantFinding], sentence: str) -> GrantFinding:
    """The grant a sentence passes on: the user's grant in the section it names ("may grant all or part of the
    rights in Section 7.2 to its partners"), else the grant just made."""
    refs = _section_refs(sentence) if _DIGIT.search(sentence) and _SECTION_WORD.search(sentence) else set()
    named = [f for f in findings if f.grantor == "user" and _names(refs, f.clause, f.paragraph)]
    return named[-1] if named else findings[-1]


def _uses_the_statistics(finding: GrantFinding, previous: GrantFinding, clause: Clause, text: str) -> bool:
    """ "We may create aggregated data from Your Data. We own it and may use it for any lawful purpose": the
    use of the statistics the provider was just allowed to make states that permission with its scope."""
    return (
        finding.kind == "content_use"
        and previous.kind == "content_use"
        and finding.grantee == previous.grantee
        and previous.subject == "data"
        and previous.clause.index == clause.index
        and "ai_training" not in finding.attributes
        and _AGGREGATE_VERB.search(text, *previous.verb) is not None
    )


_AGGREGATE_VERB = re.compile(r"\b(?:aggregat|anonymi|de-identified|statisti)", _FLAGS)


def _continues_grant(previous: GrantFinding, clause: Clause) -> bool:
    """ "**4.2 No payment.**", "**4.3 Scope.**" after "**4.1 Licence to the City.** ... a licence is granted":
    the next lead-in paragraphs of the same section, before any other grant, go on about that grant."""
    return (
        previous.grantor == "user"
        and not previous.summary
        and 0 < clause.index - previous.clause.index <= 3
        and clause.path == previous.clause.path
        and bool(previous.clause.title)
        and _sub_paragraphs(previous.clause, clause)
        and _GRANT_TERMS_TITLE.search(clause.title or "") is not None
    )


def _after_the_end_paragraph(finding: GrantFinding, clause: Clause) -> bool:
    """ "**6.7 Après la résiliation.**" after the user's grant in 6.6: a paragraph of the grant's section
    whose title speaks of the end."""
    return (
        finding.grantor == "user"
        and clause.title is not None
        and finding.clause.number is not None
        and _sub_paragraphs(finding.clause, clause)
        and bool(_END_TITLE.search(clause.title))
    )


_END_TITLE = re.compile(
    r"\b(?:after|après|when\s+you\s+leave|leaving|départ|closing|closure|clôture|termination|résiliation"
    r"|deletion|suppression|end|fin)\b",
    _FLAGS,
)


def _sub_paragraphs(first: Clause, second: Clause) -> bool:
    """ "4.1" and "4.2", or two lead-ins inside section 6: paragraphs of one section, not two sections
    ("Article 11" and "Article 12")."""
    if first.number is None and second.number is None:
        return bool(first.path) and (len(first.path) > 1 or _DIGIT.search(first.path[-1]) is not None)
    if first.number is None or second.number is None:
        return False
    # "Art. 8" and "Art. 13" are two articles, not paragraphs of "Art"
    parent = first.number.rsplit(".", 1)[0]
    return (
        "." in first.number
        and _DIGIT.search(parent) is not None
        and parent == second.number.rsplit(".", 1)[0]
    )


# lead-in titles that speak of a grant's terms: "No payment", "Scope", « Étendue », « Durée », "Partners"
_GRANT_TERMS_TITLE = re.compile(
    r"\b(?:pay\w*|paid|unpaid|compensation|royalt\w*|fees?|free|scope|extent|territory|where|duration|term"
    r"|how\s+long|sub-?licen\w*|partners?|transfer\w*|exclusiv\w*|withdraw\w*|revoc\w*|irrevoc\w*"
    r"|rémunération|contrepartie|gratuit\w*|étendue|portée|territoire|durée|sous-licences?|partenaires?"
    r"|transfert|cession|exclusivité|retrait|révocation)\b",
    _FLAGS,
)


def _uses_it_again(
    finding: GrantFinding, previous: GrantFinding, sentence: str, offset: int, clause: Clause
) -> bool:
    """ "You allow us to collect and use Print Data. We use it to ... develop our models": the use of what
    was just granted, said again with a pronoun (« Nous les utilisons pour ... »)."""
    start, end = finding.verb[0] - offset, finding.verb[1] - offset
    return (
        finding.kind in ("content_use", "feedback_use")
        and finding.grantee == "provider"
        and previous.grantee in ("provider", "provider_and_others")
        and previous.clause.index == clause.index
        and start < 40  # the sentence opens on that use: its "it" is the grant's object
        # « Le Client cède ... les Suggestions. L'Éditeur pourra librement les exploiter »: feedback only
        # after a grant of feedback
        and (finding.subject != "feedback" or previous.subject == "feedback")
        and (
            _USE_IT.match(sentence, end) is not None
            # « les » right before the verb is the pronoun, not an article
            or _THEM_BEFORE_VERB.search(sentence, max(0, start - 40), end) is not None
            # « ... cède à Festivia ses droits sur l'œuvre. Festivia pourra exploiter l'œuvre à toutes fins »:
            # the work just granted, named again with its article
            or (
                previous.kind in ("grant", "grant_passive", "assign")
                # a use to train models is a permission of its own
                and "ai_training" not in finding.attributes
                and finding.paragraph == previous.paragraph
                and _THE_WORK.match(sentence, end) is not None
            )
        )
    )


# « à exercer tout ou partie de ces droits », "to exercise all or part of these rights"
_EXERCISE_THESE = re.compile(
    r"\b(?:à\s+exercer|d['’]exercer|to\s+exercise)\s+"
    r"(?:tout\s+ou\s+partie\s+de\s+|all\s+or\s+(?:any\s+)?part\s+of\s+)?"
    r"(?:ces|ses|these|those|such|the\s+same|lesdits|ladite|cette|this|that)\s+"
    r"(?:droits?|licen[cs]es?|rights?|autorisations?)",
    _FLAGS,
)
# « La Société pourra céder ou sous-licencier cette licence », "we may assign this licence": the provider's
# transfer of the grant just made, which its words are about
_TRANSFERS_THIS_GRANT = re.compile(
    r"\b(?:céder|transférer|transmettre|assign|transfer|pass)\s+"
    r"(?:ou\s+sous[- ]licencier\s+|or\s+sub-?license\s+)?"
    r"(?:(?:cette|ces|this|these|such|that)\s+(?:licen[cs]es?|droits?|rights?|autorisations?|permissions?)\b"
    # "may assign the Contributor Licence to any purchaser": a licence named, passed to a buyer
    r"|the\s+(?:[\w-]+\s+){0,2}licen[cs]es?\s+to\s+(?:any|a|an|the|its|our)\s+(?:[\w-]+\s+)?"
    r"(?:purchaser|buyer|acquirer|successor|assignee|new\s+owner)\b"
    # « céder à son tour les droits ainsi acquis », "assign the rights thus acquired": those just granted
    r"|(?:[^.;]{0,40}?\s)?(?:les\s+|des\s+|the\s+)?(?:droits|rights|licen[cs]es|permissions)\s+"
    r"(?:ainsi\s+|thus\s+|so\s+)?(?:acquis|obtenus|acquired|obtained)\b"
    # "pass the licences you've given us on to a buyer"
    r"|the\s+(?:licen[cs]es?|rights?|permissions?)\s+(?:that\s+)?you(?:['’]ve|\s+have)?\s+(?:granted|given|grant|give)\s+us\b)"
    # « SavoirVoisin peut la transférer à toute société qui reprendrait l'exploitation »
    r"|\b(?:la|les|l['’])\s*(?:céder|transférer|transmettre)\s+à\s+(?:toute?|une?|son|sa|l['’]|la|le)\b",
    _FLAGS,
)
_USE_IT = re.compile(r"\s+(?:it|them|these|those)\b", _FLAGS)
_THE_WORK = re.compile(
    r"\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)(?!(?:données|data|information)\b)[\w-]+", _FLAGS
)
_THEM_BEFORE_VERB = re.compile(r"\b(?:les|l['’])\s*[\w-]+$", _FLAGS)


def _letting_span(sentence: str, verb: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The sentence's wording of sublicensing ("may allow its partners to publish") that takes in the
    provider's verb at `verb`: the provider letting others use what the user just granted."""
    lowered = sentence.lower()
    matches = (
        lexicon.positive_lower["sublicensable"].finditer(lowered)
        if len(lowered) == len(sentence)  # the same offsets: the faster scan, as in _read_attributes
        else lexicon.positive["sublicensable"].finditer(sentence)
    )
    return next((m.span() for m in matches if m.start() <= verb < m.end()), None)


def _lets_on(finding: GrantFinding, sentence: str, offset: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """« La Coopérative peut autoriser les autres coopératives à reproduire la photo »: the provider letting
    third parties use what the user just granted, in the lexicon's words of sublicensing."""
    if (finding.grantor, finding.grantee) != ("provider", "third_parties"):
        return None
    span = _letting_span(sentence, finding.verb[0] - offset, lexicon)
    return (offset + span[0], offset + span[1]) if span else None


_YOU_AFTER = re.compile(r"\b(?:you|vous|your|votre|vos)\b", _FLAGS)
_TO_SUBLICENSE = re.compile(
    r"\s+(?:(?:us|nous|it|la\s+\w+|the\s+\w+)\s+)?(?:to|à)\s+(?:sub[- ]?licen[cs]e\b|sous[- ]licencier\b"
    r"|(?:grant|issue|concéder|consentir|accorder|octroyer)\b[^.;]{0,100}?"
    r"\b(?:sub[- ]?licen|sous[- ]licence))",
    _FLAGS,
)
# "these rights", « tout ou partie de ces droits » (« ... des droits visés à l'article 7.2 »), "this licence":
# what the user has just granted
_GRANTED_BACK = re.compile(
    r"\b(?:(?:ces|ce|cette|ladite|lesdits|these|this|such|that|those|the\s+same)\s+(?:droits?|licences?|"
    r"licen[cs]es?|rights?|autorisations?|permissions?)"
    r"|(?:tout|partie)\s+ou\s+partie\s+(?:de\s+(?:ces|ses)(?:\s+[\w-]+)?|des\s+droits\b)"
    r"|(?:all|any)\s+or\s+(?:any\s+)?part\s+of\s+(?:these|those|such|the)\s+rights)\b",
    _FLAGS,
)


def _sublicenses(finding: GrantFinding, sentence: str, offset: int) -> tuple[int, int] | None:
    """The provider grants others the rights it was just granted, a sublicence in other words: the span
    from the verb to those rights ("concéder tout ou partie de ces droits")."""
    if finding.kind != "grant" or (finding.grantor, finding.grantee) != ("provider", "third_parties"):
        return None
    back = _GRANTED_BACK.search(sentence, max(0, finding.verb[0] - offset), finding.verb[1] - offset + 80)
    return (finding.verb[0], offset + back.end()) if back else None


def _other_paragraph(first: str | None, second: str | None) -> bool:
    """ "4.3" and "4.8": numbered paragraphs of their own ("5.1" and "5.1.2" are not)."""
    if first is None or second is None or first.startswith("(") or second.startswith("("):
        return False
    return not (second.startswith(first) or first.startswith(second))


def _lead_in(finding: GrantFinding, findings: list[GrantFinding]) -> bool:
    """'But, you grant us a licence to use that content.' followed by the licence in full: a grant
    sentence that states nothing of its own, with a fuller grant by the user after it in the same clause
    or the next. The fuller grant carries the attributes; the lead-in inherits none."""
    if finding.grantor != "user" or (finding.own | finding.attributes.keys()) - finding.loose:
        return False
    forward = finding.forward
    after = False
    for other in findings:
        if other is finding:
            after = True
        elif after and other.grantor == "user":
            # the next grant the user makes, not one further on ("5.2 you grant ...; 6.3 you agree that we
            # may use your recipes to train ..." is no lead-in to 6.3)
            return (
                (other.grantee == finding.grantee or {other.grantee, finding.grantee} <= _PROVIDER_SIDE)
                and bool(other.own or forward)
                # a permission over small ads is no lead-in to the next section's use of suggestions
                and (other.subject == "feedback") == (finding.subject == "feedback")
                and 0 <= other.clause.index - finding.clause.index <= 1
                and not _other_paragraph(finding.paragraph, other.paragraph)
                # "6.2 Carnet privé. Vous autorisez ... 6.3 ... Vous concédez également": two numbered
                # paragraphs the segmenter made sections of, each with its own grant
                and (forward or not _other_paragraph(finding.clause.number, other.clause.number))
            )
    return False


def _in_own_section(finding: GrantFinding, clause: Clause) -> bool:
    """Whether `clause` is the grant's clause or lies inside the grant's section (Google's 'Duration')."""
    if finding.grantor != "user":
        return False
    own = finding.clause.number or finding.clause.title
    if (
        clause.index == finding.clause.index + 1
        and clause.path == finding.clause.path
        and clause.title
        and clause.number is None
        and finding.clause.number is None
    ):
        # "**Duration.** ..." right after the grant's own "**Voluntary sharing.** ...": its terms, not a new
        # subject
        return bool(_TERMS_TITLE.match(clause.title))
    return clause.index == finding.clause.index or (
        clause.index > finding.clause.index and own is not None and own in clause.path
    )


_TERMS_TITLE = re.compile(
    r"(?:durée|duration|term|length|how\s+long|combien\s+de\s+temps|fin\s+de\s+la\s+licence|end\s+of\s+the\s+licen[cs]e"
    r"|when\s+the\s+licen[cs]e\s+ends|retrait|withdrawal|suppression|deletion)\b",
    _FLAGS,
)


_ENDS_LICENCE = re.compile(
    r"\b(?:licen[cs]es?|permissions?|rights?|droits?|autorisations?|it|elle)\b[^.;]{0,80}?"
    r"\b(?:end|ends|ended|terminates?|terminated|ceases?|expires?|stops?|prend(?:ra|ront|nent)?\s+fin"
    r"|cesse(?:ra|nt|ront)?|expire(?:ra|nt)?|s['’]arrête\w*)\b",
    _FLAGS,
)
_ENDS_LICENCE_LOWER = re.compile(_ENDS_LICENCE.pattern, re.UNICODE)  # for lower-cased text
_EXCEPTION = re.compile(
    r"\b(?:except|unless|however|save\s+(?:that|for|as\s+to)|provided\s+that|exceptions?|sauf|excepté|à\s+l['’]exception"
    r"|toutefois|cependant"
    r"|néanmoins)\b",
    _FLAGS,
)
_KEEPS = re.compile(
    r"\b(?:keep|keeps|kept|remain\w*|stays?|continu\w*|retain\w*|conserv\w*|rest(?:e|ent|era|eront)|demeur\w*"
    r"|subsist\w*|poursui\w*|survi\w*)\b",
    _FLAGS,
)


# an exception to the end that names what it keeps: "except as to", "except for", « sauf pour »
_EXCEPTED_SCOPE = re.compile(
    r"(?:except|save)\s+(?:as\s+to|for|in\s+respect\s+of|with\s+respect\s+to)\b"
    r"|sauf\s+(?:pour|en\s+ce\s+qui\s+concerne|s['’]agissant)\b|à\s+l['’]exception\s+d(?:es?|u)\b",
    _FLAGS,
)
_END_VERB = re.compile(
    r"\b(?:end|ends|terminates?|ceases?|expires?|prend(?:ra|ront|nent)?\s+fin|cesse(?:ra|nt|ront)?"
    r"|expire(?:ra|nt)?|met(?:tra|tent|tront)?\s+fin)\b",
    _FLAGS,
)


def _kept_after_end(sentence: str, after: int) -> tuple[int, int] | None:
    """Where a sentence that ends a licence (after `after`) excepts what goes on: 'ends when you delete it,
    except as to ...', '... except that we may keep ...'; not what the user keeps."""
    end = _END_VERB.search(sentence, after)
    exception = _EXCEPTION.search(sentence, end.end()) if end else None
    return _kept(sentence, exception) if exception else None


def _kept(sentence: str, exception: re.Match[str]) -> tuple[int, int] | None:
    """What the exception at `exception` keeps going after a licence's end, if anything."""
    scope = _EXCEPTED_SCOPE.match(sentence, exception.start())
    if scope:
        return scope.span()
    keeps = _KEEPS.search(sentence, exception.end())
    if keeps is None or _NEGATED_BEFORE.search(sentence, 0, keeps.start()):
        return None
    if _NAMES_LICENCE.search(sentence, exception.end(), keeps.start()):
        return None  # "..., except that (a) any licence under Section 6.4 continues": another licence goes on
    return None if _BY_YOU.search(sentence, exception.end(), keeps.start()) else keeps.span()


_OPENS_EXCEPTION = re.compile(
    r"\W*(?:however|but|nevertheless|toutefois|cependant|néanmoins|mais|par\s+exception)\b", _FLAGS
)
_ANNOUNCES_EXCEPTIONS = re.compile(r"\bexceptions?\b", _FLAGS)
_WE_KEEP = re.compile(r"\b(?:we|nous)\s+(?:[\w-]+\s+){0,3}\w*$", _FLAGS)
_BY_YOU = re.compile(r"\b(?:you|vous)\s+(?:\w+\s+){0,3}$", _FLAGS)
_ENDING_STEMS = ("end", "termin", "ceas", "expir", "stop", "fin", "cess", "arrêt")


class _Ending:
    """A licence said to end ('our licence to it will then end'), then an exception that keeps something
    going ('However, facts ... may remain in those profiles, and we may keep displaying them'): the
    licence survives. The exception is in the ending sentence ('ends when ..., except that we may keep'),
    in a later sentence that opens with 'However' / « Toutefois », or right after a sentence announcing
    exceptions ('There are two exceptions. Learners who enrolled before then keep their access.'). What
    the user keeps ('sauf si vous choisissez de conserver votre projet') is no exception."""

    def __init__(self) -> None:
        self.left = 0
        self.announced = False

    def read(self, sentence: str, offset: int, clause: Clause, findings: list[GrantFinding]) -> None:
        lowered = sentence.lower()
        if not any(stem in lowered for stem in _ENDING_STEMS):
            ends = None
        elif len(lowered) == len(sentence):  # the same offsets: the faster case-sensitive scan
            ends = _ENDS_LICENCE_LOWER.search(lowered)
        else:
            ends = _ENDS_LICENCE.search(sentence)
        if ends:
            self.left, self.announced = 4, False
            exception = _EXCEPTION.search(sentence, ends.end())
        elif self.left:
            self.left -= 1
            exception = _OPENS_EXCEPTION.match(sentence)
            if exception is None and self.announced:
                exception = re.match("", sentence)
            self.announced = bool(_ANNOUNCES_EXCEPTIONS.search(sentence))
        else:
            return
        if exception is None:
            return
        keeps = _KEEPS.search(sentence, exception.end())
        if ends and (keeps is None or _BY_YOU.search(sentence, exception.end(), keeps.start())):
            # "ends when you delete it, except as to content other users have copied": what is excepted
            keeps = _EXCEPTED_SCOPE.match(sentence, exception.start())
        if keeps is None or _NEGATED_BEFORE.search(sentence, 0, keeps.start()):
            return
        if _BY_YOU.search(sentence, exception.end(), keeps.start()):
            return
        # « 7.4 La Licence d'enregistrement prend fin ... »: the grant of that name, else the latest
        finding = (_granting_named(sentence, findings) if ends else None) or findings[-1]
        if finding.grantee == "other_users" and _WE_KEEP.search(sentence, exception.end(), keeps.end()):
            # "5.3 You also grant every other member ... 5.4 This licence ends ..., except for Posts ...,
            # which we may keep": what the provider keeps is the provider's licence, the latest one before
            finding = next(
                (f for f in reversed(findings) if f.grantee in ("provider", "provider_and_others")), finding
            )
        reference = _NAMES_LICENCE.search(sentence) if ends and _DIGIT.search(sentence) else None
        if reference and not _names(
            _section_refs(sentence[reference.start() : reference.end() + 30]),
            finding.clause,
            finding.paragraph,
        ):
            return  # "The licence in Section 7(a) terminates ..., except ...": not the latest licence
        targets = [finding, *_section_licence(findings, finding, clause)]
        if ends and _SECTION_PERMISSIONS.search(sentence, 0, exception.start()):
            # "The permissions in this section end when ..., with one exception: ... both their permission
            # and ours ... continue": every grant of the section
            targets = [
                f for f in findings if f.grantor == "user" and _same_section(f.clause, clause)
            ] or targets
        for target in targets:
            if (
                target.grantor == "user"
                and (target.is_licence or target.kind in ("consent", "content_use"))
                and target.subject in _SURVIVING_SUBJECTS
                and not target.summary
                and _related(target.clause, clause)
            ):
                span = (offset + keeps.start(), offset + keeps.end())
                target.attributes.setdefault("survives_termination", span)
                self.left = 0


# "the Instructor Licence", « la Licence d'enregistrement »: a licence by its name (with the words after it)
_LICENCE_BY_NAME = (
    r"((?-i:[A-ZÀ-Þ])[\w-]*\s+(?-i:L)icen[cs]e\b"
    r"|(?-i:L)icence\s+(?:de\s+|d['’]|des\s+|du\s+)?[\w-]+(?:\s+[\w'’-]+){0,2})"
)
_GRANTED_NAME = re.compile(r"\b(?:the|la|le|l['’])\s*" + _LICENCE_BY_NAME, _FLAGS)
# "The Marketing Licence ends ...", « La Licence d'enregistrement prend fin ... »: said of a licence by name
_OPENING_NAME = re.compile(r"[\s*_\d.()]*(?:the\s+|la\s+|le\s+|l['’]\s*)?" + _LICENCE_BY_NAME, _FLAGS)


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(name.lower().replace("license", "licence").replace("’", "'").split())


def _granting_named(sentence: str, findings: list[GrantFinding]) -> GrantFinding | None:
    """The latest user grant of the licence a sentence opens with by name ("The Marketing Licence ends"),
    the names agreeing on their first two words."""
    opening = _OPENING_NAME.match(sentence)
    if opening is None:
        return None
    words = _name_words(opening.group(1))[:2]
    return next(
        (
            f
            for f in reversed(findings)
            if f.grantor == "user" and len(words) == 2 and f.licence_name[:2] == words
        ),
        None,
    )


def _section_licence(
    findings: list[GrantFinding], finding: GrantFinding, clause: Clause
) -> list[GrantFinding]:
    """The provider's licence granted just before a permission to other users in the same section: what
    keeps the other users' copies going keeps it going too ("Other members can read your posts ... But if
    someone quoted your post in a reply, that quote stays in their reply")."""
    if finding.grantee != "other_users" or len(findings) < 2 or finding is not findings[-1]:
        return []
    before = findings[-2]
    if (
        before.grantee in ("provider", "provider_and_others")
        and not before.summary
        and _same_section(before.clause, clause)
    ):
        return [before]
    return []


def _survival_in_section(
    sentence: str,
    offset: int,
    clause: Clause,
    findings: list[GrantFinding],
    lexicon: Lexicon,
    finding: GrantFinding | None = None,
) -> None:
    """'... may continue to appear in your friend's account even after you remove it': survival stated in
    the grant's own section (of the latest grant, or of `finding`) without naming the licence."""
    finding = finding or findings[-1]
    if finding.summary or _lead_in(finding, findings):
        return
    if finding.subject not in _SURVIVING_SUBJECTS:
        return
    if finding.is_licence or finding.kind in ("consent", "content_use"):
        kinds: tuple[str, ...] = ("survives_termination", "sublicensable")
    elif finding.kind == "assign":  # an assignment is final, but the rights it gives may be passed on
        kinds = ("sublicensable",)
    else:
        return
    # "5.3 La Radio pourra autoriser les radios du Réseau à rediffuser ...": who else may use it
    lowered = sentence.lower()
    for kind in kinds:
        if kind in finding.attributes or kind in finding.negated:
            continue
        match = _positive_search(kind, sentence, lexicon, lowered)
        negative = lexicon.negative.get(kind)
        if match and not (negative and any(a <= match.start() < b for a, b in _spans(negative, sentence))):
            finding.attributes[kind] = (offset + match.start(), offset + match.end())


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


_SURVIVAL = re.compile(
    r"\bsurviv\w*|\bsubsist(?:e|ent|eront|era)\b|continue\s+to\s+be\s+bound|continu\w*\s+à\s+être\s+li[ée]s|(?:rest|demeur)\w*\s+en\s+vigueur"
    r"|(?:rest|demeur)\w*\s+applicables?"
    r"|continues?,?\s+(?:(?:however|nevertheless|nonetheless|also|still),?\s+)?to\s+apply\b|remains?\s+in\s+(?:full\s+)?(?:force|effect)\s+after"
    r"|\b(?:ends|terminates),?\s+except\b|prend(?:ra)?\s+fin[^.;]{0,120}?\bsauf\b"
    r"|\bstop\s+applying,?\s+except\b|cess\w*\s+de\s+s['’]appliquer,?\s+(?:sauf|à\s+l['’]exception)"
    r"|continu\w*\s+(?:(?:toutefois|néanmoins|cependant|pourtant|également|alors)\s+)?(?:à\s+|de\s+)?s['’]appliquer\b|continu\w*\s+(?:de|à)\s+produire\s+(?:ses|leurs)\s+effets"
    r"|continues?\s+to\s+have\s+effect\b"
    # "Clauses 5.4, 5.5 and 15 continue after your account is closed", « Les articles 6 et 9 continuent après
    # la clôture », "Sections 4 and 7 stay in effect after termination": said of sections (_OF_SECTIONS)
    r"|continu(?:e|es|ent|eront)\s+(?:après|after)\b|stays?\s+in\s+(?:force|effect)\b|still\s+apply\s+after\b"
    r"|s['’]appliquent\s+toujours\s+après\b"
    r"|remains?\s+(?:valid|applicable|in\s+place)\s+after\b"
    # "Comments already published, which remain subject to Sections 4 and 5", "sections keep going"
    r"|remains?\s+(?:subject\s+to|governed\s+by)|continues?\s+to\s+be\s+governed\s+by|\bkeeps?\s+going\b"
    r"|\b(?:keeps?|continues?)\s+applying\b"
    # "the licence shall terminate, subject to Section 2.2", « sous réserve de ce qui est prévu aux
    # sections 4.3 et 4.4 »: what those sections keep (an ending word in the sentence is still required)
    r"|\bsubject\s+to\s+(?:sections?|clauses?|paragraphs?)(?=\s+\d)"
    r"|\bsous\s+réserve\s+(?:de\s+ce\s+qui\s+est\s+prévu\s+)?(?:des|du|aux|à\s+la|à\s+l['’]|de\s+l['’])\s*"
    r"(?:sections?|articles?|paragraphes?)(?=\s+\d)"
    r"|(?:rest|demeur)\w*\s+(?:soumise?s?|régie?s?)\s+(?:à|aux|par)",
    _FLAGS,
)
# every wording of _SURVIVAL starts with one of these (lower case)
_SURVIVAL_WORDS = (
    "surviv",
    "subsist",
    "continu",
    "rest",
    "demeur",
    "remain",
    "ends",
    "terminates",
    "prend",
    "stop",
    "cess",
    "keep",
    "stay",
    "still",
    "s'appliquent",
    "s’appliquent",
    "subject",
    "sous",
)
_RESERVED = re.compile(r"subject|sous", _FLAGS)
_ENDS_EXCEPT = re.compile(r"ends|terminates|prend|stop|cess", _FLAGS)
# the plain wordings ("continue after", "stay in effect") survive sections only when the sections are what the
# sentence is about, not "a licence of your Station Data in clause 12 that continues after ..."
_PLAIN_GOES_ON = re.compile(
    r"continu\w*\s+(?:après|after)|stays?\s+in\b|remains?\s+(?:valid|applicable|in\s+place)\s+after|still|s['’]appl",
    _FLAGS,
)
_OF_SECTIONS = re.compile(
    r"\W*(?:(?-i:[A-ZÀ-Þ])?\d+(?:\.\d+)*\.?\W*)?(?:the\s+following\s+|all\s+|les\s+|the\s+)?"
    r"(?:(?:sub-?)?sections?|clauses?|articles?|paragraphs?|parts?|parties|titres?|ch\.|chiffres?)\s+"
    r"(?:[^.;]|\.(?=\d))*$",
    _FLAGS,
)
_WHOLE_TERMS_SURVIVE = re.compile(
    r"\b(?:these|this|the)\s+(?:terms|agreement)\s+(?:will\s+|shall\s+)?survive"
    r"|\b(?:les\s+présentes|ces)\s+conditions\s+(?:survivent|survivront|resteront\s+en\s+vigueur)",
    _FLAGS,
)
_QUOTED = re.compile(r"[“\"«]\s*([^”\"»]{3,80}?)\s*[”\"»]")


_SAME_LICENCE = re.compile(
    r"\bthe\s+same\s+licen[cs]e\s+(?:as\s+)?(?:in|under|granted\s+in|described\s+in|set\s+out\s+in)\s+"
    r"(?=(?:sections?|clauses?|paragraph)\b)"
    # "you allow us to use your image on the same terms as those in Section 7.2", « dans les mêmes conditions
    # que celles prévues à l'article 7.2 »
    r"|\b(?:on|under)\s+the\s+same\s+(?:terms|conditions)\s+as\s+(?:those\s+)?(?:in|under|set\s+out\s+in|of)\s+"
    r"(?=(?:sections?|clauses?|paragraph)\b)"
    r"|\b(?:dans|aux)\s+(?:les\s+)?mêmes\s+conditions\s+que\s+(?:celles\s+)?(?:prévues\s+|fixées\s+|définies\s+)?"
    r"(?:à|au|par)\s+(?:l['’])?(?=(?:articles?|paragraphe)\b)"
    r"|\bla\s+même\s+licence\s+que\s+(?:celle\s+)?(?:prévue\s+|concédée\s+|consentie\s+)?(?:à|au|par)\s+(?:l['’])?"
    r"(?=(?:articles?|paragraphe)\b)",
    _FLAGS,
)


def _apply_same_licence(text: str, findings: list[GrantFinding]) -> None:
    """'For each Exclusive Track, you grant Cadenzo the same licence as in clause 5.1, except ...': the
    grant has what the licence it names has, unless it says otherwise (its own negations prevail)."""
    for finding in findings:
        if finding.grantor != "user":
            continue
        sentence = text[finding.sentence[0] : finding.sentence[1]]
        same = _SAME_LICENCE.search(sentence)
        if same is None:
            continue
        refs = _section_refs(sentence[same.end() : same.end() + 40])
        for source in findings:
            if (
                source is not finding
                and source.grantor == "user"
                and _names(refs, source.clause, source.paragraph)
            ):
                for kind, span in source.attributes.items():
                    if kind not in finding.negated:
                        finding.attributes.setdefault(kind, span)
                break


def _number_runs(clauses: list[Clause]) -> dict[str, list[int]]:
    """The clauses holding each section number. A file holding two sets of terms numbers its sections
    twice: "articles 5 à 20" of the second set names the 5 to 20 nearest before the clause naming them,
    not those of the first set (_same_run)."""
    runs: dict[str, list[int]] = {}
    for clause in clauses:
        for number in _clause_ids(clause):
            runs.setdefault(number, []).append(clause.index)
    return runs


def _apply_survival_clauses(
    text: str,
    all_clauses: list[Clause],
    clauses: list[Clause],
    findings: list[GrantFinding],
    runs: dict[str, list[int]],
    lowered: str,
) -> None:
    """'Sections 2, 3 and 6 - 23 survive termination', '"Ownership and License of User Content" will
    survive', 'these Terms survive the termination of your account': the user's grants in the sections
    named (or all of them) survive termination. Evidence: the survival words of that sentence."""
    user_grants = [
        f
        for f in findings
        if f.grantor == "user"
        and (f.is_licence or f.kind in ("consent", "content_use"))
        and f.subject in _SURVIVING_SUBJECTS
        and not _lead_in(f, findings)
        and not f.summary
    ]
    if not user_grants:
        return
    titles_of = _titles(all_clauses)
    for clause in clauses:
        # one scan of the clause for the survival words; only the sentences holding one are read
        first = _survival_start(text, clause)
        words = list(
            _matches_at(_SURVIVAL, text, _SURVIVAL_WORDS, lowered=lowered, start=first, end=clause.end)
        )
        if not words:
            continue
        before = first  # "When your membership ends, ... . Clause 7.1 also survives, but only ..."
        for start, end in sentence_spans(text, first, clause.end):
            previous_start, before = before, start
            word = next((m for m in words if start <= m.start() < end), None)
            if word is None:
                continue
            sentence = text[start:end]
            if not (_ENDING.search(sentence) or _ENDING.search(text, previous_start, start)):
                continue
            span = word.span()
            if _PLAIN_GOES_ON.match(word.group()) and not _OF_SECTIONS.match(text, start, word.start()):
                continue
            if _whole_terms_survive(sentence):
                # licences over content only: a consent, or a grant over something else ("Vous autorisez
                # Airbnb Payments à collecter les sommes dues"), survives when its section is named
                targets = [f for f in user_grants if f.is_licence and f.subject != "other"]
            elif _RESERVED.match(word.group()):
                # "subject to Section 4(b) and Section 4(d), the licences in Section 4 will terminate":
                # only the sections reserved survive
                reserved = re.split(r"[,;]", text[word.start() : end])[0]
                named = _section_refs(reserved)
                targets = [f for f in user_grants if _named_in_run(named, f, clause, runs)]
            else:
                named = _section_refs(sentence)
                titles = {_title_key(t) for t in _QUOTED.findall(sentence)}
                # "This licence ends when you delete your Content, except ...": said of one licence, whose
                # words ("votre Contenu") name no section by its title
                by_title = not _ENDS_EXCEPT.match(word.group())
                targets = [
                    f
                    for f in user_grants
                    if _named_in_run(named, f, clause, runs)
                    or titles & titles_of(f.clause)
                    or (by_title and _title_named(sentence, titles_of(f.clause)))
                ]
                targets += _held_before(text, all_clauses, named, findings, user_grants, clause)
            for finding in targets:
                if finding.clause.index != clause.index:
                    finding.attributes.setdefault("survives_termination", span)


def _survival_start(text: str, clause: Clause) -> int:
    """Where a survival clause's text starts: at its heading when the heading is the first words of a
    sentence ('12.2 The following provisions survive any termination: Sections 5.5, 6 ...')."""
    if (
        0 < clause.body_start - clause.start < 200
        and text.find(":", clause.start, clause.body_start) >= 0
        and clause.number
        and clause.title
        and len(clause.title.split()) >= 4
        and text[clause.start : clause.body_start].rstrip().endswith(":")
    ):
        return clause.start
    return clause.body_start


def _held_before(
    text: str,
    all_clauses: list[Clause],
    named: set[str],
    findings: list[GrantFinding],
    user_grants: list[GrantFinding],
    survival: Clause,
) -> list[GrantFinding]:
    """'11.3 Articles 6, 7.3 and 12 survive', where 7.3 holds no grant but says what of the licence it names
    goes on ('Par dérogation à l'article 7.2, les évaluations demeurent ... après la clôture'): the licence
    of 7.2 survives. (Taking the licence of the paragraph before, when 7.3 names none, gained 5 true and 2
    false attributes on the development sets: left out.)"""
    found: list[GrantFinding] = []
    for ref in named:
        if "." not in ref or any(_names({ref}, f.clause, f.paragraph) for f in findings):
            continue
        place = _paragraph_place(text, all_clauses, ref)
        if place is None or survival.body_start <= place[0] < survival.end or not _KEEPS.search(text, *place):
            continue
        # "5.5 ... the license in Section 5.1 continues for that purpose": the licence it names
        cited = _section_refs(text[place[0] : place[1]]) - {ref}
        if cited:
            found.extend(f for f in user_grants if _names(cited, f.clause, f.paragraph))
        elif _KEPT_GRANT.search(text, *place) and not _NAMED_TITLE.search(text, *place):
            # « 6.3 L'autorisation subsiste, pour les copies déjà téléchargées, après la résiliation »: the
            # licence of that section granted just before (not "Licence B continues": the one of that name)
            section = _clause_at(all_clauses, place[0])
            before = [f for f in user_grants if f.verb[0] < place[0] and _same_section(f.clause, section)]
            found.extend(before[-1:])
    return found


# "the licence continues", « l'autorisation subsiste »: what a paragraph keeps is a grant
_KEPT_GRANT = re.compile(
    r"\b(?:licen[cs]e|permission|autorisation|rights|droits?|consent|consentement)\b[^.;]{0,80}?"
    r"\b(?:continu\w*|remain\w*|survi\w*|subsist\w*|demeur\w*|rest(?:e|ent|era|eront)|carr(?:y|ies)\s+on|poursui\w*)",
    _FLAGS,
)


def _clause_at(clauses: list[Clause], position: int) -> Clause:
    """The clause that holds the text at `position`."""
    return max((c for c in clauses if c.start <= position), key=lambda c: c.start)


def _paragraph_place(text: str, clauses: list[Clause], ref: str) -> tuple[int, int] | None:
    """Where the clause or the numbered paragraph `ref` ('7.3') is, if the text has exactly one."""
    places = [(c.body_start, c.end) for c in clauses if ref in _clause_ids(c)]
    if not places:
        for match in _PARAGRAPH.finditer(text):
            if match.group(1).lower() == ref:
                end = text.find("\n\n", match.end())
                places.append((match.start(), end if end > 0 else len(text)))
    return places[0] if len(places) == 1 else None


def _named_in_run(
    named: set[str], finding: GrantFinding, survival: Clause, runs: dict[str, list[int]]
) -> bool:
    """Whether a survival clause names the grant's section: by its number, in the run of numbers the clause
    means (_same_run), or as a paragraph of an annex (« le point 5 de l'Annexe 2 », whatever article 5 is)."""
    annexed = {r for r in named if r.startswith("annex ")}
    return _names(annexed, finding.clause, finding.paragraph) or (
        _names(named - annexed, finding.clause, finding.paragraph)
        and _same_run(finding.clause, survival, runs)
    )


def _same_run(grant_clause: Clause, survival: Clause, runs: dict[str, list[int]]) -> bool:
    """Whether the grant's section is the one a survival clause in `survival` means by its number: the
    nearest section with that number before the survival clause (or after it, when none is before)."""
    top = _clause_ids(grant_clause)
    for i in top:
        indexes = runs.get(i, [])
        if len(indexes) > 1:
            before = [x for x in indexes if x <= survival.index]
            chosen = max(before) if before else min(indexes)
            if grant_clause.index != chosen:
                return False
    return True


_ENDING = re.compile(
    r"terminat|résili|\bfin\b|\bend(?:s|ed|ing)?\b|expir|clos|delet|suppr|ferm|clôtur|\bleav|démission|\bdépart|quitt|désinscri"
    r"|unsubscri|cancel|part\s+ways|unpublish|dépubli",
    _FLAGS,
)


def _title_named(sentence: str, titles: set[str]) -> bool:
    """'The sections titled Licence to Your Content, Site Assistant ... continue to apply': a section title
    (two words or more) written in the survival sentence without quotes."""
    lowered = sentence.lower()
    return any(len(t.split()) >= 2 and t in lowered for t in titles)


def _whole_terms_survive(sentence: str) -> bool:
    """'these Terms survive the deactivation of your account', but not 'Certain provisions of these
    terms will survive'."""
    match = _WHOLE_TERMS_SURVIVE.search(sentence)
    if match is None or _BY_NATURE.search(sentence):
        return False  # "Any part of these terms that by their nature should survive ... will survive"
    return not _SOME_OF.search(sentence, max(0, match.start() - 40), match.start())


_BY_NATURE = re.compile(
    r"\bby\s+(?:its|their)\s+nature\b|\b(?:de\s+par\s+|par\s+)(?:leur|sa)\s+nature\b", _FLAGS
)


_SOME_OF = re.compile(
    r"\b(?:certain|some|those|any|the\s+following)\s+(?:provisions|parts|sections|terms|clauses)\s+of\s+$"
    r"|\b(?:our|your|its|their)\s+rights\s+under\s+$"
    r"|\b(?:certaines|les)\s+(?:dispositions|stipulations|clauses)\s+(?:de\s+)?$",
    _FLAGS,
)
_ANNEX_WORD = re.compile(r"^(?:annexe|annex|schedule|appendix|appendice)\s+", re.IGNORECASE)
_ANNEX_REF = re.compile(
    r"\b(?:annexe|annex|schedule|appendix|appendice)\s+(\d{1,2}|[A-Z])\b(?!\.?\d)", _FLAGS
)
_ANNEX_PARAGRAPHS = re.compile(
    r"\b(?:paragraphs?|paragraphes?|paras?\.|points?|items?|sections?|clauses?)\s+(\d+(?:\.\d+)*(?:\s*(?:,|and|et)\s*\d+(?:\.\d+)*)*)\s+"
    r"(?:of|de|du)\s+(?:l['’]\s*|the\s+)?(?:annexe|annex|schedule|appendix|appendice)\s+(\d{1,2}|[A-Z])\b(?!\.?\d)",
    _FLAGS,
)
_SECTION_WORD = re.compile(
    # « chiffre 6 »: the Swiss word for a numbered section
    r"\b(?:sections?|articles?|art\.|clauses?|paragraphs?|chiffres?|ch\.(?=\s*\d)|(?-i:(?:Parts?|Parties?|Titres?)\b))|§",
    _FLAGS,
)
# "the licence in 6.2": a paragraph named by its number alone, right after the preposition
_BARE_REF = re.compile(r"\b(?:in|under|à|au|aux)\s+(?=\d{1,2}\.\d{1,2}(?!\d|\.\d))", _FLAGS)
# "Sections 2, 3 and 6 - 23", "Sections D.4–D.8", "articles 7-10, 14 et 16-19", "3.3.1, 4.2-4.5"
_ROMAN_REF = re.compile(r"\s*(?:l['’])?([IVX]{1,5})(?![\w.])")
_SECTION_ID = re.compile(
    r"(?<![\w.])((?:[A-Z]\.?|[IVX]{2,4}\.)?\d+(?:\.\d+)*(?:\s(?:bis|ter|quater)\b)?(?:\([a-z0-9]{1,3}\))?)"
    r"(?:(?:\s*[-–]\s*|\s+(?:to|through|à|au)\s+)((?:[A-Z]\.?|[IVX]{2,4}\.)?\d+(?:\.\d+)*))?(?![\w])"
)
# "Parts B and F", « Titres A et C »: parts named by a letter
_PART_LETTERS = re.compile(
    r"(?-i:Parts?|PARTS?|Parties?|PARTIES?|Titres?|TITRES?)\s+((?-i:[A-ZÀ-Þ])(?:\s*(?:,|and|et|&)\s*(?-i:[A-ZÀ-Þ]))*)\b"
)
_LETTER_NUMBER = re.compile(r"^([a-z])(\d)")


# "the licences you've given us", "the rights it holds under this Section 5", « les licences que vous lui avez
# concédées »: those the provider holds
_GIVEN_US = re.compile(
    r"\b(?:granted|given|grant|give|gave)\s+us\b|\b(?:it|we)\s+holds?\b|\b(?:elle|nous)\s+(?:détient|détenons)\b"
    r"|\b(?:lui|nous)\s+(?:avez|aviez|aurez)\s+(?:concédé|consenti|accordé)e?s?\b"
    # « les droits obtenus en vertu du chiffre 6 », "the rights acquired under Section 6": those it received
    r"|\b(?:rights|droits)\s+(?:ainsi\s+)?(?:obtained|acquired|received|obtenus|acquis|reçus)\b",
    _FLAGS,
)
_GRANTED_TO_IT = re.compile(
    r"\b(?:lui|nous)\s+(?:sont|est|seront|sera|ont\s+été|a\s+été)\s+(?:concédée?s?|consentie?s?|accordée?s?)",
    _FLAGS,
)


def _named_grantee(words: str, lexicon: Lexicon) -> Party | None:
    """Who "the licences granted to ..." are granted to: "it" / "us" / « lui » is the provider, who speaks."""
    if re.match(r"(?:it|us|lui|elle|nous)\b", words, _FLAGS):
        return "provider"
    return _first_party(words, lexicon)


def _section_refs(sentence: str) -> set[str]:
    """The section ids a sentence names after 'Section(s)' / 'article(s)' (ranges expanded), and the
    annexes or schedules it names ('annex 1' for « l'Annexe 1 », "Schedule 1")."""
    # "paragraphs 2 and 3 of Schedule 1", « le paragraphe 3 de l'Annexe 1 »: paragraphs of the annex, not all
    # of it
    annexes = {
        f"annex {m.group(2).lower()}.{number}"
        for m in _ANNEX_PARAGRAPHS.finditer(sentence)
        for number in re.findall(r"\d+(?:\.\d+)*", m.group(1))
    }
    sentence = _ANNEX_PARAGRAPHS.sub(lambda m: " " * len(m.group()), sentence)
    annexes |= {f"annex {m.group(1).lower()}" for m in _ANNEX_REF.finditer(sentence)}
    if annexes:
        sentence = _ANNEX_REF.sub(lambda m: " " * len(m.group()), sentence)  # its number names no section
    word = _SECTION_WORD.search(sentence) or _BARE_REF.search(sentence)
    if not word:
        return annexes
    named: set[str] = set(annexes)
    roman = _ROMAN_REF.match(sentence, word.end())  # « au présent article VI »
    if roman:
        named.add(roman.group(1).lower())
    for part in _PART_LETTERS.finditer(sentence):
        named.update(letter.lower() for letter in re.findall(r"[A-Z]", part.group(1)))
    for first, last in _SECTION_ID.findall(sentence, word.end()):
        first = re.sub(r"\((\w+)\)", r".\1", first)  # "7(b)" is 7.b
        first = _LETTER_NUMBER.sub(r"\1.\2", first.lower())  # "B3" is b.3, in Part B
        last = _LETTER_NUMBER.sub(r"\1.\2", last.lower())
        named.add(first)
        if not last:
            continue
        head, _, low = first.lower().rpartition(".")
        last_head, _, high = last.lower().rpartition(".")
        if head == last_head and low.isdigit() and high.isdigit() and 0 < int(high) - int(low) < 100:
            named.update(f"{head}.{n}" if head else str(n) for n in range(int(low), int(high) + 1))
    return named


def _clause_ids(clause: Clause) -> frozenset[str]:
    """'10.4' for 10.4; '8.a' and 'a' for sub-section a of 8; 'd.4' and '4' for 4 under D."""
    if not clause.number:
        return frozenset()
    return _number_ids(clause.number, clause.path[-1] if clause.path else None)


@cache
def _number_ids(number: str, parent: str | None) -> frozenset[str]:
    number = number.strip().rstrip(".").lower().strip("()")
    number = re.sub(r"^(?:section|article|art\.|clause)\s+", "", number)
    number = re.sub(r"^(?:part|partie|titre)\s+(?=[a-z]$)", "", number)  # "PART B" is b
    number = _ANNEX_WORD.sub("annex ", number)  # "Schedule 1", « ANNEXE 1 »: one id, "annex 1"
    number = _LETTER_NUMBER.sub(r"\1.\2", number)  # "B3" is b.3
    ids = {number}
    if parent and re.fullmatch(r"[\w]{1,4}\.?", parent) and "." not in number:
        ids.add(f"{parent.rstrip('.').lower()}.{number}")
    elif parent and "." not in number:  # paragraph 2 of "Schedule 1": "annex 1.2", inside "Schedule 1"
        ids.update(f"{i}.{number}" for i in _number_ids(parent, None) if i.startswith("annex "))
    return frozenset(ids)


def _names(refs: set[str], clause: Clause, paragraph: str | None = None) -> bool:
    """Whether the ids cover this clause: 'Section 2' covers 2.1, 'D.4' covers D.4, '8' covers 8.a."""
    if not refs:
        return False
    ids = set(_clause_ids(clause))
    if not ids:  # "**Public trees.** ..." under "## 5. Your Contributions" (or "Article 5"): in section 5
        numbered = [label for label in clause.path if _NUMBER_LABEL.fullmatch(_LABEL_WORD.sub("", label))]
        ids = set(_number_ids(numbered[-1], None)) if numbered else set()
    if paragraph and paragraph.startswith("("):  # "(b) Promotional Use." inside section 7: 7.b
        ids |= {f"{i}.{paragraph.strip('()')}" for i in list(ids)}
    elif paragraph and "." in paragraph and any(paragraph.split(".")[0] == i.split(".")[0] for i in ids):
        # the numbered paragraph is the finer id: paragraph 12.8 run on under a heading "12.6" is not
        # what "clause 12.6" names, and "Section 12" still covers it; in an annex, "Schedule 1" covers it too
        ids = {paragraph.lower()} | {
            f"{i.split('.')[0]}.{paragraph.lower()}" for i in ids if i.startswith("annex ")
        }
    elif paragraph:
        # "**5. Commentaires.**" in « Annexe 2 »: also « le point 5 de l'Annexe 2 »
        ids |= {paragraph.lower()} | {
            f"{i}.{paragraph.lower()}" for i in ids if i.startswith("annex ") and "." not in i
        }
    return any(i == r or i.startswith(r + ".") for i in ids for r in refs)


_LABEL_WORD = re.compile(r"^(?:section|article|art\.|clause)\s+", re.IGNORECASE)
_NUMBER_LABEL = re.compile(r"(?:\d+|[A-Z]|[IVX]{1,4})(?:\.\d+)*(?: (?:bis|ter|quater))?\.?")
# "7.2", "C.4", "IV.2", "(b)", « 6.2 bis », « 13 bis.1 »
_PARAGRAPH = re.compile(
    r"^[ \t]*((?:[A-Z]\.)?\d+(?:(?:\.\d+)+(?:[ \xa0](?:bis|ter|quater)\b)?"
    r"|[ \xa0](?:bis|ter|quater)(?:\.\d+)+)"
    r"|(?:[A-Z]|[IVX]{1,4})\.\d+|\([a-z]{1,2}\))\.?[ \t]",
    re.MULTILINE,
)


# led by the line break, not by "^": a literal the scan jumps to (ten times faster over a whole document)
_PLAIN_PARAGRAPH = re.compile(r"\n(?:\*\*)?(\d{1,3})\.(?:\*\*)?[ \t]")


def _plain_paragraphs(text: str, clauses: list[Clause]) -> bool:
    """Whether the terms number their paragraphs "1." to "41." straight through sections headed by letters or
    titles ("## D. PORTFOLIOS" / "12. Each Photographer grants ..."), so that "paragraph 12" names one: at
    least eight such numbers, never going back, spread over three sections or more."""
    found = [(m.start() + 1, int(m.group(1))) for m in _PLAIN_PARAGRAPH.finditer(text)]
    if len(found) < 8 or any(b <= a for (_, a), (_, b) in itertools.pairwise(found)):
        return False
    positions = [position for position, _ in found]
    held = [
        c
        for c in clauses
        if bisect.bisect_left(positions, c.body_start) < bisect.bisect_left(positions, c.end)
    ]
    return len(held) >= 3


_ARTICLE_PARAGRAPH = re.compile(
    r"^[ \t]*(?:\*\*)?(?:Art\.|Article)[ \xa0]*(\d{1,3}(?:\.\d{1,3})+|\d{1,3}(?=(?:\*\*)?\.))"
    r"(?:\*\*)?\.?(?:\*\*)?[ \t]",
    re.MULTILINE,
)


_SUMMARY_BOX = re.compile(
    r"[\s>*_#]*(?:in\s+(?:summary|short|brief)|summary|tl;?dr|en\s+(?:résumé|bref|clair|synthèse))\b", _FLAGS
)


def _in_summary_box(text: str, body_start: int, position: int) -> bool:
    """Whether the sentence sits in a paragraph that opens with "In short:" / "_En résumé :": a restatement
    of the grants around it, which inherits nothing from survival clauses or other sentences."""
    paragraph = max(text.rfind("\n\n", body_start, position), body_start)
    return bool(_SUMMARY_BOX.match(text, paragraph, position + 40))


def _paragraph_number(text: str, body_start: int, position: int, plain: bool = False) -> str | None:
    """The number of the numbered paragraph a sentence is in ("7.2 By uploading ..."), if any; with `plain`,
    also "12. Each Photographer grants ..." (_plain_paragraphs)."""
    if position - body_start > 20_000:
        body_start = position - 20_000
    numbers = [(m.start(), m.group(1)) for m in _PARAGRAPH.finditer(text, body_start, position + 12)]
    if plain:
        numbers += [
            (m.start() + 1, m.group(1))
            for m in _PLAIN_PARAGRAPH.finditer(text, max(0, body_start - 1), position + 8)
        ]
    # « Art. 10. Le Producteur associé concède ... », « Art. 12.1 Le Client ... »: an article (or its
    # paragraph) run on as a paragraph of its section
    numbers += [(m.start(), m.group(1)) for m in _ARTICLE_PARAGRAPH.finditer(text, body_start, position + 16)]
    return max(numbers)[1] if numbers else None


def _title_key(title: str) -> str:
    return title.strip().strip(",.;:").strip().lower()


_ARTICLE_LABEL = re.compile(
    r"(?:article|section|clause|art\.|chapitre|chapter)\s*\d"
    # "Schedule A" (an upper-case letter: not "Clause d'exclusion")
    r"|(?:annexe|annex|schedule|appendix|appendice)\s*(?:\d|(?-i:[A-Z])\b)",
    re.IGNORECASE,
)


def _titles(clauses: list[Clause]) -> Callable[[Clause], set[str]]:
    """A clause's title and the titles of the sections that enclose it."""
    by_id = {c.number or c.title: c.title for c in clauses if c.title}

    def titles(clause: Clause) -> set[str]:
        found = {_title_key(clause.title)} if clause.title else set()
        found.update(_title_key(t) for p in clause.path if (t := by_id.get(p)))
        # an unnumbered heading's label is its title; "ARTICLE 5", "ANNEXE 1" are numbers ("l'article 5.4"
        # names no title)
        found.update(_title_key(p) for p in clause.path if not _ARTICLE_LABEL.match(p))
        return found

    return titles


# "You grant us and other Users the licenses in Sections D.4–D.8. ... You will not receive payment for
# these rights." / "GitHub may assign ... including the license grant in Section D.4"
# "GitHub may assign ... including the license grant in Section D.4", "We may transfer our rights ...,
# including the licences you give us in clause 5", "Planothèque pourra librement céder ... les droits qui lui
# ont été concédés au titre de l'article 4"; the modals are matched in lower case only
# « est en droit de transmettre le droit prévu au chiffre 14 », "is entitled to assign"
_MODAL = (
    r"(?:may|will|shall|can|pourra|peut|pouvons|pourrons|en droit de|entitled to|free to)\s+"
    r"(?i:(?:librement|freely)\s+)?"
)
_ASSIGNS_LICENCE = re.compile(
    _MODAL
    + r"(?i:(?:assign|transfer)\b(?:\s+or\s+(?:assign|transfer)\b)?|céder|transférer|transmettre|pass\b)"
    r"(?i:(?:[^.]|\.(?=\S)){0,400}?\b(?:licen[cs]es?|rights|droits|droit|autorisations|permissions)\b[^.;]{0,60}?"
    r"\b(?:in|under|pursuant\s+to|au\s+titre\s+d(?:es|e|u)|en\s+vertu\s+d(?:es|e|u)|conformément\s+à|à|aux?|de"
    r"|prévus?\s+à)\s+(?:this\s+|cette\s+|la\s+présente\s+|la\s+|le\s+)?)"
    r"(?=(?:[Ss]ections?|[Cc]lauses?|[Pp]aragraphs?|[Aa]rticles?|[Aa]rt(?=\.\s*\d)|[Cc]hiffres?|l['’]article|l['’][Aa]nnexe|[Aa]nnexe?|[Ss]chedule"
    r"|[Aa]ppendix|Parts?|Parties?|Titres?)\b)",
    re.UNICODE,
)
# Its verbs, rarer than the modals it starts with ("may", "can"): the scan finds a verb with str.find, then
# the modal right before it.
_ASSIGNS_VERBS = ("assign", "transfer", "céder", "transférer", "transmettre", "pass")
_ASSIGNS_MODAL = re.compile(f"{_MODAL}$", re.UNICODE)


# "We may transfer these Terms, and any licenses you have granted under them", « pourra céder les présentes, y
# compris les licences que vous nous avez concédées »: found from the licences (a rarer word than "may"), then
# "and any" and the transfer verb looked for before them
_WITH_ALL_LICENCES = re.compile(
    r"(?:(?:licen[cs]es?|autorisations|permissions)\s+(?:(?:and|or|et|ou)\s+[\w-]+\s+)?"
    r"(?:you(?:\s+have\s+|['’]ve\s+|\s+)(?:granted|grant|give|gave|given)\b(?:\s+us)?|granted\s+(?:by\s+you|to\s+(?:us|it|(?-i:[A-ZÀ-Þ])[\w&-]+)|hereunder|under\s+(?:(?:these|this)\s+(?:terms|agreement)|it|them))\b"
    r"|que\s+vous\s+(?:nous\s+|lui\s+)?(?:(?:avez\s+)?(?:concédée?s|accordée?s|consentie?s|données)|concédez|accordez|consentez)"
    # « les autorisations que lui a consenties le Client »: the user named after the verb
    r"|que\s+(?:nous|lui)\s+a\s+(?:concédées|accordées|consenties)\s+(?:le|la|l['’])\s*(?-i:[A-ZÀ-Þ])[\w-]+"
    # « les droits et licences que les Clients lui ont consentis »: the user named before the verb
    # « ... que les Structures et les Auditeurs lui ont consentis »: two roles
    r"|que\s+(?:le|la|les|l['’])\s*(?-i:[A-ZÀ-Þ])[\w-]+(?:\s+et\s+(?:le|la|les|l['’])\s*(?-i:[A-ZÀ-Þ])[\w-]+)?"
    r"\s+(?:nous|lui)\s+(?:a|ont)\s+(?:concédé|accordé|consenti)e?s?"
    # « les droits et licences concédés au titre des présentes », "granted hereunder": every licence of the
    # terms
    r"|(?:concédé|accordé|consenti)e?s\s+(?:au\s+titre\s+des|en\s+vertu\s+des|aux\s+termes\s+des)\s+présentes"
    # « les droits et licences qui lui sont concédés »: masculine when rights come first
    r"|qui\s+(?:nous|lui)\s+(?:sont|ont\s+été)\s+(?:concédé|accordé|consenti)e?s)"
    # "the rights granted to us under them", « les droits que vous nous avez concédés »: rights, given to us
    r"|rights\s+(?:(?:that\s+)?you(?:\s+have\s+|['’]ve\s+|\s+)(?:granted|grant|give|gave|given)\s+us|granted\s+to\s+us)"
    r"|droits\s+(?:que\s+vous\s+(?:nous|lui)\s+(?:(?:avez\s+)?(?:concédés|accordés|consentis|cédés)|concédez|accordez|consentez|cédez)"
    r"|qui\s+(?:nous|lui)\s+(?:sont|ont\s+été)\s+(?:concédés|accordés|consentis|cédés)))"
    r"(?!(?:\s+(?:to\s+)?(?:us|(?-i:[A-ZÀ-Þ])[\w&-]+))?\s+(?:in|under|à|aux?|au\s+titre\s+d(?:[eu]|es))\s+(?:this\s+|these\s+|ces\s+|l['’])?"
    r"(?:sections?|clauses?|articles?|art\.|paragraph|schedules?|annex|appendix|(?-i:[A-Z]{0,2})\d))",
    _FLAGS,
)
# « les droits qui nous sont concédés ... seront alors transmis », "the licences you have granted us will pass
# to the buyer": found from the verb of passing (rarer than "rights"), then the licences looked for before it
# lower case and no leading \b: a plain literal scan, three times faster (the word start is checked after)
# « seront transmis », « sont transférées » (licences), "will pass to", "will transfer to that organization"
_PASSES = re.compile(r"(?:transmise?s?|transférée?s|cédée?s|transferred|assigned|pass\s+to|transfer\s+to)\b")
_PASSES_AUXILIARY = re.compile(
    r"\b(?:seront|sont|will\s+be|shall\s+be|will|pourront\s+être|pourra\s+être|may\s+be|can\s+be)\s+(?:alors\s+|then\s+)?$",
    _FLAGS,
)
_ALL_LICENCES_BEFORE = re.compile(
    r"\b(?:licences?|droits|licen[cs]es|rights|autorisations|permissions)\s+(?:qui\s+(?:nous|lui)\s+(?:sont|ont\s+été)\s+(?:concédé|consenti|accordé)e?s"
    # "the licences given to the PCC under them will pass to that council"
    r"|(?:granted|given)\s+to\s+(?:us|the\s+(?-i:[A-ZÀ-Þ])[\w-]+|(?-i:[A-ZÀ-Þ])[\w&-]+)"
    r"|(?:that\s+)?you\s+(?:have\s+)?grant(?:ed)?\s+us"
    # "the licenses you have granted to the League", « les licences et autorisations que vous avez accordées à
    # l'Association »
    r"|(?:that\s+)?you\s+(?:have\s+)?granted\s+to\s+(?:the\s+)?(?-i:[A-ZÀ-Þ])[\w&-]+"
    r"|que\s+vous\s+(?:(?:nous|lui)\s+)?(?:avez\s+)?(?:accordée?s|concédée?s|consentie?s)"
    r"(?:\s+à\s+(?:l['’]|la\s+|le\s+)?\s*(?-i:[A-ZÀ-Þ])[\w&-]+)?)"
    r"\b(?![^.;]{0,30}\b(?:articles?|sections?|clauses?|annexe?)\b)"
    r"[^.;]{0,80}$",
    _FLAGS,
)
_ALL_BEFORE = re.compile(
    r"\b(?:together\s+with|along\s+with|including|and|et|y\s+compris|en\s+ce\s+compris|ainsi\s+que|avec)\s+"
    # "any rights or licenses granted hereunder", « les licences et autorisations que vous nous accordez »
    r"(?:any|all|the|les|toutes\s+les|l['’]ensemble\s+des)\s+(?:of\s+the\s+)?(?:other\s+|autres\s+)?"
    # "all licences, consents and permissions granted to us"
    r"(?:(?:rights|licen[cs]es|droits|permissions|consents|autorisations)(?:,\s+|\s+(?:and|or|et|ou)\s+)){0,3}$",
    _FLAGS,
)
_TRANSFER_BEFORE = re.compile(
    r"(?:may|can|will|shall|pourra|peut|pouvons|pourrons)\s+(?:freely\s+|librement\s+)?(?:lui\s+|leur\s+)?"
    r"((?:assign|transfer|cede)(?:\s+or\s+(?:assign|transfer))?|céder|transférer)\b[^.;]{0,200}$",
    _FLAGS,
)
_TRANSFERRED_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:are|is|(?:will|shall)(?:\s+then|\s+also)?\s+be|sont|est|seront|sera)\s+"
    r"(?:then\s+|also\s+|alors\s+|également\s+)?"
    r"((?:assigned|transferred|cédée?s?|transférée?s?|transmise?s?))\b",
    _FLAGS,
)
_TRANSFERS_THE = re.compile(
    r"(?:may|can|will|shall|pourra|peut|pouvons|pourrons|pourront)\s+(?:freely\s+|librement\s+)?(?:lui\s+|leur\s+)?"
    r"((?:assign|transfer)|céder|transférer|transmettre)\s+(?:all\s+(?:of\s+)?|any\s+|the\s+|les\s+|toutes\s+les\s+)$",
    _FLAGS,
)
_UMBRELLA = re.compile(
    r"\blicen[cs]es\s+(?:described\s+|set\s+out\s+|granted\s+|listed\s+)?(?:in|under)\s+"
    r"(?=(?:sections?|clauses?|schedules?|annex(?:es)?|appendix)\b)"
    r"|\blicences\s+(?:décrites\s+|prévues\s+|visées\s+)?(?:aux|à\s+l['’])\s*(?=(?:articles?|annexes?)\b)",
    _FLAGS,
)


def _apply_section_references(
    text: str, clauses: list[Clause], findings: list[GrantFinding], lexicon: Lexicon, lowered: str
) -> None:
    """A user grant that names the sections holding the licences ('the licenses in Sections D.4–D.8')
    gives them what it states; a clause letting the provider assign 'the license grant in Section D.4'
    makes that licence transferable."""
    user = _user_licences(findings, lead_ins=False)
    umbrellas = [f for f in findings if f.grantor == "user" and f.is_licence]
    for umbrella in umbrellas:
        sentence = text[umbrella.sentence[0] : umbrella.sentence[1]]
        umbrella_of = _UMBRELLA.search(sentence)  # "the licenses (described) in Sections D.4–D.8"
        refs = _section_refs(sentence[umbrella_of.start() :]) if umbrella_of else set()
        for finding in user:
            if finding is not umbrella and _names(refs, finding.clause, finding.paragraph):
                for kind, span in umbrella.attributes.items():
                    finding.attributes.setdefault(kind, span)
    # a permission over feedback is one of "the licences you grant us" too (bench/grants/README.md)
    user += [
        f
        for f in findings
        if f.grantor == "user"
        and f.kind in ("consent", "content_use", "feedback_use")
        and f.subject == "feedback"
        and not _lead_in(f, findings)
    ]
    if not user:
        return
    for match in _matches_at(_ASSIGNS_LICENCE, text, _ASSIGNS_VERBS, lowered=lowered, lead=_ASSIGNS_MODAL):
        # up to the end of the sentence, not the dot of « aux art. 6 et 8 »
        refs = _section_refs(re.split(r"(?<!\b[Aa]rt)\.\s", text[match.end() : match.end() + 80])[0])
        verb = re.search(r"assign|transfer|céder|transférer|transmettre|pass", match.group(), _FLAGS)
        assert verb is not None
        span = (match.start() + verb.start(), match.start() + verb.end())
        # "the licenses granted to Vowline under Section 6": not the licence Section 6 gives other users
        to = re.search(
            r"\b(?:granted|given|grant|give|concédée?s|consentie?s|accordée?s)\s+(?:to|à)\s+(.{1,40})",
            match.group(),
            _FLAGS,
        )
        grantee = _named_grantee(to.group(1), lexicon) if to else None
        if _GRANTED_TO_IT.search(match.group()) or _GIVEN_US.search(match.group()):
            grantee = "provider"  # « les licences qui lui sont consenties », "the licences you've given us"
        for finding in user:
            if grantee is not None and _holder(finding) not in (grantee, "provider_and_others"):
                continue
            if _names(refs, finding.clause, finding.paragraph) and "transferable" not in finding.negated:
                finding.attributes.setdefault("transferable", span)
    for passing in _matches_at(_PASSES, text, _PASSES_WORDS):
        # « les droits qui nous sont concédés sur les Contenus seront alors transmis au repreneur », "the
        # licences you have granted us will pass to the buyer": every licence the user gives the provider
        if passing.start() and text[passing.start() - 1].isalpha():
            continue
        auxiliary = _PASSES_AUXILIARY.search(text, max(0, passing.start() - 30), passing.start())
        if auxiliary is None:
            continue
        every = _ALL_LICENCES_BEFORE.search(text, max(0, auxiliary.start() - 160), auxiliary.start())
        if every is None:
            continue
        span = (auxiliary.start(), passing.end())
        # "the copyrights assigned and licences granted to the Trust under Part 5 will be transferred": those
        # of Part 5 only
        part = _UNDER_PART.search(every.group())
        refs = _section_refs(every.group()[part.start() :]) if part else set()
        for finding in user:
            if refs and not _names(refs, finding.clause, finding.paragraph):
                continue
            if finding.subject != "data" and not finding.summary:  # « les droits ... sur les Contenus »
                _transferable_to_provider(finding, span)
    for licences in _matches_at(
        _WITH_ALL_LICENCES,
        text,
        ("licen", "rights", "droits", "autorisations", "permissions"),
        lowered=lowered,
    ):
        # "We may transfer these Terms, and any licenses you have granted under them": every licence the user
        # gives the provider goes with the agreement
        every = _ALL_BEFORE.search(text, max(0, licences.start() - 80), licences.start())
        verb = _TRANSFER_BEFORE.search(text, max(0, every.start() - 220), every.start()) if every else None
        if verb is None:  # « Pixelorage pourra transférer les licences que vous lui avez concédées »
            verb = _TRANSFERS_THE.search(text, max(0, licences.start() - 60), licences.start())
        if verb is None:
            continue
        span = (verb.start(1), verb.end(1))
        # « les droits ... cédés sur vos Contributions »: not the rights over feedback
        over_content = _OVER_CONTENT.match(text, licences.end())
        for finding in user:
            if not (over_content and _about_feedback(text, finding, lexicon)):
                _transferable_to_provider(finding, span)


def _about_feedback(text: str, finding: GrantFinding, lexicon: Lexicon) -> bool:
    """Whether a grant is over feedback, also when its subject is only read from its section later."""
    if finding.subject != "other":
        return finding.subject == "feedback"
    return _section_subject(text, finding, lexicon) == "feedback"


def _section_subject(text: str, finding: GrantFinding, lexicon: Lexicon) -> str:
    """The subject of a grant whose own words name none, read from its whole section."""
    section = text[finding.clause.start : finding.clause.end]
    return _subject(section, finding.grantor, finding.kind, lexicon)


_UNDER_PART = re.compile(r"\b(?:under|in)\s+(?-i:Parts?|Chapters?)\s+[A-Z\d]", _FLAGS)
# the rights over the user's content: not those over feedback
_OVER_CONTENT = re.compile(
    r"\s+(?:sur|over|in|on)\s+(?:vos|your|les|the)\s+(?!suggestions|idées|ideas|feedback|commentaires)[\w-]+",
    _FLAGS,
)


# "transfer" also finds "transferred"
_PASSES_WORDS = ("transmis", "transféré", "cédé", "transfer", "assigned", "pass")


def _matches_at(
    pattern: re.Pattern[str],
    text: str,
    words: tuple[str, ...],
    *,
    lowered: str | None = None,
    start: int = 0,
    end: int | None = None,
    lead: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text, start, end) for a pattern that always starts with one of `words`: the words
    are found with str.find (much faster than the regular expression's scan), the pattern tried there only.
    `lowered`: the whole text lower-cased, where the words are looked for (lower-case words). `lead`: what
    comes before the words in every match, ending with '$' (the pattern is tried where it starts)."""
    end = len(text) if end is None else end
    haystack = text if lowered is None else lowered
    if len(haystack) != len(text):
        yield from pattern.finditer(text, start, end)  # lower-casing moved offsets
        return
    starts: set[int] = set()
    for word in words:
        at = haystack.find(word, start, end)
        while at >= 0:
            if lead is None:
                starts.add(at)
            else:
                before = lead.search(text, max(start, at - 40), at)
                if before is not None:
                    starts.add(before.start())
            at = haystack.find(word, at + 1, end)
    after = -1
    for position in sorted(starts):
        if position < after:
            continue
        match = pattern.match(text, position, end)
        if match:
            yield match
            after = max(match.end(), position + 1)


# "the licences you grant under "Your Content" and "Feedback" pass to the acquirer", « les licences consenties
# à l'article « Vos Textes » seront transmises au repreneur »: licences named by the titles of their sections
_OPENING_QUOTE = r"[“\"«]"
_BEFORE_TITLE = r"\b(?:under|in|à\s+l['’]article|de\s+l['’]article|aux\s+articles|sections?|articles?)\s*"
_TITLED_LICENCES = re.compile(
    rf"\b(?:licen[cs]es?|rights|droits|autorisations)\b[^.;]{{0,100}}?{_BEFORE_TITLE}{_OPENING_QUOTE}", _FLAGS
)
_QUOTE_MARK = re.compile(_OPENING_QUOTE)
_TITLE_PREPOSITION = re.compile(rf"{_BEFORE_TITLE}$", _FLAGS)
_TRANSFER_WORD = re.compile(
    r"\b(?:assign(?:s|ed)?|transfer(?:s|red)?|pass(?:es)?\s+to|céd(?:er|é|ée|és|ées)|transférée?s?|transférer"
    r"|transmise?s?|pass(?:es)?(?=\s[^.;]{0,160}?\bon\s+to\b))\b",  # "pass the licences ... on to the buyer"
    _FLAGS,
)
_NOT_TRANSFER = re.compile(
    r"\b(?:may\s+not|cannot|can['’]t|shall\s+not|will\s+not|ne\s+(?:peut|pouvez|pourra|pourrez)|n['’]\w+\s+pas)\b",
    _FLAGS,
)


def _apply_titled_transfers(text: str, clauses: list[Clause], findings: list[GrantFinding]) -> None:
    """The licences a transfer clause names by the titles of their sections go with the agreement."""
    user = _user_licences(findings, lead_ins=False)
    if not user:
        return
    titles_of = _titles(clauses)
    # from the quotes (a one-character scan), each checked for "licences ... under" right before it
    for quote in _QUOTE_MARK.finditer(text):
        if not _TITLE_PREPOSITION.search(text, max(0, quote.start() - 30), quote.start()):
            continue
        start = max(text.rfind(". ", 0, quote.start()), text.rfind("\n", 0, quote.start())) + 1
        match = _TITLED_LICENCES.search(text, max(start, quote.start() - 160), quote.end())
        if match is None:
            continue
        stop = min(
            x for x in (text.find(". ", match.end()), text.find("\n", match.end()), len(text)) if x >= 0
        )
        sentence = text[start:stop]
        verb = _TRANSFER_WORD.search(sentence)
        if verb is None or _NOT_TRANSFER.search(sentence):
            continue
        titles = {_title_key(t) for t in _QUOTED.findall(text, match.end() - 1, stop)}
        span = (start + verb.start(), start + verb.end())
        for finding in user:
            if titles & titles_of(finding.clause):
                _transferable_to_provider(finding, span)


def _holder(finding: GrantFinding) -> Party:
    """Who holds what the grant gives: its grantee, or the provider and others together."""
    return "provider_and_others" if finding.with_others else finding.grantee


def _transferable_to_provider(finding: GrantFinding, span: tuple[int, int]) -> None:
    """A licence the user gives the provider goes with the agreement, unless it says "non-transferable"."""
    if _holder(finding) in ("provider", "provider_and_others") and "transferable" not in finding.negated:
        finding.attributes.setdefault("transferable", span)


# "the licence in Section 4.1", "the rights you grant under clause 5", « les droits consentis au paragraphe
# II.2 », « le droit consenti à l'article 7.2 »: a sentence that names a grant by its section
_REFERENCE_TAIL = (
    r"\s+(?:(?:and|et)\s+(?:\w+\s+)?(?:licen[cs]es|permissions|rights|droits|autorisations)\s+)?"
    r"(?:(?:that\s+|which\s+|que\s+)?(?:you\s+(?:have\s+)?|vous\s+)?(?:granted|grant|give|gave|given|described|set\s+out"
    r"|conferred|mentioned|concédée?s?|consentie?s?|accordée?s?|octroyée?s?|prévue?s?|visée?s?|définie?s?"
    r"|mentionnée?s?|énoncée?s?|accordez"
    r"|concédez|consentez)\s+(?:(?:to\s+us|by\s+you|to\s+[\w-]+|us(?:\s+and\s+(?:other\s+)?\w+)?|nous"
    r"|par\s+(?:le|la|l['’])\s*[\w-]+|(?:by|to)\s+(?:the\s+|an?\s+)?[\w-]+|au\s+[\w-]+|à\s+(?:la\s+|le\s+|l['’])?[\w-]+)\s+){0,2})?"
    r"(?:in|under|by|pursuant\s+to|à|au|aux|par|en\s+vertu\s+d(?:[eu]|es)|au\s+titre\s+d[eu]|dans|du|de(?=\s+l['’]))\s+"
    r"(?:l['’]|this\s+|these\s+|cette\s+|(?:la\s+|le\s+)?présente?\s+)?"
    r"(?:sections?|clauses?|articles?|paragraph\w*|chiffres?|art(?=\.)|annexe|annex|schedule|appendix|(?-i:Parts?|Parties?|Titres?)"
    r"|\d{1,2}\.\d{1,2}(?!\d|\.\d))"
)
# with the determiners of _LICENCE_WORD's nouns: a reference must start where that licence word would, or
# the word would hide it from the scan ("the permissions granted to Cercle in Sections 7.2 and 7.3")
_REFERENCE_HEADS = (
    "licen[cs]es?",
    "rights?",
    "permissions?",
    "droits?",
    "autorisations?",
    r"(?:this|the)\s+permissions?",
    r"ces?\s+droits?",
    r"these\s+rights",
    r"this\s+right",
    r"(?:cette|ces)\s+autorisations?",
)
# the head noun of a reference in the plural: "licences in", "the permissions granted", « ces droits »
_PLURAL_HEAD = re.compile(r"(?:(?:this|the|these|ces?|cette)\s+)?(?!(?:this|ces)\b)\w+s\b", _FLAGS)
_NAMES_LICENCE = re.compile(rf"\b(?:{'|'.join(_REFERENCE_HEADS)}){_REFERENCE_TAIL}\b", _FLAGS)
# the licence goes on: "continues", "survives", « subsistent », « se poursuit », "cannot be withdrawn"
_CONTINUES = re.compile(
    r"\bcontinu\w*|\bsurviv\w*|\bsubsist\w*|\bse\s+poursui\w*|\bremains?\s+in\s+(?:force|effect)"
    r"|\b(?:demeur|rest)\w*\s+(?:en\s+vigueur|applicables?)|\bstays?\s+in\s+(?:force|effect)",
    _FLAGS,
)
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|no\s+longer|never|ne|n['’]|cannot|can['’]t|won['’]t)\s+(?:\w+\s+){0,2}$", _FLAGS
)


def _apply_licence_references(
    text: str,
    clauses: list[Clause],
    references: list[tuple[Clause, int]],
    findings: list[GrantFinding],
    lexicon: Lexicon,
    runs: dict[str, list[int]],
) -> None:
    """'The licence in Section 4.1 cannot be withdrawn, and it continues after ... the account is closed',
    « Les droits consentis au paragraphe II.2 subsistent néanmoins ... »: a sentence anywhere in the
    document that names a user's licence by its section gives it the attributes it states about it, and
    `survives_termination` when it says the licence goes on with the end of the account or of the content
    in view (in that sentence or the one before). What a reference says runs to the next reference, ';',
    a list item or 'except'."""
    user = _user_licences(findings, lead_ins=False, summaries=False)
    if not user:
        return
    grant_sentences = {f.sentence for f in findings}
    for clause, position in references:
        match = _NAMES_LICENCE.match(text, position)
        if match is None:
            continue
        spans = sentence_spans(text, clause.body_start, clause.end)
        index = next((i for i, (a, b) in enumerate(spans) if a <= match.start() < b), None)
        if index is None or spans[index] in grant_sentences:
            continue
        start, end = spans[index]
        sentence = text[start:end]
        at = match.start() - start
        if _WARRANTY.search(sentence, 0, at) or _TO_GRANT_BEFORE.search(sentence, max(0, at - 30), at):
            continue  # "The Seller warrants that ... it holds all rights needed to grant the licences in 3"
        if _COMPARED.search(sentence, max(0, at - 40), at):
            continue  # "that licence works in the same way as the licence in clause 5.2": about another one
        limit = len(sentence)
        for stop in (
            _NAMES_LICENCE.search(sentence, match.end() - start),
            _REFERENCE_END.search(sentence, match.end() - start),
        ):
            if stop is not None:
                limit = min(limit, stop.start())
        named = sentence[match.end() - start : limit]
        ordinary = _ORDINARY_WORD.search(named)
        refs = _section_refs(
            sentence[at : match.end() - start + (ordinary.start() if ordinary else len(named))]
        )
        # "the licences granted to you under Section 4" are not the user's; "granted to Vowline" only theirs
        to = re.search(r"\b(?:to|à)\s+(.{1,40})", match.group(), _FLAGS)
        grantee = _named_grantee(to.group(1), lexicon) if to else None
        if grantee == "user":
            continue
        targets = [
            f
            for f in user
            if _names(refs, f.clause, f.paragraph)
            and _same_run(f.clause, clause, runs)
            and (grantee is None or f.grantee in (grantee, "provider_and_others"))
        ]
        if not targets:
            continue
        if not _PLURAL_HEAD.match(match.group()):
            targets = _first_licences(targets, findings)
        _give(text, _said_about(text, clause, spans, index, match.start(), match.end(), lexicon), targets)


# "2.1 Marketplace Licence.", "### 4. The Deposit Licence", « Article 8 – Licence Atelier »: a section named
# after the licence it grants
_NAMED_TITLE = re.compile(
    r"(?:the\s+|la\s+|le\s+|l['’]\s*)?((?:(?!(?:the|this|your|our|a|an|its|their|my)\b)(?-i:[A-ZÀ-Þ])[\w-]*\s+){1,2}"
    r"licen[cs]e|licence\s+(?-i:[A-ZÀ-Þ])[\w-]*)",
    _FLAGS,
)
# '(the "Promotional Licence")', « (la « Licence Atelier ») »: a licence named where it is granted
_DEFINED_NAME = re.compile(
    r"\(\s*(?:hereinafter\s+|ci-après\s+)?(?:the\s+|la\s+|le\s+|l['’]\s*)?[«“\"]\s*\**\s*(?:the\s+)?"
    r"((?:(?-i:[A-ZÀ-Þ])[\w-]*\s+){1,2}licen[cs]e|licence\s+(?-i:[A-ZÀ-Þ])[\w-]*)\s*\**\s*[»”\"]\s*\)",
    _FLAGS,
)


def _licence_names(
    text: str, clauses: list[Clause], user: list[GrantFinding], definitions: list[tuple[re.Match[str], str]]
) -> dict[str, list[GrantFinding]]:
    """The licences the terms name, by name (lower case): those defined in brackets where they are granted,
    the first licence granted in a section titled with a licence's name, and those the definitions describe
    and a sentence grants by name."""
    names: dict[str, list[GrantFinding]] = {}
    for finding in user:
        for defined in _DEFINED_NAME.finditer(text, finding.sentence[0], finding.sentence[1]):
            names.setdefault(_name_key(defined.group(1)), []).append(finding)
    for clause in clauses:
        titled = _NAMED_TITLE.fullmatch(clause.title.strip(" .:")) if clause.title else None
        if titled is None or _name_key(titled.group(1)) in names:
            continue
        own = clause.number or clause.title
        inside = [
            f
            for f in user
            if f.clause.index == clause.index or (f.clause.index > clause.index and own in f.clause.path)
        ]
        if inside:
            names[_name_key(titled.group(1))] = inside[:1]  # the licence the section grants first
    for definition, name in definitions:
        # '"Instructor Licence" means ...' and "Each Instructor grants LearnHarbour the Instructor Licence"
        granting = _granting_the(text, definition, name, user)
        if granting and _name_key(name) not in names:
            names[_name_key(name)] = granting
    return names


def _name_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip()).lower().replace("license", "licence")


def _apply_named_licences(
    text: str,
    clauses: list[Clause],
    findings: list[GrantFinding],
    lexicon: Lexicon,
    definitions: list[tuple[re.Match[str], str]],
) -> None:
    """ "The Deposit Licence is worldwide and royalty-free", "The Company may assign these Terms, including
    the Marketplace Licence", « la Licence Atelier subsiste après ... »: a sentence in another section that
    names a licence by its name gives that licence what it says of it."""
    user = _user_licences(findings, lead_ins=False, summaries=False)
    if not user:
        return
    names = _licence_names(text, clauses, user, definitions)
    if not names:
        return
    mention = re.compile(
        r"\b(?:the|this|that|such|la|cette|ladite|de\s+la|à\s+la)\s+("
        + "|".join(re.escape(n).replace("licence", "licen[cs]e").replace(r"\ ", r"\s+") for n in names)
        + r")\b",
        _FLAGS,
    )
    grant_sentences = {f.sentence for f in findings}
    for clause in clauses:
        for found in mention.finditer(text, clause.body_start, clause.end):
            targets = names.get(_name_key(found.group(1)), [])
            if not targets or any(_same_section(t.clause, clause) for t in targets):
                continue  # in the licence's own section, what is said of it is read where it is said
            spans = sentence_spans(text, clause.body_start, clause.end)
            index = next((i for i, (a, b) in enumerate(spans) if a <= found.start() < b), None)
            if index is None or spans[index] in grant_sentences:
                continue
            start = spans[index][0]
            sentence = text[start : spans[index][1]]
            at = found.start() - start
            if _WARRANTY.search(sentence, 0, at) or _TO_GRANT_BEFORE.search(sentence, max(0, at - 30), at):
                continue  # "The Depositor represents that they have the authority to grant the Deposit ..."
            stated = _said_about(
                text, clause, spans, index, found.start(), found.end(), lexicon, singular=True
            )
            transfer = _TRANSFER_BEFORE.search(sentence, 0, at)
            if transfer and not _NEGATED_BEFORE.search(sentence, 0, transfer.start()):
                # "The Company may assign these Terms, including the Marketplace Licence"
                stated.attributes.setdefault(
                    "transferable", (start + transfer.start(1), start + transfer.end(1))
                )
            elif transfer_after := _TRANSFERRED_AFTER.match(sentence, found.end() - start):
                # « ...; la Licence de contenu et la Licence d'enregistrement sont alors cédées avec elles »
                stated.attributes.setdefault(
                    "transferable", (start + transfer_after.start(1), start + transfer_after.end(1))
                )
            _give(text, stated, targets)


# '**"Content Licence"** means a non-exclusive, worldwide, royalty-free ... licence', « **Licence** : la
# licence non exclusive, gratuite, valable pour le monde entier ... »: a licence the definitions describe
# « Licence de Diffusion », « Licence d'Hébergement »
_LICENCE_NAME = (
    r"((?:(?-i:[A-ZÀ-Þ])[\w-]*\s+)?(?-i:L)icen[cs]e"
    # « Licence de Diffusion », « Licence de contenu pédagogique », « Licence d'élève »
    r"|(?-i:L)icence(?:\s+(?:de\s+|d['’]|des\s+|du\s+)?(?-i:[A-ZÀ-Þ])[\w-]*"
    r"|\s+(?:de\s+|d['’]|des\s+|du\s+)[\w-]+(?:\s+[\w-]+){0,2})?)"
)
_LICENCE_DEFINITION = re.compile(
    rf"(?:[«“\"]\s*\**\s*{_LICENCE_NAME}\s*\**\s*[»”\"]|\*\*\s*{_LICENCE_NAME}\s*\*\*)\s*\**\s*"
    r"(?:means|shall\s+mean|désigne|:)\s+",
    _FLAGS,
)
# where such a definition can end: led by a literal, so the text is scanned fast
_DEFINED_LICENCE_END = re.compile(
    r"Licen[cs]e(?:\s+(?:de\s+|d['’]|des\s+|du\s+)?[A-ZÀ-Þ][\w-]*|\s+(?:de\s+|d['’]|des\s+|du\s+)[\w-]+(?:\s+[\w-]+){0,2})?"
    r"\s*\**\s*[»”\"]?\s*\**\s*(?:means|shall\s+mean|désigne|:)\s"
)


def _licence_definitions(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """The licences the definitions describe, with their names ('"Content Licence" means ...')."""
    for end_of_name in _DEFINED_LICENCE_END.finditer(text):
        definition = _LICENCE_DEFINITION.search(text, max(0, end_of_name.start() - 40), end_of_name.end())
        if definition is not None and definition.end() == end_of_name.end():
            yield definition, definition.group(1) or definition.group(2)


def _granting_the(
    text: str, definition: re.Match[str], name: str, user: list[GrantFinding]
) -> list[GrantFinding]:
    """The user's grants of the licence of that name ("You grant us the Content Licence"), outside its
    definition."""
    named = re.compile(
        r"\b(?:the|this|that|such|la|cette|ladite|l['’])\s*" + re.escape(name).replace(r"\ ", r"\s+") + r"\b"
    )
    granting = []
    for f in user:
        found = named.search(text, f.verb[1], f.sentence[1])
        if (
            found
            and not (f.sentence[0] <= definition.start() < f.sentence[1])
            and not _BESIDES.search(text, max(f.verb[1], found.start() - 30), found.start())
        ):
            granting.append(f)
    return granting


# "an exclusive licence ..., in addition to the Instructor Licence": another licence than the one named
_BESIDES = re.compile(
    r"\b(?:in\s+addition\s+to|besides|other\s+than|as\s+well\s+as|en\s+plus\s+de|outre)\s*$", _FLAGS
)


def _apply_defined_licences(
    text: str,
    clauses: list[Clause],
    findings: list[GrantFinding],
    lexicon: Lexicon,
    definitions: list[tuple[re.Match[str], str]],
) -> None:
    """ "You grant us the Content Licence", « le Membre concède la Licence »: a grant of a licence the
    definitions describe ('"Content Licence" means a non-exclusive, worldwide, royalty-free licence, with the
    right to grant sub-licences') has the attributes the definition states."""
    user = _user_licences(findings, summaries=False)
    if not user:
        return
    for definition, name in definitions:
        targets = _granting_the(text, definition, name, user)
        if not targets:
            continue
        end = text.find("\n", definition.end())
        end = min(len(text) if end < 0 else end, definition.end() + 600)
        clause = next((c for c in clauses if c.start <= definition.start() < c.end), targets[0].clause)
        stated = _statement(clause, (definition.start(), end))
        _read_attributes(
            text[definition.start() : end],
            definition.start(),
            definition.end() - definition.start(),
            end - definition.start(),
            stated,
            lexicon,
            weak=False,
        )
        _give(text, stated, targets)


# "grants to LinguaLoom the license set out in Section 4.3", « concède la licence prévue à l'article 5.2 »: a
# grant of the licence another section grants
_SAME_LICENCE_AS = re.compile(
    r"\s(?:the|la|le|l['’])\s*(?:same\s+|même\s+)?(?:licen[cs]e|rights?|droits?)\s+"
    r"(?:(?:set\s+out|described|granted|given|referred\s+to|defined|prévue?s?|définie?s?|décrite?s?|consentie?s?"
    r"|concédée?s?|accordée?s?)\s+)?(?:in|under|at|à|au|aux|par)\s+(?:l['’]|the\s+)?"
    r"(?:sections?|clauses?|articles?|paragraphs?|paragraphes?|art\.)\s*\d",
    _FLAGS,
)


def _apply_granted_by_reference(text: str, findings: list[GrantFinding]) -> None:
    """ "Client likewise grants to LinguaLoom the license set out in Section 4.3 with respect to Translation
    Memory Data": the grant has the attributes of the licence the section it names grants."""
    user = _user_licences(findings, summaries=False)
    for finding in user:
        if finding.kind not in ("grant", "grant_passive"):
            continue
        same = _SAME_LICENCE_AS.search(text, finding.verb[1], min(finding.sentence[1], finding.verb[1] + 120))
        if same is None:
            continue
        refs = _section_refs(text[same.start() : same.end() + 20])
        sources = [f for f in user if f is not finding and _names(refs, f.clause, f.paragraph)]
        if not sources:
            continue
        stated = _statement(finding.clause, finding.sentence)
        for kind, span in sources[0].attributes.items():
            if kind != "survives_termination":
                stated.attributes.setdefault(kind, span)
        _give(text, stated, [finding])


# '"Territory" means the entire world', « « Territoire » désigne le monde entier »
_WORLD_TERRITORY = re.compile(
    r"[«“\"]\s*\**\s*(?:the\s+|le\s+)?(?-i:T)errit(?:ory|oire)\s*\**\s*[»”\"]\s*(?:shall\s+)?(?:means?|désigne|:)\s+"
    r"(?:the\s+|le\s+)?((?:entire\s+|whole\s+)?world|monde\s+entier|all\s+countries(?:\s+of\s+the\s+world)?"
    r"|tous\s+les\s+pays(?:\s+du\s+monde)?|worldwide)\b",
    _FLAGS,
)
_IN_TERRITORY = re.compile(r"\b(?:the|le|du|au)\s+(?-i:T)errit(?:ory|oire)\b", _FLAGS)


def _apply_defined_territory(text: str, findings: list[GrantFinding]) -> None:
    """ "(d) "Territory" means the entire world" ... "an exclusive licence throughout the Territory": the
    grant is worldwide, by the definition."""
    definition = None
    at = text.find("errit")  # the definition's word, found with str.find; the pattern tried around it only
    while at >= 0 and definition is None:
        definition = _WORLD_TERRITORY.search(text, max(0, at - 40), at + 300)
        at = text.find("errit", at + 1)
    if definition is None:
        return
    for finding in findings:
        if finding.grantor == "user" and _IN_TERRITORY.search(text, finding.sentence[0], finding.sentence[1]):
            finding.attributes.setdefault("worldwide", definition.span(1))


def _said_about(
    text: str,
    clause: Clause,
    spans: list[tuple[int, int]],
    index: int,
    ref_start: int,
    ref_end: int,
    lexicon: Lexicon,
    *,
    singular: bool = False,
) -> GrantFinding:
    """What the sentence `spans[index]` says about the licence it names at `ref_start`-`ref_end`: the
    attributes it states, and `survives_termination` when it says the licence goes on with the end of the
    account or of the content in view (in that sentence or the one before)."""
    start, end = spans[index]
    sentence = text[start:end]
    at = ref_start - start
    limit = len(sentence)
    for stop in (
        _NAMES_LICENCE.search(sentence, ref_end - start),
        _REFERENCE_END.search(sentence, ref_end - start),
    ):
        if stop is not None:
            limit = min(limit, stop.start())
    stated = _statement(clause, spans[index])
    # what the sentence says before the reference counts too ("You will not be paid for the licences in
    # clauses 6.2 to 6.5"), back to the previous reference
    earlier = [m.end() for m in _NAMES_LICENCE.finditer(sentence, 0, at)]
    _read_attributes(sentence, start, earlier[-1] if earlier else 0, limit, stated, lexicon, weak=False)
    # "... will terminate when you delete ..., except that (a) Harborcast may continue to use ...": the
    # exception after the reference's own words still says whether it survives
    survives = lexicon.positive["survives_termination"].search(sentence, at)
    negative = lexicon.negative.get("survives_termination")
    if survives and not (negative and negative.search(sentence, at, survives.end())):
        stated.attributes.setdefault(
            "survives_termination", (start + survives.start(), start + survives.end())
        )
    # "Your license under Section 4.2 ends when you delete ..., except as to content others have copied"
    kept = _kept_after_end(sentence, ref_end - start)
    if kept:
        stated.attributes.setdefault("survives_termination", (start + kept[0], start + kept[1]))
    elif index + 1 < len(spans) and _END_VERB.search(sentence):
        # « La suppression ... met fin à la licence consentie à l'article 7.2. Toutefois, les Contenus déjà
        # intégrés ... pourront y demeurer »: the next sentence excepts what goes on
        next_start, next_end = spans[index + 1]
        following = text[next_start:next_end]
        opening = _OPENS_EXCEPTION.match(following)
        kept = _kept(following, opening) if opening else None
        if kept:
            stated.attributes.setdefault("survives_termination", (next_start + kept[0], next_start + kept[1]))
    # "Termination of your account does not affect the licences granted under paragraphs 1 and 4"
    unaffected = _NOT_AFFECTED.search(sentence, earlier[-1] if earlier else 0, at)
    if unaffected and _ENDING.search(sentence):
        stated.attributes.setdefault(
            "survives_termination", (start + unaffected.start(), start + unaffected.end())
        )
    if limit == len(sentence) and index + 1 < len(spans):
        # « Les autorisations consenties aux articles 7.2 et 7.5 le sont pour toute la durée des droits.
        # Elles survivront à la résiliation »: the next sentence goes on about them
        following = text[spans[index + 1][0] : spans[index + 1][1]]
        back = _BACK_TO_NAMED.search(following) or (singular and _BACK_TO_IT.search(following))
        if back and not _NAMES_LICENCE.search(following):
            _read_attributes(following, spans[index + 1][0], 0, len(following), stated, lexicon, weak=False)
    goes_on = _CONTINUES.search(sentence, ref_end - start, limit)
    if goes_on and not _NEGATED_BEFORE.search(sentence, 0, goes_on.start()):
        context = text[spans[index - 1][0] : end] if index else sentence
        if _ENDING.search(context):
            stated.attributes.setdefault(
                "survives_termination", (start + goes_on.start(), start + goes_on.end())
            )
    return stated


# "you permit anyone to copy it", « permet à toute personne de »: a licence to the public
_PUBLIC = re.compile(r"\b(?:anyone|everyone|the\s+public|quiconque|toute\s+personne|le\s+public)\b", _FLAGS)


def _give(text: str, stated: GrantFinding, targets: list[GrantFinding]) -> None:
    """The attributes a sentence states about the licences it names go to them (not to a paid licence's
    royalty-free, nor survival to a grant of feedback; a licence's own negations prevail)."""
    for finding in targets:
        paid = _PAID.search(text, finding.clause.body_start, finding.clause.end)
        for kind, span in stated.attributes.items():
            if kind == "survives_termination" and finding.subject not in _SURVIVING_SUBJECTS:
                continue
            if kind == "royalty_free" and paid and kind not in finding.own:
                continue  # "The designer receives 50% of net sales": that licence is paid for
            if (
                kind == "transferable"
                and finding.grantee != "provider"
                and _PUBLIC.search(text, *finding.sentence)
            ):
                continue  # "the permissions in clause 5 will transfer with it": what we hold, not the public
            if kind not in finding.negated:
                finding.attributes.setdefault(kind, span)


# the sentence after a reference goes on about the licences it named: "They survive ...", "12.2 We may
# sublicense them", « Elles survivront ... »
_BACK_TO_NAMED = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+|\([a-z0-9]{1,3}\)\s+)?(?:they|these\s+licen[cs]es|such\s+licen[cs]es|elles|ils"
    r"|celles-ci|ces\s+licences)\b|\b(?:them|these\s+licen[cs]es|such\s+licen[cs]es|celles-ci|lesdites\s+licences)\b",
    _FLAGS,
)
# "The Deposit Licence is worldwide. ... it is granted in perpetuity": the sentence after one naming a licence
_BACK_TO_IT = re.compile(
    r"\bit\s+(?:is|becomes|will|shall|may|cannot|can['’]t|continues|remains)\b"
    r"|\belle\s+(?:est|devient|sera|peut|ne\s+peut|continue|demeure|reste)\b",
    _FLAGS,
)
_COMPARED = re.compile(
    r"\b(?:same\s+(?:way|terms?|conditions?|basis)\s+as|like|than|mêmes?\s+(?:conditions|termes|modalités)\s+que"
    r"|comme|que)\s+(?:(?:in|under|for)\s+)?(?:the\s+|la\s+|le\s+|les\s+|l['’])?$",
    _FLAGS,
)
_TO_GRANT_BEFORE = re.compile(
    r"\b(?:to|de|d['’])\s*(?:grant|give|accorder|concéder|octroyer|consentir)\s+(?:the|these|all|les|ces|tous\s+les)?\s*$",
    _FLAGS,
)
_NOT_AFFECTED = re.compile(
    r"\b(?:does|do|shall|will)\s+not\s+affect|\bwithout\s+affecting|\bn['’]affect\w*\s+pas"
    r"|\b(?:est|sera|sont|seront)\s+sans\s+effet\s+sur"
    # « La suppression du compte ne porte pas atteinte aux droits accordés au titre du chiffre 6 »
    r"|\bne\s+(?:porte|portera|portent|porteront)\s+pas\s+atteinte\b|\bsans\s+porter\s+atteinte\b"
    r"|\bshall\s+be\s+without\s+prejudice\s+to\b|\bsans\s+préjudice\s+des?\b",
    _FLAGS,
)
# ';', a list item "(b) " (not "7(a) ", a section's number), 'except'
_REFERENCE_END = re.compile(r";|(?<![\w)])\(\w{1,3}\)\s|\bexcept\b|\bsauf\b", _FLAGS)
# the first word after "Sections 6.1, 6.2 and 6.3" that is no part of the list of numbers
_ORDINARY_WORD = re.compile(
    r"\b(?!(?:and|or|et|ou|to|through|à|au|aux|in|under|this|these|sections?|clauses?|articles?|paragraph\w*)\b)"
    r"[a-zà-ÿ]{2,}"
)


# the grant's own section pays the grantor: "receives 50% of net sales", "the royalty-free statement in 7.1
# does not apply", « perçoit 40 % des recettes », « une rémunération proportionnelle »
_PAID = re.compile(
    r"\b(?:receives?|earns?|is\s+paid|will\s+be\s+paid|shall\s+be\s+paid)\s+(?:\w+\s+){0,2}(?:\d+\s*%|a\s+(?:share|percentage|royalty|commission))"
    r"|\broyalty[- ]free\s+(?:statement|provision|wording)[^.;]{0,40}\bnot\s+apply"
    r"|\b(?:perçoit|percevra|touche|touchera|reçoit|recevra)\s+(?:\w+\s+){0,2}(?:\d+\s*%|une\s+(?:rémunération|redevance|commission|part))"
    r"|\brémunération\s+proportionnelle",
    _FLAGS,
)


_SURVIVING_SUBJECTS = ("user_content", "name_likeness", "data", "other")


def _user_licences(
    findings: list[GrantFinding], *, lead_ins: bool = True, summaries: bool = True
) -> list[GrantFinding]:
    """The licences (and permissions to use) the user grants; without the lead-ins of a grant (« À cet
    effet, vous concédez ») unless `lead_ins`, and without a summary box's restatements unless `summaries`."""
    return [
        f
        for f in findings
        if f.grantor == "user"
        and _licence_like(f)
        and (summaries or not f.summary)
        and (lead_ins or not _lead_in(f, findings))
    ]


def _first_licences(targets: list[GrantFinding], findings: list[GrantFinding]) -> list[GrantFinding]:
    """ "The licence in clause 12.6 ends ...": one licence, the first its paragraph grants (not a lead-in)."""
    firsts: dict[tuple[int, str | None], GrantFinding] = {}
    for f in _user_licences(findings, lead_ins=False):
        firsts.setdefault((f.clause.index, f.paragraph), f)
    return [f for f in targets if firsts.get((f.clause.index, f.paragraph)) is f]


def _licence_like(finding: GrantFinding) -> bool:
    """A licence (over feedback too), or a permission to use ("You authorise Cadenzo to use your artist
    name") over anything but feedback: what 'the licences in this clause 5' covers."""
    if finding.kind in ("grant", "grant_passive", "receive"):
        return True
    return finding.kind in ("consent", "content_use") and finding.subject != "feedback"


_THESE_LICENCES = re.compile(r"\b(?:these|ces)\s+(?:(?-i:[A-ZÀ-Þ])[\w-]+\s+)?licen[cs]es\b", _FLAGS)


_TOP_NUMBER = re.compile(r"(?:(?:article|section|clause|art\.|chapitre|chapter|chiffre)\s+)?(\d+)", _FLAGS)


def _same_section(first: Clause, second: Clause) -> bool:
    """Whether two clauses lie in one top-level section ("6", "6.1" and "6.3")."""

    def top(clause: Clause) -> str | None:
        for part in (*clause.path, clause.number):
            number = _TOP_NUMBER.match(part) if part else None
            if number:
                return number.group(1)  # "6" for "6.3", "8" for "Article 8"
        return clause.path[-1] if clause.path else clause.title

    return first.index == second.index or (top(first) is not None and top(first) == top(second))


def _related(grant_clause: Clause, clause: Clause) -> bool:
    """Whether a sentence in `clause` can speak of a grant made in `grant_clause`: a few sections on, or
    anywhere inside the grant's own section (Google's 'Licence' > 'Scope', 'Rights', 'Duration')."""
    if 0 <= clause.index - grant_clause.index <= 4:
        return True
    own = grant_clause.number or grant_clause.title
    return clause.index > grant_clause.index and own is not None and own in clause.path


def _freeze(finding: GrantFinding, text: str) -> Grant:
    def evidence(span: tuple[int, int]) -> Evidence:
        return Evidence(quote=text[span[0] : span[1]], start=span[0], end=span[1])

    flagged = finding.grantor == "user" and finding.grantee != "user"
    attributes = [Attribute(kind=k, evidence=evidence(s)) for k, s in finding.attributes.items()]
    attributes.sort(key=lambda a: FLAG_KINDS.index(a.kind))
    kinds = {a.kind for a in attributes}
    return Grant(
        clause_index=finding.clause.index,
        clause=finding.clause.number,
        grantor=finding.grantor,
        grantee=_holder(finding),
        subject=finding.subject,  # type: ignore[arg-type]
        verb=evidence(finding.verb),
        sentence=evidence(finding.sentence),
        attributes=attributes,
        negated=[Attribute(kind=k, evidence=evidence(s)) for k, s in finding.negated.items()],
        purposes=[evidence(s) for s in finding.purposes],
        flagged=flagged,
        severity=grade(kinds) if flagged else None,
    )


def grade(kinds: set[str]) -> Severity:
    """High: durable (perpetual, irrevocable, assigned, surviving) AND passable-on or unrestricted in use.
    Medium: any other notable attribute. Low: only worldwide / royalty-free, or none."""
    if kinds & _DURABLE and kinds & _PASS_ON:
        return "high"
    if kinds & _NOTABLE:
        return "medium"
    return "low"
