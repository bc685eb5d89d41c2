"""Other input formats: HTML, PDF and DOCX bytes, from a file or a URL, turned into the text tossum reads.

The text is Markdown-like so that stage 2 (tossum/segment.py) finds the sections: headings become ``#``
lines, list items ``- `` (or ``1. ``) lines, and paragraphs are separated by a blank line. The parsers
(beautifulsoup4 with lxml, pdfminer.six, python-docx) and urllib are imported inside the functions that
use them, so reading a Markdown file never pays for them.
"""

from __future__ import annotations

import io
import re
import time
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from tossum.errors import InputError

if TYPE_CHECKING:
    import urllib.request
    from collections.abc import Iterable
    from http.client import HTTPMessage, HTTPResponse
    from typing import IO

    from bs4 import BeautifulSoup, Tag
    from docx.styles.style import ParagraphStyle
    from docx.table import Table
    from docx.text.paragraph import Paragraph

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#: Same cap as tossum.load.MAX_BYTES: real terms of service are far smaller.
MAX_FETCH_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
#: Bold opening words longer than this are emphasis, not a heading (segment.py's MAX_HEADING_WORDS), and
#: stay plain so that quotes taken from them carry no `**`.
MAX_LEAD_IN_WORDS = 16
FETCH_SCHEMES = ("http", "https")

_SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".md": "text",
    ".markdown": "text",
    ".mdown": "text",
    ".mkd": "text",
    ".txt": "text",
    ".text": "text",
}
_CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    DOCX_CONTENT_TYPE: "docx",
    "text/plain": "text",
    "text/markdown": "text",
    "text/x-markdown": "text",
}

_SPACES = re.compile(r"[ \t\n\r\f\v]+")  # not \xa0: French typography puts it before « : ; ? ! »
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\xad]")  # soft hyphen too: it only marks a break
_BOLD_FONT = re.compile(r"bold|black|heavy|demi", re.I)  # font names: Arial-BoldMT, Calibri,Bold, ...
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})

# --- HTML -------------------------------------------------------------------------------------------

# Page furniture and things a reader never sees. <header>, <footer>, <form> and aria-hidden are handled
# apart (see _is_furniture) because they sometimes hold the document itself.
_DROPPED_TAGS = {
    "script", "style", "noscript", "template", "nav", "aside", "iframe", "object", "embed", "svg",
    "canvas", "math", "button", "input", "select", "textarea", "option", "datalist", "head", "title",
    "meta", "link", "base", "map", "audio", "video", "img", "picture",
}  # fmt: skip
_DROPPED_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_INLINE_TAGS = {
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
    "i", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong",
    "sub", "sup", "time", "tt", "u", "var", "wbr",
}  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_INSIDE = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "section", "article"]
_SECTIONING = ["article", "main", "section"]
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# What browsers do (WHATWG Encoding): a page labelled Latin-1 or ASCII is read as Windows-1252.
_AS_CP1252 = {"iso8859-1", "ascii", "latin-1"}

# --- DOCX -------------------------------------------------------------------------------------------

_HEADING_STYLE = re.compile(r"^(?:heading|titre|t[ií]tulo|titolo|überschrift|kop)\s*([1-9])$", re.I)
_TITLE_STYLE = re.compile(r"^(?:title|titre|t[ií]tulo|titolo|titel)$", re.I)
_LIST_STYLE = re.compile(r"^(?:list|liste)\b|^paragraphe de liste$", re.I)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc (and .xls, .ppt)


def format_for(name: str, content_type: str | None = None) -> str | None:
    """'html' | 'pdf' | 'docx' | 'text' from an HTTP content type, else a file name's (or URL's) suffix."""
    if content_type:
        fmt = _CONTENT_TYPES.get(_media_type(content_type))
        if fmt is not None:
            return fmt
    # A generic type (application/octet-stream) says nothing: the suffix may.
    path = urlsplit(name).path if "://" in name else name
    last = re.split(r"[/\\]", path)[-1]
    dot = last.rfind(".")
    return _SUFFIXES.get(last[dot:].lower()) if dot > 0 else None


