"""Find the name of the service whose terms these are ("Zoom", "Acme"), to write plain sentences."""

from __future__ import annotations

import re
from collections import Counter

_ACTOR = re.compile(
    r"\b([A-Z][\w&\-]*[A-Za-z](?:\s[A-Z][\w&\-]+)?)\s+(?:may|will|shall|can|reserves|grants|provides|"
    r"owns|uses|peut|pourra|se\s+réserve|fournit|concède|accorde|met|s['’]engage|est\s+en\s+droit)\b"
)
_MID_SENTENCE = re.compile(r"(?<=[a-zé,] )([A-Z][a-z]+[A-Z]?[a-z]*)\b")
_COMMON = frozenset(
    "terms service services content policy privacy agreement conditions user users account community "
    "guidelines platform products product software data information app apps business premium utilisation "
    "politique confidentialité contenu contenus compte services conditions données plateforme produits "
    "règles utilisateurs standards union european internet states court arbitration member members "
    "customer site paid free ads partner partners use utilisation united kingdom groupe mentions legales "
    "annexe general générales".split()
)
_TITLE_NAME = re.compile(r"([A-Z][\w&\-]*[A-Za-z])")
_NOT_NAMES = frozenset(
    "You We This These The If Each Any Such Our Your Nothing It They Vous Nous Le La Les Il Elle Ce Cette "
    "Chaque Tout Toute Tous Aucun Section Article Customer Customers User Users Member Members Content "
    "Services Service Agreement Terms Conditions Platform Software Company Client Utilisateur "
    "Utilisateurs Host Hosts Guest Guests Party Parties Neither Either Where When Changes Notice Law Zone "
    "Order Fees Contenu Contenus Compte Société Vendor Seller Sellers Buyer Subscriber Account "
    "Documentation Personal Privacy Partner Partners Provider End Sections Please Votre Vos Notre Nos Ces "
    "Si Lorsque Ils Elles".split()
)


def find_provider(text: str, title: str | None = None) -> str | None:
    """The most frequent proper name acting as a party ('Zoom may ...'), or a name from the title."""
    counts: Counter[str] = Counter()
    for match in _ACTOR.finditer(text, 0, min(len(text), 300_000)):
        name = match.group(1)
        first = name.split()[0]
        if first in _NOT_NAMES or name in _NOT_NAMES:
            continue
        counts[first if first.isupper() or len(name.split()) == 1 else name] += 1
    mentions: Counter[str] = Counter(_MID_SENTENCE.findall(text, 0, min(len(text), 300_000)))
    for name in list(mentions):
        if name in _NOT_NAMES or name.lower() in _COMMON:
            del mentions[name]
    if title:
        for word in _TITLE_NAME.findall(title):
            if word.lower() not in _COMMON and (mentions[word] >= 5 or counts[word] >= 2):
                return str(word)
    if counts:
        name, count = counts.most_common(1)[0]
        if count >= 3 and mentions[name.split()[0]] * 2 >= mentions.most_common(1)[0][1]:
            return name
    if mentions:
        name, count = mentions.most_common(1)[0]
        if count >= 10:
            return name
    if title:
        for word in _TITLE_NAME.findall(title):
            if word not in _NOT_NAMES and word.lower() not in ("terms", "conditions", "of", "use", "d"):
                return str(word)
    return None
