"""tossum diff: sections added, removed, moved, renumbered, changed; grants and promises that changed."""

import json
import re
import time
from pathlib import Path

import pytest
from conftest import EN_DOC, FR_DOC, zoom
from typer.testing import CliRunner

import tossum
from tossum.cli import app

runner = CliRunner()
EN = EN_DOC.read_text(encoding="utf-8")
FR = FR_DOC.read_text(encoding="utf-8")


def sections(text: str) -> list[str]:
    """The document split before each '## ' heading (first part: what precedes the first)."""
    return re.split(r"(?m)^(?=## )", text)


def test_identical_documents_give_no_change() -> None:
    result = tossum.diff(EN, EN)
    assert result.identical and result.sections == [] and result.reassurances == []
    assert result.for_you == ["No change: the two versions say the same thing."]
    assert all(g.status == "unchanged" for g in result.grants)


def test_reordered_document_gives_moves_not_removals() -> None:
    parts = sections(EN)
    moved = "".join([parts[0], *parts[1:5], parts[6], parts[5], *parts[7:]])  # swap sections 5 and 6
    result = tossum.diff(EN, moved)
    statuses = {(s.status, s.new) for s in result.sections}
    assert ("moved", "6 Personal data") in statuses or ("moved", "5 Fees and automatic renewal") in statuses
    assert not any(s.status in ("added", "removed") for s in result.sections)


def test_added_removed_and_renumbered_sections() -> None:
    parts = sections(EN)
    new_section = "## 13. Contact\n\nWrite to us at the address in the app; we answer within a week.\n\n"
    without_indemnity = [p for p in parts if not p.startswith("## 11. Indemnity")]
    renumbered = "".join(without_indemnity).replace("## 12. Governing law", "## 11. Governing law")
    result = tossum.diff(EN, renumbered + new_section)
    found = {(s.status, s.old, s.new) for s in result.sections}
    assert ("removed", "11 Indemnity", None) in found
    assert ("added", None, "13 Contact") in found
    assert ("renumbered", "12 Governing law and courts", "11 Governing law and courts") in found


def test_changed_section_has_a_word_excerpt() -> None:
    changed = (
        EN.replace("30 days' notice", "7 days' notice")
        if "30 days' notice" in EN
        else EN.replace("30 days", "7 days", 1)
    )
    result = tossum.diff(EN, changed)
    (section,) = [s for s in result.sections if s.status == "changed"]
    assert section.words and "30" in section.words[0].removed and "7" in section.words[0].added


def test_grant_changes_in_english() -> None:
    narrowed = EN.replace("perpetual, irrevocable, worldwide", "worldwide").replace(
        "for any purpose, including to train and improve our machine learning models", "to run the app"
    )
    result = tossum.diff(EN, narrowed)
    (change,) = [g for g in result.grants if g.status == "changed"]
    assert {"perpetual", "irrevocable", "any_purpose", "ai_training"} <= set(change.lost)
    assert "worldwide" in change.kept
    text = "\n".join(result.for_you)
    assert "The grant in section 4.2 is no longer: perpetual, irrevocable" in text
    assert "AI training" in text and "Still there (section 4.2)" in text


def test_grant_and_promise_changes_in_french() -> None:
    widened = FR.replace(
        "Vous accordez à Lumio une licence mondiale, gratuite,",
        "Vous accordez à Lumio une licence mondiale, exclusive, gratuite,",
    )
    promise = (
        "\n\n**4.5 Intelligence artificielle**. Lumio n’utilise pas vos contenus privés pour entraîner ses "
        "modèles d’intelligence artificielle sans votre consentement.\n"
    )
    widened = widened.replace("\n## Article 5", promise + "\n## Article 5")
    result = tossum.diff(FR, widened)
    assert result.output_language == "fr"
    (change,) = [g for g in result.grants if g.status == "changed"]
    assert change.gained == ["exclusive"]
    assert [r.status for r in result.reassurances] == ["added"]
    text = "\n".join(result.for_you)
    assert "est désormais aussi : exclusive" in text and "Nouvel engagement (section 4.5)" in text


def test_grant_that_disappears_and_appears() -> None:
    without = EN.replace("You hereby grant Acme a perpetual", "Acme may keep a perpetual")
    assert [g.status for g in tossum.diff(EN, without).grants if g.status != "unchanged"] == ["disappeared"]
    assert [g.status for g in tossum.diff(without, EN).grants if g.status != "unchanged"] == ["appeared"]


