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
    "annexe general générales entry entries contest contests".split()
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


# "CLICHÉO SARL ... (ci-après « Clichéo » ou « nous »)", "Comptalib SAS (l'« Éditeur »)",
# "Fotobox, Inc. ("Fotobox," "we," "us")": the name the terms define as "we" or as the provider
_DEFINED_AS_WE = re.compile(
    r"[«“\"]\s*([A-Z][\w’'&\-]+(?:\s[A-Z][\w’'&\-]+)?)\s*,?\s*[»”\"]\s*,?\s*(?:ou|or|et|and)?\s*"
    r"(?:[«“\"]\s*(?:we|us|nous|our)\b|(?:the\s+|l['’]|la\s+|le\s+)[«“\"]\s*"
    r"(?:Company|Provider|Operator|Société|Éditeur|Prestataire|Exploitant|Opérateur)\s*[»”\"])"
    r"|\b([A-Z][\w’'&\-]+(?:\s[A-Z][\w’'&\-]+)?)(?:,?\s+(?:SAS|SARL|SA|Ltd|Inc|LLC|GmbH|S\.A\.S?)\.?)?\s*\(\s*"
    r"(?:ci-après\s+|hereinafter\s+)?(?:l['’]|le\s+|la\s+|the\s+)?[«“\"]\s*"
    r"(?:Éditeur|Prestataire|Société|Exploitant|Opérateur|Company|Provider|Operator|we|nous)\s*[»”\"]"
)


_LINK_WORDS = frozenset("of d du de des la le les the and et".split())
_SUFFIX = re.compile(r"\s+(?:SAS|SARL|SA|Ltd|Inc|LLC|GmbH|Corp|PLC|LLP)\.?$")


def _as_written(word: str, mentions: Counter[str]) -> str:
    """'STITCHWISE' from a title, written as the text writes it ('Stitchwise')."""
    forms = [m for m in mentions if m.lower() == word.lower()]
    return max(forms, key=lambda m: mentions[m]) if forms else word


# "NoteHarbor Learning Pty Ltd (ABN ...) of Level 3, ..., Australia (the "Company")": the company named
# before its address is the one defined as the Company
_COMPANY_DEFINED = re.compile(
    r"\b([A-Z][\w’'&\-]+(?:\s[A-Z][\w’'&\-]+)?)(?:\s+[A-Z][\w’'&\-]+)?,?\s+(?:Pty\s+Ltd|Pte\.?\s+Ltd|Ltd|Limited|Inc|LLC|SAS|SARL|GmbH|Corp|Corporation|PLC|plc|LLP)\b\.?"
    r"[^.;]{0,200}?\(\s*(?:ci-après\s+|hereinafter\s+)?(?:l['’]|le\s+|la\s+|the\s+)?[«“\"]\s*"
    r"(?:Éditeur|Prestataire|Société|Exploitant|Opérateur|Company|Provider|Operator)\s*[»”\"]"
)


# "Fourbar Interactive Limited, a company incorporated in Ireland ... (**"Fourbar"**)": the short name, the
# first word of the company's name, defined in brackets after it
_COMPANY_NAMED = re.compile(
    r"\b([A-Z][\w’'&\-]+)(?:\s+[A-Z][\w’'&\-]+){0,3},?\s+(?:Limited|Ltd|Inc|LLC|SAS|SARL|GmbH|Corp|PLC|LLP|Pty\s+Ltd)\b\.?"
    r"[^()]{0,300}?\(\s*\**\s*[«“\"]\s*\**\s*(\1)\s*\**\s*[»”\"]\s*\**\s*\)"
)
# "the High Desert Astronomical League, Inc. (the "League")": the last word of the name, defined right after
# it
_COMPANY_LAST_WORD = re.compile(
    r"\b(?:[A-Z][\w’'&\-]+\s+){0,3}([A-Z][\w’'&\-]+),?\s+(?:Limited|Ltd|Inc|LLC|Corp|Corporation|PLC|LLP|GmbH)\b\.?"
    r"\s*\(\s*(?:the\s+)?\**[“\"]\s*\**(\1)\**\s*[”\"]\**\s*\)"
)
_COMPANY_SHORT_NAME = re.compile(
    r"(?:(?<=\w\s)(?:Pty\s+Ltd|Pte\.?\s+Ltd|Ltd|Limited|Inc|LLC|SAS|SARL|Sàrl|SA|AG|GmbH|SCIC|SCOP|ASBL|BV|NV)\b\.?\**"
    r"|\b(?:[Ll]['’]association|[Ll]['’]ASBL|[Ll]a\s+société|[Ll]['’]entreprise|[Tt]he\s+company)"
    r"(?:\s+[A-ZÀ-Ý][\w’'&\-]*){1,4}\s*)"
    r"(?:[^.;()]|\.(?=\d)){0,200}?\(\s*(?:ci-après|hereinafter)\s*(?:dénommée?\s+|referred\s+to\s+as\s+)?"
    r"(?:l['’]|le\s+|la\s+|the\s+)?[«“\"]\s*(?:l['’]|le\s+|la\s+|the\s+)?([A-ZÀ-Ý][\w’'&\-]+)\s*[»”\"]"
)