def extract_text(data: bytes, fmt: str, *, name: str, content_type: str | None = None) -> str:
    """Text of an HTML, PDF or DOCX document (or a text one, decoded as tossum.load does).

    `content_type` is the HTTP Content-Type the bytes came with, if any: its charset decides how HTML is
    decoded. Raises InputError naming `name` when the document cannot be read or holds no text.
    """
    if fmt not in ("html", "pdf", "docx", "text"):
        raise ValueError(f"unknown format {fmt!r}; expected 'html', 'pdf', 'docx' or 'text'")
    if not data.strip():
        raise InputError("is empty", subject=name)
    if fmt == "text":
        from tossum.load import decode_bytes  # here, so that tossum.load may import this module

        return decode_bytes(data, name=name).text
    if fmt == "html":
        blocks = _html_blocks(data, content_type)
        empty = "contains no readable text (if the page is built by JavaScript, save it from a browser)"
    elif fmt == "pdf":
        blocks = _pdf_pages(data, name)
        empty = "is a scanned PDF with no text layer (tossum needs text; run OCR first)"
    else:
        blocks = _docx_blocks(data, name)
        empty = "contains no text"
    text = "\n\n".join(block for block in blocks if block.strip())
    if not text.strip():
        raise InputError(empty, subject=name)
    return text + "\n"


def fetch_url(
    url: str, *, timeout: float = 20.0, max_bytes: int = MAX_FETCH_BYTES
) -> tuple[bytes, str | None, str]:
    """GET an http(s) URL, following at most 5 redirects: (body, content type, final URL)."""
    import urllib.error
    import urllib.request
    from http.client import HTTPException

    from tossum import __version__

    _check_url(url, url)
    request = urllib.request.Request(
        url,
        headers={
            # Many sites refuse urllib's default "Python-urllib/3.x" agent.
            "User-Agent": f"tossum/{__version__} (terms of service summarizer)",
            "Accept": f"text/html,application/xhtml+xml,application/pdf,{DOCX_CONTENT_TYPE},"
            "text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "identity",
        },
    )
    opener = urllib.request.build_opener(_redirect_handler(url))
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type")
            final_url = response.geturl()
            length = response.headers.get("Content-Length", "")
            if length.strip().isdigit() and int(length) > max_bytes:
                raise InputError(_too_large(max_bytes), subject=url)
            body = _read_capped(response, max_bytes, deadline, url, timeout)
            coding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
    except urllib.error.HTTPError as exc:
        exc.close()
        reason = f" ({exc.reason})" if exc.reason else ""
        raise InputError(f"returned HTTP {exc.code}{reason}", subject=url) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise InputError(_timed_out(timeout), subject=url) from None
        raise InputError(f"cannot be reached ({exc.reason})", subject=url) from None
    except TimeoutError:
        raise InputError(_timed_out(timeout), subject=url) from None
    except (HTTPException, OSError) as exc:
        raise InputError(f"connection failed ({exc or type(exc).__name__})", subject=url) from None
    except ValueError as exc:  # urllib's word for a malformed URL, e.g. a bad port
        raise InputError(f"is not a valid URL ({exc})", subject=url) from None
    if coding in ("gzip", "x-gzip", "deflate"):
        body = _decompress(body, coding, max_bytes, url)
    elif coding not in ("identity", ""):
        raise InputError(f"sent a body compressed with '{coding}', which tossum cannot read", subject=url)
    return body, content_type, final_url


# --- fetching -----------------------------------------------------------------------------------------


def _check_url(url: str, subject: str) -> None:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in FETCH_SCHEMES:
        what = f"uses the unsupported scheme '{scheme}'" if scheme else "is not a URL"
        raise InputError(f"{what} (tossum fetches only http and https URLs)", subject=subject)
    if not parts.hostname:
        raise InputError("is not a valid URL (it names no host)", subject=subject)


