"""Token packing: counts pinned per encoding, batches within budget, offsets kept, splits at sentences."""

import pytest
from conftest import EN_DOC, FR_DOC
from hypothesis import given, settings
from hypothesis import strategies as st

from tossum.packing import OFFLINE_ENCODING, pack, parent_of, token_counter
from tossum.segment import segment_document
from tossum.sentences import sentence_spans


def test_offline_encoding_counts_are_pinned() -> None:
    counter = token_counter()
    assert counter.encoding == OFFLINE_ENCODING
    assert counter.count("hello world") == 2
    assert counter.count("Vous accordez à Lumio une licence mondiale.") == 12


def test_unknown_or_undownloadable_model_falls_back_without_failing() -> None:
    counter = token_counter("openai:no-such-model-anywhere")
    assert counter.count("hello world") == 2
    assert counter.note and "no-such-model-anywhere" in counter.note


@pytest.mark.parametrize("doc", [EN_DOC, FR_DOC], ids=["en", "fr"])
@pytest.mark.parametrize("budget", [40, 200, 1500])
def test_batches_cover_the_clauses_in_order_within_budget(doc: object, budget: int) -> None:
    text = doc.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    clauses = segment_document(text)
    counter = token_counter()
    batches = pack(text, clauses, budget=budget, counter=counter)
    pieces = [p for b in batches for p in b.pieces]
    assert "".join(text[p.start : p.end] for p in pieces) == text
    batch_of = {id(p): n for n, b in enumerate(batches) for p in b.pieces}
    for batch in batches:
        assert batch.tokens == sum(p.tokens for p in batch.pieces)
        assert batch.tokens <= budget or len(batch.pieces) == 1
    runs: list[list[object]] = []  # consecutive pieces of one section
    for piece in pieces:
        key = parent_of(clauses[piece.clause_index])
        if not runs or runs[-1][0] != key:
            runs.append([key])
        runs[-1].append(piece)
    for key, *run in runs:  # a section is split over batches only when it is too large for one
        size = sum(p.tokens for p in run)  # type: ignore[attr-defined]
        assert len({batch_of[id(p)] for p in run}) == 1 or size > budget, key
    assert max(p.tokens for p in pieces) <= budget + 5  # split pieces fit (word-sum counts are close)


def test_whole_sections_share_a_batch_and_are_not_cut() -> None:
    text = "## 1. A\n\n**1.1 One**. Short.\n\n**1.2 Two**. Short.\n\n## 2. B\n\nOther.\n"
    clauses = segment_document(text)
    counter = token_counter()
    assert [[p.clause_index for p in b.pieces] for b in pack(text, clauses, budget=500)] == [[0, 1, 2, 3]]
    section_1 = sum(counter.count(text[c.start : c.end]) for c in clauses[:3])
    tight = pack(text, clauses, budget=section_1, counter=counter)  # room for section 1, not for both
    assert [[p.clause_index for p in b.pieces] for b in tight] == [[0, 1, 2], [3]]


def test_oversized_clause_is_split_at_sentences_with_abbreviations_kept() -> None:
    sentence_en = (
        "See art. 5 of the Civil Code, e.g. the rules of Acme Inc. on data, i.e. yours, etc. and more. "
    )
    sentence_fr = "Voir M. Dupont de Lumio S.A. pour l'art. 12 etc. et la suite du texte. "
    text = "## 1. Long\n\n" + (sentence_en + sentence_fr) * 30
    clauses = segment_document(text)
    counter = token_counter()
    batches = pack(text, clauses, budget=120, counter=counter)
    pieces = [p for b in batches for p in b.pieces]
    assert len(pieces) > 1 and all(p.parts == len(pieces) for p in pieces)
    for piece in pieces[:-1]:
        assert text[piece.start : piece.end].rstrip().endswith("suite du texte.") or text[
            piece.start : piece.end
        ].rstrip().endswith("and more.")
    spans = sentence_spans(text, clauses[0].body_start, clauses[0].end)
    assert text[spans[0][0] : spans[0][1]] == sentence_en.strip()
    assert text[spans[1][0] : spans[1][1]] == sentence_fr.strip()


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\n#12é")), min_size=1, max_size=600), st.integers(3, 80))
def test_pieces_tile_any_text(text: str, budget: int) -> None:
    pieces = [p for b in pack(text, segment_document(text), budget=budget) for p in b.pieces]
    assert "".join(text[p.start : p.end] for p in pieces) == text
