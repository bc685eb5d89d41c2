from conftest import EN_DOC, FIXTURE_DOCS, FR_DOC, expected
from hypothesis import given, settings
from hypothesis import strategies as st

from tossum.language import detect_language
from tossum.segment import check_coverage, segment_document


def test_language_of_fixtures() -> None:
    for doc in FIXTURE_DOCS:
        assert detect_language(doc.read_text(encoding="utf-8")) == expected(doc)["language"]


def test_french_header_over_english_body_is_english() -> None:
    text = "# Conditions générales d'utilisation de la société\n\n" + EN_DOC.read_text(encoding="utf-8")
    assert detect_language(text) == "en"


def test_fixture_sections_as_written() -> None:
    for doc in FIXTURE_DOCS:
        clauses = segment_document(doc.read_text(encoding="utf-8"))
        found = [{"number": c.number, "title": c.title} for c in clauses if c.number or c.title]
        assert found == expected(doc)["sections"], doc.name


def test_preamble_is_a_clause_and_parents_follow_numbers() -> None:
    text = "READ THESE TERMS CAREFULLY before you use Acme.\n\n## 1. Scope\n\nText.\n"
    first = segment_document(text)[0]
    assert (first.number, first.title, first.start, text[first.start : first.end].strip()) == (
        None,
        None,
        0,
        "READ THESE TERMS CAREFULLY before you use Acme.",
    )
    clauses = segment_document(EN_DOC.read_text(encoding="utf-8"))
    sub = next(c for c in clauses if c.number == "4.2")
    assert sub.path == ["4"]


def test_heading_forms() -> None:
    text = (
        "Intro line.\n\n"
        "## Article 5 - Objet\n\nTexte.\n\n"
        "**10.4 Customer License Grant**. You agree to grant.\n\n"
        "ARTICLE V – DURÉE\n\nTexte.\n\n"
        "§ 4 Haftung\n\nText.\n\n"
        "GOVERNING LAW\n\nCalifornia.\n\n"
        "1.1. Access to the Service. To use the service you need internet.\n\n"
        "(a) an enumeration that stays inside;\n\n"
        "- a bullet that stays inside\n"
    )
    clauses = segment_document(text)
    labels = [(c.number, c.title) for c in clauses]
    assert labels == [
        (None, None),
        ("Article 5", "Objet"),
        ("10.4", "Customer License Grant"),
        ("ARTICLE V", "DURÉE"),
        ("§ 4", "Haftung"),
        (None, "GOVERNING LAW"),
        ("1.1", "Access to the Service"),
    ]
    lead_in = clauses[2]
    assert text[lead_in.body_start :].startswith("You agree to grant.")


def test_markdown_list_renumbering_is_seen_through() -> None:
    text = (
        "1. **ACCOUNT**\n\n**1.1 Registration**. Text.\n\n"
        "27. **CUSTOMER CONTENT**\n\n**10.1 Customer Content**. Text.\n\n**10.4 Licence**. Text.\n\n"
        "29. **RECORDINGS**\n\nText about recordings.\n"
    )
    numbers = [c.number for c in segment_document(text)]
    assert numbers == ["1", "1.1", "10", "10.1", "10.4", "11"]


def test_french_fixture_keeps_definition_list_inside_article_2() -> None:
    clauses = segment_document(FR_DOC.read_text(encoding="utf-8"))
    assert [c.number for c in clauses].count("Article 2") == 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab #*.1234\n-()IVX:Article§ ")), max_size=400))
def test_clauses_cover_any_text_exactly(text: str) -> None:
    clauses = segment_document(text)
    check_coverage(clauses, len(text))
    assert "".join(text[c.start : c.end] for c in clauses) == text
    assert all(c.start <= c.body_start <= c.end for c in clauses)


def labels(text: str) -> list[tuple[str | None, str | None]]:
    """(number, title) of every clause after the preamble."""
    return [(c.number, c.title) for c in segment_document(text) if c.number or c.title]


