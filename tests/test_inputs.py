"""Every input format through the CLI and the API: HTML, PDF, DOCX files, a URL on 127.0.0.1, stdin."""

from pathlib import Path

from test_formats import EN_PAGE, docx_bytes, no_proxy, pdf_bytes, server  # noqa: F401  (fixtures)
from typer.testing import CliRunner

import tossum
from tossum.cli import app

runner = CliRunner()
PDF_PAGES: list[list[str] | str] = [
    [
        "# Acme Terms of Service",
        "",
        "These terms govern your use of Acme.",
        "",
        "## 1. Your content",
        "",
        "You hereby grant Acme a perpetual, worldwide licence to use your content.",
        "",
        "## 2. Governing law",
        "",
        "These terms are governed by the laws of Ireland.",
    ],
]


def test_cli_reads_html_pdf_and_docx_files(tmp_path: Path) -> None:
    files = {
        "terms.html": EN_PAGE.encode("utf-8"),
        "terms.pdf": pdf_bytes(PDF_PAGES),
        "terms.docx": docx_bytes("en"),
    }
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = runner.invoke(app, ["summarize", str(path), "--format", "json"])
        assert result.exit_code == 0, (name, result.output)
        summary = tossum.Summary.model_validate_json(result.stdout)
        assert len(summary.clauses) >= 3, name
        assert summary.flags, name  # each document grants Acme a licence
    pdf = tossum.summarize(tmp_path / "terms.pdf")
    assert {"perpetual", "worldwide"} <= {f.kind for f in pdf.flags}
    assert "1. Your content" in pdf.to_markdown() or "1 Your content" in pdf.to_markdown()


def test_offsets_index_the_extracted_text(tmp_path: Path) -> None:
    path = tmp_path / "terms.pdf"
    path.write_bytes(pdf_bytes(PDF_PAGES))
    from tossum.load import load_document

    text = load_document(path).text
    for flag in tossum.flags(path):
        assert text[flag.start : flag.end] == flag.quote


def test_scanned_pdf_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_bytes(["0 0 1 rg 100 100 200 200 re f"]))
    result = runner.invoke(app, ["summarize", str(path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "scanned PDF" in result.stderr and str(path) in result.stderr


def test_cli_and_api_read_a_url(server: str) -> None:  # noqa: F811
    result = runner.invoke(app, ["flags", f"{server}/terms.html", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert f"fetching {server}/terms.html" in result.stderr
    summary = tossum.summarize(f"{server}/terms.pdf")
    assert summary.source == f"{server}/terms.pdf"
    missing = runner.invoke(app, ["summarize", f"{server}/nope"])
    assert missing.exit_code == 2 and "404" in missing.stderr