def _redirect_handler(url: str) -> urllib.request.HTTPRedirectHandler:
    """A redirect handler that follows at most MAX_REDIRECTS redirects, and only to http(s)."""
    import urllib.request

    class _Redirects(urllib.request.HTTPRedirectHandler):
        # urllib's own loop detection would answer with a bare HTTP 30x error before ours.
        max_repeats = MAX_REDIRECTS + 1
        max_redirections = MAX_REDIRECTS + 1
        followed = 0

        def redirect_request(
            self,
            req: urllib.request.Request,
            fp: IO[bytes],
            code: int,
            msg: str,
            headers: HTTPMessage,
            newurl: str,
        ) -> urllib.request.Request | None:
            self.followed += 1
            if self.followed > MAX_REDIRECTS:
                fp.close()
                raise InputError(f"redirects more than {MAX_REDIRECTS} times", subject=url)
            if urlsplit(newurl).scheme.lower() not in FETCH_SCHEMES:
                fp.close()
                raise InputError(
                    f"redirects to {newurl}, which is not http or https (tossum fetches only those)",
                    subject=url,
                )
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return _Redirects()


def _read_capped(response: HTTPResponse, max_bytes: int, deadline: float, url: str, timeout: float) -> bytes:
    """The body, read piece by piece so that an over-size or endless one is cut off at once."""
    chunks: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(_timed_out(timeout), subject=url)
        # read1: at most one read from the socket, so a trickling server meets the deadline check.
        chunk = response.read1(min(65536, max_bytes + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise InputError(_too_large(max_bytes), subject=url)


def _decompress(body: bytes, coding: str, max_bytes: int, url: str) -> bytes:
    import zlib

    # gzip, else zlib-wrapped deflate (what servers send for "deflate"), capped like the raw body.
    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in coding else zlib.MAX_WBITS)
    try:
        data = decoder.decompress(body, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(f"sent a damaged {coding} body ({exc})", subject=url) from None
    if len(data) > max_bytes:
        raise InputError(_too_large(max_bytes), subject=url)
    return data


def _timed_out(timeout: float) -> str:
    return f"timed out after {timeout:g} s"


def _too_large(limit: int) -> str:
    return f"is larger than the {_size(limit)} limit"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):g} MiB"
    if n >= 1024:
        return f"{n / 1024:g} KiB"
    return f"{n} bytes"


# --- HTML -------------------------------------------------------------------------------------------


def _html_blocks(data: bytes, content_type: str | None) -> list[str]:
    from bs4 import BeautifulSoup

    # lxml (already required by python-docx) closes the <p>, <li> and <td> that HTML lets authors leave
    # open, as browsers do; html.parser would nest each one inside the previous one.
    soup = BeautifulSoup(_decode_html(data, content_type), "lxml")
    _drop_page_furniture(soup)
    writer = _HtmlWriter()
    writer.walk(_main_content(soup))
    writer.flush()
    return writer.blocks


def _decode_html(data: bytes, content_type: str | None) -> str:
    """Decode with the BOM, the HTTP charset, the page's declared charset, then UTF-8, then cp1252."""
    from bs4.dammit import EncodingDetector

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    for label in (_charset(content_type), declared, "utf-8", "cp1252"):
        codec = _python_encoding(label)
        if codec is None:
            continue
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _charset(content_type: str | None) -> str | None:
    match = re.search(r";\s*charset\s*=\s*[\"']?([^\"';\s]+)", content_type or "", re.I)
    return match.group(1) if match else None


def _python_encoding(label: str | None) -> str | None:
    import codecs

    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    if name in _AS_CP1252:
        return "cp1252"
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return "utf-8"  # a page without a BOM that says UTF-16 is UTF-8 in practice (WHATWG)
    return name


def _drop_page_furniture(soup: BeautifulSoup) -> None:
    from bs4 import Tag

    doomed = [
        el for el in soup.descendants if isinstance(el, Tag) and (_is_furniture(el) or _is_toc_entry(el))
    ]
    for tag in doomed:
        if not tag.decomposed:
            tag.decompose()