def test_plain_title_lines_between_blank_lines_are_headings() -> None:
    en = (
        "Acme Notes Terms\n\n"
        "Last updated: 3 March 2025\n\n"
        "Thanks for choosing Acme Notes. These terms apply to everyone who uses it.\n\n"
        "Who provides the service\n\n"
        "Acme Notes Ltd runs the service from Dublin and is your contracting party.\n\n"
        "Minimum age\n\n"
        "You must be at least 16 years old, or have a parent's permission, to open an account.\n\n"
        "Why can we close accounts?\n\n"
        "We close accounts that break these terms, after warning you where we can.\n\n"
        "Acme Notes Ltd\n\n"
        "1 Example Street, Dublin 2, D02 XY45\n"
    )
    assert labels(en) == [
        (None, "Acme Notes Terms"),
        (None, "Who provides the service"),
        (None, "Minimum age"),
        (None, "Why can we close accounts?"),
    ]
    fr = (
        "Conditions d'utilisation de Lumio\n\n"
        "Entrée en vigueur : 1er février 2025\n\n"
        "Éditeur du service\n\n"
        "Le service est fourni par la société Lumio SAS, dont le siège est à Paris.\n\n"
        "Âge minimum\n\n"
        "Vous devez avoir au moins 15 ans pour créer un compte sur l'application.\n\n"
        "Fait à Paris, le 1er février 2025.\n"
    )
    assert labels(fr) == [
        (None, "Conditions d'utilisation de Lumio"),
        (None, "Éditeur du service"),
        (None, "Âge minimum"),
    ]


def test_title_line_glued_to_its_paragraph_but_not_a_wrapped_first_line() -> None:
    text = (
        "Terms that apply\n"
        "Your use of the app is subject to these terms and to our community rules, which we publish.\n\n"
        "1.1 The company that publishes this app is established in Paris and is registered\n"
        "with the trade register under a number shown on the website of the app.\n"
    )
    assert labels(text) == [(None, "Terms that apply")]


def test_numbered_heading_stacks_on_a_title_line() -> None:
    text = "ACME TERMS OF SERVICE\n1. Your Content\nYou grant Acme a licence to host your content.\n"
    assert labels(text) == [(None, "ACME TERMS OF SERVICE"), ("1", "Your Content")]


def test_lead_ins_under_a_heading_stay_inside_it() -> None:
    text = (
        "Your account\n\n"
        "Sign-up. Give us accurate details when you sign up and keep them current.\n\n"
        "Passwords. Keep your password to yourself and tell us if someone learns it.\n\n"
        "Your content\n\n"
        "Ownership. You keep the rights you hold in what you post.\n"
    )
    assert labels(text) == [(None, "Your account"), (None, "Your content")]


def test_lead_ins_are_the_structure_of_a_document_without_headings() -> None:
    text = (
        "Les présentes conditions régissent l'usage du service.\n\n"
        "Inscription Préalable. Vous devez créer un compte avec des informations exactes.\n\n"
        "Résiliation Du Compte. Vous pouvez fermer votre compte à tout moment.\n"
    )
    assert labels(text) == [(None, "Inscription Préalable"), (None, "Résiliation Du Compte")]
    titled = "CONDITIONS D'UTILISATION\n\n" + text
    assert [title for _, title in labels(titled)][1:] == ["Inscription Préalable", "Résiliation Du Compte"]


def test_an_underlined_title_does_not_make_plain_text_markdown() -> None:
    text = (
        "ACME TERMS\n==========\n\n"
        "Your account\n\nYou must be 18 to open an account, and you must keep it safe.\n\n"
        "Fees\n\nWe charge the monthly fee shown to you before you subscribe.\n"
    )
    assert labels(text) == [(None, "ACME TERMS"), (None, "Your account"), (None, "Fees")]


def test_numbered_paragraphs_stay_inside_their_section() -> None:
    text = (
        "Article 1 – Objet\n\n"
        "1.1 La société Lumio SAS, dont le siège est situé à Paris, édite l'application de retouche.\n\n"
        "1.2 Les présentes conditions sont régies par le droit français.\n\n"
        "Article 2 – Compte\n\n"
        "2.1 Compte et mot de passe. Vous êtes responsable de la confidentialité de votre mot de passe.\n\n"
        "2.2 Vous devez avoir au moins 15 ans, sauf accord d'un parent, pour créer un compte.\n\n"
        "3.1 Les conditions doivent être acceptées, sans réserve, par chaque utilisateur. Elles "
        "s'appliquent dès l'inscription.\n"
    )
    assert labels(text) == [
        ("Article 1", "Objet"),
        ("Article 2", "Compte"),
        ("2.1", "Compte et mot de passe"),
    ]


