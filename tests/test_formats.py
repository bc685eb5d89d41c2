"""HTML, PDF and DOCX input, and fetching a URL from a real local HTTP server."""

from __future__ import annotations

import gzip
import io
import socket
import threading
import time
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import FIXTURE_DOCS

from tossum.errors import InputError
from tossum.formats import extract_text, fetch_url, format_for
from tossum.segment import segment_document

# --- documents built by the tests ---------------------------------------------------------------------

EN_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Acme Terms</title>
<style>.banner { color: red } /* stylesheetword */</style>
<script>window.trackingword = "analyticsword";</script>
</head><body>
<header class="site"><a href="/">Acme home</a></header>
<nav><ul><li><a href="/pricing">Navpricing</a></li><li><a href="/blog">Navblog</a></li></ul></nav>
<div hidden>Hiddenattrword</div>
<div style="display:none">Hiddenstyleword</div>
<aside>Asideword: read our newsletter</aside>
<form action="/search"><input name="q" value="Searchword"><button>Gobutton</button></form>
<main>
  <h1>Acme Terms of Service</h1>
  <p>These terms govern   your use of
     the Acme service.</p>
  <h2>1. Your Content</h2>
  <p><strong>Licence.</strong> You grant Acme a worldwide, royalty-free licence to host your content.</p>
  <ul><li>to run the service;</li><li>to improve it.</li></ul>
  <h2>2. Termination</h2>
  <p>You may stop using the service at any time.</p>
  <ol><li>Close your account.</li><li>Export your data.</li></ol>
  <noscript>Noscriptword</noscript>
</main>
<footer>Footerword &copy; Acme</footer>
</body></html>
"""

FR_PAGE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
<title>Conditions</title></head><body>
<h1>Conditions générales d'utilisation</h1>
<h2>Article 1 &ndash; Objet</h2>
<p>Les présentes conditions régissent l'accès au service. Vous cédez à l'éditeur une licence
non exclusive, à titre gratuit, pour le monde entier.</p>
<h2>Article 2 &ndash; Durée</h2>
<p>Le contrat est conclu pour une durée indéterminée ; il prend fin à la résiliation.</p>
</body></html>
"""


def pdf_bytes(pages: list[list[str] | str]) -> bytes:
    """A minimal valid PDF in Helvetica. A page is a raw content stream (str) or lines, where `# ` and
    `## ` lines are set in larger type, `*` lines in bold, "" is extra space between paragraphs and `^`
    puts a line at the foot of the page."""
    font = 3
    count = len(pages)
    page_ids = [5 + 2 * i for i in range(count)]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % pid for pid in page_ids), count),
        font: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        font + 1: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    }
    for pid, page in zip(page_ids, pages, strict=True):
        stream = page.encode("ascii") if isinstance(page, str) else _page_stream(page)
        objects[pid] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
            % (font, font + 1, pid + 1)
        )
        objects[pid + 1] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def _page_stream(lines: list[str]) -> bytes:
    ops = []
    y = 750
    for line in lines:
        if not line:
            y -= 12
            continue
        size = 18 if line.startswith("# ") else 13 if line.startswith("## ") else 10
        if size > 10:
            y -= 10
        face = 2 if line.startswith("*") else 1
        text = line.removeprefix("^").removeprefix("*").lstrip("#").strip().encode("cp1252")
        text = text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        y_text = 40 if line.startswith("^") else y
        ops.append(b"BT /F%d %d Tf 72 %d Td (%s) Tj ET" % (face, size, y_text, text))
        y -= round(size * 1.25)
    return b"\n".join(ops)