def _is_furniture(tag: Tag) -> bool:
    if tag.name in _DROPPED_TAGS:
        return True
    if str(tag.get("role", "")).strip().lower() in _DROPPED_ROLES:
        return True
    if tag.has_attr("hidden"):
        return True
    if str(tag.get("aria-hidden", "")).strip().lower() == "true":
        # Icons and decorations; but a page saved while a modal was open has its whole content marked so.
        return tag.find(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]) is None
    if tag.name == "dialog" and not tag.has_attr("open"):
        return True
    if _HIDDEN_STYLE.search(str(tag.get("style", ""))):
        return True
    if tag.name in ("header", "footer"):
        # The page's banner and footer go; an article's own header (its title, its date) stays.
        return tag.find_parent(_SECTIONING) is None
    if tag.name == "form":
        # ASP.NET pages wrap the whole page in one <form>: keep a form that holds the document.
        return tag.find(["h1", "h2", "h3", "h4", "h5", "h6", "main", "article"]) is None
    return False


def _is_toc_entry(tag: Tag) -> bool:
    """A link to a place on the same page that is all its paragraph or item says: a table of contents
    entry (`1. Your Content`, `Back to top`), which would otherwise read as a heading with no text."""
    if tag.name != "a" or not str(tag.get("href", "")).startswith("#"):
        return False
    if tag.find_parent(list(_HEADINGS)) is not None:
        return False  # a heading that links to itself
    block = tag.parent
    while block is not None and block.name in _INLINE_TAGS:
        block = block.parent
    return block is not None and " ".join(block.get_text().split()) == " ".join(tag.get_text().split())


def _main_content(soup: BeautifulSoup) -> Tag:
    """<main>, else a lone <article>, when it holds most of the page's text; else the whole body."""
    body = soup.body or soup
    total = len(body.get_text(strip=True))
    mains = body.find_all("main")
    articles = [a for a in body.find_all("article") if a.find_parent("article") is None]
    candidates = mains or (articles if len(articles) == 1 else [])
    if candidates:
        best = max(candidates, key=lambda tag: len(tag.get_text(strip=True)))
        # A small <article> (a promotion, a cookie notice) beside the real text is not the document.
        if len(best.get_text(strip=True)) * 3 >= total:
            return best
    return body


