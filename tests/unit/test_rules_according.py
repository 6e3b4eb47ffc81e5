"""The "according to" rule (statements/according.py) on hand-built parses: no trained model."""

from __future__ import annotations

from statement_docs import context, state

from quotekit.pipeline.statements import according, find_statements
from quotekit.types import Evidence

ACCORDING_TEXT = 'Talks stalled last week, according to Yonhap.'
ACCORDING = [
    ('Talks', 0, 'ROOT', 'NOUN', 'NNS', 'talk', 'O'),
    ('stalled', 0, 'acl', 'VERB', 'VBN', 'stall', 'O'),
    ('last', 3, 'amod', 'ADJ', 'JJ', 'last', 'B-DATE'),
    ('week', 1, 'npadvmod', 'NOUN', 'NN', 'week', 'I-DATE'),
    (',', 1, 'punct', 'PUNCT', ',', ',', 'O'),
    ('according', 1, 'prep', 'VERB', 'VBG', 'accord', 'O'),
    ('to', 5, 'prep', 'ADP', 'IN', 'to', 'O'),
    ('Yonhap', 6, 'pobj', 'PROPN', 'NNP', 'Yonhap', 'B-GPE'),
    ('.', 0, 'punct', 'PUNCT', '.', '.', 'O'),
]

