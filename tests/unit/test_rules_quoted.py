"""Quote-driven direct rules (statements/quoted.py) on hand-built parses: no trained model.

Each rule is called on its quotation's frame, as the registry's QUOTE_RULES walk does.
"""

from __future__ import annotations

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


def test_title_has_no_frame() -> None:
    st = state(TITLE_TEXT, TITLE)
    assert quoted.frame(st, 0) is None  # “Face the Nation” names a show


def test_no_cue_no_attribution() -> None:
    st = state(DASH_TEXT, DASH)
    f = quoted.frame(st, 0)
    assert f is not None
    assert quoted.cue_after(st, f) is None and quoted.cue_before(st, f) is None
    assert quoted.name_colon(st, f) is None