class _HtmlWriter:
    """Walks an HTML tree and collects its blocks (headings, paragraphs, lists) as Markdown-like text."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.inline: list[str] = []

    def flush(self) -> None:
        """End the current paragraph."""
        text = _clean_lines("".join(self.inline))
        self.inline.clear()
        if text:
            self.blocks.append(text)

    def block(self, text: str) -> None:
        self.flush()
        if text.strip():
            self.blocks.append(text)

    def walk(self, node: Tag) -> None:
        from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

        for child in node.children:
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                self.inline.append(_SPACES.sub(" ", str(child)))
            elif isinstance(child, Tag):
                self.element(child)

    def element(self, tag: Tag) -> None:
        name = tag.name
        if name == "br":
            self.inline.append("\n")
        elif name in _HEADINGS:
            title = " ".join(_inline_text(tag).split()).rstrip("¶").strip()
            if title:
                self.block("#" * _HEADINGS[name] + " " + title)
        elif name in ("ul", "ol", "menu"):
            self.block(_html_list(tag))
        elif name == "table":
            self.table(tag)
        elif name == "pre":
            self.block("\n".join(line.rstrip() for line in tag.get_text().strip("\n").split("\n")))
        elif name in ("b", "strong") and self._at_paragraph_start() and tag.find(_BLOCK_INSIDE) is None:
            # A bold lead-in (`**10.4 Licence.** You grant ...`): segment.py reads it as a heading.
            text = " ".join(_inline_text(tag).split())
            self.inline.append(_bold_lead_in(text, text))
        elif name in _INLINE_TAGS:
            self.walk(tag)
        else:
            self.flush()
            self.walk(tag)
            self.flush()

    def table(self, tag: Tag) -> None:
        rows = [row for row in tag.find_all("tr") if row.find_parent("table") is tag]
        layout = tag.find(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"]) is not None
        if layout or not rows:
            # Old sites lay pages out in tables: the cells hold paragraphs and headings, not data.
            self.flush()
            self.walk(tag)
            self.flush()
            return
        lines = []
        for row in rows:
            cells = [
                " ".join(_inline_text(cell).split()) for cell in row.find_all(["td", "th"], recursive=False)
            ]
            if any(cells):
                lines.append("| " + " | ".join(cells) + " |")
        self.block("\n".join(lines))

    def _at_paragraph_start(self) -> bool:
        return not "".join(self.inline).strip()


def _inline_text(tag: Tag) -> str:
    """The text of `tag` on one line, as a browser would lay it out."""
    writer = _HtmlWriter()
    writer.walk(tag)
    writer.flush()
    return " ".join(writer.blocks)


def _html_list(tag: Tag) -> str:
    """A <ul>/<ol> as `- ` or `1. ` lines, nested lists indented under their item."""
    ordered = tag.name == "ol"
    number = _int_attr(tag, "start", 1)
    lines: list[str] = []
    items = [li for li in tag.find_all("li") if li.find_parent(["ul", "ol", "menu"]) is tag]
    for item in items:
        if ordered:
            number = _int_attr(item, "value", number)
        marker = f"{number}. " if ordered else "- "
        writer = _HtmlWriter()
        writer.walk(item)
        writer.flush()
        body = "\n".join(writer.blocks).split("\n")
        if not "".join(body).strip():
            continue
        lines.append(marker + body[0])
        lines.extend(" " * len(marker) + line if line.strip() else "" for line in body[1:])
        number += 1
    return "\n".join(lines)


def _int_attr(tag: Tag, name: str, default: int) -> int:
    value = str(tag.get(name, "")).strip()
    return int(value) if re.fullmatch(r"-?\d{1,9}", value) else default


def _clean_lines(text: str) -> str:
    """Collapse runs of spaces, trim each line and drop the empty ones."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# --- PDF --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _PdfBox:
    """Lines in one type size that pdfminer's layout analysis grouped together: a paragraph, a heading."""

    text: str
    size: float  # the font size most of its characters have
    bold: bool  # most of its characters are in a bold face
    lines: int
    at_edge: bool  # in the top or bottom margin of the page, where running heads and page numbers go


def _pdf_pages(data: bytes, name: str) -> list[str]:
    """The text layer of each page, a blank line between paragraphs, larger-type headings as `#` lines."""
    if b"%PDF-" not in data[:1024]:
        raise InputError("is not a valid PDF file", subject=name)
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        # all_texts: some generators put whole pages inside a form XObject, which pdfminer calls a figure.
        layouts = list(extract_pages(io.BytesIO(data), laparams=LAParams(all_texts=True)))
    except PDFPasswordIncorrect:
        raise InputError("is a password-protected PDF (remove the password first)", subject=name) from None
    except Exception:  # a damaged PDF makes pdfminer raise almost anything; all mean the same to the user
        raise InputError("is not a valid PDF file", subject=name) from None
    if not layouts:
        raise InputError("is a PDF with no pages", subject=name)
    pages = [_pdf_boxes(layout, layout.height) for layout in layouts]
    running = _running_heads(pages)
    kept = [[box for box in page if not (box.at_edge and _normal(box.text) in running)] for page in pages]
    levels = _heading_levels([box for page in kept for box in page])
    return ["\n\n".join(_pdf_block(box, levels) for box in page) for page in kept]


def _pdf_block(box: _PdfBox, levels: dict[float, int]) -> str:
    if not _short_line(box):
        return box.text
    if box.size in levels:
        return "#" * levels[box.size] + " " + " ".join(box.text.split())
    if box.bold and "*" not in box.text:
        return f"**{' '.join(box.text.split())}**"  # a heading in bold body type: segment.py reads it so
    return box.text