def test_number_forms_no_break_space_alone_glued_and_letters() -> None:
    text = (
        "2.1\xa0Rétractation\n\nVous disposez de quatorze jours pour changer d'avis après votre achat.\n\n"
        "14.1\nDurée\n\nLes présentes conditions s'appliquent pendant toute l'utilisation du service.\n\n"
        "14.2\n\nChaque partie peut résilier le contrat en respectant un préavis d'un mois.\n\n"
        "9.2Modération\n\nNous examinons les publications signalées par les utilisateurs.\n\n"
        "a. Identifiants de connexion\n\nVous gardez secrets votre identifiant et votre mot de passe.\n\n"
        "b. Comptes liés\n\nVous pouvez lier votre compte à celui d'un autre service.\n\n"
        "Page 3\n\n3\n\nFin du document et de ses annexes, qui en font partie intégrante.\n"
    )
    assert labels(text) == [
        ("2.1", "Rétractation"),
        ("14.1", "Durée"),
        ("14.2", None),
        ("9.2", "Modération"),
        ("a", "Identifiants de connexion"),
        ("b", "Comptes liés"),
    ]


def test_tables_of_contents_are_not_sections() -> None:
    fr = (
        "CONDITIONS GÉNÉRALES\n\nJanvier 2025\n\n"
        "1. Présentation du service\n\n2. Vocabulaire\n\n3. Votre compte\n\n"
        "Article 1. Présentation du service\n\nLumio SAS édite l'application de retouche de photos.\n\n"
        "Article 2. Vocabulaire\n\nLe « Compte » est l'espace personnel de l'utilisateur.\n"
    )
    assert labels(fr) == [
        (None, "CONDITIONS GÉNÉRALES"),
        ("Article 1", "Présentation du service"),
        ("Article 2", "Vocabulaire"),
    ]
    en = (
        "Contents\n\nIntroduction\n\nYour account\n\nYour content\n\nEnding these terms\n\n"
        "Introduction\n\nThese terms apply to everyone who uses the app, on any device.\n\n"
        "Your account\n\nYou need an account to store notes, and you must keep it secure.\n"
    )
    assert labels(en) == [(None, "Contents"), (None, "Introduction"), (None, "Your account")]
    listed = "1.  Scope\n2.  Accounts\n3.  Payments\n\n1. Scope\n\nThese terms apply to every user.\n"
    assert labels(listed) == [("1", "Scope")]


def test_sentences_and_notes_are_not_headings() -> None:
    text = (
        "1. LIMITATION OF LIABILITY\n\n"
        "PLEASE READ THIS PART WITH CARE BEFORE YOU ACCEPT IT.\n\n"
        "We are not liable for indirect losses, except where the law says otherwise.\n\n"
        "UNLESS THE LAW SAYS OTHERWISE:\n\n"
        "Governing law. Irish law governs these terms.\n"
    )
    assert labels(text) == [("1", "LIMITATION OF LIABILITY")]


def test_colon_line_heads_a_passage_but_not_a_list() -> None:
    text = (
        "4. VOS DROITS\n\n"
        "Si vous résidez en Belgique :\n\n"
        "Votre demande est traitée par notre délégué à la protection des données, à Bruxelles.\n\n"
        "Pour résilier votre abonnement, vous devez :\n\n"
        "- ouvrir les réglages de l'application ;\n"
        "- choisir « Résilier ».\n"
    )
    assert labels(text) == [("4", "VOS DROITS"), (None, "Si vous résidez en Belgique")]


def test_paragraph_per_line_text_without_blank_lines() -> None:
    paragraph = "We provide the service with reasonable care and skill, and we keep improving it over time. "
    text = "".join(
        f"{title}\n{paragraph * 2}\n{paragraph * 2}\n"
        for title in ("Our service", "Your account", "Your content", "Fees", "Ending these terms")
    )
    assert [title for _, title in labels(text)] == [
        "Our service",
        "Your account",
        "Your content",
        "Fees",
        "Ending these terms",
    ]


def test_double_spaced_text_reads_paragraphs_across_single_blank_lines() -> None:
    lines = [
        "1. OBJET",
        "Les présentes conditions définissent les modalités",
        "selon lesquelles la société met le service à la",
        "disposition des utilisateurs.",
        "2. COMPTE",
        "Pour créer un compte, l'utilisateur fournit une",
        "adresse électronique valide et choisit un mot de",
        "passe.",
    ]
    paragraphs = [lines[0], "\n\n".join(lines[1:4]), lines[4], "\n\n".join(lines[5:])]
    text = "\n\n\n\n".join(paragraphs * 3) + "\n"  # enough single blank lines to see the layout
    assert labels(text) == [("1", "OBJET"), ("2", "COMPTE")] * 3


