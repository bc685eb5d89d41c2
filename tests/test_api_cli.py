import json
from pathlib import Path

import pytest
from conftest import EN_DOC, FR_DOC
from typer.testing import CliRunner

import tossum
from tossum.cli import app

runner = CliRunner()


def test_public_api_names() -> None:
    assert {"summarize", "faq", "flags", "Summary", "TossumError"} <= set(tossum.__all__)
    for name in tossum.__all__:
        assert hasattr(tossum, name)


def test_api_accepts_text_and_paths() -> None:
    text = EN_DOC.read_text(encoding="utf-8")
    from_text = tossum.summarize(text)
    from_path = tossum.summarize(str(EN_DOC))
    assert from_text.flags == from_path.flags
    assert from_text.source == "<text>" and from_path.source == str(EN_DOC)


def test_api_flags_and_faq() -> None:
    flags = tossum.flags(EN_DOC)
    assert {"perpetual", "ai_training"} <= {f.kind for f in flags}
    faq_fr = tossum.faq(tossum.summarize(EN_DOC), lang="fr")
    assert faq_fr.language == "fr"
    assert len(faq_fr.items) == 8
    answers = {item.question: item for item in faq_fr.items}
    assert "Ireland" in answers["Où les litiges sont-ils tranchés ?"].answer
    assert answers["Peuvent-ils s’en servir pour entraîner une IA ?"].sections == ["4.2"]


def test_faq_says_when_the_document_is_silent() -> None:
    faq = tossum.faq("# Terms\n\n## 1. Hello\n\nWelcome to the service. Enjoy it.\n")
    assert all(item.answer == "The document does not say." for item in faq.items)


def test_unknown_language_and_model_are_user_errors() -> None:
    with pytest.raises(tossum.TossumError, match="--lang"):
        tossum.summarize(EN_DOC, lang="de")
    with pytest.raises(tossum.ModelError, match="openai:gpt-4o-mini"):
        tossum.summarize(EN_DOC, model="openai:gpt-4o-mini")


def test_cli_summarize_markdown_json_and_output_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["summarize", str(EN_DOC)])
    assert result.exit_code == 0, result.output
    assert "## Grants to watch" in result.stdout
    result = runner.invoke(app, ["summarize", str(EN_DOC), "--format", "json"])
    assert json.loads(result.stdout)["language"] == "en"
    out = tmp_path / "report.md"
    result = runner.invoke(app, ["summarize", str(FR_DOC), "--lang", "en", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("# What you agree to:")


def test_cli_reads_standard_input() -> None:
    result = runner.invoke(app, ["summarize", "-"], input=FR_DOC.read_bytes())
    assert result.exit_code == 0
    assert "## En bref" in result.stdout


def test_cli_faq_and_schema(tmp_path: Path) -> None:
    out = tmp_path / "FAQ.md"
    assert runner.invoke(app, ["faq", str(FR_DOC), "-o", str(out)]).exit_code == 0
    assert "## Peuvent-ils modifier ces conditions ?" in out.read_text(encoding="utf-8")
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    assert schema["title"] == "Summary"


def test_cli_flags_fail_on() -> None:
    result = runner.invoke(app, ["flags", str(EN_DOC)])
    assert result.exit_code == 0 and "4.2\tperpetual" in result.stdout
    assert runner.invoke(app, ["flags", str(EN_DOC), "--fail-on", "perpetual,exclusive"]).exit_code == 1
    assert runner.invoke(app, ["flags", str(EN_DOC), "--fail-on", "exclusive"]).exit_code == 0
    data = json.loads(runner.invoke(app, ["flags", str(EN_DOC), "--format", "json"]).stdout)
    assert data["flags"] and data["grants"]
    bad = runner.invoke(app, ["flags", str(EN_DOC), "--fail-on", "forever"])
    assert bad.exit_code == 2 and "unknown kind(s) forever" in bad.stderr


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.md", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "empty.md", b""), "is empty"),
        (lambda d: _write(d / "bin.md", b"\x00\x01\x02binary"), "binary"),
        (lambda d: _write(d / "big.md", b"x" * (5 * 1024 * 1024 + 1)), "too large"),
    ],
)
def test_cli_bad_input_is_one_line_exit_2(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    for command in ("summarize", "faq", "flags"):
        result = runner.invoke(app, [command, str(path)])
        assert result.exit_code == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and message in lines[0]
        assert "Traceback" not in result.output


def test_cli_unwritable_output_keeps_the_result(tmp_path: Path) -> None:
    target = tmp_path / "no-such-dir" / "report.md"
    result = runner.invoke(app, ["summarize", str(EN_DOC), "-o", str(target)])
    assert result.exit_code == 2
    assert "## Grants to watch" in result.stdout
    assert "cannot be written" in result.stderr


def test_cli_help_teaches_with_examples() -> None:
    assert "tossum summarize terms.md" in runner.invoke(app, ["--help"]).stdout
    for command in ("summarize", "faq", "flags"):
        assert "Example: tossum " + command in runner.invoke(app, [command, "--help"]).stdout


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_cli_flags_json_offsets_are_verified_substrings() -> None:
    data = json.loads(runner.invoke(app, ["flags", str(FR_DOC), "--format", "json"]).stdout)
    text = FR_DOC.read_text(encoding="utf-8")
    assert data["flags"]
    for flag in data["flags"]:
        assert text[flag["start"] : flag["end"]] == flag["quote"]
    for grant in data["grants"]:
        for evidence in (grant["verb"], grant["sentence"], *(a["evidence"] for a in grant["attributes"])):
            assert text[evidence["start"] : evidence["end"]] == evidence["quote"]
    assert {g["grantor"] for g in data["grants"]} == {"user", "provider"}
