"""Stage 1: read a document into text, the single string every offset in the output refers to.

The text is decoded (UTF-8, else a legacy encoding), its BOM dropped and its newlines normalised to
``\\n``; nothing else is changed, so ``text[start:end]`` of any evidence is what the user's file says.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tossum.errors import InputError
from tossum.formats import extract_text, fetch_url, format_for

#: Refuse inputs above this size. Real terms of service run from 10 KB to 300 KB; 5 MiB leaves room for
#: the longest contracts while keeping a mistaken `tossum summarize big.iso` from eating memory.
MAX_BYTES = 5 * 1024 * 1024

# Tried in order after UTF-8: Windows-1252 is what Word and old web pages produce in France and the US;
# Latin-1 decodes any byte, so the control-character check below decides whether the result is text.
LEGACY_ENCODINGS = ("cp1252", "latin-1")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


@dataclass(frozen=True)
class Document:
    """A decoded document: where it came from, its text, and the encoding it was read with."""

    name: str
    text: str
    encoding: str = "utf-8"
    path: Path | None = None
    format: str = "text"  # text (Markdown or plain), html, pdf or docx: what the text was extracted from


def load_document(source: str | os.PathLike[str] | Document, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read `source`, which is a Document, a path, or the text of a document itself."""
    if isinstance(source, Document):
        return source
    if isinstance(source, os.PathLike):
        return read_file(Path(source), max_bytes=max_bytes)
    if is_url(source):
        return read_url(source, max_bytes=max_bytes)
    if _looks_like_path(source):
        return read_file(Path(source), max_bytes=max_bytes)
    return document_from_text(source, name="<text>")


def read_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read and decode a file, raising InputError with the file's name for anything that is not text."""
    name = str(path)
    if not path.exists():
        raise InputError("no such file", subject=name)
    if path.is_dir():
        raise InputError("is a directory, not a file", subject=name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(_too_large(size, max_bytes), subject=name)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", subject=name) from None
    return decode_document(data, name=name, path=path, max_bytes=max_bytes, fmt=format_for(path.name))


def read_url(url: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """Fetch an http(s) URL (only ever when the user gives one) and read it by its content type."""
    body, content_type, final_url = fetch_url(url, max_bytes=max_bytes)
    return decode_document(
        body,
        name=url,
        max_bytes=max_bytes,
        fmt=format_for(final_url, content_type),
        content_type=content_type,
    )


def is_url(source: str) -> bool:
    """True for an http(s) address."""
    return source.startswith(("http://", "https://")) and "\n" not in source


def decode_document(
    data: bytes,
    *,
    name: str,
    path: Path | None = None,
    max_bytes: int = MAX_BYTES,
    fmt: str | None = None,
    content_type: str | None = None,
) -> Document:
    """Bytes of any supported format into a Document: HTML, PDF and DOCX are extracted, the rest decoded."""
    if fmt in ("html", "pdf", "docx"):
        if len(data) > max_bytes:
            raise InputError(_too_large(len(data), max_bytes), subject=name)
        text = extract_text(data, fmt, name=name, content_type=content_type)
        document = document_from_text(text, name=name, path=path)
        return Document(name=name, text=document.text, encoding="utf-8", path=path, format=fmt)
    return decode_bytes(data, name=name, path=path, max_bytes=max_bytes)


def decode_bytes(data: bytes, *, name: str, path: Path | None = None, max_bytes: int = MAX_BYTES) -> Document:
    """Decode raw bytes (a file's or standard input's) into a Document."""
    if len(data) > max_bytes:
        raise InputError(_too_large(len(data), max_bytes), subject=name)
    if not data.strip():
        raise InputError("is empty", subject=name)
    text, encoding = _decode(data, name)
    return document_from_text(text, name=name, encoding=encoding, path=path)


def document_from_text(
    text: str, *, name: str, encoding: str = "utf-8", path: Path | None = None
) -> Document:
    """Normalise newlines and wrap text as a Document; empty text is an error."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("is empty", subject=name)
    return Document(name=name, text=text, encoding=encoding, path=path)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}", subject=name
                ) from None
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file (it contains NUL bytes), not text", subject=name)
    for encoding in ("utf-8", *LEGACY_ENCODINGS):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text) < 0.001:
            return text, encoding
    if _control_ratio(data.decode("latin-1")) > 0.05:
        raise InputError("looks like a binary file, not text", subject=name)
    tried = ", ".join(("UTF-8", *LEGACY_ENCODINGS))
    raise InputError(f"is not valid text in any supported encoding (tried {tried})", subject=name)


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    return bad / max(1, len(sample))


def _looks_like_path(source: str) -> bool:
    # A document's text has newlines or is long; a path is one short line. A short line that names no
    # existing file but ends like a file name is still meant as a path, so the user hears "no such file".
    if "\n" in source or len(source) > 1024:
        return False
    if Path(source).exists():
        return True
    return Path(source).suffix.lower() in {".md", ".txt", ".html", ".htm", ".pdf", ".docx", ".markdown"}


def _too_large(size: int, limit: int) -> str:
    return f"is too large ({size / 1_048_576:.1f} MiB; the limit is {limit / 1_048_576:.0f} MiB)"
