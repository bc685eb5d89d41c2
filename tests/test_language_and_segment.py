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