EN_PDF_PAGES: list[list[str] | str] = [
    [
        "# ACME TERMS OF SERVICE",
        "## 1. Your Content",
        "You grant Acme a perpetual, irrevocable licence to your content,",
        "including text and recordings, for any purpose.",
        "",
        "Acme may sublicense these rights.",
    ],
    ["## 2. Termination", "Either party may end these terms at any time."],
]
FR_PDF_PAGES: list[list[str] | str] = [
    [
        "# Conditions générales",
        "*Article 1 – Objet",
        "Vous cédez une licence à l'éditeur, à titre gratuit, pour le monde entier.",
        "",
        "*Article 2 – Durée",
        "Le contrat est conclu pour une durée indéterminée.",
    ],
]
SCANNED_PDF_PAGES: list[list[str] | str] = [
    "0.2 0.4 0.8 rg 72 500 300 150 re f",
    "0 0 0 RG 72 72 m 500 700 l S",
]


def docx_bytes(build: str) -> bytes:
    """A DOCX written by python-docx: English (`en`) or French (`fr`) terms."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    if build == "en":
        document.add_heading("Acme Terms of Service", level=1)
        document.add_paragraph("These terms govern your use of the service.")
        document.add_heading("1. Your Content", level=2)
        lead = document.add_paragraph()
        lead.add_run("Licence.").bold = True
        lead.add_run(" You grant Acme a worldwide licence to host your content.")
        document.add_paragraph("to run the service;", style="List Bullet")
        document.add_paragraph("to improve it.", style="List Number")
        document.add_heading("1.1 Feedback", level=3)
        document.add_paragraph("Feedback may be used freely.")
        table = document.add_table(rows=2, cols=2)
        for (r, c), text in {(0, 0): "Data", (0, 1): "Kept for", (1, 0): "Logs", (1, 1): "1 year"}.items():
            table.cell(r, c).text = text
        document.add_paragraph("End of the terms.")
    else:
        # Styles named as French Word names them, one based on a built-in heading style.
        titre = document.styles.add_style("Titre 2", WD_STYLE_TYPE.PARAGRAPH)
        clause = document.styles.add_style("Clause", WD_STYLE_TYPE.PARAGRAPH)
        clause.base_style = document.styles["Heading 3"]
        document.add_paragraph("Conditions générales d'utilisation", style="Title")
        document.add_paragraph("Article 1 – Objet", style=titre)
        document.add_paragraph("Les présentes conditions régissent l'accès au service.")
        document.add_paragraph("l'hébergement de vos contenus ;", style="List Bullet")
        nested = document.add_paragraph("leur diffusion.", style="List Bullet")
        numbering = nested._p.get_or_add_pPr().get_or_add_numPr()  # a second-level item, as Word writes it
        numbering.get_or_add_ilvl().val = 1
        numbering.get_or_add_numId().val = 1
        document.add_paragraph("1.1 Licence accordée", style=clause)
        document.add_paragraph("Vous cédez une licence non exclusive à l'éditeur.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def error_of(data: bytes, fmt: str, name: str) -> InputError:
    with pytest.raises(InputError) as info:
        extract_text(data, fmt, name=name)
    assert info.value.subject == name
    assert str(info.value).startswith(f"{name}: ")
    assert "\n" not in str(info.value)
    return info.value


# --- format_for ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("terms.html", "html"),
        ("TERMS.HTM", "html"),
        ("cgu.pdf", "pdf"),
        ("dir.v2/conditions.docx", "docx"),
        ("C:\\Users\\me\\cgu.DOCX", "docx"),
        ("terms.md", "text"),
        ("terms.markdown", "text"),
        ("terms.txt", "text"),
        ("https://example.com/legal/terms.pdf?lang=fr#page=2", "pdf"),
        ("https://example.com/legal/terms", None),
        ("terms.doc", None),
        ("archive.tar.gz", None),
        (".pdf", None),
        ("README", None),
    ],
)
def test_format_for_suffix(name: str, expected: str | None) -> None:
    assert format_for(name) == expected


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        ("text/html", "html"),
        ("text/html; charset=ISO-8859-1", "html"),
        ("application/xhtml+xml", "html"),
        ("application/pdf", "pdf"),
        ("Application/PDF", "pdf"),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        ("text/plain; charset=utf-8", "text"),
        ("text/markdown", "text"),
    ],
)
def test_format_for_content_type(content_type: str, expected: str) -> None:
    assert format_for("https://example.com/legal/terms", content_type) == expected


def test_content_type_wins_over_suffix_unless_generic() -> None:
    assert format_for("https://example.com/terms.html", "application/pdf") == "pdf"
    assert format_for("https://example.com/terms.pdf", "application/octet-stream") == "pdf"
    assert format_for("https://example.com/download", "application/octet-stream") is None


# --- HTML ---------------------------------------------------------------------------------------------


def test_html_keeps_headings_paragraphs_and_lists() -> None:
    text = extract_text(EN_PAGE.encode("utf-8"), "html", name="terms.html")
    assert text.splitlines()[0] == "# Acme Terms of Service"
    assert "\n## 1. Your Content\n" in text
    assert "\n## 2. Termination\n" in text
    assert "These terms govern your use of the Acme service." in text  # whitespace collapsed
    assert "**Licence.** You grant Acme a worldwide, royalty-free licence" in text
    assert "- to run the service;\n- to improve it." in text
    assert "1. Close your account.\n2. Export your data." in text
    # Blocks are separated by one blank line, in document order.
    assert "\n\n\n" not in text
    order = [
        "# Acme",
        "These terms",
        "## 1. Your",
        "**Licence",
        "- to run",
        "## 2. Term",
        "You may",
        "1. Close",
    ]
    positions = [text.index(marker) for marker in order]
    assert positions == sorted(positions)


def test_html_drops_scripts_navigation_and_hidden_elements() -> None:
    text = extract_text(EN_PAGE.encode("utf-8"), "html", name="terms.html")
    for word in (
        "trackingword",
        "analyticsword",
        "stylesheetword",
        "color: red",
        "Navpricing",
        "Navblog",
        "Acme home",
        "Hiddenattrword",
        "Hiddenstyleword",
        "Asideword",
        "Searchword",
        "Gobutton",
        "Noscriptword",
        "Footerword",
        "Acme Terms</title>",
    ):
        assert word not in text


def test_html_prefers_the_article_but_keeps_its_own_header() -> None:
    page = b"""<html><body><div class="promo"><p>Promoword: try our app!</p></div>
    <article><header><h1>Conditions d'utilisation</h1><p>Mise a jour le 1er mars 2024.</p></header>
    <h2>Article 1 - Objet</h2><p>Le service est fourni tel quel, sans garantie d'aucune sorte ni de
    disponibilite, dans les limites prevues par la loi applicable.</p></article></body></html>"""
    text = extract_text(page, "html", name="cgu.html")
    assert "Promoword" not in text
    assert text.startswith(
        "# Conditions d'utilisation\n\nMise a jour le 1er mars 2024.\n\n## Article 1 - Objet"
    )


def test_html_closes_paragraphs_and_items_left_open() -> None:
    page = b"<body><h2>Rules</h2><p>First paragraph.<p>Second paragraph.<ul><li>one<li>two</ul></body>"
    text = extract_text(page, "html", name="old.html")
    assert text == "## Rules\n\nFirst paragraph.\n\nSecond paragraph.\n\n- one\n- two\n"


def test_html_nested_and_numbered_lists() -> None:
    page = b"<ol start='3'><li>Third<ul><li>detail</li></ul></li><li value='7'>Seventh</li><li>Eighth</ol>"
    assert extract_text(page, "html", name="x.html") == "3. Third\n   - detail\n7. Seventh\n8. Eighth\n"


def test_html_declared_latin1_charset_is_honoured() -> None:
    data = FR_PAGE.encode("latin-1")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = extract_text(data, "html", name="cgu.html")
    assert "# Conditions générales d'utilisation" in text
    assert "## Article 1 – Objet" in text
    assert "Vous cédez à l'éditeur une licence non exclusive, à titre gratuit, pour le monde entier." in text
    assert "durée indéterminée" in text


def test_html_charset_from_http_content_type() -> None:
    page = "<h1>Résiliation</h1><p>Vous pouvez résilier à tout moment.</p>".encode("cp1252")
    text = extract_text(page, "html", name="u", content_type="text/html; charset=windows-1252")
    assert text == "# Résiliation\n\nVous pouvez résilier à tout moment.\n"


def test_html_undeclared_encoding_falls_back_to_utf8_then_cp1252() -> None:
    utf8 = "<p>L’éditeur « Acme » s’engage.</p>".encode()
    assert extract_text(utf8, "html", name="a.html") == "L’éditeur « Acme » s’engage.\n"
    cp1252 = "<p>L’éditeur « Acme » s’engage.</p>".encode("cp1252")
    assert extract_text(cp1252, "html", name="b.html") == "L’éditeur « Acme » s’engage.\n"


def test_html_data_table_rows() -> None:
    page = b"<h2>Retention</h2><table><tr><th>Data</th><th>Kept for</th></tr><tr><td>Logs<td>1 year</table>"
    assert (
        extract_text(page, "html", name="t.html")
        == "## Retention\n\n| Data | Kept for |\n| Logs | 1 year |\n"
    )


def test_html_drops_table_of_contents_links_but_keeps_self_linked_headings() -> None:
    page = b"""<main><p><a href="#s1">1. Your Content</a></p>
    <ul><li><a href="#s2">2. Termination</a></li></ul>
    <h2 id="s1"><a href="#s1">1. Your Content</a></h2><p>See <a href="#s2">section 2</a> below.</p>
    <h2 id="s2">2. Termination</h2><p>Either party may end these terms.</p><p><a href="#">Back to top</a></p>
    </main>"""
    assert extract_text(page, "html", name="toc.html") == (
        "## 1. Your Content\n\nSee section 2 below.\n\n"
        "## 2. Termination\n\nEither party may end these terms.\n"
    )


def test_html_saved_with_a_modal_open_keeps_its_text() -> None:
    page = b"""<body><div id="app" aria-hidden="true"><h1>Terms</h1><p>You keep your rights.</p>
    <span aria-hidden="true">Iconword</span></div><div role="dialog">Accept cookies?</div></body>"""
    assert extract_text(page, "html", name="saved.html") == "# Terms\n\nYou keep your rights.\n"


def test_markdown_fixtures_rendered_as_html_segment_the_same() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    renderer = markdown_it.MarkdownIt("commonmark").enable("table")
    for doc in FIXTURE_DOCS:
        source = doc.read_text(encoding="utf-8")
        page = f"<html><body><nav>Menu</nav><main>{renderer.render(source)}</main></body></html>"
        text = extract_text(page.encode("utf-8"), "html", name=doc.name)
        expected = [(clause.number, clause.title) for clause in segment_document(source)]
        assert [(clause.number, clause.title) for clause in segment_document(text)] == expected, doc.name


def test_html_without_text_is_refused() -> None:
    page = b"<html><body><div id='root'></div><script>render()</script></body></html>"
    error = error_of(page, "html", "app.html")
    assert "no readable text" in error.problem


@pytest.mark.parametrize(
    ("page", "titles"),
    [
        (EN_PAGE, ["Acme Terms of Service", "Your Content", "Licence", "Termination"]),
        (FR_PAGE, ["Conditions générales d'utilisation", "Objet", "Durée"]),
    ],
)
def test_html_headings_become_clause_titles(page: str, titles: list[str]) -> None:
    text = extract_text(page.encode("latin-1" if "ISO-8859-1" in page else "utf-8"), "html", name="p.html")
    clauses = segment_document(text)
    assert [clause.title for clause in clauses] == titles
    if page is FR_PAGE:
        assert [clause.number for clause in clauses] == [None, "Article 1", "Article 2"]
        assert "licence" in text[clauses[1].start : clauses[1].end]
    else:
        assert [clause.number for clause in clauses] == [None, "1", None, "2"]
        assert "royalty-free" in text[clauses[2].start : clauses[2].end]


# --- PDF ----------------------------------------------------------------------------------------------


def test_pdf_paragraphs_and_headings_in_order_across_pages() -> None:
    text = extract_text(pdf_bytes(EN_PDF_PAGES), "pdf", name="terms.pdf")
    assert text == (
        "# ACME TERMS OF SERVICE\n\n"
        "## 1. Your Content\n\n"
        "You grant Acme a perpetual, irrevocable licence to your content,\n"
        "including text and recordings, for any purpose.\n\n"
        "Acme may sublicense these rights.\n\n"  # the page ends here
        "## 2. Termination\n\n"
        "Either party may end these terms at any time.\n"
    )
    clauses = segment_document(text)
    assert [(c.number, c.title) for c in clauses] == [
        (None, "ACME TERMS OF SERVICE"),
        ("1", "Your Content"),
        ("2", "Termination"),
    ]


def test_pdf_french_accents_and_bold_headings() -> None:
    text = extract_text(pdf_bytes(FR_PDF_PAGES), "pdf", name="cgu.pdf")
    assert "# Conditions générales\n\n**Article 1 – Objet**\n\nVous cédez une licence à l'éditeur," in text
    clauses = segment_document(text)
    assert [(c.number, c.title) for c in clauses] == [
        (None, "Conditions générales"),
        ("Article 1", "Objet"),
        ("Article 2", "Durée"),
    ]


def test_pdf_running_heads_and_page_numbers_are_dropped() -> None:
    pages: list[list[str] | str] = [
        [
            "ACME CONFIDENTIAL",
            "",
            f"## {n}. Part {n}",
            f"Body text of part {n}.",
            f"^Acme Terms - page {n} of 3",
        ]
        for n in (1, 2, 3)
    ]
    text = extract_text(pdf_bytes(pages), "pdf", name="terms.pdf")
    assert "CONFIDENTIAL" not in text
    assert "page" not in text
    assert text.count("Body text of part") == 3


def test_pdf_without_text_layer_is_a_scanned_pdf() -> None:
    error = error_of(pdf_bytes(SCANNED_PDF_PAGES), "pdf", "scan.pdf")
    assert error.problem == "is a scanned PDF with no text layer (tossum needs text; run OCR first)"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"%PDF-1.4\n" + bytes(range(256)) * 8, "is not a valid PDF file"),
        (b"<html><body>not a pdf</body></html>", "is not a valid PDF file"),
        (pdf_bytes(EN_PDF_PAGES)[:200], "is not a valid PDF file"),
        (pdf_bytes(EN_PDF_PAGES).replace(b"/Root", b"/Rute"), "is not a valid PDF file"),
        (
            b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R >>\n%%EOF\n",
            "is a PDF with no pages",
        ),
    ],
    ids=["garbage", "html", "truncated", "no-root", "no-pages"],
)
def test_corrupt_pdf_is_refused_naming_the_file(data: bytes, problem: str) -> None:
    assert error_of(data, "pdf", "broken.pdf").problem == problem


# --- DOCX ---------------------------------------------------------------------------------------------


def test_docx_headings_lists_and_lead_ins() -> None:
    text = extract_text(docx_bytes("en"), "docx", name="terms.docx")
    assert text == (
        "# Acme Terms of Service\n\n"
        "These terms govern your use of the service.\n\n"
        "## 1. Your Content\n\n"
        "**Licence.** You grant Acme a worldwide licence to host your content.\n\n"
        "- to run the service;\n"
        "- to improve it.\n\n"
        "### 1.1 Feedback\n\n"
        "Feedback may be used freely.\n\n"
        "| Data | Kept for |\n| Logs | 1 year |\n\n"
        "End of the terms.\n"
    )
    titles = [(clause.number, clause.title) for clause in segment_document(text)]
    assert titles == [
        (None, "Acme Terms of Service"),
        ("1", "Your Content"),
        (None, "Licence"),
        ("1.1", "Feedback"),
    ]


def test_docx_french_heading_styles_and_nested_list() -> None:
    text = extract_text(docx_bytes("fr"), "docx", name="cgu.docx")
    assert text == (
        "# Conditions générales d'utilisation\n\n"
        "## Article 1 – Objet\n\n"
        "Les présentes conditions régissent l'accès au service.\n\n"
        "- l'hébergement de vos contenus ;\n"
        "  - leur diffusion.\n\n"
        "### 1.1 Licence accordée\n\n"
        "Vous cédez une licence non exclusive à l'éditeur.\n"
    )


def docx_zip_without_document() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("hello.txt", "not a word document")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04" + bytes(range(256)) * 4,
        docx_zip_without_document(),
        b"This is plain text, not a Word document.",
    ],
    ids=["garbage-zip", "zip-without-document", "text"],
)
def test_corrupt_docx_is_refused_naming_the_file(data: bytes) -> None:
    assert error_of(data, "docx", "broken.docx").problem == "is not a valid DOCX file"


def test_old_word_doc_is_named_as_such() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    assert ".doc" in error_of(data, "docx", "cgu.docx").problem


# --- common -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "text"])
def test_empty_input_is_refused(fmt: str) -> None:
    assert error_of(b"  \n", fmt, "empty").problem == "is empty"


def test_text_format_decodes_like_load() -> None:
    data = "Article 1 – Objet\nLes présentes conditions s’appliquent.".encode("cp1252")
    assert (
        extract_text(data, "text", name="cgu.txt")
        == "Article 1 – Objet\nLes présentes conditions s’appliquent."
    )


def test_unknown_format_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        extract_text(b"x", "rtf", name="x.rtf")


def test_parsers_are_not_imported_with_tossum() -> None:
    import subprocess
    import sys

    code = (
        "import sys, tossum, tossum.formats\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('bs4', 'pypdf', 'docx', 'lxml', 'urllib.request'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


# --- fetch_url against a local server -----------------------------------------------------------------

BIG = b"x" * 10_000
RELEASE = threading.Event()  # set at teardown so that slow handlers stop waiting


class Handler(BaseHTTPRequestHandler):
    """Routes of the test server; HTTP/1.0, so a body without Content-Length ends when the socket closes."""

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        route = parts.path
        if route == "/terms.html":
            self.reply(200, "text/html; charset=utf-8", EN_PAGE.encode("utf-8"))
        elif route == "/cgu":
            page = FR_PAGE.replace(
                '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', ""
            )
            self.reply(200, "text/html; charset=ISO-8859-1", page.encode("latin-1"))
        elif route == "/terms.pdf":
            self.reply(200, "application/pdf", pdf_bytes(EN_PDF_PAGES))
        elif route == "/gzip":
            self.reply(200, "text/plain", gzip.compress(b"Compressed terms."), {"Content-Encoding": "gzip"})
        elif route == "/slow":
            RELEASE.wait(3)
            self.reply(200, "text/plain", b"too late")
        elif route == "/big":
            self.reply(200, "text/plain", BIG)
        elif route == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"y" * 4096)
            self.wfile.flush()
            RELEASE.wait(5)  # a client that reads on instead of stopping at the cap hangs here
        elif route == "/redirect":
            self.redirect("/terms.html")
        elif route == "/loop":
            n = int(parse_qs(parts.query).get("n", ["0"])[0])
            self.redirect(f"/loop?n={n + 1}")
        elif route == "/to-ftp":
            self.redirect("ftp://127.0.0.1/terms.txt")
        else:
            self.reply(404, "text/html", b"<h1>Not found</h1>")

    def reply(
        self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (timeout, size cap) leaves a broken pipe behind: expected here


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    RELEASE.clear()
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        RELEASE.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy from the environment must not stand between the tests and 127.0.0.1."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def fetch_error(url: str, **options: float) -> InputError:
    with pytest.raises(InputError) as info:
        fetch_url(url, **options)  # type: ignore[arg-type]
    assert info.value.subject == url
    assert str(info.value).startswith(f"{url}: ")
    return info.value


@pytest.mark.integration
def test_fetch_html_page(server: str) -> None:
    body, content_type, final_url = fetch_url(f"{server}/terms.html")
    assert body == EN_PAGE.encode("utf-8")
    assert content_type == "text/html; charset=utf-8"
    assert final_url == f"{server}/terms.html"
    assert format_for(final_url, content_type) == "html"
    assert "## 1. Your Content" in extract_text(body, "html", name=final_url, content_type=content_type)


@pytest.mark.integration
def test_fetch_latin1_page_decoded_with_the_http_charset(server: str) -> None:
    body, content_type, final_url = fetch_url(f"{server}/cgu")
    assert format_for(final_url, content_type) == "html"
    text = extract_text(body, "html", name=final_url, content_type=content_type)
    assert "## Article 2 – Durée" in text


@pytest.mark.integration
def test_fetch_pdf(server: str) -> None:
    body, content_type, final_url = fetch_url(f"{server}/terms.pdf")
    assert body.startswith(b"%PDF-")
    assert format_for(final_url, content_type) == "pdf"
    assert "perpetual, irrevocable licence" in extract_text(body, "pdf", name=final_url)


@pytest.mark.integration
def test_fetch_follows_a_redirect(server: str) -> None:
    body, _, final_url = fetch_url(f"{server}/redirect")
    assert final_url == f"{server}/terms.html"
    assert body == EN_PAGE.encode("utf-8")


@pytest.mark.integration
def test_fetch_decompresses_gzip(server: str) -> None:
    assert fetch_url(f"{server}/gzip")[0] == b"Compressed terms."


@pytest.mark.integration
def test_fetch_http_error_status(server: str) -> None:
    assert fetch_error(f"{server}/missing").problem == "returned HTTP 404 (Not Found)"


@pytest.mark.integration
def test_fetch_timeout(server: str) -> None:
    started = time.monotonic()
    assert fetch_error(f"{server}/slow", timeout=0.5).problem == "timed out after 0.5 s"
    assert time.monotonic() - started < 2.5


@pytest.mark.integration
def test_fetch_refuses_a_body_over_the_cap(server: str) -> None:
    assert fetch_error(f"{server}/big", max_bytes=1000).problem == "is larger than the 1000 bytes limit"
    assert fetch_url(f"{server}/big", max_bytes=len(BIG))[0] == BIG


@pytest.mark.integration
def test_fetch_stops_reading_once_past_the_cap(server: str) -> None:
    started = time.monotonic()
    error = fetch_error(f"{server}/endless", max_bytes=1024, timeout=10)
    assert error.problem == "is larger than the 1 KiB limit"
    assert time.monotonic() - started < 2  # the server still holds the connection open


@pytest.mark.integration
def test_fetch_too_many_redirects(server: str) -> None:
    assert fetch_error(f"{server}/loop").problem == "redirects more than 5 times"


@pytest.mark.integration
def test_fetch_refuses_a_redirect_to_another_scheme(server: str) -> None:
    assert "ftp://127.0.0.1/terms.txt, which is not http or https" in fetch_error(f"{server}/to-ftp").problem


@pytest.mark.integration
def test_fetch_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert fetch_error(f"http://127.0.0.1:{port}/terms").problem.startswith("cannot be reached")


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("ftp://example.com/terms.txt", "uses the unsupported scheme 'ftp'"),
        ("file:///etc/passwd", "uses the unsupported scheme 'file'"),
        ("example.com/terms", "is not a URL"),
        ("http:///terms", "is not a valid URL (it names no host)"),
    ],
)
def test_fetch_refuses_other_schemes(url: str, problem: str) -> None:
    assert fetch_error(url).problem.startswith(problem)