def test_cli_diff_markdown_json_and_languages(tmp_path: Path) -> None:
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(EN, encoding="utf-8")
    new.write_text(EN.replace("perpetual, irrevocable, ", ""), encoding="utf-8")
    result = runner.invoke(app, ["diff", str(old), str(new)])
    assert result.exit_code == 0 and "## What changed for you" in result.stdout
    french = runner.invoke(app, ["diff", str(old), str(new), "--lang", "fr"])
    assert (
        "## Ce qui change pour vous" in french.stdout
        and "n’est plus : perpétuelle, irrévocable" in french.stdout
    )
    data = json.loads(runner.invoke(app, ["diff", str(old), str(new), "--format", "json"]).stdout)
    (change,) = [g for g in data["grants"] if g["status"] == "changed"]
    assert change["lost"] == ["perpetual", "irrevocable"]
    missing = runner.invoke(app, ["diff", str(old), str(tmp_path / "nope.md")])
    assert missing.exit_code == 2 and "nope.md: no such file" in missing.stderr


def test_zoom_march_to_july_no_change_in_grants() -> None:
    result = tossum.diff(zoom("2023-03-31"), zoom("2023-07-27"))
    assert all(g.status == "unchanged" for g in result.grants)
    assert result.reassurances == []
    assert "No change in the rights you grant." in result.for_you


def test_zoom_july_to_august_7_adds_the_ai_reassurance_after_10_4() -> None:
    result = tossum.diff(zoom("2023-07-27"), zoom("2023-08-07"))
    (added,) = result.reassurances
    assert added.status == "added" and added.reassurance.clause == "10.4"
    assert "train our artificial intelligence models" in added.reassurance.quote
    assert all(g.status == "unchanged" for g in result.grants)


def test_zoom_august_7_to_11_narrows_the_licence() -> None:
    result = tossum.diff(zoom("2023-08-07"), zoom("2023-08-11"))
    changed = [g for g in result.grants if g.status == "changed" and g.new and g.new.clause == "10.2"]
    (licence,) = changed
    assert "ai_training" in licence.lost
    assert {"perpetual", "sublicensable", "transferable"} <= set(licence.kept)
    assert licence.purposes_changed and "Permitted Uses" in " ".join(p.quote for p in licence.new_purposes)
    gone = [g.old for g in result.grants if g.status == "disappeared" and g.old]
    assert any("any_purpose" in g.kinds for g in gone)  # the consent "for any purpose" is gone
    text = "\n".join(result.for_you)
    assert "no longer: AI training" in text and "product and service development, marketing" in text
    added = [r.reassurance for r in result.reassurances if r.status == "added"]
    assert any("communications-like Customer Content" in r.quote for r in added)


@pytest.mark.parametrize("date_pair", [("2023-08-07", "2023-08-11")])
def test_zoom_diff_is_fast(date_pair: tuple[str, str]) -> None:
    old, new = (zoom(d) for d in date_pair)
    tossum.diff(old, new)
    start = time.perf_counter()
    tossum.diff(old, new)
    assert time.perf_counter() - start < 2.0  # generous here; bench/diff_timing.py measures the median


def test_french_moves_removals_and_additions() -> None:
    parts = sections(FR)
    titles = [p.splitlines()[0] for p in parts]
    mediation = titles.index("## Article 10 - Médiation de la consommation")
    reordered = [p for i, p in enumerate(parts) if i != mediation]
    reordered.insert(2, parts[mediation])  # mediation moves near the top
    data = next(i for i, t in enumerate(reordered) if t.startswith("## Article 6"))
    del reordered[data]  # personal data removed
    added = (
        "## Article 12 - Contact\n\nÉcrivez-nous depuis l’application ; nous répondons sous huit jours.\n\n"
    )
    result = tossum.diff(FR, "".join(reordered) + added)
    found = {(s.status, s.old, s.new) for s in result.sections}
    assert (
        "moved",
        "Article 10 Médiation de la consommation",
        "Article 10 Médiation de la consommation",
    ) in found
    assert ("removed", "Article 6 Données personnelles", None) in found
    assert ("added", None, "Article 12 Contact") in found
    assert "1 sections ajoutées, 1 supprimées" in "\n".join(result.for_you)
