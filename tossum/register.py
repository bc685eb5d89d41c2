"""French terms written in « tu » (« tu nous autorises », « On utilise tes photos »), read as the « vous » and
« nous » the lexicon knows.

Terms for young or casual audiences address the user as « tu » and call the provider « on ». The detector
reads direction from « vous » / « nous » and their verb endings (« vous concédez », « nous pouvons »), so an
informal document is rewritten word by word into that register (« tu nous autorises » -> « vous nous
autorisez », « on peut la partager » -> « nous pouvons la partager », « tes photos » -> « vos photos »),
read, and every span found is mapped back to the words of the original. Only whole words change, so a span
of the rewritten text maps to a span of the original that starts and ends on the same words.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# at least this many « tu », and more of them than « vous », for a document to be read as informal
_MIN_TU = 3
_TU = re.compile(r"\btu\b", re.IGNORECASE)
_VOUS = re.compile(r"\bvous\b", re.IGNORECASE)
_FRENCH = re.compile(r"\b(?:les|des|est|une|pour|dans)\b", re.IGNORECASE)

_LETTER = "a-zàâäçéèêëîïôöûùüÿœ"
# object pronouns that may stand between the subject and its verb (« tu ne nous en donnes », « on te les
# rend »); « te » / « t' » become « vous », the others stay
_CLITICS = (
    r"(?:(?:ne|n['’]|nous|vous|en|y|le|la|les|l['’]|lui|leur|me|m['’]|se|s['’]|te|t['’])(?:\s+|(?<=['’])))*"
)
_SUBJECT_VERB = re.compile(rf"(?<!['’])\b(tu|on)(\s+)({_CLITICS})([{_LETTER}]+)\b", re.IGNORECASE)
_OBJECT = re.compile(rf"\b(?:(te|toi|ton|ta|tes)\b|(t)['’](?=[{_LETTER}h]))", re.IGNORECASE)
_CLITIC_TE = re.compile(r"\b(?:te\b|t['’])", re.IGNORECASE)

# second person singular -> plural (« tu peux » -> « vous pouvez »)
_TU_FORMS = {
    "es": "êtes",
    "as": "avez",
    "vas": "allez",
    "peux": "pouvez",
    "veux": "voulez",
    "dois": "devez",
    "sais": "savez",
    "fais": "faites",
    "dis": "dites",
    "prends": "prenez",
    "apprends": "apprenez",
    "comprends": "comprenez",
    "mets": "mettez",
    "permets": "permettez",
    "promets": "promettez",
    "transmets": "transmettez",
    "soumets": "soumettez",
    "reçois": "recevez",
    "vois": "voyez",
    "crois": "croyez",
    "viens": "venez",
    "deviens": "devenez",
    "tiens": "tenez",
    "obtiens": "obtenez",
    "détiens": "détenez",
    "conserves": "conservez",
    "lis": "lisez",
    "écris": "écrivez",
    "inscris": "inscrivez",
    "connais": "connaissez",
    "envoies": "envoyez",
    "emploies": "employez",
    "paies": "payez",
}
# third person singular of « on » -> first person plural (« on peut » -> « nous pouvons »)
_ON_FORMS = {
    "est": "sommes",
    "a": "avons",
    "va": "allons",
    "peut": "pouvons",
    "veut": "voulons",
    "doit": "devons",
    "sait": "savons",
    "fait": "faisons",
    "dit": "disons",
    "prend": "prenons",
    "met": "mettons",
    "permet": "permettons",
    "transmet": "transmettons",
    "reçoit": "recevons",
    "voit": "voyons",
    "croit": "croyons",
    "vient": "venons",
    "tient": "tenons",
    "obtient": "obtenons",
    "lit": "lisons",
    "écrit": "écrivons",
    "connaît": "connaissons",
    "envoie": "envoyons",
    "emploie": "employons",
    "paie": "payons",
}
# « concèdes » -> « concédez », « cède » -> « cédons »
_GRAVE_STEM = re.compile(r"è(d|r|gu|t|l|gn)$")


def _second_plural(verb: str) -> str:
    """« autorises » -> « autorisez », « pourras » -> « pourrez », « choisis » -> « choisissez »."""
    lower = verb.lower()
    if lower in _TU_FORMS:
        return _TU_FORMS[lower]
    if lower.endswith("rais"):
        return lower[:-4] + "riez"
    if lower.endswith("ras"):
        return lower[:-3] + "rez"
    if lower.endswith("ais"):
        return lower[:-3] + "iez"
    if lower.endswith("es"):
        return _GRAVE_STEM.sub(r"é\1", lower[:-2]) + "ez"
    if lower.endswith("is"):
        return lower[:-1] + "ssez"
    if lower.endswith("ds"):
        return lower[:-1] + "ez"
    return verb  # not a verb form this knows: left as written


def _first_plural(verb: str) -> str:
    """« utilise » -> « utilisons », « pourra » -> « pourrons », « partage » -> « partageons »."""
    lower = verb.lower()
    if lower in _ON_FORMS:
        return _ON_FORMS[lower]
    if lower.endswith("rait"):
        return lower[:-4] + "rions"
    if lower.endswith("ra"):
        return lower[:-2] + "rons"
    if lower.endswith("ait"):
        return lower[:-3] + "ions"
    if lower.endswith("it"):
        return lower[:-1] + "ssons"  # « choisit », « fournit », « garantit »
    if lower.endswith("ge"):
        return lower + "ons"
    if lower.endswith("ce"):
        return lower[:-2] + "çons"
    if lower.endswith("e"):
        return _GRAVE_STEM.sub(r"é\1", lower[:-1]) + "ons"
    if lower.endswith("d"):
        return lower + "ons"  # « vend », « rend »
    return verb


def _as_cased(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


@dataclass(frozen=True)
class Rewrite:
    """The rewritten text, and where each of its words came from."""

    text: str
    # the edits, in order: (start, end) in the original and (start, end) in the rewritten text
    edits: tuple[tuple[int, int, int, int], ...]

    def to_source(self, position: int, *, end: bool = False) -> int:
        """The offset in the original of an offset in the rewritten text (a start or an end)."""
        return self._map(position, end, source=False)

    def to_rewritten(self, position: int, *, end: bool = False) -> int:
        """The offset in the rewritten text of an offset in the original."""
        return self._map(position, end, source=True)

    def span_to_source(self, span: tuple[int, int]) -> tuple[int, int]:
        return self.to_source(span[0]), self.to_source(span[1], end=True)

    def _map(self, position: int, end: bool, *, source: bool) -> int:
        frm, to = (0, 2) if source else (2, 0)
        starts = [edit[frm] for edit in self.edits]
        index = bisect.bisect_right(starts, position) - 1
        if index < 0:
            return position
        edit = self.edits[index]
        if position == edit[frm]:
            return edit[to]
        if position < edit[frm + 1]:
            return edit[to + 1] if end else edit[to]  # inside a changed word: the whole word
        return position - edit[frm + 1] + edit[to + 1]


def informal(text: str) -> bool:
    """Whether French terms speak to the user as « tu »."""
    if text.count(" tu ") + text.count("Tu ") < _MIN_TU:  # most terms: no « tu » at all, told at once
        return False
    tu = len(_TU.findall(text))
    return tu >= _MIN_TU and tu > len(_VOUS.findall(text)) and len(_FRENCH.findall(text)) >= 5


def rewrite(text: str) -> Rewrite | None:
    """The terms in « vous » / « nous », or None when they are not written in « tu »."""
    if not informal(text):
        return None
    changes: dict[int, tuple[int, str]] = {}  # start -> (end, replacement)
    for match in _SUBJECT_VERB.finditer(text):
        subject, _space, _clitics, verb = match.groups()
        first = subject.lower() == "tu"
        changes[match.start(1)] = (match.end(1), _as_cased("vous" if first else "nous", subject))
        for te in _CLITIC_TE.finditer(text, match.start(3), match.end(3)):
            changes[te.start()] = (te.end(), "vous" if te.group().lower() == "te" else "vous ")
        plural = _second_plural(verb) if first else _first_plural(verb)
        if plural != verb:
            changes[match.start(4)] = (match.end(4), _as_cased(plural, verb))
    for match in _OBJECT.finditer(text):
        if match.start() in changes:
            continue
        word = (match.group(1) or match.group(2)).lower()
        replacement = {"te": "vous", "toi": "vous", "ton": "votre", "ta": "votre", "tes": "vos"}.get(
            word, "vous "
        )
        changes[match.start()] = (match.end(), _as_cased(replacement, match.group()))
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    position = written = 0
    for start in sorted(changes):
        end, replacement = changes[start]
        if start < position:
            continue
        pieces.append(text[position:start])
        written += start - position
        pieces.append(replacement)
        edits.append((start, end, written, written + len(replacement)))
        written += len(replacement)
        position = end
    pieces.append(text[position:])
    return Rewrite(text="".join(pieces), edits=tuple(edits))
