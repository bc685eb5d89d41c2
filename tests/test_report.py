import json
import re
from pathlib import Path

import pytest
from conftest import EN_DOC, FIXTURE_DOCS, FR_DOC, ZOOM_SEED, expected, zoom

import tossum
from tossum.schema import Summary

ENGLISH = {"the", "and", "you", "your", "of", "to", "is", "this", "can", "with", "for", "it", "not"}
FRENCH = {"le", "la", "les", "vous", "des", "est", "une", "du", "votre", "pour", "pas", "elle"}


def prose(markdown: str) -> list[str]:
    """Words tossum wrote itself: no headings (titles as written), table rows, quotes or source lines."""
    words = []
    for line in markdown.splitlines():
        if line.startswith(("#", "|", "Source")):
            continue
        line = re.sub(r"“[^”]*”", "", line)
        line = re.sub(r"^- [^:]{1,20}: ", "- ", line)  # section numbers in lists
        words += re.findall(r"[^\W\d_]+", line.lower())
    return words


@pytest.mark.parametrize(
    ("doc", "lang"),
    [(EN_DOC, "fr"), (FR_DOC, "fr"), (FR_DOC, "en"), (EN_DOC, "en"), (ZOOM_SEED, "en"), (ZOOM_SEED, "fr")],
)
def test_report_is_entirely_in_the_output_language(doc: Path, lang: str) -> None:
    summary = tossum.summarize(doc, lang=lang)
    faq = tossum.faq(summary)
    for text in (summary.to_markdown(), faq.to_markdown()):
        words = set(prose(text))
        foreign = FRENCH if lang == "en" else ENGLISH
        assert not words & foreign, sorted(words & foreign)


def test_default_output_language_is_the_documents() -> None:
    assert tossum.summarize(FR_DOC).output_language == "fr"
    assert tossum.summarize(EN_DOC).output_language == "en"


@pytest.mark.parametrize("doc", FIXTURE_DOCS, ids=lambda p: p.name)
def test_every_section_appears_in_order(doc: Path) -> None:
    summary = tossum.summarize(doc)
    markdown = summary.to_markdown()
    position = 0
    for section in expected(doc)["sections"]:
        label = " ".join(p for p in (section["number"], section["title"]) if p)
        found = markdown.find(f"### {label}\n", position)
        assert found >= 0, label
        position = found


def test_report_structure_en() -> None:
    summary = tossum.summarize(EN_DOC)
    markdown = summary.to_markdown()
    assert markdown.startswith("# What you agree to: Acme Notes Terms of Service\n")
    assert 3 <= len(summary.brief) <= 6
    brief = markdown.split("## In brief\n", 1)[1].split("## Grants to watch", 1)[0]
    assert brief.count("\n- ") == len(summary.brief)
    table = markdown.split("## Grants to watch\n", 1)[1].split("## Section by section", 1)[0]
    row = next(line for line in table.splitlines() if line.startswith("| 4.2 |"))
    for word in (
        "perpetual",
        "irrevocable",
        "sublicensable",
        "transferable",
        "worldwide",
        "royalty-free",
        "AI training",
    ):
        assert word in row
    assert "| 3.1 |" not in table  # the provider's licence to you
    assert "Explanations written by: offline." in markdown
    assert "not legal advice" in markdown


def test_offline_explanations_state_facts_without_copying() -> None:
    summary = tossum.summarize(EN_DOC)
    text = EN_DOC.read_text(encoding="utf-8")
    by_number = {c.number: c for c in summary.clauses}
    assert "30 days" in by_number["7"].explanation
    assert "Ireland" in by_number["12"].explanation
    assert "Dublin" in by_number["12"].explanation
    assert "Acme lets you use" in by_number["3.1"].explanation
    for clause in summary.clauses:
        assert clause.explanation.strip()
        assert clause.explanation not in text  # a plain explanation, not a copy of the clause
        for fact in clause.facts:
            assert text[fact.start : fact.end] == fact.quote


def test_offline_explanations_in_french_from_a_french_document() -> None:
    summary = tossum.summarize(FR_DOC)
    explanations = " ".join(c.explanation for c in summary.clauses)
    assert "30 jours" in explanations
    assert "Paris" in explanations
    grant = next(c for c in summary.clauses if c.number == "4.2")
    assert "perpétuelle" not in grant.explanation or "jamais" in grant.explanation
    assert "intelligence artificielle" in grant.explanation


def test_json_round_trip_and_offsets() -> None:
    summary = tossum.summarize(EN_DOC)
    data = json.loads(summary.to_json())
    again = Summary.model_validate(data)
    assert again == summary
    text = EN_DOC.read_text(encoding="utf-8")
    assert data["flags"]
    for flag in data["flags"]:
        assert set(flag) >= {"kind", "clause", "quote", "start", "end"}
        assert text[flag["start"] : flag["end"]] == flag["quote"]
    for clause in data["clauses"]:
        assert set(clause) >= {"number", "title", "start", "end"}
    assert data["clauses"][0]["start"] == 0 and data["clauses"][-1]["end"] == len(text)


def test_schema_documents_the_fields() -> None:
    schema = Summary.json_schema()
    assert {"clauses", "flags", "grants", "brief", "language"} <= set(schema["properties"])
    assert "start" in schema["$defs"]["Flag"]["properties"]


def test_zoom_report_en_and_fr() -> None:
    path = zoom("2023-07-27")
    english = tossum.summarize(path).to_markdown()
    table = english.split("## Grants to watch", 1)[1].split("## Section by section", 1)[0]
    row = next(line for line in table.splitlines() if line.startswith("| 10.4 |"))
    for word in ("perpetual", "worldwide", "royalty-free", "sublicensable", "transferable"):
        assert word in row
    assert "machine learning / artificial intelligence" in english
    assert "| 3.2 |" not in table
    french = tossum.summarize(path, lang="fr").to_markdown()
    assert "apprentissage automatique / l’intelligence artificielle" in french
    assert "## Droits à surveiller" in french
    assert not set(prose(french)) & ENGLISH


@pytest.mark.parametrize(
    "source",
    [EN_DOC, FR_DOC, ZOOM_SEED, "# Terms\n\n## 1. Hello\n\nWelcome to the service. Enjoy it.\n"],
    ids=["en", "fr", "seed", "bare"],
)
def test_brief_has_three_to_six_points(source: object) -> None:
    summary = tossum.summarize(source)  # type: ignore[arg-type]
    assert 3 <= len(summary.brief) <= 6
    brief = summary.to_markdown().split("\n## ", 2)[1]
    assert brief.count("\n- ") == len(summary.brief)
    assert len({p.text for p in summary.brief}) == len(summary.brief)


def test_grants_without_attributes_are_listed_apart() -> None:
    text = "# T\n\n## 1. Content\n\nYou grant us a licence to host your posts.\n"
    markdown = tossum.summarize(text).to_markdown()
    assert "| 1 |" not in markdown
    assert "Other permissions you give, with none of the attributes above: 1." in markdown