def _pdf_boxes(container: Iterable[object], height: float) -> list[_PdfBox]:
    """The text boxes of a page, cut where the type changes (a heading set close to its paragraph)."""
    from pdfminer.layout import LTChar, LTFigure, LTTextBox, LTTextLine

    boxes: list[_PdfBox] = []
    for element in container:
        if isinstance(element, LTFigure):
            boxes.extend(_pdf_boxes(element, height))
            continue
        if not isinstance(element, LTTextBox):
            continue
        at_edge = element.y0 > height * 0.9 or element.y1 < height * 0.1
        runs: list[tuple[tuple[float, bool], list[str]]] = []
        for line in element:
            if not isinstance(line, LTTextLine):
                continue
            text = _clean_pdf_text(line.get_text())
            if not text:
                continue
            chars = [char for char in line if isinstance(char, LTChar) and not char.get_text().isspace()]
            sizes = Counter(round(char.size * 2) / 2 for char in chars)
            size = sizes.most_common(1)[0][0] if sizes else 0.0
            bold = sum(1 for char in chars if _BOLD_FONT.search(char.fontname)) * 2 > len(chars)
            if runs and runs[-1][0] == (size, bold):
                runs[-1][1].append(text)
            else:
                runs.append(((size, bold), [text]))
        boxes.extend(
            _PdfBox("\n".join(lines), size, bold, len(lines), at_edge) for (size, bold), lines in runs
        )
    return boxes