def test_markdown_labels_definitions_and_numbered_paragraphs_are_not_headings() -> None:
    text = (
        "# Conditions\n\n"
        "## 2. Définitions\n\n"
        "**Note** : la note sur cinq qu'un client donne après une commande.\n\n"
        "**In brief:** _we keep your data only as long as we need it._\n\n"
        "**Last updated:**\n\n"
        "**1.1.** Les présentes conditions s'appliquent à tous les utilisateurs.\n\n"
        "**This paragraph is a warning in bold that reads as a whole sentence of text.**\n\n"
        "1.  [Introduction](#introduction)\n\n"
        "**5.1** **Fees**. You agree to pay the fees shown when you subscribe.\n\n"
        "4.  **OUVERTURE D'UN COMPTE**\n"
        "    \n"
        "    **4.1 Compte professionnel**\n\n"
        "Pour ouvrir un compte, le vendeur renseigne son profil.\n"
    )
    assert labels(text) == [
        (None, "Conditions"),
        ("2", "Définitions"),
        ("5.1", "Fees"),
        ("4", "OUVERTURE D'UN COMPTE"),
        ("4.1", "Compte professionnel"),
    ]


LINE_PIECES = [
    *"aZé .:!?;,\xa0\n-–()[]|*_#§",
    *("\n\n", "\n\n\n", "1. ", "2.1 ", "14.1", "a. ", "Page 2", "Title Words", "ARTICLE 3", "Fees. "),
    *("**", "[x](#y)", "    ", "Last updated: May 2024"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=80).map("".join))
def test_clauses_cover_any_line_structure_exactly(text: str) -> None:
    clauses = segment_document(text)
    check_coverage(clauses, len(text))
    assert all(c.start <= c.body_start <= c.end for c in clauses)


def test_lettered_sub_sections_nest_under_their_letter() -> None:
    from tossum.segment import segment_document

    text = (
        "# Terms\n\n## C. User Content\n\n**C.1 Ownership.** You own it.\n\n"
        "**C.2 License to us.** You grant us a licence.\n"
    )
    clauses = {c.number: c for c in segment_document(text) if c.number}
    assert clauses["C.2"].title == "License to us" and clauses["C.2"].path == ["C"]


def test_a_keyword_numbered_paragraph_is_no_heading() -> None:
    text = (
        "# CGU\n\nArt. 14 – Données d'Usage\n\nArt. 14.1 Le Client concède à Signalys le droit d'exploiter "
        "les Données d'Usage.\n\nArt. 14.2 Ce droit est consenti à titre gratuit et pour une durée "
        "illimitée.\n\nArt. 15 – Suggestions\n\nLe Client cède ses idées.\n"
    )
    clauses = segment_document(text)
    assert [c.number for c in clauses] == [None, "Art. 14", "Art. 15"]
    assert "Ce droit est consenti" in text[clauses[1].body_start : clauses[1].end]


def test_a_short_first_sentence_with_a_subject_and_a_verb_is_no_lead_in_title() -> None:
    text = (
        "# Terms\n\n## 7. Your content\n\n7.1 Licence. You grant us a licence.\n\n7.2 We may let our "
        "partners "
        "use it too. For example, those partners may display it.\n"
    )
    clauses = segment_document(text)
    assert [c.number for c in clauses] == [None, "7", "7.1"]
    assert "We may let our partners" in text[clauses[2].body_start : clauses[2].end]


def test_a_lettered_list_after_a_colon_stays_one_sentence() -> None:
    from tossum.sentences import sentence_spans

    text = (
        "That licence:\n\n(a) applies anywhere;\n\n(b) is free; and\n\n(c) lasts forever.\n\nNext sentence.\n"
    )
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == [
        "That licence:\n\n(a) applies anywhere;\n\n(b) is free; and\n\n(c) lasts forever.",
        "Next sentence.",
    ]


