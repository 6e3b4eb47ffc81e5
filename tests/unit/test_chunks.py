"""Long and odd texts, without a trained model: pieces under a limit that concatenate back
exactly, long non-space runs cut before tokenizing, lone surrogates parsed as U+FFFD and put
back in the Article."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from quotekit._chunks import (
    RUN_PIECE,
    batches,
    chunks,
    make_doc,
    prepared,
    tokenizable,
    with_text,
)
from quotekit.types import Article, Cue, Span, Speaker, Statement


@given(st.text(st.sampled_from("ab .\n“”")), st.integers(1, 40))
def test_pieces_concatenate_back_within_the_limit(text: str, limit: int) -> None:
    pieces = chunks(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)
    assert all(pieces) or pieces == [""]


def test_pieces_end_at_paragraph_breaks_when_they_can() -> None:
    para = "One sentence here. Another one there."
    text = "\n\n".join([para] * 6)
    pieces = chunks(text, 100)
    assert "".join(pieces) == text and len(pieces) > 1
    assert all(p.endswith("\n") for p in pieces[:-1])


def test_a_short_text_is_one_piece() -> None:
    assert chunks("short", 100) == ["short"]
    assert chunks("", 5) == [""]


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.blank("en")


@pytest.mark.parametrize("text", [
    "plain words, nothing odd.",
    "“" * 1000,
    "see " + "x" * 300 + " and " + "-" * 257 + ".",
    "a\ud800b \udfff",
    "",
])
def test_make_doc_keeps_the_text(nlp: spacy.language.Language, text: str) -> None:
    doc = make_doc(nlp, text)
    assert doc.text == tokenizable(text)
    assert all(len(t) <= RUN_PIECE for t in doc)  # long runs were cut before tokenizing


def test_tokenizable_replaces_lone_surrogates_only() -> None:
    assert tokenizable("a\ud800b\udfffc") == "a\ufffdb\ufffdc"
    assert tokenizable("plain “text”") == "plain “text”"
    assert len(tokenizable("\ud83d")) == 1


@given(st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF) | st.sampled_from(
    "ab “”"), min_size=1, max_size=40))
def test_tokenizable_keeps_the_length(text: str) -> None:
    clean = tokenizable(text)
    assert len(clean) == len(text)
    assert all(not 0xD800 <= ord(c) <= 0xDFFF for c in clean)


def test_with_text_puts_the_original_characters_back() -> None:
    text = "Lee said: “bad \udc80 byte” today."
    clean = tokenizable(text)
    start, end = clean.index("bad"), clean.index("”")
    lee = Speaker("Lee", mentions=[Span("Lee", 0, 3)])
    parsed = Article(clean, [Statement(clean[start:end], start, end, "direct",
                                       cue=Cue("said", 4, 8, "say"),
                                       mention=Span("Lee", 0, 3), speaker=lee)], [lee])
    fixed = with_text(parsed, text)
    assert fixed.text == text
    (s,) = fixed.statements
    assert s.content == text[start:end] and "\udc80" in s.content
    assert s.speaker is fixed.speakers[0]  # the statement's speaker is the listed one
    assert fixed.speakers[0].mentions[0].text == "Lee"


def test_format_characters_are_removed_and_their_positions_kept() -> None:
    """Issue 15 item 8: spaCy gets the text without format characters (Cf)."""
    text = "Lee Ha\u200brt said\u200b: \u00adno\u2060."
    clean, positions = prepared(text)
    assert clean == "Lee Hart said: no."
    assert positions is not None and "".join(text[i] for i in positions) == clean
    assert prepared("plain text") == ("plain text", None)


def test_offsets_map_back_to_the_text_with_format_characters() -> None:
    text = "\ufeffAna Ru\u00adiz said\u200b it rains\u200b."
    clean, positions = prepared(text)
    a = clean.index("it rains")
    ana = Speaker("Ana Ruiz", mentions=[Span("Ana Ruiz", 0, 8)])
    article = Article(clean, [Statement("it rains", a, a + 8, "indirect",
                                        cue=Cue("said", 9, 13, "say"),
                                        mention=Span("Ana Ruiz", 0, 8), speaker=ana)], [ana])
    back = with_text(article, text, positions)
    s = back.statements[0]
    assert back.text == text and s.content == "it rains" == text[s.start:s.end]
    assert s.mention is not None and s.mention.text == "Ana Ru\u00adiz" == text[1:10]
    assert s.cue is not None and text[s.cue.start:s.cue.end] == "said"
    assert s.speaker is back.speakers[0] and s.speaker.name == "Ana Ruiz"
    assert s.speaker.mentions[0].text == "Ana Ru\u00adiz"


def test_batches_are_bounded_by_items_and_tokens() -> None:
    """Issue 15 item 15: spaCy's memory grows with what it is handed at once."""
    nlp = spacy.blank("en")
    docs = [nlp("word " * n) for n in (10, 10, 30, 5, 50, 1)]
    sizes = [[len(d) for d in b] for b in batches(docs, 3, tokens=40)]
    assert sizes == [[10, 10], [30, 5], [50], [1]]
    tagged = [(d, k) for k, d in enumerate(docs)]
    assert [[k for _d, k in b] for b in batches(tagged, 2, tokens=1000)] == [[0, 1], [2, 3],
                                                                              [4, 5]]