def _running_heads(pages: list[list[_PdfBox]]) -> set[str]:
    """Short lines repeated in the margins of most pages (``Acme Terms - page 3 of 12``)."""
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_normal(box.text) for box in page if box.at_edge and len(box.text.split()) <= 20})
    return {text for text, count in seen.items() if count >= max(3, len(pages) // 2)}


def _normal(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def _heading_levels(boxes: list[_PdfBox]) -> dict[float, int]:
    """Font sizes larger than the body text's, largest first: level 1, 2, ... (at most 6)."""
    weight: Counter[float] = Counter()
    for box in boxes:
        weight[box.size] += len(box.text)
    if not weight:
        return {}
    body = weight.most_common(1)[0][0]
    larger = sorted({box.size for box in boxes if box.size >= body * 1.15}, reverse=True)
    return {size: min(rank, 6) for rank, size in enumerate(larger, start=1)}


def _short_line(box: _PdfBox) -> bool:
    """Short enough to be a heading, and not the first part of a sentence."""
    return (
        box.lines <= 2
        and len(box.text.split()) <= MAX_LEAD_IN_WORDS
        and not box.text.endswith((",", ";"))
        and any(ch.isalpha() for ch in box.text)
    )


def _clean_pdf_text(text: str) -> str:
    text = _CONTROLS.sub("", text.translate(_LIGATURES)).replace("\r\n", "\n").replace("\r", "\n")
    lines = (line.rstrip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line.strip()).strip("\n")


# --- DOCX -------------------------------------------------------------------------------------------


def _docx_blocks(data: bytes, name: str) -> list[str]:
    """Paragraphs and tables of the document body, in order; list items of a list on adjacent lines."""
    if data.startswith(_OLE_MAGIC):
        raise InputError("is an old Word .doc file, not DOCX (save it as .docx or PDF first)", subject=name)
    if not data.startswith(b"PK\x03\x04"):
        raise InputError("is not a valid DOCX file", subject=name)
    import docx
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # a damaged package makes python-docx raise KeyError, lxml errors...: all the same
        raise InputError("is not a valid DOCX file", subject=name) from None
    blocks: list[str] = []
    in_list = False
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text, is_item = _docx_paragraph(item)
            if not text:
                continue
            if is_item and in_list:
                blocks[-1] += "\n" + text
            else:
                blocks.append(text)
            in_list = is_item
        else:
            blocks.extend(_docx_table(item))
            in_list = False
    return blocks


def _docx_paragraph(paragraph: Paragraph) -> tuple[str, bool]:
    """The paragraph as a `#` heading, a `- ` item or plain text, and whether it is a list item."""
    lines = [_SPACES.sub(" ", line).strip() for line in _CONTROLS.sub("", paragraph.text).split("\n")]
    text = "\n".join(line for line in lines if line)
    if not text:
        return "", False
    level = _docx_heading_level(paragraph)
    if level is not None:
        return "#" * level + " " + " ".join(text.split()), False
    depth = _docx_list_depth(paragraph)
    if depth is not None:
        indent = "  " * depth
        return indent + "- " + text.replace("\n", "\n" + indent + "  "), True
    return _docx_bold_lead_in(paragraph, text), False


def _docx_styles(paragraph: Paragraph) -> list[ParagraphStyle]:
    """The paragraph's style and the styles it is based on, nearest first."""
    found: list[ParagraphStyle] = []
    style: ParagraphStyle | None = paragraph.style
    while style is not None and len(found) < 8:  # the bound guards against a based-on loop
        found.append(style)
        style = style.base_style
    return found


def _docx_heading_level(paragraph: Paragraph) -> int | None:
    for style in _docx_styles(paragraph):
        for label in (style.name or "", style.style_id or ""):
            match = _HEADING_STYLE.match(label.strip())
            if match:
                return min(int(match.group(1)), 6)
            if _TITLE_STYLE.match(label.strip()):
                return 1
    return None


def _docx_list_depth(paragraph: Paragraph) -> int | None:
    """Nesting depth (0 = top) when the paragraph is a list item: numbered, bulleted or a List style."""
    # python-docx has no numbering API; the paragraph's XML says whether it is numbered and how deep.
    p = paragraph._p
    num_id = p.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    if num_id and num_id[0] != "0":  # numId 0 removes the style's numbering
        level = p.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
        return min(int(level[0]), 8) if level and str(level[0]).isdigit() else 0
    if num_id:
        return None
    for style in _docx_styles(paragraph):
        if style.element.xpath("./w:pPr/w:numPr/w:numId") or _LIST_STYLE.match(style.name or ""):
            return 0
    return None


def _docx_bold_lead_in(paragraph: Paragraph, text: str) -> str:
    """`**Licence.** You grant ...` when the paragraph opens with a few bold words (or is one bold line)."""
    from docx.text.run import Run

    lead = ""
    for item in paragraph.iter_inner_content():
        if not isinstance(item, Run) or not (item.bold or not item.text.strip()):
            break
        lead += item.text
    return _bold_lead_in(" ".join(lead.split()), text)


def _bold_lead_in(lead: str, text: str) -> str:
    """`text` with its first characters, `lead`, in bold, when they look like a heading and not a sentence."""
    if not lead or "*" in lead or len(lead.split()) > MAX_LEAD_IN_WORDS or not text.startswith(lead):
        return text
    if text[len(lead) : len(lead) + 1].isalnum():  # bold stops inside a word
        return text
    return f"**{lead}**{text[len(lead) :]}"


def _docx_table(table: Table) -> list[str]:
    """Rows as `| a | b |` lines; a layout table (cells of several paragraphs) as its paragraphs."""
    cells: list[list[Paragraph]] = []
    layout = False
    lines: list[str] = []
    for row in table.rows:
        seen: list[object] = []
        texts: list[str] = []
        for cell in row.cells:
            if any(cell._tc is other for other in seen):  # a merged cell appears once per grid column
                continue
            seen.append(cell._tc)
            paragraphs = [p for p in cell.paragraphs if p.text.strip()]
            cells.append(paragraphs)
            layout = layout or len(paragraphs) > 1 or any(_docx_heading_level(p) for p in paragraphs)
            texts.append(" ".join(" ".join(p.text.split()) for p in paragraphs))
        if any(texts):
            lines.append("| " + " | ".join(texts) + " |")
    if not layout:
        return ["\n".join(lines)] if lines else []
    blocks: list[str] = []
    for paragraphs in cells:
        blocks.extend(text for text, _ in map(_docx_paragraph, paragraphs) if text)
    return blocks