# "Le service est édité par l'association Agenda du Coin", "The Service is operated by Lumio Ltd"
_OPERATED_BY = re.compile(
    r"\b(?:édité|exploité|opéré|published|operated|provided|run)e?s?\s+(?:par|by)\s+"
    r"(?:l['’]association\s+|l['’]entreprise\s+|la\s+société\s+|la\s+SAS\s+|the\s+company\s+)?"
    r"([A-ZÀ-Ý][\w’'&\-]+(?:\s(?:(?:du|de|des|la|le|of|the)\s)?[A-ZÀ-Ý][\w’'&\-]+){0,3})"
)


def find_provider(text: str, title: str | None = None) -> str | None:
    """The name the terms define as "we" or the provider, else the most frequent proper name acting as a
    party ('Zoom may ...'), or a name from the title."""
    company = _COMPANY_DEFINED.search(text, 0, min(len(text), 20_000))
    if company and company.group(1).split()[0] not in _NOT_NAMES:
        return company.group(1)
    named = _COMPANY_NAMED.search(text, 0, min(len(text), 5_000))
    if named and named.group(1) not in _NOT_NAMES and named.group(1).lower() not in _COMMON:
        return named.group(1)
    last = _COMPANY_LAST_WORD.search(text, 0, min(len(text), 5_000))
    if last and last.group(1) not in _NOT_NAMES and last.group(1).lower() not in _COMMON:
        return last.group(1)
    short = _COMPANY_SHORT_NAME.search(text, 0, min(len(text), 5_000))
    if (
        short
        and short.group(1).split()[0] not in _NOT_NAMES
        and short.group(1).lower() not in _COMMON
        and not _user_role(short.group(1), text)
    ):
        # "École de danse Entrechat Sàrl, rue de Lausanne 58 ... (ci-après « l'École »)": the terms call
        # the company by the short name they define
        return short.group(1)
    defined = _DEFINED_AS_WE.search(text, 0, min(len(text), 20_000))
    if defined:
        name = _SUFFIX.sub("", defined.group(1) or defined.group(2))
        if name.split()[0] not in _NOT_NAMES and name.lower() not in _COMMON:
            return name
    found = _named_provider(text, title)
    role = _DEFINED_ORGANISATION.search(text, 0, min(len(text), 20_000))
    if found is not None and _user_role(found, text):
        # « Contributeur » : tout Utilisateur ...: a role of the users is never the provider; the name the
        # terms give the organisation (« (ci-après « l'ASBL ») ») is
        found = role.group(1) if role else None
    elif role and (found is None or text.count(found) <= text.count(role.group(1))):
        found = role.group(1)  # a word of the title said no more often than the name the terms define
    operated = _OPERATED_BY.search(text, 0, min(len(text), 20_000))
    if operated:
        name = _SUFFIX.sub("", operated.group(1))
        first = name.split()[0]
        if first in _NOT_NAMES or name.lower() in _COMMON:
            return found
        # "édité par l'association Agenda du Coin": the operator, unless the terms use another name for
        # it more often ("Instagram", operated by Meta Platforms); a role the terms give their users
        # (« l'Organisateur ») is never the provider
        if found is None or _user_role(found, text) or text.count(first) > text.count(found.split()[0]):
            return name
    if found is None:
        names = defined_as_we(text)
        return names[0] if names else None
    return found


