"""The per-document Context on a hand-built Doc: token <-> character maps, paragraphs, quotes."""

from __future__ import annotations

from statement_docs import context

TEXT = "Reed said: “We won.”\n\nHe left."
ROWS = [
    ("Reed", 1, "nsubj", "PROPN", "NNP", "Reed", "B-PERSON"),
    ("said", 1, "ROOT", "VERB", "VBD", "say", "O"),
    (":", 1, "punct", "PUNCT", ":", ":", "O"),
    ("“", 5, "punct", "PUNCT", "``", '"', "O"),
    ("We", 5, "nsubj", "PRON", "PRP", "we", "O"),
    ("won", 1, "ccomp", "VERB", "VBD", "win", "O"),
    (".", 5, "punct", "PUNCT", ".", ".", "O"),
    ("”", 5, "punct", "PUNCT", "''", '"', "O"),
    ("\n\n", 7, "dep", "SPACE", "_SP", "\n\n", "O"),
    ("He", 10, "nsubj", "PRON", "PRP", "he", "O"),
    ("left", 10, "ROOT", "VERB", "VBD", "leave", "O"),
    (".", 10, "punct", "PUNCT", ".", ".", "O"),
]


def test_token_and_character_maps() -> None:
    ctx = context(TEXT, ROWS)
    assert ctx.token_at(0) == 0 and ctx.token_at(2) == 0 and ctx.token_at(4) == 1
    assert ctx.start_of(1) == 5
    assert ctx.chars(0, 1) == (0, 9)
    assert ctx.token_range_chars(3, 8) == (11, 20)


def test_paragraphs_and_sentences() -> None:
    ctx = context(TEXT, ROWS)
    assert ctx.paragraphs == [(0, 20), (22, 30)]
    assert ctx.paragraph_of(25) == 1 and ctx.paragraph_of_token(9) == 1
    assert ctx.para_bounds(5) == (0, len(TEXT))
    assert ctx.sentence_of(0) == 0 and ctx.sentence_of(25) == 1


def test_quotations() -> None:
    ctx = context(TEXT, ROWS)
    [q] = ctx.quotations
    assert TEXT[q.content_start:q.content_end] == "We won."
    assert ctx.quote_of == [-1, -1, -1, 0, 0, 0, 0, 0, -1, -1, -1, -1]
    assert ctx.quoted[4] and not ctx.quoted[9]
    assert ctx.quotes_in(0, 12) == [0] and ctx.quotes_in(21, 30) == []
