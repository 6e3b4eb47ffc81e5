"""Quote-driven direct rules (statements/quoted.py) on hand-built parses: no trained model.

Each rule is called on its quotation's frame, as the registry's QUOTE_RULES walk does.
"""

from __future__ import annotations

import pytest
from statement_docs import context, state

from quotekit.pipeline.statements import find_statements, quoted
from quotekit.pipeline.statements.registry import QUOTE_RULES
from quotekit.types import Evidence

AFTER_TEXT = '“The budget is balanced,” said Governor Maria Lopez.'
AFTER = [
    ('“', 7, 'punct', 'PUNCT', '``', '"', 'O'),
    ('The', 2, 'det', 'DET', 'DT', 'the', 'O'),
    ('budget', 4, 'nsubjpass', 'NOUN', 'NN', 'budget', 'O'),
    ('is', 4, 'auxpass', 'AUX', 'VBZ', 'be', 'O'),
    ('balanced', 7, 'ccomp', 'VERB', 'VBN', 'balance', 'O'),
    (',', 7, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 7, 'punct', 'PUNCT', "''", '"', 'O'),
    ('said', 7, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('Governor', 10, 'compound', 'PROPN', 'NNP', 'Governor', 'O'),
    ('Maria', 10, 'compound', 'PROPN', 'NNP', 'Maria', 'B-PERSON'),
    ('Lopez', 7, 'nsubj', 'PROPN', 'NNP', 'Lopez', 'I-PERSON'),
    ('.', 7, 'punct', 'PUNCT', '.', '.', 'O'),
]

BEFORE_TEXT = 'Senator Tom Reed said: “We do not agree with those numbers.”'
BEFORE = [
    ('Senator', 2, 'compound', 'PROPN', 'NNP', 'Senator', 'O'),
    ('Tom', 2, 'compound', 'PROPN', 'NNP', 'Tom', 'B-PERSON'),
    ('Reed', 3, 'nsubj', 'PROPN', 'NNP', 'Reed', 'I-PERSON'),
    ('said', 3, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    (':', 3, 'punct', 'PUNCT', ':', ':', 'O'),
    ('“', 3, 'punct', 'PUNCT', '``', '"', 'O'),
    ('We', 9, 'nsubj', 'PRON', 'PRP', 'we', 'O'),
    ('do', 9, 'aux', 'AUX', 'VBP', 'do', 'O'),
    ('not', 9, 'neg', 'PART', 'RB', 'not', 'O'),
    ('agree', 3, 'ccomp', 'VERB', 'VB', 'agree', 'O'),
    ('with', 9, 'prep', 'ADP', 'IN', 'with', 'O'),
    ('those', 12, 'det', 'DET', 'DT', 'those', 'O'),
    ('numbers', 10, 'pobj', 'NOUN', 'NNS', 'number', 'O'),
    ('.', 3, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 3, 'punct', 'PUNCT', "''", '"', 'O'),
]

DASH_TEXT = '“The plan is dead.” — Prime Minister Hana Sato'
DASH = [
    ('“', 3, 'punct', 'PUNCT', '``', '"', 'O'),
    ('The', 2, 'det', 'DET', 'DT', 'the', 'O'),
    ('plan', 3, 'nsubj', 'NOUN', 'NN', 'plan', 'O'),
    ('is', 3, 'ROOT', 'AUX', 'VBZ', 'be', 'O'),
    ('dead', 3, 'acomp', 'ADJ', 'JJ', 'dead', 'O'),
    ('.', 3, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 3, 'punct', 'PUNCT', "''", '"', 'O'),
    ('—', 11, 'punct', 'PUNCT', ':', '—', 'O'),
    ('Prime', 9, 'compound', 'PROPN', 'NNP', 'Prime', 'O'),
    ('Minister', 11, 'compound', 'PROPN', 'NNP', 'Minister', 'O'),
    ('Hana', 11, 'compound', 'PROPN', 'NNP', 'Hana', 'B-PERSON'),
    ('Sato', 11, 'ROOT', 'PROPN', 'NNP', 'Sato', 'I-PERSON'),
]

NAME_COLON_TEXT = 'Philip Bump: “Two weeks ago, the president spoke at length.”'
NAME_COLON = [
    ('Philip', 1, 'compound', 'PROPN', 'NNP', 'Philip', 'B-ORG'),
    ('Bump', 10, 'nsubj', 'PROPN', 'NNP', 'Bump', 'I-ORG'),
    (':', 1, 'punct', 'PUNCT', ':', ':', 'O'),
    ('“', 1, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Two', 5, 'nummod', 'NUM', 'CD', 'two', 'B-DATE'),
    ('weeks', 6, 'npadvmod', 'NOUN', 'NNS', 'week', 'I-DATE'),
    ('ago', 10, 'advmod', 'ADV', 'RB', 'ago', 'I-DATE'),
    (',', 10, 'punct', 'PUNCT', ',', ',', 'O'),
    ('the', 9, 'det', 'DET', 'DT', 'the', 'O'),
    ('president', 10, 'nsubj', 'NOUN', 'NN', 'president', 'O'),
    ('spoke', 10, 'ROOT', 'VERB', 'VBD', 'speak', 'O'),
    ('at', 10, 'prep', 'ADP', 'IN', 'at', 'O'),
    ('length', 11, 'pobj', 'NOUN', 'NN', 'length', 'O'),
    ('.', 10, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 10, 'punct', 'PUNCT', "''", '"', 'O'),
]

TITLE_TEXT = 'He appeared on “Face the Nation,” Sanders said.'
TITLE = [
    ('He', 1, 'nsubj', 'PRON', 'PRP', 'he', 'O'),
    ('appeared', 10, 'ccomp', 'VERB', 'VBD', 'appear', 'O'),
    ('on', 1, 'prep', 'ADP', 'IN', 'on', 'O'),
    ('“', 2, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Face', 2, 'pcomp', 'VERB', 'VB', 'face', 'B-WORK_OF_ART'),
    ('the', 6, 'det', 'DET', 'DT', 'the', 'I-WORK_OF_ART'),
    ('Nation', 4, 'dobj', 'NOUN', 'NN', 'nation', 'I-WORK_OF_ART'),
    (',', 10, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 10, 'punct', 'PUNCT', "''", '"', 'O'),
    ('Sanders', 10, 'nsubj', 'PROPN', 'NNP', 'Sanders', 'B-PERSON'),
    ('said', 10, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('.', 10, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_rule_order() -> None:
    assert QUOTE_RULES == (quoted.dash, quoted.cue_after, quoted.cue_before, quoted.name_colon)


def test_cue_after_quote() -> None:
    st = state(AFTER_TEXT, AFTER)
    f = quoted.frame(st, 0)
    assert f is not None and f.closes
    d = quoted.cue_after(st, f)
    assert d is not None
    assert st.ctx.text[d.start:d.end] == "The budget is balanced,"
    assert d.evidence == Evidence(rule="direct:cue-after-quote") and d.confidence == 0.9
    assert d.cue == (26, 30, "say")
    assert d.source is not None and d.source.text == "Lopez" and d.mention == (8, 11)
    assert quoted.cue_before(st, f) is None  # nothing before the quotation


def test_cue_before_quote() -> None:
    st = state(BEFORE_TEXT, BEFORE)
    f = quoted.frame(st, 0)
    assert f is not None
    d = quoted.cue_before(st, f)
    assert d is not None and d.evidence == Evidence(rule="direct:cue-before-quote")
    assert st.ctx.text[d.start:d.end] == "We do not agree with those numbers."
    assert d.confidence == 0.92 and d.cue == (17, 21, "say")
    assert d.source is not None and d.source.text == "Reed" and d.mention == (0, 3)
    assert quoted.cue_after(st, f) is None


def test_dash_attribution() -> None:
    ctx = context(DASH_TEXT, DASH)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "The plan is dead."
    assert d.evidence == Evidence(rule="direct:dash") and d.confidence == 0.85
    assert d.cue == (20, 21, "dash")
    assert d.source is not None and d.source.text == "Sato" and d.mention == (8, 12)


def test_name_colon() -> None:
    st = state(NAME_COLON_TEXT, NAME_COLON)
    f = quoted.frame(st, 0)
    assert f is not None and f.speechlike
    d = quoted.name_colon(st, f)
    assert d is not None and d.evidence == Evidence(rule="direct:name-colon")
    assert d.cue == (11, 12, ":") and d.mention == (0, 2)
    assert d.source is not None and d.source.text == "Bump"


def test_title_inside_a_sentence_is_no_statement() -> None:
    st = state(TITLE_TEXT, TITLE)
    f = quoted.frame(st, 0)
    assert f.title  # “Face the Nation” names a show
    assert all(rule(st, f) is None for rule in QUOTE_RULES)


SHORT_TEXT = '“Nope,” he said.'
SHORT = [
    ('“', 4, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Nope', 4, 'intj', 'INTJ', 'UH', 'nope', 'O'),
    (',', 4, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 4, 'punct', 'PUNCT', "''", '"', 'O'),
    ('he', 4, 'nsubj', 'PRON', 'PRP', 'he', 'O'),
    ('said', 4, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('.', 4, 'punct', 'PUNCT', '.', '.', 'O'),
]

SHORT_NAME_TEXT = '“Item 7,” Kim said.'
SHORT_NAME = [
    ('“', 5, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Item', 5, 'npadvmod', 'NOUN', 'NN', 'item', 'O'),
    ('7', 1, 'nummod', 'NUM', 'CD', '7', 'O'),
    (',', 5, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 5, 'punct', 'PUNCT', "''", '"', 'O'),
    ('Kim', 5, 'nsubj', 'PROPN', 'NNP', 'Kim', 'B-PERSON'),
    ('said', 5, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('.', 5, 'punct', 'PUNCT', '.', '.', 'O'),
]

SHORT_GOVERNOR_TEXT = '“Certainly not,” the governor said.'
SHORT_GOVERNOR = [
    ('“', 7, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Certainly', 2, 'advmod', 'ADV', 'RB', 'certainly', 'O'),
    ('not', 7, 'neg', 'PART', 'RB', 'not', 'O'),
    (',', 7, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 7, 'punct', 'PUNCT', "''", '"', 'O'),
    ('the', 6, 'det', 'DET', 'DT', 'the', 'O'),
    ('governor', 7, 'nsubj', 'NOUN', 'NN', 'governor', 'O'),
    ('said', 7, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('.', 7, 'punct', 'PUNCT', '.', '.', 'O'),
]

SHORT_HELLO_TEXT = '"Hello," he said.'
SHORT_HELLO = [(w if k != 0 and k != 3 else '"', *rest) for k, (w, *rest) in enumerate(SHORT)]
SHORT_HELLO[1] = ('Hello', 4, 'intj', 'INTJ', 'UH', 'hello', 'O')

SHORT_COLON_TEXT = 'The mayor said: “Absolutely Not.”'
SHORT_COLON = [
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('mayor', 2, 'nsubj', 'NOUN', 'NN', 'mayor', 'O'),
    ('said', 2, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    (':', 2, 'punct', 'PUNCT', ':', ':', 'O'),
    ('“', 2, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Absolutely', 6, 'advmod', 'ADV', 'RB', 'absolutely', 'O'),
    ('Not', 2, 'advmod', 'PART', 'RB', 'not', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 2, 'punct', 'PUNCT', "''", '"', 'O'),
]

ASKED_TITLE_TEXT = '“Face the Nation,” Sanders was asked.'
ASKED_TITLE = [
    ('“', 8, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Face', 8, 'advcl', 'VERB', 'VB', 'face', 'B-WORK_OF_ART'),
    ('the', 3, 'det', 'DET', 'DT', 'the', 'I-WORK_OF_ART'),
    ('Nation', 1, 'dobj', 'NOUN', 'NN', 'nation', 'I-WORK_OF_ART'),
    (',', 8, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 8, 'punct', 'PUNCT', "''", '"', 'O'),
    ('Sanders', 8, 'nsubjpass', 'PROPN', 'NNP', 'Sanders', 'B-PERSON'),
    ('was', 8, 'auxpass', 'AUX', 'VBD', 'be', 'O'),
    ('asked', 8, 'ROOT', 'VERB', 'VBN', 'ask', 'O'),
    ('.', 8, 'punct', 'PUNCT', '.', '.', 'O'),
]


@pytest.mark.parametrize(("text", "rows", "content", "speaker"), [
    (SHORT_TEXT, SHORT, "Nope", "he"),
    (SHORT_NAME_TEXT, SHORT_NAME, "Item 7", "Kim"),
    (SHORT_GOVERNOR_TEXT, SHORT_GOVERNOR, "Certainly not", "governor"),
    (SHORT_HELLO_TEXT, SHORT_HELLO, "Hello", "he"),
])
def test_short_quote_with_explicit_attribution(text: str, rows: list, content: str,
                                               speaker: str) -> None:
    st = state(text, rows)
    f = quoted.frame(st, 0)
    assert f.title  # a few capitalised words: a title when nothing attributes them
    d = quoted.cue_after(st, f)
    assert d is not None and d.evidence == Evidence(rule="direct:cue-after-quote")
    assert text[d.start:d.end].rstrip(",") == content
    assert d.source is not None and d.source.text == speaker


def test_short_quote_after_cue_and_colon() -> None:
    st = state(SHORT_COLON_TEXT, SHORT_COLON)
    f = quoted.frame(st, 0)
    assert f.title
    d = quoted.cue_before(st, f)
    assert d is not None and SHORT_COLON_TEXT[d.start:d.end] == "Absolutely Not."
    assert d.source is not None and d.source.text == "mayor"


def test_title_with_passive_ask_is_no_statement() -> None:
    st = state(ASKED_TITLE_TEXT, ASKED_TITLE)
    f = quoted.frame(st, 0)
    assert f.title and all(rule(st, f) is None for rule in QUOTE_RULES)


def test_no_cue_no_attribution() -> None:
    st = state(DASH_TEXT, DASH)
    f = quoted.frame(st, 0)
    assert f is not None
    assert quoted.cue_after(st, f) is None and quoted.cue_before(st, f) is None
    assert quoted.name_colon(st, f) is None


TRANSLATED_TEXT = '"Nasaan ang bigas? (Where is the rice?)" Senator Cruz asked.'
TRANSLATED = [
    ('"', 2, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Nasaan', 2, 'compound', 'PROPN', 'NNP', 'Nasaan', 'O'),
    ('ang', 2, 'ROOT', 'PROPN', 'NNP', 'ang', 'O'),
    ('bigas', 2, 'appos', 'PROPN', 'NNP', 'bigas', 'O'),
    ('?', 2, 'punct', 'PUNCT', '.', '?', 'O'),
    ('(', 7, 'punct', 'PUNCT', '-LRB-', '(', 'O'),
    ('Where', 7, 'advmod', 'ADV', 'WRB', 'where', 'O'),
    ('is', 7, 'ROOT', 'AUX', 'VBZ', 'be', 'O'),
    ('the', 9, 'det', 'DET', 'DT', 'the', 'O'),
    ('rice', 7, 'nsubj', 'NOUN', 'NN', 'rice', 'O'),
    ('?', 7, 'punct', 'PUNCT', '.', '?', 'O'),
    (')', 7, 'punct', 'PUNCT', '-RRB-', ')', 'O'),
    ('"', 7, 'punct', 'PUNCT', "''", '"', 'O'),
    ('Senator', 14, 'compound', 'PROPN', 'NNP', 'Senator', 'O'),
    ('Cruz', 15, 'nsubj', 'PROPN', 'NNP', 'Cruz', 'B-PERSON'),
    ('asked', 15, 'ROOT', 'VERB', 'VBD', 'ask', 'O'),
    ('.', 15, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_translation_in_brackets_still_closes_the_quotation() -> None:
    """A code-switched quotation ending with its translation in brackets ("...? (Where is
    the rice?)") is attributed by the cue after it, like one ending with "?"."""
    st = state(TRANSLATED_TEXT, TRANSLATED)
    f = quoted.frame(st, 0)
    assert f.closes
    d = quoted.cue_after(st, f)
    assert d is not None and d.source is not None and d.source.text == "Cruz"
    assert st.ctx.text[d.start:d.end] == "Nasaan ang bigas? (Where is the rice?)"


def _gesture(mark: str) -> tuple[str, list[tuple[str, int, str, str, str, str, str]]]:
    """'“That happened twice<mark>” He laughs.' (``mark``: "." or ",")."""
    return f'“That happened twice{mark}” he laughs.', [
        ('“', 6, 'punct', 'PUNCT', '``', '"', 'O'),
        ('That', 2, 'nsubj', 'PRON', 'DT', 'that', 'O'),
        ('happened', 6, 'ccomp', 'VERB', 'VBD', 'happen', 'O'),
        ('twice', 2, 'advmod', 'ADV', 'RB', 'twice', 'O'),
        (mark, 6, 'punct', 'PUNCT', mark, mark, 'O'),
        ('”', 6, 'punct', 'PUNCT', "''", '"', 'O'),
        ('he', 6, 'nsubj', 'PRON', 'PRP', 'he', 'O'),
        ('laughs', 6, 'ROOT', 'VERB', 'VBZ', 'laugh', 'O'),
        ('.', 6, 'punct', 'PUNCT', '.', '.', 'O'),
    ]


def test_a_gesture_after_a_full_stop_is_no_cue() -> None:
    # '“...,” he laughs.' attributes the quotation; '“....” He laughs.' is what he did next
    text, rows = _gesture(",")
    st = state(text, rows)
    d = quoted.cue_after(st, quoted.frame(st, 0))
    assert d is not None and d.source is not None and d.source.text == "he"
    text, rows = _gesture(".")
    st = state(text, rows)
    assert quoted.cue_after(st, quoted.frame(st, 0)) is None