# '("the Alliance," "we," "us")', « (« l'ASBL », « nous ») », '("PurlMarket", "the Company")': a bracketed
# list of defined terms, one of which is "we" or the provider's role; its first other term is the name
_QUOTED_TERM = re.compile(r"[«“\"]\s*\**\s*([^«»“”\"()]{1,40}?)\s*\**\s*[»”\"]")
_WE_TERMS = re.compile(
    r"(?:we|us|our|nous|notre|nos|(?:the\s+|la\s+|le\s+|l['’])?(?:company|provider|operator|société|éditeur"
    r"|exploitant|prestataire|opérateur))[,.]?",
    re.IGNORECASE,
)
_WE_PRONOUN = re.compile(r"(?:we|us|our|nous)[,.]?", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the\s+|l['’]\s*|la\s+|le\s+|les\s+)", re.IGNORECASE)


def defined_as_we(text: str) -> list[str]:
    """The names bracketed lists of defined terms give beside "we" or "nous", in order (all of them: '("The
    Hedgerow Review," "the Review," "we")')."""
    names: list[str] = []
    head = text[:20_000]
    for we in _QUOTED_WE.finditer(head):
        opening, closing = head.rfind("(", max(0, we.start() - 200), we.start()), head.find(")", we.end())
        if opening < 0 or closing < 0 or "(" in head[opening + 1 : we.start()] or closing - opening > 240:
            continue
        terms = [t.strip("*_ ") for t in _QUOTED_TERM.findall(head, opening, closing + 1)]
        for term in terms:
            if _WE_TERMS.fullmatch(term):
                continue
            name = _SUFFIX.sub("", _ARTICLE.sub("", term).rstrip(",. *_"))
            name = " ".join(name.split())  # '("the\n    Union", "we")' in hard-wrapped text
            if (
                name[:1].isupper()
                and name.split()[0] not in _NOT_NAMES
                and (name.lower() not in _COMMON or (_ARTICLE.match(term) and name.lower() in _COMMON_AS_WE))
                and name not in names
            ):
                names.append(name)  # '("The Hedgerow Review," "the Review," "we")': both names
    return names


def short_names(text: str, provider: str | None) -> list[str]:
    """'The Fenmarsh Local History Trust (the "Trust")': the word of the provider's full name that the terms
    define as its short name, and then call it by."""
    if not provider:
        return []
    full = re.compile(re.escape(provider.split()[0]) + _SHORT_NAME_AFTER)
    found: list[str] = []
    for match in full.finditer(text, 0, min(len(text), 20_000)):
        short = match.group(2)
        if short in match.group(1).split() and short not in found and short not in _NOT_NAMES:
            found.append(short)
    return found


# the rest of the name ("Local History Trust"), then the bracketed short name: '(the "**Trust**")'
_SHORT_NAME_AFTER = (
    r"((?:\s+[A-ZÀ-Ý][\w’'&\-]*){1,5})\s*\(\s*(?:the\s+|l['’]\s*|la\s+|le\s+)?[«“\"]\s*\**\s*"
    r"(?:the\s+|l['’]|la\s+|le\s+)?([A-ZÀ-Ý][\w’'&\-]+)\s*\**\s*[»”\"]\s*\)"
)


# common words that still name the provider when the terms define "the X" beside "we": '("the Union", "we",
# "us")'; not « la Plateforme », which the terms quote for the service itself
_COMMON_AS_WE = frozenset({"union"})
# a quoted "we", « nous »: the start of a search for the list of defined terms around it
_QUOTED_WE = re.compile(r"[«“\"]\s*\**\s*(?:we|us|nous|our)\b", re.IGNORECASE)


def _user_role(name: str, text: str) -> bool:
    """« toute personne ... qui publie un événement (ci-après « l'Organisateur ») »: a role of the users."""
    role = rf"{re.escape(name)}s?"
    pair = rf"(?:{role}\s+(?:et|and)\s+[A-ZÀ-Ý][\w-]+|[A-ZÀ-Ý][\w-]+\s+(?:et|and)\s+{role})"
    if re.search(pair + r"\s+(?:sont|are)\s+" + _TOGETHER_USERS.pattern, text):
        return True  # « Vendeurs et Acheteurs sont ensemble désignés « les Utilisateurs » »
    # "- **Participant** : l'Utilisateur titulaire d'un compte", '**"Player"** means any individual who ...'
    term = rf"\**[«“\"]?\**{re.escape(name)}s?\**[»”\"]?\**"
    defined = rf"(?m:^[ \t]*(?:[-*•][ \t]+)?{term}[ \t]*[:–][ \t]*)|{term}\s+(?:means|désigne)\s+"
    if re.search(rf"(?:{defined})" + _DEFINITION_OF_USER, text):
        return True
    for match in re.finditer(
        rf"[«“\"]\s*\**\s*(?:l['’]|le\s+|la\s+|les\s+|the\s+)?{re.escape(name)}s?\s*\**\s*[»”\"]\**", text
    ):
        if _USER_WORDS.search(text, max(0, match.start() - 200), match.start()):
            return True
        if _USER_WORDS.match(text, match.end()) or _DEFINED_AS_USER.match(text, match.end()):
            return True  # « Contributeur » : tout Utilisateur disposant d'un compte ...
        if _DEFINED_AS_ONE_WHO.match(text, match.end()):
            return True  # '"Tutor" means an independent educator who registers on the Platform'
    return False


_DEFINITION_OF_USER = (
    r"(?i:(?:l['’]|le\s+|la\s+|the\s+|an?\s+|any\s+|tout(?:e)?\s+|toute\s+)?"
    r"(?:utilisateur|user|membre|member|personne|person|individu|individual|joueur|player|internaute|visiteur|visitor)s?)\b"
)
_TOGETHER_USERS = re.compile(
    r"(?:together|collectively|ensemble|collectivement)\b[^.;]{0,40}[«“\"]\s*(?:les\s+|the\s+)?"
    r"(?:Utilisateurs|Users|Membres|Members)\s*[»”\"]"
)
_DEFINED_AS_USER = re.compile(
    r"\s*[:,]?\s*(?:means\s+|désigne\s+)?(?:tout(?:e)?\s+(?:utilisateur|personne|membre)|any\s+(?:user|person|member|individual))",
    re.IGNORECASE,
)
# '"Tutor" means an independent educator who registers ...', « désigne le professionnel qui publie ...»: a
# definition of someone by what they do on the service
_DEFINED_AS_ONE_WHO = re.compile(
    r"\s*(?:means|désigne)\s+(?:an?|any|the|un|une|le|la|l['’]|tout|toute)\s+[^.;:()]{0,60}?\b"
    r"(?:who\s+(?:posts|creates|uses|registers|uploads|publishes|sells|offers|signs\s+up|joins|opens)"
    r"|qui\s+(?:publie|crée|dépose|utilise|s['’]inscrit|vend|propose|ouvre|rejoint))\b",
    re.IGNORECASE,
)
_DEFINED_ORGANISATION = re.compile(
    r"\((?:ci-après|hereinafter)\s*(?:dénommée?\s+|referred\s+to\s+as\s+)?(?:l['’]|le\s+|la\s+|the\s+)?[«“\"]\s*"
    r"(?:l['’]|le\s+|la\s+|the\s+)?(ASBL|Association|Coopérative|Fondation|Foundation|Co-operative|Cooperative"
    r"|Société|Éditeur|Editeur|Exploitant|Prestataire|Opérateur|Company|Operator|Provider|Ville|Université|University"
    r"|Région|Département|Commune|Métropole|Mairie|Agglomération|Council|City|County|Municipality)"
    r"\s*[»”\"]"
)


_USER_WORDS = re.compile(
    r"\b(?:toute\s+personne|any\s+(?:person|individual|user)|tout\s+utilisateur|qui\s+(?:publie|crée|dépose|"
    r"utilise|s['’]inscrit)|who\s+(?:posts|creates|uses|registers|uploads))\b",
    re.IGNORECASE,
)


def is_organisation(word: str) -> bool:
    """« la SCIC », « l'Association », "the Library": the organisation itself, named by what it is."""
    return bool(_ORGANISATION_NOUN.fullmatch(word) or _ACRONYM.fullmatch(word))


# « le GIP », « la SCIC », "the CIC": an organisation's initials (not "AI" or "the EU")
# the public bodies and companies the terms may name by what they are: "the City", « la Société »
_BODIES = (
    r"commune|ville|mairie|société|association|asbl|co-?op[ée]rative|fondation|université|éditeur|éditrice"
    r"|exploitante?|prestataire|plateforme|company|operator|provider|platform|publisher|foundation|university"
    r"|council|city|municipality|county|région|département|métropole|agglomération|collectivité"
    r"|sponsor"  # "the Sponsor" of a contest's official rules
)
# what an organisation is called when the terms name it by what it is: "the Library", « la Coopérative »
_ORGANISATION_WORDS = (
    _BODIES + r"|médiathèque|bibliothèque|club|école|radio|library|school|museum|musée|groupement|union"
    r"|society|trust|guild|institute|institut|academy|académie|federation|fédération|collectif|amicale"
)
# the words that, as the subject or recipient of a grant, name the provider ("the City", « le GIP »), even
# among roles the terms give their users: not "the Club" or "the School", which users may be
PROVIDER_WORDS = _BODIES + r"|(?-i:SCIC|SCOP|GIE|GIP|EPIC)"
# « le GIP », « la SCIC », "the CIC": an organisation's initials (not "AI" or "the EU")
_ACRONYM = re.compile(
    r"(?!(?:AI|IA|API|URL|FAQ|CGU|CGV|EU|UE|UK|US|USA|RGPD|GDPR|PDF|DNA|ADN|ID)\b)[A-Z]{2,6}"
)
_ORGANISATION_NOUN = re.compile(_ORGANISATION_WORDS, re.IGNORECASE)


def _mostly_a_role(name: str, text: str) -> bool:
    """'the Entrant', 'each Seller', « le Vendeur »: a word the terms mostly write after an article."""
    if _ORGANISATION_NOUN.fullmatch(name):
        return False  # « la Commune », "the Library": the organisation itself, named by what it is
    sample = text[:300_000]
    total = sample.count(name)
    if total < 3:
        return False
    with_article = len(
        re.findall(
            rf"\b(?i:the|each|every|any|an?|le|la|l['’]|chaque|tout|un|une)\s*{re.escape(name)}\b", sample
        )
    )
    return with_article * 10 >= total * 6


def _named_provider(text: str, title: str | None) -> str | None:
    """The most frequent proper name acting as a party, or a name from the title."""
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
        folded = Counter({k.lower(): v for k, v in mentions.items()})  # "STITCHWISE" in the title
        for word in _TITLE_NAME.findall(title):
            if word.lower() not in _COMMON and (folded[word.lower()] >= 5 or counts[word] >= 2):
                return str(word) if not word.isupper() else _as_written(word, mentions)
    for name in [n for n in counts if _mostly_a_role(n, text)]:
        del counts[name]  # "the Entrant may ...": a role the terms give a party, not a name
    if counts:
        name, count = counts.most_common(1)[0]
        if count >= 3 and mentions[name.split()[0]] * 2 >= mentions.most_common(1)[0][1]:
            return name
    if mentions:
        name, count = mentions.most_common(1)[0]
        if count >= 10 and not _mostly_a_role(name, text):
            return name
    if title:
        for word in _TITLE_NAME.findall(title):
            if word not in _NOT_NAMES and word.lower() not in _COMMON and word.lower() not in _LINK_WORDS:
                return _as_written(word, mentions) if word.isupper() else str(word)
    return None