def test_a_number_with_a_parenthesis_heads_an_all_caps_title_but_not_an_item() -> None:
    text = (
        "TERMS OF SERVICE\n\nThese terms apply to you.\n\n6) LISTING CONTENT\n\na) You grant us a "
        "licence.\n\n"
        "b) We may sublicense it.\n\n7) FEES\n\nThe steps are:\n1) pay the fee;\n2) wait for the receipt.\n"
    )
    clauses = segment_document(text)
    assert [(c.number, c.title) for c in clauses if c.number] == [("6", "LISTING CONTENT"), ("7", "FEES")]
    assert "2) wait for the receipt." in text[clauses[-1].start : clauses[-1].end]


def test_a_numbered_sentence_with_a_verb_and_its_infinitive_is_no_heading() -> None:
    text = (
        "# CGU\n\n## Article 6\n\n6.2 Le Client autorise Timbrette à reproduire ses Photos.\n\n6.3 Ce droit "
        "est "
        "consenti à titre gratuit.\n\n## Article 7\n\n7.1 Right to Object.\n\nYou may object at any time.\n"
    )
    numbers = [c.number for c in segment_document(text)]
    assert "6.2" not in numbers and "7.1" in numbers


def test_a_short_sentence_right_above_its_next_sibling_is_a_paragraph_not_a_heading() -> None:
    """`6.1 Makers own their Build Posts.` then `6.2 ...` heads nothing: the paragraphs stay in section 6;
    a short numbered title with text under it is still a heading."""
    english = "6. WORKBENCH\n\n6.1 Makers own their Build Posts.\n\n6.2 By posting, you grant us a licence.\n"
    french = (
        "Article 6 – Contenus\n\n6.1 Les Membres restent propriétaires.\n\n6.2 Vous nous concédez tout.\n"
    )
    assert [c.number for c in segment_document(english)] == ["6"]
    assert [c.number for c in segment_document(french)] == ["Article 6"]
    titled = (
        "6. WORKBENCH\n\n6.1 Ownership.\n\nMakers own their posts.\n\n6.2 Licence.\n\nYou grant us one.\n"
    )
    assert [c.number for c in segment_document(titled)] == ["6", "6.1", "6.2"]


def test_a_numbered_sentence_about_the_licence_is_no_lead_in_title() -> None:
    for text in (
        "# T\n\n## 6. Arrangements\n\n6.2. Text here.\n\n6.3. Cette licence vaut pour le monde entier. Elle "
        "est "
        "gratuite.\n",
        "# T\n\n## 6. Arrangements\n\n6.2. Text here.\n\n6.3. This licence covers the whole world. It is "
        "free.\n",
    ):
        titles = [c.title for c in segment_document(text)]
        assert not any(t and ("licence" in t) for t in titles), titles


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='.!?…"”»’)] \n\tab«', max_size=40))
def test_the_boundary_pattern_finds_what_the_plain_alternation_finds(text: str) -> None:
    import re

    from tossum import sentences

    plain = re.compile(r"[.!?…]+[\"”»’)\]]*(?=\s)|\n[ \t]*\n")
    assert [m.span() for m in sentences._BOUNDARY.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_numbered_lead_ins_under_a_plain_schedule_line_are_its_paragraphs() -> None:
    for schedule in ("SCHEDULE 1 - CONTRIBUTOR LICENCE", "ANNEXE 1 – LICENCE DU CONTRIBUTEUR"):
        text = (
            "## 4. Licence\n\n4.1 You grant us the licence in Schedule 1.\n\n"
            f"{schedule}\n\n1. Grant. You grant us a licence to show the Footage.\n\n"
            "2. Term. The licence in paragraph 1 lasts while the Footage is online.\n"
        )
        paragraphs = [c for c in segment_document(text) if c.title in ("Grant", "Term")]
        assert [c.path for c in paragraphs] == [[schedule.split(" ")[0] + " 1"]] * 2


def test_a_numbered_granting_sentence_is_no_title() -> None:
    text = (
        "## 6. Courses\n\n6.2 Each Instructor grants Acme the Instructor Licence over every Course.\n\n"
        "6.6 Each Instructor grants Acme the Marketing Licence.\n\n## 17. General\n\nThese terms are "
        "governed by law.\n"
    )
    assert "6.6" not in [c.number for c in segment_document(text)]
    titled = text.replace("6.6 Each Instructor grants Acme the Marketing Licence.", "6.6 Marketing Licence.")
    assert "6.6" in [c.number for c in segment_document(titled)]
