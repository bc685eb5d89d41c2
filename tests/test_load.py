from pathlib import Path

import pytest

from tossum.errors import InputError
from tossum.load import decode_bytes, load_document, read_file


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_file(tmp_path / "nope.md")
    assert str(info.value) == f"{tmp_path / 'nope.md'}: no such file"


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_file(tmp_path)


@pytest.mark.parametrize("content", [b"", b"  \n\n\t"])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(content)
    with pytest.raises(InputError, match="is empty"):
        read_file(path)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="binary"):
        read_file(path)


def test_legacy_encoding_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "cgu.txt"
    path.write_bytes("Article 1 – Objet\nLes présentes conditions… s’appliquent.".encode("cp1252"))
    document = read_file(path)
    assert document.encoding == "cp1252"
    assert "présentes conditions… s’appliquent" in document.text


def test_undecodable_bytes_give_up_with_the_encodings_tried(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Terms of use. " * 100 + b"\x81\x8d\x8f")
    with pytest.raises(InputError, match=r"not valid text .*tried UTF-8, cp1252, latin-1"):
        read_file(path)


def test_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_text("Terms. " * 200, encoding="utf-8")
    with pytest.raises(InputError, match="too large"):
        read_file(path, max_bytes=1000)


def test_newlines_are_normalised_and_bom_dropped() -> None:
    document = decode_bytes("\ufeffA\r\nB\rC\n".encode(), name="x")
    assert document.text == "A\nB\nC\n"
    assert decode_bytes("Texte".encode("utf-16"), name="x").text == "Texte"


def test_source_can_be_text_or_path(tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    path.write_text("# Terms\n\nHello.\n", encoding="utf-8")
    assert load_document(str(path)).path == path
    assert load_document(path).text == "# Terms\n\nHello.\n"
    assert load_document("# Terms\n\nInline text.").name == "<text>"
    with pytest.raises(InputError, match="no such file"):
        load_document("missing-terms.md")