ACCORDING_FIRST_TEXT = 'According to the police, the driver fled the scene.'
ACCORDING_FIRST = [
    ('According', 7, 'prep', 'VERB', 'VBG', 'accord', 'O'),
    ('to', 0, 'prep', 'ADP', 'IN', 'to', 'O'),
    ('the', 3, 'det', 'DET', 'DT', 'the', 'O'),
    ('police', 1, 'pobj', 'NOUN', 'NN', 'police', 'O'),
    (',', 7, 'punct', 'PUNCT', ',', ',', 'O'),
    ('the', 6, 'det', 'DET', 'DT', 'the', 'O'),
    ('driver', 7, 'nsubj', 'NOUN', 'NN', 'driver', 'O'),
    ('fled', 7, 'ROOT', 'VERB', 'VBD', 'flee', 'O'),
    ('the', 9, 'det', 'DET', 'DT', 'the', 'O'),
    ('scene', 7, 'dobj', 'NOUN', 'NN', 'scene', 'O'),
    ('.', 7, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_according_to_after_the_content() -> None:
    ctx = context(ACCORDING_TEXT, ACCORDING)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "Talks stalled last week"
    assert d.kind == "indirect" and d.evidence == Evidence(rule="indirect:according-to")
    assert d.cue == (25, 37, "according to") and d.confidence == 0.9
    assert d.source is not None and d.source.text == "Yonhap" and d.mention == (7, 8)


def test_according_to_opening_the_sentence() -> None:
    ctx = context(ACCORDING_FIRST_TEXT, ACCORDING_FIRST)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "the driver fled the scene"
    assert d.source is not None and d.source.text == "police" and d.mention == (2, 4)


def test_according_rule_called_alone() -> None:
    st = state(ACCORDING_TEXT, ACCORDING)
    [cue] = [c for c in st.cues if c.kind == "according"]
    [d] = according.according_to(st, cue)
    assert str(d.evidence) == "indirect:according-to"


def test_according_to_with_nothing_else_is_no_statement() -> None:
    text = "According to Yonhap."
    rows = [
        ("According", 0, "ROOT", "VERB", "VBG", "accord", "O"),
        ("to", 0, "prep", "ADP", "IN", "to", "O"),
        ("Yonhap", 1, "pobj", "PROPN", "NNP", "Yonhap", "B-ORG"),
        (".", 0, "punct", "PUNCT", ".", ".", "O"),
    ]
    assert find_statements(context(text, rows), policy=None) == []


def test_a_paragraph_break_kept_in_the_sentence_is_no_word_after_the_phrase() -> None:
    # the parser hung the paragraph break on the sentence: the content still stops before
    # ", according to Yonhap"
    rows = [*ACCORDING, ('\n\n', 0, 'dep', 'SPACE', '_SP', '\n\n', 'O'),
            ('Later', 10, 'ROOT', 'ADV', 'RB', 'later', 'O'),
            ('.', 10, 'punct', 'PUNCT', '.', '.', 'O')]
    ctx = context(ACCORDING_TEXT + "\n\nLater.", rows)
    [d] = [d for d in find_statements(ctx, policy=None)
           if d.evidence == Evidence(rule="indirect:according-to")]
    assert ctx.text[d.start:d.end] == "Talks stalled last week"


def test_a_participle_on_the_source_closed_by_a_comma_is_part_of_the_phrase() -> None:
    # the parser hangs "published" on the main verb, as the small model does
    text = "According to the report, published by the IFS, wages fell."
    rows = [
        ("According", 11, "prep", "VERB", "VBG", "accord", "O"),
        ("to", 0, "prep", "ADP", "IN", "to", "O"),
        ("the", 3, "det", "DET", "DT", "the", "O"),
        ("report", 1, "pobj", "NOUN", "NN", "report", "O"),
        (",", 3, "punct", "PUNCT", ",", ",", "O"),
        ("published", 11, "advcl", "VERB", "VBN", "publish", "O"),
        ("by", 5, "agent", "ADP", "IN", "by", "O"),
        ("the", 8, "det", "DET", "DT", "the", "O"),
        ("IFS", 6, "pobj", "PROPN", "NNP", "IFS", "B-ORG"),
        (",", 11, "punct", "PUNCT", ",", ",", "O"),
        ("wages", 11, "nsubj", "NOUN", "NNS", "wage", "O"),
        ("fell", 11, "ROOT", "VERB", "VBD", "fall", "O"),
        (".", 11, "punct", "PUNCT", ".", ".", "O"),
    ]
    ctx = context(text, rows)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "wages fell"


def test_an_apposition_on_the_source_closed_by_a_comma_is_part_of_the_phrase() -> None:
    text = "According to Statcan, the agency, pay rose."
    rows = [
        ("According", 8, "prep", "VERB", "VBG", "accord", "O"),
        ("to", 0, "prep", "ADP", "IN", "to", "O"),
        ("Statcan", 1, "pobj", "PROPN", "NNP", "Statcan", "B-ORG"),
        (",", 2, "punct", "PUNCT", ",", ",", "O"),
        ("the", 5, "det", "DET", "DT", "the", "O"),
        ("agency", 2, "appos", "NOUN", "NN", "agency", "O"),
        (",", 2, "punct", "PUNCT", ",", ",", "O"),
        ("pay", 8, "nsubj", "NOUN", "NN", "pay", "O"),
        ("rose", 8, "ROOT", "VERB", "VBD", "rise", "O"),
        (".", 8, "punct", "PUNCT", ".", ".", "O"),
    ]
    ctx = context(text, rows)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "pay rose"


def test_a_clause_taken_for_an_apposition_is_no_phrase_of_the_source() -> None:
    # "the move reeks ..." hung on the source as an apposition, with no comma closing it:
    # the content, not part of the phrase
    text = "According to host Rush Limbaugh, the move reeks."
    rows = [
        ("According", 0, "ROOT", "VERB", "VBG", "accord", "O"),
        ("to", 0, "prep", "ADP", "IN", "to", "O"),
        ("host", 4, "compound", "NOUN", "NN", "host", "O"),
        ("Rush", 4, "compound", "PROPN", "NNP", "Rush", "B-PERSON"),
        ("Limbaugh", 1, "pobj", "PROPN", "NNP", "Limbaugh", "I-PERSON"),
        (",", 4, "punct", "PUNCT", ",", ",", "O"),
        ("the", 7, "det", "DET", "DT", "the", "O"),
        ("move", 8, "compound", "NOUN", "NN", "move", "O"),
        ("reeks", 4, "appos", "NOUN", "NNS", "reek", "O"),
        (".", 0, "punct", "PUNCT", ".", ".", "O"),
    ]
    ctx = context(text, rows)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "the move reeks"
